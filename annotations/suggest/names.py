"""Names news uses for armed groups, international bodies, outlets, nationalities and
communities, each list as one trie regex (`names_trie`): the lexicon's patterns and the place
recognisers are built on them.
"""

from __future__ import annotations

import re


def names_trie(names: str) -> str:
    """One regex for a ";"-separated list of names, as a trie of their letters: the engine walks
    shared beginnings once instead of trying each of 150 names at every position, and a longer
    name is preferred to its prefix ("Islamic State Sahel Province" to "Islamic State")."""
    trie: dict[str, dict] = {}
    for name in (n.strip() for n in names.split(";")):
        node = trie
        for letter in name:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _branch(trie) if trie else "(?!)"


def _branch(node: dict[str, dict]) -> str:
    options = [re.escape(letter) + _branch(child) for letter, child in sorted(node.items()) if letter]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
    return f"(?:{body})?" if "" in node else body


ARMED_GROUPS = names_trie(
    """Taliban; Islamic State; ISIS; ISIL; IS-K; ISKP; Daesh; al-Qaeda; al-Qaida; Al-Qaeda; al-Shabaab;
    Al-Shabaab; Boko Haram; Hezbollah; Hamas; Houthis; Houthi rebels; Houthi movement; Houthi forces; Houthi fighters; Ansar Allah; JNIM; Wagner Group; Wagner;
    Haqqani network; Tehrik-i-Taliban Pakistan; TTP; PKK; YPG; SDF; Syrian Democratic Forces; HTS;
    Hayat Tahrir al-Sham; M23; ADF; Janjaweed; Rapid Support Forces; RSF; Northern Alliance;
    National Resistance Front; Islamic Jihad; Palestinian Islamic Jihad; Ansar Dine; Lashkar-e-Taiba; Jaish-e-Mohammed; Azov;
    Jama'at Nusrat al-Islam wal-Muslimin; Jama’at Nusrat al-Islam wal-Muslimin; Jamaat Nusrat al-Islam wal-Muslimin;
    Islamic State Sahel Province; Islamic State West Africa Province; Islamic State Mozambique Province;
    Islamic State Khorasan Province; ISWAP; ISSP; Arakan Army; TNLA; MNDAA; FDLR; CODECO; ELN; FARC"""
)
FOREIGN = names_trie(
    """NATO; United Nations; UN; UNAMA; MINUSMA; African Union; European Union; EU; ICRC; Red Cross;
    Médecins Sans Frontières; Medecins Sans Frontieres; MSF; Doctors Without Borders; Save the Children;
    Amnesty International; Oxfam; UNICEF; UNHCR; WFP; OCHA; IOM"""
)
OUTLETS = names_trie(
    """Reuters; AFP; Agence France-Presse; Associated Press; BBC; CNN; Al Jazeera; TOLOnews; Tolo News;
    Pajhwok; Pajhwok Afghan News; Khaama Press; Tasnim; Tasnim News Agency; Ariana News; Xinhua; TASS;
    RIA Novosti; Interfax; Ukrinform; Kyiv Independent; New York Times; Washington Post; Guardian;
    Voice of America; VOA; Radio Free Europe; RFE/RL; Amaq; Anadolu; Anadolu Agency; Fars News Agency;
    IRNA; Dawn; Bakhtar News Agency; Shamshad TV; 1TV; Al Arabiya; SANA; Sky News; Deutsche Welle; DW;
    Radio Free Asia; Radio Okapi; Radio Dabanga; Lusa; Garowe Online; Caracol Radio; Irrawaddy; Mizzima"""
)
NATIONALITY_NAMES = """Afghan; American; U.S.; US; British; French; German; Russian; Ukrainian; Syrian; Iraqi; Iranian;
    Pakistani; Indian; Chinese; Turkish; Israeli; Palestinian; Malian; Nigerian; Somali; Sudanese;
    Ethiopian; Eritrean; Yemeni; Saudi; Kurdish; Lebanese; Libyan; Egyptian; Burkinabe; Nigerien; Chadian;
    Congolese; Tajik; Uzbek; Turkmen; Kazakh; Georgian; Armenian; Azerbaijani; Belarusian; Polish; Jordanian;
    Qatari; Emirati; Afghan and U.S.; NATO; UN; Western; coalition; Coalition; foreign; Foreign;
    Rwandan; Burundian; Ugandan; Kenyan; Tanzanian; Mozambican; Zimbabwean; South African; Angolan; Cameroonian;
    Beninese; Togolese; Ghanaian; Ivorian; Senegalese; Mauritanian; Algerian; Moroccan; Tunisian; South Sudanese;
    Central African; Colombian; Venezuelan; Mexican; Haitian; Burmese; Myanmar; Thai; Bangladeshi; Filipino;
    Indonesian; Bahraini; Omani; Kuwaiti; Israeli; Serbian; Kosovar; Bosnian; Moldovan; Chechen; Dagestani"""
NATIONALITIES = names_trie(NATIONALITY_NAMES)


COMMUNITY = (
    r"Yazidi|Kurdish|Rohingya|Hazara|Pashtun|Tuareg|Fulani|Peul|Alawite|Druze|Christian|Muslim|Shia|Shiite|Sunni|"
    r"Tigrayan|Amhara|Oromo|Masalit|Dinka|Nuer|Lendu|Hema|Banyamulenge|Baloch|Uyghur|Karen|Kachin|Dogon|Bambara|"
    r"Meitei|Kuki-Zo|Kuki|Naga"
)
"""Communities news names as actors: their people and fighters ("Yazidi families", "Dogon militias")."""
COMMUNITIES = (
    r"Yazidis|Kurds|Hazaras|Pashtuns|Tuaregs|Alawites|Christians|Tigrayans|Uyghurs|Rohingya refugees|Palestinians|"
    r"Israelis"
)
"""The same, in the plural on their own ("200,000 Yazidis remain displaced")."""
COMMUNITY_WORDS = (*(word.lower() for word in COMMUNITY.split("|")), "palestinians", "israelis")
