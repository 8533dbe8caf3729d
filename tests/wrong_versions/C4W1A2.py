"""Wrong versions of the graded functions of C4W1A2."""

POOL1 = "MaxPool2D(pool_size=pool_sizes[0], strides=pool_sizes[0], padding=\"same\")"
SECOND_RELU = ("A2 = keras.layers.ReLU()(Z2)\n"
               '    # MAXPOOL: window and stride pool_sizes[1], "same" padding\n'
               "    P2 = keras.layers.MaxPool2D(pool_size=pool_sizes[1], strides=pool_sizes[1], padding=\"same\")(A2)")

WRONG_VERSIONS = [
    ("happyModel", "max pooling with stride 1: keep MaxPool2D's default, a 2x2 window with stride 2",
     "keras.layers.MaxPool2D(),", "keras.layers.MaxPool2D(strides=1),"),
    ("happyModel", "the ReLU layer is missing: put ReLU() right after batch normalization",
     "        keras.layers.ReLU(),\n", ""),
    ("happyModel", "ReLU inside the convolution, before batch norm: convolution without activation, batch norm, ReLU",
     "keras.layers.Conv2D(32, 7, strides=1),", 'keras.layers.Conv2D(32, 7, strides=1, activation="relu"),'),
    ("happyModel", "batch norm over the height axis: normalize over the channels, axis=3",
     "BatchNormalization(axis=3)", "BatchNormalization(axis=1)"),
    ("happyModel", "softmax on one unit always outputs 1: use activation=\"sigmoid\" for the binary output",
     'Dense(1, activation="sigmoid")', 'Dense(1, activation="softmax")'),
    ("happyModel", "zero padding missing: start with ZeroPadding2D(padding=3) so the convolution keeps 28x28",
     "        keras.layers.ZeroPadding2D(padding=3),\n", ""),
    ("convolutional_model", "first pool with stride 1: its stride is pool_sizes[0], the same as its pool size",
     POOL1, 'MaxPool2D(pool_size=pool_sizes[0], strides=1, padding="same")'),
    ("convolutional_model", "pool size hard-coded to the course's 8: take it from the pool_sizes argument",
     POOL1, 'MaxPool2D(pool_size=8, strides=8, padding="same")'),
    ("convolutional_model",
     "first pool uses pool_sizes[1]: the first pool takes pool_sizes[0], the second pool_sizes[1]",
     "pool_size=pool_sizes[0], strides=pool_sizes[0]", "pool_size=pool_sizes[1], strides=pool_sizes[1]"),
    ("convolutional_model", "no ReLU after the second convolution: apply ReLU to Z2 and pool its output",
     SECOND_RELU, SECOND_RELU.replace("A2 = keras.layers.ReLU()(Z2)\n    ", "").replace("(A2)", "(Z2)")),
    ("convolutional_model", "the first convolution pads 'valid': use padding=\"same\" to keep 28x28",
     'Conv2D(filters=8, kernel_size=4, strides=1, padding="same")', "Conv2D(filters=8, kernel_size=4, strides=1)"),
    ("convolutional_model", "the output layer has no activation: use activation=\"softmax\" on the Dense layer",
     'Dense(units=num_classes, activation="softmax")', "Dense(units=num_classes)"),
    ("convolutional_model", "output units fixed at 10: use units=num_classes",
     "Dense(units=num_classes,", "Dense(units=10,"),
    ("convolutional_model", "no Flatten: flatten P2 before the Dense layer",
     "F = keras.layers.Flatten()(P2)", "F = P2"),
]
