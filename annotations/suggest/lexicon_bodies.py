"""Actor patterns for bodies named after a region or a state, and units named by their number:
"Puntland officials", "Afar special forces", "the Federal Government of Somalia", "Frente 10
Martín Villa" (held-out rounds 28 and 29); men known by their uniforms, a state's security service
by its country (round 31), a national police by its own name and a company after what it does
(round 32), a minister by a portfolio of any name (round 33), tried first; and those the lexicon
tries last, gangs and cartels by name and communities' people and militias."""

from __future__ import annotations

from annotations.suggest.actor_pattern import ActorPattern
from annotations.suggest.lexicon_offices import CIVIL_DEFENCE, GAZA_MINISTRY, LEGISLATURES, RANKS_WHO_SPEAK
from annotations.suggest.lexicon_parties import ITS_PEOPLE, PARTIES
from annotations.suggest.lexicon_people import PEOPLE_BY_AGE
from annotations.suggest.lexicon_units import (
    BLOCS,
    CRIMINAL_GROUPS,
    FRENTES,
    IZAFAT_GROUPS,
    NAMED_FACTIONS,
    NAMED_FRONTS,
    NUMBERED_UNITS,
    OPERATIONS,
)
from annotations.suggest.lexicon_words import ARTICLE, MODIFIER, NOT_A_NAME, TITLES
from annotations.suggest.names import (
    ARMED_GROUPS,
    COMMUNITIES,
    COMMUNITY,
    COMMUNITY_WORDS,
    COUNTRY_NAMES,
    NATIONALITIES,
    names_trie,
)
from annotations.text.capitals import CAPITAL
from annotations.text.pattern_cache import compiled

_REGION_S = (
    rf"\b(?!(?:{NOT_A_NAME}|{MODIFIER}|{ARMED_GROUPS}|Houthi|Shabaab|Rebel|Aid|Opposition|Party|Militia)\b)"
    r"[A-Z][a-z][\w\-]+\s+(?:(?:regional|provincial|state|local|district)\s+)?"
)
"""A capitalised word that may name a region or a body, and a level of government after it
("Puntland", "Tigray regional"): whose officials or forces follow."""


COUNTRIES = names_trie("; ".join(COUNTRY_NAMES))
"""Countries by their everyday names ("Russia's border directorate"; "Hamas's security service" is no state's)."""
BODIES: tuple[ActorPattern, ...] = (
    ActorPattern(  # "accused the Chilean state of …": the state as a party, not "the Nigerian state of Borno"
        compiled(
            rf"(?<=\b[Tt]he )(?:{NATIONALITIES})\s+state\b(?!-|\s+of\s+[A-Z]|\s+(?:governments?|media|television|tv|"
            r"radio|news|broadcaster|company|firm|oil|border|security|capital|department|forces|agency|of\s+emergency)\b)"
        ),
        "government_officials",
        "officials",
        needs=("state",),
    ),
    ActorPattern(  # "the Federal Government of Somalia": a government by its formal name
        compiled(
            r"\b(?:(?:Federal|Transitional|Interim|National|Provisional|Regional|Military)\s+)?Government\s+of\s+"
            r"(?:the\s+)?[A-Z][\w\-]+(?:\s+(?:of\s+(?:the\s+)?)?(?!(?:Prime|Minister|President|Foreign|Defen[cs]e|"
            r"Interior|Deputy|Chief|General|Spokes(?:man|woman|person)|Secretary)\b)[A-Z][\w\-]+){0,3}"
        ),
        "government_officials",
        "officials",
        needs=("government",),
    ),
    ActorPattern(  # "The government of President Gustavo Petro suspended talks": his government, not him
        compiled(
            r"(?<=\b[Tt]he )[Gg]overnment\s+of\s+(?:President|Prime\s+Minister|Premier|Chancellor)\s+"
            r"[A-Z][\w\-’']+(?:\s+(?:[A-Z][\w\-’']+|da|de|dos|del|bin|al-\w+)){0,3}"
        ),
        "government_officials",
        "officials",
        needs=("government of president", "government of prime", "government of premier", "government of chancellor"),
    ),
    ActorPattern(  # "the Frente 10 Martín Villa": a unit named by its number, as Colombia's dissidents are
        compiled(
            r"\b(?:Frente|Bloque|Columna(?: Móvil)?)\s+\d{1,3}\b"
            r"(?:\s+(?!(?:and|or|of)\b)[A-Z][\w’'\-]+){0,3}"
        ),
        "rebel_group",
        "armed group",
        needs=("frente", "bloque", "columna"),
    ),
    ActorPattern(  # "the authorities of Guinea-Bissau": a state's authorities by its name after them
        compiled(rf"(?<=\b[Tt]he )authorities of (?:the )?(?:{COUNTRIES})\b"),
        "government_officials",
        "officials",
        needs=("authorities",),
    ),
    ActorPattern(  # "Puntland officials", "Tigray regional authorities": whose officials
        compiled(rf"{_REGION_S}(?:officials|authorities)\b"),
        "government_officials",
        "officials",
        by_shape=True,
        needs=("officials", "authorities"),
    ),
    ActorPattern(  # "Afar special forces": a region's own forces (Ethiopia's regions have them)
        compiled(rf"{_REGION_S}(?:special\s+forces|special\s+police)\b"),
        "state_forces",
        "armed forces",
        by_shape=True,
        needs=("special",),
    ),
)


SECURITY_SERVICES: tuple[ActorPattern, ...] = (
    ActorPattern(  # "the Abkhaz security service", "Russia's border directorate": a state's service, not named
        compiled(
            rf"\b(?:(?:{NATIONALITIES})\s+|(?:{COUNTRIES})['’]s\s+)(?:state\s+)?(?:security|intelligence|border|secret)\s+"
            r"(?:services?|directorate|agency)\b"
        ),
        "state_forces",
        "forces' own office",
        needs=("service", "directorate", "agency"),
    ),
    ActorPattern(  # "Tajikistan's Border Troops", "Kyrgyzstan's Border Service" (were "Troops", "Border Service")
        compiled(
            rf"\b(?:{COUNTRIES})['’]s\s+(?:State\s+)?Border\s+(?:Troops|Guard(?:\s+Service)?|Guards|Service|Forces|Police)\b(?!\s+of\b)"
        ),
        "state_forces",
        "armed forces",
        needs=("border",),
    ),
    ActorPattern(  # "Ukraine's General Staff": the state's, by its name (was "General Staff", of no one, typed other)
        compiled(rf"\b(?:{COUNTRIES})['’]s\s+General\s+Staff\b(?!\s+of\b)"),
        "state_forces",
        "forces' own office",
        needs=("staff",),
    ),
    ActorPattern(  # "the Ukrainian general staff said": the same office, by the state's adjective
        compiled(rf"(?<=\b[Tt]he )(?:{NATIONALITIES})\s+[Gg]eneral\s+[Ss]taff\b(?!\s+of\b)"),
        "state_forces",
        "forces' own office",
        needs=("staff",),
    ),
)


OUTLETS_BY_KIND: tuple[ActorPattern, ...] = (
    ActorPattern(  # "told Actualite.cd", "Lefaso.net reported": a site by its address
        compiled(
            r"(?<![\w.])(?!(?:Amazon|Booking|Alibaba|Change|X|Twitter|Facebook|Google|YouTube|Telegram|GoFundMe)\.)"
            r"[A-Z0-9][\w\-]*\.(?:com|net|org|info|news|tv|cd|ng|ke|bf|ml|sn|ug|tz|ci|cm|af|pk|ne|td|gn|bi|rw|so|"
            r"ly|sd|ss|et|mz|co\.uk|co\.za|com\.ng)\b(?![\w\-]|\.\w)"
        ),
        "media",
        "news outlet",
    ),
    ActorPattern(  # "told the Apsnypress agency": the outlet by its name (not "the Frontex agency", "the UNRWA agency")
        compiled(
            rf"(?:(?<=\btold )|(?<=\bto )|(?<=\bby )|(?<=\bcited )|(?<=\bquoted ))the\s+"
            rf"(?!(?:{NATIONALITIES}|{NOT_A_NAME})\b)([A-Z](?=[\w\-]*[a-z])[\w\-]+)\s+agency\b"
        ),
        "media",
        "news outlet",
        group=1,
        needs=("agency",),
    ),
    ActorPattern(  # "according to local media", "State media said": outlets by their kind, which speak
        compiled(
            r"(?<!\bon )(?<!\bin )(?<!\bvia )(?<!\bthrough )(?<!\bon the )(?<!\bin the )"  # a channel, not a speaker
            r"\b(?:[Ll]ocal|[Ss]tate(?:-run|-owned)?|[Ii]ndependent|[Oo]fficial|[Pp]ro-government|[Oo]pposition|"
            r"[Ii]nternational|[Rr]egional)\s+(?:media|press|television|TV|radio)\b"
            r"(?!\s+(?:outlets?|reports?|coverage|freedom|access|workers?|houses?|licen[cs]es?|laws?|regulators?|"
            r"stations?|channels?|networks?|organi[sz]ations?|groups?|companies|company|office|offices)\b)"
        ),
        "media",
        "news outlet",
        needs=("media", "press", "television", "tv", "radio"),
    ),
    ActorPattern(  # "the Tasnim news agency"
        compiled(rf"\bthe\s+(?!(?:{NATIONALITIES}|{NOT_A_NAME})\b)([A-Z][\w\-]+)\s+news\s+agency\b"),
        "media",
        "news outlet",
        group=1,
        needs=("news agency",),
    ),
    ActorPattern(  # "the weekly El Norteño"
        compiled(
            r"\bthe\s+(?:weekly|daily|newspaper|news\s+site|news\s+website)\s+"
            r"((?:El|La|Le|Al|The)\s+[A-Z][\w\-]+|[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)"
        ),
        "media",
        "news outlet",
        group=1,
        needs=("weekly", "daily", "newspaper", "news site", "news website"),
    ),
)


MINISTERS_BY_PORTFOLIO: tuple[ActorPattern, ...] = (
    ActorPattern(  # "Deputy Prime Minister for Reintegration Ion Rusnac": a minister by a portfolio of any name
        compiled(
            r"\b(?:(?:Deputy|Vice)[ -])?(?:Prime\s+)?Minister\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+"
            r"(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}?\s+"
            rf"({CAPITAL}[\w’'\-]+\s+(?:(?:de|del|da|dos)\s+)?{CAPITAL}[\w’'\-]+)(?=\s+[a-z]|[,.;])"
        ),
        "government_officials",
        "official by title",
        group=1,
        needs=("minister",),
    ),
)


POLICE_AND_COMPANIES: tuple[ActorPattern, ...] = (
    ActorPattern(  # a national police or force by its own name ("Carabineros said Sergeant …", "Peshmerga units")
        compiled(
            r"\b(?:Carabineros(?:\s+de\s+Chile)?|Guardia\s+(?:Civil|Nacional)|Gendarmerie(?:\s+[Nn]ationale)?|Jandarma|"
            r"Policía\s+Nacional|Polícia\s+Militar|Garda(?:\s+Síochána)?|(?:[A-Z][\w\-]+\s+)?Peshmerga|FARDC)\b"
        ),
        "state_forces",
        "armed forces",
        needs=(
            "carabineros",
            "guardia",
            "gendarmerie",
            "jandarma",
            "policía",
            "polícia",
            "garda",
            "peshmerga",
            "fardc",
        ),
    ),
    ActorPattern(  # "the forestry company Forestal Arauco": the company, not the town it is named after
        compiled(
            r"\b(?:the|a|an|[a-z]+)\s+(?:company|firm|contractor|corporation|conglomerate)\s+"
            rf"(?!(?:{NOT_A_NAME})\b)([A-Z][\w\-]+(?:\s+(?:de\s+)?[A-Z][\w\-]+){{0,2}})"
        ),
        "external_other",
        "company",
        group=1,
        needs=("company", "firm", "contractor", "corporation", "conglomerate"),
    ),
)


UNIFORMED: tuple[ActorPattern, ...] = (
    ActorPattern(  # "men in Malian army uniforms": the uniform describes them, not the army's name
        compiled(
            r"\b(?:[Aa]rmed\s+)?(?:[Mm]en|[Gg]unmen|[Ii]ndividuals)\s+(?:in|wearing)\s+(?:[A-Z][\w\-]+\s+){0,2}"
            r"(?:(?:army|military|police|security|camouflage|combat)\s+)?(?:uniforms?|fatigues|camouflage)\b"
        ),  # "men in camouflage who identified themselves as members of the EGC"
        "rebel_group",
        "armed group (described)",
        needs=("uniform", "fatigues", "camouflage"),
    ),
)


GANGS_AND_COMMUNITIES: tuple[ActorPattern, ...] = (
    ActorPattern(
        compiled(  # not "The gang", "Rival gangs"
            rf"\b(?!(?:{NOT_A_NAME}|This|That|Another|Rival|Suspected|Criminal|Street)\b)"
            r"((?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+)\s+gang(?:\s+(?:coalition|alliance|federation))?\b"
        ),
        "political_militia",
        "criminal group",
        group=1,
        needs=("gang",),
    ),
    ActorPattern(  # "the Sinaloa cartel": the word is the name's, as the gold files write it ("Sinaloa Cartel")
        compiled(
            r"\b(?!(?:Former|Ex|Rival|Alleged|Suspected|Jailed|Late|The|A|An|Mexican|Colombian)\s)"
            r"((?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+\s+cartel)\b"
        ),
        "political_militia",
        "criminal group",
        group=1,
        needs=("cartel",),
    ),
    ActorPattern(
        compiled(
            rf"\b(?<!-)(?:(?:{COMMUNITY})\s+(?:families|civilians|villagers|herders|pastoralists|youths|farmers|residents|"
            rf"communit(?:y|ies)|returnees|refugees|men|women|children|Muslims|minority|minorities|elders|"
            rf"leaders|clansmen)|{COMMUNITIES})\b"
        ),
        "civilians",
        "community",
        needs=COMMUNITY_WORDS,
    ),
    ActorPattern(  # "IDP site leaders", "camp leaders", "Women's groups in Toumour reported"
        compiled(
            r"\b(?:(?:IDP|displacement)\s+)?(?:[Ss]ite|[Cc]amp)\s+leaders?\b|\b[Ww]omen['’]s\s+(?:groups?|associations?)\b"
        ),
        "civilians",
        "community",
        needs=("leader", "women"),
    ),
    ActorPattern(  # "the Wad Madani resistance committees", Sudan's neighbourhood committees, named by their town
        compiled(
            r"\b(?!(?:In|On|When|Since|After|Before|The|At|From|As|While|During|And|But)\s)"
            r"(?:[A-Z][\w\-]+\s+){1,2}(?:resistance|neighbou?rhood)\s+committees?\b"
        ),
        "civilians",
        "community",
        needs=("committee",),
    ),
    ActorPattern(  # "The civil society of Lubero attributes these killings to the ADF" (as Congolese news writes it)
        compiled(
            r"\b(?<=[Tt]he )civil society(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?(?:\s+plain)?)?"
            r"(?=\s+(?:of\s+[A-Z]|said|says|demands|demanded|accuses|accused|denounced|denounces|called|calls|warned|"
            r"warns|attributes|attributed|urged|urges|reported|reports|fears|feared|condemned|condemns)\b|"
            r"(?<=[a-z])\s+(?:said|says|demands|demanded|accuses|accused|denounced|denounces|called|calls|warned|warns|"
            r"attributes|attributed|urged|urges|reported|reports|fears|feared|condemned|condemns)\b)"
        ),
        "civilians",
        "civil society",
        needs=("civil society",),
    ),
    ActorPattern(  # "The jirga also condemned the attack": the elders' assembly, where it speaks or acts
        compiled(
            r"\b(?<=[Tt]he )(?:(?:tribal|grand|peace|local)\s+)?(?:jirga|shura)\b(?=\s+(?:also\s+|later\s+)?(?:said|"
            r"condemned|demanded|decided|called|urged|warned|asked|agreed|rejected|announced|gave|vowed|resolved)\b)"
        ),
        "civilians",
        "community",
        needs=("jirga", "shura"),
    ),
    ActorPattern(
        compiled(
            rf"\b(?<!-)(?:{COMMUNITY})\s+(?:fighters|militias?|militiamen|self-defen[cs]e groups?|armed groups?)\b"
        ),
        "identity_militia",
        "community militia",
        needs=COMMUNITY_WORDS,
    ),
)


_INSTITUTION = (
    r"Hospital|Camp|School|University|Hotel|Market|Mosque|Church|Airport|Station|Centre|Center|Prison|Province|"
    r"County|State|Region|District|Command|Gen|Maj|Col|Brig|Lt|Capt"
)
"""Words that end a place or an institution, or open a rank, never a name's."""
_SAYS = (
    r"said|says|told|tells|accused|accuses|wrote|writes|urged|urges|denied|denies|claimed|claims|added|warned|"
    r"announced|confirmed|alleged|insisted|stated|explained|noted|argued|called|rejected|led|met"
)
"""What a person named after a title and a place goes on to do (so the name ends there)."""

TITLED_IN_A_PLACE: tuple[ActorPattern, ...] = (
    ActorPattern(  # "KDP spokesman in Kirkuk Diyar Sindi accused…", "a UN spokesman in New York Stephane Dujarric said"
        compiled(
            rf"(?<![Tt]he )(?<![Hh]is )(?<![Hh]er )\b(?:{TITLES}|head)\s+in\s+(?:[A-Z][\w’'\-]+\s+){{1,3}}?"
            rf"(?!(?:{_INSTITUTION})\b)({CAPITAL}[\w’'\-]+\s+(?!(?:{_INSTITUTION})\b){ARTICLE}?{CAPITAL}[\w’'\-]+)"
            rf"(?=,|\s+(?:{_SAYS})\b)"
        ),
        "government_officials",
        "official by title",
        group=1,
    ),
)
"""A person named after a title and where the title holds (tried among the lexicon's titled people)."""
SOURCES: tuple[ActorPattern, ...] = (
    ActorPattern(
        compiled(
            r"\b(?:(?:(?:[Tt]wo|[Tt]hree|[Ss]everal)\s+)?(?:(?:[Ll]ocal|[Ss]ecurity|[Mm]ilitary)\s+and\s+)?"
            r"(?:[Mm]aritime\s+)?"
            r"(?:[Ll]ocal|[Ss]ecurity|[Mm]ilitary|[Mm]edical|[Hh]ospital|[Dd]iplomatic|[Hh]umanitarian|[Tt]ribal|[Rr]esistance|"
            r"[Rr]ebel|[Oo]pposition|[Ii]ntelligence|[Jj]udicial|[Gg]overnment|[Aa]rmy|[Pp]olice|[Cc]oncordant|"
            r"[Ww]ell-informed)\s+sources?|"  # "according to concordant sources" (not "reliable sources of water")
            r"(?<=according to )local volunteers|"
            r"(?:(?:[Tt]wo|[Tt]hree|[Ss]everal)\s+)?sources?\s+familiar\s+with\s+(?:the\s+)?[a-z]+"
            r"(?:\s+(?!(?:said|told|in|on|at|of|for|with|to|from|by|and)\b)[a-z]+)?|"
            r"(?<=[Tt]he )source(?=,\s+who\b|\s+(?:said|added|told|says)\b)|"  # "The source, who asked not to be named"
            r"(?:(?<=^)|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))Sources(?=\s+(?:said|say|told|added)\b|\s+(?:in|at|within|inside)\s+(?:the\s+)?[A-Z])|"
            r"sources\s+close\s+to\s+the\s+(?:military|army|government|junta|rebels|group|"
            r"movement|presidency)|"
            r"(?:(?:[Ss]ecurity|[Pp]olitical|[Mm]ilitary|[Rr]egional|[Ll]ocal|[Ii]ndependent|[Ww]estern)\s+)?"
            r"[Aa]nalysts(?:\s+in\s+[A-Z][\w\-]+)?|(?<=the )international community|"
            r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal)\s+(?:(?:[Ww]estern|[Ee]uropean|[Aa]frican|[Ff]oreign|[Ss]enior)\s+)?"
            r"diplomats|(?<=according to )diplomats|"  # "according to two diplomats in Bamako"
            r"(?<![\w\-] )[Dd]iplomats(?=\s+(?:said|say|told)\b)|"  # "Diplomats said" ("Russian diplomats": officials)
            r"(?:[Hh]uman )?[Rr]ights (?:groups?|organi[sz]ations?|watchdogs?|monitors?|activists?)|"
            r"(?<=\b[Aa] )(?:medical|doctors['’]?|monitoring) (?:group|charity|organi[sz]ation|network)|"
            r"(?:(?<=\b[Aa]\s)|(?<=\b[Tt]he\s))war monitor(?:ing group)?|"  # "a war monitor and residents said"
            r"[Cc]ivil society (?:leaders?|activists?|groups?|organi[sz]ations?|figures?)|"
            r"(?:(?<=\bby )|(?<=president of )|(?<=head of )|(?<=leader of )|(?<=members of )|(?<=Members of )|"
            r"(?<=epresentatives of )|(?<=according to )|"
            r"(?<=\bfrom ))"  # Congo's "société civile" (not "the role of civil society")
            r"civil society\b(?!\s+(?:groups?|leaders?))|"
            r"(?:[Cc]ommunity|[Rr]eligious|[Tt]ribal|[Tt]raditional|[Ss]ocial|[Cc]ivic|[Yy]outh|[Ll]ocal|"
            r"[Ii]ndigenous) leaders?|"
            r"(?<!\bas\s[Aa]\s)(?<!\bas\s[Aa]n\s)(?:(?<=\b[Aa]\s)|(?<=\b[Aa]n\s)|(?<=\b[Oo]ne\s)|(?<=\b[Tt]he\s))"
            r"(?:(?:[Ww]estern|[Ss]ecurity|[Pp]olitical|[Ii]ndependent|[Mm]ilitary|[Rr]egional|[Ll]ocal)\s+){0,2}"
            r"(?:analyst|researcher|expert|activist)(?!\s+(?:groups?|organi[sz]ations?|firms?|networks?|movements?)\b))\b"
        ),
        "external_other",
        "sources or observers",
        needs=(
            "source",
            "analyst",
            "diplomats",
            "armed group",
            "international community",
            "rights",
            "civil society",
            "leader",
            "war monitor",
            "volunteer",
            "medical",
            "doctors",
            "monitoring",
        ),
    ),
)
"""Sources and observers who speak without a name: "security sources", "a war monitor",
"analysts", "rights groups", "community leaders"."""


FIRST = (*UNIFORMED, *SECURITY_SERVICES, *OUTLETS_BY_KIND, *POLICE_AND_COMPANIES, *MINISTERS_BY_PORTFOLIO)
"""Tried before the lexicon's own patterns (a uniform's army is no actor of its own)."""
LAST = (
    *GANGS_AND_COMMUNITIES,
    *PARTIES,
    *ITS_PEOPLE,
    *GAZA_MINISTRY,
    *NAMED_FRONTS,
    *NAMED_FACTIONS,
    *IZAFAT_GROUPS,
    *BLOCS,
    *FRENTES,
    *CRIMINAL_GROUPS,
    *NUMBERED_UNITS,
    *OPERATIONS,
    *LEGISLATURES,
    *CIVIL_DEFENCE,
    *RANKS_WHO_SPEAK,
    *PEOPLE_BY_AGE,
)
"""Tried after them."""
