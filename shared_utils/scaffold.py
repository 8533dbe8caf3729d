"""The course's kind of scaffolding: each solution between `### START CODE HERE ###` and `### END CODE HERE ###`
becomes its step comments and one skeleton line per statement, the values replaced by `None`.

A solution block is written as steps: a comment that says what to compute (and with which function), then the
statements that do it. In the exercise copy each step keeps its comment, ends it with `(≈ N lines)`, and each
statement becomes a skeleton:

    ft = sigmoid(Wf @ concat + bf)        ->  ft = None
    for t in range(T_x):                  ->  for t in None:
    if activation == "relu":              ->  if None:
    caches.append(cache)                  ->  None
    return A, cache                       ->  return None

`with`, `raise`, `break`, `continue`, `pass`, imports and nested `def` lines are kept as they are: they are the
structure, not the answer. Inline comments of the solution are dropped. A learner who replaces every `None` with
the right expression has the solution back: `fill` does exactly that from the solution, and the test suite
grades every notebook filled that way.
"""

from shared_utils.notebooks import END_MARK, START_MARK

import ast
import io
import re
import tokenize

_MARK_LINE = re.compile(r"^(\s*)(### START CODE HERE ###|### END CODE HERE ###)")
_COUNT = re.compile(r" \(≈ \d+ lines?\)$")
_KEPT = (ast.With, ast.Raise, ast.Break, ast.Continue, ast.Pass, ast.Import, ast.ImportFrom, ast.Global,
         ast.Nonlocal, ast.FunctionDef)


def blocks(source: str) -> list[tuple[int, int]]:
    """(START line, END line) of every solution block, 0-based; ValueError for unbalanced or nested markers."""
    found, start = [], None
    for number, line in enumerate(source.splitlines()):
        match = _MARK_LINE.match(line)
        if not match:
            continue
        if match.group(2) == START_MARK:
            if start is not None:
                raise ValueError(f"nested {START_MARK!r}")
            start = number
        else:
            if start is None:
                raise ValueError(f"{END_MARK!r} without a {START_MARK!r}")
            found.append((start, number))
            start = None
    if start is not None:
        raise ValueError(f"{START_MARK!r} without a matching {END_MARK!r}")
    return found


def _is_comment(line: str) -> bool:
    return line.strip().startswith("#")


def _statements(tree, first: int, last: int) -> list[ast.stmt]:
    """The statements (at any depth) that start on lines first..last (1-based), in order."""
    found = [node for node in ast.walk(tree) if isinstance(node, ast.stmt) and first <= node.lineno <= last]
    return sorted(found, key=lambda node: (node.lineno, node.col_offset))


def _header_end(node: ast.stmt, lines: list[str]) -> int:
    """The last line of a compound statement's header (the line with its colon), 1-based."""
    part = {ast.For: "iter", ast.While: "test", ast.If: "test"}.get(type(node))
    if part:
        return getattr(node, part).end_lineno
    end = node.body[0].lineno - 1
    while end > node.lineno and (not lines[end - 1].strip() or _is_comment(lines[end - 1])):
        end -= 1  # a comment between the header and its body belongs to the body
    return end


def _segment(lines: list[str], node) -> str:
    return ast.get_source_segment("\n".join(lines), node)


def _skeleton(node: ast.stmt, lines: list[str], is_elif: bool) -> str | None:
    """The skeleton of one statement (without indentation), or None to keep its lines as they are."""
    if isinstance(node, _KEPT):
        return None
    if isinstance(node, ast.Assign):
        return " = ".join(_segment(lines, target) for target in node.targets) + " = None"
    if isinstance(node, ast.AugAssign):
        operator = _segment(lines, node)[len(_segment(lines, node.target)):].lstrip().split("=")[0]
        return f"{_segment(lines, node.target)} {operator}= None"
    if isinstance(node, ast.AnnAssign):
        return f"{_segment(lines, node.target)}: {_segment(lines, node.annotation)} = None"
    if isinstance(node, ast.Return):
        return "return None" if node.value is not None else "return"
    if isinstance(node, ast.For):
        return f"for {_segment(lines, node.target)} in None:"
    if isinstance(node, ast.While):
        return "while None:"
    if isinstance(node, ast.If):
        return "elif None:" if is_elif else "if None:"
    if isinstance(node, ast.Expr):
        return "None"
    raise ValueError(f"line {node.lineno}: no skeleton for a {type(node).__name__} statement in a solution block")


def _without_inline_comment(line: str) -> str:
    """`line` without a trailing comment (a # outside strings)."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(line.strip() + "\n").readline))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return line.rstrip()
    comment = next((t for t in tokens if t.type == tokenize.COMMENT), None)
    if comment is None:
        return line.rstrip()
    indent = len(line) - len(line.lstrip())
    return line[: indent + comment.start[1]].rstrip()


def _units(lines: list[str], tree, start: int, end: int) -> list[tuple[list[str], list[str]]]:
    """The lines between the START line `start` and the END line `end` (0-based) of a cell, as units:
    (skeleton lines, solution lines). A comment or blank line is its own unit, the same on both sides."""
    statements = _statements(tree, start + 2, end)
    elifs = {id(node.orelse[0]) for node in statements if isinstance(node, ast.If) and len(node.orelse) == 1
             and isinstance(node.orelse[0], ast.If) and lines[node.orelse[0].lineno - 1].lstrip().startswith("elif")}
    by_line = {node.lineno: node for node in statements}
    units = []
    number = start + 1
    while number < end:
        line, lineno = lines[number], number + 1
        node = by_line.get(lineno)
        if node is None:  # a comment, a blank line, `else:`, `try:` or `finally:`
            kept = line.rstrip() if _is_comment(line) else _without_inline_comment(line)
            units.append(([kept], [line]))
            number += 1
            continue
        last = _header_end(node, lines) if hasattr(node, "body") else node.end_lineno
        skeleton = _skeleton(node, lines, id(node) in elifs)
        if skeleton is None:
            units.append(([_without_inline_comment(text) for text in lines[number:last]], lines[number:last]))
        else:
            units.append(([" " * node.col_offset + skeleton], lines[number:last]))
        number = last
    return units


def _code_lines(lines: list[str]) -> int:
    return sum(1 for line in lines if line.strip() and not _is_comment(line))


def _counted(lines: list[str]) -> list[str]:
    """End the last line of each comment group with `(≈ N lines)`, N the code lines up to the next comment."""
    out = list(lines)
    for index, line in enumerate(lines):
        if not _is_comment(line) or (index + 1 < len(lines) and _is_comment(lines[index + 1])):
            continue
        step = next((i for i in range(index + 1, len(lines)) if _is_comment(lines[i])), len(lines))
        count = _code_lines(lines[index + 1:step])
        if count:
            out[index] = _with_count(line, count)
    return out


def _with_count(line: str, count: int) -> str:
    return _COUNT.sub("", line.rstrip()) + f" (≈ {count} line{'s' if count != 1 else ''})"


def _map_blocks(source: str, per_block) -> str:
    spans = blocks(source)
    if not spans:
        return source
    lines = source.splitlines()
    out, previous = [], 0
    for start, end in spans:
        body = per_block(lines, start, end)
        out += lines[previous:start]
        out.append(_with_count(_COUNT.sub("", lines[start]), _code_lines(body)))
        out += body
        previous = end
    out += lines[previous:]
    return "\n".join(out)


def scaffold(source: str) -> str:
    """`source` (a graded cell) with every solution block replaced by its scaffolding."""
    tree = ast.parse(source)
    return _map_blocks(source, lambda lines, start, end: _counted(
        [text for skeleton, _ in _units(lines, tree, start, end) for text in skeleton]))


def fill(exercise: str, solution: str) -> str:
    """The scaffolded cell `exercise` with every skeleton line replaced by the solution's statement for it.

    Comments stay as the exercise has them. ValueError when the skeletons are not those of `solution`, in order.
    """
    tree = ast.parse(solution)
    solution_lines = solution.splitlines()
    solution_blocks = blocks(solution)
    if len(blocks(exercise)) != len(solution_blocks):
        raise ValueError("the exercise and the solution have different numbers of START/END blocks")
    filled_blocks = iter(
        [unit for unit in _units(solution_lines, tree, start, end) if _code_lines(unit[0])]
        for start, end in solution_blocks)

    def per_block(lines, start, end):
        code_units = next(filled_blocks)
        out = []
        for line in lines[start + 1:end]:
            if not line.strip() or _is_comment(line):
                out.append(line)
                continue
            if not code_units:
                raise ValueError(f"skeleton line {line.strip()!r} has no statement in the solution")
            skeleton, statement = code_units[0]
            if skeleton[0] != line.rstrip():
                raise ValueError(f"skeleton line {line.strip()!r} is not the solution's {skeleton[0].strip()!r}")
            skeleton.pop(0)
            if not skeleton:
                out += statement
                code_units.pop(0)
        if code_units:
            raise ValueError(f"the solution's {code_units[0][1][0].strip()!r} has no skeleton line")
        return out

    return _map_blocks(exercise, per_block)
