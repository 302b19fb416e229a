"""The course website: `python -m course.build` makes HTML of the plan, notebooks and data."""
