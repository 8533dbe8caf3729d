"""Wrong versions of the graded functions of C2W1A1."""

_ZEROS_W = 'parameters[f"W{layer}"] = np.zeros((layers_dims[layer], layers_dims[layer - 1]))'
_ZEROS_B = 'parameters[f"b{layer}"] = np.zeros((layers_dims[layer], 1))'
_RANDOM_W = 'parameters[f"W{layer}"] = np.random.randn(layers_dims[layer], layers_dims[layer - 1]) * 10'
_HE_W = 'parameters[f"W{layer}"] = np.random.randn(layers_dims[layer], fan_in) * np.sqrt(2 / fan_in)'

WRONG_VERSIONS = [
    ("initialize_parameters_zeros", "W transposed (n_{l-1}, n_l)", _ZEROS_W,
     'parameters[f"W{layer}"] = np.zeros((layers_dims[layer - 1], layers_dims[layer]))'),
    ("initialize_parameters_zeros", "b a 1-D vector (n_l,)", _ZEROS_B,
     'parameters[f"b{layer}"] = np.zeros(layers_dims[layer])'),
    ("initialize_parameters_zeros", "integer zeros", _ZEROS_W,
     'parameters[f"W{layer}"] = np.zeros((layers_dims[layer], layers_dims[layer - 1]), dtype=int)'),
    ("initialize_parameters_zeros", "the layer's own size as fan-in", _ZEROS_W,
     'parameters[f"W{layer}"] = np.zeros((layers_dims[layer], layers_dims[layer]))'),
    ("initialize_parameters_random", "without the course's * 10", _RANDOM_W,
     'parameters[f"W{layer}"] = np.random.randn(layers_dims[layer], layers_dims[layer - 1])'),
    ("initialize_parameters_random", "uniform np.random.rand instead of the normal randn", _RANDOM_W,
     'parameters[f"W{layer}"] = np.random.rand(layers_dims[layer], layers_dims[layer - 1]) * 10'),
    ("initialize_parameters_random", "Course 1's * 0.01", _RANDOM_W,
     'parameters[f"W{layer}"] = np.random.randn(layers_dims[layer], layers_dims[layer - 1]) * 0.01'),
    ("initialize_parameters_random", "random biases too", 'parameters[f"b{layer}"] = np.zeros((layers_dims[layer], 1))',
     'parameters[f"b{layer}"] = np.random.randn(layers_dims[layer], 1) * 10'),
    ("initialize_parameters_he", "Xavier's sqrt(1 / fan-in)", _HE_W,
     'parameters[f"W{layer}"] = np.random.randn(layers_dims[layer], fan_in) * np.sqrt(1 / fan_in)'),
    ("initialize_parameters_he", "the wrong layer's size as fan-in (n_l, not n_{l-1})",
     "fan_in = layers_dims[layer - 1]", "fan_in = layers_dims[layer]"),
    ("initialize_parameters_he", "the variance 2 / fan-in as the scale (no square root)", _HE_W,
     'parameters[f"W{layer}"] = np.random.randn(layers_dims[layer], fan_in) * (2 / fan_in)'),
    ("initialize_parameters_he", "sqrt(2) / fan-in", _HE_W,
     'parameters[f"W{layer}"] = np.random.randn(layers_dims[layer], fan_in) * np.sqrt(2) / fan_in'),
]
