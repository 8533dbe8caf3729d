"""Helpers shared by two or more notebooks of the course.

Import this package before TensorFlow: it quiets TensorFlow's start-up logs.
"""

import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from shared_utils.profile import current_profile, profile_settings, set_seed  # noqa: E402

__all__ = ["current_profile", "profile_settings", "set_seed"]
