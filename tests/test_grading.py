"""The exercise and grader tools on a small notebook made here."""

from shared_utils import grader
from shared_utils.exercises import make_exercise
from shared_utils.notebooks import PLACEHOLDER, strip_solutions
from shared_utils.testing import PublicTestError, check_close, check_gradient, check_shape, numerical_gradient

from pathlib import Path

import nbformat
import pytest

SETUP = "import numpy as np\nfrom shared_utils.testing import check_close"
GRADED = '''def square(x):
    """Return x squared, element-wise."""
    ### START CODE HERE ###
    y = x ** 2
    ### END CODE HERE ###
    return y'''
TEST = "check_close('square(x)', square(np.array([1.0, -2.0])), np.array([1.0, 4.0]))\nprint('All tests passed.')"


def make_notebook(path: Path, graded_source: str = GRADED) -> Path:
    def cell(source, tag=None):
        return nbformat.v4.new_code_cell(source, metadata={"tags": [tag]} if tag else {})

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Squares"), cell(SETUP, "setup"),
                cell(graded_source, "graded"), cell(TEST, "public_test"), cell("print(square(3))")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def test_strip_solutions_keeps_markers_and_indentation():
    stripped = strip_solutions(GRADED)
    assert "y = x ** 2" not in stripped
    assert f"    {PLACEHOLDER}" in stripped
    assert stripped.count("### START CODE HERE ###") == 1 and "return y" in stripped


@pytest.mark.parametrize("source", ["### START CODE HERE ###\nx = 1", "x = 1\n### END CODE HERE ###"])
def test_strip_solutions_rejects_unbalanced_markers(source):
    with pytest.raises(ValueError, match="CODE HERE"):
        strip_solutions(source)


def test_solution_passes_and_exercise_fails(tmp_path):
    solution = make_notebook(tmp_path / "squares.ipynb")
    exercise = make_exercise(solution, tmp_path / "exercises" / "squares.ipynb")
    passed = grader.grade(solution, reference_path=solution)
    assert [(r.function, r.passed) for r in passed.results] == [("square", True)]
    failed = grader.grade(exercise, reference_path=solution)
    assert [(r.function, r.passed) for r in failed.results] == [("square", False)]
    assert "not implemented yet" in failed.results[0].reason
    assert "Score: 0/1" in failed.render()


def test_wrong_answer_reports_the_public_test_message(tmp_path):
    solution = make_notebook(tmp_path / "squares.ipynb")
    wrong = make_notebook(tmp_path / "wrong.ipynb",
                          GRADED.replace("x ** 2", "x * 2"))
    report = grader.grade(wrong, reference_path=solution)
    assert not report.results[0].passed
    assert "PublicTestError" in report.results[0].reason and "square(x)" in report.results[0].reason


def test_syntax_error_and_missing_function_are_reported(tmp_path):
    solution = make_notebook(tmp_path / "squares.ipynb")
    broken = make_notebook(tmp_path / "broken.ipynb", GRADED.replace("y = x ** 2", "y = (x ** 2"))
    report = grader.grade(broken, reference_path=solution)
    assert "syntax error" in report.results[0].reason
    renamed = make_notebook(tmp_path / "renamed.ipynb", GRADED.replace("def square", "def squared"))
    report = grader.grade(renamed, reference_path=solution)
    assert "not defined" in report.results[0].reason


def test_unreadable_notebook_gets_a_report_not_a_traceback(tmp_path, capsys):
    bad = tmp_path / "bad.ipynb"
    bad.write_text("{ this is not json")
    assert grader.main([str(bad), "--reference", str(make_notebook(tmp_path / "squares.ipynb"))]) == 2
    assert "not a readable notebook" in capsys.readouterr().out


def test_check_helpers_explain_failures():
    with pytest.raises(PublicTestError, match=r"expected shape \(2, 1\), got \(1, 2\)"):
        check_shape("A", [[1, 2]], (2, 1))
    with pytest.raises(PublicTestError, match="At index"):
        check_close("v", [1.0, 2.0], [1.0, 2.5])
    with pytest.raises(PublicTestError, match="NaN"):
        check_close("v", [float("nan")], [1.0])


def test_numerical_gradient_matches_analytic_and_catches_a_wrong_one():
    x = [[0.3, -1.2], [2.0, 0.5]]
    import numpy as np

    x = np.array(x)
    numeric = numerical_gradient(lambda v: float(np.sum(np.sin(v) * v)), x)
    check_gradient("d/dx sum(x sin x)", np.sin(x) + x * np.cos(x), numeric)
    with pytest.raises(PublicTestError, match="relative difference"):
        check_gradient("wrong", np.cos(x), numeric)
