"""Judge a brand's reply to a follower's comment: good or poor, and why.

A reply is judged against the comment it answers: a question needs an answer or a
concrete next step, a complaint needs empathy, praise needs thanks, not a pitch.
"""

from __future__ import annotations

import re

from .findings import advise, check_text, make, run_rules
from .language import check_language, detect_language, refuse_foreign
from .lexicon import Lexicon, load_lexicon
from .result import Finding, ReplyResult
from .scoring import judge
from .text import WORD, sentence_index, sentences, words
from .wording import reply_grams, word_log_odds, wording_spans

# What counts as meeting a question: an answer, a concrete step, or a private channel
# with a reason. Taking up the comment's words (on_topic) is not enough: polite dodges
# do that too.
ANSWER_KINDS = frozenset({"direct_answer", "answer", "next_step", "dm_with_reason"})
ACTION_KINDS = frozenset({"next_step", "dm_with_reason"})
# A reply that meets the person, not only the topic.
_ENGAGED = frozenset({"addresses_person", "empathy", "human_voice", "warmth"})
# An answer wrapped in these is not a clean one: it sells, redirects or hides.
_NOT_A_CLEAN_ANSWER = frozenset({"upsell", "deflection", "needless_dm", "template", "mocking",
                                 "hostile", "defensive", "dismissive", "vague_promise"})
# A smirk or a laugh at the person: a reply that carries one is a comeback, not calm facts.
_SMUG = re.compile("[😎😂🤣😜😏💅🙃😹]")
_NAME = re.compile(r"(?<![\w'’])[A-ZÆØÅ][a-zæøåéüäö]+(?:-[A-ZÆØÅ][a-zæøå]+)?(?![\w'’])")


def analyze_reply(comment: str, reply: str, lang: str | None = None) -> ReplyResult:
    """Score, label and explain a reply to a comment. See DESIGN.md for the contract.

    Raises :class:`~dialogue_coach.language.UnsupportedLanguageError` when the reply is
    clearly in a language the coach does not read (the comment may be in any language).
    """
    check_text(comment, "comment")
    check_text(reply, "reply")
    code = check_language(lang)
    refuse_foreign(reply, code)
    code = code or detect_language(reply, reply, comment)
    lex = load_lexicon(code)
    grams = reply_grams(comment, reply, lex.stopwords)
    words = word_log_odds("reply", grams)
    score, label, contributions, dims, findings = judge(
        reply_findings(comment, reply, lex), "reply", words,
        lambda: wording_spans("reply", grams, words, reply, "reply", lex))
    return ReplyResult(
        lang=code,
        score=score,
        label=label,
        dimensions=dims,
        findings=tuple(findings),
        suggestions=tuple(_suggestions(reply, findings, label, lex)),
        contributions=contributions,
    )


def reply_findings(comment: str, reply: str, lex: Lexicon) -> list[Finding]:
    """All evidence about a reply, before weighting (also used to fit the weights)."""
    about = run_rules(comment, lex.comment_rules, "comment")
    questions = [s for s in sentences(comment) if s.is_question]
    # "I want my money back" complains; "How long does a refund take?" only asks.
    about = [f if f.kind != "refund_talk" else _relabel(f, "complaint", lex)
             for f in about
             if not (f.kind == "refund_talk" and (
                 questions or any(g.kind == "question" for g in about)))]
    kinds_in_comment = {f.kind for f in about}
    if "troll" in kinds_in_comment:
        # Sarcasm is not a question: "Fish in a restaurant? Wow, how original." asks for
        # nothing, and a calm fact is the right answer to it (a troll's reply owes no
        # "answer" to a question it never asked).
        questions = []
    asks = questions or [f for f in about if f.kind in ("question", "suggestion")]
    found = run_rules(reply, lex.reply_rules, "reply")
    if asks and lex.cues["asks_for_the_offer"].search(comment):
        # "Is there still room?" is answered by "sign up at reception today", and "Which
        # cake would you recommend?" by "we recommend our sponge": a call to join, or a
        # recommendation, is a sale only when nobody asked for it.
        found = [_relabel(f, "answer", lex)
                 if f.kind == "upsell" and lex.cues["call_to_act"].search(f.text) else f
                 for f in found]
    # "Anytime!", "Bare hyggelig!" answer a thank-you; after a question or a complaint
    # they are a sign-off, not warmth towards anything the person said.
    praised = "praise" in kinds_in_comment
    found = [_relabel(f, "warmth", lex) if f.kind == "thanks_back" else f
             for f in found if f.kind != "thanks_back" or praised]
    found = _owned_causes(reply, found, lex)
    found += _addresses_person(reply, lex)
    troll = "troll" in kinds_in_comment
    # A question typed without its question mark ("Når åpner dere på lørdag") is read
    # whole, like a jibe, for the words the reply takes up.
    found += _on_topic(comment, reply, lex, whole_comment=troll or bool(asks and not questions))
    kinds = {f.kind for f in found}
    if not asks and not kinds_in_comment & {"complaint", "troll"} and (
        "praise" in kinds_in_comment or not kinds & _ENGAGED or "upsell" in kinds
    ):
        # Facts in a reply to praise answer nothing: they are usually a brochure. A remark
        # no rule recognises may be a jibe (sarcasm has no fixed words), and facts are the
        # calm answer to one, but only from a reply that meets the person first ("Fair
        # point, Kai", "Haha") and sells nothing; facts alone are a brochure whatever the
        # comment was.
        found = [f for f in found if f.kind not in ("direct_answer", "answer", "on_topic")]
    # Repeating the comment's own words back ("A gluten-free bun?") answers nothing, and
    # facts or a "free" inside a sentence that sells ("Have you tried our truffle pizza? 2
    # for 1 on Tuesdays!", "don't forget our loyalty card: every fifth soup is free")
    # answer the sale, not the person.
    said = comment.casefold()
    sents = sentences(reply)
    selling = {sentence_index(sents, f.start) for f in found if f.kind == "upsell"}
    found = [f for f in found
             if not (f.kind in ("answer", "direct_answer") and f.text.casefold() in said)
             and not (f.kind in ("answer", "direct_answer", "on_topic", "next_step")
                      and sentence_index(sents, f.start) in selling)]
    found = _judge_dm_requests(reply, found, lex)
    kinds = {f.kind for f in found}

    # Asked and answered in public: an answer outside the sentence that moves the talk to
    # private messages (that step has its own weight), with no sale or redirect around it.
    private = {sentence_index(sents, f.start) for f in found
               if f.kind in ("dm_with_reason", "needless_dm")}
    public = [f for f in found if f.kind in ("direct_answer", "answer", "next_step")
              and sentence_index(sents, f.start) not in private]
    # Facts are loose evidence (a number is not always the number asked for): they count
    # as the answer when the reply also takes up what was asked, or says yes or no.
    public = [f for f in public if f.kind == "direct_answer" or "on_topic" in kinds]
    if asks and public and not kinds & _NOT_A_CLEAN_ANSWER:
        found.append(make(reply, public[0].start, public[0].end, "answered",
                          lex.note("answered"), "reply"))
    if troll and not kinds & (_NOT_A_CLEAN_ANSWER | {"complaint_no_empathy"}) and not (
            _SMUG.search(reply)):
        # A calm, factual answer to a jibe ("our cod comes fresh from Lofoten three times
        # a week, never frozen") is the rubric's model reply to a troll: it takes up what
        # the jibe claimed and sets the facts straight without scolding.
        # The facts are told in the brand's own voice ("our cod", "we grind", "vi"): a
        # comeback in the jibe's own words ("Or for people who ...") is not one; a
        # concrete answer that also takes up the jibe's words counts without it. Stock
        # phrases ("we appreciate all opinions") and scolding ("try our food before
        # commenting") are ruled out above, as unclean answers.
        facts = [f for f in found if f.kind in ("answer", "direct_answer", "on_topic")]
        own = lex.cues["self"].search(reply)
        taken_up = any(f.kind == "on_topic" for f in facts)
        if own or (facts and taken_up and len({f.kind for f in facts}) > 1):
            start, end = ((facts[0].start, facts[0].end) if facts
                          else (own.start(), own.end()))
            found.append(make(reply, start, end, "calm_facts", lex.note("calm_facts"),
                              "reply"))
    if troll and "calm_facts" not in {f.kind for f in found}:
        # Taking up a jibe's words without the brand's own facts is a comeback.
        found = [f for f in found if f.kind != "on_topic"]
    if asks and not kinds & ANSWER_KINDS:
        first = asks[0]
        found.append(make(comment, first.start, first.end, "unanswered",
                          lex.note("unanswered"), "comment"))
    if "complaint" in kinds_in_comment:
        first = next(f for f in about if f.kind == "complaint")
        if "empathy" not in kinds:
            found.append(make(comment, first.start, first.end, "complaint_no_empathy",
                              lex.note("complaint_no_empathy"), "comment"))
        # A jibe dressed as a complaint ("Your prices are a joke. Overpriced garbage.")
        # is met by a calm explanation; only a real complaint needs a fix.
        calm_facts = "troll" in kinds_in_comment and kinds & {"answer", "direct_answer"}
        if not kinds & ACTION_KINDS and not calm_facts:
            found.append(make(comment, first.start, first.end, "complaint_no_action",
                              lex.note("complaint_no_action"), "comment"))
    if "praise" in kinds_in_comment and not kinds_in_comment & {"complaint", "troll"}:
        # Praise is answered by thanks or shared joy, not by an offer or a template.
        warm = [f for f in found if f.kind in ("thanks", "warmth")]
        if warm and not kinds & {"upsell", "template", "deflection"}:
            found.append(make(reply, warm[0].start, warm[0].end, "praise_returned",
                              lex.note("praise_returned"), "reply"))
    if kinds_in_comment & {"complaint", "praise"} and "upsell" in kinds:
        first = next(f for f in found if f.kind == "upsell")
        found.append(make(reply, first.start, first.end, "pitch_to_feelings",
                          lex.note("pitch_to_feelings"), "reply"))
    return found


def _judge_dm_requests(reply: str, found: list[Finding], lex: Lexicon) -> list[Finding]:
    """A DM request is fine when the reply says why it needs privacy (an order number,
    an account) in the same or the next sentence; without a reason it hides a public
    answer from everyone else."""
    sents = sentences(reply)
    reasons = {sentence_index(sents, f.start) for f in found if f.kind == "dm_reason"}
    out = []
    for f in found:
        if f.kind == "dm_reason":
            continue
        if f.kind == "dm_request":
            i = sentence_index(sents, f.start)
            with_reason = bool(reasons & {i - 1, i, i + 1})
            f = _relabel(f, "dm_with_reason" if with_reason else "needless_dm", lex)
        out.append(f)
    return out


def _owned_causes(reply: str, found: list[Finding], lex: Lexicon) -> list[Finding]:
    """A cause the reply owns is not an excuse: "we were short-staffed, but that's on
    us" explains and takes the blame. Drop the excuse (a vague_promise) in a sentence
    that also owns it, or in the sentence before one that does."""
    sents = sentences(reply)
    owning = {sentence_index(sents, m.start()) for m in lex.cues["owns_cause"].finditer(reply)}
    if not owning:
        return found
    return [f for f in found if not (
        f.kind == "vague_promise" and owning & {sentence_index(sents, f.start),
                                                sentence_index(sents, f.start) + 1})]


def _relabel(f: Finding, kind: str, lex: Lexicon) -> Finding:
    return Finding(f.start, f.end, kind, f.text, lex.notes.get(kind, f.note), f.part)


def _addresses_person(reply: str, lex: Lexicon) -> list[Finding]:
    """A greeting with a name ("Hi Lina", "Lina, ...", "Thanks, Lina!")."""
    out = []
    for key in ("greeting_name", "greeting_name_comma", "greeting_name_later",
                "greeting_name_end"):
        m = lex.cues[key].search(reply)
        if not m:
            continue
        name = _NAME.fullmatch(m.group("name"))
        if name and name.group().lower() not in lex.stopwords | lex.not_names:
            out.append(make(reply, m.start(), m.end(), "addresses_person",
                            lex.note("addresses_person"), "reply"))
            break
    return out


def _on_topic(comment: str, reply: str, lex: Lexicon, whole_comment: bool = False
              ) -> list[Finding]:
    """Content words of the comment's question (or of the whole jibe, when
    ``whole_comment``) that the reply takes up."""
    questions = [s for s in sentences(comment) if whole_comment or s.is_question]
    if not questions:
        return []
    asked = {
        w.group().lower()[:5]
        for s in questions
        for w in WORD.finditer(s.text)
        if len(w.group()) >= 4 and w.group().lower() not in lex.stopwords
    }
    out = []
    for w in words(reply):
        token = w.group()
        if len(token) >= 4 and token.lower()[:5] in asked:
            out.append(make(reply, w.start(), w.end(), "on_topic",
                            lex.note("on_topic"), "reply"))
            asked.discard(token.lower()[:5])
    return out


def _suggestions(reply: str, findings: list[Finding], label: str, lex: Lexicon) -> list[str]:
    kinds = {f.kind for f in findings}
    keys = [f.kind for f in sorted((f for f in findings if f.effect < 0), key=lambda f: f.effect)]
    if "addresses_person" not in kinds:
        keys.append("use_name")
    if "human_voice" not in kinds:
        keys.append("sign_off")
    if label == "good" and "follow_up" not in kinds:
        keys.append("leave_door_open")
    return advise(keys, reply, kinds, lex)[:4]
