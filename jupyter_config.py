"""The course's Jupyter and nbgrader settings: the one source of truth.

Read by every Jupyter application that `smcm lab` starts (it puts this folder on
JUPYTER_CONFIG_PATH), by plain `nbgrader ...` run from this folder (nbgrader_config.py
loads this file), and by the course's own tools (autograder.config).
"""

import os

c = get_config()  # noqa: F821 -- injected by traitlets when it loads this file

COURSE_ROOT = os.path.dirname(os.path.abspath(__file__))

# --- nbgrader: where things are -------------------------------------------------------
c.CourseDirectory.course_id = "smcm"
c.CourseDirectory.root = COURSE_ROOT
c.CourseDirectory.source_directory = "source"
c.CourseDirectory.release_directory = "release"
# Weekly assignments are wNN_topic/wNN_topic.ipynb; anything else in source/ is not one.
c.CourseDirectory.notebook_id = "*"

# --- nbgrader: what students see ------------------------------------------------------
# Unanswered exercises must fail with this error, never pass by accident; the audit checks
# that an untouched student version fails with nothing but NotImplementedError.
c.ClearSolutions.code_stub = {
    "python": (
        "# YOUR CODE HERE\n"
        'raise NotImplementedError("smcm: exercise not attempted yet -- replace this line '
        'with your code")'
    )
}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"
c.ClearSolutions.enforce_metadata = True
c.ClearHiddenTests.enforce_metadata = True

# --- nbgrader: grading limits -----------------------------------------------------------
c.ExecutePreprocessor.timeout = 60  # seconds per cell
c.Execute.timeout = 60

# --- the course's own grading settings (autograder.settings reads these) ---------------
c.CourseGrading.notebook_time_limit = 30  # seconds a whole notebook may take in the audit
c.CourseGrading.mutant_time_limit = 10  # seconds one mutant may run before it counts as killed
# smcm grade: processes grading at once (0 = every core); a Dask scheduler address such as
# "tcp://10.0.0.5:8786" hands submissions to that cluster instead (workers must see this folder
# at the same path). The gradebook is SQLite in the course root unless db_url says otherwise:
c.CourseGrading.workers = 0
c.CourseGrading.dask_scheduler = ""
# c.CourseDirectory.db_url = "postgresql://grader@dbhost/smcm"
# smcm export --format canvas: each assignment's Canvas id, so grades land in its column.
c.CourseGrading.canvas_assignment_ids = {}  # e.g. {"w01_orientation": 123456}
# The sandbox each submission runs in (bubblewrap; see autograder/grading/SANDBOX.md). Per cell
# the limit is c.ExecutePreprocessor.timeout above.
c.CourseGrading.sandbox = "bwrap"
c.CourseGrading.notebook_timeout = 300  # seconds for a whole submission (all cells and tests)
c.CourseGrading.memory_limit_mb = 2048  # address space of the student's process, and its cgroup
c.CourseGrading.max_processes = 64  # processes/threads the student's code may have at once
c.CourseGrading.output_limit_bytes = 1_000_000  # printed output kept per submission (bytes)

# --- JupyterLab: local only -------------------------------------------------------------
c.ServerApp.ip = "127.0.0.1"
c.ServerApp.root_dir = COURSE_ROOT
c.ServerApp.open_browser = False
# Students and self-learners start in the student versions.
c.LabApp.default_url = "/lab/tree/release"
