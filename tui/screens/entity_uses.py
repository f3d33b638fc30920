"""What the entities screen lists under the highlighted entity: its mentions, each in the words
around it, and the claims naming it or about it, numbered for the keys 1-8 (split from
`entities`, which was over 450 lines)."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text

from annotations.entities.usage import Usage
from annotations.errors import FieldmarkError
from annotations.model import ActorDetails, Annotation, Entity
from annotations.store import Store
from annotations.text.navigation import sentence_at
from annotations.text.quotes import shorten

SHOWN = range(1, 9)
"""The uses listed under the entity, numbered for the keys 1-8."""


def uses_text(
    store: Store, entity: Entity, use: Usage, about: Mapping[str, set[tuple[str, str]]], width: int, lines: int
) -> Text:
    """The entity's name, then its uses the box has room for (`lines`, `width`), and what is left out."""
    mentions, claims = listed_uses(store, entity.id, use, about)
    shown = uses_shown(mentions, claims, lines)
    text = Text()
    text.append(entity.name, style="bold")
    details = entity.details
    if isinstance(details, ActorDetails) and details.affiliation:
        text.append(f"  affiliated with {details.affiliation}", style="dim")
    for number, annotation in zip(SHOWN, shown, strict=False):
        what = f"{number} claim" if annotation.kind == "claim" else f"{number} mention"
        title = shorten(store.summary(annotation.article_id).title, max(20, width // 3))
        text.append(f"\n{what:9} {title}: ", style="dim")
        text.append_text(in_context(store, annotation, width - len(title) - 10))
    more = _more(
        len(mentions) - sum(a.kind != "claim" for a in shown), len(claims) - sum(a.kind == "claim" for a in shown)
    )
    if more:
        text.append(f"\n… and {more} not listed here", style="dim")
    if not use.used:
        text.append("\nNothing points to it any more (P removes such entities).", style="dim")
    return text


def uses_shown(mentions: list[Annotation], claims: list[Annotation], lines: int) -> list[Annotation]:
    """The uses a box of `lines` has room for (at most 8, for the keys 1-8), mentions first: claims
    keep at least half the room (a newcomer's five mentions left two of five claims, cut off
    with no word of the rest)."""
    room = min(len(SHOWN), lines - 2)  # less the name's line and the one of what is not listed
    if len(mentions) + len(claims) <= min(len(SHOWN), lines - 1):
        return [*mentions, *claims]
    claim_room = min(len(claims), max(room // 2, room - len(mentions)))
    mention_room = min(len(mentions), room - claim_room)
    return [*mentions[:mention_room], *claims[: room - mention_room]]


def listed_uses(
    store: Store, entity_id: str, use: Usage, about: Mapping[str, set[tuple[str, str]]]
) -> tuple[list[Annotation], list[Annotation]]:
    """An entity's uses: its mentions, and the claims naming it or about it (a place or an actor
    tagged inside a claim: what the claims column counts)."""
    claims = {(c.article_id, c.id): c for c in use.claims}
    for article_id, claim_id in sorted(about.get(entity_id, set()) - claims.keys()):
        try:
            claims[(article_id, claim_id)] = store.annotation(article_id, claim_id)
        except FieldmarkError:
            continue  # gone since the claims were read
    return list(use.mentions), list(claims.values())


def in_context(store: Store, annotation: Annotation, room: int) -> Text:
    """A mention with the words around it in its sentence, as much as the line holds; a
    claim by its own words."""
    if annotation.kind == "claim":
        return Text(f"“{shorten(annotation.quote, room, strip_quotes=True)}”")
    was_loaded = store.is_loaded(annotation.article_id)
    article_text = store.article(annotation.article_id).text
    if not was_loaded:
        store.release([annotation.article_id])  # browsing entities does not fill memory
    start, end = sentence_at(article_text, annotation.start)
    side = max(0, (room - len(annotation.quote)) // 2)
    low, high = max(start, annotation.start - side), min(end, annotation.end + side)
    before = (
        article_text[low : annotation.start].split(" ", 1)[-1] if low > start else article_text[low : annotation.start]
    )
    after = article_text[annotation.end : high].rsplit(" ", 1)[0] if high < end else article_text[annotation.end : high]
    head = " ".join(before.split()) + (" " if before[-1:].isspace() and before.strip() else "")
    shown = Text(("…" if low > start else "") + head, style="dim")  # "(UNHCR)", not "( UNHCR)"
    shown.append(annotation.quote, style="bold")
    tail = " ".join(after.split())
    shown.append((" " if after[:1].isspace() else "") + tail + ("…" if high < end else ""), style="dim")
    return shown


def _more(mentions: int, claims: int) -> str:
    """What the box leaves out: "2 claims", "1 mention and 3 claims"."""
    parts = [f"{n} {word}{'s' if n != 1 else ''}" for n, word in ((mentions, "mention"), (claims, "claim")) if n > 0]
    return " and ".join(parts)
