"""Wrong versions of the graded functions of C4W2A1."""

_NORM = "layers.BatchNormalization(axis=3, momentum=0.9)(X, training=training)"
_RELU = 'layers.Activation("relu")(X)'
_BN, _RELU_FIRST = f"{_NORM}\n    X = {_RELU}", f"{_RELU}\n    X = {_NORM}"

WRONG_VERSIONS = [
    ("identity_block", "ReLU is applied before batch norm: each component is convolution, then batch norm, then ReLU",
     _BN, _RELU_FIRST),
    ("identity_block", "batch norm uses Keras's default momentum 0.99: pass momentum=0.9, as the text says",
     "momentum=0.9", "momentum=0.99"),
    ("identity_block",
     "batch norm is called without training=training: pass the block's training flag to every batch norm",
     "(X, training=training)", "(X)"),
    ("identity_block", "no ReLU after the addition: apply ReLU to the sum of the main path and the shortcut",
     'X = layers.Add()([X, X_shortcut])\n    X = layers.Activation("relu")(X)',
     "X = layers.Add()([X, X_shortcut])"),
    ("convolutional_block",
     "ReLU is applied before batch norm: in every component batch norm comes right after the convolution",
     _BN, _RELU_FIRST),
    ("convolutional_block",
     "the shortcut has no batch norm: follow its 1x1 convolution with batch norm, as on the main path",
     "    X_shortcut = layers.BatchNormalization(axis=3, momentum=0.9)(X_shortcut, training=training)\n", ""),
    ("convolutional_block",
     "the first 1x1 convolution has stride 1: it takes strides=s (the fxf and the last 1x1 keep stride 1)",
     'kernel_size=1, strides=s, padding="valid", kernel_initializer=initializer(seed=0))(X)\n',
     'kernel_size=1, strides=1, padding="valid", kernel_initializer=initializer(seed=0))(X)\n'),
    ("ResNet50", "the stem has no zero padding: pad the input by 3 pixels before the 7x7 convolution",
     "X = layers.ZeroPadding2D((3, 3))(X_input)", "X = X_input"),
    ("ResNet50", "the stem's 7x7 convolution has stride 1: it takes strides=(2, 2)",
     "layers.Conv2D(64, (7, 7), strides=(2, 2)",
     "layers.Conv2D(64, (7, 7), strides=(1, 1)"),
    ("ResNet50", "the stem has no max pooling: end it with 3x3 max pooling of stride 2",
     "X = layers.MaxPooling2D((3, 3), strides=(2, 2))(X)", ""),
    ("ResNet50", "stage 2's convolutional block has s=2: after the stem's pooling, stage 2 keeps the size (s=1)",
     "filters=[64, 64, 256], s=1", "filters=[64, 64, 256], s=2"),
    ("ResNet50", 'the last Dense layer has no activation: give it activation="softmax"', 'activation="softmax", ', ""),
]
