"""Course5/nmt_utils.py: the date data of C5W3A1 and C5W4A1 is reproducible, the test dates are disjoint from the
training dates, and every example's ISO target is the date its human form writes."""

from shared_utils.data import REPO_ROOT

import datetime as dt
import importlib
import sys

import numpy as np
import pytest

sys.path.insert(0, str(REPO_ROOT / "Course5"))
nmt_utils = importlib.import_module("nmt_utils")


def test_the_same_seed_gives_the_same_dates_and_the_exclusion_holds():
    train = nmt_utils.load_dataset(2000, seed=0)
    assert train == nmt_utils.load_dataset(2000, seed=0)
    test = nmt_utils.load_dataset(300, seed=1, exclude={iso for _, iso, *_ in train})
    assert not {iso for _, iso, *_ in test} & {iso for _, iso, *_ in train}
    assert {locale for _, _, locale, _ in train} == set(nmt_utils.LOCALES)


def test_targets_are_valid_iso_dates_and_the_year_is_written_in_the_input():
    for human, iso, _, fmt in nmt_utils.load_dataset(500, seed=3):
        date = dt.date.fromisoformat(iso)
        assert nmt_utils.FIRST_DATE <= date <= nmt_utils.LAST_DATE
        assert (str(date.year)[2:] if fmt == "short" else str(date.year)) in human


def test_preprocess_data_shapes_unknown_characters_and_ty():
    dataset = [("3 may 1979", "1979-05-03", "en_GB", "long"), ("mardi 5 mars 2024", "2024-03-05", "fr_FR", "full")]
    human_vocab, machine_vocab, inv_machine_vocab = nmt_utils.build_vocabularies(dataset[:1])
    X, Y, Xoh, Yoh = nmt_utils.preprocess_data(dataset, human_vocab, machine_vocab, Tx=12, Ty=10)
    assert X.shape == (2, 12) and Xoh.shape == (2, 12, len(human_vocab)) and Yoh.shape == (2, 10, 11)
    assert X[0, -1] == human_vocab["<pad>"] and X[1, 2] == human_vocab["<unk>"]  # "r" is not in "3 may 1979"
    assert "".join(inv_machine_vocab[i] for i in Y[1]) == "2024-03-05"
    assert np.all(Xoh.sum(axis=-1) == 1)
    with pytest.raises(ValueError, match="Ty = 10"):
        nmt_utils.preprocess_data(dataset, human_vocab, machine_vocab, Tx=12, Ty=8)
