"""Building blocks of an L-layer neural network, vectorized with NumPy.

These are the functions you wrote in "Building your Deep Neural Network: Step by
Step". The application notebook imports them so that you can assemble whole
models from them.

Conventions (the course's):
- X has shape (n_x, m): one column per example; Y has shape (1, m) with 0/1 labels.
- parameters is a dict {"W1": (n_1, n_0), "b1": (n_1, 1), ..., "WL": ..., "bL": ...}.
- Each layer computes Z = W A_prev + b, then A = g(Z), with g = ReLU for the hidden
  layers and g = sigmoid for the output layer.
"""

import numpy as np

# ---------------------------------------------------------------------------
# Activations and their derivatives
# ---------------------------------------------------------------------------


def sigmoid(Z):
    """Sigmoid activation, element-wise.

    Arguments:
    Z -- numpy array of any shape

    Returns:
    A -- sigmoid(Z), same shape as Z
    cache -- Z, kept for the backward pass
    """
    # Written as exp(-log(1 + exp(-Z))) it never overflows for very negative Z.
    A = np.exp(-np.logaddexp(0.0, -Z))
    return A, Z


def relu(Z):
    """ReLU activation, element-wise.

    Arguments:
    Z -- numpy array of any shape

    Returns:
    A -- max(0, Z), same shape as Z
    cache -- Z, kept for the backward pass
    """
    A = np.maximum(0, Z)
    return A, Z


def relu_backward(dA, cache):
    """Backward pass through a ReLU unit.

    Arguments:
    dA -- gradient of the cost with respect to the activation A, any shape
    cache -- Z from the forward pass, same shape as dA

    Returns:
    dZ -- gradient of the cost with respect to Z: dA where Z > 0, 0 elsewhere
    """
    Z = cache
    return np.where(Z > 0, dA, 0.0)


def sigmoid_backward(dA, cache):
    """Backward pass through a sigmoid unit.

    Arguments:
    dA -- gradient of the cost with respect to the activation A, any shape
    cache -- Z from the forward pass, same shape as dA

    Returns:
    dZ -- gradient of the cost with respect to Z: dA * s * (1 - s) with s = sigmoid(Z)
    """
    s, _ = sigmoid(cache)
    return dA * s * (1 - s)


# ---------------------------------------------------------------------------
# Initialization
# ---------------------------------------------------------------------------


def initialize_parameters(n_x, n_h, n_y):
    """Small random weights and zero biases for LINEAR -> RELU -> LINEAR -> SIGMOID.

    Draws from NumPy's global random state (seed it with np.random.seed for
    reproducible weights), in the order W1, W2.

    Arguments:
    n_x -- size of the input layer
    n_h -- size of the hidden layer
    n_y -- size of the output layer

    Returns:
    parameters -- dict with W1 (n_h, n_x), b1 (n_h, 1), W2 (n_y, n_h), b2 (n_y, 1)
    """
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def initialize_parameters_deep(layer_dims):
    """Random weights scaled by 1/sqrt(fan-in) and zero biases for an L-layer network.

    Scaling each W[l] by 1/sqrt(n[l-1]) keeps the pre-activations of every
    layer of the same order as its inputs, so a deep network starts to learn
    right away (lecture "Weight initialization for deep networks"; Course 2
    covers it in detail). Draws from NumPy's global random state, layer by layer.

    Arguments:
    layer_dims -- list of layer sizes [n_0 (= n_x), n_1, ..., n_L]

    Returns:
    parameters -- dict with Wl (n_l, n_{l-1}) and bl (n_l, 1) for l = 1..L
    """
    parameters = {}
    for layer in range(1, len(layer_dims)):
        fan_in = layer_dims[layer - 1]
        parameters[f"W{layer}"] = np.random.randn(layer_dims[layer], fan_in) / np.sqrt(fan_in)
        parameters[f"b{layer}"] = np.zeros((layer_dims[layer], 1))
    return parameters


# ---------------------------------------------------------------------------
# Forward propagation
# ---------------------------------------------------------------------------


def linear_forward(A, W, b):
    """Linear part of a layer's forward pass: Z = W A + b.

    Arguments:
    A -- activations of the previous layer (or X), shape (n_prev, m)
    W -- weights, shape (n, n_prev)
    b -- bias, shape (n, 1)

    Returns:
    Z -- pre-activation, shape (n, m)
    cache -- (A, W, b), kept for the backward pass
    """
    Z = W @ A + b
    return Z, (A, W, b)


def linear_activation_forward(A_prev, W, b, activation):
    """Forward pass of one LINEAR -> ACTIVATION layer.

    Arguments:
    A_prev -- activations of the previous layer (or X), shape (n_prev, m)
    W -- weights, shape (n, n_prev)
    b -- bias, shape (n, 1)
    activation -- "sigmoid" or "relu"

    Returns:
    A -- post-activation, shape (n, m)
    cache -- (linear_cache, activation_cache), kept for the backward pass
    """
    activations = {"sigmoid": sigmoid, "relu": relu}
    if activation not in activations:
        raise ValueError(f"activation must be 'sigmoid' or 'relu'; got {activation!r}.")
    Z, linear_cache = linear_forward(A_prev, W, b)
    A, activation_cache = activations[activation](Z)
    return A, (linear_cache, activation_cache)


def L_model_forward(X, parameters):
    """Forward pass of [LINEAR -> RELU] * (L-1) -> LINEAR -> SIGMOID.

    Arguments:
    X -- input data, shape (n_x, m)
    parameters -- dict from initialize_parameters_deep (or initialize_parameters)

    Returns:
    AL -- output probabilities, shape (1, m)
    caches -- list of the L caches of linear_activation_forward, layer 1 first
    """
    caches = []
    A = X
    L = len(parameters) // 2
    for layer in range(1, L):
        A, cache = linear_activation_forward(A, parameters[f"W{layer}"], parameters[f"b{layer}"], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters[f"W{L}"], parameters[f"b{L}"], "sigmoid")
    caches.append(cache)
    return AL, caches


def compute_cost(AL, Y):
    """Cross-entropy cost J = -(1/m) sum(y log(a) + (1 - y) log(1 - a)).

    Arguments:
    AL -- predicted probabilities, shape (1, m)
    Y -- true labels 0/1, shape (1, m)

    Returns:
    cost -- the cost as a Python float
    """
    m = Y.shape[1]
    cost = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    return float(cost)


# ---------------------------------------------------------------------------
# Backward propagation
# ---------------------------------------------------------------------------


def linear_backward(dZ, cache):
    """Linear part of a layer's backward pass.

    Arguments:
    dZ -- gradient of the cost with respect to Z of this layer, shape (n, m)
    cache -- (A_prev, W, b) from linear_forward

    Returns:
    dA_prev -- gradient with respect to A_prev, shape (n_prev, m)
    dW -- gradient with respect to W, shape (n, n_prev)
    db -- gradient with respect to b, shape (n, 1)
    """
    A_prev, W, _ = cache
    m = A_prev.shape[1]
    dW = dZ @ A_prev.T / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = W.T @ dZ
    return dA_prev, dW, db


def linear_activation_backward(dA, cache, activation):
    """Backward pass of one LINEAR -> ACTIVATION layer.

    Arguments:
    dA -- gradient of the cost with respect to this layer's activation, shape (n, m)
    cache -- (linear_cache, activation_cache) from linear_activation_forward
    activation -- "sigmoid" or "relu"

    Returns:
    dA_prev -- gradient with respect to the previous activation, shape (n_prev, m)
    dW -- gradient with respect to W, shape (n, n_prev)
    db -- gradient with respect to b, shape (n, 1)
    """
    backwards = {"sigmoid": sigmoid_backward, "relu": relu_backward}
    if activation not in backwards:
        raise ValueError(f"activation must be 'sigmoid' or 'relu'; got {activation!r}.")
    linear_cache, activation_cache = cache
    dZ = backwards[activation](dA, activation_cache)
    return linear_backward(dZ, linear_cache)


def L_model_backward(AL, Y, caches):
    """Backward pass of [LINEAR -> RELU] * (L-1) -> LINEAR -> SIGMOID.

    Arguments:
    AL -- output probabilities from L_model_forward, shape (1, m)
    Y -- true labels 0/1, shape (1, m)
    caches -- list of caches from L_model_forward

    Returns:
    grads -- dict with dA{l-1}, dW{l} and db{l} for l = 1..L
    """
    grads = {}
    L = len(caches)
    Y = Y.reshape(AL.shape)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    grads[f"dA{L - 1}"], grads[f"dW{L}"], grads[f"db{L}"] = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    for layer in range(L - 1, 0, -1):
        dA_prev, dW, db = linear_activation_backward(grads[f"dA{layer}"], caches[layer - 1], "relu")
        grads[f"dA{layer - 1}"], grads[f"dW{layer}"], grads[f"db{layer}"] = dA_prev, dW, db
    return grads


# ---------------------------------------------------------------------------
# Update and prediction
# ---------------------------------------------------------------------------


def update_parameters(parameters, grads, learning_rate):
    """One gradient-descent step: W = W - alpha dW, b = b - alpha db for every layer.

    Arguments:
    parameters -- dict of Wl, bl
    grads -- dict with dWl, dbl (from L_model_backward)
    learning_rate -- alpha, a positive float

    Returns:
    parameters -- a new dict with the updated Wl, bl (the input dict is not modified)
    """
    L = len(parameters) // 2
    updated = {}
    for layer in range(1, L + 1):
        updated[f"W{layer}"] = parameters[f"W{layer}"] - learning_rate * grads[f"dW{layer}"]
        updated[f"b{layer}"] = parameters[f"b{layer}"] - learning_rate * grads[f"db{layer}"]
    return updated


def predict(X, y, parameters):
    """Predict 0/1 labels with an L-layer network (threshold 0.5 on its output).

    Arguments:
    X -- input data, shape (n_x, m)
    y -- true labels, shape (1, m), or None; when given, the accuracy is printed
    parameters -- dict of Wl, bl of a trained model

    Returns:
    p -- predictions 0/1 (int), shape (1, m)
    """
    probas, _ = L_model_forward(X, parameters)
    p = (probas > 0.5).astype(int)
    if y is not None:
        print(f"Accuracy: {np.mean(p == y):.3f}")
    return p
