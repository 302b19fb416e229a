"""The course's settings, read from jupyter_config.py (the one source of truth)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from traitlets.config import Config, PyFileConfigLoader

from .paths import CONFIG_FILE


def ensure_environment_tools_on_path() -> None:
    """nbgrader runs `alembic` (and kernels run `python`) from PATH: make them this
    environment's, even when `smcm` was started as .venv/bin/smcm without activating it."""
    bin_dir = os.path.dirname(sys.executable)
    if bin_dir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")


def load_course_config(config_file: Path = CONFIG_FILE) -> Config:
    """The traitlets Config that jupyter_config.py makes."""
    ensure_environment_tools_on_path()
    loader = PyFileConfigLoader(config_file.name, path=str(config_file.parent))
    return loader.load_config()


@dataclass(frozen=True)
class GradingSettings:
    notebook_time_limit: float = 30.0
    mutant_time_limit: float = 10.0
    cell_timeout: int = 60
    # Workflow (smcm grade): processes (0 = every core), an optional Dask scheduler address,
    # and nbgrader's gradebook URL (c.CourseDirectory.db_url; "" = sqlite in the course root).
    workers: int = 0
    dask_scheduler: str = ""
    db_url: str = ""
    # Engine (grade_submission): the sandbox and its limits; cell_timeout above is per cell.
    sandbox: str = "bwrap"
    notebook_timeout: float = 300.0
    memory_limit_mb: int = 2048
    max_processes: int = 64
    output_limit_bytes: int = 1_000_000

    @classmethod
    def from_config(cls, config: Config | None = None) -> GradingSettings:
        config = config if config is not None else load_course_config()
        section = config.get("CourseGrading", {})
        return cls(
            notebook_time_limit=float(section.get("notebook_time_limit", cls.notebook_time_limit)),
            mutant_time_limit=float(section.get("mutant_time_limit", cls.mutant_time_limit)),
            cell_timeout=int(config.get("ExecutePreprocessor", {}).get("timeout", 60)),
            workers=int(section.get("workers", cls.workers)),
            dask_scheduler=str(section.get("dask_scheduler", cls.dask_scheduler)),
            db_url=str(config.get("CourseDirectory", {}).get("db_url", cls.db_url)),
            sandbox=str(section.get("sandbox", cls.sandbox)),
            notebook_timeout=float(section.get("notebook_timeout", cls.notebook_timeout)),
            memory_limit_mb=int(section.get("memory_limit_mb", cls.memory_limit_mb)),
            max_processes=int(section.get("max_processes", cls.max_processes)),
            output_limit_bytes=int(section.get("output_limit_bytes", cls.output_limit_bytes)),
        )
