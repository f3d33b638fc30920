"""Actors in the text: every name of an actor the analyst has tagged anywhere in the corpus,
then the lexicon's groups, outlets, forces, officials and civilians.
"""

from __future__ import annotations

import re
from dataclasses import replace

from annotations.entities.matching import fold, similar_entity
from annotations.entities.scope import common_names_shared, is_generic, linkable_names, links_by
from annotations.model import ActorDetails, ActorType, Entity, PlaceDetails
from annotations.suggest.acronyms import REASON as ACRONYM_REASON
from annotations.suggest.acronyms import acronym_actors, hyphenated_names
from annotations.suggest.actor_spans import actor_spans_of
from annotations.suggest.affiliations import with_affiliations
from annotations.suggest.appositions import PERSON_REASONS, without_appositions
from annotations.suggest.canonical import canonical_actor_name, own_forces
from annotations.suggest.factions import factions_named
from annotations.suggest.groups_letters import armed_letters, known_groups_letters, letters_named_alone
from annotations.suggest.lexicon_units import FACTION_BY_NAME, FRONT_AFTER_A_PERSON
from annotations.suggest.lexicon_words import DESCRIBED_GROUP, GOVERNMENT_BY_NAME
from annotations.suggest.named_after_kind import named_after_kind
from annotations.suggest.names import BREAKAWAY, GROUP_AFTER_ITS_NAME
from annotations.suggest.other_names import clan_militias, known_as, self_names
from annotations.suggest.overlaps import without_overlaps
from annotations.suggest.people import other_names, people_in
from annotations.suggest.roles import (
    forces_spokesman,
    of_the_group_before,
    office_of_a_state,
    official_type,
    person_type,
    role_type,
    role_word_type,
)
from annotations.suggest.short_names import head_names, lead_names
from annotations.suggest.spelled_after import spelled_after
from annotations.suggest.suggestion import Knowledge, Suggestion
from annotations.suggest.surnames import short_forms
from annotations.suggest.tagged_people import is_person, known_surnames
from annotations.suggest.tokens import Spans, whole_word_spans
from annotations.text.actor_types import MOVEMENT, actor_type_for, kind_named_after, of_an_international_body
from annotations.text.pattern_cache import compiled

_A_GROUP_AFTER_ITS_NAME = compiled(rf"{GROUP_AFTER_ITS_NAME}$")


def suggest_actors(text: str, knowledge: Knowledge, places: list[Suggestion]) -> list[Suggestion]:
    known = [e for e in knowledge.entities if e.kind == "actor"]
    here = {a.entity_id for a in knowledge.accepted if a.entity_id}
    found: list[Suggestion] = []
    shared = common_names_shared(known, here)
    for entity in known:
        for name in linkable_names(entity, entity.id in here):
            if fold(name) in shared:
                continue
            for start, end in _mentions(text, name):
                found.append(
                    Suggestion(
                        "actor",
                        start,
                        end,
                        text[start:end],
                        f"your actor {entity.name}",
                        entity=entity,
                        score=1.0,
                        layer="memory",
                    )
                )
    found += known_surnames(text, known)
    new_actors = _NewActors()
    place_starts = {p.start for p in places}
    for pattern, match, start, end in actor_spans_of(text):
        if pattern.what in (FRONT_AFTER_A_PERSON, FACTION_BY_NAME) and start in place_starts:
            continue  # "the El Fasher front": the frontline at a place; "the Gaza wing of Hamas"
        surface = text[start:end]
        linked: Entity | None = None
        described = re.sub(r"^(?:the|a|an)\s+", "", " ".join(surface.split()), flags=re.I)
        if pattern.what == "armed group":  # "the M23 armed group" is M23
            described = _A_GROUP_AFTER_ITS_NAME.sub("", described)
        canonical = canonical_actor_name(described)
        if known:  # a new corpus knows no actor yet
            linked = similar_entity(surface, known, "actor") or _known_other_form(surface, known)
            if linked is not None and (not links_by(linked, described, linked.id in here) or fold(described) in shared):
                linked = None  # "army", another article's alias of the Sudanese Armed Forces
            if linked is None and canonical is not None:
                linked = similar_entity(canonical, known, "actor") or own_forces(canonical, known)
        new = linked is None
        if linked is None:
            name = canonical or described
            key = fold(name)
            short = None
            if surface[:1].isupper() and pattern.actor_type in ("media", "rebel_group", "external_other"):
                short = new_actors.other_form(key)
            linked = new_actors.by_name.get(key) or short
            if linked is None:
                typed = pattern.actor_type != "external_other" or pattern.what == "international body"
                actor_type = pattern.actor_type if typed else actor_type_for(name)  # a UN body is no refugee
                if pattern.actor_type == "government_officials" and of_an_international_body(surface):
                    actor_type = "external_other"  # "UN officials" are no state's
                elif pattern.what == "official" or (pattern.what == "officials" and forces_spokesman(surface)):
                    actor_type = official_type(
                        text, start, end, actor_type
                    )  # "a police officer", "a Taliban commander"
                if pattern.what == "armed forces" and office_of_a_state(surface):
                    actor_type = "government_officials"  # "Sudan's government" is no force
                if pattern.what == "armed forces" and MOVEMENT.search(name):
                    actor_type = "rebel_group"  # "People's Defence Force fighters"
                elif pattern.what == "armed forces" and _MILITIAMEN.search(name):
                    actor_type = "political_militia"  # "pro-government militias" fight beside the state (helper-275)
                elif pattern.what == "armed forces" and _FOREIGN_FIGHTERS.match(name):
                    actor_type = "external_other"  # "foreign fighters": no state's
                elif pattern.what == "armed forces" and start not in place_starts and _SOMEONES_MEN.match(name):
                    actor_type = _someones_men(name)  # "Ntumi's militia", "the Taliban's fighters"
                if pattern.what == DESCRIBED_GROUP:  # "…, a Sunni militant group": what the description says
                    actor_type = actor_type_for(text[match.end(1) : match.end()])
                if pattern.what in PERSON_REASONS:  # "RSF commander Mohamed Hamdan Dagalo"
                    actor_type = person_type(text, match, (start, end), actor_type)
                elif actor_type == "external_other":  # "the Comando Vermelho drug gang"
                    actor_type = kind_named_after(text, surface) or actor_type
                aliases = (described,) if canonical else ()
                linked = new_actors.add(key, Entity.actor(name, ActorDetails(actor_type, aliases=aliases)))
        found.append(
            Suggestion(
                "actor",
                start,
                end,
                surface,
                pattern.what,
                entity=linked,
                new_entity=new,
                score=0.9,
                layer="lexicon",
            )
        )
    found += _people(text, known, new_actors, found)
    defined = acronym_actors(text, found)
    if defined:  # an acronym's uses link to the name it abbreviates, not to a lexicon guess
        spans = {(d.start, d.end) for d in defined}
        by_start = {d.start: d for d in defined}
        found = [_of_the_group(s, by_start.get(s.start)) for s in found if (s.start, s.end) not in spans] + defined
    found = known_groups_letters(found)  # "PKK members": the PKK
    found += letters_named_alone(text, found)  # "ZANU-PF youths" …, "accused ZANU-PF of …"
    found += armed_letters(text, found)  # "the armed FRUD"
    spelt = spelled_after(text, found)  # "JAS (Jama'atu Ahlis Sunna …)": one actor, under its name
    found = [s for s in found if (s.start, s.end) not in {(a.start, a.end) for a in spelt}] + spelt
    other_names = known_as(text, found)  # "a U.N. mission known as MINURSO": the mission, not MINURSO the lexicon knows
    found = [s for s in found if (s.start, s.end) not in {(a.start, a.end) for a in other_names}] + other_names
    found += clan_militias(text, found)
    found += self_names(text, found)
    found += hyphenated_names(text, found)
    found += head_names(text, found)
    found += lead_names(text, found)
    found += factions_named(text, found, places)  # "… of Nagaland (Khaplang)": the longer kept
    found = _outside_places(named_after_kind(text, found), places)
    return with_affiliations(text, without_overlaps(without_appositions(text, found)))  # a place is no body described


def _outside_places(found: list[Suggestion], places: list[Suggestion]) -> list[Suggestion]:
    """Without the actors a place holds, but for a person's short form ("Farah said", of Abdiqani
    Hassan Farah, is no Afghan town), a known actor where the place is only the text's guess
    ("split from Boko Haram"), an acronym the text defines unless a country's ("the Syrian Arab News
    Agency (SANA)": no Sanaa) and a name the text describes as a group where a gazetteer knows only
    a village of it ("Dobryi Shliakh, a volunteer group based in Sloviansk", no village near Kyiv)."""
    listed = Spans((p.start, p.end) for p in places if p.layer != "name shape")
    guessed = Spans((p.start, p.end) for p in places if p.layer == "name shape")
    countries = Spans((p.start, p.end) for p in places if _a_country(p))
    towns = Spans((p.start, p.end) for p in places if _kind(p) != "village")
    return [
        s
        for s in found
        if s.reason.startswith(SHORT_FOR)
        or (s.reason == ACRONYM_REASON and not countries.containing(s.start, s.end))  # "(SANA)" is no Sanaa
        or (s.reason == DESCRIBED_GROUP and not towns.containing(s.start, s.end))  # "Mosul, a city the group…"
        or not (listed.containing(s.start, s.end) or (s.layer == "name shape" and guessed.containing(s.start, s.end)))
    ]


def _a_country(place: Suggestion) -> bool:
    return _kind(place) == "country"


def _kind(place: Suggestion) -> str | None:
    details = place.place_details()
    return details.place_kind if details is not None else None


SHORT_FOR = "short for"
"""The reason of a later mention of a person named in full before."""

_PEOPLE_IN_A_PLACE = ("civilians", "sources or observers", "a ministry of Gaza", "official")
"""Actors named by where they are ("Residents of Faryab", "Analysts in Yerevan", "a Kandahar police
official"): the place stays."""

_DESCRIBED_BY_PLACE = (
    "armed forces", "officials", "ministry", "international body", "organisation", "armed group", ACRONYM_REASON,
    GOVERNMENT_BY_NAME, "armed group (described)", "forces' own office", "community", "community militia",
    "coalition", "criminal group",
)  # fmt: skip
"""Actors whose name holds a place only as a modifier ("U.S. and NATO forces"; "Turkana herders" are
a people, not Kenya's county)."""


def drop_modifiers(places: list[Suggestion], actors: list[Suggestion]) -> list[Suggestion]:
    """Places that are only words of an actor's name: a country or province that describes
    forces, officials or a ministry ("U.S. and NATO forces"), and any town or village inside
    an actor's name ("Agency" of "Tasnim News Agency" is a village in Pakistan), any near
    spelling inside one ("Boko" of "Boko Haram" is no Ugandan district) and any place in a
    person's name ("Lemma Bayisa Gudina"). A province inside "Residents of Faryab" stays a place."""
    described = Spans((a.start, a.end) for a in actors if a.reason in _DESCRIBED_BY_PLACE)
    named = Spans((a.start, a.end) for a in actors if a.reason not in _PEOPLE_IN_A_PLACE and not _civilians(a))
    people = Spans((a.start, a.end) for a in actors if is_person(a))
    return [
        p
        for p in places
        if not described.containing(p.start, p.end)
        and not ((_town(p) or p.score < 1.0) and named.overlapping(p.start, p.end))
        and not people.overlapping(p.start, p.end)
        and not _opens_a_name(p, actors)
    ]


def _opens_a_name(place: Suggestion, actors: list[Suggestion]) -> bool:
    """A place that opens an outlet's name inside an actor's ("Hiiraan Online correspondent":
    helper-258's province), not a place before another word ("a Kandahar police official")."""
    for actor in actors:
        if actor.start <= place.start and place.end < actor.end and actor.quote[place.end - actor.start] == " ":
            following = actor.quote[place.end - actor.start + 1 :].split(" ", 1)[0]
            if following in _AN_OUTLETS_WORDS:
                return True
    return False


_AN_OUTLETS_WORDS = frozenset(
    "Online News Times Post Radio TV Television Tribune Daily Journal Herald Voice Media".split()
)
"""Words after a place that make a news outlet's name of it ("Hiiraan Online", "Kabul Times"); a
body of the place stays its place ("The Gaza Health Ministry": Gaza, a review)."""


def _civilians(actor: Suggestion) -> bool:
    """People named by where they are, found again from the corpus ("Residents of Rupa", tagged:
    the review went on to "Rupa" inside it, and the place was gone from the suggestions)."""
    details = actor.entity.details if actor.entity is not None else None
    return isinstance(details, ActorDetails) and details.actor_type == "civilians"


def _town(place: Suggestion) -> bool:
    """A town, or a name the text alone made a place ("Islamic State Sahel Province" holds the
    armed group's name: no province)."""
    details = place.entity.details if place.entity is not None else None
    return isinstance(details, PlaceDetails) and details.source in ("geonames", "text")


_MILITIAMEN = compiled(r"\b(?:militias?|militiamen|vigilantes)$", re.IGNORECASE)
_FOREIGN_FIGHTERS = compiled(r"(?:foreign|mercenary)\s", re.IGNORECASE)
_SOMEONES_MEN = compiled(r"([A-Z][\w\-]+)['’]s\s+(?:[A-Za-z\-]+\s+)?(?:militias?|fighters|men|gunmen|loyalists)$")
"""Armed men named by whose they are, where the owner is no place (a place's are a state's or a
region's): a leader's or a group's."""
_ARMED_GROUPS = ("rebel_group", "political_militia", "identity_militia")


def _someones_men(name: str) -> ActorType:
    """The kind of armed men named by whose they are: their group's kind, else a leader's militia."""
    men = _SOMEONES_MEN.match(name)
    if men is not None and (owners := actor_type_for(men.group(1))) in _ARMED_GROUPS:
        return owners
    return "political_militia"


def _of_the_group(found: Suggestion, acronym: Suggestion | None) -> Suggestion:
    """ "FMF fighters" and "a HAZ unit" are the group the acronym names, not a group of their own
    (the unit was typed as government officials)."""
    if acronym is None or acronym.entity is None:
        return found
    collective = found.reason == "official" and _UNITS_OF.search(found.quote) is not None
    if found.reason != "armed group (described)" and not collective:
        return found
    return replace(found, entity=acronym.entity, new_entity=acronym.new_entity)


_UNITS_OF = compiled(r"\b(?:units?|members)$")


def _people(text: str, known: list[Entity], new_actors: _NewActors, found: list[Suggestion]) -> list[Suggestion]:
    """People named beside a role (one entity per person, with the other name the text gives
    them), then their later short forms ("Ghazaryan", "Mr. Ghazaryan")."""
    made: list[Suggestion] = []
    for person in people_in(text):
        surface = text[person.start : person.end]
        named_before = next((m for m in made if m.quote.endswith(" " + surface)), None)  # "Quispe Palomino"
        entity = named_before.entity if named_before else similar_entity(surface, known, "actor")
        new = named_before.new_entity if named_before else entity is None
        if entity is None:
            aliases = tuple(text[s:e] for s, e in other_names(text, person.end))
            kind = role_type(person.role, actor_type_for(person.role))  # "Lawrence Kanyuka, the M23 spokesman"
            if of_the_group_before(text, max(0, person.start - 25), person.start):
                kind = "rebel_group"  # "The M23 said …. Its spokesman, Lawrence Kanyuka, said …"
            kind = _groups_own(text, person.start, found) or kind
            if kind == "external_other":  # "according to a local teacher, Fatima Abdala, who said": the teacher's
                described = _DESCRIBED_BEFORE.search(text, max(0, person.start - 60), person.start)
                described = described or _DESCRIBED_AFTER.match(text, person.end)  # "Abdul Assane, a fisherman"
                kind = (role_word_type(described.group(1)) if described else None) or kind
            details = ActorDetails(kind, aliases=aliases)
            entity = new_actors.by_name.get(fold(surface)) or new_actors.add(
                fold(surface), Entity.actor(surface, details)
            )
        made.append(
            Suggestion(
                "actor",
                person.start,
                person.end,
                surface,
                "person by role",
                entity=entity,
                new_entity=new,
                score=0.92,
                layer="name shape",
            )
        )
    named = {(s.start, s.end): s for s in [*found, *made] if s.reason in PERSON_REASONS and s.entity is not None}
    for (_start, end), full in named.items():
        for other in other_names(text, end):
            entity = _also_named(full, text[slice(*other)])  # a new person keeps "Hemedti" as an alias
            reason = f"also {full.quote}"
            made.append(
                replace(full, start=other[0], end=other[1], quote=text[slice(*other)], reason=reason, entity=entity)
            )
    return made + [short for short, _full in people_named_again(text, named)]


def people_named_again(text: str, named: dict[tuple[int, int], Suggestion]) -> list[tuple[Suggestion, Suggestion]]:
    """(short form, full name's suggestion) for the later short forms of these people ("Ghazaryan",
    "Mr. Ghazaryan"), by their spans."""
    pairs: list[tuple[Suggestion, Suggestion]] = []
    for start, end, full_start, full_end in short_forms(text, named):
        full = named[(full_start, full_end)]
        reason = "named again" if text[start:end] == full.quote else f"{SHORT_FOR} {full.quote}"
        short = replace(
            full, start=start, end=end, quote=text[start:end], reason=reason, score=0.85, layer="name shape"
        )
        pairs.append((short, full))
    return pairs


def _groups_own(text: str, at: int, found: list[Suggestion]) -> ActorType | None:
    """The type of the armed group whose leader, commander or spokesman the person at `at` is
    ("The MLCD's leader, a former trader … named Bonomade Ussene": a rebel, not a trader's
    civilians), the group suggested before by its name or by the acronym it defines."""
    role = next(reversed(list(_GROUPS_ROLE.finditer(text, max(0, at - 160), at))), None)  # the nearest
    if role is None or any(stop in text[role.end() : at] for stop in (". ", "\n")):
        return None
    owner = role.group("owner")
    for actor in found:
        details = actor.entity.details if actor.entity is not None else None
        if not isinstance(details, ActorDetails) or details.actor_type not in _ARMED_GROUP_TYPES:
            continue
        if fold(actor.quote) == fold(owner) or text.startswith(f" ({owner})", actor.end):
            return details.actor_type
    return None


_GROUPS_ROLE = compiled(
    r"\b(?:[Tt]he\s+)?(?P<owner>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,5})['’]s\s+(?:\w+\s+)?"
    r"(?:leader|commander|spokes(?:man|woman|person)|chief|founder|emir),"
)
_ARMED_GROUP_TYPES = ("rebel_group", "political_militia", "identity_militia")
_DESCRIBED_BEFORE = compiled(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w\-]*\s+){0,3}?([a-z][\w\-]*),\s+$")
"""A description right before a name ("a local teacher, "): what the person is, when the words
that found them say nothing of it."""


_DESCRIBED_AFTER = compiled(
    r",\s+(?:an?|the)\s+(?:[a-z][\w\-]*\s+){0,3}?([a-z][\w\-]*)(?=[,.;:]|\s+(?:who|in|from|at|of)\b)"
)
"""A description right after a name (", a fisherman,"): what the person is (helper-261's fisherman
was typed other)."""


def _also_named(full: Suggestion, other: str) -> Entity | None:
    """The entity of a person the text names again otherwise ("…, known as Hemedti"): a new one
    with that name among its aliases (the suggestions of one name share their aliases)."""
    entity = full.entity
    if not full.new_entity or entity is None or not isinstance(entity.details, ActorDetails):
        return entity
    if other in entity.details.aliases:
        return entity
    return replace(entity, details=replace(entity.details, aliases=(*entity.details.aliases, other)))


class _NewActors:
    """Actors the lexicon names that are not known yet, by folded name and by first word."""

    def __init__(self) -> None:
        self.by_name: dict[str, Entity] = {}
        self._by_first: dict[str, list[str]] = {}

    def add(self, key: str, entity: Entity) -> Entity:
        self.by_name[key] = entity
        self._by_first.setdefault(key.split(" ", 1)[0], []).append(key)
        return entity

    def other_form(self, key: str) -> Entity | None:
        """One already named in a longer or shorter form ("Tasnim" and "Tasnim News Agency");
        only names sharing `key`'s first word are looked at, so the work does not grow with
        the article."""
        for other in self._by_first.get(key.split(" ", 1)[0], ()):
            details = self.by_name[other].details  # "students" (civilians) is no short form of Students Against …
            proper = getattr(details, "actor_type", None) not in ("civilians", "protesters", "rioters")
            if proper and (other.startswith(key + " ") or key.startswith(other + " ")):
                if _BROKEN_AWAY.search(max(other, key, key=len)) is None:
                    return self.by_name[other]
        return None


_BROKEN_AWAY = compiled(rf"\b(?:{BREAKAWAY}|faction)\b", re.IGNORECASE)
"""A group named after another it broke from ("FARC dissidents"): no longer form of that one."""


_AN_ACRONYM = compiled(r"[A-Z](?:\.?[A-Z]){1,3}\.?")
"""Two to four capitals ("UN", "U.N.", "EU"): a body's letters, whose own bodies are named after it."""


def _known_other_form(surface: str, known: list[Entity]) -> Entity | None:
    """A known actor whose name this one is the start of ("Tasnim" after "Tasnim News Agency"
    was tagged), for proper names of one word only: "forces" is no short form of "Rapid Support
    Forces", and a name of several words is a body of its own ("United Nations" is not the
    United Nations High Commissioner for Refugees, nor "Islamic State" its Sahel Province)."""
    if not surface[:1].isupper() or is_generic(surface) or len(surface.split()) > 1 or _AN_ACRONYM.fullmatch(surface):
        return None  # "UN" is no short form of "UN Group of Experts", a body of it (helper-363)
    key = fold(surface)
    return next((e for e in known if any(fold(n).startswith(key + " ") for n in e.names())), None)


def _mentions(text: str, name: str) -> list[tuple[int, int]]:
    """Where a known actor name occurs as whole words, case as written; a name written in lower
    case ("army", "residents") also capitalised at a sentence's start, never inside a proper name
    ("West Papua National Liberation Army" holds no mention of "army")."""
    name = name.strip()
    if len(name) < 3:
        return []
    if any(c.isupper() for c in name):
        return whole_word_spans(text, name, joiners="")
    capital = re.escape(name[:1].upper() + name[1:])
    written = rf"(?:{re.escape(name)}|(?:(?<=^)|(?<=[.!?“\"]\s)|(?<=\n)){capital})"
    return [m.span() for m in re.finditer(rf"(?<![\w]){written}(?![\w]){_NOT_BEFORE_A_ROLE}", text)]


_NOT_BEFORE_A_ROLE = (
    r"(?!\s+(?i:commanders?|chiefs?|spokes(?:man|men|woman|women|person|people)|commissioners?|officers?|"
    r"officials?|sources?|stations?|headquarters|posts?|outposts?|bases?|camps?|barracks|checkpoints?|"
    r"garrisons?|positions?|depots?)\b)"
)
"""A generic name known from the corpus ("police") before a role or a place of its own is a word
of a longer name: "the acting Enga police commander, Superintendent Thomas Kaiyo" is no mention of
the police (a newcomer's claim took "police" as its claimant there, once "police" was tagged), nor
is "army" of "attacked an army base" (a newcomer's)."""
