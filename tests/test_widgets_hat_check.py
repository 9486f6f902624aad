"""The hat check: statements (data), profile, advice and codes, and its ipywidget."""

from __future__ import annotations

from datetime import date

import ipywidgets as w
import pytest

from dialogue_coach.widgets import hat_check, hatcheck

DAY = date(2026, 12, 3)
N = len(hatcheck.statements())
# Always on every sender habit, never on any partner habit, and the other way round.
SENDER = [4 if s.hat == "sender" else 0 for s in hatcheck.statements()]
PARTNER = [0 if s.hat == "sender" else 4 for s in hatcheck.statements()]


def test_statements_cover_both_hats_in_both_languages():
    hats = [s.hat for s in hatcheck.statements()]
    assert set(hats) == {"sender", "partner"} and 6 <= N <= 12
    for s in hatcheck.statements():
        assert s.text["en"] and s.text["nb"] and s.advice["en"] and s.advice["nb"]
    assert len(hatcheck.scale("en")) == len(hatcheck.scale("nb")) == hatcheck.TOP + 1


def test_profile_and_advice_follow_the_answers():
    assert hatcheck.profile(SENDER) == {"sender": 100, "partner": 0}
    assert hatcheck.profile(PARTNER) == {"sender": 0, "partner": 100}
    assert len(hatcheck.advice(SENDER, "en")) == N
    assert hatcheck.advice(PARTNER, "nb") == []


def test_a_code_keeps_the_date_and_the_answers():
    code = hatcheck.save_code(SENDER, DAY)
    assert code.startswith("HC1-2026-12-03-")
    assert hatcheck.read_code(f"  {code} ") == (DAY, SENDER)
    for bad in ("", "HC1-2026-12-03-123", "HC1-2026-13-03-" + "1" * N, "<img src=x>"):
        with pytest.raises(ValueError):
            hatcheck.read_code(bad)


def test_a_month_later_the_profile_shows_the_change():
    earlier = hatcheck.save_code(SENDER, date(2026, 11, 3))
    html = hatcheck.profile_html(PARTNER, "en", day=DAY, earlier=earlier)
    assert "Since 2026-11-03" in html
    assert "The sender&#x27;s hat: 100 → 0 (-100 points)" in html
    assert "You mostly wear the dialogue partner&#x27;s hat." in html


def test_an_unreadable_earlier_code_is_explained_as_text():
    html = hatcheck.profile_html(PARTNER, "nb", day=DAY, earlier='<img src=x onerror=alert(1)>')
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "<img" not in html
    assert "er ikke en kode fra hattesjekken" in html


def parts(widget):
    groups = [c for c in widget.children if isinstance(c, w.RadioButtons)]
    earlier = next(c for c in widget.children if isinstance(c, w.Text))
    button = next(c for c in widget.children if isinstance(c, w.Button))
    return groups, earlier, button, widget.children[-1]


def test_the_widget_asks_for_every_answer_then_draws_the_profile():
    groups, earlier, button, shown = parts(hat_check("en", today=DAY))
    assert len(groups) == N and groups[0].description.startswith("1. ")
    groups[0].value = 4
    button.click()
    assert "Answer every statement first. Still open: 2, 3" in shown.value
    for group, answer in zip(groups, SENDER, strict=True):
        group.value = answer
    earlier.value = hatcheck.save_code(PARTNER, date(2026, 11, 3))
    button.click()
    assert "You mostly wear the sender&#x27;s hat" in shown.value
    assert hatcheck.save_code(SENDER, DAY) in shown.value
    assert "Since 2026-11-03" in shown.value and "(+100 points)" in shown.value


def test_the_norwegian_widget_speaks_norwegian():
    groups, earlier, button, shown = parts(hat_check("nb", today=DAY))
    assert button.description == "Vis profilen min"
    assert [label for label, _ in groups[0].options] == hatcheck.scale("nb")
    for group, answer in zip(groups, PARTNER, strict=True):
        group.value = answer
    button.click()
    assert "Du har oftest på deg samtalepartnerens hatt" in shown.value
    assert "Hatteprofilen din" in shown.value
    earlier.value = "<img src=x onerror=alert(1)>"
    button.click()
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown.value and "<img" not in shown.value
