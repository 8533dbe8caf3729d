"""Wrong versions of the graded functions of C2W3A1."""

_STATS = "mu = np.mean(x, axis=0)\n        var = np.var(x, axis=0)"
_DX = "dx = (N * dx_hat - np.sum(dx_hat, axis=0) - x_hat * np.sum(dx_hat * x_hat, axis=0)) / (N * np.sqrt(var + eps))"

WRONG_VERSIONS = [
    ("batchnorm_forward",
     "mu and var are taken over the units (axis 1); average each unit over the examples, axis=0",
     _STATS, "mu = np.mean(x, axis=1, keepdims=True)\n        var = np.var(x, axis=1, keepdims=True)"),
    ("batchnorm_forward",
     "eps is added outside the square root; normalize by np.sqrt(var + eps)",
     "np.sqrt(var + eps)", "(np.sqrt(var) + eps)"),
    ("batchnorm_forward",
     "the variance divides by N - 1 (ddof=1); batch norm uses the plain variance, dividing by N",
     "var = np.var(x, axis=0)", "var = np.var(x, axis=0, ddof=1)"),
    ("batchnorm_forward",
     "test mode uses the batch's own mean and variance; normalize with running_mean and running_var",
     "(x - running_mean) / np.sqrt(running_var + eps)", "(x - x.mean(axis=0)) / np.sqrt(x.var(axis=0) + eps)"),
    ("batchnorm_backward",
     "dx misses the mean term: also subtract the sum of dx_hat over the examples",
     _DX, "dx = (N * dx_hat - x_hat * np.sum(dx_hat * x_hat, axis=0)) / (N * np.sqrt(var + eps))"),
    ("batchnorm_backward",
     "dx misses the variance term: also subtract x_hat times the sum of dx_hat * x_hat over the examples",
     _DX, "dx = (N * dx_hat - np.sum(dx_hat, axis=0)) / (N * np.sqrt(var + eps))"),
    ("batchnorm_backward",
     "N is the number of units D; it is the number of examples, the rows of dout",
     "N = dout.shape[0]", "N = dout.shape[1]"),
    ("batchnorm_backward",
     "dx_hat is missing gamma: the gradient reaching x_hat is dout * gamma",
     "dx_hat = dout * gamma", "dx_hat = dout"),
]
