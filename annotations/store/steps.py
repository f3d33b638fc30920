"""What one step of annotation work records, whatever the backend stores it in: the changes
of a deletion (claims that named a deleted mention keep its entity), the move of an article
from "todo" to "in progress" when work on it starts, and the labels the history shows."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from annotations.errors import ValidationError
from annotations.model import Annotation, ArticleStatus
from annotations.store.changes import Change
from annotations.store.references import claims_detached_from, claims_unlinked_from
from annotations.text.quotes import shorten


def quoted(quote: str) -> str:
    """A quote for a history label, without its own quotation marks (the label adds them)."""
    return f"“{shorten(quote, 40, strip_quotes=True)}”"


def deletion(gone: Sequence[Annotation], claims: Iterable[Annotation]) -> tuple[str, list[Change]]:
    """The label and changes of deleting `gone` (annotations of one article) with `claims` (the
    article's, and those of other articles that link to one of them): each claim that named one
    as claimant is detached from it, and links to a deleted claim go."""
    ids = {(a.article_id, a.id) for a in gone}
    kept = {(c.article_id, c.id): c for c in claims if (c.article_id, c.id) not in ids}
    before = {key: c.to_dict() for key, c in kept.items()}
    for annotation in gone:
        for claim, detached in claims_detached_from(annotation, list(kept.values())):
            kept[(claim.article_id, claim.id)] = detached
    unlinked = list(claims_unlinked_from(gone, list(kept.values())))
    for claim, without in unlinked:
        kept[(claim.article_id, claim.id)] = without
    changes = [Change("annotation", a.id, a.article_id, a.to_dict(), None) for a in gone]
    edited = [Change("annotation", c.id, c.article_id, before[key], c.to_dict()) for key, c in kept.items()]
    changes += [change for change in edited if change.after != change.before]
    first = gone[0]
    what = f"{first.kind} {quoted(first.quote)}" if len(gone) == 1 else f"{len(gone)} mentions of {quoted(first.quote)}"
    return f"delete {what}{_unlinked_said(len(unlinked))}", changes


def _unlinked_said(count: int) -> str:
    if not count:
        return ""
    return " and 1 claim's link to it" if count == 1 else f" and {count} claims' links to it"


def check_details(published: str | None, source: str) -> dict[str, str | None]:
    """An article's date and source as stored: an ISO date (or none) and one clean line."""
    from datetime import date

    from annotations.text.normalize import clean_line

    if published is not None:
        try:
            published = date.fromisoformat(published).isoformat()
        except ValueError:
            raise ValidationError(f"publication date {published!r} is not a date (YYYY-MM-DD)") from None
    return {"published": published, "source": clean_line(source)}


def starting_work(article_ids: Iterable[str], status_of: Callable[[str], ArticleStatus]) -> list[Change]:
    """The articles still to do move to "in progress" with the first annotation made in them."""
    return [
        Change("status", i, i, {"status": "todo"}, {"status": "in_progress"})
        for i in dict.fromkeys(article_ids)
        if status_of(i) == "todo"
    ]


def new_only_if_made(label: str, changes: Sequence[Change]) -> str:
    """A step's label without its " (new)" once the step makes no entity: linked when sent to
    one another analyst made meanwhile, or left by an undo to the others' tags naming it (a
    newcomer's redo said "add actor “Taliban” (new)" of an actor bo's tags had named for a while)."""
    if label.endswith(" (new)") and not any(c.record == "entity" and c.before is None for c in changes):
        return label.removesuffix(" (new)")
    return label
