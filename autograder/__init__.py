"""Course tooling built on nbgrader's API: build student versions, audit exercises, grade."""

import sys

# jsonschema (imported by nbformat) loads rfc3987_syntax, when installed, for its optional
# "iri" format checker; that import builds a parser and takes about 1 s (jsonschema issue
# #1392, measured here: `import autograder.grading.trusted` 1.31 s -> 0.23 s without it).
# Notebook validation never checks that format, and every grading process would pay the
# second, so the course's tools go without it. Only when jsonschema is not loaded yet: a
# process that already uses the checker keeps it.
if "jsonschema" not in sys.modules:
    sys.modules.setdefault("rfc3987_syntax", None)
