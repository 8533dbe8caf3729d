"""Test-suite setup: the quick profile for every notebook kernel, and a per-notebook timing table."""

import os
from collections import defaultdict

# Kernels started by nbval and the grader inherit these.
os.environ.setdefault("DLS_PROFILE", "quick")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("PYTHONHASHSEED", "0")
# Two notebooks run at once (-n 2) on two cores: one BLAS thread and one TensorFlow thread pool of one thread each
# avoid oversubscription (measured: the two slowest Keras notebooks run 10-20% faster side by side).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("TF_NUM_INTRAOP_THREADS", "1")
os.environ.setdefault("TF_NUM_INTEROP_THREADS", "1")

_notebook_seconds: dict[str, float] = defaultdict(float)
_hints_named: dict[str, tuple[int, int]] = {}  # per notebook: wrong versions whose hint the grader names, of all


def pytest_runtest_logreport(report):
    path = report.nodeid.split("::")[0]
    if path.endswith(".ipynb"):
        _notebook_seconds[path] += report.duration
    for name, value in report.user_properties:
        if name == "hints" and report.when == "call":
            _hints_named[report.nodeid] = tuple(value)


def pytest_terminal_summary(terminalreporter):
    if _hints_named:
        named, total = (sum(v[i] for v in _hints_named.values()) for i in (0, 1))
        terminalreporter.section("hints that name the mistake")
        terminalreporter.write_line(f"the grader names the mistake of {named} of {total} wrong versions "
                                    f"({named / total:.1%}) in {len(_hints_named)} notebooks")
    if not _notebook_seconds:
        return
    terminalreporter.section(f"slowest notebooks (profile {os.environ['DLS_PROFILE']})")
    for path, seconds in sorted(_notebook_seconds.items(), key=lambda item: -item[1])[:15]:
        terminalreporter.write_line(f"{seconds:8.1f}s  {path}")
