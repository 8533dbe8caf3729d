"""The course's kind of scaffolding in every notebook: step comments in each solution block, skeletons that give
the solution back when filled, hints that do not paste the answer, and a "What you should remember" section."""

from shared_utils.notebooks import course_notebooks, read_notebook, tags
from shared_utils.scaffold import blocks, fill, scaffold

import ast
import re

import pytest

NOTEBOOKS = course_notebooks()
IDS = [p.name for p in NOTEBOOKS]
SCAFFOLD = '''def step(x, w):
    ### START CODE HERE ###
    # Compute the linear part with np.dot
    z = np.dot(w, x)  # (n, m)
    # Keep the positive part, for each example
    for i in range(z.shape[1]):
        if z[0, i] < 0:
            z[:, i] = 0
        elif z[0, i] > 10:
            break
        else:
            continue
    out.append(z)
    total += z.sum()
    ### END CODE HERE ###
    return z'''


def test_scaffold_keeps_steps_and_replaces_values_with_none():
    assert scaffold(SCAFFOLD).splitlines()[1:13] == [
        "    ### START CODE HERE ### (≈ 10 lines)",
        "    # Compute the linear part with np.dot (≈ 1 line)",
        "    z = None",
        "    # Keep the positive part, for each example (≈ 9 lines)",
        "    for i in None:",
        "        if None:",
        "            z[:, i] = None",
        "        elif None:",
        "            break",
        "        else:",
        "            continue",
        "    None",
    ]
    assert "    total += None" in scaffold(SCAFFOLD)
    assert ast.dump(ast.parse(fill(scaffold(SCAFFOLD), SCAFFOLD))) == ast.dump(ast.parse(SCAFFOLD))


def test_a_comment_right_after_a_with_line_stays_in_the_copy():
    source = "def f(x):\n    ### START CODE HERE ###\n    # Record\n    with tape() as t:\n        # Forward\n" \
             "        y = x * 2\n    ### END CODE HERE ###\n    return y"
    expected = ["    with tape() as t:", "        # Forward (≈ 1 line)", "        y = None"]
    assert scaffold(source).splitlines()[3:6] == expected


def test_fill_refuses_skeletons_of_another_solution():
    with pytest.raises(ValueError, match="is not the solution's"):
        fill(scaffold(SCAFFOLD).replace("    z = None", "    y = None"), SCAFFOLD)


def _graded_blocks(path):
    for cell in read_notebook(path).cells:
        if "graded" in tags(cell):
            lines = cell.source.splitlines()
            for start, end in blocks(cell.source):
                yield cell.source, lines[start + 1:end]


def _steps(block: list[str]) -> list[tuple[list[str], list[str]]]:
    """(comment lines, code lines) of each step of a solution block."""
    steps: list[tuple[list[str], list[str]]] = []
    for line in block:
        if not line.strip():
            continue
        if line.strip().startswith("#"):
            if not steps or steps[-1][1]:
                steps.append(([], []))
            steps[-1][0].append(line.strip())
        else:
            if not steps:
                steps.append(([], []))
            steps[-1][1].append(line.strip())
    return steps


def _code_pieces(code: list[str]) -> set[str]:
    """The right-hand sides and calls of a step's code, without spaces: what a hint must not spell out."""
    pieces = set()
    for line in code:
        value = line.split("=", 1)[1] if re.match(r"[\w\[\]\"', .:]+\s*[-+*/]?=[^=]", line) else line
        value = re.sub(r"\s+", "", value.split("  #")[0]).rstrip(":")
        if len(value) >= 12:
            pieces.add(value)
    return pieces


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_every_solution_block_is_written_in_commented_steps(path):
    """Each block starts with a step comment; each step has code after its comment; no comment spells out its
    step's code (the hints guide, they do not paste the answer)."""
    for source, block in _graded_blocks(path):
        function = re.search(r"^(?:def|class) (\w+)", source, re.M).group(1)
        steps = _steps(block)
        assert steps and steps[0][0], f"{path.name} {function}: the solution block does not start with a step comment"
        for comments, code in steps:
            assert code, f"{path.name} {function}: the step {comments[-1]!r} has no code after it"
            text = re.sub(r"\s+", "", " ".join(comments))
            pasted = [piece for piece in _code_pieces(code) if piece in text]
            assert not pasted, f"{path.name} {function}: the comment {comments!r} spells out the code {pasted}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_what_you_should_remember_comes_before_what_you_built(path):
    headings = [line for cell in read_notebook(path).cells if cell.cell_type == "markdown"
                for line in cell.source.splitlines() if line.startswith("#")]
    remember = [i for i, h in enumerate(headings) if re.match(r"#+ (\d+ - )?What you should remember$", h)]
    built = [i for i, h in enumerate(headings) if re.match(r"#+ (\d+ - )?What you built$", h)]
    assert len(remember) == 1 and len(built) == 1 and remember[0] == built[0] - 1, (
        f"{path.name}: expected a 'What you should remember' section right before 'What you built'")
