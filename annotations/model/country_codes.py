"""A country's ISO 3166-1 code from its name as written: a place typed in by hand, or one only the
text knows, has a country but no codes, and tables and event rows still need the code."""

from __future__ import annotations

from functools import cache


@cache
def country_code(country: str) -> str:
    """The alpha-2 code of a country named as written ("Pakistan", "Russian Federation"), or ""."""
    import pycountry

    try:
        return str(pycountry.countries.lookup(country).alpha_2) if country else ""
    except LookupError:
        return ""
