"""Helpers shared by two or more notebooks of the course.

Import this package before TensorFlow and Hugging Face: it quiets TensorFlow's start-up logs and puts Hugging Face
in offline mode (models load from local folders only; nothing is ever downloaded).
"""

import os
import warnings
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# tqdm.auto (imported by transformers) warns in a notebook without ipywidgets, where it falls back to text bars.
warnings.filterwarnings("ignore", message="IProgress not found")


def _checkout_containing(folder: Path) -> Path | None:
    """The course checkout that `folder` lies in (a folder with shared_utils/ and this project's pyproject.toml)."""
    for candidate in (folder, *folder.parents):
        project = candidate / "pyproject.toml"
        if (candidate / "shared_utils" / "__init__.py").is_file() and project.is_file():
            if "dls-shared-utils" in project.read_text(encoding="utf-8", errors="replace"):
                return candidate
    return None


def check_checkout(cwd: Path | None = None) -> None:
    """Refuse to run a notebook of one checkout with the shared_utils (and data/) of another.

    An editable install points at the folder it was made in; after a checkout is copied or moved, its
    notebooks would silently use the old folder's code and data.
    """
    try:
        cwd = Path.cwd() if cwd is None else cwd
    except OSError:  # the working folder was deleted
        return
    checkout = _checkout_containing(cwd.resolve())
    imported = Path(__file__).resolve().parent.parent
    if checkout is not None and checkout != imported:
        raise ImportError(
            f"This notebook is in the checkout {checkout}, but Python imports shared_utils (and its data/) from "
            f"{imported}: the editable install still points at the old place of a copied or moved checkout. "
            f'Fix it with: pip install -e "{checkout}"  (then restart the kernel).'
        )


check_checkout()

from shared_utils.profile import current_profile, profile_settings, set_seed  # noqa: E402

__all__ = ["check_checkout", "current_profile", "profile_settings", "set_seed"]
