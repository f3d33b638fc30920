"""The checks every record runs when built: a record that exists obeys the data model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from annotations.errors import ValidationError
from annotations.text.normalize import clean_line, clean_note

T = TypeVar("T")


def check_choice(value: Any, allowed: tuple[T, ...], what: str) -> T:
    if value not in allowed:
        options = ", ".join(str(a) for a in allowed)
        raise ValidationError(f"{what} must be one of {options}; got {value!r}")
    return cast(T, value)


def check_text(value: Any, what: str, *, empty: bool = True) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{what} must be text; got {type(value).__name__}")
    if not empty and not value.strip():
        raise ValidationError(f"{what} must not be empty")
    return value


def check_optional_text(value: Any, what: str) -> str | None:
    return None if value is None else check_text(value, what)


def check_ids(values: Any, what: str) -> tuple[str, ...]:
    if not isinstance(values, (list, tuple)):
        raise ValidationError(f"{what} must be a list of ids")
    return tuple(check_text(v, what, empty=False) for v in values)


def clean_fields(
    record: Any,
    what: dict[str, str],
    *,
    notes: tuple[str, ...] = (),
    required: tuple[str, ...] = (),
    optional: tuple[str, ...] = (),
) -> None:
    """Give `record` (a frozen dataclass) its text fields normalised: one-line fields (`what`:
    field -> name for messages) with no control character, bidi override or line break; `notes`
    the same but keeping line breaks. A `required` field left empty is refused; only `optional`
    ones may be None. Every string from outside passes here, whichever way it came in."""
    for field, name in what.items():
        value = getattr(record, field)
        if value is None and field in optional:
            continue
        cleaned = clean_note(check_text(value, name)) if field in notes else clean_line(check_text(value, name))
        if field in required and not cleaned:
            raise ValidationError(f"{name} must not be empty")
        if cleaned is not value:
            object.__setattr__(record, field, cleaned)


def check_mapping(value: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(f"{what} must be an object")
    return value
