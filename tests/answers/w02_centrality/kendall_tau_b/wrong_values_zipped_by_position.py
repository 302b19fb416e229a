# wrong: pairs the two mappings' values by position (zip of values) instead of by shared key
import math


def kendall_tau_b(x, y):
    """Kendall's tau-b between two {key: score} mappings over their shared keys (NaN if undefined)."""
    x, y = dict(x), dict(y)
    pairs = list(zip(list(x.values()), list(y.values())))
    a = np.array([float(p) for p, _ in pairs])
    b = np.array([float(q) for _, q in pairs])
    total, untied_a, untied_b = 0, 0, 0
    for i in range(len(pairs)):
        sa, sb = np.sign(a[i + 1 :] - a[i]), np.sign(b[i + 1 :] - b[i])
        total += int((sa * sb).sum())
        untied_a += int((sa != 0).sum())
        untied_b += int((sb != 0).sum())
    denominator = math.sqrt(untied_a * untied_b)
    return float("nan") if denominator == 0 else total / denominator
