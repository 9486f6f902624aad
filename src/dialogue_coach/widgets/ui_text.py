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
    "comment_label": {
        "en": "The comment you are answering (paste one of your own if you like)",
        "nb": "Kommentaren du svarer på (lim gjerne inn en av dine egne)",
    },
    "comment_empty": {
        "en": "The comment box is empty. Write or paste the comment you are answering, "
              "then your reply.",
        "nb": "Kommentarfeltet er tomt. Skriv eller lim inn kommentaren du svarer på, "
              "og deretter svaret ditt.",
    },
    # --- live in the static book (the coach runs in the reader's browser) --------------
    "live_snapshot": {
        "en": "This is a snapshot, worked out when the book was built: typing or clicking "
              "here changes nothing. For a live coach, read this page on the course "
              "website, or run make serve in the course folder and open the address it "
              "prints.",
        "nb": "Dette er et øyeblikksbilde fra da boka ble bygget: Det skjer ingenting når "
              "du skriver eller klikker her. Vil du ha coachen med mens du jobber, kan du "
              "lese siden på kursets nettsted, eller kjøre make serve i kursmappa og åpne "
              "adressen den skriver ut.",
    },
    "live_idle": {
        "en": "The coach runs here, in your browser. It starts the first time you type or "
              "click in this box, and your text never leaves this page.",
        "nb": "Coachen kjører her, i nettleseren din. Den starter første gang du skriver "
              "eller klikker her, og teksten din forlater aldri denne siden.",
    },
    "live_loading": {
        "en": "Starting the coach in your browser (a few seconds the first time). Until "
              "then you see the snapshot. Your text never leaves this page.",
        "nb": "Coachen starter i nettleseren din (noen sekunder første gang). Til da ser du "
              "øyeblikksbildet. Teksten din forlater aldri denne siden.",
    },
    "live_ready": {
        "en": "Live: the coach runs in your browser and follows what you do. Your text "
              "never leaves this page.",
        "nb": "Direkte: Coachen kjører i nettleseren din og følger med på det du gjør. "
              "Teksten din forlater aldri denne siden.",
    },
    "live_failed": {
        "en": "The coach could not start in this browser, so what you see is the "
              "snapshot. Try an up-to-date browser, or the course website.",
        "nb": "Coachen fikk ikke startet i denne nettleseren, så det du ser, er "
              "øyeblikksbildet. Prøv en oppdatert nettleser, eller kursets nettsted.",
    },
    # --- the broadcaster quiz ----------------------------------------------------------
    "quiz_progress": {"en": "Post {n} of {total}", "nb": "Innlegg {n} av {total}"},
    "quiz_prompt": {
        "en": "Broadcast or dialogue? Choose one.",
        "nb": "Kringkasting eller dialog? Velg ett av dem.",
    },
    "quiz_choices": {"en": "Your answer", "nb": "Svaret ditt"},
    "word_broadcast": {"en": "broadcast", "nb": "kringkasting"},
    "word_dialogue": {"en": "dialogue", "nb": "dialog"},
    "quiz_right": {
        "en": "Right! You said {answer}, and so does the course.",
        "nb": "Riktig! Du sa {answer}, og det sier kurset også.",
    },
    "quiz_wrong": {
        "en": "Not this time: you said {answer}, but the course calls this post {label}.",
        "nb": "Ikke denne gangen: Du sa {answer}, men kurset kaller dette innlegget {label}.",
    },
    "quiz_family": {"en": "What it shows: {family}.", "nb": "Dette viser innlegget: {family}."},
    "quiz_reasons": {"en": "The coach's reasons", "nb": "Coachens begrunnelse"},
    "quiz_running": {
        "en": "Score so far: {right} of {answered}.",
        "nb": "Så langt: {right} av {answered} riktige.",
    },
    "quiz_next": {"en": "Next post", "nb": "Neste innlegg"},
    "quiz_finish": {"en": "See your result", "nb": "Se resultatet"},
    "quiz_restart": {"en": "Start again", "nb": "Begynn på nytt"},
    "quiz_summary_heading": {"en": "Your result", "nb": "Resultatet ditt"},
    "quiz_summary": {
        "en": "You sorted {right} of {total} posts right.",
        "nb": "Du hadde {right} av {total} riktige.",
    },
    "quiz_missed": {
        "en": "Families to look at again (the traps chapter has examples of each):",
        "nb": "Disse typene bør du se på igjen (kapittelet om fellene har eksempler på "
              "alle):",
    },
    "quiz_none_missed": {
        "en": "You missed none. Well spotted! Try the rewrite studio next.",
        "nb": "Du bommet ikke på noen. Godt sett! Prøv omskrivingsverkstedet etterpå.",
    },
    # --- the hat check -----------------------------------------------------------------
    "hat_intro": {
        "en": "How often is each statement true of you? Think of what you posted and "
              "answered in the last month. There are no right answers.",
        "nb": "Hvor ofte stemmer hver påstand for deg? Tenk på det du har publisert og "
              "svart på den siste måneden. Det finnes ingen riktige svar.",
    },
    "hat_statement": {"en": "Statement {n} of {total}", "nb": "Påstand {n} av {total}"},
    "hat_earlier_label": {
        "en": "A code from an earlier hat check (optional, to compare)",
        "nb": "En kode fra en tidligere hattesjekk (valgfritt, for å sammenligne)",
    },
    "hat_submit": {"en": "Show my profile", "nb": "Vis profilen min"},
    "hat_retake": {"en": "Change my answers", "nb": "Endre svarene"},
    "hat_missing": {
        "en": "Answer every statement first. Still open: {numbers}.",
        "nb": "Svar på alle påstandene først. Disse mangler: {numbers}.",
    },
    "hat_profile_heading": {"en": "Your hat profile", "nb": "Hatteprofilen din"},
    "hat_sender": {"en": "The sender's hat", "nb": "Avsenderhatten"},
    "hat_partner": {"en": "The dialogue partner's hat", "nb": "Samtalepartnerens hatt"},
    "hat_value": {"en": "{value} of 100", "nb": "{value} av 100"},
    "hat_scale_note": {
        "en": "Each hat from 0 to 100: how often you do what that hat does.",
        "nb": "Hver hatt fra 0 til 100: hvor ofte du gjør det den hatten gjør.",
    },
    "hat_lean_sender": {
        "en": "You mostly wear the sender's hat: you talk at people more often than with "
              "them.",
        "nb": "Du har oftest på deg avsenderhatten: Du snakker oftere til folk enn med "
              "dem.",
    },
    "hat_lean_partner": {
        "en": "You mostly wear the dialogue partner's hat. Keep it on!",
        "nb": "Du har oftest på deg samtalepartnerens hatt. Behold den på!",
    },
    "hat_lean_both": {
        "en": "You switch between the two hats. The advice below says where the "
              "sender's hat still shows.",
        "nb": "Du veksler mellom de to hattene. Rådene nedenfor viser hvor avsenderhatten "
              "fortsatt titter fram.",
    },
    "hat_advice_heading": {
        "en": "What to try this month",
        "nb": "Dette kan du prøve denne måneden",
    },
    "hat_no_advice": {
        "en": "None of your answers leans towards the sender's hat. Take the check again "
              "in a month to see that it stays that way.",
        "nb": "Ingen av svarene dine heller mot avsenderhatten. Ta sjekken igjen om en "
              "måned og se om det holder seg slik.",
    },
    "hat_code_heading": {"en": "Save your answers", "nb": "Lagre svarene dine"},
    "hat_code_label": {"en": "Your code", "nb": "Koden din"},
    "hat_code_hint": {
        "en": "Copy this code and keep it somewhere safe; in a web browser this device "
              "also remembers it. Take the check again in a month and paste the code in "
              "the box for an earlier code to see what has changed.",
        "nb": "Kopier koden og ta vare på den. I en nettleser husker også denne enheten "
              "den. Ta sjekken igjen om en måned og lim inn koden i feltet for en tidligere "
              "kode, så ser du hva som har endret seg.",
    },
    "hat_compare_heading": {"en": "Since {date}", "nb": "Siden {date}"},
    "hat_compare_line": {
        "en": "{hat}: {before} → {after} ({delta} points)",
        "nb": "{hat}: {before} → {after} ({delta} poeng)",
    },
    "hat_bad_code": {
        "en": "“{code}” is not a hat-check code, so there is nothing to compare with. A "
              "code looks like {example}.",
        "nb": "«{code}» er ikke en kode fra hattesjekken, så det er ingenting å "
              "sammenligne med. En kode ser slik ut: {example}.",
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
