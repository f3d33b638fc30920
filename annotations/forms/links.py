"""Claims a claim can link to (corroborates, contradicts), across the corpus, with readable labels.

Listing them reads every article that has claims; the ones read only for this are let go again
afterwards, so opening claim forms all day never fills memory with the corpus.
"""

from __future__ import annotations

from dataclasses import replace

from annotations.errors import FieldmarkError, ValidationError
from annotations.model import Annotation, ClaimAttributes, ClaimLink
from annotations.store import Entry, Store
from annotations.text.quotes import shorten

LinkTarget = tuple[str, str]
"""(article id, claim id)."""


def claim_label(store: Store, article_id: str, annotation_id: str, *, here: str | None = None) -> str:
    """`“opening of the claim” · Title of the article` (its words first: a choice cut to fit
    showed only the title, the same for every claim of an article), "this article" for `here`;
    or the id marked missing."""
    try:
        claim = store.annotation(article_id, annotation_id)
        title = "this article" if article_id == here else shorten(store.summary(article_id).title, 24)
    except FieldmarkError:
        return f"{annotation_id} (missing)"
    return f"“{shorten(claim.quote, 48, strip_quotes=True)}” · {title}"


def link_claims(store: Store, article_id: str, claim_id: str, link: ClaimLink) -> Entry | None:
    """Add `link` to a stored claim, as one undoable step; None when it is linked so already."""
    claim = store.annotation(article_id, claim_id)
    attributes = claim.attributes
    if not isinstance(attributes, ClaimAttributes):
        raise ValidationError(f"{claim_id} is not a claim")
    if link in attributes.links or linked_back(store, article_id, claim_id, link):
        return None
    edited = claim.edited(attributes=replace(attributes, links=(*attributes.links, link)))
    return store.update_annotation(edited, label=f"link claims: {link.type}")


def linked_back(store: Store, article_id: str, claim_id: str, link: ClaimLink) -> bool:
    """Whether the other claim links to this one so already: a link of one type holds both ways (a
    newcomer's `L` on the board stored "contradicts" again, the other way round, so that the two
    claims each contradicted the other twice over in the exports)."""
    try:
        other = store.annotation(link.article_id, link.annotation_id)
    except FieldmarkError:
        return False  # gone: the link is refused where it is saved, saying so
    back = ClaimLink(link.type, article_id, claim_id)
    return isinstance(other.attributes, ClaimAttributes) and back in other.attributes.links


def link_targets(store: Store, article_id: str, exclude: str | None = None) -> list[tuple[str, LinkTarget, str]]:
    """Every claim of the corpus but `exclude`, this article's first: its label, and the words a
    chooser finds it by (all its words and its claimant's name: the label holds only its opening,
    and a newcomer typing "villagers" or the claimant found nothing)."""
    order = [article_id] + [s.id for s in store.articles() if s.id != article_id and s.count("claim")]
    loaded_here = [a for a in order if not store.is_loaded(a)]
    targets: list[tuple[str, LinkTarget, str]] = []
    try:
        for other in order:
            for claim in store.annotations(other, kind="claim"):
                if claim.id != exclude:
                    label = claim_label(store, other, claim.id, here=article_id)
                    targets.append((label, (other, claim.id), _searched_by(store, claim)))
    finally:
        store.release(loaded_here)
    return targets


def _searched_by(store: Store, claim: Annotation) -> str:
    """A claim's words and its claimant's name."""
    attributes = claim.attributes
    speaker = store.get_entity(attributes.claimant_entity_id) if isinstance(attributes, ClaimAttributes) else None
    return f"{claim.quote} {speaker.name}" if speaker is not None else claim.quote
