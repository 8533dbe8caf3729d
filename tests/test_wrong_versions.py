"""Every wrong version in tests/wrong_versions.py fails the public test of its function."""

from shared_utils import grader
from shared_utils.notebooks import assignment_id, course_notebooks, defined_functions, read_notebook, tags

import nbformat
import pytest
from wrong_versions import WRONG_VERSIONS

COURSE = {assignment_id(p): p for p in course_notebooks()}
CASES = [(ident, *case) for ident, cases in WRONG_VERSIONS.items() for case in cases]


@pytest.mark.parametrize(("ident", "function", "mistake", "solution", "wrong"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES])
def test_the_public_test_catches_a_wrong_version(ident, function, mistake, solution, wrong, tmp_path):
    nb = read_notebook(COURSE[ident])
    cell = next(c for c in nb.cells if "graded" in tags(c) and function in defined_functions(c.source))
    assert solution in cell.source, f"{ident} {function}: the solution no longer contains {solution!r}"
    cell.source = cell.source.replace(solution, wrong)
    learner = tmp_path / f"{ident}_wrong.ipynb"
    nbformat.write(nb, learner)
    report = grader.grade(learner, only=[function])
    assert [r.function for r in report.results] == [function], report.render()
    result = report.results[0]
    assert not result.passed, f"{ident} {function} with {mistake!r} passes its public test"
    assert "syntax error" not in result.reason, result.reason
    assert not result.reason.startswith("a setup cell"), f"{ident}: the course notebook's setup failed: {result.reason}"
