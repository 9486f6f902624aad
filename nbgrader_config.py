"""nbgrader configuration for the course "Talk With, Not At" (Snakk med, ikke til).

Read by nbgrader itself (formgrader, `nbgrader autograde`) and by `make exercises` /
`make grade` (python -m dialogue_coach.grading). Paths are relative to this file, so
the course folder is wherever this file is.

What the kit changes in nbgrader, and why (see src/dialogue_coach/grading/):
- answer cells get a plain placeholder ("..." between quotes), never
  `raise NotImplementedError()`: learners do not program;
- learners' notebooks run in a bubblewrap sandbox and check cells are scored in the
  grader's own process from the answers' text, so no notebook can fake a pass or touch
  the course folder;
- deleted or moved cells are put back before grading;
- re-grading keeps a hand mark as marked while the answer is unchanged;
- feedback never contains the source of hidden tests (nbgrader issues 917, 1363).
"""

import os

c = get_config()  # noqa: F821 - provided by traitlets when nbgrader loads this file

here = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(here, ".nbgrader"), exist_ok=True)

c.CourseDirectory.root = here
c.CourseDirectory.course_id = "talk-with-not-at"
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "exercises"
c.CourseDirectory.db_url = "sqlite:///" + os.path.join(here, ".nbgrader", "gradebook.db")

# Student versions: the answer line stays ("rewrite = \"\"\"...\"\"\""), the solution
# region that follows it disappears.
c.ClearSolutions.code_stub = {"python": ""}
c.ClearSolutions.text_stub = ""

# Autograding.
c.Execute.timeout = 30  # seconds per cell; a loop that runs forever is stopped here
c.Execute.shutdown_kernel = "immediate"  # nothing to flush; saves 0.1-0.2 s a notebook
c.SandboxedExecute.notebook_timeout = 120  # seconds for a whole notebook
c.SandboxedExecute.max_output_chars = 20000  # a 50 MB print keeps its first 20,000 chars
c.SandboxKernelManager.course_root = here
c.Autograde.sanitize_preprocessors = [
    "nbgrader.preprocessors.ClearOutput",
    "nbgrader.preprocessors.DeduplicateIds",
    "nbgrader.preprocessors.OverwriteKernelspec",
    "dialogue_coach.grading.nbgrader_ext.RestoreCells",
    "nbgrader.preprocessors.OverwriteCells",
    "nbgrader.preprocessors.CheckCellMetadata",
]
c.Autograde.autograde_preprocessors = [
    "dialogue_coach.grading.nbgrader_ext.SandboxedExecute",
    "dialogue_coach.grading.nbgrader_ext.TrustedChecks",
    "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor",
    "nbgrader.preprocessors.LimitOutput",
    "dialogue_coach.grading.nbgrader_ext.KeepManualMarks",
    "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata",
]

# Feedback: scores and messages of every check, never the hidden tests' source, in the
# assignment's language (templates/feedback_kit), with hand-marked parts shown as
# awaiting marking until they are marked.
c.GenerateFeedback.exporter_class = "dialogue_coach.grading.nbgrader_ext.FeedbackExporter"
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "dialogue_coach.grading.nbgrader_ext.FeedbackLabels",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
    "dialogue_coach.grading.nbgrader_ext.FeedbackClearHiddenTests",
]
