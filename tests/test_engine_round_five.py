"""Round five: families of misreads found in the development banks data/dev3 and
data/dev5 (never the test split or a blind set), in both languages, each with the finding
that must carry it.

Every text was written for this file from the rubric, not copied from a development
bank, the corpus, the learners' answers or any blind set.
"""

from engine_cases import round_tests

from dialogue_coach import analyze_post

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
    # "tell him what you'd change" invites, and writing every comment down is a promise
    ("tell_him_what_you_think", "en", "Our brewer Kaja has a new pale ale on tap and needs "
     "honest palates. Come by on Friday, try a glass and tell her what you'd tweak. She has "
     "promised to note down every comment.", "dialogue", "uses_answers"),
    ("tell_him_what_you_think", "nb", "Bryggeren vår Kaja har en ny pale ale på tappekranen "
     "og trenger ærlige smaksløker. Kom innom på fredag, smak et glass og fortell henne hva "
     "du ville justert. Hun har lovet å notere hver eneste kommentar.", "dialogue",
     "uses_answers"),
    # a call to buy inside a question about the reader's own past asks, it does not order
    ("buy_here_in_a_memory_question", "en", "Our shop turns 60 this spring. Which sweets "
     "did your parents buy here after school? Our manager Rolf will stock the three most "
     "missed ones again in May.", "dialogue", "open_question"),
    # "she reads everything" is a promise to read, so the either-or about the reader's
    # own kitchen is a consultation, not a product poll
    ("reads_everything", "nb", "Vi lurer på hvordan dere lager kjøttkaker hjemme – med "
     "eller uten muskat, brun saus eller tyttebær? Kokken vår Arne leser alt og lager den "
     "mest populære varianten på fredag. Da er alle middager 2 for 1.", "dialogue",
     "uses_answers"),
    ("reads_everything", "en", "We're curious how you make meatballs at home – with or "
     "without nutmeg, gravy or lingonberries? Our chef Arne reads everything and will cook "
     "the most popular version on Friday, when all dinners are 2 for 1.", "dialogue",
     "uses_answers"),
    # «gratulasjon til» a named person is warmth aimed at that person
    ("congratulations_to_a_name", "nb", "Stor gratulasjon til Aslaug på kjøkkenet, som i "
     "helga fullførte sitt første Birkebeinerrenn. Hvil beina godt nå, Aslaug!", "dialogue",
     "personal_warmth"),
]
# (family, lang, comment, reply, expected label, kind(s) present, kind absent)
REPLIES = [
    # a deal dressed as a reminder, to praise
    ("deal_as_a_reminder", "nb", "Endelig klarte jeg å løpe 5 km uten pause!", "Så gøy! "
     "Husk at løpeskoene våre er 25 % billigere ut måneden.", "poor", "upsell",
     "praise_returned"),
    ("deal_as_a_reminder", "en", "Finally managed 5 km without stopping!", "Brilliant! "
     "Remember our running shoes are 25% cheaper until the end of the month.", "poor",
     "upsell", "praise_returned"),
    ("stamp_card_for_praise", "nb", "Dere har de beste skolebollene i byen!", "Takk, Per! "
     "Husk at du får hver tiende bolle gratis med stempelkortet vårt.", "poor", "upsell",
     "praise_returned"),
    # "we recommend our café" answers a question with a sale
    ("we_recommend_our", "nb", "Kan vi spise medbrakt mat i parken ved museet?", "Hei "
     "Ragnhild! Vi anbefaler restauranten vår i andre etasje, dagens rett koster 149 kr.",
     "poor", "upsell", "answered"),
    ("we_recommend_our", "en", "Can we eat our own packed lunch in the museum garden?", "Hi "
     "Ragnhild! We recommend our restaurant on the second floor, the dish of the day is £12.",
     "poor", "upsell", "answered"),
    # ... but a recommendation the person asked for is the answer
    ("recommendation_asked_for", "en", "Which of your cakes would you recommend for a "
     "child's birthday?", "Hi Ragnhild! We recommend our chocolate sponge: no nuts, and it "
     "feeds twelve.", "good", "answered", "upsell"),
    # «prøv den nye X vår» after a complaint
    ("try_our_new_after_a_complaint", "nb", "Det var en flue i suppa mi i går.", "Å nei, så "
     "leit! Prøv gjerne den nye fiskesuppa vår neste gang.", "poor", "upsell", None),
    # an apology on condition puts the blame back on the person
    ("sorry_if_you_are_not_happy", "nb", "Jeg ba om lys lugg og fikk oransje hår.", "Vi "
     "fulgte fargekartet. Beklager hvis du ikke er fornøyd.", "poor", "defensive", None),
    ("sorry_if_you_are_not_happy", "en", "I asked for light highlights and got orange hair.",
     "We followed the colour chart. Sorry if you're not happy.", "poor", "defensive", None),
    # "It was Ole at reception" answers who
    ("it_was_name", "nb", "Hvem har laget den fine plakaten i vinduet deres?", "Det var "
     "Sunniva på lageret, Kari! Hun blir glad for å høre det.", "good", "answered",
     "unanswered"),
    ("it_was_name", "en", "Who made the lovely poster in your window?", "It was Sunniva in "
     "the stockroom, Kari! She'll be so pleased to hear it.", "good", "answered",
     "unanswered"),
    # a duration answers how long; "it takes the time it takes" does not
    ("how_long", "nb", "Hvor lang tid tar en full service på sykkelen?", "Hei Jon! Regn med "
     "rundt halvannen time, så du kan vente her med en kaffe.", "good", "answered", None),
    ("how_long", "en", "How long does a full bike service take?", "Hi Jon! Allow about an "
     "hour and a half, so you can wait here with a coffee.", "good", "answered", None),
    ("takes_the_time_it_takes", "nb", "Hvor lang tid tar en full service på sykkelen?", "Hei "
     "Jon! Kvalitet tar den tiden det tar. Stol på mekanikerne våre 🔧", "poor", "unanswered",
     "answered"),
    ("takes_the_time_it_takes", "en", "How long does a full bike service take?", "Hi Jon! "
     "Quality takes the time it takes. Trust our mechanics 🔧", "poor", "unanswered",
     "answered"),
    # what the person can do until the fix is a next step
    ("until_then_you_can", "nb", "Heisen på stasjonen har vært ute av drift i en uke nå.",
     "Beklager, Aud. En ny motor kommer torsdag. Fram til da kan du bruke heisen ved "
     "sporfelt 4, via gangbrua.", "good", "next_step", None),
    ("until_then_you_can", "en", "The lift at the station has been out of order for a week.",
     "Sorry, Aud. A new motor arrives on Thursday. Until then you can use the lift by "
     "platform 4, over the footbridge.", "good", "next_step", None),
    # a phone number to call now is a step, not a move into private messages
    ("call_us_now_on", "nb", "Katten har spist en lilje. Må vi komme inn?", "Ja, Tone, ring "
     "oss nå på 22 33 44 55, så gjør vi klar. Liljer er giftige for katter.", "good",
     "answered", "needless_dm"),
    ("call_us_now_on", "en", "Our cat has eaten a lily. Do we need to come in?", "Yes, Tone, "
     "phone us now on 22 33 44 55 so we can get ready. Lilies are toxic to cats.", "good",
     "answered", "needless_dm"),
    # a DM "so we can check the stock" gives no reason to leave the public thread
    ("dm_to_check_stock", "nb", "Har dere vintersko i str. 28 på lager i Storgata?", "Hei "
     "Lise! Send oss en DM, så sjekker vi lageret for deg.", "poor", "needless_dm",
     "dm_with_reason"),
    # making a named colleague's day is warmth
    ("made_someones_day", "en", "Best rhubarb tart in town!", "That made Amal's whole week, "
     "Lena! See you and your tart on Saturday.", "good", "warmth", None),
    ("made_someones_day", "nb", "Beste rabarbrapaien i byen!", "Det gjorde hele uka til "
     "Amal, Lena! Vi sees på lørdag.", "good", "warmth", None),
]


test_post, test_reply = round_tests(POSTS, REPLIES)


def test_the_brand_switching_is_no_hard_sell():
    # "We switch to winter hours today" announces; only the reader is told to switch.
    for lang, text in (("en", "We switch to winter hours today: the pool opens at 8."),
                       ("nb", "Vi bytter til vintertid i dag: bassenget åpner kl. 8.")):
        assert "hard_sell" not in {f.kind for f in analyze_post(text, lang=lang).findings}
