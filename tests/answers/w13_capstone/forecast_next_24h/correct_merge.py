# Correct alternative: parent times by a pandas merge, vectorised sums in seconds.
import numpy as np
import pandas as pd


def forecast_next_24h(posts, now, z=1.2816):
    """Branching forecast of the posts in [now, now + 24 h) with a normal interval."""
    window = posts.loc[
        (posts["time"] < now) & (posts["time"] >= now - pd.Timedelta(days=1)), ["time", "parent_id"]
    ]
    total = len(window)
    if total == 0:
        return dict(n_hat=0.0, beta_hat=1.0, mean=0.0, lower=0.0, upper=0.0)
    reacted = window.dropna(subset=["parent_id"])
    n_hat = float(np.clip(len(reacted) / total, 0.0, 0.95))
    parents = posts[["post_id", "time"]].rename(
        columns={"post_id": "parent_id", "time": "parent_time"}
    )
    joined = reacted.astype({"parent_id": "int64"}).merge(
        parents.astype({"parent_id": "int64"}), on="parent_id"
    )
    seconds = (joined["time"] - joined["parent_time"]).dt.total_seconds()
    beta_hat = 3600.0 / seconds.mean() if len(seconds) and seconds.mean() > 0 else 1.0
    age_hours = (now - window["time"]).dt.total_seconds().to_numpy() / 3600.0
    lam = (total - len(reacted)) + n_hat * np.exp(-beta_hat * age_hours).sum()
    mean = lam / (1 - n_hat)
    spread = z * np.sqrt(lam) * (1 - n_hat) ** -1.5
    return dict(
        n_hat=n_hat,
        beta_hat=float(beta_hat),
        mean=float(mean),
        lower=float(max(0.0, mean - spread)),
        upper=float(mean + spread),
    )
