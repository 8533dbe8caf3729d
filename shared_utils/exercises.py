"""Write learner copies of the notebooks: solutions replaced by placeholders, outputs cleared.

    python -m shared_utils.exercises                     # every notebook -> exercises/
    python -m shared_utils.exercises Course1/C1W2A1_*.ipynb --out my_copies
"""

from shared_utils.data import REPO_ROOT
from shared_utils.notebooks import course_notebooks, read_notebook, strip_solutions, tags

import argparse
import shutil
import sys
from pathlib import Path

import nbformat

DEFAULT_OUT = REPO_ROOT / "exercises"


def make_exercise(notebook: Path, out_path: Path) -> Path:
    """Write the exercise copy of one notebook; its course folder's helper files go beside it."""
    nb = read_notebook(notebook)
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if "graded" in tags(cell):
            try:
                cell.source = strip_solutions(cell.source)
            except ValueError as error:
                raise ValueError(f"{notebook}, cell {index}: {error}") from error
        cell.outputs = []
        cell.execution_count = None
    out_path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out_path)
    for helper in notebook.parent.glob("*.py"):
        shutil.copy2(helper, out_path.parent / helper.name)
    return out_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to copy (default: every course notebook)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: exercises/)")
    args = parser.parse_args(argv)
    notebooks = [p.resolve() for p in args.notebooks] or course_notebooks()
    for notebook in notebooks:
        relative = notebook.relative_to(REPO_ROOT) if notebook.is_relative_to(REPO_ROOT) else Path(notebook.name)
        written = make_exercise(notebook, args.out / relative)
        print(f"wrote {written}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
