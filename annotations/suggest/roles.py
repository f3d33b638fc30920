"""The actor type a person's role says: "RSF commander" is of an armed group, "a spokesman for
the General Coordination of Displaced Persons" speaks for civilians, "commander-in-chief" is of
the state's forces, "a farmer" is a civilian.

Every named person used to be typed a government official (or by the words of the role alone,
where "commander-in-chief" said nothing), so a displaced people's spokesman and an army chief
were both officials. The body a person speaks for decides first, then the role's own word.
"""

from __future__ import annotations

import re

from annotations.model import ActorType
from annotations.suggest.lexicon_words import STATE_OFFICES
from annotations.suggest.names import ALLIED_MILITIAS, ARMED_GROUPS, STATE_BODIES
from annotations.suggest.place_context import NATIONALITY
from annotations.text.actor_types import (
    INTERNATIONAL_BODY,
    MOVEMENT,
    NON_STATE_SIDES,
    ORGANISATION_HEAD,
    actor_type_for,
    of_an_international_body,
)
from annotations.text.pattern_cache import compiled

_ARMED_GROUP_NAMED = compiled(
    rf"\b(?:{ARMED_GROUPS}|Houthi)(?![\w-])|\b(?:rebels?|militias?|militiamen|militants?|insurgents?|jihadists?|"
    rf"separatists?|secessionists?|guerrillas?)\b|{MOVEMENT.pattern}"
)
_ALLIED_NAMED = compiled(rf"\b(?:{ALLIED_MILITIAS})\b")
_STATE_BODY_NAMED = compiled(rf"\b(?:{STATE_BODIES})\b")
_SERVES_THE = compiled(
    r"\b(?:spokes\w+|commander|leader|chief|official|member)s?\s+(?:for|of)\s+the\s+"
    r"(movement|rebels|insurgents|jihadists|militants|tribes|tribe|clans|clan)\b",
    re.I,
)
"""A role for a body the article named before by what it is: an armed movement's, a tribe's."""
_CIVIL_SOCIETY = compiled(
    r"\bcivil[\s\-]+society\s+(?:leader|activist|figure|member|representative|coordinator|president)s?\b", re.I
)
"""A role in civil society: a civilian's, no office of a state (not "the minister for civil society
relations", a reviewer's)."""
_AMONG_THE_PEOPLE = compiled(
    rf"(?:{_CIVIL_SOCIETY.pattern}|\b(?:community|youth|village|traditional)\s+(?:leader|elder|chief))\s+$", re.I
)
"""A role among the people right before a name the match opens at ("community leader" + "Paul …"),
not a clause before it ("Joined by village elders, Colonel …", a reviewer's)."""
_GANG = compiled(r"\b(?:gangs?|cartels?)\b", re.I)
"""A gang's or a cartel's people are of a political militia, as ACLED codes them."""
_ROLE_TYPES: dict[str, ActorType] = {
    **dict.fromkeys(
        """commander general colonel officer soldier sergeant lieutenant captain policeman policewoman
        superintendent inspector brigadier major conscript recruit adm admiral cmdr cdr commodore vice
        rear marshal squadron""".split(),
        "state_forces",
    ),
    **dict.fromkeys(
        """farmer teacher resident witness trader student nurse doctor driver survivor retiree pensioner
        widow housewife shopkeeper headman elder villager volunteer cleric imam priest pastor bishop principal
        chaplain rabbi monk abbot mother father wife husband son daughter brother sister grandmother
        grandfather relative fisherman fishermen herder herdsman shepherd miner labourer laborer worker
        vendor merchant mechanic engineer""".split(),
        "civilians",
    ),
    **dict.fromkeys("journalist editor correspondent reporter".split(), "media"),
    **dict.fromkeys("analyst researcher professor lawyer activist fellow".split(), "external_other"),
    **dict.fromkeys(
        """spokesman spokeswoman spokesperson official governor mayor minister lawmaker senator president
        secretary adviser advisor aide administrator councillor councilor deputy director chairman chairwoman
        coordinator representative envoy ombudsman ombudswoman ombudsperson prosecutor negotiator
        mediator commissioner wali secretary-general ambassador diplomat consul prefect sub-prefect""".split(),
        "government_officials",
    ),
}
"""What the role's own word says when the body it serves says nothing ("leader", "member",
"head" and "chief" say nothing of themselves)."""
_OPPOSITION = compiled(r"\b[Oo]pposition\b")
"""A role in the opposition: an armed one's commanders are an armed group's, its members of
parliament legislators, its leaders and activists no state's."""
_ARMED_ROLE = compiled(r"\b(?:commanders?|fighters?|militias?|brigades?|factions?|forces|gunmen|armed)\b", re.I)
_LEGISLATOR = compiled(r"\b(?:member\s+of\s+parliament|MPs?|lawmakers?|legislators?|senators?|deputies|deputy)\b")
_A_BODY = compiled(
    rf"{ORGANISATION_HEAD.pattern}|\b(?:international|borders|agency|bureau|office|programme|program|mission|"
    r"cross|crescent|bank|group|project|institution|rights|league|convention)\b",
    re.I,
)
"""A body for a cause or a service, whose people speak for it ("the secretary general of Amnesty
International", "a coordinator for Doctors Without Borders"): not officials of a state."""
_LEAD = compiled(r"(?:(?:the|a|an)\s+)?((?:(?:[A-Z]\.){2,}\s+|[A-Z][\w\-]*\s+)+)(?=[a-z])")
"""The capitalised words opening a role, before its own words ("WHO spokesperson", "Red Cross
regional director"): the body the person speaks for, when it is one."""
_PORTFOLIO = compiled(
    r"(?:defen[cs]e|interior|(?:foreign|home|internal)\s+affairs|health|justice|information|finance|state|war|"
    r"national\s+defen[cs]e)",
    re.IGNORECASE,
)
"""A minister's or a secretary's portfolio ("of Defence", "of State"): no body the person serves."""
_ACRONYM_BEFORE_A_TITLE = compiled(r"(?:(?:the|a|an)\s+)?((?:[A-Z]\.){2,}\s*|[A-Z]{2,}\s+)(?=[A-Z])")
"""A body's acronym before a title written in capitals ("UN Secretary-General", "EU High
Representative"), which `_LEAD` (capitalised words before lower-case ones) does not find."""
_ROLE_WORD = compiled(r"[A-Za-z]+(?:-[A-Za-z]+)*")
"""A role's word, hyphens kept: "Secretary-General" is no general; "Major-General" is, by its last part."""
_BODY = compiled(
    r"\b(?:for|of|at|with|from|in)\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'\-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w’'\-]*))*(?<![a-z] of)(?<![a-z] and)(?<![a-z] the))"
    r"|[a-z]+(?:\s+[a-z]+)?(?=\s*(?:[,.;:]|$)))"
)
"""The body a role serves: capitalised words ("the General Coordination of Displaced Persons and
Refugees"), or one or two lower-case words ending the role ("for the military government")."""
_BODY_AFTER = compiled(
    r"\s+(?:for|of|at|with|from)\s+(?:the\s+)?"
    r"(?:(?!\s(?:said|says|told|added|claimed|denied|accused|confirmed|reported|warned)\b)[^,.;:“”\"\n]){1,80}"
)
"""What follows a role ending a match ("…, a spokesman" + " for the General Coordination…"), up to
its verb ("A spokesman for the army said the rebels …" is the army's, not the rebels')."""
_QUALIFIER = compiled(rf"(?:\w+-|(?<![.!?] )(?<!^)[A-Z][\w’'\-]*\s|\b{NON_STATE_SIDES}\s)$")
"""The word qualifying a role that opens a match: "Secretary-" General, "Naparama " commander, "rebel "
commander ("A rebel commander, Juan Gomez," was typed the state's forces)."""


_OWNER = compiled(rf"(?:[A-Z][\w\-]*['’]s|\b(?:{NATIONALITY.pattern}))\s$")
"""Whose an office is, before the word qualifying it: "Israel's" or "Russian" UN ambassador."""


def role_around(text: str, start: int, end: int, name: tuple[int, int]) -> str:
    """The words of a match (`start`, `end`) about the name in it that say the person's role,
    with the word qualifying a role that opens it and the body a role that ends it serves."""
    opening = _QUALIFIER.search(text, max(0, start - 30), start)
    if opening is not None:  # "Israel's UN ambassador": whose the office is
        opening = _OWNER.search(text, max(0, opening.start() - 30), opening.start()) or opening
    if end > name[1] and _ENDS_CAPITALISED.search(text, max(name[1], end - 30), end):
        title = _TITLE_GOES_ON.match(text, end)  # "…, the Resident District Commissioner", not "the Resident"
        end = title.end() if title is not None else end
    body = _BODY_AFTER.match(text, end)
    before = text[opening.start() if opening else start : name[0]]
    return f"{before} {text[name[1] : body.end() if body else end]}".strip(" ,")


_ENDS_CAPITALISED = compiled(r"(?<![\w’'\-])[A-Z][a-z][\w’'\-]*$")
_TITLE_GOES_ON = compiled(r"(?:\s+[A-Z][\w’'\-]*)+")
"""The capitalised words a title goes on with after the role word a match ended at."""


_WORDS_BEFORE = compiled(r"((?:(?:[A-Z]\.){2,}\s+|[A-Z][\w’'\-]*\s+){1,4})(?:[a-z]+\s+){0,2}$")
"""Capitalised words and, after them, up to two words of the role ("ICRC regional director")."""


def of_an_international_body_before(text: str, at: int) -> bool:
    """Whether the capitalised words right before `at` (a role and a name: "WHO spokesperson
    Tarik Jasarevic", even opening a sentence) name an international body the person speaks for."""
    before = _WORDS_BEFORE.search(text, max(0, at - 50), at)
    if before is None:
        return False
    owner = text[max(0, before.start() - 3) : before.start()]
    return of_an_international_body(text[before.start(1) : at + 20]) and not re.search(r"['’]s\s$", owner)


def of_an_armed_group(role: str) -> bool:
    """A role an armed group gives ("RSF commander", "the M23 spokesman", "a rebel spokesman"):
    the person is typed with the group, not as a government official (within the sentence)."""
    return _ARMED_GROUP_NAMED.search(re.split(r"[.;:!?”\"]\s", role)[-1]) is not None


_FORCES_SPOKESMAN = compiled(
    r"(?:military|army|police|security)\s+spokes|(?:military|army|police)\s+officials?\b", re.I
)
"""A spokesman of forces speaks for them ("an army spokesman"), as their commander does, and
so do their officials ("military officials")."""


_FORCES_WORD_BEFORE = compiled(r"\b(?:military|army|police)\s+$", re.I)


def forces_role_before(text: str, at: int) -> ActorType | None:
    """The side of a role right after a word of forces ("army spokesman Nabil Abdallah", the
    role's match starting at "spokesman"): the forces', or a rebel group's when one owns them
    ("the group's military spokesman"); None when no such word stands before `at`."""
    forces = _FORCES_WORD_BEFORE.search(text, max(0, at - 12), at)
    if forces is None:
        return None
    return "rebel_group" if _OF_A_GROUP.search(text, max(0, forces.start() - 30), forces.start()) else "state_forces"


def forces_spokesman(words: str) -> bool:
    """Whether the words are forces' spokesman ("military spokesman"): of the forces, no official."""
    return _FORCES_SPOKESMAN.search(words) is not None


_OF_A_GROUP = compiled(rf"(?:\b(?:{ARMED_GROUPS}|Houthi|rebels?)|\b(?:group|movement|rebels)['’]s?)\s+(?:own\s+)?$")
"""Right before forces' spokesman: the armed group whose they are."""


_CARE = compiled(r"\b(?:medical|hospital|clinic)\b", re.I)
_FORCES_CARE = compiled(r"\b(?:army|military|police|ministry|minister)\b", re.I)
"""Who runs a hospital or a clinic is a health worker, a civilian as ACLED codes them (a
"superintendent" or a "director" there is none of the police's or the state's), unless the
forces' or a ministry's."""


_SIDELESS_COMMANDER = compiled(r"(?:(?:local|senior|top)\s+){1,2}commander", re.I)
"""A commander of no side the words name: in many wars as often a militia's as an army's."""


_NAMED_GROUP = compiled(rf"\b(?:{ARMED_GROUPS})(?![\w-])")
_MILITIA = compiled(r"\bmilitia", re.I)
"""A militia no name says whose: a political militia, as ACLED codes most."""


def official_type(text: str, start: int, end: int, default: ActorType) -> ActorType:
    """An unnamed official's type (the words at `start`:`end`): the side the role or the body it
    serves says ("a Taliban commander", "a local commander of the ELN", "a rebel official"),
    forces for forces' people ("a military source", "an army spokesman"), other for a commander
    of no side named ("a local commander")."""
    name = text[start:end]
    body = _BODY_AFTER.match(text, end)
    role = name + (body.group() if body else "")
    by_role = role_type(role, default)
    if by_role == "state_forces" and _SIDELESS_COMMANDER.fullmatch(role):
        return "external_other"
    if _MILITIA.search(role) and not _NAMED_GROUP.search(role):
        return "political_militia"  # "a militia spokesman", "a commander of the Naparama militia"
    forces = actor_type_for(name) == "state_forces" and by_role == default
    if _FORCES_SPOKESMAN.match(name) and _OF_A_GROUP.search(text, max(0, start - 30), start):
        return "rebel_group"  # "Yahya Saree, the group's military spokesman", "an al-Shabaab military spokesman"
    return "state_forces" if forces or _FORCES_SPOKESMAN.match(name) else by_role


def role_type(role: str, default: ActorType) -> ActorType:
    """The actor type of a person with this role: an armed group's, else that of the body the
    role serves when its name says one, else the role word's (the last one: "deputy commander"),
    else `default`. A rank or command qualified by a name that is no nationality says nothing
    ("a Zogo commander" may be of any side; "a Fano commander" is Fano's, an armed group the lexicon knows)."""
    if _ALLIED_NAMED.search(role):  # "a local commander of the Civilian Joint Task Force": no civilian
        return "political_militia"
    if _STATE_BODY_NAMED.search(role):
        return "state_forces"
    if of_an_armed_group(role):
        return "rebel_group"
    if _GANG.search(role):
        return "political_militia"
    if _OPPOSITION.search(role):  # "Opposition leader Succes Masra" holds no office of the state
        if _ARMED_ROLE.search(role):
            return "rebel_group"  # "a former opposition commander in Jasim"
        return "government_officials" if _LEGISLATOR.search(role) else "external_other"
    served_by_name = _SERVES_THE.search(role)
    if served_by_name is not None:  # "a spokesman for the movement", "a spokesman for the tribes"
        return "identity_militia" if served_by_name.group(1).startswith(("tribe", "clan")) else "rebel_group"
    if _FORCES_SPOKESMAN.search(role):  # "Military spokesman Brigadier General X", named or not
        return "state_forces"
    if _CARE.search(role) and not _FORCES_CARE.search(role):  # "the medical superintendent of Turbat Teaching Hospital"
        return "civilians"
    if _CIVIL_SOCIETY.search(role):  # "Local civil society leader Jean-Baptiste Kambale" holds no office (helper-247's)
        return "civilians"
    outside = role
    for body in _BODY.finditer(role):
        named = body.group(1)
        if _PORTFOLIO.fullmatch(named):
            outside = outside.replace(named, " ")  # "the minister of defence" is a minister, no soldier
            continue
        served = actor_type_for(named)
        if served in ("civilians", "external_other") and (_A_BODY.search(named) or INTERNATIONAL_BODY.search(named)):
            return "external_other"  # a spokesman for a displaced people's coordination speaks for it
        if served != "external_other":
            return served
        outside = outside.replace(named, " ")  # "a doctor at Las Anod General Hospital"
    lead = _LEAD.match(outside) or _ACRONYM_BEFORE_A_TITLE.match(outside)
    if lead is not None and of_an_international_body(outside[lead.start(1) :]):
        return "external_other"  # "the WHO spokesperson" speaks for the WHO
    words = _ROLE_WORD.findall(outside)
    for index in range(len(words) - 1, -1, -1):
        said = _word_type(words[index])
        before = words[index - 1] if index else ""
        if said is None or (words[index].lower() == "general" and _word_type(before) not in (None, "state_forces")):
            continue  # "Director General" is a director
        if said == "state_forces" and before[:1].isupper() and _word_type(before) is None:
            return default if not NATIONALITY.fullmatch(before) else said
        return said
    return default


def role_word_type(word: str) -> ActorType | None:
    """What a role word says of the one who holds it ("Commissioner": an official), or None."""
    return _word_type(word)


def _word_type(word: str) -> ActorType | None:
    """A role word's type, a hyphened one by its whole, its last or its first part
    ("Major-General", "commander-in-chief")."""
    lowered = word.lower()
    parts = lowered.split("-")
    return _ROLE_TYPES.get(lowered) or _ROLE_TYPES.get(parts[-1]) or _ROLE_TYPES.get(parts[0])


def of_the_group_before(text: str, low: int, at: int) -> bool:
    """Whether a role between `low` and the name at `at` is "its"/"their" spokesman or commander
    of a rebel group that is the subject of the sentence before ("The Baloch Liberation Front
    claimed the attack. Its spokesman, Major Gwahram Baloch, said …"): the group's, not a major
    of a state's forces."""
    if _ITS_OWN.search(text, low, at) is None:
        return False
    return of_an_armed_group(subject_before(text, at)) or of_an_armed_group(subject_of(text, at))


def subject_of(text: str, at: int) -> str:
    """The subject of the sentence at `at` ("The outlawed Baloch Liberation Army (BLA) claimed responsibility in a
    message sent … by its spokesman, Jeeyand Baloch": helper-275's spokesman was a government official)."""
    return _opening_name(text, at)


_ITS_OWN = compiled(r"\b(?:[Ii]ts|[Tt]heir|[Tt]he group['’]s)\s+(?:\w+\s+)?(?:spokes\w+|commander|leader|chief)\b")
"""A role of the body named before ("Its spokesman, Major X"): the body's side, not the title's."""


def subject_before(text: str, at: int) -> str:
    """The subject of the sentence before the one at `at`, where "its" points back to: its
    opening name ("The Baloch Liberation Front (BLF), a separatist group, claimed …"), not an
    object ("The Pakistani military said it killed 12 Baloch Liberation Army fighters")."""
    end = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    return _opening_name(text, end) if end > 0 else ""


def _opening_name(text: str, end: int) -> str:
    """The name that opens the sentence ending at `end`, past its dateline and an opening phrase ("On
    Monday, the M23 said …")."""
    stop, line = text.rfind(". ", 0, end), text.rfind("\n", 0, end)
    start = _after_a_dateline(text, max(stop + 2 if stop >= 0 else 0, line + 1), end)
    opening = _OPENING_PHRASE.match(text, start, end)
    kind_then_name = _A_KIND_THEN_NAME.match(text, opening.end() if opening else start, end)
    if kind_then_name is not None:
        return kind_then_name["name"]
    subject = _OPENING_NAME.match(text, opening.end() if opening else start, end)
    return subject.group() if subject else ""


_A_KIND_THEN_NAME = compiled(
    r"(?:An?|The)\s+(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*,\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|of|the|and))*)"
)
"""A sentence opened by what a group is, then its name ("A separatist group, the Ambazonia Defence Forces (ADF),
claimed …": helper-307's "its spokesman" was nobody's)."""


_DATELINE_DASH = compiled(r"\s[-–—]\s+")


def _after_a_dateline(text: str, start: int, end: int) -> int:
    """Where a sentence's words begin after its dateline ("QUETTA, Pakistan, March 4, 2025 (Reuters) - The …")."""
    dash = _DATELINE_DASH.search(text, start, min(end, start + 90))
    return dash.end() if dash is not None else start


_OPENING_PHRASE = compiled(
    r"(?:On|In|After|During|Since|Before|Late|Early|Earlier|Later|Meanwhile|Overnight|Last|This|According)\b[^,.]{0,40},\s+"
)
_OPENING_NAME = compiled(
    r"(?:The\s+(?:(?-i:[a-z][\w\-]*)\s+){0,2}?)?(?:(?:[A-Z][\w’'\-]*|of|the|and|al-\w+)\s+)*[A-Z][\w’'\-]*"
    r"(?:\s+(?:fighters|militants|militiamen|rebels))?"  # "The outlawed Baloch Liberation Army"
)


_OFFICE = compiled(rf"(?<![Dd]efen[cs]e )(?:{STATE_OFFICES}|[Ff]oreign [Oo]ffice)$")


def office_of_a_state(words: str) -> bool:
    """Whether words a state's forces were looked for in end with an office ("Israel's
    ambassador", "Sudan's government", "Lebanon's health ministry"): officials, not forces; its
    defence ministry speaks for its forces."""
    return _OFFICE.search(words) is not None


def _side_by_acronym_before(text: str, at: int) -> ActorType | None:
    """The side of a role right after an acronym (`at`) the article spelt out before it: a state's
    forces ("IDF spokesman" after "the Israel Defense Forces (IDF)"), an armed group's ("AA
    spokesman" after "the Arakan Army (AA)"); None for any other acronym."""
    before = _WORDS_BEFORE.search(text, max(0, at - 50), at)
    acronym = before.group(1).strip() if before is not None else ""
    if not acronym.isupper() or not acronym.isalpha() or len(acronym) < 2:
        return None
    defined = re.search(rf"((?:[A-Z][\w’'\-]+\s+)+)\({acronym}\)", text[: before.start()] if before else "")
    name = defined.group(1).strip() if defined is not None else ""
    if not name:
        return None
    if of_an_armed_group(name):
        return "rebel_group"
    return "state_forces" if actor_type_for(name) == "state_forces" else None


def person_type(text: str, match: re.Match[str], name: tuple[int, int], default: ActorType) -> ActorType:
    """A person's type from the words of the match around the name, with the body the role serves
    after it ("…, a spokesman" + " for the General Coordination of Displaced Persons"); an armed
    group named just before counts ("RSF commander …")."""
    if of_an_armed_group(text[max(0, match.start() - 30) : name[0]]):
        return "rebel_group"
    if _GANG.search(text, max(0, match.start() - 12), name[0]):
        return "political_militia"  # "Gang leader Jimmy Cherizier" (helper-262's government official)
    if (led := _WHAT_ONE_LEADS_BEFORE.search(text, max(0, match.start() - 40), name[0])) is not None:
        return role_type(leader_of(led.group(1).lower()), "rebel_group")  # over "army general" after it
    if of_the_group_before(text, max(0, match.start() - 20), name[0]):
        return "rebel_group"  # "The Baloch Liberation Front claimed it. Its spokesman, Major Gwahram Baloch, said …"
    if of_an_international_body_before(text, match.start()):
        return "external_other"  # "WHO spokesperson Tarik Jasarevic", opening a sentence
    if (forces := forces_role_before(text, match.start())) is not None:
        return forces  # "… that army spokesman Nabil Abdallah"
    if (side := _side_by_acronym_before(text, match.start())) is not None:
        return side  # "IDF spokesman Avichay Adraee", after "the Israel Defense Forces (IDF)"
    if _HEADS_A_GOVERNMENT.search(text, max(0, match.start() - 60), name[0]):
        return "government_officials"  # "the military government, led by Captain Ibrahim Traoré": no soldier's rank
    if (people := _AMONG_THE_PEOPLE.search(text, max(0, match.start() - 30), name[0])) is not None:
        return role_type(people.group(), "external_other")  # "Local civil society leader X": no official
    return role_type(role_around(text, match.start(), match.end(), name), default)


LED_SIDES = {
    "militia": "",
    "gang": "",
    "faction": "rebel ",
    "splinter": "rebel ",
    "cell": "rebel ",
    "rebel": "",
    "fighter": "rebel ",
    "insurgent": "",
    "militant": "",
}
"""What a person leads that makes him its leader whatever his title, each with the side its name leaves
unsaid (helper-296: "Fighters led by former army general X" were typed other as a "fighter leader")."""


def leader_of(led: str) -> str:
    """The role of whom leads `led` ("militia leader", "rebel faction leader")."""
    return f"{LED_SIDES.get(led, '')}{led} leader"


_WHAT_ONE_LEADS_BEFORE = compiled(
    r"(?<!counter-insurgency )(?<!army )(?<!police )(?<!military )"
    rf"\b((?i:{'|'.join(LED_SIDES)}))s?(?:\s+group)?,?\s+"
    r"(?:(?:now|then|still|currently|jointly|formerly|once|previously|long)\s+)?(?:led|headed|commanded)\s+by\s+"
    r"(?:[\w\-]+\s+){0,4}$"
)
"""What a person leads, told before his title ("Militias led by former army general X": the militias'
leader, whatever rank he held once; stop 83's review found him state forces)."""
_HEADS_A_GOVERNMENT = compiled(
    r"\b(?:junta\s+(?:leader|chief|head)|(?:leader|head)\s+of\s+the\s+(?:junta|military\s+government|transition)|"
    r"(?:government|junta|regime|council),?\s+(?:led|headed)\s+by|transitional\s+president)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
"""Words before a person who heads a government, military or not, whatever rank they hold."""
