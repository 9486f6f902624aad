"""Round seven: families of misreads found in the development bank data/dev7 (never the
test split or a blind set), in both languages, each with the finding that must carry it.

Every text was written for this file from the rubric, not copied from a development
bank, the corpus, the learners' answers or any blind set.
"""

from engine_cases import round_tests

from dialogue_coach.language import recognise

# (family, lang, text, expected label, finding kind that must be present)
POSTS = [
    # what the readers suggested, and what was done with it
    ("you_suggested_we_did", "nb", "I høst ba vi om ideer til hvordan flere kan finne "
     "turstiene våre. Dere foreslo skilt ved parkeringen og et kart på nettsiden. Vi gjorde "
     "begge deler, og nå går dobbelt så mange turen. Takk!", "dialogue", "report_back"),
    ("you_suggested_we_did", "en", "In the autumn we asked how more people could find our "
     "trails. You suggested signs at the car park and a map on the website. We did both, "
     "and twice as many people walk them now. Thank you!", "dialogue", "report_back"),
    # urgency that ends at midnight
    ("gone_at_midnight", "nb", "Hvilken dag kommer du: fredag eller lørdag? 🎸 Si det i "
     "kommentarfeltet! Tidligbillettene forsvinner ved midnatt!", "broadcast", "hard_sell"),
    ("gone_at_midnight", "en", "Which day are you coming: Friday or Saturday? 🎸 Say it in "
     "the comments! Early-bird tickets disappear at midnight!", "broadcast", "hard_sell"),
    # "a huge thank-you to" a named person
    ("a_huge_thank_you_to", "en", "A huge thank-you to Alma Reid, who has sung in the "
     "front row of every Christmas concert for 25 years. Alma, the choir has a card "
     "waiting for you at the door.", "dialogue", "personal_warmth"),
    # "the best idea goes on the specials board", «så havner den beste ideen på tavla»
    ("the_best_idea_goes_on_the_board", "en", "Pancakes, your way: what goes on your "
     "perfect stack? Ours are new and 2 for 1 on Sunday at Torget. Tell us below and the "
     "best idea goes on the specials board. ^Sindre", "dialogue", "uses_answers"),
    ("the_best_idea_goes_on_the_board", "nb", "Pannekaker på din måte: hva hører hjemme på "
     "den perfekte stabelen? Våre er nye og 2 for 1 på søndag på Torget. Fortell oss under, "
     "så havner den beste ideen på tavla. ^Sindre", "dialogue", "uses_answers"),
]

# (family, lang, comment, reply, expected label, kind(s) present, kind absent)
REPLIES = [
    # sending an idea to a form
    ("send_it_via_the_form", "nb", "Dere burde sette opp en sykkelpumpe ved rådhuset.",
     "Hei Berit. Innspill til kommunen sendes via skjema på kommune.example/innspill.",
     "poor", "deflection", None),
    ("send_it_via_the_form", "en", "You should put a bike pump outside the town hall.",
     "Hi Berit. Suggestions to the council must be submitted via the form at "
     "council.example/ideas.", "poor", "deflection", None),
    # pointing to the standards
    ("we_follow_strict_standards", "en", "My new hearing aid has whistled for a week.",
     "Hi Rachel, it can take a while to get used to. Our audiologists follow strict "
     "professional standards.", "poor", "defensive", None),
    ("we_follow_strict_standards", "nb", "Det nye høreapparatet mitt har pepet i en uke.",
     "Hei Rakel, det kan ta litt tid å venne seg til. Våre audiografer følger strenge "
     "faglige standarder.", "poor", "defensive", None),
    # asking for money instead of taking up the idea
    ("easiest_way_to_support_us", "en", "You should put a book swap shelf in the foyer.",
     "Thanks Mo! The easiest way to support us is a monthly donation at museum.example/give.",
     "poor", "upsell", None),
    ("easiest_way_to_support_us", "nb", "Dere burde ha en byttehylle for bøker i foajeen.",
     "Takk, Mo! Den enkleste måten å støtte oss på er et månedlig bidrag på "
     "museum.example/gi.", "poor", "upsell", None),
    # a sale instead of the course asked about
    ("percent_off_all", "nb", "Har dere smørekurs for nybegynnere i år også?", "Hei "
     "Marius! Nå har vi 30 % på alt av smøring, perfekt for deg som vil smøre selv!",
     "poor", "upsell", "answered"),
    ("a_wide_range_of", "en", "Can you set up two-factor login for a firm of five, and what "
     "does it cost?", "Hi Stian! We offer a wide range of security services tailored to "
     "your business. Read more on our website!", "poor", "upsell", "answered"),
    ("a_wide_range_of", "nb", "Kan dere sette opp tofaktorinnlogging for et firma på fem, og "
     "hva koster det?", "Hei Stian! Vi tilbyr et bredt spekter av sikkerhetstjenester "
     "tilpasset din bedrift.", "poor", "upsell", "answered"),
    # "delays can occur"
    ("delays_can_occur", "nb", "Er det meningen at vi skal stå i regnet i 20 minutter fordi "
     "bussen ikke kommer?", "Hei Per! Forsinkelser kan dessverre forekomme. Vi anbefaler å "
     "sjekke sanntid i appen.", "poor", "template", None),
    ("delays_can_occur", "en", "Are we meant to stand in the rain for 20 minutes because the "
     "bus doesn't come?", "Hi Per! Delays can unfortunately occur. We recommend checking "
     "live times in the app.", "poor", "template", None),
    # learners' replies (data/learners, split dev): a promise with no when is vague, one
    # with a when is a step; "noted" is a stock phrase, not calm facts; owned sorrow and
    # everyday joy
    ("get_back_to_you_with_no_when", "en", "Is the library open on Easter Monday?", "Hi "
     "Sofie, we'll get back to you on that!", "poor", "vague_promise", "next_step"),
    ("get_back_to_you_with_no_when", "nb", "Har biblioteket åpent 2. påskedag?", "Hei "
     "Sofie, vi kommer tilbake til deg på det!", "poor", "vague_promise", "next_step"),
    ("get_back_to_you_by_friday", "en", "Can you order in the third book of the series?",
     "Hi Sofie! We'll check with the supplier and get back to you by Friday.", "good",
     "next_step", "vague_promise"),
    ("noted", "en", "Books in a library? Wow, how original.", "Noted, Ken, we'll consider "
     "your feedback.", "poor", "template", "calm_facts"),
    ("noted", "nb", "Bøker på et bibliotek? Wow, så originalt.", "Notert, Ken, vi tar det "
     "med oss.", "poor", "template", "calm_facts"),
    ("owned_sorrow", "nb", "Ventet en halvtime på en kald kaffe i dag. Ikke imponert.",
     "Ola, det er jeg virkelig lei meg for. Vi var for få på jobb, men det er vårt ansvar. "
     "Neste kaffe spanderer vi.", "good", "empathy", None),
    ("the_whole_kitchen_smiled", "nb", "Beste vaflene siden mormor sine. Tusen takk!",
     "Mona, nå smilte hele kjøkkenet. Det er den beste rosen vi kan få!", "good", "warmth",
     None),
    ("the_whole_kitchen_smiled", "en", "Best waffles since my grandmother's. Thank you!",
     "Mona, the whole kitchen smiled. That's the best compliment we could get!", "good",
     "warmth", None),
]


test_post, test_reply = round_tests(POSTS, REPLIES)


def test_a_bokmal_post_with_dialect_words_is_read_not_refused():
    # «æ», «no», «dokker» are dialect, not nynorsk; the rest of the post is bokmål
    # (lexicons/languages.toml, [nb_not_nn]).
    assert recognise("Æ har drevet frisørsalong i Trondheim i snart tjue år, og folk spør "
                     "fortsatt om krøllene holder seg i regnet. Så no spør æ dokker: "
                     "hvordan gikk det egentlig i helga?") is None
