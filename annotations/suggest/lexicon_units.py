"""Armed units known by a name of their own rather than by a lexicon's word: military operations
acting as forces, fronts named after a person, factions named after their leader and alliances by
their name. Tried among the lexicon's last patterns (`lexicon_bodies.LAST`)."""

from __future__ import annotations

from annotations.suggest.actor_pattern import ActorPattern
from annotations.suggest.names import ARMED_GROUPS, names_trie
from annotations.text.pattern_cache import compiled

_OPERATION = r"Operation(?:\s+(?:of\s+)?[A-Z][\w\-]+){1,3}"
OPERATIONS: tuple[ActorPattern, ...] = (
    ActorPattern(
        compiled(
            r"(?:(?<=[Tt]roops of )|(?<=[Ff]orces of )|(?<=[Ss]oldiers of )|(?<=spokesperson of )|(?<=spokesman of )|"
            rf"(?<=spokesman for )|(?<=commander of )){_OPERATION}"
        ),
        "state_forces",
        "a military operation",
        needs=("operation",),
    ),
    ActorPattern(
        compiled(
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
        compiled(
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
FACTION_BY_NAME = "a faction or alliance by its name"
NAMED_FACTIONS: tuple[ActorPattern, ...] = (
    ActorPattern(  # "the RSF-led Tasis alliance"
        compiled(r"\b[Tt]he\s+[A-Z][\w\-]*-(?:led|backed)\s+([A-Z][\w’'\-]+\s+alliance)\b"),
        "rebel_group",
        FACTION_BY_NAME,
        group=1,
        needs=("alliance",),
    ),
    ActorPattern(  # "the al-Hilu faction"
        compiled(r"\b[Tt]he\s+((?:al-|el-)[A-Z][\w’'\-]+\s+(?:faction|wing))\b"),
        "rebel_group",
        FACTION_BY_NAME,
        group=1,
        needs=("faction", "wing"),
    ),
    ActorPattern(  # "the Agar faction of the SPLM-N", not "… of the Communist Party"
        compiled(
            rf"\b[Tt]he\s+(?!(?:{ARMED_GROUPS})\s)([A-Z](?=[\w’'\-]*[a-z])[\w’'\-]+\s+(?:faction|wing))\b"
            r"(?=\s+of\s+(?:the\s+)?(?!(?:[\w\-]+\s+){0,3}(?:[Pp]arty|[Cc]ongress|[Pp]arliament|[Aa]ssembly)\b)"
            r"(?:[A-Z]{2,}|[A-Z][\w’'\-]+\s+[A-Z]))"
        ),
        "rebel_group",
        FACTION_BY_NAME,
        group=1,
        needs=("faction", "wing"),
    ),
    ActorPattern(  # "the Gangaw District PDF", "the Kani PDF": a Myanmar resistance force by its place
        compiled(
            r"(?<=\b[Tt]he )((?:[A-Z][a-z][\w\-]*\s+){1,3}(?:PDF|LDF)s?)\b(?!\s+(?:file|document|version|format))"
        ),
        "rebel_group",
        "a local resistance force by its place",
        group=1,
        needs=("pdf", "ldf"),
    ),
)
CRIMINAL_GROUP_NAMES = names_trie(
    """La Familia Michoacana; Familia Michoacana; Los Zetas; Cártel del Noreste; Cartel del Noreste; Gulf Cartel;
    Cártel del Golfo; Jalisco New Generation Cartel; Cártel Jalisco Nueva Generación; CJNG; Sinaloa Cartel;
    Cártel de Sinaloa; Los Chapitos; Los Mayos; Caballeros Templarios; Knights Templar Cartel; Los Viagras;
    Cártel de Santa Rosa de Lima; Guerreros Unidos; Los Rojos; Los Ardillos; Los Tlacos; Tren de Aragua;
    Los Choneros; Los Lobos; Los Tiguerones; Los Chone Killers; Primeiro Comando da Capital; Comando Vermelho;
    Los Huistas; La Línea; Gente Nueva; Los Mexicles; Los Aztecas; Cárteles Unidos; La Nueva Familia Michoacana;
    Clan del Golfo; Gaitanista Army of Colombia; Los Pachenca; La Oficina de Envigado; Los Shottas"""
)
"""Criminal groups of Latin America by name, which no word of theirs says are groups (a name's shape
does not: "Los Reyes", "Los Naranjos", "Los Pinos" are places as often as "Los Tlacos" is a group)."""
CRIMINAL_GROUPS: tuple[ActorPattern, ...] = (
    ActorPattern(compiled(rf"\b(?:{CRIMINAL_GROUP_NAMES})\b(?!-)"), "political_militia", "criminal group"),
)

BLOCS: tuple[ActorPattern, ...] = (
    ActorPattern(
        compiled(
            r"(?<![\w’'\-])(?:(?!(?:Eastern|Western|Soviet|Socialist|Communist|Capitalist|Former|The|A|An)\b)"
            r"[A-Z][\w\-]*[ \t]+){1,4}Blocs?\b"
        ),
        "external_other",
        "organisation",
        needs=("bloc", "blocs"),
        by_shape=True,
    ),
)
"""A bloc by its name: a guerrilla's ("the Jorge Suárez Briceño Bloc", "the Magdalena Medio Bloc of the
ELN": the bloc, and the ELN beside it) or a parliament's ("the Strong Lebanon Bloc"); not the camps
of states ("the former Eastern Bloc", "the Soviet Bloc"), nor a name owned ("the Movement's Bloc")."""
FRENTES: tuple[ActorPattern, ...] = (
    ActorPattern(
        compiled(
            r"\bFrente[ \t]+(?:\d{1,3}\b|(?!(?:Amplio|Ampla|Nacional|Popular|Sandinista|Renovador|Guasu|Parlamentar|"
            r"C[íi]vico|Unido|Farabundo|Patri[óo]tico|Democr[áa]tico|de|del)\b)[A-Z][\w’'\-]+"
            r"(?:[ \t]+(?:(?:de|del|de[ \t]+la)[ \t]+)?[A-Z][\w’'\-]+){0,3})"
        ),
        "rebel_group",
        "armed group",
        needs=("frente",),
    ),
    ActorPattern(
        compiled(
            r"\bFuerzas?[ \t]+(?:Naval|Aérea|Aeroespacial|Militares|"
            r"Armadas(?![ \t]+(?:Revolucionarias|de[ \t]+Liberaci))|"
            r"de[ \t]+Tarea(?:[ \t]+Conjunta)?)"
            r"(?:[ \t]+(?:del?|de[ \t]+la)[ \t]+[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)?)?"
        ),
        "state_forces",
        "armed forces",
        needs=("fuerza", "fuerzas"),
    ),
    ActorPattern(compiled(r"\bCanciller[ií]a\b"), "government_officials", "ministry", needs=("cancill",)),
)
"""Spanish names of armed bodies: a guerrilla front ("the Frente Carolina Ramírez", "Frente 33": the
front, not a Carolina or a town in its name; not a party's "Frente Amplio"), a state's forces ("the
Fuerza Naval del Sur") and the foreign ministry ("the Cancillería")."""
IZAFAT_GROUPS: tuple[ActorPattern, ...] = (
    ActorPattern(  # "the proscribed Lashkar-e-Islam", "Sipah-e-Sahaba", "Jaish-e-Adl"
        compiled(
            r"\b(?:Lashkar|Jaish|Sipah|Harkat|Hizb|Jund|Ansar)-[ei]-(?!(?:Pasdaran|Salar)\b)[A-Z][\w\-]*[a-z]"
            r"(?:[ \t]+(?:Al-Alami|Al-Aalmi|Waziristan|Gulbuddin)\b)?(?![\w\-])"
            r"|\bFitna[ \t-]+al[ \t-]+(?:Khawarij|Khwarij|Hindustan)\b"  # Pakistan's names for the TTP, Baloch groups
        ),
        "rebel_group",
        "armed group",
    ),
)
"""Armed groups of Urdu and Persian names joined by "-e-" ("the army of", "the followers of"), which
the lexicon cannot list whole: the shape and the first word name them (not "Sipah-e-Pasdaran", the
IRGC, nor "Sipah-e-Salar", an army chief's title; a second word only of the few such names have:
"Lashkar-e-Taiba Kashmir commander" names a place after it); and "Fitna al-Khawarij", as Pakistan's
military calls the TTP."""
"""A movement's faction named after its leader, in lower case after an Arabic name ("the al-Hilu
faction") or before the movement it splits ("the Agar faction of the SPLM-N"), and an alliance after
the group that leads it ("the RSF-led Tasis alliance"). Not a party's faction ("the Likud faction",
"the Maoist faction of the Communist Party"), "the Trump wing", "the North Atlantic alliance", a group
known by itself ("the Boko Haram faction of …" is Boko Haram), nor one a gazetteer knows as a place
("the Gaza wing of Hamas": `actors` drops it where a place starts)."""
NUMBERED_UNITS: tuple[ActorPattern, ...] = (
    ActorPattern(  # the government's, as Congolese news writes them; "loyalist fighters" may be anyone's
        compiled(r"\b[Ll]oyalist\s+(?:forces|troops|soldiers)\b"),
        "state_forces",
        "armed forces",
        needs=("loyalist",),
    ),
    ActorPattern(
        compiled(
            r"(?<!['’]s )(?<!s['’] )\b\d{1,4}(?:st|nd|rd|th)\s+(?:(?:infantry|armou?red|mechani[sz]ed|motori[sz]ed|"
            r"commando|artillery|military|rapid\s+reaction|operational|special\s+forces)\s+)?"
            r"(?:regiment|brigade|battalion|division|military\s+region)\b"
            r"(?!\s+of\s+(?:the\s+)?(?!(?:Armed|Army|National|Military|Defen[cs]e|FARDC|SAF|FANB|FDS)\b)[A-Z])"
        ),
        "state_forces",
        "a unit by its number",
        needs=("regiment", "brigade", "battalion", "division", "region"),
    ),
    ActorPattern(  # "the 209 CoBRA battalion": India's, by number and force; not "2,000 RSF brigade fighters"
        compiled(
            r"(?<=\b[Tt]he )\d{1,4}\s+(?:[A-Z][a-z]?[A-Z]{1,5}|[A-Z]{2,6})\s+(?:battalion|brigade|regiment)\b"
            r"(?!\s+(?:commanders?|members?|soldiers|fighters|troops|officers?|headquarters|camp)\b)"
        ),
        "state_forces",
        "a unit by its number",
        needs=("regiment", "brigade", "battalion"),
    ),
)
"""A unit known by its number, its words in lower case as translated news writes them ("the
commander of the 2207th infantry regiment", "the 34th military region"); its capitalised form is
an organisation's name already ("4th Infantry Division"), and one owned ("CoBRA's 210th battalion",
"the rebels' 5th brigade", "the 15th brigade of the RSF") is its owner's, but a state's ("… of the Armed
Forces of the DRC") is the unit; no "sector" (in Congo also
a territory's administrative one)."""
