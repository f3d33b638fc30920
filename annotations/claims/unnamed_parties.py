"""Parties of an event the words name although no one tagged them as such: a state by its
weapons ("Israeli air strikes killed 27 Palestinians": the Military Forces of Israel, not an
Unidentified Armed Group), and forces named only by what they are by whose they are ("two
soldiers were killed", the army said: the army's soldiers; "AA fighters killed 30 soldiers" in
a report on Myanmar's military: its soldiers), not a party called "soldiers".

An analyst tags "Palestinians" and the health ministry that counted them, rarely the adjective
that says whose the strikes were; an ACLED coder reads it, and never writes "soldiers" as a party.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from annotations.claims.armed import a_persons_name, actor_type, armed
from annotations.claims.no_row import FIRED_ON
from annotations.entities.scope import is_generic
from annotations.model import ActorDetails, Entity
from annotations.model.vocabulary import NON_STATE_ARMED
from annotations.suggest.canonical import army_of_country, country_named_in, everyday_country, own_forces, the
from annotations.suggest.names import COUNTRY_ALTERNATION, DEMONYM_ALTERNATION, DEMONYMS
from annotations.text.calendar_words import DAY_NAMES
from annotations.text.pattern_cache import compiled

_ARMS = r"(?:air|drone|missile|rocket|artillery)"
_WEAPONS = (
    rf"(?:{_ARMS}(?:\s+and\s+{_ARMS})?[\s-]+(?:strikes?|attacks?)|airstrikes?|strikes?|shelling|bombardments?|bombing|"
    r"warplanes|war\s+planes|fighter\s+jets|jets|aircraft|tanks|artillery|drones?|missiles?|rockets?|helicopters|gunships|"
    r"gunboats|bombs?|shells|mortars)"
)
"""What a state strikes with, as the words after its name tell it ("Russian missile and drone
strikes killed 14": a newcomer's row was an unidentified group's; "a Russian missile hit")."""
SHOT_DOWN = compiled(
    r"\b(?:shot\s+down|downed|intercepted|jammed|seized|confiscated|recovered|captured|found|cache\s+of|"
    r"stockpiles?\s+of)\s+(?:an?\s+|the\s+|two\s+|\w+\s+){0,4}$"  # "seized rifles and two grenades"
)
"""Weapons shot down or seized did nothing ("Troops who shot down an ISWAP drone killed five fighters",
"air defences shot down two Russian drones", "Troops seized two grenades and rifles": helper-273)."""
_HIT = compiled(
    r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:destroyed|hit|downed|shot\s+down|intercepted|damaged|captured)\b"
)
_NO_STATE_ARMY = frozenset({"Palestine"})
"""States whose weapons in the news are armed groups' ("Palestinian rockets"), not an army's."""
_POLICE = compiled(r"\b(?:police\w*|officers|gendarmes?|gendarmerie)\b", re.IGNORECASE)


_STRUCK_PLACES = (
    r"(?:city|cities|town|towns|village|villages|region|capital|port|oblast|district|areas?|infrastructure|grid|"
    r"positions?|bases?|camps?|hideouts?|convoys?|depots?)\b"
)
"""What a state strikes, after "struck" or "hit" ("Russia struck the … city of Kharkiv"), not "hit TAF with
sanctions" (helper-300)."""


@cache
def _state_by_weapons() -> re.Pattern[str]:
    demonyms = DEMONYM_ALTERNATION
    countries = COUNTRY_ALTERNATION
    return compiled(
        rf"\b(?:(?P<dem>{demonyms})|(?P<country>{countries})['’]s)\s+(?:(?:military|army|forces['’]?)\s+)?"
        rf"(?:(?:glide|guided|cruise|ballistic|barrel|aerial|heavy|kamikaze|attack|suicide|explosive)[\s-]+)?{_WEAPONS}\b"
        rf"|\b(?P<launcher>{countries})\s+(?:has\s+|had\s+)?(?:launched|fired)\s+(?:[\w\-]+\s+){{0,4}}?{_WEAPONS}\b"
        r"|\b(?<!from )(?<!in )(?<!of )(?<!inside )(?<!into )(?<!across )(?<!over )(?<!southern )(?<!northern )"
        r"(?<!eastern )(?<!western )(?<!south )(?<!north )(?<!east )(?<!west )"  # "drones launched from south Lebanon"
        rf"(?P<striker>{countries})\s+(?:has\s+|had\s+)?(?:(?:struck|bombed|shelled|pounded)\s+(?:the\s+)?"
        rf"(?:(?:[\w\-]+\s+){{0,3}}?{_STRUCK_PLACES}|(?-i:[A-Z])[\w\-]+)|hit\s+(?:the\s+)?(?:[\w\-]+\s+){{0,3}}?{_STRUCK_PLACES}|hit\s+(?-i:[A-Z])[\w\-]+\s+with\b)"
    )  # "Russia launched a wave of missiles and drones at Sumy" (helper-288: the government was whom it hit);
    # "Russia struck the northeastern Ukrainian city of Kharkiv" (helper-299: an unidentified group's attack on Russia);
    # not "a rocket fired from Lebanon hit its base" (helper-311: Lebanon's army)


def state_by_its_weapons(
    quote: str, actors: list[Entity], victims: set[str], known: Iterable[Entity], country: str = ""
) -> list[Entity]:
    """The actors, with the state whose weapons the words name first when no one tagged could
    have done it: the army the analyst tagged for that country (`known`), else "Military Forces
    of" it; an army's aircraft named by no country ("an army helicopter gunship struck positions of
    the SPLA-IO": helper-342's row was an unidentified group's) are the event `country`'s."""
    if any(armed(a) and a.id not in victims for a in actors):
        return actors
    if (aircraft := _own_aircraft(quote, country, known)) is not None:
        return [aircraft, *actors]
    for found in _state_by_weapons().finditer(quote):
        if _lost(quote, found):
            continue  # "Three Russian tanks were destroyed near Pokrovsk": a loss, no act
        country = (
            DEMONYMS.get(found["dem"], found["dem"])
            if found["dem"]
            else found["country"] or found["launcher"] or found["striker"]
        )
        if country in _NO_STATE_ARMY:
            continue  # "Palestinian rockets fired from Gaza" are an armed group's
        canonical = f"Military Forces of {the(country)}"
        forces = own_forces(canonical, known) or Entity.actor(canonical, ActorDetails("state_forces"))
        government = f"Government of {the(country)}"  # the state that fired them is its forces here, no target
        return [forces, *(a for a in actors if a.name not in (government, f"Government of {country}"))]
    return actors


_OWN_AIRCRAFT = compiled(
    r"(?:\b(?:an?|the)\s+|^\s*|[,;]\s+)(?:army|military|air\s+force|government|regime)\s+(?:[\w\-]+\s+)?"
    r"(?:helicopter(?:\s+gunship)?|gunship|jet|warplane|fighter\s+jet|drone|aircraft|plane|air\s*strike)s?\b",
    re.IGNORECASE,
)
"""A state's aircraft named by its service, no country ("an army helicopter gunship", "a military drone", "army
warplanes bombed …" opening the claim: helper-347's row was an unidentified group's; "A military air strike hit a
Buddhist monastery": helper-359's)."""


def _lost(quote: str, weapon: re.Match[str]) -> bool:
    """Whether the words tell the weapon shot down or hit, not acting."""
    return bool(SHOT_DOWN.search(quote, max(0, weapon.start() - 40), weapon.start()) or _HIT.match(quote, weapon.end()))


def _own_aircraft(quote: str, country: str, known: Iterable[Entity]) -> Entity | None:
    """The forces of `country` whose aircraft the words tell acting, not shot down or hit."""
    found = _OWN_AIRCRAFT.search(quote) if country else None
    if found is None or _lost(quote, found):
        return None
    canonical = f"Military Forces of {the(country)}"
    return own_forces(canonical, known) or Entity.actor(canonical, ActorDetails("state_forces"))


def forces_by_name(
    actors: list[Entity],
    victims: set[str],
    claimant: Entity | None,
    article_actors: Iterable[Entity],
    country: str = "",
    quote: str = "",
) -> tuple[list[Entity], set[str]]:
    """The actors, those only named by what they are ("soldiers", "security forces") as the
    forces they are: the claimant's own when its army or police tells of them; its state's
    military when a state's office tells of them acting ("its troops", told by Russia's defence
    ministry, are Russia's, not Ukraine's: `_the_offices_forces`); else the one army (or police)
    of the article, when it is not the doer ("an Israeli strike killed two soldiers near
    Marjayoun": not Israel's) and serves the event's `country` ("security forces killed 18
    militants in Kerou", Benin, are not Togo's; soldiers killed in El Fasher are not Chad's).
    Left as they are where the article has two; where it names no forces by name, the event's
    country's ("the army" of a report on Burkina Faso is its Military Forces: a newcomer's
    rows named it so in one row and "army" in the next)."""
    office_told = (  # a ministry or a government ("Myanmar's military government said its troops…")
        claimant is not None
        and actor_type(claimant) in ("state_forces", "government_officials")
        and _OFFICE.search(claimant.name)
    )
    if office_told and claimant is not None:
        return _the_offices_forces(actors, victims, claimant, article_actors, quote, country), victims
    named = [e for e in article_actors if not is_generic(e.name) and _forces(e)]
    doers = {e.id for e in actors if e.id not in victims}
    the_countrys: dict[bool, Entity] = {}

    def whose(entity: Entity) -> Entity | None:
        person = _a_person_of_no_group(entity)  # "Police spokesman Michel-Ange Louis-Jeune said officers killed 11
        # gang members": the police's act (helper-358's row had the spokesman as actor 1)
        if actor_type(entity) != "state_forces" or not (is_generic(entity.name) or person):
            return None
        police = _POLICE.search(quote) is not None if person else _police(entity)
        if (
            claimant is not None
            and _forces(claimant)
            and _police(claimant) == police
            and not (person and claimant is entity)
            and not (is_generic(claimant.name) and country)  # "The army said two of its soldiers were killed": the
            # country's forces, as "the army" is where no forces are named (helper-359's row named "army")
        ):
            return claimant
        same = [e for e in named if _police(e) == police and _of_country(e, country) and e.id not in doers]
        if same:
            return same[0] if len(same) == 1 else None
        if (
            not country
            or named
            or not (person or _THE_INSTITUTION.fullmatch(entity.name.strip()) or _bare(entity.name, quote, country))
        ):
            return None  # forces named otherwise, or whose the words say: "French soldiers", "its troops"
        return the_countrys.setdefault(police, forces_of(country, police, article_actors))

    targets = {e.id: target for e in actors if (target := whose(e)) is not None}
    if not targets:
        return actors, victims
    mapped = list(dict.fromkeys(targets.get(e.id, e) for e in actors))
    return mapped, {targets[i].id if i in targets else i for i in victims}


def _a_person_of_no_group(entity: Entity) -> bool:
    """A person of a state's forces whose force no affiliation names: they speak and act for their country's."""
    details = entity.details
    return isinstance(details, ActorDetails) and not details.affiliation and a_persons_name(entity.name)


def _bare(name: str, quote: str, country: str = "") -> bool:
    """Whether the claim's words name these forces ("soldiers") with nothing before them that says
    whose they are: no capitalised word ("French soldiers", "UN soldiers", "Russian troops") and no
    possessive ("its soldiers", told by M23)."""
    for found in re.finditer(rf"\b{re.escape(name.strip())}\b", quote, re.IGNORECASE):  # one pattern per name:
        # `re`'s own cache, not the machine's pattern cache, which keeps the recognisers' fixed patterns
        before = quote[: found.start()].split()
        word = before[-1] if before else ""
        whose = _WHOSE_AFTER.match(quote, found.end())
        if whose and (not whose["who"] or _of_another_country(whose["who"], country)):
            continue  # "A military jet from neighbouring Burkina Faso", "A drone of unknown origin": said whose; not
            # "A military jet, probably Togolese," in Togo (helper-319)
        if word in ("A", "An", "The") or word.endswith((",", ";", ":")):  # "A military jet bombed …": a sentence's
            return True  # first word says no one's; nor a clause's ("On Tuesday, soldiers killed 12 of the rebels")
        if not (word[:1].isupper() or word.lower() in ("its", "their", "his", "her", "whose", "our", "own")):
            return True
    return False


_WHOSE_AFTER = compiled(
    r",?\s+(?:(?:believed|thought|said|suspected|reported)\s+to\s+(?:be|have\s+come)\s+)?(?:from(?!\s+(?:the\s+)?"
    r"(?:town|village|city|area|base|camp|district|outskirts|region|positions?|centre|center|neighbourhood)\b)|"
    r"of\s+unknown|of\s+an?\s+"
    r"unknown|belonging\s+to|based\s+in|sent\s+by|flown\s+by|operated\s+by)\b"
    r"|,?\s+(?:(?:believed|thought|said|suspected|reported)\s+to\s+be|apparently|probably|likely|reportedly)\s+"
    r"(?P<who>(?-i:[A-Z][\w’'\-]+)(?:\s+or\s+(?-i:[A-Z][\w’'\-]+))?)"
    r"|,?\s+(?:crossing|coming|flying)\s+(?:in\s+)?from\b|,\s+which\s+[^,.;]{0,40}?\bcame\s+from\b",
    re.IGNORECASE,
)
"""After forces named by what they are, whose they are ("The jets, believed to be from Niger,", "soldiers from
neighbouring Burkina Faso"): not the article's country's (helper-316); not where they were driven from ("pushed back
government forces from the town of Sabiid": Somalia's, helper-357)."""


def _of_another_country(words: str, country: str) -> bool:
    """Whether words said of forces ("probably French", "believed to be Togolese or Beninese", "reportedly Wagner's")
    name another country's or group's: not a day ("reportedly Friday's second sortie") nor the country's own
    ("probably Togolese", in Togo: helper-319, helper-321)."""
    names = [word.removesuffix("’s").removesuffix("'s") for word in words.split() if word != "or"]
    names = [name.split("-")[0] if name.split("-")[0] in DEMONYMS else name for name in names]  # "Russian-piloted"
    told = [name for name in names if name in DEMONYMS or words.endswith(("’s", "'s"))]
    return any(DEMONYMS.get(name, name) != country and name not in _DAYS for name in told)


_DAYS = frozenset(DAY_NAMES.split("|"))


_THE_INSTITUTION = compiled(r"(?:the\s+)?(?:army|military|armed\s+forces|police|gendarmerie)", re.IGNORECASE)
"""A state's forces named as its institution ("the army"): the country's, where no other is named;
"soldiers" or "troops" may be any side's."""


def forces_of(country: str, police: bool, known: Iterable[Entity]) -> Entity:
    """The country's military or police as ACLED names them: the army the analyst tagged for it
    (`known`), else "Military Forces of" it ("Police Forces of" it; "Russia", not the gazetteer's
    "Russian Federation")."""
    canonical = f"{'Police' if police else 'Military'} Forces of {the(everyday_country(country))}"
    return (None if police else own_forces(canonical, known)) or Entity.actor(canonical, ActorDetails("state_forces"))


_OFFICE = compiled(r"\b(?:ministry|ministers?|government|office|department)\b", re.IGNORECASE)
_INTERIOR = compiled(r"\b(?:interior|home\s+affairs|public\s+security)\b", re.IGNORECASE)
"""A ministry whose forces are the police ("security forces killed four gunmen, the interior ministry said": Police
Forces of Syria, helper-360)."""


def _the_offices_forces(
    actors: list[Entity], victims: set[str], office: Entity, known: Iterable[Entity], quote: str, country: str = ""
) -> list[Entity]:
    """The actors, with the forces a state's office tells of as its own acting ("Russia's Defence
    Ministry claimed its troops had captured Novohrodivka") as that state's military, in the
    office's place: the army the analyst tagged for the country, else "Military Forces of" it.
    The office is the source, not a party (the row had the ministry against "troops", its own).
    So are the strikes it tells of on armed groups, no one named as making them (`_its_strikes`):
    the foreign ministry's "strikes hit hideouts of the BLF and the BLA" made the BLF the doer."""
    state = country_named_in(office.name) or _the_only_state(country, known)  # "the Defence Ministry said"
    acting = {e.id for e in actors if e.id not in victims and actor_type(e) == "state_forces" and is_generic(e.name)}
    named = office.id in {e.id for e in actors}  # an armed office telling of "its forces" is put first
    if state is None or not (acting or named or _its_strikes(quote, actors, victims) or _ITS_OWN.search(quote)):
        return actors
    forces = forces_of(state, _INTERIOR.search(office.name) is not None, known)
    if not acting and not named:  # "precision strikes hit hideouts of the BLF", "its forces had neutralised 11"
        if any(armed(a) and a.id not in victims for a in actors):
            return [*actors, forces]  # "its troops had repelled an ISWAP attack": against the party named
        return [forces, *actors]
    return list(dict.fromkeys(forces if e.id in acting or e.id == office.id else e for e in actors))


def _the_only_state(country: str, known: Iterable[Entity]) -> str | None:
    """The event's country for an office named with none ("the Defence Ministry", "the interior ministry"), where no
    actor of the article names another state (helper-360's "Soldiers" and "security forces", told of by such an
    office in Mexico and Syria, stayed those words in rows); None where one does ("Russia's Defence Ministry" in a
    report on Ukraine: whose office it is, the words do not say)."""
    if not country:
        return None
    others = {named for e in known if (named := country_named_in(e.name)) is not None and named != country}
    return None if others else country


_STRIKES = compiled(rf"\b{_WEAPONS}\b", re.IGNORECASE)
_ITS_OWN = compiled(
    r"\b(?:its|our)\s+(?:own\s+)?(?:\w+\s+)?(?:forces|troops|soldiers|army|units|jets|warplanes|aircraft|drones|"
    r"artillery|air\s+force|navy)\s+(?:had\s+|have\s+|has\s+)?(?:also\s+)?[\"“]?"
    r"(?:killed|neutrali[sz]ed|struck|hit|destroyed|captured|seized|retook|recaptured|repelled|shelled|bombed|"
    r"attacked|ambushed|shot\s+down|downed|targeted|raided|stormed|overran|took)\b",
    re.IGNORECASE,
)
"""A state's office telling of its forces' acts ("its forces had “neutralised” 11 terrorists"),
not of their losses, nor of what they do ("its forces only respond to smuggling"); "their" may be
another side's."""


def _its_strikes(quote: str, actors: list[Entity], victims: set[str]) -> bool:
    """Whether a state's office tells of strikes its state made: strikes on armed groups that no
    one named made ("precision military strikes hit hideouts of the BLF and the BLA", the foreign
    ministry said; "its strike had targeted Jaish al-Adl"). Strikes that hit its own people ("the
    health ministry said strikes hit the market") are not said to be its own."""
    if any(armed(a) and a.id not in victims for a in actors) or not _STRIKES.search(quote):
        return False
    hurt = [a for a in actors if a.id in victims and armed(a)]
    return bool(hurt) and all(actor_type(a) in NON_STATE_ARMED for a in hurt)


_PERSON_OF_FORCES = compiled(r"\b(?:spokes\w+|officials?|officers?|sources?|commanders?)\b", re.IGNORECASE)


def _of_country(entity: Entity, country: str) -> bool:
    """Whether forces serve the country the event is in (its police, its army; "Military Forces of
    Benin", not Togo's, for a village of Benin)."""
    if not country:
        return False
    serves = army_of_country(entity) or country_named_in(entity.name)
    if serves is None:
        return False
    if "Democratic Republic" in entity.name:  # the FARDC's name holds "Congo" too
        serves = "DR Congo"
    if serves == "Congo" and "Congo" in country:  # "Congo's army" of either Congo: the event's (helper-362)
        return True
    return _country_key(serves) == _country_key(country)


def _country_key(country: str) -> str:
    """A country's name to compare by ("Congo, The Democratic Republic of the", "DR Congo": one;
    never "Niger" and "Nigeria", nor "Sudan" and "South Sudan")."""
    name = everyday_country(country)
    return "DR Congo" if "Democratic Republic" in name or name in ("DR Congo", "DRC") else name


def _police(entity: Entity) -> bool:
    return _POLICE.search(entity.name) is not None


def _forces(entity: Entity) -> bool:
    """A state's army or police by name (not its ministry of defence, nor a spokesman)."""
    if actor_type(entity) != "state_forces" or _PERSON_OF_FORCES.search(entity.name):
        return False  # "police spokesman" speaks for the police; it is not the force
    return army_of_country(entity) is not None or _police(entity) or is_generic(entity.name)


_AT_THEIR_POST = compiled(
    r"\b(?:attack(?:ed|s|ing)?|ambush(?:ed)?|raid(?:ed)?|storm(?:ed)?|overran|assault(?:ed)?|besieged|"
    rf"{FIRED_ON})\s+(?:(?:on\s+|last\s+|early\s+|late\s+)?(?:\w+day|night|morning|evening|dawn)\s+)?(?:on\s+)?"
    r"(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:\w+\s+){0,2}?"
    r"(?:(?P<who>army|military|police|gendarmerie|security)\s+(?:bases?|posts?|outposts?|checkpoints?|barracks|"
    r"camps?|garrisons?|convoys?|patrols?|positions?|stations?|schools?|academ(?:y|ies)|training\s+(?:centres?|"
    r"centers?|camps?))|(?:barracks|garrisons?|checkpoints?|outposts?|"
    r"(?:(?<=the )|(?<=a ))posts?(?![\-\w])(?!\s+offices?)|(?:border|military|security|police)\s+posts?))\b",
    re.IGNORECASE,
)
"""An attack on forces told by their post, with none of them tagged ("militants attacked an army
base in Djibo", helper-262's "fighters on motorbikes stormed the post at Banibangou", helper-307's "an ambush
on Monday on a military convoy"): a battle with
the country's forces, not a development of the attackers alone."""


_POLICE_PEOPLE = compiled(r"\b(?:police\w*|policem[ae]n|gendarmes?|officers)\b", re.IGNORECASE)
_SOLDIERS = compiled(
    r"\b(?:soldiers?|troops|army|military|servicem[ae]n|garrisons?|barracks|bases?|camps?)\b", re.IGNORECASE
)
"""A post told by those killed at it: police officers' checkpoint is the police's ("two officers on patrol
were killed when Boko Haram fighters attacked their checkpoint": helper-274's row named the army); not officers
killed at a garrison (helper-276)."""


def forces_at_their_post(
    quote: str, actors: list[Entity], victims: set[str], known: Iterable[Entity], country: str
) -> tuple[list[Entity], set[str]]:
    """The actors, with the forces of the event's `country` attacked at their base, post or
    convoy as the victims when no state's forces are among them: the army the analyst tagged for
    that country (`known`), else "Military Forces of" it ("Police Forces of" for a police post)."""
    found = _AT_THEIR_POST.search(quote)
    if found is None or not country or any(actor_type(a) == "state_forces" for a in actors):
        return actors, victims
    who = (found["who"] or "").lower()
    police = who in ("police", "gendarmerie") or (
        not who and _POLICE_PEOPLE.search(quote) and not _SOLDIERS.search(quote)
    )
    forces = forces_of(country, bool(police), known)
    return [*actors, forces], {*victims, forces.id}
