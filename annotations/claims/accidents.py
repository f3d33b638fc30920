"""Accidents and disasters: a collapse, a crash, a flood, a drowning, a fire, a storm or a disease that killed with
no one to code as its doer, which gives no event row (`no_row.why_no_row`)."""

from __future__ import annotations

import re

from annotations.text.pattern_cache import compiled

ACCIDENT = "telling of an accident or a disaster, no one's violence"
"""Why "A gold mine collapsed near Dapaong, killing 12 miners" gives no row: a collapse, a flood or a
crash kills with no one to code as its doer (a row of it was violence against civilians by an
unidentified armed group)."""
_MISHAP = compiled(
    r"\b(?:mines?|pits?|shafts?|tunnels?|bridges?|buildings?|walls?|houses?|roofs?|schools?|dams?|churche?s?|mosques?|"
    r"markets?|hotels?|towers?|hillsides?|embankments?|structures?|water\s+tanks?)\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:collapsed|caved\s+in|gave\s+way)\b"
    r"|\b(?:cave-ins?|landslides?|mudslides?|rockslides?|avalanches?|earthquakes?|stampedes?)\b"
    r"(?!\s+(?:election|victory|win|vote|majority)\b)"
    r"|\b(?:(?:flash\s+)?floods?|flooding|floodwaters?)\s+(?:[\w\-]+\s+){0,3}?(?:killed|swept|hit|struck|destroyed|"
    r"submerged|inundated|washed|left)\b"
    r"|\b(?:killed|died|drowned|missing)\s+in\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:floods?|flooding|landslides?|mudslides?)\b"
    r"|\b(?:boats?|ferry|ferries|canoes?|vessels?|ships?|bus|buses|trucks?|lorry|lorries|cars?|vehicles?|minibus|trains?|"
    r"helicopters?|planes?|aircraft|jets?)\s+(?:[\w\-]+\s+){0,6}?(?:crashed|capsized|sank|overturned|derailed|plunged)\b"
    r"|\b(?:road|traffic|car|bus|boat|train|mining|industrial)\s+accidents?\b"
    r"|\b(?:road|traffic|car|bus|truck|boat|train|helicopter|plane|air|aircraft)\s+crash(?:es)?\b|\bdrowned\b"
    r"|\b(?:fire|blaze)\s+(?:broke\s+out|swept|ripped|gutted)\b|\blightning\b|\belectrocuted\b",
    re.IGNORECASE,
)
"""A thing that fell, sank, crashed or burned, a flood or a landslide: the concrete words of an accident,
not "after peace talks collapsed", "a landslide election win" nor "a flood of refugees" (helper-296)."""
_SOMEONES_VIOLENCE = compiled(
    r"\b(?:gunm[ae]n|attack\w*|assail\w*|militants?|rebels?|insurgents?|jihadists?|bandits?|fighters|shell\w*|"
    r"strikes?|airstrikes?|bomb\w*|explosi\w*|blasts?|drones?|missiles?|rockets?|artillery|mortars?|shot|shooting|"
    r"gunfire|ambush\w*|raid\w*|clash\w*|set\s+fire|arson\w*|sabot\w*|blew\s+up|detonat\w*|stormed|torch\w*|"
    r"fighting|bullets?|charges\s+that|burn(?:ed|t)\s+(?:down\s+)?(?:the|their|a)\s+(?:village|town|houses|homes|market)|"
    r"(?:as|while|when)\s+(?:[\w\-]+\s+){1,3}(?:killed|attacked|shot|fired)|"
    r"abduct\w*|kidnap\w*|massacre\w*|shot\s+down|downed|(?:land)?mines?\s+(?:planted|laid)|executed|executions?|"
    r"behead\w*|lynch\w*|beat|beaten|beating|hacked|stabbed|tortured|burned\s+alive|opened\s+fire|fired|"
    r"(?:forced|pushed|threw|thrown)\s+(?:(?!(?:cars?|vehicles?|bus(?:es)?|minibus(?:es)?|trucks?|lorr(?:y|ies)|ferry|"
    r"ferries|boats?|canoes?|motorcycles?|debris|it)\b)[\w\-]+\s+){1,4}?(?:into|off))\b"
    r"|(?<![Aa]\s)(?<![Tt]he\s)(?<!cease-)(?<!caught\s)\bfire\b"  # "hit by JNIM fire", not "a cease-fire"
    r"(?!\s+(?:broke|swept|ripped|gutted|spread|started|crews?|fighters?|services?|brigades?|departments?|engines?|"
    r"trucks?|officials?))",
    re.IGNORECASE,
)
"""Words of someone's violence beside a collapse or a crash ("the bridge collapsed after rebels blew it up",
"the helicopter crashed after it was hit by JNIM fire", "JNIM beheaded 4 fishermen whose boat capsized"):
then it is an event."""
_DISEASES = r"(?:cholera|measles|malaria|ebola|mpox|dengue|meningitis|typhoid|diphtheria|anthrax|disease)"
_DISASTERS = (
    r"(?:storm|cyclone|hurricane|typhoon|tornado|heatwave|rain|famine|drought)s?|(?:fire|blaze)\s+tore|hunger|starvation"
    rf"|{_DISEASES}(?:\s+(?:outbreak|epidemic)s?)?"
)
_DISASTER_FIRST = compiled(
    r"^(?:(?:On|In|At|Late|Early|Overnight)\b[^,]{0,40},\s+)?"
    r"(?:(?i:(?:a|an|the)\s+)?(?i:(?:heavy|torrential|severe|powerful|deadly|tropical|massive|huge|large|sudden|"
    rf"violent)\s+)*(?:{_DISASTERS})|(?i:{_DISASTERS}))"  # small letters but first: "The Storm Brigade" a name
    r"(?!\s+(?i:of|jets?|troops|brigades?|units?|forces|fighters|squads?|strikers?|strikes?|protest\w*|victims|"
    r"relief|refugees|workers|camps?|games)\b)"
    r"(?:\s+[\w\-]+){0,3}?\s+(?:killed|swept|hit|struck|destroyed|lashed|battered|flattened|caused|left|has\s+killed|"
    r"had\s+killed|through)\b"
)
"""A disaster that is the subject of the claim: "A storm struck Dapaong on Friday, killing five people", "heavy rains
caused a bridge to collapse", "A cholera outbreak in Nadjoundi has killed 12 people", "A fire tore through the central
market" (helper-329's rows of attacks and clashes); not where it is only the time or the setting ("JNIM killed 11
soldiers after heavy rains left the roads impassable", "amid a measles epidemic"), a name ("Operation Storm", "Tornado
jets", "Storm troops") nor "a storm of bullets" (helper-333's review)."""
_NAMED_STORM = compiled(
    r"(?<!Operation )\b(?:Cyclone|Hurricane|Typhoon|Tropical\s+Storm)\s+"
    r"(?!(?:Brigade|Battalion|Squadron|Shield|Unit|Force|Jets?|Helicopters?|Fighters?)\b)[A-Z][a-z]+"
    r"(?:,?\s+[\w\-]+){0,12}?,?\s+(?:killed|killing|left\s+\d+\s+dead)\b"
)
"""A storm with its name, what killed ("Cyclone Chido, which struck the coast in December, killing 120 people",
"Hurricane Priscilla, which hit the coast …, killed three people": helper-334's attack rows); not a unit named so ("The
Cyclone Brigade killed 12"), nor a storm that is only the time or the setting ("days after Cyclone Chido hit the
region", "victims of Cyclone Chido": helper-335's review)."""
_DIED_OF = compiled(rf"\b(?:died|deaths?|killed)\s+(?:of|from|by)\s+(?:{_DISEASES}|hunger|starvation)\b")
_A_KILLING = compiled(r"\b(?:kill\w*|protest\w*|riot\w*|demonstrat\w*|march\w*)\b", re.IGNORECASE)
"""Beside deaths of a disease, a killing or a protest that is the claim's event ("JNIM killed 7 soldiers …, and deaths
from hunger … rose to 40", "Police killed 2 men during a protest over deaths from cholera")."""
_OF_EVENTS_ONLY = ("casualties", "other")


def an_accident(quote: str, claim_type: str = "casualties") -> bool:
    """A claim of deaths by a collapse, a flood, a crash, a fire, a storm, a disease or hunger that tells of no one's
    violence (not one of territory: "took control of Dapaong after JNIM's defences collapsed")."""
    if claim_type not in _OF_EVENTS_ONLY or _SOMEONES_VIOLENCE.search(quote):
        return False
    disease = _DIED_OF.search(quote) is not None and not _A_KILLING.search(_DIED_OF.sub(" ", quote))
    first = _DISASTER_FIRST.match(quote.lstrip())
    return bool(_MISHAP.search(quote) or first or _NAMED_STORM.search(quote)) or disease
