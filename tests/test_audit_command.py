"""`dialogue-coach audit` run as a user runs it, on the invented export and on bad files.

Every case checks what the user gets: the exit code, a readable error without a
traceback, and in the outputs one row per input row, the reasons for rows that were not
scored, escaped text in the report, and the figures' files with their alt text.
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXPORT_EN = ROOT / "data" / "audit_export_en.csv"
EXPORT_NB = ROOT / "data" / "audit_export_nb.csv"


def audit(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dialogue_coach", "audit", *map(str, args)],
                          capture_output=True, text=True, timeout=300, cwd=cwd)


def records(path: Path, encoding: str = "utf-8", delimiter: str = ",") -> list[list[str]]:
    with path.open(newline="", encoding=encoding) as fh:
        return [r for r in csv.reader(fh, delimiter=delimiter) if r]


def scores(out: Path) -> list[dict[str, str]]:
    with (out / "scores.csv").open(newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def assert_fails_cleanly(result: subprocess.CompletedProcess, *needles: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("dialogue-coach: error: ")
    for needle in needles:
        assert needle in result.stderr, result.stderr


@pytest.fixture(scope="module")
def english(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path_factory.mktemp("en") / "report"
    return audit(EXPORT_EN, "--out", out), out


def test_invented_export_keeps_every_row_in_order(english):
    result, out = english
    assert result.returncode == 0, result.stderr
    rows_in = records(EXPORT_EN)[1:]
    rows_out = scores(out)
    assert len(rows_out) == len(rows_in) > 150
    assert [r["row"] for r in rows_out] == [str(i) for i in range(1, len(rows_in) + 1)]
    assert [r["id"] for r in rows_out] == [r[0] for r in rows_in]
    # quoted line breaks survive, in the right row
    multi = [i for i, r in enumerate(rows_in) if "\n\n" in r[4]]
    assert multi and all("\n\n" in rows_out[i]["text"] for i in multi)
    assert all(rows_out[i]["text"] == rows_in[i][4] for i in range(len(rows_in)))


def test_rows_the_engine_cannot_judge_stay_with_their_reason(english):
    _, out = english
    rows = scores(out)
    unscored = {r["text"]: r["reason"] for r in rows if not r["score"]}
    assert unscored == {"": "no text", "https://coastkitchen.example/summer": "only a link",
                        "🐟🐟🐟 🎉": "no words (only emoji, symbols or numbers)"}
    scored = [r for r in rows if r["score"]]
    assert all(r["reason"] == "" and r["label"] in ("dialogue", "broadcast") for r in scored)
    assert all(0 <= int(r["score"]) <= 100 and r["invitation"] and r["sincerity"]
               for r in scored)
    assert f"Scored {len(scored)}; not scored 3" in english[0].stdout


def test_engagement_columns_are_recognised_and_exposure_left_out(english):
    _, out = english
    header = list(scores(out)[0])
    assert header[4:9] == ["comments", "reactions", "shares", "clicks", "lang"]
    assert "Reach" not in header and "Views" not in header


def test_report_is_self_contained_with_figures_and_alt_text(english):
    _, out = english
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en">' in html
    assert "<script" not in html and "<link" not in html
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html)
    names = ["share_over_time", "score_vs_comments", "score_vs_reactions", "score_vs_shares",
             "score_vs_clicks"]
    for name in names:
        png = out / "figures" / f"{name}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert png.stat().st_size > 5_000
    alts = re.findall(r'<img src="data:image/png;base64,[A-Za-z0-9+/=]+" alt="([^"]+)"', html)
    assert len(alts) == len(names)
    assert alts[0].startswith("Bar chart of the share of dialogue posts per month")
    assert all(a.startswith("Scatter plot of the dialogue score") for a in alts[1:])
    assert f"comments for {len(records(EXPORT_EN)) - 4} posts" in alts[1]
    assert "more comments" in alts[1]


def test_report_says_what_it_found_and_what_it_cannot_say(english):
    _, out = english
    html = (out / "report.html").read_text(encoding="utf-8")
    for heading in ("In short", "Dialogue over time", "Dialogue and engagement",
                    "Five best conversation starters", "Five loudest broadcasts",
                    "The most common traps", "Rows that were not scored",
                    "How to read this report"):
        assert f">{heading}</h2>" in html
    assert "Rank correlation (Spearman) between the dialogue score and comments" in html
    assert "A correlation is not a cause" in html
    assert html.count('<li><p class="meta">Row ') == 10


def test_post_text_is_escaped_in_the_report(english):
    _, out = english
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Fish &amp; chips Friday &lt;3" in html
    assert "<3" not in html


def test_bokmal_page_gets_a_bokmal_report(tmp_path):
    result = audit(EXPORT_NB, "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "language nb" in result.stdout
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '<html lang="nb">' in html
    for heading in ("Kort fortalt", "Dialog over tid", "Dialog og engasjement",
                    "De fem beste samtalestarterne", "De vanligste fellene"):
        assert f">{heading}</h2>" in html
    assert "kommaseparert" in html and "En korrelasjon er ikke en årsak" in html
    reasons = {r["reason"] for r in scores(tmp_path) if r["reason"]}
    assert reasons == {"ingen tekst", "bare en lenke",
                       "ingen ord (bare emoji, symboler eller tall)"}


def test_hostile_text_is_escaped_everywhere(tmp_path):
    export = tmp_path / "posts.csv"
    hostile = ('<script>alert("x")</script><img src=x onerror=alert(1)> What is your '
               "favourite <b>fish</b> dish? Tell us!")
    export.write_text(f'text,comments\n"{hostile.replace(chr(34), chr(34) * 2)}",12\n'
                      "Order now!,1\n", encoding="utf-8")
    result = audit(export, "--out", tmp_path / "out", "--lang", "en")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html and "<img src=x" not in html and "<b>fish" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert scores(tmp_path / "out")[0]["text"] == hostile


def test_missing_text_column_lists_the_columns_and_how_to_name_one(tmp_path):
    rows = records(EXPORT_EN)
    rows[0][4] = "Body"
    rows[0][3] = "Heading"
    export = tmp_path / "renamed.csv"
    with export.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    result = audit(export, "--out", tmp_path / "out")
    assert_fails_cleanly(result, "no column with the posts' text was recognised",
                         "'Post ID'", "'Body'", "'Other Clicks'", "--text-column")
    assert not (tmp_path / "out").exists()
    named = audit(export, "--text-column", "body", "--out", tmp_path / "out")
    assert named.returncode == 0, named.stderr
    assert len(scores(tmp_path / "out")) == len(rows) - 1
    wrong = audit(export, "--text-column", "Message", "--out", tmp_path / "out2")
    assert_fails_cleanly(wrong, "there is no column named 'Message'", "'Body'")


@pytest.mark.parametrize(("encoding", "delimiter", "described"), [
    ("utf-8-sig", ",", "UTF-8 with BOM, comma-separated"),
    ("utf-16", "\t", "UTF-16, tab-separated"),
    ("cp1252", ";", "Windows-1252, semicolon-separated"),
])
def test_encodings_and_separators_of_real_exports(tmp_path, encoding, delimiter, described):
    # Windows-1252 has no emoji: a spreadsheet saving as it drops them
    rows = [[cell.encode("cp1252", "ignore").decode("cp1252") for cell in r]
            for r in records(EXPORT_NB)]
    export = tmp_path / "export.csv"
    with export.open("w", newline="", encoding=encoding) as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    result = audit(export, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert described in result.stdout
    out = scores(tmp_path / "out")
    assert len(out) == len(rows) - 1
    assert [r["text"] for r in out] == [r[4] for r in rows[1:]]
    assert out[0]["id"] == rows[1][0]  # the BOM is not part of the first column's name
    assert any("ø" in r["text"] and "å" in r["text"] for r in out)


def test_other_platforms_layouts_are_recognised(tmp_path):
    # X/Twitter analytics: text, time, replies, retweets, likes under their own names.
    export = tmp_path / "tweets.csv"
    export.write_text(
        "Tweet id,Tweet permalink,Tweet text,time,impressions,engagements,retweets,replies,"
        "likes\n"
        "1,https://x.example/1,What was the first fish you ever caught? Tell us!,"
        "2025-03-01 09:00 +0000,900,40,1,12,20\n"
        "2,https://x.example/2,SALE! 50% off today only. Shop now!,"
        "2025-03-02 09:00 +0000,800,10,4,1,5\n", encoding="utf-8")
    result = audit(export, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    out = scores(tmp_path / "out")
    assert [r["label"] for r in out] == ["dialogue", "broadcast"]
    assert list(out[0])[4:7] == ["comments", "reactions", "shares"]
    assert (out[0]["comments"], out[0]["shares"], out[0]["published"]) == ("12", "1",
                                                                           "2025-03-01 09:00")


def test_linkedin_workbook_reads_the_sheet_with_posts(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Metrics"
    book.active.append(["Date", "Impressions (total)"])
    book.active.append(["2025-03-01", 1200])
    posts = book.create_sheet("All posts")
    posts.append(["Post title", "Post link", "Created date", "Impressions", "Likes",
                  "Comments", "Reposts"])
    posts.append(["Which skill did you learn on the job that no course taught you? Tell us "
                  "below.", "https://li.example/1", "03/01/2025", 900, 30, 14, 2])
    posts.append(["We are proud to announce our new office!", "https://li.example/2",
                  "03/15/2025", 700, 40, 2, 3])
    posts.append([None, "https://li.example/3", "03/20/2025", 100, 1, 0, 0])
    export = tmp_path / "linkedin.xlsx"
    book.save(export)
    result = audit(export, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "Excel sheet 'All posts'" in result.stdout
    out = scores(tmp_path / "out")
    assert [(r["label"], r["reason"], r["published"]) for r in out] == [
        ("dialogue", "", "2025-03-01"), ("broadcast", "", "2025-03-15"),
        ("", "no text", "2025-03-20")]


def test_ragged_rows_and_blank_lines_lose_nothing(tmp_path):
    export = tmp_path / "ragged.csv"
    export.write_text("message,comments,shares\n"
                      "What do you cook on Sundays? Tell us,5,1\n\n"
                      "Order now!\n"
                      "Our new shop is open,2,0,surplus\n", encoding="utf-8")
    result = audit(export, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    out = scores(tmp_path / "out")
    assert [r["text"] for r in out] == ["What do you cook on Sundays? Tell us", "Order now!",
                                        "Our new shop is open"]
    assert out[1]["comments"] == ""
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "2 rows had more or fewer cells than the header" in html


@pytest.mark.parametrize(("content", "needle"), [
    (b"", "is empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "is a PNG image, not a table of posts"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF document"),
    (bytes(range(256)) * 8, "is not a text table"),
    (b"Dear team, here are my thoughts about our social media plan for the spring, "
     b"written as a letter.\nWe should talk more with our readers.\n",
     "does not look like a table"),
    (b"PK\x03\x04not really a workbook", "not an Excel workbook"),
    (b"text,comments\n", "has a header but no posts"),
])
def test_files_that_are_not_tables_get_a_clear_error(tmp_path, content, needle):
    export = tmp_path / "export.csv"
    export.write_bytes(content)
    assert_fails_cleanly(audit(export, "--out", tmp_path / "out"), needle)


def test_missing_file_folder_and_bad_options(tmp_path):
    assert_fails_cleanly(audit(tmp_path / "nope.csv"), "no such file")
    assert_fails_cleanly(audit(tmp_path), "is a folder")
    assert_fails_cleanly(audit(EXPORT_EN, "--workers", "0"), "--workers must be 1 or more")
    blocker = tmp_path / "taken"
    blocker.write_text("a file where the folder should go")
    assert_fails_cleanly(audit(EXPORT_EN, "--out", blocker), "cannot write into")


def test_console_script_with_default_folder_and_no_bar_off_a_terminal(tmp_path):
    script = Path(sys.executable).with_name("dialogue-coach")
    result = subprocess.run([str(script), "audit", str(EXPORT_EN)], capture_output=True,
                            text=True, timeout=300, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no progress bar when stderr is not a terminal
    assert (tmp_path / "audit_export_en-audit" / "report.html").exists()


def test_progress_bar_on_a_terminal(tmp_path):
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    # a terminal of 30 rows and 100 columns (a new pty has none, and tqdm draws nothing)
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "dialogue_coach", "audit", str(EXPORT_EN),
                             "--out", str(tmp_path)], stdout=subprocess.DEVNULL,
                            stderr=follower)
    os.close(follower)
    seen = io.BytesIO()
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen.write(chunk)
    assert proc.wait(timeout=300) == 0
    os.close(leader)
    text = seen.getvalue().decode("utf-8", "replace")
    n = len(records(EXPORT_EN)) - 1
    assert "Scoring" in text and f"0/{n}" in text
    assert text.rstrip(" ").endswith("\r")  # the bar clears its line when done


def test_two_workers_give_the_same_verdicts_as_one():
    from dialogue_coach.audit.scoring import judge_all

    texts = [r[4] for r in records(EXPORT_EN)[1:]] * 12  # 2,436 posts: parallel by default
    one = judge_all(texts, "en", workers=1, progress=False)
    two = judge_all(texts, "en", workers=2, progress=False)
    assert one == two and len(two) == len(texts)
