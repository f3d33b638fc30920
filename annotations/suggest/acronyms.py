"""Acronyms defined in parentheses: "the Rapid Support Forces (RSF)" names one actor twice, and
every later "RSF" of the article is that actor.

The name is the actor suggested just before the parenthesis, else the run of capitalised words
there, from the word whose initial is the acronym's first letter ("The Free Mountain Front
(FMF)" gives "Free Mountain Front"), or the whole run when it is a long name translated from
another language. An acronym after fewer words that do not start with its letters is left
alone: "(AFP)" after a sentence is a source, not a name's short form.
"""

from __future__ import annotations

import re
from dataclasses import replace

from annotations.entities.matching import with_aliases
from annotations.model import ActorDetails, Entity
from annotations.suggest.acronym_shapes import (
    a_name_after,
    a_titles_short_form,
    a_word_acronym_of,
    after_a_titled_person,
    names_no_body,
)
from annotations.suggest.names import DEMONYMS, an_armed_groups_name
from annotations.suggest.place_context import a_facility_named_there
from annotations.suggest.place_words import COMMON, GROUP_NAME
from annotations.suggest.suggestion import Suggestion
from annotations.suggest.titles import titled_people
from annotations.suggest.tokens import whole_word_spans
from annotations.text.actor_types import actor_type_for, kind_named_after
from annotations.text.capitals import CAPITAL, CAPITALS
from annotations.text.pattern_cache import compiled

DEFINED = compiled(
    rf"\s\(({CAPITAL}[{CAPITALS}0-9&'-]{{1,9}}"
    r"(?:\s(?:[A-Z][a-z]+\s\d+|\d+))?|[A-Z][a-z]{2,6}\s[A-Z]{2,5}|[A-Z][a-z][A-Z]{1,4}|[A-Z][a-z]{3,6}[A-Z]|\d{1,3}[A-Z]{2,4}(?:[a-z]{1,2})?|"
    r"[A-Z]{2,6}[a-z])(?:\)|,\s+(?:or|also\s+known\s+as|known\s+as|aka)\s+(?P<alias>[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|(?:al|el|ad|ash|as|ar|az|an|at|ez|es|ed)-[A-Z][\w’'\-]*)){0,4})\))"
    r"|,\s(?P<between_commas>[A-Z][A-Z0-9&'-]{2,9}),|\s\((?P<word>[A-Z][a-z]{2,10})\)"
    r"|\s\((?P<inner>[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){1,5}),\s+(?P<short>[A-Z]{2,6}[a-z]?)\)"
)
"""An acronym in parentheses after a name ("(ISOC Region 4)", "(Komnas HAM)": some are two words,
some keep a small letter, "(LeT)", "(FAMa)", "(KontraS)", a unit's starts with its number, "(62IB)",
"(302IBde)"), or between commas right after it ("the United Nations refugee agency, UNHCR,
said"), or written as a word ("(Unrwa)", "(Frelimo)", "(Codehupy)"; not a day, a month nor an
institution: "(Tuesday)"); or the name in its own language and the acronym of
that, in the parentheses ("The Chadian army (Armée nationale tchadienne, ANT)"); the acronym may
be followed by another proper name ("the Popular Mobilisation Forces (PMF, or Hashd al-Shaabi)"; not
"(PKK, or its affiliates)", "(IDPs, or people forced from their homes)")."""
_NO_ACRONYM = COMMON | frozenset(
    "english spanish french arabic portuguese russian german chinese persian pashto dari urdu hindi turkish "
    "kurdish swahili amharic somali hausa updated update corrected correction video photo file pictured".split()
)
"""Words written in brackets that say something of the text, not a name's short form."""
_WORD = r"[A-Z][\w’'&.-]*"
_NAME_BEFORE = compiled(
    rf"((?:{_WORD} +(?:(?:of|for|and|the|de|du|al|el|in|pour|la|le|les|et|des|au|aux|un|une|del|y|para|por|los|las|e|"
    rf"da|do|dos|das) +)*)*(?:[ld][’'])?{_WORD})$"
)
"""Capitalised words (and the small words inside names, in English, French, Spanish and
Portuguese: "Action pour la Paix et le Développement Intégral", "… des Droits de l'Homme") on one
line: a title above is not part of it."""
REASON = "named with its acronym"
_PLACE_NAME = compiled(
    r"\b(?:Region|Province|Territory|Oblast|Governorate|District|Prefecture)\b(?!\s+(?:Government|Council))"
)


def acronym_actors(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """Suggestions for each defined acronym, its later uses, and (if nothing named it) the name."""
    made: list[Suggestion] = []
    for definition in DEFINED.finditer(text):
        acronym = definition.group(1) or definition["between_commas"] or definition["word"] or definition["short"]
        if definition["word"] is not None and (acronym.lower() in _NO_ACRONYM or acronym in DEMONYMS):
            continue  # "the Office of the President (Tuesday)", "… of Paraguay (Spanish)"
        if definition.group(1) and a_titles_short_form(text, definition.start(), definition.end()):
            made += _the_title_again(text, acronym, definition.end())  # "The DGP said": the person
            continue  # "Superintendent of Police (SP) Abhinav Kerketta": a title and its short form, before the person
        # between commas, or written as a word ("(Unrwa)", as the Guardian does): only after an actor
        need_actor = definition.group(1) is None
        titled = titled_people(text, definition, acronym, found) if not need_actor else []
        if titled:  # "X, the Resident District Commissioner (RDC)": the title and "the RDC" are X
            made += titled
            continue
        named = _named_before(
            text, definition.start(), acronym, found, need_actor=need_actor, translated=definition["word"] is not None
        )
        if definition["inner"] is not None:
            named = _named_inside(text, definition, named)
        if named is None:
            continue
        entity, new, name_suggestion = named
        if definition["word"] is not None and not a_word_acronym_of(acronym, entity.name):
            continue  # "(Westmincom)" of the Western Mindanao Command, not "(September)"
        if new and names_no_body(entity.name, acronym):
            continue  # "the Cessation of Hostilities Agreement (CoHA)", "Pakistan-occupied Jammu and Kashmir (PoJK)"
        if new and _a_place_it_is(text, entity.name, text.rfind(entity.name, 0, definition.start())):
            continue  # "taken to the Combined Military Hospital (CMH)": where the wounded were taken, a place
        known = _known_as(acronym, found) if name_suggestion is not None else None
        if known is not None:  # "the Forces Armées de la République Démocratique du Congo (FARDC)": the lexicon's
            entity, new = known, False
            name_suggestion = name_suggestion and replace(name_suggestion, entity=known, new_entity=False)
        alias = definition["alias"]
        if new:  # the new entity learns its acronym (one entity per name: the engine merges them)
            entity = with_aliases(entity, [acronym, *([alias] if alias else [])])
        if name_suggestion is not None:
            made.append(name_suggestion)
        since = definition.start(next(g for g in (1, "between_commas", "word", "short") if definition.group(g)))
        made += name_uses(text, acronym, since, REASON, entity, new)
        if alias:  # "(PMF, or Hashd al-Shaabi)": the other name too, there and after
            made += name_uses(text, alias, definition.start("alias"), REASON, entity, new)
    return made


def _the_title_again(text: str, acronym: str, end: int) -> list[Suggestion]:
    """The later uses of a title's short form ("the DGP said") as the person who holds it, named
    right after it ("Director General of Police (DGP) Mr Sentiyanger Imchen"): the speaker the
    claims find there is the same entity (one entity per name)."""
    named = a_name_after(text, end)
    if named is None:
        return []
    person = Entity.actor(named[0], ActorDetails("government_officials"))
    return name_uses(text, acronym, named[1], f"the {acronym} named before", person, True)


def _a_place_it_is(text: str, name: str, at: int) -> bool:
    return at >= 0 and a_facility_named_there(text, at, at + len(name))


def _known_as(acronym: str, found: list[Suggestion]) -> Entity | None:
    """The entity the lexicon or the corpus knows by the acronym ("FARDC", "ADF"), if any."""
    return next(
        (s.entity for s in found if s.quote == acronym and s.layer in ("lexicon", "memory") and s.entity is not None),
        None,
    )


def _named_inside(
    text: str, definition: re.Match[str], before: tuple[Entity, bool, Suggestion | None] | None
) -> tuple[Entity, bool, Suggestion | None] | None:
    """The name in the parentheses, in its own language: another name of the actor just before
    ("The Chadian army (Armée nationale tchadienne, ANT)"), or, with none, the actor it names."""
    start, end = definition.span("inner")
    name = definition["inner"]
    if before is not None:
        entity, new, _ = before
        return (
            entity,
            new,
            Suggestion("actor", start, end, name, REASON, entity=entity, new_entity=new, score=0.9, layer="name shape"),
        )
    if not _initials_fit(name.split(), definition["short"]):
        return None
    entity = Entity.actor(name, ActorDetails(actor_type_for(name)))
    return (
        entity,
        True,
        Suggestion("actor", start, end, name, REASON, entity=entity, new_entity=True, score=0.9, layer="name shape"),
    )


def name_uses(text: str, name: str, since: int, reason: str, entity: Entity, new: bool) -> list[Suggestion]:
    """Every use of a group's other name from `since` on, as whole words, capitalised or not at a
    sentence's start ("known locally as al-Shabaab … Al-Shabaab later withdrew"): that group."""
    spellings = {name, name[:1].upper() + name[1:]}
    return [
        Suggestion(
            "actor", *use, text[use[0] : use[1]], reason, entity=entity, new_entity=new, score=0.9, layer="name shape"
        )
        for spelling in sorted(spellings)
        for use in whole_word_spans(text, spelling, since)
    ]


_SELF_NAMED = compiled(r"\b(?:call(?:s|ed|ing)?\s+(?:itself|themselves)|known\s+as|dubbed)\s+(?:the\s+)?$")
"""Before a name a group gives itself: its acronym may be of another language (HAZ, of the
Kurdish name of the Zagros Free Forces)."""


def _translated(words: list[str]) -> int | None:
    """Where a long name starts whose acronym is of its own language ("the Strategic Framework for
    the Defence of the People of Azawad (CSP-DPA)"): three capitalised words or more joined by
    "of" or "for", as names of bodies are, and a person's name is not ("Minister John Smith (AFP)")."""
    first = 1 if words and words[0] == "The" else 0
    if len(words) > first + 2 and words[first].endswith("s") and words[first + 1] in ("of", "from"):
        first += 3 if words[first + 2] == "the" else 2  # "Fighters of the …" at a sentence's start
    capitals = [w for w in words[first:] if w[:1].isupper()]
    joined = any(w in ("of", "for") for w in words[first:])
    return first if len(capitals) >= 3 and joined else None


def _named_before(
    text: str, at: int, acronym: str, found: list[Suggestion], *, need_actor: bool = False, translated: bool = False
) -> tuple[Entity, bool, Suggestion | None] | None:
    """The actor the acronym abbreviates: (entity, whether it is new, a suggestion for the name
    if none was made; `need_actor`: only an actor suggested right before, for an acronym between
    commas, which may as well start a list; `translated`: or a long name of a body, for an acronym
    written as a word: "the Human Rights Coordinator of Paraguay (Codehupy)")."""
    spaced = at  # an actor ending here, or only spaces (and a closing mark: '"Ministry of State Security" (MGB)')
    while spaced > 0 and (text[spaced - 1].isspace() or text[spaced - 1] in "\"”’'"):
        spaced -= 1
    before = [s for s in found if s.kind == "actor" and s.entity is not None and spaced <= s.end <= at]
    nearest = max(before, key=lambda s: (s.end, s.end - s.start)) if before else None
    known = an_armed_groups_name().fullmatch(acronym) is not None
    if nearest is not None and need_actor and _without_article(nearest.quote)[:1].islower() and known:
        return None  # "A jihadist group, JNIM, claimed": what the group is, not a name the letters shorten (an
        # unknown "A local self-defence militia, KDF," is the militia's: helper-310)
    details = nearest.entity.details if nearest is not None and nearest.entity is not None else None
    if nearest is not None and isinstance(details, ActorDetails) and need_actor and _a_description(nearest):
        named = Entity.actor(acronym, details)  # "The UN agency, UNHCR,": UNHCR, described
        return named, True, replace(nearest, entity=named)
    if nearest is not None and nearest.entity is not None:
        opens = nearest.quote[:1] == acronym[:1] and _initials_fit(nearest.quote.split(), acronym)
        if (
            need_actor
            or opens
            or nearest.layer != "memory"
            or not _NAME_GOES_BACK.search(text, max(0, nearest.start - 80), nearest.start)
        ):
            return nearest.entity, nearest.new_entity, None
        longer = _a_name_before(text, at, acronym)  # "… Liberation of Rwanda (FDLR)": Rwanda, known, ends a name
        return longer if longer is not None else (nearest.entity, nearest.new_entity, None)
    if need_actor:
        return _translated_name_before(text, at, acronym) if translated else None
    return _a_name_before(text, at, acronym)


_A_STATES = frozenset({"state_forces", "government_officials"})


def _a_description(actor: Suggestion) -> bool:
    """An actor new to the corpus told by what it is, not by a name ("the UN agency", "the rights
    group", "a local self-defence militia"): the name between commas after it is its name. Not a
    state's forces or government ("The Sudanese army, SAF,", "The Nigerian police, NPF,": helper-316, 317)."""
    entity = actor.entity
    if entity is None or not actor.new_entity or entity.name.casefold() != _without_article(actor.quote).casefold():
        return False
    if isinstance(entity.details, ActorDetails) and entity.details.actor_type in _A_STATES:
        return False
    last = actor.quote.rsplit(None, 1)[-1]
    return last.isalpha() and last.islower()


def _without_article(quote: str) -> str:
    """An actor's words without the article opening a sentence ("The militia, CODECO,": helper-314's CODECO was an
    entity named "militia")."""
    first, _, rest = quote.partition(" ")
    return rest if first in ("The", "A", "An") and rest else quote


_NAME_GOES_BACK = compiled(
    r"\b(?!(?:The|A|An|In|On|At|By|For|From|With|And|But)\s)[A-Z][\w’'\-]*\s+(?:(?:of|for|the|and|de|du|des|la|le)\s+)*$"
)
"""A capitalised word (and the small words of a name) right before an actor: the actor ends a longer
name ("Democratic Forces for the Liberation of Rwanda", Rwanda known as its government's name)."""


def _a_name_before(text: str, at: int, acronym: str) -> tuple[Entity, bool, Suggestion | None] | None:
    """The capitalised name right before `at` whose initials are the acronym's (`_named_before`)."""
    run = _NAME_BEFORE.search(text, max(0, at - 120), at)
    if run is None:
        return _foreign_name_before(text, at, acronym) or _unit_in_lower_case(text, at, acronym)
    words = run.group(1).split()
    sentence = next((i + 1 for i in range(len(words) - 1, -1, -1) if _SENTENCE_END.search(words[i])), 0)
    words = words[sentence:]  # "… from Cabo Delgado. The National Administration of …": this sentence's
    body = after_a_titled_person(words)
    titled, words = body is not words, body
    starts = [i for i, w in enumerate(words[:-1]) if w[:1] == acronym[0] and w != "The"]  # two words at least
    first = next((i for i in starts if _initials_fit(words[i:], acronym)), None)
    if first is None:  # "a group calling itself the Zagros Free Forces (HAZ)": the name it gives, whatever its letters
        named = " ".join(words)
        if _SELF_NAMED.search(text, max(0, at - len(named) - 40), at - len(named)):
            return _new_name(text, at, named, acronym, self_named=True)
    whole = _translated(words)
    if whole is not None and (first is None or whole < first) and _same_letters(words[whole:], acronym):
        first = whole  # "the Armed Defence Forces of Mozambique (FADM)": its letters in Portuguese order
    if first is None:  # "the Armed Forces of the Democratic Republic of the Congo (FARDC)": French initials
        first = whole
    if first is None and starts:
        first = starts[0]
    if first is None and titled:  # the pastor's church: its letters are of its own language
        first = 0
    exact = next((i for i in range(len(words) - 1) if words[i] != "The" and _same_letters(words[i:], acronym)), None)
    if exact is not None and (first is None or exact < first or len(words) - first < 2):
        first = exact  # "the Public Ministry (MP)", "the Defence and Security Forces (FDS)": every capital its
    if first is None or len(words) - first < 2:
        return None
    name = " ".join(words[first:])
    if _PLACE_NAME.search(name) and not GROUP_NAME.match(name):  # "Islamic State Sinai Province" is a group
        return None  # "the Bangsamoro Autonomous Region in Muslim Mindanao (BARMM)" is a place
    return _new_name(text, at, name, acronym)


def _translated_name_before(text: str, at: int, acronym: str) -> tuple[Entity, bool, Suggestion | None] | None:
    run = _NAME_BEFORE.search(text, max(0, at - 120), at)
    words = run.group(1).split() if run is not None else []
    whole = _translated(words)
    return None if whole is None else _new_name(text, at, " ".join(words[whole:]), acronym)


_SMALL_WORDS = ("de", "du", "des", "la", "le", "et", "pour", "del", "y")
_FOREIGN_WORDS = compiled(rf"([A-Z][\w’'\-]*(?:\s+(?:(?:{'|'.join(_SMALL_WORDS)})\s+)?[a-zà-ÿ][\w’'\-]*){{1,4}})$")
"""A name whose later words are in lower case, as French and Spanish write them ("Forces armées
maliennes"), on one line."""


def _foreign_name_before(text: str, at: int, acronym: str) -> tuple[Entity, bool, Suggestion | None] | None:
    """The name before an acronym, written in the way of its language ("the Forces armées
    maliennes (FAMa)"): its words' initials are the acronym's capitals."""
    run = _FOREIGN_WORDS.search(text, max(0, at - 80), at)
    if run is None or acronym.endswith("s"):  # "Improvised explosive devices (IEDs)": things, not a name
        return None
    words = [w for w in run.group(1).split() if w not in _SMALL_WORDS]
    capitals = "".join(c for c in acronym if c.isupper())
    if "".join(w[0] for w in words).upper() != capitals:
        return None
    return _new_name(text, at, run.group(1), acronym)


_UNIT_IN_LOWER_CASE = compiled(
    r"(?<![\w\-])((?:[a-z][a-z\-]+\s+){1,3}(?:battalions?|brigades?|regiments?|squadrons?|commandos?|forces|"
    r"militias?))$"
)
"""A unit written in lower case and named by the acronym of its own language's name ("two rapid
intervention battalions (BIR)", the bataillons d'intervention rapide); not "units", "groups" nor
"committees", things and services as often ("two intensive care units (ICU)")."""


def _unit_in_lower_case(text: str, at: int, acronym: str) -> tuple[Entity, bool, Suggestion | None] | None:
    """The unit before the acronym when its words' initials are the acronym's letters in some
    order; things ("improvised explosive devices (IEDs)") are no unit."""
    run = _UNIT_IN_LOWER_CASE.search(text, max(0, at - 80), at)
    if run is None or not acronym.isupper():
        return None
    words = run.group(1).split()
    for first in range(len(words) - 1):  # the longest run of words whose initials are the letters
        if sorted(w[0] for w in words[first:]) == sorted(acronym.lower()):
            return _new_name(text, at, " ".join(words[first:]), acronym)
    return None


def _new_name(
    text: str, at: int, name: str, acronym: str, *, self_named: bool = False
) -> tuple[Entity, bool, Suggestion | None] | None:
    """A new actor for the name just before `at`, the acronym its other name (`self_named`: a name
    a group gives itself, no state's forces whatever its words: "the Zagros Free Forces")."""
    start = at - len(name)
    if text[start:at] != name:
        return None
    actor_type = actor_type_for(name)  # "… Alliance Army" is a movement, not a state's army
    if self_named and actor_type in ("state_forces", "government_officials"):
        actor_type = "rebel_group"
    if actor_type == "external_other":  # "the Comando Vermelho drug gang"
        actor_type = kind_named_after(text, name) or actor_type
    entity = Entity.actor(name, ActorDetails(actor_type, aliases=(acronym,)))
    return (
        entity,
        True,
        Suggestion("actor", start, at, name, REASON, entity=entity, new_entity=True, score=0.9, layer="name shape"),
    )


_SENTENCE_END = compiled(r"[a-z\d]\.$")
"""A word that ends a sentence ("Delgado."), not an initial nor an abbreviation ("U.S.")."""


def _same_letters(words: list[str], acronym: str) -> bool:
    """Whether the capitalised words' initials are the acronym's capitals in another order (a
    name translated from the acronym's language)."""
    initials = sorted(w[0] for w in words if w[:1].isupper() and w != "The")
    return initials == sorted(c for c in acronym if c.isupper())


def _initials_fit(words: list[str], acronym: str) -> bool:
    """Whether the initials of the capitalised words are letters of the acronym, in order: the
    name of "Media Information Officer of Operation Safe Haven (OPSH)" starts at "Operation"."""
    letters = iter(c for c in acronym if c.isupper())
    return all(initial in letters for initial in (w[0] for w in words if w[:1].isupper()))


_HYPHENATED = compiled(r"[A-Z]{2,6}-[A-Z][a-z]{2,}(?![\w-])")
"""Starting with capitals (a fast scan); what stands before is checked after."""
HYPHENATED_REASON = "a name joined to an acronym"


def hyphenated_names(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """ "SSC-Khatumo", "ISIS-Khorasan": an acronym joined to a word names a group; named twice or
    more (once may be a compound of two groups), every use is that group."""
    taken = {s.quote for s in found if s.kind == "actor"}
    uses: dict[str, list[re.Match[str]]] = {}
    for match in _HYPHENATED.finditer(text):
        if not re.match(r"[\w-]", text[match.start() - 1 : match.start()]):
            uses.setdefault(match.group(), []).append(match)
    made: list[Suggestion] = []
    for name, matches in uses.items():
        if len(matches) < 2 or name in taken:
            continue
        entity = Entity.actor(name, ActorDetails(actor_type_for(name)))
        made += name_uses(text, name, matches[0].start(), HYPHENATED_REASON, entity, True)
    return made
