"""Wrong versions of the graded functions of C4W1A2."""

POOL1 = "MaxPool2D(pool_size=pool_sizes[0], strides=pool_sizes[0], padding=\"same\")"
SECOND_RELU = ("A2 = keras.layers.ReLU()(Z2)\n"
               "    P2 = keras.layers.MaxPool2D(pool_size=pool_sizes[1], strides=pool_sizes[1], padding=\"same\")(A2)")

WRONG_VERSIONS = [
    ("happyModel", "max pooling with stride 1", "keras.layers.MaxPool2D(),", "keras.layers.MaxPool2D(strides=1),"),
    ("happyModel", "no ReLU", "        keras.layers.ReLU(),\n", ""),
    ("happyModel", "ReLU before batch norm (in the convolution)", "keras.layers.Conv2D(32, 7, strides=1),",
     'keras.layers.Conv2D(32, 7, strides=1, activation="relu"),'),
    ("happyModel", "batch norm over the height axis", "BatchNormalization(axis=3)", "BatchNormalization(axis=1)"),
    ("happyModel", "a softmax output", 'Dense(1, activation="sigmoid")', 'Dense(1, activation="softmax")'),
    ("happyModel", "no zero padding (a 'valid' convolution)", "        keras.layers.ZeroPadding2D(padding=3),\n", ""),
    ("convolutional_model", "the first pool with stride 1", POOL1,
     'MaxPool2D(pool_size=pool_sizes[0], strides=1, padding="same")'),
    ("convolutional_model", "the course's pool sizes hard-coded", POOL1,
     'MaxPool2D(pool_size=8, strides=8, padding="same")'),
    ("convolutional_model", "the two pool sizes swapped", "pool_size=pool_sizes[0], strides=pool_sizes[0]",
     "pool_size=pool_sizes[1], strides=pool_sizes[1]"),
    ("convolutional_model", "no ReLU after the second convolution", SECOND_RELU,
     SECOND_RELU.replace("A2 = keras.layers.ReLU()(Z2)\n    ", "").replace("(A2)", "(Z2)")),
    ("convolutional_model", "'valid' padding in the first convolution",
     'Conv2D(filters=8, kernel_size=4, strides=1, padding="same")', "Conv2D(filters=8, kernel_size=4, strides=1)"),
    ("convolutional_model", "no softmax", 'Dense(units=num_classes, activation="softmax")',
     "Dense(units=num_classes)"),
    ("convolutional_model", "10 units whatever num_classes", "Dense(units=num_classes,", "Dense(units=10,"),
    ("convolutional_model", "no Flatten", "F = keras.layers.Flatten()(P2)", "F = P2"),
]
