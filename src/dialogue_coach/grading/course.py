"""The course folder as nbgrader sees it: configuration, folder names, the gradebook.

Both the pipeline (:mod:`.pipeline`) and the reports (:mod:`.report`) import from here,
so neither imports the other.
"""

from __future__ import annotations

from pathlib import Path


def load_config(root: Path, overrides: dict | None = None):
    """The course's nbgrader_config.py, with *overrides* ({"Class.trait": value}) on top."""
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    root = Path(root).resolve()
    config_file = root / "nbgrader_config.py"
    if config_file.exists():
        cfg = PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config()
    else:
        cfg = Config()
    cfg.CourseDirectory.root = str(root)
    for dotted, value in (overrides or {}).items():
        section, trait = dotted.rsplit(".", 1)
        cfg[section][trait] = value
    return cfg


def coursedir(cfg):
    """nbgrader's CourseDirectory for *cfg*: folder names and db_url with defaults filled in."""
    from nbgrader.coursedir import CourseDirectory

    return CourseDirectory(config=cfg)


def db_url(cfg) -> str:
    return coursedir(cfg).db_url


def assignments_in(root: Path, source: str = "solutions") -> list[str]:
    folder = Path(root) / source
    return sorted(p.name for p in folder.iterdir()
                  if p.is_dir() and not p.name.startswith((".", "_")) and any(p.glob("*.ipynb")))


def assignment_lang(assignment: str) -> str:
    """The edition an assignment belongs to, from its name (nb-2-skriv-om -> nb)."""
    return "nb" if assignment.startswith("nb-") else "en"


# Where a learner stands on one assignment (grades.csv, feedback index, class report).
GRADED = "graded"
AWAITING = "awaiting marking"        # a hand-marked part is not marked yet
NOT_SUBMITTED = "not submitted"      # nothing handed in: no score, never a 0
