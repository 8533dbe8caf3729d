"""Wrong versions of the graded functions of C2W3A2."""

_DRAW_X = '    X = tf.constant(np.random.randn(3, 1), name="X")\n'
_DRAW_W = '    W = tf.constant(np.random.randn(4, 3), name="W")\n'
_W1 = "W1 = tf.Variable(initializer(shape=(25, 784)))"
_INIT = "".join(f"    {name} = tf.Variable(initializer(shape={shape}))\n" for name, shape in [
    ("W1", (25, 784)), ("b1", (25, 1)), ("W2", (12, 25)), ("b2", (12, 1)), ("W3", (10, 12)), ("b3", (10, 1))])
_Z3 = "Z3 = tf.math.add(tf.linalg.matmul(W3, A2), b3)"
_CE = "tf.keras.losses.categorical_crossentropy(tf.transpose(labels), tf.transpose(logits),"

WRONG_VERSIONS = [
    ("linear_function", "the product in the wrong order (X W)", "tf.matmul(W, X)", "tf.matmul(X, W)"),
    ("linear_function", "W drawn before X", _DRAW_X + _DRAW_W, _DRAW_W + _DRAW_X),
    ("linear_function", "b not added", "Y = tf.add(tf.matmul(W, X), b)", "Y = tf.matmul(W, X)"),
    ("sigmoid", "the logits returned (no sigmoid)", "a = tf.keras.activations.sigmoid(z)", "a = z"),
    ("sigmoid", "no cast to float32", "    z = tf.cast(z, tf.float32)\n", ""),
    ("sigmoid", "ReLU instead of the sigmoid", "tf.keras.activations.sigmoid(z)", "tf.keras.activations.relu(z)"),
    ("one_hot_matrix", "a fixed depth of 10", "tf.one_hot(label, C, axis=0)", "tf.one_hot(label, 10, axis=0)"),
    ("one_hot_matrix", "depth C - 1", "tf.one_hot(label, C, axis=0)", "tf.one_hot(label, C - 1, axis=0)"),
    ("one_hot_matrix", "a column (C, 1) instead of a vector", "shape=[C]", "shape=[C, 1]"),
    ("one_hot_matrix", "the wrong axis", "tf.one_hot(label, C, axis=0)", "tf.one_hot(label, C, axis=1)"),
    ("initialize_parameters", "W1 transposed", _W1, "W1 = tf.Variable(initializer(shape=(784, 25)))"),
    ("initialize_parameters", "a standard normal instead of Glorot", _W1,
     "W1 = tf.Variable(tf.random.normal((25, 784), seed=1))"),
    ("initialize_parameters", "Glorot uniform instead of Glorot normal", _W1,
     "W1 = tf.Variable(tf.keras.initializers.GlorotUniform(seed=1)(shape=(25, 784)))"),
    ("initialize_parameters", "zero biases", _INIT,
     _INIT.replace("initializer(shape=(25, 1))", "tf.zeros((25, 1))").replace("initializer(shape=(12, 1))",
                   "tf.zeros((12, 1))").replace("initializer(shape=(10, 1))", "tf.zeros((10, 1))")),
    ("forward_propagation", "ReLU on the last layer", _Z3, f"Z3 = tf.keras.activations.relu({_Z3[5:]})"),
    ("forward_propagation", "softmax on the last layer", _Z3, f"Z3 = tf.keras.activations.softmax({_Z3[5:]}, axis=0)"),
    ("forward_propagation", "no ReLU after the first layer", "tf.linalg.matmul(W2, A1)", "tf.linalg.matmul(W2, Z1)"),
    ("compute_total_loss", "the mean instead of the sum", "tf.reduce_sum(", "tf.reduce_mean("),
    ("compute_total_loss", "from_logits=False", "from_logits=True", "from_logits=False"),
    ("compute_total_loss", "transposes forgotten", _CE, "tf.keras.losses.categorical_crossentropy(labels, logits,"),
    ("compute_total_loss", "labels and logits swapped", _CE,
     "tf.keras.losses.categorical_crossentropy(tf.transpose(logits), tf.transpose(labels),"),
]
