"""From an export's records to the records Fieldmark stores, checked whole before anything is.

Every string is normalised as it would have been at ingest (the model's records clean names,
titles, annotators; the article text is normalised here). When normalising changed the text, each
annotation is found again from its (normalised) quote and context, or reported. A record that
cannot become a valid one is refused with a line saying which and why: nothing of the file is
stored then.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotations.errors import ValidationError
from annotations.model import CONTEXT_CHARS, Annotation, Article, Entity, article_id_for
from annotations.text.anchoring import normalize_fragment, reanchor
from annotations.text.normalize import clean_line, normalize_text


@dataclass
class PreparedArticle:
    article: Article
    annotations: list[Annotation] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    """Annotations that could not be placed in the text (reported, not stored)."""
    reanchored: int = 0
    rejected: tuple[str, ...] = ()
    """The suggestion keys rejected in the article (outside text: control characters gone)."""


def prepare_article(record: Mapping[str, Any]) -> PreparedArticle:
    """The article and annotations an export's article record holds; ValidationError names the
    first record that cannot be stored."""
    raw_text = record["text"]
    if not isinstance(raw_text, str):
        raise ValidationError("text must be text")
    text = normalize_text(raw_text)
    if not text:
        raise ValidationError("no text left once control characters are removed")
    article = Article(
        id=article_id_for(text),
        title=record.get("title") or "",
        text=text,
        source=record.get("source") or "",
        published=record.get("published"),
        status=record.get("status", "todo"),
        metadata=record.get("metadata") or {},
    )
    rejected = record.get("rejected_suggestions") or []
    if not isinstance(rejected, list) or not all(isinstance(key, str) for key in rejected):
        raise ValidationError("rejected_suggestions must be a list of text")
    prepared = PreparedArticle(article, rejected=tuple(k for k in map(clean_line, rejected) if k))
    for raw in record.get("annotations") or ():
        _prepare_annotation(prepared, raw, moved=text != raw_text)
    return prepared


def _prepare_annotation(prepared: PreparedArticle, raw: Mapping[str, Any], *, moved: bool) -> None:
    ident = raw.get("id", "?")
    start, end, quote = raw.get("start"), raw.get("end"), raw.get("quote")
    for name, value in (("start", start), ("end", end)):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValidationError(f"annotation {ident}: {name} must be a whole number, not {value!r}")
    if not isinstance(quote, str):
        raise ValidationError(f"annotation {ident}: quote must be text")
    assert isinstance(start, int) and isinstance(end, int)
    prefix, suffix = str(raw.get("prefix") or ""), str(raw.get("suffix") or "")
    if moved:
        quote, prefix, suffix = normalize_fragment(quote), normalize_fragment(prefix), normalize_fragment(suffix)
    text = prepared.article.text
    span = reanchor(text, start, end, quote, prefix, suffix)
    if span is None:
        prepared.problems.append(
            f"article {prepared.article.id}: annotation {ident} ({quote[:40]!r}) not found in the text"
        )
        return
    if span != (start, end):
        prepared.reanchored += 1
    context = (text[max(0, span[0] - CONTEXT_CHARS) : span[0]], text[span[1] : span[1] + CONTEXT_CHARS])
    record = {**raw, "article_id": prepared.article.id, "start": span[0], "end": span[1], "quote": quote}
    record.update(prefix=context[0], suffix=context[1])  # the context is the stored text's own
    try:
        prepared.annotations.append(Annotation.from_dict(record))
    except (ValidationError, TypeError, KeyError, ValueError) as error:
        raise ValidationError(f"annotation {ident}: {error}") from None


def claim_keys(prepared: PreparedArticle) -> set[tuple[str, str]]:
    """(article id, claim id) of the article's claims: what links in the same file may name."""
    return {(prepared.article.id, a.id) for a in prepared.annotations if a.kind == "claim"}


def prepare_entities(records: Sequence[Mapping[str, Any]]) -> list[Entity]:
    """The entities of an export; ValidationError names the first that cannot be stored."""
    entities = []
    for number, record in enumerate(records):
        try:
            entities.append(Entity.from_dict(record))
        except (ValidationError, TypeError, KeyError, ValueError, AttributeError) as error:
            ident = record.get("id", number) if isinstance(record, Mapping) else number
            raise ValidationError(f"entity {ident}: {error}") from None
    return entities
