"""Short forms in brackets that name no body of their own, and those written as a word.

A title's short form before the person who holds it ("Superintendent of Police (SP) Abhinav
Kerketta said": no body "Superintendent of Police"); a mixed-case short form of an agreement or a
place ("(CoHA)", "(PoJK)"); a long short form written as a word, which must be built of the
beginnings of its name's words ("(Westmincom)" of the Western Mindanao Command, not "(September)").
"""

from __future__ import annotations

from annotations.suggest.people import TITLES, looks_like_a_person
from annotations.text.pattern_cache import compiled

_A_NAME_AFTER = compiled(
    r"[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Hon)\.?[ \t]+)?([A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,3})"
    r"(?=[ \t]*(?:,|said|says|told))"
)
"""A person's name right after the parentheses ("Mr Sentiyanger Imchen" too), before what the person says."""
_A_TITLE_BEFORE = compiled(
    r"\b(?:Superintendent|Inspector|Director|Commissioner|Officer|Minister|Secretary|Commander|Governor|Chief|"
    r"Magistrate|Collector|Prefect|Administrator|Deputy|General|Spokes(?:man|woman|person))(?:\s+of\s+[A-Z][\w\-]+)?$"
)
"""A title's last words before its short form in brackets ("Director General of Police (DGP)")."""
_A_TITLE_AFTER = compiled(
    r"(?:Country|Senior|Joint|Permanent|Deputy|Regional|Acting|Chief|Executive|Somalia|Lahore)\b|.*\b(?:Base|Chapter|Branch|Office)$"
)
"""After the brackets, a title or a branch, no person ("(WFP) Country Director", "(TLP) Lahore Chapter")."""
_NO_BODYS = compiled(
    r"\b(?:Agreement|Accord|Treaty|Act|Protocol|Convention|Declaration|Framework|Plan|Zone|Area|Corridor)$"
    r"|-(?:occupied|administered|controlled|held)\b"
)
"""Names of agreements and places, whose short forms in mixed case ("CoHA", "SoFA", "PoJK") name no body."""
_LONGEST_WORD_ACRONYM = 8
"""Longer, an acronym written as a word is built of the beginnings of the name's words."""


def made_of_beginnings(acronym: str, name: str) -> bool:
    """Whether the word is the beginnings of the name's capitalised words, in order, each used
    ("Westmincom": WESTern MINdanao COMmand)."""
    words = [w.lower() for w in name.split() if w[:1].isupper()]
    rest = acronym.lower()

    def fits(rest: str, at: int) -> bool:
        if at == len(words):
            return not rest
        return any(rest.startswith(words[at][:k]) and fits(rest[k:], at + 1) for k in range(len(words[at]), 0, -1))

    return fits(rest, 0)


def a_titles_short_form(text: str, start: int, end: int) -> bool:
    """Whether the brackets from `start` to `end` hold a title's short form: a title before them,
    a person's name after, who speaks."""
    after = _A_NAME_AFTER.match(text, end)
    return bool(
        after is not None
        and looks_like_a_person(after[1])
        and _A_TITLE_BEFORE.search(text, max(0, start - 60), start)
        and not _A_TITLE_AFTER.match(after[1])
    )


def a_name_after(text: str, end: int) -> tuple[str, int] | None:
    """The person's name right after a title's short form, and where it ends."""
    after = _A_NAME_AFTER.match(text, end)
    return (after[1], after.end(1)) if after is not None else None


def a_word_acronym_of(acronym: str, name: str) -> bool:
    """Whether a short form written as a word may be the name's: up to five letters always ("(Jnim)"
    of the Group for the Support of Islam and Muslims, named in Arabic), up to eight when they open
    with the initial of a word of the name ("(Frelimo)" of the Mozambique Liberation Front; not
    "(Khaplang)", a faction's name), longer ones when built of the beginnings of the name's words."""
    initials = {w[0].lower() for w in name.split() if w[:1].isupper()}
    short = len(acronym) <= 5 or (len(acronym) <= _LONGEST_WORD_ACRONYM and acronym[:1].lower() in initials)
    return short or made_of_beginnings(acronym, name)


def names_no_body(name: str, acronym: str) -> bool:
    """Whether a name given a mixed-case short form is an agreement's or a place's."""
    return _NO_BODYS.search(name) is not None and not acronym.isupper()


_OF = frozenset({"of", "at", "from"})
_A_BODYS_WORDS = frozenset(
    "hospital clinic medical complex centre center university school college mosque church embassy restaurant "
    "hotel foundation institute company bank counsellor counselor".split()
)
"""Words that make a titled name a body's ("Sheikh Zayed Hospital of Abu Dhabi (SZH)")."""


def after_a_titled_person(words: list[str]) -> list[str]:
    """The body's words of a name run that opens with a titled person ("Pastor Yohanes Itlay of
    the Evangelical Church in Indonesia (GIDI)": the church, whose letters are of its own
    language; the pastor was taken for the body)."""
    if len(words) < 5 or words[0].casefold() not in TITLES or words[1].casefold() in TITLES | _OF:
        return words
    at = next((i for i in range(2, min(len(words) - 1, 5)) if words[i] in _OF), None)
    if at is None:
        return words
    person = words[1:at]
    named = len(person) >= 2 and all(
        w[:1].isupper() and w.casefold() not in TITLES and w.casefold() not in _A_BODYS_WORDS for w in person
    )
    if not named or not looks_like_a_person(" ".join(person)):
        return words  # "Sheikh Zayed Hospital of Abu Dhabi (SZH)", "Judge Advocate General of the Army": bodies
    rest = words[at + 1 :]
    return rest[1:] if rest[:1] == ["the"] and len(rest) > 2 else rest
