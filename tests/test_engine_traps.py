"""Every trap family, in both languages, judged right on fresh examples.

These posts and replies were written for this file from the rubric (RUBRIC.md), not
taken from the corpus: they check that the engine learned the rubric, not the corpus.
"""

import pytest

from dialogue_coach import analyze_post, analyze_reply

# (family, lang, text, expected label)
POSTS = [
    # ---- broadcast side
    ("rhetorical_question", "en",
     "Sick of cold toes on the morning walk? Our merino hiking socks keep them warm "
     "all day. Order a pair today!", "broadcast"),
    ("rhetorical_question", "en",
     "Running late again? Skip the queue: pre-order your coffee in the Beanline app "
     "and it's ready when you walk in.", "broadcast"),
    ("rhetorical_question", "nb",
     "Lei av å fryse på tærne på tur? Ullsokkene våre holder deg varm hele dagen. "
     "Bestill et par i dag!", "broadcast"),
    ("rhetorical_question", "nb",
     "Sent ute igjen? Dropp køen: forhåndsbestill kaffen i appen, så står den klar når "
     "du kommer.", "broadcast"),
    ("engagement_bait", "en",
     "Like this post and tag two friends you'd bring to the seaside for a chance to "
     "win a weekend at Harbour Inn!", "broadcast"),
    ("engagement_bait", "en",
     "Type YES if you love fresh bread on a Sunday morning! 🥖", "broadcast"),
    ("engagement_bait", "nb",
     "Lik innlegget og tagg to venner du vil ta med på sjøen, så er du med i "
     "trekningen av en helg på Havnehotellet!", "broadcast"),
    ("engagement_bait", "nb",
     "Skriv JA hvis du elsker ferskt brød på søndagsmorgenen! 🥖", "broadcast"),
    ("imperative_you", "en",
     "You work hard. You deserve a break. Treat yourself to a spa day at Solhaug "
     "and book now before the summer slots are gone.", "broadcast"),
    ("imperative_you", "nb",
     "Du jobber hardt. Du fortjener en pause. Unn deg en spadag på Solhaug og "
     "book nå før sommerplassene er borte.", "broadcast"),
    ("promo_poll", "en",
     "Team salted caramel or team dark chocolate? ❤️ for caramel, 👍 for chocolate. "
     "Both are half price this weekend!", "broadcast"),
    ("promo_poll", "nb",
     "Saltkaramell eller mørk sjokolade? ❤️ for karamell, 👍 for sjokolade. Begge er "
     "halv pris i helgen!", "broadcast"),
    ("listening_slogan", "en",
     "You asked, we delivered! 🎉 The new Fjord Fleece is here. Because we always "
     "listen to our customers.", "broadcast"),
    ("listening_slogan", "nb",
     "Dere spurte, vi leverte! 🎉 Den nye fjordfleecen er her. Fordi vi alltid lytter "
     "til kundene våre.", "broadcast"),
    ("selling_human_voice", "en",
     "Meet Turid, who has filleted cod in our Ålesund plant for 31 years. Her secret? "
     "Patience. Taste her work in our new fish cakes, in the freezer aisle now.",
     "broadcast"),
    ("selling_human_voice", "nb",
     "Møt Turid, som har filetert torsk på fabrikken vår i Ålesund i 31 år. Hemmeligheten? "
     "Tålmodighet. Smak arbeidet hennes i de nye fiskekakene våre, i frysedisken nå.",
     "broadcast"),
    ("friendly_broadcast", "en",
     "Good morning, neighbours! ☀️ Did you know we now open at 7 on weekdays? Fresh "
     "rolls from the first minute. See you soon! 💛", "broadcast"),
    ("friendly_broadcast", "nb",
     "God morgen, naboer! ☀️ Visste dere at vi nå åpner kl. 7 på hverdager? Ferske "
     "rundstykker fra første minutt. Vi ses! 💛", "broadcast"),
    ("public_notice", "en",
     "Notice to residents: the water supply in Nordby will be shut off on Tuesday from "
     "09:00 to 14:00 for planned maintenance. We apologise for the inconvenience.",
     "broadcast"),
    ("public_notice", "nb",
     "Til innbyggerne i Nordby: Vannet blir stengt tirsdag kl. 09–14 på grunn av "
     "planlagt vedlikehold. Vi beklager ulempene.", "broadcast"),
    ("hard_sell", "en", "MEGA SALE!!! 50% OFF EVERYTHING. TODAY ONLY. Shop now!!!",
     "broadcast"),
    ("hard_sell", "nb", "MEGASALG!!! 50 % RABATT PÅ ALT. KUN I DAG. Handle nå!!!",
     "broadcast"),
    # ---- dialogue side
    ("no_question_dialogue", "en",
     "We're planning the autumn menu and want to hear which soup got you through last "
     "winter. Tell us below, the most-named one goes back on the board.", "dialogue"),
    ("no_question_dialogue", "nb",
     "Vi planlegger høstmenyen og vil gjerne høre hvilken suppe som fikk deg gjennom "
     "fjorårets vinter. Fortell oss under, den som nevnes oftest kommer tilbake.",
     "dialogue"),
    ("report_back", "en",
     "Last month 140 of you told us the lids on our jam jars were impossible to open. "
     "So we changed the seal: the new jars arrive in shops from Monday. Thank you for "
     "being so honest.", "dialogue"),
    ("report_back", "nb",
     "Forrige måned skrev 140 av dere at lokkene på syltetøyglassene var umulige å åpne. "
     "Derfor har vi endret forseglingen, og de nye glassene er i butikkene fra mandag. "
     "Takk for at dere sa fra.", "dialogue"),
    ("joyful_exclamation", "en",
     "We did it!! 🎉 Thanks to the 212 readers who sent in their grandparents' recipes, "
     "the community cookbook is printed. Every recipe carries the name of the person "
     "who shared it!", "dialogue"),
    ("joyful_exclamation", "nb",
     "Vi klarte det!! 🎉 Takket være de 212 leserne som sendte inn oppskrifter fra "
     "besteforeldrene sine, er den nye kokeboka trykket. Hver oppskrift har navnet til "
     "den som delte den!", "dialogue"),
    ("personal_warmth", "en",
     "Congratulations, Sigrid! Forty years of Saturday market stalls next to ours, and "
     "still the best laugh in the square. We'll miss you on Saturdays.", "dialogue"),
    ("personal_warmth", "nb",
     "Gratulerer, Sigrid! Førti år med torgbod ved siden av vår, og fortsatt den beste "
     "latteren på torget. Vi kommer til å savne deg på lørdagene.", "dialogue"),
    ("product_mention_invitation", "en",
     "What's the one dish your family always asks you to make when they come home? "
     "We'd love to hear the stories behind them. (Ours involves far too much of our "
     "own mackerel in tomato.)", "dialogue"),
    ("product_mention_invitation", "nb",
     "Hvilken rett ber familien alltid om når de kommer hjem? Vi vil gjerne høre "
     "historiene bak. (Vår inneholder altfor mye av vår egen makrell i tomat.)",
     "dialogue"),
    ("admits_mistake", "en",
     "We got Saturday's delivery times wrong and a lot of you waited in the cold. "
     "That's on us. What would have helped most: a text when the van is near, or a "
     "fixed hour?", "dialogue"),
    ("admits_mistake", "nb",
     "Vi bommet på leveringstidene lørdag, og mange av dere sto og ventet i kulda. "
     "Det er vår feil. Hva hadde hjulpet mest: en melding når bilen nærmer seg, eller "
     "et fast klokkeslett?", "dialogue"),
    ("open_question", "en", "What was the first meal you ever cooked on your own?",
     "dialogue"),
    ("open_question", "nb", "Hva var det første måltidet du lagde helt på egen hånd?",
     "dialogue"),
]


@pytest.mark.parametrize(("family", "lang", "text", "expected"), POSTS,
                         ids=[f"{p[0]}-{p[1]}-{i}" for i, p in enumerate(POSTS)])
def test_post_trap(family, lang, text, expected):
    result = analyze_post(text, lang)
    assert result.label == expected, (family, result.score, result.contributions)
    # The detected language agrees with the one given.
    assert analyze_post(text).lang == lang


# (family, lang, comment, reply, expected label)
REPLIES = [
    # ---- poor side
    ("polite_dodge", "en", "Is the café at the museum open on Mondays?",
     "Hi Anna, thanks so much for your lovely question! We always love hearing from our "
     "visitors and we hope to see you soon. 😊", "poor"),
    ("polite_dodge", "nb", "Er kafeen på museet åpen på mandager?",
     "Hei Anna, tusen takk for det hyggelige spørsmålet! Vi elsker å høre fra "
     "besøkende og håper vi ses snart. 😊", "poor"),
    ("upsell", "en", "My order arrived with a broken glass. Not great.",
     "So sorry! Why not try our new shatterproof range? Use code SAFE15 for 15% off.",
     "poor"),
    ("upsell", "nb", "Bestillingen kom med et knust glass. Ikke bra.",
     "Så leit! Har du prøvd vårt nye knusesikre sortiment? Bruk koden TRYGG15 for 15 % "
     "rabatt.", "poor"),
    ("template", "en", "Third time my parcel has gone to the wrong address.",
     "We apologise for any inconvenience this may have caused. Your feedback is "
     "important to us. Kind regards, Customer Care", "poor"),
    ("template", "nb", "Tredje gang pakken min havner på feil adresse.",
     "Vi beklager eventuelle ulemper dette måtte ha medført. Din tilbakemelding er viktig "
     "for oss. Med vennlig hilsen Kundeservice", "poor"),
    ("defensive", "en", "You charged me a late fee when your own website was down!",
     "According to our terms and conditions, payments must be made by the due date. "
     "Customers are responsible for paying on time.", "poor"),
    ("defensive", "nb", "Dere tok gebyr for sen betaling da nettsiden deres var nede!",
     "Ifølge vilkårene våre må betaling skje innen forfall. Kunden er selv ansvarlig for "
     "å betale i tide.", "poor"),
    ("mocking", "en", "Your bus was 20 minutes late, as always.",
     "Maybe try setting your alarm earlier next time 🙄", "poor"),
    ("mocking", "nb", "Bussen var 20 minutter forsinket, som vanlig.",
     "Lykke til med det 🙄 Kanskje stå opp litt tidligere?", "poor"),
    ("needless_dm", "en", "What time do you close on Saturdays?",
     "Hi! Please send us a DM and we'll help you.", "poor"),
    ("needless_dm", "nb", "Når stenger dere på lørdager?",
     "Hei! Send oss en PM, så hjelper vi deg.", "poor"),
    # ---- good side
    ("short_warm", "en", "Best cinnamon buns in town, every single time!",
     "Thank you, Mia! That made the whole bakery's morning ☺️ ^Jonas", "good"),
    ("short_warm", "nb", "Byens beste kanelboller, hver eneste gang!",
     "Tusen takk, Mia! Det gjorde morgenen for hele bakeriet ☺️ ^Jonas", "good"),
    ("plain_answer", "en", "What time do you close on Saturdays?",
     "Hi Per! We close at 16:00 on Saturdays, and at 18:00 on weekdays.", "good"),
    ("plain_answer", "nb", "Når stenger dere på lørdager?",
     "Hei Per! Vi stenger kl. 16 på lørdager og kl. 18 på hverdager.", "good"),
    ("dm_with_reason", "en", "I was charged twice for my order this week.",
     "Sorry, Leila, that shouldn't happen. Could you DM us your order number so we can "
     "find the payment and refund the extra charge today? Please don't post it here.",
     "good"),
    ("dm_with_reason", "nb", "Jeg ble trukket to ganger for bestillingen denne uka.",
     "Beklager, Leila, det skal ikke skje. Kan du sende oss ordrenummeret på PM, slik at "
     "vi kan finne betalingen og refundere det dobbelte beløpet i dag?", "good"),
    ("calm_troll", "en", "Your coffee is overpriced rubbish. Who even pays this?",
     "Fair question, Tom. A cup costs 39 kr because we pay the farmers above fair-trade "
     "price; the breakdown is on the wall in every café. Happy to answer more.", "good"),
    ("calm_troll", "nb", "Kaffen deres er overpriset søppel. Hvem betaler egentlig dette?",
     "Godt spørsmål, Tom. En kopp koster 39 kr fordi vi betaler bøndene over fairtrade-"
     "pris; regnestykket henger på veggen i alle kafeene. Spør gjerne mer.", "good"),
    ("admits_mistake", "en", "The app has been down all morning and I can't pay my bills.",
     "You're right, Ola, and I'm sorry: a faulty update took the app down at 7. It was "
     "fixed at 11:40, and any late fees from today will be refunded automatically.",
     "good"),
    ("admits_mistake", "nb", "Appen har vært nede hele morgenen, og jeg får ikke betalt "
     "regninger.",
     "Du har rett, Ola, og jeg beklager: en feil i en oppdatering tok ned appen kl. 7. "
     "Den ble fikset kl. 11.40, og eventuelle gebyrer fra i dag refunderes automatisk.",
     "good"),
]


@pytest.mark.parametrize(("family", "lang", "comment", "reply", "expected"), REPLIES,
                         ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(REPLIES)])
def test_reply_trap(family, lang, comment, reply, expected):
    result = analyze_reply(comment, reply, lang)
    assert result.label == expected, (family, result.score, result.contributions)
    assert analyze_reply(comment, reply).lang == lang
