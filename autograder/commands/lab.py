"""smcm lab: open the course in JupyterLab with the course's settings."""

from __future__ import annotations

import os
import shutil
import sys

from ..paths import COURSE_ROOT


def register(sub) -> None:
    lab = sub.add_parser(
        "lab", help="open the course in JupyterLab on 127.0.0.1 (extra args go to jupyter lab)"
    )
    lab.set_defaults(func=run_lab, accepts_extra=True)


def lab_environment(environ=None) -> dict[str, str]:
    """Put the course root on JUPYTER_CONFIG_PATH: every Jupyter app (the server, JupyterLab,
    nbgrader's extensions) then loads jupyter_config.py as its base configuration."""
    env = dict(os.environ if environ is None else environ)
    paths = [str(COURSE_ROOT)] + [
        p for p in env.get("JUPYTER_CONFIG_PATH", "").split(os.pathsep) if p
    ]
    env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(paths)
    env.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    return env


def lab_command(extra: list[str]) -> list[str]:
    jupyter = shutil.which("jupyter", path=os.path.dirname(sys.executable)) or "jupyter"
    command = [jupyter, "lab", *extra]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--allow-root" not in extra:
        command.append("--allow-root")  # jupyter refuses root without it (containers, CI)
    return command


def run_lab(args) -> int:
    command = lab_command(args.extra)
    os.chdir(COURSE_ROOT)
    os.execvpe(command[0], command, lab_environment())
    return 0  # not reached
