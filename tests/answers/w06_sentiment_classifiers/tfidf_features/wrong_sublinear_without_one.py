# Wrong: sublinear tf as ln(tf) instead of 1 + ln(tf) (a word seen once gets weight 0).
import re
from collections import Counter

import numpy as np
import pandas as pd
import scipy.sparse as sp


def tfidf_features(docs, min_df=1, sublinear_tf=False):
    """TF-IDF rows (smoothed idf, l2-normalised) as a sparse DataFrame, one column per term (sorted)."""
    if isinstance(min_df, bool) or not isinstance(min_df, int) or min_df < 1:
        raise ValueError("min_df")
    bags = [Counter(re.findall(r"(?u)\b\w\w+\b", d.lower())) for d in docs]
    df = Counter(t for bag in bags for t in bag)
    terms = sorted(t for t in df if df[t] >= min_df)
    if not terms:
        raise ValueError("empty")
    n = len(bags)
    X = np.zeros((n, len(terms)))
    for i, bag in enumerate(bags):
        for j, t in enumerate(terms):
            if bag[t]:
                tf = np.log(bag[t]) if sublinear_tf else bag[t]
                X[i, j] = tf * (np.log((1 + n) / (1 + df[t])) + 1)
    norm = np.linalg.norm(X, axis=1, keepdims=True)
    X = X / np.where(norm == 0, 1, norm)
    return pd.DataFrame.sparse.from_spmatrix(sp.csr_matrix(X), columns=terms)
