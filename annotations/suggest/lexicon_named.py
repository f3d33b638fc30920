"""Actor patterns for bodies known by name: a group described where it is named, the armed groups,
militias, international bodies and outlets of the name lists, and organisations, forces and
governments by the words their names end in."""

from __future__ import annotations

from annotations.suggest.actor_pattern import ActorPattern
from annotations.suggest.lexicon_romance import STATE_BODIES_IN_SPANISH
from annotations.suggest.lexicon_words import (
    ARTICLE,
    BACKED,
    DESCRIBED_GROUP,
    DESCRIPTION_WORDS,
    FORCE_HEADS,
    GOVERNMENT_BY_NAME,
    GOVERNMENT_HEADS,
    GROUP_NOUN,
    GROUP_WORDS,
    MODIFIER,
    OPENERS,
    ORGANISATION_HEADS,
    PARTICLES,
    PLACES_OF_FORCES,
)
from annotations.suggest.names import (
    ALLIED_MILITIAS,
    ARMED_GROUPS,
    BREAKAWAY,
    FOREIGN,
    GANGS,
    GROUP_AFTER_ITS_NAME,
    IDENTITY_MILITIAS,
    NATIONALITIES,
    OUTLETS,
    STATE_BODIES,
)
from annotations.text.calendar_words import DAY_NAMES, MONTH_NAMES, NO_DAY_OR_MONTH
from annotations.text.pattern_cache import compiled

_DESCRIBED_AS = rf"(?:{GROUP_NOUN}(?![’']s\b|\s+(?:bastion|stronghold|heartland|fief|base|territory|leader|commander|chief|member|fighters?|spokes\w+)\b)|(?:clan|cartel|gang)(?=\s*[,.;]|\s+(?:that|which|who|named|based|led|known|from|in|of)\b))"
"""What "Jaish al-Adl, a Sunni militant group" and "Los Huistas, a local clan named after…" are
described as (not "Hassan Abdi Olow, a clan elder", nor "Iryna Savchuk, the group's coordinator")."""

_NOT_AFTER_A_HEAD = "".join(
    f"(?<!{head} )"
    for head in ("Watch", "International", "Council", "Committee", "Commission", "Foundation", "Front", "Movement",
                 "Network", "Alliance", "Mission", "Army", "Agency", "Union", "Party", "Institute", "Society")
)  # fmt: skip
"""Before "and" inside a body's name: not after a body's own head word, where one name ends and
the next begins ("Human Rights Watch and Amnesty International" are two)."""
_NOT_AN_OWNER = "".join(f"(?<!{head}{mark}s)" for head in ("Army", "Church", "Ministry", "Government") for mark in "'’")
"""A body's word in the possessive ends the owner's name, not the name of what it owns ("the
Nigerian Army's 17 Brigade", "the Russian Orthodox Church's Makhachkala diocese"; "the
Ombudsman's Office" is one name)."""

_NOT_A_CODE_NAME = (
    rf"{DAY_NAMES}|{MONTH_NAMES}|"
    r"Commander|Chairman|Chairperson|Chair|Spokesperson|Spokesman|Spokeswoman|"
    r"Chief|Coordinator|Director|Head|Operation|North|South|East|West|Central|Headquarters|Report|Members?"
)
"""Words after "Task Force" that are no code name: a date, a title ("Joint Task Force Commander"), an
operation ("… Operation Hadin Kai"), a region's name that goes on ("Joint Task Force North East")."""
_HOW_MANY = (
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Dozens|Hundreds|Several|Some|Many)[ \t]+"
    r"(?=(?:[A-Z][\w\-’']+[ \t]+){1,5}(?:personnel|soldiers|troops|officers|members|policemen|jawans|fighters|agents)\b)"
)
"""A count of a body's people ("Two Assam Rifles personnel were killed"): no word of its name, as
in "the Three Brotherhood Alliance", "the Six Federations of the Tropics"."""
NAMED_BODIES: tuple[ActorPattern, ...] = (
    *STATE_BODIES_IN_SPANISH,
    ActorPattern(  # "Jaish al-Adl, a Sunni militant group seeking…", "Haalvsh, a group that monitors…"
        compiled(
            rf"(?<![Oo]n )(?<![Ii]n )(?<![Aa]t )\b(?!(?:{DAY_NAMES}|In|On|At|"
            r"Meanwhile|However|Separately|Elsewhere|Earlier|Later|Yesterday|Today|Also|But|And|Then|Since|After|"
            r"Before|During|Last|This|That)\b)"
            r"([A-Z][\w’'\-]+(?:\s+(?:al-|el-|wal-|(?:de la|de los|del|de)\s+)?[A-Z][\w’'\-]+){0,3}),\s+(?:a|an|the)\s+"
            rf"(?:{DESCRIPTION_WORDS}{_DESCRIBED_AS}|{_DESCRIBED_AS}(?!\s+of\b)|(?:alliance|coalition)\s+of\s+(?:\w+\s+)?groups)"
            r"(?!\s+(?:said|says|added|claimed|stated|told|wrote|announced|reported)\b)"  # "…near Bama, the group said"
        ),
        "external_other",
        DESCRIBED_GROUP,
        group=1,
        needs=(*GROUP_WORDS, "clan", "cartel", "gang"),
    ),
    ActorPattern(compiled(rf"\b(?:{IDENTITY_MILITIAS})\b(?!-)"), "identity_militia", "armed group"),
    ActorPattern(  # "… (Maoist)" ends in a bracket: no word boundary after it
        compiled(
            rf"\b(?:{ARMED_GROUPS})(?:\b|(?<=\)))(?!-|\s+{BREAKAWAY}\b)"
            rf"(?:{GROUP_AFTER_ITS_NAME}\b)?"
        ),  # "the M23 armed group" one mention (helper-275: "armed group" was an actor of its own)
        "rebel_group",
        "armed group",
    ),
    ActorPattern(compiled(rf"\b(?:{STATE_BODIES})\b(?!-)"), "state_forces", "forces' own office"),
    ActorPattern(compiled(rf"\b(?:{ALLIED_MILITIAS})\b(?!-)"), "political_militia", "armed group"),
    ActorPattern(compiled(rf"\b(?:{GANGS})\b(?!-)"), "political_militia", "armed group"),
    ActorPattern(
        compiled(
            r"\b(?:United Nations|UN|U\.N\.)(?:\s+[\w\-’']+){0,5}?\s+(?:[Mm]ission|[Oo]ffice|[Aa]gency|Programme|Program|Fund|Commissioner|"
            r"Commission|Council)"
            rf"(?:\s+(?:in|for|to|on)\s+(?:the\s+)?{NO_DAY_OR_MONTH}"  # not "… Mission in May"
            r"[A-Z][\w\-]+(?:\s+(?:(?:of|and|the|to|for)\s+)*[A-Z][\w\-]+)*)?"
        ),
        "external_other",
        "international body",
    ),
    ActorPattern(
        compiled(
            r"(?<!Minister of the )(?<!Minister for the )(?<!Minister of )(?<!Minister for )"  # a title's words
            rf"\b(?!{OPENERS}[ \t]|{_HOW_MANY})(?:(?:{ARTICLE}?(?!{BACKED})[A-Z][\w\-’']+{_NOT_AN_OWNER}|\d+(?:st|nd|rd|th)?)[ \t]+"
            rf"(?:(?:{_NOT_AFTER_A_HEAD}and|{PARTICLES})[ \t]+)?){{0,6}}"
            rf"{ORGANISATION_HEADS}(?![\w\-])"
            r"(?![ \t]+Public[ \t]+Relations\b)"  # "the Command's Police Public Relations Officer" is a person
            r"(?![ \t]+(?:headquarters|building|compound|premises|Bridge|Airport|Crossing|Stadium|Act|Bill)\b)"
            r"(?:[ \t]+(?:Region|Zone|Sector|Area)[ \t]+\d+\b)?"  # "the … International Bridge" is a place
            rf"(?:(?<=Task[ \t]Force)[ \t]+(?!(?:{_NOT_A_CODE_NAME})\b)"
            r"[A-Z][a-z]{2,}\b(?![\w\-’']))?"  # "Joint Task Force Orion": its code name
            r"(?:(?:(?<=Battalion)|(?<=Regiment)|(?<=Division)|(?<=Brigade)|(?<=Landing[ \t]Team))[ \t]+\d{1,4}\b"  # "… Battalion 72"
            r"(?![ \t]*(?:km|kilomet|miles?\b|metres?|meters?|days?|hours?|minutes?|percent|%|people|soldiers)))?"
            r"(?:(?:(?<=Guard)|(?<=Guards)|(?<=Corps)|(?<=Gendarmerie)|(?<=Militia)|(?<=Rifles))"  # (not "Army": MODIFIER's)
            r"[ \t]+(?:troops|soldiers|officers|personnel|agents|guardsmen)\b)?"  # "National Guard troops": one mention
            r"(?:[ \t]+(?:of|for|on|in[ \t]+charge[ \t]+of|(?:(?<=Mission )|(?<=Office )|(?<=Network )|(?<=Programme )|(?<=Coordination ))in)[ \t]+(?:the[ \t]+)?"
            rf"{NO_DAY_OR_MONTH}"
            r"[A-Z][\w\-]+(?:['’][A-Z][\w\-]+)?(?:(?<=s)['’](?=[ \t]))?(?:[ \t]+(?:(?:of|and|in[ \t]+charge[ \t]+of|(?<!Army )(?<!Police )(?<!Forces )(?<!Command )in|for|de|del|da|do|dos|das|du|des)[ \t]+(?:(?:the|la|las|los|le|les|(?<=for[ \t])a)[ \t]+)?)?[A-Z][\w\-]+(?:(?<=s)['’](?=[ \t]))?){0,5})?"
        ),
        "external_other",
        "organisation",
        by_shape=True,
    ),
    ActorPattern(
        compiled(
            r"\b[A-Z][\w\-]+\s+(?:provincial|regional|district|county|city|local|municipal)\s+"
            r"(?:council|administration|authorities)"
        ),
        "government_officials",
        "officials",
    ),
    ActorPattern(
        compiled(
            rf"\b(?:(?!(?:The|In|On|At|But|And|As|After|Meanwhile|While|Prime|Minister|President|Governor)\b)[A-Z][a-z]+\s+){{0,2}}{ARTICLE}?[A-Z][a-z]+['’]s\s+(?:(?:{MODIFIER}|regular|internationally\s+recogni[sz]ed|[A-Z][\w\-]+)\s+){{0,2}}(?:{FORCE_HEADS}|{GOVERNMENT_HEADS}|[Dd]efen[cs]e [Mm]inistry|[Ff]oreign [Oo]ffice)\b"
        ),
        "state_forces",
        "armed forces",
    ),
    ActorPattern(
        compiled(
            rf"\b(?:{FOREIGN})(?![\w-])(?!\s+(?:Charter|[Cc]onventions?|[Rr]esolutions?|[Dd]eclaration|[Tt]reaty|[Ll]aw)\b)"
            r"(?:\s+(?:forces|troops|mission|officials?|staff|peacekeepers|workers|"  # "the U.N. Charter" names a text
            r"(?:spokes(?:man|woman|person)|envoy)(?!\s+(?:for|to|in|of)\b|,?\s+[A-Z])))?"  # not "… envoy, Geir Pedersen"
        ),
        "external_other",
        "international body",
    ),
    ActorPattern(
        compiled(rf"(?<![\w’'])(?:{OUTLETS})(?:['’]s)?\s+(?:correspondents?|reporters?|journalists?)\b"),
        "media",
        "journalist",
    ),
    ActorPattern(  # not "on the Irrawaddy river": the outlet is named after it
        compiled(rf"(?<![\w’'])(?:{OUTLETS})(?![\w’']|\s+(?:[Rr]iver|[Dd]elta|[Rr]egion|[Dd]ivision)\b)"),
        "media",
        "news outlet",
    ),
    ActorPattern(  # "BAMAKO, Mali (AP) —", "told AP that": the agency; "told AP farmers to avoid" is Andhra Pradesh
        compiled(
            r"(?<=\()AP(?=\)\s*[—–-])|(?:(?<=\btold )|(?<=\btold the ))AP\b"
            r"(?!\s+(?:legislators|lawmakers|MLAs|ministers|farmers|voters|people|residents|officials|government\s+employees|"
            r"Police)\b"
            r"|\s+[A-Za-z]+\s+to\s+[a-z]+\b)"
        ),
        "media",
        "news outlet",
        needs=("ap",),
    ),
    ActorPattern(
        compiled(
            r"\b(?:[A-Z][\w\-]+\s+){1,3}(?:News Agency|Press Agency|News|Press|Times|(?<!Command )Post|TV|Television|Radio|FM(?![ \t]+[A-Z][a-z])|Gazette|"
            r"Tribune|Herald)\b"
        ),
        "media",
        "news outlet",
        by_shape=True,
    ),
    ActorPattern(
        compiled(
            r"\b(?:broadcaster|television|radio|agency|channel) ((?:[A-Z][A-Z0-9\-]{1,8}|[A-Z][\w\-]+(?: [A-Z][\w\-]+)?))"
            r"(?![\w\-])"
        ),
        "media",
        "news outlet",
        group=1,
        needs=("broadcaster", "television", "radio", "agency", "channel"),
    ),
    ActorPattern(
        compiled(rf"(?<![\w’'\-])(?:{MODIFIER}\s+(?:and\s+)?){{1,4}}{FORCE_HEADS}\b(?!\s+{PLACES_OF_FORCES})"),
        "state_forces",
        "armed forces",
    ),
    ActorPattern(
        compiled(
            rf"(?<=\b[Tt]he )(?!(?:{DAY_NAMES})\b)[A-Z][\w\-]+(?: [A-Z][\w\-]+)? "
            r"(?:(?:state|provincial|regional|federal|local|interim|transitional) )?"
            r"(?:government|Government(?![ \t]+(?:Area|College|House|School|Secondary|Girls|Boys|Technical|Science|"
            r"Hospital|Lodge|Reserved|Primary|Model|Comprehensive|Day)\b)|authorities|administration|regime)\b"  # "the Imo State
            # Government"; "the Kinshasa regime" (helper-299's row of M23 taking Kamanyola was at Kinshasa)
            rf"(?!\s+(?:complex(?:es)?|premises|{PLACES_OF_FORCES}))"  # not "the Singha Durbar government complex"
        ),
        "government_officials",
        "officials",
    ),
    ActorPattern(
        compiled(
            r"(?<![\w’'\-])(?!(?:The|A|An|Former|Deputy|Acting|Interim|Caretaker|Senior|Chief|Then|Ex|Military|"
            rf"Federal|National|Central|Provisional|Transitional|Opposition|Rebel|Junta|{ARMED_GROUPS}|{NATIONALITIES})\b)"
            r"([A-Z][\w\-]+(?: [A-Z][\w\-]+)? (?:(?:state|provincial|regional) )?government)"
            r"(?= spokes(?:man|woman|person)\b)"
        ),
        "government_officials",
        GOVERNMENT_BY_NAME,
        group=1,
        needs=("spokes",),
    ),  # "Khyber Pakhtunkhwa government spokesman Barrister Kamran Saifi said": the government speaks through him
)
"""Bodies known by their name or by what the text calls them: a group described where it is named
("Jaish al-Adl, a Sunni militant group"), the armed groups, militias, international bodies and
outlets the name lists hold, organisations, forces and governments by the words their names end
in. Tried before the bodies of regions and states (`lexicon_bodies.BODIES`)."""
