"""Who acted and on whom in an act of violence or unrest, read from the parse.

A verb gives its subject and object (a passive its agent and subject, a headline's bare
participle its subject as the victim); a noun its possessor or modifier ("Taliban attack",
"Israeli strike") and its on/at/against object; a noun carried by a light verb ("conducted
an air strike") the verb's subject. `coding/violence.py` turns these words into actors.
"""

from __future__ import annotations

from typing import Any

from eventscribe.coding import arguments, participants
from eventscribe.coding.background import PLACING_VERBS
from eventscribe.coding.participants import SALVOS
from eventscribe.coding.triggers import lemma_of, trigger_at

MUTUAL_LEMMAS = frozenset({"clash", "fighting", "battle", "fight", "skirmish", "gunbattle",
                           "firefight", "hostility"})  # fmt: skip
# Carriers whose subject undergoes the act ("the post repelled an attack", "the town
# suffered shelling"), and those whose subject only tells of it ("residents reported
# shelling", "Iraq reported an attack on a tanker").
UNDERGOING_VERBS = frozenset({"suffer", "face", "survive", "escape", "repel", "repulse",
                              "foil", "thwart", "withstand", "endure"})  # fmt: skip
OBSERVING_VERBS = frozenset({"report", "witness", "see"})
TARGET_PREPS = frozenset({"on", "at", "against", "upon", "targeting", "toward", "towards"})
VERB_TARGET_PREPS = TARGET_PREPS | {"with", "into", "across", "inside", "through"}
# Where a show of force is aimed: "drills around Taiwan", "exercises near the border".
SHOW_PREPS = frozenset({"around", "near", "off", "toward", "towards", "against", "over", "along"})
# Verbs that carry the act their object names: "conducted an air strike", "staged a protest".
CARRIER_VERBS = frozenset(
    {"conduct", "launch", "carry", "stage", "mount", "hold", "wage", "unleash", "begin",
     "start", "continue", "resume", "intensify", "step", "order", "claim", "suffer",
     "inflict", "witness", "see", "face", "perpetrate", "commit", "report", "organize",
     "organise", "lead", "join", "call", "storm", "trigger", "spark", "cause", "repel",
     "repulse", "foil", "thwart", "survive", "escape", "exchange", "hit", "rock", "shake",
     "target", "kill", "leave", "fire", "keep", "escalate", "maintain", "renew", "press",
     "fly", "withstand", "endure", "trade"}
)  # fmt: skip
# Carriers whose coordinated subjects act on each other: "X and Y exchanged fire".
EXCHANGING_VERBS = frozenset({"exchange", "trade"})
# What a protest may demand of someone: "the resignation of the minister".
OUSTING_NOUNS = frozenset({"resignation", "ouster", "removal", "dismissal", "release", "arrest",
                           "prosecution", "impeachment", "departure", "withdrawal"})  # fmt: skip
# Verbs whose subject takes the losses their object counts: "suffered 300 casualties".
SUSTAINING_VERBS = frozenset({"suffer", "sustain", "incur", "take"})


def verb_arguments(verb: Any, *, headline: bool = True, suffered: bool = True) -> tuple[list[Any], list[Any]]:
    """(sources, targets) of a verb of force or unrest. `suffered`: whether its bare
    participle may be a passive ("Dozens of militants killed in ..."); a protest is never
    suffered ("Thousands of people protested", tagged VBN, protested)."""
    deps = {c.dep_ for c in verb.children}
    # "the villagers killed in the raid" is passive; "air strikes killed 40 people", misparsed
    # as a participle on the act "strikes", is not
    acted = "dobj" in deps and trigger_at(verb.head) is not None
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN" and not acted
    if participle and not suffered and "agent" not in deps:
        # "Hundreds of students protested in Madrid", parsed as a participle on "Hundreds":
        # the noun it hangs on protested (but "the plan protested by farmers" is theirs)
        return [verb.head], []
    passive = arguments.is_passive(verb) or participle or _shares_a_passive(verb, deps)
    if suffered and not passive and "dobj" not in deps and verb.tag_ == "VBN" and "aux" not in deps:
        # headline: "Dozens of militants killed in ..."; in a sentence, an armed subject
        # acts whatever the tagger says: "Russian forces attacked on Monday." (not "Bodies
        # of civilians shot dead were found")
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        passive = headline or not any(participants.is_armed(s) for s in subjects)
    if passive:
        agent = [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
        victims = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
        if not victims and verb.dep_ == "acl":
            victims = [verb.head]
        if not victims and verb.dep_ == "conj" and verb.head.i != verb.i:
            # "The minister, sacked last week, has been detained": the first verb's subject
            victims = [c for c in verb.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        return agent, victims
    sources = arguments.subjects(verb)
    targets = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if lemma_of(verb) in UNDERGOING_VERBS:  # "repelled a rebel attack": the attackers
        targets = [w for t in targets for w in noun_arguments(t)[0]] or targets
    targets += arguments.prepositional_objects(verb, VERB_TARGET_PREPS)
    if lemma_of(verb) in MUTUAL_LEMMAS:
        targets += arguments.between(verb)[1:]
        if not targets and sources:  # "students and riot police clashed": the second side
            targets += [c for c in sources[0].children if c.dep_ == "conj"][:1]
    return sources, [w for t in targets for w in arguments.conjuncts(t)]


def _shares_a_passive(verb: Any, deps: set[str]) -> bool:
    """ "was stopped at a checkpoint and detained": a verb joined to a passive one, with no
    subject, auxiliary or object of its own, is passive too."""
    own = deps & {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"}
    return verb.dep_ == "conj" and not own and arguments.is_passive(verb.head)


def salvo(noun: Any) -> Any:
    """ "launched a wave of missiles": the wave stands where the missiles act."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and lemma_of(prep.head) in SALVOS:
        return prep.head
    return noun


FROM = frozenset({"from"})


def noun_arguments(noun: Any) -> tuple[list[Any], list[Any]]:
    # "last Friday's Iranian missile attack": a date is no possessor that acts
    sources = [w for w in arguments.noun_source(noun) if w.ent_type_ not in ("DATE", "TIME")]
    targets = arguments.prepositional_objects(noun, TARGET_PREPS | {"with"})
    between = arguments.between(noun)
    if between:
        sources, targets = sources or between[:1], targets or between[1:]
    if not sources:
        modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
        # "an Iranian Silkworm missile strike": the party may modify a modifier
        modifiers += [g for c in modifiers for g in c.children if g.dep_ in ("compound", "amod") and g.i < c.i]
        sources = [c for c in modifiers if _names_party(c)]
    noun = salvo(noun)
    head = noun.head
    if noun.dep_ == "nsubj" and head.pos_ == "VERB" and not targets:
        # "A Russian air strike destroyed a hospital", "Bombs tore through churches" (but
        # "the attack took place" hit no place)
        targets = [c for c in head.children if c.dep_ == "dobj" and not _takes_place(head, c)]
        targets += arguments.prepositional_objects(head, VERB_TARGET_PREPS)
    shown = trigger_at(noun)
    if shown is not None and shown.kind == "posture" and not targets:
        # "drills around Taiwan", "exercises near the Finnish border": whom the show is for
        targets = arguments.prepositional_objects(noun, SHOW_PREPS)
        if not targets and head.pos_ == "VERB":
            targets = arguments.prepositional_objects(head, SHOW_PREPS)
    if not sources and noun.dep_ == "pobj" and head.lower_ in ("on", "with") and head.head.pos_ in ("VERB", "AUX"):
        # "workers have been on strike", "Israel responded with air strikes on Gaza"
        sources = arguments.subjects(head.head)
    if noun.dep_ == "pobj" and head.lower_ == "under" and lemma_of(head.head) in PLACING_VERBS:
        # "police placed the opposition leader under house arrest": the placer's act on
        # the placed
        sources = sources or arguments.subjects(head.head)
        targets = targets or [c for c in head.head.children if c.dep_ == "dobj"]
    elif noun.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX"):
        # "the town came under attack from Russian drones": the subject suffers it
        targets = targets or arguments.subjects(head.head)
        sources = sources or arguments.prepositional_objects(noun, FROM) or arguments.prepositional_objects(head.head, FROM)
    carried = noun.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ == "VERB"
    if carried and lemma_of(head) in CARRIER_VERBS:
        # "Israeli forces conducted an air strike", "launched U.S. air strikes on a base"
        doers = arguments.subjects(head)
        if lemma_of(head) in UNDERGOING_VERBS:  # "the army repelled a Taliban attack"
            targets = targets or doers
        elif lemma_of(head) not in OBSERVING_VERBS and all(w.dep_ == "amod" for w in sources):
            sources = doers + sources  # "Russia held military exercises": Russia's military
        elif lemma_of(head) not in OBSERVING_VERBS:
            sources = sources + doers  # "their rally": the stager, if unknown
        targets = targets or arguments.prepositional_objects(head, TARGET_PREPS)
        if lemma_of(head) in EXCHANGING_VERBS and not targets and len(doers) > 1:
            sources, targets = doers[:1], doers[1:]  # "Hezbollah and Israel exchanged fire"
    return sources, targets


def purpose_targets(token: Any) -> list[Any]:
    """Whom a protest is against, by its purpose: "rallied to press their claim against
    India's Moslem minority", "marched to protest against the government's fee increase",
    "to demand the resignation of the minister"."""
    anchors = [token] + ([token.head] if token.dep_ in ("dobj", "pobj") else [])
    clauses = [c for a in anchors for c in a.children if c.dep_ in ("advcl", "xcomp")
               and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]  # fmt: skip
    found = []
    for word in (w for c in clauses for w in c.subtree):
        if word.dep_ == "pobj" and word.head.lower_ in ("against", "at"):
            found.append(word)
        elif word.dep_ == "pobj" and word.head.lower_ == "of" and lemma_of(word.head.head) in OUSTING_NOUNS:
            found.append(word)  # "the resignation of the minister"
        elif word.dep_ == "poss" and word.head.dep_ in ("dobj", "pobj"):
            found.append(word)  # "the government's fee increase"
    return found


def _takes_place(verb: Any, word: Any) -> bool:
    return lemma_of(verb) == "take" and word.lower_ == "place"


def arrest_noun_arguments(noun: Any) -> tuple[list[Any], list[Any]]:
    """ "his arrest", "Navalny's detention", "the arrest of 12 activists by police": the
    possessor is who is arrested, the by-phrase who arrests."""
    owners = [w for c in noun.children if c.dep_ == "poss" for w in arguments.conjuncts(c)]
    by = arguments.prepositional_objects(noun, frozenset({"by"}))
    held = arguments.prepositional_objects(noun, frozenset({"of"}))
    sources, targets = noun_arguments(noun)
    return by or [w for w in sources if w not in owners], owners + held or targets


def _names_party(word: Any) -> bool:
    """A modifier that names who acted: "Taliban attack", "Israeli strike", "army operation";
    not a weapon ("drone strike": whose drone, the text does not say)."""
    if participants.weapon_code(word) is not None:
        return False
    kind = participants.kind_of(word, modifier=True)  # "rebel attack", "separatist assault"
    if kind is not None and kind.kind != "facility":
        return True
    from eventscribe.actors import knowledge

    return (
        word.ent_type_ in ("NORP", "ORG", "GPE")
        or knowledge.country_by_name(word.text) is not None
        or knowledge.organization_by_name(word.text) is not None
    )


def victims(outcome: Any) -> list[Any]:
    if outcome.pos_ == "ADJ":
        return [c for c in outcome.children if c.dep_ in ("nsubj", "nummod")] or [outcome.head]
    if outcome.pos_ in ("NOUN", "PROPN"):  # "the deaths of five soldiers"
        victims = participants.of_object(outcome)
        if victims is None and outcome.dep_ == "dobj" and lemma_of(outcome.head) in SUSTAINING_VERBS:
            return arguments.subjects(outcome.head)  # "the troops suffered 300 casualties"
        return [victims] if victims is not None else []
    return verb_arguments(outcome)[1]
