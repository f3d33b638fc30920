"""The claims of other articles that link to claims about to be deleted.

A deleted claim takes the links to it along (`Store.delete_annotations`): left behind, they named
nothing, the linking claim showed "(missing)" and `fieldmark check` reported it. A store keeps no
index of links, and reading every article to find them would make a deletion's cost grow with
the corpus; the claims index (what the claims board reads, kept per article revision) holds each
claim's links, so only the articles it names as linking are read.
"""

from __future__ import annotations

from collections.abc import Iterable, Set

from annotations.claims.index import ClaimsIndex, store_reader
from annotations.errors import ConnectionLostError
from annotations.model import Annotation
from annotations.store import Store
from annotations.store.references import mentions_named

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
            if summary.id not in own and any(
                (k.article_id, k.annotation_id) in targets for f in facts for k in f.links
            ):
                found += _claims_linking(store, summary.id, targets)
    except ConnectionLostError:  # a server away, an article never read here: the deletion is kept as
        pass  # any change with the links found, and the server refuses it when sent if another links to it
    return found


def _claims_linking(store: Store, article_id: str, targets: Set[Claim]) -> list[Annotation]:
    """The claims of another article than the targets' that link to one of them (what such a
    claim names in its own article, its claimant's mention, is none of them)."""
    return [claim for claim in store.annotations(article_id, kind="claim") if mentions_named(claim) & targets]
