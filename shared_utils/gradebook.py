"""Grade a class: many submissions at once, into a gradebook.

    python -m shared_utils.grader submissions/*/C1W2A1_*.ipynb --gradebook grades.csv
    python -m shared_utils.grader submissions/ --gradebook grades.json --jobs 2      # every notebook in a folder
    python -m shared_utils.grader submission.ipynb --format gradescope --gradebook results.json

Each submission is graded by the single-notebook grader in its own process and fresh kernel, with the
per-function time limit, `--jobs` at a time (default: the machine's cores); a line is printed as each finishes.
The learner is the name of the folder that holds the submission (`submissions/alice/C1W2A1_x.ipynb` is alice's),
or, with `--learner-from filename`, the file name without its assignment id. A submission that cannot be graded
gets a row that says why. The gradebook is CSV or JSON (by its suffix): one row per submission with the points of
each graded function, the score, the maximum and short notes (FAIL reasons, REVIEW flags). `--format gradescope`
writes Gradescope's autograder results.json for one submission.
"""

from shared_utils.notebooks import ASSIGNMENT_ID, kill_live_kernels

import csv
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

NOTE_LENGTH = 90  # characters of a FAIL reason kept in the gradebook's notes


def submissions(paths: list[Path]) -> list[Path]:
    """The notebooks named, and every notebook under a folder named (checkpoints left out), in order."""
    found = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
        else:
            found.append(path)
    return found


def learner_of(path: Path, learner_from: str) -> str:
    if learner_from == "filename":
        name = ASSIGNMENT_ID.sub("", path.stem).strip("_- .")
        return name or path.stem
    return path.resolve().parent.name


def _notes(report: dict) -> str:
    if report.get("problem"):
        return report["problem"]
    notes = []
    for result in report["results"]:
        if result["review"]:
            notes.append(f"REVIEW {result['function']}: {result['review']}")
        elif not result["passed"]:
            reason = result["reason"]
            notes.append(f"{result['function']}: {reason[:NOTE_LENGTH]}{'...' if len(reason) > NOTE_LENGTH else ''}")
    return "; ".join(notes)


def _grade_one(path: Path, time_limit: float, folder: Path, running: dict) -> dict:
    """The report of one submission, graded by `python -m shared_utils.grader` in its own process."""
    out = folder / f"{abs(hash(str(path)))}-{threading.get_ident()}.json"
    command = [sys.executable, "-m", "shared_utils.grader", str(path), "--time-limit", str(time_limit),
               "--report-json", str(out)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)  # Ctrl+C reaches the batch, which stops every grading
    running[process.pid] = process
    _, stderr = process.communicate()
    running.pop(process.pid, None)
    if out.is_file():
        return json.loads(out.read_text(encoding="utf-8"))
    last = (stderr.strip().splitlines() or ["no output"])[-1]
    return {"notebook": str(path), "assignment": None, "score": 0, "max_score": 0, "results": [],
            "problem": f"the grader stopped without a report (exit status {process.returncode}: {last})"}


def grade_class(paths: list[Path], jobs: int, time_limit: float, learner_from: str = "folder") -> list[dict]:
    """Grade every submission, `jobs` at a time; one row per submission, in the order given."""
    rows: list[dict | None] = [None] * len(paths)
    running: dict[int, subprocess.Popen] = {}
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="dls-gradebook-") as folder, ThreadPoolExecutor(jobs) as pool:
        futures = {pool.submit(_grade_one, path, time_limit, Path(folder), running): index
                   for index, path in enumerate(paths)}
        try:
            for done, future in enumerate(as_completed(futures), 1):
                index = futures[future]
                report = future.result()
                row = {"learner": learner_of(paths[index], learner_from), "submission": str(paths[index]),
                       "assignment": report.get("assignment") or "", "score": report["score"],
                       "max_score": report["max_score"], "notes": _notes(report), "results": report["results"]}
                rows[index] = row
                print(f"[{done}/{len(paths)}] {row['learner']}  {row['assignment'] or '-'}  "
                      f"{row['score']:g}/{row['max_score']:g}  {time.monotonic() - start:.0f} s"
                      + (f"  ({row['notes'][:60]}...)" if row["notes"] else ""), flush=True)
        except KeyboardInterrupt:
            pool.shutdown(wait=False, cancel_futures=True)
            for process in list(running.values()):
                try:
                    os.killpg(process.pid, signal.SIGINT)  # each grader kills its kernel and exits
                except OSError:
                    pass
            kill_live_kernels()
            raise
    return rows


def _columns(rows: list[dict]) -> list[tuple[str, str, str]]:
    """(column name, assignment, function) of every graded function, in order of first appearance."""
    assignments = {row["assignment"] for row in rows if row["assignment"]}
    seen = []
    for row in rows:
        for result in row["results"]:
            key = (row["assignment"], result["function"])
            if key not in seen:
                seen.append(key)
    return [(f"{a}.{f}" if len(assignments) > 1 else f, a, f) for a, f in seen]


def write_csv(rows: list[dict], path: Path) -> None:
    columns = _columns(rows)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["learner", "submission", "assignment", *(c[0] for c in columns), "score", "max_score",
                         "notes"])
        for row in rows:
            points = {(row["assignment"], r["function"]): r["points"] for r in row["results"]}
            writer.writerow([row["learner"], row["submission"], row["assignment"],
                             *(f"{points[(a, f)]:g}" if (a, f) in points else "" for _, a, f in columns),
                             f"{row['score']:g}", f"{row['max_score']:g}", row["notes"]])


def write_json(rows: list[dict], path: Path) -> None:
    path.write_text(json.dumps({"submissions": rows}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def gradescope_results(row: dict, seconds: float) -> dict:
    """Gradescope's autograder results.json for one graded submission (one test per graded function)."""
    tests = []
    for number, result in enumerate(row["results"], 1):
        output = result["review"] and f"REVIEW: {result['review']}. No points until a teacher looks."
        output = output or ("" if result["passed"] else result["reason"])
        if result["hint"]:
            output += f"\nLikely mistake: {result['hint']}"
        tests.append({"name": result["function"], "number": str(number), "score": result["points"],
                      "max_score": result["max_points"], "status": "passed" if result["passed"] else "failed",
                      "output": output, "visibility": "visible"})
    summary = row["notes"] if not row["results"] else f"{row['score']:g}/{row['max_score']:g} points"
    return {"score": row["score"], "execution_time": round(seconds), "output": summary, "tests": tests,
            "visibility": "visible", "stdout_visibility": "hidden"}


def main(paths: list[Path], gradebook: Path | None, fmt: str | None, jobs: int | None, time_limit: float,
         learner_from: str) -> int:
    notebooks = submissions(paths)
    if not notebooks:
        print("No notebooks to grade: give .ipynb files or folders that hold them.")
        return 2
    fmt = fmt or (gradebook.suffix.lstrip(".").lower() if gradebook else "csv")
    if fmt not in ("csv", "json", "gradescope"):
        print(f"Unknown gradebook format {fmt!r}: use a .csv or .json file, or --format gradescope.")
        return 2
    if fmt == "gradescope" and len(notebooks) != 1:
        print(f"Gradescope grades one submission per run; {len(notebooks)} notebooks were given.")
        return 2
    jobs = jobs or os.cpu_count() or 1
    print(f"Grading {len(notebooks)} submission(s), {jobs} at a time", flush=True)
    start = time.monotonic()
    try:
        rows = grade_class(notebooks, jobs, time_limit, learner_from)
    except KeyboardInterrupt:
        print("Grading stopped (Ctrl+C): no gradebook written. Its kernels have been shut down.", flush=True)
        return 130
    gradebook = gradebook or Path("grades.csv")
    if fmt == "gradescope":
        gradebook.parent.mkdir(parents=True, exist_ok=True)
        gradebook.write_text(json.dumps(gradescope_results(rows[0], time.monotonic() - start), indent=1) + "\n",
                             encoding="utf-8")
    elif fmt == "json":
        write_json(rows, gradebook)
    else:
        write_csv(rows, gradebook)
    print(f"Gradebook: {gradebook.resolve()} ({len(rows)} rows, {time.monotonic() - start:.0f} s)")
    return 0
