"""Course tooling built on nbgrader's API: build student versions, audit exercises, grade."""
