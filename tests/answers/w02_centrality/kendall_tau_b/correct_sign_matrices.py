# correct: full n x n sign matrices with numpy broadcasting, each pair counted twice then halved
import math


def kendall_tau_b(x, y):
    """Kendall's tau-b between two {key: score} mappings over their shared keys (NaN if undefined)."""
    shared = [k for k in x.keys() if k in y.keys()]
    if len(shared) < 2:
        return float("nan")
    a = np.array([float(x[k]) for k in shared])
    b = np.array([float(y[k]) for k in shared])
    sa = np.sign(a[:, None] - a[None, :])
    sb = np.sign(b[:, None] - b[None, :])
    numerator = (sa * sb).sum() / 2
    untied = math.sqrt((sa != 0).sum() / 2 * ((sb != 0).sum() / 2))
    return float("nan") if untied == 0 else float(numerator / untied)
