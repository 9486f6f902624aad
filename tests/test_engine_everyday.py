"""Everyday ways of inviting, crediting and owning up, in both languages, rule family by
rule family; and the pseudo-dialogue that borrows the same words.

Every text here was written for this file from the rubric (RUBRIC.md), not taken from
the corpus. Each example names the kind of finding that must carry it, so a test fails
when the rule family stops firing, not only when the label flips.
"""

import pytest

from dialogue_coach import analyze_post, analyze_reply
from dialogue_coach.findings import run_rules
from dialogue_coach.lexicon import load_lexicon

# (family, lang, text, expected label, finding kind that must be present)
POSTS = [
    # ---- everyday invitations without "tell us" or a question mark
    ("tell_gladly", "nb", "Fortell gjerne hvordan dere feiret sankthans i år – bål eller ikke.",
     "dialogue", "invitation"),
    ("tell_gladly", "en", "Feel free to share how you celebrated midsummer this year – "
     "bonfire or not.", "dialogue", "invitation"),
    ("say_what_you_think", "nb", "Vi prøver en ny rute for linje 7 fra mars. Si gjerne hva du "
     "tenker, også om det er kritikk.", "dialogue", "invitation"),
    ("say_what_you_think", "en", "We're trying a new route for the number 7 from March. Say "
     "what you think, criticism included.", "dialogue", "invitation"),
    ("come_with_suggestions", "nb", "Kom gjerne med forslag til høstens foredragsserie – vi "
     "leser alt.", "dialogue", "invitation"),
    ("come_with_suggestions", "en", "Send us your wishes for the autumn talks – we read every "
     "single one.", "dialogue", "invitation"),
    ("write_it_below", "nb", "Hvilken sang får deg alltid i godt humør? Skriv det gjerne under.",
     "dialogue", "invitation"),
    ("curious", "nb", "Hva lager dere til middag når kjøleskapet er nesten tomt? Vi er "
     "nysgjerrige!", "dialogue", "invitation"),
    ("curious", "en", "What do you cook when the fridge is nearly empty? We're curious!",
     "dialogue", "invitation"),
    ("we_need_advice", "nb", "Vi trenger gode råd: hvordan får man tenåringer med på "
     "søndagstur?", "dialogue", "invitation"),
    ("we_need_advice", "en", "We need advice: how do you get teenagers out on a Sunday walk?",
     "dialogue", "invitation"),
    ("we_wonder", "nb", "Vi lurer på hvordan dere bruker lesesalen i eksamenstida.",
     "dialogue", "invitation"),
    ("we_wonder", "en", "We're wondering how you use the reading room during exams.",
     "dialogue", "invitation"),
    ("questions_here", "nb", "Nytt avfallssystem fra mai. Still dem her, så svarer Kari i "
     "renovasjonen på spørsmål i kommentarfeltet hele torsdag.", "dialogue", "invitation"),
    ("questions_here", "en", "New waste system from May. Kari from the recycling team is "
     "answering questions here all Thursday – post them below.", "dialogue", "invitation"),
    ("give_a_shout", "en", "New signs are up at the entrance. Give us a shout if they still "
     "confuse you.", "dialogue", "invitation"),
    ("open_meeting", "nb", "Kom på det åpne møtet på tirsdag og si til planleggerne hva du "
     "mener om den nye brua.", "dialogue", "invitation"),
    # ---- questions about the reader's own experience, even closed ones
    ("experience_question", "nb", "Har noen av dere syklet til jobben hele vinteren? Vi vil "
     "vite hva som var verst.", "dialogue", "open_question"),
    ("experience_question", "en", "Have any of you cycled to work all winter? We'd like to "
     "know what was hardest.", "dialogue", "open_question"),
    ("experience_question", "nb", "Har dere prøvd å lage fiskekaker uten egg?",
     "dialogue", "open_question"),
    ("one_word_question", "nb", "Vi klarer ikke å bestemme oss for hva den nye katten på "
     "biblioteket skal hete. Forslag?", "dialogue", "open_question"),
    ("one_word_question", "en", "We can't decide what to call the library's new cat. Ideas?",
     "dialogue", "open_question"),
    # ---- reporting back and crediting, in more words
    ("thanks_for_input", "nb", "Takk for alle innspillene om lekeplassen! Flest ønsket seg en "
     "klatrevegg, og den kommer til sommeren.", "dialogue", "report_back"),
    ("thanks_for_input", "en", "Thanks for all the input on the playground! Most of you "
     "wanted a climbing wall, and it's coming this summer.", "dialogue", "report_back"),
    ("many_have_asked", "nb", "Mange har etterlyst flere sykkelstativ ved stasjonen. Nå "
     "har vi satt opp 40 nye.", "dialogue", "report_back"),
    ("many_have_asked", "en", "Many passengers have asked for more bike racks at the "
     "station. We've put up 40 new ones.", "dialogue", "report_back"),
    ("you_pointed_out", "nb", "Dere sa fra om at rampen ved inngangen var for bratt. Den er "
     "nå bygget om.", "dialogue", "report_back"),
    ("you_pointed_out", "en", "You pointed out that the ramp at the entrance was too steep. "
     "It has now been rebuilt.", "dialogue", "report_back"),
    ("verb_second", "nb", "I fjor høst ba dere oss om lengre åpningstid i eksamenstida. Nå "
     "holder lesesalen åpent til midnatt.", "dialogue", "report_back"),
    ("named_follower", "nb", "Vi fikk et brev fra Vilja (8), som lurte på hvorfor det ikke går "
     "buss til badeplassen. Det gjør det fra juni!", "dialogue", "report_back"),
    ("named_follower", "en", "We got a letter from Vilja (8), who asked why no bus goes to "
     "the beach. From June, one does!", "dialogue", "report_back"),
    ("read_all_comments", "nb", "Vi har lest alle de 120 kommentarene om parkering. Det vi "
     "hørte mest: kveldene er problemet.", "dialogue", "report_back"),
    ("read_all_comments", "en", "We've read all 120 comments about parking. The main thing "
     "we heard: evenings are the problem.", "dialogue", "report_back"),
    ("idea_from_the_comments", "en", "The 'night swim' that started in our comments last "
     "winter is now a monthly event. Bring a friend!", "dialogue", "report_back"),
    ("passed_it_on", "nb", "Godt spørsmål, Oda! Vi har sendt forslaget videre til "
     "designerne.", "dialogue", "uses_answers"),
    ("passed_it_on", "en", "Great question, Oda! We've passed it on to the designers.",
     "dialogue", "uses_answers"),
    ("collect_present_tense", "nb", "Hvilken bok burde alle lese før de fyller 18? Vi samler "
     "forslagene på en egen hylle.", "dialogue", "uses_answers"),
    # ---- warmth aimed at people who took part
    ("thanks_to_everyone_who", "nb", "Kjære alle som kom på dugnaden i går: Tusen takk! Vi "
     "fylte 40 sekker med søppel fra fjæra.", "dialogue", "personal_warmth"),
    ("thanks_to_everyone_who", "en", "To everyone who came to the clean-up yesterday: thank "
     "you! We filled 40 bags from the shore.", "dialogue", "personal_warmth"),
    ("thank_whoever", "nb", "Nattevakten vår ba oss takke den som la igjen en kake i "
     "resepsjonen. Du reddet natta!", "dialogue", "personal_warmth"),
    ("thank_whoever", "en", "Our night shift asked us to thank whoever left a cake at "
     "reception. You saved the night!", "dialogue", "personal_warmth"),
    # ---- owning a mistake in few words
    ("on_us", "nb", "Brøytingen på Haugen var for dårlig i går, og det tar vi selvkritikk på. "
     "Vi har satt inn en bil til.", "dialogue", "admits_mistake"),
    ("on_us", "en", "Snow clearing on the hill was poor yesterday, and that's on us. We've "
     "added another truck.", "dialogue", "admits_mistake"),
    # ---- the same words, borrowed by pseudo-dialogue
    ("share_the_post", "nb", "Del gjerne innlegget med venner – helgetilbudet gjelder til "
     "søndag!", "broadcast", "engagement_bait"),
    ("share_the_post", "en", "Feel free to share this post with friends – the weekend deal "
     "ends Sunday!", "broadcast", "engagement_bait"),
    ("waited_slogan", "nb", "Mange av dere har ventet lenge – nå er den endelig her: "
     "regnjakken i ny farge!", "broadcast", "listening_slogan"),
    ("waited_slogan", "en", "Many of you have been waiting – it's finally here: the rain "
     "jacket in a new colour!", "broadcast", "listening_slogan"),
    ("for_you_pitch", "en", "What would you do with an extra hour every morning? Our app "
     "plans your day for you. Download it now.", "broadcast", "rhetorical_question"),
    ("for_you_pitch", "nb", "Hva ville du gjort med en ekstra time hver morgen? Appen vår "
     "planlegger dagen din for deg. Last den ned nå.", "broadcast", "rhetorical_question"),
    ("back_in_shops", "nb", "Husker du smaken av sommer? Nå er jordbærisen tilbake i "
     "frysedisken.", "broadcast", "rhetorical_question"),
    ("better_than", "nb", "Hva er bedre enn nybakt brød på en lørdag? Ingenting! Vi har åpent "
     "til 16.", "broadcast", "rhetorical_question"),
    ("shop_the_collection", "nb", "Hvilken veske er du? Reisende, pendler eller helgetur? Se "
     "hele kolleksjonen nå.", "broadcast", "hard_sell"),
    ("two_for_one", "en", "What's your Friday plan? Ours: 2-for-1 pizzas all evening at "
     "Vesuvio.", "broadcast", "offer"),
    ("birthday_to_us", "en", "Happy 25th birthday to us! 🎉 Thank you to all our customers "
     "for choosing us.", "broadcast", "no_conversation"),
    ("shop_in_a_clause", "en", "We want to hear from those of you who shop with us online: "
     "what's the most annoying thing about our checkout?", "dialogue", "open_question"),
]


@pytest.mark.parametrize(("family", "lang", "text", "expected", "kind"), POSTS,
                         ids=[f"{p[0]}-{p[1]}-{i}" for i, p in enumerate(POSTS)])
def test_everyday_post(family, lang, text, expected, kind):
    result = analyze_post(text, lang)
    kinds = {f.kind for f in result.findings}
    assert kind in kinds, (family, sorted(kinds))
    assert result.label == expected, (family, result.score, result.contributions)


def test_a_report_inside_a_question_is_not_a_report():
    """"Have some of you tried...?" asks; it does not report what anyone said."""
    for text, lang in [("Har noen av dere prøvd å bake med surdeig?", "nb"),
                       ("Have some of you tried baking with sourdough?", "en")]:
        kinds = {f.kind for f in analyze_post(text, lang).findings}
        assert "report_back" not in kinds and "open_question" in kinds, (lang, kinds)


def test_if_you_want_it_is_an_offer_not_an_order():
    text = "Gerd, you get to ride the first bus, and the driver's hat is yours if you want it!"
    assert "imperative_you" not in {f.kind for f in analyze_post(text, "en").findings}
    assert "imperative_you" in {f.kind for f in analyze_post(
        "You work hard. You need this. Book now!", "en").findings}


# (family, lang, comment, reply, expected label, finding kind that must be present)
REPLIES = [
    ("yes_after_greeting", "en", "Do you have oat milk at the kiosk?",
     "Hi Sara! Yes – every kiosk has oat milk now. ^Emil", "good", "direct_answer"),
    ("yes_after_greeting", "nb", "Har dere havremelk i kiosken?",
     "Hei Sara! Ja – alle kioskene har havremelk nå. ^Emil", "good", "direct_answer"),
    ("of_course", "en", "Can I bring my dog on the ferry?",
     "Of course! Dogs ride free on the outside deck.", "good", "direct_answer"),
    ("i_hear_you", "en", "Your prices are a joke.",
     "I hear you, Per. Prices rose 8% because of energy costs; the basic menu stays at last "
     "year's price. Happy to explain more.", "good", "empathy"),
    ("i_hear_you", "nb", "Prisene deres er en vits.",
     "Jeg skjønner deg, Per. Prisene steg 8 % på grunn av strømkostnader; grunnmenyen har "
     "samme pris som i fjor. Forklarer gjerne mer.", "good", "empathy"),
    ("thats_annoying", "en", "My parcel arrived crushed.",
     "Sorry, that's really annoying. I've sent a new one today; it arrives Friday.",
     "good", "empathy"),
    ("praise_past_tense", "nb", "Elsket konserten i går!",
     "Tusen takk, Jo! Så glade for at du likte den.", "good", "praise_returned"),
    ("we_have_is_no_answer", "nb", "Har dere glutenfritt brød på lørdager?",
     "Takk for spørsmålet! Vi har et stort utvalg deilige brød for enhver smak. Kom innom!",
     "poor", "unanswered"),
    ("good_question_is_no_answer", "en", "Can you recycle egg cartons?",
     "Good question! Recycling matters so much, and we all have a part to play. 🌍",
     "poor", "unanswered"),
    ("good_question_is_no_answer", "nb", "Kan man resirkulere eggekartonger?",
     "Godt spørsmål! Resirkulering er så viktig, og vi har alle en rolle å spille. 🌍",
     "poor", "unanswered"),
    ("calm_answer_to_a_jibe", "en", "Tram 12: the scenic route to being late 🙃",
     "Ha, fair. The 12 has run 6–8 minutes late most mornings because of track work at the "
     "bridge; it ends on 2 May and the old timetable returns.", "good", "answer"),
    ("calm_answer_to_a_jibe", "nb", "Trikk 12: den naturskjønne veien til å komme for sent 🙃",
     "Haha, greit nok. 12-trikken har vært 6–8 minutter forsinket de fleste morgener på grunn "
     "av sporarbeid ved brua; det er ferdig 2. mai, og da kommer den gamle ruteplanen "
     "tilbake.", "good", "answer"),
    ("brochure_to_praise", "en", "The staff at the Lade shop went above and beyond for my "
     "dad today.", "Lade is our biggest shop, with 30 staff and opening hours from 8 to 22 "
     "every day.", "poor", "praise"),
    ("brochure_to_praise", "nb", "Personalet på Lade-butikken stilte virkelig opp for pappa "
     "i dag.", "Lade er vår største butikk, med 30 ansatte og åpent 8–22 hver dag.",
     "poor", "praise"),
    ("form_letter", "en", "Huge thanks to the nurse on ward 3 who stayed late with my son.",
     "Dear Nina, thank you for contacting Riverside Hospital. All comments are forwarded to "
     "the relevant department. We look forward to welcoming you again.", "poor", "template"),
    ("charged_complaint", "nb", "Dere trakk 249 kr for et medlemskap jeg sa opp i april.",
     "Ta kontakt med kundeservice på telefon mellom kl. 08 og 16 på hverdager.",
     "poor", "complaint"),
]


@pytest.mark.parametrize(("family", "lang", "comment", "reply", "expected", "kind"), REPLIES,
                         ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(REPLIES)])
def test_everyday_reply(family, lang, comment, reply, expected, kind):
    result = analyze_reply(comment, reply, lang)
    kinds = {f.kind for f in result.findings}
    # what the engine read in the comment (praise, complaint...) counts as evidence too
    kinds |= {f.kind for f in run_rules(comment, load_lexicon(lang).comment_rules, "comment")}
    assert kind in kinds, (family, sorted(kinds))
    assert result.label == expected, (family, result.score, result.contributions)


@pytest.mark.parametrize(("lang", "reply"), [("en", "Noted."), ("nb", "Notert.")])
def test_a_one_word_reply_is_not_a_name(lang, reply):
    kinds = {f.kind for f in analyze_reply("Loved it!", reply, lang).findings}
    assert "addresses_person" not in kinds


@pytest.mark.parametrize(("lang", "comment", "brochure", "calm"), [
    ("en", "The night porter at your Bergen hotel was an angel to my mum.",
     "Our Bergen hotel is part of an award-winning chain, with 120 rooms and 40 staff.",
     "Oh, thank you for telling us, Leah! I'll make sure Arne sees this tonight. ^Siri"),
    ("nb", "Nattportieren på hotellet deres i Bergen var en engel for mamma.",
     "Hotellet vårt i Bergen er del av en prisbelønt kjede, med 120 rom og 40 ansatte.",
     "Å, tusen takk for at du forteller oss det, Lea! Jeg skal sørge for at Arne får se "
     "dette i kveld. ^Siri"),
])
def test_facts_alone_answer_no_remark(lang, comment, brochure, calm):
    """A remark no rule recognises (praise in new words, a jibe) is not answered by facts
    alone: those are a brochure. The same facts count once the reply meets the person."""
    r = analyze_reply(comment, brochure, lang)
    assert "answer" not in {f.kind for f in r.findings} and r.label == "poor", r.contributions
    assert analyze_reply(comment, calm, lang).label == "good"


@pytest.mark.parametrize(("lang", "text", "own_question"), [
    ("en", "You told us the café opens too late for the early ferry, so from Monday we open "
     "at 6. What else would make your mornings easier?", "make your week easier"),
    ("nb", "Dere sa at kafeen åpner for sent for den tidlige ferja, så fra mandag åpner vi "
     "kl. 6. Hva annet ville gjort morgenene deres enklere?", "gjort uka di enklere"),
])
def test_a_closing_question_after_a_report_back_is_dialogue(lang, text, own_question):
    """Nothing follows the question and nothing is sold, so it cannot be rhetorical, and
    "make your mornings easier" inside a question asks, it does not order. No tip may
    offer the learner's own question back as the fix, nor "talk less about we"."""
    r = analyze_post(text, lang)
    kinds = {f.kind for f in r.findings}
    assert r.label == "dialogue" and {"report_back", "open_question"} <= kinds, kinds
    assert not kinds & {"rhetorical_question", "imperative_you"}, kinds
    assert not any(own_question in tip.lower() for tip in r.suggestions), r.suggestions
    assert not any("«vi»" in tip or '"we"' in tip for tip in r.suggestions), r.suggestions


@pytest.mark.parametrize(("lang", "trap"), [
    ("en", "What would make your week easier? A cleaner from Sparkle, from $29 an hour. "
     "Book now!"),
    ("nb", "Hva ville gjort uka di enklere? En vaskehjelp fra Glans, fra 299 kr timen. "
     "Bestill nå!"),
    ("en", "Tired of cold feet? Our wool socks fix it."),
    ("nb", "Sulten? Bestill nå."),
])
def test_the_same_question_before_a_pitch_is_rhetorical(lang, trap):
    r = analyze_post(trap, lang)
    assert r.label == "broadcast"
    assert "rhetorical_question" in {f.kind for f in r.findings}


# (family, lang, comment, reply, expected label, finding kind that must be present)
REPLIES_2 = [
    ("thanks_back", "en", "Thanks for fixing my bike so quickly!", "Anytime, Jamal! Ride safe 🚲",
     "good", "praise_returned"),
    ("thanks_back", "nb", "Takk for at dere fikset sykkelen så fort!",
     "Bare hyggelig, Jamal! God tur 🚲", "good", "praise_returned"),
    ("sign_off_is_no_answer", "en", "When do you open on Sunday?", "Anytime! Take care.",
     "poor", "unanswered"),
    ("offer_is_no_answer", "en", "You should have oat milk at the kiosk.",
     "Good idea, Emma! Have you tried our new Premium range? 2 for 69 kr.", "poor", "upsell"),
    ("offer_is_no_answer", "nb", "Har dere glutenfri pizza?",
     "Hei Ola! Har du prøvd den nye trøffelpizzaen vår? 2 for 1 hver tirsdag!", "poor",
     "upsell"),
    ("fix_done", "en", "I was charged twice for my ticket.",
     "Sorry, Hanne – that's our mistake. The second charge has been refunded and should "
     "show on your account within three days.", "good", "next_step"),
    ("fix_done", "nb", "Jeg ble trukket to ganger for billetten.",
     "Beklager, Hanne – det er vår feil. Det doble trekket er refundert og skal synes på "
     "kontoen din innen tre dager.", "good", "next_step"),
    ("refund_question", "en", "How long does a refund usually take?",
     "Usually 3–5 working days after we receive the parcel, Kim.", "good", "answered"),
    ("refund_question", "nb", "Hvor lang tid tar det vanligvis å få pengene tilbake?",
     "Vanligvis 3–5 virkedager etter at vi har mottatt pakken, Kim.", "good", "answered"),
    ("planned", "en", "It would be great if the app had a dark mode.",
     "Thanks, Vegard – it's on the list for the autumn update.", "good", "answer"),
    ("planned", "nb", "Det hadde vært fint om appen hadde mørk modus.",
     "Takk, Vegard – det står på lista til høstoppdateringen.", "good", "answer"),
    ("excuse", "en", "My delivery never turned up and nobody answers the phone.",
     "Sorry to hear that, Ola! Our phone lines are very busy at the moment.", "poor",
     "vague_promise"),
    ("excuse", "nb", "Leveransen min kom aldri, og ingen svarer på telefonen.",
     "Leit å høre, Ola! Det er veldig travelt på telefonene våre for tiden.", "poor",
     "vague_promise"),
    ("calm_facts_to_a_jibe", "en", "Lol who even uses this app anymore",
     "About 40,000 people a week, as it happens! If something's putting you off, tell us "
     "what.", "good", "troll"),
    ("calm_facts_to_a_jibe", "nb", "Lol hvem bruker egentlig denne appen lenger",
     "Rundt 40 000 personer i uka, faktisk! Er det noe som gjør at du ikke bruker den, så "
     "si gjerne hva.", "good", "troll"),
]


@pytest.mark.parametrize(("family", "lang", "comment", "reply", "expected", "kind"), REPLIES_2,
                         ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(REPLIES_2)])
def test_everyday_reply_round_two(family, lang, comment, reply, expected, kind):
    test_everyday_reply(family, lang, comment, reply, expected, kind)


@pytest.mark.parametrize(("lang", "comment", "dodge", "answer"), [
    ("nb", "Går båten ut til Holmen hver dag i fellesferien, eller bare i helgene?",
     "Hei Ingrid! Så hyggelig at du vil ut til Holmen i sommer ☀️ Det er et av de fineste "
     "stedene vi vet om. God sommer!",
     "Hei Ingrid! Hver dag fra 1. juli, kl. 10 og kl. 14. God tur! ^Ola"),
    ("en", "Does the island boat run every day in the school holidays, or only at weekends?",
     "Hi Amira! So lovely that you're visiting the island this summer ☀️ It's one of our "
     "favourite places. Have a great summer!",
     "Hi Amira! Every day from 1 July, at 10 and at 2. Enjoy the trip! ^Sam"),
])
def test_a_season_named_in_passing_is_no_answer(lang, comment, dodge, answer):
    """'This summer' / 'i sommer' echoes the comment; it does not say when the boat runs."""
    assert analyze_reply(comment, dodge, lang=lang).label == "poor"
    assert analyze_reply(comment, answer, lang=lang).label == "good"


@pytest.mark.parametrize(("lang", "credit", "boast"), [
    ("en", "The Saturday volunteers planted forty apple trees along the river path today!! "
           "Thank you all, and see you next week!",
     "We are proud to be named Garden Centre of the Year! Thank you all!"),
    ("nb", "Dugnadsgjengen plantet førti epletrær langs elvestien i dag!! Tusen takk alle "
           "sammen, vi ses på lørdag!",
     "Vi er stolte av å være kåret til årets hagesenter! Tusen takk alle sammen!"),
])
def test_thanks_to_everyone_who_took_part_is_warmth_unless_it_follows_a_boast(
        lang, credit, boast):
    """Joyful thanks for what people did is dialogue; 'thank you all' after an award is not."""
    assert analyze_post(credit, lang=lang).label == "dialogue"
    assert analyze_post(boast, lang=lang).label == "broadcast"
