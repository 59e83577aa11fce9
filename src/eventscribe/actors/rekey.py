"""Renaming an article's actors after resolution: their ids in the actors table and in every
mention that names them. Two actors given one id become one (forms and roles joined)."""

from __future__ import annotations

from eventscribe.article import Actor, Article


def rename_actors(article: Article, renamed: dict[str, str]) -> None:
    """Move the actors `renamed` maps (old id -> new id) to their new ids."""
    if not renamed:
        return
    actors: dict[str, Actor] = {}
    for old_id, actor in article.actors.items():
        new_id = renamed.get(old_id, old_id)
        actor.id = new_id
        if new_id in actors:
            kept = actors[new_id]
            kept.forms.extend(f for f in actor.forms if f not in kept.forms)
            kept.roles.extend(actor.roles)
        else:
            actors[new_id] = actor
    article.actors = actors
    for mention in article.mentions:
        if mention.actor_id in renamed:
            mention.actor_id = renamed[mention.actor_id]
