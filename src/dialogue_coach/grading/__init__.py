"""Graded assignments for the course: learner-facing checks and the instructor's pipeline.

- :mod:`.checks`: the checks in the notebooks' check cells (messages in :mod:`.messages`);
- :mod:`.answers`: reads answers from answer cells' text, without running code;
- :mod:`.nbgrader_ext`: nbgrader preprocessors (sandboxed execution, trusted checks,
  restored cells, feedback without hidden tests), wired in by ``nbgrader_config.py``;
- :mod:`.sandbox`: the bubblewrap kernel; :mod:`.intake`: repairs handed-in files;
- :mod:`.course`: the course folder's nbgrader configuration, and a learner's status on
  an assignment (graded, awaiting marking, not submitted);
- :mod:`.pipeline`: ``generate``, ``grade`` and ``report`` (``make exercises``,
  ``make grade``, ``make report``);
- :mod:`.report`: grades.csv, checks.csv, check_summary.csv and the class report PNG;
- :mod:`.feedback` and ``templates/feedback_kit/``: feedback pages in the assignment's
  language, and each learner's feedback index;
- :mod:`.notebook`: the small display helpers the assignments' notebooks call.

Importing this package is cheap (no nbgrader, no matplotlib): learners' kernels import
``dialogue_coach.grading.checks`` in every check cell.
"""
