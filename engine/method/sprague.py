"""Sprague multipliers: split 5-year age groups into single ages (docs/rap-method.md section 8)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

# Rows: the five single ages of a group; columns: the five groups used.
FIRST = np.array(
    [
        [0.3616, -0.2768, 0.1488, -0.0336, 0.0],
        [0.2640, -0.0960, 0.0400, -0.0080, 0.0],
        [0.1840, 0.0400, -0.0320, 0.0080, 0.0],
        [0.1200, 0.1360, -0.0720, 0.0160, 0.0],
        [0.0704, 0.1968, -0.0848, 0.0176, 0.0],
    ]
)
SECOND = np.array(
    [
        [0.0336, 0.2272, -0.0752, 0.0144, 0.0],
        [0.0080, 0.2320, -0.0480, 0.0080, 0.0],
        [-0.0080, 0.2160, -0.0080, 0.0000, 0.0],
        [-0.0160, 0.1840, 0.0400, -0.0080, 0.0],
        [-0.0176, 0.1408, 0.0912, -0.0144, 0.0],
    ]
)
MIDDLE = np.array(
    [
        [-0.0128, 0.0848, 0.1504, -0.0240, 0.0016],
        [-0.0016, 0.0144, 0.2224, -0.0416, 0.0064],
        [0.0064, -0.0336, 0.2544, -0.0336, 0.0064],
        [0.0064, -0.0416, 0.2224, 0.0144, -0.0016],
        [0.0016, -0.0240, 0.1504, 0.0848, -0.0128],
    ]
)
NEXT_TO_LAST = np.array(
    [
        [0.0, -0.0144, 0.0912, 0.1408, -0.0176],
        [0.0, -0.0080, 0.0400, 0.1840, -0.0160],
        [0.0, 0.0000, -0.0080, 0.2160, -0.0080],
        [0.0, 0.0080, -0.0480, 0.2320, 0.0080],
        [0.0, 0.0144, -0.0752, 0.2272, 0.0336],
    ]
)
LAST = np.array(
    [
        [0.0, 0.0176, -0.0848, 0.1968, 0.0704],
        [0.0, 0.0160, -0.0720, 0.1360, 0.1200],
        [0.0, 0.0080, -0.0320, 0.0400, 0.1840],
        [0.0, -0.0080, 0.0400, -0.0960, 0.2640],
        [0.0, -0.0336, 0.1488, -0.2768, 0.3616],
    ]
)
PANELS = {
    "first": FIRST,
    "second": SECOND,
    "middle": MIDDLE,
    "next_to_last": NEXT_TO_LAST,
    "last": LAST,
}
MIN_GROUPS = 5


@lru_cache(maxsize=32)
def split_matrix(n_groups: int) -> NDArray[np.float64]:
    """The (5 * n, n) matrix taking n consecutive closed 5-year groups to single ages."""
    if n_groups < MIN_GROUPS:
        raise ValueError(f"Sprague splitting needs at least {MIN_GROUPS} groups, got {n_groups}")
    matrix = np.zeros((5 * n_groups, n_groups))
    for k in range(n_groups):
        if k == 0:
            panel, first_col = FIRST, 0
        elif k == 1:
            panel, first_col = SECOND, 0
        elif k == n_groups - 2:
            panel, first_col = NEXT_TO_LAST, n_groups - 5
        elif k == n_groups - 1:
            panel, first_col = LAST, n_groups - 5
        else:
            panel, first_col = MIDDLE, k - 2
        matrix[5 * k : 5 * k + 5, first_col : first_col + 5] = panel
    matrix.flags.writeable = False
    return matrix


def split_groups(groups: NDArray[np.float64]) -> tuple[NDArray[np.float64], bool]:
    """Split groups (last axis: n consecutive 5-year groups) into 5 * n single ages.

    Returns the single ages and whether any cell came out negative. Negative
    cells are clipped to 0 and their group renormalised, so that the five ages
    of a group always add up to the group; fewer than five groups are split
    evenly (Sprague needs five).
    """
    groups = np.asarray(groups, dtype=float)
    n_groups = groups.shape[-1]
    if n_groups < MIN_GROUPS:
        return np.repeat(groups / 5.0, 5, axis=-1), False
    singles = groups @ split_matrix(n_groups).T
    negative = bool((singles < 0).any())
    if negative:
        clipped = np.clip(singles, 0.0, None)
        shape = (*clipped.shape[:-1], n_groups, 5)
        by_group = clipped.reshape(shape)
        sums = by_group.sum(axis=-1, keepdims=True)
        even = np.broadcast_to(groups[..., None] / 5.0, shape)
        scale = np.divide(groups[..., None], sums, out=np.zeros(sums.shape), where=sums > 0)
        singles = np.where(sums > 0, by_group * scale, even).reshape(singles.shape)
    return singles, negative
