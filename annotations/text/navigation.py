"""Moving through article text: words, sentences, paragraphs and names, by offset (finding what
the analyst types: `text.finding`).

Pure functions over the normalised text, so the reader's motions are the same everywhere and
are tested without a screen. Offsets are code points; every function clamps to the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from annotations.text.calendar_words import DAY_NAMES, MONTH_NAMES
from annotations.text.per_text import TEXTS_KEPT

LONGEST = 2000
"""The most characters a sentence or a quotation is looked for in, either way from a position."""

_MARKS = "\u064b-\u065f\u0670"  # Arabic vowel marks
_WORD = re.compile(rf"(?:[A-Z]\.){{2,}}|[\w][\w'’.\-{_MARKS}\u200c\u200d]*[\w{_MARKS}]|\w", re.UNICODE)
"""A word: letters and digits, with apostrophes, dots and hyphens inside, and the zero-width
joiners and Arabic vowel marks that Persian, Dari and Pashto write inside words ("می‌گوید" is one
word: the search's Enter selected "گوید" alone)."""
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n\s*\n")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
"""Between paragraphs: a blank line."""
_POSSESSIVE = re.compile(r"['’]s$")

# Capitalised words that start sentences or attach loosely; they do not begin a name.
NAME_STOPWORDS = frozenset(
    """a an the in on at of for from to by with and or but as after before during since
    according when while if it its this that these those there their they we he she his her
    our you your like unlike near including despite although meanwhile however so then also
    both some many several other others all each every most such
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
NAMED_WITH_THE = frozenset({"hague", "gambia", "bahamas"})
"""Places whose "The" is part of their name: "The Hague" read from its "The" is not "Hague"."""
# Lowercase words allowed inside a name when a capitalised word follows.
_NAME_CONNECTORS = frozenset({"of", "al", "al-", "bin", "ibn", "de", "du", "la", "e", "i"})


def clamp(text: str, pos: int) -> int:
    return max(0, min(len(text), pos))


def words(text: str) -> list[tuple[int, int]]:
    """Every word's (start, end)."""
    return [m.span() for m in _WORD.finditer(text)]


def trimmed_words(text: str) -> list[tuple[int, int]]:
    """Every word's (start, end) without its possessive or trailing full stop: the pieces names
    are made of ("Iran’s" gives "Iran", "U.S." keeps its dot)."""
    return [(start, end) for start, end, _word in trimmed_tokens(text)]


def trimmed_tokens(text: str) -> list[tuple[int, int, str]]:
    """`trimmed_words` with each word's text, found in one pass (the recognisers' tokens)."""
    found = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        if text[end - 1].isalnum() and text[end - 2 : end - 1] not in ("'", "’"):
            found.append((start, end, match.group()))  # most words: nothing to trim
        else:
            start, end = _trim_word(text, start, end)
            found.append((start, end, text[start:end]))
    return found


def word_at(text: str, pos: int) -> tuple[int, int] | None:
    """The word containing `pos` (or just before it), else None."""
    for match in _WORD.finditer(text, max(0, pos - 64)):
        start, end = match.span()
        if start <= pos < end or (end == pos and pos > 0 and not text[pos : pos + 1].strip()):
            return _trim_word(text, start, end)
        if start > pos:
            break
    return None


def _trim_word(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing possessive and sentence full stop from a word's span."""
    token = text[start:end]
    possessive = _POSSESSIVE.search(token)
    if possessive and possessive.start() > 0:
        end = start + possessive.start()
    while end - start > 1 and text[end - 1] in ".-'’" and not _is_abbreviation(text[start:end]):
        end -= 1
    return start, end


def _is_abbreviation(token: str) -> bool:
    """U.S., U.N.: dotted capitals keep their final dot."""
    return bool(re.fullmatch(r"(?:[A-Z]\.){2,}", token))


def next_word(text: str, pos: int) -> int:
    """Start of the next word after `pos`, or the end of the text."""
    for match in _WORD.finditer(text, clamp(text, pos)):
        if match.start() > pos:
            return match.start()
    return len(text)


def word_end(text: str, pos: int) -> int:
    """End of the word after `pos` (vim's `e`: a selection reaching it takes the whole word), or
    the end of the text."""
    for match in _WORD.finditer(text, max(0, clamp(text, pos) - 64)):  # from before the word `pos` is in
        if match.end() > pos:
            return match.end()
    return len(text)


def previous_word(text: str, pos: int) -> int:
    """Start of the word before `pos` (or of the word `pos` is inside), or 0."""
    i = clamp(text, pos) - 1
    while i >= 0 and not text[i].isalnum() and text[i] != "_":
        i -= 1
    while i > 0 and (
        text[i - 1].isalnum() or text[i - 1] == "_" or (text[i - 1] in "'’.-" and i > 1 and (text[i - 2].isalnum()))
    ):
        i -= 1
    return max(i, 0)


_TITLES = frozenset(
    "mr mrs ms dr gen lt col sgt maj capt st no prof gov sen rep adm cmdr brig cpl pfc pvt ssgt".split()
)
_MONTHS = frozenset("jan feb mar apr aug sep sept oct nov dec".split())
"""Months written short before a day: their full stop ends no sentence."""


def _false_stop(text: str, match: re.Match[str]) -> bool:
    """A full stop that ends an abbreviation ("U.S. forces", "Gen. Miller"), not a sentence."""
    if match.group().startswith("\n") or not match.group().startswith("."):
        return False
    word_start = match.start()
    while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start : match.start() + 1]
    following = text[match.end() : match.end() + 2]
    if "\n" in following:
        return False
    if word[:-1].lower() in _MONTHS and following[:1] == " " and following[1:2].isdigit():
        return True  # "on Nov. 24" (AP style)
    if word.lower() in ("a.m.", "p.m."):  # "from 8 p.m. Monday", "11 a.m. Israeli time"; "8 p.m. “Our…”" ends one
        return following[:1] == " " and _A_TIME_GOES_ON.match(text, match.end() + 1) is not None
    if word[:-1].lower() in ("jr", "sr"):
        return following[1:2].islower()  # "Garry Desrosiers Jr. said officers…"; "… Jr. He said" ends one
    initial = _MIDDLE_INITIAL.search(text, max(0, match.start() - 60), match.start() + 1)
    before = (initial.group(1) or "").casefold() if initial is not None else ""
    thing = initial is not None and initial.group(2) in _THINGS  # "relocated to Zone B. Soldiers…"
    if initial is not None and following[1:2].isupper() and before not in _BEFORE_A_THING and not thing:
        return True  # "Arnel S. Villaflor", not "in Area C." nor "as Issa A."
    return bool(re.fullmatch(r"(?:[A-Za-z]\.){2,}", word)) or word[:-1].lower() in _TITLES


_A_TIME_GOES_ON = re.compile(
    rf"(?:[a-z(,;:—–\-]|(?:{DAY_NAMES}|{MONTH_NAMES}|GMT|UTC|ET|EST|EDT|CET|CEST|EAT|WAT|CAT|IST|PKT|MSK|BST|"
    r"PST|PDT|CST|CDT)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|(?:[A-Z][\w\-]+\s+){1,2}[Tt]ime\b)"
)
"""After an hour, words that go on with it: a day, a zone, "Kabul time", words in lower case ("8
a.m. on Monday"); any other word opens a sentence ("shortly after 8 a.m. Gunmen then opened fire":
a speaker's claim ran on into it)."""
_MIDDLE_INITIAL = re.compile(r"(?:(\S+)\s+)?(?<![\w.])([A-Z][a-z]+) [A-HJ-Z]\.$")
"""An initial between a first name and a surname: no sentence ends at its full stop (not "I",
which ends "World War I."), unless the word before says the name is a thing's or is all of the
name ("in Area C.", "with Hepatitis B.", "identified only as Issa A.")."""
_THINGS = frozenset(
    "Zone Block Area Camp Plan Phase Group Sector Line Team Unit Ward Gate Route Building Section Category Class "
    "Grade Type Level Vitamin Hepatitis Site Point Checkpoint Hall Room Wing Tower Platoon Company Squad Annex".split()
)
"""Words a single letter names one of ("Zone B.", "Hepatitis B."): the full stop after it ends a
sentence."""
_BEFORE_A_THING = frozenset(
    "in at on of with as near from the a an by under into for and inside outside has have had is was were are "
    "called".split()
)


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin (first non-space after each sentence end)."""
    return list(_sentence_starts(text))


@lru_cache(maxsize=TEXTS_KEPT)
def _sentence_starts(text: str) -> tuple[int, ...]:
    """Computed once per text: the reader and suggestions ask for sentences many times."""
    starts = [_skip_space(text, 0)]
    for match in _SENTENCE_END.finditer(text):
        if _false_stop(text, match):
            continue
        start = _skip_space(text, match.end())
        if start < len(text) and start != starts[-1]:
            starts.append(start)
    return tuple(starts)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The sentence containing `pos`, without surrounding spaces. A "sentence" longer than
    `LONGEST` (a text without full stops) gives the words within `LONGEST` // 2 of `pos`, so no
    reading of one place has to look at the whole text."""
    starts = _sentence_starts(text)
    index = bisect_right(starts, pos) - 1
    if index < 0:
        start, end = 0, len(text)
    else:
        start = starts[index]
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
    if end - start > LONGEST:
        start, end = _window(text, max(start, pos - LONGEST // 2), min(end, pos + LONGEST // 2))
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences_of(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentences a span lies in begin and end (`sentence_at` of its first and its last character)."""
    return sentence_at(text, start)[0], sentence_at(text, max(start, end - 1))[1]


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """start-end shrunk to whole words."""
    if start > 0 and not text[start - 1].isspace():
        space = text.find(" ", start, end)
        start = space + 1 if space >= 0 else start
    if end < len(text) and not text[end].isspace():
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end


def next_sentence(text: str, pos: int) -> int:
    for start in sentence_starts(text):
        if start > pos:
            return start
    return len(text)


def previous_sentence(text: str, pos: int) -> int:
    best = 0
    for start in sentence_starts(text):
        if start >= pos:
            break
        best = start
    return best


def paragraph_starts(text: str) -> list[int]:
    starts = [_skip_space(text, 0)]
    for match in PARAGRAPH_BREAK.finditer(text):
        starts.append(_skip_space(text, match.end()))
    return starts


def next_paragraph(text: str, pos: int) -> int:
    for start in paragraph_starts(text):
        if start > pos:
            return start
    return len(text)


def previous_paragraph(text: str, pos: int) -> int:
    best = 0
    for start in paragraph_starts(text):
        if start >= pos:
            break
        best = start
    return best


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper() or _is_abbreviation(token)


_PREFIXED_NAME = re.compile(r"(?:al|el|ad|ash|as|an|ar|at|az|ud|ul|ed|en)-[A-Z]")
"""A name word after a lower-case Arabic article ("al-Burhan" of "Abdel Fattah al-Burhan")."""


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_MONTH = re.compile(rf"(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")


def _capitalised_next(text: str, end: int) -> bool:
    """Whether the word after `end`, one space on, is capitalised and no month ("21st March")."""
    following = _WORD.search(text, end)
    if not following or text[end : following.start()] != " ":
        return False
    return _is_capitalised(following.group()) and not _MONTH.fullmatch(following.group())


def _is_name_word(token: str) -> bool:
    return _is_capitalised(token) or _PREFIXED_NAME.match(token) is not None


def phrase_at(text: str, pos: int) -> tuple[int, int] | None:
    """The phrase under `pos`: a capitalised multi-word name as one, else the word.

    "Imam Sahib", "Afghan National Army", "Ministry of Defense" come back whole; a
    possessive ends a name ("Iran’s Tasnim" gives "Tasnim" …); sentence-initial function
    words ("The", "According") never start one.
    """
    here = word_at(text, pos)
    if here is None:
        return None
    start, end = here
    word = text[start:end]
    if not _is_name_word(word) and not (_ORDINAL.fullmatch(word) and _capitalised_next(text, end)):
        return here  # an ordinal starts a unit's name: "6th Infantry Division", "33rd Front"
    tokens = trimmed_words(text)
    index = next(i for i, (s, e) in enumerate(tokens) if s <= start < e or s == start)
    first = last = index
    while first > 0:
        if _joins(text, tokens[first - 1], tokens[first], leftwards=True):
            first -= 1
        elif first > 1 and _connects_leftwards(text, tokens[first - 2], tokens[first - 1], tokens[first]):
            first -= 2  # "Ministry of Defense" read from "Defense"
        else:
            break
    while last + 1 < len(tokens) and _joins(text, tokens[last], tokens[last + 1], leftwards=False):
        last += 1
    # A connector cannot end or start a name.
    while last > index and text[tokens[last][0] : tokens[last][1]].lower() in _NAME_CONNECTORS:
        last -= 1
    if first < last and _leading_article(text, tokens[first], tokens[first + 1]):
        first += 1  # on the article opening a sentence: "The Myanmar National …" is tagged without it
    return tokens[first][0], tokens[last][1]


def _leading_article(text: str, article: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether the first word of a name is an article that is not part of it."""
    word = text[article[0] : article[1]]
    if word == "The":
        return text[after[0] : after[1]].lower() not in NAMED_WITH_THE
    return word in ("A", "An")


def _connects_leftwards(text: str, before: tuple[int, int], connector: tuple[int, int], after: tuple[int, int]) -> bool:
    word = text[connector[0] : connector[1]].lower()
    head = text[before[0] : before[1]]
    return (
        word in _NAME_CONNECTORS
        and text[before[1] : connector[0]] == " "
        and text[connector[1] : after[0]] in (" ", "-")
        and _is_capitalised(head)
        and head.lower() not in NAME_STOPWORDS
        and not _POSSESSIVE.search(head)
    )


def _joins(text: str, left: tuple[int, int], right: tuple[int, int], *, leftwards: bool) -> bool:
    """Whether two neighbouring tokens belong to the same name."""
    gap = text[left[1] : right[0]]
    if gap not in (" ", "-"):
        return False
    left_word = text[left[0] : left[1]]
    right_word = text[right[0] : right[1]]
    original_left = text[left[0] : right[0]].rstrip(" -")
    if _POSSESSIVE.search(original_left):
        return False  # "Iran’s Tasnim": a possessive ends the name before it
    if leftwards:
        if left_word == "The" and right_word.lower() in NAMED_WITH_THE:
            return True  # "The Hague" read from "Hague"
        if left_word.lower() in NAME_STOPWORDS and left_word.lower() not in _NAME_CONNECTORS:
            return False
        if left_word.lower() in _NAME_CONNECTORS:
            return False  # a connector is only taken when extending rightwards
        return _is_name_word(left_word) or (
            _ORDINAL.fullmatch(left_word) is not None and not _MONTH.fullmatch(right_word)
        )
    if _PREFIXED_NAME.match(right_word):
        return True  # "Abdel Fattah al-Burhan"
    if _is_capitalised(right_word):
        return right_word.lower() not in NAME_STOPWORDS or right_word.lower() in ("of",)
    if right_word.lower() in _NAME_CONNECTORS:
        following = _WORD.search(text, right[1])
        return bool(
            following and text[right[1] : following.start()] in (" ", "-") and _is_capitalised(following.group())
        )
    return False


_OPENING_QUOTES = "“«„"
_CLOSING_QUOTES = {"“": "”", "«": "»", "„": "“"}


def quotation_at(text: str, pos: int) -> tuple[int, int] | None:
    """The quotation (“…”, «…», or "…") around `pos`, marks included, within its paragraph (and
    within `LONGEST` characters either side: a text without paragraphs is not searched whole)."""
    low, high = max(0, pos - LONGEST), min(len(text), pos + LONGEST)
    paragraph_start = text.rfind("\n\n", low, pos)
    paragraph_start = low if paragraph_start < 0 else paragraph_start + 2
    paragraph_end = text.find("\n\n", pos, high)
    paragraph_end = high if paragraph_end < 0 else paragraph_end
    for opening in (*_OPENING_QUOTES, '"'):
        start = text.rfind(opening, paragraph_start, pos + 1)
        if start < 0:
            continue
        closing = _CLOSING_QUOTES.get(opening, '"')
        end = text.find(closing, max(start + 1, pos), paragraph_end)
        if end < 0 or (opening == '"' and text.count('"', paragraph_start, start) % 2):
            continue
        if opening != '"' and text.rfind(closing, start + 1, pos) >= 0:
            continue  # that quotation closed before pos
        return start, end + 1
    return None


def extend_to_sentence(text: str, span: tuple[int, int] | None, pos: int) -> tuple[int, int]:
    """The sentence at `pos`, or `span` grown to the end of the sentence after it."""
    if span is None:
        return sentence_at(text, pos)
    start, end = span
    sentence_start, _ = sentence_at(text, start)
    following = sentence_at(text, _skip_space(text, end))
    if following[1] <= end:
        return min(start, sentence_start), end
    return min(start, sentence_start), following[1]


def name_around(text: str, start: int, end: int, named: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The name the words from `start` to `end` (a search's match) are part of: the widest of the
    spans `named` (places and actors suggested) around them ("Volunteers for the Defence of the
    Homeland" for `/Defence`, whose capitals stop at "of the"), or the run of capitalised words
    (`/Amade` selects "Amade Abdala") where no suggestion holds them."""
    around = [(s, e) for s, e in named if s <= start and end <= e]
    phrase = phrase_at(text, start)
    if not around and phrase is not None:  # a name suggested there is the name, not the capitals' run
        around.append(phrase)  # ("/Guterres⏎⏎" took "UN Secretary-General Antonio Guterres")
    return max(around, key=lambda span: span[1] - span[0], default=None)
