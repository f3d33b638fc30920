"""Actor patterns for those named by what they are, not by a name of their own: the state by
"the army", "the ministry", its seat ("the Kremlin") or its police; aid workers, soldiers and
officials, insurgents and gunmen, residents and other civilians, protesters, vigilantes and clan
militias, prosecutors, UN agencies and peacekeepers. Tried after the lexicon's named bodies and
forces (`lexicon.ACTOR_PATTERNS`), before its last patterns."""

from __future__ import annotations

from annotations.suggest.actor_pattern import ActorPattern
from annotations.suggest.lexicon_bodies import NOT_A_NAME
from annotations.suggest.lexicon_words import PLACES_OF_FORCES, POLICE_DID, POLICE_THINGS
from annotations.suggest.names import COMMUNITY, NATIONALITIES
from annotations.text.pattern_cache import compiled

_ARMED_DISSIDENTS = (
    "".join(
        f"(?<!{word} )"
        for word in (
            "Chinese Russian Iranian Cuban Saudi Syrian Egyptian Belarusian Turkish Uyghur Tibetan Vietnamese Korean "
            "Eritrean Rwandan Venezuelan Nicaraguan political Political exiled Exiled jailed Jailed prominent Prominent "
            "leading Leading pro-democracy"
        ).split()
    )
    + "[Dd]issidents"
)
"""Dissidents who fight ("dissidents of the former FARC"), not a state's critics ("Chinese
dissidents in exile", "jailed dissidents")."""


_HOW_MANY = ("two", "both", "three", "four", "several", "various", "many", "rival")
"""Before groups that are several: "two FARC dissident factions" are no one actor."""
DESCRIBED: tuple[ActorPattern, ...] = (
    ActorPattern(  # "FARC dissidents": the groups that left the peace deal, no FARC (a newcomer's two actors);
        # "a FARC dissident faction" one of them, unnamed; not "two FARC dissident factions", nor "the FARC
        # dissident group Segunda Marquetalia" (the group named is the actor)
        compiled(
            r"\b(?:[Ee]x-)?FARC(?:-EP)?\s+[Dd]issident(?:s\b|\s+(?:faction|group|front|unit)\b|"
            + "".join(rf"(?<!\b[{w[0]}{w[0].upper()}]{w[1:]}\s{{1}}FARC\s[Dd]issident)" for w in _HOW_MANY)
            + r"\s+(?:factions|groups|fronts|units)\b)"  # "two FARC dissident factions": none of them
            r"(?!\s+(?:[A-Z]|known\b|called\b|named\b|led\b|calling\b|(?:faction|group|front|unit)s?\b))"
        ),
        "rebel_group",
        "armed group",
        needs=("dissident",),
    ),
    ActorPattern(
        compiled(
            rf"\b(?:[Tt]he |[Aa]n? (?=(?:army|military|junta) (?:statement|communiqu)))"  # "An army statement said"
            rf"(army|junta|regime|ministry|military|air force|navy|Tatmadaw|gendarmerie|"
            rf"Army(?!\s+(?:of\s+)?[A-Z]))\b(?!['’](?!s\s+(?:own\s+)?(?:forces|troops|soldiers|units|men)\b)|"
            rf"\s+{PLACES_OF_FORCES})"  # "accused the Army of"; "the army's forces" are the army (helper-361)
        ),
        "state_forces",
        "the state",
        group=1,
    ),
    ActorPattern(  # "according to the division's public affairs office", "the army's press office said"
        compiled(
            r"\b(?:army|military|police|division|brigade|battalion|command|ministry|government|presidency|"
            r"governor)['’]s\s+((?:public\s+affairs|public\s+information|press|media|information|communications?)\s+"
            r"(?:office|unit|cell|department|directorate|service))\b"
        ),
        "government_officials",
        "the state",
        group=1,
        needs=("office", "unit", "cell", "department", "directorate", "service"),
    ),
    ActorPattern(  # a seat of government speaking for it: "The Kremlin did not respond"; not the building
        compiled(
            r"(?<!outside the )(?<!inside the )(?<!near the )(?<!over the )(?<!into the )(?<!at the )(?<!in the )"
            r"(?<!to the )(?<!from the )(?<!of the )(?<!around the )"
            r"(?:(?<=[Tt]he )(?:Kremlin|White House|Pentagon|Elysée|Élysée|Elysee)|(?<!to )(?<!on )(?<!in )\bDowning Street)"
            r"(?![\w\-])"
        ),
        "government_officials",
        "the state",
    ),
    ActorPattern(
        compiled(
            r"\b[Pp]olice(?= (?:[a-z]+ed|said|say|says|have|had|were|are|will|would|statement|put|puts|"
            r"shot|fought|struck|hit|threw|beat|took|held|broke|caught|drove|tore|sent|set)\b"  # "Police shot one dead"
            r"| (?:in|at) [A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?(?:,[^,.;:\n]{1,60},)? (?:said|say|says|told|put|puts)\b)"
        ),  # "Police in Khodjeyli, about 20 km from Nukus, said": the police of a place, speaking
        "state_forces",
        "the state",
    ),
    ActorPattern(  # "according to the police", "fired at police", "a joint team of police, the army and …": the force
        compiled(
            rf"\b(?:[Aa]ccording to|at|on|with|against|by|[Tt]he|(?<=team )of|(?<=teams )of|(?<=units )of)\s+"
            rf"(?:the\s+)?(police)\b(?!['’]|\s+{POLICE_THINGS})(?=\s*[,.;:)”\"]|\s+{POLICE_DID})"
        ),
        "state_forces",
        "the state",
        group=1,
        needs=("police",),
    ),
    ActorPattern(
        compiled(
            r"\b(?:[Aa]id (?:workers|agencies|groups|organi[sz]ations)|[Hh]umanitarian (?:workers|agencies|groups|officials|organi[sz]ations|partners)|"
            r"[Mm]edics|[Hh]ealth workers|[Mm]edical (?:crews|teams|staff)|[Hh]ospital (?:staff|workers)|[Rr]escue workers|"
            r"[Rr]escuers|[Pp]aramedics|"
            r"(?:(?<=[Aa] )|(?<=[Aa]n ))(?:aid|humanitarian) worker)\b"
        ),
        "external_other",
        "aid workers",
    ),
    ActorPattern(  # "The election commission declared …": the state's body that runs a vote, unnamed
        compiled(
            r"\b(?:(?:[Nn]ational|[Ii]ndependent)\s+)?(?:[Ee]lection|[Ee]lectoral)\s+"
            r"(?:commission|board|council|body|authority|tribunal)\b"
        ),
        "government_officials",
        "officials",
        needs=("election", "electoral"),
    ),
    ActorPattern(  # "Doctors at Donka hospital told this agency …": those who treat the hurt, when they speak
        compiled(
            r"\b(?:[Dd]octors|[Nn]urses|[Mm]edical sources)\b"
            r"(?=(?:\s+(?:at|in|from|of)\s+[^,.;:\n]{1,50}?)?,?\s+(?:said|say|says|told|tell|reported|confirmed)\b)"
        ),
        "external_other",
        "health workers",
        needs=("doctors", "nurses", "medical"),
    ),
    ActorPattern(  # "relatives and lawyers told Amnesty", "One lawyer said", "Relatives of the victims rejected": speaking
        compiled(
            r"\b(?:(?:[Rr]elatives|[Ll]awyers|[Ff]amily members)(?:\s+and\s+(?:relatives|lawyers|family members|friends))?"
            r"|(?<=[Oo]ne )(?:lawyer|relative))"
            r"(?=(?:\s+of\s+(?:the|those|one\s+of\s+the)\s+(?:victims|dead|deceased|missing|abducted|detainees|detained|"
            r"killed|slain))?\s+(?:said|say|says|told|accused|denied|rejected|demanded|urged)\b)"  # "Relatives of the victims denied"
        ),
        "civilians",
        "those close to someone",
        needs=("relatives", "lawyers", "lawyer", "relative", "family"),
    ),
    ActorPattern(  # "his relatives said", "according to her lawyer": those close to someone, when they speak
        compiled(
            r"(?:(?<=\b[Aa]ccording to )(?:his|her|their)\s+|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?=[a-z\-]+\s+(?:said|say|says|told)\b))"
            r"((?:relatives|family|aides?|lawyers?|wife|husband|widow|brother|sister|son|daughter|mother|father))\b"
        ),
        "civilians",
        "those close to someone",
        group=1,
        needs=("his", "her", "their"),
    ),
    ActorPattern(
        compiled(
            r"\b(?<!\b[Ii]ts )(?<!\b[Tt]heir )"  # "saying its troops still held positions": the speaker's own
            r"(?:[Cc]ommandos|[Ss]oldiers|[Tt]roops|[Pp]olicemen|[Pp]olice officers|[Oo]fficials|[Aa]uthorities|[Gg]endarmes|"
            r"[Pp]rison [Gg]uards|\bguards(?= (?:had|have|were|are|fled|abandoned|opened)\b)|"
            r"(?<=[Tt]he )(?:[Pp]residential|[Rr]epublican) [Gg]uard|[Rr]iot [Pp]olice|"
            r"[Ss]ecurity sources|[Ss]ecurity agencies)\b"  # "accused security agencies of…" (Nigerian press)
        ),
        "state_forces",
        "forces or officials",
    ),
    ActorPattern(
        compiled(
            r"\b(?:(?:[Tt]he\s+)?(?:Islamist\s+|[Ss]eparatist\s+|(?:[Hh]ired|[Uu]nidentified|[Uu]nknown|[Mm]asked)\s+)?(?:[Ii]nsurgents|[Mm]ilitants|[Ee]xtremists|[Jj]ihadists|[Rr]ebels|[Gg]unmen|"
            rf"[Ss]eparatists|{_ARMED_DISSIDENTS}|[Kk]hwarij|[Kk]hawarij|[Ss]ecessionists|[Aa]ttackers|[Aa]ssailants|[Rr]aiders|[Hh]oodlums|[Gg]uerrillas)|"
            r"(?<![Aa]ny )(?<![Nn]o )[Tt]ribal fighters|"
            rf"(?:(?:{COMMUNITY})\s+)?(?:[Nn]ationalist|[Ss]eparatist)\s+(?:armed\s+)?groups|"
            rf"[Mm]ujahideen|[Ii]nsurgent groups?|(?:[Tt]errorist|[Jj]ihadist|[Nn]on-state|[Rr]ival)\s+armed\s+groups|(?:(?!(?:{NOT_A_NAME})\b)"
            r"[A-Z][a-z]+ )?"
            r"[Rr]esistance (?:forces|fighters|groups)|"
            r"(?:[Uu]nidentified |[Mm]asked |[Uu]nknown )?[Aa]rmed (?:[A-Z][a-z]+ )?(?:men|youths?|civilians|herders|"
            r"herdsmen|villagers|clansmen|tribesmen)|[Mm]ilitiamen|(?:[Uu]nidentified |[Uu]nknown )?[Aa]rmed groups|"
            r"[Aa]rmed (?:Serbs|Albanians|Kurds|Arabs|Bedouins?|Druze|Palestinians|settlers)|"
            r"(?:[Ff]ormer )?(?:[Rr]egime )?[Ll]oyalists|"
            r"(?:(?<=[Aa] )|(?<=[Tt]he ))(?:suicide )?(?:bomber|gunman|assailant|attacker))\b"
        ),
        "rebel_group",
        "armed group (described)",
    ),
    ActorPattern(
        compiled(
            r"\b(?:(?:[Ll]ocal\s+)?[Rr]esidents|[Ii]nhabitants(?=\s+of\s+[A-Z])|[Cc]ivilians|[Vv]illagers|[Rr]efugees?(?!\s+(?:camps?|agency|agencies|council))|[Ee]yewitness(?:es)?|[Ww]itnesses|"
            r"[Dd]isplaced (?:people|persons|families)|[Ff]amily members|(?:[Tt]ribal |[Ll]ocal |[Cc]lan |[Cc]ommunity |[Vv]illage )?[Ee]lders|(?:[Cc]lan |[Vv]illage |[Cc]hurch )[Ll]eaders|(?:[Tt]ribal |[Ll]ocal |[Tt]raditional |[Cc]ommunity |[Vv]illage |[Aa]rea |[Pp]aramount )[Cc]hiefs(?!\s+of\s+(?:police|staff|the\s+(?:army|police|defen[cs]e))\b)|(?<![Pp]olice )(?<![Aa]rmy )(?<![Mm]ilitary )(?<![Ss]ecurity )(?<![Dd]efen[cs]e )[Cc]hiefs(?=\s+and\s+elders\b)|(?:(?<=\bsaid )|(?<=\burged )|(?<=\basked )|(?<=\btold )|(?<=\band )|(?<=\bwhere )|(?<=\bthe ))chiefs(?!\s+of\b)(?=\s+(?:had|have|were|are|to|said|say|reported|accused|denied|warned|met|called)\b)|(?:[Ll]ocal\s+)?(?:[Ff]armers|[Hh]erders|[Ff]ishermen)|[Tt]eachers|[Cc]itizens|[Pp]upils|[Ss]tudents|[Tt]raders|[Pp]assengers|"
            r"[Tt]ravell?ers|[Ww]orshippers|(?:(?:[Ii]llegal|[Aa]rtisanal|[Ii]nformal|[Gg]old)\s+)?[Mm]iners|[Ll]ocals|(?<![Aa]rmed )[Yy]ouths|[Ss]hopkeepers|[Ss]hop owners|[Mm]erchants|[Dd]ockworkers|[Pp]ort workers|[Ii]nmates|[Pp]risoners|"
            rf"(?:[Ss]treet )?[Vv]endors|(?:[Tt]ruck|[Bb]us|[Tt]axi) [Dd]rivers|(?:[Ll]ocal |(?:{COMMUNITY}) )?[Aa]ctivists)\b(?:\s+of\s+[A-Z][\w’'\-]+(?<![’']s)(?:\s+[A-Z][\w’'\-]+(?<![’']s))*(?![’']s))?"
        ),
        "civilians",
        "civilians",
    ),
    ActorPattern(  # "Israeli settlers", "Dozens of settlers set fire to …": settlers who act together
        compiled(r"\b(?:(?:Israeli|Jewish|[Ee]xtremist|[Rr]adical|[Vv]iolent|[Mm]asked)\s+)?[Ss]ettlers\b(?!['’])"),
        "identity_militia",
        "settlers",
        needs=("settlers",),
    ),
    ActorPattern(  # "Kurdish protesters", "Arab and Turkmen counter-protesters"
        compiled(rf"\b(?:(?<![\w\-])(?:{COMMUNITY})\s+)?(?:[Cc]ounter-)?(?:[Pp]rotesters|[Dd]emonstrators)\b"),
        "protesters",
        "protesters",
    ),
    ActorPattern(  # "rioters had set fire to two police stations" (helper-275: never proposed)
        compiled(r"\b(?:[Rr]ioters|[Ll]ooters)\b"),
        "rioters",
        "rioters",
        needs=("rioters", "looters"),
    ),
    ActorPattern(  # "ethnic Chin armed groups": a people's armed groups, not the state named like the people
        compiled(
            r"(?<=\b[Ee]thnic )[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?\s+"
            r"(?:armed\s+(?:groups|organi[sz]ations|forces)|fighters|rebels|rebel\s+groups|insurgents|militias?)\b"
        ),
        "rebel_group",
        "armed group (described)",
        needs=("ethnic",),
    ),
    ActorPattern(  # Venezuela's armed supporters of the government ("colectivos rode through neighbourhoods")
        compiled(r"(?<![\w\-])[Cc]olectivos\b"),
        "political_militia",
        "armed group (described)",
        needs=("colectivos",),
    ),
    ActorPattern(  # "the village vigilance committee" (Niger), "a local vigilante group", "the Kuriga vigilante group"
        compiled(
            r"\b(?:(?<=\b[Tt]he )[A-Z][\w\-]+\s+(?:[A-Z][\w\-]+\s+)?(?=[Vv]igilan)|(?:[Ll]ocal|[Cc]ommunity|[Vv]illage)\s+)?"
            r"(?:[Vv]igilantes|self-defen[cs]e (?:groups?|militias?)|[Vv]igilan(?:ce|te) (?:committees?|groups?))\b"
        ),
        "identity_militia",
        "vigilantes",
        needs=("vigilan", "self-defen"),
    ),
    ActorPattern(
        compiled(r"\b(?:[Cc]lan|[Tt]ribal|[Ee]thnic|[Cc]ommunal|[Ll]ocal|[Vv]illage)\s+militia(?:s|men)?\b"),
        "identity_militia",
        "vigilantes",
        needs=tuple(f"{word} militia" for word in ("clan", "tribal", "ethnic", "communal", "local", "village")),
    ),
    ActorPattern(
        compiled(r"\b(?:(?:[Ss]tate|[Ff]ederal|[Pp]ublic|[Mm]ilitary) )?[Pp]rosecutor(?:['’]s office|s)\b"),
        "government_officials",
        "officials",
        needs=("prosecutor",),
    ),
    ActorPattern(
        compiled(
            r"\b(?:[Pp]eople['’]s |[Pp]ublic |[Hh]uman [Rr]ights )?(?:[Oo]mbuds(?:man|woman|person)"
            r"(?=\s+(?:said|says|told|reported|warned|added|denied|confirmed)\b)|ombuds(?:man|woman|person)['’]s office\b)"
        ),  # not "the ombudsman's delegate", "the regional ombudsman for Arauca" (a person described), nor the
        # "Ombudsman's Office (Defensoría del Pueblo)" a name's shape finds whole
        "government_officials",
        "officials",
        needs=("ombuds",),
    ),  # "the ombudsman's office said": helper-356's claim of nobody
    ActorPattern(
        compiled(
            r"\b(?:UN|U\.N\.|United Nations)(?:['’]s)? (?:refugee|children['’]s|food|health|migration|humanitarian|"
            r"human rights|nuclear) (?:agency|office|body|chief|envoy|coordinator)\b"
        ),
        "external_other",
        "international body (described)",
    ),
    ActorPattern(
        compiled(rf"\b(?:(?:UN|U\.N\.|{NATIONALITIES})\s+)?[Pp]eacekeepers\b"),  # "Russian peacekeepers"
        "external_other",
        "peacekeepers",
        needs=("peacekeeper",),
    ),
)
