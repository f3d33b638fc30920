"""The kind of actor a name describes ("Afghan government troops" are forces, "Taliban forces"
insurgents, "National Human Rights Defense Network" a body for a cause): read the same way when
a form is pre-filled and when a suggestion is made.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotations.model import ActorType
from annotations.text.pattern_cache import compiled
from annotations.text.per_text import TEXTS_KEPT

ACTOR_TYPE_PATTERNS: tuple[tuple[ActorType, re.Pattern[str]], ...] = (
    (
        "media",
        compiled(r"\b(?:news|agency|press|tv|television|radio|times|post|media|reuters|afp|ap)\b", re.I),
    ),
    (
        "government_officials",
        compiled(
            r"\b(?:officials?|ministry|minister|governor|spokes(?:man|woman|person)|mps?|"
            r"parliament\w*|speaker|lawmakers?|legislators?|president|presidential|presidency|government|junta|"
            r"commissioners?|mayors?|administrators?|prefects?|councill?ors?|"
            r"(?:regional|state|provincial|zonal|district|federal|county)\s+(?:[a-z]+\s+)?(?:bureau|administration))\b",
            re.I,
        ),
    ),
    (
        "state_forces",
        compiled(
            r"\b(?:army|forces?|police|military|troops|soldiers|defen[cs]e|division|battalion|regiment|"
            r"infantry|corps|rifles|guards?|gendarmerie|"
            r"^(?:(?:two|three|four|several|many|other|local|and)\s+)*security\s+sources?)\b",  # no "Rebel" ones
            re.I,
        ),
    ),
    (
        "rebel_group",
        compiled(
            r"\b(?:taliban|insurgents?|militants?|rebels?|isis|islamic state|al-?qaeda|extremists?)\b",
            re.I,
        ),
    ),
    ("political_militia", compiled(r"\b(?:militias?|mujahideen|uprising|cartels?|gangs?)\b", re.I)),
    (
        "civilians",  # "health workers"; Colombia's "social leaders", killed as civilians (helper-309's was a party)
        compiled(
            r"\b(?:residents?|civilians?|villagers?|refugees?|workers?|(?:social|community)\s+leaders?|"
            r"human\s+rights\s+defenders?)\b",
            re.I,
        ),
    ),
    ("protesters", compiled(r"\b(?:protesters?|demonstrators?)\b", re.I)),
    ("rioters", compiled(r"\brioters?\b", re.I)),
)


NON_STATE_SIDES = r"(?:rebel|separatist|guerrilla|jihadist|insurgent|militia|gang)"
"""Common words for a side that is no state's, before a role ("a rebel commander", "gang members"):
the role is that side's."""


MOVEMENT = compiled(
    r"\b(?:Liberation|Alliance|Front|Movement|Resistance|(?<!Muslim )(?<!Aryan )Brotherhood|Democratic \w+ Army"
    r"|Independence (?:Army|Organi[sz]ation)|Revolutionary Armed Forces|Ambazonian?"
    r"|\w+ Salvation Army|for the Popular Revolution"  # ARSA, the CRP (helper-288: state forces, other)
    r"|(?:(?<=[Tt]he )|(?<![A-Za-z] ))People['’]s Defen[cs]e Forces?)\b"
)
"""Words that name an armed movement ("Ta'ang National Liberation Army" is no state's army, nor the
Kachin Independence Army, nor Myanmar's People's Defence Force; the Uganda People's Defence Force is)."""


_OF_STATES = compiled(
    r"\b(?:Alliance|Confederation|Union|League|Organi[sz]ation)\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}States\b"
)
"""A body of states ("the Alliance of Sahel States", "the Organization of American States")."""


ORGANISATION_HEAD = compiled(
    r"\b(?:network|association|committees?|collective|foundation|federation|coalition|institute|cent(?:re|er)|"
    r"commission|organi[sz]ation|society|watch|union|coordination|league|council|trust|fund|platform|"
    r"observatory|initiative|alliance)\b",
    re.I,
)
"""Words naming a body of people for a cause: the body's other words say what it works on, not
what it is ("Defense Network", "Coordination of Displaced Persons")."""


_POSSESSIVE = compiled(r"['’]s\b")
_OF_A_STATE = compiled(r"\b[A-Z][a-z]+(?:an|ian|ese|i|ish|ic)\s+$")
"""A nationality right before the body of a state's office at it ("Sudanese UN envoy", "Russian UN
ambassador"; a "British UN aid chief" is the UN's)."""
_STATES_OFFICE = compiled(r"\s+(?:envoy|ambassador|representative|delegate|delegation|mission)\b", re.IGNORECASE)
"""A state's officials at a body ("Sudan's UN envoy") are the state's."""

_CIVIC_HEAD = compiled(r"(?:committees?|network|association|society|coordination)", re.I)
"""A body of citizens, whatever it resists or liberates ("El Obeid Resistance Committees")."""


INTERNATIONAL_BODY = compiled(
    r"\b(?:UN|UNHCR|UNICEF|UNAMA|UNMISS|UNIFIL|UNRWA|UNDP|UNFPA|UNSC|UNESCO|UNOCHA|UNSMIL|UNAMI|UNMHA|UNSOM|"
    r"UNISFA|UNOWAS|UNODC|UNOPS|UNAMID|UNDOF|UNITAMS|UNMAS|UNFICYP|UNMIK|UNTSO|UNMOGIP|WHO|ICRC|IOM|WFP|OCHA|MSF|IRC|"
    r"NRC|HRW|IFRC|EU|AU|ECOWAS|IGAD|SADC|"
    r"OSCE|IAEA|MONUSCO|MINUSMA|MINUSCA)\b(?!-)"
    r"|\b(?:United Nations|Red Cross|Red Crescent|European Union|African Union)\b(?!-)|\bU\.N\.(?=\s)"
)
"""International bodies (by acronym or name) whose officials and spokespeople are no state's:
"UN officials" and "a WHO spokesperson" speak for the body, as ACLED codes them (other)."""

_OFFICIALS_HEAD = compiled(r"officials?|spokes(?:man|woman|person|people)|staff|envoy|representatives?", re.I)


def of_an_international_body(words: str) -> bool:
    """Whether the words name people of an international body ("UN officials", "a WHO
    spokesperson"), not a state's people at one ("Sudan's UN envoy", "Sudanese UN envoy")."""
    body = INTERNATIONAL_BODY.search(words)
    if body is None or _POSSESSIVE.search(words) is not None:
        return False
    return not (_OF_A_STATE.search(words, 0, body.start()) and _STATES_OFFICE.match(words, body.end()))


_A_STATES_COMMAND = compiled(
    r"(?:the\s+)?(?:U\.S\.\s+|US\s+|UK\s+|IDF\s+|NATO\s+)?"
    r"(?:(?:Western|Eastern|Northern|Southern|Central|North|South|East|West|Africa|European|Pacific|Indo-Pacific)\s+"
    r"(?:(?-i:[A-Z][a-z]+)\s+)?|(?:(?-i:[A-Z][a-z]+)\s+){1,2}State\s+Police\s+|(?:Joint|Naval|Air|Theatre|Theater)\s+"
    r"(?:Operations\s+)?)Command",
    re.I,
)
"""A state's command by its region or arm ("Western Mindanao Command", "Borno State Police Command",
"U.S. Africa Command"); a group's command by its name is the group's ("M23 High Command", "RSF
Command": helper-265's review)."""
_NUMBERED_UNIT = compiled(
    r"(?:the\s+)?\d+(?:st|nd|rd|th)\s+(?:[A-Z][\w\-]*\s+){0,3}(?:Brigade|Battalion|Regiment|Division|Corps)",
    re.I,
)
"""An army's unit by its number ("the 3rd Assault Brigade", "the 25th Airborne Brigade": a second
newcomer's were of no side, typed other)."""


def actor_type_for(name: str) -> ActorType:
    """The type a name suggests: an armed group's name wins ("Taliban forces" are insurgents),
    then the head noun ("Afghan government troops" are forces, "government officials" officials,
    but "UN officials" speak for an international body), then any word of the name."""
    rebels = next(p for t, p in ACTOR_TYPE_PATTERNS if t == "rebel_group")
    head = name.split()[-1] if name.split() else ""
    if _OF_STATES.search(name):
        return "external_other"  # "the Alliance of Sahel States (AES)": states, no movement (helper-262's rebels)
    if rebels.search(name) or (MOVEMENT.search(name) and not _CIVIC_HEAD.fullmatch(head)):
        return "rebel_group"
    if _AN_ARMY_OF_A_COUNTRY_BY_A_NAME.match(name) or _REVOLUTIONARIES.search(name):
        return "rebel_group"
    if _DEFENDS_RIGHTS.search(name) or _CIVIL_SOCIETY.search(name):
        return "external_other"  # "the Chadian Convention for the Defence of Human Rights" defends no country
    if (_OFFICIALS_HEAD.fullmatch(head) or _COMMISSIONER.search(name)) and of_an_international_body(name):
        return "external_other"  # "the UN High Commissioner for Refugees" is no refugee
    if _POLICE_CHIEF.search(name) or _NUMBERED_UNIT.fullmatch(name) or _A_STATES_COMMAND.fullmatch(name):
        return "state_forces"  # "the police commissioner" commands forces; "the 3rd Assault Brigade" is an army's
    for actor_type, pattern in ACTOR_TYPE_PATTERNS:
        if pattern.search(head):
            return _no_states_if_international(actor_type, name)
    body = ORGANISATION_HEAD.search(head) is not None  # "National Human Rights Defense Network"
    for actor_type, pattern in ACTOR_TYPE_PATTERNS:
        if pattern.search(name) and (not body or actor_type == "government_officials"):
            # a body's other words say what it works on ("Defense"), unless it governs
            return _no_states_if_international(actor_type, name)
    return "external_other"


def _no_states_if_international(actor_type: ActorType, name: str) -> ActorType:
    """A UN force or official is no state's ("United Nations Interim Force in Lebanon", "the UN
    High Commissioner for Human Rights")."""
    state = actor_type in ("state_forces", "government_officials")
    return "external_other" if state and of_an_international_body(name) else actor_type


_REVOLUTIONARIES = compiled(r"\bRevolutionar(?:ies|y)\b(?!.*\bGuards?\b)")
"""Revolutionaries who take up arms ("Union of Revolutionaries for the Defence of the Congolese
People": a newcomer's was typed state forces for its "Defence" and taken for the Congolese army),
not a state's guards ("Islamic Revolutionary Guard Corps")."""
_DEFENDS_RIGHTS = compiled(
    r"\b[Dd]efen[cs]e\s+of\s+(?:the\s+)?(?:[Hh]uman\s+|[Cc]ivil\s+|[Pp]eoples?['’]?s?\s+)?[Rr]ights\b"
)
"""A body "for the Defence of Human Rights": a rights group, whatever "Defence" says elsewhere."""
_CIVIL_SOCIETY = compiled(
    r"\bForces\s+[Vv]ives\b|\bSoci(?:été|edad|edade)\s+[Cc]ivil|\b(?:Salvation\s+Army|Mercy\s+Corps|Peace\s+Corps)\b"
)
"""French "forces vives" are a country's parties, unions and associations, not its forces
("Forces Vives de Guinée"); "société civile" is civil society; charities named like forces ("The
Salvation Army", "Mercy Corps") are no state's."""
_AN_ARMY_OF_A_COUNTRY_BY_A_NAME = compiled(
    r"(?:[Tt]he\s+)?(?!(?:National|Royal|Federal|Imperial|People['’]s|Armed|Military|Defen[cs]e|Joint|Special|"
    r"Regular|Republican|Central|Territorial)\b)[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}\s+"
    r"(?:Army|Armed\s+Forces|(?:Self-)?Defen[cs]e\s+Forces)\s+of\s+(?:the\s+)?[A-Z]"
)
"""An army "of" a country under a name of its own ("Gaitanista Army of Colombia", "Revolutionary
Armed Forces of Colombia", "United Self-Defense Forces of Colombia"): an armed group that claims
the country, not its state's forces ("National Army of Colombia", "Armed Forces of the
Philippines", "Royal Army of Oman")."""
_COMMISSIONER = compiled(r"\b(?:High\s+)?Commissioner\b", re.I)
_POLICE_CHIEF = compiled(r"\bpolice\s+(?:commissioner|chief|commander)s?\b", re.I)


_KIND_WORD = compiled(r"\b(gangs?|militias?|cartels?|rebels?|insurgents?|militants?)(?:\s+group)?\b")
_BEFORE_A_KIND = compiled(
    r"(?:\s+\([A-Z][\w\-]{1,9}\))?\s+"
    r"(?:(?:drug|criminal|street|rival|local|armed|ethnic|tribal|self-defen[cs]e|pro-government)\s+)?$"
)
"""A kind noun right after a name (and its acronym): "the Comando Vermelho drug gang", "the
Naparama militia", "the Grupo Norte (GN) gang"."""


def kind_named_after(text: str, name: str) -> ActorType | None:
    """The type a kind noun written right after the name, anywhere in the text, gives it, or
    None: a name no word of which tells its kind was "external other" ("the Comando Vermelho
    drug gang", though the headline named it first alone)."""
    for end, kind in _kinds_named(text):
        start = end - len(name)
        if start >= 0 and text.startswith(name, start) and not text[start - 1 : start].isalnum():
            return actor_type_for(kind)
    return None


@lru_cache(maxsize=TEXTS_KEPT)  # read once per text, for every new name of it
def _kinds_named(text: str) -> tuple[tuple[int, str], ...]:
    """Where a name would end before each kind noun of the text, and the noun."""
    found = []
    for kind in _KIND_WORD.finditer(text):
        before = _BEFORE_A_KIND.search(text, max(0, kind.start() - 40), kind.start())
        if before is not None:
            found.append((before.start(), kind.group(1)))
    return tuple(found)
