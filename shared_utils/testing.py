"""Checks for the public tests that follow each graded function.

Each check raises `PublicTestError` (an AssertionError) with a message that
says what was expected, what came back, and where to look.
"""

from collections.abc import Callable

import numpy as np


class PublicTestError(AssertionError):
    """A graded function returned something other than what the test expects.

    In a notebook it shows as its one line (what was checked, expected, got, a hint), not as a traceback into these
    helpers: IPython shows `_render_traceback_` instead. Errors raised in the learner's own code keep theirs."""

    def _render_traceback_(self) -> list[str]:
        return [f"\x1b[0;31mPublicTestError\x1b[0m: {self}"]


def _not_none(name: str, value) -> None:
    if value is None:
        raise PublicTestError(f"{name}: got None. Replace every None between START and END with your code, and "
                              "check that the function returns its result.")


def check_type(name: str, value, expected_type) -> None:
    if expected_type is not type(None):
        _not_none(name, value)
    if not isinstance(value, expected_type):
        raise PublicTestError(
            f"{name}: expected a {getattr(expected_type, '__name__', expected_type)}, got {type(value).__name__}."
        )


def show(value) -> str:
    """A value as a teacher would write it: 0.25, not np.float64(0.25); arrays as their rows."""
    if isinstance(value, bool | np.bool_):
        return str(bool(value))
    if isinstance(value, int | np.integer):
        return str(int(value))
    if isinstance(value, float | np.floating):
        return f"{float(value):.6g}"
    if isinstance(value, np.ndarray):
        if value.ndim == 0:
            return show(value[()])
        return np.array2string(value, precision=6, threshold=20, separator=", ")
    if isinstance(value, tuple | list) and all(isinstance(v, int | float | np.number) for v in value):
        inner = ", ".join(show(v) for v in value)
        return f"({inner})" if isinstance(value, tuple) else f"[{inner}]"
    return repr(value)


def _shape_hint(actual: tuple, expected: tuple) -> str:
    if actual == expected[::-1]:
        return " It looks transposed: check the order of the matrix product, or a missing or extra .T."
    if not actual and expected:
        return " A single number came back: check for a sum or mean over every axis."
    if int(np.prod(actual)) == int(np.prod(expected)):
        return " The number of entries is right: check the reshape."
    if len(actual) == len(expected) and sum(a != e for a, e in zip(actual, expected, strict=True)) == 1:
        return " One dimension differs: check the axis of a sum, a slice or a concatenation."
    return ""


def check_shape(name: str, value, expected_shape: tuple) -> None:
    _not_none(name, value)
    shape, expected_shape = tuple(np.shape(value)), tuple(expected_shape)
    if shape != expected_shape:
        raise PublicTestError(
            f"{name}: expected shape {expected_shape}, got {shape}.{_shape_hint(shape, expected_shape)}"
        )


def check_dtype(name: str, value, kind: str) -> None:
    """kind is a NumPy dtype kind: 'f' float, 'i' integer, 'b' bool, 'u' unsigned."""
    actual = np.asarray(value).dtype
    if actual.kind != kind:
        raise PublicTestError(f"{name}: expected dtype kind {kind!r}, got {actual}.")


def check_close(name: str, actual, expected, *, rtol: float = 1e-6, atol: float = 1e-8) -> None:
    """Shape check, then an element-wise comparison with the worst entry reported."""
    expected = np.asarray(expected)
    check_shape(name, actual, expected.shape)
    actual = np.asarray(actual, dtype=float)
    if not np.all(np.isfinite(actual)):
        raise PublicTestError(f"{name}: contains NaN or inf. Look for a log of 0 or a division by zero.")
    if not np.allclose(actual, expected, rtol=rtol, atol=atol):
        error = np.abs(actual - expected)
        if error.ndim == 0:
            raise PublicTestError(f"{name}: expected {show(expected)}, got {show(actual)}.")
        worst = np.unravel_index(np.argmax(error), error.shape)
        where = worst[0] if len(worst) == 1 else tuple(int(i) for i in worst)
        raise PublicTestError(
            f"{name}: wrong values. At index {where} expected {show(expected[worst])}, got {show(actual[worst])} "
            f"(largest difference {error.max():.3g}; {np.sum(~np.isclose(actual, expected, rtol=rtol, atol=atol))} "
            f"of {error.size} entries differ)."
        )


def check_equal(name: str, actual, expected) -> None:
    if actual != expected:
        raise PublicTestError(f"{name}: expected {show(expected)}, got {show(actual)}.")


def check_raises(name: str, func: Callable, *args, error=ValueError, **kwargs) -> None:
    """The function must reject bad input with a clear error rather than return a wrong answer."""
    try:
        func(*args, **kwargs)
    except error:
        return
    raise PublicTestError(f"{name}: expected {error.__name__} for bad input, but no error was raised.")


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, eps: float = 1e-6) -> np.ndarray:
    """Central-difference gradient of a scalar function f at x (x is restored afterwards)."""
    x = np.asarray(x, dtype=float)
    grad = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        original = x[index]
        x[index] = original + eps
        plus = f(x)
        x[index] = original - eps
        minus = f(x)
        x[index] = original
        grad[index] = (plus - minus) / (2 * eps)
    return grad


def relative_difference(a, b) -> float:
    """||a - b|| / (||a|| + ||b||), the course's gradient-check measure."""
    a, b = np.ravel(a), np.ravel(b)
    denominator = np.linalg.norm(a) + np.linalg.norm(b)
    return float(np.linalg.norm(a - b) / denominator) if denominator else 0.0


def check_gradient(name: str, analytic, numeric, *, threshold: float = 1e-7) -> None:
    """Compare a hand-written gradient with a numerical (or autodiff) one."""
    check_shape(name, analytic, np.shape(numeric))
    if not np.all(np.isfinite(np.asarray(analytic, dtype=float))):
        raise PublicTestError(f"{name}: contains NaN or inf (a None converted to a number gives NaN).")
    difference = relative_difference(analytic, numeric)
    if not difference <= threshold:  # NaN fails too
        raise PublicTestError(
            f"{name}: relative difference {difference:.2e} from the reference gradient exceeds {threshold:.0e}. "
            "Re-derive this gradient step by step."
        )


BN_EPSILON = 1e-3  # Keras's default for BatchNormalization


def batch_norm_statistics(channels: int) -> list[np.ndarray]:
    """Batch-norm weights for a public test: [gamma, beta, moving mean, moving variance] for `channels` channels.

    Some gamma are negative and beta, mean and variance lie away from 0, 0 and 1, so that the order of batch
    norm and ReLU shows in a layer's output (with fresh weights batch norm only scales, and commutes with ReLU).
    """
    rng = np.random.default_rng(channels)
    gamma, beta = rng.uniform(-1.5, 1.5, channels), rng.normal(0, 0.5, channels)
    mean, variance = rng.normal(0, 0.5, channels), rng.uniform(0.5, 2.0, channels)
    return [a.astype("float32") for a in (gamma, beta, mean, variance)]


def set_batch_norm_statistics(model) -> None:
    """Give every BatchNormalization layer of a Keras model the weights of `batch_norm_statistics`."""
    for layer in model.layers:
        if type(layer).__name__ == "BatchNormalization":
            layer.set_weights(batch_norm_statistics(layer.gamma.shape[0]))


def batch_norm_reference(z, mean=None, variance=None):
    """Batch norm over the last axis with the weights of `batch_norm_statistics`; the moving mean and variance
    unless `mean` and `variance` (a batch's own, in training mode) are given."""
    gamma, beta, moving_mean, moving_variance = batch_norm_statistics(z.shape[-1])
    mean = moving_mean if mean is None else mean
    variance = moving_variance if variance is None else variance
    return (z - mean) / np.sqrt(variance + BN_EPSILON) * gamma + beta
