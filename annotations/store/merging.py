"""Merging another database's annotations into an article without overwriting anyone's work.

Same id and same content: already here. Same id, other content, other annotator: both analysts'
work survives, the newcomer under a new id. Same id and annotator but other content: ours is
kept. An annotation whose content is already here under another id (an earlier merge renamed
it) is not added twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from annotations.model import Annotation, Article, new_id
from annotations.store.changes import Change


def content_key(annotation: Annotation) -> bytes:
    """What an annotation says, without its id and its times: two analysts' copies of one mark
    compare equal, and so does one read again from a format that keeps no times (brat: a second
    import of the same export counted every annotation as a conflict)."""
    record = annotation.to_dict()
    for volatile in ("id", "created", "modified"):
        record.pop(volatile, None)
    return repr(sorted(record.items())).encode()


def merged_rejections(article_id: str, current: frozenset[str], incoming: Iterable[str]) -> tuple[Change | None, int]:
    """The change that adds `incoming` rejected keys to an article's `current` ones (None when it
    holds them all), and how many it adds."""
    keys = current | set(incoming)
    if keys == current:
        return None, 0
    before = {"keys": sorted(current)} if current else None
    return Change("rejections", article_id, article_id, before, {"keys": sorted(keys)}), len(keys) - len(current)


def merged_annotations(
    article: Article, existing: Mapping[str, Annotation], incoming: Iterable[Annotation]
) -> tuple[list[Annotation], dict[str, int]]:
    """The annotations to add to `article` (which holds `existing`), and counts of "added",
    "same", "renamed" and "kept". Every incoming annotation must fit the article's text."""
    counts = {"added": 0, "same": 0, "renamed": 0, "kept": 0}
    current = dict(existing)
    contents = {content_key(a) for a in current.values()}
    added: list[Annotation] = []
    for annotation in incoming:
        annotation = replace(annotation, article_id=article.id)
        annotation.validate_against(article)
        ours = current.get(annotation.id)
        if ours == annotation or (ours is not None and content_key(annotation) in contents):
            counts["same"] += 1  # already here (perhaps under the new id an earlier merge gave it)
            continue
        if ours is not None:
            if ours.annotator == annotation.annotator:
                counts["kept"] += 1
                continue
            annotation = replace(annotation, id=new_id("ann"))
            counts["renamed"] += 1
        else:
            counts["added"] += 1
        added.append(annotation)
        current[annotation.id] = annotation
        contents.add(content_key(annotation))
    return added, counts
