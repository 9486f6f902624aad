"""Judge a post: does it open a conversation, or broadcast?

The lexicon's phrase rules find the evidence; this module adds the checks that need
structure rather than phrases: whom a question is for and what follows it, which
sentences only sell (the purpose test), and whether anything is left for the reader to
answer once the selling is stripped.
"""

from __future__ import annotations

import re
from functools import cache

from .findings import advise, check_text, make, run_rules
from .language import check_language, detect_language, refuse_foreign
from .lexicon import LISTENING_RULE_KINDS, Lexicon, load_lexicon, load_model
from .result import Finding, PostResult
from .scoring import judge
from .text import Sentence, sentence_index, sentences
from .wording import post_grams, word_log_odds, wording_spans

# Findings that make a sentence a sales line (stripped by the purpose test).
SALES_KINDS = frozenset({"hard_sell", "offer", "engagement_bait", "imperative_you",
                         "promo_poll"})
# Selling of any strength: without it nothing can swallow an invitation.
SELLING_KINDS = frozenset({"hard_sell", "offer"})
# Saying what happens to the answers, reporting back, owning a mistake: the post listens,
# so selling beside it does not swallow its questions.
LISTENING_KINDS = frozenset({"uses_answers", "report_back", "admits_mistake"})
# Findings that, outside a sales line, give the reader something to answer.
CONVERSATION_KINDS = frozenset(
    {"open_question", "invitation", "report_back", "admits_mistake", "personal_warmth",
     "uses_answers"}
)
# Phrase findings that invite the reader besides a question (see _questions).
_INVITING_KINDS = frozenset({"invitation", "report_back", "admits_mistake",
                             "personal_warmth"})
# What a sentence read turned round may add (see _turned_round): the listening and
# inviting kinds of the rules (not a slogan, and not selling: an offer reads the same in any
# order).
_TURNED_KINDS = LISTENING_RULE_KINDS - {"listening_slogan"}
# Pseudo-dialogue already explains a question; do not judge that question twice.
_PSEUDO_QUESTION_KINDS = frozenset({"engagement_bait", "promo_poll", "listening_slogan"})


def analyze_post(text: str, lang: str | None = None) -> PostResult:
    """Score, label and explain a social-media post. See DESIGN.md for the contract.

    Raises :class:`~dialogue_coach.language.UnsupportedLanguageError` (a ValueError whose
    message, in ``lang`` when given, names the language found) for a post clearly in a
    language the coach does not read, such as nynorsk, Swedish or Danish.
    """
    check_text(text, "post")
    code = check_language(lang)
    refuse_foreign(text, code)
    code = code or detect_language(text)
    lex = load_lexicon(code)
    grams = post_grams(text, lex.stopwords)
    words = word_log_odds("post", grams)
    score, label, contributions, dims, findings = judge(
        post_findings(text, lex), "post", words,
        lambda: wording_spans("post", grams, words, text, "post", lex))
    return PostResult(
        lang=code,
        score=score,
        label=label,
        dimensions=dims,
        findings=tuple(findings),
        suggestions=tuple(_suggestions(text, findings, label, lex)),
        contributions=contributions,
    )


def post_findings(text: str, lex: Lexicon) -> list[Finding]:
    """All evidence in a post, before weighting (also used to fit the weights)."""
    sents = sentences(text)
    # (a tag is a label, not a line of selling: "#tilbud" in a wall of hashtags is
    # weighed as that wall, hashtag_load)
    found = [f for f in run_rules(text, lex.post_rules, "post")
             if not (f.kind == "offer" and text[f.start - 1:f.start] == "#")]
    found += _turned_round(text, sents, lex, found)
    found = _offers_inside_hard_sells(_questions_are_not_orders(found, sents, lex))
    kinds = {f.kind for f in found}
    if "uses_answers" in kinds and not kinds & {"hard_sell", "engagement_bait"}:
        # A vote whose result the brand promises to act on ("Vote in the comments ...
        # we'll serve the winner", "vote on the card at the till. The winner goes on the
        # menu") is a consultation, not a promotional poll: the vote invites.
        found = [make(text, f.start, f.end, "invitation", lex.note("consultation_vote"),
                      "post")
                 if f.kind == "promo_poll" else f for f in found]
    by_sentence: list[set[str]] = [set() for _ in sents]
    for f in found:
        if sents:
            by_sentence[sentence_index(sents, f.start)].add(f.kind)
    sales = {i for i, kinds in enumerate(by_sentence) if kinds & SALES_KINDS}
    pitched = _pitch_lines(sents, lex)
    pitch = sales | pitched
    # Sentences that invite the reader in a clause that sells nothing (see
    # _clause_sells_nothing): "Bring them on Saturday, it's 2 for 1, and tell us below how
    # you met" invites as well as it offers.
    phrase_selling = [(f.start, f.end) for f in found if f.kind in SALES_KINDS]
    clean_invites = {sentence_index(sents, f.start) for f in found
                     if f.kind in _INVITING_KINDS
                     and (sentence_index(sents, f.start) not in sales
                          or _clause_sells_nothing(text, sents, f, phrase_selling))}

    questions = _questions(text, sents, by_sentence, sales, pitch, clean_invites, lex)
    found += questions
    # A poll's "tell us in the comments" asks for a vote, not an opinion: the poll and
    # the line after it count as sales lines.
    for f in questions:
        if f.kind == "promo_poll":
            i = sentence_index(sents, f.start)
            sales |= {i, i + 1}
    # A slogan colours its own sentence and the next ("We hear you! That's why we...").
    slogans = {
        sentence_index(sents, f.start) + step
        for f in found if f.kind == "listening_slogan" for step in (0, 1)
    }
    # Self-praise colours its own sentence and the next ("We won! Thank you all!").
    boasts = {
        sentence_index(sents, f.start) + step
        for f in found if f.kind == "self_praise" for step in (0, 1)
    }
    # Purpose test: an invitation inside a sales line serves the sale, not the reader;
    # "you asked, we delivered" is a slogan, not a report, whatever else it says; and a
    # thank-you in the same breath as self-praise ("thanks for our best year ever", "we
    # won! thank you all!") celebrates the brand, not a person.
    # A line whose only selling is a calm offer ("All soups are 2 for 1 that day, and our
    # chef will serve whatever wins") still carries its invitation or promise when the
    # post listens: the offer is "a small product mention", not the line's purpose.
    # An invitation in the same sentence as a rhetorical question ("We need help: what
    # makes your mornings stressful? Our new machine makes them easier.") leads in to the
    # pitch with it. (Beside a hard sell or an offer, selling_swallows marks it instead.)
    lead_ins = set() if any(f.kind in SELLING_KINDS for f in found) else {
        sentence_index(sents, f.start) for f in questions if f.kind == "rhetorical_question"}
    listens = any(f.kind in LISTENING_KINDS for f in found)
    calm = {i for i in sales if listens and by_sentence[i] & SALES_KINDS == {"offer"}}
    # A sales line joined to an invitation by a dash or a semicolon ("We can't wait to
    # hear what you think – come and taste it at Bryggen on 14 June, 2 for 1 all day") is
    # two lines in one: the purpose test strips the selling clause, not the invitation.
    selling_spans = [(f.start, f.end) for f in found + questions if f.kind in SALES_KINDS]
    found = [
        f for f in found
        if not (sents and (
            (f.kind in CONVERSATION_KINDS and (
                sentence_index(sents, f.start) in lead_ins
                or (sentence_index(sents, f.start) in sales - calm
                    and not _clause_sells_nothing(text, sents, f, selling_spans))))
            or (f.kind == "report_back" and sentence_index(sents, f.start) in slogans)
            or (f.kind == "personal_warmth" and sentence_index(sents, f.start) in boasts)
        ))
    ]
    found += _references(text, sents, sales, lex)
    found += _shouting(text, lex)
    kinds = {f.kind for f in found}
    if ("uses_answers" in kinds
            and kinds & set(load_model("post")["swallow"].get("slogan_pushes", ()))
            and _promise_is_the_only_ask(found)):
        # "We read every comment! Shop now.": a promise to use the answers beside a push
        # to buy, asking nothing and citing nothing the readers said, is the rubric's
        # listening slogan.
        found = [make(text, f.start, f.end, "listening_slogan", lex.note("listening_slogan"),
                      "post") if f.kind == "uses_answers" else f for f in found]
        kinds = {f.kind for f in found}
    if kinds & SELLING_KINDS and not kinds & LISTENING_KINDS and _selling_dominates(
            found, sents, pitched, lex):
        # The rubric's "selling does not swallow it": a question or an invitation beside
        # selling that dominates the post, with no promise to do anything with the
        # answers, is there for the sale. Each one it swallows is marked, so its weight
        # can cancel the invitation's.
        found += [
            make(text, f.start, f.end, "selling_swallows", lex.note("selling_swallows"),
                 "post")
            for f in list(found) if f.kind in ("open_question", "invitation")
        ]
    if not any(f.kind in CONVERSATION_KINDS for f in found):
        body = text.strip()
        start = text.index(body)
        found.append(make(text, start, start + len(body), "no_conversation",
                          lex.note("no_conversation"), "post"))
    return found


def _promise_is_the_only_ask(found: list[Finding]) -> bool:
    """Is a promise to use the answers all the post offers the reader: no question, no
    report-back or owned mistake, and no invitation but the promise's own words?"""
    promises = [(f.start, f.end) for f in found if f.kind == "uses_answers"]
    return not any(
        f.kind in ("open_question", "closed_question", "report_back", "admits_mistake",
                   "personal_warmth")
        or (f.kind == "invitation" and not any(a < f.end and f.start < b for a, b in promises))
        for f in found)


def _selling_dominates(found: list[Finding], sents: list[Sentence], pitched: set[int],
                       lex: Lexicon) -> bool:
    """Does the selling in this post swallow its invitations, or only lower the score?

    The rubric weighs a balance: a post that genuinely invites is dialogue "and selling
    does not swallow it"; "a small product mention at the end of a genuine invitation
    lowers the score but does not flip the label"; and the purpose test strips the
    sales line to see whether readers still have something to say. So one calm offer
    line (what, what it costs, when, where) beside a question about the reader's life
    swallows nothing. Selling dominates when it pushes (a call to buy, urgency, a code,
    bait, "you deserve it", a promo poll, a rhetorical sales question), shouts, runs to
    several sales lines, leads the post (the offer before any genuine invitation), or
    when no invitation in the post is a genuine one. The rules
    and the threshold are data: ``[post.swallow]`` in features.toml and the
    ``sales_question`` cue in each lexicon.
    """
    if not sents:
        return True
    settings = load_model("post")["swallow"]
    push = set(settings.get("push_kinds", ()))
    if any(f.kind in push for f in found):
        return True
    offer_lines = {sentence_index(sents, f.start) for f in found if f.kind == "offer"}
    # A calm offer does not shout: capitals anywhere, or "!!" in a selling or pitching
    # line. "!!" of joy in a greeting ("Hi, all you fish soup lovers!! 🐟") is not shouting
    # about prices.
    selling_lines = offer_lines | pitched
    if any(f.kind == "shouting" and (any(c.isalpha() for c in f.text)
                                     or sentence_index(sents, f.start) in selling_lines)
           for f in found):
        return True
    if len(offer_lines) > settings.get("calm_offer_lines", 0):
        return True
    # "A small product mention": the brand's own message (the offer, a launch, a pitch)
    # must not take as many lines as the invitation does once it runs past one line.
    cues = lex.cues
    brand = offer_lines | {sentence_index(sents, f.start) for f in found
                           if f.kind in ("announcement", "self_praise")}
    brand |= pitched
    reader = {sentence_index(sents, f.start) for f in found
              if f.kind in ("open_question", "invitation")}
    if len(brand) > settings.get("calm_offer_lines", 0) and len(brand) >= len(reader):
        return True
    # "A small product mention at the end of a genuine invitation": the invitation comes
    # first. An offer that opens the post is its headline, and a question after it is
    # tacked on ("2 for 1 on pizzas this Tuesday! What's your favourite topping?").
    # (By where the words stand, not by sentence: "We can't wait to hear what you think –
    # come and taste it, 2 for 1 on Saturday" invites before it offers.)
    first_offer = min((f.start for f in found if f.kind == "offer"), default=sents[-1].end)
    for f in found:
        if f.kind in ("open_question", "invitation"):
            i = sentence_index(sents, f.start)
            s = sents[i].text
            # (an invitation addressed to the reader, "Write your tips below", asks for
            # something of theirs as an open question does)
            about_reader = bool(cues["experience"].search(s)) or bool(
                (f.kind == "invitation" or cues["open_question"].search(s))
                and cues["reader"].search(s))
            # (a question about the reader's own past is theirs wherever the offer
            # stands: "New fish soup, 2 for 1 on Saturday. Who was the first person you
            # shared a bowl with?" answers nothing the headline sells)
            own_past = f.kind == "open_question" and bool(cues["own_life"].search(s))
            if ((f.end <= first_offer or own_past) and about_reader
                    and not cues["sales_question"].search(s)):
                return False  # one genuine invitation outweighs one calm offer line
    return True


# Where a sentence splits into clauses: a dash or a semicolon between words, a comma
# before "and"/"but" (og/men), or a parenthesis. (Not "so": "it's 2 for 1, so bring a
# friend" carries the offer on.)
# (", which is 2 for 1" / «, som er 2 for 1» is a clause of its own: the offer hangs on the
# product, not on the invitation before it)
_CLAUSE_BREAK = re.compile(r"\s[–—-]\s|;\s|,\s(?:and|but|which|og|men|som)\s|\s?\(|\)")


def _clause_sells_nothing(text: str, sents: list[Sentence], f: Finding,
                          selling: list[tuple[int, int]]) -> bool:
    """Is the clause of ``f``'s sentence that holds ``f`` free of any selling finding?"""
    s = sents[sentence_index(sents, f.start)]
    start, end = s.start, s.end
    for m in _CLAUSE_BREAK.finditer(text, s.start, s.end):
        if m.end() <= f.start:
            start = m.end()
        elif m.start() >= f.end:
            end = m.start()
            break
    return not any(a < end and start < b for a, b in selling)


def _pitch_lines(sents: list[Sentence], lex: Lexicon) -> set[int]:
    """The sentences that sound like a pitch (the ``pitch`` cue, read sentence by
    sentence: some of its openings stand at a sentence's start)."""
    return {i for i, s in enumerate(sents) if lex.cues["pitch"].search(s.text)}


def _turned_round(text: str, sents: list[Sentence], lex: Lexicon,
                  found: list[Finding]) -> list[Finding]:
    """What the rules find in a sentence whose verb comes before its subject because an
    adverbial or the object opens it («På fredag leser kokken vår alle svarene», «Hver
    eneste kommentar leser Tor selv»), read turned round («kokken vår leser alle svarene»,
    «Tor leser hver eneste kommentar selv»): the rules are written subject first. Only when
    the sentence as written has no listening or inviting finding, and only findings of
    those kinds, each spanning the sentence from its verb on (the ``fronted`` and
    ``fronted_object`` cues; English has no such sentences)."""
    out = []
    fronted, fronted_object = lex.cues["fronted"].regex, lex.cues["fronted_object"].regex
    for s in sents:
        # (anchored: one try each, no Cue search)
        m = fronted_object.match(s.text) or fronted.match(s.text)
        if not m or any(s.start <= f.start < s.end and f.kind in _TURNED_KINDS
                        for f in found):
            continue  # (a sentence the rules already read as listening needs no second look)
        # (an adverbial is left out of the turned sentence; an object goes after the verb)
        obj = f" {m['obj']}" if "obj" in m.re.groupindex else ""
        turned = f"{m['subj']} {m['verb']}{obj}{s.text[m.end():]}"
        start = s.start + m.start("verb")
        notes = {f.kind: f.note for f in run_rules(turned, _listening_rules(lex.code), "post")}
        out += [make(text, start, s.end, kind, note, "post") for kind, note in notes.items()]
    return out


@cache
def _listening_rules(code: str) -> tuple:
    """The post rules of the kinds a sentence read turned round may add (one tuple per
    language, so that run_rules keeps its plan)."""
    return tuple(r for r in load_lexicon(code).post_rules if r.kind in _TURNED_KINDS)


def _offers_inside_hard_sells(found: list[Finding]) -> list[Finding]:
    """An offer phrase inside a hard sell ("begrenset tilbud") is that hard sell."""
    pushes = [(f.start, f.end) for f in found if f.kind == "hard_sell"]
    if not pushes:
        return found
    return [f for f in found
            if not (f.kind == "offer" and any(a < f.end and f.start < b for a, b in pushes))]


def _asks(s: Sentence, cues: dict) -> bool:
    """Is the sentence a question: a "?", or a question to the reader that a learner
    ended with a full stop (the ``unmarked_question`` cue)?"""
    return s.is_question or bool(cues["unmarked_question"].regex.match(s.text))


def _questions(text, sents, by_sentence, sales, pitch, clean_invites, lex) -> list[Finding]:
    """Classify each question by whom it is for and what follows it."""
    out = []
    cues = lex.cues
    promises = any("uses_answers" in kinds for kinds in by_sentence)
    asks = [_asks(s, cues) for s in sents]
    for i, s in enumerate(sents):
        if not asks[i] or by_sentence[i] & _PSEUDO_QUESTION_KINDS:
            continue
        q = s.text
        # The brand's own answer may come right after, or after a second question.
        nxt = i + 2 if i + 1 < len(sents) and asks[i + 1] else i + 1
        # (a line that says what happens to the answers, "Your answers go into the new
        # soup", is the brand listening, not its pitch)
        followed_by_pitch = any(j in pitch and not by_sentence[j] & LISTENING_KINDS
                                for j in (i + 1, nxt) if j < len(sents))
        is_open = bool(cues["open_question"].search(q))
        about_reader = bool(cues["experience"].search(q)) or (
            is_open and bool(cues["reader"].search(q))
        )
        self_answered = (i + 1 < len(sents) and cues["self_answer"].search(sents[i + 1].text))
        asks_why = any(j != i and j in clean_invites
                       and cues["open_question"].search(sents[j].text)
                       for j in range(len(sents)))
        # A sales opener ("Tired of X?", "Did you notice ...?") is rhetorical only on the
        # way to something: a sentence after it, or a pitch somewhere in the post. As
        # the last words of a post that sells nothing it is a question left for readers.
        lead_in = bool(cues["rhetorical_start"].search(q)) and (i + 1 < len(sents) or bool(pitch))
        # A question about the reader's life still serves the pitch when the pitch comes
        # next, unless the post says what it will do with the answers, or unless the post
        # has already invited in other words and the pitch does not answer the question: a
        # launch or an offer that only says what, when and where ("We're making a new fish
        # soup and need your help: what matters most in one for you? The new soup arrives
        # at Bryggen on 14 June") answers nothing the reader was asked, so the question
        # stays theirs, and whether the selling swallows it is weighed with the rest of
        # the post (_selling_dominates). A lone question before a pitch ("What's your
        # favourite topping? Our truffle pizza is here!"), or one whose invitation is only
        # tacked on after the pitch, is still the pitch's lead-in.
        # A question about the reader's own past ("What soup did someone make for you when
        # you were ill as a child?") is theirs on its own: nothing the brand sells answers
        # it, so a calm offer after it is "a small product mention", not its answer.
        remembers = is_open and bool(cues["own_life"].search(q))
        genuine = (about_reader or remembers) and not cues["sales_question"].search(q) and (
            remembers or any(j in clean_invites for j in range(nxt + 1)))
        # (a pitch line that also invites in a clean clause hands the word to the reader)
        answered_by_pitch = any(j < len(sents) and j in pitch and j not in clean_invites
                                and cues["pitch_answers"].search(sents[j].text)
                                for j in (i + 1, nxt))
        if i in sales or lead_in or self_answered or (
            followed_by_pitch and not (about_reader and promises)
            and not (genuine and not answered_by_pitch)
        ):
            kind = "rhetorical_question"
        elif cues["either_or"].search(q) and not promises and not asks_why and (
            cues["promo_context"].search(q) or any(by_sentence[j] & SALES_KINDS
                                                   for j in range(len(sents)))
        ):
            # (with a promise to act on the answers, "dill or cream?" is a consultation,
            # and so it is when the post also asks how, why or where: "Summer food or
            # winter food? Tell us where and when you eat yours.")
            kind = "promo_poll"
        elif about_reader or is_open or (promises and cues["choice"].search(q)):
            # (an either-or the post promises to act on is a consultation: the readers'
            # choice decides something, "Lefse or flatbread? The most votes goes on the menu")
            kind = "open_question"
        else:
            kind = "closed_question"
        out.append(_sentence_finding(text, s, kind, lex))
    return out


def _questions_are_not_orders(found: list[Finding], sents: list[Sentence],
                              lex: Lexicon) -> list[Finding]:
    """Drop "you" imperatives that sit inside a genuine open question, and calls to buy
    inside a question about the reader's own past.

    "Make your mornings easier" is an order to buy in "Make your mornings easier with
    Brew!", but in "What would make your mornings easier?" it asks about the reader's
    life. An open question (what, how, which ...) that does not open like a sales
    question ("Why not treat yourself?") is not an imperative; whether it serves a
    pitch is judged with the question itself, by what follows it.
    """
    if not sents:
        return found
    cues = lex.cues
    out = []
    for f in found:
        if f.kind in ("imperative_you", "hard_sell"):
            s = sents[sentence_index(sents, f.start)]
            # (a call to buy is an order unless the question asks about the reader's
            # own past: "Which bread did your grandparents buy here?")
            asks_about = cues["open_question" if f.kind == "imperative_you" else "experience"]
            if (_asks(s, cues) and asks_about.search(s.text)
                    and not cues["rhetorical_start"].search(s.text)
                    and not cues["sales_question"].search(s.text)):
                continue
        out.append(f)
    return out


def _sentence_finding(text: str, s: Sentence, kind: str, lex: Lexicon) -> Finding:
    return make(text, s.start, s.end, kind, lex.note(kind), "post")


def _references(text, sents, sales, lex) -> list[Finding]:
    """Words for the reader (outside sales lines) and words for the brand itself."""
    out = []
    for m in lex.cues["reader"].finditer(text):
        if sents and sentence_index(sents, m.start()) in sales:
            continue
        out.append(make(text, m.start(), m.end(), "audience_focus",
                        lex.note("audience_focus"), "post"))
    for m in lex.cues["self"].finditer(text):
        out.append(make(text, m.start(), m.end(), "self_focus", lex.note("self_focus"), "post"))
    return out


def _shouting(text: str, lex: Lexicon) -> list[Finding]:
    out = [
        make(text, m.start(), m.end(), "shouting", lex.note("shouting"), "post")
        for m in lex.cues["shouting"].finditer(text)
    ]
    tags = list(lex.cues["hashtag"].finditer(text))
    if len(tags) >= 3:  # one or two hashtags are labels; a wall of them is shouting
        out.append(make(text, tags[0].start(), tags[-1].end(), "hashtag_load",
                        lex.note("hashtag_load"), "post"))
    return out


def _suggestions(text: str, findings: list[Finding], label: str, lex: Lexicon) -> list[str]:
    """Concrete advice, worst problem first, in the lexicon's language; never advice the
    text already follows (see ``advise``)."""
    kinds = {f.kind for f in findings}
    harmful = sorted(
        (f for f in findings if f.effect < 0 and f.kind in lex.suggestions),
        key=lambda f: f.effect,
    )
    keys = [f.kind for f in harmful]
    if "human_voice" not in kinds and "personal_warmth" not in kinds:
        keys.append("add_human_voice")
    if label == "dialogue" and "report_back" not in kinds:
        keys.append("close_the_loop")
    return advise(keys, text, kinds, lex)[:4]
