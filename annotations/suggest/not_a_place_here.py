"""Words around a name a gazetteer knows that say it names no place here: a country in the
possessive before another name ("Iran's Tasnim News Agency", "Somalia's information minister"),
an office for it ("envoy for Syria"), an operation named for it ("Operation Koundjoare"), a
nationality before a common noun ("the Somali group").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotations.suggest.gazetteer import Place
from annotations.suggest.place_context import NATIONALITY
from annotations.suggest.tokens import Token, capitalised
from annotations.text.pattern_cache import compiled


def names_no_place_here(text: str, tokens: Sequence[Token], index: int, last: int, places: list[Place]) -> bool:
    """Whether the name of tokens `index`..`last` (known as `places`) names no place here."""
    start, end = tokens[index][0], tokens[last][1]
    return (
        adjectival(text, tokens, last, places)
        or _ROLE_FOR.search(text, max(0, start - 30), start) is not None
        or _OPERATION.search(text, max(0, start - 12), start) is not None
        or _ALIAS.search(text, max(0, start - 8), start) is not None
        or _A_SHIPS_PREFIX.search(text, max(0, start - 8), start) is not None
        or (NATIONALITY.fullmatch(text[start:end]) is not None and _NOUN_AFTER.match(text, end) is not None)
        or _AN_OUTLET_AFTER.match(text, end) is not None
        or (
            _OWNED_BY.search(text, max(0, start - 3), start) is not None
            and _AN_OFFSHOOT_AFTER.match(text, end) is not None
        )
        or _A_PEOPLES_COMMUNITY_OF.match(text, end) is not None
        or (text[max(0, start - 4) : start] in ("the ", "The ") and _AN_ACCORD_AFTER.match(text, end) is not None)
        or (_A_TITLE_AND_NAME_AFTER.match(text, end) is not None and any(p.kind == "country" for p in places))
        or (
            _A_YEARS_QUOTE_BEFORE.search(text, max(0, start - 12), start) is not None
            and _QUOTE_CLOSES.match(text, end) is not None
        )
    )


_OWNED_BY = compiled(r"['’]s\s$")
_AN_OFFSHOOT_AFTER = compiled(r"\s+(?:affiliate|branch|wing|franchise|offshoot|chapter|faction)s?\b")
"""A region naming which of a group's branches ("al Qaeda's Sahel affiliate", "the Islamic State's
Somalia branch"): the branch's name, no place the article reports on (helper-278's Sahel province)."""


_A_YEARS_QUOTE_BEFORE = compiled(r"\b(?:1[89]|20)\d\d\s+[\"“]$")
_QUOTE_CLOSES = compiled(r"[\"”]\s+[a-z]")
"""A name in quotation marks after a year, then a common noun: what happened that year, named ("the 1990
"Saba Saba" pro-democracy uprising": helper-275's row of a battle in a village of Murang'a)."""


_A_TITLE_AND_NAME_AFTER = compiled(
    r"\s+(?:(?:Vice|Deputy)\s+)?(?:President|Prime\s+Minister|(?:Foreign|Defen[cs]e|Interior)\s+Minister|"
    r"Secretary\s+of\s+State|Secretary-General|Ambassador|[Ee]nvoy|Special\s+Envoy|Chancellor|Senator)\s+[A-Z][a-z]"
    r"|['’]s\s+(?:(?:[Vv]ice|[Dd]eputy)\s+)?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior)\s+"
    r"[Mm]inister|[Aa]mbassador|[Ee]nvoy),\s+[A-Z][a-z]"
)
"""A country before a title and a name ("U.S. President Donald Trump", "China's foreign minister,
Wang Yi", "French Foreign Minister…"
is a demonym's work): whose office it is, not a place the article reports on."""


_A_SHIPS_PREFIX = compiled(r"\b(?:BRP|USS|USNS|HMS|HMAS|INS|MV|MT|SS|RFS|KRI|PNS)\s+$")
"""A ship named after a place ("the BRP Sierra Madre", "USS Carney"): a ship, no town of that name."""
_ALIAS = compiled(r"\balias\s+[\"“]?$")
"""A name after "alias" is a person's ("Alexander Díaz Mendoza, alias Calarcá": no town of Quindío)."""


_AN_ACCORD_AFTER = compiled(
    r"\s+(?:peace\s+)?(?:agreements?|accords?|process|format|declaration|protocol|memorandum)\b"
)
"""A place naming an accord signed there ("after the Algiers agreement ended", "the Minsk
accords"): nothing happens in it in this article."""


_A_PEOPLES_COMMUNITY_OF = compiled(r"\s+communit(?:y|ies)\s+of\s+(?:the\s+)?[A-Z]")
"""A people's name before "community of" a place ("the Emberá community of Alto Baudó"): the
people, not the Panamanian comarca of their name; the place is after "of"."""


_AN_OUTLET_AFTER = compiled(r"\s+(?:[Nn]ews\s+[Aa]gency|[Nn]ews\s+[Ss]ervice|[Tt]elevision|TV|[Rr]adio|[Nn]ewspaper)\b")
"""A name before "news agency" names the outlet ("the Saba news agency"), not a place (a
newcomer's Saba was a province of the Caribbean Netherlands)."""


def adjectival(text: str, tokens: Sequence[Token], last: int, places: list[Place]) -> bool:
    """ "Iran’s Tasnim News Agency": a country in the possessive before a name describes the
    name's owner; it is not a place the article reports on."""
    end = tokens[last][1]
    if not re.match(r"['’]s\s", text[end : end + 3]):
        return False
    following = tokens[last + 1][2] if last + 1 < len(tokens) else ""
    if _PLACE_OF_ITS_OWN.match(text, end + 2):
        return False  # "Burkina Faso's Soum province": the country holds a place, it is one
    if _WHOSE_ROLE.match(text, end + 2) and all(p.kind == "country" for p in places):
        return True  # "Somalia's information minister": the country of the minister
    return capitalised(following) and all(p.kind == "country" for p in places)


_NOUN_AFTER = compiled(
    rf"\s+(?!(?:and|or)\s+(?!(?:{NATIONALITY.pattern})\s+[a-z])|"  # "the Myanmar and Thai armies": an adjective
    r"(?:region|state|province|zone|area|on|in|at|by|for|from|to|with|but|as|since|after|before|"
    r"during|until|over|near|is|was|were|are|has|have|had|said|says|will|would|could|can|may|this|that|where|which|"
    r"who|while|than|last|earlier|later|itself)\b)[a-z]"
)
"""A common noun after a name that is also a nationality: the name is its adjective ("Myanmar
military"); not a word that ends the name's phrase ("fighting in Myanmar on Saturday", "in
northern Myanmar said": a helper's Myanmar was no place, and became a speaker)."""


_OPERATION = compiled(r"\bOperation\s+$")
_ROLE_FOR = compiled(
    r"\b(?:envoy|ambassador|representative|commissioner|coordinator|rapporteur)\s+(?:for|to|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

_WHOSE_ROLE = compiled(
    r"\s*(?:[a-z\-]+\s+|[A-Z]{2,}\s+){0,3}(?:minister|ministry|government|army|military|forces|police|president|"
    r"spokes(?:man|woman|person)|officials?|troops|commander|envoy|ambassador|embassy|foreign\s+ministry|"
    r"news\s+agency|media|television|broadcaster)\b"
)

_PLACE_OF_ITS_OWN = compiled(
    r"\s*[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,2}\s+"
    r"(?i:province|district|region|state|city|town|village|county|governorate|oblast|territory|zone)\b"
)
