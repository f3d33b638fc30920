"""Who is to annotate what, on a team's database, and what each analyst did last."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Assignment:
    """One article given to one analyst (an article may be given to several, for agreement)."""

    article_id: str
    analyst: str
    done: bool = False
    assigned: str = ""
    """When it was given (ISO time)."""


@dataclass(frozen=True, slots=True)
class Activity:
    """An analyst's last step: what it was, when, and in which article."""

    analyst: str
    time: str
    label: str
    article_id: str | None
