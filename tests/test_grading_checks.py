"""The learner-facing checks and the answer reader, without nbgrader.

Every failing check must say what it saw and what to change, in the notebook's
language; hidden checks must catch the usual ways of gaming an exercise.
"""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_coach.grading import answers, checks, messages
from dialogue_coach.grading.answers import Missing, Unreadable, read_answer

GOOD_EN = ("Who made the fish soup you grew up with, and what made it special? Tell us "
           "below: next month we will cook the version you love most. The new "
           "fish soup is on at Bryggen in Bergen, 2 for 1 on Saturday 14 June. ^Ane")
ORIGINAL_EN = ("🐟 LAUNCH! The NEW Coast Kitchen fish soup is here! 2 for 1 on all soups this "
               "Saturday 14 June at our Bryggen restaurant in Bergen. Don't miss it – come "
               "early!!! #fishsoup #bergen")
EXAMPLE_EN = ("Shrimp sandwich on the quay in the midnight sun: what's your perfect summer "
              "lunch in Tromsø? Tell us below! On Friday the sandwiches are 30% off at our "
              "Tromsø café, so bring the friend you'd share one with. ^Eirik")
KEEP_EN = {"product": ["fish soup", "soup"], "offer": ["2 for 1", "two for one"],
           "date": ["14 June", "Saturday"], "place": ["Bryggen", "Bergen"]}


def failure(fn, *args, **kwargs) -> str:
    with pytest.raises(checks.CheckFailed) as info:
        fn(*args, **kwargs)
    return info.value.message


# --- reading answers ---------------------------------------------------------------------

@pytest.mark.parametrize(("source", "expected"), [
    ('rewrite = """Hello there"""', "Hello there"),
    ("rewrite = 'It's broken'", "It's broken"),                    # apostrophe in quotes
    ("rewrite = “Typographic quotes”", "Typographic quotes"),       # pasted from Word
    ("rewrite = «Sitat»", "Sitat"),
    ('rewrite = ("one "\n    "two")', "one two"),
    ('rewrite = "a" + "b"', "ab"),
    ('rewrite = f"plain"', "plain"),
    ('rewrite = "..."', "..."),
    ('rewrite = "first"\nrewrite = "second"', "second"),           # the last one counts
    ('rewrite = """good"""\nwhile True:\n    pass', "good"),
    ('ids = [C03, C07]', ["C03", "C07"]),                          # IDs without quotes
    ('ids = ["C03", "C07",]', ["C03", "C07"]),
])
def test_reads_what_people_type(source, expected):
    name = source.split("=")[0].strip()
    assert read_answer(source, name) == expected


@pytest.mark.parametrize("source", [
    'rewrite = open("/etc/passwd").read()',
    'rewrite = "x" * 10**9',
    'rewrite = __import__("os").system("true")',
    "rewrite = [i for i in range(10)]",
])
def test_never_runs_code(source):
    value = read_answer(source, "rewrite")
    assert isinstance(value, Unreadable)
    assert "code" in failure(checks.text_answer, value, "en", "what_rewrite")


def test_too_long_and_missing():
    assert isinstance(read_answer('rewrite = "' + "x" * 30_000 + '"', "rewrite"), Unreadable)
    assert read_answer("something_else = 1", "rewrite") == Missing("rewrite")
    message = failure(checks.text_answer, Missing("rewrite"), "nb", "what_rewrite")
    assert "rewrite" in message and "Jeg fant ikke" in message


def test_assigned_name():
    assert answers.assigned_name('# comment\nrewrite = """..."""\n') == "rewrite"
    assert answers.assigned_name("x = [") is None


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=string.printable + "æøå“”«»", max_size=200))
def test_the_reader_never_crashes(source):
    read_answer(source, "rewrite")
    read_answer("rewrite = " + source, "rewrite")


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.text(max_size=300), st.integers(), st.none(),
                 st.lists(st.text(max_size=20), max_size=5)))
def test_checks_only_ever_fail_politely(value):
    for fn, kwargs in ((checks.is_dialogue, {}), (checks.keeps_message, {"keep": KEEP_EN}),
                       (checks.own_rewrite, {"original": ORIGINAL_EN, "example": EXAMPLE_EN}),
                       (checks.good_reply, {"to": "praise"})):
        args = ("Great soup!", value) if fn is checks.good_reply else (value,)
        try:
            fn(*args, lang="en", **kwargs)
        except checks.CheckFailed as exc:
            assert exc.message.strip()


# --- assignment 1 ------------------------------------------------------------------------

def test_labels_forgive_form_but_not_substance(capsys):
    key = {"1": "broadcast", "2": "dialogue", "3": "broadcast", "4": "dialogue"}
    why = dict.fromkeys(key, "Because.")
    points = checks.labels({"1": "Broadcast.", "2": "dialog", "3": "dialogue", "4": "..."},
                           key=key, why=why, lang="en")
    assert float(points) == 2 and points.out_of == 4
    assert repr(points) == "2.0"
    out = capsys.readouterr().out
    assert "✗ Post 3: you wrote dialogue, but it is broadcast" in out
    assert "no label yet" in out
    checks.labels({"1": "kringkasting"}, key={"1": "broadcast"}, why={"1": "Fordi."}, lang="nb")
    assert "Innlegg 1: kringkasting" in capsys.readouterr().out


def test_label_choices_is_advice_only(capsys):
    checks.label_choices({"4": "brodcast", "5": "maybe", "6": "..."}, lang="en")
    out = capsys.readouterr().out
    assert '"maybe" is not one of the choices' in out
    assert "Post 6: no label yet" in out
    assert "Post 4" not in out  # a typo close to a choice is read as that choice


# --- assignment 2: rewrite, and the ways to game it -----------------------------------------

def test_a_good_rewrite_passes(capsys):
    checks.is_dialogue(GOOD_EN, lang="en")
    checks.own_rewrite(GOOD_EN, original=ORIGINAL_EN, example=EXAMPLE_EN, lang="en")
    assert float(checks.keeps_message(GOOD_EN, keep=KEEP_EN, lang="en")) == 4
    assert capsys.readouterr().out.count("✓") >= 6


def test_the_broadcast_itself_is_explained():
    message = failure(checks.is_dialogue, ORIGINAL_EN, lang="en")
    assert "broadcast" in message and "What it noticed" in message and "Try this" in message


def test_each_reason_is_one_line_quoting_its_passages():
    """A note is given once, with up to three of its passages: the word model's hint
    names its words together rather than one of them."""
    from dialogue_coach import analyze_post

    text = "Our library is open late on Thursdays now. Which book kept you up at night?"
    wording = [f for f in analyze_post(text, lang="en").findings if f.kind == "wording"]
    message = failure(checks.is_dialogue, text, lang="en")
    reasons = [line for line in message.splitlines() if line.startswith("  - ") and ": " in line]
    notes = [line.split(": ", 1)[1] for line in reasons]
    assert len(notes) == len(set(notes))
    # (the words disagree with the rules on this text; after a refit that changes it, pick
    # another such text: `python -m dialogue_coach post` shows its wording findings)
    assert len(wording) > 1
    line = next(x for x in reasons if wording[0].note in x)
    assert all(f'"{f.text}"' in line for f in wording)


def test_a_generic_question_tacked_onto_the_pitch_is_caught():
    gamed = ORIGINAL_EN + " What do you think?"
    message = failure(checks.own_rewrite, gamed, original=ORIGINAL_EN, example=EXAMPLE_EN,
                      lang="en")
    assert "tacked" in message or "generic" in message
    pitch = "Our new fish soup is 2 for 1 at Bryggen on Saturday 14 June. Book now! Thoughts?"
    message = failure(checks.own_rewrite, pitch, original=ORIGINAL_EN, example=EXAMPLE_EN,
                      lang="en")
    assert "generic" in message


@pytest.mark.parametrize("lang, question, generic", [
    ("en", "What do you think?", True),
    ("en", "What do you think of the soup?", True),
    ("en", "What do you all think about it?", True),
    ("en", "What do you think is hardest?", False),
    ("en", "What do you think works best?", False),
    ("nb", "Hva synes dere?", True),
    ("nb", "Hva synes du om suppa vår?", True),
    ("nb", "Hva tenker dere om det?", True),
    ("nb", "Hva synes du er vanskeligst?", False),
    ("nb", "Hva tenker dere funker best?", False),
    # round ten: "what do you reckon?" / «hva tror dere?» are the same bare prompt
    ("en", "What do you reckon?", True),
    ("nb", "Hva tror dere?", True),
    ("nb", "Hva tror du om suppa?", True),
    ("nb", "Hva tror du er vanskeligst å få til?", False),
])
def test_an_opinion_prompt_is_generic_only_bare_or_about_a_thing(lang, question, generic):
    # "What do you think is hardest?" asks about the reader's own experience; "What do
    # you think of our soup?" is the bare prompt tacked onto a pitch.
    assert checks.is_generic_question(question, lang) is generic


def test_copying_the_example_is_caught():
    message = failure(checks.own_rewrite, EXAMPLE_EN, original=ORIGINAL_EN, example=EXAMPLE_EN,
                      lang="en")
    assert "example" in message and "%" in message


def test_the_example_with_its_nouns_swapped_is_caught_and_a_rewrite_of_ones_own_is_not():
    # (the example's frame kept, the soup and Bergen put in: about half its words in order)
    swapped = ("Fish soup at Bryggen in the rain: what's your perfect Saturday lunch in Bergen? "
               "Tell us below! On Saturday 14 June it's 2 for 1 on all soups at our Bergen "
               "restaurant, so bring the friend you'd share one with. ^Tone")
    message = failure(checks.own_rewrite, swapped, original=ORIGINAL_EN, example=EXAMPLE_EN,
                      lang="en")
    assert "example" in message
    checks.own_rewrite(GOOD_EN, original=ORIGINAL_EN, example=EXAMPLE_EN, lang="en")


def test_dropping_the_message_costs_its_points(capsys):
    text = "What was the first fish you ever caught, and who were you with? Tell us below!"
    points = checks.keeps_message(text, keep=KEEP_EN, lang="en")
    assert float(points) == 0
    out = capsys.readouterr().out
    assert "The offer is missing: mention" in out


@pytest.mark.parametrize(("text", "found"), [
    ("Du får to supper til prisen av én på Bryggen.", True),
    ("To store supper til prisen av én på Bryggen.", True),
    ("To for én på Bryggen.", True),
    ("Kjøp én suppe, og få én til på Bryggen.", True),
    ("To store, varme supper til prisen av én.", False),   # three words: not the offer
    ("Tomat for én krone.", False),                         # "to" only as a whole word
])
def test_an_offer_in_the_learners_own_words_is_kept(text, found, capsys):
    keep = {"offer": ["2 for 1", "to * til prisen av én", "to * for én", "kjøp én * få én"]}
    assert float(checks.keeps_message(text, keep=keep, lang="nb")) == (1 if found else 0)
    out = capsys.readouterr().out
    assert ("✓ Beholder tilbudet: «to … " in out or "«kjøp én … få én»" in out) == found
    assert "*" not in out


@pytest.mark.parametrize("empty", ["...", "", "   ", None, Missing("rewrite")])
@pytest.mark.parametrize("lang", ["en", "nb"])
def test_an_empty_answer_says_what_to_do(empty, lang):
    message = failure(checks.is_dialogue, empty, lang=lang)
    if lang == "en":
        assert "answer" in message.lower()
    else:
        assert "svar" in message.lower()


# --- assignment 3: replies -------------------------------------------------------------------

QUESTION = "Hi! Is the Bergen restaurant open on Sunday, and do you have gluten-free options?"


def test_a_warm_reply_that_dodges_the_question_is_caught():
    dodge = ("Hi Sofie, thank you so much for your lovely message! We really appreciate you "
             "and hope to see you soon. ^Ane")
    message = failure(checks.reply_fits, QUESTION, dodge, to="question", lang="en",
                      must_mention=[["12", "20:00"]], hint="open 12:00 to 20:00")
    assert "does not give the answer" in message and "12:00 to 20:00" in message


def test_the_same_reply_everywhere_is_caught():
    reply = "Hi there, thanks for your comment! We love hearing from you. ^Ane"
    message = failure(checks.reply_fits, "Great soup!", reply, to="praise", lang="en",
                      others={"complaint": reply})
    assert "nearly the same" in message


def test_a_pitch_in_reply_to_praise_is_caught():
    message = failure(checks.reply_fits, "Best fish cakes ever!",
                      "Thanks Mona! Buy now and get 20% off all fish cakes this week!",
                      to="praise", lang="en")
    assert "pitch" in message or "poor" in message


@pytest.mark.parametrize("lang, reply, comment", [
    ("en", "Dear Sofie, thank you for your question. Our restaurant at Bryggen is open on "
           "Sundays from 12:00 to 20:00, and both the fish soup and the grilled cod are "
           "gluten-free. Kind regards, Ingrid Solheim, Restaurant Manager", QUESTION),
    ("nb", "Hei Sofie. Takk for spørsmålet. Restauranten vår på Bryggen har åpent søndager fra "
           "kl. 12 til 20, og både fiskesuppa og den grillede torsken er glutenfrie. Med vennlig "
           "hilsen Ingrid Solheim, daglig leder",
     "Hei! Har restauranten i Bergen åpent på søndag, og har dere glutenfrie retter?"),
])
def test_a_formal_reply_with_the_facts_passes(capsys, lang, reply, comment):
    # a formal opener and a signed sign-off are not a template when the facts follow
    checks.reply_fits(comment, reply, to="question", lang=lang)
    assert capsys.readouterr().out.strip()


def test_a_stock_phrase_instead_of_an_answer_is_caught():
    message = failure(checks.reply_fits, "Waited 40 minutes for a cold soup. Not impressed.",
                      "We apologise for any inconvenience. Your feedback is important to us.",
                      to="complaint", lang="en")
    assert "template" in message.lower() or "copy" in message.lower() or "stock" in message.lower()


# --- assignments 4 and 5 ---------------------------------------------------------------------

@pytest.fixture
def data_dir():
    from pathlib import Path

    with checks.data_folder(Path(__file__).resolve().parents[1] / "data"):
        yield


def test_listed_comments_explains_each_problem(data_dir):
    message = failure(checks.listed_comments, ["C99", "C02", "C01"], ["C01"],
                      data="comments_en.csv", lang="en")
    assert "no comment C99" in message
    assert "C02: these are the page's own replies" in message
    assert "C01: the page has already replied" in message
    assert "C01: in both lists" in message


def test_found_comments_partial_credit(data_dir, capsys):
    points = checks.found_comments("C04, c11, 18, C05", expected=["C04", "C06", "C11", "C18"],
                                   what="questions", points=4, data="comments_en.csv", lang="en")
    assert float(points) == 2.0  # 3 found - 1 wrong = 2 of 4
    out = capsys.readouterr().out
    assert "Missed: C06" in out and "Not unanswered questions: C05" in out


def test_audit_checks(data_dir, capsys):
    choices = {"A": "more", "B": "fewer", "C": "none"}
    answers_ = {"more": "A", "fewer": "B", "same": "C"}
    checks.audit_pattern("A)", history="post_history_en.csv", choices=choices,
                         answers=answers_, lang="en")
    message = failure(checks.audit_pattern, "b", history="post_history_en.csv",
                      choices=choices, answers=answers_, lang="nb")
    assert "Du valgte B" in message
    checks.audit_surprise("p12", history="post_history_en.csv", lang="en")
    assert "P12" in failure(checks.audit_surprise, "P01", history="post_history_en.csv",
                            lang="en")
    wrong_way = ("Posts with a higher dialogue score got fewer comments than the "
                 "announcements did, so asking questions does not help.")
    message = failure(checks.summary_fits, wrong_way, history="post_history_en.csv",
                      choices=choices, lang="en")
    assert "fewer" in message and "more" in message


# --- messages ----------------------------------------------------------------------------------

def test_every_message_exists_in_both_languages_with_the_same_fields():
    field = re.compile(r"{(\w+)")
    for key, entry in messages.MESSAGES.items():
        assert set(entry) == {"en", "nb"}, key
        assert set(field.findall(entry["en"])) == set(field.findall(entry["nb"])), key
        assert entry["en"].strip() and entry["nb"].strip(), key


def test_failed_checks_render_without_a_traceback():
    exc = checks.CheckFailed("First line\nsecond line")
    lines = exc._render_traceback_()
    assert "First line" in lines[0] and lines[1] == "second line"
    assert not any("Traceback" in line for line in lines)


def test_name_errors_explain_themselves():
    lines = checks._name_error_lines(NameError("name 'dialogue' is not defined", name="dialogue"))
    assert any('"dialogue"' in line for line in lines)
    lines = checks._name_error_lines(NameError("name 'label_1' is not defined", name="label_1"))
    assert any("run the answer cell above first" in line for line in lines)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Python could not read line 1 of this cell. Check the quotes"),
    ("nb", "Python klarte ikke å lese linje 1 i denne cellen. Sjekk anførselstegnene"),
])
def test_an_answer_with_a_missing_quote_explains_itself_in_a_real_kernel(lang, expected):
    """The commonest slip (text without its quotes) reads as advice, not as a SyntaxError."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nb.cells = [
        nbformat.v4.new_code_cell(
            f'from dialogue_coach.grading import checks\nchecks.start(lang="{lang}")'),
        nbformat.v4.new_code_cell('rewrite = "What is your favourite soup'),
        nbformat.v4.new_code_cell("rewrite = What is your favourite soup"),
    ]
    NotebookClient(nb, timeout=60, allow_errors=True, kernel_name="python3").execute()
    for cell in nb.cells[1:]:
        (error,) = [o for o in cell.outputs if o.output_type == "error"]
        shown = re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(error.traceback))
        assert expected in shown
        assert "SyntaxError" not in shown and "invalid syntax" not in shown


@pytest.mark.parametrize(("lang", "fix_above", "run_above"), [
    ("en", "because its answer cell above stopped with a red message",
     "run the answer cell above first"),
    ("nb", "fordi svarcellen over stoppet med en rød melding", "kjør svarcellen over først"),
])
def test_a_check_below_a_failed_answer_says_fix_the_message_above(lang, fix_above, run_above):
    """A check under an answer cell that failed points at that cell's message; once the
    answer cell has run cleanly, a missing answer again means 'run it first'."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    check = f'checks.is_dialogue(rewrite, lang="{lang}")'
    nb.cells = [
        nbformat.v4.new_code_cell(
            f'from dialogue_coach.grading import checks\nchecks.start(lang="{lang}")'),
        nbformat.v4.new_code_cell('rewrite = "What is your favourite soup'),
        nbformat.v4.new_code_cell(check),
        nbformat.v4.new_code_cell('rewrite = "What is your favourite soup?"\ndel rewrite'),
        nbformat.v4.new_code_cell(check),
    ]
    NotebookClient(nb, timeout=60, allow_errors=True, kernel_name="python3").execute()

    def shown(cell) -> str:
        (error,) = [o for o in cell.outputs if o.output_type == "error"]
        return re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(error.traceback))

    assert fix_above in shown(nb.cells[2]) and run_above not in shown(nb.cells[2])
    assert run_above in shown(nb.cells[4]) and fix_above not in shown(nb.cells[4])
