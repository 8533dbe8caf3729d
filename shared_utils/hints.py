"""Hints that name the mistake: the known wrong versions of each graded function (tests/wrong_versions) and the
exact message with which each fails its public test, recorded in tests/wrong_versions/failures/<ID>.json.

When a learner's function fails with the very message of a known wrong version, the grader prints that wrong
version's description as `Likely mistake: ...`. The test suite runs every wrong version again and measures how
often the hint names its own mistake (or one that fails identically); it rewrites the files with

    DLS_RECORD_FAILURES=1 python -m pytest tests/test_wrong_versions.py
"""

from shared_utils.data import REPO_ROOT

import json
from pathlib import Path

FAILURES_DIR = REPO_ROOT / "tests" / "wrong_versions" / "failures"


def failures_path(ident: str) -> Path:
    return FAILURES_DIR / f"{ident}.json"


def known_mistakes(ident: str | None) -> dict[str, list[tuple[str, str]]]:
    """{function: [(description, failure message)]} of assignment `ident`; empty where none are recorded."""
    path = failures_path(ident) if ident else None
    if path is None or not path.is_file():
        return {}
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # a hint is a help, never a reason for grading to fail
    return {function: [tuple(pair) for pair in pairs] for function, pairs in table.items()}


def likely_mistake(mistakes: dict[str, list[tuple[str, str]]], function: str, message: str) -> str:
    """The description of the first known wrong version of `function` that fails with exactly `message`."""
    return next((description for description, failure in mistakes.get(function, []) if failure == message), "")
