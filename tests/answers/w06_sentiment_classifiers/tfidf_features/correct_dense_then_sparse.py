# Correct alternative: a dense numpy matrix built term by term, turned into a sparse DataFrame at the end.
import re

import numpy as np
import pandas as pd
import scipy.sparse as sp


def tfidf_features(docs, min_df=1, sublinear_tf=False):
    """TF-IDF rows (smoothed idf, l2-normalised) as a sparse DataFrame, one column per term (sorted)."""
    if not isinstance(min_df, (int, np.integer)) or isinstance(min_df, bool) or min_df < 1:
        raise ValueError("bad min_df")
    tokenised = [re.findall(r"(?u)\b\w\w+\b", d.lower()) for d in docs]
    vocabulary = sorted({t for toks in tokenised for t in toks})
    doc_freq = np.array([sum(t in set(toks) for toks in tokenised) for t in vocabulary])
    terms = [t for t, k in zip(vocabulary, doc_freq) if k >= min_df]
    if not terms:
        raise ValueError("no term left")
    counts = np.array([[toks.count(t) for t in terms] for toks in tokenised], dtype=float)
    counts = counts.reshape(len(tokenised), len(terms))
    tf = (
        np.where(counts > 0, 1 + np.log(np.where(counts > 0, counts, 1)), 0.0)
        if sublinear_tf
        else counts
    )
    n = len(tokenised)
    df = (counts > 0).sum(axis=0)
    w = tf * (np.log((1 + n) / (1 + df)) + 1)
    norm = np.linalg.norm(w, axis=1, keepdims=True)
    w = np.divide(w, norm, out=np.zeros_like(w), where=norm > 0)
    return pd.DataFrame.sparse.from_spmatrix(sp.csr_matrix(w), columns=terms)
