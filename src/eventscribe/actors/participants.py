"""The unnamed participants of a story's lead: "hackers", "a technician", "three people",
"the school".

A report opens on its story's event, and the people and places its lead names without a name
are that event's: the reports of one story ("Hackers exploit browser flaw", "... attacks by
hackers") speak of the same hackers, the same three people, the same school. So the lead's
noun phrases whose head is a common noun of people or of a place (`knowledge.participant_nouns`)
and that no actor took are kept, keyed by their noun as written; `across.stories` tells which
reports are of one story, whose participants of one noun are one.
"""

from __future__ import annotations

from typing import Any

from eventscribe.actors import knowledge
from eventscribe.article import Article, Participant
from eventscribe.stories import LEAD_SENTENCES
from eventscribe.syntax import char_span


def lead_participants(article: Article) -> list[Participant]:
    """The participants the article's lead names with a common noun, in text order."""
    if article.doc is None:
        return []
    taken = {char for m in article.mentions if m.actor_id for char in range(m.start, m.end)}
    found = []
    for sentence in article.sentences[:LEAD_SENTENCES]:
        span = char_span(article.doc, sentence.start, sentence.end) if sentence.coded else None
        for chunk in span.noun_chunks if span is not None else ():
            head = chunk.root
            if _participant(head) and head.idx not in taken:
                found.append(Participant(chunk.start_char, chunk.end_char, chunk.text,
                                         sentence.index, head.lower_))  # fmt: skip
    return found


def _participant(head: Any) -> bool:
    """A common noun of people or of a place: "hackers", "technician", "school"; capitalised
    at the head of a sentence, where the tagger may call it a name ("Hackers broke in")."""
    if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.is_sent_start and not head.ent_type_):
        return False
    return knowledge.is_participant_noun(head.lemma_) or knowledge.is_participant_noun(head.text)
