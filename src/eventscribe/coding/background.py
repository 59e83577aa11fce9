"""Acts a sentence names without reporting them as happening: past acts it dates by ("since
Russia's invasion"), the topic of another act or thing ("an inquiry into chemical attacks",
"a ban on cluster bombs"), acts prevented, protected against, expected or supposed ("to
prevent attacks", "braced for strikes", "in the event of a strike"), acts a charge is about
("charged with murder"), acts in a clause that dates another ("before he left for Seoul"),
people cared for ("evacuated the wounded"), arms given or made ("sent Ukraine artillery"),
what a thing is called ("this is an attack on California"), tolls over years ("since the
2014 war, 14,000 have been killed") and acts counted ("arrests rose 40 percent"). Neither
the violence coder nor the event nouns code them."""

from __future__ import annotations

from typing import Any

from eventscribe.coding.aid import aid_words
from eventscribe.coding.triggers import lemma_of, trigger_at
from eventscribe.when.anchors import counted_gap

# Prepositions that put a noun trigger in the background: "since the invasion".
BACKGROUND_PREPS = frozenset({"since", "before", "until", "despite", "ahead", "prior"})
SEQUENCE_PREPS = frozenset({"after", "following"})
# Prepositions that make a noun trigger the topic of another act: "an inquiry into chemical
# attacks", "talks about the fighting", "a row over the raid".
TOPIC_PREPS = frozenset({"into", "about", "over", "regarding", "concerning"})
# "a ban on cluster bombs", "sanctions over the invasion": a noun's topic.
REGULATED_PREPS = frozenset({"on", "against", "over"})
PREVENTING_VERBS = frozenset({"prevent", "deter", "avert", "forestall", "preempt", "pre-empt",
                              "block", "veto", "thwart", "foil", "bar", "ban"})  # fmt: skip
PROTECTING_VERBS = frozenset({"protect", "shield", "defend", "guard", "safeguard", "insulate",
                              "secure"})  # fmt: skip
PROTESTING_WORDS = frozenset({"protest", "demonstrate", "rally", "march", "demonstration",
                              "campaign", "petition", "vote", "speak", "testify"})  # fmt: skip
EXPECTING_VERBS = frozenset({"expect", "fear", "anticipate", "predict", "forecast", "risk",
                             "threaten", "plan", "prepare", "contemplate", "consider"})  # fmt: skip
BRACING_WORDS = frozenset({"brace", "prepare", "warn", "threat", "fear", "risk", "danger",
                           "possibility", "prospect", "plan", "preparation"})  # fmt: skip


# The act a legal charge or verdict is about: "charged with murder", "convicted of
# attacking", "arrested on suspicion of arson". The charge is the news; the crime is an act
# reported, if at all, in its own right. (A party's accusation, "accused Russia of shelling
# the plant", is how war news reports an act: that act is coded, as the accuser's claim.)
ALLEGING_WORDS = frozenset({"charge", "convict", "suspect", "suspicion", "guilty", "acquit",
                            "indict", "sentence", "arrest", "detain", "jail", "try",
                            "prosecute"})  # fmt: skip
ALLEGING_PREPS = frozenset({"of", "with", "for"})
# Verbs of making, trading or holding things: "a company that makes drones and missiles".
HANDLING_VERBS = frozenset({"make", "produce", "manufacture", "build", "develop", "sell", "buy",
                            "purchase", "acquire", "own", "possess", "store", "stockpile",
                            "export", "import", "test", "design"})  # fmt: skip
GIVING_NOUNS = frozenset({"delivery", "supply", "shipment", "transfer", "sale", "provision",
                          "donation", "purchase", "export", "import"})  # fmt: skip
# People an outcome word names when someone cares for them: "evacuated the wounded".
OUTCOME_PEOPLE = frozenset({"wounded", "injured", "dead", "wound", "injure"})
CARING_VERBS = frozenset({"evacuate", "treat", "rescue", "airlift", "carry", "transport",
                          "bury", "tend", "hospitalize", "hospitalise", "identify"})  # fmt: skip
# Prepositions of the circumstances an act happened in: "introduced bills amid China
# worries", "amid talks on a ceasefire". Acts of violence and unrest stay acts there ("killed
# amid clashes"): the trigger vocabulary tells them.
CIRCUMSTANCE_PREPS = frozenset({"amid", "amidst"})
# Verbs that refer to an act told elsewhere: "cited the bombing", "pointing to Manafort's
# indictment". The reference is context for the sentence's own act.
CITING_VERBS = frozenset({"cite", "mention", "recall", "invoke", "reference", "recount"})
CITING_PREP_VERBS = frozenset({"point", "refer", "allude"})  # "pointed to the indictment"
# Nouns of what something does to an act or state named after their "to": "a setback to the
# occupation", "a blow to the blockade", "an end to the siege", "a response to the attack".
BEARING_NOUNS = frozenset({"setback", "blow", "end", "threat", "challenge", "obstacle",
                           "boost", "response", "reaction", "resistance", "opposition",
                           "alternative", "solution", "contribution", "damage"})  # fmt: skip
# Prepositions of the state an arrest leaves someone in: "under house arrest", "released
# from detention", "in detention"; and the verbs that put someone under an act, which is
# one ("placed him under arrest", "put the town under siege").
HELD_PREPS = frozenset({"under", "from", "in"})
PLACING_VERBS = frozenset({"place", "put"})
# Subordinators of a clause that dates another act: "before", "since", "until".
DATING_MARKS = frozenset({"before", "since", "until", "till"})


def is_background(token: Any) -> bool:
    """ "since Russia's invasion", "after a 1985 strike": a past act the sentence dates by,
    unless it is what the sentence's act followed from ("killed after clashes"); "an inquiry
    into chemical attacks", "a ban on cluster bombs": the topic of another act or thing;
    "to prevent attacks", "protect the country from attacks": acts that did not happen."""
    if alleged(token) or cared_for(token) or given(token) or characterises(token):
        return True
    if counted_acts(token):
        return True
    if token.pos_ == "VERB":
        if token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN") and trigger_at(token.head):
            return is_background(token.head)  # "convicted of a 1963 bombing that killed four"
        return cumulative_toll(token) or in_dating_clause(token)
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if in_dating_clause(_clause_verb(token)):
        return True  # "before he fled the shelling of his town"
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    if before is not None and before.lower_ in BACKGROUND_PREPS and before.tag_ == "IN":
        return True  # "Since Russia's invasion, ... have been killed" (parsed as its subject)
    prep = token.head
    if token.dep_ == "dobj" and lemma_of(prep) in PREVENTING_VERBS | EXPECTING_VERBS:
        return True  # "to prevent attacks", "expect further attacks": none has happened
    if token.dep_ == "dobj" and lemma_of(prep) in CITING_VERBS:
        return True  # "cited the bombing": an act told elsewhere
    if borne_on(token):
        return True  # "a setback to Israel's occupation", "put an end to the siege"
    if prep.dep_ != "prep":
        return False
    governor = prep.head
    if prep.lower_ in BACKGROUND_PREPS or prep.lower_ in TOPIC_PREPS:
        return True
    if prep.lower_ in CIRCUMSTANCE_PREPS and trigger_at(token) is None:
        return True  # "amid China worries"; not "killed amid clashes"
    if held_in(token, prep, governor):
        return True  # "are under house arrest", "released from detention": a state
    if prep.lower_ == "to" and lemma_of(governor) in CITING_PREP_VERBS:
        return True  # "pointing to Manafort's indictment"
    if prep.lower_ == "against" and lemma_of(governor) in PROTESTING_WORDS:
        return True  # "protested against the Israeli offensive": the topic of the protest
    if prep.lower_ in ("from", "against") and lemma_of(_verb_of(governor)) in PROTECTING_VERBS:
        return True  # "protect the country from attacks" (however "from" is attached)
    if prep.lower_ == "of" and _in_case(governor):
        return True  # "in the event of any U.S. strike against Iran": none has happened
    if prep.lower_ in ("for", "of") and lemma_of(governor) in BRACING_WORDS:
        return True  # "braced for attacks", "warned of strikes", "the threat of violence"
    if prep.lower_ in REGULATED_PREPS and governor.pos_ == "NOUN" and trigger_at(governor) is None:
        return True  # "a ban on cluster bombs", "tensions over the raid"
    # "a day after clashes" is news a day old, dated by its gap (`when/anchors.py`)
    return prep.lower_ in SEQUENCE_PREPS and trigger_at(prep.head) is None and counted_gap(prep) is None


def borne_on(token: Any) -> bool:
    """An act or state named after "to" of a noun of what something does to it ("a setback
    to the occupation", "dealt a blow to the blockade", "put an end to the siege"): what the
    sentence's act bears on, told as known."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ not in ("prep", "dative"):
        return False
    governor = prep.head
    nouns = [governor] + [c for c in governor.children if c.dep_ == "dobj"]
    return any(lemma_of(n) in BEARING_NOUNS for n in nouns)


def held_in(token: Any, prep: Any, governor: Any) -> bool:
    """ "remain under house arrest", "released from detention", "in custody": an arrest
    named as the state someone is in or leaves, not an act ("placed him under arrest" is
    one)."""
    trigger = trigger_at(token)
    if trigger is None or trigger.kind != "arrest" or prep.lower_ not in HELD_PREPS:
        return False
    return lemma_of(governor) not in PLACING_VERBS


def _in_case(word: Any) -> bool:
    """ "in the event of", "in case of": a condition, not a report."""
    return word.lemma_.lower() in ("event", "case") and word.dep_ == "pobj" and word.head.lower_ == "in"


def alleged(token: Any) -> bool:
    """ "charged with murder", "accused of attacking", "on suspicion of arson"."""
    prep = token.head
    if token.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ALLEGING_PREPS:
        return False
    governor = prep.head
    if prep.lower_ == "of" and governor.lower_ == "charges":  # "on charges of treason"
        return True
    return lemma_of(_verb_of(governor)) in ALLEGING_WORDS  # "convicted 12 men of attacking"


def _verb_of(word: Any) -> Any:
    """The verb whose object phrase a preposition's governor is in: the parser attaches
    "from" in "protect the tankers from attacks" to "tankers", and in "protect part of its
    exports from attacks" to "exports"."""
    found = word
    for _ in range(4):
        if found.dep_ == "dobj":
            return found.head
        if found.dep_ != "pobj" or found.head.lower_ != "of":
            break
        found = found.head.head  # "part of its exports": up to "part"
    return word


def given(token: Any) -> bool:
    """ "sent Ukraine tanks and artillery", "pledged more air defence": arms given are aid;
    "a company that makes drones and missiles": arms made or traded are no act."""
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ not in ("dobj", "pobj"):
        return False
    governor = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        return governor.lemma_.lower() in GIVING_NOUNS  # "the delivery of missiles"
    if token.dep_ == "pobj" and token.head.lower_ != "in":  # "sent $1bn in arms"
        return False
    words = aid_words()
    return governor.lemma_.lower() in words.give | words.pledge | HANDLING_VERBS


def characterises(token: Any) -> bool:
    """ "This is an attack on California", "the bill is an assault on workers": what a thing
    is called, not an act (an act called by another name stays one: "the blast was an
    attack by militants")."""
    if token.dep_ in ("oprd", "dobj", "pobj") and _naming_verb(token) is not None:
        return True  # "weighing labeling their treatment ethnic cleansing", "called it genocide"
    if token.dep_ != "attr" or token.head.lemma_ != "be":
        return False
    subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    return any(trigger_at(s) is None and not s.ent_type_ for s in subjects)


# Verbs that give a thing a name: "labeled it genocide", "described the raid as terrorism".
NAMING_VERBS = frozenset({"label", "call", "term", "brand", "describe", "characterize",
                          "characterise", "deem", "declare", "dub", "classify", "recognize",
                          "recognise", "designate", "regard", "consider"})  # fmt: skip


# Verbs that judge a thing "as" something: "condemned the shelling as a war crime",
# "dismissed the raid as propaganda". The as-phrase names; the act is told by the object.
JUDGING_AS_VERBS = frozenset({"condemn", "denounce", "decry", "criticise", "criticize", "slam",
                              "hail", "praise", "welcome", "dismiss", "reject", "see", "view",
                              "treat", "portray", "depict", "present", "justify"})  # fmt: skip
AS_NAMING_VERBS = NAMING_VERBS | JUDGING_AS_VERBS
# Those whose object is the name itself as often as what is named.
LABEL_VERBS = frozenset({"label", "term", "brand", "dub"})


def _naming_verb(token: Any) -> Any:
    """The verb that names something by the word: its object predicate ("labeled X ethnic
    cleansing"), or "as" phrase ("described the killings as genocide")."""
    head = token.head
    if token.dep_ == "oprd" and head.lemma_.lower() in NAMING_VERBS:
        return head
    if token.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in AS_NAMING_VERBS:
        return head.head
    if token.dep_ == "dobj" and head.lemma_.lower() in LABEL_VERBS:
        return head  # "labeling their treatment ethnic cleansing" (parsed as the object)
    if token.dep_ == "dobj" and head.lemma_.lower() in NAMING_VERBS and (
        _names_it(head) or _names_it(token)
    ):
        return head  # "called the killings genocide": the killings are what is named
    if token.dep_ == "pobj" and head.lower_ == "as" and head.head.dep_ == "dobj":
        return _naming_verb(head.head)  # "described the bombing as terrorism"
    return None


def _names_it(word: Any) -> bool:
    """An object predicate or an as-phrase on the word: what it is named."""
    return any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in word.children)


def _clause_verb(token: Any) -> Any:
    """The verb of the clause a noun is in (the noun itself when none is near)."""
    word = token
    for _ in range(6):
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i:
            return word
        word = word.head
    return word


def cared_for(token: Any) -> bool:
    """ "evacuate the wounded", "treated the injured", "buried the dead": people, no act."""
    if lemma_of(token) not in OUTCOME_PEOPLE and token.lower_ not in OUTCOME_PEOPLE:
        return False
    return token.dep_ in ("dobj", "xcomp", "oprd") and lemma_of(token.head) in CARING_VERBS


def in_dating_clause(verb: Any) -> bool:
    """ "before he left for Seoul", "since Russia invaded", "until the war ends": a clause
    that dates the sentence's act by another, which is told as context, not as news."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in DATING_MARKS for c in verb.children
    )


# Verbs and adverbs of a count's change: "arrests rose 40 percent", "attacks doubled".
CHANGE_VERBS = frozenset({"rise", "fall", "increase", "decrease", "double", "triple", "halve",
                          "drop", "decline", "surge", "soar", "climb", "jump", "grow", "plunge",
                          "plummet", "spike", "dip", "slump"})  # fmt: skip
# Nouns that count acts: "the number of arrests", "the rate of killings".
COUNT_NOUNS = frozenset({"number", "rate", "level", "frequency", "tally", "count", "share",
                         "percentage", "proportion"})  # fmt: skip


def counted_acts(token: Any) -> bool:
    """Acts counted, not told: "arrests rose 40 percent last year", "Arrests Up 83% Under
    Trump", "the number of attacks doubled", "the murder rate"."""
    if token.dep_ == "compound" and token.head.lemma_.lower() in COUNT_NOUNS:
        return True  # "homicide rates rose": a rate of acts, none of them told
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ not in ("NNS", "NNPS"):
        return False  # a count is of acts: "the attack rose" is no statistic
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in COUNT_NOUNS:
        return True
    told = any(c.dep_ == "nummod" for c in token.children)  # "81 executions in May raise ..."
    if token.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in CHANGE_VERBS and not told:
        return True
    near = [*token.children, *(head.children if token.dep_ in ("nsubj", "ROOT") else [])]
    return any(w.lower_ in ("up", "down") and _with_a_figure(w) for w in near)


def _with_a_figure(word: Any) -> bool:
    """ "up 83%", "down 12 percent": a change by a figure."""
    figures = [w for w in word.subtree if w.like_num or w.text == "%"]
    return bool(figures) or any(n.like_num for n in word.doc[word.i + 1 : word.i + 2])


def cumulative_toll(verb: Any) -> bool:
    """ "Since the 2022 invasion, tens of thousands have been killed": a toll over years, not
    an act ("since Monday, 20 have been killed" is one)."""
    subjects = [w for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
                for w in c.subtree]  # fmt: skip
    for child in verb.children:
        since = child.lower_ == "since" and child.dep_ in ("mark", "prep")
        clause = child.dep_ == "advcl" and any(
            m.lower_ == "since" and m.dep_ == "mark" for m in child.children
        )  # "Since the war began in 2014, ..."
        words = list(child.subtree) + subjects if since or clause else []
        if any(w.like_num and len(w.text) == 4 or trigger_at(w) is not None for w in words):
            return True
    return False
