"""Course4/yolov3_tiny.py: the Darknet reader consumes the weights file exactly, and the Keras network's raw
outputs equal OpenCV's Darknet importer on the same input."""

from shared_utils.data import REPO_ROOT

import importlib
import sys

import numpy as np
import pytest

sys.path.insert(0, str(REPO_ROOT / "Course4"))
yolov3_tiny = importlib.import_module("yolov3_tiny")


@pytest.fixture(scope="module")
def model():
    return yolov3_tiny.build_yolov3_tiny()


def test_reader_consumes_the_file_and_matches_opencv(model):
    header = yolov3_tiny.read_darknet_weights(model)
    assert header["parameters"] == model.count_params() == 8_858_734
    assert header["version"] == (0, 2, 0)
    picture = np.random.default_rng(0).uniform(0, 1, (1, 416, 416, 3)).astype("float32")
    ours = model.predict_on_batch(picture)
    theirs = yolov3_tiny.opencv_forward(yolov3_tiny.opencv_net(), picture, ["conv_15", "conv_22"])
    for a, b in zip(ours, theirs, strict=True):
        assert np.max(np.abs(a - b.transpose(0, 2, 3, 1))) < 1e-3


def test_reader_refuses_a_truncated_or_padded_file(model, tmp_path):
    raw = yolov3_tiny.WEIGHTS_FILE.read_bytes()
    for name, content in (("short.weights", raw[:-4]), ("long.weights", raw + b"\0" * 4)):
        (tmp_path / name).write_bytes(content)
        with pytest.raises(ValueError):
            yolov3_tiny.read_darknet_weights(model, tmp_path / name)
