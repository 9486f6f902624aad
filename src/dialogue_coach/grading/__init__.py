"""Graded assignments for the course: learner-facing checks and the instructor's pipeline.

- :mod:`.checks`: the checks in the notebooks' check cells (messages in :mod:`.messages`);
- :mod:`.answers`: reads answers from answer cells' text, without running code;
- :mod:`.nbgrader_ext`: nbgrader preprocessors (sandboxed execution, trusted checks,
  restored cells, feedback without hidden tests), wired in by ``nbgrader_config.py``;
- :mod:`.sandbox`: the bubblewrap kernel; :mod:`.intake`: repairs handed-in files;
- :mod:`.pipeline`: ``generate`` and ``grade`` (``make exercises``, ``make grade``);
- :mod:`.report`: grades.csv, checks.csv and the class report PNG;
- :mod:`.notebook`: the small display helpers the assignments' notebooks call.

Importing this package is cheap (no nbgrader, no matplotlib): learners' kernels import
``dialogue_coach.grading.checks`` in every check cell.
"""
