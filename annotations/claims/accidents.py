"""Accidents and disasters: a collapse, a crash, a flood, a drowning or a fire that killed with no one to
code as its doer, which gives no event row (`no_row.why_no_row`)."""

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
    r"(?:collapsed|caved\s+in|gave\s+way|to\s+collapse)\b"
    r"|\b(?:cave-ins?|landslides?|mudslides?|rockslides?|avalanches?|earthquakes?|stampedes?)\b"
    r"(?!\s+(?:election|victory|win|vote|majority)\b)"
    r"|\b(?:(?:flash\s+)?floods?|flooding|floodwaters?)\s+(?:[\w\-]+\s+){0,3}?(?:killed|swept|hit|struck|destroyed|"
    r"submerged|inundated|washed|left)\b"
    r"|\b(?:killed|died|drowned|missing)\s+in\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:floods?|flooding|landslides?|mudslides?)\b"
    r"|\b(?:boats?|ferry|ferries|canoes?|vessels?|ships?|bus|buses|trucks?|lorry|lorries|cars?|vehicles?|minibus|trains?|"
    r"helicopters?|planes?|aircraft|jets?)\s+(?:[\w\-]+\s+){0,6}?(?:crashed|capsized|sank|overturned|derailed|plunged)\b"
    r"|\b(?:road|traffic|car|bus|boat|train|mining|industrial)\s+accidents?\b"
    r"|\b(?:road|traffic|car|bus|truck|boat|train|helicopter|plane|air|aircraft)\s+crash(?:es)?\b|\bdrowned\b"
    r"|\b(?:fire|blaze)\s+(?:broke\s+out|swept|ripped|gutted|tore)\b|\blightning\b|\belectrocuted\b"
    r"|\b(?:cholera|measles|malaria|ebola|mpox|dengue|meningitis|typhoid|diphtheria|anthrax|disease)\s+"
    r"(?:outbreaks?|epidemics?|has\s+killed|had\s+killed|killed)\b"
    r"|\b(?:died|deaths?|killed)\s+(?:of|from|by)\s+(?:cholera|measles|malaria|ebola|mpox|dengue|meningitis|typhoid|"
    r"diphtheria|anthrax|disease|hunger|starvation)\b"
    r"|\b(?:storms?|cyclones?|hurricanes?|typhoons?|tornado(?:es)?|(?:heavy|torrential)\s+rains?|heatwaves?)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:killed|swept|hit|struck|destroyed|lashed|battered|flattened|caused|left)\b",
    re.IGNORECASE,
)
"""A thing that fell, sank, crashed or burned, a flood, a landslide, a storm or a disease: the concrete words of an
accident or a disaster, not "after peace talks collapsed", "a landslide election win" nor "a flood of refugees"
(helper-296); "heavy rains caused a bridge to collapse", "A cholera outbreak … has killed 12", "A fire tore through
the central market", "A storm struck Dapaong" (helper-329's rows of armed clashes and attacks)."""
_SOMEONES_VIOLENCE = compiled(
    r"\b(?:gunm[ae]n|attack\w*|assail\w*|militants?|rebels?|insurgents?|jihadists?|bandits?|fighters|shell\w*|"
    r"strikes?|airstrikes?|bomb\w*|explosi\w*|blasts?|drones?|missiles?|rockets?|artillery|mortars?|shot|shooting|"
    r"gunfire|ambush\w*|raid\w*|clash\w*|set\s+fire|arson\w*|sabotage\w*|blew\s+up|detonat\w*|stormed|"
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
_OF_EVENTS_ONLY = ("casualties", "other")


def an_accident(quote: str, claim_type: str = "casualties") -> bool:
    """A claim of deaths by a collapse, a flood, a crash or a fire that tells of no one's violence (not one
    of territory: "took control of Dapaong after JNIM's defences collapsed")."""
    return claim_type in _OF_EVENTS_ONLY and bool(_MISHAP.search(quote)) and not _SOMEONES_VIOLENCE.search(quote)
