"""What a name field completes to as the analyst types: a name the corpus knows, whole, or else
the word being typed, from the article's own words.

Typing an actor's name the first time it is tagged was most of the keys an article took (the
letters of "Resistance forces (PDF and allied groups)", 41 keys, where only the brackets and
short words are not in the article). A name the corpus knows completes whole after a letter or
two; a new one completes a word at a time, each word from the article in front of the analyst
(or from a name the corpus knows), taken with → as the whole name is.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from annotations.text.normalize import unaccented_casefold

_SEPARATORS = re.compile(r"[\s/()\[\]{}\"“”‘«»—–,;:!?]+|-{2,}|\.(?=\s|$)")
"""What stands between the words of a text or of a name being typed (a hyphen or an apostrophe
inside a word is part of it: "al-Qaeda", "O’Brien"; two hyphens are a dash)."""
_POSSESSIVE = ("’s", "'s")
_NAME_GOES_ON = (
    r"(?-i:(?:[ \t]+(?:(?:of|for|the|de|du|des|al|el)[ \t]+)*(?!(?:Chairman|President|Commander|Leader|Spokesman|"
    r"Spokeswoman|Minister|General|Colonel|Major|Captain|Governor|Director|Chief|Secretary|Mr|Ms|Mrs|Dr)\b)"
    r"[A-Z][\w’'-]*)*)"
)
"""The rest of a name in the text: capitalised words, and the small words between them ("Sudan Liberation Army",
"Movement for the Liberation of …"); not "and" (two names: "El Fasher and Tawila") nor a title after the name
("Sudan Liberation Movement Chairman Abdel Wahid": helper-318)."""
SHORTEST_WORD = 4
"""Shorter words gain nothing from completion (typing them costs as much as taking them)."""
WORDS_AROUND = 50_000
"""How far around the tagged words a long article's words are read from (a 2 MB article's took
75 ms, at the first letter typed; the whole of any usual article is within this)."""


def words_near(text: str, start: int, end: int) -> str:
    """The part of an article whose words a name tagged at start..end completes to."""
    if len(text) <= 2 * WORDS_AROUND:
        return text
    return text[max(0, start - WORDS_AROUND) : end + WORDS_AROUND]


_NEXT_WORD = re.compile(r"\s*\S+")


def one_word_of(typed: str, offered: str) -> str:
    """What is typed with one more word of what is offered (ctrl+→, as a shell takes one word of
    its suggestion): "Myanmar mil" offered "Myanmar military government (Naypyitaw)" gives
    "Myanmar military", when the analyst means another name that begins the same."""
    rest = _NEXT_WORD.match(offered, len(typed))
    return offered[: rest.end()] if rest is not None else offered


class NameCompletion:
    """Completion for one name field: `known` names whole (first match in their order), else the
    last word typed from `words_of` (the article), the likeliest first."""

    def __init__(self, known: Iterable[str], words_of: str = "") -> None:
        self._known = [(name, _compared(name)) for name in known]
        self._text = words_of
        self._extra = tuple(word for name, _ in self._known for word in words_in(name))
        self._by_start: dict[str, list[tuple[str, str]]] | None = None
        """The ranked words by the first letter of their folded form, read at the first word typed."""
        self._last: tuple[str, str | None] = ("", None)
        """The last value asked for and what it completes to: the field's completion shown and the form's hint ask
        for the same value at each key (`_phrase` reads the whole article)."""

    def complete(self, typed: str) -> str | None:
        """What `typed` completes to: the whole of it (it starts with `typed`, whatever the case or
        accents typed), or None."""
        if typed != self._last[0]:
            self._last = (typed, self._completed(typed))
        return self._last[1]

    def _completed(self, typed: str) -> str | None:
        if not typed:
            return None
        compared = _compared(typed)
        whole = next((name for name, known in self._known if known.startswith(compared)), None)
        phrase = self._phrase(typed)  # two words typed: the name the article in front of the analyst writes first
        if phrase is not None and not (whole is not None and _compared(whole).startswith(_compared(phrase))):
            return phrase  # (the corpus's "Sudan Liberation Army" was offered for "Sudan Lib" where the article names
            # the Sudan Liberation Movement, and saved: helper-320); not a known name's first words (helper-361's
            # "Suspected jih" lost the known "Suspected jihadist fighters" to the article's "Suspected jihadist")
        if whole is not None:
            return whole
        return self._word(typed)

    def _phrase(self, typed: str) -> str | None:
        """Two words or more typed as a name of the article begins ("Sudan L" where it names the Sudan Liberation
        Army): that name, to its last capitalised word, the most frequent first. A word at a time, "Sudan L" had
        completed to "Sudan Lawyers", a name the article never wrote (helper-315's affiliation was saved so)."""
        words = typed.split()
        if len(words) < 2 or not self._text:
            return None
        begun = r"\s+".join(re.escape(word) for word in words)
        counts: Counter[str] = Counter()
        for found in re.finditer(rf"(?<![\w’'-]){begun}[\w’'-]*{_NAME_GOES_ON}", self._text, re.IGNORECASE):
            name = found.group().rstrip().removesuffix("’s").removesuffix("'s").rstrip("’'-")  # "‘Resistance Front’"
            if len(name) > len(typed):
                counts[name] += 1
        if not counts:
            return None
        name = min(counts, key=lambda n: (-counts[n], len(n), n))
        return typed + name[len(typed) :] if name.startswith(typed) else name  # as the article writes it (helper-318:
        # "sudan law" offered "sudan lawyers Committee")

    def _word(self, typed: str) -> str | None:
        cut = max((m.end() for m in _SEPARATORS.finditer(typed)), default=0)
        start = typed[cut:]
        if not start or not _is_letter(start[0]):
            return None  # nothing begun, or a word glued to a digit ("4Ku")
        compared = _compared(start)
        if self._by_start is None:
            self._by_start = {}
            for ranked in _ranked(self._text, self._extra):
                self._by_start.setdefault(ranked[1][:1], []).append(ranked)
        candidates = self._by_start.get(compared[:1], ())
        found = [word for word, known in candidates if known.startswith(compared) and known != compared]
        if not found:
            return None
        word = next((w for w in found if w.startswith(start)), None)  # written as typed, first ("Nat": National)
        if word is None:
            word = found[0]
            if not word.isupper() and word[: len(start)].casefold() == start.casefold():
                return typed + word[len(start) :]  # the letters typed stay ("Resid": Residents; "Al-q": Al-qaeda)
        return typed[:cut] + word  # an acronym, or other accents: as written ("nato": NATO, "Far": Fāryāb)


def words_in(text: str) -> list[str]:
    """The words of a text as completion offers them: cut at spaces, brackets, quotes and dashes,
    without the punctuation around them or a possessive ("Afghanistan’s" is Afghanistan),
    beginning with a letter of any script (its combining marks kept: "မြန်မာ", "मोदी")."""
    words = []
    for piece in _SEPARATORS.split(text):
        word = _trimmed(piece)
        if word.endswith(_POSSESSIVE):
            word = word[:-2]
        if word and _is_letter(word[0]):
            words.append(word)
    return words


def _trimmed(piece: str) -> str:
    start, end = 0, len(piece)
    while start < end and not _is_word_character(piece[start]):
        start += 1
    while end > start and not _is_word_character(piece[end - 1]):
        end -= 1
    return piece[start:end]


def _is_letter(character: str) -> bool:
    return unicodedata.category(character)[0] == "L"


def _is_word_character(character: str) -> bool:
    return unicodedata.category(character)[0] in "LNM"  # letters, digits, combining marks


def _compared(text: str) -> str:
    """Case, accents and the curly apostrophe folded: "o'br" finds "O’Brien", "far" Fāryāb."""
    return unaccented_casefold(text).replace("’", "'")


@lru_cache(maxsize=4)  # one article's forms ask again and again; a few articles are open in turn
def _ranked(text: str, extra: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The words worth completing to (with their folded form), the most frequent in the article
    first, then the shorter, then in alphabetical order: the same letters always complete to the
    same word."""
    counts = Counter(word for word in words_in(text) if len(word) >= SHORTEST_WORD)
    for word in extra:
        if len(word) >= SHORTEST_WORD:
            counts.setdefault(word, 0)
    ordered = sorted(counts, key=lambda word: (-counts[word], len(word), word))
    return tuple((word, _compared(word)) for word in ordered)
