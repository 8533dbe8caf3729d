"""The exercise and grader tools on small notebooks made here, and on copies of a course notebook."""

from shared_utils import check_checkout, grader
from shared_utils.data import REPO_ROOT
from shared_utils.exercises import exercise_text, make_exercise
from shared_utils.notebooks import defined_functions, read_notebook, tags
from shared_utils.scaffold import blocks
from shared_utils.testing import (
    PublicTestError,
    check_close,
    check_equal,
    check_gradient,
    check_shape,
    numerical_gradient,
)

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import numpy as np
import pytest

SETUP = "import numpy as np\nfrom shared_utils.testing import check_close"
GRADED = '''def square(x):
    """Return x squared, element-wise."""
    ### START CODE HERE ###
    y = x ** 2
    ### END CODE HERE ###
    return y'''
TEST = "check_close('square(x)', square(np.array([1.0, -2.0])), np.array([1.0, 4.0]))\nprint('All tests passed.')"
CUBE = GRADED.replace("square", "cube").replace("x ** 2", "x ** 3").replace("squared", "cubed")
CUBE_TEST = "check_close('cube(x)', cube(np.array([2.0])), np.array([8.0]))"
EXPECTED = "# NBVAL_CHECK_OUTPUT\nprint(square(3))"
C1W2A1 = REPO_ROOT / "Course1" / "C1W2A1_python_basics_with_numpy.ipynb"


def make_notebook(path: Path, graded_source: str = GRADED, cube_source: str = CUBE) -> Path:
    def cell(source, tag=None):
        return nbformat.v4.new_code_cell(source, metadata={"tags": [tag]} if tag else {})

    nb = nbformat.v4.new_notebook()
    expected = cell(EXPECTED)
    expected.outputs = [nbformat.v4.new_output("stream", name="stdout", text="9\n")]
    nb.cells = [nbformat.v4.new_markdown_cell("# Squares"), cell(SETUP, "setup"),
                cell(graded_source, "graded"), cell(TEST, "public_test"),
                cell(cube_source, "graded"), cell(CUBE_TEST, "public_test"), expected]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def kernels_running(parent: int | None = None) -> list[int]:
    """Process ids of the kernels the tools started from `parent` (default: this process); their sockets
    live in a dls-kernel-* folder. Other test workers' kernels are not counted."""
    parent = os.getpid() if parent is None else parent
    found = []
    for proc in Path("/proc").iterdir():
        try:
            command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            ppid = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == parent and "ipykernel_launcher" in command and "dls-kernel-" in command:
            found.append(int(proc.name))
    return found


def outcome(report) -> list[tuple[str, bool]]:
    return [(r.function, r.passed) for r in report.results]


def test_graded_classes_count_as_graded_functions():
    # Keras layers are graded as classes (C5W4A1's EncoderLayer); nested methods are not separate names.
    source = "import keras\n\nclass EncoderLayer(keras.layers.Layer):\n    def call(self, x):\n        return x\n\n"
    assert defined_functions(source + "def helper():\n    pass") == ["EncoderLayer", "helper"]
    assert defined_functions("class Broken(:\n    pass\ndef f(:") == ["Broken", "f"]


@pytest.mark.parametrize("source", ["### START CODE HERE ###\nx = 1", "x = 1\n### END CODE HERE ###"])
def test_unbalanced_markers_are_refused(source):
    with pytest.raises(ValueError, match="CODE HERE"):
        blocks(source)


def test_solution_passes_and_exercise_fails(tmp_path):
    solution = make_notebook(tmp_path / "squares.ipynb")
    exercise = tmp_path / "exercises" / "squares.ipynb"
    make_exercise(solution, exercise)
    passed = grader.grade(solution, reference_path=solution)
    assert outcome(passed) == [("square", True), ("cube", True)]
    failed = grader.grade(exercise, reference_path=solution)
    assert outcome(failed) == [("square", False), ("cube", False)]
    assert failed.results[0].reason == grader.NOT_STARTED
    ran = grader.grade(exercise, reference_path=solution, detect_untouched=False)  # the skeletons, run: they fail
    assert outcome(ran) == [("square", False), ("cube", False)] and "got None" in ran.results[0].reason
    assert "Score: 0/2" in failed.render()


def test_wrong_answer_reports_the_public_test_message_plainly(tmp_path):
    solution = make_notebook(tmp_path / "squares.ipynb")
    wrong = make_notebook(tmp_path / "wrong.ipynb", GRADED.replace("x ** 2", "x * 2"))
    reason = grader.grade(wrong, reference_path=solution).results[0].reason
    assert reason.startswith("square(x): wrong values. At index 1 expected 4, got -4 "), reason
    assert "np.float64" not in reason and "PublicTestError" not in reason


def test_one_function_can_be_graded_alone(tmp_path):
    solution = make_notebook(tmp_path / "squares.ipynb")
    wrong = make_notebook(tmp_path / "wrong.ipynb", GRADED.replace("x ** 2", "x * 2"))
    assert outcome(grader.grade(wrong, reference_path=solution, only=["cube"])) == [("cube", True)]
    assert outcome(grader.grade(wrong, reference_path=solution, only=["square"])) == [("square", False)]
    report = grader.grade(wrong, reference_path=solution, only=["sqaure"])
    assert report.problem.startswith("sqaure: not graded functions of squares.ipynb (they are: square, cube)")


def test_syntax_error_and_missing_function_are_reported(tmp_path):
    solution = make_notebook(tmp_path / "squares.ipynb")
    broken = make_notebook(tmp_path / "broken.ipynb", GRADED.replace("y = x ** 2", "y = (x ** 2"))
    report = grader.grade(broken, reference_path=solution)
    assert "syntax error" in report.results[0].reason and report.results[1].passed
    renamed = make_notebook(tmp_path / "renamed.ipynb", GRADED.replace("def square", "def squared"))
    report = grader.grade(renamed, reference_path=solution)
    assert "not defined" in report.results[0].reason


def test_unreadable_notebook_gets_a_report_not_a_traceback(tmp_path, capsys):
    bad = tmp_path / "bad.ipynb"
    bad.write_text("{ this is not json")
    assert grader.main([str(bad), "--reference", str(make_notebook(tmp_path / "squares.ipynb"))]) == 2
    out = capsys.readouterr().out
    assert "not a readable notebook" in out and "your work is still in that file" in out
    assert "Traceback" not in out


@pytest.mark.parametrize("where", ["test", "definition"])
def test_a_function_that_never_returns_fails_alone_and_leaves_no_kernel(tmp_path, where):
    solution = make_notebook(tmp_path / "squares.ipynb")
    if where == "test":  # the function loops when called
        hanging = GRADED.replace("y = x ** 2", "while True:\n        pass")
    else:  # the cell loops while defining it (a default value that never comes)
        hanging = GRADED.replace("def square(x):", "def square(x, _=next(i for i in iter(int, 1) if i)):")
    learner = make_notebook(tmp_path / "learner.ipynb", hanging)
    start = time.monotonic()
    report = grader.grade(learner, reference_path=solution, time_limit=3)
    assert time.monotonic() - start < 60
    assert outcome(report) == [("square", False), ("cube", True)]
    assert report.results[0].reason == "did not finish in 3 s (an infinite loop?)"
    assert "FAIL  square: did not finish in 3 s (an infinite loop?)" in report.render()
    assert "Score: 1/2" in report.render()
    assert not kernels_running()


def children(pid: int) -> list[int]:
    """Every process started by `pid`, at any depth."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            ppid = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == pid:
            found += [int(proc.name), *children(int(proc.name))]
    return found


@pytest.mark.parametrize("moment", [1.0, "kernel", "loop"])
def test_ctrl_c_stops_at_any_moment_with_one_line_and_no_kernel_left(tmp_path, moment):
    """Ctrl+C while the grader loads its tools, as its kernel starts, or while a graded function loops forever."""
    solution = make_notebook(tmp_path / "squares.ipynb")
    learner = make_notebook(tmp_path / "learner.ipynb", GRADED.replace("y = x ** 2", "while True:\n        pass"))
    process = subprocess.Popen([sys.executable, "-m", "shared_utils.grader", str(learner), "--reference",
                                str(solution)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if moment in ("kernel", "loop"):
        deadline = time.monotonic() + 60
        while not kernels_running(process.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert kernels_running(process.pid), "the grader started no kernel"
    if moment == "loop":
        time.sleep(3)  # the kernel is now in the loop
    if moment == 1.0:
        time.sleep(moment)
    started = children(process.pid)
    process.send_signal(signal.SIGINT)
    stopped = time.monotonic()
    out, err = process.communicate(timeout=30)
    assert time.monotonic() - stopped < 10, "the grader took more than 10 s to stop"
    assert process.returncode == 130
    assert out.strip().splitlines()[-1] == "Grading stopped (Ctrl+C): no score. Its kernel has been shut down.", out
    assert "Traceback" not in err, err
    time.sleep(1)
    assert not [pid for pid in started if Path(f"/proc/{pid}").exists()], "a process of the grader was left running"


def test_grader_output_has_no_kernel_warnings(tmp_path):
    solution = make_notebook(tmp_path / "squares.ipynb")
    result = subprocess.run([sys.executable, "-m", "shared_utils.grader", str(solution), "--reference",
                             str(solution)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == "", result.stderr
    assert "eavesdropping" not in result.stdout


def write_learner_copy(path: Path, wrong: bool, empty_tests: bool) -> Path:
    """A copy of C1W2A1 as JupyterLab would duplicate it, with sigmoid wrong and/or its test cells emptied."""
    nb = read_notebook(C1W2A1)
    for cell in nb.cells:
        if wrong and "graded" in tags(cell) and "def sigmoid(" in cell.source:
            cell.source = cell.source.replace("np.exp(-x)", "np.exp(x)")
        if empty_tests and "public_test" in tags(cell):
            cell.source = "print('All tests passed.')"
    nbformat.write(nb, path)
    return path


def test_a_duplicated_notebook_is_graded_with_the_course_tests(tmp_path):
    copy = write_learner_copy(tmp_path / "C1W2A1_python_basics_with_numpy-Copy1.ipynb", wrong=True, empty_tests=True)
    assert grader.find_reference(copy) == C1W2A1
    report = grader.grade(copy)
    assert report.reference == C1W2A1
    failed = [r.function for r in report.results if not r.passed]
    assert failed == ["sigmoid"], report.render()


def test_a_notebook_without_an_assignment_id_is_refused(tmp_path, capsys):
    renamed = write_learner_copy(tmp_path / "my notebook.ipynb", wrong=False, empty_tests=True)
    assert grader.main([str(renamed)]) == 2
    out = capsys.readouterr().out
    assert "has no assignment id (such as C1W2A2)" in out and "Score: 0/0" in out


def test_exercise_copy_keeps_the_expected_outputs_and_clears_the_rest(tmp_path):
    solution = make_notebook(tmp_path / "squares.ipynb")
    nb = nbformat.reads(exercise_text(solution), as_version=4)
    expected = [c for c in nb.cells if c.cell_type == "code" and c.source.startswith("# NBVAL_CHECK_OUTPUT")]
    assert [o.text for c in expected for o in c.outputs] == ["9\n"]
    assert all(not c.outputs for c in nb.cells if c.cell_type == "code" and c not in expected)
    assert all(c.execution_count is None for c in nb.cells if c.cell_type == "code")
    # the expected output is repeated in a markdown cell right after, where running the cell cannot erase it
    after = nb.cells[nb.cells.index(expected[0]) + 1]
    assert after.cell_type == "markdown" and after.source == "**Expected output**\n\n```\n9\n```"
    assert nb.cells[0].source == "# Squares (exercise)"
    assert "### START CODE HERE ### (≈ 1 line)\n    y = None\n    ### END CODE HERE ###" in nb.cells[2].source
    assert nb.cells[-1].source.endswith('grade_this_notebook("squares.ipynb")') and "grade" in tags(nb.cells[-1])
    assert exercise_text(solution) == exercise_text(solution), "a fresh copy must be the same every time"


def test_making_exercises_never_overwrites_a_learners_work(tmp_path):
    solution = make_notebook(tmp_path / "squares.ipynb")
    copy = tmp_path / "exercises" / "squares.ipynb"
    assert make_exercise(solution, copy) == [f"wrote {copy}"]
    assert make_exercise(solution, copy) == [f"unchanged {copy}"]
    work = copy.read_text().replace("y = None", "y = x ** 2")
    assert work != copy.read_text()
    copy.write_text(work)
    message = make_exercise(solution, copy)[0]
    assert message.startswith(f"kept {copy}: it differs from a fresh copy") and "--reset" in message
    assert copy.read_text() == work
    message = make_exercise(solution, copy, reset=True)[0]
    backups = list(copy.parent.glob("squares.backup-*.ipynb"))
    assert len(backups) == 1 and backups[0].read_text() == work, message
    assert str(backups[0]) in message and copy.read_text() == exercise_text(solution)
    copy.write_text(work)
    make_exercise(solution, copy, reset=True)  # a second reset in the same minute keeps both old copies
    assert len(list(copy.parent.glob("squares.backup-*.ipynb"))) == 2


def test_the_exercise_tool_copies_only_course_notebooks(tmp_path, capsys):
    from shared_utils.exercises import main

    learner = make_notebook(tmp_path / "C1W2A1_mine.ipynb")
    assert main([str(learner), "--out", str(tmp_path / "out")]) == 2
    assert "is not a course notebook" in capsys.readouterr().out
    assert not (tmp_path / "out").exists()


def test_a_notebook_from_another_checkout_is_refused(tmp_path):
    other = tmp_path / "moved-checkout"
    (other / "shared_utils").mkdir(parents=True)
    (other / "shared_utils" / "__init__.py").write_text("")
    (other / "pyproject.toml").write_text('[project]\nname = "dls-shared-utils"\n')
    (other / "Course1").mkdir()
    with pytest.raises(ImportError) as error:
        check_checkout(other / "Course1")
    message = str(error.value)
    assert str(other) in message and str(REPO_ROOT) in message and f'pip install -e "{other}"' in message
    check_checkout(REPO_ROOT / "Course1")  # its own checkout is fine
    check_checkout(tmp_path)  # and so is a folder outside any checkout


def test_kernels_run_over_ipc_not_tcp():
    code = "from shared_utils.notebooks import notebook_client\nimport nbformat\n" \
           "nb = nbformat.v4.new_notebook()\nwith notebook_client(nb, '.') as c: print(c.km.transport)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "ipc", result.stdout + result.stderr


def test_check_helpers_explain_failures():
    with pytest.raises(PublicTestError, match=r"expected shape \(2, 1\), got \(1, 2\). It looks transposed"):
        check_shape("A", [[1, 2]], (2, 1))
    with pytest.raises(PublicTestError, match=r"^v: wrong values. At index 1 expected 2.5, got 2 "):
        check_close("v", [1.0, 2.0], [1.0, 2.5])
    with pytest.raises(PublicTestError, match=r"^cost: expected 0.693147, got 0.5.$"):
        check_close("cost", np.float64(0.5), np.log(2))
    with pytest.raises(PublicTestError, match=r"^n: expected 4, got 3.$"):
        check_equal("n", np.int64(3), 4)
    with pytest.raises(PublicTestError, match="NaN"):
        check_close("v", [float("nan")], [1.0])


def test_numerical_gradient_matches_analytic_and_catches_a_wrong_one():
    x = np.array([[0.3, -1.2], [2.0, 0.5]])
    numeric = numerical_gradient(lambda v: float(np.sum(np.sin(v) * v)), x)
    check_gradient("d/dx sum(x sin x)", np.sin(x) + x * np.cos(x), numeric)
    with pytest.raises(PublicTestError, match="relative difference"):
        check_gradient("wrong", np.cos(x), numeric)
    with pytest.raises(PublicTestError, match="NaN"):  # np.asarray(None, dtype=float) is NaN
        check_gradient("none", np.asarray(None, dtype=float), np.asarray(1.0))
