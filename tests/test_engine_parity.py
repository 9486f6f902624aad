"""Parity of rule families: what one language's lexicon catches, the other catches too.

``lexicons/parity.toml`` lists each family of phrase rules with an everyday example in
each language. The test fails when a language's lexicon has a kind of rule the other
lacks (unless ``[only]`` gives the reason), when a kind has no family listed, when a
family's example is not caught in one of the languages, or when the lexicons' notes,
suggestions, cues or dimension names differ in their keys.
"""

from __future__ import annotations

import tomllib

import pytest

from dialogue_coach.findings import run_rules
from dialogue_coach.lexicon import LEXICON_DIR, load_lexicon, supported_languages

PARITY = tomllib.loads((LEXICON_DIR / "parity.toml").read_text(encoding="utf-8"))
LANGS = supported_languages()
SECTIONS = {"post": "post_rules", "reply": "reply_rules", "comment": "comment_rules"}


def kinds(lang: str, section: str) -> set[str]:
    return {r.kind for r in getattr(load_lexicon(lang), SECTIONS[section])}


def families_per_language() -> dict[str, dict[str, list[str]]]:
    """{section: {lang: sorted kinds}}: the list the test compares (printed on failure)."""
    return {s: {lang: sorted(kinds(lang, s)) for lang in LANGS} for s in SECTIONS}


@pytest.mark.parametrize("section", SECTIONS)
def test_every_kind_of_rule_exists_in_every_language(section):
    only = PARITY.get("only", {})
    table = families_per_language()[section]
    for lang in LANGS:
        for other in LANGS:
            missing = set(table[lang]) - set(table[other]) - set(only.get(lang, {}))
            assert not missing, (f"{lang}.toml has {section} rules of kinds {sorted(missing)} "
                                 f"that {other}.toml lacks; add them, or give the reason "
                                 f"under [only.{lang}] in parity.toml. Table: {table}")


@pytest.mark.parametrize("section", SECTIONS)
def test_every_kind_has_a_family_with_examples(section):
    listed = {f["kind"] for f in PARITY["family"] if f["section"] == section}
    for lang in LANGS:
        assert kinds(lang, section) <= listed, sorted(kinds(lang, section) - listed)


@pytest.mark.parametrize("family", PARITY["family"], ids=lambda f: f["name"])
@pytest.mark.parametrize("lang", LANGS)
def test_each_family_catches_its_example_in_each_language(family, lang):
    rules = getattr(load_lexicon(lang), SECTIONS[family["section"]])
    found = {f.kind for f in run_rules(family[lang], rules, family["section"])}
    assert family["kind"] in found, (family["name"], lang, family[lang], sorted(found))


@pytest.mark.parametrize("table", ["notes", "suggestions", "suggestion_checks", "cues",
                                   "dimension_names"])
def test_the_lexicons_have_the_same_notes_tips_and_cues(table):
    keys = {lang: set(getattr(load_lexicon(lang), table)) for lang in LANGS}
    first = keys[LANGS[0]]
    for lang in LANGS[1:]:
        assert keys[lang] == first, (lang, sorted(keys[lang] ^ first))
