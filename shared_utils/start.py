"""Open the learner's workspace: exercise copies made where missing (never overwriting one), a start page that
lists the assignments, and JupyterLab opened on it.

    python -m shared_utils.start              # from any folder
    python -m shared_utils.start --no-lab     # prepare the workspace only

The start page, exercises/START_HERE.ipynb, links each assignment's exercise copy and its solution, gives the
time its full run takes (README's table) and shows your progress (`python -m shared_utils.progress`).
"""

from shared_utils.data import REPO_ROOT
from shared_utils.exercises import make_exercise, write_keeping
from shared_utils.notebooks import JUPYTERLAB_METADATA, assignment_id, course_notebooks, read_notebook

import argparse
import os
import re
import sys
from pathlib import Path

import nbformat

START_PAGE = "START_HERE.ipynb"
_README_ROW = re.compile(r"^\| (\d) \| (\d) \| \[[^\]]+\]\((Course\d/[^)]+\.ipynb)\) \|.*\| ([^|]+) \|$", re.M)


def run_times() -> dict[str, str]:
    """The full-profile run time of each notebook, from README.md's table ({'C1W2A1': '25 s'})."""
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    return {assignment_id(Path(path)): time.strip() for _, _, path, time in _README_ROW.findall(readme)}


def _title(notebook: Path) -> str:
    first = next((c for c in read_notebook(notebook).cells if c.cell_type == "markdown"), None)
    line = first.source.splitlines()[0] if first is not None and first.source else notebook.stem
    return line.lstrip("# ").strip()


def start_page(workspace: Path) -> str:
    """The start page of `workspace`, as the text of an .ipynb file."""
    times = run_times()
    rows = []
    for notebook in course_notebooks():
        relative = notebook.relative_to(REPO_ROOT).as_posix()
        solution = Path(os.path.relpath(notebook, workspace)).as_posix()
        ident = assignment_id(notebook)
        rows.append(f"| {ident} | {_title(notebook)} | [exercise]({relative}) | [solution]({solution}) | "
                    f"{times.get(ident, '-')} |")
    intro = nbformat.v4.new_markdown_cell(
        "# Deep Learning Specialization: start here\n\n"
        "Work through the assignments in order. Open an assignment's **exercise** copy (your own, in this folder): "
        "read each section, run the cells one by one (Shift+Enter) and, at each *Exercise*, replace every `None` "
        "between `### START CODE HERE ###` and `### END CODE HERE ###` with your code; the comments say what each "
        "line computes and `(≈ N lines)` how long the solution is. The cell after each exercise runs its public "
        "test; **Expected output** cells show what a right answer prints. The last cell of every exercise grades "
        "the whole notebook (save it first) and names a known mistake when it recognises yours.\n\n"
        "The **solution** notebooks hold the course's answers and the outputs of a full run: look there after you "
        "have tried. Your copies are never overwritten: `python -m shared_utils.exercises C1W2A1 --reset` starts "
        "one over after saving yours under a dated name.\n\n"
        "**Profiles.** Notebooks run in the `full` profile: the headline results, within about 10 minutes each on "
        "2 CPU cores (the times below are those of the stored full runs). `DLS_PROFILE=quick` (what the test "
        "suite uses) trains on less data for fewer epochs, in under 90 s each, and still checks a real threshold.\n\n"
        "| id | assignment | your copy | solution | full run |\n|---|---|---|---|---|\n" + "\n".join(rows)
    )
    intro.id = "start-here"
    progress_intro = nbformat.v4.new_markdown_cell(
        "## Your progress\n\nRun the cell below (or `python -m shared_utils.progress` in a terminal): graded "
        "functions passing / total in your last grading of each assignment, and when."
    )
    progress_intro.id = "progress-intro"
    progress = nbformat.v4.new_code_cell("from shared_utils.progress import table\n\nprint(table())")
    progress.id = "progress"
    nb = nbformat.v4.new_notebook(cells=[intro, progress_intro, progress],
                                  metadata=nbformat.from_dict(JUPYTERLAB_METADATA))
    return nbformat.writes(nb) + "\n"


def prepare(workspace: Path) -> list[str]:
    """Exercise copies where missing (changed ones kept) and the start page; one line per file changed or kept."""
    messages = []
    for notebook in course_notebooks():
        messages += make_exercise(notebook, workspace / notebook.relative_to(REPO_ROOT))
    messages.append(write_keeping(workspace / START_PAGE, start_page(workspace)))
    return [m for m in messages if not m.startswith("unchanged")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-lab", action="store_true", help="prepare the workspace, do not start JupyterLab")
    parser.add_argument("--workspace", type=Path, default=REPO_ROOT / "exercises", help=argparse.SUPPRESS)
    args, lab_options = parser.parse_known_args(argv)
    workspace = args.workspace.resolve()
    for message in prepare(workspace):
        print(message)
    page = workspace / START_PAGE
    print(f"Your workspace is {workspace}; start with {page}.")
    if args.no_lab:
        return 0
    command = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={REPO_ROOT}",
               "--KernelManager.transport_encryption=auto", *lab_options, str(page.relative_to(REPO_ROOT))]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--allow-root" not in command:
        command.insert(3, "--allow-root")  # JupyterLab refuses root (containers) without it
    os.chdir(REPO_ROOT)
    os.execv(sys.executable, command)
    return 0


if __name__ == "__main__":
    sys.exit(main())
