"""Run course notebooks top to bottom in the full profile and store their outputs (for maintainers).

    python -m shared_utils.execute Course1/C1W2A1_python_basics_with_numpy.ipynb [more notebooks]

Each notebook runs in a fresh kernel in its own folder, over IPC; it is written back only when every cell ran
without error, with the metadata JupyterLab writes, so opening it does not mark it modified. Only course
notebooks are accepted: a learner's copy is never rewritten.
"""

from shared_utils.notebooks import JUPYTERLAB_METADATA, course_notebooks, notebook_client, read_notebook

import argparse
import os
import sys
import time
from pathlib import Path

import nbformat
from nbclient.exceptions import CellExecutionError


def execute(path: Path, cell_timeout: int = 900) -> float:
    """Run one course notebook in the full profile and write it back; return the seconds it took."""
    nb = read_notebook(path)
    os.environ["DLS_PROFILE"] = "full"
    start = time.monotonic()
    with notebook_client(nb, path.parent, timeout=cell_timeout) as client:
        for index, cell in enumerate(nb.cells):
            if cell.cell_type == "code":
                client.execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
    nb.metadata = nbformat.from_dict(JUPYTERLAB_METADATA)
    nbformat.write(nb, path)
    return time.monotonic() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="+", type=Path)
    args = parser.parse_args(argv)
    for path in (p.resolve() for p in args.notebooks):
        if path not in course_notebooks():
            print(f"{path} is not a course notebook; nothing written.")
            return 2
        try:
            seconds = execute(path)
        except CellExecutionError as error:
            print(f"{path}: a cell failed, notebook not written.\n{str(error)[-2000:]}")
            return 1
        print(f"{path}: {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
