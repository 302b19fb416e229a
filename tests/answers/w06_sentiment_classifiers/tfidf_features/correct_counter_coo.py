# Correct alternative: collections.Counter per document, a COO matrix, and sklearn-free normalisation by rows.
import re
from collections import Counter

import numpy as np
import pandas as pd
import scipy.sparse as sp


def tfidf_features(docs, min_df=1, sublinear_tf=False):
    """TF-IDF rows (smoothed idf, l2-normalised) as a sparse DataFrame, one column per term (sorted)."""
    if isinstance(min_df, bool) or int(min_df) != min_df or min_df < 1:
        raise ValueError("min_df must be a whole number >= 1")
    bags = [Counter(re.findall(r"(?u)\b\w\w+\b", d.lower())) for d in docs]
    df = Counter()
    for bag in bags:
        df.update(bag.keys())
    terms = sorted(t for t in df if df[t] >= min_df)
    if len(terms) == 0:
        raise ValueError("empty vocabulary")
    col = {t: j for j, t in enumerate(terms)}
    n = len(bags)
    idf = np.array([np.log((n + 1) / (df[t] + 1)) + 1 for t in terms])
    r, c, v = [], [], []
    for i, bag in enumerate(bags):
        entries = [(col[t], k) for t, k in bag.items() if t in col]
        if not entries:
            continue
        js = np.array([j for j, _ in entries])
        tf = np.array([k for _, k in entries], dtype=float)
        if sublinear_tf:
            tf = 1 + np.log(tf)
        w = tf * idf[js]
        w = w / np.linalg.norm(w)
        r.extend([i] * len(js))
        c.extend(js.tolist())
        v.extend(w.tolist())
    X = sp.coo_matrix((v, (r, c)), shape=(n, len(terms)))
    return pd.DataFrame.sparse.from_spmatrix(X, columns=terms)
