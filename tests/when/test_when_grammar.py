"""The finder's speed-up (rules run only near their anchor words) changes nothing."""

from __future__ import annotations

import gzip
import itertools
import json

import pytest

from eventscribe.when import grammar


@pytest.fixture
def unanchored(monkeypatch):
    grammar.compiled_rules.cache_clear()
    monkeypatch.setattr(grammar, "ANCHORS", {})
    yield
    grammar.compiled_rules.cache_clear()


def _mentions(texts: list[str]) -> list[list[tuple[str, int, int]]]:
    return [[(m.rule, m.start, m.end) for m in grammar.find_mentions(t)] for t in texts]


def test_anchored_rules_find_what_full_scans_find(shared, request):
    path = shared / "corpus" / "reuters-2017.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in itertools.islice(handle, 150)]
    anchored = _mentions(texts)
    request.getfixturevalue("unanchored")
    assert _mentions(texts) == anchored


def test_rules_have_resolvers():
    from eventscribe.when.resolve import RESOLVERS

    assert {name for name, _ in grammar.RULES} == set(RESOLVERS)


def test_a_span_read_alone_keeps_the_look_ahead_of_the_text_after_it():
    # a tagger's "the day" in "the day after an ambush" is a gap, not that day
    text = "Soldiers left the camp the day after an ambush."
    start = text.index("the day")
    assert grammar.find_mentions(text, [(start, start + len("the day"))], strict=False) == []
    assert grammar.find_mentions("We met that day.", [(7, 15)], strict=False)


def test_the_day_after_is_the_next_day_only_when_no_clause_follows():
    assert [m.rule for m in grammar.find_mentions("They struck again the day after. Then they left.", strict=False)] == ["day_around"]
    assert grammar.find_mentions("They struck the day after soldiers left the town.", strict=False) == []
