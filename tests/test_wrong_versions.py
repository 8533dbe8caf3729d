"""Every wrong version in tests/wrong_versions/ fails the public test of its function: Courses 1 and 2 here, Course 4
in test_wrong_versions_course4.py (a file of its own, so that the two halves run on both workers)."""

from shared_utils import grader
from shared_utils.notebooks import assignment_id, course_notebooks, defined_functions, read_notebook, tags

import nbformat
import pytest
from wrong_versions import WRONG_VERSIONS

COURSE = {assignment_id(p): p for p in course_notebooks()}
FIELDS = ("ident", "function", "mistake", "solution", "wrong")


def wrong_version_cases(courses: str):
    """pytest parameters for the wrong versions of the notebooks of `courses` (such as "12" for C1 and C2)."""
    cases = [(ident, *case) for ident, cases in WRONG_VERSIONS.items() if ident[1] in courses for case in cases]
    return [pytest.param(*case, id=f"{case[0]}-{case[1]}-{case[2]}") for case in cases]


def check_wrong_version(ident, function, mistake, solution, wrong, folder):
    nb = read_notebook(COURSE[ident])
    cell = next(c for c in nb.cells if "graded" in tags(c) and function in defined_functions(c.source))
    assert solution in cell.source, f"{ident} {function}: the solution no longer contains {solution!r}"
    cell.source = cell.source.replace(solution, wrong)
    learner = folder / f"{ident}_wrong.ipynb"
    nbformat.write(nb, learner)
    report = grader.grade(learner, only=[function])
    assert [r.function for r in report.results] == [function], report.render()
    result = report.results[0]
    assert not result.passed, f"{ident} {function} with {mistake!r} passes its public test"
    assert "syntax error" not in result.reason, result.reason
    assert not result.reason.startswith("a setup cell"), f"{ident}: the course notebook's setup failed: {result.reason}"


@pytest.mark.parametrize(FIELDS, wrong_version_cases("12"))
def test_the_public_test_catches_a_wrong_version(ident, function, mistake, solution, wrong, tmp_path):
    check_wrong_version(ident, function, mistake, solution, wrong, tmp_path)


def test_every_notebook_with_wrong_versions_is_checked():
    assert {ident[1] for ident in WRONG_VERSIONS} <= set("124"), "add the new course to a wrong-versions test file"
