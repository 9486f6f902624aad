"""Round four: families of misreads found in the development bank data/dev4 (never the
test split or a blind set), in both languages, each with the finding that must carry it.

Every text was written for this file from the rubric, not copied from data/dev4, the
corpus, the learners' answers or any blind set.
"""

from engine_cases import round_tests

# (family, lang, text, expected label, finding kind that must be present)
POSTS = [
    # "You wanted it, we delivered!" says nothing anyone said: a slogan of listening
    ("you_wanted_it_we_delivered", "nb", "Dere ville ha det, vi leverte! Her er den nye "
     "sykkelvesken med enda mer plass. Vi lytter alltid til kundene.", "broadcast",
     "listening_slogan"),
    ("you_wanted_it_we_delivered", "en", "You wanted it, we delivered! Here's the new "
     "bike bag with even more room.", "broadcast", "listening_slogan"),
    # a question about the reader's life with a switch-and-get-months-free pitch after it
    # is the pitch's lead-in
    ("switch_and_get_months_free", "nb", "Er det flere enn oss som får evig buffering på "
     "fredagskvelden? Bytt til Fiberlyn og få to måneder gratis!", "broadcast",
     "rhetorical_question"),
    ("switch_and_get_months_free", "en", "Does anyone else get endless buffering on Friday "
     "nights? Switch to FibreLight and get two months free!", "broadcast",
     "rhetorical_question"),
    # noticing what a named reader did and sharing the joy is warmth, with no question
    ("we_saw_what_you_did", "nb", "Hei Synne! Vi så at du delte bildet av det første "
     "teppet du strikket med garnet fra oss. For et mønster! Vi ble helt rørt. 🧶",
     "dialogue", "personal_warmth"),
    ("we_saw_what_you_did", "en", "Hi Synne! We saw you shared a photo of the first "
     "blanket you knitted with our yarn. What a pattern! We were genuinely moved. 🧶",
     "dialogue", "personal_warmth"),
]

# (family, lang, comment, reply, expected label, kind(s) present, kind absent)
REPLIES = [
    # a call to book or sign up inside the reply is selling, to praise or to a question
    ("call_to_sign_up", "nb", "Takk for et kjempefint svømmekurs, datteren min storkoser "
     "seg!", "Takk, Hanne! Meld henne på høstkurset i dag, det blir fort fullt!", "poor",
     "upsell", "praise_returned"),
    ("call_to_sign_up", "en", "Thanks for a brilliant swimming course, my daughter loves "
     "it!", "Thanks, Hanne! Sign her up for the autumn course today, it fills up fast!",
     "poor", "upsell", "praise_returned"),
    ("call_to_sign_up_instead_of_an_answer", "nb", "Har dere åpent 2. påskedag?", "Hei "
     "Erik! Registrer deg i kundeklubben i dag og få 10 % på neste kjøp!", "poor",
     "upsell", "answered"),
    ("call_to_sign_up_instead_of_an_answer", "en", "Are you open on Easter Monday?", "Hi "
     "Erik! Register for our members' club today and save 10% on your next shop!", "poor",
     "upsell", "answered"),
    ("secure_your_place", "nb", "Kjempefint keramikkurs i går, takk!", "Takk, Mona! "
     "Vårkurset starter i mars – sikre plassen før det blir fullt!", "poor", "upsell",
     "praise_returned"),
    ("secure_your_place", "en", "Great pottery class yesterday, thanks!", "Thanks, Mona! "
     "The spring course starts in March – secure your place before it's full!", "poor",
     "upsell", "praise_returned"),
    # ... unless the person asked whether or how to join: then the call is the answer
    ("call_to_join_when_asked", "nb", "Er det fortsatt plass på nybegynnerkurset i "
     "klatring?", "Ja, Kari! Det er tre plasser igjen. Meld deg på i resepsjonen i dag, så "
     "er du med fra mandag.", "good", "answered", "upsell"),
    ("call_to_join_when_asked", "en", "Is there still room on the beginners' climbing "
     "course?", "Yes, Kari! There are three places left. Sign up at reception today and "
     "you're in from Monday.", "good", "answered", "upsell"),
    # "Oh no", «Å nei» is dismay, not the answer no
    ("oh_no_is_not_no", "nb", "Er sitronkaka melkefri? Sønnen min tåler ikke melk.", "Å "
     "nei, så kjipt! Har du prøvd de nye veganske muffinsene våre? Bestill på nett i dag.",
     "poor", "upsell", "direct_answer"),
    ("oh_no_is_not_no", "en", "Is the lemon cake dairy-free? My son can't have milk.", "Oh "
     "no, that's tricky! Have you tried our new vegan muffins? Order online today.", "poor",
     "upsell", "direct_answer"),
    # back up again, and no fee charged: the fault is put right
    ("back_up_again", "nb", "Hvorfor virker ikke appen deres i dag?", "Beklager, Lars! En "
     "feil på serveren stoppet innloggingen i morges. Appen fungerer igjen nå, og du blir "
     "ikke belastet gebyr for sen betaling i dag.", "good", "next_step",
     "complaint_no_action"),
    ("back_up_again", "en", "Why isn't your app working today?", "Sorry, Lars! A server "
     "fault stopped logins this morning. The app is back up now, and you won't be charged "
     "a late fee for today.", "good", "next_step", "complaint_no_action"),
    ("fee_removed", "nb", "Hvorfor fikk jeg purregebyr når dere trakk beløpet for sent?",
     "Beklager, Silje, det var vår feil. Gebyret er fjernet, og det skal ikke skje igjen.",
     "good", "next_step", "unanswered"),
    ("fee_removed", "en", "Why did I get a late fee when you took the payment late?",
     "Sorry, Silje, that was our mistake. The fee has been removed, and it won't happen "
     "again.", "good", "next_step", "unanswered"),
    # sorry to lose you, and an open door to say why
    ("sorry_to_lose_you", "nb", "Jeg melder meg ut av treningssenteret. Altfor fullt på "
     "kveldene.", "Leit å miste deg, Nora, og takk for at du sier fra. Medlemskapet gjelder "
     "ut mars. Vil du fortelle hva som ville fått deg til å bli, hører vi gjerne.", "good",
     ("empathy", "follow_up"), None),
    ("sorry_to_lose_you", "en", "I'm cancelling my gym membership. Far too crowded in the "
     "evenings.", "Sorry to lose you, Nora, and thanks for telling us. Your membership runs "
     "until the end of March. If you'd like to tell us what would have made you stay, we'd "
     "love to hear.", "good", "empathy", None),
    # an off-topic question answered by pointing to whoever knows
    ("pointing_to_who_knows", "nb", "Litt på siden, men vet noen om fergekaia i Sand er "
     "stengt i helga?", "Det vet vi ikke sikkert, Ida, men fergeselskapet har status for "
     "fergekaia på nettsidene sine. God tur!", "good", "answer", "unanswered"),
    ("pointing_to_who_knows", "en", "A bit off topic, but does anyone know if the ferry "
     "quay in Sand is closed this weekend?", "We're not sure, Ida, but the ferry company "
     "has the quay status on its website. Safe trip!", "good", "answer", "unanswered"),
    ("who_takes_them", "nb", "Vet noen hvor man kan levere gamle mobiler?", "Godt "
     "spørsmål, Omar! De fleste elektronikkbutikker tar imot gamle mobiler til "
     "gjenvinning.", "good", "answer", "unanswered"),
    ("who_takes_them", "en", "Does anyone know where to hand in old phones?", "Good "
     "question, Omar! Most electronics shops take old phones for recycling.", "good",
     "answer", "unanswered"),
    # a bare "No." gives no reason, no name, no way forward
    ("bare_no", "nb", "Kan dere ikke ha åpent litt lenger på fredager?", "Nei.", "poor",
     "dismissive", "answered"),
    ("bare_no", "en", "Couldn't you stay open a bit later on Fridays?", "Nope.", "poor",
     "dismissive", "answered"),
    ("bare_no_thanks", "nb", "Kan dere ikke ha brunost på menyen?", "Nei takk.", "poor",
     "dismissive", "answered"),
    ("bare_no_thanks", "en", "Couldn't you put brown cheese on the menu?", "No thanks.",
     "poor", "dismissive", "answered"),
    # "it's in the programme" sends a suggestion to a document
    ("it_says_in_the_programme", "nb", "Dere burde ha babysang på kveldstid også, ikke bare "
     "om formiddagen.", "Vi har babysang om formiddagen. Det står på nettsiden.", "poor",
     "deflection", "answered"),
    ("it_says_in_the_programme", "en", "You should run baby singing in the evening too, not "
     "just mornings.", "We have baby singing in the mornings. It's on our website.", "poor",
     "deflection", "answered"),
]


test_post, test_reply = round_tests(POSTS, REPLIES)

