"""Each named dimension responds to what it is named for, in English and in bokmål.

For every dimension there is a pair of texts in each language that differ in that one
respect; the dimension must be clearly higher for the text that has more of it.
"""

import pytest

from dialogue_coach import analyze_post, analyze_reply

# dimension -> lang -> (more of it, less of it)
POST_PAIRS = {
    "invitation": {
        "en": ("Which walk near home do you never get tired of? Tell us why.",
               "Our autumn walking guide is out now."),
        "nb": ("Hvilken tur nær hjemmet blir du aldri lei av? Fortell oss hvorfor.",
               "Høstens turguide er ute nå."),
    },
    "listening": {
        "en": ("Many of you told us the Sunday buses were too full, so we've added two "
               "more from next week.",
               "From next week there are two more Sunday buses."),
        "nb": ("Mange av dere sa at søndagsbussene var for fulle, så vi har lagt til to "
               "avganger fra neste uke.",
               "Fra neste uke går det to ekstra søndagsbusser."),
    },
    "human_voice": {
        "en": ("Congratulations, Ingrid, on 25 years at the counter! ^Tom",
               "The counter has been open for 25 years."),
        "nb": ("Gratulerer, Ingrid, med 25 år bak disken! ^Tom",
               "Disken har vært åpen i 25 år."),
    },
    "audience_focus": {
        "en": ("How do you plan your week when your kids have three activities each?",
               "We plan our week, we pick our products and we deliver our service."),
        "nb": ("Hvordan planlegger du uka når barna dine har tre aktiviteter hver?",
               "Vi planlegger uka vår, vi velger våre produkter og vi leverer vår service."),
    },
    "restraint": {
        "en": ("Our new winter boots are in the shop.",
               "HUGE SALE!!! New winter boots 40% off, today only, buy now!!!"),
        "nb": ("De nye vinterskoene våre er i butikken.",
               "STORT SALG!!! Nye vintersko 40 % rabatt, kun i dag, kjøp nå!!!"),
    },
    "sincerity": {
        "en": ("Which walk near home do you never get tired of?",
               "Tired of boring walks? Our new trail app fixes that. Like and share to win!"),
        "nb": ("Hvilken tur nær hjemmet blir du aldri lei av?",
               "Lei av kjedelige turer? Den nye turappen vår fikser det. Lik og del for å "
               "vinne!"),
    },
}

# dimension -> lang -> (comment, better reply, worse reply)
REPLY_PAIRS = {
    "acknowledgement": {
        "en": ("Loved the concert last night!",
               "Thank you, Jo! So glad you enjoyed it.", "Noted."),
        "nb": ("Elsket konserten i går!",
               "Tusen takk, Jo! Så glade for at du likte den.", "Notert."),
    },
    "answer": {
        "en": ("Is the pool open on Sunday?", "Yes, from 10:00 to 16:00 on Sundays.",
               "Thanks for your interest in our pool! Stay tuned for more."),
        "nb": ("Er bassenget åpent på søndag?", "Ja, fra kl. 10 til 16 på søndager.",
               "Takk for interessen for bassenget! Følg med for mer."),
    },
    "empathy": {
        "en": ("My parcel arrived crushed.",
               "Sorry, that's really annoying to unpack.", "Parcels are handled by the courier."),
        "nb": ("Pakken min kom helt knust.",
               "Beklager, det er skikkelig kjipt å pakke opp.", "Pakker håndteres av budfirmaet."),
    },
    "next_step": {
        "en": ("My parcel arrived crushed.",
               "I've sent a replacement today; it arrives by Friday.", "That happens sometimes."),
        "nb": ("Pakken min kom helt knust.",
               "Jeg har sendt en ny i dag, den er fremme innen fredag.", "Det skjer av og til."),
    },
    "human_voice": {
        "en": ("Loved the concert last night!",
               "I was there too and I'm still humming it! ^Mari",
               "Your feedback is important to us. Kind regards, Customer Care"),
        "nb": ("Elsket konserten i går!",
               "Jeg var der også, og jeg nynner fortsatt! ^Mari",
               "Din tilbakemelding er viktig for oss. Med vennlig hilsen Kundeservice"),
    },
    "follow_up": {
        "en": ("Is the pool open on Sunday?", "Yes, 10 to 4. Let us know if anything else "
               "comes up!", "Yes, 10 to 4."),
        "nb": ("Er bassenget åpent på søndag?", "Ja, 10 til 16. Si fra hvis det er noe mer!",
               "Ja, 10 til 16."),
    },
    "respect": {
        "en": ("Your bus was late again.", "Sorry, it was stuck behind roadworks on Storgata.",
               "As stated in our terms, timetables are not guaranteed. Try an earlier bus 🙄"),
        "nb": ("Bussen var forsinket igjen.", "Beklager, den sto fast bak veiarbeid i Storgata.",
               "Ifølge vilkårene våre er rutetidene ikke garantert. Lykke til med det 🙄"),
    },
}


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("dimension", sorted(POST_PAIRS))
def test_post_dimension(dimension, lang):
    more, less = POST_PAIRS[dimension][lang]
    high = analyze_post(more, lang).dimensions[dimension]
    low = analyze_post(less, lang).dimensions[dimension]
    assert high >= low + 20, (dimension, lang, high, low)


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("dimension", sorted(REPLY_PAIRS))
def test_reply_dimension(dimension, lang):
    comment, better, worse = REPLY_PAIRS[dimension][lang]
    high = analyze_reply(comment, better, lang).dimensions[dimension]
    low = analyze_reply(comment, worse, lang).dimensions[dimension]
    assert high >= low + 20, (dimension, lang, high, low)


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_clean_post_scores_full_restraint_and_sincerity(lang):
    text = ("What did you cook last Sunday?" if lang == "en"
            else "Hva lagde du til middag sist søndag?")
    dims = analyze_post(text, lang).dimensions
    assert dims["restraint"] == 100 and dims["sincerity"] == 100
