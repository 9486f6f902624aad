"""The words of the graded assignments, both editions side by side, with their answer keys.

Every learner-facing string is a pair {"en": ..., "nb": ...} so the English and the
Norwegian bokmål editions stay in step; ``build_masters.py`` turns this into the master
notebooks in solutions/. Answer keys live here and in the masters' hidden tests only:
the student versions in exercises/ never contain them.

The brand, people and data are invented (see data/notes_assignment_data.md).
"""

# --- shared ---------------------------------------------------------------------------

HOW_IT_WORKS = {
    "en": "**How this works.** You do not need to program. Start by clicking the first grey "
          "code cell below and pressing **Shift + Enter**. The grey cells that start with "
          "✏️ are yours: type your answer between the quotes, then press **Shift + Enter** "
          "to run the cell. Under your answers, a check cell tells you what it sees: run it "
          "with Shift + Enter too. Some checks run only after you hand in; your feedback "
          "will explain every point. To start again from the top, use *Kernel → Restart "
          "Kernel and Run All Cells*.",
    "nb": "**Slik gjør du det.** Du trenger ikke kunne programmere. Begynn med å klikke på "
          "den første grå kodecellen under og trykke **Shift + Enter**. De grå cellene som "
          "begynner med ✏️ er dine: skriv svaret mellom anførselstegnene, og trykk "
          "**Shift + Enter** for å kjøre cellen. Under svarene forteller en sjekkcelle hva "
          "den ser: kjør den også med Shift + Enter. Noen sjekker kjøres først når du har "
          "levert; tilbakemeldingen forklarer hvert poeng. Vil du begynne på nytt fra "
          "toppen, velg *Kernel → Restart Kernel and Run All Cells*.",
}

HAND_IN = {
    "en": "## Hand in\n\nWhen you are done, save the notebook (*File → Save*) and hand it in "
          "the way your instructor told you (for example from the *Assignments* tab). Keep "
          "the file's name as it is. Working on your own? Run every check cell: the visible "
          "checks are the same ones the grader uses.",
    "nb": "## Lever\n\nNår du er ferdig, lagrer du notatboken (*File → Save*) og leverer den "
          "slik læreren har sagt (for eksempel fra fanen *Assignments*). Ikke endre navnet "
          "på filen. Jobber du på egen hånd? Kjør alle sjekkcellene: de synlige sjekkene er "
          "de samme som retteren bruker.",
}

# --- 1. spot the broadcaster ----------------------------------------------------------

SPOT = {
    "names": {"en": ("en-1-spot-the-broadcaster", "spot-the-broadcaster"),
              "nb": ("nb-1-finn-kringkasteren", "finn-kringkasteren")},
    "title": {"en": "Assignment 1: Spot the broadcaster",
              "nb": "Oppgave 1: Finn kringkasteren"},
    "intro": {
        "en": "Ten posts from brands' pages. For each one, decide: does the brand open or "
              "continue a real conversation in which the reader's experience or opinion "
              "matters (**dialogue**), or does it transmit its own message, with any "
              "audience involvement serving only reach or sales (**broadcast**)?\n\n"
              "Watch for the traps: question marks, \"you\" and friendly words do not make "
              "a post dialogue, and a post can be dialogue with no question at all. Use the "
              "purpose test: take away the sales line; is there anything left for readers "
              "to answer?\n\nPosts 1–3 are warm-ups: the check after post 3 tells you at once "
              "whether you got them right, and why. Posts 4–10 are marked after you hand "
              "in. 10 points: one per post.",
        "nb": "Ti innlegg fra bedriftssider. Avgjør for hvert av dem: åpner eller fortsetter "
              "avsenderen en ekte samtale der leserens erfaringer eller meninger betyr noe "
              "(**dialog**), eller sender den sitt eget budskap, der publikum bare er med for "
              "rekkevidde eller salg (**kringkasting**)?\n\n"
              "Se opp for fellene: spørsmålstegn, «du» og vennlige ord gjør ikke et innlegg "
              "til dialog, og et innlegg kan være dialog uten ett eneste spørsmål. Bruk "
              "formålstesten: ta bort salgslinjen; er det noe igjen for leserne å svare på?"
              "\n\nInnlegg 1–3 er oppvarming: sjekken etter innlegg 3 forteller deg med én "
              "gang om du har rett, og hvorfor. Innlegg 4–10 rettes etter at du har levert. "
              "10 poeng: ett per innlegg.",
    },
    "post_heading": {"en": "Post {n}", "nb": "Innlegg {n}"},
    "answer_comment": {
        "en": "# ✏️ Type dialogue or broadcast between the quotes, then press Shift + Enter.",
        "nb": "# ✏️ Skriv dialog eller kringkasting mellom anførselstegnene, og trykk "
              "Shift + Enter.",
    },
    "check_warmup_comment": {
        "en": "# Check: the warm-up posts 1–3 (3 points, one per post)",
        "nb": "# Sjekk: oppvarmingsinnleggene 1–3 (3 poeng, ett per innlegg)",
    },
    "check_rest_comment": {
        "en": "# Posts 4–10 are marked after you hand in (7 points, one per post). For now\n"
              "# this check only makes sure each of them has a label.",
        "nb": "# Innlegg 4–10 rettes etter at du har levert (7 poeng, ett per innlegg). Nå\n"
              "# sjekker denne cellen bare at hvert av dem er merket.",
    },
    # (post text en, post text nb, key, why en, why nb)
    "posts": [
        ("NEW! Our crispy cod burger is HERE. Order now at coastkitchen.example – 20% off "
         "this weekend only!!!",
         "NYHET! Den sprø torskeburgeren vår er HER. Bestill nå på kystkjokkenet.example – "
         "20 % rabatt kun denne helgen!!!",
         "broadcast",
         "A launch, a discount and shouting: strip the sales line and nothing is left to "
         "answer.",
         "En lansering, en rabatt og roping: ta bort salgslinjen, og det er ingenting igjen å "
         "svare på."),
        ("Last week 140 of you told us the Sunday soup ran out too early. From this Sunday "
         "we make twice as much and keep it until closing. Thank you for saying so, and "
         "keep telling us what to fix. ^Mari",
         "Forrige uke sa 140 av dere at søndagssuppa tok slutt for tidlig. Fra søndag lager "
         "vi dobbelt så mye og holder den til stengetid. Takk for at dere sa ifra, og "
         "fortsett å si hva vi bør fikse. ^Mari",
         "dialogue",
         "It reports back on what followers said and what changed, and asks for more: "
         "dialogue, even with no question mark.",
         "Det forteller hva følgerne sa og hva som ble endret, og ber om mer: dialog, selv "
         "uten spørsmålstegn."),
        ("Tired of boring weeknight dinners? Our fish taco kit has everything you need. "
         "Grab yours in store today!",
         "Lei av kjedelige hverdagsmiddager? Fisketaco-settet vårt har alt du trenger. Hent "
         "ditt i butikken i dag!",
         "broadcast",
         "A rhetorical question the brand answers itself on the way to a pitch.",
         "Et retorisk spørsmål som avsenderen svarer på selv, på vei mot et salgsbudskap."),
        ("Tag three friends who need a fish night and you could WIN dinner for four! Like "
         "and share to enter.",
         "Tagg tre venner som trenger en fiskekveld, og bli med i trekningen av middag for "
         "fire! Lik og del for å delta.",
         "broadcast",
         "Engagement bait: tagging, liking and sharing buy reach, not conversation.",
         "Engasjementsagn: tagging, liking og deling kjøper rekkevidde, ikke samtale."),
        ("What did your family eat on Christmas Eve when you were little? Ours was "
         "lutefisk, much to the kids' horror. Tell us yours: the best stories go in our "
         "Christmas booklet. ^Jonas",
         "Hva spiste familien din på julaften da du var liten? Hos oss var det lutefisk, til "
         "barnas store fortvilelse. Fortell oss om din: de beste historiene kommer med i "
         "juleheftet vårt. ^Jonas",
         "dialogue",
         "An open question about the reader's own life, asked by a named person who shares "
         "first.",
         "Et åpent spørsmål om leserens eget liv, stilt av en navngitt person som deler "
         "først."),
        ("You deserve a treat. You've worked hard all week. Book your table now – you "
         "won't regret it!",
         "Du fortjener litt ekstra. Du har jobbet hardt hele uka. Bestill bord nå – du kommer "
         "ikke til å angre!",
         "broadcast",
         "\"You\" is used only for flattery and an order to buy.",
         "«Du» brukes bare til smiger og en oppfordring om å kjøpe."),
        ("Congratulations to Aisha from Tromsø, who caught her first halibut this weekend "
         "and sent us the photo! What a fish, Aisha. How did you cook it?",
         "Gratulerer til Aisha fra Tromsø, som fikk sin første kveite i helga og sendte oss "
         "bildet! For en fisk, Aisha. Hvordan lagde du den?",
         "dialogue",
         "Warmth aimed at a specific follower, and a real question to her.",
         "Varme rettet mot en bestemt følger, og et ekte spørsmål til henne."),
        ("Which do you prefer: our new lemon cod or our new chili cod? Vote in the poll! "
         "Both are on sale in all shops this week.",
         "Hva liker du best: ny sitrontorsk eller ny chilitorsk? Stem i avstemningen! Begge "
         "er på tilbud i alle butikker denne uka.",
         "broadcast",
         "An either-or poll between two products: the question serves the promotion.",
         "En enten-eller-avstemning mellom to produkter: spørsmålet tjener reklamen."),
        ("We got it wrong. The new opening hours in Bergen don't work for many of you with "
         "small children. We haven't decided what to do yet: would earlier mornings or later "
         "evenings help you most?",
         "Vi bommet. De nye åpningstidene i Bergen passer dårlig for mange av dere med små "
         "barn. Vi har ikke bestemt hva vi gjør ennå: ville tidligere morgener eller senere "
         "kvelder hjelpe dere mest?",
         "dialogue",
         "It admits a mistake and an open decision, and asks the people it affects.",
         "Det innrømmer en feil og en åpen beslutning, og spør dem det gjelder."),
        ("We listen to our customers! That's why Coast Kitchen was voted Norway's best fish "
         "restaurant 2024. Questions? See our FAQ.",
         "Vi lytter til kundene våre! Derfor ble Kystkjøkkenet kåret til Norges beste "
         "fiskerestaurant 2024. Spørsmål? Se våre ofte stilte spørsmål.",
         "broadcast",
         "A listening slogan with no actual input, self-praise, and \"see our FAQ\".",
         "Et lytteslagord uten noe konkret innspill, skryt av seg selv, og «se våre ofte "
         "stilte spørsmål»."),
    ],
}

# --- 2. rewrite -----------------------------------------------------------------------

REWRITE = {
    "names": {"en": ("en-2-rewrite", "rewrite"), "nb": ("nb-2-skriv-om", "skriv-om")},
    "title": {"en": "Assignment 2: Rewrite the broadcast",
              "nb": "Oppgave 2: Skriv om kringkastingen"},
    "intro": {
        "en": "Coast Kitchen's marketing team wrote the post below. It says what they need "
              "to say, but it shouts it. Rewrite it as a **dialogue** post: give readers "
              "something to answer from their own life, say what you will do with their "
              "answers, sound like a person, and keep the message: the **product**, the "
              "**offer**, the **date** and the **place**.\n\n"
              "10 points: 6 for a rewrite the coach reads as dialogue (a hidden part checks "
              "that the conversation is real, not a question tacked onto the pitch, and that "
              "the words are yours), 4 for the message, one per part.",
        "nb": "Markedsavdelingen i Kystkjøkkenet skrev innlegget under. Det sier det de "
              "trenger å si, men det roper. Skriv det om til et **dialoginnlegg**: gi "
              "leserne noe å svare på fra sitt eget liv, si hva dere skal gjøre med svarene, "
              "høres ut som et menneske, og behold budskapet: **produktet**, **tilbudet**, "
              "**datoen** og **stedet**.\n\n"
              "10 poeng: 6 for en omskriving som coachen leser som dialog (en skjult del "
              "sjekker at samtalen er ekte, ikke et spørsmål hengt på salgsbudskapet, og at "
              "ordene er dine), 4 for budskapet, ett per del.",
    },
    "original_heading": {"en": "The post to rewrite", "nb": "Innlegget du skal skrive om"},
    "original": {
        "en": "🐟 LAUNCH! The NEW Coast Kitchen fish soup is here! 2 for 1 on all soups this "
              "Saturday 14 June at our Bryggen restaurant in Bergen. Don't miss it – come "
              "early!!! #fishsoup #bergen",
        "nb": "🐟 LANSERING! Den NYE fiskesuppa fra Kystkjøkkenet er her! 2 for 1 på alle "
              "supper lørdag 14. juni på restauranten vår på Bryggen i Bergen. Ikke gå glipp "
              "av det – kom tidlig!!! #fiskesuppe #bergen",
    },
    "example_heading": {"en": "An example (about another post)",
                        "nb": "Et eksempel (om et annet innlegg)"},
    "example_intro": {
        "en": "Before:",
        "nb": "Før:",
    },
    "example_before": {
        "en": "SUMMER SALE! 30% off all shrimp sandwiches at Coast Kitchen Tromsø, Friday "
              "only. Order now!",
        "nb": "SOMMERSALG! 30 % rabatt på alle rekesmørbrød hos Kystkjøkkenet Tromsø, kun "
              "fredag. Bestill nå!",
    },
    "example_after_intro": {"en": "After:", "nb": "Etter:"},
    "example": {
        "en": "Shrimp sandwich on the quay in the midnight sun: what's your perfect summer "
              "lunch in Tromsø? Tell us below! On Friday the sandwiches are 30% off at our "
              "Tromsø café, so bring the friend you'd share one with. ^Eirik",
        "nb": "Rekesmørbrød på kaia i midnattssola: hva er den perfekte sommerlunsjen din i "
              "Tromsø? Fortell oss! På fredag er smørbrødene 30 % billigere på kafeen vår i "
              "Tromsø, så ta med noen du vil dele med. ^Eirik",
    },
    "question": {
        "en": "## Your rewrite\n\nWrite your dialogue version of the post in the cell below. "
              "Keep the product (the fish soup), the offer (2 for 1), the date (Saturday 14 "
              "June) and the place (Bryggen in Bergen).",
        "nb": "## Din omskriving\n\nSkriv dialogversjonen din av innlegget i cellen under. "
              "Behold produktet (fiskesuppa), tilbudet (2 for 1), datoen (lørdag 14. juni) og "
              "stedet (Bryggen i Bergen).",
    },
    "answer_comment": {
        "en": "# ✏️ Write your rewrite between the three quotes. Line breaks are fine.",
        "nb": "# ✏️ Skriv omskrivingen din mellom de tre anførselstegnene. Linjeskift går fint.",
    },
    "solution": {
        "en": "Who made the fish soup you grew up with, and what made it special? Tell us "
              "below: next month we will cook the version you love most, and Ane in the "
              "kitchen will tell you how it went. The new fish soup is on at Bryggen in "
              "Bergen, 2 for 1 on Saturday 14 June. ^Ane",
        "nb": "Hvem lagde fiskesuppa du vokste opp med, og hva gjorde den spesiell? Fortell "
              "oss: neste måned skal vi lage de tre dere liker best, og Ane på kjøkkenet "
              "forteller hvordan det gikk. Den nye fiskesuppa står på menyen på Bryggen i "
              "Bergen, 2 for 1 lørdag 14. juni. ^Ane",
    },
    "keep": {
        "en": {"product": ["fish soup", "soup"],
               # "*" is up to two words of the learner's own ("two bowls for one")
               "offer": ["2 for 1", "2-for-1", "two * for one", "two-for-one", "2 * for 1",
                         "buy one * get one", "2 * for the price of 1",
                         "two * for the price of one"],
               "date": ["14 June", "June 14", "14th June", "June 14th", "14th of June",
                        "14/6", "14.6", "14.06", "14/06", "Saturday"],
               "place": ["Bryggen", "Bergen"]},
        "nb": {"product": ["fiskesuppe", "fiskesuppa", "fiskesupper", "suppe", "suppa",
                           "supper"],
               "offer": ["2 for 1", "2-for-1", "to * for én", "to * for en", "2 * for 1",
                         "to * for prisen av én", "to * for prisen av en",
                         "to * til prisen av én", "to * til prisen av en",
                         "2 * for prisen av 1", "2 * til prisen av 1", "kjøp én * få én",
                         "kjøp en * få en", "betal for én * få to", "betal for en * få to"],
               "date": ["14. juni", "14 juni", "14.6", "14/6", "14.06", "14/06", "lørdag"],
               "place": ["Bryggen", "Bergen"]},
    },
    "check_dialogue_comment": {
        "en": "# Check: does the coach read your rewrite as dialogue? (6 points)\n"
              "# After you hand in, a hidden part also checks that your question is more than\n"
              "# a generic one tacked onto the pitch, and that the words are your own.",
        "nb": "# Sjekk: leser coachen omskrivingen din som dialog? (6 poeng)\n"
              "# Når du har levert, sjekker en skjult del også at spørsmålet ditt er mer enn et\n"
              "# generelt spørsmål hengt på salgsbudskapet, og at ordene er dine egne.",
    },
    "check_message_comment": {
        "en": "# Check: does your rewrite keep the message? (4 points: product, offer, date, "
              "place)\n# A * below is room for a word or two of your own: two bowls for one.",
        "nb": "# Sjekk: beholder omskrivingen budskapet? (4 poeng: produkt, tilbud, dato, sted)\n"
              "# En * under gir plass til et par egne ord: to supper til prisen av én.",
    },
}

# --- 3. reply -------------------------------------------------------------------------

REPLY = {
    "names": {"en": ("en-3-reply", "reply"), "nb": ("nb-3-svar", "svar")},
    "title": {"en": "Assignment 3: Reply like a person",
              "nb": "Oppgave 3: Svar som et menneske"},
    "intro": {
        "en": "Four comments arrived under Coast Kitchen's post about the new fish soup: a "
              "complaint, a question, praise and a troll. You run the page today. Reply to "
              "each one as you would in the thread.\n\nA good reply acknowledges the person "
              "(by name), thanks them or shows empathy, answers what was actually asked or "
              "takes a concrete next step, sounds like a person, and keeps the door open. "
              "Two lines can be excellent.\n\n12 points, 3 per reply: 2 when the coach reads "
              "it as a good reply, and a hidden part after you hand in (your own words, not "
              "the same reply four times, no sales pitch, calm with the troll, and the "
              "question really answered).",
        "nb": "Fire kommentarer kom under Kystkjøkkenets innlegg om den nye fiskesuppa: en "
              "klage, et spørsmål, ros og et troll. Du har ansvaret for siden i dag. Svar på "
              "hver av dem slik du ville gjort i tråden.\n\nEt godt svar ser personen (med "
              "navn), takker eller viser forståelse, svarer på det som faktisk ble spurt om "
              "eller tar et konkret neste steg, høres ut som et menneske og holder døra "
              "åpen. To linjer kan være utmerket.\n\n12 poeng, 3 per svar: 2 når coachen "
              "leser det som et godt svar, og en skjult del når du har levert (dine egne ord, "
              "ikke samme svar fire ganger, ikke noe salg, rolig med trollet, og spørsmålet "
              "faktisk besvart).",
    },
    "facts": {
        "en": "**What you know today** (use it in your replies): the Bryggen restaurant in "
              "Bergen is open on Sundays from 12:00 to 20:00; the fish soup and the grilled "
              "cod are gluten-free; the cod comes from Lofoten and is delivered fresh three "
              "times a week; Saturday was short-staffed because of illness.",
        "nb": "**Dette vet du i dag** (bruk det i svarene): restauranten på Bryggen i Bergen "
              "har åpent på søndager fra 12 til 20; fiskesuppa og den grillede torsken er "
              "glutenfrie; torsken kommer fra Lofoten og leveres fersk tre ganger i uka; på "
              "lørdag var de få på jobb på grunn av sykdom.",
    },
    "example_heading": {"en": "An example (another comment)",
                        "nb": "Et eksempel (en annen kommentar)"},
    "example_comment": {"en": "Per: Do you deliver to Åsane?",
                        "nb": "Per: Leverer dere til Åsane?"},
    "example": {
        "en": "Hi Per! Not yet, sorry: we only deliver in the city centre for now. Åsane is "
              "high on our list, though. Would you order lunch or dinner from us? ^Mari",
        "nb": "Hei Per! Ikke ennå, dessverre: foreløpig leverer vi bare i sentrum. Åsane står "
              "høyt på lista vår, da. Ville du bestilt lunsj eller middag fra oss? ^Mari",
    },
    "comment_heading": {"en": "Comment {n}: {kind}", "nb": "Kommentar {n}: {kind}"},
    "answer_comment": {
        "en": "# ✏️ Write your reply to {name} between the three quotes.",
        "nb": "# ✏️ Skriv svaret ditt til {name} mellom de tre anførselstegnene.",
    },
    "check_comment": {
        "en": "# Check: your reply to {to} (3 points; part of it is marked after you hand in)",
        "nb": "# Sjekk: svaret ditt på {to} (3 poeng; en del rettes etter at du har levert)",
    },
    # kind, variable, kind label, commenter, comment, solution, must_mention groups, hint
    "comments": [
        {
            "to": "complaint", "var": "reply_complaint",
            "kind": {"en": "a complaint", "nb": "en klage"},
            "name": "Lars",
            "comment": {"en": "Waited 40 minutes for a cold fish soup at Bryggen on Saturday. "
                              "Not impressed.",
                        "nb": "Ventet 40 minutter på en kald fiskesuppe på Bryggen på lørdag. "
                              "Ikke imponert."},
            "solution": {"en": "Lars, I'm really sorry: 40 minutes and a cold soup is not "
                               "okay, and thank you for telling us. We were short-staffed "
                               "on Saturday, but that's our problem, not yours. Next time "
                               "you visit, the soup is on us. Would Sunday suit you? ^Ane",
                         "nb": "Lars, så leit: 40 minutter og kald suppe er ikke greit, og "
                               "takk for at du sier ifra. Vi var få på jobb på lørdag, men "
                               "det er vårt problem, ikke ditt. Neste gang du kommer, "
                               "spanderer vi suppa. Passer det på søndag? ^Ane"},
            "must_mention": None, "hint": {"en": "", "nb": ""},
        },
        {
            "to": "question", "var": "reply_question",
            "kind": {"en": "a question", "nb": "et spørsmål"},
            "name": "Sofie",
            "comment": {"en": "Hi! Is the Bergen restaurant open on Sunday, and do you have "
                              "gluten-free options?",
                        "nb": "Hei! Har restauranten i Bergen åpent på søndag, og har dere "
                              "glutenfrie retter?"},
            "solution": {"en": "Hi Sofie! Yes, Bryggen is open on Sundays from 12:00 to "
                               "20:00, and both the fish soup and the grilled cod are "
                               "gluten-free. Just tell the waiter when you order. See you "
                               "there! ^Ane",
                         "nb": "Hei Sofie! Ja, Bryggen har åpent på søndager fra 12 til 20, "
                               "og både fiskesuppa og den grillede torsken er glutenfrie. "
                               "Bare si fra til servitøren når du bestiller. Velkommen! "
                               "^Ane"},
            "must_mention": {
                "en": [["12", "noon", "midday", "20:00", "8 pm", "8pm", "20"],
                       ["soup", "cod", "gluten-free dishes", "both", "all our"]],
                "nb": [["12", "tolv", "20", "åtte"],
                       ["fiskesuppa", "fiskesuppe", "suppa", "suppe", "torsken", "torsk", "begge",
                        "alle"]],
            },
            "hint": {"en": "Bryggen is open on Sundays from 12:00 to 20:00, and the fish "
                           "soup and the grilled cod are gluten-free",
                     "nb": "Bryggen har åpent på søndager fra 12 til 20, og fiskesuppa og "
                           "den grillede torsken er glutenfrie"},
        },
        {
            "to": "praise", "var": "reply_praise",
            "kind": {"en": "praise", "nb": "ros"},
            "name": "Mona",
            "comment": {"en": "Best fish cakes I've had since my grandmother's. Thank you!",
                        "nb": "Beste fiskekakene jeg har smakt siden bestemor sine. Tusen "
                              "takk!"},
            "solution": {"en": "Mona, that made our day! Being compared to your "
                               "grandmother's fish cakes is the highest praise there is. "
                               "Thank you. Did she have a secret ingredient? ^Jonas",
                         "nb": "Mona, nå ble vi glade! Å bli sammenlignet med fiskekakene "
                               "til bestemoren din er den fineste rosen vi kan få. Tusen "
                               "takk! Hadde hun en hemmelig ingrediens? ^Jonas"},
            "must_mention": None, "hint": {"en": "", "nb": ""},
        },
        {
            "to": "troll", "var": "reply_troll",
            "kind": {"en": "a troll", "nb": "et troll"},
            "name": "Ken",
            "comment": {"en": "Fish in a restaurant? Wow, how original. Bet it's frozen from "
                              "China anyway.",
                        "nb": "Fisk på restaurant? Wow, så originalt. Sikkert frossen fra "
                              "Kina uansett."},
            "solution": {"en": "Ken, fair point to ask! No, it isn't frozen: our cod comes "
                               "straight from Lofoten, delivered fresh three times a week. "
                               "Come and see the delivery notes next time you're in. ^Ane",
                         "nb": "Ken, godt spørsmål! Nei, den er ikke frossen: torsken vår "
                               "kommer rett fra Lofoten og leveres fersk tre ganger i uka. "
                               "Kom gjerne og se følgesedlene neste gang du er innom. ^Ane"},
            "must_mention": None, "hint": {"en": "", "nb": ""},
        },
    ],
}

# --- 4. listen ------------------------------------------------------------------------

LISTEN = {
    "names": {"en": ("en-4-listen", "listen"), "nb": ("nb-4-lytt", "lytt")},
    "title": {"en": "Assignment 4: Listen before you post",
              "nb": "Oppgave 4: Lytt før du poster"},
    "data_file": {"en": "comments.csv", "nb": "kommentarer.csv"},
    "source": {"en": "comments_en.csv", "nb": "comments_nb.csv"},
    "intro": {
        "en": "Listening comes before talking. Below are the comments under Coast Kitchen's "
              "last four posts (an invented data set), with the page's own replies indented "
              "under the comment they answer. Find the **questions** and **complaints** from "
              "followers that the page has **not answered yet**, list them, count them and "
              "plot them.\n\nCareful: a question does not always end with a question mark, a "
              "question mark does not always mean a question, and a follower answering "
              "another follower is not the page answering.\n\n10 points: 2 for lists that "
              "hold only unanswered followers' comments (checked now), 4 for the questions "
              "and 4 for the complaints (marked after you hand in; each wrong entry costs as "
              "much as a find).",
        "nb": "Å lytte kommer før å snakke. Under ser du kommentarene under Kystkjøkkenets fire "
              "siste innlegg (et oppdiktet datasett), med sidens egne svar rykket inn under "
              "kommentaren de svarer på. Finn **spørsmålene** og **klagene** fra følgere som "
              "siden **ikke har svart på ennå**, list dem opp, tell dem og vis dem i et "
              "diagram.\n\nPass på: et spørsmål slutter ikke alltid med spørsmålstegn, et "
              "spørsmålstegn betyr ikke alltid et spørsmål, og en følger som svarer en annen "
              "følger, er ikke siden som svarer.\n\n10 poeng: 2 for lister med bare ubesvarte "
              "kommentarer fra følgere (sjekkes nå), 4 for spørsmålene og 4 for klagene "
              "(rettes etter at du har levert; hver feil koster like mye som et funn).",
    },
    "show_comment": {"en": "# Run this cell to see the comments.",
                     "nb": "# Kjør denne cellen for å se kommentarene."},
    "q_questions": {
        "en": "## Unanswered questions\n\nWhich comments are **questions** from followers "
              "that the page has not answered? Write their IDs (the code at the start of each "
              "line, like C07).",
        "nb": "## Ubesvarte spørsmål\n\nHvilke kommentarer er **spørsmål** fra følgere som "
              "siden ikke har svart på? Skriv ID-ene deres (koden først på hver linje, som "
              "C07).",
    },
    "q_complaints": {
        "en": "## Unanswered complaints\n\nWhich comments are **complaints** from followers "
              "that the page has not answered?",
        "nb": "## Ubesvarte klager\n\nHvilke kommentarer er **klager** fra følgere som siden "
              "ikke har svart på?",
    },
    "answer_comment": {
        "en": "# ✏️ Write the IDs between the brackets, each in quotes, separated by commas,\n"
              "# like this: [\"C01\", \"C02\"]",
        "nb": "# ✏️ Skriv ID-ene mellom hakeparentesene, hver i anførselstegn, med komma\n"
              "# mellom, slik: [\"C01\", \"C02\"]",
    },
    "check_lists_comment": {
        "en": "# Check: do your lists hold only followers' comments the page has not answered?\n"
              "# (2 points)",
        "nb": "# Sjekk: har listene dine bare kommentarer fra følgere som siden ikke har\n"
              "# svart på? (2 poeng)",
    },
    "plot_heading": {
        "en": "## Count and plot\n\nRun the cell below: it counts the comments in your two "
              "lists for each post and draws them. Which post needs the page's attention "
              "first?",
        "nb": "## Tell og vis\n\nKjør cellen under: den teller kommentarene i de to listene "
              "dine for hvert innlegg og tegner dem. Hvilket innlegg trenger sidens "
              "oppmerksomhet først?",
    },
    "check_questions_comment": {
        "en": "# Marked after you hand in: the unanswered questions (4 points)",
        "nb": "# Rettes etter at du har levert: de ubesvarte spørsmålene (4 poeng)",
    },
    "check_complaints_comment": {
        "en": "# Marked after you hand in: the unanswered complaints (4 points)",
        "nb": "# Rettes etter at du har levert: de ubesvarte klagene (4 poeng)",
    },
    "solution_questions": None,   # taken from data/make_assignment_data.py
    "solution_complaints": None,
}

# --- 5. audit -------------------------------------------------------------------------

AUDIT = {
    "names": {"en": ("en-5-audit", "audit"), "nb": ("nb-5-gjennomgang", "gjennomgang")},
    "title": {"en": "Assignment 5: Audit a page",
              "nb": "Oppgave 5: Gå gjennom en side"},
    "data_file": {"en": "post_history.csv", "nb": "innleggshistorikk.csv"},
    "source": {"en": "post_history_en.csv", "nb": "post_history_nb.csv"},
    "intro": {
        "en": "Coast Kitchen exported its last 20 posts with their likes, comments and "
              "shares (an invented data set). The cells below load the file, let the coach "
              "score every post, and plot the dialogue score against the number of comments. "
              "Your job is to read the results and say what they show.\n\n10 points: 3 for "
              "the pattern, 2 for the surprising post, 5 for your summary (2 checked now, 3 "
              "after you hand in).",
        "nb": "Kystkjøkkenet eksporterte de 20 siste innleggene sine med likerklikk, "
              "kommentarer og delinger (et oppdiktet datasett). Cellene under leser filen, "
              "lar coachen gi hvert innlegg en poengsum og tegner dialogpoengsummen mot antall "
              "kommentarer. Din jobb er å lese resultatene og si hva de viser.\n\n10 poeng: 3 "
              "for mønsteret, 2 for det overraskende innlegget, 5 for oppsummeringen (2 "
              "sjekkes nå, 3 etter at du har levert).",
    },
    "table_comment": {"en": "# Run this cell: the coach scores every post of the history.",
                      "nb": "# Kjør denne cellen: coachen gir hvert innlegg i historikken en "
                            "poengsum."},
    "plot_comment": {"en": "# Run this cell: dialogue score (across) against comments (up).",
                     "nb": "# Kjør denne cellen: dialogpoengsum (bortover) mot kommentarer "
                           "(oppover)."},
    "choices": {
        "en": {"A": "Posts with higher dialogue scores tended to get more comments.",
               "B": "Posts with higher dialogue scores tended to get fewer comments.",
               "C": "There is no clear link between dialogue score and comments."},
        "nb": {"A": "Innlegg med høyere dialogpoengsum fikk gjerne flere kommentarer.",
               "B": "Innlegg med høyere dialogpoengsum fikk gjerne færre kommentarer.",
               "C": "Det er ingen klar sammenheng mellom dialogpoengsum og kommentarer."},
    },
    "q_pattern": {
        "en": "## The pattern\n\nLook at the plot. Which statement fits this page's history "
              "best?\n\n{choices}",
        "nb": "## Mønsteret\n\nSe på plottet. Hvilket utsagn passer best med historikken til "
              "denne siden?\n\n{choices}",
    },
    "answer_choice_comment": {"en": "# ✏️ Write A, B or C between the quotes.",
                              "nb": "# ✏️ Skriv A, B eller C mellom anførselstegnene."},
    "check_pattern_comment": {
        "en": "# Check: a valid choice now; marked after you hand in (3 points)",
        "nb": "# Sjekk: et gyldig valg nå; rettes etter at du har levert (3 poeng)",
    },
    "q_surprise": {
        "en": "## The surprise\n\nOne post drew lots of comments although the coach scores it "
              "low on dialogue. Which one? Write its ID (like P07).",
        "nb": "## Overraskelsen\n\nEtt innlegg fikk mange kommentarer selv om coachen gir det "
              "lav dialogpoengsum. Hvilket? Skriv ID-en (som P07).",
    },
    "answer_post_comment": {"en": "# ✏️ Write the post's ID between the quotes.",
                            "nb": "# ✏️ Skriv innleggets ID mellom anførselstegnene."},
    "check_surprise_comment": {
        "en": "# Check: a post of the history now; marked after you hand in (2 points)",
        "nb": "# Sjekk: et innlegg fra historikken nå; rettes etter at du har levert (2 poeng)",
    },
    "surprise_why": {
        "en": "It is a contest whose entry is a comment: the comments are entries, not "
              "conversation. Comments alone do not measure dialogue.",
        "nb": "Det er en konkurranse der man deltar ved å kommentere: kommentarene er "
              "deltakelser, ikke samtale. Kommentarer alene måler ikke dialog.",
    },
    "q_summary": {
        "en": "## What the data shows\n\nIn two or three sentences of your own, say what this "
              "history shows about dialogue and comments, and what the page should do next. "
              "Mention something you saw in the plot or the table.",
        "nb": "## Hva dataene viser\n\nSi med to eller tre egne setninger hva denne "
              "historikken viser om dialog og kommentarer, og hva siden bør gjøre videre. "
              "Nevn noe du så i plottet eller tabellen.",
    },
    "answer_summary_comment": {
        "en": "# ✏️ Write your summary between the three quotes.",
        "nb": "# ✏️ Skriv oppsummeringen din mellom de tre anførselstegnene.",
    },
    "check_summary_comment": {
        "en": "# Check: does your summary say what the plot compares? (2 points)",
        "nb": "# Sjekk: sier oppsummeringen hva plottet sammenligner? (2 poeng)",
    },
    "check_summary_fits_comment": {
        "en": "# Marked after you hand in: does your summary match the data, in your own\n"
              "# words? (3 points)",
        "nb": "# Rettes etter at du har levert: stemmer oppsummeringen med dataene, med dine\n"
              "# egne ord? (3 poeng)",
    },
    "solution_pattern": "A",
    "solution_surprise": "P12",
    "solution_summary": {
        "en": "Posts that asked readers about their own lives got far more comments than "
              "announcements: the dialogue posts average about 46 comments, most broadcasts "
              "under 10. The exception is the P12 giveaway, whose comments are contest "
              "entries, not conversation. The page should post more open questions and report "
              "back on what people say.",
        "nb": "Innlegg som spurte leserne om deres eget liv fikk langt flere kommentarer enn "
              "kunngjøringer: dialoginnleggene har rundt 46 kommentarer i snitt, de fleste "
              "kringkastingsinnleggene under 10. Unntaket er konkurransen i P12, der "
              "kommentarene er deltakelser, ikke samtale. Siden bør stille flere åpne "
              "spørsmål og fortelle hva folk svarer.",
    },
}

# --- 6. the hat check -----------------------------------------------------------------

HAT_CHECK = {
    "names": {"en": ("en-6-hat-check", "hat-check"), "nb": ("nb-6-hattesjekk", "hattesjekk")},
    "title": {"en": "Assignment 6: The hat check", "nb": "Oppgave 6: Hattesjekken"},
    "intro": {
        "en": "Swapping the sender's hat for the dialogue partner's hat is a habit, not a "
              "one-off: even experienced social-media managers keep looking in the mirror. "
              "This assignment is that mirror. Your instructor reads it and marks it by hand "
              "with the course's hat-check rubric (in the instructor guide): **four criteria, "
              "0–3 points each, 12 points**.\n\n"
              "1. **Honest self-diagnosis with an example**: where do you (or your "
              "organisation) wear the sender's hat? Quote or describe a real post.\n"
              "2. **The course's concepts, used correctly**: for example broadcast and "
              "dialogue, pseudo-dialogue, the café test, the purpose test, reporting back, "
              "human voice.\n"
              "3. **A concrete change to try, and how you will know it worked**: what will "
              "you do differently, and what will you look at afterwards?\n"
              "4. **Clarity**: someone who has not taken the course can follow you.",
        "nb": "Å bytte avsenderhatten mot samtalepartnerens hatt er en vane, ikke noe man gjør "
              "én gang: også erfarne forvaltere av sosiale medier ser seg i speilet igjen og "
              "igjen. Denne oppgaven er det speilet. Læreren leser den og retter den for hånd "
              "etter kursets hattesjekk-vurdering (i instruktørveiledningen): **fire "
              "kriterier, 0–3 poeng hver, 12 poeng**.\n\n"
              "1. **Ærlig selvdiagnose med et eksempel**: hvor har du (eller virksomheten din) "
              "på avsenderhatten? Siter eller beskriv et ekte innlegg.\n"
              "2. **Kursets begreper, brukt riktig**: for eksempel kringkasting og dialog, "
              "pseudodialog, kafétesten, formålstesten, å fortelle hva man har hørt, "
              "menneskelig stemme.\n"
              "3. **En konkret endring å prøve, og hvordan du vil vite at den virket**: hva vil "
              "du gjøre annerledes, og hva vil du se etter etterpå?\n"
              "4. **Klarhet**: noen som ikke har tatt kurset, kan følge deg.",
    },
    "mirror_heading": {
        "en": "## Optional: hold a post up to the mirror\n\nIf you like, paste one of your "
              "own recent posts below and run the next cell to see what the coach says. This "
              "part is not marked; use it as material for your reflection.",
        "nb": "## Valgfritt: hold et innlegg opp mot speilet\n\nHvis du vil, kan du lime inn "
              "et av dine egne innlegg under og kjøre neste celle for å se hva coachen sier. "
              "Denne delen rettes ikke; bruk den som stoff til refleksjonen.",
    },
    "answer_post_comment": {
        "en": "# ✏️ Optional: paste one of your own posts between the three quotes.",
        "nb": "# ✏️ Valgfritt: lim inn et av dine egne innlegg mellom de tre anførselstegnene.",
    },
    "solution_post": {
        "en": "Our spring collection is here! 🌸 Visit our store this weekend and get 15% off "
              "everything. Don't miss out!",
        "nb": "Vårkolleksjonen er her! 🌸 Besøk butikken vår i helgen og få 15 % på alt. Ikke "
              "gå glipp av det!",
    },
    "mirror_comment": {"en": "# Run this cell to see what the coach says about your post.",
                       "nb": "# Kjør denne cellen for å se hva coachen sier om innlegget "
                             "ditt."},
    "question": {
        "en": "## Your reflection\n\nWrite 200–400 words in the cell below. Answer the four "
              "points above in your own order: where you wear the sender's hat (with a real "
              "example), what the course's ideas tell you about it, one concrete change you "
              "will try in the next two weeks, and what you will look at to know whether it "
              "worked.",
        "nb": "## Refleksjonen din\n\nSkriv 200–400 ord i cellen under. Svar på de fire "
              "punktene over i den rekkefølgen du vil: hvor du har på avsenderhatten (med et "
              "ekte eksempel), hva kursets ideer sier deg om det, én konkret endring du vil "
              "prøve de neste to ukene, og hva du vil se etter for å vite om den virket.",
    },
    "answer_prompt": {
        "en": "*Double-click here and write your reflection in place of this line.*",
        "nb": "*Dobbeltklikk her og skriv refleksjonen din i stedet for denne linjen.*",
    },
    "solution": {
        "en": "Looking at our page honestly, I wear the sender's hat most weeks. Last month "
              "we posted \"Our spring collection is here! Visit our store this weekend and get "
              "15% off everything. Don't miss out!\" The coach scored it 2/100, and I agree: "
              "by the purpose test, once the discount line is gone there is nothing left for "
              "anyone to answer. It fails the café test too: it is the friend who only talks "
              "about their own news.\n\nOur few questions are pseudo-dialogue. \"Which colour "
              "do you prefer, blue or green?\" is a promotional poll, not an invitation, and "
              "we never report back on what people say.\n\nThe change I will try: for the next "
              "two weeks, one post a week asks customers about their own lives (what they "
              "wear to their first day at a new job), signed by me, and a week later we post "
              "what we heard and what we will change. I will know it worked if those posts "
              "get more comments than our usual posts and, more importantly, if commenters "
              "reply to each other and to us rather than just tagging friends. I will count "
              "replies in the threads, not only likes.",
        "nb": "Ser jeg ærlig på siden vår, har jeg på avsenderhatten de fleste ukene. Forrige "
              "måned postet vi «Vårkolleksjonen er her! Besøk butikken vår i helgen og få 15 % "
              "på alt. Ikke gå glipp av det!» Coachen ga det 2/100, og jeg er enig: etter "
              "formålstesten er det ingenting igjen å svare på når rabattlinjen er borte. Det "
              "stryker på kafétesten også: det er vennen som bare snakker om sine egne "
              "nyheter.\n\nDe få spørsmålene våre er pseudodialog. «Hvilken farge liker du "
              "best, blå eller grønn?» er en reklameavstemning, ikke en invitasjon, og vi "
              "forteller aldri hva folk har svart.\n\nEndringen jeg vil prøve: de neste to "
              "ukene spør ett innlegg i uka kundene om deres eget liv (hva de har på seg "
              "første dag i ny jobb), signert av meg, og uka etter skriver vi hva vi hørte og "
              "hva vi vil endre. Jeg vet at det virket hvis de innleggene får flere "
              "kommentarer enn de vanlige, og enda viktigere, hvis folk svarer hverandre og "
              "oss i stedet for bare å tagge venner. Jeg teller svar i trådene, ikke bare "
              "likerklikk.",
    },
    "points": 12,
}
