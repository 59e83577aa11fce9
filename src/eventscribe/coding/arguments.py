"""Who did it and to whom: the source and target words of a predicate in the parse.

Verbal predicates take their source from the subject (the agent of a passive), or from
the clause they hang on ("Hamas stormed ..., killing ...": killing's subject is Hamas;
"Israel has vowed to annihilate Hamas": annihilate's subject is Israel). Targets are
direct objects, passive subjects and the objects of target prepositions ("met with X",
"clashes with X", "consequences against X"). Nominal predicates take their source from a
possessor or a "by" phrase.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from eventscribe.syntax import conjuncts  # shared with the actors stage
from eventscribe.when.lexicon import MONTHS, WEEKDAYS

CALENDAR_NAMES = frozenset(WEEKDAYS) | frozenset(MONTHS)

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative"})
TARGET_PREPS = frozenset(
    {"with", "to", "against", "on", "at", "into", "toward", "towards", "upon", "over", "for"}
)
# Clauses that share the subject of the clause they depend on.
SHARED_SUBJECT_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "acomp"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})


def token_at(span: Any, char: int) -> Any:
    """The token of the span that starts at this character offset, or None."""
    return next((t for t in span if t.idx == char), None)


def subjects(predicate: Any, *, depth: int = 0) -> list[Any]:
    """The source words of a verbal predicate (several when coordinated)."""
    direct = [c for c in predicate.children if c.dep_ in SUBJECT_DEPS]
    agent = _agent(predicate)
    found = agent or direct
    # A passive with its own subject and no agent has no known source: "..., but Wishbone
    # was granted a reprieve" is not granted by the subject of the clause before.
    passive = any(c.dep_ in ("nsubjpass", "csubjpass") for c in predicate.children)
    if not found and depth < 3 and not passive:
        controller = _object_controller(predicate)
        if controller is not None:  # "asked Comey to stop investigating": Comey investigates
            return conjuncts(controller)
        stranded = _stranded_subject(predicate) or _subject_in_fronted_phrase(predicate)
        if stranded is not None:
            return conjuncts(stranded)
        if _passive_participle(predicate):
            return []  # "he told reporters when asked whether ...": the asker is not he
        if predicate.dep_ in SHARED_SUBJECT_DEPS and predicate.head.i != predicate.i:
            return subjects(predicate.head, depth=depth + 1)
        if predicate.dep_ == "relcl" or _misread_main_verb(predicate):
            return conjuncts(predicate.head)
    words: list[Any] = []
    for word in found:
        if word.lower_ in RELATIVE_PRONOUNS and predicate.dep_ == "relcl":
            word = predicate.head
        words.extend(conjuncts(word))
    return words


def _misread_main_verb(predicate: Any) -> bool:
    """ "The opposition called on Ruto to resign." parsed as a noun phrase: the sentence's
    root is the noun and its verb a reduced relative ("the opposition [that was] called on").
    A sentence needs a verb, so an active past form with a complement is the main verb and
    the noun its subject (a headline's "Dozens killed in raid" has no complement)."""
    head = predicate.head
    return (
        predicate.dep_ == "acl" and predicate.tag_ == "VBD"
        and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in predicate.children)
    )  # fmt: skip


def _passive_participle(predicate: Any) -> bool:
    """A participle clause in the passive ("when asked", "if elected"): its understood
    subject is the one acted on."""
    # (with no subject of its own a past form is the participle, whatever the tagger says)
    return predicate.tag_ in ("VBN", "VBD") and predicate.dep_ == "advcl" and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in predicate.children
    )


def _stranded_subject(predicate: Any) -> Any:
    """ "... after the earthquake killed 300,000 people": the parser hangs "the earthquake"
    on "after" and leaves "killed" without a subject; the noun just before it is its own,
    not the main clause's subject."""
    if predicate.dep_ != "advcl" or predicate.i == 0:
        return None
    before = predicate.doc[predicate.i - 1]
    prep = before.head
    attached = before.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i == predicate.head.i
    return before if attached and before.pos_ in ("NOUN", "PROPN") and prep.i < before.i else None


def _subject_in_fronted_phrase(predicate: Any) -> Any:
    """ "In one of the most direct criticisms, board chairman John Tower told ...": the
    parser joins the subject to the fronted phrase's noun ("criticisms ..., Tower") and
    leaves the main verb without one; the name after the phrase's comma is its subject."""
    if predicate.dep_ != "ROOT":
        return None
    fronted = next((c for c in predicate.children if c.dep_ == "prep" and c.i < predicate.i), None)
    if fronted is None:
        return None
    joined = [t for t in fronted.subtree if t.dep_ == "conj" and t.pos_ in ("PROPN", "NOUN")
              and t.doc[t.left_edge.i - 1].text == ","]  # fmt: skip
    return joined[-1] if joined else None


def _object_controller(predicate: Any) -> Any:
    """The object of the verb an infinitive complements, when that verb has one ("urged
    Bree to help", "asked Comey to stop ..."): the object does the infinitive's act."""
    if predicate.dep_ != "xcomp" or predicate.head.i == predicate.i:
        return None
    objects = [c for c in predicate.head.children if c.dep_ == "dobj" and c.i < predicate.i]
    return objects[0] if objects else None


def _agent(predicate: Any) -> list[Any]:
    for child in predicate.children:
        if child.dep_ == "agent":
            return [c for c in child.children if c.dep_ == "pobj"]
    return []


def is_passive(predicate: Any) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in predicate.children)


def objects(predicate: Any) -> list[Any]:
    """Direct targets of a verb: objects, passive subjects, then prepositional objects."""
    direct = [c for c in predicate.children if c.dep_ in OBJECT_DEPS]
    if is_passive(predicate):
        own = [c for c in predicate.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if not own and predicate.dep_ == "conj" and predicate.head.i != predicate.i:
            # "Israel struck Gaza and was condemned by Iran": the shared subject is acted on.
            own = [c for c in predicate.head.children if c.dep_ in SUBJECT_DEPS]
        direct += own
    words = [w for d in direct for w in conjuncts(d)]
    return words + prepositional_objects(predicate)


# Verbs whose object is whom they speak to ("told Blinken"); the object of "said" or
# "announced" is what is said ("said Opec had anticipated ..." misparsed as an object).
TELLING_VERBS = frozenset({"tell", "inform", "brief", "assure", "reassure", "notify", "remind",
                           "advise", "caution", "warn", "update", "address", "answer"})  # fmt: skip


def addressees(predicate: Any) -> list[Any]:
    """Who a statement is made to: the object of "told", "to" of "said to"."""
    direct = [c for c in predicate.children if c.dep_ in OBJECT_DEPS]
    if predicate.lemma_.lower() not in TELLING_VERBS:
        direct = [c for c in direct if c.dep_ == "dative"]
    words = [w for d in direct for w in conjuncts(d)]
    return words + prepositional_objects(predicate, frozenset({"to"}))


def prepositional_objects(head: Any, preps: frozenset[str] = TARGET_PREPS) -> list[Any]:
    words: list[Any] = []
    for child in head.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ != "pobj" or is_a_time(pobj):
                    continue  # "on Monday": when, not whom
                if not (child.lower_ == "on" and is_channel(pobj)):
                    words.extend(conjuncts(pobj))
    return words


def is_a_time(word: Any) -> bool:
    """A word of a date or time, not a name the tagger ran into one ("at Kyiv overnight")."""
    if word.ent_type_ not in ("DATE", "TIME"):
        return False
    return word.pos_ != "PROPN" or word.lower_.rstrip(".") in CALENDAR_NAMES


@lru_cache(maxsize=1)
def channels() -> frozenset[str]:
    path = resources.files("eventscribe") / "data" / "coding" / "channels.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip()[:1] not in ("", "#"))


# The last words of a newspaper's or agency's name: "the Detroit News", "the Washington
# Post", "the Sunday Times", "Interfax news agency" (not "the Atomic Energy Agency").
OUTLET_WORDS = (" news", " times", " post", " journal", " herald", " tribune", " gazette",
                " telegraph", " chronicle", " daily", " magazine", " newspaper", " news agency",
                " broadcaster")  # fmt: skip


def is_channel_name(text: str) -> bool:
    """A news outlet or medium by its name: "CNN", "KRIS-TV", "state television", "the
    Detroit News"."""
    lower = text.lower().removeprefix("the ")
    return lower in channels() or lower.endswith(("-tv", " tv", " television", " radio", *OUTLET_WORDS))


def is_channel(word: Any) -> bool:
    """ "on Twitter", "on state television": the medium of a statement, not its addressee."""
    phrase = word.doc[word.left_edge.i : word.i + 1].text.lower()
    return phrase in channels() or word.lower_ in channels() and word.left_edge.i == word.i


def nested_targets(predicate: Any, words: list[Any]) -> list[Any]:
    """Targets one level down: "warns of consequences against Israel" -> Israel."""
    found: list[Any] = []
    for child in predicate.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "about", "over"):
            words = words + [c for c in child.children if c.dep_ == "pobj"]
    for word in words:
        found.extend(prepositional_objects(word, frozenset({"against", "on", "to", "toward"})))
        for child in word.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found.extend(prepositional_objects(pobj, frozenset({"against", "on"})))
    return found


# Prepositions of time and cause: "boost cooperation after victory against Israel".
TIME_PREPS = frozenset(
    {"after", "before", "during", "since", "until", "till", "despite", "amid", "following",
     "because", "ahead", "prior", "throughout", "within"}
)  # fmt: skip
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "acl", "xcomp", "conj", "parataxis"})


def object_phrase_words(predicate: Any) -> list[Any]:
    """Words of the verb's object phrases, in order, without clauses hanging on them:
    the place to look for a target the direct attachments do not give ("restore full
    diplomatic ties with Gondor", "welcomed economic rumors about Bree")."""
    words: list[Any] = []
    for child in predicate.children:
        if child.dep_ in ("dobj", "attr", "dative") or (
            child.dep_ == "prep" and child.i > predicate.i and child.lower_ not in TIME_PREPS
        ):
            words.extend(_phrase_tokens(child))
    return sorted(words, key=lambda t: t.i)


def _phrase_tokens(token: Any) -> list[Any]:
    found = [token]
    for child in token.children:
        # Participles describe the object: "assurances sent by Bree", "the parade supporting X".
        if child.dep_ not in CLAUSE_DEPS or (child.dep_ == "acl" and child.tag_ in ("VBN", "VBG")):
            found.extend(_phrase_tokens(child))
    return found


def clause_subjects(predicate: Any) -> list[Any]:
    """Subjects of the verb's complement clause: "allowed that Mordor isn't ..."."""
    for child in predicate.children:
        if child.dep_ == "ccomp":
            return [w for c in child.children if c.dep_ in SUBJECT_DEPS for w in conjuncts(c)]
    return []


def noun_source(noun: Any) -> list[Any]:
    """The actor of a nominal event: "Hezbollah's clashes", "an attack by the group"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return conjuncts(child)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return [w for c in child.children if c.dep_ == "pobj" for w in conjuncts(c)]
    return []


NOUN_TARGET_PREPS = frozenset({"with", "against", "on", "to", "of", "upon"})
# Acts whose noun names the party they favour after "for": "support for", "praise for", "aid
# for" (elsewhere "for" gives a reason: "sanctions for the annexation").
BENEFICIARY_ROOTS = frozenset({"05", "07"})


def noun_targets(noun: Any) -> list[Any]:
    """The other party of a nominal event: "clashes with Israel", "attack on Gaza"; the one
    that support, praise or aid is "for" ("voiced support for Ukraine"); and the "of" the
    parse hangs on the agent ("criticism by Baker of German policy")."""
    from eventscribe.coding.targets import event_nouns  # (targets reads this module)

    preps = NOUN_TARGET_PREPS
    if event_nouns().get(noun.lemma_.lower(), "")[:2] in BENEFICIARY_ROOTS:
        preps = preps | {"for"}
    found = prepositional_objects(noun, preps)
    if found:
        return found
    agents = [w for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for w in c.children]
    return [w for a in agents if a.dep_ == "pobj" for w in prepositional_objects(a, frozenset({"of"}))]


SPEAKING_VERBS = frozenset({"say", "claim", "announce", "confirm", "report", "state", "insist",
                            "acknowledge", "admit", "deny", "tell"})  # fmt: skip


SPEAKER_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "our",
                              "him", "them", "us", "me"})  # fmt: skip
POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


def speaker_of(pronoun: Any) -> Any:
    """The speaker a pronoun subject (or its possessive) of reported speech stands for: "the
    army said it struck targets", "Iran said its forces attacked". None for other words."""
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in SPEAKER_PRONOUNS:
        return None
    if pronoun.dep_ == "poss" and pronoun.head.dep_ in ("nsubj", "nsubjpass"):
        clause = pronoun.head.head  # "Iran said its forces launched attacks"
    elif pronoun.dep_ in ("nsubj", "nsubjpass") and pronoun.lower_ not in POSSESSIVES:
        clause = pronoun.head
    elif pronoun.dep_ == "dobj" and pronoun.lower_ in OBJECT_PRONOUNS:
        clause = pronoun.head  # "Paul told police that Boucher tackled him": Paul
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "... came onto his property and tackled him"
    else:
        return None
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEAKING_VERBS:
        return None
    said = clause.head
    while said.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in said.children):
        said = said.head  # "Hamas fired rockets and said they had destroyed two tanks"
    return next((c for c in said.children if c.dep_ == "nsubj"), None)


# Nouns that hold acts or things given: "a package of sanctions", "an aid package", "a new
# round of talks", "the latest tranche of aid".
CONTAINER_NOUNS = frozenset({"package", "round", "set", "batch", "wave", "tranche", "series",
                             "slate", "raft", "bundle", "installment", "instalment"})  # fmt: skip


def contents(noun: Any) -> Any:
    """What a container noun holds ("package of sanctions" -> sanctions, "aid package" ->
    aid); the noun itself when it is no container."""
    if noun.lemma_.lower() not in CONTAINER_NOUNS:
        return noun
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    for child in noun.children:
        if child.dep_ == "compound" and child.pos_ == "NOUN":
            return child
    return noun


def between(token: Any) -> list[Any]:
    """ "clashes between the army and rebels", "mediated between Israel and Hamas": both."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return conjuncts(pobj)
    return []
