"""Grade a learner's notebook: one line per graded function, then a score.

    python -m shared_utils.grader exercises/Course1/C1W2A1_python_basics_with_numpy.ipynb
    python -m shared_utils.grader my_copy.ipynb --time-limit 300    # seconds per graded function
    python -m shared_utils.grader my_copy.ipynb --function sigmoid  # just one graded function

The setup cells and public tests always come from the course's own notebook, found by the assignment id in the
file name (C1W2A1 in `C1W2A1_python_basics_with_numpy-Copy1.ipynb`); only the graded functions come from the
learner's notebook. They run in a fresh kernel; other cells are skipped. Each graded function, with its public
test, has its own time limit: one that never returns fails, and the others are still graded.
"""

from shared_utils.notebooks import (
    assignment_id,
    course_notebooks,
    defined_functions,
    graded_functions,
    notebook_client,
    read_notebook,
    tags,
)

import argparse
import ast
import logging
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbclient.exceptions import CellTimeoutError, DeadKernelError

DEFAULT_TIME_LIMIT = 120  # seconds for one graded function and its public test
SETUP_TIME_LIMIT = 900  # seconds for one setup cell (they load data and may train a small model)
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


class GradingError(Exception):
    """The notebook cannot be graded at all (the message says why and what to do)."""


@dataclass
class Result:
    function: str
    passed: bool
    reason: str = ""


@dataclass
class Report:
    notebook: Path
    results: list[Result] = field(default_factory=list)
    problem: str = ""  # set when the notebook could not be graded at all
    reference: Path | None = None

    @property
    def score(self) -> str:
        return f"{sum(r.passed for r in self.results)}/{len(self.results)}"

    def render(self) -> str:
        lines = [f"Grading {self.notebook}"]
        if self.reference:
            lines.append(f"  public tests from {self.reference}")
        if self.problem:
            lines.append(f"  cannot grade: {self.problem}")
        for r in self.results:
            lines.append(f"  PASS  {r.function}" if r.passed else f"  FAIL  {r.function}: {r.reason}")
        lines.append(f"Score: {self.score} graded functions pass")
        return "\n".join(lines)


@dataclass
class _Check:
    """One graded cell of the course notebook: its functions, the learner's cell and the course's public test."""

    names: list[str]
    learner_cell: nbformat.NotebookNode
    test_cell: nbformat.NotebookNode
    reason: str | None = None  # None: passed
    defines_cleanly: bool = True  # False when the learner's cell itself never finished
    reported: bool = True  # False: run for the checks after it, not reported (see `only`)


def find_reference(learner: Path) -> Path:
    """The course notebook with the assignment id of `learner`'s file name, or GradingError saying why not."""
    learner = Path(learner).resolve()
    if learner in course_notebooks():
        return learner
    ident = assignment_id(learner)
    if ident is None:
        raise GradingError(
            f"the file name {learner.name!r} has no assignment id (such as C1W2A2), so the grader cannot tell which "
            "course notebook's public tests to use. Keep the id at the start of the name "
            "(a copy named like C1W2A2_mine.ipynb is fine)."
        )
    matches = [p for p in course_notebooks() if assignment_id(p) == ident]
    if not matches:
        raise GradingError(f"no course notebook has the assignment id {ident} (from {learner.name!r}).")
    return matches[0]


def _error_text(cell) -> str | None:
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            name, value = output["ename"], _ANSI.sub("", output["evalue"]).strip()
            if name == "NotImplementedError":
                return "not implemented yet (the placeholder between the START/END markers is still there)"
            if name in ("PublicTestError", "AssertionError") and value:
                return value
            return f"{name}: {value}" if value else name
    return None


def _learner_cells(nb) -> dict[str, tuple[str, str | None]]:
    """Map each function name to (cell source, syntax error or None), graded cells first."""
    cells = sorted((c for c in nb.cells if c.cell_type == "code"), key=lambda c: "graded" not in tags(c))
    found: dict[str, tuple[str, str | None]] = {}
    for cell in cells:
        try:
            ast.parse(cell.source)
            error = None
        except SyntaxError as exc:
            error = f"syntax error in its cell, line {exc.lineno}: {exc.msg}. Fix the cell and grade again."
        for name in defined_functions(cell.source):
            found.setdefault(name, (cell.source, error))
    return found


def _plan(reference, reference_path: Path, learner, report: Report, only: set[str] | None = None):
    """The notebook to run (setup cells, then each learner cell and its public test) and its checks.

    With `only`, the other graded functions before the last one asked for still run with their tests (a test
    may use what an earlier one defined), unreported; those after it are left out."""
    learner_sources = _learner_cells(learner)
    run = nbformat.v4.new_notebook(metadata=reference.metadata)
    setup_cells, checks = [], []
    cells = reference.cells
    for index, cell in enumerate(cells):
        if cell.cell_type != "code":
            continue
        if "setup" in tags(cell):
            setup_cells.append(nbformat.v4.new_code_cell(cell.source))
            run.cells.append(setup_cells[-1])
        elif "graded" in tags(cell):
            names = defined_functions(cell.source)
            reported = only is None or bool(only & set(names))
            test = next((c for c in cells[index + 1:] if c.cell_type == "code"), None)
            if test is None or "public_test" not in tags(test):
                raise GradingError(f"{reference_path}: the cell after graded cell {index} is not tagged public_test")
            missing = [n for n in names if n not in learner_sources]
            errors = {learner_sources[n][1] for n in names if n not in missing} - {None}
            if (missing or errors) and not reported:
                continue
            if missing or errors:
                reason = errors.pop() if errors else f"not defined in the notebook ({', '.join(missing)})"
                report.results += [Result(n, False, reason) for n in names]
                continue
            check = _Check(names, nbformat.v4.new_code_cell(learner_sources[names[0]][0]),
                           nbformat.v4.new_code_cell(test.source), reported=reported)
            run.cells += [check.learner_cell, check.test_cell]
            checks.append(check)
    if only is not None:
        while checks and not checks[-1].reported:
            dropped = checks.pop()
            run.cells = [c for c in run.cells if c is not dropped.learner_cell and c is not dropped.test_cell]
    return run, setup_cells, checks


def _execute(client, cell, time_limit: float) -> None:
    client.timeout = max(1, round(time_limit))
    client.execute_cell(cell, next(i for i, c in enumerate(client.nb.cells) if c is cell))


def _run_checks(run, setup_cells, checks: list[_Check], cwd: Path, time_limit: float) -> None:
    """Run every check, each within `time_limit` seconds; a check that hangs or kills the kernel fails alone.

    After such a failure the kernel is replaced and the setup cells, and the learner cells that finished
    before, are run again in the new one, so the remaining checks see the same state.
    """
    todo, done = list(checks), []
    while todo:
        with notebook_client(run, cwd, allow_errors=True, shutdown_kernel="immediate") as client:
            for cell in setup_cells:
                try:
                    _execute(client, cell, SETUP_TIME_LIMIT)
                except CellTimeoutError:
                    reason = f"a setup cell of the course notebook did not finish in {SETUP_TIME_LIMIT} s"
                    for check in todo:
                        check.reason = reason
                    return
                setup_error = _error_text(cell)
                if setup_error:
                    for check in todo:
                        check.reason = f"a setup cell failed ({setup_error})"
                    return
            for check in done:
                if check.defines_cleanly:
                    _execute(client, check.learner_cell, time_limit)
            while todo:
                check = todo.pop(0)
                done.append(check)
                start = time.monotonic()
                cell = check.learner_cell
                try:
                    _execute(client, cell, time_limit)
                    cell = check.test_cell
                    _execute(client, cell, time_limit - (time.monotonic() - start))
                except (CellTimeoutError, DeadKernelError) as stop:
                    if isinstance(stop, CellTimeoutError):
                        check.reason = f"did not finish in {time_limit:g} s (an infinite loop?)"
                    else:
                        check.reason = "the kernel died while running it (out of memory, or a crash in native code?)"
                    check.defines_cleanly = cell is check.test_cell
                    break  # a fresh kernel for the rest
                check.reason = _error_text(check.learner_cell) or _error_text(check.test_cell)


def grade(learner_path: Path, reference_path: Path | None = None, time_limit: float = DEFAULT_TIME_LIMIT,
          only: list[str] | None = None) -> Report:
    """Grade the graded functions of `learner_path` (or just those in `only`) with the public tests of its
    course notebook."""
    learner_path = Path(learner_path)
    report = Report(learner_path)
    try:
        learner = read_notebook(learner_path)
        reference_path = Path(reference_path) if reference_path else find_reference(learner_path)
        report.reference = reference_path
        reference = read_notebook(reference_path)
        if only:
            unknown = sorted(set(only) - set(graded_functions(reference)))
            if unknown:
                raise GradingError(f"{', '.join(unknown)}: not graded functions of {reference_path.name} "
                                   f"(they are: {', '.join(graded_functions(reference))}).")
        run, setup_cells, checks = _plan(reference, reference_path, learner, report, set(only) if only else None)
    except (GradingError, ValueError) as error:
        report.problem = str(error)
        return report
    except FileNotFoundError as error:
        report.problem = f"{error.filename} does not exist."
        return report
    if checks:
        _run_checks(run, setup_cells, checks, reference_path.parent, time_limit)
    report.results += [Result(n, check.reason is None, check.reason or "")
                       for check in checks if check.reported for n in check.names]
    order = graded_functions(reference)
    report.results.sort(key=lambda r: order.index(r.function))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebook", type=Path, help="your notebook")
    parser.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                        help=f"time for each graded function and its test (default {DEFAULT_TIME_LIMIT})")
    parser.add_argument("--function", action="append", metavar="NAME", dest="only",
                        help="grade only this graded function (repeat for more)")
    parser.add_argument("--reference", type=Path, help=argparse.SUPPRESS)  # the tool's own tests use it
    args = parser.parse_args(argv)
    try:
        report = grade(args.notebook, args.reference, time_limit=args.time_limit, only=args.only)
    except KeyboardInterrupt:
        # The interrupted cell's task may end with DeadKernelError after the kernel is shut down; asyncio would log
        # it as a traceback at exit ("Task exception was never retrieved").
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)
        print("Grading stopped (Ctrl+C): no score. Its kernel has been shut down.")
        return 130
    print(report.render())
    if report.problem:
        return 2
    return 0 if report.results and all(r.passed for r in report.results) else 1


if __name__ == "__main__":
    sys.exit(main())
