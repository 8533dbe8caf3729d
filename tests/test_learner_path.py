"""The learner's path: the start page and workspace, the grade cell of an exercise copy (run by nbclient, saved and
unsaved), grader lines as they come, progress, and hints that name the mistake."""

from shared_utils import grader, progress
from shared_utils.data import REPO_ROOT
from shared_utils.exercises import GRADE_CELL_ID, make_exercise
from shared_utils.notebooks import course_notebooks, graded_functions, notebook_client, read_notebook, tags
from shared_utils.scaffold import fill
from shared_utils.start import START_PAGE, prepare, run_times

import os
import re
import subprocess
import sys
import time

import nbformat
from test_grading import CUBE, GRADED, make_notebook

C1W2A1 = REPO_ROOT / "Course1" / "C1W2A1_python_basics_with_numpy.ipynb"


def filled(nb, solution_nb, functions: set[str]):
    """`nb` (an exercise copy) with the skeletons of `functions` filled from the solution."""
    solutions = {name: c.source for c in solution_nb.cells if "graded" in tags(c)
                 for name in re.findall(r"^def (\w+)", c.source, re.M)}
    for cell in nb.cells:
        if "graded" in tags(cell):
            name = re.search(r"^def (\w+)", cell.source, re.M).group(1)
            if name in functions:
                cell.source = fill(cell.source, solutions[name])
    return nb


def test_each_function_is_reported_as_soon_as_it_is_graded(tmp_path):
    solution = make_notebook(tmp_path / "squares.ipynb")
    learner = make_notebook(tmp_path / "learner.ipynb", GRADED, CUBE.replace("y = x ** 3", "while True:\n        pass"))
    process = subprocess.Popen([sys.executable, "-m", "shared_utils.grader", str(learner), "--reference",
                                str(solution), "--time-limit", "8"], stdout=subprocess.PIPE, text=True)
    seen = {}
    for line in process.stdout:
        seen[line.strip()] = time.monotonic()
    process.wait()
    assert "PASS  square" in seen and "Score: 1/2 graded functions pass" in seen, seen
    assert seen["Score: 1/2 graded functions pass"] - seen["PASS  square"] > 5, "square's line came only at the end"


def test_progress_records_each_grading_and_lists_every_assignment(tmp_path, monkeypatch):
    monkeypatch.setenv("DLS_PROGRESS_FILE", str(tmp_path / "progress.json"))
    copy = tmp_path / "C1W2A1_python_basics_with_numpy.ipynb"
    make_exercise(C1W2A1, copy)
    nbformat.write(filled(read_notebook(copy), read_notebook(C1W2A1), {"basic_sigmoid"}), copy)
    assert grader.main([str(copy), "--function", "basic_sigmoid", "--function", "sigmoid"]) == 1
    lines = progress.table().splitlines()
    total = len(graded_functions(read_notebook(C1W2A1)))
    row = next(line for line in lines if line.startswith("C1W2A1_"))
    assert re.search(rf"\s1 / {total}\s+\d{{4}}-\d\d-\d\d \d\d:\d\d$", row), row
    assert len(lines) == len(course_notebooks()) + 2 and "not graded yet" in lines[2]


def test_the_grade_cell_of_an_exercise_copy_grades_it_and_refuses_an_unsaved_change(tmp_path):
    """The copy is run top to bottom by nbclient, as JupyterLab would run it: its last cell grades the saved file
    (one function filled in: PASS; the others untouched: not started). Then a change saved but not run is refused
    with what to do."""
    copy = tmp_path / "Course1" / C1W2A1.name
    make_exercise(C1W2A1, copy)
    nb = filled(read_notebook(copy), read_notebook(C1W2A1), {"basic_sigmoid"})
    nbformat.write(nb, copy)
    assert nb.cells[-1].id == GRADE_CELL_ID
    with notebook_client(nb, copy.parent, allow_errors=True, timeout=600) as client:
        for index, cell in enumerate(nb.cells):
            if cell.cell_type == "code":
                client.execute_cell(cell, index)
        output = "".join(o.get("text", "") for o in nb.cells[-1].outputs)
        assert "PASS  basic_sigmoid" in output, output
        assert f"FAIL  sigmoid: {grader.NOT_STARTED}" in output, output
        assert re.search(r"Score: 1/\d+ graded functions pass", output), output
        saved = read_notebook(copy)
        cell = next(c for c in saved.cells if "graded" in tags(c) and "def basic_sigmoid" in c.source)
        cell.source = cell.source.replace("def basic_sigmoid(x):", "def basic_sigmoid(x):  # edited")
        nbformat.write(saved, copy)
        client.execute_cell(nb.cells[-1], len(nb.cells) - 1)
        output = "".join(o.get("text", "") for o in nb.cells[-1].outputs)
        assert output.startswith(f"Not graded: the saved file {copy.name} is not what you last ran for "
                                 "basic_sigmoid."), output
        assert "Ctrl+S" in output and "Score" not in output


def test_a_public_test_failure_shows_one_line_in_the_notebook():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "from shared_utils.testing import check_close\ncheck_close('dw', [[1.0], [2.0]], [[1.0], [2.5]])")])
    with notebook_client(nb, REPO_ROOT, allow_errors=True) as client:
        client.execute_cell(nb.cells[0], 0)
    (error,) = nb.cells[0].outputs
    assert error.ename == "PublicTestError" and len(error.traceback) == 1, error.traceback
    assert error.traceback[0].endswith("dw: wrong values. At index (1, 0) expected 2.5, got 2 (largest difference "
                                       "0.5; 1 of 2 entries differ).")


def test_a_known_mistake_is_named(tmp_path):
    nb = read_notebook(C1W2A1)
    for cell in nb.cells:
        if "graded" in tags(cell) and "def sigmoid(" in cell.source:
            cell.source = cell.source.replace("np.exp(-x)", "np.exp(x)")
    learner = tmp_path / "C1W2A1_mine.ipynb"
    nbformat.write(nb, learner)
    (result,) = grader.grade(learner, only=["sigmoid"]).results
    assert not result.passed and result.hint.startswith("the exponent lost its minus sign"), result
    assert "\n        Likely mistake: the exponent lost its minus sign" in result.line()


def test_the_start_page_lists_every_assignment_and_keeps_the_learners_copies(tmp_path):
    messages = prepare(tmp_path)
    notebooks = [m for m in messages if m.endswith(".ipynb")]
    assert len(notebooks) == len(course_notebooks()) + 1 and messages[-1] == f"wrote {tmp_path / START_PAGE}"
    page = read_notebook(tmp_path / START_PAGE)
    rows = [line for line in page.cells[0].source.splitlines() if re.match(r"\| C\dW\dA\d \|", line)]
    assert [row.split(" | ")[0][2:] for row in rows] == [p.name[:6] for p in course_notebooks()]
    times = run_times()
    assert len(times) == len(course_notebooks()) and all(re.fullmatch(r"\d+ s", t) for t in times.values())
    for row in rows:
        exercise, solution = re.findall(r"\]\(([^)]+)\)", row)
        assert (tmp_path / exercise).is_file() and (tmp_path / solution).resolve() in course_notebooks(), row
        assert row.endswith(f"| {times[row[2:8]]} |"), row
    assert "progress" in page.cells[-1].source
    copy = tmp_path / "Course1" / C1W2A1.name
    copy.write_text(copy.read_text().replace("(exercise)", "(exercise) my notes"))
    again = prepare(tmp_path)
    assert again == [f"kept {copy}: it differs from a fresh copy (your work?). To start it over, run the same "
                     "command with --reset: your copy is then saved beside it under a dated name."]
    assert "my notes" in copy.read_text()


def test_the_tools_commands_work_from_any_folder(tmp_path):
    env = {**os.environ, "DLS_PROGRESS_FILE": str(tmp_path / "progress.json")}
    result = subprocess.run([sys.executable, "-m", "shared_utils.progress"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "not graded yet" in result.stdout, result.stderr
    result = subprocess.run([sys.executable, "-m", "shared_utils.exercises", "C1W2A1", "--out", str(tmp_path)],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and (tmp_path / "Course1" / C1W2A1.name).is_file(), result.stdout
    from shared_utils.data import DataFileError, data_file

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "MANIFEST.json").write_text('{"files": {"x.h5": {"sha256": "0", "build": "b"}}}')
    try:
        data_file("x.h5", tmp_path / "data")
    except DataFileError as error:
        assert f'git -C "{REPO_ROOT}" checkout -- data/x.h5' in str(error)
