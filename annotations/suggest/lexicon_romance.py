"""Bodies named in full in French, Spanish or Portuguese, without an acronym after them: "The
Forces Vives de Guinée said …", "the Front National pour la Défense de la Constitution said",
"Plataforma Decide". English shapes stop at the small words ("de", "pour la"), so the speaker was
the last capitalised word ("Guinée", "Constitution").

Only names opening with a word for a body (a front, a movement, a council, a platform…) are read
so: "the Place de la Nation" and "the Hôtel de Ville" are places and buildings.
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
ROMANCE_BODIES: tuple[ActorPattern, ...] = (ActorPattern(compiled(_NAME), "external_other", "organisation"),)
