"""A late-submission plugin as a course might configure it: one point off per hour late."""

import math

from nbgrader.plugins import LateSubmissionPlugin


class OnePointPerHour(LateSubmissionPlugin):
    def late_submission_penalty(self, student_id, score, total_seconds_late):
        return float(math.ceil(total_seconds_late / 3600))
