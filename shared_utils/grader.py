"""Grade a learner's notebook: one line per graded function, then a score.

    python -m shared_utils.grader exercises/Course1/C1W2A1_python_basics_with_numpy.ipynb

The setup cells and public tests come from the course's own copy of the
notebook (found by file name under Course*/), the graded functions from
the learner's notebook. They run in a fresh kernel; other cells are skipped.
"""

from shared_utils.notebooks import course_notebooks, defined_functions, graded_functions, read_notebook, tags

import argparse
import ast
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbclient import NotebookClient

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


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

    @property
    def score(self) -> str:
        return f"{sum(r.passed for r in self.results)}/{len(self.results)}"

    def render(self) -> str:
        lines = [f"Grading {self.notebook}"]
        if self.problem:
            lines.append(f"  cannot grade: {self.problem}")
        for r in self.results:
            lines.append(f"  PASS  {r.function}" if r.passed else f"  FAIL  {r.function}: {r.reason}")
        lines.append(f"Score: {self.score} graded functions pass")
        return "\n".join(lines)


def find_reference(learner: Path) -> Path | None:
    for notebook in course_notebooks():
        if notebook.name == learner.name:
            return notebook
    return None


def _error_text(cell) -> str | None:
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            if output["ename"] == "NotImplementedError":
                return "not implemented yet (the placeholder between the START/END markers is still there)"
            return _ANSI.sub("", f"{output['ename']}: {output['evalue']}").strip()
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


def grade(learner_path: Path, reference_path: Path | None = None, timeout: int = 600) -> Report:
    learner_path = Path(learner_path)
    report = Report(learner_path)
    try:
        learner = read_notebook(learner_path)
    except (ValueError, FileNotFoundError) as error:
        report.problem = str(error)
        return report
    reference_path = Path(reference_path) if reference_path else find_reference(learner_path) or learner_path
    reference = read_notebook(reference_path)
    learner_sources = _learner_cells(learner)

    run = nbformat.v4.new_notebook(metadata=reference.metadata)
    setup_cells, checks = [], []  # checks: (function names, learner cell, test cell)
    cells = reference.cells
    for index, cell in enumerate(cells):
        if cell.cell_type != "code":
            continue
        if "setup" in tags(cell):
            setup_cells.append(nbformat.v4.new_code_cell(cell.source))
            run.cells.append(setup_cells[-1])
        elif "graded" in tags(cell):
            names = defined_functions(cell.source)
            test = next((c for c in cells[index + 1:] if c.cell_type == "code"), None)
            if test is None or "public_test" not in tags(test):
                raise ValueError(f"{reference_path}: the cell after graded cell {index} is not tagged public_test")
            missing = [n for n in names if n not in learner_sources]
            errors = {learner_sources[n][1] for n in names if n not in missing} - {None}
            if missing or errors:
                reason = errors.pop() if errors else f"not defined in the notebook ({', '.join(missing)})"
                report.results += [Result(n, False, reason) for n in names]
                continue
            learner_cell = nbformat.v4.new_code_cell(learner_sources[names[0]][0])
            test_cell = nbformat.v4.new_code_cell(test.source)
            run.cells += [learner_cell, test_cell]
            checks.append((names, learner_cell, test_cell))

    if not checks:
        return report
    client = NotebookClient(run, timeout=timeout, allow_errors=True, kernel_name="python3",
                            resources={"metadata": {"path": str(reference_path.parent.resolve())}})
    client.execute()
    setup_error = next((e for e in map(_error_text, setup_cells) if e), None)
    for names, learner_cell, test_cell in checks:
        if setup_error:
            reason = f"a setup cell failed ({setup_error})"
        else:
            reason = _error_text(learner_cell) or _error_text(test_cell)
        report.results += [Result(n, reason is None, reason or "") for n in names]
    order = graded_functions(reference)
    report.results.sort(key=lambda r: order.index(r.function))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebook", type=Path, help="your notebook")
    parser.add_argument("--reference", type=Path, help="the course notebook it was copied from (default: by name)")
    args = parser.parse_args(argv)
    report = grade(args.notebook, args.reference)
    print(report.render())
    if report.problem:
        return 2
    return 0 if report.results and all(r.passed for r in report.results) else 1


if __name__ == "__main__":
    sys.exit(main())
