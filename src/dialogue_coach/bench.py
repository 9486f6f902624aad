"""Speed figures: latency of one post, throughput, import time, very long texts.

Run with ``python -m dialogue_coach bench``. The figures are single-threaded (one core).
The reference for throughput is one compiled-regex pass over the same texts, the
cheapest thing any analyser could do: the ratio says how many such passes one engine
call costs. The engine and the regex pass alternate, 25 posts at a time, and the ratio
is the median of 7 such rounds, so that a shared machine's changing load falls on both.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import time

from .corpus import load_posts
from .cues import lower_of
from .post import analyze_post
from .reply import analyze_reply
from .text import parse

# Issue 11: a 300-character post in 0.6 ms, and the engine no dearer than 60 compiled-regex
# passes over the same texts (the corpus posts, timed in the same run).
TARGETS = {"post_300_median_ms": 0.6, "ratio_to_regex_pass": 60.0, "import_ms": 50.0,
           "long_text_s": 1.0}

POST_300 = {
    "en": (
        "Tired of soggy fish fingers? Our new oven-baked cod is here! You deserve better, "
        "so grab yours today at 20% off. What is your family's favourite Friday dinner? "
        "Tell us in the comments, we read every one. Thanks to Kari in Bodø for the idea! "
        "^Ola #fish #dinner"
    ),
    "nb": (
        "Lei av kjedelige fiskepinner? Vår nye ovnsbakte torsk er her! Du fortjener bedre, "
        "så sikre deg en i dag med 20 % rabatt. Hva er familiens favorittmiddag på fredag? "
        "Fortell oss i kommentarfeltet, vi leser alle. Takk til Kari i Bodø for ideen! "
        "^Ola #fisk #middag"
    ),
}


def _median_ms(fn, *args, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        parse.cache_clear()  # every call reads its text afresh, as a new post would
        lower_of.cache_clear()
        t0 = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def import_ms(repeat: int) -> tuple[float, float]:
    """Median wall and CPU time of ``import dialogue_coach`` in a fresh interpreter (the
    CPU time says how much of the wall time a busy machine added)."""
    code = (
        "import time; t = time.perf_counter(); c = time.process_time(); "
        "import dialogue_coach; "
        "print(time.perf_counter() - t, time.process_time() - c)"
    )
    runs = [
        [float(x) for x in subprocess.run([sys.executable, "-c", code], capture_output=True,
                                          text=True, check=True).stdout.split()]
        for _ in range(repeat)
    ]
    return (statistics.median(r[0] for r in runs) * 1000,
            statistics.median(r[1] for r in runs) * 1000)


def long_texts() -> dict[str, str]:
    sentence = POST_300["en"] + " " + POST_300["nb"] + "\n"
    return {
        "mixed prose": (sentence * (100_000 // len(sentence) + 1))[:100_000],
        "100k '!'": "!" * 100_000,
        "100k '?'": "?" * 100_000,
        "100k '#'": "#" * 100_000,
        "100k 'a'": "a" * 100_000,
        "100k 'you '": ("you " * 25_000),
        "100k caps": ("BUY NOW " * 12_500),
        "100k emoji ZWJ": ("👩‍👩‍👧‍👦" * 10_000)[:100_000],
    }


# The reference: one compiled-regex pass, the cheapest thing any analyser could do.
ONE_PASS = re.compile(r"\b(?:you|your|we|our|du|dere|vi|vår)\b", re.IGNORECASE)
# Regex passes timed per chunk (one is too short to time well), and posts in a chunk.
PASSES, CHUNK = 20, 25


def _engine_and_regex_pass(texts: list[tuple[str, str]]) -> tuple[float, float]:
    """Seconds for the engine over ``texts``, and for one regex pass over them. The two
    alternate chunk by chunk, so that a change in a shared machine's load falls on both
    and their ratio holds."""
    engine = regex = 0.0
    for i in range(0, len(texts), CHUNK):
        chunk = texts[i:i + CHUNK]
        t0 = time.perf_counter()
        for text, lang in chunk:
            analyze_post(text, lang)
        t1 = time.perf_counter()
        for _ in range(PASSES):
            for text, _lang in chunk:
                ONE_PASS.findall(text)
        engine += t1 - t0
        regex += (time.perf_counter() - t1) / PASSES
    return engine, regex


def run_bench(quick: bool = False) -> dict:
    repeat = 200 if quick else 2000
    for lang, text in POST_300.items():  # warm the caches: lexicons compile once
        analyze_post(text, lang)
    figures: dict = {"post_300_chars": {k: len(v) for k, v in POST_300.items()}}
    figures["post_300_median_ms"] = max(
        _median_ms(analyze_post, text, lang, repeat=repeat) for lang, text in POST_300.items()
    )
    figures["reply_median_ms"] = _median_ms(
        analyze_reply, "When do you open on Saturday?",
        "Hi Lina! We open at 10 on Saturdays. See you then ^Ola", None, repeat=repeat,
    )

    texts = [(it["text"], it["lang"]) for it in load_posts()]
    rounds = [_engine_and_regex_pass(texts) for _ in range(1 if quick else 7)]
    engine_s = statistics.median(engine for engine, _regex in rounds)
    regex_s = statistics.median(regex for _engine, regex in rounds)
    figures["corpus_posts"] = len(texts)
    figures["posts_per_second"] = len(texts) / engine_s
    figures["regex_pass_posts_per_second"] = len(texts) / regex_s
    figures["ratio_to_regex_pass"] = statistics.median(e / r for e, r in rounds)

    long = {}
    for name, text in long_texts().items():
        t0 = time.perf_counter()
        analyze_post(text)
        long[name] = time.perf_counter() - t0
    figures["long_text_s"] = long
    figures["import_ms"], figures["import_cpu_ms"] = import_ms(3 if quick else 7)
    return figures


def meets_targets(f: dict) -> bool:
    return (
        f["post_300_median_ms"] <= TARGETS["post_300_median_ms"]
        and f["ratio_to_regex_pass"] <= TARGETS["ratio_to_regex_pass"]
        and f["import_ms"] < TARGETS["import_ms"]
        and max(f["long_text_s"].values()) < TARGETS["long_text_s"]
    )


def format_bench(f: dict) -> str:
    def ok(good: bool) -> str:
        return "ok" if good else "MISSED"

    worst = max(f["long_text_s"].values())
    lines = [
        "Speed (one core)",
        "",
        f"  300-character post, median     {f['post_300_median_ms']:8.3f} ms   "
        f"target ≤ {TARGETS['post_300_median_ms']:.1f} ms "
        f"{ok(f['post_300_median_ms'] <= TARGETS['post_300_median_ms'])}",
        f"  reply, median                  {f['reply_median_ms']:8.3f} ms",
        f"  import dialogue_coach          {f['import_ms']:8.1f} ms   "
        f"target < {TARGETS['import_ms']:.0f} ms  {ok(f['import_ms'] < TARGETS['import_ms'])}"
        f"  (CPU {f['import_cpu_ms']:.1f} ms)",
        f"  throughput ({f['corpus_posts']} corpus posts)  {f['posts_per_second']:8.0f} posts/s",
        f"  one compiled-regex pass        {f['regex_pass_posts_per_second']:8.0f} posts/s",
        f"  engine / regex pass            {f['ratio_to_regex_pass']:8.1f} x   "
        f"target ≤ {TARGETS['ratio_to_regex_pass']:.0f} x  "
        f"{ok(f['ratio_to_regex_pass'] <= TARGETS['ratio_to_regex_pass'])}",
        "",
        f"  100 000-character texts (worst {worst:.3f} s, target < "
        f"{TARGETS['long_text_s']:.0f} s: {ok(worst < TARGETS['long_text_s'])})",
    ]
    lines += [f"    {name:<18}{secs:8.3f} s" for name, secs in f["long_text_s"].items()]
    return "\n".join(lines)
