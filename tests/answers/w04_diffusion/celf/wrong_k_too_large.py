# Wrong: loops k times, so it fails (pops an empty heap) when k exceeds the number of candidates.
import heapq


def celf(spread, candidates, k):
    """Lazy greedy (CELF): up to k candidates, each with the largest marginal gain of spread."""
    chosen = []
    value = spread(chosen)
    heap = [(value - spread([c]), i, c, 0) for i, c in enumerate(candidates)]
    heapq.heapify(heap)
    for _ in range(k):
        while True:
            negative_gain, i, c, fresh_at = heapq.heappop(heap)
            if fresh_at == len(chosen):
                break
            heapq.heappush(heap, (value - spread(chosen + [c]), i, c, len(chosen)))
        chosen.append(c)
        value = spread(chosen)
    return chosen
