# Correct alternative: no networkx measures; pairs as frozensets, BFS for the component, sums by hand.
from collections import Counter, deque


def polarisation_summary(G, attribute):
    """Size, assortativity, share within, label modularity and max conductance of the labelled LCC."""
    label = {n: value for n, value in G.nodes(data=attribute) if value is not None}
    pairs = {frozenset((u, v)) for u, v in G.edges() if u != v and u in label and v in label}
    neighbours = {n: set() for n in label}
    for pair in pairs:
        u, v = tuple(pair)
        neighbours[u].add(v)
        neighbours[v].add(u)
    best, seen = set(), set()
    for start in label:
        if start in seen:
            continue
        component, queue = {start}, deque([start])
        while queue:
            for other in neighbours[queue.popleft()] - component:
                component.add(other)
                queue.append(other)
        seen |= component
        best = max(best, component, key=len)
    edges = [tuple(p) for p in pairs if p <= best]
    m = len(edges)
    within = sum(label[u] == label[v] for u, v in edges)
    degree = Counter(n for edge in edges for n in edge)
    volume = Counter()
    for n in best:
        volume[label[n]] += degree[n]
    cut = Counter()
    for u, v in edges:
        if label[u] != label[v]:
            cut[label[u]] += 1
            cut[label[v]] += 1
    share = within / m
    expected = sum((vol / (2 * m)) ** 2 for vol in volume.values())
    return {
        "nodes": len(best),
        "edges": m,
        "assortativity": (share - expected) / (1 - expected),
        "share_within": share,
        "label_modularity": share - expected,
        "max_conductance": max(cut[c] / min(volume[c], 2 * m - volume[c]) for c in volume),
    }
