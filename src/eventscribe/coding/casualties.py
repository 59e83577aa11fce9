"""Deaths, injuries and arrests on the events they belong to.

Each numeric report (`coding/numbers.py`) of a sentence goes to the incident event of that
sentence whose trigger is nearest to it (an event of violence or unrest: CAMEO roots 14,
17-20). The event keeps, per kind, the largest count reported for it, with its qualifier
and attribution: "more than 2,200, per Gaza authorities".
"""

from __future__ import annotations

from eventscribe.article import Article, Casualty, Event, NumericReport

INCIDENT_ROOTS = frozenset({"14", "17", "18", "19", "20"})
FIELD_OF = {"killed": "fatalities", "wounded": "injured", "arrested": "arrested",
            "hostages": "arrested"}  # fmt: skip


def attach_casualties(article: Article) -> None:
    incidents: dict[int, list[Event]] = {}
    for event in article.events:
        if event.cameo[:2] in INCIDENT_ROOTS:
            incidents.setdefault(event.sentence, []).append(event)
    for report in article.numbers:
        field = FIELD_OF.get(report.kind)
        events = incidents.get(report.sentence)
        if field is None or not events or report.value is None:
            continue
        event = min(events, key=lambda e: _distance(e, report))
        _keep_largest(event, field, report)


def _distance(event: Event, report: NumericReport) -> int:
    if event.trigger_start <= report.start:
        return report.start - event.trigger_end
    return event.trigger_start - report.end


def _keep_largest(event: Event, field: str, report: NumericReport) -> None:
    current = getattr(event, field)
    if current is None or (report.value or 0) > (current.value or 0):
        setattr(event, field, Casualty(report.value, report.qualifier, report.text,
                                       report.attribution))  # fmt: skip
