"""Round ten: families of good rewrites the engine read as dialogue only by a hair, found in
the learners' development banks (data/learners, split dev; never the test split), in both
languages, each with the finding that must carry it.

Every text was written for this file from the rubric, not copied from a bank, the corpus,
the learners' answers or any blind set.
"""

import pytest
from engine_cases import POST_FIELDS, check_broadcast_without, check_post

from dialogue_coach import analyze_post

# (family, lang, text, expected label, finding kind that must be present)
POSTS = [
    ("taken_along_turned_round", "en", "Which cake did your family bake for birthdays? Tell "
     "us below, and we'll take it into our autumn planning. All cakes are 20% off on "
     "Friday at the Storgata bakery.", "dialogue", "uses_answers"),
    ("taken_along_turned_round", "nb", "Hvilken kake bakte familien din til bursdager? Skriv "
     "det under, så tar vi det med i planleggingen av høstmenyen. Alle kaker er 20 % "
     "billigere på fredag i bakeriet i Storgata.", "dialogue", "uses_answers"),
    ("taken_along_turned_round", "nb", "Hva savner du i hyllene våre? Si det her, så tar jeg "
     "med ønskene til innkjøpsmøtet på mandag. ^Trude", "dialogue", "uses_answers"),
    ("answers_here_decide", "en", "Cardamom buns or cinnamon knots for the new Sunday "
     "basket? Your answers here decide which one we bake from 1 March, half price on the "
     "first day.", "dialogue", "uses_answers"),
    ("answers_here_decide", "nb", "Kardemommeboller eller kanelknuter i den nye "
     "søndagskurven? Svarene her avgjør hvilken vi baker fra 1. mars, til halv pris den "
     "første dagen.", "dialogue", "uses_answers"),
    ("role_possessive_name_reads", "en", "What do you wish our library had more of? Tell us, "
     "and our librarian Oda reads all the answers before the spring order.", "dialogue",
     "uses_answers"),
    ("role_possessive_name_reads", "nb", "Hva skulle du ønske biblioteket hadde mer av? "
     "Fortell oss, så leser bibliotekaren vår Oda alle svarene før vårbestillingen.",
     "dialogue", "uses_answers"),
    ("any_other_wishes", "en", "The new playground opens in May. Do you have any other "
     "wishes we should hear before the benches go in?", "dialogue", "open_question"),
    ("any_other_wishes", "nb", "Den nye lekeplassen åpner i mai. Har dere andre ønsker vi "
     "bør høre før benkene kommer på plass?", "dialogue", "open_question"),
]


@pytest.mark.parametrize(POST_FIELDS, POSTS)
def test_post(family, lang, text, expected, kind):
    check_post(lang, text, expected, kind)


@pytest.mark.parametrize(("lang", "text"), [
    # taking "it" somewhere is a promise only when it goes to the people who will use it
    ("en", "We'll take it to the next level with our new app. Download it today!"),
    ("nb", "Vi tar det til neste nivå med den nye appen vår. Last den ned i dag!"),
])
def test_taking_it_to_the_next_level_is_no_promise(lang, text):
    check_broadcast_without(lang, text, "uses_answers")


# Found in learners' development banks 7 and 8, written blind for this round: a vote whose
# count is put to use, the majority's way, a named person who answers every comment.
VOTES_AND_MAJORITIES = [
    ("vote_winner_used", "en", "Two names for our new rye bread, and we can't agree: "
     "Fjellbrød or Morgengry? Vote below, or suggest a better one – the name with the most "
     "votes by Friday goes on the shelf label. Rye bread is 2 for 1 on Saturday.",
     "dialogue", "uses_answers"),
    ("vote_winner_used", "nb", "To navn på det nye rugbrødet, og vi blir ikke enige: "
     "Fjellbrød eller Morgengry? Stem under, eller foreslå et bedre – navnet med flest "
     "stemmer innen fredag kommer på hylleskiltet. Rugbrød er 2 for 1 på lørdag.",
     "dialogue", "uses_answers"),
    ("majority_way", "en", "Crispy crust or soft all the way through? Our bakers argue "
     "about it every morning, and the new loaf will be baked the way most of you want it. "
     "Taste the first batch on Saturday, 2 for 1.", "dialogue", "uses_answers"),
    ("majority_way", "nb", "Sprø skorpe eller myk helt gjennom? Bakerne våre krangler om "
     "det hver morgen, og det nye brødet blir bakt slik de fleste av dere vil ha det. "
     "Smak den første runden på lørdag, 2 for 1.", "dialogue", "uses_answers"),
    ("answers_every_comment", "en", "What was the last meal that made you think 'I have "
     "to learn this'? Our cook Live is curious, and she answers every comment before the "
     "new menu opens on Friday, with 2 for 1 on starters.", "dialogue", "uses_answers"),
    ("answers_every_comment", "nb", "Hva var det siste måltidet som fikk deg til å tenke "
     "«dette må jeg lære»? Kokken vår Live er nysgjerrig, og hun svarer på hver eneste "
     "kommentar før den nye menyen åpner på fredag, med 2 for 1 på forretter.",
     "dialogue", "uses_answers"),
]


@pytest.mark.parametrize(POST_FIELDS, VOTES_AND_MAJORITIES)
def test_votes_and_majorities(family, lang, text, expected, kind):
    check_post(lang, text, expected, kind)


@pytest.mark.parametrize(("lang", "text"), [
    # hoping people come is not reporting what they said
    ("en", "Our new café opens on Saturday. We hope many of you find your way to us. "
     "Coffee is half price all day."),
    ("nb", "Den nye kafeen vår åpner på lørdag. Vi håper mange av dere finner veien til "
     "oss. Kaffen er halv pris hele dagen."),
])
def test_hoping_many_of_you_come_is_no_report(lang, text):
    check_broadcast_without(lang, text, "report_back")


def test_the_way_you_want_it_is_no_order_to_buy():
    r = analyze_post("Tell us how you like your eggs, and we'll cook them the way you want "
                     "them on Sunday.", lang="en")
    assert not any(f.kind == "imperative_you" for f in r.findings)
