"""Every word the widgets show, in both editions.

One key, one text, in English (``en``) and Norwegian bokmål (``nb``), side by side so the
two stay in step (a test checks that both have every key and the same fields). Fields in
braces are filled in by :func:`text`. The engine's own notes, suggestions and dimension
names come from its lexicons, in the same language.
"""

from __future__ import annotations

LANGUAGES = ("en", "nb")

UI_TEXT: dict[str, dict[str, str]] = {
    # --- verdicts ----------------------------------------------------------------------
    "label_dialogue": {"en": "Dialogue", "nb": "Dialog"},
    "label_broadcast": {"en": "Broadcast", "nb": "Kringkasting"},
    "label_good": {"en": "Good reply", "nb": "Godt svar"},
    "label_poor": {"en": "Poor reply", "nb": "Svakt svar"},
    "score": {"en": "Score: {score} of 100", "nb": "Poengsum: {score} av 100"},
    # --- the rewrite studio ------------------------------------------------------------
    "original_heading": {"en": "The original post", "nb": "Det opprinnelige innlegget"},
    "original_why": {"en": "Why this verdict?", "nb": "Hvorfor denne vurderingen?"},
    "rewrite_label": {"en": "Your rewrite", "nb": "Din omskriving"},
    "rewrite_heading": {"en": "Your version", "nb": "Din versjon"},
    "rewrite_empty": {
        "en": "The box is empty. Write your version of the post above, and the verdict "
              "appears here as you type.",
        "nb": "Feltet er tomt. Skriv din versjon av innlegget over, så dukker vurderingen "
              "opp her mens du skriver.",
    },
    # --- the reply trainer -------------------------------------------------------------
    "comment_heading": {"en": "The comment", "nb": "Kommentaren"},
    "reply_label": {"en": "Your reply", "nb": "Svaret ditt"},
    "reply_heading": {"en": "Verdict on your reply", "nb": "Vurdering av svaret ditt"},
    "reply_empty": {
        "en": "The box is empty. Write your reply to the comment above, and the verdict "
              "appears here as you type.",
        "nb": "Feltet er tomt. Skriv svaret ditt på kommentaren over, så dukker "
              "vurderingen opp her mens du skriver.",
    },
    "reply_marked": {"en": "Your reply, marked up:", "nb": "Svaret ditt, med markeringer:"},
    "comment_marked": {
        "en": "What the comment asks of you:",
        "nb": "Dette ber kommentaren deg om:",
    },
    # --- highlights and reasons --------------------------------------------------------
    "legend": {
        "en": "{helps} and {hurts}. The small numbers point to the list of reasons.",
        "nb": "{helps} og {hurts}. De små tallene viser til listen med grunner.",
    },
    "legend_helps": {"en": "Solid line: helps", "nb": "Hel strek: trekker opp"},
    "legend_hurts": {"en": "wavy line: hurts", "nb": "bølgestrek: trekker ned"},
    "too_many_marks": {
        "en": "Only the first {shown} of {total} marked passages are shown in the text.",
        "nb": "Bare de første {shown} av {total} markerte stedene vises i teksten.",
    },
    "why_heading": {"en": "Why", "nb": "Begrunnelse"},
    "helps": {"en": "Helps", "nb": "Trekker opp"},
    "hurts": {"en": "Hurts", "nb": "Trekker ned"},
    "whole_post": {"en": "the post as a whole", "nb": "innlegget som helhet"},
    "whole_reply": {"en": "the reply as a whole", "nb": "svaret som helhet"},
    "in_comment": {"en": "in the comment", "nb": "i kommentaren"},
    "more_quotes": {"en": "and {count} more", "nb": "og {count} til"},
    "no_reasons": {
        "en": "Nothing in the text pulls the score either way yet.",
        "nb": "Ingenting i teksten trekker poengsummen noen vei ennå.",
    },
    # --- what changed ------------------------------------------------------------------
    "changes_heading": {"en": "What changed", "nb": "Dette har endret seg"},
    "unchanged_text": {
        "en": "You have not changed the text yet. Edit it above and watch this part.",
        "nb": "Du har ikke endret teksten ennå. Skriv i feltet over og følg med her.",
    },
    "score_change": {
        "en": "Score: {before} → {after} ({delta} points).",
        "nb": "Poengsum: {before} → {after} ({delta} poeng).",
    },
    "label_changed": {
        "en": "The verdict changed: {before} → {after}.",
        "nb": "Vurderingen er endret: {before} → {after}.",
    },
    "label_same": {"en": "Same verdict: {label}.", "nb": "Samme vurdering: {label}."},
    "gained": {"en": "New in your version:", "nb": "Nytt i din versjon:"},
    "lost": {"en": "Gone from your version:", "nb": "Borte fra din versjon:"},
    "same_reasons": {
        "en": "The same reasons as before, in other words.",
        "nb": "De samme grunnene som før, med andre ord.",
    },
    # --- advice and dimensions ---------------------------------------------------------
    "suggestions_heading": {"en": "What to try next", "nb": "Prøv dette"},
    "dimensions_heading": {"en": "Dimension by dimension", "nb": "Del for del"},
    "dimensions_hint": {
        "en": "Each line runs from 0 to 100; higher is better on every line.",
        "nb": "Hver linje går fra 0 til 100; høyere er bedre på alle linjene.",
    },
    "problem": {
        "en": "The coach could not read this text. Change a word or two and it will "
              "try again.",
        "nb": "Coachen klarte ikke å lese denne teksten. Endre et ord eller to, så "
              "prøver den igjen.",
    },
}


def check_language(lang: str) -> str:
    """The widgets' language code, or a ValueError that lists the ones there are."""
    if lang not in LANGUAGES:
        choices = ", ".join(LANGUAGES)
        raise ValueError(f"no widget texts for language {lang!r}: use one of {choices}")
    return lang


def text(key: str, lang: str, **fields: object) -> str:
    """The text *key* in *lang*, with *fields* filled in (not escaped: that is the caller's)."""
    template = UI_TEXT[key][lang]
    return template.format(**fields) if fields else template
