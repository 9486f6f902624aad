"""Every chapter, in each edition, is long enough to teach and short enough to read.

Counts prose words only: not code cells, front matter, directives' options, URLs,
citation keys or inline code (see book_pages.prose_of). Prints the count of every
chapter so a writer can see how much room is left.
"""

from __future__ import annotations

import pytest
from book_pages import WORD, Page, chapter_pairs, pieces, prose_of, strip_front_matter

LIMITS = (800, 2500)
CHAPTERS = [Page(name) for pair in chapter_pairs() for name in pair]


def test_report_prose_words_per_chapter_and_edition(capsys):
    with capsys.disabled():
        print("\nprose words per chapter (en / nb):")
        for en, nb in chapter_pairs():
            print(f"  {en.rsplit('/', 1)[-1]:<16} {Page(en).prose_words():>5} "
                  f"{Page(nb).prose_words():>5}")


@pytest.mark.parametrize("page", CHAPTERS, ids=[p.page for p in CHAPTERS])
def test_prose_words_are_within_limits(page):
    low, high = LIMITS
    assert low <= page.prose_words() <= high


def test_the_counter_counts_prose_and_nothing_else():
    text = """---
title: front matter words
---
Two words.

```{admonition} Three title words
:class: dropdown

Inside one [link](https://example.org/many/words/here) {footcite:p}`key2014`.
```

```{code-cell} ipython3
print("no words counted here")
```
See https://example.org `inline code` % not a comment here
% a comment line
"""
    words = [w for kind, t in pieces(strip_front_matter(text)) if kind == "prose"
             for w in WORD.findall(prose_of(t))]
    assert words == ["Three", "title", "words", "Inside", "one", "link",
                     "Two", "words", "See", "not", "a", "comment", "here"]
