"""Wrong versions of the graded functions of C4W2A3."""

WRONG_VERSIONS = [
    ("transfer_model", "the base called without training=False", "x = base_model(x, training=False)",
     "x = base_model(x)"),
    ("transfer_model", "no dropout before the head", "    x = keras.layers.Dropout(0.2)(x)\n", ""),
    ("transfer_model", "the base left trainable", "    base_model.trainable = False\n", ""),
    ("transfer_model", "no data augmentation", "x = data_augmentation(inputs)", "x = inputs"),
]
