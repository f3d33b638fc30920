"""What the words around an unknown name say about it being a place: a preposition of place
before it ("near Boni"), a verb of moving people ("evacuated 40 recruits to Pétion-Ville"), a
list of places it is part of; and what says it is none (a headline's capitals, an adjective).
"""

from __future__ import annotations

from annotations.suggest.names import COMMUNITY, NATIONALITIES
from annotations.suggest.tokens import Spans, not_sentence_start
from annotations.text.compass import COMPASS
from annotations.text.pattern_cache import compiled
from annotations.text.per_text import per_text
from annotations.text.place_kinds import SETTLEMENT

_MUNICIPALITIES = r"municipalit(?:y|ies)"
"""Latin America's districts ("the municipalities of Tibú and El Tarra"; not "departments of",
which are as often a government's: "the departments of Health and Education")."""
_VEREDAS = r"(?<=the )(?:veredas?|corregimientos?)(?:\s+of)?"
"""Colombia's rural districts before their names, with "of" or without."""
_PLACES_OF = (
    rf"(?:(?:[Vv]illages?|[Tt]owns?|[Tt]ownships?|camps?|{SETTLEMENT}s?|hamlets?|{_MUNICIPALITIES}|[Rr]esidents|"
    rf"[Ii]nhabitants|(?:sub-)?prefectures|communes|localities|communities|kebeles|woredas) of|{_VEREDAS})"
)
"""Words that say the names of a list after them are places of one kind, whatever their length
(Colombia's rural districts with "of" or without: "the veredas La Gaitana and Brisas del Itilla")."""
_LISTED = r"(?!(?:Mr|Mrs|Ms|Dr)\.?\s)[A-Z][\w’'\-]+(?:\s+(?:(?:de|del|da|do|dos|das)\s+)?[A-Z][\w’'\-]+){0,2}"
"""A name of such a list, of up to three words ("Campo Dos", "Jesús María Semprún", "San José del
Tapaje"); after "in",
"attacked" or "between" only one word (or two for the first) is read as a place: "attacked Musa
Ibrahim, Ali Bello and Sani Garba" lists people."""
_PLACE_PREPOSITION = compiled(
    r"(?:\b(?:in|near|outside|around|towards|toward|into|from|at|reached|"
    r"(?<!\bsat )(?<!\bsit )(?<!\bsits )(?<!\bsitting )(?<!\bseated )(?<!\btook )opposite|"
    r"villages? of|towns? of|townships? of|camps? of|(?:sub-)?prefectures? of|communes? of|kebeles? of|"
    rf"communit(?:y|ies) of|above|beyond|control of|{_VEREDAS}|"
    r"crossings? of|"
    r"(?:roads?|routes?|travel\w*|driv\w*|pass\w*|went|go\w*|fled|moved|crossed|journey)\s+(?:[\w\-]+\s+){0,3}?(?:through|via)|"
    r"slopes of|"
    rf"{SETTLEMENT}s? of|hamlets? of|{_MUNICIPALITIES} of|between|"
    r"road to|way to|(?:siege|blockade)\s+(?:to|of|on)|"  # "laid siege to Djibo", "the blockade of Adado"
    r"(?:(?<=^)|(?<=[\n“\"])|(?<=[.!?]\s))(?:In|Near|Outside|Around)|"  # "In Kalma, …" opening a sentence
    r"direction of|outskirts of|(?<![Ii]n )fronts? of|"
    f"{COMPASS}"
    r" of|"
    r"neighbou?ring|island of|(?:[Rr]esidents?|[Ii]nhabitants|[Vv]illagers|[Pp]eople|[Nn]atives?) of|"
    r"(?<=\d, )of|"  # "Havildar Sher Bahadur, 33, of Swat"
    r"(?:fled|fleeing|flee|retreated|withdrew|returned|displaced|moved)\s+to|"
    r"captured|seized|recaptured|retook|overran|besieged|encircled|stormed|raided|torched)"
    r"|\b(?:in|near|around|between|towards?|outside|into|reached|"
    r"villages? of|towns? of|townships? of|camps? of|[Rr]esidents of|(?:sub-)?prefectures of|communes of|"
    r"stormed|raided|"
    r"attacked|overran)\s+"
    r"[A-Z][\w’'\-]+(?:\s(?:[A-Z]|[a-z]{1,3}-[A-Z])[\w’'\-]+)?"
    r"(?:,\s+[A-Z][\w’'\-]+){0,4},?\s+(?:and|or))\s+$"
)
"""Words after which an unknown capitalised name is a place: prepositions of place, the people
of a place ("residents of Teri Mangal"), verbs of taking ground, of fleeing it ("who fled
Tongomayel") or to it, and the second of two places ("in Nondin and Soro")."""


_ACRONYM_INSIDE = compiled(r"[a-z][A-Z]{2,}")
"""Capitals run together after a small letter: a unit's or body's acronym ("CoBRA"), not a place
("McAllen", "DeKalb" have one)."""
_AN_OPERATION = compiled(r"(?:Operation|Opération|Operación|Operação|Operasi)\s")
"""A military operation's name ("Operation Mirador"): a force, never a place."""
ADJECTIVE_ENDINGS = (
    r"(?:speaking|majority|controlled|held|led|backed|dominated|run|based|occupied|administered|annexed)"
)
"""How a word that describes a place by who speaks in it, holds or runs it ends ("English-speaking",
"Israeli-occupied"): an adjective, no place's name nor a word of one."""
ADJECTIVE = compiled(rf"-{ADJECTIVE_ENDINGS}$|^(?:Anglo|Franco|Luso|Arabo|Hispano)phone$")
"""A compound adjective ("English-speaking"), or a language's speakers' ("Cameroon's Anglophone region": helper-348's
headline made it a province)."""


def could_name_a_place(
    surface: str, start: int, end: int, titles: Spans, text: str | None = None, kind: str | None = None
) -> bool:
    """Whether a name no gazetteer knows may be a place: not in a headline, where every word is
    capitalised ("Militia Attack on Ituri Displacement Camp"), nor an adjective ("an independent
    English-speaking state"), a language, a community ("Shia neighbourhoods", "communities such as
    Christians and Muslims") or a ship ("the carrier Sea Orchid")."""
    return (
        not titles.containing(start, end)
        and not _ACRONYM_INSIDE.search(surface)  # "from CoBRA's 210th battalion"
        and not _AN_OPERATION.match(surface)  # "reinforcements from Operation Mirador": a force
        and not ADJECTIVE.search(surface)
        and not NATIONALITY.fullmatch(surface)
        and not LANGUAGE.fullmatch(surface)  # "translated into English"
        and not (kind in (None, "other") and a_community(surface))  # "the Amhara region" is one
        and not (text is not None and _VESSEL_BEFORE.search(text, max(0, start - 30), start))
        and not (text is not None and _PLURAL_KIND_AFTER.match(text, end) and not not_sentence_start(text, start))
    )


def a_community(surface: str) -> bool:
    """A people's or faith's name, alone or in the plural ("Druze", "Muslims")."""
    return (
        COMMUNITY_NAME.fullmatch(surface.removesuffix("s")) is not None or COMMUNITY_NAME.fullmatch(surface) is not None
    )


AFTER_A_PREPOSITION = compiled(r"\b(?:to|at|in|of|for|from|near|into|outside|inside)\s+(?:the\s+)?$")
"""Right before a name, a preposition ("taken to the Combined Military Hospital", "a surgeon at the
Saudi Hospital"): a facility named there is where something is, not who speaks."""
_A_FACILITY = compiled(
    r"\b(?:Hospital|Clinic|Medical\s+Cent(?:er|re)|Health\s+Cent(?:er|re)|Prison|Penitentiary|Airport|Stadium|Market)$"
)


def a_facility_named_there(text: str, start: int, end: int) -> bool:
    """A facility's name after a preposition ("brought to the Amai Pakpak Medical Center", "taken to
    the … Hospital (CMH)"): where someone went, not an actor that speaks."""
    return (
        bool(_A_FACILITY.search(text, start, end))
        and AFTER_A_PREPOSITION.search(text, max(0, start - 12), start) is not None
    )


@per_text  # suggestions read the same article again after every change
def after_place_preposition(text: str, start: int) -> bool:
    """ "near Boni", "in Moura", "evacuated 40 recruits to Pétion-Ville": an unknown name after a
    preposition of place, or after "to" following a verb of moving people, is likely a place."""
    if _BETWEEN_PARTIES.search(text, max(0, start - 80), start):
        return False
    return bool(
        _PLACE_PREPOSITION.search(text, max(0, start - _reach(text, start)), start)
        or _last_of_a_list_of_places(text, start)
        or _MOVED_TO.search(text, max(0, start - 50), start)
        or _moved_to_a_list(text, start)
        or (_FLED_OR_STRUCK.search(text, max(0, start - 40), start) and not _A_MODIFIER.match(text, start))
        or (_ATTACKED.search(text, max(0, start - 12), start) and _LIST_GOES_ON.match(text, start))
        or _in_a_list(text, start)
        or _villages_among_them(text, start)
        or (_NEARBY.search(text, max(0, start - 8), start) is not None and not _A_THING_OF_IT.match(text, start))
    )


def _moved_to_a_list(text: str, start: int) -> bool:
    """A name in the middle of a list of places people were moved to (`_MOVED_TO_A_LIST`), where
    the list goes on (`_NAMES_GO_ON`); its last name, after "and", is the second of two places
    (`place_words.second_of_two`)."""
    if not text.endswith(", ", 0, start):
        return False
    return bool(_MOVED_TO_A_LIST.search(text, max(0, start - 160), start) and _NAMES_GO_ON.match(text, start))


_NEARBY = compiled(r"\bnearby\s+$")
_A_THING_OF_IT = compiled(
    r"[\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?\s+(?!(?:and|or|but|in|on|at|to|from|with|without|for|by|of|after|before|where|"
    r"which|that|who|was|were|is|are|had|has|have|said|says|the|a|an|as|while|when|until|since)\b)[a-z]"
)
"""After "nearby", a name that is a place ("the town and nearby Kobylki"), not the owner of a thing
("nearby Anglican church", "nearby Houthi positions", "a nearby Kenya Power substation")."""


_COMMUNITIES_OF_PEOPLE = compiled(
    r"\b(?:[Ii]ndigenous|[Rr]eligious|[Ee]thnic|[Mm]inority|[Tt]ribal|[Nn]omadic|[Pp]astoralist|[Ff]aith)\s+$"
)
"""Before "communities such as …": words that make them peoples or faiths ("Indigenous communities
such as Awá and Nasa", "Religious communities such as Copts"), not places."""
_LIST_BREAK = compiled(r",\s+(?:and\s+)?|\s+and\s+")


def _villages_among_them(text: str, start: int) -> bool:
    """A name in a list of villages after "among them", "including" or "such as"; after
    "communities" only where no name before it is a people's ("several communities, including
    Yaka, Suku and Mbala" are peoples, and so are "Indigenous communities such as …"; "displaced from
    communities such as Allawa, Erena and Galkogo" are villages)."""
    found = _VILLAGES_AMONG_THEM.search(text, max(0, start - 200), start)
    if found is None:
        return False
    if found["kind"] != "communities":
        return True
    if _COMMUNITIES_OF_PEOPLE.search(text, max(0, found.start() - 20), found.start("kind")):
        return False  # "Indigenous communities such as Awá and Nasa"
    names = [*_LIST_BREAK.split(found["listed"]), text[start : start + 40].split(maxsplit=1)[0]]
    if _A_NOUN_AFTER.match(text, start):
        return False  # "communities including Anglican and Catholic churches": kinds of churches
    return not any(a_community(name.strip(" ,.;")) for name in names if name)


_A_NOUN_AFTER = compiled(
    r"[\w’'\-]+(?:,\s+[A-Z][\w’'\-]+)*,?\s+(?:and\s+[A-Z][\w’'\-]+\s+)?"
    r"(?!(?:this|across|towards|as|is|was|has|his|its|yes|plus|thus|less|unless|afterwards)\b)[a-z]+s\b"
)


_NAME2 = r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?"
_RAIDED_BEFORE = compiled(
    rf"\b(?:stormed|raided|overran|torched)\s+{_NAME2}(?:,\s+{_NAME2}){{0,5}}(?:,\s+|,?\s+and\s+)$"
)
_RAIDED_GOES_ON = compiled(rf"{_NAME2}(?:(?:,\s+{_NAME2}){{0,5}},?\s+and\s+[A-Z]|(?=[\s,.;]))")
"""A list of what was stormed or raided, whose names may have two words ("stormed Um Sumeima,
Al-Majrour, Hilat Hamid and Um Kuraydim"): places, where people are not stormed."""


def _in_a_list(text: str, start: int) -> bool:
    """A name in the middle of a list after a preposition of place ("toward Kibali, Ndoma and
    Lukasi") or after "the settlements of" and the like, whose names may be longer."""
    if _RAIDED_BEFORE.search(text, max(0, start - 120), start) and _RAIDED_GOES_ON.match(text, start):
        return True
    listed = _OTHER_PLACES_AFTER.match(text, start)
    if (
        listed
        and not _A_PEOPLE.match(text, start)
        and ("," in listed.group() or " other " in listed.group() or text.endswith(", ", 0, start))
    ):
        return True  # "Turbat and other nearby towns"; "Farmers and nearby villages" is no list
    return bool(
        (_LIST_AFTER_PREPOSITION.search(text, max(0, start - 60), start) and _LIST_GOES_ON.match(text, start))
        or (
            _LIST_AFTER_PLACES_OF.search(text, max(0, start - 80), start)
            and _A_LIST_OF_PLACES_GOES_ON.match(text, start)
        )
    )


def joined_name_here(text: str, start: int, end: int) -> bool:
    """Whether a name of four words joined by "del" or "de" at start-end is a place: in a list of
    places, or after a preposition of place unless someone's ("fled to Puerto Nuevo del Sur"; not
    "a letter from Francisco Javier del Río, the bishop of Tumaco", "near José Antonio del Pino's
    ranch")."""
    if in_a_list_of_places(text, start):
        return True
    return after_place_preposition(text, start) and not _SOMEONES_AFTER.match(text, end)


_SOMEONES_AFTER = compiled(
    r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}(?:bishop|priest|pastor|commander|leader|spokes\w+|official|"
    r"mayor|governor|minister|chief|head|director|member|lawyer|activist|farmer|landowner|businessman|politician|"
    r"senator|colonel|general|journalist|judge|prosecutor)\b"
)


def in_a_list_of_places(text: str, start: int) -> bool:
    """A name right after "the villages of" and the like, or in a list that follows them ("the
    villages of Vuelta Larga, Las Marías and San José del Tapaje")."""
    return bool(
        _PLACES_OF_BEFORE.search(text, max(0, start - 40), start)
        or _LIST_AFTER_PLACES_OF.search(text, max(0, start - 80), start)
        or _last_of_a_list_of_places(text, start)
    )


def _last_of_a_list_of_places(text: str, start: int) -> bool:
    """The last name of a list after "the settlements of" and the like ("… of Campo Dos, La Gabarra
    and Orú"), tried only where "and" or "or" stands right before it and "of" in reach."""
    if not text.endswith((" and ", " or "), 0, start):
        return False
    window = text[max(0, start - 80) : start]
    if " of " not in window and "veredas " not in window and "corregimientos " not in window:
        return False
    return _LIST_END_AFTER_PLACES_OF.search(text, max(0, start - 80), start) is not None


def _reach(text: str, start: int) -> int:
    """How far back a preposition of place may stand: further at the end of a list ("the rural
    settlements of Campo Dos, La Gabarra and Orú": 41 characters), where the list says it."""
    return 80 if text.endswith((" and ", " or "), 0, start) else 40


_FLED_OR_STRUCK = compiled(
    r"\b(?:fled|fleeing|spread(?:s|ing)?\s+(?:(?:north|south|east|west)(?:wards?)?\s+|further\s+)?to|"
    r"(?:(?:air\s*)?strikes?|drones?|shells?|missiles?|rockets?|bombs?|shelling)\s+"
    r"(?:(?:also|then|again)\s+)?(?:hit|struck|targeted|pounded))\s+$"
)
"""A place fled ("a mother who fled Tongomayel"), struck ("another airstrike hit Zathal") or where
fighting spread to ("before spreading to Ngbaya"; not "spread the message to Catholics")."""
_A_MODIFIER = compiled(
    r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*\s+(?!(?:and|or|in|on|at|to|for|from|near|after|before|since|with|where|"
    r"which|that|last|this|early|late|into|across|toward|towards|while|when|but|as|district|province|village|town|"
    r"region|state|county|area|camp|city|overnight|again|twice|once|repeatedly|too|also|yesterday|today|"
    r"tonight)\b)(?![a-z]+(?:ed|ing)\b)[a-z]|(?:Twitter|Facebook|Telegram|TikTok|WhatsApp|YouTube|Instagram|X)\b"
)
"""A name with a noun after it, which it qualifies ("fled Christmas Day violence", "fleeing Houthi
attacks", "a missile hit Toyota pickups"): no place fled or struck ("fleeing Ndiawara reached the
camp", "struck Kamanga overnight" are)."""
_VILLAGES_AMONG_THEM = compiled(
    r"\b(?P<kind>villages|towns|townships|localities|hamlets|communities|settlements|kebeles|woreda|districts|areas|"
    r"neighbou?rhoods|suburbs|quarters(?=\s+(?:in|of|around|near)\s))"
    r"(?:\s+(?:in|of|around|near)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'\-]+|\([^()]{1,40}\)|locality|district|province|region|commune|county|state)"
    r"(?:\s+(?:[A-Z][\w’'\-]+|\([^()]{1,40}\)|locality|district|province|region|commune|county|state))*)?"
    r",?\s+(?:among them|including|such as)\s+"
    r"(?P<listed>(?:[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}(?:,\s+(?:and\s+)?|\s+and\s+))*)$"
)
"""A list of villages after "among them" ("seven villages in East Gezira, among them Wad El Faki,
Um Shajara and El Nuba Kabashi", "communities such as Allawa, Erena and Galkogo"): each name of it
a place."""


_BETWEEN_PARTIES = compiled(
    r"\b(?i:clash|clashes|fighting|talks|negotiations|war|battles?|conflict|ceasefire|truce|deal|agreement|"
    r"rivalry|feud|dispute|tensions?|relations|meetings?|summit|calls?|exchanges?|differences|rift)\s+between\s+"
    r"(?:[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?\s+and\s+)?$"
)
"""Two parties, not two places, after "between": "clashes between Tebu and Tuareg", "talks
between Kiir and Machar" (the seed's caption ends "clash between Tal")."""
_ATTACKED = compiled(r"\b(?:stormed|raided|attacked|overran)\s+$")
"""Before a list of names ("stormed Yelwata, Daudu and Tse-Akaa", "attacked Tyolaha and Ahume"):
villages; one name alone may be anyone's ("attacked Smith")."""
_OTHER_PLACES_AFTER = compiled(
    rf"{_NAME2}(?:,\s+{_NAME2}){{0,5}},?\s+and\s+(?:several\s+|many\s+|a\s+dozen\s+)?"
    r"(?:other\s+(?:(?:nearby|surrounding|neighbou?ring)\s+)?|(?:surrounding|nearby|neighbou?ring)\s+)"
    r"(?:(?:small|remote|rural|border|farming|fishing|mountain|frontline|"
    r"displacement|refugee|IDP)\s+)?(?:villages|towns|localities|settlements|hamlets|districts|camps)\b"
)
"""Names listed before "and other villages" ("from Ndah, Boromata and other villages", "Kié, Sanaba and
surrounding hamlets"): places, whatever stands before them ("Zamzam, Abu Shouk and other camps");
not "and other rebel camps" (groups and their leaders), "and other communities"
(peoples are called so too), nor the peoples' villages ("Sunni Arab, Turkmen and other villages")."""
_A_PEOPLE = compiled(
    r"(?:Sunni|Shia|Shiite|Alawite|Druze|Christian|Muslim|Yazidi|Arab|Kurdish|Turkmen|Assyrian|Fulani|Hausa|"
    r"Tuareg|Berber|Bedouin|Pashtun|Baloch|Hazara|Tajik|Uzbek|Mossi|Dogon|Bambara|Kanuri|Tiv|Berom|Fulbe|Peul|"
    r"Songhai|Nahua|Mixtec|Tlapanec|Zapotec|Maya|Quechua|Aymara)\b"
)
_LIST_AFTER_PREPOSITION = compiled(
    r"\b(?:in|near|around|between|towards?|outside|into|stormed|raided|attacked|overran)\s+(?:[a-z]{1,3}-)?[A-Z][\w’'\-]+"
    r"(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w’'\-]+)?(?:,\s+(?:[a-z]{1,3}-)?[A-Z][\w’'\-]+){0,4},\s+$"
)
_LIST_END_AFTER_PLACES_OF = compiled(rf"\b{_PLACES_OF}\s+{_LISTED}(?:,\s+{_LISTED}){{0,4}},?\s+(?:and|or)\s+$")
_PLACES_OF_BEFORE = compiled(rf"\b{_PLACES_OF}\s+$")
_LIST_AFTER_PLACES_OF = compiled(rf"\b{_PLACES_OF}\s+{_LISTED}(?:,\s+{_LISTED}){{0,4}},\s+$")
_KIND = r"(?:\s+(?:town|village|city|camp))?"
_LIST_GOES_ON = compiled(
    rf"[^\s,]+{_KIND}(?:,\s+(?:[a-z]{{1,3}}-)?[A-Z][\w’'\-]+{_KIND}){{0,4}},?\s+(?:and|or)\s+"
    r"(?:(?:[a-z]{1,3}-)?[A-Z]|the\s+(?:[a-z]+\s+){0,3}(?:village|town|settlement|hamlet|camp|city)\s+of\s+[A-Z]"
    r"|the\s+(?:[A-Z][\w\-]+\s+)?(?:border|frontier)\b(?!\s+(?!(?:on|in|at|by|with|from|after|before|where|and|or|"
    r"to|as|while|since|until|into|towards?|areas?|regions?|zones?|crossings?|communit(?:y|ies)|towns?|villages?|"
    r"districts?)\b)[a-z]))"  # not "… and the border guards"
)
"""A name in the middle of a list of places ("toward Kibali, Ndoma and Lukasi", "towards Agok, Abyei
town and Mijak", "attacked Arege, Duguri and the small fishing settlement of Bulakesa", "towards Uvira,
Kiliba and the Burundian border")."""
_A_LIST_OF_PLACES_GOES_ON = compiled(
    rf"{_LISTED}(?:,\s+{_LISTED}){{0,4}},?\s+(?:and|or)\s+"
    r"(?:[A-Z]|the\s+(?:[a-z]+\s+){0,3}(?:village|town|settlement|hamlet|camp|city)\s+of\s+[A-Z])"
)
"""The same after `_PLACES_OF`, its names of up to three words ("the rural settlements of Campo
Dos, La Gabarra and Orú")."""


_MOVING = (
    r"\b(?:evacuat\w*|sent|send|moved|moving\s+on|transferred|deployed|taken|relocated|travell?ed|marched|advanc\w*|"
    r"head(?:ed|ing)|brought|driven|bused|flown|airlifted)\b"
    r"(?!\s+(?:(?:a|an|the|his|her|their|its|our|this)\s+)?(?:[a-z]+\s+)?(?:letters?|messages?|notes?|requests?|"
    r"complaints?|petitions?|reports?|lists?|cop(?:y|ies)|statements?|warnings?|invitations?|e-?mails?|texts?|"
    r"questions?|proposals?|documents?)\b)"
    r"[^.;:]{0,30}\bto\s+"
)
"""A verb of moving people, then "to": what follows is where they went ("evacuated 40 recruits to
Pétion-Ville"); not what was sent to someone ("sent a letter to Musa Danjuma")."""
_MOVED_TO = compiled(_MOVING + "$")
_MOVED_TO_A_LIST = compiled(rf"{_MOVING}(?:[a-z]{{1,3}}-)?{_NAME2}(?:,\s+(?:[a-z]{{1,3}}-)?{_NAME2}){{0,4}},\s+$")
"""A name after a comma in a list of where people were sent ("deployed to Kaduna, Kawo Dangi and
Tudun Wada"): a place, as after "in" ("sent a letter to Musa Danjuma, Ali Bello and Sani Garba"
names people: `_MOVING`)."""

_NAMES_GO_ON = compiled(rf"{_NAME2}(?:,\s+{_NAME2}){{0,4}},?\s+(?:and|or)\s+[A-Z]")
"""A list going on after a name, its names of one word or two ("Kawo Dangi and Tudun Wada")."""


LANGUAGE = compiled(
    r"(?:Arabic|English|French|Persian|Farsi|Dari|Pashto|Urdu|Hindi|Swahili|Kiswahili|Hausa|Amharic|Tigrinya|"
    r"Hebrew|Portuguese|Mandarin|Cantonese|Tamil|Bengali|Bangla|Fulfulde|Wolof|Lingala|Kinyarwanda|Kirundi|Tagalog|"
    r"Russian|Ukrainian|Spanish|"
    r"Turkish|(?:[A-Z][a-z]+\s+)?(?:Kurdish|Arabic|Persian)|Modern\s+Standard\s+Arabic|Nigerian\s+Pidgin|Kurmanji|Sorani|(?:Haitian\s+)?Creole|Kreyòl|Patois|Quechua|Aymara|"
    r"Guarani)"
)
"""Languages: "translated from Arabic", "a statement in Pashto" name no place (not those that are
towns' names too: "in Sango, Ogun State")."""
NATIONALITY = compiled(NATIONALITIES)
"""'the north-eastern Indian state of Manipur': "Indian" names no state."""


def a_people(surface: str) -> bool:
    """A nation's people in the plural ("every quarrel between Somalis", "among Afghans"): no place."""
    return surface.endswith("s") and NATIONALITY.fullmatch(surface[:-1]) is not None


_PLACES_TOO = frozenset({"Luba", "Teke"})
"""Peoples named as towns and regions are ("the town of Luba on Bioko Island", "the Teke plateau")."""
COMMUNITY_NAME = compiled("|".join(w for w in COMMUNITY.split("|") if w not in _PLACES_TOO))
"""A people's name is no place ("Yaka families", "the Gumuz"), but for those that are places' names too."""
_PLURAL_KIND_AFTER = compiled(r"\s+(?:villages|towns|districts|provinces|areas)\b")
"""At a sentence's start, a word before places in the plural qualifies them ("Entire villages")."""
_VESSEL_BEFORE = compiled(r"\b(?:vessel|ship|tanker|carrier|freighter|boat)\s+$")


def people_after(text: str, end: int) -> bool:
    """Whether the words after a name say it names a people, not a place ("drawn from Bedouin
    clans"), also after "and" another name ("between Tebu and Tuareg armed groups")."""
    return _PEOPLE_AFTER.match(text, end) is not None or _PEOPLE_AFTER.match(text, _and_another(text, end)) is not None


def _and_another(text: str, end: int) -> int:
    found = _AND_ANOTHER.match(text, end)
    return found.end() if found else end


_AND_ANOTHER = compiled(r"\s+and\s+[A-Z][\w’'\-]+(?:\s+armed)?")
_PEOPLE_AFTER = compiled(
    r"\s+(?:clans?|tribes?|tribesmen|families|communities|elders|militias?|fighters|herders|youths?|groups?|"
    r"nomads|refugees|migrants|workers)\b"
)
