"""Wrong versions of the graded functions of C2W3A1."""

_STATS = "mu = np.mean(x, axis=0)\n        var = np.var(x, axis=0)"
_DX = "dx = (N * dx_hat - np.sum(dx_hat, axis=0) - x_hat * np.sum(dx_hat * x_hat, axis=0)) / (N * np.sqrt(var + eps))"

WRONG_VERSIONS = [
    ("batchnorm_forward", "statistics over the units (axis 1) instead of the examples", _STATS,
     "mu = np.mean(x, axis=1, keepdims=True)\n        var = np.var(x, axis=1, keepdims=True)"),
    ("batchnorm_forward", "epsilon outside the square root", "np.sqrt(var + eps)", "(np.sqrt(var) + eps)"),
    ("batchnorm_forward", "unbiased variance (divides by N - 1)", "var = np.var(x, axis=0)",
     "var = np.var(x, axis=0, ddof=1)"),
    ("batchnorm_forward", "test mode normalizes with the batch's own statistics",
     "(x - running_mean) / np.sqrt(running_var + eps)", "(x - x.mean(axis=0)) / np.sqrt(x.var(axis=0) + eps)"),
    ("batchnorm_backward", "the mean term missing", _DX,
     "dx = (N * dx_hat - x_hat * np.sum(dx_hat * x_hat, axis=0)) / (N * np.sqrt(var + eps))"),
    ("batchnorm_backward", "the variance term missing", _DX,
     "dx = (N * dx_hat - np.sum(dx_hat, axis=0)) / (N * np.sqrt(var + eps))"),
    ("batchnorm_backward", "m taken as the number of units D", "N = dout.shape[0]", "N = dout.shape[1]"),
    ("batchnorm_backward", "gamma left out of dx_hat", "dx_hat = dout * gamma", "dx_hat = dout"),
]
