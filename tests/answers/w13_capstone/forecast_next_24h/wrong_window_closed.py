# Wrong: the window includes posts at exactly `now` (closed on the right).
import math

import pandas as pd


def forecast_next_24h(posts, now, z=1.2816):
    """Branching forecast of the posts in [now, now + 24 h) with a normal interval."""
    start = now - pd.Timedelta(hours=24)
    when = dict(zip(posts["post_id"], posts["time"]))
    window = [(t, p) for t, p in zip(posts["time"], posts["parent_id"]) if start <= t <= now]
    if not window:
        return {"n_hat": 0.0, "beta_hat": 1.0, "mean": 0.0, "lower": 0.0, "upper": 0.0}
    reactions = [(t, p) for t, p in window if not pd.isna(p)]
    n_hat = min(len(reactions) / len(window), 0.95)
    delays = [(t - when[int(p)]).total_seconds() / 3600.0 for t, p in reactions if int(p) in when]
    mean_delay = sum(delays) / len(delays) if delays else 0.0
    beta = 1.0 / mean_delay if mean_delay > 0 else 1.0
    pending = n_hat * sum(math.exp(-beta * (now - t).total_seconds() / 3600.0) for t, _ in window)
    lam = len(window) - len(reactions) + pending
    mean = lam / (1.0 - n_hat)
    sd = math.sqrt(lam / (1.0 - n_hat) ** 3)
    return {
        "n_hat": n_hat,
        "beta_hat": beta,
        "mean": mean,
        "lower": max(mean - z * sd, 0.0),
        "upper": mean + z * sd,
    }
