# wrong: permutes the flags across all rows, ignoring events (the effect itself is right)
def within_event_test(values, flag, event, n_perm=10_000, seed=2026):
    x = np.asarray(list(values), float)
    f = np.asarray(list(flag), bool)
    e = np.asarray(list(event), dtype=object)
    keep = ~np.isnan(x)
    x, f, e = x[keep], f[keep], e[keep]

    def effect(g):
        num = den = 0.0
        for name in pd.unique(e):
            m = e == name
            n1, n0 = g[m].sum(), (~g[m]).sum()
            if n1 and n0:
                w = n1 * n0 / (n1 + n0)
                num += w * (x[m][g[m]].mean() - x[m][~g[m]].mean())
                den += w
        return num / den if den else np.nan

    used = sum(1 for name in pd.unique(e) if 0 < f[e == name].sum() < (e == name).sum())
    if used == 0:
        raise ValueError("no event with both groups")
    obs = effect(f)
    rng = np.random.default_rng(seed)
    null = np.array([effect(rng.permutation(f)) for _ in range(n_perm)])
    hits = np.count_nonzero(np.abs(np.nan_to_num(null)) >= abs(obs) - 1e-9)
    return {"effect": float(obs), "p_value": (1 + hits) / (1 + n_perm), "n_events": used}
