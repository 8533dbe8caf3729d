"""Run course notebooks top to bottom in the full profile and store their outputs (for maintainers).

    python -m shared_utils.execute Course1/C1W2A1_python_basics_with_numpy.ipynb [more notebooks]

Each notebook runs in a fresh kernel in its own folder, over IPC; it is written back only when every cell ran
without error, with the metadata JupyterLab writes, so opening it does not mark it modified. Only course
notebooks are accepted: a learner's copy is never rewritten.
"""

from shared_utils.notebooks import JUPYTERLAB_METADATA, course_notebooks, notebook_client, read_notebook

import argparse
import os
import re
import sys
import time
from pathlib import Path

import nbformat
from nbclient.exceptions import CellExecutionError

# Native-library log lines that TensorFlow 2.21 writes to the process's stderr whatever TF_CPP_MIN_LOG_LEVEL says
# (absl's pre-initialisation notice and the oneDNN notice); ipykernel captures them into the first TF cell's output.
NATIVE_LOG_LINE = re.compile(r"^(WARNING: All log messages before absl::InitializeLog\(\) is called.*|[EWI]\d{4} .*)$")


def drop_native_logs(cell) -> None:
    """Remove native-library log lines from a cell's stderr outputs (and outputs left empty)."""
    kept = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream" and output.get("name") == "stderr":
            lines = [line for line in output.text.splitlines(keepends=True) if not NATIVE_LOG_LINE.match(line.rstrip())]
            output.text = "".join(lines)
            if not output.text:
                continue
        kept.append(output)
    cell.outputs = kept


def execute(path: Path, cell_timeout: int = 900) -> float:
    """Run one course notebook in the full profile and write it back; return the seconds it took."""
    nb = read_notebook(path)
    os.environ["DLS_PROFILE"] = "full"
    start = time.monotonic()
    with notebook_client(nb, path.parent, timeout=cell_timeout) as client:
        for index, cell in enumerate(nb.cells):
            if cell.cell_type == "code":
                client.execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
                drop_native_logs(cell)
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
