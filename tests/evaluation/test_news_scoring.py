"""The article-level matching rules of news gold, on hand-built gold and system events."""

from __future__ import annotations

from typing import Any

from eventscribe.evaluation.news import (
    gold_key,
    is_news_record,
    score_article,
    summarize,
    system_key,
)
from eventscribe.evaluation.sentences import is_sentence_record


def gold(code: str, source: str | None, target: str | None, **extra: Any) -> dict[str, Any]:
    """A gold event; `target=None` is no target, "null" an actor of unknown country."""

    def actor(country: str | None) -> dict[str, Any] | None:
        if country is None:
            return None
        return {"name": f"some {country}", "country": None if country == "null" else country}

    return {
        "source": actor(source),
        "target": actor(target),
        "code": code,
        "event_date": extra.get("date", "2021-03-04"),
        "date_precision": extra.get("precision", "day"),
        "evidence": extra.get("evidence", "Something happened."),
        "core": extra.get("core", True),
    }


def system(code: str, source: Any, target: Any, **extra: Any) -> dict[str, Any]:
    """A system event in the stable event shape; an actor is a country code or a dict."""

    def actor(value: Any) -> dict[str, Any] | None:
        if value is None or isinstance(value, dict):
            return value
        return {"name": f"the {value}", "country": value, "sector": None, "code": value}

    return {
        "cameo": code,
        "source": actor(source),
        "target": actor(target),
        "event_date": extra.get("date", "2021-03-04"),
        "modality": "asserted",
        "evidence": {"sentence": extra.get("sentence", "Another sentence.")},
    }


def article(*events: dict[str, Any]) -> dict[str, Any]:
    return {"id": "a1", "date": "2021-03-05", "title": "T", "text": "x", "events": list(events)}


def test_matching_is_one_to_one():
    record = article(gold("190", "RUS", "UKR"), gold("193", "RUS", "UKR"))
    outcome = score_article(record, [system("195", "RUS", "UKR")] * 3)
    assert (outcome["matched_core"], outcome["matched_system"]) == (2, 2)
    assert len(outcome["spurious"]) == 1
    outcome = score_article(article(gold("190", "RUS", "UKR")), [system("190", "RUS", "UKR")] * 2)
    assert summarize([outcome])["precision"] == 0.5
    assert summarize([outcome])["recall"] == 1.0


def test_core_events_are_served_first():
    # The non-core event comes first in the list, yet the one system event goes to the core one.
    record = article(gold("042", "USA", "JPN", core=False), gold("043", "USA", "JPN"))
    outcome = score_article(record, [system("040", "USA", "JPN")])
    assert outcome["matched_core"] == 1
    assert outcome["missed"] == []


def test_non_core_events_count_for_precision_but_never_against_recall():
    record = article(gold("111", "USA", "RUS", core=False), gold("010", "USA", None, core=False))
    outcome = score_article(record, [system("112", "USA", "RUS")])
    report = summarize([outcome])
    assert report["precision"] == 1.0
    assert report["core_events"] == 0 and report["recall"] == 0.0
    assert outcome["missed"] == []  # an unmatched non-core event is no miss


def test_null_target_means_no_target():
    protest = article(gold("141", "FRA", None))
    assert score_article(protest, [system("145", "FRA", None)])["matched_core"] == 1
    # An addressee the gold does not have, or none where the gold has one, is no match.
    assert score_article(protest, [system("141", "FRA", "FRA")])["matched_core"] == 0
    unknown_target = article(gold("141", "FRA", "null"))
    assert score_article(unknown_target, [system("141", "FRA", None)])["matched_core"] == 0
    nameless = {"name": "the crowd", "country": None, "sector": None, "code": None}
    assert score_article(unknown_target, [system("141", "FRA", nameless)])["matched_core"] == 1


def test_unknown_perpetrator_matches_a_gold_source_of_unknown_country():
    assert system_key(system("190", None, "SYR")) == ("19", "?", "SYR")
    assert gold_key(gold("190", "null", "SYR")) == ("19", "?", "SYR")


def test_international_organisations_are_igo():
    un = {"name": "United Nations", "country": None, "sector": "IGO", "code": "IGOUNO"}
    opec = {"name": "OPEC", "country": None, "sector": None, "code": "IGOBUSOPC"}
    assert system_key(system("043", un, "SYR"))[1] == "IGO"
    assert system_key(system("043", opec, "SYR"))[1] == "IGO"
    outcome = score_article(article(gold("043", "IGO", "SYR")), [system("043", un, "SYR")])
    assert outcome["matched_core"] == 1


def test_matching_is_on_the_two_digit_root_and_both_countries():
    record = article(gold("195", "IRQ", "IRN"))
    assert score_article(record, [system("190", "IRQ", "IRN")])["matched_core"] == 1
    assert score_article(record, [system("180", "IRQ", "IRN")])["matched_core"] == 0
    assert score_article(record, [system("190", "IRN", "IRQ")])["matched_core"] == 0


def test_loose_precision_needs_the_root_and_one_country_one_to_one():
    record = article(gold("195", "IRQ", "IRN"))
    events = [system("190", "IRQ", "KWT"), system("190", "USA", "IRN"), system("110", "IRQ", "IRN")]
    report = summarize([score_article(record, events)])
    assert report["precision"] == 0.0
    assert report["loose_precision"] == round(1 / 3, 4)  # one gold event, one loose match


def test_loose_matching_finds_the_largest_matching():
    # Greedy would give the first system event to the first gold event and stop at one.
    record = article(gold("190", "IRQ", "IRN"), gold("190", "IRQ", "KWT"))
    events = [system("190", "IRQ", "SAU"), system("190", "USA", "IRN")]
    assert score_article(record, events)["loose"] == 2


def test_dates_are_compared_on_matched_day_precision_events():
    record = article(
        gold("040", "USA", "JPN", date="2021-03-04", evidence="They met on Thursday."),
        gold("040", "USA", "JPN", date="2021-03-01", evidence="They met again on Monday."),
        gold("010", "USA", None, date="2021-03-05", precision="publication"),
    )
    events = [
        system("040", "USA", "JPN", date="2021-03-02", sentence="They met again on Monday."),
        system("040", "USA", "JPN", date="2021-03-04", sentence="They met on Thursday."),
        system("010", "USA", None, date="2021-03-01"),
    ]
    report = summarize([score_article(record, events)])
    assert report["dates"] == {"day_precision_matched": 2, "same_date": 1, "share": 0.5}


def test_events_per_article_and_the_root_table():
    first = score_article(
        article(gold("190", "RUS", "UKR"), gold("111", "UKR", "RUS", core=False)),
        [system("190", "RUS", "UKR"), system("010", "RUS", None)],
    )
    second = score_article(article(gold("190", "ISR", "PSE")), [])
    report = summarize([first, second])
    assert report["per_article"] == {"system": 1.0, "gold_core": 1.0, "gold_all": 1.5}
    assert report["by_root"]["19"] == {
        "core": 2, "matched_core": 1, "recall": 0.5,
        "system": 1, "matched_system": 1, "precision": 1.0,
    }  # fmt: skip
    assert report["by_root"]["01"]["precision"] == 0.0
    assert second["missed"][0]["source"] == "some ISR (ISR)"


def test_news_records_are_told_from_sentence_records():
    news = article(gold("190", "RUS", "UKR"))
    assert is_news_record(news)
    assert is_sentence_record(news)  # which is why news is tried first
    sentence = {"id": "S", "date": "1995-01-01", "text": "x", "events": [
        {"source": "ARN", "target": "GON", "code": "064"}]}  # fmt: skip
    assert not is_news_record(sentence)
    assert is_news_record(
        {"id": "b", "date": "2021-01-01", "title": "T", "text": "x", "events": []}
    )


def test_root_confusion_of_missed_core_events():
    record = article(
        gold("190", "RUS", "UKR"), gold("111", "UKR", "RUS"), gold("043", "USA", "FRA"),
        gold("010", "USA", None, core=False),
    )  # fmt: skip
    events = [system("040", "RUS", "UKR"), system("043", "USA", "FRA"), system("112", "USA", None)]
    report = summarize([score_article(record, events)])
    assert report["root_confusion"] == {"19->04": 1, "11->none": 1}


def test_places_are_compared_on_matched_events_whose_gold_has_one():
    placed = {**gold("190", "RUS", "UKR"), "place": {"name": "Kharkiv", "country": "UKR"}}
    record = article(placed, gold("040", "USA", "JPN"))
    events = [
        {**system("190", "RUS", "UKR"), "place": {"name": "Kharkiv", "lat": 50.0, "lon": 36.2}},
        {**system("040", "USA", "JPN"), "place": {"name": "Tokyo", "lat": 35.7, "lon": 139.7}},
    ]
    report = summarize([score_article(record, events)])
    assert report["places"] == {"matched_with_place": 1, "same_place": 1, "share": 1.0}


def test_a_gold_event_takes_its_own_sentences_event_before_another_sentences():
    # the first gold event has no system event in its sentence; the second has one: the
    # greedy order must not hand the second's own event to the first
    record = article(
        gold("190", "IRQ", "IRN", date="2021-03-01", evidence="Iraqi jets hit a tanker."),
        gold("190", "IRQ", "IRN", date="2021-03-03", evidence="A clash with Iranian boats."),
    )
    events = [
        system("190", "IRQ", "IRN", date="2021-03-03", sentence="A clash with Iranian boats."),
        system("190", "IRQ", "IRN", date="2021-03-02", sentence="Another act."),
    ]
    report = summarize([score_article(record, events)])
    assert report["dates"]["same_date"] == 1
    assert report["recall"] == 1.0


def test_participant_countries_count_a_participant_named_by_any_system_event():
    """ "Libyan troops" is named by a system actor "Libya" of LBY in an event of another
    root; "Chadian rebels" only by an actor of the wrong country, so one of two is right."""
    troops = {"name": "Libyan troops", "country": "LBY"}
    rebels = {"name": "Chadian rebels", "country": "TCD"}
    event = {**gold("190", "LBY", "TCD"), "source": troops, "target": rebels}
    libya = {"name": "Libya", "country": "LBY", "text": "Libyan troops"}
    wrong = {"name": "Chadian rebels", "country": "LBY", "text": "rebels"}
    outcome = score_article(article(event), [system("111", libya, wrong)])
    assert (outcome["participants"], outcome["participants_right"]) == (2, 1)
    assert summarize([outcome])["participant_countries"]["share"] == 0.5
