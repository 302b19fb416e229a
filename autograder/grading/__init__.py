"""Grading a whole class: intake, parallel grading into nbgrader's gradebook, backups and
integrity checks, feedback, LMS exports and the class report (`smcm collect|grade|feedback|
export|report`). The sandboxed grading of one submission lives in engine.py."""
