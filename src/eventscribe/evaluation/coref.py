"""Actor resolution scored as coreference on ECB+-format records (`../shared/gold/coref_dev.jsonl`).

    {"id", "topic", "text", "mentions": [{"start", "end", "text", "type", "chain"}], ...}

`chain` names the gold entity: the same id across the documents of a topic for
cross-document chains, `<doc>#<m_id>` for a chain inside one document, null for a singleton.

The mentions are given, so only the clustering is scored. Each document runs through the
pipeline up to the actor stage, its tokens joined again as news prints them ("T - Mobile 's"
-> "T-Mobile's": `detokenize`), the gold spans mapped onto that text; a gold mention takes the actor id of the resolved mention
that fits it best. ECB+ marks places too ("in Ashgabat", "the Waitrose store"): a gold
mention no actor mention fits takes the place the place stage's gazetteer resolves its
words to, if any ("place:geonames:162183"; a country is its actor, "country:TKM"); one
neither fits takes the unnamed participant of the lead it is, if any ("hackers":
`actors.participants`), labelled by its noun and its story, the stories found among all the
records' articles as ingest finds them (`eventscribe.stories`: the topics are not given);
a gold mention nothing fits is a singleton. Because actor and place ids are stable across articles
("person:warren-jeffs"), the same ids cluster mentions across the documents of a topic;
`cross` scores them after the registry's own merges of people across the topic's documents
(`registry_labels`), as ingest would store them. The actors alone are scored too
(`actors_only`), so that what the places add is seen apart.

Scores are MUC, B-cubed, CEAF-e and the CoNLL F1 (their mean), within each document and
across the documents of each topic, micro-averaged as the reference scorer does (tallies
summed over documents, or over topics). Two baselines are scored the same way, so the
numbers can be judged: string match (mentions with the same last word are one entity,
pronouns alone) and all singletons (no mention linked).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterator, Sequence
from typing import Any

from eventscribe.article import ActorMention, Article
from eventscribe.errors import EventscribeError
from eventscribe.evaluation.coref_metrics import Scores, partition, score_all
from eventscribe.settings import Settings
from eventscribe.stories import article_lead, stories

# ECB+ documents carry no date; resolution hardly depends on it (only dated roles do).
FIXED_DATE = dt.date(2000, 1, 1)
PRONOUNS = frozenset({
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
    "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers",
    "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "who",
    "whom", "whose", "which", "that", "this", "these", "those", "one",
})  # fmt: skip
Span = tuple[int, int]
Labels = list[Hashable]  # one entity label per gold mention of a record


def is_coref_record(record: dict[str, Any]) -> bool:
    """An ECB+-format record: a topic, a text and mentions that each name a chain."""
    mentions = record.get("mentions")
    return (
        "topic" in record
        and isinstance(record.get("text"), str)
        and isinstance(mentions, list)
        and all(isinstance(m, dict) and "chain" in m for m in mentions)
    )


def evaluate_coref(
    records: list[dict[str, Any]], settings: Settings | None = None
) -> dict[str, Any]:
    """Within- and cross-document scores of the actor stage's clustering, and of a baseline."""
    for number, record in enumerate(records, start=1):
        check_record(record, number)
    gold = [gold_labels(r) for r in records]
    resolved = list(run_actors(records, settings))
    system = [actor_labels(r, a, places) for r, (a, places) in zip(records, resolved, strict=True)]
    actors_only = [actor_labels(r, a) for r, (a, _) in zip(records, resolved, strict=True)]
    within, _ = scopes(records, gold, system)
    _, cross = scopes(records, gold, registry_labels(records, [a for a, _ in resolved], system))
    baselines = {
        "same last word": [head_labels(r) for r in records],
        "all singletons": [singleton_labels(r) for r in records],
    }
    return {
        "documents": len(records),
        "topics": len({str(r["topic"]) for r in records}),
        "mentions": sum(len(r["mentions"]) for r in records),
        "b3_f1": within["b3_f1"],
        "conll_f1": within["conll_f1"],
        "within": within,
        "cross": cross,
        "actors_only": dict(
            zip(("within", "cross"), scopes(records, gold, actors_only), strict=True)
        ),
        "baselines": {
            name: dict(zip(("within", "cross"), scopes(records, gold, labels), strict=True))
            for name, labels in baselines.items()
        },
        "by_type": resolved_by_type(records, system),
        "chainless": chainless_linked(records, system),
        "by_form": errors_by_form(records, system),
        "links": links_by_form(records, system),
    }


def registry_labels(
    records: list[dict[str, Any]], articles: list[Article], labels: list[Labels]
) -> list[Labels]:
    """The labels after the registry's own merges across the documents of each topic, of
    people (`store.identity.merges_among`: "Zelenskiy" and "Zelensky" with one first name, a
    surname alone and the one person of its country who bears it) and of organizations
    (`store.organizations`: "USGS" and "U.S. Geological Survey"), as ingest would store the
    topic's documents."""
    topics: dict[str, list[int]] = defaultdict(list)
    for index, record in enumerate(records):
        topics[str(record["topic"])].append(index)
    into: dict[str, str] = {}
    for members in topics.values():
        into |= _topic_merges([articles[i] for i in members])
    into |= _story_participants(articles)
    return [[into.get(label, label) if isinstance(label, str) else label for label in labels]
            for labels in labels]  # fmt: skip


def participant_label(article_id: str, noun: str) -> str:
    return f"participant:{article_id}:{noun}"


def _story_participants(articles: list[Article]) -> dict[str, str]:
    """Each article's participant label -> its story's (`eventscribe.stories`), the stories
    found among all the records' articles as ingest finds them among the stored ones: the
    topics are not given to it."""
    story = stories(article_lead(a) for a in articles)
    return {participant_label(a.id, p.noun): participant_label(story[a.id], p.noun)
            for a in articles for p in a.participants}  # fmt: skip


def _topic_merges(articles: list[Article]) -> dict[str, str]:
    return _people_merges(articles) | _organization_merges(articles)


def _organization_merges(articles: list[Article]) -> dict[str, str]:
    """`store.organizations.organization_merges_among` over the topic's organizations."""
    from eventscribe.store.organizations import organization_merges_among

    bodies: dict[str, tuple[str, str | None]] = {}
    spellings: dict[str, set[str]] = defaultdict(set)
    together: set[frozenset[str]] = set()
    for article in articles:
        ids = [a.id for a in article.actors.values() if a.kind == "organization"]
        together |= {frozenset((a, b)) for a in ids for b in ids if a < b}
        for actor in (article.actors[i] for i in ids):
            known = bodies.get(actor.id)
            bodies[actor.id] = (actor.name, actor.country or (known[1] if known else None))
            spellings[actor.id] |= set(actor.forms)
    return organization_merges_among(bodies, dict(spellings), together)


def _people_merges(articles: list[Article]) -> dict[str, str]:
    from eventscribe.store.identity import Person, merges_among

    people: dict[str, Person] = {}
    together: set[frozenset[str]] = set()
    for article in articles:
        counts = Counter(m.actor_id for m in article.mentions if m.actor_id)
        ids = [a.id for a in article.actors.values() if a.kind == "person"]
        together |= {frozenset((a, b)) for a in ids for b in ids if a < b}
        for actor in (article.actors[i] for i in ids):
            known = people.get(actor.id)
            mentions = counts[actor.id] + (known.mentions if known else 0)
            people[actor.id] = Person(actor.id, actor.name, actor.country or (known and known.country),
                                      mentions, actor.role or (known and known.role))  # fmt: skip
    return merges_among(list(people.values()), together)


def check_record(record: dict[str, Any], number: int) -> None:
    """Spans must lie in the text: a wrong offset would silently score the wrong words."""
    name = f"record {number} ({record.get('id', 'no id')})"
    if not is_coref_record(record) or "id" not in record:
        raise EventscribeError(f"{name}: needs id, topic, text and mentions with a chain")
    size = len(record["text"])
    for mention in record["mentions"]:
        start, end = mention.get("start"), mention.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size):
            raise EventscribeError(f"{name}: mention span {start}-{end} outside the text")


def gold_labels(record: dict[str, Any]) -> Labels:
    """The chain of each mention; a mention with no chain is an entity of its own."""
    return [
        m["chain"] if m["chain"] is not None else ("singleton", record["id"], index)
        for index, m in enumerate(record["mentions"])
    ]


def scopes(
    records: list[dict[str, Any]], gold: list[Labels], response: list[Labels]
) -> tuple[dict[str, float], dict[str, float]]:
    """(within, cross) scores: one comparison per document, then one per topic."""
    within = score_all(
        (partition(dict(enumerate(g))), partition(dict(enumerate(r))))
        for g, r in zip(gold, response, strict=True)
    )
    return within.as_dict(), _cross(records, gold, response).as_dict()


def _cross(records: list[dict[str, Any]], gold: list[Labels], response: list[Labels]) -> Scores:
    """Mentions keyed by (document, index) so the topic's documents share one partition."""
    by_topic: dict[str, tuple[dict, dict]] = defaultdict(lambda: ({}, {}))
    for record, g, r in zip(records, gold, response, strict=True):
        key, answer = by_topic[str(record["topic"])]
        for index, (gold_label, response_label) in enumerate(zip(g, r, strict=True)):
            key[(record["id"], index)] = gold_label
            answer[(record["id"], index)] = response_label
    return score_all((partition(k), partition(a)) for k, a in by_topic.values())


def run_actors(
    records: list[dict[str, Any]], settings: Settings | None = None
) -> Iterator[tuple[Article, list[ActorMention]]]:
    """The records' articles after the actor stage (the later stages change no mention),
    each with its place names as mentions of their gazetteer place (`place_labels`)."""
    from eventscribe.pipeline import Pipeline

    chosen = settings or Settings()
    head, _ = Pipeline.split_settings(chosen, "mentions", tail=False)
    for start in range(0, len(records), chosen.batch_size):
        batch = [_article(r) for r in records[start : start + chosen.batch_size]]
        for stage in head.stages:  # not head.run, which lets go of the parse
            batch = list(stage.pipe(batch))
        for article in batch:
            places = place_labels(article)
            article.doc = None
            yield article, places


def place_labels(article: Article) -> list[ActorMention]:
    """The article's place names (the place stage's phrases, each sentence read as the stage
    reads an event's: with the names the tagger missed after a locative, "spread to the
    northern city of Thessaloniki" tagged an organization) as mentions whose actor id is
    the gazetteer place the name resolves to by itself or with the text's other places
    ("country:GRC" for a country, as its actor); a name resolved only by nearness to
    another ("Royal Street" -> New Orleans) names no place of its own and is left out."""
    from eventscribe.where.gazetteer import load_gazetteer
    from eventscribe.where.mentions import place_mentions, settlement_countries
    from eventscribe.where.resolve import DocumentPlaces

    if article.doc is None:
        return []
    gazetteer = load_gazetteer()
    mentions = place_mentions(article.doc, gazetteer, within=list(article.doc.sents))
    countries = settlement_countries(article.doc, mentions, gazetteer)
    places = DocumentPlaces(gazetteer, mentions, countries, text=article.text)
    labelled = []
    for mention in mentions:
        ranked = places.ranked.get(mention.text) or []
        if not ranked:
            continue
        place = ranked[0]
        label = (
            f"country:{place.country}" if place.kind == "country" else f"place:{place.gazetteer_id}"
        )
        labelled.append(ActorMention(mention.start, mention.end, mention.text, -1, label, "place"))
    return labelled


def _article(record: dict[str, Any]) -> Article:
    return Article(
        id=str(record["id"]), body=detokenize(record["text"]), published=FIXED_DATE,
        origin="coref gold",
    )


# The corpus's tokens joined by spaces, joined again as news prints them: "T - Mobile" ->
# "T-Mobile", "Mr . Jeffs" -> "Mr. Jeffs", "Jeffs 's" -> "Jeffs's", "( AMD )" -> "(AMD)".
DETOKENIZE = (
    (re.compile(r"(\w+) - (?=(\w+))"), lambda m: m[1] + ("-" if _hyphen(m[1], m[2]) else " - ")),
    # clitics and possessives ("Jeffs 's", "didn 't", "workers ' union"), not a quote
    (re.compile(r" (?=(?:'s|n't|'t|'re|'ve|'ll|'d|'m)\b)|(?<=s) (?=' )"), ""),
    (re.compile(r" +(?=[.,;:!?%)\]])"), ""),  # no space before closing punctuation
    (re.compile(r"(?<=\b[A-Za-z])\. (?=[A-Za-z]\.)"), "."),  # initials: "U . S ." -> "U.S."
    (re.compile(r"(?<=[(\[$]) +"), ""),  # nor after opening punctuation
    (re.compile(r"(?<=\d)(?:: )(?=\d)"), ":"),  # "7: 32" -> "7:32"
)


def _hyphen(before: str, after: str) -> bool:
    """A hyphen inside a word ("T - Mobile", "55 - year", "Al - Goweiny"), not a dash
    between two names ("Computerworld - Microsoft")."""
    return not all(len(w) >= 3 and w[:1].isupper() and w[1:].islower() for w in (before, after))


def detokenize(text: str) -> str:
    """The record's text as news prints it, so that the pipeline reads words the way it
    reads articles (its spans are mapped back to the record's by `gold_spans`): ECB+ texts
    are the corpus's tokens joined by spaces."""
    for pattern, replacement in DETOKENIZE:
        text = pattern.sub(replacement, text)
    return text


def actor_labels(
    record: dict[str, Any], article: Article, places: Sequence[ActorMention] = ()
) -> Labels:
    """The actor id of each gold mention, else its place's, else a singleton label. A
    "loose" mention (a place standing for its country as an actor: "Texas", "Thessaloniki")
    comes after the place: the words name the place, which is what coreference asks."""
    spans = gold_spans(record, article.text)
    resolved = [m for m in article.mentions if m.actor_id]
    ids = match_actors(spans, [m for m in resolved if m.kind != "loose"])
    participants = [ActorMention(p.start, p.end, p.text, p.sentence, participant_label(article.id, p.noun))
                    for p in article.participants]  # fmt: skip
    for fallback in (list(places), [m for m in resolved if m.kind == "loose"], participants):
        if fallback:
            found = match_actors(spans, fallback)
            ids = [first or later for first, later in zip(ids, found, strict=True)]
    return [
        actor if actor is not None else ("singleton", record["id"], index)
        for index, actor in enumerate(ids)
    ]


def gold_spans(record: dict[str, Any], text: str) -> list[Span | None]:
    """The gold spans in the article's text, which normalization may have changed (quotes,
    dashes, spaces); a span whose characters all vanished is None."""
    spans = [(m["start"], m["end"]) for m in record["mentions"]]
    if text == record["text"]:
        return list(spans)
    read = detokenize(record["text"])
    where = deleted_map(record["text"], read)
    if text != read:  # normalization changed more than `detokenize` took away
        onward = char_map(read, text)
        where = [None if at is None else onward[at] for at in where]
    return [_moved(span, where) for span in spans]


def deleted_map(source: str, target: str) -> list[int | None]:
    """Where each character of `source` is in `target`, which is `source` with characters
    taken away (the spaces `detokenize` removes): in one pass, where `char_map` compares."""
    where: list[int | None] = [None] * len(source)
    at = 0
    for index, char in enumerate(source):
        if at < len(target) and target[at] == char:
            where[index] = at
            at += 1
    return where


def char_map(source: str, target: str) -> list[int | None]:
    """Where each character of `source` is in `target`: kept and same-size replaced runs map
    one to one, other changes map to None."""
    where: list[int | None] = [None] * len(source)
    matcher = difflib.SequenceMatcher(None, source, target, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            where[i1:i2] = range(j1, j2)
    return where


def _moved(span: Span, where: list[int | None]) -> Span | None:
    mapped = [p for p in where[span[0] : span[1]] if p is not None]
    return (mapped[0], mapped[-1] + 1) if mapped else None


def match_actors(spans: list[Span | None], mentions: list[ActorMention]) -> list[str | None]:
    """The actor id for each gold span.

    A resolved mention counts for one gold span only, the one it overlaps most (the
    tightest on a tie), so that in "Iran 's Foreign Minister" a resolved "Iran" names the
    nested gold "Iran" and not also the minister. A gold span then takes, of the mentions
    it is home to, the one overlapping it most, preferring one that ends where it ends.
    """
    best: dict[int, tuple[tuple[int, bool, int], str]] = {}
    for mention in mentions:
        found = _home(spans, mention)
        if found is None or mention.actor_id is None:
            continue
        home, span = found
        rank = (_overlap(span, mention), mention.end == span[1], mention.start - mention.end)
        if home not in best or rank > best[home][0]:
            best[home] = (rank, mention.actor_id)
    return [best[index][1] if index in best else None for index in range(len(spans))]


def _home(spans: list[Span | None], mention: ActorMention) -> tuple[int, Span] | None:
    """The gold span a resolved mention speaks for: the most overlapped, then the tightest."""
    ranked = [
        (_overlap(span, mention), span[0] - span[1], index, span)
        for index, span in enumerate(spans)
        if span is not None and _overlap(span, mention) > 0
    ]
    if not ranked:
        return None
    _, _, index, span = max(ranked)
    return index, span


def _overlap(span: Span, mention: ActorMention) -> int:
    return max(0, min(span[1], mention.end) - max(span[0], mention.start))


def head_labels(record: dict[str, Any]) -> Labels:
    """The baseline: a mention's entity is its last word, lowercased ("Warren Jeffs" and
    "Jeffs" are one); a pronoun or a mention with no word is an entity of its own."""
    labels: Labels = []
    for index, mention in enumerate(record["mentions"]):
        words = [w for w in mention["text"].lower().split() if w not in ("'s", "'")]
        head = words[-1] if words else None
        labels.append(
            ("head", head) if head and head not in PRONOUNS else ("singleton", record["id"], index)
        )
    return labels


def singleton_labels(record: dict[str, Any]) -> Labels:
    """The floor: no mention linked. Most gold entities are small, so B-cubed and CEAF-e
    score this well; a system must beat it to be linking more right than wrong."""
    return [("singleton", record["id"], index) for index in range(len(record["mentions"]))]


def chainless_linked(records: list[dict[str, Any]], system: list[Labels]) -> dict[str, int]:
    """How many gold mentions have no chain, and how many of them the system puts in one
    entity with another gold mention of their document. ECB+ links the mentions of some
    sentences only, so a name repeated elsewhere ("Jeffs" in a sentence left unannotated) is
    a singleton of the gold: a diagnostic of what the scores count against the system, not
    a change to them."""
    total = linked = 0
    for record, labels in zip(records, system, strict=True):
        shared = Counter(label for label in labels if isinstance(label, str))
        for mention, label in zip(record["mentions"], labels, strict=True):
            if mention["chain"] is None:
                total += 1
                linked += isinstance(label, str) and shared[label] > 1
    return {"mentions": total, "linked": linked}


FORMS = ("name", "nominal", "pronoun")


def mention_form(text: str) -> str:
    """What kind of words a gold mention is: a pronoun ("he", "its"), a name (a capitalised
    word after its article: "Warren Jeffs", "the BBC"), else a nominal ("the actor")."""
    words = [w for w in text.split() if w not in ("'s", "'", '"')]
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    content = [w for w in words if w.lower() not in ("the", "a", "an")]
    return "name" if content and (content[0][:1].isupper() or content[-1][:1].isupper()) else "nominal"


def errors_by_form(records: list[dict[str, Any]], system: list[Labels]) -> dict[str, Any]:
    """Within each document, of the gold mentions in a chain with another mention there,
    by form (`mention_form`): how many the system leaves out of every entity (no actor),
    how many it puts in an entity with no other mention of their chain (missed), and how
    many it puts in one with a mention of another chain (joined wrongly; one mention may be
    both). A diagnostic of where the scores are lost, not a score."""
    tally = {form: Counter() for form in FORMS}
    for record, labels in zip(records, system, strict=True):
        chains = Counter(m["chain"] for m in record["mentions"] if m["chain"] is not None)
        members: dict[Hashable, list[int]] = defaultdict(list)
        for index, label in enumerate(labels):
            members[label].append(index)
        for index, mention in enumerate(record["mentions"]):
            chain, label = mention["chain"], labels[index]
            if chain is None or chains[chain] < 2:
                continue
            part = tally[mention_form(mention["text"])]
            part["mentions"] += 1
            others = [record["mentions"][i]["chain"] for i in members[label] if i != index]
            part["no actor"] += not isinstance(label, str)
            part["missed"] += isinstance(label, str) and chain not in others
            part["joined wrongly"] += any(c != chain for c in others)
    return {form: {k: n for k, n in tally[form].items() if n} for form in FORMS}


def links_by_form(records: list[dict[str, Any]], system: list[Labels]) -> dict[str, Any]:
    """Within each document, of the gold mentions the system puts in one entity with another
    gold mention of it, by form (`mention_form`): how many share it with a mention of their
    own chain (right), with none (wrong), or have no chain (chainless: ECB+ left them out,
    "Jeffs" in a sentence it did not annotate). The precision of the links, which F1 mixes
    with their reach; a diagnostic, not a score."""
    tally = {form: Counter() for form in FORMS}
    for record, labels in zip(records, system, strict=True):
        members: dict[Hashable, list[int]] = defaultdict(list)
        for index, label in enumerate(labels):
            if isinstance(label, str):
                members[label].append(index)
        for index, mention in enumerate(record["mentions"]):
            others = [i for i in members.get(labels[index], []) if i != index]
            if not others:
                continue
            chain = mention["chain"]
            part = tally[mention_form(mention["text"])]
            part["links"] += 1
            if chain is None:
                part["chainless"] += 1
            elif any(record["mentions"][i]["chain"] == chain for i in others):
                part["right"] += 1
            else:
                part["wrong"] += 1
    return {form: {k: n for k, n in tally[form].items() if n} for form in FORMS}


def resolved_by_type(records: list[dict[str, Any]], system: list[Labels]) -> dict[str, Any]:
    """Per gold mention type: how many mentions, and the share given an actor id."""
    total: Counter[str] = Counter()
    resolved: Counter[str] = Counter()
    for record, labels in zip(records, system, strict=True):
        for mention, label in zip(record["mentions"], labels, strict=True):
            kind = str(mention.get("type") or "none")
            total[kind] += 1
            resolved[kind] += isinstance(label, str)
    return {
        kind: {"mentions": total[kind], "resolved": round(resolved[kind] / total[kind], 4)}
        for kind in sorted(total)
    }
