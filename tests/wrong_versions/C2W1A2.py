"""Wrong versions of the graded functions of C2W1A2."""

_SQUARES = "(np.sum(np.square(W1)) + np.sum(np.square(W2)) + np.sum(np.square(W3)))"
_L2 = f"L2_regularization_cost = lambd / (2 * m) * {_SQUARES}"

WRONG_VERSIONS = [
    ("compute_cost_with_regularization", "no 1/m: lambda / 2 times the squares", _L2,
     f"L2_regularization_cost = lambd / 2 * {_SQUARES}"),
    ("compute_cost_with_regularization", "lambda / m, without the 1/2", _L2,
     f"L2_regularization_cost = lambd / m * {_SQUARES}"),
    ("compute_cost_with_regularization", "W3 left out", _L2,
     "L2_regularization_cost = lambd / (2 * m) * (np.sum(np.square(W1)) + np.sum(np.square(W2)))"),
    ("compute_cost_with_regularization", "the biases penalized too", _L2,
     "L2_regularization_cost = lambd / (2 * m) * sum(np.sum(np.square(v)) for v in parameters.values())"),
    ("backward_propagation_with_regularization", "lambda * W without the 1/m",
     "dW3 = 1.0 / m * np.dot(dZ3, A2.T) + lambd / m * W3", "dW3 = 1.0 / m * np.dot(dZ3, A2.T) + lambd * W3"),
    ("backward_propagation_with_regularization", "lambda / (2 m) * W (the cost's factor, not its derivative's)",
     "dW2 = 1.0 / m * np.dot(dZ2, A1.T) + lambd / m * W2",
     "dW2 = 1.0 / m * np.dot(dZ2, A1.T) + lambd / (2 * m) * W2"),
    ("backward_propagation_with_regularization", "the term left out of dW1",
     "dW1 = 1.0 / m * np.dot(dZ1, X.T) + lambd / m * W1", "dW1 = 1.0 / m * np.dot(dZ1, X.T)"),
    ("backward_propagation_with_regularization", "the bias gradient regularized too",
     "db3 = 1.0 / m * np.sum(dZ3, axis=1, keepdims=True)",
     "db3 = 1.0 / m * np.sum(dZ3, axis=1, keepdims=True) + lambd / m * b3"),
    ("forward_propagation_with_dropout", "no division by keep_prob", "    A1 = A1 / keep_prob\n", ""),
    ("forward_propagation_with_dropout", "the mask drawn with > instead of <",
     "D1 = (D1 < keep_prob).astype(int)", "D1 = (D1 > keep_prob).astype(int)"),
    ("forward_propagation_with_dropout", "one mask per unit, shared by all examples",
     "D1 = np.random.rand(A1.shape[0], A1.shape[1])", "D1 = np.random.rand(A1.shape[0], 1)"),
    ("forward_propagation_with_dropout", "dropout applied on the output layer too", "A3 = sigmoid(Z3)",
     "A3 = sigmoid(Z3) * (np.random.rand(1, Z3.shape[1]) < keep_prob) / keep_prob"),
    ("backward_propagation_with_dropout", "no division by keep_prob", "    dA2 = dA2 / keep_prob\n", ""),
    ("backward_propagation_with_dropout", "the mask not applied to dA1", "    dA1 = dA1 * D1\n", ""),
    ("backward_propagation_with_dropout", "a new mask drawn instead of the forward pass's",
     "dA2 = dA2 * D2", "dA2 = dA2 * (np.random.rand(dA2.shape[0], dA2.shape[1]) < keep_prob)"),
    ("backward_propagation_with_dropout", "multiplied by keep_prob instead of divided",
     "dA1 = dA1 / keep_prob", "dA1 = dA1 * keep_prob"),
]
