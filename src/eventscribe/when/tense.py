"""Is a predicate about the future? From the parse (the stage) or from the words (plain text).

Future: "will"/"shall"/"'ll" on the verb; "going to", "is to", "is about to"; a verb
governed (through xcomp) by scheduling words ("scheduled", "due", "set", "plans",
"expected") or by words of intention ("hopes to meet", "wants to sign", "vowed to
retaliate"): the intended act lies ahead, the hoping or vowing itself does not; a headline
infinitive ("Hamas, Iran leaders to boost cooperation"). A noun predicate ("talks on
Monday") takes the tense of the verb that governs it.
"""

from __future__ import annotations

import re
from typing import Any

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "’ll"})
# Modals of possibility and the future in the past point ahead unless perfect ("may lift
# by June", "said talks would resume in January"; "may have met", "would have won").
FUTURE_MODALS = frozenset({"may", "might", "would"})
# Lemmas that put an xcomp verb in the future: "is scheduled to meet", "is about to sign".
FUTURE_GOVERNORS = frozenset(
    {"schedule", "due", "set", "plan", "expect", "slate", "poise", "about", "going", "go",
     "intend", "prepare"}
)  # fmt: skip
# Lemmas of intention that put the verb they govern (never themselves) in the future:
# "hopes to meet Reagan in late April", "agreed to resume talks in May".
INTENTION_GOVERNORS = frozenset(
    {"hope", "want", "wish", "seek", "aim", "promise", "pledge", "vow", "threaten", "offer",
     "propose", "agree", "decide", "undertake", "resolve", "mean", "vote", "ask", "urge",
     # directives: what one is told, invited or ordered to do lies ahead of the telling
     # ("invited companies to start joint ventures", "ordered troops to withdraw")
     "invite", "encourage", "order", "instruct", "press", "persuade", "request", "require",
     "tell", "call", "appeal", "advise", "warn", "authorize", "authorise"}
)  # fmt: skip
# Verbs of response whose object is an act already done, whatever their own tense: "police
# to probe the killing of three", "vowed to avenge the attack".
RESPONSE_VERBS = frozenset(
    {"investigate", "probe", "condemn", "denounce", "deplore", "mourn", "avenge", "blame",
     "protest", "claim", "regret", "apologize", "apologise", "compensate"}
)  # fmt: skip
# Verbs of expectation whose "by" deadline lies ahead whatever their own tense: "he
# expected agreement from all the banks by July" (in a March paper: this July).
EXPECTATION_VERBS = frozenset(
    {"expect", "anticipate", "predict", "forecast", "project", "target", "estimate"}
) | FUTURE_GOVERNORS | INTENTION_GOVERNORS
# Verbs that fix or move the day of an act, and the words before that day: "set for May
# 5", "postponed until March", "moved to Tuesday".
SCHEDULING_VERBS = frozenset(
    {"set", "schedule", "scheduled", "plan", "planned", "slate", "slated", "fix", "fixed",
     "postpone", "postponed", "reschedule", "rescheduled", "delay", "delayed", "defer",
     "deferred", "adjourn", "adjourned", "call", "called", "move", "moved", "bring", "brought",
     "put"}
)  # fmt: skip
SCHEDULE_SIGNALS = ("for", "until", "till", "to")
_FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|won['’]t|going\s+to|(?:is|are|am)\s+(?:not\s+)?(?:due|set|scheduled|"
    r"expected|slated|poised|about|planning|preparing)\s+to|(?:is|are)\s+to|plans?\s+to|"
    r"intends?\s+to)\b|['’]ll\b",
    re.IGNORECASE,
)
# Past forms common in news clauses; checked only after the future markers.
_PAST_WORDS = re.compile(
    r"\b(?:was|were|had|did|said|told|met|took|made|went|came|saw|gave|left|held|began|"
    r"fought|fled|won|lost|sent|led|struck|shot|hit|broke|stole|sought|[a-z]{3,}ed)\b"
)
_CLAUSE_BREAK = re.compile(r"[!?;:\n]|\.(?!\s*\d)|,\s")  # not the dot of "Dec. 31"
_VERBLESS_WORDS = 4  # a clause this short holds just the timex: "On Monday, ..."


def tense_of(predicate: Any) -> str | None:
    """The tense of a parsed predicate token: "future", "past", "present" or None.

    An infinitive takes the tense of the verb it complements ("went to see": past).
    """
    verb = _clause_verb(predicate)
    if verb is None:
        return None
    if predicate.pos_ in ("NOUN", "PROPN") and responds(verb):
        return "past"  # "to probe the killing": what is probed has happened
    chain = _xcomp_chain(verb)
    # a governor told in the past is no future itself ("said he planned to ask": the
    # planning is past, the asking ahead)
    marked = [t for i, t in enumerate(chain) if not (i == 0 and t.tag_ == "VBD")]
    if any(_future_marked(token) for token in marked) or _intended(chain):
        return "future"
    return next((tense for token in chain if (tense := _own_tense(token))), None)


def _own_tense(verb: Any) -> str | None:
    """Past or present from the auxiliaries if any ("has vowed": present perfect; "was
    attacked": past), else from the verb's own form."""
    auxiliaries = [a for a in _auxiliaries(verb) if a.morph.get("Tense")]
    forms = auxiliaries or [verb]
    tenses = {t for token in forms for t in token.morph.get("Tense")}
    if "Past" in tenses:
        return "past"
    if "Pres" in tenses or (verb.tag_ == "VB" and not _auxiliaries(verb)):
        return "present"  # a bare VB with no auxiliary is a mistagged present ("rebels control")
    return None


def responds(token: Any) -> bool:
    """A verb of response ("condemned", "to probe"), whose act lies before it."""
    return bool(_stems(token) & RESPONSE_VERBS)


def deadline_ahead(signal: str, token: Any) -> bool:
    """A "by" deadline on a verb of expectation or intention, or the day an act is set or
    put off to ("has been set for May 5", "postponed until March"): the act lies ahead of
    the telling, so the month or weekday is read forward."""
    if signal not in ("by",) + SCHEDULE_SIGNALS:
        return False
    verb = _clause_verb(token)
    if verb is None:
        return False
    verbs = EXPECTATION_VERBS if signal == "by" else SCHEDULING_VERBS
    return bool(_stems(verb) & verbs)


def present_perfect(predicate: Any) -> bool:
    """A present perfect ("has come", "have been attacked"): a past participle with a
    present-tense "have" and no modal or future before it."""
    verb = _clause_verb(predicate)
    if verb is None or verb.tag_ != "VBN":
        return False
    auxiliaries = _auxiliaries(verb)
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    return any(a.lemma_.lower() == "have" and "Pres" in a.morph.get("Tense") for a in auxiliaries)


def present_continuing(verb: Any) -> bool:
    """A verb in the present progressive or perfect ("is pressing", "have cleared"): a
    present-tense "be" or "have" among its auxiliaries and no modal. Such a clause holds
    no finished past time of its own ("Congress is pressing, with a deficit of 169
    billion dlrs last year, ...": the year is the deficit's)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = _auxiliaries(verb)
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    return any(
        a.lemma_.lower() in ("be", "have") and "Pres" in a.morph.get("Tense") for a in auxiliaries
    )


def _clause_verb(token: Any) -> Any:
    """The token itself if verbal, else the nearest verb above it (or None)."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _xcomp_chain(verb: Any) -> list[Any]:
    """The verb and the verbs it complements: "is scheduled to [meet]" -> meet, scheduled;
    "went to [see]" -> see, went."""
    chain = [verb]
    while len(chain) < 5 and chain[-1].head.i != chain[-1].i:
        last = chain[-1]
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in last.children)
        if last.dep_ == "conj" and _bare(last) and _infinitive(last.head) and last.tag_ == "VB":
            chain.append(last.head)  # "seeking to unwind rules and [remove] the U.S.": as unwind
            continue
        if last.dep_ not in ("xcomp", "acomp") and not infinitive:
            break
        chain.append(last.head)
    return chain


def _infinitive(verb: Any) -> bool:
    """A verb complementing another, or with its own "to": "seeking to [unwind]"."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.pos_ in ("VERB", "AUX") and (to or verb.dep_ == "xcomp")


def _bare(verb: Any) -> bool:
    """A coordinated verb with no subject or auxiliary of its own shares its first verb's."""
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _intended(chain: list[Any]) -> bool:
    """The verb is the complement of a word of intention: "hopes to [meet]"."""
    return any(_stems(token) & INTENTION_GOVERNORS for token in chain[1:])


def _stems(token: Any) -> set[str]:
    """The lemma and the plain stems of the word: the small model lemmatises "hopes" as
    "hop"."""
    word = token.lower_
    stems = {token.lemma_.lower(), word, word[:-1], word[:-2]}
    if word.endswith("ing"):
        stems |= {word[:-3], word[:-3] + "e"}
    return stems


def _auxiliaries(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _future_marked(token: Any) -> bool:
    auxiliaries = {a.lower_ for a in _auxiliaries(token)}
    if auxiliaries & FUTURE_AUX or (auxiliaries & FUTURE_MODALS and "have" not in auxiliaries):
        return True
    lemma = token.lemma_.lower()
    if lemma in FUTURE_GOVERNORS and any(c.dep_ in ("xcomp", "acomp") for c in token.children):
        return lemma != "go" or token.lower_ == "going"  # "is going to", not "went to see"
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if has_to and token.dep_ == "xcomp" and token.head.lemma_ == "be":
        return True  # "the minister is to visit"
    if has_to and token.head.pos_ in ("NOUN", "PROPN") and _ranked(token.head):
        return False  # "the first foreign leader to visit him": a fact, not a plan
    return has_to and (token.dep_ == "ROOT" or token.head.pos_ in ("NOUN", "PROPN"))


RANKS = frozenset({"first", "last", "only", "second", "third", "latest"})


def _ranked(noun: Any) -> bool:
    """A noun ranked by an ordinal or a superlative: "the first leader", "the only
    country", "the biggest bank"."""
    return any(c.lower_ in RANKS or c.tag_ == "JJS" for c in noun.children)


def simple_present(token: Any) -> bool:
    """The clause verb is in the simple present with no auxiliary ("leaves", "returns")."""
    verb = _clause_verb(token)
    return verb is not None and verb.tag_ in ("VBZ", "VBP") and not _auxiliaries(verb)


def tense_near(text: str, start: int, end: int) -> str | None:
    """The tense ("future", "past" or None) of the clause around text[start:end].

    The clause runs between punctuation breaks; a clause that is only the expression
    ("On Monday, the minister will ...") is read with the clause after it.
    """
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    right_match = _CLAUSE_BREAK.search(text, end)
    right = right_match.start() if right_match else len(text)
    if len(text[left:right].split()) - len(text[start:end].split()) < _VERBLESS_WORDS:
        following = _CLAUSE_BREAK.search(text, right + 1)
        right = following.start() if following else len(text)
    if _FUTURE_WORDS.search(text, left, right):
        return "future"
    return "past" if _PAST_WORDS.search(text, left, right) else None
