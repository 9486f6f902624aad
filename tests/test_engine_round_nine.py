"""Round nine: families of misjudged good rewrites found in the learners' development
banks 5 and 6 (data/learners, split dev; never the test split), in both languages, each
with the finding that must carry it.

Every text was written for this file from the rubric, not copied from a bank, the corpus,
the learners' answers or any blind set.
"""

import pytest
from engine_cases import POST_FIELDS, check_broadcast_without, check_post

from dialogue_coach.text import sentences

# (family, lang, text, expected label, finding kind that must be present)
POSTS = [
    ("favourites_pinned", "en", "Which walk near Tromsø do you take visitors on? Tell us "
     "below and we'll pin our favourites. Boots are 20% off this week at the Sjøgata shop.",
     "dialogue", "uses_answers"),
    ("favourites_pinned", "nb", "Hvilken tur i nærheten av Tromsø tar du besøkende med på? "
     "Skriv det under, så fester vi favorittene øverst. Fjellstøvler er 20 % billigere "
     "denne uka i butikken i Sjøgata.", "dialogue", "uses_answers"),
    ("answers_written_up", "en", "Which teacher changed your mind about maths? Tell us why, "
     "and we'll write the best reasons on the staffroom board. Open day is Thursday at 18.",
     "dialogue", "uses_answers"),
    ("answers_written_up", "nb", "Hvilken lærer fikk deg til å like matte? Fortell hvorfor, "
     "så skriver vi de fineste grunnene på tavla på lærerværelset. Åpen skole torsdag kl. "
     "18.", "dialogue", "uses_answers"),
    ("posts_what_changes", "en", "The new bus timetable starts on Monday. Ride it, and tell "
     "us straight what doesn't work: Nora from the planning team posts here on Friday what "
     "she changes.", "dialogue", "uses_answers"),
    ("posts_what_changes", "nb", "Den nye busstabellen gjelder fra mandag. Prøv den, og si "
     "rett ut hva som ikke fungerer: Nora i planavdelingen skriver her på fredag hva hun "
     "endrer.", "dialogue", "uses_answers"),
    # found by the maintainers trying learners' phrasings: the best tried, with no noun
    ("the_best_tried", "en", "Our winter menu is nearly done. What's the one spice you "
     "can't cook without? Put it in the comments, and chef Amal tests the best. Lunch is "
     "half price on Monday.", "dialogue", "uses_answers"),
    ("the_best_tried", "nb", "Vintermenyen er nesten klar. Hvilket krydder klarer du deg "
     "ikke uten? Skriv det i kommentarfeltet, så tester kokken Amal de beste. Lunsjen er "
     "halv pris på mandag.", "dialogue", "uses_answers"),
    ("answers_decide", "en", "We're curious: do you take your coffee with milk or without? "
     "Your answers decide what we stock at the new kiosk, open from Monday.", "dialogue",
     "uses_answers"),
    ("answers_decide", "nb", "Vi lurer på noe: drikker du kaffen med melk eller uten? "
     "Svarene bestemmer hva vi fyller kiosken med når den åpner på mandag.", "dialogue",
     "uses_answers"),
    ("write_it_below", "nb", "Hvilken bok har du lest flest ganger? Skriv den under, så "
     "lager vi en hylle med favorittene deres.", "dialogue", "invitation"),
]


@pytest.mark.parametrize(POST_FIELDS, POSTS)
def test_post(family, lang, text, expected, kind):
    check_post(lang, text, expected, kind)


@pytest.mark.parametrize(("text", "parts"), [
    # an emoji before a capital letter ends a sentence, as a full stop would
    ("Tell us why, no names needed 💙 On Saturday the soup is 2 for 1.",
     ["Tell us why, no names needed 💙", "On Saturday the soup is 2 for 1."]),
    ("Fortell hvorfor, uten navn om du vil ❤️ Lørdag er suppa 2 for 1.",
     ["Fortell hvorfor, uten navn om du vil ❤️", "Lørdag er suppa 2 for 1."]),
    # but not before a lower-case word or a tag: the sentence goes on
    ("We love it 🐟 so much, and so do you 🐟 #fishsoup",
     ["We love it 🐟 so much, and so do you 🐟 #fishsoup"]),
])
def test_an_emoji_before_a_capital_ends_a_sentence(text, parts):
    assert [s.text for s in sentences(text)] == parts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Come and try the best soup in town! 2 for 1 on Saturday."),
    ("nb", "Kom og prøv de beste suppene i byen! 2 for 1 på lørdag."),
])
def test_the_best_as_a_pitch_is_no_promise(lang, text):
    check_broadcast_without(lang, text, "uses_answers")
