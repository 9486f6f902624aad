"""Write the invented page exports that the audit command, its tests and the book's
chapter on measuring dialogue use: a year of posts from a seafood restaurant chain.

Everything here is invented: the page ("Coast Kitchen" / "Kystkjøkkenet", which does not
exist), the people, the posts and every number. See notes_audit_export.md. Run from
anywhere:

    python data/make_audit_export.py

It rewrites data/audit_export_en.csv and data/audit_export_nb.csv (deterministic: a
fixed seed). The layout is that of a Meta Business Suite post export (Facebook, CSV,
English interface): the same column names in the same order, "Description" holding the
text, "Publish time" written month first, and "Date" saying "Lifetime".

How the numbers are made: each post is written from a template of a known kind
(dialogue, broadcast, a giveaway whose entry is a comment, or a row with no usable text),
never from the engine's verdict, so the audit finds the pattern in the data rather than
putting it there. Reach is drawn first; reactions, comments, shares and clicks follow
from reach with noise, and with different rates per kind: dialogue posts draw more
comments and slightly more reactions, offers more shares and clicks, giveaways a pile of
comments. The share of dialogue posts grows through the year, as if the page were
taking a course.
"""

from __future__ import annotations

import csv
import math
import random
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 2025
PAGE_ID = "104857261930045"
HEADER = [
    "Post ID", "Page ID", "Page name", "Title", "Description", "Duration (sec)",
    "Publish time", "Caption type", "Permalink", "Is crosspost", "Is share", "Post type",
    "Languages", "Custom labels", "Funded content status", "Data comment", "Date", "Views",
    "Reach", "Reactions, Comments and Shares", "Reactions", "Comments", "Shares",
    "Total clicks", "Link clicks", "Other Clicks",
]

SLOTS = {
    "en": {
        "page": "Coast Kitchen",
        "dish": ["fish soup", "fish cakes", "cod burger", "shrimp sandwich", "salmon bowl",
                 "fish tacos", "mussels", "halibut stew"],
        "city": ["Bergen", "Ålesund", "Tromsø", "Stavanger", "Bodø"],
        "name": ["Mari", "Jonas", "Aisha", "Ola", "Sunniva", "Tariq"],
    },
    "nb": {
        "page": "Kystkjøkkenet",
        "dish": ["fiskesuppa", "fiskekakene", "torskeburgeren", "rekesmørbrødet",
                 "laksebollen", "fisketacoen", "blåskjellene", "kveitegryta"],
        "city": ["Bergen", "Ålesund", "Tromsø", "Stavanger", "Bodø"],
        "name": ["Mari", "Jonas", "Aisha", "Ola", "Sunniva", "Tariq"],
    },
}

# (kind, English template, Norwegian template). Kinds: "dialogue", "broadcast",
# "offer" (a broadcast that sells), "giveaway" (comment to win), "unscorable".
TEMPLATES = [
    ("dialogue",
     "What's the first fish dish you learned to cook? {name} started with fish fingers, "
     "burnt on one side. Tell us yours!",
     "Hva var den første fiskeretten du lærte å lage? {name} begynte med fiskepinner, svidd "
     "på den ene siden. Fortell oss om din!"),
    ("dialogue",
     "You told us the {dish} ran out too early on Sundays, so from this week we make twice "
     "as much. Thank you for saying so. What else should we fix?",
     "Dere sa fra om at {dish} ble utsolgt for tidlig på søndager, så fra denne uka lager vi "
     "dobbelt så mye. Takk for at dere sa ifra. Hva mer bør vi fikse?"),
    ("dialogue",
     "Which fish dish did your family make when you were small? {name} in our {city} "
     "kitchen swears by her grandmother's. We'd love to hear yours.",
     "Hvilken fiskerett lagde familien din da du var liten? {name} på kjøkkenet vårt i "
     "{city} sverger til bestemors. Vi vil gjerne høre om deres."),
    ("dialogue",
     "We're planning the autumn menu and can't agree.\n\nShould the {dish} come back, or "
     "is it time for something new? Tell us what you would miss.",
     "Vi planlegger høstmenyen og blir ikke enige.\n\nBør {dish} komme tilbake, eller er det "
     "på tide med noe nytt? Si hva du ville savnet."),
    ("dialogue",
     "Have any of you made fish soup without cream? {name} is testing a lighter one in "
     "{city} this week and would love your tips.",
     "Har noen av dere laget fiskesuppe uten fløte? {name} tester en lettere variant i "
     "{city} denne uka og vil gjerne ha tipsene deres."),
    ("dialogue",
     "Last month many of you asked for smaller portions for children. From Monday every "
     "restaurant has a half-size {dish}. Thanks for telling us! What would make family "
     "dinners easier?",
     "Forrige måned ba mange av dere om mindre porsjoner til barna. Fra mandag har alle "
     "restaurantene en halv porsjon av {dish}. Takk for at dere sa fra! Hva ville gjort "
     "familiemiddagen enklere?"),
    ("dialogue",
     "We got the bill wrong for some guests in {city} on Saturday, and we're sorry. If it "
     "happened to you, reply here or talk to {name} at the counter and we'll put it right. "
     "What should we do so it doesn't happen again?",
     "Vi regnet feil på regningen til noen gjester i {city} på lørdag, og det beklager vi. "
     "Skjedde det deg, så svar her eller snakk med {name} i kassa, så ordner vi det. Hva "
     "bør vi gjøre så det ikke skjer igjen?"),
    ("dialogue",
     "What's your go-to fish for a weeknight dinner? {name} from our {city} kitchen is "
     "collecting your ideas for a recipe card we'll share next month.",
     "Hva er favorittfisken din til en vanlig hverdagsmiddag? {name} fra kjøkkenet vårt i "
     "{city} samler ideene deres til et oppskriftskort vi deler neste måned."),
    ("dialogue",
     "Do you remember your first {dish}? Where were you, and who were you with?",
     "Husker du første gang du smakte {dish}? Hvor var du, og hvem var du sammen med?"),
    ("dialogue",
     "Good morning from {city}! {name} just took the first fish cakes out of the pan. "
     "What are you having for lunch today?",
     "God morgen fra {city}! {name} har akkurat tatt de første fiskekakene ut av pannen. "
     "Hva skal du ha til lunsj i dag?"),
    ("dialogue",
     "Thank you to everyone who came to the tasting in {city} on Saturday! You voted for the "
     "{dish}, so it goes on the menu in May. Which dish should we test next time?",
     "Tusen takk til alle som kom på smakingen i {city} på lørdag! Dere stemte fram {dish}, "
     "så den kommer på menyen i mai. Hvilken rett bør vi teste neste gang?"),
    ("dialogue",
     "Honest question: what stops you from cooking fish at home? Price, smell, bones, not "
     "knowing how? {name} will answer the most common worries in a video.",
     "Ærlig spørsmål: hva hindrer deg i å lage fisk hjemme? Prisen, lukten, beina, at du "
     "ikke vet hvordan? {name} svarer på det flest lurer på i en video."),
    ("broadcast",
     "NEW! A new recipe for our {dish}, now at all {page} restaurants. Order today!",
     "NYHET! Ny oppskrift på {dish}, nå på alle {page}s restauranter. Bestill i dag!"),
    ("broadcast",
     "{page} is proud to be voted {city}'s best fish restaurant {year}.",
     "{page} er stolte av å være kåret til {city}s beste fiskerestaurant {year}."),
    ("broadcast",
     "Tired of boring lunches? Try our {dish}. Book your table now!",
     "Lei av kjedelige lunsjer? Vi har løsningen: {dish}. Bestill bord nå!"),
    ("broadcast",
     "Opening hours in {city} over the holidays: closed 25 and 26 December, open from 12:00 "
     "on 27 December.",
     "Åpningstider i {city} i høytiden: stengt 25. og 26. desember, åpent fra kl. 12 den "
     "27. desember."),
    ("broadcast",
     "We hear you! That's why we have made our {dish} even better. Come and taste today.",
     "Vi hører dere! Derfor er {dish} nå enda bedre. Kom og smak i dag."),
    ("broadcast",
     "We make our {dish} with love and the freshest catch from the coast. Visit us in "
     "{city}.",
     "{dish} lages med kjærlighet og den ferskeste fangsten fra kysten. Besøk oss i {city}."),
    ("broadcast",
     "We won Best seafood chain {year}! Thank you all!",
     "Vi vant Årets sjømatkjede {year}! Takk alle sammen!"),
    ("broadcast",
     "Fish & chips Friday <3 Every Friday in {city}, all day. See the menu at "
     "coastkitchen.example/menu",
     "Fish & chips-fredag <3 Hver fredag i {city}, hele dagen. Se menyen på "
     "kystkjokkenet.example/meny"),
    ("offer",
     "2 for 1 on our {dish} this Friday only! Use code FISH2 at checkout. Link in bio.",
     "2 for 1 på {dish} kun denne fredagen! Bruk koden FISK2 i kassa. Lenke i bio."),
    ("offer",
     "20% OFF all fish soups this weekend only!!! Book now at coastkitchen.example",
     "20 % AV på all fiskesuppe kun denne helgen!!! Bestill nå på kystkjokkenet.example"),
    ("offer",
     "Which is better: our {dish} or our {other}? Comment A or B and get 10% off your "
     "next visit!",
     "Hva er best: {dish} eller {other}? Kommenter A eller B og få 10 % rabatt på "
     "neste besøk!"),
    ("giveaway",
     "GIVEAWAY! Like this post, tag a friend and comment with a 🐟 to win dinner for two in "
     "{city}! Winner announced Friday.",
     "KONKURRANSE! Lik innlegget, tagg en venn og kommenter med en 🐟 for å vinne middag for "
     "to i {city}! Vinneren trekkes fredag."),
]
# Rows with nothing the engine can read, as real exports have them: a video posted with
# no caption, a shared link, a row of emoji.
UNSCORABLE = [("", ""), ("https://coastkitchen.example/summer", "https://kystkjokkenet.example/sommer"),
              ("🐟🐟🐟 🎉", "🐟🐟🐟 🎉")]

# Per-reach rates of each kind (reactions, comments, shares, clicks): invented.
RATES = {
    "dialogue": (0.034, 0.0120, 0.0012, 0.004),
    "broadcast": (0.030, 0.0022, 0.0016, 0.008),
    "offer": (0.026, 0.0025, 0.0030, 0.020),
    "giveaway": (0.060, 0.0800, 0.0150, 0.004),
    "unscorable": (0.020, 0.0010, 0.0010, 0.010),
}


def _draw(rng: random.Random, mean: float, spread: float = 0.45) -> int:
    """A count around ``mean`` with log-normal noise (engagement is skewed)."""
    return max(0, round(mean * math.exp(rng.gauss(0, spread) - spread ** 2 / 2)))


def posts(lang: str) -> list[list[str]]:
    rng = random.Random(SEED)
    slots = SLOTS[lang]
    by_kind: dict[str, list[tuple[str, str, str]]] = {}
    for t in TEMPLATES:
        by_kind.setdefault(t[0], []).append(t)
    rows = []
    when = datetime(2025, 1, 3, 9, 0)
    end = datetime(2025, 12, 31)
    n = 0
    while when < end:
        progress = (when - datetime(2025, 1, 1)).days / 365
        roll = rng.random()
        if n in (37, 112, 170):
            kind = "unscorable"
        elif roll < 0.03:
            kind = "giveaway"
        elif roll < 0.2 + 0.45 * progress:
            kind = "dialogue"
        elif roll < 0.75:
            kind = "broadcast"
        else:
            kind = "offer"
        if kind == "unscorable":
            text = UNSCORABLE[[37, 112, 170].index(n)][0 if lang == "en" else 1]
        else:
            template = rng.choice(by_kind[kind])[1 if lang == "en" else 2]
            dish, other = rng.sample(slots["dish"], 2)
            text = template.format(dish=dish, other=other, city=rng.choice(slots["city"]),
                                   name=rng.choice(slots["name"]), page=slots["page"],
                                   year=when.year - 1)
            text = text[0].upper() + text[1:]
        reach = _draw(rng, 2600, 0.6)
        reactions, comments, shares, clicks = (_draw(rng, reach * r) for r in RATES[kind])
        link_clicks = round(clicks * 0.4) if "example" in text else 0
        post_id = f"{PAGE_ID}_{1_000_000_000_000_000 + 7919 * (n + 1)}"
        rows.append([
            post_id, PAGE_ID, slots["page"], "", text, "",
            when.strftime("%m/%d/%Y %H:%M"), "", f"https://www.facebook.com/{post_id}",
            "No", "No", "Photos" if kind != "unscorable" or text else "Videos", "", "", "",
            "", "Lifetime", str(round(reach * 1.6)), str(reach),
            str(reactions + comments + shares), str(reactions), str(comments), str(shares),
            str(clicks), str(link_clicks), str(clicks - link_clicks),
        ])
        n += 1
        when += timedelta(days=rng.choice((1, 1, 2, 2, 3)), hours=rng.choice((-2, 0, 0, 3)))
        when = when.replace(hour=min(max(when.hour, 7), 20))
    return rows


def main() -> None:
    for lang in ("en", "nb"):
        path = HERE / f"audit_export_{lang}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            out = csv.writer(fh)
            out.writerow(HEADER)
            out.writerows(posts(lang))
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
