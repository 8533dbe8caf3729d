"""Wrong versions of the graded functions of C4W2A3."""

WRONG_VERSIONS = [
    ("transfer_model",
     "the base is called without training=False: call it in inference mode so that batch norm keeps its statistics",
     "x = base_model(x, training=False)",
     "x = base_model(x)"),
    ("transfer_model", "no dropout before the head: add Dropout(0.2) between the base's features and the Dense layer",
     "    x = keras.layers.Dropout(0.2)(x)\n", ""),
    ("transfer_model", "the base is left trainable: set base_model.trainable to False before building the model",
     "    base_model.trainable = False\n", ""),
    ("transfer_model", "the inputs skip the augmentation: pass them through data_augmentation before the base",
     "x = data_augmentation(inputs)", "x = inputs"),
]

WRONG_VERSIONS += [
    ("data_augmenter", 'the flip is vertical: mirror left-right, RandomFlip("horizontal")',
     'RandomFlip("horizontal")', 'RandomFlip("vertical")'),
    ("data_augmenter", "the rotation factor is in degrees: RandomRotation takes a fraction of a full turn, 0.05",
     "RandomRotation(0.05)", "RandomRotation(18)"),
    ("data_augmenter", "the RandomFlip layer is missing: the augmenter is a horizontal flip, then the rotation",
     '        keras.layers.RandomFlip("horizontal"),\n', ""),
    ("prepare_fine_tuning",
     "batch norm is unfrozen with the top blocks: set trainable to False on every BatchNormalization layer",
     "    for layer in base_model.layers:\n        if isinstance(layer, keras.layers.BatchNormalization):\n"
     "            layer.trainable = False\n", ""),
    ("prepare_fine_tuning",
     "one layer too many frozen: freeze only the layers before index fine_tune_at; that layer itself trains",
     "base_model.layers[:fine_tune_at]",
     "base_model.layers[:fine_tune_at + 1]"),
    ("prepare_fine_tuning",
     "fine_tune_at is ignored and the whole base trains: freeze again every layer before index fine_tune_at",
     "    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n", ""),
    ("prepare_fine_tuning", "the loss expects probabilities: the model outputs logits, so use from_logits=True",
     "SparseCategoricalCrossentropy(from_logits=True)", "SparseCategoricalCrossentropy()"),
]
