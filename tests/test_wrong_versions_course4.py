"""The Course 4 wrong versions (see test_wrong_versions.py), in a file of their own: with `--dist loadfile` each test
file runs on one worker, so the two halves run side by side."""

import pytest
from test_wrong_versions import FIELDS, check_wrong_version, wrong_version_cases


@pytest.mark.parametrize(FIELDS, wrong_version_cases("4"))
def test_the_public_test_catches_a_wrong_version(ident, function, mistake, solution, wrong, tmp_path):
    check_wrong_version(ident, function, mistake, solution, wrong, tmp_path)
