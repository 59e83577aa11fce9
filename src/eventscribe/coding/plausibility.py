"""Force that is a figure of speech, an accident or an old story is no event.

"Hurricane Irma struck Texas", "the senator attacked the governor", "attacked the plan",
"killed in a crash", "voted to kill the rule", "no evidence Damascus was responsible for
the attack": `plausible` keeps an act of `coding/violence.py` only when a party acts on a
party, place or thing, or deaths, a weapon or an armed party make it real.
"""

from __future__ import annotations

from typing import Any

from eventscribe.actors.phrases import is_locative
from eventscribe.article import ActorRef
from eventscribe.coding import arguments, crowds, participants, unreal
from eventscribe.coding.coded import Act
from eventscribe.coding.triggers import VERBAL_MODIFIERS, capitalised_headline, hittable, lemma_of
from eventscribe.syntax import DEFINITE_DETERMINERS

# Words that are acts of force in war news and figures of speech in politics.
FIGURATIVE = frozenset({"attack", "assault", "hit", "fight", "battle", "strike", "clash",
                        "bombard", "pound", "shoot", "fire", "target", "storm", "beat",
                        "destroy", "burn", "capture", "seize", "raid", "ambush", "war",
                        "offensive", "operation", "violence", "free", "liberate", "retake",
                        "recapture", "regain", "push", "occupy", "take"})  # fmt: skip
# Words of force that a capitalised headline uses in their own sense, as a lower-case one:
# "VIOLENCE REPORTED IN ECUADOR GENERAL STRIKE", "Surge in Tribal Violence" (politics
# "fights" and "attacks" in headlines; it does no "violence").
LITERAL_IN_HEADLINES = frozenset({"violence"})
# Words that count the dead or hurt in a headline.
HEADLINE_TOLLS = frozenset({"dead", "kill", "killed", "injured", "injure", "wounded", "wound",
                            "casualty", "death", "die", "died"})  # fmt: skip
# What kills without a party: "killed in a crash", "died of a heart attack".
MISHAPS = frozenset({"crash", "accident", "collision", "derailment", "flood", "flooding",
                     "earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone",
                     "landslide", "avalanche", "stampede", "drowning", "disease", "illness",
                     "cancer", "stroke", "heart", "asthma", "panic", "overdose", "blaze",
                     "wildfire", "heatwave", "epidemic", "outbreak", "syndrome", "virus",
                     "infection", "flu", "influenza", "fever", "pandemic"})  # fmt: skip
# What politics kills: "voted to kill the rule", "killed the deal".
KILLABLE_THINGS = frozenset({"rule", "bill", "law", "deal", "plan", "proposal", "measure",
                             "legislation", "reform", "idea", "project", "program", "programme",
                             "regulation", "policy", "motion", "amendment", "agreement", "story",
                             "momentum", "hope", "chance", "talk", "effort", "initiative",
                             "provision", "tax", "merger", "bid", "nomination", "deduction",
                             "credit", "exemption", "subsidy", "loophole", "mandate", "benefit",
                             "requirement"})  # fmt: skip
# Determiners of an act told before: "the attack", "that strike".
WORDS_ONLY_ID = ("person:", "org:", "body:")
WORDS_ONLY_SECTORS = frozenset({"GOV", "LEG", "PTY", "JUD", "ELI", "MED", "BUS", "EDU", "NGO",
                                "LAB", "HRI", "OPP"})  # fmt: skip
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})


def plausible(act: Act, *, headline: bool = False) -> bool:
    """Force is a figure of speech when no party acts ("Hurricane Irma struck Texas"), when
    its object is no party, place or thing ("attacked the plan", "fight corruption"), or
    when a politician, a body or a newspaper acts with words on another ("the senator
    attacked the governor"). Deaths, a weapon or an armed party make it real."""
    if unreal.averted(act.token):
        return False  # "helped thwart a bomb attack"
    if unreal.purpose_only(act.token):
        return False  # "boats carrying men to attack a terminal"
    if unreal.risked(act.token):
        return False  # "could spark a clash", "little risk of sparking a clash"
    if act.token.pos_ == "NOUN" and any(c.lower_ in VERBAL_MODIFIERS for c in act.token.lefts):
        return False  # "the constitutional attack by the assistant attorney general": words
    if _a_thing_under_attack(act.token):
        return False  # "his handling of the economy is under attack", "policies face attack"
    if act.trigger.kind == "unrest" and unreal.protest_of_words(act.token, act.source):
        return False  # "House Democrats rally to protect Mueller", "voted no to protest"
    if act.trigger.kind in ("unrest", "arrest"):
        return not act.agentless
    if act.code == crowds.RIOT and not act.agentless and not act.abstract:
        return True  # a crowd's force is physical: "demonstrators stormed the palace"
    if act.trigger.kind == "outcome" and _kills_a_thing(act) or _mishap(act):
        return False  # "Congress voted to kill the rule", "killed in a crash"
    if act.outcomes or act.weapon:
        return True
    if act.agentless or not headline and _told_before(act):
        return False
    if lemma_of(act.token) not in FIGURATIVE:
        return True
    if act.abstract:
        return False
    refs = [r for r in (act.source, act.target) if r is not None]
    if any(r.sector in participants.ARMED_SECTORS and not r.id.startswith("person:") for r in refs):
        return True
    if participants.names_arms(act.token.sent):
        return True  # "Airport Comes Under Attack As Darfur Rebels Claim Responsibility"
    if capitalised_headline(act.token) and not _literal_in_headline(act.token):
        # a headline in capitals: "FRANCE WILL FIGHT EC FARM PROPOSALS", unless it counts
        # its dead or hurt: "At Least Five Shot Dead, Numerous Injured in Clashes"
        return any(lemma_of(w) in HEADLINE_TOLLS for w in act.token.sent)
    if _speaks(act.source):
        return act.target is not None and act.target.id.startswith("country:")
    if not refs:  # "clashes in Kirkuk": force with no party named happens somewhere
        return headline or any(is_locative(e.root) for e in act.token.sent.ents
                               if e.label_ in PLACE_LABELS - {"NORP"})  # fmt: skip
    return not _speaks(act.target)


# Verbs whose subject suffers their noun object: "faced attack", "came under fire".
SUFFERING_VERBS = frozenset({"face", "come", "be", "remain"})


def _a_thing_under_attack(token: Any) -> bool:
    """Force a subject suffers ("is under attack", "faces attack") that no one can suffer
    bodily: a policy, a handling, a plan (a town, troops, a name can)."""
    if lemma_of(token) not in FIGURATIVE:
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "under":
        verb = token.head.head
    elif token.dep_ == "dobj":
        verb = token.head
    else:
        return False
    if lemma_of(verb) not in SUFFERING_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and not any(hittable(unreal.relative_antecedent(s)) for s in subjects)


def _literal_in_headline(token: Any) -> bool:
    """ "Surge in Tribal Violence", not "Gun Violence Bill Stalls" (a noun's modifier)."""
    return lemma_of(token) in LITERAL_IN_HEADLINES and token.dep_ != "compound"


def _mishap(act: Act) -> bool:
    """Deaths by accident, disaster or illness, and "heart attack": no act of force."""
    token = act.token
    if any(c.dep_ == "compound" and lemma_of(c) in MISHAPS for c in token.children):
        return True  # "a heart attack", "an asthma attack"
    if act.trigger.kind != "outcome":
        return False
    subjects = arguments.subjects(token) if token.pos_ == "VERB" else []
    if act.source is not None:  # "Reye's Syndrome, which kills 20 per cent": a named illness
        return any(lemma_of(unreal.relative_antecedent(s)) in MISHAPS for s in subjects)
    causes = unreal.causes_of_death(token, subjects)  # "the earthquake killed 300,000 people"
    causes += [c for w in causes for c in w.children if c.dep_ == "compound"]  # "heart attack"
    return any(lemma_of(w) in MISHAPS for w in causes)


def _kills_a_thing(act: Act) -> bool:
    """ "voted to kill the rule", "if the deductions were killed by Congress": a death word
    whose object (or passive subject) is a thing, not people."""
    objects = [c for c in act.token.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(_a_thing(o) for o in objects)


def _a_thing(word: Any) -> bool:
    """A thing politics kills, or a named program, law or product ("without injuring the
    RFS"), not an armed organisation."""
    if lemma_of(word) in KILLABLE_THINGS:
        return True
    named = word.pos_ == "PROPN" and word.ent_type_ in ("ORG", "LAW", "PRODUCT", "WORK_OF_ART")
    party = participants.kind_of(word) is not None or participants.is_armed(word)
    return named and not party and participants.organization_ref(word) is None


def _told_before(act: Act) -> bool:
    """ "no evidence Damascus was responsible for the attack": an act named as told before,
    with nobody, nothing and no place of its own, is no new act."""
    token = act.token
    if token.pos_ != "NOUN" or act.source is not None or act.target is not None:
        return False
    words = {c.dep_: c for c in token.children}
    return (
        words.get("det") is not None and words["det"].lower_ in DEFINITE_DETERMINERS
        and not any(d in words for d in ("prep", "compound", "amod", "nmod", "poss", "acl"))
    )  # fmt: skip


def _speaks(ref: ActorRef | None) -> bool:
    """A person or a body that acts with words: politicians, parties, courts, media."""
    if ref is None or ref.sector in participants.ARMED_SECTORS:
        return False
    return ref.id.startswith(WORDS_ONLY_ID) or ref.sector in WORDS_ONLY_SECTORS
