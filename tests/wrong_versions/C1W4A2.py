"""Wrong versions of the graded functions of C1W4A2."""

_FORWARD_2 = ('A1, cache1 = linear_activation_forward(X, W1, b1, activation="relu")\n'
              '        # Output layer: LINEAR -> SIGMOID on A1, with W2 and b2\n'
              '        A2, cache2 = linear_activation_forward(A1, W2, b2, activation="sigmoid")')
_UPDATE = "parameters = update_parameters(parameters, grads, learning_rate)"

WRONG_VERSIONS = [
    ("two_layer_model", "the step size 0.0075 is written in; pass the learning_rate argument on to update_parameters",
     _UPDATE,
     "parameters = update_parameters(parameters, grads, 0.0075)"),
    ("two_layer_model", "the result of update_parameters is thrown away; assign it back to parameters", _UPDATE,
     "update_parameters(parameters, grads, learning_rate)"),
    ("two_layer_model", "ReLU and sigmoid are swapped: the hidden layer uses relu, the output layer sigmoid",
     _FORWARD_2,
     _FORWARD_2.replace('"relu"', '"tmp"').replace('"sigmoid"', '"relu"').replace('"tmp"', '"sigmoid"')),
    ("two_layer_model",
     "initialize_parameters_deep scales the weights by 1/sqrt(n); the 2-layer model uses initialize_parameters",
     "parameters = initialize_parameters(n_x, n_h, n_y)", "parameters = initialize_parameters_deep([n_x, n_h, n_y])"),
    ("two_layer_model",
     "the output layer's backward pass uses relu; it must use sigmoid, the output layer's activation",
     'linear_activation_backward(dA2, cache2, activation="sigmoid")',
     'linear_activation_backward(dA2, cache2, activation="relu")'),
    ("L_layer_model", "the step size 0.0075 is written in; pass the learning_rate argument on to update_parameters",
     _UPDATE,
     "parameters = update_parameters(parameters, grads, 0.0075)"),
    ("L_layer_model", "the result of update_parameters is thrown away; assign it back to parameters", _UPDATE,
     "update_parameters(parameters, grads, learning_rate)"),
    ("L_layer_model",
     "initialize_parameters makes only 2 layers; use initialize_parameters_deep with the whole layers_dims",
     "parameters = initialize_parameters_deep(layers_dims)",
     "parameters = initialize_parameters(layers_dims[0], layers_dims[1], layers_dims[-1])"),
    ("L_layer_model", "the output layer is cut from layers_dims; pass the whole list to initialize_parameters_deep",
     "parameters = initialize_parameters_deep(layers_dims)",
     "parameters = initialize_parameters_deep(layers_dims[:-1])"),
    ("L_layer_model", "AL and Y are swapped; L_model_backward takes the predictions AL first, then the labels Y",
     "grads = L_model_backward(AL, Y, caches)",
     "grads = L_model_backward(Y, AL, caches)"),
]
