"""Canonical names for actors described rather than named, as the product's gold names them:
"Afghan government officials" and "Afghan officials" are the Government of Afghanistan, "the
Afghan Defense Ministry" is the Ministry of Defense (Afghanistan), "Residents of Faryab" are
Civilians (Faryab), "Afghan National Army soldiers" are the Afghan National Army, and a state
acting ("Ankara accuses…") is its government. One entity then gathers every such mention of an
article and of the corpus, and accepting a suggestion needs no name typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from annotations.model import ActorDetails, Entity
from annotations.suggest.names import DEMONYM_ALTERNATION, DEMONYMS
from annotations.text.pattern_cache import compiled

_COUNTRIES = frozenset(DEMONYMS.values()) | {"Russia", "Burkina Faso", "Congo", "DR Congo", "Britain", "Iran"}
"""Countries whose institutions are named in the possessive ("Mali's transitional government")."""

_GOVERNMENT = compiled(
    rf"(?P<dem>{DEMONYM_ALTERNATION})\s+(?:(?:central|federal|national|transitional|interim)\s+)?(?:government\s+)?"
    r"(?:officials?|authorities|government|administration)"
)
_MINISTRY_OF = r"(?P<what>[Dd]efen[cs]e|[Ii]nterior|[Ff]oreign|[Hh]ealth|[Ii]nformation|[Jj]ustice)\s+[Mm]inistry"
"""A ministry by what it is for; the state's own name or nationality comes before it."""
_MINISTRY = compiled(rf"(?P<dem>{DEMONYM_ALTERNATION})\s+{_MINISTRY_OF}")
_MINISTRY_OF_WHAT = compiled(
    r"\bMinistry\s+of\s+(?:the\s+)?(?P<what>Defen[cs]e|Interior|Foreign|Health|Information|Justice)(?:\s+Affairs)?$"
)
"""A ministry named the other way round, as its own name does: read as "Defence Ministry" (a
newcomer's "Azerbaijan's Ministry of Defence" and "Armenia's defence ministry" were not alike)."""
_FORCES = compiled(
    rf"(?P<dem>{DEMONYM_ALTERNATION})\s+(?:(?:government|national|federal|security|armed|occupation|occupying)\s+)?"
    r"(?:(?:military|junta|regime)\s+(?=(?:drones?|warplanes?|(?:fighter\s+)?jets?|aircraft|helicopters?)\b))?"
    r"(?:military|army|armed forces|security forces|forces|troops|soldiers|units|contingents?|drones?|warplanes?|"
    r"(?:fighter\s+)?jets?|aircraft|artillery|helicopters?|navy|air force|missiles?|rockets?|(?:glide\s+)?bombs?)"
)
"""A state's forces, also by the arms they strike with ("Ukrainian drones", "Russian glide bombs":
the state's military, as ACLED names the actor; a newcomer's drones were a new actor of their own;
"a Kyrgyz drone had struck a house" was one, "Kyrgyz drone")."""
_GENERAL_STAFF = compiled(rf"(?P<dem>{DEMONYM_ALTERNATION})\s+[Gg]eneral\s+[Ss]taff")
_OWNED = compiled(r"(?P<country>[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2})['’]s\s+(?P<rest>.+)")
"""A state's institution named with the state in the possessive ("Burkina Faso's military government",
"Russia's Defence Ministry")."""
_OWNED_GOVERNMENT = compiled(
    r"(?:(?:military|transitional|interim|central|federal|national|internationally\s+recogni[sz]ed)\s+)?"
    r"(?:government|authorities|junta|rulers|administration)"
)
_OWNED_MINISTRY = compiled(_MINISTRY_OF)
_AUTHORITIES_OF = compiled(
    r"(?:authorities|government)\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2})"
)
"""A state's authorities by the state's name after them ("the authorities of Guinea-Bissau")."""
_OWNED_BORDER = compiled(r"(?:State\s+)?Border\s+(?:Troops|Guard(?:\s+Service)?|Guards|Service|Forces|Police)")
_OWNED_FORCES = compiled(r"(?:(?:national|regular|armed)\s+)?(?:army|military|armed forces|forces|troops|soldiers)")
_CIVILIANS = compiled(
    r"(?:[Rr]esidents|[Cc]ivilians|[Vv]illagers)\s+(?:of|in)\s+(?P<place>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)"
)
_MEMBERS = compiled(
    r"(?P<group>(?:[A-Z][\w’'\-]+\s+){1,5}(?:Army|Forces?|Police|Guards?|Corps|Front|Movement|Brigade|Rifles|"
    r"Gendarmerie|Militia))\s+(?:soldiers|troops|fighters|officers|members|units|personnel|agents|guardsmen)"
)


_BODYS_PEOPLE = compiled(
    r"(?P<group>UN|U\.N\.|United Nations|EU|AU|ICRC|Red Cross|MSF|WHO|UNHCR|UNICEF|WFP|OCHA|IOM)\s+"
    r"(?:officials?|staff|peacekeepers|workers|forces|troops)"
)
"""An international body's people ("UN officials", "ICRC staff"): the body."""


_OTHER_NAMES = {
    **dict.fromkeys(
        ("TTP", "Pakistani Taliban", "Tehrik-e-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "Fitna al-Khawarij",
         "Fitna al Khawarij", "khwarij", "Khwarij", "khawarij", "Khawarij"),
        "Tehrik-i-Taliban Pakistan",
    ),  # helper-266 saw "Tehreek-e-Taliban Pakistan" made a second entity; helper-309 the ISPR's "khwarij" (its word
    # for the TTP) none
    **dict.fromkeys(("Islamic Emirate", "Islamic Emirate of Afghanistan"), "Taliban"),  # its own name for its rule
    **dict.fromkeys(("Islamic State in Somalia", "Islamic State Somalia Province"), "Islamic State Somalia"),
    **dict.fromkeys(("Islamic State in Mozambique", "Islamic State Mozambique"), "Islamic State Mozambique Province"),
    **{f"Islamic State{mark}s {part} Province": f"Islamic State {part} Province"
       for mark in "'’" for part in ("Sahel", "West Africa", "Mozambique", "Central Africa", "Somalia", "Khorasan")},
    # "the Islamic State's Mozambique Province" was the Islamic State and the country (helper-356)
    **{name: f"Islamic State {part} Province" for part in ("Sahel", "West Africa", "Central Africa", "Khorasan")
       for name in (f"Islamic State {part}", f"Islamic State in {part}", f"Islamic State in the {part}",
                    f"Islamic State in {part} Province")},
    # "Islamic State Sahel militants" was the Islamic State (helper-357)
    "ISPR": "Inter-Services Public Relations", "CJTF": "Civilian Joint Task Force",
    "Civilian JTF": "Civilian Joint Task Force", "DHQ": "Defence Headquarters",
    "Defense Headquarters": "Defence Headquarters", "Tatmadaw": "Military Forces of Myanmar",
    "FARDC": "Military Forces of the Democratic Republic of Congo",
    **dict.fromkeys(("U.N.", "U.N"), "UN"),
    **dict.fromkeys(("Shabaab", "Shabab", "al-Shabab", "Al-Shabab"), "al-Shabaab"),
}  # fmt: skip
"""Bodies news names in several ways: one actor, by its full name (an acronym the article defines
links to the name it gives instead)."""


_ITS_FIGHTERS = compiled(r"(?P<group>.+?)\s+(?:fighters|militants|insurgents|jihadists|rebels|members|militiamen)")
"""A group's name and its people: the group."""
_FARC_DISSIDENTS = compiled(r"(?:[Ee]x-)?FARC(?:-EP)?\s+[Dd]issidents?(?:\s+(?:faction|group|front|unit)s?)?")
"""The groups that left the 2016 peace deal, by any of their forms (a reviewer's three actors; "an
ex-FARC dissident group", another's)."""


def canonical_actor_name(name: str) -> str | None:
    """The canonical name of an actor described by `name`, or None when it is a name already."""
    if name in _OTHER_NAMES:
        return _OTHER_NAMES[name]
    fighters = _ITS_FIGHTERS.fullmatch(name)
    if fighters is not None and fighters["group"] in _OTHER_NAMES:  # "Islamic State Sahel militants" (helper-357)
        return _OTHER_NAMES[fighters["group"]]
    if _FARC_DISSIDENTS.fullmatch(name):
        return "FARC dissidents"
    name = _MINISTRY_OF_WHAT.sub(lambda m: f"{m['what']} Ministry", name)  # "Azerbaijan's Ministry of Defence"
    government = _GOVERNMENT.fullmatch(name)
    if government is not None:
        return f"Government of {the(DEMONYMS[government['dem']])}"
    ministry = _MINISTRY.fullmatch(name)
    if ministry is not None:
        return _ministry(ministry["what"], DEMONYMS[ministry["dem"]])
    staff = _GENERAL_STAFF.fullmatch(name)
    if staff is not None:  # "the Ukrainian general staff"
        return f"General Staff of the Armed Forces of {the(DEMONYMS[staff['dem']])}"
    forces = _FORCES.fullmatch(name)
    if forces is not None:
        return f"Military Forces of {the(DEMONYMS[forces['dem']])}"
    owned = _OWNED.fullmatch(name)
    if owned is not None and owned["country"] in _COUNTRIES:
        if _OWNED_GOVERNMENT.fullmatch(owned["rest"]):
            return f"Government of {the(owned['country'])}"
        ministry = _OWNED_MINISTRY.fullmatch(owned["rest"])
        if ministry is not None:
            return _ministry(ministry["what"], owned["country"])
        if _OWNED_FORCES.fullmatch(owned["rest"]):  # "Sudan's army"
            return f"Military Forces of {the(owned['country'])}"
        if _OWNED_BORDER.fullmatch(owned["rest"]):  # "Tajikistan's Border Troops"
            return f"{owned['rest']} of {the(owned['country'])}"
        if owned["rest"] == "General Staff":  # "Ukraine's General Staff", as its full name says it
            return f"General Staff of the Armed Forces of {the(owned['country'])}"
    authorities = _AUTHORITIES_OF.fullmatch(name)
    if authorities is not None and authorities["country"] in _COUNTRIES:
        return f"Government of {the(authorities['country'])}"
    civilians = _CIVILIANS.fullmatch(name)
    if civilians is not None:
        return f"Civilians ({civilians['place']})"
    members = _MEMBERS.fullmatch(name) or _BODYS_PEOPLE.fullmatch(name)
    if members is not None:
        return _OTHER_NAMES.get(members["group"], members["group"])
    return None


def _ministry(what: str, country: str) -> str:
    """ "Ministry of Defense (Afghanistan)", "Ministry of Foreign Affairs (China)"."""
    office = what.capitalize() + (" Affairs" if what.lower() == "foreign" else "")
    return f"Ministry of {office} ({country})"


def government_of(country: str | None, surface: str) -> str:
    """The name of a state that acts ("Ankara accuses…"): its government, by its country."""
    return f"Government of {the(everyday_country(country))}" if country else surface


_EVERYDAY = {
    "Russian Federation": "Russia", "Syrian Arab Republic": "Syria", "Türkiye": "Turkey", "Viet Nam": "Vietnam",
    "Congo, The Democratic Republic of the": "Democratic Republic of Congo",
    "Korea, Democratic People's Republic of": "North Korea", "Korea, Republic of": "South Korea",
    "Lao People's Democratic Republic": "Laos", "Palestine, State of": "Palestine",
}  # fmt: skip


def everyday_country(name: str) -> str:
    """A country's name as news writes it ("Russia", "Iran"), not ISO's formal one."""
    return _EVERYDAY.get(name) or name.split(",")[0]


_TAKES_THE = compiled(
    r"(?:United|Republic|Democratic|Central African|Czech|Dominican|Gaza|West Bank)\b"
    r"|.*(?:Islands|Philippines|Netherlands|Emirates|Bahamas|Comoros|Maldives)$|Gambia$"
)
"""Countries English names with "the" ("the United States", "the Philippines", "the Central
African Republic"), as the gold files do: "Government of United States" read as a typo."""


def the(country: str) -> str:
    """The country's name as it follows "of": "the United States", "Afghanistan"."""
    return f"the {country}" if _TAKES_THE.match(country) else country


_MILITARY_OF = compiled(r"Military Forces of (?:the )?(?P<country>.+)")
_MILITARY_WORD = compiled(r"\b(?:army|armed|forces?|military|defen[cs]e|troops|soldiers)\b", re.IGNORECASE)
_POLICE_WORD = compiled(
    r"\b(?:police|gendarmerie|border guards?|civil\s+defen[cs]e|civil\s+protection|coast\s+guard)\b", re.IGNORECASE
)
"""Forces that are no army, whatever else their name holds ("Nigeria Security and Civil Defence
Corps": "the army" after it is not the corps)."""
_THE = compiled(r"\bthe\s+", re.IGNORECASE)
_OFFICE_WORD = compiled(
    r"\b(?:ministry|government|department|authorit\w*|office|council|minister|staff|headquarters|officials?|"
    r"spokes(?:man|woman|person)|sources?|officers?|commanders?)\b",
    re.IGNORECASE,
)
"""A state's office ("Ministry of Defence (Russia)", "General Staff of the Armed Forces"), not its army,
nor one of its people ("a Moroccan military official" took the army's mentions as his own)."""


def own_forces(canonical: str, known: Iterable[Entity]) -> Entity | None:
    """The one army the analyst tagged that is named for the country a described force serves:
    "Rwandan troops" (Military Forces of Rwanda) are the Rwanda Defence Force tagged in the
    article, not a new actor (found by a newcomer); two such armies leave it to the analyst, and a
    police force or another country's army ("South Sudan" is not Sudan) is none."""
    military = _MILITARY_OF.fullmatch(canonical)
    if military is None:
        return None
    named = _named_for(military["country"])
    found = [entity for entity in known if _army_of(entity, named)]
    return found[0] if len(found) == 1 else None


@cache
def _named_for(country: str) -> re.Pattern[str]:
    """The country's name (without "the") or its demonym, not in another's ("South Sudan")."""
    words = [_THE.sub("", country), *(demonym for demonym, state in DEMONYMS.items() if state == country)]
    return compiled(r"(?<!South )(?<!North )\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _army_of(entity: Entity, named: re.Pattern[str]) -> bool:
    if not isinstance(entity.details, ActorDetails) or entity.details.actor_type != "state_forces":
        return False
    if (
        entity.name.startswith("Military Forces of")
        or _POLICE_WORD.search(entity.name)
        or _A_BRANCH.search(entity.name)
    ):
        return False  # not the Nigerian Air Force for "soldiers" of Nigeria
    if _OFFICE_WORD.search(entity.name):
        return False  # "Ministry of Defence (Russia)" speaks for the army; it is not the army
    return any(  # nor by a name of an office: "Burkina Faso's military government" of the junta (helper-351)
        _MILITARY_WORD.search(name) and named.search(_THE.sub("", name)) and not _OFFICE_WORD.search(name)
        for name in entity.names()
    )


@cache
def _country_names() -> re.Pattern[str]:
    words = sorted({*DEMONYMS, *_COUNTRIES}, key=lambda w: (-len(w), w))  # the same pattern in every process
    return compiled(r"(?<!South )(?<!North )\b(" + "|".join(re.escape(w) for w in words) + r")\b")


def country_named_in(text: str) -> str | None:
    """The first country the words name, by its name or its people's ("In neighbouring Benin",
    "Beninese troops"): Benin."""
    found = _country_names().search(text)
    return DEMONYMS.get(found.group(1), found.group(1)) if found else None


def country_where(text: str) -> str | None:
    """The country the words place something in, by its name after "in" ("In neighbouring Benin,
    …"; not "Rwandan-backed rebels", nor "Yemeni missiles")."""
    found = _in_a_country().search(text)
    return found.group(1) if found else None


@cache
def _in_a_country() -> re.Pattern[str]:
    words = sorted(_COUNTRIES, key=lambda w: (-len(w), w))
    return compiled(
        r"\b(?:[Ii]n|[Ii]nto|[Ii]nside|across)\s+(?:neighbou?ring\s+|the\s+)?("
        + "|".join(map(re.escape, words))
        + r")\b(?!\s+(?:[A-Z]|valley|delta|state|river|basin|border)|-)"
    )  # "in the Jordan Valley", "in Niger State", "in the Niger Delta" name no country


_A_BRANCH = compiled(r"\b(?:Air\s+Force|Navy|Naval|Marines?|Coast\s+Guard|Air\s+Defen[cs]e)\b", re.IGNORECASE)
"""A branch of a state's forces, no army (helper-285's rows had the air force overrun at Marte)."""


def army_of_country(entity: Entity) -> str | None:
    """The country whose army an actor is, by its names ("Sudanese Armed Forces", "Military Forces
    of Sudan": Sudan); None for any other actor (a police force, an army of no country named)."""
    if not isinstance(entity.details, ActorDetails) or entity.details.actor_type != "state_forces":
        return None
    if _A_BRANCH.search(entity.name):
        return None  # "the army" or "soldiers" of a report on Borno are not the Nigerian Air Force it names
    for name in entity.names():
        military = _MILITARY_OF.fullmatch(name)
        if military is not None:
            return _THE.sub("", military["country"])
        country = _country_names().search(name)
        forces = _MILITARY_WORD.search(name) and not _POLICE_WORD.search(name) and not _OFFICE_WORD.search(name)
        if country is not None and forces:
            return DEMONYMS.get(country.group(1), country.group(1))
    return None


def names_two_countries(name: str) -> bool:
    """Whether a name names the forces of two countries ("Mozambican and Rwandan troops"): no one country's army
    that another of its names joins (helper-366's "Mozambican soldiers" were made the joint force, Rwanda's too)."""
    return len({DEMONYMS.get(m.group(1), m.group(1)) for m in _country_names().finditer(name)}) > 1
