"""Every sentence a learner can get from a check or from the grader, in both editions.

One key, one message, in English (``en``) and Norwegian bokmål (``nb``). Messages say
what was seen and what to change, in plain words: learners do not program. Fields in
braces are filled in by :func:`get`. A test keeps both languages' keys and fields in step.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- reading answers -------------------------------------------------------------
    "answer_missing": {
        "en": "I could not find your answer: the answer cell is gone, or it no longer sets "
              "`{name}`. Put back a line like  {name} = \"...\"  with your answer between "
              "the quotes.",
        "nb": "Jeg fant ikke svaret ditt: svarcellen er borte, eller den setter ikke lenger "
              "`{name}`. Legg tilbake en linje som  {name} = \"...\"  med svaret ditt mellom "
              "anførselstegnene.",
    },
    "answer_empty": {
        "en": "You have not answered yet: replace the three dots between the quotes with "
              "{what}.",
        "nb": "Du har ikke svart ennå: bytt ut de tre prikkene mellom anførselstegnene med "
              "{what}.",
    },
    "unreadable_syntax": {
        "en": "I could not read your answer because the quotes do not match. Every "
              "opening quote needs a closing one; if your text contains an apostrophe "
              "(it's), put the text between three double quotes: \"\"\"like this\"\"\".",
        "nb": "Jeg klarte ikke å lese svaret ditt fordi anførselstegnene ikke stemmer. "
              "Hvert åpnende anførselstegn trenger et lukkende; inneholder teksten en "
              "apostrof, kan du sette den mellom tre doble anførselstegn: \"\"\"slik\"\"\".",
    },
    "not_plain": {
        "en": "Your answer should be plain text between quotes (or a list such as "
              "[\"C01\", \"C02\"]). I found code instead, and the grader does not run code "
              "in answers.",
        "nb": "Svaret ditt skal være vanlig tekst mellom anførselstegn (eller en liste som "
              "[\"C01\", \"C02\"]). Jeg fant kode i stedet, og retteren kjører ikke kode i "
              "svar.",
    },
    "too_long": {
        "en": "Your answer is too long for me to read (over {max} characters). Keep it "
              "to the length of a real post.",
        "nb": "Svaret ditt er for langt til at jeg kan lese det (over {max} tegn). Hold det "
              "på lengde med et ekte innlegg.",
    },
    "not_text": {
        "en": "Your answer should be text between quotes, but I found {found}. Write it "
              "as  \"your text here\".",
        "nb": "Svaret ditt skal være tekst mellom anførselstegn, men jeg fant {found}. "
              "Skriv det som  \"teksten din her\".",
    },
    "found_list": {"en": "a list", "nb": "en liste"},
    "found_number": {"en": "a number", "nb": "et tall"},
    "found_other": {"en": "something else", "nb": "noe annet"},
    "answer_overlong": {
        "en": "Your text is {n} characters long. Social-media posts and replies that "
              "start conversations are short: keep it under {max} characters.",
        "nb": "Teksten din er {n} tegn lang. Innlegg og svar som starter samtaler er "
              "korte: hold deg under {max} tegn.",
    },
    "answer_too_short": {
        "en": "Your text is too short to judge ({n} of at least {min} words): write a few "
              "sentences, so there is something to talk about.",
        "nb": "Teksten din er for kort til å vurdere ({n} av minst {min} ord): skriv noen "
              "setninger, så det er noe å snakke om.",
    },
    "ready": {
        "en": "✓ Ready. Now answer in the grey cells marked ✏️ and run each cell with "
              "Shift + Enter.",
        "nb": "✓ Klar. Svar nå i de grå cellene merket ✏️, og kjør hver celle med "
              "Shift + Enter.",
    },
    "name_error_quotes": {
        "en": "Python does not know the word {name}. If it is your answer, put it between "
              "quotes: \"{name}\".",
        "nb": "Python kjenner ikke ordet {name}. Er det svaret ditt, sett det mellom "
              "anførselstegn: \"{name}\".",
    },
    "name_error_run": {
        "en": "There is no {name} yet: run the answer cell above first (click it, then "
              "Shift + Enter), then this cell again.",
        "nb": "Det finnes ingen {name} ennå: kjør svarcellen over først (klikk på den, så "
              "Shift + Enter), og så denne cellen igjen.",
    },
    "name_error_fix_above": {
        "en": "There is no {name} yet, because its answer cell above stopped with a red "
              "message. Fix what that message says, run that cell again, then this one.",
        "nb": "Det finnes ingen {name} ennå, fordi svarcellen over stoppet med en rød "
              "melding. Rett det meldingen sier, kjør den cellen på nytt, og så denne.",
    },
    "syntax_error": {
        "en": "Python could not read line {line} of this cell. Check the quotes: your "
              "answer must begin and end with the same quotes as the example (\"...\" or "
              "\"\"\"...\"\"\"), and nothing may come after the closing quotes.",
        "nb": "Python klarte ikke å lese linje {line} i denne cellen. Sjekk "
              "anførselstegnene: svaret må begynne og slutte med de samme anførselstegnene "
              "som i eksempelet (\"...\" eller \"\"\"...\"\"\"), og ingenting kan stå etter "
              "de siste.",
    },
    "after_hand_in": {
        "en": "This part is marked after you hand in; your feedback will explain it.",
        "nb": "Denne delen rettes etter at du har levert; tilbakemeldingen forklarer den.",
    },
    # --- points ----------------------------------------------------------------------
    "points": {
        "en": "{got:g} of {max:g} points",
        "nb": "{got:g} av {max:g} poeng",
    },
    "passed": {
        "en": "✓ {text}",
        "nb": "✓ {text}",
    },
    # --- assignment 1: labels --------------------------------------------------------
    "label_right": {
        "en": "✓ Post {post}: {choice}. {why}",
        "nb": "✓ Innlegg {post}: {choice}. {why}",
    },
    "label_wrong": {
        "en": "✗ Post {post}: you wrote {given}, but it is {choice}. {why}",
        "nb": "✗ Innlegg {post}: du skrev {given}, men det er {choice}. {why}",
    },
    "label_empty": {
        "en": "✗ Post {post}: no label yet. It is {choice}. {why}",
        "nb": "✗ Innlegg {post}: ikke merket ennå. Det er {choice}. {why}",
    },
    "label_invalid": {
        "en": "Post {post}: \"{given}\" is not one of the choices. Write dialogue or "
              "broadcast between the quotes.",
        "nb": "Innlegg {post}: «{given}» er ikke et av valgene. Skriv dialog eller "
              "kringkasting mellom anførselstegnene.",
    },
    "label_unanswered": {
        "en": "Post {post}: no label yet. Write dialogue or broadcast between the quotes.",
        "nb": "Innlegg {post}: ikke merket ennå. Skriv dialog eller kringkasting mellom "
              "anførselstegnene.",
    },
    "label_read_as": {
        "en": "(I read \"{given}\" as {choice}.)",
        "nb": "(Jeg leste «{given}» som {choice}.)",
    },
    "labels_all_valid_graded": {"en": "✓ Posts {posts}: every one has a label.",
                                "nb": "✓ Innlegg {posts}: alle er merket."},
    "labels_all_valid": {
        "en": "✓ Posts {posts}: every one has a label. They are marked after you hand in; "
              "your feedback will explain each one.",
        "nb": "✓ Innlegg {posts}: alle er merket. De rettes etter at du har levert; "
              "tilbakemeldingen forklarer hvert enkelt.",
    },
    "labels_summary": {
        "en": "{right} of {total} labels right: {points}.",
        "nb": "{right} av {total} riktige: {points}.",
    },
    "choice_dialogue": {"en": "dialogue", "nb": "dialog"},
    "choice_broadcast": {"en": "broadcast", "nb": "kringkasting"},
    # --- assignment 2: rewrite -------------------------------------------------------
    "what_rewrite": {
        "en": "your rewritten post",
        "nb": "det omskrevne innlegget ditt",
    },
    "what_reply": {
        "en": "your reply",
        "nb": "svaret ditt",
    },
    "what_summary": {
        "en": "two or three sentences about what the data shows",
        "nb": "to eller tre setninger om hva dataene viser",
    },
    "dialogue_pass": {
        "en": "✓ The coach reads your rewrite as dialogue (score {score}/100; dialogue "
              "starts at 50).",
        "nb": "✓ Coachen leser omskrivingen din som dialog (poengsum {score}/100; dialog "
              "begynner på 50).",
    },
    "dialogue_fail": {
        "en": "The coach still reads your rewrite as a broadcast (score {score}/100; "
              "dialogue starts at 50).",
        "nb": "Coachen leser fortsatt omskrivingen din som kringkasting (poengsum "
              "{score}/100; dialog begynner på 50).",
    },
    "what_it_noticed": {
        "en": "What it noticed:",
        "nb": "Dette la den merke til:",
    },
    "try_this": {
        "en": "Try this:",
        "nb": "Prøv dette:",
    },
    "tacked_on": {
        "en": "Your rewrite is the original sales post with a question added "
              "(\"{question}\"). A question tacked onto a pitch does not start a "
              "conversation: build the post around something readers can answer from their "
              "own life, and keep the offer as one short line.",
        "nb": "Omskrivingen din er det opprinnelige salgsinnlegget med et spørsmål lagt til "
              "(«{question}»). Et spørsmål hengt på et salgsinnlegg starter ingen samtale: "
              "bygg innlegget rundt noe leserne kan svare på fra sitt eget liv, og la "
              "tilbudet være én kort linje.",
    },
    "generic_question": {
        "en": "Your only question is a generic one (\"{question}\") and the rest of the post "
              "still reads as a broadcast once it is taken away (score {score}/100). Ask "
              "something only your readers can answer, about their own life.",
        "nb": "Det eneste spørsmålet ditt er et generelt et («{question}»), og resten av "
              "innlegget er fortsatt kringkasting når det tas bort (poengsum {score}/100). "
              "Spør om noe bare leserne kan svare på, fra sitt eget liv.",
    },
    "no_question_left": {
        "en": "Once its questions and invitations are taken away, the rest of your post is "
              "a broadcast, and the questions themselves are generic (\"{question}\").",
        "nb": "Tar man bort spørsmålene og invitasjonene, er resten av innlegget "
              "kringkasting, og spørsmålene er generelle («{question}»).",
    },
    "copied_example": {
        "en": "Your text follows the example in this notebook too closely ({pct} % alike, "
              "word for word). Write your own: the example is about something else.",
        "nb": "Teksten din ligger for tett opp til eksempelet i denne notatboken ({pct} % lik, "
              "ord for ord). Skriv din egen: eksempelet handler om noe annet.",
    },
    "own_words_pass": {
        "en": "✓ Your rewrite is your own, and its conversation is more than a question "
              "tacked onto the pitch.",
        "nb": "✓ Omskrivingen er din egen, og samtalen er mer enn et spørsmål hengt på "
              "salgsbudskapet.",
    },
    "message_found": {
        "en": "✓ Keeps the {element}: \"{found}\".",
        "nb": "✓ Beholder {element}: «{found}».",
    },
    "message_missing": {
        "en": "✗ The {element} is missing: mention {hint}.",
        "nb": "✗ Her mangler {element}: nevn {hint}.",
    },
    "message_summary": {
        "en": "{found} of {total} parts of the message kept: {points}.",
        "nb": "{found} av {total} deler av budskapet er med: {points}.",
    },
    "element_product": {"en": "product", "nb": "produktet"},
    "element_offer": {"en": "offer", "nb": "tilbudet"},
    "element_date": {"en": "date", "nb": "datoen"},
    "element_place": {"en": "place", "nb": "stedet"},
    # --- assignment 3: replies -------------------------------------------------------
    "to_complaint": {"en": "the complaint", "nb": "klagen"},
    "to_question": {"en": "the question", "nb": "spørsmålet"},
    "to_praise": {"en": "the praise", "nb": "rosen"},
    "to_troll": {"en": "the troll", "nb": "trollet"},
    "reply_good": {
        "en": "✓ The coach reads your reply to {to} as a good reply (score {score}/100; "
              "good starts at 50).",
        "nb": "✓ Coachen leser svaret ditt på {to} som et godt svar (poengsum {score}/100; "
              "godt begynner på 50).",
    },
    "reply_poor": {
        "en": "The coach reads your reply to {to} as a poor reply (score {score}/100; good "
              "starts at 50).",
        "nb": "Coachen leser svaret ditt på {to} som et svakt svar (poengsum {score}/100; "
              "godt begynner på 50).",
    },
    "reply_same_as_other": {
        "en": "Your reply to {to} is nearly the same as your reply to {other} ({pct} % "
              "alike). A copy-paste reply tells people nobody read what they wrote: answer "
              "each person on their own terms.",
        "nb": "Svaret ditt på {to} er nesten likt svaret ditt på {other} ({pct} % likt). Et "
              "kopiert svar forteller folk at ingen leste det de skrev: svar hver person "
              "på det de faktisk sa.",
    },
    "reply_no_answer": {
        "en": "Your reply to the question is friendly but does not give the answer. The "
              "notebook tells you the facts: {hint}.",
        "nb": "Svaret ditt på spørsmålet er vennlig, men gir ikke svaret. Notatboken gir "
              "deg fakta: {hint}.",
    },
    "reply_pitch": {
        "en": "Your reply to {to} turns into a sales pitch (\"{found}\"). Thank or help "
              "the person; do not sell to them in the same breath.",
        "nb": "Svaret ditt på {to} blir til et salgsinnlegg («{found}»). Takk eller hjelp "
              "personen; ikke selg til dem i samme åndedrag.",
    },
    "reply_disrespect": {
        "en": "Your reply to {to} sounds {how} (\"{found}\"). Stay calm and kind, even with "
              "a troll: everyone else is reading.",
        "nb": "Svaret ditt på {to} virker {how} («{found}»). Vær rolig og vennlig, også mot "
              "et troll: alle andre leser med.",
    },
    "answer_language": {
        "en": "Your answer looks like {found}, but this notebook is in English: write it "
              "in English, so the coach can read it. (The coach reads {supported}.)",
        "nb": "Svaret ditt ser ut til å være skrevet på {found}, men denne notatboken er "
              "på norsk bokmål: skriv det på bokmål, så coachen kan lese det. (Coachen "
              "leser {supported}.)",
    },
    "answer_other_edition": {
        "en": "Your answer looks like {found}, but this notebook is the English one: write "
              "your answer in English. (The bokmål notebooks are in the nb- folders.)",
        "nb": "Svaret ditt ser ut til å være skrevet på {found}, men dette er den norske "
              "notatboken: skriv svaret på bokmål. (De engelske notatbøkene ligger i "
              "mappene som begynner med en-.)",
    },
    "how_hostile": {"en": "hostile", "nb": "fiendtlig"},
    "how_defensive": {"en": "defensive", "nb": "defensivt"},
    "reply_needless_dm": {
        "en": "Your reply to {to} moves a simple public answer into private messages "
              "(\"{found}\"). Answer in the thread, so everyone with the same question sees "
              "it.",
        "nb": "Svaret ditt på {to} flytter et enkelt, offentlig svar over i private "
              "meldinger («{found}»). Svar i tråden, så alle med samme spørsmål ser det.",
    },
    "reply_template": {
        "en": "Your reply to {to} reads like a template (\"{found}\"). Write as a person "
              "to this person.",
        "nb": "Svaret ditt på {to} høres ut som en mal («{found}»). Skriv som et menneske "
              "til dette mennesket.",
    },
    "reply_fits_pass": {
        "en": "✓ Your reply to {to} is your own and does what this kind of comment needs.",
        "nb": "✓ Svaret ditt på {to} er ditt eget og gjør det denne typen kommentar "
              "trenger.",
    },
    # --- assignment 4: listening -----------------------------------------------------
    "what_ids": {
        "en": "the IDs of the comments, each between quotes, like [\"C01\", \"C02\"]",
        "nb": "ID-ene til kommentarene, hver mellom anførselstegn, som [\"C01\", \"C02\"]",
    },
    "ids_not_a_list": {
        "en": "Write the IDs as a list between square brackets, each in quotes: "
              "[\"C01\", \"C02\"]. I found {found}.",
        "nb": "Skriv ID-ene som en liste mellom hakeparenteser, hver i anførselstegn: "
              "[\"C01\", \"C02\"]. Jeg fant {found}.",
    },
    "ids_unknown": {
        "en": "There is no comment {ids} in the data. Use the IDs in the first column of "
              "the table, such as C07.",
        "nb": "Det finnes ingen kommentar {ids} i dataene. Bruk ID-ene i første kolonne i "
              "tabellen, som C07.",
    },
    "ids_brand": {
        "en": "{ids}: these are the page's own replies, not followers' comments.",
        "nb": "{ids}: dette er sidens egne svar, ikke kommentarer fra følgerne.",
    },
    "ids_answered": {
        "en": "{ids}: the page has already replied to these. Look for comments with no "
              "reply from the page underneath.",
        "nb": "{ids}: siden har allerede svart på disse. Se etter kommentarer uten svar fra "
              "siden under seg.",
    },
    "ids_in_both": {
        "en": "{ids}: in both lists. Put each comment in the list that fits it best.",
        "nb": "{ids}: står i begge listene. Sett hver kommentar i den listen som passer "
              "best.",
    },
    "ids_ok": {
        "en": "✓ Your lists hold {nq} question(s) and {nc} complaint(s), all of them "
              "followers' comments with no reply from the page yet.",
        "nb": "✓ Listene dine har {nq} spørsmål og {nc} klage(r), alle kommentarer fra "
              "følgere som siden ikke har svart på ennå.",
    },
    "what_questions": {"en": "questions", "nb": "spørsmål"},
    "what_complaints": {"en": "complaints", "nb": "klager"},
    "found_summary": {
        "en": "You found {hits} of the {total} unanswered {what}: {points}.",
        "nb": "Du fant {hits} av de {total} ubesvarte {what}: {points}.",
    },
    "found_missed": {
        "en": "Missed: {ids}. {hint}",
        "nb": "Oversett: {ids}. {hint}",
    },
    "found_wrong": {
        "en": "Not unanswered {what}: {ids} (each wrong entry costs as much as a find).",
        "nb": "Ikke ubesvarte {what}: {ids} (hver feil koster like mye som et funn).",
    },
    # --- assignment 5: audit ---------------------------------------------------------
    "choice_invalid": {
        "en": "\"{given}\" is not one of the choices: write {choices} between the quotes.",
        "nb": "«{given}» er ikke et av valgene: skriv {choices} mellom anførselstegnene.",
    },
    "choice_ok_graded": {"en": "✓ You chose {choice}.", "nb": "✓ Du valgte {choice}."},
    "choice_ok": {
        "en": "✓ You chose {choice}. It is marked after you hand in.",
        "nb": "✓ Du valgte {choice}. Det rettes etter at du har levert.",
    },
    "what_choice": {
        "en": "the letter of your choice",
        "nb": "bokstaven for valget ditt",
    },
    "what_post_id": {
        "en": "the ID of a post, such as P07",
        "nb": "ID-en til et innlegg, som P07",
    },
    "post_unknown": {
        "en": "There is no post {given} in the data. Use an ID from the first column, such "
              "as P07.",
        "nb": "Det finnes ikke noe innlegg {given} i dataene. Bruk en ID fra første kolonne, "
              "som P07.",
    },
    "post_ok_graded": {"en": "✓ {given} is a post in the data.",
                       "nb": "✓ {given} er et innlegg i dataene."},
    "post_ok": {
        "en": "✓ {given} is a post in the data. It is marked after you hand in.",
        "nb": "✓ {given} er et innlegg i dataene. Det rettes etter at du har levert.",
    },
    "pattern_right": {
        "en": "✓ Right: {choice}. In this history dialogue posts drew {d:.0f} comments on "
              "average and broadcasts {b:.0f} (rank correlation of score and comments: "
              "{r:+.2f}).",
        "nb": "✓ Riktig: {choice}. I denne historikken fikk dialoginnlegg {d:.0f} "
              "kommentarer i snitt og kringkasting {b:.0f} (rangkorrelasjon mellom poengsum og "
              "kommentarer: {r:+.2f}).",
    },
    "pattern_wrong": {
        "en": "You chose {given}, but the data says {choice}: dialogue posts drew {d:.0f} "
              "comments on average and broadcasts {b:.0f} (rank correlation of score and "
              "comments: {r:+.2f}). Look at the plot: where do the dots with high scores "
              "sit?",
        "nb": "Du valgte {given}, men dataene sier {choice}: dialoginnlegg fikk {d:.0f} "
              "kommentarer i snitt og kringkasting {b:.0f} (rangkorrelasjon mellom poengsum og "
              "kommentarer: {r:+.2f}). Se på plottet: hvor ligger punktene med høy "
              "poengsum?",
    },
    "surprise_right": {
        "en": "✓ Right: {post} scores {score}/100 but drew {comments} comments. {why}",
        "nb": "✓ Riktig: {post} får {score}/100, men fikk {comments} kommentarer. {why}",
    },
    "surprise_wrong": {
        "en": "You chose {given} ({given_score}/100, {given_comments} comments). The post "
              "that drew many comments with a low dialogue score is {post} ({score}/100, "
              "{comments} comments). {why}",
        "nb": "Du valgte {given} ({given_score}/100, {given_comments} kommentarer). "
              "Innlegget med mange kommentarer og lav dialogpoengsum er {post} ({score}/100, "
              "{comments} kommentarer). {why}",
    },
    "summary_measures": {
        "en": "Say what the plot compares: mention both the dialogue score and the "
              "comments. Missing: {missing}.",
        "nb": "Si hva plottet sammenligner: nevn både dialogpoengsummen og kommentarene. "
              "Mangler: {missing}.",
    },
    "measure_score": {"en": "the dialogue score", "nb": "dialogpoengsummen"},
    "measure_comments": {"en": "the comments", "nb": "kommentarene"},
    "summary_ok_graded": {"en": "✓ Your summary names what the plot compares.",
                          "nb": "✓ Oppsummeringen din sier hva plottet sammenligner."},
    "summary_ok": {
        "en": "✓ Your summary names what the plot compares. Whether it matches the data "
              "is marked after you hand in.",
        "nb": "✓ Oppsummeringen din sier hva plottet sammenligner. Om den stemmer med "
              "dataene, rettes etter at du har levert.",
    },
    "summary_direction": {
        "en": "Your summary does not say which way the data points: do posts with higher "
              "dialogue scores get more comments, fewer, or about the same? Here they get "
              "{direction}.",
        "nb": "Oppsummeringen din sier ikke hvilken vei dataene peker: får innlegg med "
              "høyere dialogpoengsum flere kommentarer, færre eller omtrent like mange? Her "
              "får de {direction}.",
    },
    "summary_wrong_direction": {
        "en": "Your summary says posts with higher dialogue scores get {said} comments, but "
              "in this history they get {direction}.",
        "nb": "Oppsummeringen din sier at innlegg med høyere dialogpoengsum får {said} "
              "kommentarer, men i denne historikken får de {direction}.",
    },
    "summary_copied": {
        "en": "Your summary copies the wording of choice {choice} ({pct} % alike). Say it "
              "in your own words, with something you saw in the plot or the table.",
        "nb": "Oppsummeringen din kopierer ordlyden i valg {choice} ({pct} % lik). Si det "
              "med dine egne ord, med noe du så i plottet eller tabellen.",
    },
    "summary_fits": {
        "en": "✓ Your summary matches the data and is in your own words.",
        "nb": "✓ Oppsummeringen stemmer med dataene og er med dine egne ord.",
    },
    "direction_more": {"en": "more", "nb": "flere"},
    "direction_fewer": {"en": "fewer", "nb": "færre"},
    "direction_same": {"en": "about the same", "nb": "omtrent like mange"},
    # --- the kernel and the grader ---------------------------------------------------
    "kernel_failed": {
        "en": "[grader] This cell was not run: the notebook's Python could not start or "
              "stopped. Your answers were still read and checked.",
        "nb": "[retter] Denne cellen ble ikke kjørt: Python i notatboken startet ikke eller "
              "stoppet. Svarene dine ble likevel lest og sjekket.",
    },
    "kernel_died": {
        "en": "[grader] Python stopped while running this cell, so the cells after it were "
              "not run. Your answers were still read and checked.",
        "nb": "[retter] Python stoppet mens denne cellen kjørte, så cellene etter den ble "
              "ikke kjørt. Svarene dine ble likevel lest og sjekket.",
    },
    "cell_timeout": {
        "en": "[grader] This cell was still running after {seconds} seconds and was "
              "stopped, so the cells after it were not run. Your answers were still read "
              "and checked.",
        "nb": "[retter] Denne cellen kjørte fortsatt etter {seconds} sekunder og ble "
              "stoppet, så cellene etter den ble ikke kjørt. Svarene dine ble likevel lest "
              "og sjekket.",
    },
    "not_run_timeout": {
        "en": "[grader] Not run: an earlier cell did not finish in time.",
        "nb": "[retter] Ikke kjørt: en tidligere celle ble ikke ferdig i tide.",
    },
    "not_run_kernel_died": {
        "en": "[grader] Not run: Python stopped in an earlier cell.",
        "nb": "[retter] Ikke kjørt: Python stoppet i en tidligere celle.",
    },
    "not_run_notebook_budget": {
        "en": "[grader] Not run: the notebook used up its time.",
        "nb": "[retter] Ikke kjørt: notatboken brukte opp tiden sin.",
    },
    "output_truncated": {
        "en": "[grader] Output cut here: only the first {chars} characters of a cell's "
              "output are kept.",
        "nb": "[retter] Utskriften er kuttet her: bare de første {chars} tegnene fra en "
              "celle tas vare på.",
    },
    "grader_error": {
        "en": "[grader] This check could not run because of a fault in the grader, not in "
              "your answer. Your instructor will see it and mark this part by hand.",
        "nb": "[retter] Denne sjekken kunne ikke kjøres på grunn av en feil i retteren, ikke "
              "i svaret ditt. Læreren din ser det og retter denne delen for hånd.",
    },
    # --- intake: reading what was handed in ------------------------------------------
    "intake_title": {
        "en": "**Note from the grader about the file you handed in**",
        "nb": "**Merknad fra retteren om filen du leverte**",
    },
    "intake_renamed": {
        "en": "Your notebook was called `{found}`; I graded it as `{expected}`.",
        "nb": "Notatboken din het `{found}`; jeg rettet den som `{expected}`.",
    },
    "intake_reencoded": {
        "en": "The file was not saved as UTF-8 text; I read it as {encoding}. Check that "
              "letters such as æ, ø and å look right below.",
        "nb": "Filen var ikke lagret som UTF-8-tekst; jeg leste den som {encoding}. Sjekk "
              "at bokstaver som æ, ø og å ser riktige ut nedenfor.",
    },
    "intake_salvaged": {
        "en": "The file was damaged (cut off or broken); I recovered {kept} cell(s) and "
              "graded what was there. Missing cells count as unanswered.",
        "nb": "Filen var skadet (kuttet eller ødelagt); jeg reddet {kept} celle(r) og rettet "
              "det som var der. Celler som mangler, regnes som ubesvart.",
    },
    "intake_unreadable": {
        "en": "The file could not be read at all ({error}), so every answer counts as "
              "unanswered. Hand in the notebook again from Jupyter (File, Save, then "
              "submit).",
        "nb": "Filen kunne ikke leses i det hele tatt ({error}), så alle svar regnes som "
              "ubesvart. Lever notatboken på nytt fra Jupyter (Fil, Lagre, så lever).",
    },
    "intake_missing": {
        "en": "No notebook called `{expected}` was handed in, so every answer counts as "
              "unanswered.",
        "nb": "Ingen notatbok med navnet `{expected}` ble levert, så alle svar regnes som "
              "ubesvart.",
    },
}


def get(key: str, lang: str, **fields: object) -> str:
    """The message *key* in *lang* (falling back to English), with *fields* filled in."""
    entry = MESSAGES[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**fields) if fields else text
