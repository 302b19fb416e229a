"""`smcm`: the course's command-line tool.

Each command lives in its own module and registers itself here through `register(subparsers)`;
add new commands to COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMAND_MODULES = [
    "autograder.commands.authoring",
    "autograder.commands.lab",
    "autograder.commands.grading",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smcm", description="Mathematics of Social Media Crisis Management: course tool"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and not getattr(args, "accepts_extra", False):
        parser.error(f"unrecognised arguments: {' '.join(extra)}")
    args.extra = extra
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
