"""Your progress through the course: for each assignment, the graded functions that passed your last grading.

    python -m shared_utils.progress

The grader records every grading of a notebook in your workspace (the repository's exercises/ folder) in
exercises/.progress.json; DLS_PROGRESS_FILE names another file (the test suite uses it).
"""

from shared_utils.data import REPO_ROOT
from shared_utils.notebooks import assignment_id, course_notebooks, graded_functions, read_notebook

import json
import os
import sys
from datetime import datetime
from pathlib import Path

WORKSPACE = REPO_ROOT / "exercises"


def progress_file() -> Path:
    return Path(os.environ.get("DLS_PROGRESS_FILE") or WORKSPACE / ".progress.json")


def read_progress() -> dict:
    try:
        return json.loads(progress_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def record(notebook: Path, results) -> bool:
    """Record the results of grading `notebook` (merged with earlier results of the same assignment) when it lies
    in the workspace, or when DLS_PROGRESS_FILE is set; return whether they were recorded."""
    notebook = Path(notebook).resolve()
    ident = assignment_id(notebook)
    in_workspace = WORKSPACE.resolve() in notebook.parents
    if ident is None or not results or not (in_workspace or os.environ.get("DLS_PROGRESS_FILE")):
        return False
    progress = read_progress()
    entry = progress.get(ident, {})
    functions = dict(entry.get("functions", {}))
    functions.update({r.function: bool(r.passed) for r in results})
    progress[ident] = {"notebook": str(notebook), "graded_at": datetime.now().isoformat(timespec="seconds"),
                       "functions": functions}
    path = progress_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}")
    partial.write_text(json.dumps(progress, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(partial, path)
    return True


def table() -> str:
    """One line per assignment, in course order: graded functions passing / total, and when last graded."""
    progress = read_progress()
    lines = [f"{'assignment':<64} {'passing':>9}  last graded"]
    done = 0
    for notebook in course_notebooks():
        ident = assignment_id(notebook)
        functions = graded_functions(read_notebook(notebook))
        total = len(functions)
        entry = progress.get(ident)
        if entry:
            passing = sum(entry["functions"].get(name, False) for name in functions)
            done += passing == total
            when = entry["graded_at"].replace("T", " ")[:16]
            lines.append(f"{notebook.stem:<64} {passing:>4} / {total:<3} {when}")
        else:
            lines.append(f"{notebook.stem:<64} {'-':>4} / {total:<3} not graded yet")
    lines.append(f"{done} of {len(course_notebooks())} assignments fully passed (from {progress_file()}).")
    return "\n".join(lines)


def main() -> int:
    print(table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
