"""Wrong versions of graded functions that a learner plausibly writes; each must fail its public test.

Each entry is (function, the mistake, text of the solution's graded cell, what the learner wrote instead).
tests/test_wrong_versions.py grades every one against the course notebook, so a public test that lets one
pass fails the suite (as the exercise copies, with every solution removed, must fail too).
"""

_NORM = "layers.BatchNormalization(axis=3, momentum=0.9)(X, training=training)"
_RELU = 'layers.Activation("relu")(X)'
_BN, _RELU_FIRST = f"{_NORM}\n    X = {_RELU}", f"{_RELU}\n    X = {_NORM}"

WRONG_VERSIONS = {
    "C4W2A1": [
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
    ],
}

WRONG_VERSIONS["C4W2A2"] = [
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

WRONG_VERSIONS["C4W2A3"] = [
    ("transfer_model", "the base called without training=False", "x = base_model(x, training=False)",
     "x = base_model(x)"),
    ("transfer_model", "no dropout before the head", "    x = keras.layers.Dropout(0.2)(x)\n", ""),
    ("transfer_model", "the base left trainable", "    base_model.trainable = False\n", ""),
    ("transfer_model", "no data augmentation", "x = data_augmentation(inputs)", "x = inputs"),
]

WRONG_VERSIONS["C1W2A2"] = [
    ("model", "the learning rate not passed on (optimize's default used)",
     "optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)",
     "optimize(w, b, X_train, Y_train, num_iterations, print_cost=print_cost)"),
    ("model", "the number of iterations not passed on",
     "optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)",
     "optimize(w, b, X_train, Y_train, learning_rate=learning_rate, print_cost=print_cost)"),
    ("model", "train and test predictions swapped",
     "    Y_prediction_test = predict(w, b, X_test)\n    Y_prediction_train = predict(w, b, X_train)",
     "    Y_prediction_test = predict(w, b, X_train)\n    Y_prediction_train = predict(w, b, X_test)"),
]

WRONG_VERSIONS["C2W1A3"] = [
    ("gradient_check_n", "a one-sided difference",
     "gradapprox[i] = (J_plus[i] - J_minus[i]) / (2 * epsilon)",
     "gradapprox[i] = (J_plus[i] - forward_propagation_n(X, Y, vector_to_dictionary(parameters_values, layout))[0])"
     " / epsilon"),
    ("gradient_check_n", "the difference divided by epsilon, not 2 epsilon",
     "gradapprox[i] = (J_plus[i] - J_minus[i]) / (2 * epsilon)", "gradapprox[i] = (J_plus[i] - J_minus[i]) / epsilon"),
    ("gradient_check_n", "no normalization (the numerator alone)", "difference = numerator / denominator",
     "difference = numerator"),
    ("gradient_check_n", "both perturbations on the same copy (theta_minus = theta_plus - epsilon)",
     "        theta_minus = np.copy(parameters_values)\n", "        theta_minus = theta_plus\n"),
]
