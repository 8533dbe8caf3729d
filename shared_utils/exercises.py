"""Write learner copies of the notebooks: solutions replaced by placeholders, outputs cleared except the
expected outputs (the `# NBVAL_CHECK_OUTPUT` cells), so a learner can compare.

    python -m shared_utils.exercises                     # every notebook -> exercises/
    python -m shared_utils.exercises Course1/C1W2A1_*.ipynb --out my_copies
    python -m shared_utils.exercises Course1/C1W2A1_*.ipynb --reset    # start one over; your copy is kept

A copy you have worked in is never overwritten: it is kept, and the tool says so. With --reset a fresh copy
is written only after your copy has been saved beside it under a dated name.
"""

from shared_utils.data import REPO_ROOT
from shared_utils.notebooks import checks_output, course_notebooks, read_notebook, tags
from shared_utils.scaffold import scaffold

import argparse
import sys
from datetime import datetime
from pathlib import Path

import nbformat

DEFAULT_OUT = REPO_ROOT / "exercises"


def exercise_text(notebook: Path) -> str:
    """The exercise copy of one course notebook, as the text of an .ipynb file."""
    nb = read_notebook(notebook)
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if "graded" in tags(cell):
            try:
                cell.source = scaffold(cell.source)
            except ValueError as error:
                raise ValueError(f"{notebook}, cell {index}: {error}") from error
        if checks_output(cell):
            for output in cell.outputs:  # the expected output stays; the run that made it does not
                if "execution_count" in output:
                    output.execution_count = None
        else:
            cell.outputs = []
        cell.execution_count = None
        cell.metadata.pop("execution", None)
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to copy (default: every course notebook)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: exercises/)")
    parser.add_argument("--reset", action="store_true",
                        help="replace copies that differ from a fresh one, after saving each under a dated name")
    args = parser.parse_args(argv)
    course = course_notebooks()
    for notebook in [p.resolve() for p in args.notebooks] or course:
        if notebook not in course:
            print(f"cannot copy {notebook}: it is not a course notebook (give a path like Course1/C1W2A1_....ipynb).")
            return 2
        try:
            messages = make_exercise(notebook, args.out / notebook.relative_to(REPO_ROOT), reset=args.reset)
        except (ValueError, FileNotFoundError) as error:
            print(f"cannot copy {notebook}: {error}")
            return 2
        print("\n".join(messages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
