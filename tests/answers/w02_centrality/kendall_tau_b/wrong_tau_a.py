# wrong: tau-a: divides by all n(n-1)/2 pairs, ignoring the tie correction
def kendall_tau_b(x, y):
    """Kendall's tau-b between two {key: score} mappings over their shared keys (NaN if undefined)."""
    keys = [k for k in x.keys() if k in y.keys()]
    n = len(keys)
    a = np.array([float(x[k]) for k in keys])
    b = np.array([float(y[k]) for k in keys])
    total = 0
    for i in range(n):
        total += int((np.sign(a[i + 1 :] - a[i]) * np.sign(b[i + 1 :] - b[i])).sum())
    if n < 2 or len(set(a)) == 1 or len(set(b)) == 1:
        return float("nan")
    return total / (n * (n - 1) / 2)
