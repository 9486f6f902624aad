"""Write the invented data sets for graded assignments 4 (listen) and 5 (audit).

Everything here is invented: the page ("Coast Kitchen" / "Kystkjøkkenet", a seafood
restaurant chain that does not exist), the people, the comments and the numbers. See
notes_assignment_data.md. Run from anywhere:

    python data/make_assignment_data.py

It rewrites data/comments_{en,nb}.csv and data/post_history_{en,nb}.csv; the output is
deterministic. ``solutions/build_masters.py`` imports this module for the answer keys
(which comments are unanswered questions and complaints) and copies the CSV files into
the assignments' folders.

Comment kinds (never written to the CSV; learners work them out): ``question``,
``complaint``, ``praise``, ``other`` (jokes, rhetorical questions, followers answering
followers) and ``page`` (the page's own comments).
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (id, post, reply_to, author, kind, time, English text, Norwegian author, Norwegian text)
COMMENTS = [
    ("C01", "P1", "", "Hilde", "question", "2025-03-03 09:12",
     "Is the fish soup lactose-free?",
     "Hilde", "Er fiskesuppa laktosefri?"),
    ("C02", "P1", "C01", "Coast Kitchen", "page", "2025-03-03 10:02",
     "Hi Hilde! Not yet, it has cream in it, but we are testing a lactose-free version "
     "this month. We'll post here when it's ready. ^Mari",
     "Kystkjøkkenet", "Hei Hilde! Ikke ennå, den har fløte i seg, men vi tester en "
                      "laktosefri variant denne måneden. Vi skriver her når den er klar. ^Mari"),
    ("C03", "P1", "", "Tor", "praise", "2025-03-03 11:40",
     "Finally!! Best soup in town.",
     "Tor", "Endelig!! Byens beste suppe."),
    ("C04", "P1", "", "Anna", "question", "2025-03-03 12:05",
     "Do you still do the small portion for kids?",
     "Anna", "Har dere fortsatt den lille porsjonen for barn?"),
    ("C05", "P1", "", "Rune", "complaint", "2025-03-03 13:30",
     "Went yesterday: the soup was lukewarm and the bread was stale.",
     "Rune", "Var der i går: suppa var lunken og brødet var tørt."),
    ("C06", "P1", "", "Maja", "question", "2025-03-03 15:47",
     "Would love to know if you take table bookings for groups of 10",
     "Maja", "Lurer på om dere tar imot bordbestilling for grupper på 10"),
    ("C07", "P1", "C04", "Erik", "other", "2025-03-03 16:20",
     "@Anna they did last month at least",
     "Erik", "@Anna det hadde de i hvert fall forrige måned"),
    ("C08", "P2", "", "Kari", "complaint", "2025-03-10 08:55",
     "Closing on Mondays is a terrible decision. That was my only day off.",
     "Kari", "Å stenge på mandager er en elendig beslutning. Det var min eneste fridag."),
    ("C09", "P2", "", "Geir", "complaint", "2025-03-10 09:30",
     "The new hours are useless for shift workers.",
     "Geir", "De nye åpningstidene er ubrukelige for oss som jobber skift."),
    ("C10", "P2", "C09", "Coast Kitchen", "page", "2025-03-10 11:15",
     "Geir, thank you for telling us, and sorry. We're collecting feedback on the new "
     "hours until Friday and will post what we change. ^Jonas",
     "Kystkjøkkenet", "Geir, takk for at du sier ifra, og beklager. Vi samler "
                      "tilbakemeldinger på de nye tidene fram til fredag og skriver her "
                      "hva vi endrer. ^Jonas"),
    ("C11", "P2", "", "Liv", "question", "2025-03-10 12:40",
     "What time do you open on Saturdays now?",
     "Liv", "Når åpner dere på lørdager nå?"),
    ("C12", "P2", "", "Ola", "other", "2025-03-10 14:02",
     "Haha, my wallet is happy you're closed on Mondays 😄",
     "Ola", "Haha, lommeboka mi er glad for at dere har stengt på mandager 😄"),
    ("C13", "P3", "", "Siri", "praise", "2025-03-17 10:10",
     "The summer menu looks amazing!",
     "Siri", "Sommermenyen ser fantastisk ut!"),
    ("C14", "P3", "", "Nina", "question", "2025-03-17 10:45",
     "Is there anything on the summer menu without fish?",
     "Nina", "Er det noe på sommermenyen uten fisk?"),
    ("C15", "P3", "C14", "Coast Kitchen", "page", "2025-03-17 11:30",
     "Hi Nina! Yes: a potato and leek soup and a summer salad with halloumi. ^Ane",
     "Kystkjøkkenet", "Hei Nina! Ja: en potet- og purreløksuppe og en sommersalat med "
                      "halloumi. ^Ane"),
    ("C16", "P3", "", "Pål", "complaint", "2025-03-17 13:05",
     "Ordered the shrimp salad on Friday and there were hardly any shrimp in it. "
     "Disappointed.",
     "Pål", "Bestilte rekesalaten på fredag, og det var nesten ingen reker i den. "
            "Skuffet."),
    ("C17", "P3", "", "Ingrid", "other", "2025-03-17 14:22",
     "Who doesn't love summer food?! 😍",
     "Ingrid", "Hvem elsker vel ikke sommermat?! 😍"),
    ("C18", "P3", "", "Jon", "question", "2025-03-17 16:48",
     "Do you use Norwegian or imported shrimp?",
     "Jon", "Bruker dere norske eller importerte reker?"),
    ("C19", "P3", "", "Coast Kitchen", "page", "2025-03-17 18:00",
     "Thanks, everyone, for all the lovely comments! 💙",
     "Kystkjøkkenet", "Takk til alle for de fine kommentarene! 💙"),
    ("C20", "P4", "", "Tone", "praise", "2025-03-24 09:20",
     "Great team! Say hi to Mari from me.",
     "Tone", "For en gjeng! Hils Mari fra meg."),
    ("C21", "P4", "", "Arne", "complaint", "2025-03-24 10:35",
     "My booking for Friday disappeared from your system and nobody called me back.",
     "Arne", "Bestillingen min til fredag forsvant fra systemet deres, og ingen ringte "
             "meg tilbake."),
    ("C22", "P4", "", "Vera", "question", "2025-03-24 11:50",
     "How do I apply for a summer job in the kitchen?",
     "Vera", "Hvordan søker jeg sommerjobb på kjøkkenet?"),
    ("C23", "P4", "C22", "Coast Kitchen", "page", "2025-03-24 13:05",
     "Hi Vera! Send a few lines about yourself to jobs@coastkitchen.example by 1 April. "
     "Jonas reads every one. ^Ane",
     "Kystkjøkkenet", "Hei Vera! Send noen linjer om deg selv til jobb@kystkjokkenet.example "
                      "innen 1. april. Jonas leser alle. ^Ane"),
    ("C24", "P4", "", "Kim", "complaint", "2025-03-24 15:30",
     "The staff at Bryggen were rude to my elderly father last week.",
     "Kim", "De ansatte på Bryggen var uhøflige mot min eldre far forrige uke."),
    ("C25", "P4", "C24", "Coast Kitchen", "page", "2025-03-24 16:10",
     "Kim, we're so sorry to hear this. That is not how we want anyone treated. Could "
     "you tell us which day it was? I'll talk to the team myself. ^Jonas, manager at "
     "Bryggen",
     "Kystkjøkkenet", "Kim, så leit å høre. Slik vil vi ikke at noen skal bli behandlet. "
                      "Kan du si hvilken dag det var? Jeg tar det opp med gjengen selv. "
                      "^Jonas, daglig leder på Bryggen"),
]

# (id, date, English text, Norwegian text, likes, comments, shares)
POST_HISTORY = [
    ("P01", "2025-01-08",
     "What's the first fish dish you learned to cook? Mine was fish fingers, burnt on one "
     "side. Tell us yours! ^Mari",
     "Hva var den første fiskeretten du lærte å lage? Min var fiskepinner, svidd på den ene "
     "siden. Fortell oss om din! ^Mari", 210, 48, 6),
    ("P02", "2025-01-15",
     "NEW! Crispy cod burger now on the menu at all Coast Kitchen restaurants. Order today!",
     "NYHET! Sprø torskeburger nå på menyen på alle Kystkjøkkenets restauranter. Bestill i "
     "dag!", 95, 6, 2),
    ("P03", "2025-01-22",
     "You told us the Sunday soup ran out too early, so from this week we make twice as "
     "much. Thank you for saying so, and keep telling us what to fix.",
     "Dere sa at søndagssuppa tok slutt for tidlig, så fra denne uka lager vi dobbelt så "
     "mye. Takk for at dere sa ifra, og fortsett å si hva vi bør fikse.", 180, 37, 4),
    ("P04", "2025-01-29",
     "Coast Kitchen is proud to be voted Norway's best fish restaurant 2024.",
     "Kystkjøkkenet er stolte over å være kåret til Norges beste fiskerestaurant 2024.",
     150, 9, 5),
    ("P05", "2025-02-05",
     "We're planning the summer menu and can't agree: which dish reminds you most of "
     "summer by the sea, and why?",
     "Vi planlegger sommermenyen og blir ikke enige: hvilken rett minner deg mest om "
     "sommer ved sjøen, og hvorfor?", 230, 55, 8),
    ("P06", "2025-02-12",
     "Opening hours over Easter: Thursday to Monday 12:00–18:00. Welcome!",
     "Åpningstider i påsken: torsdag til mandag 12.00–18.00. Velkommen!", 40, 3, 1),
    ("P07", "2025-02-19",
     "Congratulations, Aisha! She caught her first halibut last weekend and sent us this "
     "photo. How would you cook a fish that big?",
     "Gratulerer, Aisha! Hun fikk sin første kveite i helga og sendte oss dette bildet. "
     "Hvordan ville du laget en så stor fisk?", 260, 41, 3),
    ("P08", "2025-02-26",
     "20% OFF all fish soups this weekend only!!! Book now at coastkitchen.example",
     "20 % RABATT på alle fiskesupper kun denne helgen!!! Bestill nå på "
     "kystkjokkenet.example", 70, 5, 3),
    ("P09", "2025-03-05",
     "We got the new Bergen opening hours wrong. What would work better for families with "
     "small children: earlier mornings or later evenings? We haven't decided yet.",
     "Vi bommet på de nye åpningstidene i Bergen. Hva passer best for familier med små "
     "barn: tidligere morgener eller senere kvelder? Vi har ikke bestemt oss ennå.",
     190, 63, 5),
    ("P10", "2025-03-12",
     "Tired of boring dinners? Our fish taco kit fixes it. Grab yours in store today!",
     "Lei av kjedelige middager? Fisketaco-settet vårt fikser det. Hent ditt i butikken i "
     "dag!", 60, 4, 1),
    ("P11", "2025-03-19",
     "Who taught you to fillet a fish? Our chef Jonas learned from his grandfather on a "
     "boat in Lofoten. Share your stories below.",
     "Hvem lærte deg å filetere fisk? Kokken vår Jonas lærte det av bestefaren sin på en "
     "båt i Lofoten. Del historiene deres nedenfor.", 240, 44, 7),
    ("P12", "2025-03-26",
     "GIVEAWAY! Comment with a 🐟 and tag a friend to win dinner for two. Winner drawn "
     "Friday!",
     "KONKURRANSE! Kommenter med en 🐟 og tagg en venn for å vinne middag for to. Vinneren "
     "trekkes fredag!", 320, 164, 40),
    ("P13", "2025-04-02",
     "Thank you to everyone who came to the tasting on Saturday! You asked for less salt "
     "in the soup and more bread, and from Monday that's what you'll get.",
     "Takk til alle som kom på smakingen på lørdag! Dere ba om mindre salt i suppa og mer "
     "brød, og fra mandag får dere det.", 170, 29, 3),
    ("P14", "2025-04-09",
     "Our new summer menu is here. See the full menu at coastkitchen.example",
     "Den nye sommermenyen vår er her. Se hele menyen på kystkjokkenet.example",
     80, 7, 2),
    ("P15", "2025-04-16",
     "Honest question: what stops you from cooking fish at home on weekdays? We want our "
     "recipe cards to be actually useful.",
     "Ærlig spørsmål: hva hindrer deg i å lage fisk hjemme på hverdager? Vi vil at "
     "oppskriftskortene våre skal være til nytte.", 200, 58, 4),
    ("P16", "2025-04-23",
     "Fresh from Lofoten: our cod is delivered three times a week. Quality you can taste.",
     "Fersk fra Lofoten: torsken vår leveres tre ganger i uka. Kvalitet du kan smake.",
     110, 8, 2),
    ("P17", "2025-04-30",
     "What is your favourite way to eat leftover fish? The best tip gets tried by the "
     "kitchen team next week. ^Ane",
     "Hva er din favorittmåte å spise rester av fisk på? Det beste tipset blir testet av "
     "kjøkkenet neste uke. ^Ane", 190, 46, 5),
    ("P18", "2025-05-07",
     "Last chance! The shrimp festival ends Sunday. Book your table now.",
     "Siste sjanse! Rekefestivalen slutter søndag. Bestill bord nå.", 55, 5, 1),
    ("P19", "2025-05-14",
     "Tell us about the best meal you've had by the sea. Where were you, and who were you "
     "with?",
     "Fortell oss om det beste måltidet du har spist ved sjøen. Hvor var du, og hvem var du "
     "sammen med?", 220, 39, 6),
    ("P20", "2025-05-21",
     "We listen to our customers. Questions? See our FAQ.",
     "Vi lytter til kundene våre. Spørsmål? Se våre ofte stilte spørsmål.", 30, 2, 0),
]

COMMENT_FIELDS = ["comment_id", "post_id", "reply_to", "author", "from_page", "time", "text"]
HISTORY_FIELDS = ["post_id", "date", "text", "likes", "comments", "shares"]


def comments(lang: str) -> list[dict[str, str]]:
    """The comments data set as rows (without the hidden kind)."""
    out = []
    for cid, post, reply_to, author, kind, time, en, nb_author, nb in COMMENTS:
        out.append({
            "comment_id": cid, "post_id": post, "reply_to": reply_to,
            "author": author if lang == "en" else nb_author,
            "from_page": ("yes" if lang == "en" else "ja") if kind == "page" else
                         ("no" if lang == "en" else "nei"),
            "time": time, "text": en if lang == "en" else nb,
        })
    return out


def unanswered(kind: str) -> list[str]:
    """The answer key of assignment 4: followers' comments of *kind* the page never answered."""
    answered = {row[2] for row in COMMENTS if row[4] == "page" and row[2]}
    return [row[0] for row in COMMENTS if row[4] == kind and row[0] not in answered]


def post_history(lang: str) -> list[dict[str, str]]:
    return [
        {"post_id": pid, "date": date, "text": en if lang == "en" else nb,
         "likes": str(likes), "comments": str(n_comments), "shares": str(shares)}
        for pid, date, en, nb, likes, n_comments, shares in POST_HISTORY
    ]


def write_csv(path: Path, fields: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    for lang in ("en", "nb"):
        write_csv(HERE / f"comments_{lang}.csv", COMMENT_FIELDS, comments(lang))
        write_csv(HERE / f"post_history_{lang}.csv", HISTORY_FIELDS, post_history(lang))
    print("Wrote comments_{en,nb}.csv and post_history_{en,nb}.csv in", HERE)


if __name__ == "__main__":
    main()
