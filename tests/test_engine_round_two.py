"""The families issue 11 found misjudged, in both languages, each with the finding that
must carry it: promises made by someone other than "we", hard sells with a few words
between "buy" and "now", sarcasm that is no question, calm facts to a troll, hostile
replies, and a cause the reply owns.

Every text was written for this file from the rubric, not taken from the corpus, the
learners' answers or any blind set.
"""

from engine_cases import round_tests

# (family, lang, text, expected label, finding kind that must be present)
POSTS = [
    ("promise_by_she", "en", "Which bread did your grandmother bake on Sundays? Tell us: "
     "she'll try the three oldest recipes in the bakery this winter. ^Mette",
     "dialogue", "uses_answers"),
    ("promise_by_name", "en", "What should the new reading corner be called? Post your ideas "
     "below – Ingrid will pick two and put them to a vote next week.",
     "dialogue", "uses_answers"),
    ("promise_by_team", "en", "What makes a bus stop feel safe at night? The team will test "
     "the five most common ideas on route 3 in January.", "dialogue", "uses_answers"),
    ("promise_by_she", "nb", "Hvilket brød bakte bestemoren din på søndager? Fortell oss: "
     "hun skal prøve de tre eldste oppskriftene i bakeriet i vinter. ^Mette",
     "dialogue", "uses_answers"),
    ("promise_by_name", "nb", "Hva skal den nye lesekroken hete? Kom med forslag – Ingrid "
     "vil velge to og la dere stemme neste uke.", "dialogue", "uses_answers"),
    ("promise_by_team", "nb", "Hva gjør en bussholdeplass trygg om kvelden? Teamet skal "
     "teste fem av forslagene på linje 3 i januar.", "dialogue", "uses_answers"),
    ("calm_offer_line_that_keeps_a_promise", "en", "We can't decide between rye and "
     "spelt for the new loaf, so you choose: tell us which and why. Loaves are 2 for 1 on "
     "Friday, and our baker Siv will bake whatever wins.", "dialogue", "uses_answers"),
    ("calm_offer_line_that_keeps_a_promise", "nb", "Vi klarer ikke å velge mellom rug og "
     "spelt til det nye brødet, så dere bestemmer: si hvilket og hvorfor. Brødene er 2 for "
     "1 på fredag, og bakeren vår Siv baker det som vinner.", "dialogue", "invitation"),
    # an either-or question whose answer the brand promises to act on is a consultation
    ("consultation_not_promo_poll", "nb", "Vi har jobbet lenge med den nye fiskesuppa, og "
     "nå trenger vi hjelp: mer dill eller mer fløte? Skriv hva du synes, så justerer vi "
     "oppskriften før sommeren. Smak den på Bryggen lørdag 14. juni, da er det 2 for 1.",
     "dialogue", "uses_answers"),
    ("consultation_not_promo_poll", "en", "Bergen, we need your help! Creamy or clear: how "
     "should fish soup be? Vote in the comments and tell us why. We'll serve the winner at "
     "Bryggen on Saturday 14 June, when all soups are 2 for 1. ^Ane", "dialogue",
     "uses_answers"),
    ("promo_poll_without_a_promise", "en", "Creamy or clear? Vote in the comments! All "
     "soups are 2 for 1 at Bryggen on Saturday.", "broadcast", "promo_poll"),
    ("we_want_to_hear_your_view", "nb", "Fiskesuppe med eller uten gulrot? Bergen er delt, og "
     "vi vil høre din mening. Kokken vår leser alle kommentarene før vi bestemmer oss.",
     "dialogue", "invitation"),
    ("credit_to_the_readers", "nb", "Endelig! Etter to år med planlegging åpner den nye "
     "lekeplassen på lørdag, og det er dere som har tegnet den. Vi gleder oss til å se den i "
     "bruk!", "dialogue", "report_back"),
    ("credit_to_the_readers", "en", "Finally! After two years of planning, the new "
     "playground opens on Saturday, and it was you who designed it. We can't wait to see it "
     "in use!", "dialogue", "report_back"),
    # the issue's own example
    ("buy_words_now_after_question", "nb", "Hva synes dere om den nye logoen vår? Kjøp "
     "t-skjorta med logo på nettbutikken nå!", "broadcast", "selling_swallows"),
    ("buy_words_now", "en", "Grab the new wool hat in our web shop now!", "broadcast",
     "hard_sell"),
    ("buy_words_now", "nb", "Kjøp den nye ullhua i nettbutikken vår nå!", "broadcast",
     "hard_sell"),
    ("buy_words_now_after_question", "nb", "Hva synes dere om de nye fargene? Bestill "
     "sommerkolleksjonen med gratis frakt i dag!", "broadcast", "hard_sell"),
    ("buy_words_now_after_question", "en", "What do you think of the new colours? Order "
     "the summer collection with free shipping today!", "broadcast", "hard_sell"),
]

# (family, lang, comment, reply, expected label, kind present, kind absent)
REPLIES = [
    ("calm_facts_to_sarcasm", "en", "Coffee in a café? Wow, how original. Bet it's "
     "instant anyway.", "We grind every bean here each morning, and the roaster is two "
     "streets away. ^Siri", "good", "calm_facts", "unanswered"),
    ("calm_facts_to_sarcasm", "nb", "Kaffe på en kafé? Wow, så originalt. Sikkert "
     "pulverkaffe uansett.", "Vi maler alle bønnene våre her hver morgen, og brenneriet "
     "ligger to gater unna. ^Siri", "good", "calm_facts", "unanswered"),
    ("hostile_correction", "en", "Coffee in a café? Wow, how original. Bet it's instant "
     "anyway.", "It is NOT instant. Check your facts before you comment.", "poor",
     "hostile", "calm_facts"),
    ("hostile_correction", "nb", "Kaffe på en kafé? Wow, så originalt. Sikkert "
     "pulverkaffe uansett.", "Det er IKKE pulverkaffe. Sjekk fakta før du kommenterer.",
     "poor", "hostile", "calm_facts"),
    ("comeback_with_a_smirk", "en", "Coffee in a café? Wow, how original.",
     "Only one café, Per? We have three, and all of them serve coffee. 😎", "poor", None,
     "calm_facts"),
    ("owned_cause", "en", "Waited half an hour for a sandwich at the station. Awful.",
     "Sorry, Eva, that's far too long. Two of us were off sick, but that's our problem, not "
     "yours. Your next sandwich is on us. ^Tor", "good", "next_step", "vague_promise"),
    ("owned_cause", "nb", "Ventet en halvtime på en baguette på stasjonen. Elendig.",
     "Beklager, Eva, det er altfor lenge. Vi hadde få folk på jobb, men det er vårt "
     "ansvar, ikke ditt. Neste baguette spanderer vi. ^Tor", "good", "empathy",
     "vague_promise"),
    # bokmål reply families the issue names, each with its English twin
    ("condition_and_next_step", "nb", "Kan jeg ta med sykkelen på toget til Voss?",
     "Ja, så lenge den får plass i sykkelstativet i første vogn. Bestill gjerne sykkelplass "
     "i appen. ^Ida", "good", "answered", None),
    ("condition_and_next_step", "en", "Can I bring my bike on the train to Voss?",
     "Yes, as long as it fits in the bike rack in the first carriage. You can book a bike "
     "space in the app. ^Ida", "good", "answered", None),
    ("jab_with_humour_into_help", "nb", "Appen deres er tregere enn en snegle i motbakke 🙄",
     "Haha, den sneglen kjenner vi igjen! Prøv å oppdatere til versjon 4.2 fra i går, den "
     "laster dobbelt så fort. ^Kari", "good", "calm_facts", None),
    ("jab_with_humour_into_help", "en", "Your app is slower than a snail going uphill 🙄",
     "Ha, we know that snail! Try updating to version 4.2 from yesterday, it loads twice as "
     "fast. ^Kari", "good", "calm_facts", None),
    ("off_topic_kindly_answered", "nb", "Helt off topic, men vet noen hvor man kan lade "
     "elbil i sentrum?", "Godt spørsmål! Det er hurtigladere i parkeringshuset ved Torget, "
     "rett over gata for oss. ^Per", "good", "answer", "unanswered"),
    ("off_topic_kindly_answered", "en", "Totally off topic, but does anyone know where to "
     "charge an electric car downtown?", "Good question! There are fast chargers in the car "
     "park at the square, right across the street from us. ^Per", "good", "answer",
     "unanswered"),
    ("sympathy_then_upsell", "nb", "Jeg har blitt trukket to ganger for samme bestilling. "
     "Vil ha pengene tilbake!", "Så leit å høre! Visste du at du får 20 % rabatt på neste "
     "bestilling med medlemskortet vårt?", "poor", "upsell", None),
    ("sympathy_then_general_advice", "nb", "Nettet har vært nede hele dagen. Når kommer det "
     "tilbake?", "Vi forstår at dette er frustrerende. Husk at du alltid kan starte ruteren "
     "på nytt, det løser ofte mange problemer.", "poor", "deflection", None),
    ("sympathy_then_general_advice", "en", "The internet has been down all day. When will "
     "it be back?", "We understand this is frustrating. Remember you can always restart "
     "your router, that often fixes a lot of problems.", "poor", "deflection", None),
    ("sympathy_then_general_advice", "nb", "Noen har brukt kontoen min til å handle for "
     "3000 kr!", "Så leit! Husk å bruke sterke passord og aldri dele dem med andre.", "poor",
     "complaint_no_action", None),
    ("amends_on_us", "nb", "Ventet en halvtime på en baguette på stasjonen. Elendig.",
     "Beklager, Eva, det er altfor lenge. Neste baguette er på oss – si fra når du kommer. "
     "^Tor", "good", "next_step", None),
    ("owned_cause_you_should_not_notice", "nb", "Ventet en halvtime på en baguette på "
     "stasjonen. Elendig.", "Beklager, Eva. Vi var underbemannet, men det skal ikke du merke."
     " Neste baguette spanderer vi. ^Tor", "good", "empathy", "vague_promise"),
    ("opening_hours_as_a_range", "nb", "Har dere åpent på søndag?", "Hei Nils! Åpent søndag "
     "11–17. Velkommen! ^Tor", "good", "answered", None),
    ("opening_hours_as_a_range", "en", "Are you open on Sunday?", "Hi Nils! Open Sunday "
     "11–17. Welcome! ^Tor", "good", "answered", None),
    ("bait_instead_of_an_answer", "en", "Do you have vegan cakes?", "Hi Jo! Tag a vegan "
     "friend and we'll tell you all about it 😄", "poor", "upsell", None),
    ("bait_instead_of_thanks", "nb", "Beste kanelbollene i byen!", "Takk! Følg oss for flere "
     "nyheter fra bakeriet 💛", "poor", "upsell", "praise_returned"),
    ("non_apology", "en", "Waited half an hour for a sandwich at the station. Awful.",
     "We're sorry you feel that way.", "poor", "template", None),
    ("non_apology", "nb", "Kaffe på en kafé? Wow, så originalt.", "Vi beklager at du "
     "sitter igjen med dette inntrykket.", "poor", "template", "calm_facts"),
    ("stock_thanks_to_praise", "en", "Best cinnamon buns in town!", "Thank you. We always "
     "strive for excellence.", "poor", "template", "praise_returned"),
    ("scolding_the_troll", "en", "Coffee in a café? Wow, how original.", "We suggest you "
     "taste it before commenting.", "poor", "hostile", "calm_facts"),
    ("question_without_a_mark", "nb", "Når åpner dere på lørdag", "Vi åpner kl. 10 på "
     "lørdag, Mari. Velkommen! ^Jon", "good", "answered", None),
    ("question_without_a_mark", "en", "When do you open on Saturday", "We open at 10 on "
     "Saturday, Mari. Welcome! ^Jon", "good", "answered", None),
    ("excuse_not_owned", "en", "Waited half an hour for a sandwich at the station. Awful.",
     "We were short-staffed that day.", "poor", "vague_promise", None),
]


test_post, test_reply = round_tests(POSTS, REPLIES)
