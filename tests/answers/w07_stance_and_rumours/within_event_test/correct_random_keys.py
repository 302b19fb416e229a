# correct: permutations from argsort of random keys; effect from group sums
def within_event_test(values, flag, event, n_perm=10_000, seed=2026):
    frame = pd.DataFrame({"x": list(values), "f": list(flag), "e": list(event)}).dropna(
        subset=["x"]
    )
    frame["f"] = frame["f"].astype(bool)
    rng = np.random.default_rng(seed)
    total_w, obs = 0.0, 0.0
    null = np.zeros(n_perm)
    used = 0
    for _, g in frame.groupby("e", sort=False):
        x, f = g["x"].to_numpy(float), g["f"].to_numpy()
        n1, n = int(f.sum()), len(f)
        if n1 in (0, n):
            continue
        used += 1
        n0 = n - n1
        w = n1 * n0 / n
        total_w += w
        obs += w * (x[f].sum() / n1 - x[~f].sum() / n0)
        order = np.argsort(rng.random((n_perm, n)), axis=1)
        chosen = order[:, :n1]  # positions that get the flag
        s1 = x[chosen].sum(axis=1)
        null += w * (s1 / n1 - (x.sum() - s1) / n0)
    if used == 0:
        raise ValueError("no event with both groups")
    obs /= total_w
    null /= total_w
    p = (1 + np.count_nonzero(np.abs(null) >= abs(obs) - 1e-9)) / (n_perm + 1)
    return {"effect": float(obs), "p_value": float(p), "n_events": used}
