"""Bodies named in full in French, Spanish or Portuguese, without an acronym after them: "The
Forces Vives de Guinée said …", "the Front National pour la Défense de la Constitution said",
"Plataforma Decide". English shapes stop at the small words ("de", "pour la"), so the speaker was
the last capitalised word ("Guinée", "Constitution").

Only names opening with a word for a body (a front, a movement, a council, a platform…) are read
so: "the Place de la Nation" and "the Hôtel de Ville" are places and buildings. A state's own
bodies, forces and guards named in Spanish or Portuguese ("the Defensoría del Pueblo", "the Fuerza
Pública", "the Guardia Indígena") and gangs named with a Spanish article are here too.
"""

from __future__ import annotations

from annotations.suggest.actor_pattern import ActorPattern
from annotations.text.pattern_cache import compiled

_HEADS = (
    r"(?:Forces|Front|Mouvement|Coordination|Collectif|Comité|Conseil|Rassemblement|Union|Alliance|Coalition|"
    r"Ligue|Fédération|Syndicat|Confédération|Association|Observatoire|Organisation|Réseau|Plateforme|Parti|"
    r"Frente|Movimiento|Consejo|Comando|Coordinadora|Asociación|Alianza|Plataforma|Partido|Observatorio|"
    r"Organización|Red|Colectivo|Federación|Confederación|Sindicato|Movimento|Conselho|Associação|Aliança|"
    r"Coligação|Organização|Observatório|Liga|Comissão|Comisión|Commission)"
)
_WORD = r"[A-Z][\w’'\-]+"
_SMALL = r"(?:de|du|des|pour|del|do|da|dos|das|para|por|et|y|e)(?:\s+(?:la|le|les|los|las|a|o))?"
_NAME = (
    rf"\b{_HEADS}(?:\s+{_WORD}){{0,2}}(?:\s+{_SMALL}\s+(?:[ld][’'])?{_WORD}(?:\s+{_WORD}){{0,2}}){{1,3}}"
    r"(?![\w’'\-]|\s*\()"
)
"""A body's word, up to two capitalised words, then one to three runs of small words and
capitalised ones: "Forces Vives de Guinée", "Front National pour la Défense de la Constitution";
not before an acronym in parentheses, whose name `acronyms` gives with it."""
ROMANCE_BODIES: tuple[ActorPattern, ...] = (
    ActorPattern(compiled(_NAME), "external_other", "organisation"),
    ActorPattern(  # "Cooperativa Nueva Vida", "Cooperativa Renacer": a peasants' body (Renacer was a place)
        compiled(rf"\b(?:Cooperativa|Coopérative|Cooperativa\s+Agrícola)(?:\s+(?:{_SMALL}\s+)?{_WORD}){{1,3}}"),
        "civilians",
        "organisation",
    ),
)
_SPANISH_NAME_GOES_ON = r"(?:\s+(?:del|de la|de los|de las|de|da|do|dos|das|y|e)?\s*[A-Z][\w’'\-]+)+"
"""The capitalised words of a body's name in Spanish or Portuguese after its first."""
STATE_BODIES_IN_SPANISH: tuple[ActorPattern, ...] = (
    ActorPattern(  # bodies named in Spanish or Portuguese: "the Defensoría del Pueblo", "Fiscalía General"
        compiled(
            r"\b(?:Defensoría|Fiscalía|Procuraduría|Contraloría|Ministerio|Policía|"
            r"Defensoria|Ministério|Polícia|Comisión|Comissão|Secretaría|Gobernación|Alcaldía|Prefeitura)"
            rf"{_SPANISH_NAME_GOES_ON}"
        ),
        "government_officials",
        "organisation",
    ),
    ActorPattern(  # "the Departamento de Policía Cauca", "the Fuerza Pública"; not the Ejército de Liberación Nacional
        compiled(
            r"\b(?:Departamento\s+de\s+Policía|Armada|Brigada|Batallón|"
            r"(?:Fuerzas?|Ejército|Exército)(?=\s+(?:Pública|Armadas|Militares|Aérea|Aeroespacial|Especiales|Navales?|"
            r"Nacional|Brasileiro|Mexicano|Argentino|de\s+(?:Tierra|Chile|Guatemala|Colombia|Venezuela|Ecuador|Perú|"
            r"Bolivia|Honduras|Nicaragua|El\s+Salvador|Paraguay))\b)(?!\s+Armadas\s+Revolucionari))"
            rf"{_SPANISH_NAME_GOES_ON}"
        ),
        "state_forces",
        "organisation",
    ),
    ActorPattern(  # "the Guardia Indígena", an unarmed guard of the communities
        compiled(r"\bGuardias?\s+(?:Indígenas?|Campesinas?|Cimarronas?)\b"),
        "identity_militia",
        "community guard",
    ),
    ActorPattern(  # gangs named with a Spanish article, in a line about gangs: "the Los Lobos and Los Tiguerones gangs"
        compiled(r"(?<=[a-z,] )(?:Los|Las)\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?"),
        "political_militia",
        "criminal group",
        needs=("gang", "cartel", "criminal"),
    ),
)
"""Bodies of a state, its forces and guards, and gangs, named in Spanish or Portuguese (tried
first among the lexicon's own patterns)."""
