# wrong: the plain average of the event differences (no weights by group sizes)
def within_event_test(values, flag, event, n_perm=10_000, seed=2026):
    x = np.asarray(list(values), float)
    f = np.asarray(list(flag), bool)
    e = np.asarray(list(event), dtype=object)
    keep = ~np.isnan(x)
    x, f, e = x[keep], f[keep], e[keep]
    blocks = [(x[e == n], f[e == n]) for n in pd.unique(e) if 0 < f[e == n].sum() < (e == n).sum()]
    if not blocks:
        raise ValueError("no event with both groups")
    obs = np.mean([xb[fb].mean() - xb[~fb].mean() for xb, fb in blocks])
    rng = np.random.default_rng(seed)
    null = np.zeros(n_perm)
    for xb, fb in blocks:
        sh = rng.permuted(np.tile(fb, (n_perm, 1)), axis=1)
        null += (sh @ xb) / fb.sum() - (~sh @ xb) / (~fb).sum()
    null /= len(blocks)
    hits = np.count_nonzero(np.abs(null) >= abs(obs) - 1e-9)
    return {"effect": float(obs), "p_value": (1 + hits) / (1 + n_perm), "n_events": len(blocks)}
