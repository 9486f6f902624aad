"""dialogue_coach: is a social-media post dialogue or broadcast, and why.

>>> from dialogue_coach import analyze_post
>>> analyze_post("Tell us: what was the first fish you ever caught?").label
'dialogue'

The core uses the standard library only and reads its rules from TOML files in
``lexicons/``; lexicons are loaded on first use, so importing the package is cheap.
"""

from .language import UnsupportedLanguageError, detect_language, recognise
from .lexicon import supported_languages
from .post import analyze_post
from .reply import analyze_reply
from .result import Finding, PostResult, ReplyResult

__all__ = [
    "Finding",
    "PostResult",
    "ReplyResult",
    "UnsupportedLanguageError",
    "analyze_post",
    "analyze_reply",
    "detect_language",
    "recognise",
    "supported_languages",
]
__version__ = "0.1.0"
