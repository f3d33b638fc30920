"""Surnames and short forms: "Sango" and "Mr. Sango" after "Dieudonné Mbuyu Sango", the words a
name may be shortened to, where they stand again, and whether a name is a person's at all (a
tagged person's surname becomes a suggestion in later articles).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from annotations.suggest.names import COUNTRY_NAMES
from annotations.suggest.people import HONORIFIC, ROLE_WORDS, TITLES, looks_like_a_person, no_body_in
from annotations.suggest.tokens import whole_word_spans
from annotations.text.capitals import CAPITAL
from annotations.text.navigation import NAME_STOPWORDS
from annotations.text.pattern_cache import compiled


def short_forms(text: str, people: Iterable[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """Later mentions of each person by surname alone or with Mr./Ms./Dr.: (start, end, and the
    span of the full name they refer to). A surname two people share refers to neither. Of a name
    of three words or more the word before the last is a surname too: Spanish names give the
    father's surname, then the mother's, and news shortens them to the first."""
    by_surname: dict[str, list[tuple[int, int]]] = {}
    first_surnames: set[str] = set()
    for start, end in people:
        words = text[start:end].split()
        for surname in _surnames(words):
            if _can_be_a_surname(surname) or _short_surname(surname):
                by_surname.setdefault(surname, []).append((start, end))
                if surname != words[-1]:
                    first_surnames.add(surname)
    found = []
    for surname, named in by_surname.items():
        names = {text[s:e]: (s, e) for s, e in reversed(named)}  # each name at its first mention
        for start, end in surname_uses(text, surname):
            word = end - len(surname)
            if start == word and not _can_be_a_surname(surname) and not _speaks_alone(text, start, end):
                continue  # "Bol" alone may be any word; "Mr. Bol" is Kuol Ajak Bol, and so is "Bol said"
            if start == word and surname in COUNTRY_NAMES and _TO_A_COUNTRY.search(text, max(0, start - 40), start):
                continue  # "near the border with Jordan" is the country, not Chad Jordan
            if start == word and _A_PEOPLES_NAME.match(text, end):
                continue  # "Baloch separatists", "Baloch political prisoners": a people, not Jeeyand Baloch
            if surname in first_surnames and _NAME_GOES_ON.match(text, end):
                continue  # "Aung San Suu Kyi" is no short form of "Min Aung Hlaing"
            if any(s <= word < e for s, e in named):
                continue
            before = _IN_ANOTHER_NAME.search(text, max(0, word - 40), word) if start == word else None
            if before is not None and before.group(1).casefold() not in TITLES | _words_of(text, named):
                continue  # "near Datu Saudi Ampatuan" (a town) is not Bai Sandra Ampatuan (helper-254)
            again = sorted(  # the longest name that ends here ("Mohamed Ali Musa", not his son "Ali Musa")
                ((full, at) for full, at in names.items() if text[end - len(full) : end] == full),
                key=lambda found: -len(found[0]),
            )
            if again and word >= again[0][1][1]:  # the whole name again ("U Zaw Lin Htet said")
                found.append((end - len(again[0][0]), end, *again[0][1]))
            elif len(names) == 1 and word >= named[0][1]:  # its last word: a surname two people share is neither's
                found.append((_with_the_words_before(text, start, word, text[slice(*named[0])]), end, *named[0]))
    return found + _given_names(text, people, by_surname)


_A_PEOPLES_NAME = compiled(
    r"\s+(?:(?![a-z]+ed\b|[a-z]+s\b|said\b|told\b|and\b|or\b|to\b|the\b|of\b|with\b)[a-z\-]+\s+)?(?:separatists|nationalists|insurgents|rebels|militants|fighters|people|tribes(?:men)?|"
    r"groups?|leaders|activists|students|prisoners|communit(?:y|ies)|families|politicians|parties|youths?|women|men|"
    r"civilians|refugees|areas|region|districts|villages|lands?|language|culture|nation|movement|province|"
    r"population|diaspora|elders|clans?|militias?|insurgency|rights)\b"
)
"""After a bare word that is also a surname, a people's nouns: the word names a people, not the person."""


def _words_of(text: str, named: list[tuple[int, int]]) -> frozenset[str]:
    """The words of these full names, folded ("Sandra" before "Ampatuan" is hers)."""
    return frozenset(w.casefold() for s, e in named for w in text[s:e].split())


def _with_the_words_before(text: str, start: int, word: int, full: str) -> int:
    """Where a short form starts with the words of the name written before its surname ("Mbuyu
    Sango" of "Dieudonné Mbuyu Sango", "Yousif Hammad"): the longest end of the name standing
    there, short of the whole (named again) and of a title before it ("Mr. Sango" stays)."""
    if start != word:
        return start
    words = full.split()
    for first in range(1, len(words) - 1):
        before = " ".join(words[first:-1]) + " "
        at = start - len(before)
        if text.startswith(before, at) and not text[at - 1 : at].isalnum():
            return at
    return start


def _surnames(words: list[str]) -> list[str]:
    """The words a name may be shortened to: its last ("Villaflor"), the one before it too in a
    name of three words ("Llerena" of "César Llerena Paredes"), or the last two after a word
    that makes a surname of the next ("Abu Sharaf" of "Ahmed Hussein Abu Sharaf", "Ben Gvir"; not
    "Ould" nor "Ag": "Ghazouani" of "Mohamed Ould Ghazouani")."""
    if len(words) >= 3 and words[-2] in _SURNAME_OPENERS:
        return [f"{words[-2]} {words[-1]}"]
    if len(words) >= 3 and words[-2] in _EITHER_OPENERS:
        return [f"{words[-2]} {words[-1]}", words[-1]]
    return words[-1:] + words[-2:-1] * (len(words) >= 3)


_SURNAME_OPENERS = frozenset("Abu Abou Bin bin Ben".split())
"""Words that open a surname of two words: the name is shortened to both, never to the last alone."""
_EITHER_OPENERS = frozenset("Ould Ag Wad".split())
"""Words news keeps with the surname or not ("Ag Ghaly" and "Ghaly" of "Iyad Ag Ghaly")."""


_IN_ANOTHER_NAME = compiled(r"\b([A-Z][\w’'\-]+)\s+$")
"""A capitalised word right before a surname: a longer name of its own, unless it is a title."""
_TO_A_COUNTRY = compiled(
    r"(?:\b(?:border|borders|frontier)\s+with|\b(?:in|into|across|inside|towards?|near)"
    r"(?:\s+(?:neighbou?ring|southern|northern|eastern|western))?)\s+$",
    re.IGNORECASE,
)
"""Before a country's name, words that make it the country ("near the border with Jordan"), not a
person of that surname named before ("Chad Jordan")."""
_SPEAKS_AFTER = compiled(
    r"\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|added|alleged|warned|accused|denied|claimed|urged|"
    r"insisted|stated|wrote|noted|argued|called)\b"
)


def _given_names(
    text: str, people: Iterable[tuple[int, int]], surnames: dict[str, list[tuple[int, int]]]
) -> list[tuple[int, int, int, int]]:
    """Later mentions of a person by the first word of their name, where that word speaks
    ("Tharkuach also accused…", "Obang alleged…"): Ethiopian and Eritrean news names a person so
    after the full name (a given name and a father's), as it does no one else. A word two people
    share, or that is someone's surname, refers to none of them."""
    by_given: dict[str, set[tuple[int, int]]] = {}
    names: dict[str, tuple[int, int]] = {}
    for start, end in people:
        words = text[start:end].split()
        if len(words) >= 2 and _can_be_a_surname(words[0]) and words[0].casefold() not in TITLES:
            by_given.setdefault(words[0], set()).add((start, end))
            names.setdefault(text[start:end], (start, end))
    found = []
    for given, spans in by_given.items():
        full = {text[s:e] for s, e in spans}
        if len(full) != 1 or given in surnames or _other_names_open_with(text, given, next(iter(full))):
            continue
        first = names[next(iter(full))]
        for start, end in whole_word_spans(text, given, joiners="-’'"):
            if start < first[1] or not _SPEAKS_AFTER.match(text, end) or _NAME_GOES_ON.match(text, end):
                continue
            if not _ANOTHER_NAME_BEFORE.search(text, max(0, start - 30), start):
                found.append((start, end, *first))
    return found


_ANOTHER_NAME_BEFORE = compiled(rf"(?:{CAPITAL}[\w’'\-]+|\b(?:named|called|nicknamed|as))\s+$")
"""Before a given name, a word that makes it another's: a name it ends ("Khalid Omar said", after
"Omar Hassan"), or one that brings in someone new ("a mother named Fatima said")."""


def _other_names_open_with(text: str, given: str, name: str) -> bool:
    """Whether the text names someone else with the same first word ("Mohammed Deif" and
    "Mohammed bin Salman"): the word alone is then neither's."""
    at = text.find(given)
    while at >= 0:
        rest = _NEXT_NAME_WORD.match(text, at + len(given))
        if rest is None or (at and _WORD_BEFORE.match(text, at - 1)):
            at = text.find(given, at + 1)
            continue
        if not name.startswith(text[at : rest.end()]):
            return True
        at = text.find(given, rest.end())
    return False


_NEXT_NAME_WORD = compiled(rf"\s+(?:(?:bin|ibn|al|de|da|van|von)\s+)?{CAPITAL}[\w’'\-]+")
"""What makes a given name part of a longer one: the next word of a name, after a particle or not.
The given name is found with `str.find` and this matched after it (a pattern of each given name,
searched through the whole text, took 40 ms of a 5,000-word article's suggestions)."""
_WORD_BEFORE = compiled(r"[\w\-]")


_PARTICLE = r"(?:(?:al|el|ad|as|ash|an|ar|az|at)[-’']|(?:bin|ibn|ben|abu|de|da|dos|del|van|von)\s)"
"""A particle opening the next word of a name: "al-Amin", "bin Salman"; not the English "at", "as"."""
_SPEAKS = compiled(
    r"\s+(?:said|says|told|added|denied|claimed|warned|wrote|insisted|stressed|explained|accused|declined)\b"
)
"""A reporting verb after a short surname: the person ("," Sow told reporters": a newcomer's "Sow"
was an actor of its own, not Colonel Ibrahima Sow)."""


def _speaks_alone(text: str, start: int, end: int) -> bool:
    """A short surname alone before a reporting verb, no other name's last word ("Dr. Faadumo
    Sheikh Ali said" is not Abdirahman Ali Warsame)."""
    return _SPEAKS.match(text, end) is not None and _NAME_BEFORE.search(text, max(0, start - 40), start) is None


_NAME_BEFORE = compiled(r"[A-Z][\w\-’'.]*\s+$")
_NAME_GOES_ON = compiled(rf"\s+(?:{_PARTICLE})?{CAPITAL}")
"""A capitalised word next, or one after a particle ("Yousif al-Amin Badi" is not Yousif Hammad)."""


def _can_be_a_surname(word: str) -> bool:
    return len(word) >= 4 and word.casefold() not in NAME_STOPWORDS


def _short_surname(word: str) -> bool:
    """A surname of three letters ("Bol", "Sow", "Kim"): a short form only after Mr./Ms./Dr."""
    return len(word) == 3 and word[:1].isupper() and word.casefold() not in NAME_STOPWORDS


_PARTICLES = frozenset("al bin ibn de da del della di do dos das du van von der den la le y".split())
"""The lower-case words a person's name may hold ("Ahmad bin Ali", "Luiz da Silva")."""
_PREFIXED = compiled(r"[a-z]{1,3}-[A-Z]")
"""A name word after an article joined by a hyphen ("al-Hamwi", "el-Sisi")."""


def surname_of(name: str) -> str | None:
    """The word a person's name is shortened to in later articles (Rahmani, Mr. Rahmani), when
    the name looks like a person's: capitalised words, the last no role ("security official"
    and "displaced people", tagged, once made "official figures" and "14 people" their surnames)."""
    words = _a_persons_words(name)
    if words is None or not _can_be_a_surname(words[-1]):
        return None
    return _surnames(words)[0] if len(words) >= 3 else words[-1]


def _a_persons_words(name: str) -> list[str] | None:
    """The words of a name shaped as a person's (two or more capitalised words, the last no role)."""
    words = name.split()
    if len(words) < 2 or not looks_like_a_person(name):
        return None
    if not all(w[:1].isupper() or w.casefold() in _PARTICLES or _PREFIXED.match(w) for w in words):
        return None
    return None if words[-1].casefold().rstrip("s") in ROLE_WORDS else words


_ARTICLE = compiled(r"^(?:al|el|as|ash|ad|ar|an|at|az)-", re.IGNORECASE)


def surname_uses(text: str, surname: str) -> list[tuple[int, int]]:
    """Where the surname stands alone as a word, with the Mr./Ms./Dr. before it if there is one;
    an Arabic surname also without its article ("al-Hijri" is "Hijri" later in the report) or
    with it capitalised."""
    spans = []
    bare = _ARTICLE.sub("", surname)
    found = whole_word_spans(text, surname, joiners="-’'")
    if bare != surname and len(bare) > 3:
        found = sorted({*found, *whole_word_spans(text, bare, joiners="-’'")})
    if surname[:1].islower():  # "al-Hamzi" opening a sentence: "Al-Hamzi claimed…"
        found = sorted({*found, *whole_word_spans(text, surname[:1].upper() + surname[1:], joiners="-’'")})
    for start, end in found:
        honorific = HONORIFIC.search(text, max(0, start - 6), start)
        spans.append((honorific.start() if honorific else start, end))
    return spans


def a_persons_name(name: str) -> bool:
    """Named as people are (`surname_of`), with no word of a body's name in it ("Rwanda Defence
    Force" and "Special Deterrence Force" end in a capitalised word too)."""
    words = _a_persons_words(name)
    named = words is not None and (_can_be_a_surname(words[-1]) or _short_surname(words[-1]))  # "Ibrahima Sow"
    return named and no_body_in(name)
