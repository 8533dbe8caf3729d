"""Every wrong version in tests/wrong_versions/ fails the public test of its function.

The wrong versions of one notebook are checked in one kernel: its setup cells run once, then for each graded
function in order the solution and its public test, each wrong version of that function with the public test (it
must fail), and the solution again, whose test must pass once more (so a wrong version that changed shared state,
say by writing into a setup array, cannot make a later check fail for it). Where that last test does not pass, or
a cell hangs or kills the kernel, that function's wrong versions are graded again one by one, each in a fresh
kernel by the grader, as a learner's notebook would be. Before the solution and before each wrong version, NumPy's
and Python's random states are put back as they were before the solution first ran, so that each wrong version
fails as it would in the grader's kernel of a learner whose earlier functions are right.

Each wrong version's failure message is what the grader matches a learner's failure against to print
`Likely mistake: <description>` (shared_utils.hints). The test measures, per notebook, how many wrong versions
the grader's hint names (their own description, or one that fails with the same message), and reports the total.
`DLS_RECORD_FAILURES=1` rewrites the recorded messages in tests/wrong_versions/failures/.
"""

from shared_utils import grader
from shared_utils.hints import failures_path, known_mistakes, likely_mistake
from shared_utils.notebooks import (
    assignment_id,
    course_notebooks,
    defined_functions,
    notebook_client,
    read_notebook,
    tags,
)

import ast
import json
import os

import nbformat
import pytest
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from wrong_versions import WRONG_VERSIONS

COURSE = {assignment_id(p): p for p in course_notebooks()}
CELL_TIME_LIMIT = grader.DEFAULT_TIME_LIMIT


def _graded_cell(nb, function):
    return next(c for c in nb.cells if "graded" in tags(c) and function in defined_functions(c.source))


def _replaced(source, ident, function, solution, wrong):
    assert solution in source, f"{ident} {function}: the solution no longer contains {solution!r}"
    return source.replace(solution, wrong)


def grade_one_by_one(ident, function, mistake, solution, wrong, folder) -> str:
    """Grade one wrong version as the grader grades a learner's notebook; return why it fails ('' if it passes)."""
    nb = read_notebook(COURSE[ident])
    cell = _graded_cell(nb, function)
    cell.source = _replaced(cell.source, ident, function, solution, wrong)
    learner = folder / f"{ident}_wrong.ipynb"
    nbformat.write(nb, learner)
    report = grader.grade(learner, only=[function])
    assert [r.function for r in report.results] == [function], report.render()
    result = report.results[0]
    assert not result.reason.startswith("a setup cell"), f"{ident}: the course notebook's setup failed: {result.reason}"
    return "" if result.passed else result.reason


def _run(client, source: str, time_limit: float = CELL_TIME_LIMIT) -> str | None:
    """Run `source` as a new cell of the client's notebook; return its error text, or None."""
    cell = nbformat.v4.new_code_cell(source)
    client.nb.cells.append(cell)
    grader._execute(client, cell, time_limit)
    return grader._error_text(cell)


SAVE_RANDOM = ("import random as _random\nimport numpy as _np\n"
               "_random_states = (_np.random.get_state(), _random.getstate())")
RESTORE_RANDOM = "_np.random.set_state(_random_states[0])\n_random.setstate(_random_states[1])"


def _check_in_one_kernel(ident: str, reference, cases: dict, failures: dict, checked: set[str]) -> None:
    """Check the wrong versions in `cases` ({function: [(mistake, solution, wrong)]}) in one kernel; add each
    function whose results hold to `checked`, and the failure message of each of its wrong versions ('' for one
    that passes) to `failures` ({(function, mistake): message})."""
    run = nbformat.v4.new_notebook(metadata=reference.metadata)
    with notebook_client(run, COURSE[ident].parent, allow_errors=True, shutdown_kernel="immediate") as client:
        cells = reference.cells
        for index, cell in enumerate(cells):
            if set(cases) <= checked:
                return
            if cell.cell_type != "code" or not tags(cell) & {"setup", "graded"}:
                continue
            if "setup" in tags(cell):
                error = _run(client, cell.source, grader.SETUP_TIME_LIMIT)
                assert error is None, f"{ident}: a setup cell of the course notebook fails: {error}"
                continue
            test = next(c for c in cells[index + 1:] if c.cell_type == "code").source
            assert _run(client, SAVE_RANDOM) is None
            error = _run(client, cell.source) or _run(client, test)
            assert error is None, f"{ident}: the solution of {defined_functions(cell.source)} fails: {error}"
            for function in defined_functions(cell.source):
                found = {}
                for mistake, solution, wrong in cases.get(function, []):
                    source = _replaced(cell.source, ident, function, solution, wrong)
                    try:
                        ast.parse(source)
                    except SyntaxError as error:
                        raise AssertionError(f"{ident} {function} {mistake}: does not parse") from error
                    _run(client, RESTORE_RANDOM)
                    found[function, mistake] = _run(client, source) or _run(client, test) or ""
                _run(client, RESTORE_RANDOM)
                if _run(client, cell.source) or _run(client, test):
                    continue  # a wrong version changed shared state: the grader checks this function's anew
                checked.add(function)
                failures.update(found)


def check_notebook(ident: str, folder) -> dict[tuple[str, str], str]:
    """Check every wrong version of notebook `ident`; return the failure message of each ('' where it passes)."""
    reference = read_notebook(COURSE[ident])
    cases = {}
    for function, mistake, solution, wrong in WRONG_VERSIONS[ident]:
        cases.setdefault(function, []).append((mistake, solution, wrong))
    unknown = set(cases) - set(grader.graded_functions(reference))
    assert not unknown, f"{ident}: wrong versions of functions that are not graded: {sorted(unknown)}"
    failures, checked = {}, set()
    try:
        _check_in_one_kernel(ident, reference, cases, failures, checked)
    except (CellTimeoutError, DeadKernelError):
        pass  # the functions checked before it stand; the grader checks the rest
    for function, mistake, solution, wrong in WRONG_VERSIONS[ident]:
        if function in checked:
            continue
        reason = grade_one_by_one(ident, function, mistake, solution, wrong, folder)
        assert "syntax error" not in reason, f"{ident} {function} {mistake}: {reason}"
        failures[function, mistake] = reason
    return failures


def record_failures(ident: str, failures: dict[tuple[str, str], str]) -> None:
    table: dict[str, list[list[str]]] = {}
    for function, mistake, _, _ in WRONG_VERSIONS[ident]:
        table.setdefault(function, []).append([mistake, failures[function, mistake]])
    path = failures_path(ident)
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


@pytest.mark.parametrize("ident", sorted(WRONG_VERSIONS))
def test_the_public_tests_catch_every_wrong_version(ident, tmp_path, record_property):
    failures = check_notebook(ident, tmp_path)
    passing = [f"{ident} {function} with {mistake!r} passes its public test"
               for (function, mistake), message in failures.items() if not message]
    assert not passing, "\n".join(passing)
    if os.environ.get("DLS_RECORD_FAILURES"):
        record_failures(ident, failures)
    # The hint the grader prints for each wrong version, from the recorded messages, must be its own mistake or
    # one that fails with the same message now.
    mistakes = known_mistakes(ident)
    missed = []
    for (function, mistake), message in failures.items():
        hint = likely_mistake(mistakes, function, message)
        same = {m for (f, m), text in failures.items() if f == function and text == message}
        if hint not in same:
            missed.append(f"{function} with {mistake!r}: hint {hint or 'none'!r}")
    record_property("hints", (len(failures) - len(missed), len(failures)))
    assert len(missed) <= 0.1 * len(failures), (
        f"{ident}: the grader names the mistake for only {len(failures) - len(missed)} of {len(failures)} wrong "
        f"versions (record the messages again with DLS_RECORD_FAILURES=1 python -m pytest "
        f"tests/test_wrong_versions.py -k {ident}):\n" + "\n".join(missed))


def test_every_wrong_version_belongs_to_a_course_notebook():
    assert set(WRONG_VERSIONS) <= set(COURSE), sorted(set(WRONG_VERSIONS) - set(COURSE))
