"""People, found by the shape of their names and the words beside them.

News names a person once in full, beside a role ("Adam Rojal, a spokesman for the camps'
coordination", "Tegh's mayor, Narek Ghazaryan,", "Major General Zaw Min Tun"), sometimes with
another name ("Mohamed Hamdan Dagalo, known as Hemedti"), and later by surname alone or with
Mr./Ms. This module finds those spans; `actors` makes them entities, one per person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from annotations.suggest.lexicon_words import (
    DESCRIPTION_WORDS,
    GENERAL_COMPANIES,
    INITIALS,
    MIDDLE_INITIAL,
    NICKNAME,
)
from annotations.suggest.names import ARMED_GROUPS, GROUP_OPENERS, OUTLETS, names_trie
from annotations.suggest.quotation_words import past_what_was_called
from annotations.suggest.roles import LED_SIDES, leader_of, role_around
from annotations.suggest.scan import scan_of
from annotations.text.actor_types import ACTOR_TYPE_PATTERNS, ORGANISATION_HEAD
from annotations.text.capitals import CAPITAL
from annotations.text.navigation import NAME_STOPWORDS
from annotations.text.pattern_cache import compiled
from annotations.text.per_text import TEXTS_KEPT
from annotations.text.regex_gate import gated
from annotations.text.regex_starts import lowered_starts

TITLES = frozenset(
    """general gen. major maj. brigadier lieutenant lt. colonel col. captain capt. sergeant commander
    admiral marshal president prime minister secretary-general secretary governor gov. mayor senator
    general-in-chief commander-in-chief
    mr. ms. mrs. dr. sheikh mullah imam pastor father bishop judge ambassador deputy defence defense
    foreign interior information health justice chief engineer eng. eng lieutenant-colonel lieutenant-general
    major-general brigadier-general lt.-col. lt.-gen. sp dsp asp csp acp dcp cp col lt gen maj capt brig sgt
    rev rev. reverend rabbi pol pol. gen. superintendent inspector fr fr.
    u daw ko sayadaw naw mahn alhaji alhaja hajiya mallam malam barrister
    don doña dona sr. sra. señor señora lic. licenciado licenciada ing. ingeniero ingeniera comandante
    archbishop cardinal patriarch monsignor msgr. attorney honourable honorable licentiate
    naik sepoy havildar subedar maulana maulvi mufti
    comrade otunba engr engr. hon hon. igwe oba sir dame evangelist apostle prophet sayyid
    maître gouverneur ministre porte-parole préfet prefect sub-prefect abbé gobernador alcalde
    sayyed dr mr mrs ms cpl cpl. pfc pfc. pvt pvt. sgt. ssgt. ka mawlawi maulawi mawlavi adm. adm cmdr. cmdr cdr. cdr
    rear vice divisional principal conscript recruit air commodore squadron
    ugaas garaad boqor sultan suldaan suldan nabadoon mca malaaq islaan emir omda bogyoke w/ro woizero weizero weyzero
    casec""".split()
)
"""Words that are titles or parts of them: they precede a name, never start it (with the Burmese
honorifics: "U Zaw Lin Htet", "Daw Nilar Moe", "Sayadaw U Wimala", and the Somali traditional
leaders' titles: "Ugaas Hassan Abdi Dhoorre", "Nabadoon Abdullahi Yusuf Geedi", and Sudan's "Emir
Hassan Mardas Adam", "Omda …"; not "Nazir" nor the Burmese officer's "Bo", given names as often:
"Nazir Ahmad", "Bo Bo Aung")."""

ONE_NAME_HONORIFICS = frozenset({"u", "daw", "sayadaw", "ko", "naw", "mahn"})
"""Burmese honorifics: the name after them may be a single word ("Sayadaw U Wimala")."""

_WORD = CAPITAL + r"(?=[\w’'\-]*[a-z])[\w’'\-]*+"
"""A capitalised word with a lower-case letter in it (no acronym), matched without backtracking."""
_NAME = (
    rf"{INITIALS}?{_WORD}{NICKNAME}{MIDDLE_INITIAL}"
    rf"(?:[ \t]+(?:al-|el-|bin[ \t]+|ibn[ \t]+|(?:de|da|do|dos|das|di|del|della|van|von)[ \t]+)?{_WORD}){{1,3}}"
)
"""Two to four capitalised words, after initials or not ("K.P. Sharma Oli"), with the particles of
Arabic, Spanish, Portuguese, Italian and Dutch names ("Staffan de Mistura", "Wesley Ferreira da
Costa"), on one line ("…wrote on X.\n\nSamir
al-Astal" is no name "X. Samir al-Astal")."""
ROLE_WORDS = """spokesman spokeswoman spokesperson leader commander official governor mayor minister analyst counterpart
    researcher activist journalist director head chief member chairman chairwoman deputy president founder co-founder
    coordinator representative envoy lawmaker senator general colonel officer doctor lawyer professor secretary
    adviser advisor aide administrator elder cleric councillor councilor farmer teacher resident witness trader student
    priest nurse engineer driver survivor ombudsman ombudswoman ombudsperson prosecutor negotiator mediator imam
    bishop inspector sergeant lieutenant captain soldier policeman policewoman commissioner superintendent fellow
    wali notable sub-prefect retiree pensioner volunteer widow defender candidate passenger
    housewife shopkeeper headman facilitator pastor chaplain rabbi monk
    abbot chieftain ambassador diplomat consul mother father son daughter brother sister wife husband uncle aunt
    cousin nephew niece grandson granddaughter daughter-in-law son-in-law relative neighbour neighbor executive
    delegate conscript recruit paramedic""".split()
_ROLE = "(?:" + names_trie(";".join(f"{w};{w.capitalize()}" for w in ROLE_WORDS)) + ")"
"""Words that say a name beside them is a person's, in either case ("the Wali", "a spokesman"), as
one trie: tried at every word of the text."""
_TITLE_WORDS = r"(?:[A-Z][a-z]*\.?\s+|[A-Z][a-z]+-[A-Z][a-z]+\s+|(?:SP|DSP|ASP|CSP|ACP|DCP|CP)\s+|\([a-z]+\)\s+)"

_THEN_ROLE = (
    r"(?:(?:also\s+|better\s+)?known as [^,]{1,40},[”\"]?\s+)?"
    rf"(?:(?:(?:a|an|the|(?:[A-Z][\w\-]+\s+)?[A-Z][\w\-]+['’]s)\s+(?:(?:[\w\-’'()]+|(?:[A-Z]\.)+[\w\-’']*)\s+){{0,5}}?)?"
    rf"{_ROLE}s?\b|(?:[a-z][\w\-]*\s+){{1,3}}{_ROLE}\s+(?:to|of|for|at)\b)"
    r"(?!\s+(?:said|says|told|added|stated|claimed|wrote|warned|insisted)\b)"
)
""""Jean-Paul Habimana, a civil society leader"; "Yahya Saree, the Houthi military spokesman"; not
"São Gonçalo do Amarante, the mayor said" (what the mayor said of a place: no apposition)."""
ROLE_THEN_NAME = gated(
    compiled(
        rf"\b{_ROLE}(?:-in-chief|\s+[Gg]eneral)?(?:\s+\([a-z ]{{2,30}}\))?(?:\s+a\.\s?i\.)?"  # "(governor)", ad interim
        rf"(?:\s+(?:for|of|with|in|to|representing)\s+(?:the\s+)?[\w\-’'()/ ]{{1,80}}?)?"
        r"(?:,\s+(?:a|an|the)\s+[^,;.“”\"]{1,80})?,\s+"
        rf"({_TITLE_WORDS}{{0,3}}{_NAME})(?=[,.;])"
    )
)
""""Tegh's mayor, Narek Ghazaryan,"; "A spokesman for the military government, Major General Zaw Min Tun,"."""
_THEN_DESCRIPTION_SAID = (
    r"(?:a|an|the|one\s+of\s+(?:the|its|their|his|her))\s+[^,.;“”\"\n]{3,80}?,\s+"
    r"(?:said|says|told|added|stated|explained|warned|insisted|claimed|denied|wrote)\b(?!\s+to\b)"
)
""""Ismail Yusoh, the headman of Ban Lubo Sawo, said", "…, one of the sheikhs of the Murad tribe,
said": whatever the description, one who says
something after being described is a person (an organisation's name has words that say so)."""
NAME_THEN_WHAT = gated(
    compiled(
        rf"\b({_NAME}),\s+(?:\d{{1,3}},\s+)?(?:{_THEN_ROLE}|(?:who|whom|whose|alias)\b|{_THEN_DESCRIPTION_SAID})"
        r"|\b(?P<aged>" + _NAME + r"),\s+\d{1,3}(?:,\s+(?:said|says|told|added|recalled|explained|an?|the|one)\b|"
        r",\s+(?:a\s+)?(?:resident\s+|native\s+)?(?:of|from)\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?(?=[;,.]|\s+and\b)|"
        r",\s+(?:[a-z]{2,}ed|fled|left|lost|ran|saw|went|came|had|has|was|is)\b|"  # "Fatima Ali, 43, walked"
        r";(?=\s+(?:and|his|her|their|an?|the|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3},\s+\d{1,3}\b))|,?\s+and\b)"
    )
)
"""A name, a comma (and an age), then a role, "who" (said of people: "Désiré Ngabu Lokpa, who
presented himself as the group's spokesman") or a description and a cue; or a name and an age
before a cue ("Hawa Abdallah Ismail, 34, said"): one pass over the names."""
NAME_OF_A_BODY_SAID = gated(
    compiled(
        r"(?:(?<=^)|(?<=\n)|(?<=[.!?,;:“\"] )|(?<=\band )|(?<=\bbut ))"
        rf"({_NAME})[ \t]+of[ \t]+(?:the[ \t]+)?"
        rf"(?:{CAPITAL}[\w’'\-]*(?:[ \t]+(?:(?:of|for|on|and|the|in)[ \t]+)*{CAPITAL}[\w’'\-]*){{0,6}}|"
        r"(?:[a-z]+[ \t]+){0,2}(?:hospital|clinic|council|committee|ministry|agency|office|organi[sz]ation|"
        r"university|association|union|network|mission|observatory))"
        rf"(?:[ \t]+\([A-Z][\w\-]{{1,11}}\))?(?:[ \t]+in[ \t]+{CAPITAL}[\w’'\-]+)?[ \t]+(?:also[ \t]+)?"
        r"(?:said|says|told|added|stated|explained|warned|wrote|noted|estimated|reported)\b"
    )
)
""""Lama Fakih of Human Rights Watch said", "Lalremruata Sailo of Champhai District Hospital said",
"Pastor Yohanes Itlay of the Evangelical Church in Indonesia (GIDI) in Dekai said": a person who
speaks for the body named after them (its acronym and town between), opening a clause (not "The state-run Global New
Light of Myanmar reported"), on one line (not a headline and the sentence below it)."""
SAID_THEN_NAME = gated(compiled(rf"(?<=[,”\"] )said\s+(?:one,\s+)?({_NAME})(?=[.,;])"))
""""…,” said one, Fuad Hassan Barakat.": the speaker named after the cue."""
HONOURED_ONE_NAME = compiled(r"(?<=, )((?:Sayadaw\s+)?(?:U|Daw|Ko|Naw|Mahn|Sayadaw)\s+[A-Z][a-z]+)(?=,)")
""""The abbot, Sayadaw U Wimala, who…": a one-word name after a Burmese honorific, between commas."""
KIN = (
    r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:uncle|aunt|cousin|brother|sister|father|mother|son|daughter|wife|husband|"
    r"nephew|niece|grandfather|grandmother|grandson|granddaughter)(?:-in-law)?"
)
"""A relative of someone named before ("his uncle"), as the words before a relative's name."""
KIN_THEN_NAME = gated(compiled(rf"\b{KIN}\s+({_NAME})(?=[,.;]|\s+said\b)"))
""""his uncle Óscar Rojas,", "her brother Ali Musa said": a relative, named."""
LED_BY = gated(
    compiled(
        rf"(?:\b(?:formerly|once|previously|long)\s+|\b(?i:faction|wing|splinter(?:\s+group)?|militia|brigade|battalion|"
        rf"unit|column|cell|gang|delegation)s?(?:\s+of\s+(?:the\s+)?{CAPITAL}[\w’'\-]*(?:\s+{CAPITAL}[\w’'\-]*){{0,3}})?,?"
        rf"\s+(?:(?:now|then|still|currently|jointly)\s+)?)"
        rf"(?:led|headed|commanded)\s+by\s+(?:(?:former\s+|ex-\s*|retired\s+|self-styled\s+|notorious\s+))?"
        r"(?:(?:(?:police|army|military|rebel|gang|militia)\s+)?(?:officer|commander|chief|leader|general|colonel|"
        r"major|captain|warlord)\s+)?"  # "former army general X" (stop 83's review: his title won); "former police
        rf"({_NAME})(?=[,.;)]|\s+[a-z])"  # officer Jimmy Chérizier" (helper-285: no one)
    )
)
""""the Boko Haram faction formerly led by Abubakar Shekau", "a wing led by Abdelaziz al-Hilu, which…",
"the Shining Path splinter led by Víctor Quispe Palomino calls itself" (his names were two villages),
"the Agar faction of the SPLM-N, led by Malik Agar,": its leader, a person (a faction or a unit is led
by a person; a coalition "led by Saudi Arabia" by a state: not taken)."""
_PERSON_NOUNS = (
    r"man|woman|boy|girl|trader|farmer|herder|herdsman|fisherman|resident|villager|teacher|student|driver|nurse|"
    r"doctor|mother|father|widow|elder|shopkeeper|merchant|businessman|businesswoman|pastor|priest|imam|"
    r"journalist|reporter|activist|worker|labourer|laborer|miner|refugee|survivor|witness|soldier|fighter|"
    r"officer|commander|leader|lawyer|teenager|mechanic|tailor|vendor|smuggler|preacher|cleric|chief"
)
NAMED_PERSON = gated(
    compiled(
        rf"\b(?:{_PERSON_NOUNS})s?\b(?:\s+(?:from|of|in)\s+(?:the\s+)?{CAPITAL}[\w’'\-]*(?:\s+(?:da|de|do|el|al)?\s*"
        rf"{CAPITAL}[\w’'\-]*){{0,3}})?,?\s+(?:named|called)\s+({_NAME})(?=[,.;]|\s+(?:said|says|told|who|was|is|had|has)\b)"
    )
)
"""A person brought in by what they are, then named ("a former trader from Mocímboa da Praia
named Bonomade Ussene,", "a farmer named Joaquim Mabasso told…"): a newcomer's long article
named its armed group's leader only so; "a ship named…", "a group called…" are no one."""
KNOWN_AS = compiled(
    rf",?\s+(?:known as|nicknamed|also known as|better known as|alias)\s+[\"“]?({_WORD}(?:\s+{_WORD})?)"
)
SHORT_TITLES = r"(?:Mr|Ms|Mrs|Dr|Gen|Col|Maj|Capt|Lt|Brig|Hon|Fr|Rev|Gov|Sen|Prof)"
HONORIFIC = compiled(rf"\b{SHORT_TITLES}\.?\s+$")
"""A title written short before a surname, kept with it in a short form ("Mr. Bol", "Gen. Deng",
"Hon. Ngbimi", "Fr Biwott")."""
HONOURED_NAME = gated(
    compiled(
        rf"(?<![\w.])(?:[Dd]o(?:n|ña)|Sra?\.|Señora?|Lic\.|Licenciad[oa]|Ing\.|Ingenier[oa]|(?:Mr|Mrs|Ms)\.?)\s+({_NAME})"
    )
)
""""Doña Herminia Valencia", "Lic. Marisela Cervantes Osorio", "Mr Nelson Chikomo": an honorific,
then a person's whole name."""
NOM_DE_GUERRE = compiled(
    r"\b(?:presented|introduced|identified|calls|called|calling)\s+(?:him|her)sel(?:f|ves)\s+(?:as\s+)?(?:alias\s+)?"
    r"[\"“]([A-Z][^\"”\n]{2,40})[\"”]"
    rf"|\bgave\s+(?:his|her)\s+(?:nom\s+de\s+guerre|name|first\s+name)\s+(?:only\s+)?as\s+({_NAME}|{_WORD})(?=[,.;])"
    rf"|\b(?:who\s+(?:uses|used|goes\s+by|went\s+by)|using)\s+the\s+(?:nom\s+de\s+guerre|name|alias|pseudonym)\s+"
    rf"[\"“]?({_NAME})[\"”]?(?=[,.;])"
)
""""A man who presented himself as “Comandante Lima”", "who gave his nom de guerre as Rojhat
Cudi,", "The BLA's spokesman, who uses the name Mazar Baloch,": the name he gave, whole."""

_WHAT_IS_LED = compiled(
    r"\b((?:(?!(?:A|An|The|Its|Their|His)\b)[A-Z][\w\-]*\s+){0,3})?([A-Za-z][\w\-]*?)s?,?\s+"
    r"(?:[a-z]+ly\s+|now\s+|then\s+|once\s+|long\s+)?(?:led|headed|commanded)\s+by$"
)
"""What a person leads, with the name before it ("the Boko Haram faction formerly led by …": "Boko Haram
faction"; "The gang, now led by …": "gang")."""
_LEADS = compiled(r"\b(?:led|headed|commanded)\s+by\b")


def _what_is_led(text: str, led_by: re.Match[str]) -> re.Match[str] | None:
    """`_WHAT_IS_LED` before the words "led by" of a match of `LED_BY`."""
    leads = _LEADS.search(text, led_by.start(), led_by.end())
    return None if leads is None else _WHAT_IS_LED.search(text, max(0, led_by.start() - 40), leads.end())


_LED_BY_NO_STATE = compiled(rf"(?i:{'|'.join(LED_SIDES)}|group)")
"""What a person leads that makes him its leader whatever his title; a brigade or a unit "commanded by army
officer X" is the army's (helper-292 found it typed other once the title was dropped)."""
_OF_A_STATE = compiled(
    r"(?:\bcounter-[\w\-]+|\b(?:army|military|police|security|intelligence|government|state)(?:['’]s)?)\s+"
    r"(?:[\w\-]+\s+)?$",
    re.IGNORECASE,
)
"""Before what is led, that it is a state's ("the Togolese army's counter-insurgency cell, headed by Colonel X")."""
_ROLE_BEFORE_A_NOM = compiled(
    r"\b(?:[Aa]n?|[Tt]he)\s+((?:[\w\-]+\s+){0,3}?(?:commander|leader|fighter|spokes(?:man|woman)|member|chief|"
    r"militant|rebel|gang\s+leader|warlord))\s+(?:who\s+)?$"
)
"""Who one is who gives himself a name ("A separatist commander calling himself “General No Pity
Junior”": a rebel, not a general of the state, helper-283 found)."""
_NOT_IN_NAMES = compiled(
    r"\b(?:Province|District|Region|State|Oblast|Governorate|County|Okrug|Raion|Rayon|Prefecture|"
    r"Municipality|Territory|Voivodeship|City|Army|Forces|Ministry|Agency|News|Council|Command|Front|Group|"
    r"Brigade|Mission|Office|Network|Alliance|Party|Union|Street|Road|River|Camp|Airport|University|Watch|"
    r"Rights|International|Press|Radio|Television|Committee|Movement|Coalition|Organi[sz]ation|Allah|Nations|"
    r"States|Kingdom|Republic|Emirates|Government|Police|Authority|Borders|Society|Trust|Fund|Foundation|"
    r"Institute|Centre|Center|Bank|Church|Commission|Battalion|Regiment|Division|Corps|Unit|Team|Militia|Guards?|"
    r"Operations|Affairs|Relations|Media|People|Persons|Displaced|Refugees|Residents|Civilians)\b"
)
"""Words that make a run of capitals an organisation or a place, not a person ("Rostov Oblast,
officials in Kharkiv Oblast said" made a person of Rostov Oblast, and of "Oblast" its short form)."""


_GROUP_NOUN = r"(?:group|organi[sz]ation|movement|militia|network|coalition)\b"
_GROUP = compiled(rf",\s+(?:a|an|the)\s+(?:{DESCRIPTION_WORDS}{_GROUP_NOUN}|{_GROUP_NOUN}(?!\s+of\b))(?![’']s\b)")
"""A name described as a group ("Jaish al-Adl, a Sunni militant group, said"): no person ("Iryna
Savchuk, the group's coordinator, told" is one)."""
_INITIAL = compiled(r"[A-Z]\.")
"""An initial ("L. Premjit Singh"), not an acronym."""


PERSON_REASONS = ("official by title", "person by role")
"""Why a suggestion is a person by name."""


@dataclass(frozen=True, slots=True)
class Person:
    start: int
    end: int
    role: str
    """The words that said this is a person ("a civil society leader"), for the actor type."""


SCANNED = (ROLE_THEN_NAME, SAID_THEN_NAME)
"""The patterns tried only where their beginnings stand (a title, "said"): the others may begin
with any capitalised word."""
_STARTS = {pattern: lowered_starts(pattern) for pattern in SCANNED}


def people_in(text: str) -> list[Person]:
    """Every person named beside a role, the name without titles, in text order."""
    return list(_people_in(text))


@lru_cache(maxsize=TEXTS_KEPT)  # suggestions read the same article again after every change
def _people_in(text: str) -> tuple[Person, ...]:
    found: dict[tuple[int, int], Person] = {}
    scan = scan_of(text)
    for match in NOM_DE_GUERRE.finditer(text):
        given = next(group for group in (1, 2, 3) if match.start(group) >= 0)
        who = _ROLE_BEFORE_A_NOM.search(text, max(0, match.start() - 50), match.start())
        found.setdefault(match.span(given), Person(*match.span(given), who.group(1) if who else ""))
    for pattern in (
        NAME_THEN_WHAT,
        NAME_OF_A_BODY_SAID,
        ROLE_THEN_NAME,
        SAID_THEN_NAME,
        HONOURED_ONE_NAME,
        HONOURED_NAME,
        KIN_THEN_NAME,
        LED_BY,
        NAMED_PERSON,
    ):
        for match in scan.matches(pattern, _STARTS.get(pattern, ())):
            name = match.span(1) if match.start(1) >= 0 else match.span("aged")  # "aged": only an age beside it
            name = (past_what_was_called(text, *name), name[1])  # not what a place was "called"
            span = without_titles(text, *name)
            if _THE_BEFORE.search(text, max(0, name[0] - 4), name[0]) and span == name:
                continue  # "Lime growers of the Tierra Caliente, who asked…": a region, no one with a title
            if pattern is NAME_THEN_WHAT and _IN_BEFORE.search(text, max(0, name[0] - 8), name[0]) and span == name:
                continue  # "An SNA commander in Lower Juba, who asked not to be named": where he is
            if pattern is NAME_OF_A_BODY_SAID and span is not None and not _of_a_body(text[span[0] : span[1]]):
                continue  # "Cachar Superintendent of Police said", "Supreme Court of Kenya said": no one's name
            if span is not None and _A_RANK_CUT.search(text, span[0], span[1] + 1):
                continue  # "said Rear Adm. Daniel Hagari": the name stopped at the rank's full stop
            if span is not None and looks_like_a_person(text[span[0] : span[1]]) and not _GROUP.match(text, name[1]):
                role = role_around(text, match.start(), match.end(), span)
                led = _what_is_led(text, match) if pattern is LED_BY else None
                if (
                    led is not None
                    and _LED_BY_NO_STATE.fullmatch(led.group(2))
                    and not _OF_A_STATE.search(text, max(0, led.start(2) - 30), led.start(2))
                ):  # "Gangs led by ex-police officer X"; not "the army's counter-insurgency cell, headed by Colonel X"
                    word = led.group(2).lower()  # the side a name says ("Boko Haram faction"), else its own
                    role = f"{led.group(1)}{word} leader" if led.group(1) else leader_of(word)
                    found[span] = Person(*span, role)  # over his title's ("army general X": stop 83's review)
                found.setdefault(span, Person(*span, role))
    for match in ONE_NAME_THEN_ROLE.finditer(text):
        found.setdefault(match.span(1), Person(*match.span(1), match.group(2)))
    return tuple(sorted(found.values(), key=lambda p: p.start))


ONE_NAME_THEN_ROLE = compiled(
    r"(?:(?<=^)|(?<=[\n.!?”\"] )|(?<=[“\"]))(?![A-Za-z]+ly\b|(?:However|Yesterday|Today|Tonight|Instead|Still|Now|"
    r"Moreover|Meanwhile|Later|Earlier|Also|Then|Thus|Indeed|Nevertheless|Nonetheless|Furthermore|Again|Overnight|"
    r"Elsewhere|Afterwards|Separately|Last|Next|First|Second|Third|Finally|Therefore|Otherwise|Likewise)\b)"
    r"([A-Z][a-z][\w’'\-]+),\s+((?:the|its)\s+(?:group|movement|coalition|"
    rf"network|alliance|militia|organi[sz]ation|party|front|faction)['’]s\s+(?:[\w\-]+\s+){{0,2}}?{_ROLE})\b"
)
""""Hemedti, the group's commander, said": a person known by one name, described by their place in
a group (no group called Hemedti); not an opening adverb ("Earlier, the movement's leader said")."""


_A_RANK_CUT = compiled(r"\b(?:Adm|Cmdr|Cdr|Gen|Col|Maj|Capt|Lt|Brig|Sgt|Cpl|Insp|Supt)\.$")
"""A name run that ends with a rank written short: the rank's full stop ended it."""


def _of_a_body(name: str) -> bool:
    """A person's name before "of <a body> said": no office, no body's word, no outlet."""
    first = name.split()[0]
    return (
        not _ends_with_a_title(name)
        and no_body_in(name)
        and not _AN_OUTLET.fullmatch(name)
        and first not in _FEATURE_FIRST  # "Jebel Marra of the SLA said": where they are
    )


_FEATURE_FIRST = frozenset("Jebel Jabal Mount Mt. Lake Wadi Ras Tell Bahr Cape Port Fort".split())


_AN_OUTLET = compiled(rf"(?:{OUTLETS})")


def _ends_with_a_title(name: str) -> bool:
    """An office, not a name: "Cachar Superintendent", "Medical Director", "Country Representative"."""
    last = name.split()[-1].casefold()
    return last in TITLES or last in _JOBS or last.rstrip("s") in ROLE_WORDS


_JOBS = frozenset(
    "director coordinator representative manager officer head chairman chairperson chair president secretary "
    "adviser advisor administrator supervisor superintendent inspector commissioner delegate".split()
)


def without_titles(text: str, start: int, end: int, *, fewest: int = 2) -> tuple[int, int] | None:
    """The span without the titles in front ("Major General Zaw Min Tun" -> "Zaw Min Tun") nor a
    possessive after ("Benjamin Netanyahu's office" -> "Benjamin Netanyahu"); None when fewer
    than `fewest` words of name are left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    honoured = False
    while (
        words
        and (
            _RETIRED.fullmatch(words[0].group())
            or words[0].group().casefold() in TITLES
            or _a_rank_opens(words)
            or _titles_joined(words[0].group())
        )
        and not (_surname_not_title(words))
        and not (len(words) > 1 and _A_COMPANY.fullmatch(words[1].group()))  # "General Dynamics said": no general
        and not (words[0].group() in _FIRST_NAMES_TOO and len(words) <= fewest)
    ):
        title = words.pop(0).group().casefold()
        honoured = honoured or title in ONE_NAME_HONORIFICS
    if len(words) < (1 if honoured else fewest) or not words:
        return None
    end = start + words[-1].end()
    return start + words[0].start(), end - 2 if text[end - 2 : end] in ("'s", "’s") else end  # "Netanyahu's office"


def _titles_joined(word: str) -> bool:
    """A rank of titles joined by a hyphen ("Colonel-Major", "Lieutenant-Colonel"); not a hyphenated
    first name ("Jean-Pierre")."""
    return "-" in word and all(part in TITLES for part in word.casefold().split("-"))


def _a_rank_opens(words: list[re.Match[str]]) -> bool:
    """ "Lance Naik Asad Iqbal", "Naib Subedar Muhammad Akram": a word that opens a rank before a
    title (alone, a first name: "Lance Edwards", "Naib Khan")."""
    return len(words) > 1 and words[0].group() in ("Lance", "Naib") and words[1].group().casefold() in TITLES


_FIRST_NAMES_TOO = frozenset({"Don", "Dona", "Emir"})
"""Titles that are first names too: "Don Eusebio Arreola" is Eusebio Arreola, "Don Bacon" is Don
Bacon; "Emir Hassan Mardas Adam" is Hassan Mardas Adam, "Emir Kusturica" is Emir Kusturica."""
_THE_BEFORE = compiled(r"\b[Tt]he\s+$")
"""Before a run of capitals: a place's or a body's name ("the Tierra Caliente"), not a person's,
unless a title follows it ("the Reverend John Smith")."""
_IN_BEFORE = compiled(r"\b(?:in|near|outside|around)\s+$")
"""Before a name a clause about someone follows: where that someone is, not their name."""
_RETIRED = compiled(r"\([a-z]+\)")
"""A word in brackets after a title ("General (retired) Aureliano Ibarra Tapia")."""


_A_COMPANY = compiled(GENERAL_COMPANIES)


def _surname_not_title(words: list[re.Match[str]]) -> bool:
    """ "Ko Wen-je": a Burmese honorific that is a Chinese or Korean surname before a hyphenated
    given name."""
    return words[0].group() in ("Ko", "U") and len(words) > 1 and "-" in words[1].group()


def looks_like_a_person(name: str) -> bool:
    """Whether a run of capitalised words may be a person's name: no stopword or title first, no
    word of a body's name, no acronym."""
    first = name.split()[0]
    return (
        first.casefold() not in NAME_STOPWORDS
        and (
            first.casefold() not in TITLES
            or first in _FIRST_NAMES_TOO
            or _surname_not_title(list(re.finditer(r"\S+", name)))
        )
        and not _NOT_IN_NAMES.search(name)
        and not any(w.isupper() and len(w) > 1 and not _INITIAL.fullmatch(w) for w in name.split())
    )


def other_names(text: str, end: int) -> tuple[tuple[int, int], ...]:
    """The other name given right after a person's ("…, known as Hemedti")."""
    known_as = KNOWN_AS.match(text, end)
    return ((known_as.start(1), known_as.end(1)),) if known_as else ()


_KNOWN_GROUP = compiled(rf"(?:{ARMED_GROUPS})\b")
_GROUP_WORD = compiled(
    r"\b(?:force|brigade|battalion|command|unit|front|party|group|agency|mission|office|ministry|"
    r"department|bureau|service|authority|company|corporation|cartel|gang|militia|court|tribunal|parliament|"
    r"senate|congress)s?\b",
    re.I,
)


def no_body_in(name: str) -> bool:
    """No word of a body's name in it, nor a group the lexicon knows named like people."""
    if _GROUP_WORD.search(name) or ORGANISATION_HEAD.search(name):
        return False
    if _KNOWN_GROUP.match(name) or name.split(" ", 1)[0] in GROUP_OPENERS:
        return False  # "Boko Haram", "Ansar Dine", "Jaish al-Adl": groups, named like people
    return not any(pattern.search(name) for _type, pattern in ACTOR_TYPE_PATTERNS)
