"""Helpers for the Course 2, week 1 notebooks: "Initialization" and "Regularization".

The course hands these to you ready-made, so that each notebook can focus on its
graded functions. They implement a 3-layer fully connected network

    LINEAR -> g -> LINEAR -> g -> LINEAR -> SIGMOID

with g = ReLU (default) or tanh, trained with full-batch gradient descent on a
binary cross-entropy cost, plus the two 2-D datasets the notebooks use.

Conventions (the course's):
- X has shape (n_x, m): one column per example; Y has shape (1, m) with 0/1 labels.
- parameters is a dict {"W1": (n_1, n_0), "b1": (n_1, 1), ..., "W3": (1, n_2), "b3": (1, 1)}.
- forward_propagation returns the cache (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)
  that backward_propagation (and your graded backward functions) unpack.

Random numbers come from NumPy's global random state, so seeding it
(shared_utils.set_seed or np.random.seed) makes every run the same.
"""

import numpy as np
from sklearn.datasets import make_circles

HIDDEN_ACTIVATIONS = ("relu", "tanh")

# ---------------------------------------------------------------------------
# Activations
# ---------------------------------------------------------------------------


def sigmoid(Z):
    """Sigmoid, element-wise; written as exp(-log(1 + exp(-Z))) so it never overflows.

    Arguments:
    Z -- numpy array of any shape

    Returns:
    A -- 1 / (1 + exp(-Z)), same shape as Z
    """
    return np.exp(-np.logaddexp(0.0, -Z))


def relu(Z):
    """ReLU, element-wise: max(0, Z), same shape as Z."""
    return np.maximum(0, Z)


def _hidden(Z, activation):
    if activation == "relu":
        return relu(Z)
    if activation == "tanh":
        return np.tanh(Z)
    raise ValueError(f"activation must be one of {HIDDEN_ACTIVATIONS}; got {activation!r}")


def _hidden_derivative(A, activation):
    """g'(Z) written in terms of A = g(Z)."""
    if activation == "relu":
        return (A > 0).astype(A.dtype)
    return 1.0 - A**2


# ---------------------------------------------------------------------------
# Datasets
# ---------------------------------------------------------------------------


def load_circles_dataset(n_train=300, n_test=100, noise=0.05, seed=1):
    """Two noisy concentric circles (the "Initialization" notebook's data), from sklearn's make_circles.

    Arguments:
    n_train, n_test -- number of training and test points
    noise -- standard deviation of the Gaussian noise added to each point
    seed -- the training set uses seed, the test set seed + 1

    Returns:
    train_X -- (2, n_train) float array
    train_Y -- (1, n_train) int array of 0 (outer circle) / 1 (inner circle)
    test_X -- (2, n_test)
    test_Y -- (1, n_test)
    """
    train_X, train_Y = make_circles(n_samples=n_train, noise=noise, random_state=seed)
    test_X, test_Y = make_circles(n_samples=n_test, noise=noise, random_state=seed + 1)
    return train_X.T, train_Y.reshape(1, -1), test_X.T, test_Y.reshape(1, -1)


def football_boundary(x1):
    """The curve that separates the two teams' zones in the football dataset: x2 = f(x1)."""
    return 0.12 * np.sin(5.5 * x1 + 0.6) + 0.1 * x1


def load_football_dataset(n_train=200, n_test=200, seed=1, label_noise=0.07, band=0.02):
    """Where the goalkeeper's kicks landed on a football pitch (the "Regularization" notebook's data).

    Each point is a position on the pitch (x1 along its length, x2 across it,
    both in roughly [-0.75, 0.75]); the label says which team's player headed the
    ball there: 1 (blue, your team) above a wavy line, 0 (red, the other team)
    below it. Near the line the teams mix (a logistic band of width `band`), and a
    fraction `label_noise` of all points, anywhere on the pitch, were won by the
    wrong team. That noise is what an unregularized network learns by heart.

    Arguments:
    n_train, n_test -- number of training and test points
    seed -- seed of the generator (training and test sets are drawn from it in turn)
    label_noise -- probability that a point's label is flipped
    band -- width of the zone around the line where the two teams mix

    Returns:
    train_X -- (2, n_train) float array
    train_Y -- (1, n_train) int array of 0/1 labels
    test_X -- (2, n_test)
    test_Y -- (1, n_test)
    """
    rng = np.random.default_rng(seed)

    def draw(m):
        X = np.vstack([rng.uniform(-0.75, 0.45, m), rng.uniform(-0.75, 0.75, m)])
        margin = X[1] - football_boundary(X[0])
        Y = (rng.random(m) < 1.0 / (1.0 + np.exp(-margin / band))).astype(np.int64)
        flip = rng.random(m) < label_noise
        Y[flip] = 1 - Y[flip]
        return X, Y.reshape(1, m)

    train_X, train_Y = draw(n_train)
    test_X, test_Y = draw(n_test)
    return train_X, train_Y, test_X, test_Y


# ---------------------------------------------------------------------------
# The 3-layer model
# ---------------------------------------------------------------------------


def validate_layers_dims(layers_dims):
    """Raise ValueError unless layers_dims lists at least two positive integer layer sizes.

    Arguments:
    layers_dims -- list (or tuple) of layer sizes [n_x, n_1, ..., n_L]
    """
    if not isinstance(layers_dims, list | tuple) or len(layers_dims) < 2:
        raise ValueError(
            f"layers_dims must be a list of at least two layer sizes, e.g. [2, 10, 5, 1]; got {layers_dims!r}"
        )
    if not all(isinstance(n, int | np.integer) and not isinstance(n, bool) and n > 0 for n in layers_dims):
        raise ValueError(f"every entry of layers_dims must be a positive integer; got {layers_dims!r}")


def initialize_parameters(layers_dims):
    """Random weights scaled by 1/sqrt(fan-in) and zero biases (the "Regularization" notebook's default).

    Draws from NumPy's global random state, in the order W1, W2, ...

    Arguments:
    layers_dims -- list of layer sizes [n_x, n_1, ..., n_L]

    Returns:
    parameters -- dict with Wl (n_l, n_{l-1}) and bl (n_l, 1) for l = 1..L
    """
    validate_layers_dims(layers_dims)
    parameters = {}
    for layer in range(1, len(layers_dims)):
        parameters[f"W{layer}"] = np.random.randn(layers_dims[layer], layers_dims[layer - 1]) / np.sqrt(
            layers_dims[layer - 1]
        )
        parameters[f"b{layer}"] = np.zeros((layers_dims[layer], 1))
    return parameters


def forward_propagation(X, parameters, activation="relu"):
    """Forward pass LINEAR -> g -> LINEAR -> g -> LINEAR -> SIGMOID.

    Arguments:
    X -- input data, shape (n_x, m)
    parameters -- dict with W1 (n_1, n_x), b1 (n_1, 1), W2 (n_2, n_1), b2 (n_2, 1), W3 (1, n_2), b3 (1, 1)
    activation -- hidden-layer activation g: "relu" or "tanh"

    Returns:
    A3 -- output probabilities, shape (1, m)
    cache -- (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)
    """
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    W3, b3 = parameters["W3"], parameters["b3"]
    if X.ndim != 2 or X.shape[0] != W1.shape[1]:
        raise ValueError(f"X must have shape ({W1.shape[1]}, m) to match W1 {W1.shape}; got {X.shape}")
    Z1 = W1 @ X + b1
    A1 = _hidden(Z1, activation)
    Z2 = W2 @ A1 + b2
    A2 = _hidden(Z2, activation)
    Z3 = W3 @ A2 + b3
    A3 = sigmoid(Z3)
    cache = (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)
    return A3, cache


def compute_cost(A3, Y):
    """Binary cross-entropy, averaged over the m examples.

    Probabilities are clipped to [1e-12, 1 - 1e-12] so that a saturated output
    (exactly 0 or 1, as after a huge initialization) gives a large finite cost, not inf.

    Arguments:
    A3 -- output probabilities, shape (1, m)
    Y -- 0/1 labels, shape (1, m)

    Returns:
    cost -- float
    """
    if np.shape(A3) != np.shape(Y):
        raise ValueError(f"A3 and Y must have the same shape (1, m); got {np.shape(A3)} and {np.shape(Y)}")
    P = np.clip(A3, 1e-12, 1 - 1e-12)
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / m)


def backward_propagation(X, Y, cache, activation="relu"):
    """Backward pass of forward_propagation: gradients of compute_cost.

    Arguments:
    X -- input data, shape (n_x, m)
    Y -- 0/1 labels, shape (1, m)
    cache -- the cache from forward_propagation
    activation -- the hidden-layer activation used in the forward pass

    Returns:
    gradients -- dict with dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 (each the shape of its variable)
    """
    m = X.shape[1]
    (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * _hidden_derivative(A2, activation)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * _hidden_derivative(A1, activation)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}


def update_parameters(parameters, grads, learning_rate):
    """One gradient-descent step: W -= learning_rate * dW and b -= learning_rate * db, for every layer.

    Arguments:
    parameters -- dict of Wl, bl
    grads -- dict with dWl, dbl for every layer of parameters
    learning_rate -- step size

    Returns:
    parameters -- a new dict with the updated arrays (the input dict is not modified)
    """
    return {name: value - learning_rate * grads["d" + name] for name, value in parameters.items()}


def predict(X, parameters, activation="relu"):
    """0/1 predictions of the 3-layer network: 1 where the output probability exceeds 0.5.

    Arguments:
    X -- input data, shape (n_x, m)
    parameters -- trained parameters
    activation -- the hidden-layer activation the network was trained with

    Returns:
    predictions -- int array, shape (1, m)
    """
    A3, _ = forward_propagation(X, parameters, activation)
    return (A3 > 0.5).astype(np.int64)


def accuracy(predictions, Y):
    """Fraction of predictions equal to the labels Y (both shape (1, m))."""
    return float(np.mean(predictions == Y))
