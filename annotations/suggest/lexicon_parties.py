"""Political parties and movements by their names: "the ruling CNDD-FDD party", "the ruling
Georgian Dream party", "the Jamaat-e-Islami party", "Bukele's Nuevas Ideas party", and a person
named by their party ("Daniel Chapo of the ruling Frelimo party"). Tried among the lexicon's last
patterns (`lexicon_bodies.LAST`)."""

from __future__ import annotations

from annotations.suggest.actor_pattern import ActorPattern
from annotations.suggest.lexicon_words import NOT_A_NAME
from annotations.suggest.names import NATIONALITIES
from annotations.text.pattern_cache import compiled

PARTIES: tuple[ActorPattern, ...] = (
    ActorPattern(  # "Renamo, now the second-largest opposition party, denied…": a name its description calls a party
        compiled(
            rf"\b(?!(?:{NOT_A_NAME}|However)\b)([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){{0,3}}),\s+(?:now\s+|still\s+|then\s+)?"
            r"(?:the|a|an)\s+(?:(?!(?:of|for|in|to|at|by)\b)[\w\-]+\s+){0,3}(?:party|political\s+movement)\b"
            r"(?!\s+(?:of|for)\b)"  # not "Milica Dragović, a vice-president of the party": a member
        ),
        "external_other",
        "political party",
        group=1,
        needs=("party", "movement"),
    ),
    ActorPattern(
        compiled(
            r"\b(?:ruling|governing|opposition|main opposition|former ruling)\s+"
            rf"(?!(?:{NATIONALITIES}|Sunni|Shia|Shiite|Islamist|Christian|Muslim|Hindu|Buddhist)\s+(?:party|coalition|alliance)\b)"
            r"(?![A-Z][a-z]+(?:an|ese|ish|ic)\s+(?:party|coalition|alliance)\b)"
            r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})\s+(?:party|coalition|alliance)\b"
        ),
        "external_other",
        "political party",
        group=1,
        needs=("party", "coalition", "alliance"),
    ),
    ActorPattern(  # "the Jamaat-e-Islami party", "the Students Against Discrimination movement": by its own name
        compiled(
            r"(?<=\bthe )((?!(?:ruling|governing|opposition|Christmas|New|Year|Birthday)\b)"
            r"[A-Z][\w]+-[\w\-]+|[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,3})\s+(?:party|movement)\b"
        ),
        "external_other",
        "political party",
        group=1,
        needs=("party", "movement"),
    ),
    ActorPattern(  # "The Comunes party, formed by former FARC members, said" (helper-309's claim was the FARC's)
        compiled(
            r"(?<=\b[Tt]he )((?!(?:Christmas|New|Year|Birthday|Tea|Search|Boat|Hunting|Wedding|Dinner|Garden|"
            r"Working|Opposition|Ruling|Governing|Islamist|Islamic|Communist|Socialist|Nationalist)\b)"
            rf"(?!(?:{NATIONALITIES})\b)[A-Z][\w\-]+)\s+party(?=,\s+(?:formed|founded|created|set\s+up|which|led|made\s+up|born)\b|"
            r"\s+(?:said|says|denied|accused|claimed|condemned|called|urged|rejected)\b)"
        ),
        "external_other",
        "political party",
        group=1,
        needs=("party",),
    ),
    ActorPattern(  # "controlled by Bukele's Nuevas Ideas party": a leader's party by its name
        compiled(r"(?<=[’']s )((?!(?:ruling|governing|opposition)\b)[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})\s+party\b"),
        "external_other",
        "political party",
        group=1,
        needs=("party",),
    ),
    ActorPattern(  # "declared Daniel Chapo of the ruling Frelimo party the winner": a person by their party
        compiled(
            r"(?<![\w’'\-])((?!(?:The|In|On|At|An?|But|And|For|From|By|With|Leaders?|Members?|Supporters?)\b)"
            r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})\s+of\s+the\s+"
            r"(?:ruling|governing|opposition|main opposition|former ruling)\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3}\s+"
            r"(?:party|coalition|alliance)\b"
        ),
        "external_other",
        "person by role",
        group=1,
        needs=("party", "coalition", "alliance"),
    ),
)
"""A party by its name before the word ("the ruling CNDD-FDD party", "the opposition PTI party";
not "the opposition Tigrayan alliance", "the main opposition Kurdish party")."""

TITLE_LETTERS = (
    r"CS|PS|DC|ADC|DCP|ACP|CP|SP|SSP|ASP|DSP|IG|IGP|DIG|DGP|ADG|ADGP|SDPO|SHO|ASI|SI|CM|DCM|RPC|RC|CEO|MD|GM|PRO|MP|"
    r"MPs|MLA|MLAs|MCA|MCAs|MNA|MPA|OC|OCS|OCPD|CO|DPO|DCI|CDF|COAS|CJ|AG|DPP|RDC|DPC|NSA|VP|PM|DPM|DM|SDM|BDO|GOC"
)
"""A title's letters ("the DGP", "PM supporters"): a person's office, no group's name."""
_NO_GROUP = rf"(?:{TITLE_LETTERS}|NGOs?|IDPs?|LGBTQ?I?|HIV|AIDS|GBV|SGBV|COVID|UN|US|UK|EU|AU)\b"
"""Letters of no group whose people these are ("NGO activists", "IDP leaders")."""
MILITANTS, PEOPLE = "a group's militants", "a group's people"
"""Why the patterns below propose a group's people (`groups_letters` reads them)."""
_ITS_MILITANTS = r"youths|youth|cadres|loyalists|militants|militia|thugs|vigilantes"
"""A party's or group's people who fight for it ("ZANU-PF youths", "TMC cadres")."""
_ITS_PEOPLE = (
    r"supporters?|activists?|members?|polling\s+agents?|councill?ors?|officials?|leaders?|leadership|monitors|"
    r"observers|candidates?|legislators|lawmakers|MPs|youth\s+(?:league|wing)"
)
"""A party's or group's people who speak or suffer for it ("CCC activists", "ZPP monitors")."""
ITS_PEOPLE: tuple[ActorPattern, ...] = (
    ActorPattern(  # "About 15 ZANU-PF youths disrupted …": the party's militants
        compiled(rf"\b(?!{_NO_GROUP})[A-Z]{{2,8}}(?:-[A-Z]{{1,3}})?\s+(?:{_ITS_MILITANTS})\b"),
        "political_militia",
        MILITANTS,
        by_shape=True,
    ),
    ActorPattern(  # "three CCC activists", "ZPP monitors said", "the ZANU-PF leadership"
        compiled(rf"\b(?!{_NO_GROUP})[A-Z]{{2,8}}(?:-[A-Z]{{1,3}})?\s+(?:{_ITS_PEOPLE})\b"),
        "external_other",
        PEOPLE,
        by_shape=True,
    ),
)
"""The people of a party or a group named by its letters, which no pattern named alone."""
