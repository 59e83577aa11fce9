"""Violence and unrest, trigger first, then arguments.

Every trigger of a sentence (`coding/triggers.py`) is an event candidate. Its arguments
come from the parse, with the fallbacks conflict reporting needs:

- who acted: the subject, the agent of a passive, a possessor or modifier of a noun
  ("Taliban attack", "Israeli air strike", "army operation"), the subject of the light verb
  that carries the noun ("conducted an air strike"); an act nobody is named for keeps an
  unknown source;
- on whom: the object, the subject of a passive (headlines drop the verb be: "Dozens of
  militants killed"), the object of on/at/against; generic groups ("police", "five people")
  are sector participants and a place that is hit stands for its country;
- deaths are outcomes: "killing 5", "kills three", "killed in clashes" belong to the act
  that caused them when the sentence names one, and give it its victims;
- a weapon names the means: "fired mortars" is 194, "drone strike" 1952.

Figures of speech are left out (`coding/plausibility.py`): force whose subject is no party ("Hurricane
Irma struck Texas"), whose object is no party, place or thing ("attacked the plan", "strike
fear"), or between a politician and a party that is not armed, unless deaths, a weapon or
an armed party make it real. Names and idioms are no triggers ("riot police", "battle
group", "March 13"), nor are acts in the background ("since the 2014 invasion").
"""

from __future__ import annotations

from typing import Any

from eventscribe.actors.resolve import STORM_WORDS
from eventscribe.article import ActorRef
from eventscribe.coding import arguments, crowds, participants, plausibility, violence_roles
from eventscribe.coding.background import is_background
from eventscribe.coding.coded import Act
from eventscribe.coding.triggers import (
    Trigger,
    find_triggers,
    lemma_of,
    trigger_at,
    volley_contents,
)
from eventscribe.syntax import entity_text
from eventscribe.when.anchors import counted_gap

# Codes that name the means of force, which a plain "hit" or "killed" takes from the act
# it is told with.
MEANS_CODES = frozenset({"183", "193", "194", "195"})
OUTCOME_PREPS = frozenset({"in", "during", "by", "after", "from", "amid", "following", "as"})
# Coercion by legal action (CAMEO 173 "charge with legal action"): courts and prosecutors act.
LEGAL_ACTS = frozenset({"indict", "charge", "prosecute", "indictment"})
DYING_VERBS = frozenset({"die", "perish", "drown", "succumb"})
UNARMED_CROWDS = frozenset({"CVL", "OPP", "EDU", "LAB", "REF", "AGR"})
# Acts that stop a weapon in flight: whose weapon it is was attacked.
INTERCEPTING = frozenset({"shoot", "intercept", "down", "destroy"})
# Where force happens, as against whom it is aimed ("on", "against": `violence_roles`).
GROUND_PREPS = frozenset({"in", "near", "outside", "inside", "around", "across", "over"})


def detect(span: Any, resolve: Any, covered: set[int], *, headline: bool = False) -> list[Act]:
    """The acts of violence and unrest of one sentence. `resolve(token)` gives the actors a
    token names; `covered` holds the tokens the verb dictionary already coded. A headline
    names its act even when it names nobody ("Clashes erupt near airport")."""
    triggers = [t for t in find_triggers(span, headline=headline) if not is_background(t.token)]
    by_token = {t.token.i: t for t in triggers}
    # "riot police", "strike force", "attack helicopters": a modifier names no act (but
    # headlines stack nouns: "Mortar fire wounds 14", "Ukraine fighting kills 28").
    triggers = [
        t for t in triggers
        if not _modifies_thing(t.token) and (headline or not _modifier_only(t.token, by_token))
        and not _weapon_as_agent(t.token, by_token, covered)
    ]  # fmt: skip
    by_token = {t.token.i: t for t in triggers}
    hosts = {t.token.i: _host(t, by_token) for t in triggers}
    acts: dict[int, Act] = {}
    for trigger in triggers:
        if hosts[trigger.token.i] is None and trigger.token.i not in covered:
            acts[trigger.token.i] = Act(trigger, code=trigger.code)
    for trigger in triggers:
        host = hosts[trigger.token.i]
        while host is not None and hosts.get(host.token.i) is not None:
            host = hosts[host.token.i]  # "fired rockets, killing 3": the firing
        if host is not None and host.token.i in acts:
            act = acts[host.token.i]
            act.outcomes.append(trigger.token)
            if trigger.kind == "violent" and (
                trigger.code.startswith(act.code) or act.code == "190"
            ):
                act.code = trigger.code  # the more specific means: "car bomb" of a blast
        elif host is not None and host.token.i not in covered and trigger.token.i not in covered:
            acts[trigger.token.i] = Act(trigger, code=trigger.code)
    for act in acts.values():
        _arguments(act, resolve, headline=headline)
        _authorities_arrest(act)
        _means(act)
        _unarmed_clash(act)
        _wrecking_arms(act)
        if crowds.riots(act.token, act.trigger.kind, act.code, act.source, act.target):
            act.code = crowds.RIOT
    # (halves are joined first: "the last Iraqi attack" alone is an act told before)
    return [act for act in _join_halves(list(acts.values())) if plausibility.plausible(act, headline=headline)]


def _join_halves(acts: list[Act]) -> list[Act]:
    """ "The last Iraqi attack took place on March 8, when the tanker Khark-5 was hit": an
    act whose doer alone the text names and one whose victim alone it names, in one clause
    or a clause and the clause it hangs on, are one act, told twice."""
    doers = [a for a in acts if a.source is not None and a.target is None and a.token.pos_ == "NOUN"
             and a.trigger.kind == "violent" and not (a.abstract or a.agentless)]  # fmt: skip
    for doer in doers:
        done = next((a for a in acts if _suffered(a) and _one_clause(doer.token, a.token)), None)
        if done is not None:
            done.source = doer.source
            done.outcomes.extend(doer.outcomes)
            if done.code == "190" and doer.code[:3] in MEANS_CODES:
                done.code = doer.code  # "the last air strike ..., when a tanker was hit": 195
            acts.remove(doer)
    return acts


def _suffered(act: Act) -> bool:
    """An act told by its victim alone: "a tanker was hit", "three civilians were killed"."""
    passive = act.token.pos_ == "VERB" and (arguments.is_passive(act.token) or act.trigger.kind == "outcome")
    return act.target is not None and act.source is None and passive


def _one_clause(first: Any, second: Any) -> bool:
    one, other = _clause(first), _clause(second)
    return one.i == other.i or _clause(one.head).i == other.i or _clause(other.head).i == one.i


def _clause(token: Any) -> Any:
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _authorities_arrest(act: Act) -> None:
    """ "He was arrested on Monday": whoever the text leaves unnamed, arrests are made by the
    police of a state, charges by its courts and prosecutors (its country comes from the
    place, then the arrested, in the participants stage)."""
    if act.trigger.kind == "arrest" and act.source is None and not act.agentless:
        sector = "JUD" if act.trigger.entry.lemma in LEGAL_ACTS else "COP"
        act.source = participants.make_ref(sector, None, act.token)


def _weapon_as_agent(token: Any, by_token: dict[int, Trigger], covered: set[int]) -> bool:
    """ "Israeli jets and artillery have subjected Gaza to ...": a weapon that is the subject
    of a verb the dictionary codes names who acts by what means; the verb's act is the
    event, not the weapon. Of any other verb the weapon is the act: "a truck bomb damaged
    the bridge"."""
    word = token
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    verb = word.head
    return (
        participants.weapon_code(token) is not None and word.dep_ in ("nsubj", "nsubjpass")
        and verb.i not in by_token and verb.i in covered
    )  # fmt: skip


def _modifies_thing(token: Any) -> bool:
    """ "A-6 ATTACK JETS", "RIOT POLICE": a modifier of a weapon or of who someone is."""
    head = token.head
    kind = participants.kind_of(head)
    return token.dep_ == "compound" and head.i != token.i and (
        participants.weapon_code(head) is not None
        or kind is not None and kind.kind in ("agent", "armed")
    )  # a facility is what is hit: "Boko Haram attack police station" (a headline)


def _modifier_only(token: Any, by_token: dict[int, Trigger]) -> bool:
    """A trigger noun that modifies another noun names no act: "riot police", "strike
    force", "attack helicopters", "battle group"."""
    head = token.head
    return token.dep_ == "compound" and head.i not in by_token and token.pos_ != "PROPN"


def _causing_prep(prep: Any) -> bool:
    """A preposition whose object caused an outcome ("killed in clashes", "died after an
    attack"); not a gap counted before "after" ("kill 35 a day after a shooting": two
    acts, the shooting the day before)."""
    return prep.lower_ in OUTCOME_PREPS and (prep.lower_ != "after" or counted_gap(prep) is None)


def _host(trigger: Trigger, by_token: dict[int, Trigger]) -> Trigger | None:
    """The act another trigger belongs to: deaths caused by it ("attack kills 5", "killed in
    clashes", "..., killing 5"), or its weapon or object ("fired mortars")."""
    token = trigger.token
    if trigger.kind == "outcome":
        if token.dep_ == "acl" and token.head.i in by_token and by_token[token.head.i].kind == "violent":
            return by_token[token.head.i]  # "air strikes killed 40" misparsed as "strikes (that were) killed"
        heads = [token, token.head] if token.dep_ == "dobj" else [token]  # "suffered casualties in"
        # "killed or wounded 2,600 Iraqis in their offensive": the phrase hangs on the last
        heads += [c for c in token.children if c.dep_ == "conj" and c.i in by_token]
        for child in (c for h in heads for c in h.children):
            if child.dep_ in ("nsubj", "nsubjpass") and child.i in by_token:
                return _act_or_none(by_token[child.i])  # "Taliban attack kills 5"
            if child.dep_ == "agent" or (child.dep_ == "prep" and _causing_prep(child)):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.i in by_token:
                        return _act_or_none(by_token[pobj.i])  # "killed in clashes"
        governor = _clause_governor(token)
        if governor is not None and governor.kind == "violent":
            return by_token.get(governor.token.i)
        partner = by_token.get(token.head.i) if token.dep_ == "conj" else None
        if partner is not None and partner.kind == "outcome":
            return partner  # "killed three people and wounded five": one act's toll
    if token.dep_ in ("compound", "amod") and token.head.i in by_token:
        return by_token[token.head.i]  # "car bomb blast": one act, the blast
    if token.dep_ == "nsubj" and trigger.kind == "violent" and token.head.i in by_token:
        verb = by_token[token.head.i]
        if verb.kind == "violent":
            return verb  # "a roadside bomb hit a convoy": the bomb is the hitting's means
    anchor = violence_roles.salvo(token)  # "fired a barrage of rockets": the rockets are the firing's
    if trigger.kind != "outcome" and token.pos_ in ("NOUN", "PROPN") and anchor.dep_ == "dobj":
        verb = by_token.get(anchor.head.i)
        if verb is not None and verb.kind != "outcome":
            return verb  # "fired mortars", "repelled an attack"
    return None


def _act_or_none(trigger: Trigger) -> Trigger | None:
    """Deaths belong to an act of force; deaths at a protest or a riot are an act of their own."""
    return trigger if trigger.kind == "violent" else None


def _clause_governor(token: Any) -> Trigger | None:
    """ "conducted an air strike ..., killing 5": the participle's governing act."""
    if token.dep_ not in ("advcl", "conj", "xcomp") or token.head.i == token.i:
        return None
    if token.tag_ != "VBG" and token.dep_ != "conj":
        return None
    head = token.head
    while token.dep_ == "conj" and head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp") and trigger_at(head) is None:
        token, head = head, head.head  # "..., damaging two hospitals and killing four": the firing
    found = trigger_at(head)
    if found is not None and found.kind != "outcome":
        return found
    carried = _carried_noun(head)
    return trigger_at(carried) if carried is not None else None


def _carried_noun(verb: Any) -> Any:
    if verb.pos_ != "VERB" or lemma_of(verb) not in violence_roles.CARRIER_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass"):
            contents = volley_contents(child)
            return contents if contents is not None else child  # "a wave of missiles"
    return None


def _arguments(act: Act, resolve: Any, *, headline: bool = True) -> None:
    token = act.token
    if token.pos_ in ("VERB", "AUX") and lemma_of(token) in DYING_VERBS:
        sources, targets = [], arguments.subjects(token)  # "three soldiers died": the dead
    elif token.pos_ in ("VERB", "AUX") and act.trigger.entry.pos == "verb":
        unrest = act.trigger.kind == "unrest"
        sources, targets = violence_roles.verb_arguments(token, headline=headline, suffered=not unrest)
    elif token.pos_ == "ADJ" and act.trigger.kind == "unrest":
        sources, targets = [token.head], []  # "striking dockers" strike
    elif token.pos_ == "ADJ":
        sources, targets = [], [c for c in token.children if c.dep_ in ("nsubj", "nummod")]
        if not targets and token.head.pos_ in ("NOUN", "NUM"):
            targets = [token.head]  # "five people dead"
    elif act.trigger.kind == "arrest":
        sources, targets = violence_roles.arrest_noun_arguments(token)
    else:
        sources, targets = violence_roles.noun_arguments(token)
    act.source = _first(sources, resolve, places=False) or _stacked_party(sources, resolve)
    act.co_sources = _named_with(act.source, sources, resolve)
    if act.source is None:  # "a Russian missile strike hit Kyiv": the subject act's author
        authors = [d for w in sources if w.pos_ == "NOUN" and trigger_at(w) is not None
                   for d in violence_roles.noun_arguments(w)[0]]  # fmt: skip
        act.source = _first(authors, resolve, places=False)
    # "launched 30 drones": the weapon is the means (`_means`), not the one hit
    weapons = [w for w in targets if participants.means_code(w) is not None]
    targets = [w for w in targets if w not in weapons]
    act.target = _first(targets, resolve, places=True)
    if act.target is None and lemma_of(token) in INTERCEPTING:
        # "shot down 12 Ukrainian drones": the state whose weapons are downed is hit
        act.target = next(filter(None, (_weapon_owner(participants.counted(w)) for w in weapons)), None)
    subjects = [w for w in sources if w.dep_ in ("nsubj", "csubj") and w.head.i == token.i]
    subjects += [w for w in sources if w.dep_ == "pobj" and w.head.dep_ == "agent"]  # "struck by awareness"
    act.agentless = act.source is None and any(not _may_act_unnamed(w) for w in subjects)
    phrase = set(act.trigger.entry.phrase)
    if token.dep_ == "acl" and token.tag_ == "VBN":
        targets = [*targets, token.head]  # "a deal struck between ...": the deal was struck
    objects = [
        w for w in targets
        if (w.dep_ == "dobj" or w.dep_ == "pobj" and w.head.lower_ in ("on", "against", "at"))
        and not w.like_num and lemma_of(w) not in phrase
    ]  # fmt: skip
    # "strike fear into the markets", "fight the ruling": an object no one can hit
    capitals = token.pos_ == "PROPN"  # a headline in capitals: every word a name
    act.abstract = any(
        w.dep_ == "dobj" and _ref(w, resolve, places=True) is None
        and (capitals or not _may_act_unnamed(w))
        for w in objects
    ) or (act.target is None and any(not _may_act_unnamed(w) for w in objects))
    victims = [w for o in act.outcomes for w in violence_roles.victims(o)]
    if act.target is None:
        act.target = _first(victims, resolve, places=True)
    elif _a_place(act.target) and victims:
        act.target = _people_over_place(act.target, _first(victims, resolve, places=False))
    if act.target is None and act.trigger.kind == "unrest":
        # "protested against the government's judicial overhaul": at whose it is
        owners = [c for w in targets for c in w.children if c.dep_ == "poss"]
        act.target = _first(owners + violence_roles.purpose_targets(token), resolve, places=False)
    if act.source is None:  # "Gunmen killed five people in an attack on ...": the killers
        killers = [w for o in act.outcomes if o.pos_ == "VERB" and lemma_of(o) not in DYING_VERBS
                   for w in violence_roles.verb_arguments(o)[0]]  # fmt: skip
        act.source = _first(killers, resolve, places=False)
    if act.target is None:
        act.target = _foreign_ground(act)
    if act.co_sources and lemma_of(token) in violence_roles.MUTUAL_LEMMAS:
        act.target, act.mutual = act.co_sources[0], True  # each side fights the other
    same = act.source is not None and act.target is not None and act.source.id == act.target.id
    armed = act.source is not None and act.source.sector in participants.ARMED_SECTORS
    if same and (armed or not act.source.id.startswith("sector:")):
        # "herders attacked villages": two groups of one sector stay; not "Iraqi jets hit
        # positions near Basra", which the text leaves unowned
        act.target = None


def _foreign_ground(act: Act) -> ActorRef | None:
    """Force by a party of one country in a place of another, with nobody named as hit, is
    force against that country: "an Iranian offensive near Basra", "Turkish jets struck in
    northern Iraq". (Unrest and arrests happen at home; a place of the party's own country
    says nothing of whom it hit.)"""
    source = act.source
    if act.trigger.kind not in ("violent", "outcome") or source is None or source.country is None:
        return None
    token = act.token
    anchors = [token]
    if token.dep_ in ("dobj", "nsubj", "nsubjpass") and token.head.pos_ == "VERB":
        anchors.append(token.head)  # "launched an offensive in the south of Lebanon"
    for word in (w for a in anchors for w in arguments.prepositional_objects(a, GROUND_PREPS)):
        if word.is_upper and len(word) > 2:
            continue  # a headline in capitals: "ATTACK IN NORTH" names no place
        place = participants.place_ref(word)
        if place is not None and place.country != source.country:
            return place
    return None


def _stacked_party(words: list[Any], resolve: Any) -> ActorRef | None:
    """Headlines stack nouns: "Islamic State storms town ..., kills 19" parsed with the
    group as a modifier of its subject; an armed party among the modifiers acts."""
    for word in words:
        for child in word.children:
            if child.dep_ != "compound" or child.i > word.i:
                continue
            if participants.is_armed(child):
                return _ref(child, resolve, places=False)
            org = participants.organization_ref(child, phrase=True)
            if org is not None and org.sector in participants.ARMED_SECTORS:
                return org
    return None


def _a_place(ref: ActorRef) -> bool:
    return ref.id.startswith("country:") and ref.sector is None


def _people_over_place(place: ActorRef, people: ActorRef | None) -> ActorRef:
    """ "killed 132 civilians in a raid on Solhan village": the dead are the act's target,
    placed in the country of the place it hit when the text gives them none."""
    if people is None or people.sector is None or not people.id.startswith("sector:"):
        return place
    if people.country is None and place.country is not None:
        return participants.with_country(people, place.country)
    return people


def _first(words: list[Any], resolve: Any, *, places: bool) -> ActorRef | None:
    """The first word that names a party. A thing hit of no known owner is of the state
    that owns a later thing: "hit the western jetty at Iran's Kharg terminal" hits Iran
    (a later place does not say whose it is: "a mosque in Kano")."""
    found = [(w, r) for w in words if (r := _ref(w, resolve, places=places)) is not None]
    if not found:
        return None
    word, first = found[0]
    if places and first.country is None and _facility(word):
        owner = next((r for w, r in found[1:] if r.country and w.ent_type_ not in plausibility.PLACE_LABELS), None)
        if owner is not None:
            return participants.country_ref(owner.country, first.text, first.start, first.end)
    return first


def _named_with(source: ActorRef | None, words: list[Any], resolve: Any) -> list[ActorRef]:
    """The other parties the words that name the source name with it, one phrase for several
    ("British and French troops": the British military beside the French)."""
    if source is None:
        return []
    for word in words:
        named = resolve(participants.counted(word))
        if named and named[0].id == source.id:
            return [r for r in named[1:] if r.id != source.id and r.start == source.start]
    return []


def _of_the_speaker(word: Any, generic: ActorRef, resolve: Any) -> ActorRef:
    """ "Iran said its forces attacked": the forces are the speaker's."""
    if generic.country is not None:
        return generic
    for owner in (c for c in word.children if c.dep_ == "poss"):
        speaker = arguments.speaker_of(owner)
        said = resolve(speaker) if speaker is not None else []
        if said and said[0].country:
            return participants.with_country(generic, said[0].country)
    return generic


def _facility(word: Any) -> bool:
    kind = participants.kind_of(participants.counted(word))
    return kind is not None and kind.kind == "facility"


def _ref(word: Any, resolve: Any, *, places: bool) -> ActorRef | None:
    word = participants.counted(word)
    named = resolve(word) or [r for c in word.children if c.dep_ == "appos" for r in resolve(c)]
    if word.lower_ == "it" and arguments.speaker_of(word) is not None:
        named = resolve(arguments.speaker_of(word)) or named  # "the army said it struck": the army
    if named and places and participants.is_seat_as_place(word, named[0]):
        return participants.country_ref(named[0].country, word.text, word.idx, word.idx + len(word.text))
    if named:
        return named[0]
    speaker = arguments.speaker_of(word)
    if speaker is not None and resolve(speaker):
        said = resolve(speaker)[0]  # "the army said it struck targets": the army struck
        person = said.id.startswith("person:")
        if person == (word.lower_ in ("he", "she", "him", "her")) or word.lower_ in ("we", "us"):
            return said
    elif speaker is not None and word.lower_ in ("they", "we"):
        # "Maoist rebels said they destroyed a station": a group no actor names
        return participants.generic_ref(speaker)
    if word.dep_ in ("compound", "amod") and word.pos_ in ("ADJ", "PROPN", "NOUN"):
        from eventscribe.actors import knowledge

        name = entity_text(word) if word.ent_iob_ == "I" else word.text  # not Jersey of New Jersey
        country = knowledge.country_by_name(name)
        if country is not None:  # "Israeli strike", "Russian shelling": the state's military
            return participants.make_ref("MIL", country.iso3, word)
    generic = participants.organization_ref(word) or participants.generic_ref(word)
    if generic is not None and (places or not _facility(word)):
        return _of_the_speaker(word, generic, resolve)  # a facility is hit, it does not act
    if participants.weapon_code(word) is not None and not places:
        return _weapon_owner(word)  # "Russian missiles hit Kyiv"
    if not places:
        return None
    # a town the tagger calls a person, which no actor names as one: "an attack on Kharkiv"
    return participants.place_ref(word, trust_tagger=False) or participants.owner_ref(word)


def _weapon_owner(weapon: Any) -> ActorRef | None:
    """The state whose weapon a modifier names: "Russian missiles", "Israel's jets"."""
    from eventscribe.actors import knowledge

    for word in weapon.children:
        country = knowledge.country_by_name(word.text) if word.dep_ in ("amod", "compound", "poss") else None
        if country is not None:
            return participants.make_ref("MIL", country.iso3, word)
    return None


def _means(act: Act) -> None:
    """A weapon in the act's phrase names its means: "fired mortars" 194, "drone strike"."""
    if act.code not in ("190", "193", "183", "195"):
        return
    token = act.token
    words = [t for t in token.doc[act.trigger.first : token.i + 1]]
    # "fired hundreds of rockets"; not "shot down 12 drones": downed weapons are no means
    deps = ("compound", "amod", "nsubj") if lemma_of(token) in INTERCEPTING else ("dobj", "compound", "amod", "nsubj")
    words += [participants.counted(c) for c in token.children if c.dep_ in deps]
    words += [w for c in words if (w := volley_contents(c)) is not None]
    words += [
        p for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children if p.dep_ == "pobj"
    ]  # fmt: skip
    if act.source is not None:
        words += [t for t in token.doc if act.source.start <= t.idx < act.source.end]
    for word in words:
        code = participants.weapon_code(word)
        if code is not None and (act.code in ("190", "193") or code.startswith("195")):
            act.code, act.weapon = code, word.lower_
            return


def _may_act_unnamed(word: Any) -> bool:
    """A subject that stands for a party the text leaves unnamed or names without our
    knowing it: a pronoun, a number ("two were shot"), a name ("Abu Tira shoot at ..."), a
    weapon or another act ("the blast hit ...")."""
    if word.pos_ == "PROPN":  # "Hurricane Harvey", "Storm Irma": a named thing, no party
        return not any(
            c.dep_ == "compound" and (c.pos_ == "NOUN" or c.lower_ in STORM_WORDS)
            for c in word.children
        )
    return (
        word.pos_ in ("PRON", "NUM")
        or participants.weapon_code(word) is not None
        or trigger_at(word) is not None
        or word.ent_type_ in ("ORG", "NORP") or (word.is_upper and len(word) > 1)  # "RSF kill"
        or _of_a_country(word)  # "Ukrainian defenders": some party of Ukraine
    )


def _of_a_country(word: Any) -> bool:
    from eventscribe.actors import knowledge

    return any(
        c.dep_ in ("amod", "compound") and knowledge.country_by_name(c.text) is not None
        for c in word.children
    )


def _unarmed_clash(act: Act) -> None:
    """Protesters, mourners or students clashing with the police riot: CAMEO 145. (Farmers
    clashing with herders is communal violence and stays force.)"""
    sectors = {r.sector for r in (act.source, act.target) if r is not None}
    crowd_and_state = bool(sectors & UNARMED_CROWDS) and bool(sectors & {"COP", "MIL"})
    if act.outcomes and act.target is not None and act.target.sector in UNARMED_CROWDS:
        crowd_and_state = False  # "fighting kills 28 civilians": the dead are no rioters
    if lemma_of(act.token) in violence_roles.MUTUAL_LEMMAS and crowd_and_state and not act.weapon:
        act.code = "145"
    if act.code == "191" and act.source is not None and act.source.sector in UNARMED_CROWDS:
        act.code = "144"  # farmers blockading banks: a protest that obstructs passage


def _wrecking_arms(act: Act) -> None:
    """ "Rebels destroyed a military communications station": wrecking what an armed force
    holds is an attack on that force (190), not damage to property (a crowd's is a riot:
    `crowds.riots`)."""
    target = act.target
    if act.trigger.kind == "property" and target is not None and target.sector in participants.ARMED_SECTORS:
        act.code = "190"


