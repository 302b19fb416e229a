# Correct alternative: dense arrays and a loop over classes, complement counts summed directly.
import numpy as np
import scipy.sparse as sp


def complement_nb_weights(X, y, alpha=1.0):
    """Complement naive Bayes weights w[k, j] = -ln theta~[k, j], classes in sorted order."""
    if not alpha > 0:
        raise ValueError("alpha")
    dense = X.toarray() if sp.issparse(X) else np.asarray(X, dtype=float)
    labels = np.asarray(y)
    if dense.shape[0] == 0 or dense.shape[0] != labels.shape[0]:
        raise ValueError("shape")
    if (dense < 0).any():
        raise ValueError("negative")
    rows = []
    for c in sorted(set(labels.tolist())):
        other = dense[labels != c].sum(axis=0) + alpha
        rows.append(-np.log(other / other.sum()))
    return np.vstack(rows)
