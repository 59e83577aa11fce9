"""Events stage: code each clause's predicate in CAMEO, with its source and target actors.

For every verb in a coded sentence the verb dictionary (PETRARCH format) gives a CAMEO
code, refined by its patterns; nouns that name events ("clashes", "bombardment") are coded
from `data/coding/event_nouns.tsv`, and a verb that only carries an event noun ("subjected
Gaza to bombardment", "put the enclave under siege") takes the noun's code. A threat verb
over a violent act ("vowed to annihilate Hamas") is coded as the matching CAMEO threat.
Coordinated subjects with no object act on each other ("X and Y met").
"""

from __future__ import annotations

import csv
import dataclasses
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from eventscribe import registry
from eventscribe.actors import knowledge
from eventscribe.actors.phrases import is_locative, is_wire_credit
from eventscribe.article import ActorRef, Article, Event
from eventscribe.coding import acled, arguments, participants, violence
from eventscribe.coding.aid import find_aid
from eventscribe.coding.appeals import find_appeal, refused_acts
from eventscribe.coding.casualties import attach_casualties
from eventscribe.coding.disapproval import (
    CRITICIZE,
    DISAPPROVE,
    displeasure,
    harsh_report,
    judged,
    received_criticism,
)
from eventscribe.coding.modality import SAY_VERBS, THREAT_VERBS, modality_of
from eventscribe.coding.numbers import find_numbers
from eventscribe.coding.ontology import CameoCode, CameoCodeError, cameo
from eventscribe.coding.triggers import lemma_of, trigger_at
from eventscribe.coding.verbs import VerbCoder
from eventscribe.pipeline import BaseStage

# Verbs that only carry the event named by their object: "subject X to bombardment".
LIGHT_VERBS = frozenset(
    {"subject", "put", "place", "carry", "conduct", "launch", "stage", "hold", "mount",
     "wage", "impose", "begin", "start", "continue", "resume", "boost", "step", "intensify",
     "expand", "deepen", "strengthen", "have", "make", "announce", "order"}
)  # fmt: skip
# A threat to do something violent is coded as the CAMEO threat of that kind.
THREAT_OF = {"15": "138", "17": "137", "18": "1383", "19": "1384", "20": "1385",
             "191": "1381", "192": "1382", "16": "131"}  # fmt: skip
# A name that only modifies another noun is not the party acted on.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "npadvmod", "quantmod"})
SLOT_CLIMB_DEPS = frozenset({"compound", "flat", "det", "nmod", "amod", "poss", "nummod"})
# Roots of acts that coordinated subjects do to each other: meet, agree, cooperate; but not
# the acts of these roots that one party does to another ("X and Y praised ...", "X and Y
# visited ...", "X and Y apologized" are not acts between X and Y).
RECIPROCAL_ROOTS = frozenset({"04", "05", "06"})
DIRECTIONAL_CODES = frozenset({"042", "043", "045", "051", "052", "053", "054", "055", "056"})
# Beyond three parties ("the RCEP talks by China, India, Australia ...") a meeting is
# multilateral: every pair of them would not be a dyad anyone reported.
MAX_RECIPROCAL = 3
# Force (assault, fight, mass violence) between politicians, parties, courts and media is
# the news's figure of speech: "Trump attacked Corker on Twitter", "Jones cranked up his
# attacks on Moore", "Shaub clashed with Trump". Between two single people or bodies (not
# states), one of these sectors and neither armed, the act is verbal.
FORCE_ROOTS = frozenset({"18", "19", "20"})
WORDS_ONLY_SECTORS = frozenset({"GOV", "LEG", "PTY", "JUD", "ELI", "MED", "BUS", "EDU", "NGO", "LAB", "HRI"})  # fmt: skip
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "RAD", "SPY", "PKO"})
ONE_PARTY_KINDS = ("person:", "org:", "body:")  # ids of one person or body, not a state
VERBAL_ATTACK = "111"  # criticize or denounce
# Acts aimed at a party through what it owns, says or does: demand, disapprove, reject,
# threaten ("criticized Pai's proposal" is aimed at Pai).
OWNER_TARGET_ROOTS = frozenset({"10", "11", "12", "13"})
MEETING_PREPS = frozenset({"at", "during", "after", "following"})
HARM_WORDS = frozenset({"kill", "wound", "injure", "hurt", "dead", "death", "hospital",
                        "hospitalize", "stab", "beat", "punch", "assault", "rape", "shoot",
                        "knife", "gun", "bleed", "break", "tackle"})  # fmt: skip
HABITUAL = frozenset({"often", "usually", "regularly", "frequently", "routinely", "typically",
                      "always", "sometimes", "occasionally", "habitually", "generally"})  # fmt: skip
MOVEMENT_VERBS = frozenset({"travel", "fly", "go", "arrive", "head", "come", "journey"})
VISIT = "042"  # make a visit
# Codes whose definition has no addressee: a target is not required.
ONE_PARTY_CODES = frozenset({"011", "012", "013", "014", "015", "017"})


@dataclass
class Coded:
    code: str
    predicate: Any  # the token that carries the event
    pattern: str | None
    sources: list[Any]
    targets: list[Any]
    modality: str | None = None
    mutual: bool = False  # "X and Y boost cooperation": the act is between the subjects
    event_object: Any = None  # "praised the rampage": an act whose actor is found later
    shared_with: Any = None  # "their meeting": the possessive; the other party is found later
    owner_refs: list[ActorRef] = dataclasses.field(default_factory=list)  # "the U.S. sanctions"


@lru_cache(maxsize=1)
def event_nouns() -> dict[str, str]:
    path = resources.files("eventscribe") / "data" / "coding" / "event_nouns.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {row[0]: row[1] for row in rows if row}


@lru_cache(maxsize=1)
def electoral_contest() -> tuple[frozenset[str], frozenset[str]]:
    """(contest verbs, context words) from data/coding/electoral_contest.txt."""
    path = resources.files("eventscribe") / "data" / "coding" / "electoral_contest.txt"
    sections: dict[str, set[str]] = {"verbs": set(), "context": set()}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("["):
            current = line.strip("[]")
        elif line and current in sections:
            sections[current].add(line.lower())
    return frozenset(sections["verbs"]), frozenset(sections["context"])


@lru_cache(maxsize=1)
def stative_synsets() -> frozenset[str]:
    """Verb classes whose default code is a standing relation (data/coding/stative_synsets.txt)."""
    path = resources.files("eventscribe") / "data" / "coding" / "stative_synsets.txt"
    lines = (
        line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
    )
    return frozenset(line for line in lines if line)


def _names_as(verb: Any) -> bool:
    """ "X called Y a Z": the verb names its object as something (object and object
    predicate), it does not contact it."""
    deps = {c.dep_ for c in verb.children}
    return "dobj" in deps and "oprd" in deps


def _electoral_contest(verb: Any) -> bool:
    """ "Northam defeated Gillespie" in an election story is a contest, not an attack."""
    verbs, context = electoral_contest()
    return verb.lemma_.lower() in verbs and any(t.lower_ in context for t in verb.sent)


@registry.stages.register("events")
class EventStage(BaseStage):
    name = "events"
    requires = ("doc", "sentences", "mentions", "actors")
    assigns = ("events", "numbers")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.verbs = VerbCoder.load(settings.dictionaries)
        # PETRARCH's target rule: with no attached object, the first actor in the verb
        # phrase is the target. On by default with users' PETRARCH dictionaries; in news,
        # attached objects alone are the more precise rule.
        rule = settings.petrarch_targets
        self.first_actor_targets = settings.dictionaries is not None if rule is None else rule
        # Users' PETRARCH dictionaries code as PETRARCH does: verb and pattern alone. News
        # coding adds what the dictionaries cannot say: verbal attacks, stative verbs.
        self.news_rules = settings.dictionaries is None

    def __call__(self, article: Article) -> Article:
        actors = ActorIndex(article)
        self.deferred: list[tuple[int, Coded, Any, bool]] = []
        # Every event has a source actor: a sentence that names none has no event to code.
        with_actors = {m.sentence for m in article.mentions if m.actor_id is not None}
        for sentence in article.sentences:
            if not sentence.coded:
                continue
            span = article.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            events = []
            if sentence.index in with_actors:
                events = self._code_sentence(article, sentence.index, span, actors)
            if self.news_rules:  # violence and unrest, whoever the text names (or nobody)
                events = _without_force_read_as_protest(events, span)
                events += self._code_violence(article, sentence.index, span, actors, events)
            article.events.extend(events)
        self._code_deferred(article)
        article.numbers = find_numbers(article)
        attach_casualties(article)
        for event in article.events:
            acled.classify(event)
        return article

    def _code_deferred(self, article: Article) -> None:
        """Acts on an act: "praised the rampage" acts on whoever carried out the rampage,
        the source of the article's violent event nearest to the sentence."""
        for index, item, span, headline in self.deferred:
            if item.event_object is not None:
                referent, word = _violent_actor(article, index), item.event_object
            else:
                referent, word = _partner(article, item, self._actors), item.shared_with
            if referent is None:
                continue
            target = dataclasses.replace(
                referent, text=word.text, start=word.idx, end=word.idx + len(word.text)
            )
            for source in _unique(r for t in item.sources for r in self._actors.at(t)):
                if source.id == target.id:
                    continue
                event = self._event(article, index, item, source, target, span, headline)
                same_sentence = [e for e in article.events if e.sentence == index]
                if event is not None and not _seen(event, same_sentence):
                    article.events.append(event)

    def _code_sentence(
        self, article: Article, index: int, span: Any, actors: ActorIndex
    ) -> list[Event]:
        headline = _is_headline(article, index)
        asked, embedded = self._appeals(span)
        coded = []
        for token in span:
            if token.i in asked:
                coded.append(_appeal_item(asked[token.i], actors))
            elif token.i not in embedded:  # the act asked for has not happened
                coded.extend(self._code_trigger_first(token, actors) or self._code_predicate(token, actors))
        events: list[Event] = []
        self._actors = actors
        for item in _drop_threatened_acts(coded):
            pairs = _pairs(item, actors)
            if not pairs and (item.event_object is not None or item.shared_with is not None):
                self.deferred.append((index, item, span, headline))
            for source, target in pairs:
                event = self._event(article, index, item, source, target, span, headline)
                if event is not None and not _seen(event, events):
                    events.append(event)
        return events

    def _event(self, article: Article, index: int, item: Coded, source: ActorRef,
               target: ActorRef | None, span: Any, headline: bool) -> Event | None:  # fmt: skip
        if self.news_rules and _words_between_politicians(item.code, source, target, span):
            item = dataclasses.replace(
                item, code=VERBAL_ATTACK, pattern=f"{item.pattern} (force between politicians)"
            )
        if self.news_rules and _interview(item.code, source, target):
            return None  # "told Reuters", "IRNA quoted the minister": the news, not an act
        if self.news_rules:
            source, target = _as_place(source, span), _as_place(target, span)
            if _visit(item, target):
                item = dataclasses.replace(item, code=VISIT, pattern=f"{item.pattern} (visit)")
                target = _visited_country(target, span)
        return _event(article, index, item, source, target, span, headline)

    def _code_violence(
        self, article: Article, index: int, span: Any, actors: ActorIndex, coded: list[Event]
    ) -> list[Event]:
        headline = _is_headline(article, index)
        triggers = [t for e in coded for t in span if t.idx == e.trigger_start]
        embedded = self._appeals(span)[1]
        # "subjected Gaza to bombardment": the verb coded the act its noun names
        carried = {n.i for t in triggers if (n := _carried_event_noun(t)) is not None}
        covered = {t.i for t in triggers} | carried | embedded
        events: list[Event] = []
        for act in violence.detect(span, actors.at, covered, headline=headline):
            if act.source is None and act.target is None and any(
                e.cameo[:2] == act.code[:2] for e in coded + events
            ):
                continue  # "workers went on strike": the act coded with its party already
            item = Coded(act.code, act.token, act.pattern, [], [])
            event = _event(article, index, item, act.source, act.target, span, headline)
            if event is not None and not _seen(event, coded + events):
                events.append(event)
        return events

    def _code_trigger_first(self, token: Any, actors: ActorIndex) -> list[Coded]:
        """Aid given or pledged, and criticism by judgement, before the verb dictionary."""
        if not self.news_rules or token.pos_ not in ("VERB", "AUX"):
            return []
        aid = find_aid(token)
        if aid is not None:
            return [_aid_item(aid, actors)]
        displeased = displeasure(token)
        if displeased is not None:  # "said he was unhappy with the German decision"
            return [_aimed_item(DISAPPROVE, token, "displeasure", *displeased, actors)]
        received = received_criticism(token)
        if received is not None:  # "came under fire from the Greens"
            return [_aimed_item(CRITICIZE, token, "received criticism", *received, actors)]
        target = judged(token)
        if target is not None:
            item = _judgement_item(token, target, actors)
            if item.owner_refs or any(actors.at(t) for t in item.targets):
                return [item]  # else the dictionary codes the verb as it would
        return _harsh_report_item(token, actors)

    def _appeals(self, span: Any) -> tuple[dict[int, Any], set[int]]:
        """The sentence's appeals and demands by verb, and the tokens of the acts they ask
        for (once per sentence)."""
        if not self.news_rules:
            return {}, set()
        key = ("appeals", span.start)
        cache = span.doc.user_data
        if key not in cache:
            asked = {t.i: a for t in span if t.pos_ == "VERB" and (a := find_appeal(t))}
            embedded = {w.i for a in asked.values() for w in a.act.subtree}
            embedded |= {w.i for t in span for c in refused_acts(t) for w in c.subtree}
            cache[key] = (asked, embedded)
        return cache[key]

    def _code_predicate(self, token: Any, actors: ActorIndex) -> list[Coded]:
        if token.pos_ == "VERB":
            return self._code_verb(token, actors)
        if token.pos_ == "NOUN" and token.lemma_.lower() in event_nouns():
            if self.news_rules and violence.is_background(token):
                return []  # "since Russia's invasion", "after the 2014 annexation"
            return _code_noun(token)
        return []

    def _code_verb(self, verb: Any, actors: ActorIndex) -> list[Coded]:
        if _electoral_contest(verb):
            return []
        sources = arguments.subjects(verb)
        targets = arguments.objects(verb)
        carried = _carried_event_noun(verb)
        returned, found_slots, mutual = None, False, False
        if carried is not None and verb.lemma_.lower() in LIGHT_VERBS:
            code = event_nouns()[carried.lemma_.lower()]
            pattern = f"{verb.lemma_} + {carried.lemma_}"
            targets = [t for t in targets if t.i != carried.i]  # the act, not a party to it
            targets += arguments.noun_targets(carried)  # "imposed sanctions on Russia"
            mutual = True
        else:
            says = verb.lemma_.lower() in SAY_VERBS
            found = self.verbs.code(verb, actors.token_ids(), says=says)
            if found is None:
                return []
            code, pattern, returned = found.code, found.pattern, found.returned
            if self.news_rules and pattern.removeprefix("default ") in stative_synsets():
                return []  # "who heads the caucus": a standing relation, not an act
            if code[:2] == "04" and _names_as(verb):
                return []  # "called the White House an adult day care center": no call
            # A pattern's $ and + say themselves who acts on whom: "+ * MONEY $".
            sources = found.sources or sources
            targets = found.targets or targets
            found_slots = bool(found.sources or found.targets)
        if code[:2] == "01":  # a statement's addressee: "told X", "said to X", not "on CNN"
            targets = arguments.addressees(verb)
        if not any(actors.at(t) for t in targets):
            targets = targets + arguments.nested_targets(verb, targets)
        if not any(actors.at(t) for t in targets) and code[:2] >= "14":
            targets = targets + _governor_targets(verb)
        owners = []
        if not any(actors.at(t) for t in targets) and code[:2] in OWNER_TARGET_ROOTS:
            owners = _possessors(targets) + _owner_by(verb)  # "criticized Schumer's proposal"
        elif self.news_rules and _attacks_in_words(verb, code, targets, actors):
            code, pattern = CRITICIZE, f"{pattern} (words, at whose it is)"
            owners = _possessors(targets)  # "attacked Trump's tax plan": criticism of Trump
        # Statements (01) take only an addressee the parse attaches to them.
        if self.first_actor_targets and not any(actors.at(t) for t in targets + owners):
            targets = targets + self._first_actor_targets(verb, code, actors)
        sources = _actor_words(sources, actors)
        if found_slots:
            sources, targets = _whole_lists(sources), _whole_lists(targets)
        targets = targets + owners
        if verb.lemma_.lower() in DISMISSAL_VERBS and _names_a_person(targets, actors):
            return []  # a dismissal from office: no CAMEO event
        threat = _threat(verb, code)
        if threat is not None:
            return [threat]
        coded = [Coded(code, verb, pattern, sources, targets, mutual=mutual,
                       event_object=_violent_object(verb, targets, actors))]  # fmt: skip
        if returned:  # a paired code: "left for X" is 032 to X and 033 back
            coded.append(Coded(returned, verb, pattern, targets, sources))
        return coded

    def _first_actor_targets(self, verb: Any, code: str, actors: ActorIndex) -> list[Any]:
        # Statements (01) take only an addressee the parse attaches to them.
        found = []
        if code[:2] != "01":
            found = _first_actor(arguments.object_phrase_words(verb), actors)
        if not any(actors.at(t) for t in found) and _takes_clause_target(verb, code):
            found = found + arguments.clause_subjects(verb)
        return found

    def __repr__(self) -> str:
        return f"EventStage(verbs={self.verbs!r})"


def _is_headline(article: Article, sentence: int) -> bool:
    return article.paragraphs[article.sentences[sentence].paragraph].kind == "title"


def _attacks_in_words(verb: Any, code: str, targets: list[Any], actors: ActorIndex) -> bool:
    """ "attacked Trump's tax plan", "slammed the ministry's figures": force at a thing no one
    can hit, owned by a party, with nothing armed in the sentence, is criticism of the owner."""
    if code[:2] not in ("18", "19") or lemma_of(verb) not in violence.FIGURATIVE:
        return False
    objects = [t for t in targets if t.dep_ == "dobj"]
    return (
        bool(objects) and not any(actors.at(t) for t in targets)
        and not any(participants.place_ref(t) or participants.generic_ref(t) for t in objects)
        and bool(_possessors(objects))
        and not any(participants.is_armed(w) for w in verb.sent)
    )  # fmt: skip


def _possessors(words: list[Any]) -> list[Any]:
    """Whose thing an act of disapproval, rejection or demand is aimed at: "criticized
    Schumer's proposal", "rejected the proposal by France", "vetoed the UN Security Council
    resolution" act on Schumer, on France, on the Security Council."""
    owners = []
    for word in words:
        for child in word.children:
            if child.dep_ in ("poss", "compound") and child.i < word.i:
                owners.extend(arguments.conjuncts(child))
        owners.extend(_by_phrase(word))
    return owners


def _by_phrase(word: Any) -> list[Any]:
    """Who a by- or from-phrase names: "the proposal by France", "an offer from Iran"."""
    return [
        w for child in word.children if child.dep_ == "prep" and child.lower_ in ("by", "from")
        for pobj in child.children if pobj.dep_ == "pobj" for w in arguments.conjuncts(pobj)
    ]  # fmt: skip


def _actor_words(words: list[Any], actors: ActorIndex) -> list[Any]:
    """The words that name the actors: a pronoun's antecedent, a list's apposition."""
    return [n for t in words for n in _named(_antecedent(t, actors), actors)]


def _subject_words(verb: Any, actors: ActorIndex) -> list[Any]:
    return _actor_words(arguments.subjects(verb), actors)


def _appeal_item(appeal: Any, actors: ActorIndex) -> Coded:
    """ "Iran urged Iraq to release the prisoners": Iran appeals to Iraq (0253)."""
    verb = appeal.predicate
    sources = _subject_words(verb, actors)
    return Coded(appeal.code, verb, appeal.pattern, sources, arguments.conjuncts(appeal.asked))


def _owner_by(verb: Any) -> list[Any]:
    """ "Russia rejected the proposal by France": an active verb's by-phrase (the parse hangs
    it on the verb) names the owner of what it rejects."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    return _by_phrase(verb)


def _aid_item(aid: Any, actors: ActorIndex) -> Coded:
    """ "The United States sent weapons to Ukraine": 072 from the giver to the recipient."""
    verb = aid.predicate
    sources = _subject_words(verb, actors)
    targets = [w for r in aid.recipients for w in arguments.conjuncts(r)]
    return Coded(aid.code, verb, aid.pattern, sources, targets)


def _judgement_item(verb: Any, judged_word: Any, actors: ActorIndex) -> Coded:
    """ "McConnell called the Democrats' position untenable": 111 at the Democrats."""
    return _aimed_item(CRITICIZE, verb, f"judged {judged_word.lemma_}",
                       _subject_words(verb, actors), arguments.conjuncts(judged_word), actors)  # fmt: skip


def _harsh_report_item(verb: Any, actors: ActorIndex) -> list[Coded]:
    """ "'what people find offensive is Senator Warren lying about her heritage,' Sanders
    told reporters": a harsh report naming exactly one party besides the speaker is
    criticism of it (two parties named leave unsaid which is judged)."""
    words = harsh_report(verb)
    if not words:
        return []
    sources = _subject_words(verb, actors)
    speakers = {r.id for t in sources for r in actors.at(t)}
    named = {r.id: t for t in words if not _beside_the_speaker(t) and not _aside(t)
             for r in actors.at(t) if r.id not in speakers}  # fmt: skip
    if not speakers or len(named) != 1:
        return []
    return [Coded(CRITICIZE, verb, "harsh report", sources, list(named.values()))]


def _aside(word: Any) -> bool:
    """Words in a harsh report that name no judged party: a place ("in Syria"), the topic of
    the judged thing ("the accusations against Trump were false"), another speaker
    ("..., Peskov added")."""
    head = word
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    topic = head.dep_ == "pobj" and head.head.lower_ in ("against", "about", "on", "over")
    speaker = head.dep_ == "nsubj" and head.head.lemma_.lower() in SAY_VERBS
    return is_locative(head) or topic or speaker


def _beside_the_speaker(word: Any) -> bool:
    """ "Zinke and he had inherited a mess": a party coordinated with a pronoun (the speaker
    or someone already named) shares the speaker's side."""
    head = word
    while head.dep_ in ("compound", "flat", "conj") and head.head.i != head.i:
        head = head.head  # from "Senator" to "Cole", from a conjunct to the first
    if any(w.pos_ == "PRON" for w in arguments.conjuncts(head)):
        return True
    subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return head in subjects and any(c.pos_ == "PRON" for c in subjects)  # parsed as two subjects


def _aimed_item(code: str, verb: Any, pattern: str, sources: list[Any], aimed: list[Any],
                actors: ActorIndex) -> Coded:  # fmt: skip
    """An act aimed at words that name a party, or at a thing whose owner they name: "the
    Democrats' position", "the German decision"."""
    targets = aimed
    if not any(actors.at(t) for t in targets):
        targets = targets + _possessors(targets)
    modifiers = targets + [c for t in aimed for c in t.children if c.dep_ == "amod"]
    owners = [r for t in modifiers if (r := _modifier_owner(t)) is not None]
    return Coded(code, verb, pattern, sources, targets, owner_refs=owners)


def _modifier_owner(word: Any) -> ActorRef | None:
    """A country or organisation named as a modifier: "the U.S. sanctions", "the NATO
    expansion", "the American plan" (the actors stage lists no actor for a modifier)."""
    if word.dep_ not in ("compound", "amod", "poss"):
        return None
    country = knowledge.country_by_name(word.text)
    if country is not None:
        end = word.idx + len(word.text)
        return participants.country_ref(country.iso3, word.text, word.idx, end)
    return participants.organization_ref(word)


def _governor_targets(verb: Any) -> list[Any]:
    """A participle clause acts on its governor's target when it names none itself:
    "Hamas stormed Israeli towns, killing 1,300 people and seizing hostages"."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj"):
        return []
    governor = verb.head
    # "killing ... and seizing ...": climb the participles up to the finite verb.
    while (
        governor.tag_ == "VBG"
        and governor.dep_ in ("advcl", "conj")
        and governor.head.i != governor.i
    ):
        governor = governor.head
    if governor.i == verb.i or governor.pos_ != "VERB" or governor.tag_ == "VBG":
        return []
    return arguments.objects(governor)


def _takes_clause_target(verb: Any, code: str) -> bool:
    """ "allowed that Mordor isn't ..." acts on Mordor; "said that X ..." reports, and
    the clause is its own event."""
    lemma = verb.lemma_.lower()
    return code[:2] != "01" and (lemma not in SAY_VERBS or lemma in THREAT_VERBS)


def _antecedent(word: Any, actors: ActorIndex) -> Any:
    """A pronoun subject of a complement clause is the governing clause's subject when that
    is an actor: "Ethiopia indicated it should have acted" -> Ethiopia."""
    if word.pos_ != "PRON" or actors.at(word) or word.lower_ not in ("it", "they", "he", "she"):
        return word
    clause = word.head
    while clause.dep_ in ("xcomp", "conj", "aux") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return word
    for subject in arguments.subjects(clause.head):
        if actors.at(subject) and subject.pos_ != "PRON":
            return subject
    return word


def _named(word: Any, actors: ActorIndex) -> list[Any]:
    """A word that names no actor, named by its apposition: "The lions and the evil awful
    Gondor" (spaCy: Gondor in apposition to lions)."""
    if actors.at(word):
        return [word]
    named = [c for c in word.children if c.dep_ == "appos" and actors.at(c)]
    return named or [word]


def _whole_lists(words: list[Any]) -> list[Any]:
    """A pattern slot bound inside a list binds the whole list: "The Philippines and France"."""
    found: list[Any] = []
    for word in words:
        while word.dep_ in SLOT_CLIMB_DEPS and word.head.i != word.i:
            word = word.head  # "U.S. President Donald Trump" is Trump
        while word.dep_ == "conj" and word.head.i != word.i:
            word = word.head
        found.extend(w for w in arguments.conjuncts(word) if w not in found)
    return found


VIOLENT_ROOTS = frozenset({"18", "19", "20"})
VERBAL_MODIFIERS = frozenset({"verbal", "rhetorical", "personal", "tweeted", "twitter", "written",
                              "scathing", "political", "public"})  # fmt: skip
# Verbs that dismiss a person from a post, not attack them: "Comey was fired by Trump".
DISMISSAL_VERBS = frozenset({"fire", "sack", "dismiss", "oust", "axe"})


def _names_a_person(words: list[Any], actors: ActorIndex) -> bool:
    return any(
        ref.id.startswith("person:") or ref.sector in ("GOV", "COP", "MIL", "JUD")
        for word in words
        for ref in actors.at(word)
    )


def _shared_possessive(noun: Any, sources: list[Any]) -> Any:
    """The "their" of "their meeting" (a meeting, talks, a call: acts between parties)."""
    word = sources[0] if len(sources) == 1 else None
    code = event_nouns().get(noun.lemma_.lower(), "")
    if word is not None and word.lower_ in ("their", "our") and code[:2] in RECIPROCAL_ROOTS:
        return word
    return None


def _governing_verb(token: Any) -> Any:
    for ancestor in token.ancestors:
        if ancestor.pos_ == "VERB":
            return ancestor
    return None


def _partner(article: Article, item: Coded, actors: ActorIndex) -> ActorRef | None:
    """The other party of "their meeting": who the same actor meets in another sentence
    reporting an act of the same kind."""
    ours = {r.id for t in item.sources for r in actors.at(t)}
    here = item.predicate.sent
    candidates = []
    for event in article.events:
        if event.cameo[:2] != item.code[:2] or event.target is None or event.source is None:
            continue
        if event.source.id in ours and event.target.id not in ours:
            other = event.target
        elif event.target.id in ours and event.source.id not in ours:
            other = event.source
        else:
            continue
        # The same meeting is told with the same places: "in Qatar's capital Doha" / "in Qatar".
        there = article.doc.char_span(event.evidence_start, event.evidence_end,
                                      alignment_mode="expand")  # fmt: skip
        shared = len(_places_named(here) & _places_named(there)) if there is not None else 0
        candidates.append((-shared, abs(event.evidence_start - here.start_char), other))
    return min(candidates, key=lambda c: c[:2])[2] if candidates else None


def _places_named(span: Any) -> set[str]:
    return {ent.text.lower() for ent in span.ents if ent.label_ in ("GPE", "LOC", "FAC")}


def _violent_object(verb: Any, targets: list[Any], actors: ActorIndex) -> Any:
    """The verb's object when it is a definite violent act with no actor named: "praised
    the rampage", "condemned the attack"."""
    if any(actors.at(t) for t in targets):
        return None
    for child in verb.children:
        code = event_nouns().get(child.lemma_.lower())
        definite = any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in child.children
        )
        if child.dep_ == "dobj" and code and code[:2] in VIOLENT_ROOTS and definite:
            return child
    return None


def _violent_actor(article: Article, sentence: int) -> ActorRef | None:
    """Who carried out "the rampage": the article's main perpetrator, the source of most of
    its violent acts reported in other sentences (the nearest on a tie). Sieges and
    occupations are states, not acts one calls a rampage."""
    acts = [
        e for e in article.events
        if e.cameo[:2] in VIOLENT_ROOTS and e.cameo[:3] not in ("191", "192")
        and e.source and e.sentence != sentence
    ]  # fmt: skip
    if not acts:
        return None
    counts = Counter(e.source.id for e in acts)
    best = min(acts, key=lambda e: (-counts[e.source.id], abs(e.sentence - sentence)))
    return best.source


def _first_actor(words: list[Any], actors: ActorIndex) -> list[Any]:
    """The first word that names an actor, with those coordinated with it."""
    for word in words:
        if actors.at(word):
            # "Minas Tirith and Osgiliath": conjuncts hang on the head; "Gondor's
            # government" is one actor, GONGOV.
            while (
                word.dep_ in ("compound", "flat", "poss")
                and word.head.i != word.i
                and actors.at(word.head)
            ) or (word.dep_ in ("compound", "flat") and word.head.i != word.i):
                word = word.head
            if word.dep_ in MODIFIER_DEPS:
                continue  # "control two-thirds of U.S. legislative chambers": not the U.S.
            return arguments.conjuncts(word)
    return []


def _code_noun(noun: Any) -> list[Coded]:
    """A nominal event with its own participants: "Hezbollah's clashes with Israel"."""
    sources = arguments.noun_source(noun)
    if not sources:
        return _meeting_of_subjects(noun)  # else participants come from a light verb
    shared = _shared_possessive(noun, sources)
    if shared is not None:
        # "During their meeting ..., X praised ...": X and someone the article names.
        sources = arguments.subjects(_governing_verb(noun)) if _governing_verb(noun) else []
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


def _without_force_read_as_protest(events: list[Event], span: Any) -> list[Event]:
    """ "launched air strikes on an air base": the dictionary's strike (143, a walkout) is the
    force the violence vocabulary names; leave the act to it."""
    kept = []
    for event in events:
        token = next((t for t in span if t.idx == event.trigger_start), None)
        noun = token if token is None or token.pos_ == "NOUN" else _carried_event_noun(token)
        found = trigger_at(noun) if noun is not None else None
        if event.cameo[:2] == "14" and found is not None and found.kind == "violent":
            continue
        kept.append(event)
    return kept


def _carried_event_noun(verb: Any) -> Any:
    """The event noun a verb carries: its object, or "to/under <noun>" ("under siege")."""
    nouns = event_nouns()
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") and child.lemma_.lower() in nouns:
            return child
        if child.dep_ in ("prep", "dative") and child.lower_ in ("to", "under", "into"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in nouns:
                    return pobj
    return None


def _threat(verb: Any, code: str) -> Coded | None:
    """'vowed to annihilate Hamas' -> the threat verb codes 1384 against Hamas."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in THREAT_VERBS:
        return None
    threat = THREAT_OF.get(code[:3]) or THREAT_OF.get(code[:2])
    if threat is None:
        return None
    governor = verb.head
    sources = arguments.subjects(governor)
    targets = arguments.objects(verb)
    return Coded(
        threat, governor, f"{governor.lemma_} to {verb.lemma_}", sources, targets, "threatened"
    )


def _drop_threatened_acts(coded: list[Coded]) -> list[Coded]:
    """The threat is the event; the threat verb's own default code is not coded again."""
    threat_heads = {c.predicate.i for c in coded if c.modality == "threatened"}
    return [c for c in coded if c.modality == "threatened" or c.predicate.i not in threat_heads]


class ActorIndex:
    """Which actors a token belongs to: those of the smallest mention that contains it
    (several when a dictionary gives one phrase several actors: "The Shire")."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.by_char: dict[int, list[Any]] = {}
        spans: dict[tuple[int, int], list[Any]] = {}
        for mention in article.mentions:
            if mention.actor_id is not None and not is_wire_credit(
                article.text, mention.start, mention.end
            ):
                spans.setdefault((mention.start, mention.end), []).append(mention)
        for (start, end), mentions in sorted(spans.items(), key=lambda s: s[0][0] - s[0][1]):
            for char in range(start, end):
                self.by_char[char] = mentions

    def at(self, token: Any) -> list[ActorRef]:
        return [self._ref(m) for m in self.by_char.get(token.idx, [])]

    def _ref(self, mention: Any) -> ActorRef:
        actor = self.article.actors[mention.actor_id]
        return ActorRef(
            id=actor.id, name=actor.name, country=actor.country, sector=actor.sector,
            text=mention.text, start=mention.start, end=mention.end, code=actor.code,
        )  # fmt: skip

    def token_ids(self) -> set[int]:
        return set(self.by_char)


def _pairs(item: Coded, actors: ActorIndex) -> list[tuple[ActorRef, ActorRef | None]]:
    sources = _unique(r for token in item.sources for r in actors.at(token))
    targets = _unique(r for token in item.targets for r in actors.at(token)) or item.owner_refs
    mutual = item.mutual or (
        item.code[:2] in RECIPROCAL_ROOTS and item.code[:3] not in DIRECTIONAL_CODES
    )
    if not item.targets and 1 < len(sources) <= MAX_RECIPROCAL and mutual:
        # "X and Y met": each acts on the other (not "X and Y said", nor "X and Y called
        # the request ...": a predicate with an object is not reciprocal).
        return [(a, b) for a in sources for b in sources if a.id != b.id]
    pairs = [(s, t) for s in sources for t in targets if s.id != t.id]
    if not pairs and item.code in ONE_PARTY_CODES:
        pairs = [(s, None) for s in sources]
    return pairs


def _as_place(ref: ActorRef | None, span: Any) -> ActorRef | None:
    """A place the actors stage took for a person or body ("Kyiv") stands for its country."""
    if ref is None or not ref.id.startswith(("person:", "org:")):
        return ref
    seat = knowledge.seat_of_government(ref.text) if ref.id.startswith("person:") else None
    if seat is not None:  # the tagger calls "Kyiv" a person
        return participants.country_ref(seat[0], ref.text, ref.start, ref.end)
    token = next((t for t in span if t.idx == ref.start), None)
    if token is None or token.ent_type_ not in ("GPE", "LOC"):
        return ref
    place = participants.place_ref(token)
    # the whole name must be the place: "Iran-backed Hezbollah" is not Iran
    return place if place is not None and place.text == ref.text else ref


def _visited_country(target: ActorRef | None, span: Any) -> ActorRef | None:
    """ "traveled to Kyiv": a visit to a capital is a visit to its country."""
    word = next((t for t in span if target is not None and t.idx == target.start), None)
    if word is None or not participants.is_seat_as_place(word, target):
        return target
    return participants.country_ref(target.country, target.text, target.start, target.end)


def _habitual(predicate: Any) -> bool:
    """ "Code Pink often stages protests", "he usually meets the press on Fridays": what
    someone does as a rule is no event."""
    word = predicate
    for _ in range(3):
        if any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in word.children):
            return True
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i:
            return False
        word = word.head
    return False


def _visit(item: Coded, target: ActorRef | None) -> bool:
    """ "Kishida traveled to Kyiv", "Biden flew to Warsaw": going to a country is a visit."""
    lemma = item.predicate.lemma_.lower()
    to_a_state = target is not None and (
        target.id.startswith("country:") or (target.id.startswith("sector:") and target.sector == "GOV")
    )
    return lemma in MOVEMENT_VERBS and item.code[:2] in ("03", "04") and to_a_state


def _interview(code: str, source: ActorRef | None, target: ActorRef | None) -> bool:
    """A statement to a news outlet, an outlet's quoting or checking is how the news was
    gathered, not a political act between the two: "told Reuters", "told KRIS-TV", "IRNA
    quoted", "Reuters has not verified the accusations" (words and cooperation, 01-09;
    an outlet criticised, banned or attacked is news)."""
    if code[:2] > "09":
        return False
    return any(
        ref is not None and (ref.sector == "MED" or arguments.is_channel_name(ref.text))
        for ref in (source, target)
    )


def _words_between_politicians(code: str, source: ActorRef, target: ActorRef | None,
                               span: Any) -> bool:  # fmt: skip
    """Whether a coded act of force is a politician's words (see FORCE_ROOTS)."""
    if code[:2] not in FORCE_ROOTS or target is None:
        return False
    if not (source.id.startswith(ONE_PARTY_KINDS) and target.id.startswith(ONE_PARTY_KINDS)):
        return False
    if source.sector in ARMED_SECTORS or target.sector in ARMED_SECTORS:
        return False
    if {source.sector, target.sector} & WORDS_ONLY_SECTORS:
        return True
    # People or bodies of no known office: words, unless the sentence names arms or harm
    # ("Democrat Doug Jones cranked up his attacks on Roy Moore").
    return not any(_names_harm(w) for w in span)


def _names_harm(word: Any) -> bool:
    return (
        participants.is_armed(word) or participants.weapon_code(word) is not None
        or lemma_of(word) in HARM_WORDS
    )  # fmt: skip


def _unique(refs: Any) -> list[ActorRef]:
    seen: dict[str, ActorRef] = {}
    for ref in refs:
        seen.setdefault(ref.id, ref)
    return list(seen.values())


def _event(
    article: Article,
    index: int,
    item: Coded,
    source: ActorRef | None,
    target: ActorRef | None,
    span: Any,
    headline: bool,
) -> Event | None:
    info = _code_info(item.code)
    if info is None or _habitual(item.predicate):
        return None
    modality = modality_of(item.predicate, span, headline=headline)
    sentence = article.sentences[index]
    pred = item.predicate
    return Event(
        sentence=index,
        cameo=item.code if item.code.isdigit() else info.code,  # a dictionary's own code
        source=source,
        target=target,
        trigger=pred.text,
        trigger_start=pred.idx,
        trigger_end=pred.idx + len(pred.text),
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        plover_type=info.plover_type,
        plover_mode=info.plover_mode,
        event_date=article.published,
        date_precision="publication",
        modality=item.modality
        if item.modality and modality.modality == "asserted"
        else modality.modality,
        attribution=modality.attribution,
        evidence_start=sentence.start,
        evidence_end=sentence.end,
        confidence=_confidence(item, target),
        pattern=item.pattern,
    )


def _code_info(code: str) -> CameoCode | None:
    """The CAMEO record of a code; a user dictionary's own numeric code is kept bare."""
    try:
        return cameo(code)
    except CameoCodeError:
        if not (code.isdigit() and 2 <= len(code) <= 4):
            return None
        return CameoCode(code=code, name="", root=code[:2], parent=None, quad_class=None,
                         goldstein=None, plover_type=None, plover_mode=None)  # fmt: skip


def _confidence(item: Coded, target: ActorRef | None) -> float:
    score = 0.6
    if item.pattern and not item.pattern.startswith("default"):
        score += 0.2
    if target is not None:
        score += 0.1
    return round(min(score, 0.95), 2)


def _seen(event: Event, events: list[Event]) -> bool:
    key = (event.cameo, event.source and event.source.id, event.target and event.target.id)
    return any((e.cameo, e.source and e.source.id, e.target and e.target.id) == key for e in events)
