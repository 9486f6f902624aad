"""Offers beside invitations: when does selling swallow the conversation?

The rubric: a post is dialogue when it genuinely invites "and selling does not swallow
it"; "a small product mention at the end of a genuine invitation lowers the score but
does not flip the label"; purpose test: "strip the sales line. If readers are left with
nothing to say, it is broadcast". The course's Rewrite assignment asks learners to keep
the offer, the date and the place while turning a launch post into dialogue, so both
sides of this line matter:

- a calm offer line (what, price or discount, when, where; no order to buy, no urgency,
  no shouting) beside a genuine question about the reader's life is dialogue, scored
  lower than the same post without the offer;
- a hard sell (calls to buy, urgency, codes, shouting, several sales lines) or a generic,
  rhetorical or buy-which question beside an offer is broadcast.

Every text here was written for this file from the rubric, not taken from the corpus.
"""

import pytest

from dialogue_coach import analyze_post
from dialogue_coach.text import sentences

# ---------------------------------------------------------------- calm offer + genuine invitation
CALM_EN = [
    "What's your favourite fish soup memory? Tell us below. On Saturday 14 June it's 2 for 1 "
    "on all soups at our Bryggen restaurant in Bergen, so bring someone to share the story "
    "with. ^Eirik",
    "What was the first bike you ever owned, and where did it take you? Share your stories "
    "below. This weekend all kids' bikes are half price at our Grünerløkka shop. ^Maja",
    "How do you keep your houseplants alive through a dark winter? We'd love to hear your "
    "tricks. Grow lights are on offer at the Majorstuen store this month.",
    "What's the best thing you've ever cooked on a campfire? Tell us in the comments. Camping "
    "stoves are 2 for 1 at our Trondheim shop on Saturday 7 June.",
    "Who taught you to knit, and what was the first thing you made? We'd love to hear. On "
    "Thursday all wool is 30% off at our shop in Bryggen.",
    "What's your family's Sunday breakfast tradition? Tell us below! Fresh rolls are 10 kr "
    "each at the bakery on Torgallmenningen this Sunday.",
    "Have you ever run a 5K? How did the first one feel? Tell us about it. Running socks are "
    "3 for 2 at our Bislett shop this week.",
    "What book got you through a hard time? Share it below – someone else may need it too. "
    "Paperbacks are £5 at the Leeds shop all of March.",
    "Do you remember the first concert you went to? Tell us who it was! Tickets for Friday's "
    "gig at Kulturhuset are 150 kr at the door.",
    "What do you always pack for a day on the fjord? We'd love your tips. Kayak hire is half "
    "price on weekdays in June at our Balestrand base. ^Tor",
    "What's the one tool in your kitchen you couldn't live without? Tell us below. Cast-iron "
    "pans are 25% off at our Oslo shop from Monday.",
    "Where do you go when you need a quiet hour in the city? Tell us your secret spots. "
    "Notebooks are 20% off at the Solli shop until the end of May.",
    "Have you ever tried swimming in the sea in winter? Tell us how it went! Wetsuits are "
    "half price at our Bodø shop during March.",
    "Which café in town makes your perfect cinnamon bun, and why? Share your favourites! Ours "
    "are 2 for 1 on Friday at the Solli café. ^Ingrid",
    "What's a garden job you always put off? We're curious. Seed potatoes are 49 kr a bag at "
    "the garden centre in Stavanger this weekend.",
    "What did your grandparents always cook when you visited? We'd love to hear the stories. "
    "Our Sunday roast is £12 at the Harbour Street pub this month.",
]
CALM_NB = [
    "Hva er ditt beste fiskesuppeminne? Fortell oss i kommentarfeltet! Lørdag 14. juni er det "
    "2 for 1 på all suppe hos oss på Bryggen i Bergen.",
    "Hvem lærte deg å strikke, og hva var det første du lagde? Vi vil gjerne høre. Torsdag er "
    "det 30 % på alt garn i butikken vår på Bryggen.",
    "Hva er den beste turen du har gått i Nordmarka? Del gjerne tipsene dine under. Tursko er "
    "på tilbud i butikken på Majorstuen denne måneden.",
    "Hvordan holder dere liv i potteplantene gjennom mørketida? Fortell oss triksene deres! "
    "Plantelys er 20 % billigere i butikken i Tromsø i januar.",
    "Husker du den første konserten du var på? Fortell oss hvem det var! Billetter til "
    "fredagens konsert på Kulturhuset koster 150 kr i døra.",
    "Hva pakker du alltid med på en dag på fjorden? Vi vil gjerne ha tipsene dine. Kajakkleie "
    "er halv pris på hverdager i juni hos oss i Balestrand. ^Tor",
    "Hva er frokosttradisjonen i familien din på søndager? Skriv det gjerne under! Ferske "
    "rundstykker koster 10 kr stykket i bakeriet på Torget denne søndagen.",
    "Har du noen gang badet i sjøen midt på vinteren? Fortell hvordan det gikk! Våtdrakter er "
    "halv pris i butikken vår i Bodø i mars.",
    "Hvilken bok hjalp deg gjennom en tung tid? Del den gjerne under – kanskje noen andre "
    "trenger den også. Pocketbøker koster 99 kr i bokhandelen på Lysaker hele mars.",
    "Hva er det beste du har laget på bål? Fortell oss i kommentarfeltet. Stormkjøkken er "
    "2 for 1 i butikken i Trondheim lørdag 7. juni.",
    "Hvilket kjøkkenredskap kunne du ikke levd uten? Fortell oss! Støpejernspanner har 25 % "
    "rabatt i Oslo-butikken fra mandag.",
    "Hvordan fordeler dere matlagingen på travle hverdager? Fortell hva som funker hos dere. "
    "Middagskassene våre er på tilbud denne uka.",
    "Hvem bakte de beste bollene i barndommen din? Vi vil høre historiene! Fredag er "
    "kanelbollene 2 for 1 på kafeen vår på Solli. ^Ingrid",
    "Hva var din første sykkel, og hvor tok den deg? Del historiene deres under. Denne helgen "
    "er alle barnesykler halv pris hos oss på Grünerløkka.",
    "Hvor går du når du trenger en stille time i byen? Fortell oss om de hemmelige stedene "
    "dine. Notatbøker er 20 % billigere i butikken på Solli ut mai.",
    "Hva lagde besteforeldrene dine alltid når du kom på besøk? Vi vil gjerne høre "
    "historiene. Søndagsmiddagen koster 189 kr på kroa i Storgata denne måneden.",
]

# ---------------------------------------------------------------- hard sell + token question
PUSHY_EN = [
    "What's your favourite soup? 2 for 1 this Saturday only – order now!!! Don't miss out!",
    "Which flavour will you grab? Shop now at our Bergen store!",
    "What's your favourite fish soup memory? Tell us below! 2 for 1 on all soups this "
    "Saturday – book your table now, only 20 tables left!",
    "How do you relax after work? Tell us! Massage chairs 30% off – today only. Order now at "
    "chairshop.example",
    "What's your go-to winter walk? Share below. Boots 25% off, use code WALK25 at checkout. "
    "Hurry, ends Sunday!",
    "What's your favourite pizza topping? Tag a friend who'd agree! All pizzas 2 for 1 on "
    "Tuesday.",
    "Which will you try first? Tell us below! All the new soups are 2 for 1 at Bryggen on "
    "Saturday.",
    "What's your best summer memory? Tell us! SUMMER SALE: 50% OFF EVERYTHING. Prices from "
    "just £5 – selling fast!",
    "You deserve a break. What's your dream holiday? Tell us below – then book now: 20% off "
    "all flights to Tromsø.",
    "What's your best camping story? Tell us below! Tents 20% off. Sleeping bags half price. "
    "Camping stoves from £19.",
    "How do you keep warm in winter? Our new wool jumpers are 30% off this week. Tell us "
    "below!",
    "Tell us your favourite coffee memory! Link in bio – 2 for 1 on all lattes this Friday.",
    "Guess which soup is our bestseller! Comment below – everyone who answers gets 10% off "
    "with code SOUP10.",
    "Thoughts? The new fish soup is £9 at Bryggen, and it's 2 for 1 on Saturday.",
]
PUSHY_NB = [
    "Hva er din favorittsuppe? 2 for 1 kun denne lørdagen – bestill nå!!! Ikke gå glipp av "
    "det!",
    "Hvilken smak blir din? Handle nå i butikken vår i Bergen!",
    "Hva er ditt beste fiskesuppeminne? Fortell oss! 2 for 1 på all suppe lørdag – bestill "
    "bord nå, kun 20 bord igjen!",
    "Hvordan slapper du av etter jobb? Fortell oss! Massasjestoler 30 % rabatt – kun i dag. "
    "Bestill nå på stolbutikken.example",
    "Hva er din favoritt vintertur? Del under! Støvler 25 % rabatt med rabattkode TUR25. "
    "Skynd deg, slutter søndag!",
    "Hva er din favoritt pizzatopping? Tagg en venn som er enig! Alle pizzaer 2 for 1 på "
    "tirsdag.",
    "Hvilken vil du prøve først? Fortell oss under! Alle de nye suppene er 2 for 1 på "
    "Bryggen lørdag.",
    "Hva er ditt beste sommerminne? Fortell oss! SOMMERSALG: 50 % PÅ ALT. Priser fra kun "
    "5 kr – nesten utsolgt!",
    "Du fortjener en pause. Hva er drømmeferien din? Fortell oss – og bestill nå: 20 % rabatt "
    "på alle flybilletter til Tromsø.",
    "Hva er din beste campinghistorie? Fortell oss! Telt 20 % rabatt. Soveposer halv pris. "
    "Stormkjøkken fra 199 kr.",
    "Hvordan holder du varmen om vinteren? De nye ullgenserne våre er 30 % billigere denne "
    "uka. Fortell oss under!",
    "Fortell oss ditt beste kaffeminne! Link i bio – 2 for 1 på alle latter fredag.",
    "Gjett hvilken suppe som er bestselgeren vår! Kommenter under – alle som svarer får 10 % "
    "rabatt med koden SUPPE10.",
    "Tanker? Den nye fiskesuppa koster 149 kr på Bryggen, og lørdag er det 2 for 1.",
]

# What keeps a pushy post from reading as dialogue: the selling swallowed the invitation,
# or the question was never one (rhetorical, a poll, bait, nothing left to answer).
NOT_A_CONVERSATION = {"selling_swallows", "rhetorical_question", "promo_poll",
                      "engagement_bait", "no_conversation"}


def _strip_offer(text: str, lang: str) -> str:
    """The same post without the sentences that carry its offer."""
    offers = {f.start for f in analyze_post(text, lang).findings if f.kind == "offer"}
    return " ".join(s.text for s in sentences(text)
                    if not any(s.start <= at < s.end for at in offers))


def test_banks_are_big_enough():
    for bank in (CALM_EN, CALM_NB):
        assert len(bank) >= 16
    for bank in (PUSHY_EN, PUSHY_NB):
        assert len(bank) >= 14


@pytest.mark.parametrize(("lang", "text"), [("en", t) for t in CALM_EN]
                         + [("nb", t) for t in CALM_NB])
def test_calm_offer_beside_a_genuine_invitation_is_dialogue(lang, text):
    r = analyze_post(text, lang)
    kinds = {f.kind for f in r.findings}
    assert r.label == "dialogue", (r.score, sorted(kinds))
    assert "selling_swallows" not in kinds, sorted(kinds)
    # the offer is seen, and it costs points: a calm offer, not a hard sell
    assert "offer" in kinds and "hard_sell" not in kinds, sorted(kinds)
    assert r.contributions["offer"] < 0
    assert kinds & {"open_question", "invitation"}


@pytest.mark.parametrize(("lang", "text"), [("en", t) for t in CALM_EN[:8]]
                         + [("nb", t) for t in CALM_NB[:8]])
def test_the_offer_lowers_the_score_but_does_not_flip_it(lang, text):
    with_offer = analyze_post(text, lang)
    stripped = _strip_offer(text, lang)
    without = analyze_post(stripped, lang)
    assert len(stripped) < len(text) and "offer" not in {f.kind for f in without.findings}
    assert 50 <= with_offer.score < without.score


@pytest.mark.parametrize(("lang", "text"), [("en", t) for t in PUSHY_EN]
                         + [("nb", t) for t in PUSHY_NB])
def test_hard_sell_with_a_token_question_is_broadcast(lang, text):
    r = analyze_post(text, lang)
    kinds = {f.kind for f in r.findings}
    assert r.label == "broadcast", (r.score, sorted(kinds))
    assert kinds & NOT_A_CONVERSATION, sorted(kinds)


@pytest.mark.parametrize(("lang", "question", "offer"), [
    ("en", "What's your favourite fish soup memory? Tell us below.",
     "On Saturday 14 June it's 2 for 1 on all soups at our Bryggen restaurant in Bergen."),
    ("nb", "Hva er ditt beste fiskesuppeminne? Fortell oss i kommentarfeltet!",
     "Lørdag 14. juni er det 2 for 1 på all suppe hos oss på Bryggen i Bergen."),
])
def test_what_tips_the_balance(lang, question, offer):
    """One calm offer line: dialogue. Push it in any of the ways the rubric names: swallowed."""
    calm = analyze_post(f"{question} {offer}", lang)
    assert calm.label == "dialogue"
    pushes = {
        "en": ["Book your table now!", "Today only – don't miss out.",
               "Use code SOUP20 for 20% off.", "Bowls are £9 each, mussels £12.",
               "2 FOR 1 ON ALL SOUPS!!!"],
        "nb": ["Bestill bord nå!", "Kun i dag – ikke gå glipp av det.",
               "Bruk koden SUPPE20 for 20 % rabatt.", "En bolle koster 149 kr, blåskjell 189 kr.",
               "2 FOR 1 PÅ ALL SUPPE!!!"],
    }[lang]
    for push in pushes:
        r = analyze_post(f"{question} {offer} {push}", lang)
        kinds = {f.kind for f in r.findings}
        assert "selling_swallows" in kinds, (push, sorted(kinds))
        assert r.label == "broadcast", (push, r.score, sorted(kinds))
        assert r.score < calm.score


@pytest.mark.parametrize(("lang", "text"), [
    # a generic prompt or a buy-which question is not an invitation about the reader's life
    ("en", "What do you think of our new soup? Tell us below. It's 2 for 1 at Bryggen on "
     "Saturday."),
    ("en", "Which one would you order? Let us know! Every soup is half price on Friday."),
    ("nb", "Hva synes du om den nye suppa vår? Fortell oss under. Lørdag er det 2 for 1 på "
     "Bryggen."),
    ("nb", "Hvilken vil du bestille? Si fra under! All suppe er halv pris fredag."),
])
def test_generic_questions_beside_an_offer_are_swallowed(lang, text):
    r = analyze_post(text, lang)
    kinds = {f.kind for f in r.findings}
    assert r.label == "broadcast", (r.score, sorted(kinds))
    assert "selling_swallows" in kinds, sorted(kinds)


@pytest.mark.parametrize(("lang", "text"), [
    # the brand's own message (launch, self-praise, pitch, offer) takes as many lines as
    # the invitation: not a "small product mention"
    ("en", "Introducing our new sea salt crisps, made with salt from the Lofoten coast. "
     "What's your favourite cabin snack? Tell us below! They're £2 at every Co-op."),
    ("en", "We're proud to be voted Bergen's best bakery for the third year. What's your "
     "earliest bakery memory? Tell us! Buns are 2 for 1 on Friday."),
    ("nb", "Vi lanserer nye havsaltchips med salt fra Lofoten. Hva er favorittsnacksen din "
     "på hytta? Fortell oss under! De koster 29 kr på alle Coop-butikker."),
    ("nb", "Vi er stolte av å bli kåret til Bergens beste bakeri for tredje år. Hva er ditt "
     "tidligste bakeriminne? Fortell oss! Bollene er 2 for 1 på fredag."),
])
def test_a_pitch_as_long_as_the_invitation_swallows_it(lang, text):
    r = analyze_post(text, lang)
    kinds = {f.kind for f in r.findings}
    assert "selling_swallows" in kinds and r.label == "broadcast", (r.score, sorted(kinds))


def test_a_promise_about_the_answers_still_outweighs_a_hard_sell():
    """Unchanged: with a promise, even a hard sell does not swallow the invitation."""
    r = analyze_post("What's your favourite fish soup memory? Tell us below – we'll print "
                     "the best ten on next month's menu. 2 for 1 on Saturday, book now.", "en")
    assert "selling_swallows" not in {f.kind for f in r.findings}
    assert r.label == "dialogue"
