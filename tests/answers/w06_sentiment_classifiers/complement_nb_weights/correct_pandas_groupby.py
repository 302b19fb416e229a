# Correct alternative: per-class totals with a pandas groupby, complement = total - own class.
import numpy as np
import pandas as pd
import scipy.sparse as sp


def complement_nb_weights(X, y, alpha=1.0):
    """Complement naive Bayes weights w[k, j] = -ln theta~[k, j], classes in sorted order."""
    if alpha <= 0:
        raise ValueError("alpha must be > 0")
    frame = pd.DataFrame(X.toarray() if sp.issparse(X) else np.asarray(X, dtype=float))
    if len(frame) == 0 or len(frame) != len(y):
        raise ValueError("X and y")
    if (frame.to_numpy() < 0).any():
        raise ValueError("X must be non-negative")
    own = frame.groupby(np.asarray(y)).sum().sort_index()
    comp = own.sum(axis=0) - own + alpha
    logged = np.log(comp.div(comp.sum(axis=1), axis=0))
    return -logged.to_numpy()
