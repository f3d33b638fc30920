"""What a run of words is taken for before a place is chosen (a hit), and the places the text
alone shapes: natural features and buildings named whole ("Lake Chad", "Liguasan Marsh", "the
Thiri Mingala Monastery") and roads known by their number ("the N380 road")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotations.model import PlaceKind
from annotations.suggest.gazetteer import Place
from annotations.suggest.place_context import ADJECTIVE, AFTER_A_PREPOSITION, NATIONALITY
from annotations.suggest.placenames import name_key
from annotations.suggest.suggestion import Knowledge
from annotations.suggest.tokens import Spans, Token, capitalised, whole_word_spans
from annotations.text.calendar_words import NO_DAY_OR_MONTH
from annotations.text.navigation import NAME_STOPWORDS
from annotations.text.pattern_cache import compiled


@dataclass
class PlaceHit:
    """Words taken for a place: the places they may be, whether spelt as a gazetteer spells them
    (else a near spelling), and the kind the text gives them."""

    start: int
    end: int
    places: list[Place]
    exact: bool
    context_kind: PlaceKind | None
    region_of: Place | None = None
    named_here: bool = False
    """The text calls it a place (the second of two places, "to Hurti and Maiyanga"; a town at an
    end of a road, "the Bolipara-Thanchi road"): named by the text if nothing near knows it."""


def named_whole(text: str, hit: PlaceHit) -> PlaceHit:
    """A hit that is the first words of its place's whole name, written whole in the text, taken
    whole ("Bangsamoro Autonomous Region in Muslim Mindanao": a name's words are looked up without
    the small words between them, and "Muslim Mindanao" was a place of its own)."""
    if not hit.exact:
        return hit
    longest = max((p.name for p in hit.places if len(p.name) > hit.end - hit.start), key=len, default="")
    if longest and text.startswith(longest, hit.start):
        hit.end = hit.start + len(longest)
    return hit


def named_by_text(
    name: str, kind: PlaceKind, *, country: str | None = None, codes: dict[str, str] | None = None
) -> Place:
    """A place only the text names (no gazetteer has it): known by the key of its name."""
    return Place(id=f"text:{name_key(name)}", name=name, kind=kind, country=country, codes=codes or {}, source="text")


def contiguous(text: str, tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the words from `first` to `last` are written as one name could be."""
    for left, right in zip(tokens[first:last], tokens[first + 1 : last + 1], strict=False):
        if text[left[1] : right[0]] not in (" ", "-"):
            return False
        if right[2].lower() in NAME_STOPWORDS:
            return False
    return True


FEATURE_WORDS = frozenset({"Lake", "Mount", "Mountains", "River", "Gulf", "Sea", "Park", "Rivière", "Lac"})
QUARTER_WORDS = frozenset(
    {"Complexo", "Vila", "Morro", "Favela", "Parque", "Avenida", "Serra", "Jardim", "Sierra", "Cerro", "Barrio"}
    | {"Estancia", "Hacienda", "Fazenda", "Finca", "Rancho"}
    | {"Barangay", "Sitio", "Purok", "Troncal"}
)
"""Words that open the name of a quarter, a street, a range or a ranch in Portuguese and Spanish
("Complexo da Penha", "Avenida Brasil", "Serra da Misericórdia", "Estancia San Miguel"): the
place is named whole. So too a Philippine village or hamlet ("Barangay Linuk-Linuk", "Sitio
Tubigan") and a trunk road of the Andes ("the Troncal Amazónica")."""
FEATURE_OR_QUARTER = FEATURE_WORDS | QUARTER_WORDS
_OF = frozenset({"of", "da", "do", "de", "dos", "das", "del"})
_FEATURES_WITH_OF = frozenset({"Bay", "Strait", "Straits", "Isle", "Cape", "Line"})
_NOT_OF_A_MOUNTAINS_NAME = frozenset(
    {"National", "Natural", "Forest", "Game", "Nature", "Wildlife", "Region", "Area", "District", "Province", "State"}
    | {"County"}
)
_PHILIPPINE_PLACES = frozenset({"Barangay", "Sitio", "Purok"})
_BARANGAY_OFFICES = frozenset(
    {"Health", "Kagawad", "Captain", "Chairman", "Chairperson", "Chairwoman", "Council", "Councilor", "Official"}
    | {"Officials", "Tanod", "Secretary", "Treasurer", "Hall", "Peacekeeping", "Police", "Workers"}
)


def feature(text: str, tokens: Sequence[Token], index: int, knowledge: Knowledge) -> PlaceHit | None:
    """ "the Lake Chad area", "Mount Elgon", "Complexo do Alemão": a natural feature or a quarter is
    named whole, kind other; the country or town whose name it carries is not meant. A name a
    gazetteer or the analyst knows ("River Nile" state, "Mount Lebanon" governorate) is left to them."""
    head = tokens[index][2]
    if not opens_a_feature(tokens, index) or index + 1 >= len(tokens):
        return None
    if head in QUARTER_WORDS and index > 0 and capitalised(tokens[index - 1][2]):
        if contiguous(text, tokens, index - 1, index):
            return None  # "Instituto Favela Viva" is an organisation
    following = index + 1
    if head in _PHILIPPINE_PLACES and tokens[following][2] in _BARANGAY_OFFICES:
        return None  # "Barangay Health Workers", "Barangay Kagawad Maria Santos": an office of the barangay
    joined = tokens[following][2] in _OF and (head in QUARTER_WORDS or tokens[following][2] == "of")
    if joined and following + 1 < len(tokens):
        following += 1
    if not capitalised(tokens[following][2]) or not contiguous(text, tokens, index, following):
        if not (joined and capitalised(tokens[following][2])):
            return None
    if (head in QUARTER_WORDS or head == "Mount") and not joined and _another_word(text, tokens, following):
        if head != "Mount" or tokens[following + 1][2] not in _NOT_OF_A_MOUNTAINS_NAME:
            following += 1  # "Nova Holanda" after "Vila", "Mount Punoh Mahadji"
    start, end = tokens[index][0], tokens[following][1]
    if any(g.lookup(text[start:end]) for g in knowledge.gazetteers):
        return None
    named = named_by_text(text[start:end], "other")
    return PlaceHit(start, end, [named], True, "other")


def opens_a_feature(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word opens a feature's or a quarter's name ("Lake", "Vila"; "Bay" and
    "Strait" with "of": "the Bay of Bengal", while a Bay alone is Somalia's province)."""
    head = tokens[index][2]
    if head in _FEATURES_WITH_OF:
        return index + 1 < len(tokens) and tokens[index + 1][2] == "of"
    if head == "Lac" and index + 1 < len(tokens) and tokens[index + 1][2].lower() in ("province", "region"):
        return False  # Chad's Lac Province, not a lake
    return head in FEATURE_OR_QUARTER


def _another_word(text: str, tokens: Sequence[Token], index: int) -> bool:
    return index + 1 < len(tokens) and capitalised(tokens[index + 1][2]) and contiguous(text, tokens, index, index + 1)


_FEATURE_SUFFIX = compiled(
    r"\s+(?:National Park|Game Reserve|Forest Reserve|Biosphere Reserve|Nature Reserve|(?<!Army )Special Reserve|"
    r"National Reserve(?![ \t]+(?:Bank|units?|Force|Forces|Corps|Guard))|Forest|Marsh|Swamp|"
    r"Wildlife Reserve|Mountains|Hills|Heights|Plains|Highlands|Lowlands|River|Island|Shoal|Reef|Atoll|Sea|"
    r"Valley|Plain|Penitentiary|Prison|Dam|Reservoir|Monastery|Pagoda|Mosque|Temple|Shrine|Hill Tracts|"
    r"City Hall|Town Hall|(?<!Downing )(?<!Wall )Street|Avenue|Boulevard|"
    r"(?:(?:General|Teaching|Military|District|Referral|Regional|Provincial|Memorial)\s+)?Hospital(?!\s+(?:officials?|"
    r"staff|sources?|director|doctors?|spokes\w+|said|says|told|reported))|"
    r"(?:International\s+)?(?:Bridge|Crossing|Airport)|Gate|Pass|Canal|"
    r"Highway(?![ \t]+(?:Patrol|Police|Authority|Agency|Department))"
    r"(?:[ \t]+\d{1,4}[A-Z]?\b(?![ \t]*(?:km|kilomet|miles?|hours?|times|minutes?|metres?|meters?|people|%)))?"
    r"|Expressway|Motorway|(?<!Belt and )(?<!National )(?<!One )(?<!Silk )Road(?![ \t]+[A-Z\d]))\b"
)  # "the José Antonio Páez International Bridge" is no organisation "… International"


def suffixed_feature(text: str, tokens: Sequence[Token], index: int, run: int) -> PlaceHit | None:
    """ "Pendjari National Park", "Liguasan Marsh": the park or marsh is the place, named whole,
    not a town named like it."""
    if ADJECTIVE.search(tokens[index][2]):
        return None  # "the Israeli-occupied Golan Heights": the name starts after the word of who holds it
    for count in range(1, min(run, 4)):
        suffix = _FEATURE_SUFFIX.match(text, tokens[index + count - 1][1])
        if suffix is not None and capitalised(tokens[index + count - 1][2]):  # not "a bulk carrier Sea …"
            end = suffix.end()
            while (more := _FEATURE_SUFFIX.match(text, end)) is not None:
                end = more.end()  # "Kidepo Valley National Park"
            start = tokens[index][0]
            speaks = _SPEAKS_AFTER.match(text, end) and not AFTER_A_PREPOSITION.search(text, max(0, start - 12), start)
            if text.endswith("Hospital", 0, end) and speaks:
                return None  # "Al-Shifa Hospital announced": a hospital that speaks (not "a surgeon at the …, said")
            named = named_by_text(text[start:end], "other")
            return PlaceHit(start, end, [named], True, "other")
    return None


_SPEAKS_AFTER = compiled(
    r"(?:,[^,.;\n]{1,80},)?\s+(?:also\s+)?(?:said|says|announced|warned|confirmed|reported|told|stated|added|"
    r"denied|urged|appealed|called)\b"
)


def crossing(text: str, token: Token, known: bool = False) -> PlaceHit | None:
    """ "at the Enguri bridge", "the Hakari border crossing", "along the Khabur river", "the Boni
    forest", "the Bartang valley", "the Khawak pass", "the Salang highway", "the Kleban-Byk
    reservoir", "the Hmeimim airbase", "the al-Qasr roundabout": a place by one name no
    gazetteer knows and a lower-case word (one named after a known town is tagged as the town;
    `known`: a gazetteer knows the name as another place)."""
    start = token[0]
    if text[max(0, start - 4) : start] != "the ":
        return None
    found = _CROSSING_AFTER.match(text, token[1]) or (None if known else _WORKS_AFTER.match(text, token[1]))
    end = found.end() if found is not None else 0
    if found is None and token[2] not in _NO_CENTRES_NAME and (found := _A_CAMP_AFTER.match(text, token[1])):
        end = token[1]  # "the Baure military camp": Baure, as analysts write a camp
    if found is None and (second := _SECOND_WORD.match(text, token[1])) is not None:
        if (found := _A_BUILDING_AFTER.match(text, second.end())) is not None:
            end = found.end()  # "the Beit Shalom synagogue"
        elif (found := _A_FEATURE_AFTER.match(text, second.end())) is not None:
            end = second.end()  # "the Gidan Bisa forest": its name
    if found is None or NATIONALITY.fullmatch(token[2]) or token[2] in _DENOMINATIONS or _MADE_BY.search(token[2]):
        return None
    if found.group().endswith("pass") and _LET_BEFORE.search(text, max(0, start - 20), start):
        return None  # "let the Rohingya pass.", "to see the Knesset pass the bill": no mountain pass
    return PlaceHit(start, end, [named_by_text(text[start:end], "other")], True, "other")


def features_named_again(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """ "the Abshar valley", later "a resident of Abshar": a valley, river, forest or pass no
    gazetteer knows, named again without its word, is that place (not a town of that name
    elsewhere that a gazetteer knows). With its word in capitals ("the Bekaa Valley", later "the
    Bekaa") it is that place where nothing else was found (the "Swat Valley" leaves Swat the
    district)."""
    taken = Spans((h.start, h.end) for h in hits)
    at = {(h.start, h.end): h for h in hits}
    again: list[PlaceHit] = []
    for hit in hits:
        name, _, word = text[hit.start : hit.end].rpartition(" ")
        if word.lower() not in _FEATURES or len(hit.places) != 1 or hit.places[0].source != "text":
            continue
        if not name[:1].isupper():
            continue
        for start, end in whole_word_spans(text, name, joiners="-’'"):
            if text.startswith(f" {word}", end):
                continue
            capitalised_word = word not in _FEATURES
            if capitalised_word and (
                _IN_ANOTHER_NAME.match(text, end) or _IN_ANOTHER_NAME_BEFORE.search(text, max(0, start - 30), start)
            ):
                continue  # "Omo Bank said": a word of another name, not "the Omo" again
            if (start, end) in at:
                if word in _FEATURES:
                    at[start, end].places = hit.places
            elif not taken.overlapping(start, end):
                again.append(PlaceHit(start, end, hit.places, True, "other"))
                taken.add(start, end)
    return again


_FEATURES = frozenset({"river", "valley", "forest", "pass"})
_IN_ANOTHER_NAME = compiled(rf"[ \t]+{NO_DAY_OR_MONTH}[A-Z]")
_IN_ANOTHER_NAME_BEFORE = compiled(r"(?<![.!?])[ \t][A-Z][\w’'\-]*[ \t]+$")
"""A capitalised word right after or before a capitalised feature's name named again: the name is a
word of another ("Omo Bank said", after "the Omo Valley"), not the feature ("the Bekaa and",
"Hukawng residents fled")."""
_LET_BEFORE = compiled(
    r"\b(?:let|lets|letting|see|saw|seen|watch|watched|make|made|allow|allowed|help|helped)\s+the\s+$"
)
_CROSSING_AFTER = compiled(
    r"\s+(?:(?:border\s+)?(?:bridge|crossing)|river|valley|forest|pass|highway|synagogue|church|mosque|cathedral|"
    r"monastery|mountains|hills|marshes|marshlands|wetlands)\b"
)
_MADE_BY = compiled(r"-(?:era|built|controlled|run|held|backed|made|funded|owned|led|operated|occupied|designed)$")
"""An adjective of who made or holds it ("the Soviet-era dam", "the Houthi-controlled airfield"): no name."""
_A_CAMP_AFTER = compiled(
    r"\s+(?:(?:military|army|police|refugee|displacement|IDPs?)\s+)?(?:camp|barracks)\b"
    r"|\s+(?:transit|reception)\s+(?:centre|center|site|camp)\b"  # "the Cishemere transit centre"
    r"|\s+(?:IDP\s+)?site(?=\s+for\s+(?:internally\s+)?displaced\b)|\s+(?:IDP|displacement)\s+site\b"
    r"|(?<!Duck)(?<!Big)(?<!Small)(?<!Fish)(?<!Old)(?<!New)\s+pond\b"  # "towards the Koulwoko pond"
)
_NO_CENTRES_NAME = frozenset(
    {"Ebola", "Cholera", "Mpox", "Covid", "COVID-19", "Measles", "Interim", "Emergency", "Temporary", "Main", "Central"}
)
"""Words before "transit/reception centre" that say what it is for, not where it is ("the Ebola
transit centre in Butembo")."""
_WORKS_AFTER = compiled(r"\s+(?:reservoir|dam|canal|airbase|air\s+base|airfield|roundabout)\b")
"""Works named after a place ("the Marib dam", "the Kakhovka dam"): named so by a name no gazetteer
knows ("the Kleban-Byk reservoir"), they are the place; by a known town's, the town is tagged."""
_DENOMINATIONS = frozenset(
    "Catholic Anglican Orthodox Protestant Evangelical Baptist Methodist Pentecostal Lutheran Presbyterian Coptic "
    "Shia Shiite Sunni Sufi Ahmadi Ismaili Jewish Christian Muslim Grand Main Central Old New".split()
)
"""Words before "church" or "mosque" that say which kind it is ("the Catholic church in Owo", "the
Shia mosque"), no name of it."""
_SECOND_WORD = compiled(r" [A-Z][\w’'\-]+")
_A_BUILDING_AFTER = compiled(r"\s+(?:synagogue|church|mosque|cathedral|monastery)\b")
"""A house of worship of two words of name ("the Beit Shalom synagogue", "the Al-Nour mosque")."""
_A_FEATURE_AFTER = compiled(r"\s+(?:forest|valley|river|marshes|marshlands|wetlands)\b")
"""A forest, a valley or a river of two words of name ("the Gidan Bisa forest", "the Espíritu Santo river"):
the place is its name, as analysts write it ("Gidan Bisa", "Espíritu Santo")."""


ROAD_WORDS = r"(?:road|highway|motorway|expressway|route|axis|corridor)"
"""What news calls a road after its ends or its number, lowercase ("the Goma Road" is a street)."""
_ROAD_NUMBER = compiled(rf"[A-Z]{{1,3}}-?\d{{1,4}}(?=\s+{ROAD_WORDS}\b)")


def numbered_road(text: str, token: Token) -> PlaceHit | None:
    """ "along the N380 road", "blocked the BR-230", "along NH-326": a road known by its number, a
    place where things happen."""
    road = (
        _ROAD_NUMBER.match(text, token[0])
        or _INDIAN_HIGHWAY.match(text, token[0])
        or _NATIONAL_ROUTE.match(text, token[0])
        or (_BRAZILIAN_ROAD.match(text, token[0]) if text[max(0, token[0] - 4) : token[0]] == "the " else None)
    )
    if road is None or road.end() != token[1]:
        route = _ROUTE.match(text, token[0])  # "national Route 4": the word and its number
        if route is None:
            return None
        return PlaceHit(token[0], route.end(), [named_by_text(route.group(), "other")], True, "other")
    return PlaceHit(token[0], token[1], [named_by_text(token[2], "other")], True, "other")


_NATIONAL_ROUTE = compiled(
    r"(?:(?<=the )|(?<=\()|(?<=on )|(?<=along ))(?:RN|EN)-?\d{1,3}(?![\w\-])|(?<=the )RP-?\d{1,3}(?![\w\-])"
)
"""A route nationale or provinciale by its code ("on the RN4", "National Road 4 (RN4)"), or an
estrada nacional ("on the EN1 near Nhamapaza", Mozambique's)."""
_INDIAN_HIGHWAY = compiled(
    r"(?<!\ban )(?<!\bAn )(?<!Two )(?<!two )(?<!Navy )(?<!Kaman )(?<!Three )(?<!three )(?<!Four )(?<!four )"
    r"(?<![Tt]he SH)(?:NH|SH)-\d{1,4}[A-Z]?(?![\w\-])"
    r"(?!\s+(?:helicopters?|Seahawks?|Sea\s+King|Super|aircraft|jets?|purchase|deal|fleet|crash|programme|order)\b)"
)
"""India's national and state highways by number ("along NH-326"), a road with or without the word,
where a road is spoken of (not "Two NH-90 helicopters", "A Navy SH-60 Seahawk")."""
_ROUTE = compiled(
    r"(?:(?:National|Provincial|State|Federal|Regional)\s+(?:Road|Highway|Route)|Route\s+Nationale|Route|Ruta|Rota|"
    r"Highway|(?<=the )Main\s+(?:North|South)(?=\s+\d{1,2}\s+[Rr]oad\b))"  # Lesotho's "the Main South 1 road"
    r"\s+\d{1,4}[A-Z]?\b(?!\s*(?:km|kilomet|miles?|%))(?![ \t]+[A-Z][a-z])"
)
"""A road by its word and number ("national Route 4", "National Road 3", "Route Nationale 1")."""
_BRAZILIAN_ROAD = compiled(
    r"(?:BR|PA|MT|MA|TO|GO|AM|RO|AC|RR|AP|BA|MG|SP|RJ|PR|SC|RS|PE|PB|RN|CE|PI|AL|SE|ES|DF)-\d{3}\b"
    r"(?![ \t]+(?:gunships?|aircraft|planes?|jets?|helicopters?|drones?|missiles?|rockets?|rifles?)\b)"
)
"""Brazil's federal and state roads, named by their code alone ("the BR-230", "the PA-150"; three
digits: "the MS-13" is a gang)."""
_ROAD_BETWEEN = compiled(
    rf"([A-Z][\w’']+)-([A-Z][\w’']+(?:-[A-Z][\w’']*)*)\s+(?:{ROAD_WORDS}|stretch|sector|(border|boundary|frontier))\b"
)


_PREFIXES = frozenset({"Pan", "Trans", "Inter", "Anglo", "Afro", "Euro", "Sino", "Indo", "Russo", "Franco", "Sub"})
"""First halves of compound words, no towns: "the Pan-American highway"."""


_ARTICLES = frozenset({"Al", "El", "Ad", "As", "Ash", "Ar", "Az", "An", "At", "Abu", "Ibn", "Bin", "Ben"})
"""Words that open one name with a hyphen ("the Al-Qaim border crossing"): no place at an end."""


def road_towns(text: str, token: Token, knowledge: Knowledge) -> list[PlaceHit]:
    """ "the Bolipara-Thanchi road", "the Assam-Mizoram border": the places at its ends, each a place."""
    road = _ROAD_BETWEEN.match(text, token[0])
    if road is None or road.end(2) != token[1] or road.group(1) in _PREFIXES or road.group(1) in _ARTICLES:
        return []
    hits = []
    for group in (1, 2):
        places = [p for gazetteer in knowledge.gazetteers for p in gazetteer.lookup(road.group(group))]
        if road.group(3) is not None and not places:
            continue  # a border's ends are places a gazetteer knows ("the Al-Qaim border crossing": none)
        named_here = all(p.source == "geonames" for p in places)  # else a province or a country: as any name
        hits.append(PlaceHit(road.start(group), road.end(group), places, True, None, named_here=named_here))
    return hits
