"""Every committed notebook: stored outputs of a full run, the graded-cell conventions, and a grader
that passes the solutions and fails the exercise copies (so every public test can fail)."""

from shared_utils import grader
from shared_utils.data import REPO_ROOT
from shared_utils.exercises import make_exercise
from shared_utils.notebooks import (
    JUPYTERLAB_METADATA,
    course_notebooks,
    defined_functions,
    graded_functions,
    has_solution_block,
    read_notebook,
    tags,
)

import re
import subprocess
import sys

import nbformat
import pytest

NOTEBOOKS = course_notebooks()
IDS = [p.name for p in NOTEBOOKS]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_committed_outputs_come_from_one_full_run(path):
    code = [c for c in read_notebook(path).cells if c.cell_type == "code"]
    counts = [c.execution_count for c in code]
    assert counts == list(range(1, len(code) + 1)), f"{path.name}: execution counts {counts} are not 1..n in order"
    outputs = [o for c in code for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"], f"{path.name}: an error output is stored"
    text = "".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "profile='full'" in text, f"{path.name}: the stored outputs are not from the full profile"
    stderr = "".join(str(o.get("text", "")) for o in outputs if o.get("name") == "stderr")
    noise = re.search(r"Warning|^[EWI]0000 ", stderr, re.M)
    assert not noise, f"{path.name}: a warning or TensorFlow log is stored: {stderr[noise.start():][:200]!r}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_opening_in_jupyterlab_does_not_modify_the_notebook(path):
    """The stored metadata is what JupyterLab writes (kernelspec and language_info of ipykernel on Python 3.11),
    and the file is laid out as JupyterLab saves it, so opening it leaves `git status` clean."""
    text = path.read_text(encoding="utf-8")
    nb = nbformat.reads(text, as_version=4)
    kernelspec = nb.metadata.kernelspec
    assert kernelspec == JUPYTERLAB_METADATA["kernelspec"], f"{path.name}: kernelspec {kernelspec}"
    language = dict(nb.metadata.language_info)
    assert language.pop("version").startswith("3.11."), f"{path.name}: not run on Python 3.11"
    expected = {k: v for k, v in JUPYTERLAB_METADATA["language_info"].items() if k != "version"}
    assert language == expected, f"{path.name}: language_info {language}"
    assert set(nb.metadata) == set(JUPYTERLAB_METADATA), f"{path.name}: extra metadata {set(nb.metadata)}"
    assert (nb.nbformat, nb.nbformat_minor) == (4, 5) and all("id" in c for c in nb.cells)
    assert text == nbformat.writes(nb) + "\n", f"{path.name}: not laid out as JupyterLab saves notebooks"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_graded_cells_follow_the_conventions(path):
    cells = read_notebook(path).cells
    code = [c for c in cells if c.cell_type == "code"]
    assert "setup" in tags(code[0]), f"{path.name}: the first code cell must be tagged setup"
    assert graded_functions(read_notebook(path)), f"{path.name}: no graded functions"
    for index, cell in enumerate(code):
        if "graded" not in tags(cell):
            continue
        assert has_solution_block(cell.source), f"{path.name}: graded cell {index} has no START/END markers"
        assert index + 1 < len(code) and "public_test" in tags(code[index + 1]), (
            f"{path.name}: graded cell {index} is not followed by a public_test cell"
        )


EXERCISE_TITLE = re.compile(r"^(?:#+ |\*\*)Exercise (\d+) - `?(\w+)`?", re.M)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_every_graded_function_is_a_numbered_exercise(path):
    """Each graded cell is introduced, after the previous one, by "Exercise N - name" (a heading or bold text)
    naming a function the cell defines, numbered 1, 2, 3, ... in order."""
    titles, number = [], 0
    for cell in read_notebook(path).cells:
        if cell.cell_type == "markdown":
            titles += EXERCISE_TITLE.findall(cell.source)
        elif "graded" in tags(cell):
            number += 1
            names = defined_functions(cell.source)
            assert titles and titles[-1] == (str(number), titles[-1][1]) and titles[-1][1] in names, (
                f"{path.name}: the graded cell defining {names} is not introduced by 'Exercise {number} - name'"
                f" (found {titles[-1:] or 'none'})"
            )
            titles = []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_grader_passes_solutions_and_fails_exercises(path, tmp_path):
    solution = grader.grade(path)
    failing = [r for r in solution.results if not r.passed]
    assert solution.results and not failing, solution.render()
    exercise = tmp_path / path.parent.name / path.name
    make_exercise(path, exercise)
    stripped = grader.grade(exercise, reference_path=path)
    assert [r.function for r in stripped.results] == [r.function for r in solution.results]
    passing = [r.function for r in stripped.results if r.passed]
    assert not passing, f"{path.name}: exercise copies still pass {passing}"


def test_ci_runs_the_readme_test_command():
    readme = (REPO_ROOT / "README.md").read_text()
    ci = (REPO_ROOT / ".ci" / "run").read_text()
    command = re.search(r"<!-- test-command -->\s*```bash\n(.+?)\n```", readme, re.S).group(1).strip()
    assert command in ci, f"README's test command {command!r} is not what .ci/run runs"


def test_python_and_notebooks_are_ruff_clean():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", str(REPO_ROOT)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
