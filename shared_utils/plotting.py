"""Plots that several notebooks draw."""

from collections.abc import Callable, Sequence

import matplotlib.pyplot as plt
import numpy as np


def plot_decision_boundary(predict: Callable[[np.ndarray], np.ndarray], X: np.ndarray, y: np.ndarray,
                           ax=None, title: str | None = None, resolution: int = 300):
    """Shade the class predict() gives each point of the plane; X is (2, m), y is (1, m) or (m,)."""
    ax = ax or plt.gca()
    pad = 0.5
    x_min, x_max = X[0].min() - pad, X[0].max() + pad
    y_min, y_max = X[1].min() - pad, X[1].max() + pad
    xx, yy = np.meshgrid(np.linspace(x_min, x_max, resolution), np.linspace(y_min, y_max, resolution))
    grid = np.c_[xx.ravel(), yy.ravel()].T
    zz = np.asarray(predict(grid)).reshape(xx.shape)
    ax.contourf(xx, yy, zz, cmap=plt.cm.Spectral, alpha=0.8)
    ax.scatter(X[0], X[1], c=np.ravel(y), cmap=plt.cm.Spectral, edgecolors="k", s=20)
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    if title:
        ax.set_title(title)
    return ax


def plot_costs(costs: dict[str, Sequence[float]] | Sequence[float], every: int = 1, ax=None,
               title: str = "Training cost", ylabel: str = "cost", log_y: bool = False):
    """Plot one cost curve, or several labelled ones, recorded every `every` iterations."""
    ax = ax or plt.gca()
    curves = costs if isinstance(costs, dict) else {"": costs}
    for label, values in curves.items():
        ax.plot(np.arange(len(values)) * every, values, label=label or None)
    ax.set_xlabel(f"iteration (recorded every {every})" if every > 1 else "iteration")
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    if log_y:
        ax.set_yscale("log")
    if isinstance(costs, dict):
        ax.legend()
    return ax


def show_images(images: np.ndarray, titles: Sequence[str] | None = None, ncols: int = 8,
                cmap: str | None = "gray", size: float = 1.5):
    """Show a grid of images (n, h, w) or (n, h, w, c) with optional titles."""
    n = len(images)
    nrows = int(np.ceil(n / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(size * ncols, size * nrows * 1.15), squeeze=False)
    for i, ax in enumerate(axes.flat):
        ax.axis("off")
        if i < n:
            ax.imshow(images[i], cmap=cmap if np.ndim(images[i]) == 2 else None)
            if titles is not None:
                ax.set_title(titles[i], fontsize=8)
    fig.tight_layout()
    return fig


def plot_history(history, title: str, metrics: Sequence[str] = ("accuracy",), validation_label: str = "test"):
    """Train and validation curves of a Keras History, one panel per metric, against the epoch."""
    fig, axes = plt.subplots(1, len(metrics), figsize=(5.5 * len(metrics), 3.8), squeeze=False)
    epochs = np.asarray(history.epoch) + 1
    for ax, metric in zip(axes[0], metrics, strict=True):
        ax.plot(epochs, history.history[metric], marker="o", label="train")
        if f"val_{metric}" in history.history:
            ax.plot(epochs, history.history[f"val_{metric}"], marker="o", label=validation_label)
        ax.set_xlabel("epoch")
        ax.set_ylabel(metric)
        ax.legend()
    fig.suptitle(title)
    fig.tight_layout()
    return fig
