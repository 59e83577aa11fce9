"""Which place phrase of a sentence is an event's own place, read from the parse.

In order:
1. a locative phrase the predicate governs ("met ... in Beirut", "clashes across the
   Lebanese border"), or that the verb above it governs: the verb a noun predicate is
   the object of ("held talks in Doha"), the verb an infinitive or a participle clause
   hangs from ("arrived in Munich to meet ..."); after a verb or a noun of movement, its destination too
   ("travelled to Mexico City", "his first visit to Washington"); else one of the verbs
   that share its clause's setting (`clause_mates`);
   A place name qualifying the predicate noun is its place too ("the Gulf attack",
   "Paktika clash"), unless it is the source's word ("U.S. air strikes");
   The place a verb of visiting takes as its object is its place too ("visited Saudi
   Arabia", and "visited Japan to discuss trade" for the discussing); a return told as
   the act is where it came back from ("on his return to Tehran from Moscow");
2. for a material act (protest, force, coercion, assault, fighting), the place it acts
   on: an object of the predicate or of that verb ("stormed Israeli towns", "subjected
   Gaza to bombardment"), and the name of a site it hits ("a Baghdad market was hit"),
   never its source;
3. for a relative clause, the place of its antecedent ("an attack on the town of X that
   killed 20"); a place that is itself the antecedent only for a "where" clause or a
   material act on it ("drift to London, which the Bundesbank opposes" is not in London);
4. in a headline or a caption (no verb at the root, no full stop), the nearest locative
   phrase, else the place the headline tags ("gunmen kill 4, Borno", "Soum Province: ...");
   for an act of force, else a place finer than a country that the headline names
   besides its actors' words ("Civilian killed in night shelling of Ukraine's Gorlovka");
5. else none here: the stage may take the traveller's destination or the dateline when
   the act is local news (`dateline_is_local`).
Not the act's either: a place in a phrase of another time ("ahead of his visit to Moscow",
"in time for the trip"), of what a thing is taken for ("as the capital of Israel"), of a
matter ("indictments in the Iran case"), of a gathering or an act the act is about
("questioned him about a meeting in New York"), the destination of a visit named inside
another phrase, the party of "blamed on", "called on", and, for an act of force named as
the subject of a verb, what that verb governs unless it tells the impact ("air strikes
hit Gaza"). A departure is where the traveller leaves ("left Beijing for Vietnam").
A demonym's phrase before a town's name is the town: "in the Lebanese city of Tripoli",
"in the Somali capital, Mogadishu" (the demonym's country steers the name: the stage
gives it to `DocumentPlaces`). A locative phrase places the act at the names it holds
through locative prepositions and "of" only: "at talks with the Soviet Union in Geneva" is in Geneva, "in aid for the
Philippines" nowhere; what an act is over or aims at, when no site, is whose it is
("questions FEMA over Puerto Rico power contracts").
Places elsewhere in the sentence are not the event's: "met in Munich as Syria ..." is
in Munich, "warned the U.S." is no event in the United States, and "backed the strike in
the Gulf" leaves the Gulf to the strike. A name said to lie in another ("the Mariano
Escobedo in Morelia") that resolves far from it is a namesake: the container is the
place. A country an unknown name fell back to gives way to a finer place inside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from eventscribe.article import ActorRef, Event, Place
from eventscribe.where.parts import direction_of
from eventscribe.where.phrases import (
    SETTLEMENT_NOUNS,
    Mention,
    is_headline,
    settlement_names,
)
from eventscribe.where.ranking import haversine_km

LOCATIVE_PREPOSITIONS = frozenset({
    "in", "at", "near", "across", "outside", "inside", "along", "into", "within",
    "throughout", "around", "off", "over", "on", "onto", "beyond", "alongside", "through",
})  # fmt: skip
# Words of movement whose "to" phrase is where the act takes place.
MOTION_WORDS = frozenset({
    "visit", "trip", "travel", "journey", "tour", "go", "come", "fly", "arrive", "return",
    "head", "deploy", "send", "move", "march", "advance", "mission", "delegation",
})  # fmt: skip
# Verbs of leaving: their object and their "from" phrase are where the act happens.
DEPARTURES = frozenset({"leave", "depart", "quit"})
# Nouns whose "of" phrase is where they go: "a one-week tour of Argentina".
TOURS = frozenset({"tour", "visit", "trip", "journey"})
# Nouns whose "of" phrase names the place they are: "the town of Kiwanja", "the streets
# of Minsk", "the outskirts of Aleppo", "the commune of Djibo", "seized control of Mosul".
PLACE_OF = frozenset({
    "town", "city", "village", "capital", "streets", "street", "outskirts", "suburbs",
    "suburb", "centre", "center", "heart", "region", "province", "district", "commune",
    "county", "department", "state", "municipality", "locality", "port", "island",
    "countryside", "area", "vicinity", "neighbourhood", "neighborhood", "governorate",
    "part", "parts", "control", "districts", "neighbourhoods", "neighborhoods", "villages",
    "towns", "areas",
})  # fmt: skip
# Dependencies of a word that only qualifies the verb or noun it hangs from: "shot dead"
# (trigger "dead"), "a sit-in outside parliament" (trigger "sit", a modifier of the noun).
QUALIFIERS = frozenset({"advmod", "acomp", "prt", "oprd", "nmod", "compound", "amod"})
# Subjects and objects of a material act that are sites, whose names place it.
SITE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
SITE_NOUNS = frozenset({
    "market", "mosque", "church", "school", "village", "town", "city", "base", "camp",
    "checkpoint", "hospital", "cafe", "hotel", "mall", "shrine", "station", "port", "airport",
    "office", "district", "neighbourhood", "neighborhood", "area", "province", "border",
    "prison", "jail", "university", "college", "bazaar", "square", "street", "road",
    "highway", "bridge", "compound", "headquarters", "outpost", "post", "convoy", "bus",
    "terminal", "jetty", "oilfield", "field", "refinery", "platform", "depot", "plant",
    "island", "harbour", "harbor", "dam", "barracks", "installation", "facility", "pipeline",
})  # fmt: skip
# Prepositions that name what an act aims at or is about: when their object is no site, the
# place names qualifying it say whose it is ("an attack on Iran exiles", "questions FEMA
# over Puerto Rico power contracts"), not where the act happens.
TARGET_PREPOSITIONS = frozenset({"on", "at", "against", "onto", "over"})
# Nouns whose "on", "over" or "about" phrase is what they are about, not where they are:
# "the policy on Taiwan", "talks on Syria", "a dispute over Kashmir", "sanctions on Iran".
TOPIC_PREPOSITIONS = frozenset({"on", "over", "about"})
TOPIC_NOUNS = frozenset({
    "policy", "policies", "talks", "negotiation", "negotiations", "deal", "agreement",
    "accord", "treaty", "stance", "position", "view", "views", "dispute", "row", "debate",
    "resolution", "statement", "report", "plan", "proposal", "sanction", "sanctions",
    "law", "bill", "vote", "referendum", "decision", "consultation", "consultations",
    "conference", "summit", "meeting", "comment", "comments", "remarks", "question",
    "questions", "concern", "concerns", "stand", "strategy", "embargo", "ban", "pressure",
})  # fmt: skip
# Prepositions of topic whatever their head: "a pact concerning naval patrols in the Red
# Sea" is no act in the Red Sea.
TOPIC_WORDS = frozenset({"concerning", "regarding", "about", "respecting"})
# Nouns whose "with" phrase names a place: "the border with Syria".
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# Verbs whose object is the place they happen at: "visited Saudi Arabia", "toured Brazil".
VISIT_VERBS = frozenset({"visit", "tour"})
# How a headline tags its place: "gunmen kill 4, Borno"; "Soum Province: 13 killed".
HEADLINE_TAGS = frozenset({"npadvmod", "appos", "dep", "nsubj"})
CONTAINER_KM = 300.0  # a place this far from the place it is said to be in is a namesake
CLAUSES = frozenset({"ccomp", "advcl", "relcl", "xcomp", "csubj", "parataxis", "acl"})
OBJECTS = frozenset({"dobj", "attr", "oprd"})
ARGUMENTS = OBJECTS | {"nsubj", "nsubjpass"}
# Modalities of an act still to come, whose place is not yet the dateline's.
TO_COME = frozenset({"intended", "conditional", "threatened"})
# CAMEO roots of material cooperation (cooperate, aid, yield): deeds done where their
# parties stand, unlike words.
DEEDS = frozenset({"06", "07", "08"})
# CAMEO sectors of armed forces: the military and rebels.
ARMED_SECTORS = frozenset({"MIL", "REB"})
# CAMEO roots of material acts, which happen where they strike: protest, exhibit force
# posture, coerce, assault, fight, mass violence.
MATERIAL_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})

# Nouns of force whose place phrases are theirs, not those of an act about them.
ACTS_OF_FORCE = frozenset({
    "attack", "strike", "airstrike", "raid", "bombing", "bombardment", "offensive",
    "invasion", "shelling", "assault", "fighting", "clash", "war", "killing", "massacre",
    "ambush", "blast", "explosion", "occupation", "crackdown", "incursion", "siege",
    "battle",
})  # fmt: skip

# Verbs that tell where an act of force landed when the act is their subject: "air
# strikes hit Gaza", "shelling pounded Donetsk".
IMPACT_VERBS = frozenset({
    "hit", "strike", "pound", "target", "rock", "destroy", "damage", "devastate", "level",
    "flatten", "shake", "blast", "batter", "kill", "wound", "injure", "raze", "ravage",
    "hammer", "shell", "bomb", "overrun", "engulf", "sweep", "rip", "tear", "reach", "land",
})  # fmt: skip
# Nouns of a matter, not of a place: a place name qualifying one says what the matter is
# about ("indictments in the Iran case", "in the Watergate affair"), not where it is.
MATTER_NOUNS = frozenset({
    "case", "scandal", "affair", "crisis", "issue", "question", "matter", "probe", "inquiry",
    "investigation", "controversy", "problem", "policy", "debt", "connection",
    "file", "saga", "deal", "program", "programme", "plan", "dossier", "sanction",
    "sanctions", "lobby", "dispute", "row",
})  # fmt: skip
# Prepositions of a time before or after the act: what their phrase names is another
# time's ("drew up a plan ahead of his visit to Moscow", "in time for the trip to Tokyo").
ANOTHER_TIME = frozenset({
    "before", "after", "ahead", "following", "prior", "until", "till", "since", "pending",
})  # fmt: skip
# Prepositions of the same time as the act: "during his visit to Moscow, he met ...".
MEANWHILE = frozenset({"during", "on", "while"})
# Prepositions whose phrase says what a thing is taken for, never where: "recognize
# Jerusalem as the capital of Israel".
AS_WHAT = frozenset({"as", "like"})
# Verbs whose "on" phrase names a party, not a place: "blamed on Iran", "called on Japan".
PARTY_ON_VERBS = frozenset({
    "blame", "call", "urge", "rely", "depend", "focus", "insist", "agree", "decide",
    "comment", "vote", "press", "spy", "prevail", "lean", "count", "pin", "impose",
})  # fmt: skip
# Nouns of a gathering, whose places are theirs: "questioned him about a meeting in New
# York" is no questioning in New York.
GATHERINGS = frozenset({
    "meeting", "talks", "conference", "summit", "convention", "session", "rally", "visit",
    "trip", "tour", "congress", "gathering", "ceremony", "forum", "election", "vote",
})  # fmt: skip

Resolve = Callable[[Mention], Place | None]


def own_place(
    event: Event,
    predicate: Any,
    by_token: dict[int, Mention],
    resolve: Resolve,
    others: frozenset[int] = frozenset(),
) -> Place | None:
    """The event's place from the phrases its predicate and its clause govern (rules 1-3).
    `others` are the tokens of the other events' predicates: their phrases are theirs
    ("backed the strike in the Gulf" is no act in the Gulf)."""
    heads = predicate_heads(predicate)
    material = event.cameo[:2] in MATERIAL_ROOTS
    if not material:  # "backed the strike in the Gulf": the Gulf is the strike's
        others = others | _acts_named(predicate)
    # The predicate's own words first: "condemned the Mosul bombing at a briefing in
    # Amman" is a bombing in Mosul, whatever the verb above it governs.
    found = list(_return_origin(predicate, by_token))
    found += _locatives(heads[:1], by_token, others, resolve)
    found += _named_modifiers([predicate], by_token, event.source)
    found += _locatives(heads[1:], by_token, others, resolve)
    found += _objects(_visits(heads), by_token, event.source)
    if material:
        found += _objects(_acting_on(predicate, heads), by_token, event.source)
        found += _named_modifiers(_sites(heads), by_token, event.source)
    found += _antecedent(predicate, by_token, others, material)
    found += _locatives(clause_mates(heads), by_token, others, resolve)
    if fragment(predicate):
        found += _fragment_locatives(predicate, by_token)
    doc = predicate.doc
    places = [place for m in found if (place := _within_container(m, doc, by_token, resolve))]
    if not places and material and fragment(predicate):
        sites = _headline_sites(predicate, by_token, event)
        places = [p for m in sites if (p := resolve(m)) is not None and p.precision != "country"]
    if not places and material:
        places = list(_fellow_acts(predicate, by_token, resolve, event.target))
    return _most_specific(places)


def says_here(predicate: Any) -> bool:
    """Whether the act's own words place it "here" ("told Funaro here in February", "at a
    committee meeting here"): in a datelined story, the dateline's town."""
    heads = predicate_heads(predicate)
    seen, frontier = {h.i for h in heads}, list(heads)
    while frontier:
        token = frontier.pop(0)
        for child in token.children:
            if child.i in seen or child.dep_ in CLAUSES:
                continue
            if child.lower_ == "here" and child.dep_ == "advmod":
                return True
            seen.add(child.i)
            frontier.append(child)
    return False


def _return_origin(predicate: Any, by_token: dict[int, Mention]) -> Iterable[Mention]:
    """A return told as the act ("on his return to Tehran from Moscow", the visit to
    Moscow) happened where the traveller came back from; its "to" phrase is the way home.
    A departure happens where the traveller leaves: "left Beijing for the summit in
    Vietnam" is in Beijing."""
    lemma = predicate.lemma_.lower()
    yield from _left_after(predicate, by_token)
    if lemma not in ("return", *DEPARTURES):
        return
    for child in predicate.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            found = place_in(child, by_token)
            if found is not None:
                yield found
        elif child.dep_ == "dobj" and lemma in DEPARTURES and child.i in by_token:
            yield by_token[child.i]


def _fellow_acts(
    predicate: Any, by_token: dict[int, Mention], resolve: Resolve, target: ActorRef | None
) -> Iterable[Place]:
    """The places of the sentence's other acts of force that lie in the target's land:
    "followed fierce battles near Kirkuk, after a Syrian offensive began" on Iraq."""
    if target is None or not target.country:
        return
    for token in predicate.sent:
        if token.i == predicate.i or token.lemma_.lower() not in ACTS_OF_FORCE:
            continue
        for mention in _locatives([token], by_token):
            place = resolve(mention)
            if place is not None and place.country == target.country:
                yield place


def _left_after(predicate: Any, by_token: dict[int, Mention]) -> Iterable[Mention]:
    """An act "before leaving Tokyo" happened in Tokyo: the place a departure in a
    "before" phrase of the act leaves."""
    for prep in predicate.children:
        if prep.dep_ != "prep" or prep.lower_ != "before":
            continue
        for verb in prep.children:
            if verb.dep_ == "pcomp" and verb.lemma_.lower() in DEPARTURES:
                yield from (
                    by_token[c.i] for c in verb.children if c.dep_ == "dobj" and c.i in by_token
                )


def _acting_on(predicate: Any, heads: list[Any]) -> list[Any]:
    """The heads whose objects the act strikes: not the verb a noun of force is the subject
    of, unless that verb tells the strike ("air strikes hit Gaza"): "America's attack had
    involved the United States in war" is no attack in the United States."""
    return [
        head
        for head in heads
        if head.i == predicate.i
        or not any(c.i == predicate.i and c.dep_ == "nsubj" for c in head.children)
        or head.lemma_.lower() in IMPACT_VERBS
    ]


def _visits(heads: list[Any]) -> list[Any]:
    """The verbs of visiting among the heads: their objects are where the act happens."""
    return [h for h in heads if h.pos_ == "VERB" and h.lemma_.lower() in VISIT_VERBS]


def _acts_named(predicate: Any) -> frozenset[int]:
    """The nouns of force in the predicate's sentence other than itself ("backed the
    strike", "condemned the attack"): their places are theirs, not the backing's."""
    return frozenset(
        t.i for t in predicate.sent
        if t.i != predicate.i and t.pos_ == "NOUN" and t.lemma_.lower() in ACTS_OF_FORCE
    )  # fmt: skip


def _within_container(
    mention: Mention, doc: Any, by_token: dict[int, Mention], resolve: Resolve
) -> Place | None:
    """The mention's place; but a name said to lie in another ("the Mariano Escobedo in
    Morelia") that resolves far from it is a namesake: the container is the place."""
    place = resolve(mention)
    if place is None or place.lat is None or place.lon is None:
        return place
    for container in _containers(mention, doc, by_token):
        outer = resolve(container)
        if outer is not None and outer.lat is not None and outer.lon is not None:
            far = haversine_km(place.lat, place.lon, outer.lat, outer.lon) > CONTAINER_KM
            return outer if far else place
    return place


def _containers(mention: Mention, doc: Any, by_token: dict[int, Mention]) -> Iterable[Mention]:
    """Names in an "in" phrase that hangs from the mention's words: "X in Y"."""
    for index in [i for i, m in by_token.items() if m is mention]:
        for child in doc[index].children:
            if child.dep_ == "prep" and child.lower_ == "in":
                container = place_in(child, by_token)
                if container is not None and container is not mention:
                    yield container


def _most_specific(places: list[Place]) -> Place | None:
    """The first place; but a country that an unknown name fell back to ("in Yargatenga in
    the east of the country") gives way to a later, finer place inside it, and a state or
    a province to a later town of it ("shelled Goma, the capital of North Kivu province":
    the province's phrase hangs from the town's, and is read first), and the part of an
    area a direction names to a later place of that country near it ("fought kidnappers
    on Basilan island in the far south": the nearer phrase, the south, is read first)."""
    if not places:
        return None
    first = places[0]
    if first.precision == "region" and _directed(first):
        return next((p for p in places[1:] if _finer_near(p, first)), first)
    if first.precision == "region":
        return next((p for p in places[1:] if _town_of(p, first)), first)
    if first.precision != "country":
        return first
    return next(
        (p for p in places[1:] if p.country == first.country and p.precision != "country"),
        first,
    )


PART_NEAR_KM = 500.0  # a place this near the point of an area's part lies in that part


def _directed(place: Place) -> bool:
    """The part of an area a direction names ("southern Philippines": "...#south")."""
    direction = (place.gazetteer_id or "").partition("#")[2]
    return bool(direction) and direction_of(direction) is not None


def _finer_near(place: Place, part: Place) -> bool:
    """A place of the part's country, finer than a country's part, near the part's point."""
    if place.country != part.country or place.precision == "country" or _directed(place):
        return False
    if None in (place.lat, place.lon, part.lat, part.lon):
        return False
    return haversine_km(place.lat, place.lon, part.lat, part.lon) <= PART_NEAR_KM


def _town_of(place: Place, region: Place) -> bool:
    """A town (or a point) of the first-level region `region`."""
    inside = place.admin1 is not None and place.admin1 == region.name
    return inside and place.country == region.country and place.precision in ("city", "point")


def predicate_heads(predicate: Any) -> list[Any]:
    """The predicate, then the verbs above it whose phrases it shares: the verb a noun
    predicate is the object of ("held talks"), the verb an infinitive completes."""
    heads = [predicate]
    if predicate.dep_ in QUALIFIERS and predicate.head.i != predicate.i:
        predicate = predicate.head  # "shot dead", "staged a sit-in outside ..."
        heads.append(predicate)
    if predicate.pos_ in ("NOUN", "PROPN"):  # "air strikes killed 40 across Gaza", misparsed
        heads += [c for c in predicate.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    nominal = (
        predicate.pos_ in ("NOUN", "PROPN") or predicate.tag_ == "VBG" and predicate.dep_ == "nsubj"
    )
    if nominal and predicate.dep_ in ("dobj", "pobj", "nsubj"):  # (a gerund: "shelling killed")
        governor = predicate.head.head if predicate.dep_ == "pobj" else predicate.head
        if (
            predicate.head.lower_ == "of"
            and governor.pos_ == "NOUN"
            and governor.dep_ in ("dobj", "nsubj")
        ):
            governor = governor.head  # "launched a wave of missiles at Odesa"
        if governor.pos_ in ("VERB", "AUX"):
            heads.append(governor)
    verb = heads[-1]
    if _shares_setting(verb):
        heads.append(verb.head)
    return heads


def _shares_setting(verb: Any) -> bool:
    """An infinitive or a participle clause with no subject of its own shares the place of
    the verb it hangs from: "arrived in Munich to meet ...", "subjected Gaza to bombardment,
    putting the enclave under siege"."""
    if verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "xcomp":
        return True
    participle = verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN")
    return participle and not _has_subject(verb)


def clause_mates(heads: list[Any]) -> list[Any]:
    """The verbs that share the clause's setting: those coordinated with its verb ("Four
    killed, 50 injured in clashes in X") and its adverbial clauses ("troops killed as a
    plane was downed in X"); not a reported clause ("said ... that in X ...") nor a
    relative one."""
    verb = heads[-1]
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    coordinated = [
        first,
        *(t for t in first.subtree if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")),
    ]
    mates = [v for v in coordinated if v.i != verb.i]
    mates += [c for v in coordinated for c in v.children if c.dep_ == "advcl"]
    return [m for m in mates if all(m.i != h.i for h in heads)]


def fragment(token: Any) -> bool:
    """A sentence with no verb at its root, or with no full stop: a headline or a caption
    ("Four killed, 50 injured in clashes in X"), whose parse cannot be trusted to split
    clauses."""
    return token.sent.root.pos_ not in ("VERB", "AUX") or is_headline(token.sent)


def _named_modifiers(
    nouns: Iterable[Any], by_token: dict[int, Mention], source: ActorRef | None
) -> Iterable[Mention]:
    """Place names that qualify a noun as compounds, at any depth: "the Gulf attack",
    "Paktika clash", "Two Baghdad car bombs", "hit a Baghdad market"; not the source's
    words ("U.S. air strikes" are no strikes in the United States)."""
    for noun in nouns:
        frontier = [(c, False) for c in noun.children if c.dep_ == "compound"]
        while frontier:
            token, of_site = frontier.pop(0)
            mention = by_token.get(token.i)
            if mention is not None and (of_site or not _overlaps(mention, source)):
                yield mention  # a site's name ("Iraq market car bomb") is no actor's
            site = of_site or token.lemma_.lower() in SITE_NOUNS
            frontier.extend((c, site) for c in token.children if c.dep_ == "compound")


def _sites(heads: list[Any]) -> list[Any]:
    """The subjects and objects of the heads that are sites ("a Baghdad market was hit"),
    not people ("Iran exiles")."""
    found = [
        child
        for head in heads
        for child in head.children
        if child.dep_ in SITE_ROLES and child.lemma_.lower() in SITE_NOUNS
    ]
    first = heads[0]
    if first.dep_ == "acl" and first.head.lemma_.lower() in SITE_NOUNS:
        found.append(first.head)  # "Baghdad market hit by car bomb"
    return found


def _antecedent(
    predicate: Any, by_token: dict[int, Mention], others: frozenset[int], material: bool
) -> Iterable[Mention]:
    """A relative clause happens where its antecedent is: "an attack on the town of X
    that killed 20", "the market in X, where a bomb went off"; a place that is itself the
    antecedent is the setting of a "where" clause and of a material act on it ("Y, which
    the rebels shelled"), not of a word about it ("drift to London, which the Bundesbank
    opposes")."""
    if predicate.dep_ != "relcl":
        return
    noun = predicate.head
    if noun.i in by_token and (material or _where_clause(predicate)):
        yield by_token[noun.i]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and (m := place_in(child, by_token)):
            yield m  # "the town of Khan Sheikhoun"
    yield from _locatives([noun], by_token, others)


def _where_clause(verb: Any) -> bool:
    """A relative clause of place: "where ...", "in which ..."."""
    return any(
        (c.dep_ == "advmod" and c.lower_ in ("where", "wherever"))
        or (c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children))
        for c in verb.children
    )


def _fragment_locatives(predicate: Any, by_token: dict[int, Mention]) -> list[Mention]:
    """A fragment is one clause: its locative phrases, nearest to the predicate first."""
    preps = sorted(
        (t for t in predicate.sent if t.dep_ == "prep" and _locative(t)),
        key=lambda t: abs(t.i - predicate.i),
    )
    found = [m for prep in preps if (m := place_in(prep, by_token)) is not None]
    root = predicate.sent.root
    tags = [root, *(c for c in root.children if c.dep_ in HEADLINE_TAGS and not _doer(c))]
    return found + [by_token[t.i] for t in tags if t.i in by_token]


def _doer(token: Any) -> bool:
    """The subject of a headline's verb that acts on an object: "U.K. and Germany lead
    attack on EC farm reforms" names who acts, not where."""
    verb = token.head
    acts = verb.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children)
    return token.dep_ == "nsubj" and acts


def _headline_sites(predicate: Any, by_token: dict[int, Mention], event: Event) -> list[Mention]:
    """In a headline of violence, whose parse is least to be trusted ("Civilian killed in
    night shelling of Ukraine's Gorlovka - city administration"), the places it names
    besides its actors' words, nearest to the predicate first; the caller keeps those
    finer than a country (a country named in a headline is mostly an actor's)."""
    tokens = sorted(
        (t for t in predicate.sent if t.i in by_token), key=lambda t: abs(t.i - predicate.i)
    )
    found: list[Mention] = []
    for token in tokens:
        mention = by_token[token.i]
        if mention in found or _overlaps(mention, event.source) or _overlaps(mention, event.target):
            continue
        found.append(mention)
    return found


def _locatives(
    heads: list[Any],
    by_token: dict[int, Mention],
    others: frozenset[int] = frozenset(),
    resolve: Resolve | None = None,
) -> Iterable[Mention]:
    """The places of the heads' locative phrases; with `resolve`, of those inside a topic
    phrase only the towns, where meetings are held ("a conference on security in Munich"):
    a region or a sea there is the topic's ("a pact concerning patrols in the Red Sea")."""
    for head in heads:
        for prep in clause_prepositions(head, others):
            found = place_in(prep, by_token)
            if found is None:
                continue
            if resolve is not None and _in_topic(prep, head) and not _a_venue(resolve(found)):
                continue
            if _in_topic(prep, head) and _of_another_act(prep, head):
                continue  # "asked him about a meeting in New York"
            yield found


def _in_topic(prep: Any, top: Any) -> bool:
    token = prep.head
    while token.i != top.i and token.head.i != token.i:
        if _topic(token):
            return True
        token = token.head
    return False


def _gathering(token: Any) -> bool:
    """A noun of a gathering, as written or by its lemma ("talks" is "talk")."""
    return token.lower_ in GATHERINGS or token.lemma_.lower() in GATHERINGS


def _of_another_act(prep: Any, top: Any) -> bool:
    """Whether the phrase hangs, below `top`, from a noun of a gathering or of force."""
    token = prep.head
    while token.i != top.i and token.head.i != token.i:
        if token.pos_ == "NOUN" and (_gathering(token) or token.lemma_.lower() in ACTS_OF_FORCE):
            return True
        token = token.head
    return False


def _a_venue(place: Place | None) -> bool:
    return place is not None and place.precision in ("city", "point")


def clause_prepositions(head: Any, others: frozenset[int] = frozenset()) -> list[Any]:
    """Locative prepositions in the head's subtree, nearest first, not entering clauses
    nor the phrases of another event's predicate (`others`); "to" after a word of
    movement, "of" after a tour or a visit."""
    found, frontier = [], [head]
    while frontier:
        token = frontier.pop(0)
        for child in token.children:
            if child.dep_ in CLAUSES or (child.pos_ == "VERB" and child.dep_ == "conj"):
                continue
            if child.i in others or _elsewhere(child):
                continue
            if child.dep_ == "prep" and _locative(child) and _own_destination(child, head):
                found.append(child)
            frontier.append(child)
    return found


def _elsewhere(token: Any) -> bool:
    """A phrase of another time or of what a thing is taken for (`ANOTHER_TIME`,
    `AS_WHAT`, "in time for"): the places in it are not the act's."""
    if token.dep_ != "prep":
        return False
    word = token.lower_
    return (
        word in ANOTHER_TIME or word in AS_WHAT or (word == "for" and token.head.lower_ == "time")
    )


def _own_destination(prep: Any, head: Any) -> bool:
    """A destination ("to" after a word of movement, "of" after a tour) is the act's only
    when its word of movement is the head itself: in "hopes for a breakthrough during the
    visit to Tokyo" the visit's destination is the visit's."""
    mover = prep.head
    if prep.lower_ not in ("to", "of") or mover.i == head.i:
        return True
    if mover.head.i == head.i and mover.dep_ in ARGUMENTS:
        return True  # "made his first visit to Washington", "starting a tour of Argentina"
    if _during(mover, head):
        return True  # "during his trip to Washington, he will meet ..."
    return not (is_motion(mover) or mover.lemma_.lower() in TOURS)


def _during(mover: Any, head: Any) -> bool:
    """Whether the word of movement is the object of a phrase of the same time ("during",
    "on") that the head governs: the act happens on the journey, where it goes."""
    prep = mover.head
    return mover.dep_ == "pobj" and prep.lower_ in MEANWHILE and prep.head.i == head.i


def _topic(prep: Any) -> bool:
    """A phrase of what the act is about: "a pact concerning patrols", "talks on security"."""
    if prep.dep_ != "prep":
        return False
    word = prep.lower_
    return word in TOPIC_WORDS or (word in TOPIC_PREPOSITIONS and _topic_noun(prep.head))


def _topic_noun(token: Any) -> bool:
    """A noun of what is said or agreed, as written or by its lemma ("talks" is "talk")."""
    return token.lower_ in TOPIC_NOUNS or token.lemma_.lower() in TOPIC_NOUNS


def _locative(prep: Any) -> bool:
    word = prep.lower_
    if word in TOPIC_PREPOSITIONS and _topic_noun(prep.head):
        return False  # "criticized the policy on Taiwan" is no act on Taiwan
    if word in ("on", "upon") and prep.head.lemma_.lower() in PARTY_ON_VERBS:
        return False  # "blamed the attack on Iran", "called on Japan to open its markets"
    if word == "of":  # "a tour of Argentina", "the town of Kiwanja", "south of Tripoli"
        head = prep.head
        return head.lemma_.lower() in TOURS or head.lower_ in PLACE_OF or _direction(head)
    return word in LOCATIVE_PREPOSITIONS or (word == "to" and is_motion(prep.head))


def _direction(token: Any) -> bool:
    return direction_of(token.text) is not None


def is_motion(token: Any) -> bool:
    word = token.lower_
    stems = {token.lemma_.lower(), word, word[:-1], word[:-2], word[:-3]}
    return bool(stems & MOTION_WORDS) or word in ("went", "flew", "came", "sent")


def place_in(prep: Any, by_token: dict[int, Mention]) -> Mention | None:
    """The most specific place in the prepositional phrase; the object's own name first."""
    objects = [
        child for child in prep.children if child.dep_ in ("pobj", "pcomp") and child.pos_ != "VERB"
    ]  # "in seeking relief" names no place
    for obj in objects:
        named = _settlement_name(obj, by_token) or _name_after(obj, by_token)
        if named is not None:
            return named
        if obj.i in by_token:
            return by_token[obj.i]
        # "in Qatar's capital Doha": the name in apposition is the place; the possessor
        # only says whose it is. An attack "on Iran exiles" is on people, not in Iran.
        # "at the London talks" is a venue, as "at a Baghdad market" is a site.
        venue = obj.lemma_.lower() in SITE_NOUNS or _gathering(obj)
        aimed = prep.lower_ in TARGET_PREPOSITIONS and not venue
        inside = sorted(
            (
                t
                for t in obj.subtree
                if t.i in by_token
                and not (aimed and t.dep_ == "compound")
                and not _qualifies_matter(t)
                and _reached_by_locatives(t, obj)
            ),
            key=lambda t: (0 if t.dep_ == "appos" else 2 if t.dep_ == "poss" else 1, t.i),
        )
        if inside:
            return by_token[_qualified(inside[0], by_token).i]
    return None


def _settlement_name(noun: Any, by_token: dict[int, Mention]) -> Mention | None:
    """The name of a town a demonym's phrase stands before: "the Lebanese city of
    Tripoli", "the Somali capital, Mogadishu" (the demonym says whose town it is)."""
    mention = by_token.get(noun.i)
    if mention is None or not mention.demonym:
        return None
    named = (by_token.get(token.i) for token in settlement_names(noun))
    return next((m for m in named if m is not None and m is not mention), None)


def _name_after(noun: Any, by_token: dict[int, Mention]) -> Mention | None:
    """The name written right after a settlement noun that the parser did not tie to it:
    "in Georgia's capital Tbilisi" (Tbilisi parsed as an adverb of the verb)."""
    if noun.lower_ not in SETTLEMENT_NOUNS or noun.i + 1 >= len(noun.doc):
        return None
    after = noun.doc[noun.i + 1]
    loose = after.pos_ == "PROPN" and after.head.i != noun.i and after.i in by_token
    return by_token[after.i] if loose and by_token[after.i] is not by_token.get(noun.i) else None


def _qualified(token: Any, by_token: dict[int, Mention]) -> Any:
    """A name in apposition to another name is its qualifier ("their Front Royal, Virginia,
    shop", "in Kabul, Afghanistan"): the place is the name it qualifies."""
    head = token.head
    qualifies = token.dep_ == "appos" and head.i in by_token
    return head if qualifies and by_token[head.i] is not by_token[token.i] else token


def _qualifies_matter(token: Any) -> bool:
    """Whether a name qualifies a noun of a matter, at any depth of compounds: "the Iran
    arms scandal", "the Iran case"."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in MATTER_NOUNS or token.lower_ in MATTER_NOUNS:
            return True
    return False


def _reached_by_locatives(token: Any, top: Any) -> bool:
    """Whether the phrase under `top` holds the token through no other preposition than a
    locative one or "of", and outside any clause with a subject of its own: "at talks with
    the Soviet Union in Geneva" is in Geneva, not in the Soviet Union; "in aid for the
    Philippines" is no place; "across peaks of Iraq" and "at the border with Syria" are;
    "on Sunday, when Kuwait announced ..." names no place of Sunday's; nor does the object
    of a clause's verb: "arrested five men over a plot to attack Melbourne" is no arrest
    in Melbourne.
    """
    while token.i != top.i and token.head.i != token.i:
        child, token = token, token.head
        if token.dep_ == "prep" and not _locative_or_of(token):
            return False
        if token.dep_ in CLAUSES and (_has_subject(token) or child.dep_ in OBJECTS):
            return False
    return True


def _has_subject(verb: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _locative_or_of(prep: Any) -> bool:
    border = prep.lower_ == "with" and prep.head.lemma_.lower() in BORDER_NOUNS
    return prep.lower_ == "of" or border or _locative(prep)


def _objects(
    heads: list[Any], by_token: dict[int, Mention], source: ActorRef | None
) -> Iterable[Mention]:
    """Place phrases that are objects of the heads ("stormed Israeli towns"), not the
    source's words."""
    for head in heads:
        for child in head.children:
            if child.dep_ not in OBJECTS:
                continue
            for token in (child, *(c for c in child.children if c.dep_ in ("conj", "appos"))):
                mention = by_token.get(token.i)
                if mention is not None and not _overlaps(mention, source):
                    yield mention


def _overlaps(mention: Mention, actor: ActorRef | None) -> bool:
    return actor is not None and mention.start < actor.end and actor.start < mention.end


# -- the dateline -----------------------------------------------------------------------


def dateline_is_local(event: Event, dateline: Place, named: Sequence[Place]) -> bool:
    """Whether the dateline may stand for the event's place: its source (for a material
    act, its target and the places its sentence names, too) belongs to the dateline's
    country or to no known country. "BAGHDAD - Iran said ..." is no statement made in
    Baghdad; "BAGHDAD - Iraqi jets struck Iran's oilfields" no strike there."""
    home = dateline.country
    if home is None:
        return True
    if event.cameo[:2] in DEEDS and _foreign_force(event.target, home):
        return False  # "forces were pursuing retreating Iranian troops": at the front
    if _hosted_here(event, home):
        return True  # "BEIJING - Xi told visiting President Trump", "Trump met Xi"
    actors = [event.source]
    if event.cameo[:2] in MATERIAL_ROOTS:
        actors.append(event.target)
        if any(place.country and place.country != home for place in named):
            return False
    return all(_at_home(actor, home) for actor in actors)


def _hosted_here(event: Event, home: str) -> bool:
    """A visit or a meeting, told as done, with a party of the dateline's country: the
    visitor met its host there."""
    if event.cameo[:2] != "04" or event.modality in TO_COME:
        return False
    return any(
        actor is not None and actor.country == home for actor in (event.source, event.target)
    )


def _foreign_force(actor: ActorRef | None, home: str) -> bool:
    """An armed force of another country than the dateline's: acts on it happen where it
    stands, at a front or abroad, not in the dateline's town."""
    if actor is None or actor.sector not in ARMED_SECTORS:
        return False
    return not _at_home(actor, home)


def _at_home(actor: ActorRef | None, home: str) -> bool:
    country = actor.country if actor is not None else None
    if not country or len(country) != 3 or not country.isalpha() or country in ("IGO", "NGO"):
        return True  # no state of its own: nothing says it acted elsewhere
    return country == home
