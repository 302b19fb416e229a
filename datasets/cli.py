"""smcm-data (or python -m smcm_data): list, info, fetch, verify, scenario."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import fetch as fetching
from . import locate, registry
from .errors import DataError
from .loader import options_of
from .registry import RAW_GITHUB

# the same names as smcm_data.scenario.CRISIS_TYPES (a test checks), kept here so that building
# the parser does not import numpy and scipy
SCENARIO_TYPES = (
    "viral_video",
    "product_recall",
    "data_breach",
    "disaster_outage",
    "executive_misstatement",
)


def cmd_list(args: argparse.Namespace) -> int:
    for dataset in registry.datasets().values():
        size = dataset.total_bytes / 1e6
        print(f"{dataset.name:34} {size:6.1f} MB  {dataset.title}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    dataset = registry.get(args.name)
    print(f"{dataset.name}: {dataset.title}\n\n{dataset.description}\n")
    print(f"Licence:  {dataset.licence}\nCitation: {' '.join(dataset.citation.split())}")
    print(f"Modules:  {', '.join(dataset.modules)}")
    options = options_of(dataset.name)
    shown = ", ".join(f"{k}={v!r}" for k, v in options.items()) or "none"
    print(f"Load:     smcm_data.load({dataset.name!r}, raw=False) ; options: {shown}")
    print(f"Datasheet: datasets/datasheets/{dataset.name}.md\nFiles:")
    for data_file in dataset.files:
        where = data_file.origin.url() if data_file.origin else f"derived: {data_file.derivation}"
        print(
            f"  {data_file.name}  {data_file.bytes:,} bytes  sha256 {data_file.sha256}\n    {where}"
        )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    statuses = fetching.verify(args.names or None, progress=not args.quiet)
    bad = [s for s in statuses if s.status != "ok"]
    for status in bad:
        print(f"{status.status.upper():8} {status.dataset}/{status.file}: {status.detail}")
    print(f"{len(statuses) - len(bad)} of {len(statuses)} files verified")
    if bad:
        print("Searched: " + ", ".join(str(f) for f in locate.search_folders()))
    return 1 if bad else 0


def cmd_fetch(args: argparse.Namespace) -> int:
    written = fetching.fetch(
        args.names or None, dest=args.dest, base_url=args.base_url, progress=not args.quiet
    )
    print(f"{len(written)} file(s) downloaded and verified")
    return 0


def cmd_scenario(args: argparse.Namespace) -> int:
    from .scenario import generate, write  # numpy/scipy work only when asked for

    scenario = generate(seed=args.seed, crisis_type=args.type, progress=not args.quiet)
    for path in write(scenario, args.out, progress=not args.quiet):
        print(path)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smcm-data", description=__doc__)
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bars")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="list the registered data sets").set_defaults(run=cmd_list)
    info = commands.add_parser("info", help="files, licence, citation and options of a data set")
    info.add_argument("name")
    info.set_defaults(run=cmd_info)
    verify = commands.add_parser("verify", help="check every registered file's sha256")
    verify.add_argument("names", nargs="*", help="data sets (default: all)")
    verify.set_defaults(run=cmd_verify)
    fetch = commands.add_parser("fetch", help="download missing files from their pinned origin")
    fetch.add_argument("names", nargs="*", help="data sets (default: all)")
    fetch.add_argument("--dest", type=Path, default=None, help="default: the user cache folder")
    fetch.add_argument("--base-url", default=RAW_GITHUB, help=argparse.SUPPRESS)
    fetch.set_defaults(run=cmd_fetch)
    scenario = commands.add_parser("scenario", help="write a seeded synthetic crisis scenario")
    scenario.add_argument("--seed", type=int, required=True)
    scenario.add_argument(
        "--type",
        default="viral_video",
        choices=SCENARIO_TYPES,
        help="crisis type (default: viral_video)",
    )
    scenario.add_argument("--out", type=Path, required=True, help="output folder")
    scenario.set_defaults(run=cmd_scenario)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except DataError as error:
        print(f"smcm-data: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
