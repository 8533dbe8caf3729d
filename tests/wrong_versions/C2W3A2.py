"""Wrong versions of the graded functions of C2W3A2."""

_DRAW_X = '    X = tf.constant(np.random.randn(3, 1), name="X")\n'
_DRAW_W = '    W = tf.constant(np.random.randn(4, 3), name="W")\n'
_W1 = "W1 = tf.Variable(initializer(shape=(25, 784)))"
_LAYER_COMMENT = {
    "W1": "# Layer 1: W1 (25, 784) and b1 (25, 1), each a tf.Variable holding a draw of the initializer",
    "W2": "# Layer 2: W2 (12, 25) and b2 (12, 1), drawn the same way",
    "W3": "# Layer 3: W3 (10, 12) and b3 (10, 1)",
}
_INIT = "".join((f"    {_LAYER_COMMENT[name]}\n" if name in _LAYER_COMMENT else "")
                + f"    {name} = tf.Variable(initializer(shape={shape}))\n" for name, shape in [
    ("W1", (25, 784)), ("b1", (25, 1)), ("W2", (12, 25)), ("b2", (12, 1)), ("W3", (10, 12)), ("b3", (10, 1))])
_Z3 = "Z3 = tf.math.add(tf.linalg.matmul(W3, A2), b3)"
_CE = "tf.keras.losses.categorical_crossentropy(tf.transpose(labels), tf.transpose(logits),"

WRONG_VERSIONS = [
    ("linear_function",
     "the product is X W; the linear function is W X: tf.matmul(W, X)",
     "tf.matmul(W, X)", "tf.matmul(X, W)"),
    ("linear_function",
     "W is drawn before X; after np.random.seed(1) draw X first, then W, then b",
     _DRAW_X + _DRAW_W, _DRAW_W + _DRAW_X),
    ("linear_function",
     "b is not added: Y = W X + b, add b with tf.add",
     "Y = tf.add(tf.matmul(W, X), b)", "Y = tf.matmul(W, X)"),
    ("sigmoid",
     "z is returned as it is; apply the sigmoid, tf.keras.activations.sigmoid(z)",
     "a = tf.keras.activations.sigmoid(z)", "a = z"),
    ("sigmoid",
     "z is not cast to float32 first; cast it with tf.cast(z, tf.float32) before the sigmoid",
     "    z = tf.cast(z, tf.float32)\n", ""),
    ("sigmoid",
     "this is the ReLU; use the sigmoid activation, tf.keras.activations.sigmoid",
     "tf.keras.activations.sigmoid(z)", "tf.keras.activations.relu(z)"),
    ("one_hot_matrix",
     "the depth is fixed at 10; use the number of classes C",
     "tf.one_hot(label, C, axis=0)", "tf.one_hot(label, 10, axis=0)"),
    ("one_hot_matrix",
     "the depth is C - 1; labels 0 to C - 1 need C entries, depth C",
     "tf.one_hot(label, C, axis=0)", "tf.one_hot(label, C - 1, axis=0)"),
    ("one_hot_matrix",
     "the result is a column (C, 1); reshape it to a vector of shape (C,)",
     "shape=[C]", "shape=[C, 1]"),
    ("one_hot_matrix",
     "the one-hot runs along axis 1; encode along axis 0, tf.one_hot(label, C, axis=0)",
     "tf.one_hot(label, C, axis=0)", "tf.one_hot(label, C, axis=1)"),
    ("initialize_parameters",
     "W1 has shape (784, 25); it is (25, 784): one row per unit of layer 1",
     _W1, "W1 = tf.Variable(initializer(shape=(784, 25)))"),
    ("initialize_parameters",
     "W1 is a standard normal draw; draw every parameter with the GlorotNormal initializer",
     _W1, "W1 = tf.Variable(tf.random.normal((25, 784), seed=1))"),
    ("initialize_parameters",
     "W1 comes from GlorotUniform; use the initializer given, tf.keras.initializers.GlorotNormal",
     _W1, "W1 = tf.Variable(tf.keras.initializers.GlorotUniform(seed=1)(shape=(25, 784)))"),
    ("initialize_parameters",
     "the biases are zeros; as in the course, draw them with the initializer too",
     _INIT, _INIT.replace("initializer(shape=(25, 1))", "tf.zeros((25, 1))").replace(
         "initializer(shape=(12, 1))", "tf.zeros((12, 1))").replace("initializer(shape=(10, 1))", "tf.zeros((10, 1))")),
    ("forward_propagation",
     "Z3 goes through a ReLU; the last layer returns the plain logits, with no activation",
     _Z3, f"Z3 = tf.keras.activations.relu({_Z3[5:]})"),
    ("forward_propagation",
     "Z3 goes through a softmax; return the logits, the loss applies the softmax itself",
     _Z3, f"Z3 = tf.keras.activations.softmax({_Z3[5:]}, axis=0)"),
    ("forward_propagation",
     "Z2 is computed from Z1; layer 2 takes the ReLU activations A1 as input",
     "tf.linalg.matmul(W2, A1)", "tf.linalg.matmul(W2, Z1)"),
    ("compute_total_loss",
     "the loss is the mean over the mini-batch; return the total, tf.reduce_sum",
     "tf.reduce_sum(", "tf.reduce_mean("),
    ("compute_total_loss",
     "from_logits=False treats the logits as probabilities; pass from_logits=True",
     "from_logits=True", "from_logits=False"),
    ("compute_total_loss",
     "labels and logits are not transposed; the loss wants one example per row: tf.transpose both",
     _CE, "tf.keras.losses.categorical_crossentropy(labels, logits,"),
    ("compute_total_loss",
     "labels and logits are swapped; categorical_crossentropy takes the labels first, then the logits",
     _CE, "tf.keras.losses.categorical_crossentropy(tf.transpose(logits), tf.transpose(labels),"),
]
