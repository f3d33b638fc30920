"""Regions news names that no country's list of divisions holds: across countries ("Sahel",
"Horn of Africa"), or of one country that its lists split into provinces ("Darfur", "Kordofan").
Built in with the other places (`builtin_places`).
"""

from __future__ import annotations

REGIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Central Asia", ()),
    ("South Asia", ()),
    ("Middle East", ("Near East",)),
    ("Sahel", ()),
    ("Horn of Africa", ()),
    ("West Africa", ()),
    ("East Africa", ()),
    ("North Africa", ()),
    ("Caucasus", ("South Caucasus", "North Caucasus")),
    ("Balkans", ("Western Balkans",)),
    ("Levant", ()),
    ("Donbas", ("Donbass",)),
    ("Gaza Strip", ()),
    ("West Bank", ()),
    ("Kashmir", ()),
    ("Kurdistan", ()),
    ("Tigris", ()),
    ("Euphrates", ()),
    ("Shatt al-Arab", ("Shatt al Arab", "Arvand Rud")),
    ("Dnieper", ()),  # not "Dnipro": the city's name first
    ("Danube", ()),
    ("Mekong", ()),
    ("Salween", ()),
    ("Brahmaputra", ()),
    ("Orontes", ()),
    ("Litani", ()),
    ("Zambezi", ()),
    ("Ubangi", ()),
    ("Red Sea", ()),
    ("Gulf of Aden", ()),
    ("Bab el-Mandeb", ("Bab al-Mandab", "Bab-el-Mandeb", "Bab al-Mandeb", "Bab el Mandeb")),
    ("Strait of Hormuz", ()),
    ("Black Sea", ()),
    ("Sea of Azov", ()),
    ("Mediterranean", ("Mediterranean Sea",)),
    ("Cape of Good Hope", ()),
)
"""Regions news names that no country list holds, the great rivers they fight along ("the
Tigris and Euphrates", "the Shatt al-Arab", "the Dnipro") and the seas and straits ships are
attacked in ("a bulk carrier in the southern Red Sea" was Sudan's Red Sea state), all of kind
"other"."""

REGIONS_OF_A_COUNTRY: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Darfur", "SD", ()),
    ("Kordofan", "SD", ("Kurdufan",)),
    ("Nuba Mountains", "SD", ()),
    ("Sinai", "EG", ("Sinai Peninsula",)),
    ("South Ossetia", "GE", ("Tskhinvali Region", "Republic of South Ossetia")),
    ("Transnistria", "MD", ("Pridnestrovie", "Transdniestria")),
    ("Nagorno-Karabakh", "AZ", ()),
    ("Somaliland", "SO", ()),
    ("Puntland", "SO", ()),
    ("Jubaland", "SO", ()),
    ("Galmudug", "SO", ()),
    ("Hirshabelle", "SO", ()),
    ("Niger Delta", "NG", ()),
    ("Galilee", "IL", ("Upper Galilee", "Western Galilee", "Lower Galilee")),
    ("Bangsamoro Autonomous Region in Muslim Mindanao", "PH", ("BARMM", "Bangsamoro Autonomous Region")),
)
"""Regions of one country that its lists split into provinces ("fighting shifted west to the
Kordofan region", "the road linking Khartoum to Darfur"): kind "other", in that country, with
no province (a newcomer's Kordofan was put in North Darfur, and "to Darfur" proposed nothing);
and regions a country's lists do not hold that rule themselves (South Ossetia, Transnistria,
Somaliland and Somalia's member states: "South Ossetia" was proposed nowhere)."""
