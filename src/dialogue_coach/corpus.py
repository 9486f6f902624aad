"""The kit's labelled corpus (data/*.jsonl) and its fixed train/test split.

The split is stratified by language x label x trap-or-not. Within each stratum the
items are ordered by a hash of their id and the 30 % with the smallest hashes form the
test split. An item's place depends only on its own id, so appending items moves at
most one existing item per stratum (when the 30 % quota grows or a newcomer hashes
lower); editing a text never moves it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict
from pathlib import Path

TEST_SHARE = 0.3
# The corpus lives beside the package in the repository (src/dialogue_coach -> data).
DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2] / "data"


def data_dir() -> Path:
    return Path(os.environ.get("DIALOGUE_COACH_DATA", DEFAULT_DATA_DIR))


def _read(name: str, folder: Path | None) -> list[dict]:
    folder = folder or data_dir()
    rows: list[dict] = []
    for lang in ("en", "nb"):
        path = folder / f"{name}_{lang}.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    if not rows:
        raise FileNotFoundError(f"no {name}_*.jsonl files in {folder}")
    return rows


def load_posts(folder: Path | None = None) -> list[dict]:
    return _read("posts", folder)


def load_replies(folder: Path | None = None) -> list[dict]:
    return _read("replies", folder)


# The blind sets, oldest first: each written by an outsider from the rubric alone.
BLIND_SETS = ("holdout", "holdout2", "holdout3", "holdout4", "holdout5")
# The blind sets that judged the word model (docs/engine.md, "The stacked rules"): nothing
# is fitted or chosen on them. The others chose the word model's weight beside the rules.
JUDGING_SETS = ("holdout4", "holdout5")


def load_blind(name: str = "holdout") -> tuple[list[dict], list[dict]]:
    """A blind set (one of ``BLIND_SETS``): posts and pairs an outsider wrote to the
    rubric alone.

    Never fitted or tuned on (see data/holdout/README.md): it only reports how the engine
    does on writing it has never seen.
    """
    folder = data_dir() / name

    def read(kind: str) -> list[dict]:
        path = folder / f"{kind}.jsonl"
        if not path.exists():
            raise FileNotFoundError(f"no {kind}.jsonl in {folder}")
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]

    return read("posts"), read("replies")


# Development banks: written blind to the rubric like the blind sets, but meant for
# tuning (their misreads may be read and fixed); see data/DATASHEET.md.
DEV_BANKS = ("dev3", "dev4", "dev5", "dev6", "dev7", "dev8")


def load_dev_bank(name: str = "dev3") -> tuple[list[dict], list[dict]]:
    """A development bank (one of ``DEV_BANKS``: ``data/dev3`` to ``dev8``): posts and
    pairs to tune on, unlike the blind sets. Same files and fields as a blind set."""
    return load_blind(name)


def load_language_texts(split: str, file: str | None = None) -> list[dict]:
    """Texts in many languages (data/languages/*.jsonl) for the language check, ``split``
    "dev" (tuning: texts.jsonl's dev half and dev2.jsonl to dev6.jsonl), "test" or
    "blind" (reporting only), from every file or from ``file`` alone; each has ``lang``
    and ``text``."""
    return [row for name, rows in _language_files(split).items()
            if file in (None, name) for row in rows]


def language_files(split: str) -> list[str]:
    """The names of the data/languages/ files that hold texts of ``split``."""
    return list(_language_files(split))


def _language_files(split: str) -> dict[str, list[dict]]:
    folder = data_dir() / "languages"
    found: dict[str, list[dict]] = {}
    for path in sorted(folder.glob("*.jsonl")) if folder.exists() else []:
        rows = [row for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip() and (row := json.loads(line)).get("split") == split]
        if rows:
            found[path.name] = rows
    return found


def _hash(item_id: str) -> str:
    return hashlib.sha256(item_id.encode("utf-8")).hexdigest()


def stratum(item: dict) -> tuple[str, str, bool]:
    return item["lang"], item["label"], item.get("trap") is not None


def split(items: list[dict]) -> tuple[list[dict], list[dict]]:
    """(train, test), stratified by language x label x trap-or-not, ordered by id hash."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for item in items:
        groups[stratum(item)].append(item)
    test_ids: set[str] = set()
    for members in groups.values():
        members = sorted(members, key=lambda it: _hash(it["id"]))
        quota = round(TEST_SHARE * len(members))
        test_ids.update(it["id"] for it in members[:quota])
    train = [it for it in items if it["id"] not in test_ids]
    test = [it for it in items if it["id"] in test_ids]
    return train, test
