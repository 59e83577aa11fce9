"""What a coded act turns out to be: a threat of the force it names ("vowed to continue its
attacks", 138x), the stated intent of cooperation not yet done ("would send aid", 03x)."""

from __future__ import annotations

import dataclasses
from typing import Any

from eventscribe.coding import arguments
from eventscribe.coding.coded import Coded
from eventscribe.coding.modality import (
    THREAT_VERBS,
    is_consequence,
    is_negated,
    modality_of,
    threatened,
)
from eventscribe.coding.relations import SIGN_AGREEMENT

# A threat to do something violent is coded as the CAMEO threat of that kind.
THREAT_OF = {"14": "133", "15": "138", "17": "137", "18": "1383", "19": "1384", "20": "1385",
             "191": "1381", "192": "1382", "16": "131", "161": "1313", "162": "1311",
             "163": "1312"}  # fmt: skip
# Acts of cooperation stated as intended, and the 03x intent code they become.
INTENT_OF = {"04": "036", "045": "039", "05": "030", "06": "031", "061": "0311", "062": "0312",
             "063": "0313", "064": "0314", "07": "033", "071": "0331", "072": "0332",
             "073": "0333", "074": "0334", "08": "035", "081": "0351", "083": "034",
             "084": "0353", "085": "0354", "086": "0355", "087": "0356"}  # fmt: skip


INTENT_TO_MEET = "036"
CONSULT = "040"
MEETING_VERBS = frozenset({"meet", "negotiate", "talk", "discuss", "confer", "visit"})


def threat_of_infinitive(verb: Any, code: str) -> Coded | None:
    """'vowed to annihilate Hamas' -> the threat verb codes 1384 against Hamas."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in THREAT_VERBS:
        return None
    threat = _code_in(THREAT_OF, code)
    if threat is None:
        return None
    governor = verb.head
    sources = arguments.subjects(governor)
    targets = arguments.objects(verb)
    # "threatened to block Sweden's membership": at Sweden
    targets += [c for t in targets for c in t.children if c.dep_ == "poss"]
    return Coded(
        threat, governor, f"{governor.lemma_} to {verb.lemma_}", sources, targets, "threatened"
    )


def threat_of_force(item: Coded) -> Coded:
    """ "Hezbollah vowed to continue its attacks": the vow is the event, a threat of the
    force it names (138x), not the force. A hostile act promised on a condition is a threat
    too, as CAMEO defines threats: "would impose sanctions if Tehran did not stop" (1312)."""
    threat = _code_in(THREAT_OF, item.code)
    if threat is None or not (threatened(item.predicate) or is_consequence(item.predicate)):
        return item
    return dataclasses.replace(item, code=threat, pattern=f"threat of {item.pattern}")


def stated_intent(item: Coded, span: Any, headline: bool) -> Coded:
    """ "said it would send troops", "ready to meet Putin": an act of cooperation not yet
    done is the statement of intent to do it (03x), as CAMEO codes such statements."""
    intent = _code_in(INTENT_OF, item.code)
    if intent is not None and _agreed_to(item.predicate):
        # "the Soviet Union has agreed to supply Iran with oil": the agreeing is the act
        return dataclasses.replace(item, code=SIGN_AGREEMENT, predicate=item.predicate.head,
                                   pattern=f"agreed to: {item.pattern}")  # fmt: skip
    if intent is not None and item.predicate.lemma_.lower() in MEETING_VERBS:
        intent = INTENT_TO_MEET  # "ready to negotiate", whatever its pattern's code
    if intent is None or modality_of(item.predicate, span, headline=headline).modality != "intended":
        return item
    return dataclasses.replace(item, code=intent, pattern=f"intent: {item.pattern}")


def meeting_held(item: Coded, span: Any, headline: bool) -> Coded:
    """ "met Biden at the White House", "met for talks": a meeting told as done is a
    consultation (040), whatever intent (036) the verb dictionary's pattern gives it."""
    if item.code != INTENT_TO_MEET or item.predicate.lemma_.lower() not in MEETING_VERBS:
        return item
    if modality_of(item.predicate, span, headline=headline).modality not in ("asserted", "reported"):
        return item
    return dataclasses.replace(item, code=CONSULT, pattern=f"held: {item.pattern}")


def drop_threatened_acts(coded: list[Coded]) -> list[Coded]:
    """The threat is the event; the threat verb's own default code is not coded again."""
    threat_heads = {c.predicate.i for c in coded if c.modality == "threatened"}
    return [c for c in coded if c.modality == "threatened" or c.predicate.i not in threat_heads]


def _agreed_to(predicate: Any) -> bool:
    """An act of cooperation a party has agreed to do: agreed on, not only intended."""
    head = predicate.head
    return predicate.dep_ == "xcomp" and head.lemma_.lower() == "agree" and not is_negated(head)


def _code_in(table: dict[str, str], code: str) -> str | None:
    """The table's code for the act's code, by its first three digits, else its root."""
    return table.get(code[:3]) or table.get(code[:2])
