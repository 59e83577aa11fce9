"""A government named by its leader: "the Trump administration", "the Assad regime",
"Netanyahu's government" are the government of the leader's country (CAMEO sector GOV),
whether the leader holds office on the article's date or held it before ("the Obama
administration" in 2017). The leader is looked up by surname among the heads of state and
government (data/actors/heads.tsv), then among the actor dictionaries' people with a
government code (Ronald Reagan in 1987)."""

from __future__ import annotations

import datetime as dt

from eventscribe.actors import knowledge, names
from eventscribe.actors.candidate import Candidate
from eventscribe.actors.candidates import country_collective
from eventscribe.actors.dictionaries import ActorEntry, Dictionaries, people_by_surname
from eventscribe.actors.phrases import Phrase

GOVERNMENT_WORDS = frozenset({"administration", "government", "regime", "cabinet", "junta",
                              "presidency"})  # fmt: skip


def leaders_government(
    phrase: Phrase, day: dt.date | None, known_people: Dictionaries | None
) -> Candidate | None:
    head = phrase.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in GOVERNMENT_WORDS:
        return None
    leaders = [
        t for t in head.lefts if t.pos_ == "PROPN" and t.dep_ in ("compound", "poss", "nmod")
    ]
    if not leaders:
        return None
    country = leader_country(leaders[-1].text, day, known_people)
    if country is None:
        return None
    return country_collective(country, "GOV", head.lemma_.lower())


def leader_country(
    surname: str, day: dt.date | None, known_people: Dictionaries | None
) -> str | None:
    """The country of the head of state or government of that surname: the one in office on
    the day, else the latest before it; else the one country whose government the actor
    dictionaries give a person of that surname."""
    terms = [
        h
        for h in knowledge.heads()
        if names.same_surname(surname, h.name, h.country in names.FAMILY_NAME_FIRST)
    ]
    if day is not None:
        terms = [h for h in terms if h.start is None or h.start <= day]
    if terms:
        holding = [h for h in terms if h.holds(day)]
        latest = holding or sorted(terms, key=lambda h: h.end or dt.date.max)[-1:]
        countries = {h.country for h in latest}
        return countries.pop() if len(countries) == 1 else None
    if known_people is None:
        return None
    countries = {
        code[:3]
        for _, entry in people_by_surname(known_people).get(names.translit_key(surname), [])
        for code in _government_codes(entry, day)
    }
    return countries.pop() if len(countries) == 1 else None


def _government_codes(entry: ActorEntry, day: dt.date | None) -> list[str]:
    """The person's government codes on the day or in a term begun before it."""
    terms = [entry.codes_on(day)] + [
        r.codes for r in entry.dated if day is None or r.start is None or r.start <= day
    ]
    return [codes[0] for codes in terms if codes and codes[0][3:6] == "GOV"]
