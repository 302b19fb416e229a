# Wrong: multinomial naive Bayes (counts of the class itself), not of its complement.
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
        own = dense[labels == c].sum(axis=0) + alpha
        rows.append(-np.log(own / own.sum()))
    return np.vstack(rows)
