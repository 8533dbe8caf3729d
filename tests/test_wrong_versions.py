"""Every wrong version in tests/wrong_versions/ fails the public test of its function.

The wrong versions of one notebook are checked in one kernel: its setup cells run once, then for each graded
function in order the solution and its public test, each wrong version of that function with the public test (it
must fail), and the solution again, whose test must pass once more (so a wrong version that changed shared state,
say by writing into a setup array, cannot make a later check fail for it). Where that last test does not pass, or
a cell hangs or kills the kernel, that function's wrong versions are graded again one by one, each in a fresh
kernel by the grader, as a learner's notebook would be.
"""

from shared_utils import grader
from shared_utils.notebooks import (
    assignment_id,
    course_notebooks,
    defined_functions,
    notebook_client,
    read_notebook,
    tags,
)

import ast

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


def _check_in_one_kernel(ident: str, reference, cases: dict, passing: list[str], checked: set[str]) -> None:
    """Check the wrong versions in `cases` ({function: [(mistake, solution, wrong)]}) in one kernel; add each
    function whose results hold to `checked`, and each wrong version that passes to `passing`."""
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
            error = _run(client, cell.source) or _run(client, test)
            assert error is None, f"{ident}: the solution of {defined_functions(cell.source)} fails: {error}"
            for function in defined_functions(cell.source):
                caught = []
                for mistake, solution, wrong in cases.get(function, []):
                    source = _replaced(cell.source, ident, function, solution, wrong)
                    try:
                        ast.parse(source)
                    except SyntaxError as error:
                        raise AssertionError(f"{ident} {function} {mistake}: does not parse") from error
                    error = _run(client, source) or _run(client, test)
                    if error is None:
                        caught.append(f"{ident} {function} with {mistake!r} passes its public test")
                if _run(client, cell.source) or _run(client, test):
                    continue  # a wrong version changed shared state: the grader checks this function's anew
                checked.add(function)
                passing += caught


def check_notebook(ident: str, folder) -> list[str]:
    """Check every wrong version of notebook `ident`; return one line per wrong version that passes."""
    reference = read_notebook(COURSE[ident])
    cases = {}
    for function, mistake, solution, wrong in WRONG_VERSIONS[ident]:
        cases.setdefault(function, []).append((mistake, solution, wrong))
    unknown = set(cases) - set(grader.graded_functions(reference))
    assert not unknown, f"{ident}: wrong versions of functions that are not graded: {sorted(unknown)}"
    passing, checked = [], set()
    try:
        _check_in_one_kernel(ident, reference, cases, passing, checked)
    except (CellTimeoutError, DeadKernelError):
        pass  # the functions checked before it stand; the grader checks the rest
    for function, mistake, solution, wrong in WRONG_VERSIONS[ident]:
        if function in checked:
            continue
        reason = grade_one_by_one(ident, function, mistake, solution, wrong, folder)
        assert "syntax error" not in reason, f"{ident} {function} {mistake}: {reason}"
        if not reason:
            passing.append(f"{ident} {function} with {mistake!r} passes its public test")
    return passing


@pytest.mark.parametrize("ident", sorted(WRONG_VERSIONS))
def test_the_public_tests_catch_every_wrong_version(ident, tmp_path):
    passing = check_notebook(ident, tmp_path)
    assert not passing, "\n".join(passing)


def test_every_wrong_version_belongs_to_a_course_notebook():
    assert set(WRONG_VERSIONS) <= set(COURSE), sorted(set(WRONG_VERSIONS) - set(COURSE))
