from shared_utils import builders
from shared_utils.data import (
    DATA_DIR,
    DataFileError,
    data_file,
    load_faces,
    load_fashion_mnist,
    load_garments,
    load_glove,
    picture_like_fashion_mnist,
    read_manifest,
    sample_photograph,
)

import json
import shutil
from pathlib import Path

import numpy as np
import pytest


def test_every_manifest_entry_has_provenance_and_checks():
    for name, entry in read_manifest()["files"].items():
        assert {"sha256", "bytes", "source", "licence", "build"} <= set(entry), name
        assert data_file(name).stat().st_size == entry["bytes"]


def test_faces_builder_is_deterministic_and_matches_the_manifest(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = builders.build(["faces"], tmp_path / "a")
    second = builders.build(["faces"], tmp_path / "b")
    committed = read_manifest()["files"]
    for name in first:
        assert first[name]["sha256"] == second[name]["sha256"] == committed[name]["sha256"], name


@pytest.mark.skipif(not builders.FASHION_MNIST_DIR.exists(), reason="needs `apt-get install dataset-fashion-mnist`")
def test_fashion_mnist_builder_matches_the_manifest(tmp_path):
    entries = builders.build(["fashion_mnist"], tmp_path)
    committed = read_manifest()["files"]
    assert all(entries[name]["sha256"] == committed[name]["sha256"] for name in entries)


@pytest.fixture
def data_copy(tmp_path) -> Path:
    shutil.copy(DATA_DIR / "MANIFEST.json", tmp_path / "MANIFEST.json")
    shutil.copy(DATA_DIR / "faces_test.h5", tmp_path / "faces_test.h5")
    return tmp_path


def test_missing_file_names_it_and_the_rebuild_command(data_copy):
    (data_copy / "faces_test.h5").unlink()
    with pytest.raises(DataFileError, match=r"data/faces_test.h5 is missing.*python -m shared_utils.builders faces"):
        data_file("faces_test.h5", data_copy)


def test_corrupt_file_is_detected(data_copy):
    path = data_copy / "faces_test.h5"
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 0xFF
    path.write_bytes(bytes(raw))
    with pytest.raises(DataFileError, match=r"faces_test.h5 is corrupt.*rebuild it with"):
        data_file("faces_test.h5", data_copy)


def test_unlisted_file_and_missing_manifest(data_copy):
    with pytest.raises(DataFileError, match="not listed"):
        data_file("cats.h5", data_copy)
    (data_copy / "MANIFEST.json").unlink()
    with pytest.raises(DataFileError, match="MANIFEST.json is missing"):
        data_file("faces_test.h5", data_copy)


def test_loaders_give_course_shaped_arrays():
    train_x, train_y, test_x, test_y, classes = load_faces()
    assert train_x.shape == (150, 25, 25) and train_y.shape == (1, 150) and test_x.shape == (50, 25, 25)
    assert train_x.dtype == np.uint8 and set(np.unique(train_y)) == {0, 1} and list(classes) == [b"non-face", b"face"]
    assert abs(test_y.mean() - 0.5) < 1e-9
    fx, fy, tx, ty, names = load_fashion_mnist()
    assert fx.shape == (12000, 28, 28) and tx.shape == (2000, 28, 28) and len(names) == 10
    assert np.bincount(fy).tolist() == [1200] * 10 and np.bincount(ty).tolist() == [200] * 10


def test_manifest_is_sorted_json():
    text = (DATA_DIR / "MANIFEST.json").read_text()
    assert list(json.loads(text)["files"]) == sorted(json.loads(text)["files"])


def test_garments_are_the_four_fashion_classes_relabelled():
    train_x, train_y, test_x, test_y, classes = load_garments()
    assert train_x.shape == (4800, 28, 28) and train_y.shape == (1, 4800)
    assert test_x.shape == (800, 28, 28) and test_y.shape == (1, 800)
    assert list(classes) == [b"T-shirt or coat", b"shirt or pullover"]
    fashion_x, fashion_y, _, _, names = load_fashion_mnist()
    for label, pair in {0: ("T-shirt/top", "Coat"), 1: ("Shirt", "Pullover")}.items():
        picked = np.isin(fashion_y, [names.index(name) for name in pair])
        np.testing.assert_array_equal(train_x[train_y[0] == label], fashion_x[picked])
        assert (test_y == label).sum() == 400


def test_a_picture_is_prepared_like_fashion_mnist_and_bad_files_are_explained(tmp_path):
    from PIL import Image

    light = np.full((60, 40), 230, dtype=np.uint8)
    light[20:40, 10:30] = 20  # a dark garment on a light background
    Image.fromarray(light).save(tmp_path / "light.png")
    picture = picture_like_fashion_mnist(tmp_path / "light.png")
    assert picture.shape == (28, 28) and 0 <= picture.min() and picture.max() <= 1
    assert picture[14, 14] > 0.8 and picture[0, 0] < 0.2, "a light background must be inverted"
    assert picture_like_fashion_mnist(sample_photograph()).shape == (28, 28)
    with pytest.raises(FileNotFoundError, match="set my_image to the path of a picture file"):
        picture_like_fashion_mnist(tmp_path / "missing.jpg")
    (tmp_path / "notes.txt").write_text("not a picture")
    with pytest.raises(ValueError, match="could not be read as a picture"):
        picture_like_fashion_mnist(tmp_path / "notes.txt")


def test_glove_rows_and_words_line_up():
    words, word_to_vec_map, vectors = load_glove()
    assert vectors.shape == (400_000, 50) and len(words) == len(set(words)) == 400_000
    assert words[:3] == ["the", ",", "."]
    np.testing.assert_array_equal(word_to_vec_map["king"], vectors[words.index("king")])
    analogy = word_to_vec_map["king"] - word_to_vec_map["man"] + word_to_vec_map["woman"]
    queen = word_to_vec_map["queen"]
    assert analogy @ queen / np.linalg.norm(analogy) / np.linalg.norm(queen) > 0.85
