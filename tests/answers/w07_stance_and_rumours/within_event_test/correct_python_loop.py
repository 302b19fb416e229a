# correct: a loop over permutations, shuffling the flags of each event with rng.permutation
def within_event_test(values, flag, event, n_perm=10_000, seed=2026):
    rows = [(v, bool(f), e) for v, f, e in zip(values, flag, event) if not np.isnan(v)]
    blocks = {}
    for v, f, e in rows:
        blocks.setdefault(e, []).append((v, f))
    usable = []
    for items in blocks.values():
        x = np.array([v for v, _ in items])
        f = np.array([g for _, g in items])
        if 0 < f.sum() < len(f):
            usable.append((x, f))
    if not usable:
        raise ValueError("no event with both groups")

    def effect(flags):
        num = den = 0.0
        for (x, _), g in zip(usable, flags):
            n1, n0 = g.sum(), (~g).sum()
            w = n1 * n0 / (n1 + n0)
            num += w * (x[g].mean() - x[~g].mean())
            den += w
        return num / den

    observed = effect([f for _, f in usable])
    rng = np.random.default_rng(seed)
    hits = 0
    for _ in range(n_perm):
        hits += abs(effect([rng.permutation(f) for _, f in usable])) >= abs(observed) - 1e-9
    return {
        "effect": float(observed),
        "p_value": (1 + hits) / (1 + n_perm),
        "n_events": len(usable),
    }
