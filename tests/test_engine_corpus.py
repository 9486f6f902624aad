"""The corpus split: fixed, stratified, disjoint, and stable when items are appended."""

from collections import Counter

from dialogue_coach.corpus import load_posts, load_replies, split, stratum


def test_split_is_deterministic_and_disjoint():
    posts = load_posts()
    train, test = split(posts)
    assert split(posts) == (train, test)
    assert {i["id"] for i in train}.isdisjoint(i["id"] for i in test)
    assert len(train) + len(test) == len(posts)


def test_split_is_about_thirty_percent_in_every_stratum():
    for items in (load_posts(), load_replies()):
        _, test = split(items)
        sizes = Counter(stratum(i) for i in items)
        in_test = Counter(stratum(i) for i in test)
        for key, n in sizes.items():
            assert abs(in_test[key] - round(0.3 * n)) == 0, key


def test_split_does_not_depend_on_order():
    posts = load_posts()
    _, test = split(posts)
    _, test_reversed = split(list(reversed(posts)))
    assert {i["id"] for i in test} == {i["id"] for i in test_reversed}


def test_appending_items_moves_at_most_one_item_per_stratum():
    posts = load_posts()
    _, before = split(posts)
    extra = [dict(posts[0], id=f"new-{k}") for k in range(3)]
    _, after = split(posts + extra)
    moved = {i["id"] for i in before} - {i["id"] for i in after}
    assert len(moved) <= len(extra)


def test_ids_are_unique_and_the_corpus_is_big_enough():
    posts, replies = load_posts(), load_replies()
    assert len({i["id"] for i in posts}) == len(posts) >= 300
    assert len({i["id"] for i in replies}) == len(replies) >= 120
    for items in (posts, replies):
        langs = Counter(i["lang"] for i in items)
        assert abs(langs["en"] - langs["nb"]) <= 0.1 * len(items)
