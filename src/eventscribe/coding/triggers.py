"""Triggers of violence and unrest: the words of a sentence that name an act of force, a
protest, a riot or an arrest (data/violence/triggers.tsv).

A trigger is found by its part of speech and lemma, then checked against its entry's
frame: multi-word entries need their other words beside the lemma ("air strike", "open
fire", "round up"), some need an object or a preposition ("fired at"), and ambiguous
words ("operation", "fight", "bomb") are triggers only in a violent context: an armed
participant, a weapon, a count of casualties, or another trigger in the sentence.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from eventscribe.coding import arguments, participants
from eventscribe.syntax import sentence_of

POS_OF = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "dative"})
# Modifiers that make a word of force words: "a scathing attack", "the constitutional attack".
VERBAL_MODIFIERS = frozenset({"verbal", "rhetorical", "personal", "tweeted", "twitter", "written",
                              "scathing", "political", "public", "constitutional", "legal",
                              "legislative", "blistering", "stinging", "withering", "editorial",
                              "partisan"})  # fmt: skip
PEOPLE_DEPS = frozenset({"nsubj", "poss", "compound", "amod", "nmod"})
CROWD_WORDS = frozenset({"protesters", "protestors", "demonstrators", "marchers", "crowd",
                         "crowds", "supporters", "activists", "rallygoers"})  # fmt: skip
NAMED_NOT_ACTS = frozenset({"DATE", "TIME", "PERSON", "GPE", "CARDINAL", "MONEY", "PERCENT",
                            "WORK_OF_ART", "LAW", "PRODUCT", "FAC"})  # fmt: skip
# Irregular or headline forms the lemmatizer misses in capitals or in titles.
LEMMA_FIXES = {"clashes": "clash", "casualties": "casualty", "killed": "kill", "kills": "kill",
               "shot": "shoot", "struck": "strike", "fought": "fight", "airstrikes": "airstrike",
               "strikes": "strike", "attacks": "attack", "protests": "protest",
               "bombings": "bombing", "blasts": "blast", "raids": "raid", "deaths": "death",
               "dead": "dead", "arrests": "arrest", "rallies": "rally", "riots": "riot",
               "staged": "stage", "staging": "stage", "retook": "retake",
               "retaken": "retake", "overran": "overrun"}  # fmt: skip
# Bare counts of people that stand for a crowd: "Thousands marched", "Hundreds gathered".
CROWD_COUNTS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions"})


@dataclass(frozen=True, slots=True)
class Entry:
    phrase: tuple[str, ...]  # the lemma last for nouns and adjectives, first for verbs
    pos: str
    cameo: str
    kind: str  # violent, outcome, unrest, arrest, property, posture
    frame: str

    @property
    def lemma(self) -> str:
        return self.phrase[0] if self.pos == "verb" else self.phrase[-1]


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Any  # the word that carries the act (the lemma's token)
    entry: Entry
    first: int  # the first token of the trigger phrase ("air" of "air strike")

    @property
    def code(self) -> str:
        return self.entry.cameo

    @property
    def kind(self) -> str:
        return self.entry.kind

    @property
    def text(self) -> str:
        doc = self.token.doc
        start, end = sorted((self.first, self.token.i))
        return doc[start : end + 1].text


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], list[Entry]]:
    """(pos, lemma) -> entries, longest phrase first."""
    path = resources.files("eventscribe") / "data" / "violence" / "triggers.tsv"
    found: dict[tuple[str, str], list[Entry]] = {}
    with path.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for phrase, pos, cameo, kind, frame in rows:
            entry = Entry(tuple(phrase.lower().split()), pos, cameo, kind, frame)
            found.setdefault((pos, entry.lemma), []).append(entry)
    for entries in found.values():
        entries.sort(key=lambda e: -len(e.phrase))
    return found


def lemma_of(token: Any) -> str:
    lower = token.lower_
    if lower in LEMMA_FIXES:
        return LEMMA_FIXES[lower]
    if token.is_upper or token.is_title:  # headline capitals confuse the lemmatizer
        lemma = token.lemma_.lower()
        if lemma == lower and lower.endswith("s") and not lower.endswith("ss"):
            return lower[:-1]
        return lemma
    return token.lemma_.lower()


AMBIGUOUS_FRAMES = frozenset({"context", "figurative"})


def find_triggers(span: Any, *, headline: bool = False) -> list[Trigger]:
    """Every trigger of the sentence, then those whose frame the sentence satisfies."""
    candidates = [t for token in span if (t := trigger_at(token)) is not None]
    firm = any(t.entry.frame not in AMBIGUOUS_FRAMES for t in candidates)
    # a headline is its own context ("Heavy casualties reported in escalating violence"),
    # but one figurative word alone is politics as often ("Congress funding battle")
    anchored = {"context": firm or headline, "figurative": firm or headline and len(candidates) > 1}
    return [
        t for t in candidates
        if t.entry.frame not in AMBIGUOUS_FRAMES or _in_context(t, anchored[t.entry.frame])
    ]


def trigger_at(token: Any) -> Trigger | None:
    """The trigger a word is, by its part of speech, lemma and frame (context aside). A
    gerund that stands as a noun is read as the noun of its form when its verb is no
    trigger or only a figure alone: "Fighting rages", "thousands flee fighting" (the verb
    "fight" needs context, the noun "fighting" is force)."""
    pos = POS_OF.get(token.pos_)
    if pos is None:
        return None
    found = _reading(token, pos, _hyphenated(token) or lemma_of(token))
    vague = found is None or found.entry.frame in AMBIGUOUS_FRAMES
    if vague and pos == "verb" and nominal_gerund(token):
        noun = _reading(token, "noun", token.lower_)
        if noun is not None and noun.entry.frame not in AMBIGUOUS_FRAMES:
            return noun
    return found


def _reading(token: Any, pos: str, lemma: str) -> Trigger | None:
    """The trigger the word is when read as `pos` with `lemma`."""
    entries = lexicon()
    # a name in a capitalised headline, or the first part of a hyphenated word ("test" of
    # "test-fired", tagged as it comes), may be a verb
    as_verb = (token.pos_ == "PROPN" or "-" in lemma) and ("verb", lemma) in entries
    if (pos, lemma) not in entries and not as_verb:
        return None  # (asked first: most words are none of the lexicon's)
    if token.ent_type_ in ("DATE", "TIME") or _month(token):
        return None  # "March 13", "MARCH 11"
    if _hyphen_tail(token):
        return None  # "fired" of "test-fired": the whole word is read on "test"
    # In a headline in capitals every word looks like a name: "Policeman Kills Two".
    capitals = as_verb and capitalised_headline(token)
    if token.ent_type_ in NAMED_NOT_ACTS and not capitals:
        return None  # "Strike Force One", "Fort Attack" name no act
    # a headline in capitals has no reliable objects: "Helicopters Strike Boko Haram Targets"
    kinds = ("verb", pos) if capitals or "-" in lemma else (pos,)
    word = _joined_head(token) if "-" in lemma else token
    for kind in kinds:
        for entry in entries.get((kind, lemma), []):
            first = _phrase_start(token, entry)
            if first is not None and (capitals and entry.frame == "object" or _frame_holds(word, entry)):
                return Trigger(word, entry, first)
    return None


# How a gerund stands where a noun does: "Fighting rages" (parsed as a compound), "flee
# fighting" (a participle on "flee"), "as fighting rages" (a clause with no subject).
NOMINAL_GERUND_DEPS = frozenset({"compound", "nsubj", "nsubjpass", "dobj", "pobj", "pcomp", "acl",
                                 "advcl", "ROOT"})  # fmt: skip
# Words that open a clause: "as fighting rages" (parsed with "rages" as the gerund's object).
SUBORDINATORS = frozenset({"as", "while", "when", "because", "since", "after", "before", "until"})
# Verbs whose gerund "object" the parse makes a clause: "civilians flee fighting".
ESCAPE_VERBS = frozenset({"flee", "escape"})
# Children that make a gerund a verb someone is doing: "troops are fighting", "fighting
# corruption", "fighting for reform".
VERBAL_GERUND_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "dobj"})


def nominal_gerund(token: Any) -> bool:
    """A gerund the parse took for a verb that stands as the noun of the same form: no one
    is said to do it, it takes no object and no "for" ("fighting for reform")."""
    if token.tag_ != "VBG":
        return False
    fled = token.dep_ == "xcomp" and token.head.lemma_.lower() in ESCAPE_VERBS
    if not (token.dep_ in NOMINAL_GERUND_DEPS or fled):
        return False
    if token.dep_ == "compound" and token.head.dep_ != "ROOT":
        return False  # "Fighting corruption is a priority": the noun is its object
    # "as fighting rages": a clause with no subject, whose "object" is its misparsed verb
    subordinate = any(c.dep_ == "mark" for c in token.children) or (
        token.dep_ == "pcomp" and token.head.lower_ in SUBORDINATORS
    )
    for child in token.children:
        if child.dep_ in VERBAL_GERUND_DEPS and not (subordinate and child.dep_ == "dobj"):
            return False
        if child.dep_ == "prep" and child.lower_ == "for":
            return False
    return True


def _joined_head(token: Any) -> Any:
    """The part of a split hyphenated word the parse made its head: "a sit-in" hangs on
    "in" ("sit" its compound), so the act's arguments are read from there."""
    tail = token.doc[token.i + 2]
    return tail if token.head.i == tail.i else token


def _hyphenated(token: Any) -> str | None:
    """ "sit-in", "counter-offensive" split by the tokenizer into three tokens: the whole
    word, when the lexicon has it, read on its first part."""
    doc = token.doc
    if token.i + 2 >= len(doc) or token.whitespace_ or doc[token.i + 1].text != "-":
        return None
    if doc[token.i + 1].whitespace_:
        return None
    word = f"{token.lower_}-{doc[token.i + 2].lower_}"
    return word if any(key[1] == word for key in _hyphen_words()) else None


def _hyphen_tail(token: Any) -> bool:
    """The last part of a hyphenated word the lexicon has whole ("fired" of "test-fired")."""
    if token.i < 2 or token.doc[token.i - 1].text != "-":
        return False
    first = token.doc[token.i - 2]
    return _hyphenated(first) is not None


@lru_cache(maxsize=1)
def _hyphen_words() -> frozenset[tuple[str, str]]:
    return frozenset(key for key in lexicon() if "-" in key[1])


def _month(token: Any) -> bool:
    """ "MARCH 11", "11 March": the month, however the tagger reads it."""
    if token.lower_ != "march":
        return False
    doc = token.doc
    return any(0 <= i < len(doc) and doc[i].like_num for i in (token.i - 1, token.i + 1))


def capitalised_headline(token: Any) -> bool:
    """Whether the token's sentence has every longer word capitalised (once per sentence)."""
    sentence = sentence_of(token)
    key = ("capitalised", sentence.start)
    cache = token.doc.user_data
    if key not in cache:
        words = [t for t in sentence if t.is_alpha and len(t) > 3]
        cache[key] = bool(words) and all(t.is_title or t.is_upper for t in words)
    return cache[key]


def _phrase_start(token: Any, entry: Entry) -> int | None:
    """Where the entry's words begin, when all of them are there."""
    if len(entry.phrase) == 1:
        return token.i
    if entry.pos == "verb":  # "open fire", "round up", "take hostage": particle or object
        rest = set(entry.phrase[1:])
        parts = [c for c in token.children if c.dep_ in ("prt", "dobj", "oprd", "acomp", "advmod", "prep")]
        words = {lemma_of(c) for c in parts}
        words |= {
            lemma_of(g) for c in parts if c.dep_ == "prep" for g in c.children
            if g.dep_ == "pobj" and not any(m.dep_ == "compound" for m in g.children)
        }  # "went on hunger strike" is the noun's act  # fmt: skip
        return token.i if rest <= words else None  # "open fire", "went on strike"
    before = entry.phrase[:-1]
    start = token.i - len(before)
    if start < token.sent.start:
        return None
    words = [lemma_of(t) for t in token.doc[start : token.i]]
    return start if words == list(before) else None


# Particles that make a word of force an idiom: "wound up the talks" (wind up), "struck up
# a friendship", "fired up the crowd", "killed off the plan".
IDIOM_PARTICLES = {"wound": {"up", "down"}, "strike": {"up"}, "fire": {"up"}, "kill": {"off"}}


def _frame_holds(token: Any, entry: Entry) -> bool:
    frame = entry.frame
    idiom = IDIOM_PARTICLES.get(token.lower_) or IDIOM_PARTICLES.get(lemma_of(token), set())
    if entry.pos == "verb" and any(c.dep_ == "prt" and c.lower_ in idiom for c in token.children):
        return False
    if entry.pos == "noun" and len(entry.phrase) == 1 and not _weapon_acts(token):
        return False
    deps = {c.dep_ for c in token.children}
    if frame == "object":  # "killed militants"; "militants killed" (a participle on its object)
        return bool(deps & OBJECT_DEPS) or _bare_participle(token) and any(map(hittable, _done_to(token)))
    if frame == "intransitive":
        return "dobj" not in deps
    if frame == "person":  # "tackled him from behind", not "tackle inflation"
        held = [participants.counted(c) for c in token.children if c.dep_ in OBJECT_DEPS]
        return "prt" not in deps and any(_a_person(w) for w in held)
    if frame == "under":  # "troops came under fire", not "the minister came under fire"
        if token.dep_ != "pobj" or token.head.lower_ != "under":
            return False
        sufferers = [c for c in token.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(_shot_at(participants.counted(w)) for w in sufferers)
    if frame == "territory":  # "troops occupied the town", not "will occupy key positions"
        held = [c for c in token.children if c.dep_ in OBJECT_DEPS]
        held += [token.head] if token.dep_ == "amod" else []  # "occupied Crimea"
        return _beside_arms(token) or any(_a_territory(participants.counted(w)) for w in held)
    if frame == "armed":
        return _beside_arms(token)
    if frame == "people":
        return _people_act(token)
    if frame == "crowd":
        return _crowd_act(token)
    if frame == "labour":
        return _labour_strike(token)
    if frame == "weapon":  # "forces launched 30 drones", "fired rockets toward the town"
        return _fires_a_weapon(token)
    if frame == "tested":  # "tested a cruise missile"
        return any(c.dep_ in ("dobj", "nsubjpass") and participants.weapon_code(participants.counted(c))
                   for c in token.children)  # fmt: skip
    if frame == "show":  # "naval drills", "warships staged exercises"
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"] if token.dep_ == "dobj" else []
        return (
            any(c.lemma_.lower() in SHOW_MODIFIERS for c in token.children)
            or _beside_arms(token)
            or any(participants.is_armed(s) for s in subjects)
        )
    if frame == "offence":
        return any(
            c.dep_ == "prep" and c.lower_ in ("with", "on") and g.dep_ == "pobj" and g.pos_ == "NOUN"
            for c in token.children for g in c.children
        )
    if frame.startswith("prep:"):
        preps = set(frame[5:].split("/"))
        return any(c.dep_ == "prep" and c.lower_ in preps for c in token.children)
    return True


# Nouns of ground and buildings that can be taken and held.
TERRITORY_NOUNS = frozenset({"town", "city", "village", "territory", "area", "region", "land",
                             "building", "square", "compound", "base", "airport", "port",
                             "headquarters", "parliament", "palace", "embassy", "campus",
                             "station", "island", "province", "district", "capital", "border",
                             "crossing", "field", "farm", "plant", "mine", "bridge", "highway",
                             "road", "hill", "ministry", "school", "hospital", "church",
                             "mosque", "camp", "refinery", "oilfield", "street"})  # fmt: skip


PERSONAL_PRONOUNS = arguments.OBJECT_PRONOUNS | {"he", "she", "they"}  # "tackled him", "he was hit"


def _a_person(word: Any) -> bool:
    """A person or people: a named person, a personal pronoun, a noun of people."""
    if word.ent_type_ == "PERSON" or word.lower_ in PERSONAL_PRONOUNS:
        return True
    kind = participants.kind_of(word)
    return kind is not None and kind.kind in ("people", "armed", "agent")


def _done_to(participle: Any) -> list[Any]:
    """What a bare participle is said of: the noun it hangs on, or a headline's subject
    ("Military base struck in Syria")."""
    subjects = [c for c in participle.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects if participle.head.i == participle.i else [participle.head, *subjects]


def hittable(word: Any) -> bool:
    """What a bare participle can be done to: people, ground, a site, a weapon or vehicle, a
    name ("Kyiv struck", "convoy raided"; not "their bromance, struck in April")."""
    return (
        word.pos_ == "PROPN" or _a_person(word) or _a_territory(word)
        or participants.kind_of(word) is not None or participants.weapon_code(word) is not None
    )  # fmt: skip


def _shot_at(word: Any) -> bool:
    """What fire can be aimed at: an armed party, people, a site, ground, a vehicle (not an
    office holder, whom fire is words aimed at)."""
    kind = participants.kind_of(word)
    fired_at = kind is not None and kind.kind in ("armed", "facility", "people", "crowd")
    return fired_at or _a_territory(word) or participants.weapon_code(word) is not None


def _a_territory(word: Any) -> bool:
    """A named place or a noun of ground or buildings ("positions" may be posts of a firm)."""
    if word.ent_type_ in participants.PLACE_ENTITIES or word.lemma_.lower() in TERRITORY_NOUNS:
        return True
    return participants.place_country(word) is not None


def volley_contents(word: Any) -> Any:
    """What a volley holds: "a wave of missiles" -> missiles; None for any other word."""
    return participants.of_object(word) if lemma_of(word) in participants.SALVOS else None


# Verbs whose subject is described, not acting: "the missiles would be less vulnerable".
STATIVE_VERBS = frozenset({"be", "remain", "seem", "appear", "become", "have", "cost", "weigh"})


def _weapon_acts(token: Any) -> bool:
    """A weapon named alone is an act only when it does something: "rockets hit the town",
    "a bomb exploded", a headline's "Rockets on Kyiv"; not "Iran has new missiles", "removing
    U.S. missiles from Europe", "defused a bomb" (a weapon fired or used is the verb's act,
    and its means)."""
    if participants.weapon_code(token) is None:
        return True
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "ROOT":
        return True
    # the subject of a verb that acts, not of "would be less vulnerable", "have a range"
    return token.dep_ in ("nsubj", "nsubjpass") and lemma_of(token.head) not in STATIVE_VERBS


def _beside_arms(token: Any) -> bool:
    """An armed participant or a weapon among the word's dependents or its head."""
    return any(
        participants.is_armed(w) or participants.weapon_code(w) is not None
        for w in [*token.children, token.head] if w.i != token.i
    )  # fmt: skip


UNARMED = frozenset({"CVL", "OPP", "EDU", "LAB", "REF", "REL", "MED", "HLH", "AGR"})
RALLY_CARRIERS = frozenset({"stage", "hold", "organize", "organise", "lead", "join", "call",
                            "mount", "launch"})  # fmt: skip


def _people_act(token: Any) -> bool:
    """A rally or a march of people, not of a market: people are its subject, possessor or
    modifier ("thousands of protesters rallied", "a workers' march"), or crowds are in its
    sentence; rallying behind or around someone is support, not protest."""
    if any(c.dep_ == "prep" and c.lower_ in ("behind", "around", "to") for c in token.children):
        return False
    near = [c for c in token.children if c.dep_ in PEOPLE_DEPS]
    if token.dep_ in ("acl", "amod", "compound"):
        near.append(token.head)
    if token.dep_ == "dobj" and lemma_of(token.head) in RALLY_CARRIERS:
        near += [c for c in token.head.children if c.dep_ == "nsubj"]  # "Hindus staged a rally"
    if any(_people(participants.counted(w)) or _crowd_word(w) for w in near):
        return True
    return any(w.lower_ in CROWD_WORDS for w in token.sent)


def _crowd_act(token: Any) -> bool:
    """An act of a crowd: its subject (a verb's) or its owner or stager (a noun's) is a
    crowd ("Protesters blocked the road", "Thousands gathered", "Chileans rallied",
    "truckers' blockade"), not a state, a body or an office ("the Senate blocked the bill",
    "leaders gathered in Brussels")."""
    if token.pos_ in ("VERB", "AUX"):
        near = [c for c in token.children if c.dep_ == "nsubj"]
    else:
        near = [c for c in token.children if c.dep_ in ("poss", "compound", "nmod")]
        if token.dep_ == "dobj" and lemma_of(token.head) in RALLY_CARRIERS | {"set", "erect", "put"}:
            near += [c for c in token.head.children if c.dep_ == "nsubj"]
    near += [c for w in near for c in w.children if c.dep_ == "conj"]
    return any(_crowd_word(w) or _unarmed_people(participants.counted(w)) for w in near)


def _crowd_word(word: Any) -> bool:
    """A crowd by its word, its count or its people: "protesters", "thousands", "Chileans"."""
    if word.lower_ in CROWD_COUNTS or (word.lower_ in CROWD_WORDS):
        return True
    kind = participants.kind_of(participants.counted(word))
    if kind is not None and kind.kind == "crowd":
        return True
    counted = participants.counted(word)
    plural = counted.tag_ in ("NNPS", "NNS") or counted.lower_.endswith("ans")
    return counted.ent_type_ == "NORP" and plural  # "Catalans", "Zimbabweans"


def _unarmed_people(word: Any) -> bool:
    kind = participants.kind_of(word)
    return kind is not None and kind.kind in ("people", "crowd") and kind.sector in UNARMED


AIMING_PREPS = frozenset({"at", "on", "upon", "against", "toward", "towards"})
# Modifiers that make an exercise, a drill or a parade a show of force.
SHOW_MODIFIERS = frozenset({"military", "naval", "army", "air", "joint", "war", "live-fire",
                            "combat", "nuclear", "missile", "amphibious", "tactical", "live"})  # fmt: skip


def _fires_a_weapon(verb: Any) -> bool:
    """A weapon fired or launched by armed men, or at someone: not a rocket NASA launches
    nor a missile test fired into the sea."""
    children = list(verb.children)
    objects = [participants.counted(c) for c in children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [w for c in objects if (w := volley_contents(c)) is not None]
    weapon = any(participants.weapon_code(c) for c in objects)  # "a wave of missiles"
    aimed = any(c.dep_ == "prep" and c.lower_ in AIMING_PREPS for c in children)
    armed = any(c.dep_ == "nsubj" and participants.is_armed(c) for c in children)
    return weapon and (aimed or armed)


def _labour_strike(token: Any) -> bool:
    """A strike of workers, not an armed strike: people are "on strike", its party is
    people or a union ("a strike by postal workers", "the miners' strike", "dockers staged
    a strike"), or it lasts days ("a 14-day-old strike", "a 24-hour strike")."""
    if token.dep_ == "pobj" and token.head.lower_ == "on":
        return True
    if any(_duration(c) for c in token.children if c.dep_ in ("amod", "compound", "nummod")):
        return True
    party = [c for c in token.children if c.dep_ in ("poss", "compound", "nmod")]
    party += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if token.dep_ == "dobj" and lemma_of(token.head) in RALLY_CARRIERS:
        party += [c for c in token.head.children if c.dep_ == "nsubj"]
    return any(_worker(w) for w in party)


def _duration(word: Any) -> bool:
    """ "14-day-old", "24-hour", "week-long": a length of time."""
    parts = set(word.lower_.replace("-", " ").split())
    return bool(parts & {"day", "days", "hour", "week", "weeks", "month", "old", "long"})


def _worker(word: Any) -> bool:
    """People who can strike: not armed, not a nation named by its adjective."""
    if word.ent_type_ in ("NORP", "GPE") or word.pos_ == "ADJ" or participants.is_armed(word):
        return False
    return _people(participants.counted(word))


def _people(word: Any) -> bool:
    kind = participants.kind_of(word)
    return kind is not None and kind.kind in ("people", "agent", "crowd") and kind.sector not in ("MIL",)


def _bare_participle(token: Any) -> bool:
    """Headline grammar: "Dozens of militants killed in ..." is passive without its verb be.
    A present participle on a noun is no passive: "striking seamen" strike."""
    return token.tag_ == "VBN"


def _in_context(trigger: Trigger, anchored: bool) -> bool:
    """An ambiguous word is violent beside an armed participant, a weapon, a crowd as its
    subject or a casualty count in its own phrase or clause, or beside an unambiguous
    trigger of the sentence."""
    if anchored:
        return True
    token = trigger.token
    near = list(token.subtree) + list(token.children) + [token.head]
    near += [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    for word in near:
        if word.i == token.i:
            continue
        if participants.is_armed(word) or participants.weapon_code(word) is not None:
            return True
        if _crowd_word(word) and word.dep_ == "nsubj":
            return True  # "rioters burned vehicles", "crowds fought the police"
        if word.like_num and word.head.i == token.i:
            return True  # "five dead", "20 casualties"
    return False
