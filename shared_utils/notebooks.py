"""What the exercise and grader tools need to know about course notebooks.

Conventions (see README.md, "Notebook conventions"):
- a code cell tagged `setup` holds imports and data that graded functions and tests need;
- a code cell tagged `graded` defines one graded function, its solution between
  `### START CODE HERE ###` and `### END CODE HERE ###` lines;
- the code cell after it, tagged `public_test`, tests that function.
"""

from shared_utils.data import REPO_ROOT

import ast
import re
from pathlib import Path

import nbformat

START_MARK = "### START CODE HERE ###"
END_MARK = "### END CODE HERE ###"
PLACEHOLDER = 'raise NotImplementedError("Exercise: replace this line with your code.")'
_MARK_LINE = re.compile(r"^(\s*)(### START CODE HERE ###|### END CODE HERE ###)")


def course_notebooks(root: Path = REPO_ROOT) -> list[Path]:
    """Every notebook of the course, in course order."""
    return sorted(p for p in root.glob("Course*/*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def tags(cell) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


def read_notebook(path: Path):
    """Read a notebook, or raise ValueError saying why it cannot be read."""
    try:
        return nbformat.read(path, as_version=4)
    except FileNotFoundError:
        raise
    except Exception as error:  # nbformat raises several unrelated types for a broken file
        raise ValueError(
            f"{path} is not a readable notebook ({type(error).__name__}: {error}). "
            "If you edited it outside JupyterLab, restore it from the exercises folder."
        ) from error


def strip_solutions(source: str) -> str:
    """Replace every START/END block with a placeholder that raises NotImplementedError."""
    out, inside = [], False
    for line in source.splitlines():
        match = _MARK_LINE.match(line)
        if match and match.group(2) == START_MARK:
            if inside:
                raise ValueError(f"nested {START_MARK!r}")
            inside = True
            out += [line, f"{match.group(1)}{PLACEHOLDER}"]
        elif match:
            if not inside:
                raise ValueError(f"{END_MARK!r} without a {START_MARK!r}")
            inside = False
            out.append(line)
        elif not inside:
            out.append(line)
    if inside:
        raise ValueError(f"{START_MARK!r} without a matching {END_MARK!r}")
    return "\n".join(out)


def has_solution_block(source: str) -> bool:
    return START_MARK in source and END_MARK in source


def defined_functions(source: str) -> list[str]:
    """Names of the top-level functions a cell defines; a regex fallback when it does not parse."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return re.findall(r"^def\s+(\w+)", source, flags=re.MULTILINE)
    return [node.name for node in tree.body if isinstance(node, ast.FunctionDef)]


def graded_functions(nb) -> list[str]:
    """The graded function names of a notebook, in order."""
    return [name for cell in nb.cells if "graded" in tags(cell) for name in defined_functions(cell.source)]
