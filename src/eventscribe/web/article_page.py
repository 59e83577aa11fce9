"""The HTML view of one article: its text with an event's evidence, trigger and actors marked.

Article text is untrusted input: every piece of it, and every stored value, goes through
`html.escape` before it reaches the page; the markup around it is fixed. Overlapping marks
(a mention inside the evidence sentence) are drawn by cutting the text at every span
boundary and giving each piece the classes of the spans that cover it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from typing import Any
from urllib.parse import quote

Span = tuple[int, int, str]
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
         4: "material conflict"}  # fmt: skip


def render(article: Mapping[str, Any], event_id: str | None) -> str:
    """The whole page; `event_id` picks the event to mark (None: every evidence sentence)."""
    events = article["events"]
    chosen = next((e for e in events if e["id"] == event_id), None)
    title = article.get("title") or article["id"]
    return "".join(
        [
            '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)} · eventscribe</title>",
            '<link rel="icon" href="data:,"><link rel="stylesheet" href="/static/style.css"></head>',
            '<body class="article-page"><header class="top"><a href="/">eventscribe</a>',
            f"<span class='crumb'>article {escape(article['id'])}</span></header><main>",
            f'<h1 id="title">{escape(title)}</h1>',
            _meta(article),
            _event_card(chosen) if chosen else "",
            LEGEND,
            f'<div id="text" class="article-text">{_marked_text(article, chosen)}</div>',
            _event_list(article["id"], events, chosen),
            "</main></body></html>\n",
        ]
    )


LEGEND = (
    '<p class="legend"><span class="evidence">evidence sentence</span> '
    '<span class="trigger">trigger</span> <span class="actor source">source actor</span> '
    '<span class="actor target">target actor</span> <span class="mention">actor mention</span></p>'
)


def _meta(article: Mapping[str, Any]) -> str:
    parts = [escape(str(article.get(key))) for key in ("published", "source") if article.get(key)]
    url = article.get("url") or ""
    if url.startswith(("http://", "https://")):
        parts.append(f'<a href="{escape(url)}" rel="noopener noreferrer">original</a>')
    return f'<p class="meta">{" · ".join(parts)}</p>'


def _actor_name(actor: Mapping[str, Any] | None) -> str:
    if not actor:
        return "–"
    country = f" ({actor['country']})" if actor.get("country") else ""
    return escape(f"{actor['name']}{country}")


def _event_card(event: Mapping[str, Any]) -> str:
    place = (event.get("place") or {}).get("name") or ""
    modality = event["modality"] + (
        f" by {event['attribution']}" if event.get("attribution") else ""
    )
    rows = [
        ("date", event.get("event_date") or f"{event.get('published')} (published)"),
        ("action", f"{event['cameo']} {event.get('cameo_name') or ''}"),
        ("class", QUADS.get(event.get("quad_class"), "")),
        ("goldstein", event.get("goldstein")),
        ("place", place),
        ("modality", modality),
    ]
    cells = "".join(
        f"<dt>{name}</dt><dd>{escape(str(value))}</dd>" for name, value in rows if value != ""
    )
    return (
        f'<section id="event" class="event-card quad{event.get("quad_class")}">'
        f'<p class="dyad"><span class="actor source">{_actor_name(event["source"])}</span>'
        f' → <span class="actor target">{_actor_name(event["target"])}</span></p>'
        f"<dl>{cells}</dl></section>"
    )


def _spans(article: Mapping[str, Any], chosen: Mapping[str, Any] | None) -> list[Span]:
    spans: list[Span] = [
        (m["start"], m["end"], "mention") for m in article["mentions"] if m.get("actor_id")
    ]
    if chosen is None:
        return spans + [
            (e["evidence"]["start"], e["evidence"]["end"], "evidence-any")
            for e in article["events"]
        ]
    classes = {"evidence": "evidence", "trigger": "trigger", "source": "actor source",
               "target": "actor target"}  # fmt: skip
    return spans + [
        (s["start"], s["end"], classes[s["kind"]])
        for s in article["spans"]
        if s["event_id"] == chosen["id"]
    ]


def _marked_text(article: Mapping[str, Any], chosen: Mapping[str, Any] | None) -> str:
    text: str = article["text"]
    spans = [(s, e, c) for s, e, c in _spans(article, chosen) if 0 <= s < e <= len(text)]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    pieces, anchored = [], False
    for start, end in zip(cuts, cuts[1:], strict=False):
        classes = _classes(spans, start, end)
        piece = escape(text[start:end])
        if not classes:
            pieces.append(piece)
            continue
        anchor = ""
        if "evidence" in classes and not anchored:
            anchor, anchored = ' id="evidence"', True
        pieces.append(f'<span class="{" ".join(classes)}"{anchor}>{piece}</span>')
    return "".join(pieces)


def _classes(spans: Iterable[Span], start: int, end: int) -> list[str]:
    found: list[str] = []
    for s, e, names in spans:
        if s <= start and end <= e:
            found += [n for n in names.split() if n not in found]
    return found


def _event_list(
    article_id: str, events: list[Mapping[str, Any]], chosen: Mapping[str, Any] | None
) -> str:
    items = []
    for event in events:
        href = f"/articles/{quote(article_id, safe='')}?event={quote(event['id'], safe='')}"
        current = ' aria-current="true"' if chosen and event["id"] == chosen["id"] else ""
        label = (
            f"{escape(event['cameo'])} {escape(event.get('cameo_name') or '')}: "
            f"{_actor_name(event['source'])}"
            f" → {_actor_name(event['target'])}"
        )
        items.append(
            f'<li class="quad{event.get("quad_class")}"><a href="{escape(href)}#evidence"'
            f"{current}>{label}</a></li>"
        )
    return f'<section class="events"><h2>Events ({len(events)})</h2><ol>{"".join(items)}</ol></section>'
