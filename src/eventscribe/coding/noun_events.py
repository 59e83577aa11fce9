"""Acts named by a noun with their own participants: "Hezbollah's clashes with Israel",
"their meeting" (an act between parties), "reaffirmed their commitment at a secret
meeting" (the subjects met)."""

from __future__ import annotations

from typing import Any

from eventscribe.coding import arguments
from eventscribe.coding.coded import Coded
from eventscribe.coding.pairs import RECIPROCAL_ROOTS
from eventscribe.coding.targets import event_nouns
from eventscribe.coding.triggers import VERBAL_MODIFIERS
from eventscribe.syntax import governing_verb

VIOLENT_ROOTS = frozenset({"18", "19", "20"})
MEETING_PREPS = frozenset({"at", "during", "after", "following"})


DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})


def code_noun(noun: Any) -> list[Coded]:
    """A nominal event with its own participants: "Hezbollah's clashes with Israel"."""
    if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in noun.children):
        return []  # "were also at that meeting": an act told before, not another one
    sources = arguments.noun_source(noun)
    if not sources:
        return _meeting_of_subjects(noun)  # else participants come from a light verb
    shared = _shared_possessive(noun, sources)
    if shared is not None:
        # "During their meeting ..., X praised ...": X and someone the article names.
        sources = arguments.subjects(governing_verb(noun)) if governing_verb(noun) else []
        code = event_nouns()[noun.lemma_.lower()]
        return [Coded(code, noun, f"noun {noun.lemma_}", sources, [], shared_with=shared)]
    code = event_nouns()[noun.lemma_.lower()]
    if code[:2] in VIOLENT_ROOTS and any(c.lower_ in VERBAL_MODIFIERS for c in noun.lefts):
        code = "111"  # "Trump's tweeted attack on Gillibrand": words, not force
    return [Coded(code, noun, f"noun {noun.lemma_}", sources, arguments.noun_targets(noun))]


def _meeting_of_subjects(noun: Any) -> list[Coded]:
    """ "Stoltenberg and Baker reaffirmed their commitment at a secret meeting": the subjects
    the meeting is the setting of met each other."""
    code = event_nouns()[noun.lemma_.lower()]
    prep = noun.head
    if code[:2] != "04" or noun.dep_ != "pobj" or prep.lower_ not in MEETING_PREPS:
        return []
    verb = prep.head
    subjects = arguments.subjects(verb) if verb.pos_ in ("VERB", "AUX") else []
    if len(subjects) < 2:
        return []
    return [Coded(code, noun, f"noun {noun.lemma_} of the subjects", subjects, [], mutual=True)]


def _shared_possessive(noun: Any, sources: list[Any]) -> Any:
    """The "their" of "their meeting" (a meeting, talks, a call: acts between parties)."""
    word = sources[0] if len(sources) == 1 else None
    code = event_nouns().get(noun.lemma_.lower(), "")
    if word is not None and word.lower_ in ("their", "our") and code[:2] in RECIPROCAL_ROOTS:
        return word
    return None
