# Correct alternative: lazy heap that recomputes spread(S) inside every gain (no cached value).
import heapq


def celf(spread, candidates, k):
    """Lazy greedy (CELF): up to k candidates, each with the largest marginal gain of spread."""
    chosen = []
    heap = [(-(spread([c]) - spread([])), i, c, 0) for i, c in enumerate(candidates)]
    heapq.heapify(heap)
    while heap and len(chosen) < k:
        negative_gain, i, c, fresh_at = heapq.heappop(heap)
        if fresh_at == len(chosen):
            chosen.append(c)
        else:
            gain = spread(chosen + [c]) - spread(chosen)
            heapq.heappush(heap, (-gain, i, c, len(chosen)))
    return chosen
