"""What the server's tests share besides their fixtures (in `conftest`): the article's text and
a mention in it."""

from __future__ import annotations

from annotations.model import Annotation, Article

from ...helpers import span

TEXT = "The Taliban said on Monday that they captured Kunduz. Officials in Kabul denied it."


def mention(article: Article, words: str, kind: str = "district", annotator: str = "ana") -> Annotation:
    return Annotation.create(article, kind, *span(article, words), annotator=annotator)  # type: ignore[arg-type]
