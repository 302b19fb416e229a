"""Mutants of a solution region: small, plausible mistakes a test suite should catch.

Each mutant changes one thing inside `### BEGIN SOLUTION` ... `### END SOLUTION`: an
operator, a comparison, a constant (+/-1), a dropped statement, a negated condition, two
swapped arguments, a min/max-style swap, or a function that returns early.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .notebook import BEGIN_SOLUTION, END_SOLUTION, regions


@dataclass(frozen=True)
class Mutant:
    description: str  # stable text used by the allow-list: "<operator> line N: detail"
    source: str  # the whole cell, mutated


COMPARE_SWAPS = {
    ast.Lt: (ast.LtE, ast.Gt),
    ast.LtE: (ast.Lt, ast.GtE),
    ast.Gt: (ast.GtE, ast.Lt),
    ast.GtE: (ast.Gt, ast.LtE),
    ast.Eq: (ast.NotEq,),
    ast.NotEq: (ast.Eq,),
    ast.Is: (ast.IsNot,),
    ast.IsNot: (ast.Is,),
    ast.In: (ast.NotIn,),
    ast.NotIn: (ast.In,),
}
BINOP_SWAPS = {
    ast.Add: (ast.Sub,),
    ast.Sub: (ast.Add,),
    ast.Mult: (ast.Div,),
    ast.Div: (ast.Mult, ast.FloorDiv),
    ast.FloorDiv: (ast.Div,),
    ast.Mod: (ast.FloorDiv,),
    ast.Pow: (ast.Mult,),
    ast.BitAnd: (ast.BitOr,),
    ast.BitOr: (ast.BitAnd,),
}
BOOL_SWAPS = {ast.And: ast.Or, ast.Or: ast.And}
# Names and methods that a slip of the mind swaps for their twin.
NAME_SWAPS = {
    "min": "max", "max": "min", "any": "all", "all": "any",
    "idxmax": "idxmin", "idxmin": "idxmax", "argmax": "argmin", "argmin": "argmax",
    "nlargest": "nsmallest", "nsmallest": "nlargest", "head": "tail", "tail": "head",
    "first": "last", "last": "first", "sum": "mean", "mean": "sum", "median": "mean",
    "in_degree": "out_degree", "out_degree": "in_degree",
    "predecessors": "successors", "successors": "predecessors",
    "in_edges": "out_edges", "out_edges": "in_edges",
    "union": "intersection", "intersection": "union",
    "floor": "ceil", "ceil": "floor", "cumsum": "cumprod", "std": "var", "var": "std",
}  # fmt: skip


def _in_region(node: ast.AST, spans: list[tuple[int, int]]) -> bool:
    line = getattr(node, "lineno", None)
    end = getattr(node, "end_lineno", line)
    return line is not None and any(a <= line and end <= b for a, b in spans)


def _sites(tree: ast.AST, spans) -> Iterator[tuple[int, str, str, Callable[[ast.AST], None]]]:
    """(node index in ast.walk order, operator, detail, edit) for every mutation site."""
    nodes = list(ast.walk(tree))
    for idx, node in enumerate(nodes):
        # Statement-level edits act on the parent's body; check the statement's own span.
        for field_name in ("body", "orelse", "finalbody"):
            body = getattr(node, field_name, None)
            if not isinstance(body, list):
                continue
            for pos, stmt in enumerate(body):
                if not isinstance(stmt, ast.stmt) or not _in_region(stmt, spans):
                    continue
                if isinstance(stmt, (ast.Pass, ast.FunctionDef)) or _is_docstring(stmt):
                    continue
                yield idx, "drop", f"line {stmt.lineno}: drop statement", _drop(field_name, pos)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            body = [s for s in node.body if not _is_docstring(s)]
            if len(body) >= 2 and _in_region(body[1], spans):
                first = body[1]
                yield (
                    idx,
                    "return-early",
                    f"line {first.lineno}: return None early",
                    _return_early(node.body.index(first)),
                )
        if not _in_region(node, spans):
            continue
        line = f"line {node.lineno}"
        if isinstance(node, ast.Compare):
            for k, op in enumerate(node.ops):
                for new in COMPARE_SWAPS.get(type(op), ()):
                    yield (
                        idx,
                        "compare",
                        f"{line}: {type(op).__name__}->{new.__name__}",
                        _set_op(k, new),
                    )
        elif isinstance(node, (ast.BinOp, ast.AugAssign)):
            for new in BINOP_SWAPS.get(type(node.op), ()):
                yield (
                    idx,
                    "arith",
                    f"{line}: {type(node.op).__name__}->{new.__name__}",
                    _set("op", new),
                )
        elif isinstance(node, ast.BoolOp):
            new = BOOL_SWAPS[type(node.op)]
            yield (
                idx,
                "boolean",
                f"{line}: {type(node.op).__name__}->{new.__name__}",
                _set("op", new),
            )
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.USub, ast.Invert)):
            yield idx, "unary", f"{line}: drop {type(node.op).__name__}", _set("op", ast.UAdd)
        elif isinstance(node, ast.Constant) and type(node.value) is int:
            for delta in (1, -1):
                yield idx, "constant", f"{line}: {node.value}->{node.value + delta}", _shift(delta)
        elif isinstance(node, ast.Constant) and type(node.value) is bool:
            yield idx, "constant", f"{line}: {node.value}->{not node.value}", _flip()
        elif isinstance(node, (ast.If, ast.While, ast.IfExp)):
            yield idx, "negate", f"{line}: negate condition", _negate()
        elif isinstance(node, ast.Call) and not _is_commutative(node.func):
            if len(node.args) >= 2 and not any(isinstance(a, ast.Starred) for a in node.args[:2]):
                yield idx, "swap-args", f"{line}: swap first two arguments", _swap_args()
        elif isinstance(node, ast.Return) and node.value is not None:
            if not (isinstance(node.value, ast.Constant) and node.value.value is None):
                yield idx, "return", f"{line}: return None", _set("value", None, const=True)
        elif isinstance(node, ast.Name) and node.id in NAME_SWAPS:
            yield idx, "swap-name", f"{line}: {node.id}->{NAME_SWAPS[node.id]}", _rename("id")
        elif isinstance(node, ast.Attribute) and node.attr in NAME_SWAPS:
            yield (
                idx,
                "swap-name",
                f"{line}: .{node.attr}->.{NAME_SWAPS[node.attr]}",
                _rename("attr"),
            )


# Swapping the arguments of these gives the same result: an equivalent mutant, not a test gap.
COMMUTATIVE_CALLS = {"min", "max", "hypot", "gcd", "lcm", "isclose", "array_equal"}


def _is_commutative(func: ast.expr) -> bool:
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    return name in COMMUTATIVE_CALLS


def _is_docstring(stmt: ast.stmt) -> bool:
    return (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Constant)
        and isinstance(stmt.value.value, str)
    )


def _drop(field_name, pos):
    def edit(node):
        getattr(node, field_name)[pos] = ast.Pass()

    return edit


def _return_early(pos):
    def edit(node):
        node.body.insert(pos, ast.Return(value=ast.Constant(value=None)))

    return edit


def _set_op(k, new):
    def edit(node):
        node.ops[k] = new()

    return edit


def _set(attr, new, const=False):
    def edit(node):
        setattr(node, attr, ast.Constant(value=new) if const else new())

    return edit


def _shift(delta):
    def edit(node):
        node.value = node.value + delta

    return edit


def _flip():
    def edit(node):
        node.value = not node.value

    return edit


def _negate():
    def edit(node):
        node.test = ast.UnaryOp(op=ast.Not(), operand=node.test)

    return edit


def _swap_args():
    def edit(node):
        node.args[0], node.args[1] = node.args[1], node.args[0]

    return edit


def _rename(attr):
    def edit(node):
        setattr(node, attr, NAME_SWAPS[getattr(node, attr)])

    return edit


def mutants(cell_source: str) -> list[Mutant]:
    """Every single-edit mutant of the cell's solution regions (deterministic order)."""
    spans = regions(cell_source, BEGIN_SOLUTION, END_SOLUTION)
    if not spans:
        return []
    tree = ast.parse(cell_source)
    original = ast.unparse(tree)
    found, seen = [], {original}
    for idx, operator, detail, edit in _sites(tree, spans):
        clone = copy.deepcopy(tree)
        edit(list(ast.walk(clone))[idx])
        ast.fix_missing_locations(clone)
        try:
            text = ast.unparse(clone)
            compile(text, "<mutant>", "exec")
        except (SyntaxError, ValueError, TypeError):
            continue
        if text in seen:  # two edits that give the same program are one mutant
            continue
        seen.add(text)
        found.append(Mutant(f"{operator} {detail}", text))
    return found
