"""Events from the constructions news uses besides a verb and its object: appeals and
demands, aid given, criticism by judgement, in reported speech or at what a party owns, and
the word lists that name an act's parties (subjects, owners, by-phrases)."""

from __future__ import annotations

from typing import Any

from eventscribe.actors import knowledge
from eventscribe.actors.phrases import is_locative
from eventscribe.article import ActorRef
from eventscribe.coding import arguments, participants, plausibility
from eventscribe.coding.coded import ActorIndex, Coded
from eventscribe.coding.disapproval import CRITICIZE, failing_subjects, harsh_report
from eventscribe.coding.modality import SAY_VERBS
from eventscribe.coding.participants import places_as_countries
from eventscribe.coding.triggers import lemma_of
from eventscribe.syntax import earlier_mentions, is_definite


def attacks_in_words(verb: Any, code: str, targets: list[Any], actors: ActorIndex) -> bool:
    """ "attacked Trump's tax plan", "slammed the ministry's figures": force at a thing no one
    can hit, owned by a party, with nothing armed in the sentence, is criticism of the owner."""
    if code[:2] not in ("18", "19") or lemma_of(verb) not in plausibility.FIGURATIVE:
        return False
    objects = [t for t in targets if t.dep_ == "dobj"]
    return (
        bool(objects) and not any(actors.at(t) for t in targets)
        and not any(participants.place_ref(t) or participants.generic_ref(t) for t in objects)
        and bool(possessors(objects))
        and not participants.names_arms(verb.sent)
    )  # fmt: skip


def possessors(words: list[Any]) -> list[Any]:
    """Whose thing an act of disapproval, rejection or demand is aimed at: "criticized
    Schumer's proposal", "rejected the proposal by France", "rejected the plan proposed by
    Kyiv", "vetoed the UN Security Council resolution" act on Schumer, on France, on Kyiv,
    on the Security Council."""
    owners = []
    for word in words:
        for child in word.children:
            if child.dep_ in ("poss", "compound") and child.i < word.i:
                owners.extend(arguments.conjuncts(child))
        owners.extend(_by_phrase(word))
        owners.extend(_made_by(word))
        owners.extend(_of_its_doer(word))
    return owners


# Nouns whose "of X" is the one who does or holds them: "the resignation of the government",
# "the policy of Hungary" (not "the release of X": X is who is released).
DOER_OF_NOUNS = frozenset(
    {"resignation", "withdrawal", "decision", "plan", "policy", "proposal", "action",
     "conduct", "behavior", "behaviour", "stance", "position", "statement", "remark",
     "comment", "refusal", "handling", "involvement", "role", "demand", "claim", "threat"}
)  # fmt: skip


def _of_its_doer(word: Any) -> list[Any]:
    if word.lemma_.lower() not in DOER_OF_NOUNS:
        return []
    return arguments.prepositional_objects(word, frozenset({"of"}))


def _made_by(word: Any) -> list[Any]:
    """Whose a thing is by the participle that describes it: "the plan proposed by Kyiv",
    "the resolution drafted by France"."""
    return [
        w for acl in word.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
        for agent in acl.children if agent.dep_ == "agent"
        for pobj in agent.children if pobj.dep_ == "pobj" for w in arguments.conjuncts(pobj)
    ]  # fmt: skip


def _by_phrase(word: Any) -> list[Any]:
    """Who a by- or from-phrase names: "the proposal by France", "an offer from Iran"."""
    return [
        w for child in word.children if child.dep_ == "prep" and child.lower_ in ("by", "from")
        for pobj in child.children if pobj.dep_ == "pobj" for w in arguments.conjuncts(pobj)
    ]  # fmt: skip


def actor_words(words: list[Any], actors: ActorIndex) -> list[Any]:
    """The words that name the actors: a pronoun's antecedent, a list's apposition."""
    return [n for t in words for n in _named(_antecedent(t, actors), actors)]


# Subjects that name part of a group named before them: "While Democrats praised the strike,
# many voiced fears and some demanded that Reagan comply".
PARTITIVES = frozenset({"some", "many", "others", "most", "several", "few"})


def _antecedent(word: Any, actors: ActorIndex) -> Any:
    """A pronoun subject of a complement clause is the governing clause's subject when that
    is an actor: "Ethiopia indicated it should have acted" -> Ethiopia (and a body's "it",
    whatever the pronoun resolver took it for: "the air force said it shot down ..."). A
    partitive subject with no "of" is of the group the sentence's last subject before it
    names."""
    if word.lower_ in PARTITIVES and word.dep_ == "nsubj" and not actors.at(word):
        return _group_before(word, actors) or word
    if word.pos_ != "PRON" or word.lower_ not in ("it", "they", "he", "she"):
        return word
    if actors.at(word) and not (word.lower_ == "it" and word.dep_ == "nsubj"):
        return word  # "Ukraine's air force said it had shot down ...": "it" is the speaker
    clause = word.head
    while clause.dep_ in ("xcomp", "conj", "aux") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return word
    for subject in arguments.subjects(clause.head):
        if actors.at(subject) and subject.pos_ != "PRON":
            return subject
    return word


def _group_before(word: Any, actors: ActorIndex) -> Any:
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children):
        return None  # "some of the senators": the counted words name them
    subjects = (t for t in reversed(word.sent[: word.i - word.sent.start]) if t.dep_ == "nsubj")
    return next((t for t in subjects if actors.at(t) and t.tag_ in ("NNS", "NNPS")), None)


def _named(word: Any, actors: ActorIndex) -> list[Any]:
    """A word that names no actor, named by its apposition: "The lions and the evil awful
    Gondor" (spaCy: Gondor in apposition to lions)."""
    if actors.at(word):
        return [word]
    named = [c for c in word.children if c.dep_ == "appos" and actors.at(c)]
    return named or _represented(word, actors) or _authored(word, actors) or [word]


# People who act for a state or body named after them: "diplomats from Iran and Saudi
# Arabia", "representatives of the Farm Credit System".
REPRESENTATIVES = frozenset({"diplomat", "official", "delegation", "delegate", "representative",
                             "envoy", "negotiator", "minister", "leader", "lawmaker",
                             "member", "officer", "spokesman", "spokeswoman", "spokesperson",
                             "politician", "legislator", "senator", "commander",
                             "general"})  # fmt: skip


# Documents that speak for whoever made them: "the commission's report said", "a Senate
# report accused the FBI", "the inquiry found".
DOCUMENT_NOUNS = frozenset({"report", "study", "statement", "letter", "ruling", "verdict", "audit",
                            "review", "communique", "memo", "memorandum", "findings", "assessment",
                            "inquiry", "investigation", "probe", "resolution"})  # fmt: skip
AUTHOR_PREPS = frozenset({"by", "from", "of"})


def _authored(word: Any, actors: ActorIndex) -> list[Any]:
    """Whom a document speaks for: its owner or maker ("the Tower Commission report", "a
    report by the inspector general"); "the report" without one is the last report the
    article gave a maker."""
    if word.lemma_.lower() not in DOCUMENT_NOUNS:
        return []
    found = _authors_of(word, actors)
    if found or not (is_definite(word) or any(c.lower_ in ("its", "their") for c in word.children)):
        return found
    return next((a for t in earlier_mentions(word) if (a := _authors_of(t, actors))), [])


def _authors_of(word: Any, actors: ActorIndex) -> list[Any]:
    owners = [c for c in word.children if c.dep_ in ("poss", "compound") and actors.at(c)]
    return owners or [w for w in arguments.prepositional_objects(word, AUTHOR_PREPS) if actors.at(w)]


def represented(words: list[Any], actors: ActorIndex) -> list[Any]:
    """Targets as their representatives or a count of them stand for: "met officials of
    Kosovo" -> Kosovo, "sanctions on dozens of Russian companies" -> the companies."""
    found: list[Any] = []
    for word in words:
        counted = participants.counted(word)
        if not actors.at(word) and actors.at(counted):
            word = counted
        found.extend(([] if actors.at(word) else _represented(word, actors)) or [word])
    return found


def _represented(word: Any, actors: ActorIndex) -> list[Any]:
    """Whom a word of representatives stands for: its "from X" or "of X" actors, or the
    country that qualifies it ("Argentine politicians")."""
    if word.lemma_.lower() not in REPRESENTATIVES:
        return []
    found = [w for w in arguments.prepositional_objects(word, frozenset({"from", "of"})) if actors.at(w)]
    return found or [c for c in word.children if c.dep_ in ("amod", "compound") and actors.at(c)]


def subject_words(verb: Any, actors: ActorIndex) -> list[Any]:
    return actor_words(arguments.subjects(verb), actors)


def appeal_item(appeal: Any, actors: ActorIndex) -> Coded:
    """ "Iran urged Iraq to release the prisoners": Iran appeals to Iraq (0253)."""
    verb = appeal.predicate
    sources = subject_words(verb, actors)
    return Coded(appeal.code, verb, appeal.pattern, sources,
                 represented(arguments.conjuncts(appeal.asked), actors))  # fmt: skip


def owner_by(verb: Any) -> list[Any]:
    """ "Russia rejected the proposal by France": an active verb's by-phrase (the parse hangs
    it on the verb) names the owner of what it rejects."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    return _by_phrase(verb)


def aid_item(aid: Any, actors: ActorIndex) -> Coded:
    """ "The United States sent weapons to Ukraine": 072 from the giver to the recipient."""
    verb = aid.predicate
    sources = subject_words(verb, actors)
    targets = [w for r in aid.recipients for w in arguments.conjuncts(r)]
    # "the subsidy for Rotterdam's cargo sector", "aid for Syrian farmers": the place's
    owners = [r for t in targets if not actors.at(t) and (r := _place_owner(t)) is not None]
    return Coded(aid.code, verb, aid.pattern, sources, targets, owner_refs=owners)


def _place_owner(word: Any) -> ActorRef | None:
    """The country a thing is of by its modifier or its possessor place: "Syrian farmers",
    "Rotterdam's cargo sector"."""
    return participants.owner_ref(word) or next(
        (r for c in word.children if c.dep_ == "poss"
         and (r := participants.place_ref(c, trust_tagger=False)) is not None), None
    )  # fmt: skip


def relation_item(act: Any, actors: ActorIndex) -> Coded:
    """ "Bolivia cut diplomatic ties with Israel": 161 from the subject to the partner;
    "Serbia and Kosovo reached an agreement": 057 between them."""
    verb = act.predicate
    targets = [w for p in act.partners for w in arguments.conjuncts(p)]
    # "recalled its ambassador from Niamey", "closed its embassy in Kabul": the place's country
    places = places_as_countries(targets, actors.at)
    return Coded(act.code, verb, act.pattern, subject_words(verb, actors), targets,
                 owner_refs=places)  # fmt: skip


def judgement_item(verb: Any, judged_word: Any, actors: ActorIndex) -> Coded:
    """ "McConnell called the Democrats' position untenable": 111 at the Democrats."""
    return aimed_item(CRITICIZE, verb, f"judged {judged_word.lemma_}",
                       subject_words(verb, actors), arguments.conjuncts(judged_word), actors)  # fmt: skip


def harsh_report_item(verb: Any, actors: ActorIndex) -> list[Coded]:
    """ "'what people find offensive is Senator Warren lying about her heritage,' Sanders
    told reporters": a harsh report naming exactly one party besides the speaker is
    criticism of it (two parties named leave unsaid which is judged)."""
    words = harsh_report(verb)
    if not words:
        return []
    sources = subject_words(verb, actors)
    speakers = {r.id for t in sources for r in actors.at(t)}
    named = {r.id: t for t in words if not _beside_the_speaker(t) and not _aside(t)
             for r in actors.at(t) if r.id not in speakers}  # fmt: skip
    # the one the clause says fails, if it says so: "said the ministry had failed to act"
    failing = {r.id: t for t in failing_subjects(verb) for r in actors.at(t) if r.id not in speakers}
    named = failing or named
    if not speakers or len(named) != 1:
        return []
    return [Coded(CRITICIZE, verb, "harsh report", sources, list(named.values()))]


def _aside(word: Any) -> bool:
    """Words in a harsh report that name no judged party: a place ("in Syria"), the topic of
    the judged thing ("the accusations against Trump were false"), another speaker
    ("..., Peskov added")."""
    head = _climb(word, ("compound", "flat"))
    topic = head.dep_ == "pobj" and head.head.lower_ in ("against", "about", "on", "over")
    speaker = head.dep_ == "nsubj" and head.head.lemma_.lower() in SAY_VERBS
    # "a mess from the Obama administration": from whom it came, unless a place names it
    given_by = head.head.lower_ == "from" and head.ent_type_ not in ("GPE", "LOC", "FAC")
    return is_locative(head) and not given_by or topic or speaker


def _beside_the_speaker(word: Any) -> bool:
    """ "Zinke and he had inherited a mess": a party coordinated with a pronoun (the speaker
    or someone already named) shares the speaker's side."""
    head = _climb(word, ("compound", "flat", "conj"))  # "Senator" to "Cole", a conjunct to the first
    if any(w.pos_ == "PRON" for w in arguments.conjuncts(head)):
        return True
    subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return head in subjects and any(c.pos_ == "PRON" for c in subjects)  # parsed as two subjects


def _climb(word: Any, deps: tuple[str, ...]) -> Any:
    """The word's head while it hangs on it by one of these dependencies."""
    while word.dep_ in deps and word.head.i != word.i:
        word = word.head
    return word


def aimed_item(code: str, verb: Any, pattern: str, sources: list[Any], aimed: list[Any],
                actors: ActorIndex) -> Coded:  # fmt: skip
    """An act aimed at words that name a party, or at a thing whose owner they name: "the
    Democrats' position", "the German decision"."""
    targets = aimed
    if not any(actors.at(t) for t in targets):
        targets = targets + possessors(targets)
    modifiers = targets + [c for t in aimed for c in t.children if c.dep_ == "amod"]
    owners = [r for t in modifiers if (r := _modifier_owner(t)) is not None]
    # "unhappy with the decision": whoever took it, found in the sentences before
    decision = None if owners else decision_object(targets, actors)
    return Coded(code, verb, pattern, actor_words(sources, actors), targets, owner_refs=owners,
                 event_object=decision)  # fmt: skip


# Nouns that refer back to an act just told: "The EU imposed sanctions, and Orban criticised
# the decision"; "he would withdraw the subsidy. The employers were unhappy with the move."
DECISION_NOUNS = frozenset({"decision", "move", "step", "measure", "action", "announcement"})


def decision_object(words: list[Any], actors: ActorIndex) -> Any:
    """The word among `words` that is a definite act of deciding with no maker named: "the
    decision", "this move" (not "Berlin's move", "the decision by Paris"; "the German
    decision" is Germany's by its modifier)."""
    if any(actors.at(w) for w in words):
        return None
    for word in words:
        owned = any(c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ in AUTHOR_PREPS
                    for c in word.children)  # fmt: skip
        if word.lemma_.lower() in DECISION_NOUNS and is_definite(word) and not owned:
            return word
    return None


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
