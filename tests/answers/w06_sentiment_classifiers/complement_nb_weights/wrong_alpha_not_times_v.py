# Wrong: denominator alpha + N_c~ instead of alpha * V + N_c~ (the rows no longer sum to one).
import numpy as np
import scipy.sparse as sp


def complement_nb_weights(X, y, alpha=1.0):
    """Complement naive Bayes weights w[k, j] = -ln theta~[k, j], classes in sorted order."""
    if alpha <= 0:
        raise ValueError("alpha")
    dense = X.toarray() if sp.issparse(X) else np.asarray(X, dtype=float)
    labels = np.asarray(y)
    if dense.shape[0] == 0 or dense.shape[0] != len(labels) or (dense < 0).any():
        raise ValueError("bad input")
    rows = []
    for c in np.unique(labels):
        other = dense[labels != c].sum(axis=0)
        rows.append(-np.log((other + alpha) / (other.sum() + alpha)))
    return np.vstack(rows)
