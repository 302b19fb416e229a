"""Values crossing from the student's (untrusted) process to the grader's (trusted) one.

The student's process `encode`s what a function returned into JSON plus raw numeric buffers;
the grader `decode`s it into plain built-in, numpy, pandas and networkx objects. Nothing the
student's process sends is ever unpickled or evaluated, and decoding builds only exact types:
a float subclass whose `==` always answers True arrives as a real float, a DataFrame subclass
as a plain DataFrame. The student's process may also send anything it likes instead of an
honest encoding; the decoder treats every message as hostile (size, depth, dtype and type
checks) and raises `UnreadableResult` for whatever it does not understand.

This module is copied into the sandbox on its own (it must not import `autograder`).
"""

from __future__ import annotations

import base64
import datetime as _dt
import json
import math
import re
import struct
import time

MAX_DEPTH = 64
MAX_ITEMS = 50_000_000  # elements across a whole message (buffers count their bytes separately)
# The JSON part of a message: checked before it is parsed (numeric arrays travel as raw buffers;
# only strings and object columns need JSON). At most MAX_HEADER_ITEMS values in it: about
# 100 bytes of Python objects each, so the grader never holds more than ~1 GB for one header.
MAX_HEADER_BYTES = 256 * 2**20
MAX_HEADER_ITEMS = 10_000_000
CHECK_EVERY = 4096  # decoded items between two looks at the clock
# numpy dtypes that can be rebuilt from raw bytes: bool, ints, floats, complex, datetime, timedelta
NUMERIC_DTYPE = re.compile(r"^[<>|=]?(b1|[iu][1248]|f[248]|c(8|16)|[mM]8(\[[a-zA-Z0-9]+\])?)$")
MASKED_DTYPES = {
    "Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32", "UInt64",
    "Float32", "Float64", "boolean",
}  # fmt: skip
TIME_ZONE = re.compile(r"^[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*$")
TIME_UNIT = re.compile(r"^(s|ms|us|ns)$")


class UnreadableResult(ValueError):
    """The student's process sent something the grader cannot (or will not) rebuild."""


class Unsupported(TypeError):
    """encode() met a type the grader does not accept; the message names the type."""


# --------------------------------------------------------------------------------------------
# Encoding (runs in the student's process)
# --------------------------------------------------------------------------------------------


class _Encoder:
    def __init__(self):
        self.buffers: list[bytes] = []

    def buffer(self, data: bytes) -> int:
        self.buffers.append(bytes(data))
        return len(self.buffers) - 1

    def value(self, obj, depth=0):  # noqa: C901 -- one branch per accepted type
        if depth > MAX_DEPTH:
            raise Unsupported("a structure nested too deeply")
        np, pd, nx = _optional_modules()
        if obj is None or isinstance(obj, bool) and type(obj) is bool:
            return obj
        if type(obj) is int:
            return obj if abs(obj) < 2**53 else {"t": "int", "v": str(obj)}
        if type(obj) is float:
            return _float(obj)
        if type(obj) is str:
            return obj
        if np is not None and isinstance(obj, np.generic):
            return self.numpy_scalar(obj, np)
        if isinstance(obj, bool):
            return bool(obj)
        if isinstance(obj, int):
            return self.value(int(obj), depth)
        if isinstance(obj, float):
            return _float(float(obj))
        if isinstance(obj, str):
            return str(obj)
        if isinstance(obj, complex):
            return {"t": "complex", "re": _float(obj.real), "im": _float(obj.imag)}
        if isinstance(obj, (bytes, bytearray)):
            return {"t": "bytes", "v": base64.b64encode(bytes(obj)).decode()}
        if isinstance(obj, (list, tuple, set, frozenset)):
            kind = {list: "list", tuple: "tuple", set: "set", frozenset: "frozenset"}
            tag = next(t for cls, t in kind.items() if isinstance(obj, cls))
            return {"t": tag, "v": [self.value(x, depth + 1) for x in obj]}
        if isinstance(obj, range):
            return {"t": "range", "v": [obj.start, obj.stop, obj.step]}
        if isinstance(obj, dict):
            return {
                "t": "dict",
                "v": [[self.value(k, depth + 1), self.value(v, depth + 1)] for k, v in obj.items()],
            }
        if pd is not None:
            encoded = self.pandas(obj, pd, np, depth)
            if encoded is not None:
                return encoded
        if isinstance(obj, _dt.datetime):
            return {"t": "datetime", "v": obj.isoformat()}
        if isinstance(obj, _dt.date):
            return {"t": "date", "v": obj.isoformat()}
        if isinstance(obj, _dt.timedelta):
            return {"t": "timedelta", "v": [obj.days, obj.seconds, obj.microseconds]}
        if np is not None and isinstance(obj, np.ndarray):
            return self.array(obj, np, depth)
        if nx is not None and isinstance(obj, nx.Graph):
            return self.graph(obj, nx, depth)
        raise Unsupported(type(obj).__name__)

    def numpy_scalar(self, obj, np):
        if isinstance(obj, np.bool_):
            return {"t": "np", "dtype": "b1", "v": bool(obj)}
        if isinstance(obj, np.integer):
            return {"t": "np", "dtype": obj.dtype.str, "v": str(int(obj))}
        if isinstance(obj, np.floating):
            return {"t": "np", "dtype": obj.dtype.str, "v": _float(float(obj))}
        if isinstance(obj, (np.datetime64, np.timedelta64)):
            return {"t": "np", "dtype": obj.dtype.str, "v": str(obj.view("i8"))}
        if isinstance(obj, np.str_):
            return str(obj)
        if isinstance(obj, np.complexfloating):
            return {"t": "complex", "re": _float(obj.real), "im": _float(obj.imag)}
        raise Unsupported(f"numpy {type(obj).__name__}")

    def array(self, arr, np, depth):
        arr = np.asarray(arr)
        if NUMERIC_DTYPE.match(arr.dtype.str):
            data = np.ascontiguousarray(arr)
            return {
                "t": "ndarray",
                "dtype": arr.dtype.str,
                "shape": list(arr.shape),
                "buf": self.buffer(data.tobytes()),
            }
        flat = [self.value(x, depth + 1) for x in arr.reshape(-1).tolist()]
        return {"t": "ndarray_obj", "shape": list(arr.shape), "v": flat}

    def pandas(self, obj, pd, np, depth):
        if obj is pd.NA:
            return {"t": "pd.NA"}
        if obj is pd.NaT:
            return {"t": "pd.NaT"}
        if isinstance(obj, pd.Timestamp):
            return {"t": "timestamp", "v": str(obj.value), "unit": obj.unit, "tz": _tz_name(obj.tz)}
        if isinstance(obj, pd.Timedelta):
            return {"t": "pd.timedelta", "v": str(obj.value), "unit": obj.unit}
        if isinstance(obj, pd.DataFrame):
            return {
                "t": "dataframe",
                "columns": self.index(obj.columns, pd, np, depth),
                "data": [self.column(obj.iloc[:, i], pd, np, depth) for i in range(obj.shape[1])],
                "index": self.index(obj.index, pd, np, depth),
            }
        if isinstance(obj, pd.Series):
            return {
                "t": "series",
                "data": self.column(obj, pd, np, depth),
                "index": self.index(obj.index, pd, np, depth),
                "name": self.value(obj.name, depth + 1),
            }
        if isinstance(obj, pd.Index):
            return self.index(obj, pd, np, depth)
        if isinstance(obj, pd.Categorical):
            return {"t": "categorical", "data": self.values(pd.Series(obj).array, pd, np, depth)}
        return None

    def index(self, index, pd, np, depth):
        if isinstance(index, pd.RangeIndex):
            return {
                "t": "rangeindex",
                "v": [index.start, index.stop, index.step],
                "name": self.value(index.name, depth + 1),
            }
        if isinstance(index, pd.MultiIndex):
            return {
                "t": "multiindex",
                "levels": [
                    self.values(index.get_level_values(i).array, pd, np, depth)
                    for i in range(index.nlevels)
                ],
                "names": [self.value(n, depth + 1) for n in index.names],
            }
        return {
            "t": "index",
            "data": self.values(index.array, pd, np, depth),
            "name": self.value(index.name, depth + 1),
        }

    def column(self, series, pd, np, depth):
        return self.values(series.array, pd, np, depth)

    def values(self, array, pd, np, depth):
        """One column's values with its dtype: numpy, masked, categorical, datetime-tz, string."""
        dtype = array.dtype
        if isinstance(dtype, pd.CategoricalDtype):
            return {
                "kind": "category",
                "codes": self.array(np.asarray(array.codes), np, depth),
                "categories": self.index(dtype.categories, pd, np, depth),
                "ordered": bool(dtype.ordered),
            }
        if isinstance(dtype, pd.DatetimeTZDtype):
            return {
                "kind": "datetimetz",
                "unit": dtype.unit,
                "tz": _tz_name(dtype.tz),
                "i8": self.array(np.asarray(array.asi8), np, depth),
            }
        if isinstance(dtype, pd.StringDtype):
            na = "nan" if dtype.na_value is not pd.NA else "NA"
            items = [None if pd.isna(x) else str(x) for x in array]
            return {"kind": "string", "storage": dtype.storage, "na": na, "v": items}
        if isinstance(dtype, pd.SparseDtype) and NUMERIC_DTYPE.match(dtype.subtype.str):
            return {
                "kind": "sparse",
                "length": len(array),
                "fill": self.value(array.fill_value, depth + 1),
                "values": self.array(np.asarray(array.sp_values), np, depth),
                "indices": self.array(
                    np.asarray(array.sp_index.to_int_index().indices, dtype="<i8"), np, depth
                ),
            }
        if str(dtype) in MASKED_DTYPES:
            mask = np.asarray(array.isna())
            data = np.asarray(array.to_numpy(dtype=dtype.numpy_dtype, na_value=0))
            return {
                "kind": "masked",
                "dtype": str(dtype),
                "data": self.array(data, np, depth),
                "mask": self.array(mask, np, depth),
            }
        plain = np.asarray(array) if isinstance(array, pd.arrays.NumpyExtensionArray) else None
        if isinstance(dtype, np.dtype) or plain is not None:
            plain = np.asarray(array) if plain is None else plain
            if NUMERIC_DTYPE.match(plain.dtype.str):
                return {"kind": "numpy", "array": self.array(plain, np, depth)}
        items = [self.value(x, depth + 1) for x in array.astype(object)]
        return {"kind": "object", "v": items}

    def graph(self, graph, nx, depth):
        """Nodes and edges as columns (a list of ids, one column per attribute when every edge
        has the same keys): ten times faster than one small dict per edge on large graphs."""
        kinds = ["MultiDiGraph", "MultiGraph", "DiGraph", "Graph"]
        kind = next(k for k in kinds if isinstance(graph, getattr(nx, k)))
        multi = graph.is_multigraph()
        edges = list(graph.edges(keys=True, data=True) if multi else graph.edges(data=True))
        nodes = list(graph.nodes(data=True))
        encoded = {
            "t": "graph",
            "kind": kind,
            "graph": self.value(dict(graph.graph), depth + 1),
            "nodes": self.value_list([n for n, _ in nodes], depth),
            "node_attrs": self.attr_records([a for _, a in nodes], depth),
            "u": self.value_list([e[0] for e in edges], depth),
            "v": self.value_list([e[1] for e in edges], depth),
            "edge_attrs": self.attr_records([e[-1] for e in edges], depth),
        }
        if multi:
            encoded["keys"] = self.value_list([e[2] for e in edges], depth)
        return encoded

    def value_list(self, values: list, depth):
        """A list of plain values: int64 or float64 buffers, a JSON list of str, or one by one."""
        np = _optional_modules()[0]
        if np is not None and values:
            if (
                all(type(x) is int for x in values)
                and -(2**63) <= min(values)
                and max(values) < 2**63
            ):
                return {"k": "i8", "buf": self.buffer(np.array(values, dtype="<i8").tobytes())}
            if all(type(x) is float for x in values):
                return {"k": "f8", "buf": self.buffer(np.array(values, dtype="<f8").tobytes())}
        if all(type(x) is str for x in values):
            return {"k": "str", "v": values}
        return {"k": "any", "v": [self.value(x, depth + 1) for x in values]}

    def attr_records(self, dicts: list, depth):
        """Attribute dicts: columns when all have the same str keys, else one dict each."""
        first = tuple(dicts[0]) if dicts else ()
        if all(type(k) is str for k in first) and all(tuple(d) == first for d in dicts):
            columns = [self.value_list([d[k] for d in dicts], depth) for k in first]
            return {"k": "columns", "n": len(dicts), "keys": list(first), "cols": columns}
        return {"k": "dicts", "v": [self.value(dict(d), depth + 1) for d in dicts]}


def _float(x: float):
    if math.isfinite(x):
        return x
    return {"t": "float", "v": "nan" if math.isnan(x) else ("inf" if x > 0 else "-inf")}


def _tz_name(tz) -> str | None:
    if tz is None:
        return None
    key = getattr(tz, "key", None) or getattr(tz, "zone", None) or str(tz)
    return str(key)


def _optional_modules():
    import sys

    return sys.modules.get("numpy"), sys.modules.get("pandas"), sys.modules.get("networkx")


def encode(obj) -> tuple[dict, list[bytes]]:
    """(JSON-able header, raw buffers) for obj; raises Unsupported for types not accepted."""
    encoder = _Encoder()
    return {"value": encoder.value(obj)}, encoder.buffers


def pack(header: dict, buffers: list[bytes]) -> bytes:
    """One message: 4-byte header length, the JSON header, then the buffers back to back."""
    header = dict(header, buffers=[len(b) for b in buffers])
    text = json.dumps(header, allow_nan=False).encode()
    return struct.pack(">I", len(text)) + text + b"".join(buffers)


# --------------------------------------------------------------------------------------------
# Decoding (runs in the grader's process: every input is hostile)
# --------------------------------------------------------------------------------------------


def unpack(message) -> tuple[dict, list[memoryview]]:
    """(header, buffers) of one message (bytes or bytearray; the buffers are views of it, not
    copies). The header's size and item count are checked before it is parsed."""
    try:
        if len(message) < 4:
            raise UnreadableResult("a message too short to hold a header")
        (size,) = struct.unpack(">I", message[:4])
        if size > MAX_HEADER_BYTES or 4 + size > len(message):
            raise UnreadableResult("a message header over the size limit")
        text = bytes(memoryview(message)[4 : 4 + size])
        # Every JSON value but the first follows a comma or a colon: an upper bound, in C.
        if text.count(b",") + text.count(b":") > MAX_HEADER_ITEMS:
            raise UnreadableResult("a message header with too many items")
        header = json.loads(text)
        del text
        if not isinstance(header, dict):
            raise UnreadableResult("a message header that is not an object")
        lengths = header.get("buffers", [])
        if not isinstance(lengths, list) or not all(type(n) is int and n >= 0 for n in lengths):
            raise UnreadableResult("a message with bad buffer lengths")
        view, offset, buffers = memoryview(message), 4 + size, []
        for n in lengths:
            buffers.append(view[offset : offset + n])
            offset += n
        if offset != len(message):
            raise UnreadableResult("a message whose buffers do not add up")
        return header, buffers
    except UnreadableResult:
        raise
    except MemoryError:
        raise UnreadableResult("a message too large for the grader's memory") from None
    except (ValueError, TypeError, RecursionError, struct.error) as exc:
        raise UnreadableResult(f"a malformed message ({type(exc).__name__})") from None


def decode(encoded, buffers, deadline: float | None = None) -> object:
    """Rebuild a value from encode()'s output; raises UnreadableResult for anything else.

    `deadline` (time.monotonic()) bounds the time decoding may take: it is the call's time,
    and an answer built to be slow to read (hash collisions, millions of items) fails that
    call only."""
    try:
        return _Decoder(buffers, deadline).value(encoded, 0)
    except UnreadableResult:
        raise
    except MemoryError:
        raise UnreadableResult("a value too large for the grader's memory") from None
    except (ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError,
            AttributeError, ImportError) as exc:  # fmt: skip
        raise UnreadableResult(
            f"a value that could not be rebuilt ({type(exc).__name__})"
        ) from None


class _Decoder:
    def __init__(self, buffers, deadline: float | None = None):
        self.buffers = buffers
        self.items = 0
        self.deadline = deadline
        self.next_check = CHECK_EVERY

    def count(self, n=1):
        self.items += n
        if self.items > MAX_ITEMS:
            raise UnreadableResult("a value with too many elements")
        if self.deadline is not None and self.items >= self.next_check:
            self.next_check = self.items + CHECK_EVERY
            if time.monotonic() > self.deadline:
                raise UnreadableResult("a value that took too long to read (over the time limit)")

    def hashed(self, kind, items):
        """A set, frozenset or dict built one item at a time, the clock checked as it grows
        (colliding hashes make each insertion slow: one C call would not stop in time)."""
        out = {} if kind is dict else set()
        for i, item in enumerate(items):
            if kind is dict:
                out[item[0]] = item[1]
            else:
                out.add(item)
            if self.deadline is not None and i % 64 == 63:
                self.tick()
        return frozenset(out) if kind is frozenset else out

    def tick(self):
        if time.monotonic() > self.deadline:
            raise UnreadableResult("a value that took too long to read (over the time limit)")

    def value(self, enc, depth):  # noqa: C901 -- one branch per accepted tag
        if depth > MAX_DEPTH:
            raise UnreadableResult("a value nested too deeply")
        self.count()
        if enc is None or type(enc) in (bool, int, float, str):
            return _plain(enc)
        if type(enc) is not dict:
            raise UnreadableResult("an unknown encoding")
        tag = enc.get("t")
        d = depth + 1
        if tag == "int":
            return int(_str(enc["v"]))
        if tag == "float":
            return float({"nan": "nan", "inf": "inf", "-inf": "-inf"}[enc["v"]])
        if tag == "complex":
            return complex(self.number(enc["re"], d), self.number(enc["im"], d))
        if tag == "bytes":
            return base64.b64decode(_str(enc["v"]), validate=True)
        if tag in ("list", "tuple"):
            items = [self.value(x, d) for x in _list(enc["v"])]
            return items if tag == "list" else tuple(items)
        if tag in ("set", "frozenset"):
            items = (self.value(x, d) for x in _list(enc["v"]))
            return self.hashed(set if tag == "set" else frozenset, items)
        if tag == "range":
            start, stop, step = (_int(x) for x in _list(enc["v"], 3))
            return range(start, stop, step)
        if tag == "dict":
            pairs = (_list(pair, 2) for pair in _list(enc["v"]))
            return self.hashed(dict, ((self.value(k, d), self.value(v, d)) for k, v in pairs))
        if tag == "datetime":
            return _dt.datetime.fromisoformat(_str(enc["v"]))
        if tag == "date":
            return _dt.date.fromisoformat(_str(enc["v"]))
        if tag == "timedelta":
            days, seconds, micros = (_int(x) for x in _list(enc["v"], 3))
            return _dt.timedelta(days=days, seconds=seconds, microseconds=micros)
        if tag == "np":
            return self.numpy_scalar(enc)
        if tag == "ndarray":
            return self.array(enc)
        if tag == "ndarray_obj":
            import numpy as np

            shape = tuple(_int(n) for n in _list(enc["shape"]))
            items = [self.value(x, d) for x in _list(enc["v"])]
            out = np.empty(len(items), dtype=object)
            out[:] = items
            return out.reshape(shape)
        if tag in ("pd.NA", "pd.NaT", "timestamp", "pd.timedelta", "dataframe", "series",
                   "index", "rangeindex", "multiindex", "categorical"):  # fmt: skip
            return self.pandas(tag, enc, d)
        if tag == "graph":
            return self.graph(enc, d)
        raise UnreadableResult("an unknown encoding")

    def number(self, enc, depth):
        value = self.value(enc, depth)
        if type(value) not in (int, float):
            raise UnreadableResult("a number that is not a number")
        return value

    def numpy_scalar(self, enc):
        import numpy as np

        dtype = _numeric_dtype(enc["dtype"])
        if dtype.kind == "b":
            return np.bool_(bool(_plain(enc["v"])))
        if dtype.kind in "iumM":
            return np.array(
                [int(_str(enc["v"]))], dtype="i8" if dtype.kind in "mM" else dtype
            ).view(dtype)[0]
        if dtype.kind == "f":
            value = enc["v"]
            return dtype.type(self.value(value, 0) if isinstance(value, dict) else float(value))
        raise UnreadableResult("a numpy scalar of an unexpected kind")

    def array(self, enc):
        import numpy as np

        if type(enc) is not dict or enc.get("t") != "ndarray":
            raise UnreadableResult("an array that is not an array")
        dtype = _numeric_dtype(enc["dtype"])
        shape = tuple(_int(n) for n in _list(enc["shape"]))
        if any(n < 0 for n in shape) or len(shape) > 32:
            raise UnreadableResult("an array with a bad shape")
        buf = self.buffers[_int(enc["buf"])]
        count = math.prod(shape)
        if count * dtype.itemsize != len(buf):
            raise UnreadableResult("an array whose size does not match its shape")
        self.count(count)
        return np.frombuffer(buf, dtype=dtype).reshape(shape).copy()  # one copy, owned

    def pandas(self, tag, enc, d):
        import pandas as pd

        if tag == "pd.NA":
            return pd.NA
        if tag == "pd.NaT":
            return pd.NaT
        if tag == "timestamp":
            unit = _unit(enc["unit"])
            stamp = pd.Timestamp(int(_str(enc["v"])), unit="ns").as_unit(unit)
            tz = _tz(enc["tz"])
            return stamp.tz_localize("UTC").tz_convert(tz) if tz else stamp
        if tag == "pd.timedelta":
            return pd.Timedelta(int(_str(enc["v"])), unit="ns").as_unit(_unit(enc["unit"]))
        if tag == "series":
            values = self.values(enc["data"], d)
            index = self.index(enc["index"], d)
            if len(index) != len(values):
                raise UnreadableResult("a Series whose index and values differ in length")
            return pd.Series(values, index=index, name=self.value(enc["name"], d),
                             dtype=_object_or_none(values), copy=False)  # fmt: skip
        if tag == "dataframe":
            columns = self.index(enc["columns"], d)
            index = self.index(enc["index"], d)
            data = [self.values(c, d) for c in _list(enc["data"])]
            if len(data) != len(columns) or any(len(c) != len(index) for c in data):
                raise UnreadableResult("a DataFrame whose columns do not fit its shape")
            # Columns on a fresh RangeIndex, then the real index: no alignment on repeated labels.
            frame = pd.DataFrame({i: pd.Series(c, dtype=_object_or_none(c), copy=False)
                                  for i, c in enumerate(data)})  # fmt: skip
            frame.index = index
            frame.columns = columns
            return frame
        if tag == "categorical":
            return pd.Categorical(self.values(enc["data"], d))
        return self.index(enc, d)

    def index(self, enc, d):
        import pandas as pd

        if type(enc) is not dict:
            raise UnreadableResult("an index that is not an index")
        tag = enc.get("t")
        if tag == "rangeindex":
            start, stop, step = (_int(x) for x in _list(enc["v"], 3))
            return pd.RangeIndex(start, stop, step, name=self.value(enc["name"], d))
        if tag == "multiindex":
            levels = [_index(self.values(v, d)) for v in _list(enc["levels"])]
            names = [self.value(n, d) for n in _list(enc["names"])]
            if not levels or len(names) != len(levels):
                raise UnreadableResult("a MultiIndex with bad levels")
            return pd.MultiIndex.from_arrays(levels, names=names)
        if tag == "index":
            return _index(self.values(enc["data"], d), name=self.value(enc["name"], d))
        raise UnreadableResult("an index that is not an index")

    def values(self, enc, d):  # noqa: C901 -- one branch per column kind
        import numpy as np
        import pandas as pd

        if type(enc) is not dict:
            raise UnreadableResult("a column that is not a column")
        kind = enc.get("kind")
        if kind == "numpy":
            arr = self.array(enc["array"])
            if arr.ndim != 1:
                raise UnreadableResult("a column that is not one-dimensional")
            return arr
        if kind == "masked":
            dtype_name = _str(enc["dtype"])
            if dtype_name not in MASKED_DTYPES:
                raise UnreadableResult("a column with an unexpected dtype")
            data, mask = self.array(enc["data"]), self.array(enc["mask"])
            if data.ndim != 1 or mask.shape != data.shape or mask.dtype != np.bool_:
                raise UnreadableResult("a masked column with a bad mask")
            dtype = pd.api.types.pandas_dtype(dtype_name)
            if data.dtype != dtype.numpy_dtype:
                raise UnreadableResult("a masked column with bad data")
            return dtype.construct_array_type()(data, mask)
        if kind == "sparse":
            length, fill = _int(enc["length"]), self.value(enc["fill"], d)
            values, indices = self.array(enc["values"]), self.array(enc["indices"])
            if type(fill) not in (bool, int, float) or not 0 <= length <= MAX_ITEMS:
                raise UnreadableResult("a sparse column with a bad fill value or length")
            shaped = values.ndim == 1 and indices.shape == values.shape
            if (
                not shaped
                or indices.dtype != np.dtype("<i8")
                or len(indices)
                and (indices[0] < 0 or indices[-1] >= length or (np.diff(indices) <= 0).any())
            ):
                raise UnreadableResult("a sparse column with bad indices")
            self.count(length)
            dense = np.full(length, fill, dtype=values.dtype)
            dense[indices] = values
            dtype = pd.SparseDtype(values.dtype, fill)
            return pd.arrays.SparseArray(dense, fill_value=fill, kind="integer", dtype=dtype)
        if kind == "category":
            codes = self.array(enc["codes"])
            categories = self.index(enc["categories"], d)
            if (
                codes.ndim != 1
                or codes.dtype.kind != "i"
                or len(codes)
                and (codes.min() < -1 or codes.max() >= len(categories))
            ):
                raise UnreadableResult("a categorical column with bad codes")
            return pd.Categorical.from_codes(codes, categories=categories,
                                             ordered=bool(_plain(enc["ordered"])))  # fmt: skip
        if kind == "datetimetz":
            i8 = self.array(enc["i8"])
            if i8.ndim != 1 or i8.dtype != np.dtype("<i8"):
                raise UnreadableResult("a datetime column with bad data")
            unit, tz = _unit(enc["unit"]), _tz(enc["tz"])
            naive = i8.view(f"M8[{unit}]")
            return pd.DatetimeIndex(naive).tz_localize("UTC").tz_convert(tz).array
        if kind == "string":
            items = [None if x is None else _str(x) for x in _list(enc["v"])]
            self.count(len(items))
            storage = {"python": "python", "pyarrow": "python"}[_str(enc["storage"])]
            na_value = {"nan": np.nan, "NA": pd.NA}[_str(enc["na"])]
            return pd.array(items, dtype=pd.StringDtype(storage, na_value=na_value))
        if kind == "object":
            items = [self.value(x, d) for x in _list(enc["v"])]
            out = np.empty(len(items), dtype=object)
            out[:] = items
            return out
        raise UnreadableResult("a column of an unknown kind")

    def graph(self, enc, d):
        import networkx as nx

        kind = _str(enc["kind"])
        if kind not in ("Graph", "DiGraph", "MultiGraph", "MultiDiGraph"):
            raise UnreadableResult("a graph of an unknown kind")
        graph = getattr(nx, kind)()
        attrs = self.value(enc["graph"], d)
        if type(attrs) is not dict:
            raise UnreadableResult("graph attributes that are not a dict")
        graph.graph.update(attrs)
        nodes = self.value_list(enc["nodes"], d)
        node_attrs = self.attr_records(enc["node_attrs"], len(nodes), d)
        u, v = self.value_list(enc["u"], d), self.value_list(enc["v"], d)
        edge_attrs = self.attr_records(enc["edge_attrs"], len(u), d)
        if len(v) != len(u):
            raise UnreadableResult("a graph whose edge lists differ in length")
        columns = [u, v, edge_attrs]
        if graph.is_multigraph():
            keys = self.value_list(enc["keys"], d)
            if len(keys) != len(u):
                raise UnreadableResult("a graph whose edge keys do not fit its edges")
            columns.insert(2, keys)
        # In chunks, the clock checked between them: colliding hashes make insertion slow.
        for start in range(0, len(nodes), 4096):
            chunk = slice(start, start + 4096)
            graph.add_nodes_from(zip(nodes[chunk], node_attrs[chunk], strict=True))
            self.check_clock()
        for start in range(0, len(u), 4096):
            graph.add_edges_from(zip(*(c[start : start + 4096] for c in columns), strict=True))
            self.check_clock()
        return graph

    def value_list(self, enc, d) -> list:
        import numpy as np

        if type(enc) is not dict:
            raise UnreadableResult("a list of values that is not one")
        kind = enc.get("k")
        if kind in ("i8", "f8"):
            buf = self.buffers[_int(enc["buf"])]
            if len(buf) % 8:
                raise UnreadableResult("a buffer of values with a partial value")
            self.count(len(buf) // 8)
            return np.frombuffer(buf, dtype="<" + kind).tolist()
        if kind == "str":
            values = _list(enc["v"])
            self.count(len(values))
            if not all(type(x) is str for x in values):
                raise UnreadableResult("a list of strings that are not all strings")
            return values
        if kind == "any":
            return [self.value(x, d) for x in _list(enc["v"])]
        raise UnreadableResult("a list of values of an unknown kind")

    def attr_records(self, enc, n: int, d) -> list[dict]:
        if type(enc) is not dict:
            raise UnreadableResult("attributes that are not attributes")
        if enc.get("k") == "columns":
            keys = [_str(k) for k in _list(enc["keys"])]
            columns = [self.value_list(c, d) for c in _list(enc["cols"], len(keys))]
            if _int(enc["n"]) != n or any(len(c) != n for c in columns):
                raise UnreadableResult("attributes that do not fit the graph")
            if not keys:
                return [{} for _ in range(n)]
            return [dict(zip(keys, row, strict=True)) for row in zip(*columns, strict=True)]
        if enc.get("k") == "dicts":
            found = [self.value(x, d) for x in _list(enc["v"])]
            if len(found) != n or any(type(x) is not dict for x in found):
                raise UnreadableResult("attributes that do not fit the graph")
            return [{str(k): v for k, v in x.items()} for x in found]
        raise UnreadableResult("attributes of an unknown kind")

    def check_clock(self):
        if self.deadline is not None:
            self.tick()


def _object_or_none(values):
    """object for an object column (pandas 3 would otherwise infer `str` from it)."""
    import numpy as np

    return object if isinstance(values, np.ndarray) and values.dtype.kind == "O" else None


def _index(values, name=None):
    import pandas as pd

    return pd.Index(values, dtype=_object_or_none(values), name=name)


def _plain(x):
    if type(x) not in (bool, int, float, str) and x is not None:
        raise UnreadableResult("a scalar of an unexpected type")
    return x


def _str(x) -> str:
    if type(x) is not str:
        raise UnreadableResult("a string that is not a string")
    return x


def _int(x) -> int:
    if type(x) is not int:
        raise UnreadableResult("an integer that is not an integer")
    return x


def _list(x, length=None) -> list:
    if type(x) is not list or (length is not None and len(x) != length):
        raise UnreadableResult("a list that is not a list")
    return x


def _numeric_dtype(name):
    import numpy as np

    if type(name) is not str or not NUMERIC_DTYPE.match(name):
        raise UnreadableResult("an array of a dtype the grader does not accept")
    dtype = np.dtype(name)
    if dtype.fields is not None or dtype.subdtype is not None or dtype.hasobject:
        raise UnreadableResult("an array of a dtype the grader does not accept")
    return dtype


def _unit(name) -> str:
    if type(name) is not str or not TIME_UNIT.match(name):
        raise UnreadableResult("a time unit the grader does not accept")
    return name


def _tz(name):
    if name is None:
        return None
    if type(name) is not str or ".." in name or not TIME_ZONE.match(name) or len(name) > 64:
        raise UnreadableResult("a time zone the grader does not accept")
    return name
