"""The data model: articles, annotations and entities as validated, immutable records.

Every record converts to and from plain JSON-ready dicts (`to_dict`/`from_dict`), which is
the shape the store writes and the exports build on. Constructors validate, so a record that
exists is a record that obeys DESIGN.md. The vocabulary (kinds, statuses, types) is in
`vocabulary`; each record has its own module; everything is importable from here.
"""

from annotations.model.annotation import Annotation, accepted_within, check_span
from annotations.model.article import Article
from annotations.model.attributes import (
    ATTRIBUTE_CLASSES,
    ActorAttributes,
    Attributes,
    ClaimAttributes,
    ClaimLink,
    DistrictAttributes,
    Grade,
)
from annotations.model.entity import CODE_SCHEME, ActorDetails, Entity, PlaceDetails
from annotations.model.identity import article_id_for, new_id, now_iso, text_sha256
from annotations.model.vocabulary import (
    ACTOR_TYPES,
    ANNOTATION_STATUSES,
    ARTICLE_STATUSES,
    CERTAINTIES,
    CLAIM_TYPES,
    CONTEXT_CHARS,
    CONTROL_STATUSES,
    CREDIBILITIES,
    ENTITY_KINDS,
    EVENT_SUB_TYPES,
    EVENT_TYPES,
    KINDS,
    LINK_TYPES,
    PLACE_KINDS,
    RELIABILITIES,
    ActorType,
    AnnotationStatus,
    ArticleStatus,
    Certainty,
    ClaimType,
    ControlStatus,
    EntityKind,
    Kind,
    LinkType,
    PlaceKind,
    Reliability,
    toggled_done,
)

__all__ = [
    "ACTOR_TYPES",
    "ANNOTATION_STATUSES",
    "ARTICLE_STATUSES",
    "ATTRIBUTE_CLASSES",
    "CERTAINTIES",
    "CLAIM_TYPES",
    "CODE_SCHEME",
    "CONTEXT_CHARS",
    "CONTROL_STATUSES",
    "CREDIBILITIES",
    "ENTITY_KINDS",
    "EVENT_SUB_TYPES",
    "EVENT_TYPES",
    "KINDS",
    "LINK_TYPES",
    "PLACE_KINDS",
    "RELIABILITIES",
    "ActorAttributes",
    "ActorDetails",
    "ActorType",
    "Annotation",
    "AnnotationStatus",
    "Article",
    "ArticleStatus",
    "Attributes",
    "Certainty",
    "ClaimAttributes",
    "ClaimLink",
    "ClaimType",
    "ControlStatus",
    "DistrictAttributes",
    "Entity",
    "EntityKind",
    "Grade",
    "Kind",
    "LinkType",
    "PlaceDetails",
    "PlaceKind",
    "Reliability",
    "accepted_within",
    "article_id_for",
    "check_span",
    "new_id",
    "now_iso",
    "text_sha256",
    "toggled_done",
]  # fmt: skip
