# wrong: returns 0.0 instead of NaN when tau is undefined (a constant ranking or fewer than two keys)
import math


def kendall_tau_b(x, y):
    """Kendall's tau-b between two {key: score} mappings over their shared keys (NaN if undefined)."""
    keys = [k for k in x.keys() if k in y.keys()]
    a = np.array([float(x[k]) for k in keys])
    b = np.array([float(y[k]) for k in keys])
    total, untied_a, untied_b = 0, 0, 0
    for i in range(len(keys)):
        sa, sb = np.sign(a[i + 1 :] - a[i]), np.sign(b[i + 1 :] - b[i])
        total += int((sa * sb).sum())
        untied_a += int((sa != 0).sum())
        untied_b += int((sb != 0).sum())
    denominator = math.sqrt(untied_a * untied_b)
    return 0.0 if denominator == 0 else total / denominator
