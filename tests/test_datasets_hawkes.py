"""smcm_data.hawkes: likelihood and fit checked against independent implementations.

The course's fit is compared with (1) a direct O(n^2) likelihood maximised by Nelder-Mead, which
needs nothing beyond SciPy, and (2) the `hawkes` package (Omi, version 1.0.0, imported as
`Hawkes`), which parametrises the exponential kernel exactly as the course does,
alpha * beta * exp(-beta * s) with alpha the branching ratio. The package is an sdist only and
compiles a Cython extension on first import (pyximport), so those tests are skipped when it is
not installed.
"""

import numpy as np
import pytest
from scipy.optimize import minimize
from smcm_data import hawkes, scenario


def direct_log_likelihood(times, end, mu, n, beta):
    """Sum of log intensities minus the compensator, with the O(n^2) double sum."""
    times = np.asarray(times, dtype=float)
    lags = times[:, None] - times[None, :]
    earlier = np.tril(np.ones_like(lags, dtype=bool), k=-1)  # j < i in sorted order
    excitation = np.where(earlier, np.exp(-beta * np.where(earlier, lags, 0.0)), 0.0).sum(axis=1)
    intensity = mu + n * beta * excitation
    compensator = mu * end + n * np.sum(1.0 - np.exp(-beta * (end - times)))
    return float(np.sum(np.log(intensity)) - compensator)


def stationary_sample(seed, end, mu=2.0, n=0.6, beta=1.5):
    return hawkes.simulate_stationary(np.random.default_rng(seed), mu, n, beta, end)


@pytest.mark.parametrize("seed", [4, 5])
def test_log_likelihood_equals_the_double_sum(seed):
    times = stationary_sample(seed, 150.0)
    ones = np.ones((len(times), 1))
    for mu, n, beta in [(2.0, 0.6, 1.5), (0.7, 0.2, 8.0), (3.1, 0.9, 0.3)]:
        fast = hawkes.log_likelihood(times, 150.0, n, beta, np.array([mu]), ones, np.array([150.0]))
        assert fast == pytest.approx(direct_log_likelihood(times, 150.0, mu, n, beta), rel=1e-10)


def test_log_likelihood_counts_tied_events_in_sorted_order():
    """Tied times excite each other in sorted order (j < i), as the O(n) recursion does."""
    times = np.array([0.5, 1.0, 1.0, 1.0, 2.5])
    ones = np.ones((5, 1))
    fast = hawkes.log_likelihood(times, 3.0, 0.4, 2.0, np.array([1.2]), ones, np.array([3.0]))
    assert fast == pytest.approx(direct_log_likelihood(times, 3.0, 1.2, 0.4, 2.0), rel=1e-12)


@pytest.mark.parametrize("seed", [6, 7])
def test_fit_agrees_with_nelder_mead_on_the_direct_likelihood(seed):
    """About 400 events: the two maximisations agree far inside the standard errors."""
    end = 80.0
    times = stationary_sample(seed, end)
    fit = hawkes.fit(times, end)

    def negative(theta):
        mu, n, beta = np.exp(theta[0]), 1 / (1 + np.exp(-theta[1])), np.exp(theta[2])
        return -direct_log_likelihood(times, end, mu, n, beta)

    start = np.array([np.log(len(times) / end / 2), 0.0, 0.0])
    result = minimize(
        negative,
        start,
        method="Nelder-Mead",
        options={"xatol": 1e-8, "fatol": 1e-10, "maxiter": 4000},
    )
    mu, n, beta = np.exp(result.x[0]), 1 / (1 + np.exp(-result.x[1])), np.exp(result.x[2])
    assert fit.converged and len(times) > 250
    assert fit.log_likelihood == pytest.approx(-result.fun, abs=1e-4)
    assert fit.branching_ratio == pytest.approx(n, abs=2e-3)
    assert fit.beta == pytest.approx(beta, rel=1e-2)
    assert fit.background_weights[0] == pytest.approx(mu, rel=1e-2)


def package_fit(times, end):
    Hawkes = pytest.importorskip("Hawkes")
    model = Hawkes.estimator().set_kernel("exp").set_baseline("const")
    model.fit(np.asarray(times, dtype=float), [0.0, end])
    return model


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fit_matches_the_hawkes_package_on_stationary_data(seed):
    """~10,000 events from the generator's branching simulation: same estimates, same maximum."""
    end = 2_000.0
    pytest.importorskip("Hawkes")
    times = stationary_sample(seed, end)
    ours = hawkes.fit(times, end)
    theirs = package_fit(times, end)
    assert ours.converged and len(times) > 9_000
    assert ours.log_likelihood == pytest.approx(theirs.L, abs=1e-3)
    assert ours.branching_ratio == pytest.approx(theirs.para["alpha"], rel=1e-3)
    assert ours.beta == pytest.approx(theirs.para["beta"], rel=1e-3)
    assert ours.background_weights[0] == pytest.approx(theirs.para["mu"], rel=1e-3)


def test_fit_matches_the_hawkes_package_on_a_scenario():
    """The scenario generator's posts with a constant background (a misspecified model: the
    news pulse is absorbed into a branching ratio near 1): both fits find the same maximum."""
    pytest.importorskip("Hawkes")
    generated = scenario.generate(seed=2026)
    end = generated.params.days * 24.0
    times = np.sort(generated.hours())
    ours = hawkes.fit(times, end)
    theirs = package_fit(times, end)
    assert ours.log_likelihood == pytest.approx(theirs.L, abs=1e-2)
    assert ours.branching_ratio == pytest.approx(theirs.para["alpha"], rel=1e-3)
    assert ours.beta == pytest.approx(theirs.para["beta"], rel=1e-2)
    assert ours.background_weights[0] == pytest.approx(theirs.para["mu"], rel=1e-2)
