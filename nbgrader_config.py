"""nbgrader reads this file from the course root; the settings themselves live in
jupyter_config.py, so that `nbgrader ...` and `smcm lab` share one source of truth."""

import os

c = get_config()  # noqa: F821 -- injected by traitlets
load_subconfig(os.path.join(os.path.dirname(os.path.abspath(__file__)), "jupyter_config.py"))  # noqa: F821
