"""The keys a person would use to reach words: a search's words found in any case and either
apostrophe, and the fewest alt+arrow keys that grow or shrink a span to the gold words (split from
`keystrokes`, which was over 450 lines)."""

from __future__ import annotations

import re
from collections import deque

from annotations.forms.spans import resized

SPAN_KEYS = {
    ("end", 1): "alt+right",
    ("end", -1): "alt+left",
    ("start", 1): "alt+shift+left",
    ("start", -1): "alt+shift+right",
}


def find(text: str, words: str, start: int = 0) -> tuple[int, int] | None:
    """Where `words` first occur in `text` from `start`, in any case, either apostrophe."""
    pattern = re.escape(words).replace("’", "'").replace("'", "['’]").replace(r"\ ", r"\s+")
    found = re.compile(pattern, re.IGNORECASE).search(text, start)
    return found.span() if found is not None else None


def shortest_moves(text: str, span: tuple[int, int], target: tuple[int, int], depth: int = 8) -> list[str] | None:
    """The fewest alt+arrow keys that turn `span` into `target` (None: not within `depth`)."""
    queue: deque[tuple[tuple[int, int], list[str]]] = deque([(span, [])])
    seen = {span}
    while queue:
        current, path = queue.popleft()
        if current == target:
            return path
        if len(path) >= depth:
            continue
        for (edge, direction), key in SPAN_KEYS.items():
            moved = resized(text, current, edge, "word", direction)
            if moved not in seen:
                seen.add(moved)
                queue.append((moved, [*path, key]))
    return None
