"""The runner's answer to a call, as a typed value: what the grader may conclude from it.

The sandbox answers with a JSON header (never unpickled). `read_reply` turns that header into
exactly one of five kinds, checking every field's type, so the code that decides a verdict
matches on a kind and cannot misread a field the student's process chose to send.
"""

from __future__ import annotations

from dataclasses import dataclass

from .safe_codec import UnreadableResult


@dataclass(frozen=True)
class Returned:
    """The function returned: its value, still encoded (decode it against the call's clock)."""

    encoded: object


@dataclass(frozen=True)
class Raised:
    """The function raised: [module, qualified name] of each class in its MRO, first first."""

    classes: list[list[str]]

    @property
    def memory_error(self) -> bool:
        return ["builtins", "MemoryError"] in self.classes


@dataclass(frozen=True)
class TimedOut:
    """The runner's own time limit stopped the function."""


@dataclass(frozen=True)
class Missing:
    """The name asked for is not defined in the student's namespace."""


@dataclass(frozen=True)
class Unsupported:
    """The function returned a value of a type the grader does not accept."""


Reply = Returned | Raised | TimedOut | Missing | Unsupported


def read_reply(header: dict) -> Reply:
    """The kind of answer `header` holds; UnreadableResult for anything else."""
    kinds = [
        key for key in ("raised", "timeout", "missing", "unsupported", "value") if key in header
    ]
    if len(kinds) != 1:
        raise UnreadableResult("an answer that is not exactly one kind of answer")
    kind = kinds[0]
    if kind == "raised":
        classes = header["raised"]
        if type(classes) is not list or not all(
            type(c) is list and len(c) == 2 and all(type(x) is str for x in c) for c in classes
        ):
            raise UnreadableResult("an exception described in an unexpected way")
        return Raised(classes)
    if kind == "timeout":
        return TimedOut()
    if kind == "missing":
        return Missing()
    if kind == "unsupported":
        return Unsupported()
    return Returned(header["value"])
