"""The rules real news needs after an act is coded: whom a visit goes to, which acts are
how the news was gathered or what someone does as a rule, when force is a figure of speech,
and when a place the actors stage took for a party stands for its country."""

from __future__ import annotations

from typing import Any

from eventscribe.actors import knowledge
from eventscribe.article import ActorRef
from eventscribe.coding import arguments, participants
from eventscribe.coding.coded import Coded
from eventscribe.coding.triggers import lemma_of

# Force (assault, fight, mass violence) between politicians, parties, courts and media is
# the news's figure of speech: "Trump attacked Corker on Twitter", "Jones cranked up his
# attacks on Moore", "Shaub clashed with Trump". Between two single people or bodies (not
# states), one of these sectors and neither armed, the act is verbal.
FORCE_ROOTS = frozenset({"18", "19", "20"})
WORDS_ONLY_SECTORS = frozenset({"GOV", "LEG", "PTY", "JUD", "ELI", "MED", "BUS", "EDU", "NGO", "LAB", "HRI"})  # fmt: skip
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "RAD", "SPY", "PKO"})
ONE_PARTY_KINDS = ("person:", "org:", "body:")  # ids of one person or body, not a state

HARM_WORDS = frozenset({"kill", "wound", "injure", "hurt", "dead", "death", "hospital",
                        "hospitalize", "stab", "beat", "punch", "assault", "rape", "shoot",
                        "knife", "gun", "bleed", "break", "tackle"})  # fmt: skip
HABITUAL = frozenset({"often", "usually", "regularly", "frequently", "routinely", "typically",
                      "always", "sometimes", "occasionally", "habitually", "generally",
                      "repeatedly"})  # fmt: skip
MOVEMENT_VERBS = frozenset({"travel", "fly", "go", "arrive", "head", "come", "journey"})


def as_place(ref: ActorRef | None, span: Any) -> ActorRef | None:
    """A place the actors stage took for a person or body ("Kyiv") stands for its country."""
    if ref is None or not ref.id.startswith(("person:", "org:")):
        return ref
    seat = knowledge.seat_of_government(ref.text) if ref.id.startswith("person:") else None
    if seat is not None:  # the tagger calls "Kyiv" a person
        return participants.country_ref(seat[0], ref.text, ref.start, ref.end)
    token = arguments.token_at(span, ref.start)
    if token is None or token.ent_type_ not in ("GPE", "LOC"):
        return ref
    place = participants.place_ref(token)
    # the whole name must be the place: "Iran-backed Hezbollah" is not Iran
    return place if place is not None and place.text == ref.text else ref


def visited_country(target: ActorRef | None, span: Any) -> ActorRef | None:
    """ "traveled to Kyiv": a visit to a capital is a visit to its country."""
    word = arguments.token_at(span, target.start) if target is not None else None
    if word is None or not participants.is_seat_as_place(word, target):
        return target
    return participants.country_ref(target.country, target.text, target.start, target.end)


def habitual(predicate: Any) -> bool:
    """ "Code Pink often stages protests", "he usually meets the press on Fridays": what
    someone does as a rule is no event."""
    word = predicate
    for _ in range(3):
        if any(c.dep_ == "advmod" and c.lower_ in HABITUAL or _times(c) for c in word.children):
            return True
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i:
            return False
        word = word.head
    return False


def _times(word: Any) -> bool:
    """ "raided several times", "met many times": acts told as a tally ("struck the camp
    three times on Monday" counts strikes of one day: it is news)."""
    return word.dep_ == "npadvmod" and word.lower_ == "times" and any(
        c.lower_ in ("several", "many", "multiple", "numerous", "countless") for c in word.children
    )


def is_visit(item: Coded, target: ActorRef | None) -> bool:
    """ "Kishida traveled to Kyiv", "Biden flew to Warsaw": going to a country is a visit."""
    lemma = item.predicate.lemma_.lower()
    to_a_state = target is not None and (
        target.id.startswith("country:") or (target.id.startswith("sector:") and target.sector == "GOV")
    )
    return lemma in MOVEMENT_VERBS and item.code[:2] in ("03", "04") and to_a_state


def leads_something(verb: Any) -> bool:
    """ "Johnson heads the National Council for Adoption": to head a body is to lead it, no
    movement (the dictionary's "head ... for" patterns read the name's "for")."""
    return verb.lemma_.lower() == "head" and any(c.dep_ == "dobj" for c in verb.children)


def is_interview(code: str, source: ActorRef | None, target: ActorRef | None) -> bool:
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


def words_between_politicians(code: str, source: ActorRef, target: ActorRef | None,
                               span: Any) -> bool:  # fmt: skip
    """Whether a coded act of force is a politician's words (see FORCE_ROOTS)."""
    if code[:2] not in FORCE_ROOTS or target is None:
        return False
    same_country = source.country is not None and source.country == target.country
    if same_country and {source.sector, target.sector} <= WORDS_ONLY_SECTORS:
        # "an assault on local governments by Republicans": parties and governments of
        # one country fight with words unless the sentence names arms or harm
        return not any(_names_harm(w) for w in span)
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


TRIP_NOUNS = frozenset({"visit", "trip", "tour", "journey", "mission", "stay"})


def returned_from(verb: Any) -> ActorRef | None:
    """ "returned to Tehran from Moscow", "back from a trip to Beijing": coming back from a
    country's place is having visited that country; the way home is no visit."""
    if lemma_of(verb) not in ("return", "come", "fly", "arrive") or not any(
        c.dep_ == "prep" and c.lower_ == "from" for c in verb.children
    ):
        return None
    if lemma_of(verb) != "return" and not any(c.lower_ == "back" for c in verb.children):
        return None  # "arrived from Moscow" says where from, not that he visited it
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        for place in (p for p in prep.children if p.dep_ == "pobj"):
            if lemma_of(place) in TRIP_NOUNS:  # "back from a trip to Beijing"
                place = next(iter(arguments.prepositional_objects(place, frozenset({"to"}))), place)
            country = participants.place_country(place)
            if country is not None:
                return participants.country_ref(country, place.text, place.idx, place.idx + len(place.text))
    return None


TELEPHONE_WORDS = frozenset({"phone", "telephone", "videoconference", "teleconference"})
CALL_WORDS = frozenset({"call", "conversation", "link"})
TALK_ROOTS = frozenset({"01", "04"})
TELEPHONE = "041"


def by_telephone(item: Coded) -> bool:
    """Words exchanged or talks held by telephone are CAMEO's telephone discussion (041):
    "told Blinken by phone", "spoke over the telephone with", "in a phone call, X told Y"."""
    if item.code[:2] not in TALK_ROOTS:
        return False
    verb = item.predicate
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return any(_telephone(g) for p in preps for g in p.children if g.dep_ == "pobj")


def _telephone(word: Any) -> bool:
    """ "phone", "telephone", "a phone call", "a telephone conversation", "video link"."""
    lemma = word.lemma_.lower()
    if lemma in TELEPHONE_WORDS:
        return True
    modifiers = {c.lemma_.lower() for c in word.children if c.dep_ in ("compound", "amod")}
    return lemma in CALL_WORDS and bool(modifiers & (TELEPHONE_WORDS | {"video"}))


TIME_WORDS = frozenset({"time", "deadline", "day", "week", "month", "year", "hour", "until"})


def gives_time(verb: Any) -> bool:
    """ "gave Congress six months", "gave Iran until March": time given is a deadline."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "prep")]
    return any(
        o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in TIME_WORDS for o in objects
    )


def protects_in_words(code: str, source: ActorRef, target: ActorRef | None) -> bool:
    """ "Some Republicans defended Trump": protection (074) that no armed party gives to a
    person or body is support in words, not military protection."""
    if not code.startswith("074") or target is None or source.sector in ARMED_SECTORS:
        return False
    return target.id.startswith(ONE_PARTY_KINDS) and target.sector not in ARMED_SECTORS


def glosses_a_statement(predicate: Any) -> bool:
    """ "he said, referring to his advisers", "she said, adding that": the participle
    glosses the statement it hangs on; it is no statement of its own."""
    head = predicate.head
    return (
        predicate.tag_ == "VBG" and predicate.dep_ in ("advcl", "xcomp", "conj")
        and head.i != predicate.i and head.lemma_.lower() in ("say", "tell", "write", "add")
    )  # fmt: skip


# What is paid when a payment is made: "paid the fine", "pay 75 mln dlrs", "paid a ransom".
MONEY_WORDS = frozenset({"money", "fine", "compensation", "debt", "bill", "salary", "wage", "tax",
                         "ransom", "loan", "sum", "fee", "reparation", "due", "bribe", "dividend",
                         "bonus", "pension", "rent", "interest", "premium", "subsidy", "cost",
                         "amount", "installment", "instalment", "arrear", "settlement", "damage",
                         "penalty", "tariff", "duty", "contribution", "share", "benefit"})  # fmt: skip


def pays_no_money(verb: Any) -> bool:
    """ "the disrespect the NFL is paying to our flag", "paid little attention", "paid the
    price": to pay what is not money is no payment (a visit or a tribute paid is the act its
    noun names: `carried_event_noun`)."""
    if verb.lemma_.lower() != "pay":
        return False
    paid = [c for c in verb.children if c.dep_ == "dobj"]
    if not paid and verb.dep_ == "relcl":
        paid = [verb.head]  # "the disrespect the NFL is paying"
    return bool(paid) and not any(_money(word) for word in paid)


def _money(word: Any) -> bool:
    if word.lemma_.lower() in MONEY_WORDS or word.ent_type_ == "MONEY":
        return True
    return any(t.like_num or t.ent_type_ == "MONEY" or t.lower_ in ("$", "dlrs", "dollars") for t in word.subtree)
