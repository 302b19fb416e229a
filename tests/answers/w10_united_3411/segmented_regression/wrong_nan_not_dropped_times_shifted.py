# wrong: drops missing values but renumbers the remaining observations 0, 1, 2, ...
import numpy as np
import statsmodels.api as sm


def segmented_regression(y, breakpoint, level=0.95):
    """Level and slope change at a breakpoint, with confidence intervals (OLS)."""
    y = np.asarray(y, dtype=float)
    y = y[~np.isnan(y)]
    t = np.arange(len(y))
    d = (t >= breakpoint).astype(float)
    if d.sum() < 2 or (1 - d).sum() < 2 or len(y) < 5:
        raise ValueError("too few observations")
    X = np.column_stack([np.ones(len(t)), t, d, (t - breakpoint) * d])
    fit = sm.OLS(y, X).fit()
    ci = fit.conf_int(alpha=1 - level)
    return {
        "pre_slope": fit.params[1],
        "level_change": fit.params[2],
        "slope_change": fit.params[3],
        "level_ci": tuple(ci[2]),
        "slope_ci": tuple(ci[3]),
    }
