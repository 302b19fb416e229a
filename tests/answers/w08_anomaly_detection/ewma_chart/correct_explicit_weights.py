# Correct alternative: the closed form (1-lam)^t target + lam * sum of geometrically weighted past values.
import pandas as pd


def ewma_chart(x, target, sigma, lam=0.2, L=3.0):
    """EWMA statistic with its exact time-varying control limits and alarms (Roberts 1959)."""
    if not (0 < lam <= 1) or not sigma > 0 or not L > 0:
        raise ValueError("need 0 < lam <= 1, sigma > 0, L > 0")
    v = [float(a) for a in x]
    rows = []
    for t in range(1, len(v) + 1):
        z = (1 - lam) ** t * target + lam * sum((1 - lam) ** i * v[t - 1 - i] for i in range(t))
        var = sigma**2 * lam / (2 - lam) * (1 - (1 - lam) ** (2 * t))
        lo, hi = target - L * var**0.5, target + L * var**0.5
        rows.append((z, lo, hi, bool(z > hi or z < lo)))
    out = pd.DataFrame(rows, columns=["ewma", "lower", "upper", "alarm"], index=x.index)
    return out.astype({"ewma": float, "lower": float, "upper": float, "alarm": bool})
