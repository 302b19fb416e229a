# Wrong: keys the heap by spread(S + c) instead of the gain, and compares values from different rounds.
import heapq


def celf(spread, candidates, k):
    """Lazy greedy (CELF): up to k candidates, each with the largest marginal gain of spread."""
    chosen = []
    heap = [(-spread([c]), i, c) for i, c in enumerate(candidates)]
    heapq.heapify(heap)
    while heap and len(chosen) < k:
        _, i, c = heapq.heappop(heap)
        value = spread(chosen + [c])
        if not heap or value >= -heap[0][0]:
            chosen.append(c)
        else:
            heapq.heappush(heap, (-value, i, c))
    return chosen
