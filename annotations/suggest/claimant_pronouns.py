"""Who "he", "she", "it" and "one of them" are when they say something: the person named last
(or the one person who spoke since), the body of the claim just before, one of the people in the
plural who spoke before. An unnamed speaker is "he" or "she" by the words that name them ("a
spokeswoman", "a mother of three")."""

from __future__ import annotations

import re

from annotations.suggest.claimants import a_participle
from annotations.suggest.suggestion import Suggestion
from annotations.suggest.tokens import SENTENCE_END, Spans
from annotations.text.navigation import sentence_at
from annotations.text.pattern_cache import compiled

_HE_OR_SHE = compiled(r"\b(?:he|she|He|She)\s+$")
_IT = compiled(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’']\s)|(?<=\n))It\s+$|(?<=,\s)it\s+$")
"""A sentence whose subject is "It" (after a full stop, inside a closing quotation mark or not),
or a closing ", it said": the body that spoke in the sentence before ("It denied…")."""


_THE_STATEMENT = compiled(r"(?:(?<=,\s)the|(?:^|(?<=[.!?]\s)|(?<=\n))The)\s+statement\s+(?:also\s+)?$")
"""A closing ", the statement said" (or "The statement added"): the statement of the claim before."""


def _a_statements_claimant(text: str, subject_end: int, found: list[Suggestion]) -> tuple[int, int] | None:
    """The claimant of the claim just before, when its sentence told of a statement ("According to
    a statement issued by …"); not one who spoke after another party's statement ("The M23 issued
    a statement … Army spokesman X said …, the statement said": X's is no statement)."""
    claimant = _claimant_just_before(text, subject_end, found)
    if claimant is None:
        return None
    start, end = sentence_at(text, found[-1].start)
    return claimant if "statement" in text[start:end] else None


def it_is(text: str, subject_end: int, found: list[Suggestion], persons: Spans | None = None) -> tuple[int, int] | None:
    """The speaker of "It denied": the claimant of a claim ending in the sentence just before
    (another sentence between, "It" may be anything it names: "The report was published. It said…");
    never a person ("it" is no spokesman)."""
    if _THE_STATEMENT.search(text, max(0, subject_end - 16), subject_end):
        return _a_statements_claimant(text, subject_end, found)  # "…, the statement said": whoever issued it
    if not _IT.search(text, max(0, subject_end - 6), subject_end):
        return None
    claimant = _claimant_just_before(text, subject_end, found)
    if claimant is None or (persons is not None and persons.within(*claimant)):
        return None
    return claimant


_ONE_OF_THEM = compiled(
    r"\b[Oo]ne\s+of\s+(?:them|(?:the|those|these)\s+(?:two\s+|three\s+|\w+\s+){0,2}?(?P<noun>[a-z]+s))\s+$"
)
""""one of them", or one of the people just named by their noun: "…, according to two security sources. One of
the sources said six Wazalendo fighters were killed" (helper-337's claim had no claimant)."""


def one_of_them(text: str, subject_end: int, found: list[Suggestion]) -> tuple[int, int] | None:
    """The speakers of "…, one of them said": those of the claim just before, when they are people in
    the plural ("…, according to two diplomats in Bamako. Its troops were not involved, one of them
    said"; "Residents of Gao said …") and that claim tells of no others held, freed or hurt who may
    be the one ("Police said five suspects were arrested. …, one of them said": a suspect)."""
    one = _ONE_OF_THEM.search(text, max(0, subject_end - 50), subject_end)
    if one is None:
        return None
    claimant = _claimant_just_before(text, subject_end, found)
    if claimant is None or not _in_the_plural(text[claimant[0] : claimant[1]]):
        return None
    if one["noun"] and one["noun"] not in _head(text[claimant[0] : claimant[1]]).casefold().split():
        return None  # "two security sources said …. One of the villagers said": another speaker
    return None if _OTHERS_WHO_MAY_SPEAK.search(text, found[-1].start, found[-1].end) else claimant


def _in_the_plural(name: str) -> bool:
    """People named in the plural by a common noun ("two diplomats", "Residents of Gao", "aid
    workers", "two Western diplomats", "two sources close to the army"), not a body's proper name
    ("Doctors Without Borders", "United Nations")."""
    head = _head(name).split()
    last = head[-1] if head else ""
    proper = last[:1].isupper() and len(head) > 1
    return last.lower().endswith(("s", "men")) and not proper and last.lower() not in _NOT_PEOPLE


def _head(name: str) -> str:
    """The words of a name before what places them ("two sources close to the army", "Residents of Gao")."""
    return _PLACED.split(name, maxsplit=1)[0]


_PLACED = compiled(r"\s+(?:of|in|at|from|near|close\s+to|familiar\s+with|with|on|inside|within|based)\s+")


_NOT_PEOPLE = frozenset(
    {"news", "affairs", "nations", "states", "services", "operations", "forces", "reuters", "times"}
)
_OTHERS_WHO_MAY_SPEAK = compiled(
    r"\b(?:arrested|released|freed|rescued|abducted|kidnapped|detained|escaped|paraded|wounded|injured|"
    r"evacuated|deported|returned|captured|taken|pulled)\b"
)


def _claimant_just_before(text: str, subject_end: int, found: list[Suggestion]) -> tuple[int, int] | None:
    """The claimant of the last claim, when it ends in the sentence just before `subject_end` (with
    another sentence between, "It" or "one of them" may be anything it names)."""
    if not found:
        return None
    last = found[-1]
    between = text[last.end : subject_end]
    if last.claimant is None or "\n" in between or len(SENTENCE_END.findall(between)) > 1:
        return None
    return last.claimant


_ONE = compiled(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+$")
"""Before an unnamed speaker who is one person ("a local commander", "Another resident")."""
_ONE_PERSON = compiled(
    r"(?:commander|official|officer|spokes(?:man|woman|person)|resident|witness|soldier|source|policeman|doctor|"
    r"nurse|teacher|trader|farmer|villager|elder|chief|leader|lawmaker|legislator|diplomat|journalist|reporter|man|"
    r"woman|mother|father|relative|survivor|driver|student|worker|medic|analyst|researcher)$",
    re.I,
)
"""An unnamed speaker who is one person ("a local commander"), not a body ("a UN report", "an ELN communique")."""
_A_WOMAN = compiled(r"woman|women|mother|widow|wife|girl|daughter|sister|nun", re.I)
_A_MAN = compiled(r"(?:(?<!wo)m[ae]n|father|husband|son|brother|boy|widower)\b", re.I)
"""Words of an unnamed speaker's sex ("a spokeswoman", "a mother of three"; "a spokesman")."""


def _may_be(text: str, span: tuple[int, int], she: bool) -> bool:
    """Whether an unnamed person may be "she" (or "he"): "a spokesman" is no "she", "a mother" no
    "he"; "a humanitarian worker" may be either."""
    return _A_MAN.search(text, *span) is None if she else _A_WOMAN.search(text, *span) is None


def _titled_otherwise(text: str, span: tuple[int, int], she: bool) -> bool:
    """A named person whose title says they are no "she" ("Mr. Olorunleke") or no "he" ("Mrs.
    Adeyemi"): "Another resident, a woman who …, said. “…,” she said" is not Mr. Olorunleke's."""
    title = _TITLE_BEFORE.search(text, max(0, span[0] - 6), span[0] + 5)
    if title is None:
        return False
    return (title.group(1) == "Mr") if she else (title.group(1) != "Mr")


_TITLE_BEFORE = compiled(r"\b(Mr|Mrs|Ms|Miss|Madam|Mme)\.?\s")


_OBJECT = compiled(
    r"\b(?:with|of|(?<!according )to|for|from|near|at|on|in|about|against|among|beside)\s+(?:an?|one)\s+$", re.I
)
"""A person named as the object of a preposition: not the subject "he" goes back to (but
"according to a humanitarian worker … she said" is hers, and "described by a witness … she said")."""
_WHERE_FROM = compiled(r"\s+(?:of|in|from|at|near)\s")


def one_person(text: str, span: tuple[int, int]) -> bool:
    """Whether the words are an unnamed speaker who is one person ("a local commander", "A resident
    of Um Sumeima", "the wife of one of the victims"), who may be "he" or "she" later."""
    if _OBJECT.search(text, max(0, span[0] - 16), span[0]):
        return False  # "Zulum visited Bama with a local commander. “…,” he said": Zulum
    head = _WHERE_FROM.split(text[span[0] : span[1]], maxsplit=1)[0]
    if _THE.search(text, max(0, span[0] - 4), span[0]):
        return _KIN.fullmatch(head) is not None  # "…,” the wife of one of the victims told Radio Inkingi"
    return _ONE.search(text, max(0, span[0] - 4), span[0]) is not None and _ONE_PERSON.search(head) is not None


_THE = compiled(r"\b[Tt]he\s+$")
_KIN = compiled(r"(?:wife|husband|widow|brother|sister|son|daughter)")
"""One person named by kin ("the wife of one of the victims"), who is "she" or "he" after."""


def person_he_or_she_is(text: str, cue_start: int, persons: Spans, claims: list[Suggestion]) -> tuple[int, int] | None:
    """The speaker of "he said": the last person named before (within a paragraph's length),
    unless that person is only spoken of in the claim before, whose speaker it is then ("Dbeibah
    … said that Hamza had been handed over. “…,” he said": Dbeibah)."""
    pronoun = _HE_OR_SHE.search(text, max(0, cue_start - 5), cue_start)
    if pronoun is None:
        return None
    before = persons.within(max(0, cue_start - 600), cue_start)
    she = pronoun.group().lower().startswith("she")
    last = next(
        (
            p
            for p in reversed(before)
            if not _titled_otherwise(text, p, she) and (not one_person(text, p) or _may_be(text, p, she))
        ),
        None,
    )
    nearer = next((c.claimant for c in reversed(claims) if c.claimant is not None and c.end <= cue_start), None)
    if (
        nearer is not None
        and nearer[0] >= cue_start - 600
        and (last is None or nearer[0] > last[1])
        and one_person(text, nearer)
        and _may_be(text, nearer, she)
        and not _titled_otherwise(text, nearer, she)
    ):
        return nearer  # "A local commander said …. He said …": the one who spoke last, not the last named
    if last is None:
        return None
    spoken_of = next((c for c in reversed(claims) if c.start <= last[0] and last[1] <= c.end), None)
    if spoken_of is not None and spoken_of.claimant is not None and spoken_of.claimant in before:
        return spoken_of.claimant
    return last


def a_person_if_he(
    text: str, subject_end: int, persons: Spans, found: list[Suggestion], claimant: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The claimant, unless the cue's subject is "he" or "she" and the claimant no person: "The
    MLCD's leader, … Bonomade Ussene, appeared in a video in which he called on …" is Ussene's,
    not the MLCD's, the sentence's first mention."""
    if claimant is not None and persons.overlapping(*claimant):
        return claimant
    return person_he_or_she_is(text, subject_end, persons, found) or claimant


_JOINED_CUE = compiled(r",?\s+(?:and|but)\s+$")


def joined_to_the_last(
    text: str, cue_start: int, claimant: tuple[int, int] | None, found: list[Suggestion]
) -> tuple[int, int] | None:
    """The speaker of a cue joined by "and" to the claim just before it ("He said 11 officers were
    injured …, and denied that live rounds had been used"): that claim's speaker, where the mention
    nearest the cue is a word of what was said (the officers), not who said it."""
    if not found or not _JOINED_CUE.search(text, max(0, cue_start - 7), cue_start):
        return claimant
    last = found[-1]
    said_in_it = claimant is not None and last.start <= claimant[0] and claimant[1] <= last.end
    if last.claimant is None or not said_in_it or not last.end <= cue_start <= last.end + 8:
        return claimant
    return last.claimant


def went_on_saying(
    text: str, cue: str, cue_start: int, claimant: tuple[int, int] | None, found: list[Suggestion]
) -> tuple[int, int] | None:
    """The speaker of a participle that goes on from the claim just before it ("“…,” he said,
    adding that…"): that claim's speaker, where none was found for it."""
    if claimant is not None or not found or not a_participle(cue):
        return claimant
    last = found[-1]
    between = text[last.end : cue_start]
    if last.claimant is None or len(between) > 60 or not _GOES_ON.search(between) or last.cue not in between:
        return claimant
    return last.claimant


_GOES_ON = compiled(r",\s+$")
