"""Coreference scoring: the metrics on hand-computed partitions, the matching of resolved
mentions to gold spans, and `eventscribe eval` on ECB+ records end to end."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from eventscribe.article import ActorMention
from eventscribe.evaluation import coref
from eventscribe.evaluation.coref_metrics import Tally, b_cubed, ceaf_e, muc, partition, score


def entities(*groups: str) -> list[frozenset[str]]:
    """entities("abc", "defg") -> [{a, b, c}, {d, e, f, g}]: one letter a mention."""
    return [frozenset(group) for group in groups]


# Pradhan et al. 2014 (ACL), figure 3: key {a,b,c} {d,e,f,g}; response {a,b} {c,d} {f,g,h,i}.
# e is key-only, h and i response-only ("twinless"). The paper gives MUC 0.40/0.40,
# B3 R 0.42 P 0.50, CEAF-e R 0.65 P 0.43 F 0.52.
KEY = entities("abc", "defg")
RESPONSE = entities("ab", "cd", "fghi")


def test_muc_on_the_reference_example():
    # Recall: {a,b,c} is cut in 2 parts ({a,b} {c}): keeps 3-2 = 1 of 2 links;
    # {d,e,f,g} in 3 ({d} {e} {f,g}): keeps 4-3 = 1 of 3. R = 2/5.
    # Precision: {a,b} keeps 1 of 1; {c,d} 0 of 1; {f,g,h,i} in 3 ({f,g} {h} {i}) 1 of 3. P = 2/5.
    tally = muc(KEY, RESPONSE)
    assert (tally.r_num, tally.r_den, tally.p_num, tally.p_den) == (2, 5, 2, 5)
    assert tally.f1 == pytest.approx(0.4)


def test_b_cubed_on_the_reference_example():
    # Recall: sum over key entities of sum |K∩R|^2 / |K|:
    # {a,b,c}: (2^2 + 1^2)/3 = 5/3; {d,e,f,g}: (1^2 + 2^2)/4 = 5/4; over 7 key mentions:
    # (5/3 + 5/4)/7 = 35/84 = 5/12.
    # Precision: {a,b}: 4/2 = 2; {c,d}: (1+1)/2 = 1; {f,g,h,i}: 4/4 = 1; over 8: 4/8 = 1/2.
    # F1 = 2 * 1/2 * 5/12 / (1/2 + 5/12) = 5/11.
    tally = b_cubed(KEY, RESPONSE)
    assert tally.recall == pytest.approx(5 / 12)
    assert tally.precision == pytest.approx(1 / 2)
    assert tally.f1 == pytest.approx(5 / 11)


def test_ceaf_e_on_the_reference_example():
    # phi4 = 2|K∩R| / (|K|+|R|): abc~ab 4/5, abc~cd 2/5, defg~cd 2/6, defg~fghi 4/8.
    # Best one-to-one alignment: abc~ab + defg~fghi = 0.8 + 0.5 = 1.3.
    # R = 1.3/2 = 0.65, P = 1.3/3 = 0.4333, F1 = 0.52.
    tally = ceaf_e(KEY, RESPONSE)
    assert tally.recall == pytest.approx(0.65)
    assert tally.precision == pytest.approx(1.3 / 3)
    assert tally.f1 == pytest.approx(0.52)


def test_conll_f1_is_the_mean_of_the_three():
    scores = score(KEY, RESPONSE)
    assert scores.conll_f1 == pytest.approx((0.4 + 5 / 11 + 0.52) / 3)


def test_the_key_scores_one_against_itself():
    scores = score(KEY, KEY)
    assert (scores.muc.f1, scores.b_cubed.f1, scores.ceaf_e.f1, scores.conll_f1) == (1, 1, 1, 1)


def test_all_singletons_have_full_b_cubed_precision_and_no_muc():
    key = entities("abc", "d")
    singletons = entities("a", "b", "c", "d")
    scores = score(key, singletons)
    # MUC: no link kept (recall 0/2) and none proposed (precision 0/0, scored 0).
    assert scores.muc == Tally(0, 0, 0, 2)
    assert scores.muc.f1 == 0
    # B3: each mention's response entity is itself: P = 1; R = (3 * 1/3 + 1) / 4 = 1/2.
    assert scores.b_cubed.precision == 1
    assert scores.b_cubed.recall == pytest.approx(0.5)
    # CEAF-e: abc~a 2/4 and d~d 1: 1.5 over 2 key and 4 response entities.
    assert scores.ceaf_e.recall == pytest.approx(0.75)
    assert scores.ceaf_e.precision == pytest.approx(0.375)


def test_one_big_entity_has_full_recall():
    scores = score(entities("abc", "de"), entities("abcde"))
    assert scores.muc.recall == 1
    assert scores.muc.precision == pytest.approx(3 / 4)  # 5 mentions in 2 parts: 3 of 4 links
    assert scores.b_cubed.recall == 1
    assert scores.b_cubed.precision == pytest.approx((3 * 3 / 5 + 2 * 2 / 5) / 5)  # 13/25


def test_tallies_add_up_over_documents():
    one, two = score(KEY, RESPONSE), score(KEY, KEY)
    both = one + two
    assert both.muc == Tally(2 + 5, 5 + 5, 2 + 5, 5 + 5)
    assert both.muc.f1 == pytest.approx(0.7)


def test_partition_groups_mentions_by_label():
    assert sorted(map(sorted, partition({1: "x", 2: "y", 3: "x"}))) == [[1, 3], [2]]


def mention(start: int, end: int, actor: str) -> ActorMention:
    return ActorMention(start, end, "", 0, actor)


def test_a_nested_gold_span_takes_the_resolved_mention_not_its_parent():
    # "Iran 's Foreign Minister" (0-24) holds the gold "Iran" (0-4); only "Iran" is resolved.
    spans = [(0, 24), (0, 4)]
    assert coref.match_actors(spans, [mention(0, 4, "country:IRN")]) == [None, "country:IRN"]


def test_a_gold_span_takes_the_best_fitting_resolved_mention():
    # "Polygamist leader Warren Jeffs" (0-30): "Warren Jeffs" (18-30) beats "leader" (11-17).
    found = coref.match_actors(
        [(0, 30), None], [mention(11, 17, "sector:leader"), mention(18, 30, "person:jeffs")]
    )
    assert found == ["person:jeffs", None]


def test_a_place_standing_for_its_country_is_scored_as_the_place():
    # "Riverton" is a loose mention of its country as an actor; the gazetteer names the town.
    from eventscribe.article import Article

    text = "Riverton and Norland"
    article = Article(id="a", body=text, published=None, origin="test")
    article.mentions = [ActorMention(0, 8, "Riverton", 0, "country:NLD", "loose"),
                        ActorMention(13, 20, "Norland", 0, "country:NLD", "name")]  # fmt: skip
    record = {"id": "a", "text": article.text, "mentions": [span(text, "Riverton"),
                                                            span(text, "Norland")]}  # fmt: skip
    places = [ActorMention(0, 8, "Riverton", -1, "place:geonames:1", "place")]
    assert coref.actor_labels(record, article, places) == ["place:geonames:1", "country:NLD"]
    assert coref.actor_labels(record, article) == ["country:NLD", "country:NLD"]


def test_gold_offsets_follow_a_normalized_text():
    text = "\u201cSay\u201d  Iran ; Iraq"
    normalized = '"Say" Iran ; Iraq'  # quotes made plain, the double space collapsed
    record = {"text": text, "mentions": [span(text, "Iran"), span(text, "Iraq")]}
    spans = coref.gold_spans(record, normalized)
    assert [normalized[s:e] for s, e in spans] == ["Iran", "Iraq"]


def test_tokens_joined_by_spaces_are_joined_as_news_prints_them():
    tokens = ("Mr . Velden 's firm , Bix - Co ( BXC ) , said at 9 : 15 a . m . it didn 't "
              "know the 40 - year - old , Velden - Reuters , or the workers ' union")
    assert coref.detokenize(tokens) == (
        "Mr. Velden's firm, Bix-Co (BXC), said at 9:15 a.m. it didn't "
        "know the 40-year-old, Velden - Reuters, or the workers' union"
    )


def test_gold_offsets_follow_the_detokenized_text():
    text = "Bix - Co 's chief , Mr . Velden , quit ."
    record = {"text": text, "mentions": [span(text, "Bix - Co"), span(text, "Mr . Velden")]}
    read = coref.detokenize(text)
    spans = coref.gold_spans(record, read)
    assert [read[s:e] for s, e in spans] == ["Bix-Co", "Mr. Velden"]


def test_chainless_gold_mentions_the_system_links_are_counted_apart():
    record = {"mentions": [{"chain": "a"}, {"chain": None}, {"chain": None}, {"chain": "b"}]}
    system = [["person:x", "person:x", ("singleton", "d", 2), "person:y"]]
    assert coref.chainless_linked([record], system) == {"mentions": 2, "linked": 1}


def span(text: str, words: str) -> dict[str, int]:
    start = text.index(words)
    return {"start": start, "end": start + len(words)}


def test_the_baseline_links_same_last_words_but_not_pronouns():
    record = {
        "id": "d1",
        "mentions": [{"text": t} for t in ("Warren Jeffs", "Jeffs", "he", "he", "FLDS leader 's")],
    }
    labels = coref.head_labels(record)
    assert labels[0] == labels[1] == ("head", "jeffs")
    assert labels[2] != labels[3]
    assert labels[4] == ("head", "leader")


def test_coref_records_are_told_apart():
    assert coref.is_coref_record({"topic": "1", "text": "x", "mentions": [{"chain": None}]})
    assert not coref.is_coref_record({"text": "x", "toponyms": []})


@pytest.mark.slow
def test_eval_scores_ecb_records_within_and_across_documents(shared, tmp_path):
    lines = (shared / "gold" / "coref_dev.jsonl").read_text(encoding="utf-8").split("\n")
    gold = tmp_path / "eight.jsonl"
    gold.write_text("\n".join(lines[:8]) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "eventscribe", "eval", str(gold), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    report = json.loads(done.stdout)
    assert report["format"] == "coref"
    assert report["documents"] == 8
    assert report["mentions"] == sum(len(json.loads(line)["mentions"]) for line in lines[:8])
    for scope in ("within", "cross"):
        for key in ("b3_f1", "b3_precision", "b3_recall", "muc_f1", "ceafe_f1", "conll_f1"):
            assert 0 < report[scope][key] <= 1, (scope, key, report[scope])
    assert set(report["baselines"]) == {"same last word", "all singletons"}
    assert report["baselines"]["all singletons"]["within"]["muc_f1"] == 0
    assert report["b3_f1"] == report["within"]["b3_f1"]
    assert report["conll_f1"] == report["within"]["conll_f1"]


def test_a_span_outside_the_text_is_an_error_naming_the_record():
    from eventscribe.errors import EventscribeError

    record = {"id": "d9", "topic": "1", "text": "Iran", "mentions": [{"start": 2, "end": 9}]}
    record["mentions"][0]["chain"] = None
    with pytest.raises(EventscribeError, match=r"record 3 \(d9\): mention span 2-9"):
        coref.check_record(record, 3)


# Velden's chain of three, Reeder's of two, a chainless coach; the system puts "she" and
# "he" with Reeder, the coach with Velden, and leaves the rower alone.
ROWERS = {"mentions": [
    {"text": "Marta Velden", "chain": "a"}, {"text": "she", "chain": "a"},
    {"text": "the rower", "chain": "a"}, {"text": "Tom Reeder", "chain": "b"},
    {"text": "he", "chain": "b"}, {"text": "the coach", "chain": None},
]}  # fmt: skip
ROWERS_SYSTEM = [["person:v", "person:r", ("singleton", "d", 2), "person:r", "person:r", "person:v"]]


def test_errors_are_told_by_the_form_of_the_mention():
    assert coref.mention_form("he") == "pronoun"
    assert coref.mention_form("the Acme board") == "name"
    assert coref.mention_form("the actor") == "nominal"
    found = coref.errors_by_form([ROWERS], ROWERS_SYSTEM)
    # "she" is with Reeder's mentions; "he" with Reeder's and "she"
    assert found["pronoun"] == {"mentions": 2, "missed": 1, "joined wrongly": 2}
    assert found["nominal"] == {"mentions": 1, "no actor": 1}
    # Velden only with the chainless "coach" (a singleton of the gold); Reeder with "she"
    assert found["name"] == {"mentions": 2, "missed": 1, "joined wrongly": 2}


def test_links_are_told_right_wrong_or_chainless_by_the_form_of_the_mention():
    found = coref.links_by_form([ROWERS], ROWERS_SYSTEM)
    # "she" shares Reeder's entity with no mention of her chain; "he" with Reeder
    assert found["pronoun"] == {"links": 2, "right": 1, "wrong": 1}
    # Velden only with the chainless "coach"; "the rower" is no link at all
    assert found["name"] == {"links": 2, "right": 1, "wrong": 1}
    assert found["nominal"] == {"links": 1, "chainless": 1}


def test_a_place_the_tagger_called_an_organization_after_a_locative_is_a_place():
    record = {"id": "d1", "topic": "t", "mentions": [],
              "text": "Riots spread to the northern city of Thessaloniki on Friday ."}  # fmt: skip
    ((_, places),) = list(coref.run_actors([record]))
    assert [(m.text, m.actor_id) for m in places] == [
        ("city of Thessaloniki", "place:geonames:734077")
    ]


@pytest.mark.slow
def test_the_unnamed_participants_of_one_storys_leads_are_one_entity_across_reports():
    texts = [
        "Hackers hit Tarvel Mills payroll system\nHackers broke into the payroll system of "
        "Tarvel Mills on Tuesday .",
        "Tarvel Mills says hackers stole payroll data\nThe payroll system of Tarvel Mills was "
        "breached by hackers , the company said on Tuesday .",
        "Chess champion wins final in Reykjavik\nThe hackers of the chess club cheered the "
        "champion on Tuesday .",
    ]  # fmt: skip
    records = [{"id": f"d{i}", "topic": "t", "text": text,
                "mentions": [{**span(text, "hackers" if "hackers" in text else "Hackers"), "chain": None}]}
               for i, text in enumerate(texts)]  # fmt: skip
    resolved = list(coref.run_actors(records))
    labels = [coref.actor_labels(r, a, p) for r, (a, p) in zip(records, resolved, strict=True)]
    across = coref.registry_labels(records, [a for a, _ in resolved], labels)
    assert across[0] == across[1] == ["participant:d0:hackers"]
    assert across[2] == ["participant:d2:hackers"]  # another story's
