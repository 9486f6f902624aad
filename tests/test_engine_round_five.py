"""Round five: families of misreads found in the development banks data/dev3 and
data/dev5 (never the test split or a blind set), in both languages, each with the finding
that must carry it.

Every text was written for this file from the rubric, not copied from a development
bank, the corpus, the learners' answers or any blind set.
"""

import pytest
from engine_cases import POST_FIELDS, check_post

# (family, lang, text, expected label, finding kind that must be present)
POSTS = [
    # a named person who will answer the readers' questions makes the question before it
    # theirs, even with a calm offer in the same line
    ("named_person_answers_questions", "en", "Packing a lunchbox every morning can be a "
     "grind. What's the hardest part for you? Our nutritionist Mari answers your questions "
     "here all Thursday evening, and the lunch boxes are 20% off this week.", "dialogue",
     "uses_answers"),
    ("named_person_answers_questions", "nb", "Matpakke hver morgen kan være et slit. Hva "
     "synes du er vanskeligst? Ernæringsrådgiveren vår Mari svarer på spørsmålene deres her "
     "hele torsdag kveld, og matboksene er 20 % billigere denne uka.", "dialogue",
     "uses_answers"),
    # "switch today" is an order to buy, and it outweighs a named expert in the shop
    ("switch_today", "en", "Tired of slow Wi-Fi? Our expert Ola answers all your questions "
     "in store. Switch today and save 30%!", "broadcast", "hard_sell"),
    ("switch_today", "nb", "Lei av tregt nett? Rådgiveren vår Ola svarer på alle spørsmål i "
     "butikken. Bytt i dag og spar 30 %!", "broadcast", "hard_sell"),
]

@pytest.mark.parametrize(POST_FIELDS, POSTS)
def test_round_five_post(family, lang, text, expected, kind):
    check_post(lang, text, expected, kind)


def test_the_brand_switching_is_no_hard_sell():
    # "We switch to winter hours today" announces; only the reader is told to switch.
    from dialogue_coach import analyze_post
    for lang, text in (("en", "We switch to winter hours today: the pool opens at 8."),
                       ("nb", "Vi bytter til vintertid i dag: bassenget åpner kl. 8.")):
        assert "hard_sell" not in {f.kind for f in analyze_post(text, lang=lang).findings}
