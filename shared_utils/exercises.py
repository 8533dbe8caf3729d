"""Write learner copies of the notebooks, scaffolded as the course's: each solution block becomes its step
comments with `(≈ N lines)` and skeletons such as `ft = None` (see shared_utils.scaffold); outputs are cleared
except the expected ones (the `# NBVAL_CHECK_OUTPUT` cells), which are also repeated in a markdown cell so that
running the cell does not lose them; the title says "(exercise)"; a last cell grades the notebook.

    python -m shared_utils.exercises                     # every notebook -> exercises/ in the repository
    python -m shared_utils.exercises C1W2A1              # one, by assignment id (works from any folder)
    python -m shared_utils.exercises Course1/C1W2A1_*.ipynb --out my_copies
    python -m shared_utils.exercises C1W2A1 --reset      # start one over; your copy is kept under a dated name

A copy you have worked in is never overwritten: it is kept, and the tool says so. With --reset a fresh copy
is written only after your copy has been saved beside it under a dated name.
"""

from shared_utils.data import REPO_ROOT
from shared_utils.notebooks import ASSIGNMENT_ID, assignment_id, checks_output, course_notebooks, read_notebook, tags
from shared_utils.scaffold import scaffold

import argparse
import sys
from datetime import datetime
from pathlib import Path

import nbformat

DEFAULT_OUT = REPO_ROOT / "exercises"


GRADE_CELL_ID = "grade-this-notebook"


def _expected_output_cell(cell) -> nbformat.NotebookNode | None:
    """A markdown cell that repeats a code cell's stored expected output, so it survives the learner's run."""
    texts = []
    for output in cell.outputs:
        text = output.get("text") or output.get("data", {}).get("text/plain")
        if text:
            texts.append(text if isinstance(text, str) else "".join(text))
    if not texts:
        return None
    body = "".join(texts).rstrip("\n")
    fence = "````" if "```" in body else "```"
    markdown = nbformat.v4.new_markdown_cell(f"**Expected output**\n\n{fence}\n{body}\n{fence}")
    markdown.id = f"{cell.get('id', 'cell')}-expected"[:64]
    markdown.metadata["tags"] = ["expected_output"]
    return markdown


def _grade_cells(notebook: Path) -> list[nbformat.NotebookNode]:
    cell = nbformat.v4.new_code_cell(
        "# Grade this notebook: save it (Ctrl+S), then run this cell. Each graded function's line appears as soon\n"
        "# as it is graded; Kernel > Interrupt stops it.\n"
        "from shared_utils.grader import grade_this_notebook\n\n"
        f'grade_this_notebook("{notebook.name}")'
    )
    cell.id = GRADE_CELL_ID
    cell.metadata["tags"] = ["grade"]
    intro = nbformat.v4.new_markdown_cell(
        "## Grade your work\n\n"
        "The cell below grades this notebook as a teacher would: the course's setup cells, your graded functions and "
        "the course's own public tests, in a fresh kernel. It grades the saved file, and first checks that the file "
        "holds the graded cells as you last ran them. Where a function fails in the way of a known mistake, the "
        "grader names it (`Likely mistake: ...`). `python -m shared_utils.progress` lists your last grade of every "
        "assignment."
    )
    intro.id = f"{GRADE_CELL_ID}-intro"
    return [intro, cell]


def exercise_text(notebook: Path) -> str:
    """The exercise copy of one course notebook, as the text of an .ipynb file."""
    nb = read_notebook(notebook)
    cells = []
    for index, cell in enumerate(nb.cells):
        cells.append(cell)
        if cell.cell_type != "code":
            continue
        if "graded" in tags(cell):
            try:
                cell.source = scaffold(cell.source)
            except (ValueError, SyntaxError) as error:
                raise ValueError(f"{notebook}, cell {index}: {error}") from error
        if checks_output(cell):
            for output in cell.outputs:  # the expected output stays; the run that made it does not
                if "execution_count" in output:
                    output.execution_count = None
            expected = _expected_output_cell(cell)
            if expected is not None:
                cells.append(expected)
        else:
            cell.outputs = []
        cell.execution_count = None
        cell.metadata.pop("execution", None)
    title = next((c for c in cells if c.cell_type == "markdown"), None)
    if title is not None and title.source.startswith("# "):
        first, _, rest = title.source.partition("\n")
        title.source = f"{first} (exercise)" + (f"\n{rest}" if rest else "")
    nb.cells = cells + _grade_cells(notebook)
    return nbformat.writes(nb) + "\n"


def backup_path(path: Path) -> Path:
    """A free name beside `path` that says when it was saved: name.backup-2026-12-01-2150.ipynb."""
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
    candidate = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.backup-{stamp}-{number}{path.suffix}")
        number += 1
    return candidate


def write_keeping(path: Path, text: str, reset: bool = False) -> str:
    """Write `text` to `path` unless that would lose work; return what happened, in words."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return f"wrote {path}"
    if path.read_text(encoding="utf-8", errors="replace") == text:
        return f"unchanged {path}"
    if not reset:
        return (f"kept {path}: it differs from a fresh copy (your work?). To start it over, run the same command "
                "with --reset: your copy is then saved beside it under a dated name.")
    saved = backup_path(path)
    path.rename(saved)
    path.write_text(text, encoding="utf-8")
    return f"wrote a fresh {path}; your copy is saved as {saved}"


def make_exercise(notebook: Path, out_path: Path, reset: bool = False) -> list[str]:
    """Write the exercise copy of one notebook, and its course folder's helper files beside it.

    Returns one line per file saying what was done; nothing that differs from a fresh copy is overwritten
    unless `reset`, and then only after it has been saved under a dated name.
    """
    messages = [write_keeping(out_path, exercise_text(notebook), reset)]
    for helper in sorted(notebook.parent.glob("*.py")):
        messages.append(write_keeping(out_path.parent / helper.name, helper.read_text(encoding="utf-8"), reset))
    return messages


def course_notebook(name: str) -> Path | None:
    """The course notebook named by an assignment id (C1W2A1) or a path to it, or None."""
    course = course_notebooks()
    if ASSIGNMENT_ID.fullmatch(name):
        return next((p for p in course if assignment_id(p) == name.upper()), None)
    path = Path(name).resolve()
    return path if path in course else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*",
                        help="assignment ids (C1W2A1) or course notebooks to copy (default: every one)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})")
    parser.add_argument("--reset", action="store_true",
                        help="replace copies that differ from a fresh one, after saving each under a dated name")
    args = parser.parse_args(argv)
    notebooks = []
    for name in args.notebooks:
        notebook = course_notebook(name)
        if notebook is None:
            print(f"cannot copy {name}: it is not a course notebook. Give an assignment id such as C1W2A1, or a "
                  f"path like {REPO_ROOT / 'Course1' / 'C1W2A1_python_basics_with_numpy.ipynb'}.")
            return 2
        notebooks.append(notebook)
    for notebook in notebooks or course_notebooks():
        try:
            messages = make_exercise(notebook, args.out.resolve() / notebook.relative_to(REPO_ROOT), reset=args.reset)
        except (ValueError, FileNotFoundError) as error:
            print(f"cannot copy {notebook}: {error}")
            return 2
        print("\n".join(messages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
