from shared_utils import current_profile, profile_settings, set_seed

import numpy as np
import pytest


def test_full_is_the_default(monkeypatch):
    monkeypatch.delenv("DLS_PROFILE", raising=False)
    assert current_profile() == "full"
    assert profile_settings(full={"epochs": 100}, quick={"epochs": 2}).epochs == 100


def test_quick_profile_picks_quick_settings(monkeypatch):
    monkeypatch.setenv("DLS_PROFILE", "quick")
    settings = profile_settings(full={"epochs": 100}, quick={"epochs": 2})
    assert (settings.profile, settings.epochs) == ("quick", 2)
    assert repr(settings) == "Settings(profile='quick', epochs=2)"


def test_unknown_profile_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("DLS_PROFILE", "fast")
    with pytest.raises(ValueError, match="not a profile"):
        current_profile()


def test_profiles_must_name_the_same_settings():
    with pytest.raises(ValueError, match="differing"):
        profile_settings(full={"epochs": 1, "lr": 0.1}, quick={"epochs": 1})


def test_set_seed_makes_numpy_and_tensorflow_repeat():
    import tensorflow as tf

    set_seed(3)
    first = (np.random.rand(3), tf.random.uniform((3,)).numpy())
    set_seed(3)
    second = (np.random.rand(3), tf.random.uniform((3,)).numpy())
    np.testing.assert_array_equal(first[0], second[0])
    np.testing.assert_array_equal(first[1], second[1])
