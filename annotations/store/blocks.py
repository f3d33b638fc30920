"""Which block file holds each annotation of one article, and how full each block is.

An article's annotations are kept in blocks of at most `ANNOTATION_BLOCK` (see `layout`), so a
save rewrites one block, never the whole article: an article of 20,000 annotations costs a save
what one of 200 does. A new annotation goes to the last block until it is full, then opens the
next; one removed leaves room in its block that is not filled again (blocks are not renumbered,
so the operations a journal names stay right).
"""

from __future__ import annotations

from annotations.store.layout import ANNOTATION_BLOCK


class Blocks:
    """The blocks of one loaded article."""

    def __init__(self) -> None:
        self._of: dict[str, int] = {}
        self._sizes: dict[int, int] = {}
        self._last = 0

    def found(self, number: int, annotation_id: str | None = None) -> None:
        """Note a block read from disk (and an annotation read from it)."""
        self._sizes.setdefault(number, 0)
        self._last = max(self._last, number)
        if annotation_id is not None and annotation_id not in self._of:
            self._of[annotation_id] = number
            self._sizes[number] += 1

    def place(self, annotation_id: str) -> int:
        """The block to store `annotation_id` in: its own, or the last one with room."""
        number = self._of.get(annotation_id)
        if number is None:
            last = self._last
            number = last if self._sizes.get(last, 0) < ANNOTATION_BLOCK else last + 1
            self._last = number
            self._of[annotation_id] = number
            self._sizes[number] = self._sizes.get(number, 0) + 1
        return number

    def remove(self, annotation_id: str) -> int | None:
        """The block `annotation_id` is removed from; None if it is in none."""
        number = self._of.pop(annotation_id, None)
        if number is not None:
            self._sizes[number] -= 1
        return number

    def numbers(self) -> list[int]:
        """Every block of the article, on disk or to be written."""
        return sorted(self._sizes)
