# correct: tau-b = (C - D) / sqrt((n0 - n1)(n0 - n2)) with n1, n2 from tie-group sizes (Counter)
import math
from collections import Counter


def kendall_tau_b(x, y):
    """Kendall's tau-b between two {key: score} mappings over their shared keys (NaN if undefined)."""
    ys = set(y.keys())
    pairs = [(float(x[k]), float(y[k])) for k in x.keys() if k in ys]
    n = len(pairs)
    if n < 2:
        return float("nan")
    a = np.array([p[0] for p in pairs])
    b = np.array([p[1] for p in pairs])
    c_minus_d = 0
    for i in range(n - 1):
        c_minus_d += int((np.sign(a[i + 1 :] - a[i]) * np.sign(b[i + 1 :] - b[i])).sum())
    n0 = n * (n - 1) // 2
    n1 = sum(t * (t - 1) // 2 for t in Counter(a.tolist()).values())
    n2 = sum(t * (t - 1) // 2 for t in Counter(b.tolist()).values())
    if n0 == n1 or n0 == n2:
        return float("nan")
    return c_minus_d / math.sqrt((n0 - n1) * (n0 - n2))
