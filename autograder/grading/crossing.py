"""What a test cell hands to the student's function, as it crosses into the sandbox.

In a notebook, a test cell passes live objects to the student's function: generators that are
consumed once, functions of its own that count their calls, tables, graphs. The grader must give
the student's function the same things, in another process. Arguments go grader -> sandbox as a
pickle (the student may read them: they are the test's inputs), made by `ArgumentPickler`:

* a student's function (`StudentFunction`) goes by name: the sandbox puts the student's own;
* a callable of the test's own (a function or lambda a test cell defined, a method of a test's
  object, `list.append` of a test's list) goes as a *callback*: the sandbox calls it back over
  the socket and it runs here, on the trusted side, with its own state, so a test can count and
  inspect the calls (CELF's laziness) exactly as in Jupyter. Its arguments come back through
  safe_codec (never unpickled); its result or exception goes to the sandbox like an argument;
* a generator is drained here and arrives as a one-pass iterator over the same items;
* dict views (`d.keys()`, `d.values()`, `d.items()`) arrive as views of a copy;
* everything else is pickled as usual (cloudpickle, so classes a test cell defines go by value).

Nothing in this module unpickles or evaluates what the sandbox sends.
"""

from __future__ import annotations

import collections
import io
import itertools
import operator
import pickle
import types
from dataclasses import dataclass, field

import cloudpickle

from . import safe_codec

REFERENCE = "sandbox_reference"  # the global the sandbox's unpickler resolves (find_class)
MAX_GENERATOR_ITEMS = 10_000_000
# Containers whose bound methods change the test's own state (`calls.append`): callbacks.
_MUTABLE = (list, dict, set, bytearray, collections.deque)


def sandbox_reference(kind: str, key):  # pragma: no cover -- resolved by the sandbox instead
    """Stands in a pickle for a student's function or a callback; the sandbox's unpickler
    replaces this global with its own resolver, so it never runs on the grader's side."""
    raise RuntimeError("a reference meant for the sandbox was unpickled outside it")


class ArgumentsNotSendable(TypeError):
    """A test passed something the grader cannot hand to the student's process (its fault,
    not the student's: the audit catches such a test cell when it grades the reference)."""


class StudentFunction:
    """Stands for a function the student defined; calling it calls theirs in the sandbox."""

    def __init__(self, call, name: str):
        self.smcm_call = call
        self.smcm_name = name
        self.__name__ = self.__qualname__ = name

    def __call__(self, *args, **kwargs):
        return self.smcm_call(self.smcm_name, args, kwargs)

    def __repr__(self):
        return f"<student function {self.smcm_name}>"


def is_trusted_callable(obj) -> bool:
    """Callables whose state lives in the test: they must run here, not as a copy."""
    if isinstance(obj, StudentFunction):
        return False
    if isinstance(obj, types.FunctionType):
        return obj.__module__ == "__main__"  # defined in a notebook cell
    if isinstance(obj, types.MethodType):
        return is_trusted_callable(obj.__func__) or type(obj.__self__).__module__ == "__main__"
    if isinstance(obj, types.BuiltinMethodType):
        return isinstance(obj.__self__, _MUTABLE)
    if isinstance(obj, type):
        return False  # a class is sent by reference, or by value when a cell defined it
    return callable(obj) and type(obj).__module__ == "__main__"


@dataclass
class Callbacks:
    """The test's callables handed to the sandbox during one call, by number."""

    table: dict[int, object] = field(default_factory=dict)
    numbers: dict[int, int] = field(default_factory=dict)  # id(callable) -> number
    errors: list = field(default_factory=list)  # exceptions the callables raised, in order

    def register(self, fn) -> int:
        number = self.numbers.get(id(fn))
        if number is None or self.table.get(number) is not fn:
            number = len(self.table) + 1
            self.table[number] = fn
            self.numbers[id(fn)] = number
        return number

    def get(self, number):
        fn = self.table.get(number) if type(number) is int else None
        if fn is None:
            raise ArgumentsNotSendable("a call back to a function the test did not pass")
        return fn


class ArgumentPickler(cloudpickle.Pickler):
    """pickle with the substitutions the module docstring lists (reducer_override is not
    called for str, int, float, bytes and the like: tables of strings stay fast)."""

    def __init__(self, file, callbacks: Callbacks):
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.callbacks = callbacks

    def reducer_override(self, obj):
        if isinstance(obj, StudentFunction):
            return sandbox_reference, ("student", obj.smcm_name)
        if isinstance(obj, types.GeneratorType):
            items = list(itertools.islice(obj, MAX_GENERATOR_ITEMS + 1))
            if len(items) > MAX_GENERATOR_ITEMS:
                raise ArgumentsNotSendable(f"a generator of over {MAX_GENERATOR_ITEMS:,} items")
            return iter, (items,)
        kind = type(obj)
        if kind is type({}.keys()):
            return operator.methodcaller("keys"), (dict.fromkeys(obj),)
        if kind is type({}.values()):
            return operator.methodcaller("values"), (dict(enumerate(obj)),)
        if kind is type({}.items()):
            return operator.methodcaller("items"), (dict(obj),)
        if is_trusted_callable(obj):
            return sandbox_reference, ("callback", self.callbacks.register(obj))
        return super().reducer_override(obj)


def pickle_for_sandbox(value, callbacks: Callbacks) -> bytes:
    """value as the sandbox's unpickler rebuilds it (see the module docstring)."""
    buffer = io.BytesIO()
    try:
        ArgumentPickler(buffer, callbacks).dump(value)
    except ArgumentsNotSendable:
        raise
    except Exception as exc:  # noqa: BLE001 -- pickling errors come in many classes
        raise ArgumentsNotSendable(
            f"the grader cannot send this argument to the student's process "
            f"({type(exc).__name__}: {str(exc)[:200]})"
        ) from None
    return buffer.getvalue()


def callback_arguments(header: dict, buffers) -> tuple[list, dict]:
    """The arguments the student's code passed to a callback, rebuilt by safe_codec."""
    value = safe_codec.decode(header.get("args"), buffers)
    if type(value) is not list or len(value) != 2:
        raise safe_codec.UnreadableResult("callback arguments that are not (args, kwargs)")
    args, kwargs = value
    if type(args) is not list or type(kwargs) is not dict:
        raise safe_codec.UnreadableResult("callback arguments that are not (args, kwargs)")
    if not all(type(k) is str for k in kwargs):
        raise safe_codec.UnreadableResult("callback keyword arguments with names not strings")
    return args, kwargs
