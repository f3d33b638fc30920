"""Where each actor pattern's matches put an actor: the span of its group, trimmed of an article,
a hedge, an owner and titles as the pattern asks, and two actors where one match joins two forces
("Kenyan police and Ugandan soldiers")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from annotations.suggest.actor_pattern import ActorPattern
from annotations.suggest.appositions import PERSON_REASONS
from annotations.suggest.lexicon import ACTOR_PATTERNS
from annotations.suggest.lexicon_words import BACKED, NAMED_FORCES, TITLE_WORDS
from annotations.suggest.names import ARMED_GROUPS, COUNTRY_NAMES, NATIONALITIES, OUTLETS, names_trie
from annotations.suggest.people import without_titles
from annotations.suggest.place_context import a_facility_named_there
from annotations.suggest.scan import TextScan, scan_of
from annotations.suggest.tokens import Spans, title_lines
from annotations.text.pattern_cache import compiled
from annotations.text.per_text import TEXTS_KEPT

PatternSpan = tuple[ActorPattern, re.Match[str], int, int]
"""A pattern, its match, and the span of the actor the match names."""


@lru_cache(maxsize=TEXTS_KEPT)
def actor_spans_of(text: str) -> tuple[PatternSpan, ...]:
    """`pattern_spans` of a text, kept: they depend on its words only, and a run after a tag that
    taught the corpus a new actor reads every piece's actors again (a third of their cost was
    matching the lexicon's patterns)."""
    return tuple(pattern_spans(text, scan_of(text), title_lines(text)))


def pattern_spans(text: str, scan: TextScan, titles: Spans) -> Iterator[PatternSpan]:
    """Every lexicon pattern's actors in the text, pattern by pattern, in text order within each;
    names of shape only (`by_shape`) are not looked for in headlines (`titles`)."""
    taken = Spans(m.span(1) for m in _TAKEN_POST.finditer(text) if not _A_FORCE_NAMED.search(m.group(1)))
    for pattern in ACTOR_PATTERNS:
        headlines = titles if pattern.by_shape else Spans()
        for match in _matches(pattern, scan):
            span = _span(text, pattern, match)
            if span is None or headlines.overlapping(*span) or taken.overlapping(*span):
                continue
            for start, end in _joined_forces(text, pattern, *span):
                yield pattern, match, start, end


def _span(text: str, pattern: ActorPattern, match: re.Match[str]) -> tuple[int, int] | None:
    start, end = match.span(pattern.group)
    start = max(start, text.rfind("\n", start, end) + 1)  # a name never runs on from a headline
    start, end = _trim_actor(text, start, end)
    if pattern.what == "armed forces":
        if _ARMS_BY_MAKER.search(text, start, end) and _USED_OR_BOUGHT.search(text, max(0, start - 40), start):
            return None  # "Ukraine used a Turkish drone": who made it, not whose forces struck
        if _A_RANK.fullmatch(text, start, end) and _A_ROLE_AFTER.match(text, end):
            return None  # "Hezbollah's most senior military commander": a rank of a person, no force
        titled = _A_TITLED_OWNER.search(text, max(0, start - 40), start) or _TITLE.match(text, start, end)
        owner = _OWNER.search(text, start, end) if titled else None
        if owner is not None:  # "President Nayib Bukele's government": the person (found by title) and his government
            return owner.end(), end
        start = _with_its_country(text, start)
        ethnic = _ETHNIC_BEFORE.search(text, max(0, start - 7), start)
        start = ethnic.start() if ethnic is not None else start  # "ethnic Armenian forces": no state's army
    if pattern.what == "ministry" and text.endswith(" of the Government", start, end) and _NAMED_AFTER.match(text, end):
        end -= len(" of the Government")  # "the Interior Ministry of the Government of National Unity (GNU)"
    if pattern.what == "armed group (described)":
        if text.endswith("Islamic ", max(0, start - 8), start):
            return None  # "Islamic State Sahel Province fighters": the lexicon's whole name, not "State Sahel …"
        named = _BACKERS_NAMED_GROUP.match(text, start, end)  # "Iran-backed Houthi rebels": the Houthis'
        start = named.end() if named is not None else start
    if pattern.what == "organisation":
        if text.endswith("Bureau", start, end) and _AN_OUTLET.match(text, start):
            return None  # "Reuters Nairobi Bureau": the agency, found as an outlet
        if a_facility_named_there(text, start, end):
            return None  # "brought to the Amai Pakpak Medical Center": where the wounded went, no speaker
        part = _PART_OF.match(text, start, end) or _A_COUNT.match(text, start, end)
        if part is not None and _A_COUNT.match(text, start, end) and not _ABOUT.search(text, max(0, start - 14), start):
            part = None  # "707 Special Forces Brigade" is a unit's number; "about 500 Kenya Defence Forces" a count
        start = _after_owner(text, part.end() if part is not None else start, end)
        if " " not in text[start:end] or _HEAD_ALONE.fullmatch(text, start, end):
            return None  # "the Watch report", "the Defence Forces": a head alone names no organisation
        if (us := _US_BEFORE.search(text, max(0, start - 6), start)) is not None:
            start = us.start()  # "the U.S. State Department": the state's, whose initials end in a full stop
    if (
        pattern.what == "news outlet"
        and text[start].islower()
        and (own := _A_NATIONS.search(text, max(0, start - 40), start))
    ):
        if _A_CHANNEL.search(text, max(0, own.start() - 12), own.start()):
            return None  # "on Iranian state television": where it was said, not who said it
        start = own.start()  # "Iranian state media reported": the outlet is the nation's
    if pattern.what == "news outlet" and text[_after_owner(text, start, end)].isupper():
        start = _after_owner(text, start, end)  # "the PKK-affiliated Firat News Agency" is the agency; a
        # "UN-run radio station" keeps its owner, the outlet having no name of its own
    if pattern.what in PERSON_REASONS and (
        _A_SHIP.match(text, end) or _SHIP_OR_VERB_BEFORE.search(text, max(0, start - 40), start)
    ):
        return None  # "the Adm. Gorshkov frigate", "the frigate Adm. Gorshkov"; "Russia will conscript Crimean Tatars"
    if pattern.what in PERSON_REASONS:  # a title says a single word is a name ("General Dostum")
        fewest = 1 if pattern.what == "official by title" else 2
        start, end = without_titles(text, start, end, fewest=fewest) or (start, start)
        if text[start:end].casefold() in _ROLES or text[start:end] in _NO_NAMES:
            return None  # "Deputy Spokesperson": a title after a title, no name; "The Ombudsman Institution"
    if (
        pattern.what in ("organisation", "international body")
        and (section := _NATIONAL_SECTION.match(text, end))
        and not _NO_SECTION_BEFORE.search(text, max(0, start - 30), start)
    ):
        end = section.end()  # "Amnesty International Nigeria, in a post on X, said": its Nigerian section
    return (start, end) if end > start else None


_NATIONAL_SECTION = compiled(
    rf"[ \t]+(?:{names_trie('; '.join(COUNTRY_NAMES))})"
    r"(?=\s*,\s+[a-z0-9]|\s+(?:said|says|told|reported|warned|urged|called|condemned|added|stated|noted|announced)\b"
    r"|['’]s\s+(?:[a-z]+\s+){0,2}(?:director|head|chief|spokes\w+|representative|coordinator|office|staff|team)\b"
    r"|['’]s\s+[A-Z][a-z]+\s+[A-Z])"
)
"""A country right after a body's name, before a comma and a small word or its saying: the body's
section there (not "the United Nations Norway, Sweden and …", "UNICEF Sudan's children")."""
_NO_SECTION_BEFORE = compiled(
    r"\b(?:[Ll]ike|[Uu]nlike|[Aa]t|[Mm]embers of|[Bb]esides|[Aa]part from|[Ss]peaking at|[Aa]s with)\s+(?:the\s+)?$"
)
"""Before a body's name, words after which a country next to it starts the sentence's own subject
("Like the African Union Nigeria condemned …", "At the UN Security Council Russia's ambassador …")."""


_ROLES = frozenset(word.strip().casefold() for word in TITLE_WORDS.split(";"))
_NO_NAMES = frozenset(
    "Institution Affairs Relations Services Office Department Ministry Commission Council Committee Agency Authority "
    "Board Bureau Secretariat Directorate Institute".split()
)
"""Words after a title that are an office's, not a person's ("The Minister of Security Affairs said")."""


_A_SHIP = compiled(
    r"\s+(?:aircraft\s+carrier|carrier|frigate|cruiser|destroyer|corvette|warship|submarine|icebreaker)s?\b"
)
_SHIP_OR_VERB_BEFORE = compiled(
    r"(?:\b(?:[Tt]he|frigate|carrier|cruiser|destroyer|corvette|warship|ship|vessel)\s+(?:Adm\.|Admiral)\s+"
    r"|\b(?:will|would|to|could|must|may|might|shall|cannot|can|not)\s+(?:conscript|recruit)\s+)$"
)
"""Before a name, words that make a rank part of a ship's name ("the Adm. Kuznetsov") or a role
word a verb ("will conscript Crimean Tatars")."""
_TAKEN_POST = compiled(
    r"\b(?:seized|captured|overran|overrun|took\s+control\s+of|retook|recaptured)\s+(?:the\s+)?"
    r"((?:[A-Z][\w\-’']*\s+){1,5}"
    r"(?:Command|Headquarters|HQ|Base|Barracks|Garrison|Cantonment))\b"
)
"""A command or base taken ("seized the Northeastern Regional Military Command"): the place it
held, no actor in it (one attacked is still a body, the target)."""
_A_FORCE_NAMED = compiled(rf"\b(?:Army|Police|Guards?|Gendarmerie|[A-Z]{{2,}}|{ARMED_GROUPS})\b")
"""A force named in a base taken ("the FARDC Base", "the Israeli Army Base", "the Boko Haram
Base"): the force stays an actor."""
_NAMED_AFTER = compiled(r" of [A-Z]")
"""A government with a name of its own after "of the Government" ("… of National Unity"): a body
of its own, not the ministry's last words."""
_A_COUNT = compiled(r"\d[\d,]*\s+(?=[A-Z])")
_ABOUT = compiled(
    r"\b(?:about|some|around|nearly|almost|roughly|approximately|than|over|least|up\s+to|another|further)\s+$"
)
"""A number after "about", "more than", "at least", "up to": how many, not a unit's number."""
_PART_OF = compiled(r"(?:Units|Elements|Members|Detachments|Contingents|Remnants)\s+of\s+(?:the\s+)?(?=[A-Z])")
"""Part of a body, opening a sentence ("Units of the Rapid Support Forces attacked"): the body is
the actor named, as "elements of the RSF" is."""
_BACKERS_NAMED_GROUP = compiled(rf"(?:the\s+)?{BACKED}\s+(?=(?:{ARMED_GROUPS})\b)")
"""A backer before a group the lexicon names ("the Iran-backed Huthi rebels"): the group is named
without it, as one who is backed by a state is not named by it; "Turkish-backed fighters" stays."""
_HEAD_ALONE = compiled(NAMED_FORCES)
_AN_OUTLET = compiled(rf"(?:{OUTLETS})\s")
_COUNTRY_OF_A_FORCE = compiled(rf"(?<![\w\-])(?:{names_trie('; '.join(COUNTRY_NAMES))})\s+$")
_PROPER_FORCE = compiled(r"(?:Police|Army|Armed|Air|Navy|National|Defence|Defense|Border)\b")


def _with_its_country(text: str, start: int) -> int:
    """A force named with its country's name, capitalised as a proper name ("Kosovo Police special
    units" took "Police special units", leaving "Kosovo" a place): the country is the force's."""
    if not _PROPER_FORCE.match(text, start):
        return start
    country = _COUNTRY_OF_A_FORCE.search(text, max(0, start - 40), start)
    return country.start() if country is not None else start


_A_RANK = compiled(r"(?:(?:most|more)\s+)?(?:senior|top|high-ranking|highest-ranking)\s+(?:military|army)")
_A_ROLE_AFTER = compiled(r"\s+(?:commanders?|officials?|officers?|leaders?|chiefs?|figures?|advisers?|sources?)\b")
_ETHNIC_BEFORE = compiled(r"\bethnic\s+$")
_ARMS_BY_MAKER = compiled(r"\b(?:drones?|jets?|aircraft|warplanes?|helicopters?)$")
_USED_OR_BOUGHT = compiled(
    r"\b(?i:use[ds]?|using|deploy(?:s|ed|ing)?|fl(?:ew|ies|ying)|operat(?:es|ed|ing)|(?:bought|buys?|buying)|"
    r"acquir(?:es|ed|ing)|purchas(?:es|ed|ing)|receiv(?:es|ed|ing)|(?:armed|equipped|supplied)\s+with)\s+"
    r"(?:(?:a|an|the|its|their|his|her|new|more|several|two|three|four|five|six|\d+)\s+){0,2}$"
)
"""Arms after a verb of using or getting them ("Ukraine used a Turkish drone", "armed with Iranian
drones"): the nationality is the maker's, the forces who strike are the subject's."""
_US_BEFORE = compiled(r"(?<![\w.])U\.S\.\s+$")
_AND = compiled(r"\s+and\s+")
_A_NATIONS = compiled(rf"(?<![\w’'\-])(?:{NATIONALITIES})\s+$")
"""A nation's adjective before an outlet named by its kind ("Iranian state media", "Russian state
television"): part of the name (a newcomer's "state media" left "Iranian" out)."""
_A_CHANNEL = compiled(r"\b(?:on|in|via|through)\s+(?:the\s+)?$")


def _joined_forces(text: str, pattern: ActorPattern, start: int, end: int) -> list[tuple[int, int]]:
    """Two forces where the words on each side of "and" are each a force of the same pattern
    ("Nepali police and Peruvian soldiers": two countries' forces); one where a side is no force
    alone ("U.S. and NATO forces", "Afghan and American troops": forces named together)."""
    joins = list(_AND.finditer(text, start, end)) if pattern.what == "armed forces" else []
    if len(joins) != 1:
        return [(start, end)]
    left, right = (start, joins[0].start()), (joins[0].end(), end)
    for shape in (pattern.pattern, _A_FORCE_BY_ITS_WORD):  # both sides of one shape
        if all(shape.fullmatch(text, *side) for side in (left, right)):
            return [left, right]  # "Kenyan police and Ugandan soldiers", "police and soldiers had detained …"
    return [(start, end)]


_TITLE = compiled(
    r"(?:President|Prime\s+Minister|Premier|Governor|Minister|Chancellor|King|Emir|Sultan|Mayor|General|Gen\.)\s+"
)
_OWNER = compiled(r"[’']s\s+")
_A_TITLED_OWNER = compiled(rf"\b{_TITLE.pattern}(?:[A-Z][\w’'\-]+\s+){{0,2}}$")
"""A title right before a possessor: the government or the forces are a person's ("President Nayib
Bukele's government"), not a country's of that name."""
_A_FORCE_BY_ITS_WORD = compiled(r"(?:[Pp]olice(?:\s+officers)?|[Pp]olicemen|[Ss]oldiers|[Tt]roops|[Gg]endarmes)")
"""A force named by its word alone, on each side of "and": "police and soldiers" are two forces
("police and military troops", as the seed's gold leaves it, stays one)."""


def _matches(pattern: ActorPattern, scan: TextScan) -> Iterator[re.Match[str]]:
    """The pattern's matches, looked for only in the lines that hold one of the words it needs
    (a ministry is named in one paragraph of twenty; no name runs across lines), and there only
    where one of its beginnings stands."""
    needles = scan.needles
    ranges = needles.ranges(pattern.needs) if pattern.needs and needles is not None else [(0, len(scan.text))]
    for start, end in ranges:
        yield from scan.matches(pattern.pattern, pattern.starts, start, end)


def _trim_actor(text: str, start: int, end: int) -> tuple[int, int]:
    """Without punctuation at the end, an article at the start ("The Coalition of…"), a hedge
    ("Suspected Boko Haram fighters" are Boko Haram's fighters, whoever suspects it) nor what kind of
    body it is ("The NGO Amel Association")."""
    while end > start and text[end - 1] in " ,.;:’'" and not _ABBREVIATION.search(text, start, end):
        end -= 1
    hedge = _HEDGE.match(text, start, end)
    if hedge is not None:
        start = hedge.end()
    article = re.match(r"(?:The|the|A|An)\s+(?=[A-Z0-9])", text[start:end])
    return (start + article.end() if article else start), end


_ABBREVIATION = compiled(r"(?<![\w.])(?:[A-Z]\.){2,}$")
"""A name that ends with its own full stop ("U.N.", "U.S."), which trimming would cut."""
_HEDGE = compiled(
    r"(?:(?:The|the|A|An)\s+)?"
    r"(?:[Ss]uspected|[Aa]lleged|[Pp]resumed|I?NGO(?!\s+(?:Forum|Coordination|Platform|Consortium|Network|"
    r"Council|Safety|Liaison|Committee\s+on)\b)|(?:[Cc]harity|[Aa]id group)(?=\s+[A-Z]\w+\s+[A-Z]))\s+(?=[A-Z])"
)


_OWNER = compiled(
    r"(?!People['’]s\b)(?:(?:al|el|an|ad|ash|as)-)?[A-Z][\w\-]*(?:['’]s|-led|-backed|-funded|-allied|-linked|-based|-run|-controlled|-owned|"
    r"-affiliated|-aligned|-sponsored)\s+|[A-Z][\w\-]*\s+[A-Z][\w\-]*-based\s+"  # "the Chiang Mai-based … Network"
)


def _after_owner(text: str, start: int, end: int) -> int:
    """Where a unit's name starts after its owner or sponsor ("the FARC's 33rd Front" is "33rd
    Front" of the FARC, an actor of its own; "the Kenyan-led Multinational Security Support
    Mission" is the mission). "People's" is a word of the name ("a People's Defence Force unit")."""
    owner = _OWNER.match(text, start, end)
    return owner.end() if owner and " " in text[owner.end() : end].strip() else start
