"""Wrong versions of the graded functions of C2W1A1."""

_ZEROS_W = 'parameters[f"W{layer}"] = np.zeros((layers_dims[layer], layers_dims[layer - 1]))'
_ZEROS_B = 'parameters[f"b{layer}"] = np.zeros((layers_dims[layer], 1))'
_RANDOM_W = 'parameters[f"W{layer}"] = np.random.randn(layers_dims[layer], layers_dims[layer - 1]) * 10'
_HE_W = 'parameters[f"W{layer}"] = np.random.randn(layers_dims[layer], fan_in) * np.sqrt(2 / fan_in)'

WRONG_VERSIONS = [
    ("initialize_parameters_zeros", "W has shape (n_{l-1}, n_l); it must be (n_l, n_{l-1}): a row per unit of layer l",
     _ZEROS_W, 'parameters[f"W{layer}"] = np.zeros((layers_dims[layer - 1], layers_dims[layer]))'),
    ("initialize_parameters_zeros", "b is a 1-D vector (n_l,); make it a column of shape (n_l, 1)", _ZEROS_B,
     'parameters[f"b{layer}"] = np.zeros(layers_dims[layer])'),
    ("initialize_parameters_zeros", "W holds integer zeros (dtype=int); use np.zeros' default float dtype", _ZEROS_W,
     'parameters[f"W{layer}"] = np.zeros((layers_dims[layer], layers_dims[layer - 1]), dtype=int)'),
    ("initialize_parameters_zeros", "W is (n_l, n_l); its second dimension is the previous layer's size, n_{l-1}",
     _ZEROS_W, 'parameters[f"W{layer}"] = np.zeros((layers_dims[layer], layers_dims[layer]))'),
    ("initialize_parameters_random", "W is missing the * 10: this exercise multiplies the standard normal draws by 10",
     _RANDOM_W, 'parameters[f"W{layer}"] = np.random.randn(layers_dims[layer], layers_dims[layer - 1])'),
    ("initialize_parameters_random", "np.random.rand draws uniform values in [0, 1); use np.random.randn, the standard "
     "normal", _RANDOM_W, 'parameters[f"W{layer}"] = np.random.rand(layers_dims[layer], layers_dims[layer - 1]) * 10'),
    ("initialize_parameters_random", "W is scaled by 0.01 (Course 1's small start); here draws are multiplied by 10",
     _RANDOM_W, 'parameters[f"W{layer}"] = np.random.randn(layers_dims[layer], layers_dims[layer - 1]) * 0.01'),
    ("initialize_parameters_random", "the biases are random too; only W is random, keep every b at zeros",
     'parameters[f"b{layer}"] = np.zeros((layers_dims[layer], 1))',
     'parameters[f"b{layer}"] = np.random.randn(layers_dims[layer], 1) * 10'),
    ("initialize_parameters_he", "W is scaled by sqrt(1 / fan_in) (Xavier); He uses sqrt(2 / fan_in)", _HE_W,
     'parameters[f"W{layer}"] = np.random.randn(layers_dims[layer], fan_in) * np.sqrt(1 / fan_in)'),
    ("initialize_parameters_he", "fan_in is this layer's size n_l; it is the previous layer's size, n_{l-1}",
     "fan_in = layers_dims[layer - 1]", "fan_in = layers_dims[layer]"),
    ("initialize_parameters_he", "W is scaled by the variance 2 / fan_in; the scale is its square root, "
     "sqrt(2 / fan_in)", _HE_W,
     'parameters[f"W{layer}"] = np.random.randn(layers_dims[layer], fan_in) * (2 / fan_in)'),
    ("initialize_parameters_he", "W is scaled by sqrt(2) / fan_in; the square root covers the whole ratio: "
     "sqrt(2 / fan_in)", _HE_W,
     'parameters[f"W{layer}"] = np.random.randn(layers_dims[layer], fan_in) * np.sqrt(2) / fan_in'),
]
