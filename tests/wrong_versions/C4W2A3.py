"""Wrong versions of the graded functions of C4W2A3."""

WRONG_VERSIONS = [
    ("transfer_model", "the base called without training=False", "x = base_model(x, training=False)",
     "x = base_model(x)"),
    ("transfer_model", "no dropout before the head", "    x = keras.layers.Dropout(0.2)(x)\n", ""),
    ("transfer_model", "the base left trainable", "    base_model.trainable = False\n", ""),
    ("transfer_model", "no data augmentation", "x = data_augmentation(inputs)", "x = inputs"),
]

WRONG_VERSIONS += [
    ("data_augmenter", "a vertical flip", 'RandomFlip("horizontal")', 'RandomFlip("vertical")'),
    ("data_augmenter", "the rotation in degrees", "RandomRotation(0.05)", "RandomRotation(18)"),
    ("data_augmenter", "no flip", '        keras.layers.RandomFlip("horizontal"),\n', ""),
    ("prepare_fine_tuning", "batch normalization unfrozen with the top blocks (its moving statistics move)",
     "    for layer in base_model.layers:\n        if isinstance(layer, keras.layers.BatchNormalization):\n"
     "            layer.trainable = False\n", ""),
    ("prepare_fine_tuning", "one layer too many frozen", "base_model.layers[:fine_tune_at]",
     "base_model.layers[:fine_tune_at + 1]"),
    ("prepare_fine_tuning", "the whole base unfrozen (fine_tune_at ignored)",
     "    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n", ""),
    ("prepare_fine_tuning", "the loss on probabilities (from_logits forgotten)",
     "SparseCategoricalCrossentropy(from_logits=True)", "SparseCategoricalCrossentropy()"),
]
