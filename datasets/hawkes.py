"""Exponential-kernel Hawkes processes: simulation by branching, and maximum-likelihood fitting.

Conditional intensity, time in hours:

    lambda(t) = mu(t) + n * beta * sum_{t_i < t} exp(-beta * (t - t_i))

``n`` is the branching ratio (expected number of direct offspring of each event; the process is
stable for n < 1) and ``1/beta`` the mean delay between an event and its offspring. The
background ``mu(t)`` is a non-negative combination of known basis functions, so the fit works for
the stationary case (one constant basis) and for the scenario generator's seasonal background
with an exogenous crisis pulse.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize


def offspring(
    rng: np.random.Generator, parents: np.ndarray, branching_ratio: float, beta: float, end: float
) -> tuple[np.ndarray, np.ndarray]:
    """One generation of the branching construction: (child times, index of each child's parent).

    Each parent has Poisson(n) children at exponential delays (mean 1/beta); children after
    `end` are dropped (they fall outside the observation window).
    """
    counts = rng.poisson(branching_ratio, size=len(parents))
    parent_index = np.repeat(np.arange(len(parents)), counts)
    times = parents[parent_index] + rng.exponential(1.0 / beta, size=len(parent_index))
    keep = times < end
    return times[keep], parent_index[keep]


def simulate_stationary(
    rng: np.random.Generator, mu: float, branching_ratio: float, beta: float, end: float
) -> np.ndarray:
    """Event times on [0, end) of a Hawkes process with constant background `mu` (sorted)."""
    generation = np.sort(rng.uniform(0.0, end, size=rng.poisson(mu * end)))
    everything = [generation]
    while len(generation):
        generation, _ = offspring(rng, generation, branching_ratio, beta, end)
        everything.append(generation)
    return np.sort(np.concatenate(everything))


def _excitation_sums(times: np.ndarray, beta: float) -> np.ndarray:
    """R_i = sum_{j<i} exp(-beta (t_i - t_j)) for sorted times, vectorised and overflow-free:
    log sum_{j<i} exp(beta t_j) is a running logaddexp, so R_i = exp(that - beta t_i)."""
    scaled = beta * times
    running = np.logaddexp.accumulate(scaled)
    sums = np.zeros_like(times)
    sums[1:] = np.exp(running[:-1] - scaled[1:])
    return sums


@dataclass(frozen=True)
class HawkesFit:
    """Maximum-likelihood estimates; `background_weights` multiply the basis functions."""

    branching_ratio: float
    beta: float
    background_weights: tuple[float, ...]
    log_likelihood: float
    n_events: int
    converged: bool


def log_likelihood(
    times: np.ndarray,
    end: float,
    branching_ratio: float,
    beta: float,
    weights: np.ndarray,
    basis_at_events: np.ndarray,
    basis_integrals: np.ndarray,
) -> float:
    """Exact log-likelihood of sorted event times on [0, end)."""
    background = basis_at_events @ weights
    excitation = branching_ratio * beta * _excitation_sums(times, beta)
    intensity = background + excitation
    if np.any(intensity <= 0):
        return -np.inf
    compensator = basis_integrals @ weights + branching_ratio * np.sum(
        1.0 - np.exp(-beta * (end - times))
    )
    return float(np.sum(np.log(intensity)) - compensator)


def fit(
    times: Sequence[float],
    end: float,
    basis_at_events: np.ndarray | None = None,
    basis_integrals: np.ndarray | None = None,
    start: tuple[float, float] = (0.5, 1.0),
) -> HawkesFit:
    """Fit branching ratio, decay and background weights by maximum likelihood (L-BFGS-B).

    Without a basis the background is a constant (the stationary model). With a basis, pass its
    values at the event times (shape events x k) and its integrals over [0, end) (length k).

    The decay is searched in [1e-3, 1e3] per time unit (start[1] is its starting value), so
    express times in a unit in which the mean reaction delay 1/beta lies well inside
    [1e-3, 1e3] units (hours for reshares); otherwise rescale the times first (beta and the
    weights scale inversely, the branching ratio does not change).
    """
    times = np.sort(np.asarray(times, dtype=float))
    if basis_at_events is None:
        basis_at_events = np.ones((len(times), 1))
        basis_integrals = np.array([end])
    basis_at_events = np.asarray(basis_at_events, dtype=float)
    basis_integrals = np.asarray(basis_integrals, dtype=float)
    k = basis_at_events.shape[1]
    # Start the background weights where the background alone would explain (1 - n) of events.
    initial_weights = np.full(k, (1 - start[0]) * len(times) / max(basis_integrals.sum(), 1e-12))

    def negative(theta: np.ndarray) -> float:
        n, log_beta, log_weights = theta[0], theta[1], theta[2:]
        value = log_likelihood(
            times, end, n, np.exp(log_beta), np.exp(log_weights), basis_at_events, basis_integrals
        )
        return -value if np.isfinite(value) else 1e300

    theta0 = np.concatenate([[start[0], np.log(start[1])], np.log(initial_weights)])
    bounds = [(1e-4, 0.999), (np.log(1e-3), np.log(1e3))] + [(-30.0, 30.0)] * k
    result = minimize(negative, theta0, method="L-BFGS-B", bounds=bounds)
    return HawkesFit(
        branching_ratio=float(result.x[0]),
        beta=float(np.exp(result.x[1])),
        background_weights=tuple(float(w) for w in np.exp(result.x[2:])),
        log_likelihood=float(-result.fun),
        n_events=len(times),
        converged=bool(result.success),
    )
