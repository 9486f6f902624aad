"""Round twelve: a question about the reader's own past beside one calm offer, questions that
end in a full stop, and the ways of writing the rules' words that the rules did not read:
a bokmål compound («suppetipsene» for «tipsene»), the possessive before the noun («dine
synspunkter» for «synspunktene dine»), the verb before the subject and the infinitive. Found in
the learners' development answers (data/learners, split dev; never the test split) and by
re-reading the good training and development rewrites and the parity examples written in
those other ways. Both languages.

The rubric: "a small product mention at the end of a genuine invitation lowers the score
but does not flip the label", while a question the post answers itself on the way to a
pitch is pseudo-dialogue. Nothing a brand sells answers "What soup did someone make for you
when you were ill as a child?", so a calm offer after it is the small mention; a pitch
that does answer it ("Our new toy range has it"), a yes/no nostalgia hook ("Did you miss
our buns?") or a push to buy still makes the question its lead-in.

Every text was written for this file from the rubric, not copied from a bank, the corpus,
the learners' answers or any blind set.
"""

import pytest
from engine_cases import POST_FIELDS, check_broadcast_without, check_post

from dialogue_coach import analyze_post
from dialogue_coach.lexicon import widen_words

# (family, lang, text, expected label, finding kind that must be present)
POSTS = [
    ("own_past_then_calm_offer", "en", "Who first took you out to pick blueberries, and "
     "where did you go? Our blueberry buns are back, 2 for 1 at the Torget bakery on "
     "Friday.", "dialogue", "open_question"),
    ("own_past_then_calm_offer", "nb", "Hvem tok deg med på blåbærtur første gang, og hvor "
     "dro dere? Blåbærbollene våre er tilbake, 2 for 1 i bakeriet på Torget på fredag.",
     "dialogue", "open_question"),
    ("pitch_that_answers_it", "en", "What did you wish for as a kid? Our new toy range has "
     "it, 20% off this week.", "broadcast", "rhetorical_question"),
    ("pitch_that_answers_it", "nb", "Hva ønsket du deg som barn? Den nye lekeserien vår har "
     "det, 20 % rabatt denne uka.", "broadcast", "rhetorical_question"),
    ("yes_no_nostalgia_hook", "en", "Did you miss our cinnamon buns? They're back, 2 for 1 "
     "this Friday.", "broadcast", "rhetorical_question"),
    ("yes_no_nostalgia_hook", "nb", "Savnet du kanelbollene våre? De er tilbake, 2 for 1 "
     "denne fredagen.", "broadcast", "rhetorical_question"),
    ("calm_headline_then_own_past", "en", "New rye bread, 2 for 1 on Friday at Torget. "
     "Who was the first person who baked bread with you? We are curious.", "dialogue",
     "open_question"),
    ("calm_headline_then_own_past", "nb", "Nytt rugbrød, 2 for 1 fredag på Torget. Hvem var "
     "den første som bakte brød sammen med deg? Vi er nysgjerrige.", "dialogue",
     "open_question"),
    ("shouted_headline_then_own_past", "en", "SALE! 50% off everything! Who taught you to "
     "ski?", "broadcast", "shouting"),
    ("shouted_headline_then_own_past", "nb", "SALG! 50 % på alt! Hvem lærte deg å gå på "
     "ski?", "broadcast", "shouting"),
    ("own_past_then_a_push", "en", "Which smell takes you back to your childhood? Our new "
     "candle captures it. Order now!", "broadcast", "hard_sell"),
    ("own_past_then_a_push", "nb", "Hvilken lukt tar deg tilbake til barndommen? Det nye "
     "duftlyset vårt fanger den. Bestill nå!", "broadcast", "hard_sell"),
    ("suggest_anything", "en", "Which herb belongs in the spring loaf? Suggest anything, "
     "and our baker Siri tries the three most popular. New spring loaf, 2 for 1, Torget, "
     "Friday.", "dialogue", "invitation"),
    ("suggest_anything", "nb", "Hvilken urt hører hjemme i vårbrødet? Foreslå hva som "
     "helst, så prøver bakeren vår Siri de tre mest populære. Nytt vårbrød, 2 for 1, "
     "Torget, fredag.", "dialogue", "invitation"),
    ("got_an_idea", "en", "The new ferry still has no name. Got an idea? Write it below "
     "and the crew picks one on Friday.", "dialogue", "open_question"),
    ("got_an_idea", "nb", "Den nye ferja har fortsatt ikke noe navn. Har du et forslag? "
     "Skriv det under, så velger mannskapet ett på fredag.", "dialogue", "open_question"),
    ("emoji_into_the_comments", "en", "Leave a ❤️ in the comments if you're coming! Cakes "
     "are 2 for 1 on Saturday.", "broadcast", "engagement_bait"),
    ("emoji_into_the_comments", "nb", "Legg igjen et ❤️ i kommentarfeltet hvis du kommer! "
     "Kakene er 2 for 1 på lørdag.", "broadcast", "engagement_bait"),
    ("share_with_your_buddy", "en", "New cheesecake, 2 for 1 on Saturday. Share with your "
     "cake buddy!", "broadcast", "engagement_bait"),
    ("share_with_your_buddy", "nb", "Ny ostekake, 2 for 1 på lørdag. Del med kakevennen "
     "din!", "broadcast", "engagement_bait"),
    ("with_great_pleasure", "en", "It is with great pleasure that we can announce our new "
     "bakery in Molde. We hope many of you will come by.", "broadcast", "announcement"),
    ("with_great_pleasure", "nb", "Det er med stor glede vi kan fortelle at vi åpner nytt "
     "bakeri i Molde. Vi håper mange av dere tar turen.", "broadcast", "announcement"),
    ("question_ending_in_a_full_stop", "en", "Which walk near the fjord do you take "
     "visitors on first. Our guide Arne will put your favourites on the trail map we hand "
     "out at the tourist office.", "dialogue", "open_question"),
    ("question_ending_in_a_full_stop", "nb", "Hvilken tur ved fjorden tar du gjester med på "
     "først. Guiden vår Arne setter favorittene deres på turkartet vi deler ut på "
     "turistkontoret.", "dialogue", "open_question"),
]

# Bokmål only: a compound ends in the noun a rule names, and the possessive may come first.
POSTS += [
    ("compound_noun", "nb", "Skriv hva du alltid har i fiskesuppa, så prøver kokken de beste "
     "suppetipsene før lørdag.", "dialogue", "uses_answers"),
    ("compound_noun", "nb", "Kjøkkenet leser alle navneforslagene og velger ett på "
     "fredag.", "dialogue", "uses_answers"),
    ("possessive_first", "nb", "Vi setter pris på dine synspunkter om den nye "
     "åpningstiden.", "dialogue", "invitation"),
    ("possessive_first", "nb", "Hvilken tur tar du gjester med på? Synne tegner et lite kart "
     "ut fra deres tips.", "dialogue", "uses_answers"),
    ("possessive_first", "nb", "Ny lekeplass i parken! Si det til dine venner!", "broadcast",
     "engagement_bait"),
]

# Bokmål puts the verb before the subject after an adverbial that opens the sentence (post.
# _turned_round); and the answers' fate said in the passive, in both languages.
POSTS += [
    ("verb_before_subject", "nb", "Hvilken tur ved vannet vil du vise en gjest? I kveld "
     "leser guiden vår Arne alle forslagene.", "dialogue", "uses_answers"),
    ("verb_before_subject", "nb", "Skriv hvilken kake du savner fra barndommen. Etterpå "
     "svarer Lise på hver eneste kommentar.", "dialogue", "uses_answers"),
    ("verb_before_subject", "nb", "I går så vi at du delte bildet av det første brødet "
     "ditt!", "dialogue", "personal_warmth"),
    ("object_first", "nb", "Hvilken bok leste du tre ganger som barn? Hver eneste "
     "kommentar leser bibliotekaren vår Tone selv.", "dialogue", "uses_answers"),
    ("object_first", "nb", "Hva bør den nye parken hete? Alt dere foreslår her, leser "
     "kommunen før fredag.", "dialogue", "uses_answers"),
    ("object_first", "nb", "Hva gjør dere når strømmen går? De beste rådene setter vi i "
     "en liten beredskapsguide.", "dialogue", "uses_answers"),
    ("particle_after_the_object", "nb", "Hvilket krydder mangler i pepperkakene? Bakeren "
     "prøver de tre beste forslagene ut før advent.", "dialogue", "uses_answers"),
    ("answers_read_in_the_passive", "en", "What should the new playground have? The "
     "suggestions are collected this week, and the three best are tried out in May.",
     "dialogue", "uses_answers"),
    ("answers_read_in_the_passive", "nb", "Hva bør den nye lekeplassen ha? Forslagene "
     "samles inn denne uka, og de tre beste prøves ut i mai.", "dialogue", "uses_answers"),
    ("favourite_goes_on_the_menu", "en", "Which pie did your family make at Christmas? Your "
     "favourite ends up on the winter menu.", "dialogue", "uses_answers"),
    ("favourite_goes_on_the_menu", "nb", "Hvilken pai lagde familien din til jul? "
     "Favoritten deres havner på vintermenyen.", "dialogue", "uses_answers"),
    ("the_one_most_of_you_want", "nb", "Eple eller rabarbra? Neste uke baker vi den paien "
     "flest av dere vil ha.", "dialogue", "uses_answers"),
    ("what_you_suggest_we_take_along", "en", "Whatever you suggest below, we'll take to the "
     "town council on Monday.", "dialogue", "uses_answers"),
    ("what_you_suggest_we_take_along", "nb", "Det dere foreslår her, tar vi med til "
     "kommunestyret på mandag.", "dialogue", "uses_answers"),
    ("a_comment_with_your_recipe", "en", "Leave a comment with your best rhubarb recipe.",
     "dialogue", "invitation"),
    ("a_comment_with_your_recipe", "nb", "Legg igjen en kommentar med din beste "
     "rabarbraoppskrift.", "dialogue", "invitation"),
]

# Bokmål after «skal», «vil» or «kommer til å»: the verb the rules write in the present
# stands in the infinitive (infinitives in nb.toml).
POSTS += [
    ("infinitive_after_a_modal", "nb", "Hvilken bok bør alle lese i sommer? Bibliotekaren "
     "vår skal lese alle forslagene og sette de beste i vinduet.", "dialogue",
     "uses_answers"),
    ("infinitive_after_a_modal", "nb", "Hva savner du i parken? Vi kommer til å lese alle "
     "kommentarene før bystyret møtes.", "dialogue", "uses_answers"),
    ("your_ideas_become_something", "en", "Which games did you play on the school bus? Your "
     "ideas will become a new board in the playground.", "dialogue", "uses_answers"),
    ("your_ideas_become_something", "nb", "Hvilke leker lekte dere på skolebussen? Ideene "
     "deres blir til en ny tavle på lekeplassen.", "dialogue", "uses_answers"),
]

# Learners' banks 18 and 19: how it was made at home, «mora di», "Don't miss it" / «Ikke gå
# glipp av det» (an order to come, as in English, not a push that swallows the invitation),
# and a verb-first condition («Vil du smake, er det …») that is no question.
POSTS += [
    ("your_mum", "nb", "Hva puttet mora di i julegrøten som ingen andre gjør? Fortell oss, "
     "og vil du smake vår, er det halv pris på grøt lørdag.", "dialogue", "open_question"),
    ("dont_miss_it_after_an_invitation", "en", "What belongs in a good pea soup? Tell us, and "
     "we'll settle the ham question before Friday. Soups are 2 for 1 on Saturday. Don't miss "
     "it!", "dialogue", "uses_answers"),
    ("dont_miss_it_after_an_invitation", "nb", "Hva hører hjemme i en god ertesuppe? Si fra, "
     "så avgjør vi skinkespørsmålet før fredag. Suppene er 2 for 1 på lørdag. Ikke gå glipp "
     "av det!", "dialogue", "uses_answers"),
    ("dont_miss_out_is_a_push", "nb", "Hva er favorittsuppa di? Alle supper 2 for 1 på "
     "lørdag. Ikke gå glipp av tilbudet!", "broadcast", "hard_sell"),
]


@pytest.mark.parametrize(POST_FIELDS, POSTS)
def test_post(family, lang, text, expected, kind):
    check_post(lang, text, expected, kind)


# A question about the reader's own past is the reader's, whatever the words then make of
# the post: the rules no longer read it as the offer's lead-in. (Whether the post comes out
# dialogue is the whole post's balance, and for several of these the word model pulls the
# score down: words about a menu, a petrol station or buns.)
OWN_PAST = [
    ("en", "What did your grandparents always cook on a rainy Sunday? The new autumn menu "
     "starts at the café on Monday, with soup at half price."),
    ("nb", "Hva lagde besteforeldrene dine alltid en regntung søndag? Den nye høstmenyen "
     "starter på kafeen mandag, med halv pris på suppe."),
    ("en", "What do you always pack for a long drive? Our new service station by the E6 "
     "opens on Monday, with free coffee all week."),
    ("nb", "Hva har du alltid med deg på en lang biltur? Den nye bensinstasjonen vår ved E6 "
     "åpner mandag, med gratis kaffe hele uka."),
    ("en", "Our bakers can't agree on cinnamon buns. How were they baked in your house when "
     "you were small? All buns are 2 for 1 on Friday at Torget."),
    ("nb", "Bakerne våre er uenige om kanelboller. Hvordan ble de bakt hjemme hos deg? Alle "
     "boller er 2 for 1 på fredag på Torget."),
]


@pytest.mark.parametrize(("lang", "text"), OWN_PAST)
def test_a_question_about_the_readers_past_is_not_the_offers_lead_in(lang, text):
    kinds = {f.kind for f in analyze_post(text, lang=lang).findings}
    assert "open_question" in kinds and "rhetorical_question" not in kinds, kinds


# Headlines that start like a question but put "you" (or "we") first are not questions.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "What you need to know about our new app. It is free this week."),
    ("nb", "Hva du trenger å vite om den nye appen vår. Den er gratis denne uka."),
    ("en", "How we made your new favourite soup. 2 for 1 on Saturday."),
    ("nb", "Hvordan vi lagde din nye favorittsuppe. 2 for 1 på lørdag."),
])
def test_a_headline_that_starts_like_a_question_is_not_one(lang, text):
    check_broadcast_without(lang, text, "open_question")


def test_widened_words_keep_lookbehinds_classes_and_the_rules_openings():
    tails, also = frozenset({"tipsene", "svarene"}), {"leser": ["lese"]}
    # a noun inside a lookbehind or a character class stays as written, and one that
    # opens the pattern keeps no head, so the engine can still key the rule to its words
    assert widen_words(r"(?<!svarene )[tipsene]x", tails) == r"(?<!svarene )[tipsene]x"
    assert widen_words(r"\bsvarene viser", tails) == r"\bsvarene viser"
    assert widen_words(r"\bde beste tipsene\b", tails) == r"\bde beste \w{0,20}?tipsene\b"
    assert widen_words(r"\bvi leser alt|så leser hun", frozenset(), also) == (
        r"\bvi (?:leser|lese) alt|så (?:leser|lese) hun")


def test_a_verb_first_condition_is_not_a_question():
    text = "Vil du smake hvordan den ble, er det 2 for 1 på alle supper lørdag."
    kinds = {f.kind for f in analyze_post(text, lang="nb").findings}
    assert not kinds & {"open_question", "closed_question", "rhetorical_question"}, kinds
