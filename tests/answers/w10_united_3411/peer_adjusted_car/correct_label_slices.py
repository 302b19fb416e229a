# Correct: label-based slices of a difference Series and statistics.stdev.
import math
import statistics


def peer_adjusted_car(firm, peers, event_day, estimation=(-250, -11), window=(0, 1)):
    """Abnormal returns against an equal-weighted peer portfolio, CAR and its t statistic."""
    if peers.shape[1] < 1:
        raise ValueError("no peers")
    if event_day not in firm.index:
        raise ValueError("not a trading day")
    i = firm.index.get_loc(event_day)
    if estimation[1] >= window[0] or i + estimation[0] < 0 or i + window[1] > len(firm) - 1:
        raise ValueError("bad windows")
    est_days = firm.index[i + estimation[0] : i + estimation[1] + 1]
    win_days = firm.index[i + window[0] : i + window[1] + 1]
    both = est_days.append(win_days)
    if firm.loc[both].isna().any() or peers.loc[both].isna().any().any():
        raise ValueError("missing values")
    diff = firm - peers.mean(axis=1)
    sd = statistics.stdev(diff.loc[est_days].tolist())
    ar = diff.loc[win_days]
    car = float(ar.sum())
    return {"ar": ar, "car": car, "sd": sd, "t_stat": car / (sd * math.sqrt(len(win_days)))}
