"""Round eight: families of misreads found in the development bank data/dev8 (never the
test split or a blind set), in both languages, each with the finding that must carry it.

Every text was written for this file from the rubric, not copied from a development
bank, the corpus, the learners' answers or any blind set.
"""

from engine_cases import round_tests

# (family, lang, text, expected label, finding kind that must be present)
POSTS = [
    ("i_want_your_picks", "en", "Bookseller Lena here. I'm putting together a table called "
     "'Books for a long train ride' and I want your picks, not mine. Drop the title and "
     "one line on why.", "dialogue", "invitation"),
    ("i_want_your_picks", "nb", "Bokhandler Lena her. Jeg setter sammen en hylle med bøker "
     "for lange togturer, og jeg vil ha dine forslag, ikke mine. Skriv tittelen og én "
     "setning om hvorfor.", "dialogue", "invitation"),
    ("percent_of_you_said", "en", "You voted, we counted. The Friday quiz stays: 64% of you "
     "said it's the best night of the week. We'll stream it too for those who asked.",
     "dialogue", "report_back"),
    ("percent_of_you_said", "nb", "Dere stemte, vi telte. Fredagsquizen blir: 64 % av dere "
     "sa at det er ukas beste kveld. Vi strømmer den også for dere som ba om det.",
     "dialogue", "report_back"),
]

# (family, lang, comment, reply, expected label, kind(s) present, kind absent)
REPLIES = [
    ("has_no_nuts", "nb", "Er det nøtter i eplekaka? Sønnen min er allergisk.", "Hei Farah! "
     "Eplekaka har ikke nøtter i oppskriften, men den bakes på samme kjøkken som "
     "nøttebrødet. Spør i kassa, så får du se allergenlista.", "good", "direct_answer",
     "unanswered"),
    ("has_no_nuts", "en", "Are there nuts in the apple cake? My son is allergic.", "Hi "
     "Farah! The apple cake has no nuts in the recipe, but it is baked in the same kitchen "
     "as the nut bread. Ask at the till to see the allergen list.", "good", "direct_answer",
     "unanswered"),
    ("see_our_price_list", "nb", "Hva koster det å ha med hund på toget?", "Hei Thomas! Se "
     "prislista vår på tog.example/priser 🐶", "poor", "deflection", "answered"),
    ("see_our_price_list", "en", "How much does it cost to bring a dog on the train?", "Hi "
     "Thomas! See our price list at train.example/prices 🐶", "poor", "deflection",
     "answered"),
    ("book_our_package", "en", "Is the hotel sauna open in March?", "Hi Amira, March is the "
     "perfect time for a break! Book our spring spa package and save 20%.", "poor",
     "upsell", "answered"),
    ("book_our_package", "nb", "Er hotellbadstua åpen i mars?", "Hei Amira, mars er perfekt "
     "for en pause! Bestill vår vårpakke med spa og spar 20 %.", "poor", "upsell",
     "answered"),
    ("nobody_is_forcing_you", "nb", "Kino-godteri til 89 kroner hekto. Seriøst?", "Det er "
     "ingen som tvinger deg til å kjøpe godteri, Henrik.", "poor", "hostile", None),
    ("nobody_is_forcing_you", "en", "Cinema sweets at 89 kroner a bag. Seriously?", "Nobody "
     "is forcing you to buy sweets, Henrik.", "poor", "hostile", None),
    ("cannot_be_changed", "nb", "Hadde det ikke vært fint om svømmehallen åpnet tidligere på "
     "søndager?", "Hei Tone. Åpningstidene er vedtatt av kommunen og kan ikke endres.",
     "poor", "defensive", None),
    ("cannot_be_changed", "en", "Wouldn't it be nice if the pool opened earlier on "
     "Sundays?", "Hi Tone. The opening hours are set by the council and cannot be changed.",
     "poor", "defensive", None),
    ("from_only_and_order_online", "nb", "Leverer dere kaker til sykehuset på søndager?",
     "Hei Randi! Søndagskakene våre starter på bare 249 kr. Bestill på nettsida!", "poor",
     "upsell", "answered"),
    ("made_with_love", "en", "Does the carrot cake have nuts in it? My son is allergic.",
     "Hi Deepa, thanks for reaching out! Our cakes are made with love and the finest "
     "ingredients.", "poor", "template", "answered"),
    ("made_with_love", "nb", "Er det nøtter i gulrotkaka? Sønnen min er allergisk.", "Hei "
     "Deepa! Kakene våre er laget med kjærlighet og de beste råvarene.", "poor", "template",
     "answered"),
    ("try_it_on_us", "nb", "Brødet deres har blitt tørt. Hva har skjedd?", "Hei Rune, takk "
     "for at du sier det rett ut. Vi byttet mel i oktober, og noen faste har sagt det "
     "samme. Kom innom, så får du smake det gamle brødet på oss.", "good", "next_step",
     None),
    ("in_week_16", "nb", "Når får vi svar på barnehageplass?", "Hei Linda! Svarene sendes "
     "ut i uke 16, på e-post og i søknadsportalen.", "good", "next_step", "unanswered"),
    # learners' replies (data/learners, split dev): a formal sign-off with a person's name
    # is that person speaking, not a stock phrase; with a department it is one
    ("signed_by_a_person", "en", "Best cinnamon buns I've had since my grandmother's!",
     "Dear Mona, thank you for your kind words. I have passed them on to our bakers, who "
     "were delighted. Kind regards, Ingrid Solheim, Bakery Manager", "good", "thanks",
     "template"),
    ("signed_by_a_person", "nb", "Beste kanelbollene siden bestemor sine!", "Hei Mona. "
     "Tusen takk for de hyggelige ordene. Jeg har gitt dem videre til bakerne, som ble "
     "svært glade. Med vennlig hilsen Ingrid Solheim, daglig leder", "good", "thanks",
     "template"),
    ("signed_by_a_department", "nb", "Hvor er pakken min?", "Hei! Vi ser på saken. Med "
     "vennlig hilsen Kundeservice", "poor", "template", None),
    ("we_would_like_to_invite_you", "nb", "Ventet en time på bordet i går. Ikke imponert.",
     "Hei Lars, det beklager vi. Vi var underbemannet, og det er vårt ansvar. Vi vil gjerne "
     "invitere deg på en middag; oppgi navnet ditt når du bestiller.", "good", "next_step",
     None),
]


test_post, test_reply = round_tests(POSTS, REPLIES)
