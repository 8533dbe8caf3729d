"""Wrong versions of the graded functions of C4W2A2."""

WRONG_VERSIONS = [
    ("inception_module", "average pooling in the pool branch", "layers.MaxPooling2D(3, strides=1",
     "layers.AveragePooling2D(3, strides=1"),
    ("inception_module", "no ReLU after the 1x1 reductions",
     'branch2 = layers.Conv2D(f_3x3_reduce, 1, padding="same", activation="relu")(x)',
     'branch2 = layers.Conv2D(f_3x3_reduce, 1, padding="same")(x)'),
    ("inception_module", "branches concatenated in another order", "[branch1, branch2, branch3, branch4]",
     "[branch1, branch3, branch2, branch4]"),
    ("inception_module", "max pooling with stride 2 (and valid padding)",
     'MaxPooling2D(3, strides=1, padding="same")', "MaxPooling2D(3, strides=2)"),
    ("depthwise_separable_block", "no ReLU after the depthwise convolution",
     "    x = layers.BatchNormalization()(x)\n    x = layers.ReLU()(x)\n    x = layers.Conv2D",
     "    x = layers.BatchNormalization()(x)\n    x = layers.Conv2D"),
    ("depthwise_separable_block", "ReLU before batch norm",
     "    x = layers.BatchNormalization()(x)\n    x = layers.ReLU()(x)\n    ### END",
     "    x = layers.ReLU()(x)\n    x = layers.BatchNormalization()(x)\n    ### END"),
    ("depthwise_separable_block", "the stride forgotten",
     "layers.DepthwiseConv2D(3, strides=strides", "layers.DepthwiseConv2D(3, strides=1"),
]
