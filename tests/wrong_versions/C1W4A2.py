"""Wrong versions of the graded functions of C1W4A2."""

_FORWARD_2 = ('A1, cache1 = linear_activation_forward(X, W1, b1, activation="relu")\n'
              '        A2, cache2 = linear_activation_forward(A1, W2, b2, activation="sigmoid")')
_UPDATE = "parameters = update_parameters(parameters, grads, learning_rate)"

WRONG_VERSIONS = [
    ("two_layer_model", "the learning rate ignored (the course's 0.0075 written in)", _UPDATE,
     "parameters = update_parameters(parameters, grads, 0.0075)"),
    ("two_layer_model", "the parameters not updated (the updated copy thrown away)", _UPDATE,
     "update_parameters(parameters, grads, learning_rate)"),
    ("two_layer_model", "ReLU and sigmoid swapped in the forward pass", _FORWARD_2,
     _FORWARD_2.replace('"relu"', '"tmp"').replace('"sigmoid"', '"relu"').replace('"tmp"', '"sigmoid"')),
    ("two_layer_model", "the deep initialization (1/sqrt(n) scale) instead of initialize_parameters",
     "parameters = initialize_parameters(n_x, n_h, n_y)", "parameters = initialize_parameters_deep([n_x, n_h, n_y])"),
    ("two_layer_model", "the output layer's backward pass through ReLU instead of sigmoid",
     'linear_activation_backward(dA2, cache2, activation="sigmoid")',
     'linear_activation_backward(dA2, cache2, activation="relu")'),
    ("L_layer_model", "the learning rate ignored (the course's 0.0075 written in)", _UPDATE,
     "parameters = update_parameters(parameters, grads, 0.0075)"),
    ("L_layer_model", "the parameters not updated (the updated copy thrown away)", _UPDATE,
     "update_parameters(parameters, grads, learning_rate)"),
    ("L_layer_model", "the 2-layer initialization with the first and last sizes",
     "parameters = initialize_parameters_deep(layers_dims)",
     "parameters = initialize_parameters(layers_dims[0], layers_dims[1], layers_dims[-1])"),
    ("L_layer_model", "the output layer left out of layers_dims",
     "parameters = initialize_parameters_deep(layers_dims)",
     "parameters = initialize_parameters_deep(layers_dims[:-1])"),
    ("L_layer_model", "AL and Y swapped in the backward pass", "grads = L_model_backward(AL, Y, caches)",
     "grads = L_model_backward(Y, AL, caches)"),
]
