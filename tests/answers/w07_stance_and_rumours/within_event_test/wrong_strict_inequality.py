# wrong: counts only permutations strictly more extreme, so exact ties are left out of the p-value
def within_event_test(values, flag, event, n_perm=10_000, seed=2026):
    x = np.asarray(list(values), float)
    f = np.asarray(list(flag), bool)
    e = np.asarray(list(event), dtype=object)
    keep = ~np.isnan(x)
    x, f, e = x[keep], f[keep], e[keep]
    rng = np.random.default_rng(seed)
    obs, null, tw, used = 0.0, np.zeros(n_perm), 0.0, 0
    for name in pd.unique(e):
        xb, fb = x[e == name], f[e == name]
        n1 = int(fb.sum())
        n0 = len(fb) - n1
        if n1 == 0 or n0 == 0:
            continue
        used += 1
        w = n1 * n0 / (n1 + n0)
        tw += w
        obs += w * (xb[fb].mean() - xb[~fb].mean())
        sh = rng.permuted(np.tile(fb, (n_perm, 1)), axis=1)
        null += w * ((sh @ xb) / n1 - (~sh @ xb) / n0)
    if used == 0:
        raise ValueError("no event with both groups")
    obs, null = obs / tw, null / tw
    hits = np.count_nonzero(np.abs(null) > abs(obs) + 1e-9)
    return {"effect": float(obs), "p_value": (1 + hits) / (1 + n_perm), "n_events": used}
