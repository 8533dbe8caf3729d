"""Grades a learner cannot fake by the usual tricks.

What is protected: a grade is earned by the graded functions themselves. From a learner's graded cell the grader
takes only what it defines (functions, classes) and its imports, never its other top-level statements (a
`check_close = lambda *a, **k: None` line is dropped); before each public test it puts back the course's own
functions and modules that the setup cells defined (so a definition or import that shadows a test helper does
not reach the test); and it does not run, but flags for a teacher's review, a graded function whose code reaches
for the tests or the tools: rebinding globals, touching shared_utils, sys, builtins, IPython, code objects, or
ending the process. What is not: a determined learner (the solutions are in the same repository), or code that
games a test by what it computes.
"""

import ast

# Names a graded function has no reason to use, and what each would let it do.
_SUSPECT_CALLS = {
    "globals": "rebinds global names", "locals": "reads the caller's names", "vars": "rebinds global names",
    "exec": "runs code it builds", "eval": "runs code it builds", "compile": "runs code it builds",
    "__import__": "imports by name", "get_ipython": "reaches into IPython", "exit": "ends the process",
    "quit": "ends the process", "setattr": "rebinds attributes by name", "delattr": "deletes attributes",
    "breakpoint": "stops the kernel",
}
_SUSPECT_MODULES = {"shared_utils", "sys", "builtins", "__builtins__", "IPython", "importlib", "signal", "ctypes",
                    "gc", "inspect", "ipykernel", "nbclient"}
_SUSPECT_ATTRIBUTES = {"__code__", "__globals__", "__builtins__", "__closure__", "__defaults__", "__kwdefaults__",
                       "f_globals", "f_locals", "f_back", "set_custom_exc", "showtraceback", "_exit", "kill", "abort"}


def graded_source(learner_source: str) -> tuple[str, list[str]]:
    """The part of a learner's graded cell the grader runs (its imports, functions and classes, in order), and
    the first lines of the top-level statements it leaves out."""
    tree = ast.parse(learner_source)
    kept, dropped = [], []
    for node in tree.body:
        start = node.decorator_list[0].lineno if getattr(node, "decorator_list", None) else node.lineno
        text = "\n".join(learner_source.splitlines()[start - 1:node.end_lineno])
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Import | ast.ImportFrom):
            kept.append(text)
        else:
            dropped.append(text.splitlines()[0])
    return "\n\n".join(kept), dropped


def _bound_names(function: ast.AST) -> set[str]:
    """Names a function binds itself: its parameters, assignments, loop and with targets, imports, comprehensions."""
    bound = set()
    for node in ast.walk(function):
        if isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            bound.add(node.id)
        elif isinstance(node, ast.alias):
            bound.add((node.asname or node.name).split(".")[0])
    return bound


def review_reasons(source: str) -> list[str]:
    """Why a teacher should look at this graded code before it earns points (empty: nothing suspect)."""
    reasons = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Global | ast.Nonlocal):
            reasons.append(f"line {node.lineno}: `{type(node).__name__.lower()} {', '.join(node.names)}` rebinds "
                           "names outside the function")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            modules = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
            touched = [m for m in modules if m.split(".")[0] in _SUSPECT_MODULES]
            if touched:
                reasons.append(f"line {node.lineno}: imports {', '.join(touched)}")
        elif isinstance(node, ast.Name):
            if node.id in _SUSPECT_MODULES:
                reasons.append(f"line {node.lineno}: uses {node.id}")
            elif node.id in _SUSPECT_CALLS:
                reasons.append(f"line {node.lineno}: {node.id}() {_SUSPECT_CALLS[node.id]}")
            elif node.id.startswith("_dls"):
                reasons.append(f"line {node.lineno}: uses the grader's own name {node.id}")
        elif isinstance(node, ast.Attribute) and node.attr in _SUSPECT_ATTRIBUTES:
            reasons.append(f"line {node.lineno}: uses .{node.attr}")
    for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)):
        local = _bound_names(function) | {"self", "cls"}
        for node in ast.walk(function):
            targets = node.targets if isinstance(node, ast.Assign | ast.Delete) else (
                [node.target] if isinstance(node, ast.AugAssign | ast.AnnAssign) else [])
            for target in targets:
                base = target
                while isinstance(base, ast.Attribute | ast.Subscript):
                    base = base.value
                if isinstance(target, ast.Attribute) and isinstance(base, ast.Name) and base.id not in local:
                    reasons.append(f"line {node.lineno}: assigns to {ast.unparse(target)}, an attribute of the "
                                   f"global {base.id}")
    return sorted(set(reasons), key=lambda reason: int(reason.split(":")[0].split()[1]))


# The functions, classes and modules the setup cells left (not data or models, which a test may rebind).
SNAPSHOT_COURSE_NAMES = (
    "import types as _dls_types\n"
    "_dls_course_names = {_dls_name: _dls_value for _dls_name, _dls_value in globals().items()\n"
    "                     if not _dls_name.startswith('_') and isinstance(_dls_value, (\n"
    "                         _dls_types.FunctionType, _dls_types.BuiltinFunctionType, _dls_types.ModuleType, type))}"
)


def restore_course_names(keep: list[str]) -> str:
    """Code that puts back the course's functions and modules (as the setup cells left them) but `keep`."""
    return (f"globals().update({{_dls_name: _dls_value for _dls_name, _dls_value in _dls_course_names.items()\n"
            f"                  if _dls_name not in {sorted(keep)!r}}})")
