"""Events stage: code each clause's predicate in CAMEO, with its source and target actors.

For every verb in a coded sentence the verb dictionary (PETRARCH format) gives a CAMEO
code, refined by its patterns; nouns that name events ("clashes", "bombardment") are coded
from `data/coding/event_nouns.tsv`, and a verb that only carries an event noun ("subjected
Gaza to bombardment", "put the enclave under siege") takes the noun's code. A threat verb
over a violent act ("vowed to annihilate Hamas") is coded as the matching CAMEO threat.
Coordinated subjects with no object act on each other ("X and Y met"). The constructions
news uses besides a verb and its object are built in `coding/constructions.py`; the rules
applied to a coded act in real news (visits, interviews, words between politicians) are in
`coding/news_rules.py`; violence and unrest in `coding/violence.py`.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import Any

from eventscribe import registry
from eventscribe.actors.history import ref_of_its_day
from eventscribe.article import ActorRef, Article, Event
from eventscribe.coding import acled, arguments, foreign_violence, noun_events, referents, violence
from eventscribe.coding.aid import find_aid
from eventscribe.coding.appeals import asked_words, find_appeal, refused_acts, wished_acts
from eventscribe.coding.background import in_dating_clause, is_background
from eventscribe.coding.casualties import attach_casualties
from eventscribe.coding.coded import ActorIndex, Coded
from eventscribe.coding.constructions import (
    DECISION_NOUNS,
    actor_words,
    aid_item,
    aimed_item,
    appeal_item,
    attacks_in_words,
    decision_object,
    harsh_report_item,
    judgement_item,
    owner_by,
    possessors,
    relation_item,
    represented,
)
from eventscribe.coding.disapproval import (
    CRITICIZE,
    DISAPPROVE,
    displeasure,
    judged,
    received_criticism,
)
from eventscribe.coding.event_record import event_record
from eventscribe.coding.modality import (
    SAY_VERBS,
    THREAT_VERBS,
    is_condition,
    is_questioned,
    modality_of,
)
from eventscribe.coding.news_rules import (
    FORCE_ROOTS,
    TELEPHONE,
    as_place,
    by_telephone,
    gives_time,
    glosses_a_statement,
    is_interview,
    is_visit,
    leads_something,
    pays_no_money,
    protects_in_words,
    returned_from,
    visited_country,
    words_between_politicians,
)
from eventscribe.coding.numbers import find_numbers
from eventscribe.coding.pairs import pairs, unique
from eventscribe.coding.participants import means_code
from eventscribe.coding.recode import (
    drop_threatened_acts,
    meeting_held,
    stated_intent,
    threat_of_force,
    threat_of_infinitive,
)
from eventscribe.coding.relations import SIGN_AGREEMENT, agreed_act, find_relation_act, partners
from eventscribe.coding.responsibility import blamed, is_blame_predicate, plea
from eventscribe.coding.sections import read_sections, read_words
from eventscribe.coding.sides import name_unnamed_sides
from eventscribe.coding.targets import (
    ARRIVAL_VERBS,
    MEASURE_VERBS,
    acted_on,
    arrived_in,
    authors,
    carried_event_noun,
    concluded_or_ended,
    event_nouns,
    governor_targets,
    holder,
    names_an_organisation,
    questions_a_thing,
    readies_force,
    whole_lists,
)
from eventscribe.coding.triggers import trigger_at
from eventscribe.coding.verbs import VerbCode, VerbCoder, supported_force, with_news_verbs
from eventscribe.pipeline import BaseStage
from eventscribe.syntax import char_span, phrasal_keys, sentence_of

# Verbs that only carry the event named by their object: "subject X to bombardment".
LIGHT_VERBS = frozenset(
    {"subject", "put", "place", "carry", "conduct", "launch", "stage", "hold", "mount",
     "wage", "impose", "begin", "start", "continue", "resume", "boost", "step", "intensify",
     "expand", "deepen", "strengthen", "have", "make", "announce", "order", "heap",
     "shower", "lavish", "level", "voice", "agree", "adopt", "approve", "unveil", "pay",
     *MEASURE_VERBS}
)  # fmt: skip
# A name that only modifies another noun is not the party acted on.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "npadvmod", "quantmod"})
VERBAL_ATTACK = "111"  # criticize or denounce
# Acts aimed at a party through what it owns, says or does: demand, disapprove, reject,
# threaten ("criticized Pai's proposal" is aimed at Pai).
OWNER_TARGET_ROOTS = frozenset({"05", "10", "11", "12", "13"})
# Kinds of trigger that tell an act's toll, not an act of its own ("..., destroying homes").
TOLL_KINDS = frozenset({"outcome", "property"})
HARM_CODES = frozenset({"180", "190"})  # the dictionary's harm unspecified ("damaging")
# Codes of force a named weapon makes more precise: "launched missiles" is 195, not 194.
GENERAL_FORCE = frozenset({"190", "194"})
VISIT = "042"  # make a visit
ACCUSE = "112"
# Verbs that charge with legal action (173) only when a legal authority speaks (unlike
# "charge"; modality.ACCUSING_VERBS are the verbs that attribute a claim).
ACCUSATION_VERBS = frozenset({"accuse", "allege"})
LEGAL_SECTORS = frozenset({"JUD", "COP"})
PRAISE = "051"
DENY = "016"  # deny responsibility


@lru_cache(maxsize=1)
def electoral_contest() -> tuple[frozenset[str], frozenset[str]]:
    """(contest verbs, context words) from data/coding/electoral_contest.txt."""
    name = "electoral_contest.txt"
    return read_words(name, "verbs"), read_words(name, "context")


@lru_cache(maxsize=1)
def stative_synsets() -> frozenset[str]:
    """Verb classes whose default code is a standing relation (data/coding/stative_synsets.txt)."""
    return frozenset(read_sections("stative_synsets.txt").get("", []))


def _ballot_for_a_candidate(verb: Any, actors: ActorIndex) -> bool:
    """ "voted for Trump", "voted for Republicans": a choice of a candidate or party, no
    political event between voter and voted (a body's vote on a measure is coded)."""
    if verb.lemma_.lower() != "vote":
        return False
    chosen = [r for w in arguments.prepositional_objects(verb, FOR) for r in actors.at(w)]
    return bool(chosen) and all(r.id.startswith("person:") or r.sector == "PTY" for r in chosen)


def _names_as(verb: Any) -> bool:
    """ "X called Y a Z": the verb names its object as something (object and object
    predicate), it does not contact it."""
    deps = {c.dep_ for c in verb.children}
    return "dobj" in deps and "oprd" in deps


def _electoral_contest(verb: Any) -> bool:
    """ "Northam defeated Gillespie" in an election story is a contest, not an attack."""
    verbs, context = electoral_contest()
    if verb.lemma_.lower() not in _first_words(verbs):
        return False  # (asked of every verb: most are no contest's)
    named = any(key in verbs for key in phrasal_keys(verb))  # "was blown out by"
    return named and any(t.lower_ in context for t in verb.sent)


@lru_cache(maxsize=4)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(p.split()[0] for p in phrases)


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
            span = char_span(article.doc, sentence.start, sentence.end)
            events = []
            if sentence.index in with_actors:
                events = self._code_sentence(article, sentence.index, span, actors)
            if self.news_rules:  # violence and unrest, whoever the text names (or nobody)
                events = _without_force_read_as_protest(events, span)
                violent, folded = self._code_violence(article, sentence.index, span, actors, events)
                events = [e for e in events if e.trigger_start not in folded] + violent
                events = _without_outcomes_of_coded_force(events, span)
            article.events.extend(events)
        if self.news_rules:  # lines in another language, which the English parse cannot read
            article.events.extend(foreign_violence.detect(article))
        self._code_deferred(article)
        if self.news_rules:
            name_unnamed_sides(article.events)
            article.events = [e for e in article.events if not _untold(e)]
        article.numbers = find_numbers(article)
        attach_casualties(article)
        for event in article.events:
            # places the coder made parties of are the states of the article's day
            event.source = ref_of_its_day(event.source, article.published)
            event.target = ref_of_its_day(event.target, article.published)
            acled.classify(event)
        return article

    def _code_deferred(self, article: Article) -> None:
        """Acts on an act: "praised the rampage" acts on whoever carried out the rampage,
        the source of the article's violent event nearest to the sentence; "criticised the
        decision" on whoever took the act told just before; "their meeting" on the partner."""
        for index, item, span, headline in self.deferred:
            word = item.event_object
            if word is not None and word.lemma_.lower() in DECISION_NOUNS:
                referent = referents.decider(article, index, word)
            elif word is not None:
                referent = referents.violent_actor(article, index)
            else:
                referent, word = referents.partner(article, item, self._actors), item.shared_with
            if referent is None:
                continue
            target = dataclasses.replace(
                referent, text=word.text, start=word.idx, end=word.idx + len(word.text)
            )
            for source in unique(r for t in item.sources for r in self._actors.at(t)):
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
            if token.pos_ not in PREDICATE_POS and token.i not in asked:
                continue  # (no act is coded from other words: the two calls below say so)
            if token.i in asked:
                coded.append(appeal_item(asked[token.i], actors))
            elif token.i not in embedded:  # the act asked for has not happened
                coded.extend(self._code_trigger_first(token, actors) or self._code_predicate(token, actors))
        events: list[Event] = []
        self._actors = actors
        for item in drop_threatened_acts(coded):
            dyads = pairs(item, actors)
            if not dyads and (item.event_object is not None or item.shared_with is not None):
                self.deferred.append((index, item, span, headline))
            for source, target in dyads:
                event = self._event(article, index, item, source, target, span, headline)
                if event is not None and not _seen(event, events):
                    events.append(event)
        return events

    def _event(self, article: Article, index: int, item: Coded, source: ActorRef,
               target: ActorRef | None, span: Any, headline: bool) -> Event | None:  # fmt: skip
        if self.news_rules and (is_condition(item.predicate) or is_questioned(item.predicate)):
            return None  # "if Russia invades, NATO will respond", "will Russia invade?": no news
        if self.news_rules and words_between_politicians(item.code, source, target, span):
            item = dataclasses.replace(
                item, code=VERBAL_ATTACK, pattern=f"{item.pattern} (force between politicians)"
            )
        if self.news_rules and protects_in_words(item.code, source, target):
            item = dataclasses.replace(item, code=PRAISE, pattern=f"{item.pattern} (in words)")
        if self.news_rules and item.code[:2] == "01" and glosses_a_statement(item.predicate):
            return None  # "..., he said, referring to his advisers"
        if self.news_rules and is_interview(item.code, source, target):
            return None  # "told Reuters", "IRNA quoted the minister": the news, not an act
        if self.news_rules:  # "vowed to continue its attacks": a threat, not the force
            item = threat_of_force(item)
            item = meeting_held(stated_intent(item, span, headline), span, headline)
        if self.news_rules and by_telephone(item):
            item = dataclasses.replace(item, code=TELEPHONE, pattern=f"{item.pattern} (by telephone)")
        if self.news_rules:
            source, target = as_place(source, span), as_place(target, span)
            if is_visit(item, target) and not self._arrived_elsewhere(item, target):
                item = dataclasses.replace(item, code=VISIT, pattern=f"{item.pattern} (visit)")
                target = visited_country(target, span)
        event = event_record(article, index, item, source, target, span, headline)
        return None if self.news_rules and _hypothetical(event) else event

    def _code_violence(
        self, article: Article, index: int, span: Any, actors: ActorIndex, coded: list[Event]
    ) -> tuple[list[Event], set[int]]:
        """The sentence's acts of violence and unrest, and the offsets of the deaths and
        injuries they fold in, which the dictionary coded apart ("killed or wounded 2,600
        Iraqis in their offensive": one act, the offensive)."""
        headline = _is_headline(article, index)
        triggers = [t for e in coded if (t := arguments.token_at(span, e.trigger_start)) is not None]
        embedded = self._appeals(span)[1]
        # "subjected Gaza to bombardment": the verb coded the act its noun names
        carried = {n.i for t in triggers if (n := carried_event_noun(t)) is not None}
        # "condemned the strike": an act told before, whose author the condemnation acts on
        # ("called for an inquiry into the killing of six protesters" may tell the killing)
        judged = {item.event_object.i for i, item, _, _ in self.deferred
                  if i == index and item.event_object is not None
                  and item.code[:2] in OWNER_TARGET_ROOTS}  # fmt: skip
        covered = {t.i for t in triggers} | carried | embedded | judged
        events: list[Event] = []
        folded: set[int] = set()
        for act in violence.detect(span, actors.at, covered, headline=headline):
            if act.source is None and act.target is None and any(
                e.cameo[:2] == act.code[:2] for e in coded + events
            ):
                continue  # "workers went on strike": the act coded with its party already
            if is_condition(act.token) or is_questioned(act.token):
                continue  # "if the army shells the town", "who shelled the town?": no act
            item = threat_of_force(Coded(act.code, act.token, act.pattern, [], []))
            parties = [act.source, *act.co_sources]
            for source in parties:
                target = act.target
                if act.mutual:  # "Iraqi and Iranian forces clashed": each with the other
                    target = next(p for p in parties if p is not None and p.id != source.id)
                event = event_record(article, index, item, source, target, span, headline)
                if event is not None and _nobody_did_nothing(event):
                    break  # "no one was killed": no act to tell, no party to tell it of
                if event is not None and not _hypothetical(event) and not _seen(event, coded + events):
                    events.append(event)
                    folded |= {o.idx for o in act.outcomes if o.i != act.token.i}
        return events, folded

    def _code_trigger_first(self, token: Any, actors: ActorIndex) -> list[Coded]:
        """Aid given or pledged, and criticism by judgement, before the verb dictionary."""
        if not self.news_rules or token.pos_ not in ("VERB", "AUX"):
            return []
        aid = find_aid(token)
        if aid is not None:
            return [aid_item(aid, actors)]
        blamed_parties = blamed(token)
        if blamed_parties:  # "Kyiv said Moscow was behind the attack"
            return [Coded(ACCUSE, token, "blamed", actor_words(arguments.subjects(token), actors),
                          blamed_parties)]  # fmt: skip
        pleaded = plea(token)
        if pleaded is not None:  # "pleaded not guilty to assault charges"
            return [Coded(pleaded, token, "plea", actor_words(arguments.subjects(token), actors), [])]
        relation = find_relation_act(token)
        if relation is not None:  # "cut diplomatic ties with Israel", "reached a deal"
            return [relation_item(relation, actors)]
        agreed = agreed_act(token)
        if agreed is not None and self._verb_code(agreed[0], actors) is None:
            # "agreed to charter tankers from the Soviet Union": an act no code names, agreed
            # with a party, is the agreement
            return [Coded(SIGN_AGREEMENT, token, f"agreed to {agreed[0].lemma_}",
                          actor_words(arguments.subjects(token), actors), agreed[1])]  # fmt: skip
        displeased = displeasure(token)
        if displeased is not None:  # "said he was unhappy with the German decision"
            return [aimed_item(DISAPPROVE, token, "displeasure", *displeased, actors)]
        received = received_criticism(token)
        if received is not None:  # "came under fire from the Greens"
            return [aimed_item(CRITICIZE, token, "received criticism", *received, actors)]
        target = judged(token)
        if target is not None:
            item = judgement_item(token, target, actors)
            if item.owner_refs or any(actors.at(t) for t in item.targets):
                return [item]  # else the dictionary codes the verb as it would
        return harsh_report_item(token, actors)

    def _arrived_elsewhere(self, item: Coded, target: ActorRef | None) -> bool:
        """ "arrived in Cairo for talks with Qatari officials" is no visit to Qatar."""
        if item.predicate.lemma_.lower() not in ARRIVAL_VERBS or target is None:
            return False
        return any(h.country != target.country for h in arrived_in(item.predicate, self._actors))

    def _verb_code(self, verb: Any, actors: ActorIndex) -> VerbCode | None:
        """The dictionary's code of a verb, else (in news coding) the news verbs': "rejected
        the plan", "vetoed the resolution", "called out X for"."""
        says = verb.lemma_.lower() in SAY_VERBS
        found = self.verbs.code(verb, actors.token_ids(), says=says)
        return with_news_verbs(verb, found) if self.news_rules else found

    def _appeals(self, span: Any) -> tuple[dict[int, Any], set[int]]:
        """The sentence's appeals and demands by verb, and the tokens of the acts they ask
        for (once per sentence)."""
        if not self.news_rules:
            return {}, set()
        key = ("appeals", span.start)
        cache = span.doc.user_data
        if key not in cache:
            verbs = [t for t in span if t.pos_ == "VERB"]  # (none of the three reads others)
            asked = {t.i: a for t in verbs if (a := find_appeal(t))}
            acts = [a.act for a in asked.values()]
            acts += [c for t in verbs for c in (*refused_acts(t), *wished_acts(t))]
            embedded = {i for act in acts for i in asked_words(act)}
            cache[key] = (asked, embedded)
        return cache[key]

    def _code_predicate(self, token: Any, actors: ActorIndex) -> list[Coded]:
        if token.pos_ == "VERB":
            return self._code_verb(token, actors)
        visited = returned_from(token) if self.news_rules and token.pos_ == "NOUN" else None
        if visited is not None:  # "on his return to Tehran from Moscow": he had visited Moscow
            sources = arguments.noun_source(token)
            return [Coded(VISIT, token, "noun return (from)", sources, [], owner_refs=[visited])]
        if token.pos_ == "NOUN" and token.lemma_.lower() in event_nouns():
            if self.news_rules and is_background(token):
                return []  # "since Russia's invasion", "after the 2014 annexation"
            if self.news_rules and concluded_or_ended(token):
                return []  # "ended its cooperation with France": the ending is the act
            return [_at_owners(item, actors) for item in noun_events.code_noun(token)]
        return []

    def _code_verb(self, verb: Any, actors: ActorIndex) -> list[Coded]:
        if self.news_rules and (leads_something(verb) or is_blame_predicate(verb)):
            return []  # "heads the National Council": a post held; "was to blame for"
        if _electoral_contest(verb) or self.news_rules and in_dating_clause(verb):
            return []  # an election race; "before he left for Seoul": context, not news
        if self.news_rules and _ballot_for_a_candidate(verb, actors):
            return []  # "said she voted for Republicans": a ballot, no act between parties
        carried = carried_event_noun(verb)
        if self.news_rules and carried is None and pays_no_money(verb):
            return []  # "the disrespect the NFL is paying", "paid attention": no payment
        sources = arguments.subjects(verb)
        targets = arguments.objects(verb)
        returned, found_slots, mutual = None, False, False
        if carried is not None and verb.lemma_.lower() in LIGHT_VERBS:
            code = event_nouns()[carried.lemma_.lower()]
            pattern = f"{verb.lemma_} + {carried.lemma_}"
            container = holder(carried)
            held = {carried.i} | ({container.i} if container is not None else set())
            targets = [t for t in targets if t.i not in held]  # the act, not a party to it
            targets += arguments.noun_targets(carried)  # "imposed sanctions on Russia"
            if container is not None:  # "a package of sanctions against Russia"
                targets += arguments.noun_targets(container)
            mutual = True
        else:
            found = self._verb_code(verb, actors)
            if self.news_rules and found is not None and questions_a_thing(verb, actors):
                found = VerbCode(CRITICIZE, "question (a thing, not a party)")
            if found is None:
                return []
            if self.news_rules and supported_force(found):
                found = dataclasses.replace(found, code=found.default, pattern=f"support of {found.pattern}")
            code, pattern, returned = found.code, found.pattern, found.returned
            if self.news_rules and code[:2] == "03" and readies_force(verb):
                return []  # "preparing for an attack on Ukraine": no cooperation
            if self.news_rules and code[:2] in ("06", "07") and gives_time(verb):
                return []  # "gave Congress six months": a deadline, not cooperation
            if self.news_rules and pattern.removeprefix("default ") in stative_synsets():
                return []  # "who heads the caucus": a standing relation, not an act
            if code[:2] in ("02", "04") and _names_as(verb):
                # "called the White House an adult day care center", "called him a
                # champion": naming, no call and no appeal
                return []
            # A pattern's $ and + say themselves who acts on whom: "+ * MONEY $".
            sources = found.sources or sources
            targets = found.targets or targets
            found_slots = bool(found.sources or found.targets)
        if code[:3] == "173" and verb.lemma_.lower() in ACCUSATION_VERBS and not _legal_authority(sources, actors):
            code = ACCUSE  # "the minister accused Russia of war crimes": no legal charge
        if code[:2] == "01":  # a statement's addressee: "told X", "said to X", not "on CNN"
            targets = arguments.addressees(verb)
            if code == DENY and not targets:  # "denied allegations by Washington"
                targets = _claimants(verb)
        judged: list[ActorRef] = []
        if self.news_rules and code[:2] in OWNER_TARGET_ROOTS and not any(actors.at(t) for t in targets):
            # "condemned the Israeli strike on Damascus": at its author, not where it hit
            judged = [a for t in targets for a in authors(t, actors)]
        if not any(actors.at(t) for t in targets) and not judged:
            targets = targets + arguments.nested_targets(verb, targets)
            # "ruled out talks with Kyiv", "hosted talks between Hamas and Israel"
            targets = targets + [p for t in targets for p in partners(t)]
        if not any(actors.at(t) for t in targets) and code[:2] == "04":
            targets = targets + arguments.between(verb)  # "mediated between Israel and Hamas"
        if not any(actors.at(t) for t in targets) and code[:2] == "12":
            # "ruled out sending troops to Ukraine": aimed at whom the refused act was
            targets = targets + [w for act in refused_acts(verb) for w in acted_on(act)]
        if not any(actors.at(t) for t in targets) and code[:2] == "13" and not judged:
            # "threatened to respond to U.S. drills": at whom the threatened act is aimed
            aims = [w for act in verb.children if act.dep_ == "xcomp" for w in acted_on(act)]
            targets = targets + aims
            judged = [a for w in aims for a in authors(w, actors)]
        if not any(actors.at(t) for t in targets) and code[:2] >= "14":
            targets = targets + governor_targets(verb)
        owners = []
        if not any(actors.at(t) for t in targets) and code[:2] in OWNER_TARGET_ROOTS:
            owners = possessors(targets) + owner_by(verb)  # "criticized Schumer's proposal"
        elif self.news_rules and attacks_in_words(verb, code, targets, actors):
            code, pattern = CRITICIZE, f"{pattern} (words, at whose it is)"
            owners = possessors(targets)  # "attacked Trump's tax plan": criticism of Trump
        # Statements (01) take only an addressee the parse attaches to them.
        if self.first_actor_targets and not any(actors.at(t) for t in targets + owners):
            targets = targets + self._first_actor_targets(verb, code, actors)
        sources = actor_words(sources, actors)
        targets = represented(targets, actors)
        if found_slots:
            sources, targets = whole_lists(sources), whole_lists(targets)
        if code[:2] in FORCE_ROOTS:  # "launched dozens of drones at Ukraine": the means
            means = [c for t in targets if (c := means_code(t)) is not None]
            targets = [t for t in targets if means_code(t) is None]
            if code in GENERAL_FORCE and means and means[0][:2] == "19":
                code, pattern = means[0], f"{pattern} (by its means)"  # missiles: 195
        targets = targets + owners
        if verb.lemma_.lower() in OFFICE_VERBS and _names_a_person(targets, actors):
            return []  # an appointment to or a dismissal from office: no CAMEO event
        threat = threat_of_infinitive(verb, code)
        if threat is not None:
            return [threat]
        visited = returned_from(verb) if self.news_rules and code[:2] == "04" else None
        if visited is not None:  # "returned to Tehran from Moscow": he had visited Moscow
            return [Coded(VISIT, verb, f"{pattern} (return from)", sources, [], owner_refs=[visited])]
        if self.news_rules and verb.lemma_.lower() == "join" and names_an_organisation(targets, actors):
            code, pattern = SIGN_AGREEMENT, f"{pattern} (accession)"  # "Finland joined NATO"
        visit = []
        if self.news_rules and verb.lemma_.lower() in ARRIVAL_VERBS:  # "arrived in Beijing"
            hosts = arrived_in(verb, actors)
            abroad = {r.country for t in targets for r in actors.at(t)} - {h.country for h in hosts}
            if hosts and abroad:
                # "arrived in Cairo for talks with Qatari officials": a visit to Egypt, and
                # the talks with whom they are with
                visit = [Coded(VISIT, verb, f"{pattern} (arrival)", sources, [], owner_refs=hosts)]
            else:
                judged = judged + hosts
        earlier_act = referents.violent_object(verb, targets, actors)
        if earlier_act is None and code[:2] in OWNER_TARGET_ROOTS and not judged and not owners:
            earlier_act = decision_object(targets, actors)  # "criticised the decision"
        coded = [Coded(code, verb, pattern, sources, targets, mutual=mutual, owner_refs=judged,
                       event_object=earlier_act)]  # fmt: skip
        if returned and _happened(verb):  # a paired code: "left for X" is 032 to X and 033 back
            coded.append(Coded(returned, verb, pattern, targets, sources))
        return coded + visit

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


OF = frozenset({"of"})
FOR = frozenset({"for"})


# The parts of speech `_code_trigger_first` and `_code_predicate` code anything of.
PREDICATE_POS = frozenset({"VERB", "AUX", "NOUN"})


def _at_owners(item: Coded, actors: ActorIndex) -> Coded:
    """ "Baker's criticism of West German monetary policy": a nominal act of disapproval,
    rejection or demand aimed at a thing acts on whose the thing is, as its verb would."""
    if item.code[:2] not in OWNER_TARGET_ROOTS or any(actors.at(t) for t in item.targets):
        return item
    owned = item.targets
    owners = [a for t in owned for a in authors(t, actors)]
    if not owners and not any(actors.at(t) for t in possessors(owned)):
        # "criticism of the tightening of German policy": whose is the thing of the thing
        owned = [w for t in owned for w in arguments.prepositional_objects(t, OF)]
        owners = [a for t in owned for a in authors(t, actors)]
    return dataclasses.replace(item, targets=item.targets + possessors(owned),
                               owner_refs=item.owner_refs + owners)  # fmt: skip


def _happened(verb: Any) -> bool:
    """Whether the text tells the act as done: a paired act's return ("negotiated with
    Ukraine" both ways) is no one's intent, threat or denial ("ready to negotiate")."""
    return modality_of(verb, sentence_of(verb)).modality in ("asserted", "reported")


def _is_headline(article: Article, sentence: int) -> bool:
    return article.paragraphs[article.sentences[sentence].paragraph].kind == "title"


def _takes_clause_target(verb: Any, code: str) -> bool:
    """ "allowed that Mordor isn't ..." acts on Mordor; "said that X ..." reports, and
    the clause is its own event."""
    lemma = verb.lemma_.lower()
    return code[:2] != "01" and (lemma not in SAY_VERBS or lemma in THREAT_VERBS)


# Verbs that put a person into a post or out of it, not act on them: "Comey was fired by
# Trump", "Trump had assigned Mulvaney to the role", "named English to lead the bureau".
OFFICE_VERBS = frozenset({"fire", "sack", "dismiss", "oust", "axe", "appoint", "assign", "name",
                          "nominate", "tap", "designate", "install", "reappoint"})  # fmt: skip


def _legal_authority(words: list[Any], actors: ActorIndex) -> bool:
    """Courts, prosecutors and police charge; a minister or a state accuses."""
    return any(ref.sector in LEGAL_SECTORS for word in words for ref in actors.at(word))


def _names_a_person(words: list[Any], actors: ActorIndex) -> bool:
    return any(
        ref.id.startswith("person:") or ref.sector in ("GOV", "COP", "MIL", "JUD")
        for word in words
        for ref in actors.at(word)
    )


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


def _without_force_read_as_protest(events: list[Event], span: Any) -> list[Event]:
    """ "launched air strikes on an air base": the dictionary's strike (143, a walkout) is the
    force the violence vocabulary names; leave the act to it."""
    kept = []
    for event in events:
        token = arguments.token_at(span, event.trigger_start)
        noun = token if token is None or token.pos_ == "NOUN" else carried_event_noun(token)
        found = trigger_at(noun) if noun is not None else None
        if event.cameo[:2] == "14" and found is not None and found.kind == "violent":
            continue
        kept.append(event)
    return kept


def _without_outcomes_of_coded_force(events: list[Event], span: Any) -> list[Event]:
    """ "Russia launched drones at Ukraine, damaging energy sites and killing four": the
    damage and the deaths are the launch's toll, not acts of their own (the casualties
    attach to the launch)."""
    force = {e.trigger_start for e in events if e.cameo[:2] in FORCE_ROOTS}
    return [e for e in events if not (e.cameo[:2] in FORCE_ROOTS and _toll_of(e, span, force))]


def _toll_of(event: Event, span: Any, force: set[int]) -> bool:
    """Whether the event's word follows from another act of force: a participle on it
    ("..., killing four", "..., destroying homes") or a conjoined outcome ("and killed four")."""
    token = arguments.token_at(span, event.trigger_start)
    if token is None or token.head.idx not in force or token.head.i == token.i:
        return False
    head = trigger_at(token.head)
    if head is not None and head.kind == "outcome":
        return False  # "a man killed in Indian shelling": the shelling is the act
    trigger = trigger_at(token)
    if token.dep_ in ("advcl", "xcomp") and token.tag_ == "VBG":
        # "..., killing four", "..., damaging homes"; not another act ("..., putting the
        # enclave under siege", "..., seizing hostages")
        return trigger.kind in TOLL_KINDS if trigger is not None else event.cameo in HARM_CODES
    return token.dep_ == "conj" and trigger is not None and trigger.kind == "outcome"


def _nobody_did_nothing(event: Event) -> bool:
    return event.modality == "negated" and event.source is None and event.target is None


def _claimants(verb: Any) -> list[Any]:
    """Whose claims a denial answers: "denied allegations by U.S. agencies", "rejected
    claims from Japan", "denied Israel's claims"."""
    return possessors([c for c in verb.children if c.dep_ == "dobj"])


def _untold(event: Event) -> bool:
    """ "Did not attack", "will not support the nominee", "none of the ships were hit",
    "would not rule out talks": an act the text says did not happen is no event (as in
    ICEWS, GDELT, ACLED and UCDP, which record acts that took place); its denial, refusal or
    rejection is one, coded as such."""
    return event.modality == "negated"


def _hypothetical(event: Event | None) -> bool:
    """ "If the company closes the plant, it will have to pay ...": what would follow from a
    condition is no event, unless it is a threat (13x), which CAMEO codes as such."""
    return event is not None and event.modality == "conditional" and event.cameo[:2] != "13"


def _seen(event: Event, events: list[Event]) -> bool:
    key = (event.cameo, event.source and event.source.id, event.target and event.target.id)
    return any((e.cameo, e.source and e.source.id, e.target and e.target.id) == key for e in events)
