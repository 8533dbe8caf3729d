"""Grade a learner's notebook: one line per graded function, then a score.

    python -m shared_utils.grader exercises/Course1/C1W2A1_python_basics_with_numpy.ipynb
    python -m shared_utils.grader my_copy.ipynb --time-limit 300    # seconds per graded function
    python -m shared_utils.grader my_copy.ipynb --function sigmoid  # just one graded function

The setup cells and public tests always come from the course's own notebook, found by the assignment id in the
file name (C1W2A1 in `C1W2A1_python_basics_with_numpy-Copy1.ipynb`); only the graded functions come from the
learner's notebook. They run in a fresh kernel; other cells are skipped. Each graded function, with its public
test, has its own time limit: one that never returns fails, and the others are still graded. Each function's
line is printed as soon as it is graded; where a failure is exactly that of a known wrong version
(tests/wrong_versions), a `Likely mistake:` line names it. Gradings of notebooks in exercises/ are recorded for
`python -m shared_utils.progress`. In a notebook, `grade_this_notebook(...)` (the last cell of every exercise copy)
does the same from a cell. A graded cell's "points" metadata weighs its function (default 1).

From a learner's graded cell only its imports, functions and classes are run, the course's own helpers are put
back before each public test, and a function whose code reaches for the tests or the tools is not run but flagged
REVIEW (see shared_utils.integrity). Several notebooks, a folder or --gradebook grade a class into a gradebook
(see shared_utils.gradebook):

    python -m shared_utils.grader submissions/ --gradebook grades.csv
"""

import os
import signal
import sys

STOPPED = "Grading stopped (Ctrl+C): no score. Its kernel has been shut down."
if __name__ == "__main__":  # Ctrl+C while the grader's tools load (seconds; no kernel yet): stop in one line
    signal.signal(signal.SIGINT, lambda signum, frame: (print(STOPPED, flush=True), os._exit(130)))

from shared_utils import gradebook
from shared_utils.hints import known_mistakes, likely_mistake
from shared_utils.integrity import SNAPSHOT_COURSE_NAMES, graded_source, restore_course_names, review_reasons
from shared_utils.notebooks import (
    assignment_id,
    course_notebooks,
    defined_functions,
    graded_functions,
    kill_live_kernels,
    notebook_client,
    read_notebook,
    tags,
)
from shared_utils.progress import record
from shared_utils.scaffold import scaffold

import argparse
import ast
import json
import re
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbclient.exceptions import CellTimeoutError, DeadKernelError

DEFAULT_TIME_LIMIT = 120  # seconds for one graded function and its public test
SETUP_TIME_LIMIT = 900  # seconds for one setup cell (they load data and may train a small model)
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


class GradingError(Exception):
    """The notebook cannot be graded at all (the message says why and what to do)."""


NOT_STARTED = "not started yet: replace each None between START and END with your code (the comments say what)"


@dataclass
class Result:
    function: str
    passed: bool
    reason: str = ""
    hint: str = ""  # the description of a known mistake that fails the same way
    review: str = ""  # why a teacher should look before it earns points (its code reaches for the tests or tools)
    max_points: float = 1.0  # the graded cell's "points" metadata

    @property
    def points(self) -> float:
        return self.max_points if self.passed else 0.0

    def line(self) -> str:
        weight = f" [{self.max_points:g} points]" if self.max_points != 1 else ""
        if self.passed:
            return f"  PASS  {self.function}{weight}"
        if self.review:
            return f"  REVIEW  {self.function}{weight}: {self.review}. No points until a teacher looks."
        hint = f"\n        Likely mistake: {self.hint}" if self.hint else ""
        return f"  FAIL  {self.function}{weight}: {self.reason}{hint}"

    def to_dict(self) -> dict:
        return {"function": self.function, "passed": self.passed, "points": self.points,
                "max_points": self.max_points, "reason": self.reason, "hint": self.hint, "review": self.review}


@dataclass
class Report:
    notebook: Path
    results: list[Result] = field(default_factory=list)
    problem: str = ""  # set when the notebook could not be graded at all
    reference: Path | None = None
    on_result: Callable[[Result], None] | None = None  # told of each result as soon as it is known

    def add(self, result: Result) -> None:
        self.results.append(result)
        if self.on_result is not None:
            self.on_result(result)

    @property
    def score(self) -> str:
        return f"{sum(r.passed for r in self.results)}/{len(self.results)}"

    def header(self) -> str:
        return f"Grading {self.notebook}" + (f"\n  public tests from {self.reference}" if self.reference else "")

    @property
    def points(self) -> tuple[float, float]:
        return sum(r.points for r in self.results), sum(r.max_points for r in self.results)

    def footer(self) -> str:
        problem = f"  cannot grade: {self.problem}\n" if self.problem else ""
        weighted = any(r.max_points != 1 for r in self.results)
        points = " ({:g}/{:g} points)".format(*self.points) if weighted else ""
        return f"{problem}Score: {self.score} graded functions pass{points}"

    def to_dict(self) -> dict:
        earned, total = self.points
        ident = assignment_id(self.reference or self.notebook)
        if not self.results and ident:  # not graded at all: out of the assignment's points all the same
            course = [p for p in course_notebooks() if assignment_id(p) == ident]
            total = sum(float(c.metadata.get("points", 1)) for p in course[:1] for c in read_notebook(p).cells
                        if "graded" in tags(c) for _ in defined_functions(c.source))
        return {"notebook": str(self.notebook), "assignment": ident,
                "problem": self.problem, "score": earned, "max_score": total,
                "results": [r.to_dict() for r in self.results]}

    def render(self) -> str:
        return "\n".join([self.header(), *(r.line() for r in self.results), self.footer()])


@dataclass
class _Check:
    """One graded cell of the course notebook: its functions, the learner's cell and the course's public test."""

    names: list[str]
    learner_cell: nbformat.NotebookNode
    test_cell: nbformat.NotebookNode
    reason: str | None = None  # None: passed
    defines_cleanly: bool = True  # False when the learner's cell itself never finished
    reported: bool = True  # False: run for the checks after it, not reported (see `only`)
    untouched: bool = False  # the learner's cell is still the exercise copy's skeleton: its test is not run
    max_points: float = 1.0


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


def _plan(reference, reference_path: Path, learner, report: Report, only: set[str] | None = None,
          detect_untouched: bool = True):
    """The notebook to run (setup cells, then each learner cell and its public test) and its checks.

    With `only`, the other graded functions before the last one asked for still run with their tests (a test
    may use what an earlier one defined), unreported; those after it are left out."""
    learner_sources = _learner_cells(learner)
    graded = graded_functions(reference)
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
            max_points = float(cell.metadata.get("points", 1))
            if (missing or errors) and not reported:
                continue
            if missing or errors:
                reason = errors.pop() if errors else f"not defined in the notebook ({', '.join(missing)})"
                for name in names:
                    report.add(Result(name, False, reason, max_points=max_points))
                continue
            learner_source = learner_sources[names[0]][0]
            untouched = detect_untouched and _untouched(learner_source, cell.source)
            kept, _ = graded_source(learner_source)
            suspect = review_reasons(kept)
            if suspect and reported:
                for name in names:
                    report.add(Result(name, False, "flagged for review", review="; ".join(suspect),
                                      max_points=max_points))
                continue
            test_cell = nbformat.v4.new_code_cell(f"{restore_course_names(graded)}\n{test.source}")
            check = _Check(names, nbformat.v4.new_code_cell(kept), test_cell, reported=reported, untouched=untouched,
                           max_points=max_points)
            run.cells += [check.learner_cell, check.test_cell]
            checks.append(check)
    setup_cells.append(nbformat.v4.new_code_cell(SNAPSHOT_COURSE_NAMES))  # the names the public tests call
    run.cells.append(setup_cells[-1])  # setup cells all run first (see _run_checks)
    if only is not None:
        while checks and not checks[-1].reported:
            dropped = checks.pop()
            run.cells = [c for c in run.cells if c is not dropped.learner_cell and c is not dropped.test_cell]
    return run, setup_cells, checks


def _untouched(learner_source: str, solution_source: str) -> bool:
    """Whether a learner's graded cell is still the exercise copy's scaffolding of the solution."""
    try:
        return learner_source.strip() == scaffold(solution_source).strip()
    except (ValueError, SyntaxError):
        return False


def _execute(client, cell, time_limit: float) -> None:
    client.timeout = max(1, round(time_limit))
    client.execute_cell(cell, next(i for i, c in enumerate(client.nb.cells) if c is cell))


def _run_checks(run, setup_cells, checks: list[_Check], cwd: Path, time_limit: float,
                finished: Callable[[_Check], None]) -> None:
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
                        finished(check)
                    return
                setup_error = _error_text(cell)
                if setup_error:
                    for check in todo:
                        check.reason = f"a setup cell failed ({setup_error})"
                        finished(check)
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
                    if check.untouched:
                        check.reason = NOT_STARTED
                        finished(check)
                        continue
                    cell = check.test_cell
                    _execute(client, cell, time_limit - (time.monotonic() - start))
                except (CellTimeoutError, DeadKernelError) as stop:
                    if isinstance(stop, CellTimeoutError):
                        check.reason = f"did not finish in {time_limit:g} s (an infinite loop?)"
                    else:
                        check.reason = "the kernel died while running it (out of memory, or a crash in native code?)"
                    check.defines_cleanly = cell is check.test_cell
                    finished(check)
                    break  # a fresh kernel for the rest
                check.reason = _error_text(check.learner_cell) or _error_text(check.test_cell)
                finished(check)


def grade(learner_path: Path, reference_path: Path | None = None, time_limit: float = DEFAULT_TIME_LIMIT,
          only: list[str] | None = None, on_result: Callable[[Result], None] | None = None,
          detect_untouched: bool = True) -> Report:
    """Grade the graded functions of `learner_path` (or just those in `only`) with the public tests of its
    course notebook. `on_result` is told of each function's result as soon as it is known. A graded cell left as
    the exercise copy's skeleton fails as not started, without running its test, unless not `detect_untouched`."""
    learner_path = Path(learner_path)
    report = Report(learner_path, on_result=on_result)
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
        run, setup_cells, checks = _plan(reference, reference_path, learner, report, set(only) if only else None,
                                         detect_untouched)
    except (GradingError, ValueError) as error:
        report.problem = str(error)
        return report
    except FileNotFoundError as error:
        report.problem = f"{error.filename} does not exist."
        return report
    mistakes = known_mistakes(assignment_id(reference_path))

    def finished(check: _Check) -> None:
        if not check.reported:
            return
        for name in check.names:
            hint = likely_mistake(mistakes, name, check.reason) if check.reason else ""
            report.add(Result(name, check.reason is None, check.reason or "", hint, max_points=check.max_points))

    if checks:
        _run_checks(run, setup_cells, checks, reference_path.parent, time_limit, finished)
    order = graded_functions(reference)
    report.results.sort(key=lambda r: order.index(r.function))
    return report


def _stop_on_ctrl_c(signum, frame) -> None:
    """Ctrl+C at any moment: kill the grading kernel, say so in one line, exit 130 (no traceback, no waiting)."""
    kill_live_kernels()
    print(STOPPED, flush=True)
    os._exit(130)


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGINT, _stop_on_ctrl_c)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="+", type=Path,
                        help="your notebook; for a class, any number of notebooks or folders (see --gradebook)")
    parser.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                        help=f"time for each graded function and its test (default {DEFAULT_TIME_LIMIT})")
    parser.add_argument("--function", action="append", metavar="NAME", dest="only",
                        help="grade only this graded function (repeat for more)")
    class_options = parser.add_argument_group("grading a class (shared_utils.gradebook)")
    class_options.add_argument("--gradebook", type=Path, metavar="FILE",
                               help="write a gradebook: .csv or .json (default grades.csv for several notebooks)")
    class_options.add_argument("--format", choices=["csv", "json", "gradescope"],
                               help="the gradebook's format (default: from its suffix); gradescope: results.json")
    class_options.add_argument("--jobs", type=int, metavar="N", help="submissions graded at once (default: cores)")
    class_options.add_argument("--learner-from", choices=["folder", "filename"], default="folder",
                               help="name the learner by the submission's folder (default) or its file name")
    parser.add_argument("--reference", type=Path, help=argparse.SUPPRESS)  # the tool's own tests use it
    parser.add_argument("--report-json", type=Path, help=argparse.SUPPRESS)  # how the gradebook gets each report
    args = parser.parse_args(argv)
    if len(args.notebooks) > 1 or args.notebooks[0].is_dir() or args.gradebook or args.format:
        if args.only or args.reference:
            parser.error("--function and --reference grade one notebook, not a class")
        signal.signal(signal.SIGINT, signal.default_int_handler)  # the batch stops its graders itself
        return gradebook.main(args.notebooks, args.gradebook, args.format, args.jobs, args.time_limit,
                              args.learner_from)
    notebook = args.notebooks[0]
    try:
        print(f"Grading {notebook}", flush=True)
        report = grade(notebook, args.reference, time_limit=args.time_limit, only=args.only,
                       on_result=lambda result: print(result.line(), flush=True))
        print(report.footer(), flush=True)
    except BrokenPipeError:  # the reader went away (`| head`): the kernel is already shut down; stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    if args.report_json:
        args.report_json.write_text(json.dumps(report.to_dict()), encoding="utf-8")
    if report.problem:
        return 2
    if not args.report_json:
        record(notebook, report.results)
    return 0 if report.results and all(r.passed for r in report.results) else 1


def _this_notebook(name: str) -> Path:
    """The notebook this kernel runs: the one JupyterLab started it for, else `name` in the working folder."""
    session = os.environ.get("JPY_SESSION_NAME", "")
    if session.endswith(".ipynb") and Path(session).is_file() and assignment_id(Path(session)) == assignment_id(
            Path(name)):
        return Path(session)
    return Path(name).resolve()


def _ran_differently(path: Path, history: list[str]) -> list[str]:
    """The graded functions whose cell in the saved file is not the version this kernel last ran."""
    try:
        graded = graded_functions(read_notebook(find_reference(path)))
        saved = _learner_cells(read_notebook(path))
    except (GradingError, ValueError, OSError):
        return []  # the grader itself says what is wrong with the file
    differ = []
    for name in graded:
        ran = next((entry for entry in reversed(history) if name in defined_functions(entry)), None)
        if ran is not None and name in saved and ran.strip() != saved[name][0].strip():
            differ.append(name)
    return differ


def grade_this_notebook(name: str, time_limit: float = DEFAULT_TIME_LIMIT) -> int:
    """Grade the notebook this cell runs in, from the notebook, with the grader's lines as they come.

    The saved file is graded (it is what a teacher grades). Where its graded cells are not what this kernel last
    ran (a change not saved yet, or saved but not run), nothing is graded: the learner is told which functions
    and what to do. Returns the grader's exit status."""
    path = _this_notebook(name)
    if not path.is_file():
        print(f"Cannot find this notebook as {path}. Save it, or give its file name in this cell: "
              'grade_this_notebook("NAME.ipynb").')
        return 2
    try:
        from IPython import get_ipython

        shell = get_ipython()
        history = list(shell.history_manager.input_hist_raw) if shell is not None else []
    except ImportError:
        history = []
    differ = _ran_differently(path, history)
    if differ:
        print(f"Not graded: the saved file {path.name} is not what you last ran for {', '.join(differ)}.\n"
              "Run the cell of each (Shift+Enter), save the notebook (Ctrl+S, or File > Save Notebook), then run "
              "this cell again. The grader grades the saved file, as a teacher would.")
        return 2
    command = [sys.executable, "-m", "shared_utils.grader", str(path), "--time-limit", str(time_limit)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               cwd=path.parent)
    try:
        for line in process.stdout:
            print(line, end="", flush=True)
        return process.wait()
    except KeyboardInterrupt:
        process.send_signal(signal.SIGINT)
        try:
            print(process.communicate(timeout=20)[0], end="", flush=True)
        except subprocess.TimeoutExpired:
            process.kill()
            print("Grading stopped.")
        return 130


if __name__ == "__main__":
    sys.exit(main())
