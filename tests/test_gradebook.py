"""Grading a class: a batch of submissions into CSV, JSON and Gradescope's results.json, points per function, and
grades that the usual tricks cannot fake."""

from shared_utils import grader
from shared_utils.data import REPO_ROOT
from shared_utils.gradebook import gradescope_results, learner_of
from shared_utils.integrity import graded_source, review_reasons
from shared_utils.notebooks import course_notebooks, graded_functions, read_notebook, tags

import csv
import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

C1W2A1 = REPO_ROOT / "Course1" / "C1W2A1_python_basics_with_numpy.ipynb"
FUNCTIONS = graded_functions(read_notebook(C1W2A1))
WRONG_SOFTMAX = ("x_sum = np.sum(x_exp, axis=1, keepdims=True)", "x_sum = np.sum(x_exp, axis=0, keepdims=True)")


def submission(path: Path, function: str | None = None, change=lambda source: source, points=None) -> Path:
    """A learner's copy of C1W2A1 with `change` applied to the graded cell of `function`."""
    nb = read_notebook(C1W2A1)
    for cell in nb.cells:
        if "graded" in tags(cell) and function and f"def {function}(" in cell.source:
            cell.source = change(cell.source)
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path


def wrong_softmax(source: str) -> str:
    assert WRONG_SOFTMAX[0] in source
    return source.replace(*WRONG_SOFTMAX)


def test_a_class_is_graded_into_csv_json_and_gradescope(tmp_path):
    """Four learners of one assignment (all right; one wrong function; one infinite loop, with a short time limit;
    one tampered with) and a file that is not a notebook: the right points per function in CSV and JSON."""
    folder = tmp_path / "submissions"
    name = C1W2A1.name
    submission(folder / "alice" / name)
    submission(folder / "bob" / name, "softmax", wrong_softmax)
    submission(folder / "carol" / name, "normalize_rows",
               lambda s: s.replace("def normalize_rows(x):", "def normalize_rows(x):\n    while True:\n        pass"))
    submission(folder / "dave" / name, "softmax", lambda s: wrong_softmax(s) + "\ncheck_close = lambda *a, **k: None")
    (folder / "erin").mkdir()
    (folder / "erin" / name).write_text("not a notebook")
    command = [sys.executable, "-m", "shared_utils.grader", str(folder), "--jobs", "2", "--time-limit", "15"]
    result = subprocess.run([*command, "--gradebook", str(tmp_path / "grades.csv")], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    progress = [line for line in result.stdout.splitlines() if line.startswith("[")]
    assert len(progress) == 5 and progress[-1].startswith("[5/5] "), result.stdout
    with open(tmp_path / "grades.csv", newline="") as handle:
        rows = {row["learner"]: row for row in csv.DictReader(handle)}
    assert list(next(iter(rows.values()))) == ["learner", "submission", "assignment", *FUNCTIONS, "score",
                                               "max_score", "notes"]
    total = str(len(FUNCTIONS))
    expected = {"alice": {}, "bob": {"softmax": "0"}, "carol": {"normalize_rows": "0"}, "dave": {"softmax": "0"}}
    for learner, zeros in expected.items():
        row = rows[learner]
        assert {f: row[f] for f in FUNCTIONS} == {f: zeros.get(f, "1") for f in FUNCTIONS}, row
        assert (row["score"], row["max_score"], row["assignment"]) == (str(len(FUNCTIONS) - len(zeros)), total,
                                                                       "C1W2A1"), row
    assert "did not finish in 15 s" in rows["carol"]["notes"] and rows["alice"]["notes"] == ""
    assert rows["dave"]["notes"].startswith("softmax: softmax(x) for the (2, 5) example: wrong values")
    erin = rows["erin"]
    assert (erin["score"], erin["max_score"]) == ("0", total) and "not a readable notebook" in erin["notes"]
    assert all(erin[f] == "" for f in FUNCTIONS)

    result = subprocess.run([*command[:3], str(folder / "bob"), "--gradebook", str(tmp_path / "grades.json")],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    (bob,) = json.loads((tmp_path / "grades.json").read_text())["submissions"]
    assert bob["learner"] == "bob" and bob["score"] == len(FUNCTIONS) - 1
    softmax = next(r for r in bob["results"] if r["function"] == "softmax")
    assert softmax["points"] == 0 and softmax["max_points"] == 1 and softmax["hint"]


def test_results_json_has_gradescopes_documented_fields(tmp_path):
    path = tmp_path / "results.json"
    result = subprocess.run([sys.executable, "-m", "shared_utils.grader", str(submission(
        tmp_path / "C1W2A1_bob.ipynb", "softmax", wrong_softmax)), "--format", "gradescope", "--gradebook", str(path)],
        capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    results = json.loads(path.read_text())
    # https://gradescope-autograders.readthedocs.io/en/latest/specs/ (the fields of results.json)
    assert set(results) <= {"score", "execution_time", "output", "output_format", "test_output_format",
                            "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests",
                            "leaderboard"}
    assert isinstance(results["score"], float | int) and isinstance(results["execution_time"], int)
    assert results["visibility"] in ("hidden", "after_due_date", "after_published", "visible")
    assert [t["name"] for t in results["tests"]] == FUNCTIONS
    for test in results["tests"]:
        assert set(test) <= {"score", "max_score", "status", "name", "name_format", "number", "output",
                             "output_format", "tags", "visibility", "extra_data"}
        assert test["status"] in ("passed", "failed") and test["max_score"] == 1
        assert test["score"] == (0 if test["name"] == "softmax" else 1)
    softmax = next(t for t in results["tests"] if t["name"] == "softmax")
    assert "wrong values" in softmax["output"] and "Likely mistake:" in softmax["output"]
    assert results["score"] == sum(t["score"] for t in results["tests"]) == len(FUNCTIONS) - 1
    assert gradescope_results({"results": [], "notes": "cannot grade", "score": 0, "max_score": 8}, 1)["tests"] == []


def test_points_come_from_the_graded_cells_metadata(tmp_path):
    reference = tmp_path / "C1W2A1_reference.ipynb"
    nb = read_notebook(C1W2A1)
    for cell in nb.cells:
        if "graded" in tags(cell) and "def softmax(" in cell.source:
            cell.metadata["points"] = 3
    nbformat.write(nb, reference)
    learner = submission(tmp_path / "C1W2A1_mine.ipynb", "softmax", wrong_softmax)
    report = grader.grade(learner, reference_path=reference, only=["softmax", "L1"])
    assert [(r.function, r.points, r.max_points) for r in report.results] == [("softmax", 0, 3), ("L1", 1, 1)]
    assert report.results[0].line().startswith("  FAIL  softmax [3 points]: ")
    assert report.footer() == "Score: 1/2 graded functions pass (1/4 points)"


def test_the_learner_is_named_by_folder_or_file_name():
    path = Path("submissions/alice/C1W2A1_python_basics_with_numpy.ipynb")
    assert learner_of(path, "folder") == "alice"
    assert learner_of(Path("all/C1W2A1_bob.ipynb"), "filename") == "bob"
    assert learner_of(Path("all/carol-C1W2A1.ipynb"), "filename") == "carol"


TAMPERING = {
    # Top level of the graded cell: not taken at all, or undone before the test.
    "check_close rebound at the top level": (lambda s: s + "\ncheck_close = lambda *args, **kwargs: None", "FAIL"),
    "check_close redefined in the cell": (lambda s: s + "\n\ndef check_close(*args, **kwargs):\n    pass", "FAIL"),
    "check_close shadowed by an import": (lambda s: "from builtins import print as check_close\n" + s, "REVIEW"),
    "check_close rebound by name from numpy": (lambda s: "from numpy import shape as check_close\n" + s, "FAIL"),
    # Inside the graded function: flagged for review, not run.
    "a global statement": (lambda s: s.replace("    x_exp = ", "    global check_close\n"
                                                "    check_close = print\n    x_exp = "), "REVIEW"),
    "globals()": (lambda s: s.replace("    x_exp = ", "    globals()['check_close'] = print\n    x_exp = "),
                  "REVIEW"),
    "shared_utils.testing patched": (lambda s: s.replace("    x_exp = ", "    import shared_utils.testing as t\n"
                                                          "    t.check_close = print\n    x_exp = "), "REVIEW"),
    "sys.modules": (lambda s: s.replace("    x_exp = ", "    import sys\n    sys.modules.clear\n    x_exp = "),
                    "REVIEW"),
    "builtins": (lambda s: s.replace("    x_exp = ", "    __builtins__['print'] = len\n    x_exp = "), "REVIEW"),
    "IPython's exception handling": (lambda s: s.replace(
        "    x_exp = ", "    get_ipython().set_custom_exc((AssertionError,), lambda *a, **k: None)\n    x_exp = "),
        "REVIEW"),
    "a code object swapped": (lambda s: s.replace("    x_exp = ", "    check_close.__code__ = print.__call__\n"
                                                   "    x_exp = "), "REVIEW"),
    "a module function patched": (lambda s: s.replace("    x_exp = ", "    np.allclose = lambda *a, **k: True\n"
                                                       "    x_exp = "), "REVIEW"),
    "the process ended": (lambda s: s.replace("    x_exp = ", "    import os\n    os._exit(0)\n    x_exp = "),
                          "REVIEW"),
}


def _softmax_cell(change) -> str:
    cell = next(c for c in read_notebook(C1W2A1).cells if "graded" in tags(c) and "def softmax(" in c.source)
    return change(wrong_softmax(cell.source))


@pytest.mark.parametrize("trick", [t for t, (_, kind) in TAMPERING.items() if kind == "REVIEW"])
def test_code_that_reaches_for_the_tests_or_tools_is_flagged(trick):
    change, _ = TAMPERING[trick]
    assert review_reasons(graded_source(_softmax_cell(change))[0]), trick


@pytest.mark.parametrize("trick", [*(t for t, (_, kind) in TAMPERING.items() if kind == "FAIL"), "a global statement"])
def test_each_guarded_trick_is_stopped_by_the_grader(trick, tmp_path):
    """A wrong softmax (sum over axis 0) with a trick that would make its test pass: graded, it fails, or is
    flagged for review with no points; it never passes."""
    change, expected = TAMPERING[trick]
    learner = submission(tmp_path / "C1W2A1_sly.ipynb", "softmax", lambda s: change(wrong_softmax(s)))
    (result,) = grader.grade(learner, only=["softmax"]).results
    assert not result.passed and result.points == 0, result
    if expected == "REVIEW":
        assert result.review and result.line().startswith("  REVIEW  softmax: line "), result
    else:
        assert not result.review and "wrong values" in result.reason, result


def test_the_solutions_are_never_flagged():
    flagged = [(p.name, review_reasons(graded_source(c.source)[0])) for p in course_notebooks()
               for c in read_notebook(p).cells if "graded" in tags(c) and review_reasons(graded_source(c.source)[0])]
    assert not flagged, flagged
