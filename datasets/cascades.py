"""Twitter15/16 rumour propagation trees: ~1M timed retweet edges with veracity labels.

Every tree file line is ``['uid', 'tweet_id', 'delay']->['uid', 'tweet_id', 'delay']``. Parsing
a million lines one by one (ast.literal_eval) takes ~10 s; instead all lines are joined into one
buffer that pandas' C parser splits on the quote character, in well under a second. Ids are
parsed by the C parser straight to int64 (never float); the ROOT marker becomes -1 first and is
then masked to <NA>.
"""

from __future__ import annotations

import csv
import io
import tarfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from .typing_helpers import as_category

COLLECTIONS = ("twitter15", "twitter16")
LABELS = ["non-rumor", "true", "false", "unverified"]
FIELDS = [
    "parent_uid",
    "parent_tweet_id",
    "parent_delay_min",
    "child_uid",
    "child_tweet_id",
    "child_delay_min",
]
ROOT_MARKER = b"'ROOT', 'ROOT'"
VALUE_FIELDS = [1, 3, 5, 7, 9, 11]  # positions of the six values between quote characters


def _read_archive(path: Path, collection: str) -> tuple[bytes, list[int], list[int], bytes]:
    """Tree lines joined, tree ids and line counts per file, and label.txt, from one tar.gz."""
    chunks, tree_ids, counts, labels = [], [], [], b""
    with tarfile.open(path) as archive:
        for member in archive:
            if not member.isfile():
                continue
            data = archive.extractfile(member).read()
            if member.name == f"{collection}/label.txt":
                labels = data
            elif member.name.startswith(f"{collection}/tree/") and member.name.endswith(".txt"):
                if not data.endswith(b"\n"):
                    data += b"\n"
                chunks.append(data)
                tree_ids.append(int(member.name.rsplit("/", 1)[1][:-4]))
                counts.append(data.count(b"\n"))
    if not labels:
        raise ValueError(f"{path} has no {collection}/label.txt")
    return b"".join(chunks), tree_ids, counts, labels


def _parse_lines(buffer: bytes, *, raw: bool) -> pd.DataFrame:
    """All edge lines at once with pandas' C reader, splitting on the quote character:
    ``['a', 'b', 'c']->['d', 'e', 'f']`` has its six values in fields 1, 3, 5, 7, 9 and 11."""
    if raw:  # the six values exactly as written, as strings ("ROOT" kept)
        dtypes = dict.fromkeys(FIELDS, str)
    else:  # ints parsed straight to int64 (never float); ROOT becomes -1, masked in clean()
        buffer = buffer.replace(ROOT_MARKER, b"'-1', '-1'")
        dtypes = {name: "float64" if name.endswith("delay_min") else "int64" for name in FIELDS}
    frame = pd.read_csv(
        io.BytesIO(buffer),
        sep="'",
        header=None,
        names=range(13),
        usecols=VALUE_FIELDS,
        quoting=csv.QUOTE_NONE,
        dtype={position: dtypes[name] for position, name in zip(VALUE_FIELDS, FIELDS, strict=True)},
        engine="c",
    )
    return frame.set_axis(FIELDS, axis=1)


def _parse_labels(text: bytes, collection: str) -> pd.DataFrame:
    rows = [line.split(":") for line in text.decode().split()]
    frame = pd.DataFrame(rows, columns=["label", "tree_id"])
    frame["tree_id"] = frame["tree_id"].astype("int64")
    frame.insert(0, "collection", collection)
    return frame


def read_collection(path: Path, collection: str, *, raw: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(edges, labels) of one collection; edges in file order with their tree id.

    Cleaned edges also get ``collection`` and the tree's ``label`` as categoricals, built from
    codes repeated per tree (factorising a million strings would cost more than the parsing).
    """
    buffer, tree_ids, counts, label_text = _read_archive(path, collection)
    edges = _parse_lines(buffer, raw=raw)
    if len(edges) != sum(counts):
        raise ValueError(f"{path}: parsed {len(edges):,} edges from {sum(counts):,} lines")
    labels = _parse_labels(label_text, collection)
    edges.insert(0, "tree_id", np.repeat(np.asarray(tree_ids, dtype=np.int64), counts))
    if raw:
        edges.insert(0, "collection", collection)
        return edges, labels
    label_of_tree = dict(zip(labels["tree_id"], labels["label"], strict=True))
    missing = set(tree_ids) - set(label_of_tree)
    if missing:
        raise ValueError(f"{path}: trees without a label in label.txt, e.g. {min(missing)}")
    tree_codes = np.array([LABELS.index(label_of_tree[t]) for t in tree_ids], dtype=np.int8)
    label = pd.Categorical.from_codes(np.repeat(tree_codes, counts), categories=LABELS)
    code = COLLECTIONS.index(collection)
    edges.insert(
        0,
        "collection",
        pd.Categorical.from_codes(
            np.full(len(edges), code, dtype=np.int8), categories=list(COLLECTIONS)
        ),
    )
    edges.insert(2, "label", label)
    return edges, labels


def clean(edges: pd.DataFrame) -> pd.DataFrame:
    """Typed edges, ROOT as <NA> and the timing defects flagged (not dropped: whether to drop,
    clip or keep them is a modelling choice the notebook should show)."""
    for column in ["parent_uid", "parent_tweet_id"]:
        edges[column] = edges[column].astype("Int64").mask(edges[column] == -1)
    for column in ["tree_id", "child_uid", "child_tweet_id"]:
        edges[column] = edges[column].astype("Int64")
    edges["is_root_edge"] = edges["parent_uid"].isna().to_numpy()
    edges["negative_delay"] = edges["child_delay_min"] < 0
    # ROOT's delay 0.0 is not a real posting time, so root edges are never "before the parent".
    before = edges["child_delay_min"] < edges["parent_delay_min"]
    edges["child_before_parent"] = before & ~edges["is_root_edge"]
    return edges


def load_propagation_trees(
    path_of: Callable[[str], Path],
    *,
    raw: bool = False,
    collection: str | None = None,
    table: str = "edges",
) -> pd.DataFrame:
    """Twitter15/16 retweet cascades (the largest data set: 987,994 edges).

    Options: ``collection`` "twitter15", "twitter16" or None (both, default);
    ``table`` "edges" (default) or "labels" (one row per tree: collection, tree_id, label).

    Cleaned edges, one row per line of the tree files, in file order:
    ``collection`` category, ``tree_id`` Int64 (the source tweet's id = file name), ``label``
    category (non-rumor, true, false, unverified), ``parent_uid``, ``parent_tweet_id`` Int64
    (<NA> on each tree's ROOT edge), ``parent_delay_min`` float64, ``child_uid``,
    ``child_tweet_id`` Int64, ``child_delay_min`` float64 (minutes after the source tweet; no
    absolute times exist), ``is_root_edge``, ``negative_delay``, ``child_before_parent`` bool
    (defect flags: 671 + 346 negative delays, 7,017 + 4,510 child-before-parent edges).

    ``raw=True``: the six fields of every line as strings ("ROOT" kept), with collection and
    tree_id, no label join.
    """
    if table not in ("edges", "labels"):
        raise ValueError(f"table must be 'edges' or 'labels', not {table!r}")
    if collection is not None and collection not in COLLECTIONS:
        raise ValueError(f"collection must be one of {COLLECTIONS} or None, not {collection!r}")
    chosen = COLLECTIONS if collection is None else (collection,)
    parts = [read_collection(path_of(f"{name}.tar.gz"), name, raw=raw) for name in chosen]
    labels = pd.concat([p[1] for p in parts], ignore_index=True)
    if table == "labels":
        if not raw:
            labels["tree_id"] = labels["tree_id"].astype("Int64")
            labels["label"] = as_category(labels["label"], LABELS)
            labels["collection"] = as_category(labels["collection"], list(COLLECTIONS))
        return labels
    edges = pd.concat([p[0] for p in parts], ignore_index=True)
    return edges if raw else clean(edges)
