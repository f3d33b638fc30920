"""The words of a compass point ("north", "south-east", "northwest"), which the readings of control,
the places of claims and the place suggestions all use to tell where one place lies from another
(one spelling of them, so that a point one reader knows the others know too)."""

from __future__ import annotations

COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?"
"""A compass point: "north", "south-east", "northwest" (patterns using it are case-blind or lowercase)."""
