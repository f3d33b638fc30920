"""Actor patterns common in conflict reporting: named groups, outlets, forces, officials, civilians.

Each pattern finds a span and says what kind of actor it is. They are written for English news;
names of groups and outlets are matched as written (case matters), descriptions ("Afghan security
forces", "local police officers", "Residents of Faryab") by their shape.
"""

from __future__ import annotations

import re

from annotations.model import ActorType
from annotations.suggest.actor_pattern import ActorPattern
from annotations.suggest.lexicon_bodies import BODIES, COUNTRIES, FIRST, LAST, NOT_A_NAME, SOURCES, TITLED_IN_A_PLACE
from annotations.suggest.lexicon_described import DESCRIBED
from annotations.suggest.lexicon_local import LOCAL_BODIES
from annotations.suggest.lexicon_media import MEDIA
from annotations.suggest.lexicon_named import NAMED_BODIES
from annotations.suggest.lexicon_romance import ROMANCE_BODIES
from annotations.suggest.lexicon_words import (
    GENERAL_COMPANIES,
    GOVERNMENT_HEADS,
    INITIALS,
    MODIFIER,
    NAME,
    OFFICIALS_OF,
    PLACES_OF_FORCES,
    TITLES,
)
from annotations.suggest.names import (
    ARMED_GROUPS,
    NATIONALITIES,
)
from annotations.text.calendar_words import DAY_NAMES, MONTH_NAMES, NO_DAY_OR_MONTH
from annotations.text.pattern_cache import compiled

_NOT_AN_APPOSITION = "".join(
    f"(?<!{noun}, {article} )"
    for noun in ("resident", "villager", "witness", "survivor", "trader", "farmer", "relative", "refugee", "teacher")
    for article in ("a", "an")
)
"""Before "a man"/"a woman" set off after another word for a person ("Another resident, a woman
who sells foodstuffs, said"): the same person, one actor, not two (round 110)."""

_PORTFOLIO = (
    r"(?!(?:[A-Z][a-z’'\-]+\s+){0,3}(?:Watch|Forces|Army|Council|Committee|Commission|Mission|Front|Movement|"
    r"Organi[sz]ation|Agency|Office|Fund|Programme|Program|Group|Network|Union|Party)\b)"
    r"[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+){0,3}"
)
"""A ministry's portfolio after a comma ("Chieftainship", "Home Affairs"): capitalised words of
small letters (no acronym: "the Ministry of Defence, UNAMA and …" names three bodies), none a
body's own head word."""

_BUILDING_NAMED = (
    r"(?:[A-Z][\w’'\-]+\s+){0,3}(?:Hospital|Clinic|School|College|University|Institute|Academy|Hotel|Market|Mosque|"
    r"Church|Cathedral|Airport|Station|Stadium|Prison|Camp|Barracks|Base|Bridge|Road|Street|Square)\b"
)
"""Capitalised words that end in a building's or a place's word: after "General" or "Major" they are
the place's name ("the Nyunzu General Referral Hospital", "Major Road"), no titled person."""
_AFTER_BODIES: tuple[ActorPattern, ...] = (
    ActorPattern(
        compiled(
            rf"\b(?:{MODIFIER}\s+(?:and\s+)?){{1,3}}{GOVERNMENT_HEADS}\b"
            rf"(?!\s+(?:minister|secretary|areas?|complex(?:es)?|premises|{PLACES_OF_FORCES})\b)"
        ),  # not "seize local government buildings", "the Singha Durbar government complex"
        "government_officials",
        "officials",
    ),
    ActorPattern(
        compiled(
            r"\b(?:(?!(?:The|In|On|At|From|By|And|But|According|Yesterday|Today|When|While|Meanwhile|After|Before|"
            r"Since|Earlier|Later|Also|However|Last|This|Separately)\s)(?:[A-Z][\w\-]+\s+){1,3}"
            r"(?:State|Regional|Provincial|County)\s+(?=Ministry))?"  # "the South Kordofan State Ministry of Health"
            rf"(?:(?:{COUNTRIES})['’]s\s+(?=Ministry|Department))?"  # "Cambodia's Ministry of National Defence"
            rf"(?:{MODIFIER}\s+|[A-Z][\w\-]+\s+(?=Ministry|Department)){{0,2}}(?:Ministry|Department) of (?:the\s+)?[A-Z][\w’'\-]+(?:\s+(?:and\s+)?[A-Z][\w’'\-]+)*"
            rf"(?:(?:,\s+{_PORTFOLIO}){{1,4}},?\s+and\s+{_PORTFOLIO})?"  # "… of Local Government, Chieftainship, Home Affairs and Police"
            rf"(?:\s+of\s+(?:the\s+)?(?:{COUNTRIES})\b(?!\s+(?:State|City|Province|Region|River|Delta)\b))?"
            # "the Ministry of Foreign Affairs of Georgia"; not "of Niger State", "of Mexico City"
        ),
        "government_officials",
        "ministry",
        needs=("ministry", "department"),
    ),
    ActorPattern(  # "the oil ministry": a portfolio no modifier of forces or officials names
        compiled(r"\b(?:oil|energy|petroleum|electricity|water)\s+ministry\b"),
        "government_officials",
        "officials",
        needs=("ministry",),
    ),
    ActorPattern(  # "the SADR defense ministry": a body named by its acronym owns the ministry
        compiled(
            r"\b[A-Z][A-Z0-9]{1,7}\s+(?:[Dd]efen[cs]e|[Ii]nterior|[Ff]oreign|[Ii]nformation|[Hh]ealth|[Jj]ustice|"
            r"[Ff]inance|[Ss]ecurity)\s+[Mm]inistry\b"
        ),
        "government_officials",
        "ministry",
        needs=("ministry",),
    ),
    ActorPattern(
        compiled(
            rf"(?<!Estado )\b{TITLES}\s+(?:{TITLES}\s+){{0,2}}(?!(?:Staff|Hospital|Assembly|Headquarters|Secretariat|Directorate|"
            rf"Mutiny|{DAY_NAMES}|Palace|Park|Theatre|Theater|Street|"
            r"Hotel|Seven|Cinema|Square|Division|Command|Intelligence|"
            rf"{GENERAL_COMPANIES})\b)"  # a company: "General Dynamics, saying" is no general
            rf"(?!{_BUILDING_NAMED})"  # "the Nyunzu General Referral Hospital": no General Referral
            rf"({INITIALS}?{NAME})"  # "commander Brigadier General Ismail Gadim Adam": every word of his name
        ),
        "government_officials",
        "official by title",
        group=1,
    ),
    *TITLED_IN_A_PLACE,
    ActorPattern(
        compiled(
            rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?!(?:On|In|At|By|From|Since|After|Before|During|Last|Late|Early|Earlier|Later)\s)"
            rf"({NAME}),\s+(?:the\s+|a\s+)?(?:head|chief|spokes\w+|director|leader|governor|"
            r"commander|member|chairman|deputy|mayor|minister|president|founder|analyst|researcher)\b",
            re.MULTILINE,
        ),
        "government_officials",
        "person by role",
        group=1,
    ),
    ActorPattern(
        compiled(
            r"\b(?:[Mm]ayor|[Gg]overnor|(?:[Ss]ub-)?[Pp]refect|[Pp]remier|head|chief|spokes\w+|commander|leader|[Mm]inister) of "
            r"(?:the\s+)?[A-Z][\w\-]+(?:(?:,\s+|\s+(?:and\s+)?)[A-Z][\w\-]+)*"
            rf"(?:\s+(?:department|province|region|district|county|prefecture))?,\s+(?:(?:Mr|Mrs|Ms|Dr|Hon)\.?\s+)?({NAME}),"
        ),
        "government_officials",
        "person by role",
        group=1,
    ),
    ActorPattern(
        compiled(
            r"(?<=\b[Tt]he )(?:acting |deputy )?((?:[A-Z][\w\-]+ ){1,2}(?:(?:regional|provincial|district|state|county) )?"
            r"(?:governor|police (?:chief|commander|commissioner)|district (?:chief|commissioner)))"
            r"(?=,? (?:said|says|told|confirmed|added|warned|denied|announced)\b)"
        ),
        "government_officials",
        "official",
        group=1,
        needs=("governor", "police", "district"),
    ),
    ActorPattern(
        compiled(
            r"\b(?:[Aa]|[Aa]n|[Oo]ne|[Tt]he|[Aa]nother)\s+(?:such\s+|local\s+|young\s+|elderly\s+|unhappy\s+|"
            r"(?:(?:secondary|primary|high|Koranic|Quranic)\s+)?school\s+(?=teacher\b))?"  # "a secondary school teacher"
            r"(?:Red\s+Cross\s+(?=volunteer)|Red\s+Crescent\s+(?=volunteer))?"  # the society stays an actor of its own
            r"((?:(?:(?<=said a )|(?<=says a ))\d{1,3}-year-old\s+|"  # a speaker by age: "said a 52-year-old woman"
            r"\d{1,3}-year-old\s+(?=[\w\- ]{0,40}?\s(?:said|says|told)\b|"  # "… man said", "… farmer from X, …, said"
            r"[^.;:“”\"]{0,120}?,\s+(?:said|says|told|recalled|explained|added)(?=\s*[:,.“\"]|\s+(?:that|he|she)\b)))?(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?=(?:resident|farmer|trader|villager)\b"
            r"(?!\s+(?:commander|coordinator|representative|doctor|director|manager))))?"  # "A Loikaw resident"
            r"(?:trader|shopkeeper|farmer|resident|"
            rf"witness|villager|{_NOT_AN_APPOSITION}(?:man|woman)(?!,?\s+who\s+(?:identified|introduced|presented)\s+(?:him|her)self\s+as\b)|mother|father|doctor|nurse|(?:health|medical|church) worker|paramedic|engineer(?!\s+(?:battalion|units?|brigades?|corps|regiment|company)\b|['’]s)|teacher|student|driver|"
            r"refugee|survivor|elder|shepherd|(?:(?:camp|aid|relief|rescue)\s+)?volunteer"
            r"(?!\s+(?:programmes?|programs?|battalions?|movement|organi[sz]ations?|units?|militias?|fire|army|brigades?|"
            r"fighters?|force|scheme|network|corps|groups?|teams?|s)\b)|"
            r"herder|fisherman|boatman|ferryman|miner|dock worker|labourer|laborer|motorcyclist|relative|passenger|"
            r"(?:village|area|ward) (?:chief|chairman|head|leader)|(?:village|community|clan|tribal) elder|"
            r"(?:community|ward|village|local|district) councill?or|"  # "A community councillor in Matelile said"
            r"(?:wife|husband|widow|brother|sister|son|daughter)(?=\s+of\s+(?:one\s+of\s+the|an?|the)\s+"
            r"(?:victims?|dead|missing|abducted|detainees?|prisoners?)\b)(?:\s+of\s+(?:one\s+of\s+the|an?|the)\s+\w+)?)"
            r"(?:\s+of\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)?)\b(?!-|\s+(?:van|bus|minibus|train|car|vehicle|truck|"
            r"lorry|boat|ferry|plane|jet|flight|vessel|ship|convoy|protest|union|shortage|team|crew|strike|"
            r"association|salar(?:y|ie)|training|post|station)s?\b)"  # "a passenger van" is a van; "a paramedic team"
        ),
        "civilians",
        "civilian",
        group=1,
    ),
    ActorPattern(
        compiled(
            r"\b(?:[Aa]|[Aa]n|[Oo]ne|(?<=said )the|(?<=says )the|(?<=added )the)\s+"  # "…,” said the elected official"
            r"(?:(?:unhappy|unnamed|anonymous|disgruntled|western|european|african)\s+)?"
            rf"((?:senior\s+(?=[A-Z][A-Z0-9\-]{{1,8}}\s))?(?:(?:{NATIONALITIES}|{ARMED_GROUPS}|Houthi|[A-Z][A-Z0-9\-]{{1,8}}|United Nations|"
            rf"{NO_DAY_OR_MONTH}"
            rf"[A-Z][a-z]+(?=\s+{OFFICIALS_OF}\s))\s+)?"  # "a Jubaland security official"
            rf"(?:{OFFICIALS_OF}\s+){{0,2}}"
            r"(?:official(?=\s*[,.;:)”\"]|\s+(?:who|said|says|told|tells|in|at|from|of|with|for|on|and|speaking|declined|"
            r"added|confirmed|familiar|close|involved|responsible|based|posted|whose|there|later|also|had|has|was|is|"
            r"would|will|could|warned|insisted|denied|accused|described|explained|estimated|wrote|quoted|cited|as|put|puts)\b)|"
            r"officer|soldier|policeman|source(?:\s+close\s+to\s+(?:the\s+)?(?:[a-z][\w\-]+|[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*))?|"
            r"(?:spokes(?:man|woman|person)|administrator|commissioner|(?<=local )chief)"  # "…, said a village administrator."
            r"(?=\s+(?:at|in)\s+(?:the\s+)?[\w\-]+|\s*[,.;:)”\"]|\s+(?:said|says|told|added|put|puts)\b"
            r"|\s+(?:for|of)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?[\w\-]+(?:\s+(?:on|in)\s+[A-Z]\w+)?\s*[.;])|"
            # "…, said a spokesman for the Red Cross on Monday."; not "A spokesman for the X, Y,": Y speaks
            r"diplomat|member of parliament|lawmaker|legislator|MP|"
            r"journalist|reporter)"
            r"|(?:local\s+|senior\s+|military\s+|police\s+|army\s+|security\s+|government\s+|rebel\s+|militia\s+|"
            r"separatist\s+|guerrilla\s+|jihadist\s+|insurgent\s+){1,2}"
            r"(?:commander|spokes(?:man|woman|person))"
            rf"|(?:{NATIONALITIES}|[A-Z][A-Z0-9\-]{{1,8}}|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+"
            r"(?:(?:army|military|militia|rebel|police|security)\s+)?"
            r"(?:commander|fighter|leader(?!,\s+[A-Z])|spokes(?:man|woman|person)|staff\s+member|staffer|members?|units?))\b"
        ),
        "government_officials",
        "official",
        group=1,
    ),
    ActorPattern(
        compiled(
            r"\b(?<!-)(?<!told )(?<!telling )"  # "told Reuters gunmen shot…": whom it was told, then who did it
            r"(?!(?:Our|Their|His|Her|Its|These|Those|Some|Many|Several|Most|All|No|Other|More|Dozens|Hundreds|"
            r"Thousands|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Both|Each|Either|Neither|Any|Few)\b)"
            r"(?!(?:Clan|Tribal|Communal|Village|Local)\s+militia)"  # a sentence's "Clan militias": a kind (described)
            r"(?:(?![\d,]+\b)[A-Z0-9][\w’'\-]+\s+){0,2}?[A-Z][\w’'\-]+(?:-linked|-backed|-affiliated|-allied)?\s+"
            r"(?:(?:separatist|secessionist|rebel|jihadist|Islamist|militia|insurgent|opposition|armed|tribal)\s+)?"
            r"(?:rebels|fighters|militants|insurgents|militiamen|gunmen|jihadists|militias?|commanders|guerrillas|snipers?|"
            r"(?<!FARC\s)(?<!FARC-EP\s)dissidents|(?<=armed )factions)\b"  # "ELN guerrillas", "EMC dissidents" (helper-359's
            # rows set the ELN against "guerrillas", "dissidents" an unidentified group); FARC dissidents are no FARC
        ),
        "rebel_group",
        "armed group (described)",
    ),
    ActorPattern(
        compiled(
            rf"(?<=\b[Tt]he )(?!(?:Saudi|Arab|Western|Government|Ruling|Opposition|International|{DAY_NAMES}|{MONTH_NAMES})\b)"
            r"((?:[A-Z0-9][\w’'\-]*\s+(?:(?:de|du|des|la|le|di|del)\s+)?){0,2}[A-Z][\w’']+)"
            r"(?=\s+(?:gang\s+)?gangs?\b|\s+(?:gang\s+)?coalition(?:\s+of\s+(?:armed\s+)?gangs|,\s+an?\s+(?:\w+\s+)?"
            r"(?:alliance|coalition|federation|grouping)\s+of\s+(?:armed\s+)?gangs)\b|\s+gang\s+coalition\b)"
        ),  # "the Viv Ansanm coalition", "the 400 Mawozo gang" (helper-285: no actor, rows of "gangs")
        "political_militia",
        "gang by name",
        group=1,
        needs=("gang", "coalition"),
    ),
    ActorPattern(
        compiled(
            r"\b[Ff]ighters (?:of|from) the [A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)? (?:militia|group|movement|front)\b"
        ),
        "rebel_group",
        "armed group (described)",
        needs=("fighters of the", "fighters from the"),
    ),
    ActorPattern(
        compiled(
            r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+((?:(?:[Dd]eputy|[Aa]cting|[Ii]nterim|[Vv]ice)[ -])?"
            r"(?:(?:regional|provincial|state|local)\s+(?=governor|mayor|police chief|commissioner))?"
            r"(?:(?:[Dd]efen[cs]e|[Ii]nterior|[Ff]oreign|[Ii]nformation|[Jj]ustice|[Hh]ealth|[Ff]inance|[Ss]ecurity)\s+)?"
            r"(?:[Pp]rime [Mm]inister|[Cc]hief [Mm]inister|[Pp]resident|[Mm]inister|[Gg]overnor|[Mm]ayor|police chief|army chief|"
            r"(?<=[Tt]he )administrator(?=\s+(?:said|says|told|denied|accused|added|warned|insisted|lamented|declared|"
            r"deplored|affirmed|stressed)\b)|"
            r"(?:district|county|regional|state) commissioner))\b(?!\s+(?:of|for)\b|\s+[A-Z]|,\s+[A-Z][a-z]+\s+[A-Z])"
            r"(?!['’]s\s+(?:official\s+)?(?:residence|palace|house|home|compound|villa|farm|motorcade|convoy|plane)\b)"
            r"(?!['’]s\s+(?:[a-z]+\s+){0,3}?(?:envoy|aides?|advis[eo]rs?|representatives?|chief\s+of\s+staff)\b)"
        ),  # not "the president's residence at Sheetal Niwas": a building; nor "the president's envoy, X": who speaks
        # (a spokesman speaks for the office: "the governor's spokesman denied it" is the governor's word)
        "government_officials",
        "office holder",
        group=1,
        needs=(
            "minister",
            "president",
            "governor",
            "mayor",
            "chief",
            "commissioner",
            "administrator",
        ),
    ),
    ActorPattern(
        compiled(
            r"(?<=[a-z,] )"
            r"(?!(?:Government|Security|Special|Federal|Coalition|Allied|Armed|Defen[cs]e|Ground|"
            rf"{DAY_NAMES}|{MONTH_NAMES}|Christmas|Easter|Ramadan|Eid)\b)"
            r"(?:(?<!\bIn )(?<!\bAt )(?<!From )(?<!After )(?<!During )[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+forces"
            r"|[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+forces(?=['’])"  # "During Amhara forces' advance"
            r"|(?<!\b[Ii]n )(?<!\b[Aa]t )(?<!From )(?<!After )(?<!During )(?<!Since )(?<!\bBy )(?<!\bOn )"
            r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:(?:regional|federal|state|local|special)\s+(?:forces|troops)|troops))\b"
        ),
        "state_forces",
        "forces by name",
        needs=("forces", "troops"),
    ),
    ActorPattern(
        compiled(r"(?:\b[A-Z][\w\-]+|(?<![\w.])(?:[A-Z]\.){2,})-led (?:[Cc]oalition|forces|[Aa]lliance)\b"),
        "external_other",
        "coalition",
        needs=("-led",),
    ),
    ActorPattern(
        compiled(
            r"\b(?<![Aa]ny )(?<![Nn]o )"  # "no link to any armed group": none in particular
            r"(?:(?:(?<=the )|(?<=\ban )|(?<=\ba ))(?!(?:Other|Second|New|Third|Former|Rival)\b)[A-Z][\w\-’']+\s+)?"
            r"(?:rebel|armed|separatist|jihadist|militant|insurgent|opposition|Islamist|"  # "an Afar rebel movement"
            r"extremist|paramilitary|ethnic armed|secessionist|resistance)\s+"
            r"(?:coalition|alliance|group|movement|faction|organi[sz]ation)s?\b"  # "the Darfur armed movements": the region names them
        ),
        "rebel_group",
        "armed group (described)",
        needs=("coalition", "alliance", "group", "movement", "faction", "organisation", "organization"),
    ),
    ActorPattern(
        compiled(
            r"\b(?:[Dd]rug (?:traffickers|cartels?|gangs?|lords)|[Ss]mugglers|[Tt]raffickers|[Kk]idnappers|(?:[Aa]rmed )?[Bb]andits|"
            r"(?:[Aa]rmed )?(?:[Cc]attle )?[Rr]ustlers|(?:[Ss]uspected )?[Dd]ahalo|"  # Madagascar's cattle raiders
            r"[Cc]riminal (?:gangs?|groups?|networks?)|[Gg]ang (?:members|leaders?)|"
            r"(?:[Ff]amo (?:music )?)?(?:[Ss]treet )?[Gg]angs)\b"  # Lesotho's famo gangs
        ),
        "political_militia",
        "criminal group",
        needs=("traffick", "smuggl", "kidnap", "bandit", "criminal", "gang", "cartel", "drug", "rustler", "dahalo"),
    ),
    ActorPattern(
        compiled(  # a clan's name may be two words ("Ali Saleebaan clan militias")
            rf"\b(?:(?!(?:{NOT_A_NAME}|After|Before|Rival)\b)[A-Z][\w\-]+ )?"
            r"(?!(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Rival|Local|Several|Many|Other|"
            r"Both|All|Some|Armed|These|Those|The|Their|Its|Warring|Feuding|Neighbouring|Neighboring)\b)"
            r"(?:(?:al|el)-)?[A-Z][\w’'\-]+ "
            r"(?:tribes?|tribesmen|clan militias?|clans?)\b"
        ),
        "identity_militia",
        "tribe or clan",
    ),
    *MEDIA,
    *SOURCES,
)
ACTOR_PATTERNS: tuple[ActorPattern, ...] = (
    *FIRST,
    *LOCAL_BODIES,
    *NAMED_BODIES,
    *BODIES,
    *ROMANCE_BODIES,
    *_AFTER_BODIES,
    *DESCRIBED,
    *LAST,
)
"""Every actor pattern, in the order they are tried (bodies of regions and states after the
governments named with "the"; a state's own ministry or police before them)."""


def known_actor_type(name: str) -> ActorType | None:
    """The type the lexicon knows for a whole name ("JNIM" an armed group, "Tasnim" an outlet,
    "Afghan security forces" state forces); None for a name it does not know."""
    for pattern in ACTOR_PATTERNS:
        match = pattern.pattern.fullmatch(name)
        if match is not None and pattern.actor_type != "external_other":
            return pattern.actor_type
    return None
