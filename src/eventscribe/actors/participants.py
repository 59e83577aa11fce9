"""The unnamed participants of a story's lead: "hackers", "a technician", "three people",
"the school".

A report opens on its story's event, and the people and places its lead names without a name
are that event's: the reports of one story ("Hackers exploit browser flaw", "... attacks by
hackers") speak of the same hackers, the same three people, the same school. So the lead's
noun phrases whose head is a common noun of people or of a place (`knowledge.participant_nouns`)
and that no actor took are kept, keyed by their noun as written; `eventscribe.stories` tells which
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
    lead = [s for s in article.sentences[:LEAD_SENTENCES] if s.coded]
    if article.doc is None or not lead:
        return []
    taken = {char for m in article.mentions if m.actor_id for char in range(m.start, m.end)}
    sentence_at = {char: s.index for s in lead for char in range(s.start, s.end)}
    found = []
    for chunk in _chunks_until(article.doc, lead[-1].end):
        head = chunk.root
        if head.idx in sentence_at and head.idx not in taken and _participant(head):
            found.append(Participant(chunk.start_char, chunk.end_char, chunk.text,
                                     sentence_at[head.idx], head.lower_))  # fmt: skip
    return found


def _chunks_until(doc: Any, end: int) -> Any:
    """The document's noun phrases up to character `end`: the language's noun-chunk
    iterator run on the lead alone (`Doc.noun_chunks`, and a span's, read the whole document)."""
    lead = char_span(doc, 0, end)
    for start, stop, _ in doc.noun_chunks_iterator(lead) if lead is not None else ():
        yield doc[start:stop]


def _participant(head: Any) -> bool:
    """A common noun of people or of a place: "hackers", "technician", "school"; capitalised
    at the head of a sentence, where the tagger may call it a name ("Hackers broke in")."""
    if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.is_sent_start and not head.ent_type_):
        return False
    return knowledge.is_participant_noun(head.lemma_) or knowledge.is_participant_noun(head.text)
