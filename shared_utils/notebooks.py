"""What the exercise and grader tools need to know about course notebooks.

Conventions (see README.md, "Notebook conventions"):
- a code cell tagged `setup` holds imports and data that graded functions and tests need;
- a code cell tagged `graded` defines one graded function, its solution between
  `### START CODE HERE ###` and `### END CODE HERE ###` lines;
- the code cell after it, tagged `public_test`, tests that function.
"""

from shared_utils.data import REPO_ROOT

import ast
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import nbformat
from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync
from nbclient import NotebookClient

START_MARK = "### START CODE HERE ###"
END_MARK = "### END CODE HERE ###"
CHECK_OUTPUT_MARK = "# NBVAL_CHECK_OUTPUT"
ASSIGNMENT_ID = re.compile(r"C\dW\dA\d", re.IGNORECASE)

# The notebook metadata JupyterLab writes when it opens a notebook with the `python3` kernel (ipykernel); stored
# as is, so that opening a committed notebook does not mark it modified.
JUPYTERLAB_METADATA = {
    "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
    "language_info": {
        "codemirror_mode": {"name": "ipython", "version": 3},
        "file_extension": ".py",
        "mimetype": "text/x-python",
        "name": "python",
        "nbconvert_exporter": "python",
        "pygments_lexer": "ipython3",
        "version": ".".join(map(str, sys.version_info[:3])),
    },
}


def course_notebooks(root: Path = REPO_ROOT) -> list[Path]:
    """Every notebook of the course, in course order."""
    return sorted(p for p in root.glob("Course*/*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def assignment_id(path: Path) -> str | None:
    """The assignment id in a notebook's file name (C1W2A2 in `C1W2A2_logistic...-Copy1.ipynb`), upper-cased."""
    match = ASSIGNMENT_ID.search(Path(path).name)
    return match.group(0).upper() if match else None


def tags(cell) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


def read_notebook(path: Path):
    """Read a notebook, or raise ValueError saying why it cannot be read."""
    try:
        return nbformat.read(path, as_version=4)
    except FileNotFoundError:
        raise
    except Exception as error:  # nbformat raises several unrelated types for a broken file
        ident = assignment_id(path) or "<assignment id, such as C1W2A1>"
        raise ValueError(
            f"{path} is not a readable notebook ({type(error).__name__}: {error}). "
            "Nothing has been changed: your work is still in that file. JupyterLab keeps its last checkpoint in "
            f".ipynb_checkpoints/ beside it; `python -m shared_utils.exercises {ident} --reset` "
            "writes a fresh copy after saving this one under a dated name."
        ) from error


def has_solution_block(source: str) -> bool:
    return START_MARK in source and END_MARK in source


def defined_functions(source: str) -> list[str]:
    """Names of the top-level functions and classes a cell defines; a regex fallback when it does not parse."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return re.findall(r"^(?:def|class)\s+(\w+)", source, flags=re.MULTILINE)
    return [node.name for node in tree.body if isinstance(node, ast.FunctionDef | ast.ClassDef)]


def graded_functions(nb) -> list[str]:
    """The graded function names of a notebook, in order."""
    return [name for cell in nb.cells if "graded" in tags(cell) for name in defined_functions(cell.source)]


def checks_output(cell) -> bool:
    """A cell whose output must be the same in every run (nbval compares it); it shows the expected output."""
    return cell.cell_type == "code" and cell.source.startswith(CHECK_OUTPUT_MARK)


LIVE_KERNELS: dict[int, tuple[AsyncKernelManager, str]] = {}  # the kernels of open notebook_client blocks


def kill_live_kernels() -> None:
    """Kill every kernel still open in this process (each in its own session, with what it started) and remove
    its socket files: what a Ctrl+C handler does before it exits, at any moment of a grading."""
    for km, sockets in list(LIVE_KERNELS.values()):
        process = getattr(km.provisioner, "process", None) if km.provisioner else None
        if process is not None and process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except OSError:
                process.kill()
            try:
                process.wait(timeout=5)  # reaped, not left as a zombie
            except Exception:  # noqa: BLE001 (exiting anyway)
                pass
        shutil.rmtree(sockets, ignore_errors=True)
    LIVE_KERNELS.clear()


@contextmanager
def notebook_client(nb, cwd: Path, **options):
    """An nbclient NotebookClient for `nb` whose kernel runs in `cwd` and talks over IPC (local sockets).

    IPC keeps the kernel's traffic off the network (and its "running over TCP without encryption" warning out of
    the terminal). The kernel is shut down and its socket files removed when the block ends, however it ends.
    """
    with tempfile.TemporaryDirectory(prefix="dls-kernel-") as sockets:
        km = AsyncKernelManager(kernel_name="python3", transport="ipc", ip=str(Path(sockets) / "kernel"),
                                connection_file=str(Path(sockets) / "kernel.json"))
        quiet = logging.getLogger("shared_utils.kernel")
        quiet.setLevel(logging.CRITICAL)
        client = NotebookClient(nb, km=km, log=quiet, kernel_name="python3",
                                resources={"metadata": {"path": str(Path(cwd).resolve())}}, **options)
        LIVE_KERNELS[id(km)] = (km, sockets)
        try:
            # ipykernel copies what native code writes to file descriptor 2 (TensorFlow's oneDNN notice) into the
            # cell's output and echoes it to the kernel's own stderr; that echo is dropped to keep the terminal clean.
            with client.setup_kernel(cleanup_kc=True, stderr=subprocess.DEVNULL):
                yield client
        finally:
            if km.has_kernel:
                run_sync(km.shutdown_kernel)(now=True)
            LIVE_KERNELS.pop(id(km), None)
