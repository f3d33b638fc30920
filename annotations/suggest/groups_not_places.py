"""A place name that is a group's here: "the rival Zaire militia", then "The army and Zaire are the
ones who profit" and "The Zaire group did not respond" (a newcomer's Ituri article proposed Zaire,
the province of Angola, at both, and again after Zaire was tagged as an actor). A name the
article gives an armed group ("Zaire militia", "Mahmuda fighters"), or that the corpus knows as
one, is that group when it stands alone, and no place inside "the Zaire group"; after a
preposition of place ("in Zaire"), or when the place lies in the country the article's places
lie in ("Amhara militias" and the Amhara region of an article on Ethiopia), it stays a place. A country that
owns an actor named right after it ("Russia's Africa Corps said") is no place either, unless it is the text's only one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from annotations.model import ActorDetails, Entity
from annotations.suggest.groups_named_again import HEAD_AND_KIND, KINDS
from annotations.suggest.same_actor import main_country
from annotations.suggest.suggestion import Suggestion
from annotations.text.pattern_cache import compiled

_GROUPS = ("rebel_group", "political_militia", "identity_militia")
_A_GROUP_AFTER = compiled(rf"\s+(?:{KINDS}|members)\b")
_IN_A_PLACE = compiled(r"\b(?:in|of|from|near|at|to|into|across|around|outside|inside|towards?)\s+(?:the\s+)?$")
REASON = "a group's name here"


def groups_not_places(text: str, found: list[Suggestion], known: Sequence[Entity]) -> list[Suggestion]:
    """The suggestions, with each place named as a group's (see the module) the group, or dropped
    inside the group's own name."""
    found = _no_owners_of_actors(text, found)
    groups = _groups_named(found)
    corpus = {name: e for e in known if _a_group(e) for name in e.names() if name[:1].isupper()}
    if not groups and not corpus:
        return found
    home = main_country([s for s in found if s.quote not in groups and s.quote not in corpus])
    kept: list[Suggestion] = []
    for s in found:
        far = s.kind == "district" and (details := s.place_details()) is not None and details.country != home
        named, memory = (groups.get(s.quote), corpus.get(s.quote)) if far else (None, None)
        if (named is None and memory is None) or _IN_A_PLACE.search(text, max(0, s.start - 14), s.start):
            kept.append(s)
        elif _A_GROUP_AFTER.match(text, s.end):
            continue  # inside "the Zaire group": the group is named whole
        elif named is not None:
            kept.append(replace(s, kind="actor", reason=REASON, entity=named.entity, new_entity=named.new_entity,
                                attributes=None, layer=named.layer))  # fmt: skip
        else:
            kept.append(replace(s, kind="actor", reason=REASON, entity=memory, new_entity=False, attributes=None,
                                layer="memory"))  # fmt: skip
    return kept


def _groups_named(found: list[Suggestion]) -> dict[str, Suggestion]:
    named: dict[str, Suggestion] = {}
    for s in found:
        if s.kind == "actor" and s.entity is not None and _a_group(s.entity):
            head = HEAD_AND_KIND.fullmatch(s.quote)
            if head is not None:
                named.setdefault(head.group(1), s)
    return named


def _a_group(entity: Entity) -> bool:
    return isinstance(entity.details, ActorDetails) and entity.details.actor_type in _GROUPS


def _no_owners_of_actors(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """Without a country that owns an actor named right after it ("Russia's Africa Corps said": the corps
    speaks, Russia is no place of the claim: helper-301's board filed it under the Russian Federation)."""
    actors = {s.start for s in found if s.kind == "actor"}
    if sum(s.kind == "district" for s in found) < 2:
        return found  # "Somalia's al-Shabaab said it killed 12 soldiers": the one place the text gives (helper-305)
    return [
        s
        for s in found
        if not (
            s.kind == "district"
            and text.startswith(("'s ", "’s "), s.end)
            and s.end + 3 in actors
            and (details := s.place_details()) is not None
            and details.place_kind == "country"
        )
    ]
