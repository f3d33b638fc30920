"""The claims of other articles that link to claims about to be deleted.

A deleted claim takes the links to it along (`Store.delete_annotations`): left behind, they named
nothing, the linking claim showed "(missing)" and `fieldmark check` reported it. A store keeps no
index of links, and reading every article to find them would make a deletion's cost grow with
the corpus; the claims index (what the claims board reads, kept per article revision) holds each
claim's links, so only the articles it names as linking are read.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from annotations.claims.index import ClaimsIndex, store_reader
from annotations.errors import ConnectionLostError
from annotations.model import Annotation, ClaimAttributes, ClaimLink
from annotations.store import Store

Claim = tuple[str, str]
"""(article id, claim id)."""


def claims_linking_to(store: Store, gone: Iterable[Annotation]) -> list[Annotation]:
    """The claims of other articles than the deleted claims' own that link to one of them."""
    targets = {(a.article_id, a.id) for a in gone if a.kind == "claim"}
    if not targets:
        return []
    own = {article_id for article_id, _ in targets}
    index = ClaimsIndex(store.derived_folder())
    found: list[Annotation] = []
    try:
        for summary, facts in index.every_article(store.articles(), store_reader(store)):
            if summary.id not in own and any(_links_to(link, targets) for fact in facts for link in fact.links):
                found += _claims_linking(store, summary.id, targets)
    except ConnectionLostError:  # a server away, an article never read here: the deletion is kept as
        pass  # any change with the links found, and the server refuses it when sent if another links to it
    return found


def _claims_linking(store: Store, article_id: str, targets: Collection[Claim]) -> list[Annotation]:
    claims = store.annotations(article_id, kind="claim")
    return [claim for claim in claims if any(_links_to(link, targets) for link in _links(claim))]


def _links(claim: Annotation) -> tuple[ClaimLink, ...]:
    return claim.attributes.links if isinstance(claim.attributes, ClaimAttributes) else ()


def _links_to(link: ClaimLink, targets: Collection[Claim]) -> bool:
    return (link.article_id, link.annotation_id) in targets
