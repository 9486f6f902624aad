"""The fairness harness grades learners' answers through the real pipeline (nbgrader,
sandbox, hidden tests) and reports the issue's figures. Answers here are the
maintainer's own: a good and a weak learner on the English rewrite and reply."""

from __future__ import annotations

import json

from dialogue_coach.grading import fairness

GOOD_REWRITE = ("What's the best fish tip your family swears by? Tell us below: she'll try "
                "the best tips in the kitchen next month. The new fish soup is 2 for 1 at "
                "Bryggen in Bergen on Saturday 14 June. ^Ane")
ROWS = [
    {"learner": "good", "assignment": "en-2-rewrite", "quality": "good", "split": "train",
     "answers": {"rewrite": GOOD_REWRITE}},
    {"learner": "weak", "assignment": "en-2-rewrite", "quality": "weak", "split": "train",
     "answers": {"rewrite": 'NEW fish soup at Bryggen! 2 for 1 on Saturday 14 June. "Don\'t '
                            'miss it!"'}},
    {"learner": "good", "assignment": "en-3-reply", "quality": "good", "split": "test",
     "answers": {
         "complaint": "Lars, I'm so sorry: 40 minutes and a cold soup is not okay. We were "
                      "short-staffed, but that's on us. The next bowl is on us. ^Ane",
         "question": "Hi Sofie! Yes, we're open on Sunday from 12 to 20, and the fish soup is "
                     "gluten-free. ^Ane",
         "praise": "Mona, thank you, that made our day! Did your grandmother have a secret? "
                   "^Ane",
         "troll": "Our cod comes fresh from Lofoten three times a week, never frozen. ^Ane"}},
    {"learner": "weak", "assignment": "en-3-reply", "quality": "weak", "split": "test",
     "answers": {
         "complaint": "We apologise for any inconvenience.",
         "question": "Please see our website.",
         "praise": "Thanks! Try our new fish burger, 20% off today!",
         "troll": "Our fish is NOT frozen. Get your facts straight before you post nonsense."}},
]


def test_learners_answers_are_graded_through_the_real_pipeline(tmp_path):
    path = tmp_path / "answers.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in ROWS), encoding="utf-8")
    subs = fairness.load_submissions(path)
    assert len(subs) == 4 and {s.lang for s in subs} == {"en"}
    rows = fairness.grade_submissions(subs, jobs=2)
    scores = {(r["assignment"], r["learner"]): (r["score"], r["max_score"]) for r in rows}
    assert scores[("en-2-rewrite", "good")] == (10, 10)
    assert scores[("en-2-rewrite", "weak")][0] <= 4
    assert scores[("en-3-reply", "good")] == (12, 12)
    assert scores[("en-3-reply", "weak")][0] <= 0.4 * 12
    assert not any(r["unmatched_answers"] for r in rows)
    summary = fairness.summarise(rows)
    assert [(s["assignment"], s["split"]) for s in summary] == [
        ("en-2-rewrite", "train"), ("en-3-reply", "test")]
    assert fairness.meets_targets(summary)
    table = fairness.format_summary(summary)
    assert "en-3-reply" in table and "good > weak" in table


def test_margins_list_good_training_and_development_rewrites_and_never_test_ones(tmp_path):
    rows = [
        {"learner": "carried", "assignment": "en-2-rewrite", "expected": "good",
         "split": "dev", "answers": {"rewrite": GOOD_REWRITE}},
        {"learner": "lead-in", "assignment": "en-2-rewrite", "expected": "good",
         "split": "train", "answers": {"rewrite": "How do you keep warm at the harbour? Our "
                                                  "new fish soup is 2 for 1 at Bryggen on "
                                                  "Saturday."}},
        {"learner": "secret", "assignment": "en-2-rewrite", "expected": "good",
         "split": "test", "answers": {"rewrite": GOOD_REWRITE}},
        {"learner": "pitch", "assignment": "en-2-rewrite", "expected": "weak",
         "split": "train", "answers": {"rewrite": "NEW fish soup! 2 for 1, book now!"}},
    ]
    path = tmp_path / "answers.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    margins = fairness.rule_margins(fairness.load_submissions(path))
    assert [m["learner"] for m in margins] == ["lead-in", "carried"]
    assert margins[0]["rules"] < 0 < margins[1]["rules"]
    report = fairness.format_margins(margins)
    assert "en-2-rewrite: 2 good rewrites, 1 broadcast by the rules" in report
    assert "secret" not in report and "pitch" not in report
