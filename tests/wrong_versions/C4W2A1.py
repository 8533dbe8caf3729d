"""Wrong versions of the graded functions of C4W2A1."""

_NORM = "layers.BatchNormalization(axis=3, momentum=0.9)(X, training=training)"
_RELU = 'layers.Activation("relu")(X)'
_BN, _RELU_FIRST = f"{_NORM}\n    X = {_RELU}", f"{_RELU}\n    X = {_NORM}"

WRONG_VERSIONS = [
    ("identity_block", "ReLU before batch norm", _BN, _RELU_FIRST),
    ("identity_block", "batch-norm momentum 0.99 (Keras's default) instead of the notebook's 0.9",
     "momentum=0.9", "momentum=0.99"),
    ("identity_block", "the training flag not passed to batch norm", "(X, training=training)", "(X)"),
    ("identity_block", "no ReLU after the addition",
     'X = layers.Add()([X, X_shortcut])\n    X = layers.Activation("relu")(X)',
     "X = layers.Add()([X, X_shortcut])"),
    ("convolutional_block", "ReLU before batch norm", _BN, _RELU_FIRST),
    ("convolutional_block", "no batch norm on the shortcut",
     "    X_shortcut = layers.BatchNormalization(axis=3, momentum=0.9)(X_shortcut, training=training)\n", ""),
    ("convolutional_block", "the stride on the 3x3 convolution instead of the first 1x1",
     'kernel_size=1, strides=s, padding="valid", kernel_initializer=initializer(seed=0))(X)\n',
     'kernel_size=1, strides=1, padding="valid", kernel_initializer=initializer(seed=0))(X)\n'),
    ("ResNet50", "no zero padding before the stem", "X = layers.ZeroPadding2D((3, 3))(X_input)", "X = X_input"),
    ("ResNet50", "a stride-1 stem", "layers.Conv2D(64, (7, 7), strides=(2, 2)",
     "layers.Conv2D(64, (7, 7), strides=(1, 1)"),
    ("ResNet50", "no max pooling in the stem", "X = layers.MaxPooling2D((3, 3), strides=(2, 2))(X)", ""),
    ("ResNet50", "stride 2 in stage 2", "filters=[64, 64, 256], s=1", "filters=[64, 64, 256], s=2"),
    ("ResNet50", "no softmax on the output", 'activation="softmax", ', ""),
]
