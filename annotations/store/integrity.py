"""A full integrity check of a store: what must hold for the data to be trusted.

Checks every article's hash against its text, every annotation's offsets and quote, every
reference (entities, claimants, claim links), the cached counts in the catalog and the undo
history. Returns problems; fixing them is the caller's decision.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from annotations.errors import FieldmarkError
from annotations.model import KINDS, Annotation, ClaimAttributes, text_sha256
from annotations.store import Store
from annotations.text.normalize import normalize_text


@dataclass(frozen=True, slots=True)
class Problem:
    """One broken rule, named by the ids of the records involved."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def check_store(store: Store) -> list[Problem]:
    """Every problem found in `store`, or an empty list when all is well."""
    problems: list[Problem] = []
    entity_ids = {entity.id for entity in store.entities()}
    for summary in store.articles():
        where = f"article {summary.id}"
        try:
            article = store.article(summary.id)
            annotations = store.annotations(summary.id)
        except FieldmarkError as error:
            problems.append(Problem(where, f"cannot be read: {error}"))
            continue
        if text_sha256(article.text) != summary.sha256:
            problems.append(Problem(where, "text does not match its sha256"))
        if normalize_text(article.text) != article.text:
            problems.append(Problem(where, "text holds control characters or line breaks that Fieldmark removes"))
        if summary.chars != len(article.text):
            problems.append(Problem(where, f"catalog says {summary.chars} characters, text has {len(article.text)}"))
        ids = {a.id: a.entity_id for a in annotations}
        counts: Counter[str] = Counter()
        for annotation in annotations:
            counts[annotation.kind if annotation.status == "accepted" else "suggested"] += 1
            problems.extend(_check_annotation(store, annotation, article.text, ids, entity_ids))
        for kind in (*KINDS, "suggested"):
            if summary.count(kind) != counts[kind]:
                problems.append(Problem(where, f"catalog counts {summary.count(kind)} {kind}, found {counts[kind]}"))
    problems.extend(_check_history(store))
    problems.extend(Problem(where, what) for where, what in store.damage())  # found while reading all of it
    return problems


def _check_annotation(
    store: Store, annotation: Annotation, text: str, ids: dict[str, str | None], entity_ids: set[str]
) -> list[Problem]:
    where = f"annotation {annotation.id} (article {annotation.article_id})"
    problems: list[Problem] = []
    if not 0 <= annotation.start < annotation.end <= len(text):
        return [Problem(where, f"offsets {annotation.start}-{annotation.end} outside the text")]
    if text[annotation.start : annotation.end] != annotation.quote:
        problems.append(Problem(where, "quote does not match the text at its offsets"))
    if annotation.entity_id and annotation.entity_id not in entity_ids:
        problems.append(Problem(where, f"unknown entity {annotation.entity_id}"))
    attributes = annotation.attributes
    if isinstance(attributes, ClaimAttributes):
        claimant = attributes.claimant_annotation_id
        if claimant and claimant not in ids:
            problems.append(Problem(where, f"claimant {claimant} is missing"))
        elif claimant and ids[claimant] and attributes.claimant_entity_id != ids[claimant]:
            said = f"claimant's entity {attributes.claimant_entity_id} is not its mention's ({ids[claimant]})"
            problems.append(Problem(where, said))
        for entity_id in (attributes.claimant_entity_id, *attributes.places, *attributes.actors):
            if entity_id and entity_id not in entity_ids:
                problems.append(Problem(where, f"unknown entity {entity_id}"))
        for link in attributes.links:
            try:
                store.annotation(link.article_id, link.annotation_id)
            except FieldmarkError:
                problems.append(Problem(where, f"linked claim {link.annotation_id} is missing"))
    return problems


def _check_history(store: Store) -> list[Problem]:
    return [Problem("history", message) for message in store.history_problems()]
