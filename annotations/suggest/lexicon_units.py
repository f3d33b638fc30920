"""Armed units known by a name of their own rather than by a lexicon's word: military operations
acting as forces, fronts named after a person, factions named after their leader and alliances by
their name. Tried among the lexicon's last patterns (`lexicon_bodies.LAST`)."""

from __future__ import annotations

import re

from annotations.suggest.actor_pattern import ActorPattern
from annotations.suggest.names import ARMED_GROUPS

_OPERATION = r"Operation(?:\s+(?:of\s+)?[A-Z][\w\-]+){1,3}"
OPERATIONS: tuple[ActorPattern, ...] = (
    ActorPattern(
        re.compile(
            r"(?:(?<=[Tt]roops of )|(?<=[Ff]orces of )|(?<=[Ss]oldiers of )|(?<=spokesperson of )|(?<=spokesman of )|"
            rf"(?<=spokesman for )|(?<=commander of )){_OPERATION}"
        ),
        "state_forces",
        "a military operation",
        needs=("operation",),
    ),
    ActorPattern(
        re.compile(
            rf"(?:(?<='s )|(?<=’s )){_OPERATION}"
            rf"|\b{_OPERATION}(?=,\s+which\b|\s+(?:said|says|told|stated|pushed|has|had|deployed|killed|launched|"
            r"announced|claimed)\b)"
        ),
        "external_other",
        "a military operation",
        needs=("operation",),
    ),
)
"""A military operation named as the force it is ("troops of Operation Fansan Yamma", "since
Operation Shujaa pushed the rebels out", "Benin's Operation Mirador, which has deployed…"), not an
operation as an event ("during Operation Zarb-e-Azb in 2014")."""
FRONT_AFTER_A_PERSON = "a unit named after a person"
NAMED_FRONTS: tuple[ActorPattern, ...] = (
    ActorPattern(
        re.compile(
            r"\b(?<=the )(?!(?:Northern|Southern|Eastern|Western|Central|North|South|East|West)\s)"
            r"([A-Z][a-zá-ú]+(?:\s+[A-Z][a-zá-ú]+){1,2}\s+(?:front|bloc|mobile column))\b"
        ),
        "rebel_group",
        FRONT_AFTER_A_PERSON,
        group=1,
        needs=("front", "column", "bloc"),  # not "the New York Times column"
    ),
)
"""A front, column or bloc named after a person, with its word in lower case, as news of Colombia
writes a guerrilla's units ("the Jaime Martínez front", "the Dagoberto Ramos column"); not the
frontline named after one place ("the Kharkiv front"), nor one a gazetteer knows ("the El Fasher
front": `actors` drops it where a place starts)."""
NAMED_FACTIONS: tuple[ActorPattern, ...] = (
    ActorPattern(
        re.compile(
            r"\b[Tt]he\s+(?:[A-Z][\w\-]*-(?:led|backed)\s+)?"
            r"(?!(?:Western|Eastern|Northern|Southern|Atlantic|Arab|Islamic|Opposition|Rebel|Government|Military)\s)"
            rf"(?!(?:{ARMED_GROUPS})\s)"  # "the Boko Haram faction" is Boko Haram
            r"((?:al-|el-)?[A-Z](?=[\w’'\-]*[a-z])[\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?\s+(?:faction|wing|alliance))\b"
        ),
        "rebel_group",
        "a faction or alliance by its name",
        group=1,
        needs=("faction", "wing", "alliance"),
    ),
)
"""A movement's faction named after its leader and an alliance by its name, the word in lower case
("the al-Hilu faction", "the Agar faction of the SPLM-N", "the RSF-led Tasis alliance"); not "the
Western alliance" nor a military wing ("the Hamas military wing": a word in lower case before it), nor a
group known by itself or its acronym ("the Boko Haram faction", "the MFDC faction" are that group)."""
NUMBERED_UNITS: tuple[ActorPattern, ...] = (
    ActorPattern(
        re.compile(
            r"(?<!['’]s )\b\d{1,4}(?:st|nd|rd|th)\s+(?:(?:infantry|armou?red|mechani[sz]ed|motori[sz]ed|commando|"
            r"artillery|military|rapid\s+reaction|operational|special\s+forces)\s+)?"
            r"(?:regiment|brigade|battalion|division|military\s+region|sector)\b"
        ),
        "state_forces",
        "a unit by its number",
        needs=("regiment", "brigade", "battalion", "division", "region", "sector"),
    ),
)
"""A unit known by its number, its words in lower case as translated news writes them ("the
commander of the 2207th infantry regiment", "the 34th military region"); its capitalised form is
an organisation's name already ("4th Infantry Division"), and one owned ("CoBRA's 210th battalion") is
its owner's."""
