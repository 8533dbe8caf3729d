"""Every committed notebook: stored outputs of a full run, the graded-cell conventions, and a grader
that passes the solutions and fails the exercise copies (so every public test can fail)."""

from shared_utils import grader
from shared_utils.data import REPO_ROOT
from shared_utils.exercises import make_exercise
from shared_utils.notebooks import (
    JUPYTERLAB_METADATA,
    checks_output,
    course_notebooks,
    defined_functions,
    graded_functions,
    has_solution_block,
    read_notebook,
    tags,
)
from shared_utils.scaffold import blocks, fill

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
def test_exercise_copies_are_scaffolded_and_filling_them_passes(path, tmp_path):
    """The exercise copy: every START line says (≈ N lines), no solution statement is left, every expected output
    is repeated in a markdown cell, the title says (exercise) and the last cell grades it. Then every skeleton
    filled from the solution (each None replaced by the solution's expression) passes every public test, and the
    skeletons as they stand, run, fail every one (so every public test can fail)."""
    exercise = tmp_path / path.parent.name / path.name
    make_exercise(path, exercise)
    copy, solution = read_notebook(exercise), read_notebook(path)
    assert copy.cells[0].source.splitlines()[0].endswith(" (exercise)")
    assert copy.cells[-1].source.endswith(f'grade_this_notebook("{path.name}")')
    graded = [(c, s) for c, s in zip([c for c in copy.cells if "graded" in tags(c)],
                                     [c for c in solution.cells if "graded" in tags(c)], strict=True)]
    for cell, solved in graded:
        starts = [line for line in cell.source.splitlines() if "### START CODE HERE ###" in line]
        assert starts and all(re.search(r"### START CODE HERE ### \(≈ \d+ lines?\)$", s) for s in starts), starts
        skeleton = [line.strip() for start, end in blocks(cell.source)
                    for line in cell.source.splitlines()[start + 1:end] if not line.strip().startswith("#")]
        left = [statement for statement in _block_statements(solved.source) if statement in skeleton]
        assert not left, f"{path.name}: the exercise copy still holds {left}"
    for index, cell in enumerate(copy.cells):
        if checks_output(cell) and any(o.get("text") or o.get("data", {}).get("text/plain") for o in cell.outputs):
            assert copy.cells[index + 1].source.startswith("**Expected output**"), cell.source[:80]
    for cell, solved in graded:
        cell.source = fill(cell.source, solved.source)
    filled = tmp_path / f"filled_{path.name}"
    nbformat.write(copy, filled)
    report = grader.grade(filled, reference_path=path)
    failing = [r for r in report.results if not r.passed]
    assert report.results and not failing, report.render()
    stripped = grader.grade(exercise, reference_path=path, detect_untouched=False)
    assert [r.function for r in stripped.results] == [r.function for r in report.results]
    passing = [r.function for r in stripped.results if r.passed]
    assert not passing, f"{path.name}: exercise copies still pass {passing}"


def _block_statements(source: str) -> list[str]:
    """The solution's statements of 12 or more characters inside START/END blocks (what a copy must not hold),
    but the structure the scaffolding keeps (with, raise, def, import)."""
    lines = source.splitlines()
    return [line.strip() for start, end in blocks(source) for line in lines[start + 1:end]
            if len(line.strip()) >= 12 and "None" not in line
            and not re.match(r"(#|with |raise |def |import |from )", line.strip())]


def test_ci_runs_the_readme_test_command():
    readme = (REPO_ROOT / "README.md").read_text()
    ci = (REPO_ROOT / ".ci" / "run").read_text()
    command = re.search(r"<!-- test-command -->\s*```bash\n(.+?)\n```", readme, re.S).group(1).strip()
    assert command in ci, f"README's test command {command!r} is not what .ci/run runs"


def test_python_and_notebooks_are_ruff_clean():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", str(REPO_ROOT)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
