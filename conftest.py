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


def pytest_runtest_logreport(report):
    path = report.nodeid.split("::")[0]
    if path.endswith(".ipynb"):
        _notebook_seconds[path] += report.duration


def pytest_terminal_summary(terminalreporter):
    if not _notebook_seconds:
        return
    terminalreporter.section(f"slowest notebooks (profile {os.environ['DLS_PROFILE']})")
    for path, seconds in sorted(_notebook_seconds.items(), key=lambda item: -item[1])[:15]:
        terminalreporter.write_line(f"{seconds:8.1f}s  {path}")
