"""Round six: families of misreads found in the development bank data/dev6 (never the
test split or a blind set), in both languages, each with the finding that must carry it.

Every text was written for this file from the rubric, not copied from a development
bank, the corpus, the learners' answers or any blind set.
"""

from engine_cases import round_tests

from dialogue_coach import analyze_reply

# (family, lang, text, expected label, finding kind that must be present)
POSTS = [
    # questions asked for in advance, and a promise to answer every one
    ("questions_in_advance", "en", "Our pension adviser Sara is live on Tuesday at 20:00 "
     "and would like your questions in advance, the tricky ones too. She promises to answer "
     "all of them.", "dialogue", "uses_answers"),
    ("questions_in_advance", "nb", "Pensjonsrådgiveren vår Sara er direkte på tirsdag kl. "
     "20 og vil gjerne ha spørsmålene deres på forhånd, også de vanskelige. Hun lover å svare "
     "på alle.", "dialogue", "uses_answers"),
    # an error put right and owned, then "we're wondering:"
    ("error_fixed_then_wondering", "nb", "Fakturaen i appen viste feil beløp for noen av dere "
     "i mai. Feilen er rettet, og ingen har betalt for mye. Vi lurer: var e-posten vi sendte "
     "grei å forstå?", "dialogue", "admits_mistake"),
    ("error_fixed_then_wondering", "en", "The invoice in the app showed the wrong amount for "
     "some of you in May. The error has been fixed, and nobody paid too much. We're "
     "wondering: was the email we sent easy to follow?", "dialogue", "admits_mistake"),
    # a title before the name, and thanks for what someone brought
    ("welcome_back_with_a_title", "en", "Welcome back to the surgery, Mrs Okafor! Thirty "
     "years with us and still the best laugh in the waiting room. Thank you for the "
     "flowers for reception.", "dialogue", "personal_warmth"),
    ("thanks_for_what_they_brought", "nb", "Velkommen tilbake, Gunnhild! Tretti år som "
     "pasient hos oss og fortsatt den beste latteren på venterommet. Takk for blomstene til "
     "resepsjonen!", "dialogue", "personal_warmth"),
    # "you were very clear": what the readers made clear
    ("you_were_very_clear", "en", "Update on the park benches: you voted, you wrote in, you "
     "came to the meeting. We're keeping the old oak benches by the pond (you were very "
     "clear) and fixing the broken ones by the playground in April.", "dialogue",
     "report_back"),
    ("you_were_very_clear", "nb", "Nytt om benkene i parken: dere stemte, skrev og kom på "
     "møtet. Vi beholder de gamle eikebenkene ved dammen (dere var veldig tydelige) og "
     "reparerer de ødelagte ved lekeplassen i april.", "dialogue", "report_back"),
    # How good learners' rewrites say the answers will be used (data/learners, split dev),
    # each on a launch other than the assignment's
    ("is_collecting_the_stories", "en", "Tell us about the best cinnamon bun you've ever "
     "had, wherever it was. Our bakers are collecting the stories while they finish the new "
     "bun. Saturday 3 May: 2 for 1 on all buns at Torget. ^Jonas", "dialogue",
     "uses_answers"),
    ("pass_your_answers_to_the_kitchen", "en", "Hi, it's Amira from the counter 👋 So: what "
     "goes into your family's cinnamon buns that no bakery gets right? On Saturday 3 May our "
     "new bun launches with 2 for 1, and I will pass your answers straight to the bakers.",
     "dialogue", "uses_answers"),
    ("honest_question", "en", "New cinnamon bun, honest question: what would make you buy "
     "it twice? Try it Saturday 3 May at Torget – two for one. ^Tor", "dialogue",
     "invitation"),
    ("what_is_missing", "nb", "Ny kanelbolle, og vi trenger hjelp: hva mangler den? Smak "
     "selv lørdag 3. mai – 2 for 1 på Torget. ^Ola", "dialogue", "open_question"),
    ("what_is_missing", "en", "New cinnamon bun, and we need help: what's missing? Taste it "
     "yourself on Saturday 3 May – 2 for 1 at Torget. ^Ola", "dialogue", "open_question"),
    ("we_promise_to_taste", "nb", "Nå trenger vi dere: hvor i byen fikk dere den beste "
     "kanelbollen før vi åpnet? Vi lover å gå og smake selv. Lørdag 3. mai er det 2 for 1 "
     "på alle boller hos oss.", "dialogue", "uses_answers"),
    ("write_one_thing", "nb", "Skriv én ting du savner i en kanelbolle, så skal Ingrid i "
     "bakeriet prøve å få det med. Lørdag 3. mai: 2 for 1 på alle boller på Torget. 🥐",
     "dialogue", "uses_answers"),
    ("before_we_adjust_the_recipe", "nb", "Hvor mye kardemomme hører egentlig hjemme i en "
     "kanelbolle? Den nye bollen vår har fått sitt svar, men vi vil høre ditt før vi "
     "justerer oppskriften til høsten. Lørdag 3. mai er det 2 for 1 hos oss.", "dialogue",
     "uses_answers"),
    ("the_best_stories_go_on_the_wall", "nb", "Nå vil vi høre fra dere: hvilken kanelbolle "
     "husker du best, og hvem bakte den? Lørdag 3. mai er det 2 for 1 på Torget. De fineste "
     "historiene henger vi opp på veggen i bakeriet. ^Håkon", "dialogue", "uses_answers"),
    ("you_decide_which_stays", "nb", "Bakeriet er uenige: skal den nye bollen ha kardemomme "
     "eller vanilje? Lørdag 3. mai baker vi begge, 2 for 1 på alle boller, og dere avgjør "
     "hvilken som blir i hylla. Si fra her hva dere mener, og hvorfor.", "dialogue",
     "uses_answers"),
    ("still_not_sure", "nb", "Bakeren Torbjørn her. Jeg er fortsatt ikke sikker på om det "
     "skal være perlesukker eller mandler på toppen. Hva ville du valgt, og hvorfor? Lørdag "
     "3. mai er det 2 for 1, så kom og smak begge og si meg hva du mener.", "dialogue",
     "admits_mistake"),
    # «så leser kokken alle svarene»: the promise with the subject after the verb; and a
    # «#tilbud» in a wall of tags is that wall, not a second offer line
    ("the_baker_reads_every_answer", "nb", "Kanelboller er mye følelser. Hvem bakte den "
     "beste du har smakt? Fortell oss i kommentarfeltet, så leser bakeren alle svarene. "
     "Lørdag 3. mai er det 2 for 1 på alle boller hos oss. #kanelbolle #bakeri #torget "
     "#lørdag #tilbud #helg #kaffe #bolle", "dialogue", "uses_answers"),
    # «så prøver bakeren Ola ut de tre mest populære forslagene», even after an offer that
    # opens the post
    ("the_baker_tries_the_suggestions", "nb", "2 for 1 på alle boller lørdag 3. mai – og "
     "denne gangen vil vi ha noe tilbake fra dere 😊 Hva ville du puttet i en kanelbolle om "
     "den var din? Svar her, så prøver bakeren Ola ut de tre mest populære forslagene neste "
     "uke.", "dialogue", "uses_answers"),
]

# (family, lang, comment, reply, expected label, kind(s) present, kind absent)
REPLIES = [
    # legalistic blame
    ("your_responsibility", "nb", "Hvorfor fikk jeg gebyr når betalingsautomaten var "
     "ødelagt?", "Det er kundens ansvar å betale. Eventuelle klager må sendes skriftlig.",
     "poor", "defensive", "answered"),
    ("your_responsibility", "en", "Why did I get a fine when the pay machine was broken?",
     "It is the customer's responsibility to pay. Any complaints must be submitted in "
     "writing.", "poor", "defensive", "answered"),
    # an upgrade sold instead of an answer
    ("upgrade_today", "en", "Does the free plan include backups, or do I need Premium?",
     "Hi Ola! Premium is our most popular plan 🚀 Upgrade today and get a month free!",
     "poor", "upsell", "answered"),
    ("upgrade_today", "nb", "Får jeg sikkerhetskopi i gratisversjonen, eller må jeg ha "
     "Premium?", "Hei Ola! Premium er vår mest populære pakke 🚀 Oppgrader i dag og få en "
     "måned gratis!", "poor", "upsell", "answered"),
    # a season on sale, to praise
    ("on_sale_now", "en", "Loved the choir concert on Sunday!", "Thanks, Berit! Tickets "
     "for the Christmas concert are on sale now, don't miss out!", "poor", "upsell",
     "praise_returned"),
    ("on_sale_now", "nb", "Nydelig korkonsert på søndag!", "Takk, Berit! Billettene til "
     "julekonserten er i salg nå, ikke gå glipp av dem!", "poor", "upsell",
     "praise_returned"),
    # "try them in our new …" instead of the difference asked for
    ("try_them_in_our_new", "en", "What's the difference between your two rye breads?",
     "Both are lovely, Ben! Try them in our new lunch deal, only 89 kr this week 🥪",
     "poor", "upsell", "answered"),
    ("try_them_in_our_new", "nb", "Hva er forskjellen på de to rugbrødene deres?", "Begge "
     "er kjempegode, Ben! Prøv dem i den nye lunsjmenyen vår, kun 89 kr denne uka 🥪",
     "poor", "upsell", "answered"),
    # ... and the contrast that answers it
    ("the_difference", "en", "What's the difference between your two rye breads?", "Hi "
     "Ben! The dark one has whole grains and keeps for a week; the light one is softer and "
     "best the same day.", "good", "answered", None),
    ("the_difference", "nb", "Hva er forskjellen på de to rugbrødene deres?", "Hei Ben! "
     "Grov-varianten har hele korn og holder seg en uke; den lyse er mykere og best samme "
     "dag.", "good", "answered", None),
    # where things are taken in
    ("taken_in_for_free", "nb", "Hvor kan jeg levere gamle batterier?", "Hei Bente! "
     "Batterier tar vi imot gratis i kassa, og de fleste matbutikker tar dem også i retur.",
     "good", "answered", "unanswered"),
    # owning a jab, then the step under way
    ("guilty_then_the_step", "en", "Your café's music has been the same five songs since "
     "2015. Is that on purpose?", "Kim, guilty 😅 We're making a new playlist this month: "
     "tell us three songs and the best ones go on it.", "good", "empathy", None),
    # stock phrases of understanding
    ("we_appreciate_your_understanding", "en", "Third time this month my parcel was left "
     "in the rain. Do your drivers read the notes?", "Hi Ruth, our drivers deliver "
     "thousands of parcels a day. We appreciate your understanding.", "poor", "template",
     None),
    ("we_appreciate_your_understanding", "nb", "Tredje gang denne måneden pakken min blir "
     "satt ute i regnet. Leser sjåførene merknadene?", "Hei Ruth, sjåførene våre leverer "
     "tusenvis av pakker om dagen. Vi setter pris på din forståelse.", "poor", "template",
     None),
    # a loyalty card or a gift card slipped in after the answer sells; its "free" is no
    # amends
    ("do_not_forget_our_card", "en", "Is the bakery open on Easter Monday?", "Hi Sofie! "
     "Open 10–16. And do not forget our loyalty card: every fifth bun is free!", "poor",
     "upsell", "next_step"),
    ("do_not_forget_our_card", "nb", "Har bakeriet åpent 2. påskedag?", "Hei Sofie! Åpent "
     "10–16. Og ikke glem kundekortet vårt: hver femte bolle er gratis!", "poor", "upsell",
     "next_step"),
    ("gift_card_for_praise", "en", "Best bread I've had since my grandmother's. Thank you!",
     "Thanks Mona! Grab a gift card for your grandmother at bakery.example/gift 🎁", "poor",
     "upsell", "praise_returned"),
    ("gift_card_for_praise", "nb", "Beste brødet siden mormor sitt. Takk!", "Takk, Mona! "
     "Kjøp et gavekort til mormoren din på bakeri.example/gave 🎁", "poor", "upsell",
     "praise_returned"),
    # taking a half-compliment as one
    ("take_it_as_a_compliment", "nb", "Bibliotekaren anbefalte en krim, og nå har jeg ikke "
     "sovet på to netter. Takk (tror jeg).", "Haha, det tar vi som ros, Hanne! Bok nummer "
     "to står klar til deg i skranken, hvis du tør 📚", "good", "warmth", None),
    ("take_it_as_a_compliment", "en", "The librarian recommended a thriller and now I "
     "haven't slept for two nights. Thanks (I think).", "Ha, we'll take that as a "
     "compliment, Hanne! Book two is waiting for you at the desk, if you dare 📚", "good",
     "warmth", None),
]


test_post, test_reply = round_tests(POSTS, REPLIES)


def test_praise_that_opens_like_a_question_is_not_one():
    # «Vil bare si …» opens praise; it asks nothing, so nothing is left unanswered.
    r = analyze_reply("Vil bare si at nettsiden er blitt mye enklere å bruke",
                      "Takk, Stian! Mye av det nye kom fra tipsene deres her.", lang="nb")
    assert (r.label, "unanswered" in {f.kind for f in r.findings}) == ("good", False)
