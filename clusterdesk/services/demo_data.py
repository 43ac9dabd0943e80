"""Names, organisations and programme for the demo event (real diacritics of the region)."""

from __future__ import annotations

# country: (male first names, female first names, male surnames, female surnames or None, cities)
PEOPLE: dict[str, tuple[list[str], list[str], list[str], list[str] | None, list[str]]] = {
    "Lithuania": (
        ["Kęstutis", "Giedrius", "Mantas", "Žygimantas", "Tomas", "Audrius", "Vytautas", "Šarūnas",
         "Rimantas", "Dovydas", "Linas", "Mindaugas"],
        ["Jolanta", "Rūta", "Eglė", "Ieva", "Gintarė", "Aušra", "Dalia", "Živilė", "Neringa",
         "Agnė", "Vaida", "Indrė"],
        ["Šetkus", "Bagušinskas", "Kazlauskas", "Jankauskas", "Petrauskas", "Žukauskas",
         "Vaitkus", "Paulauskas", "Butkus", "Navickas", "Grigonis", "Šimkus"],
        ["Aviženytė", "Kazlauskienė", "Jankauskaitė", "Petrauskienė", "Žukauskaitė", "Vaitkienė",
         "Paulauskaitė", "Butkienė", "Navickaitė", "Grigonienė", "Šimkutė", "Mockutė"],
        ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys"],
    ),
    "Latvia": (
        ["Jānis", "Andris", "Mārtiņš", "Kārlis", "Edgars", "Raimonds", "Gatis", "Valdis"],
        ["Aiga", "Ilze", "Līga", "Inese", "Dace", "Kristīne", "Zane", "Baiba"],
        ["Ģērmanis", "Bērziņš", "Kalniņš", "Ozoliņš", "Liepiņš", "Krūmiņš", "Zariņš", "Vītols"],
        ["Irmeja", "Bērziņa", "Kalniņa", "Ozoliņa", "Liepiņa", "Krūmiņa", "Zariņa", "Vītola"],
        ["Rīga", "Jelgava", "Ventspils", "Liepāja", "Daugavpils"],
    ),
    "Estonia": (
        ["Märt", "Tõnu", "Jüri", "Priit", "Rein", "Ülo", "Andres", "Kalev"],
        ["Doris", "Kädi", "Triin", "Maarja", "Piret", "Kersti", "Ülle", "Liis"],
        ["Pold", "Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Õun", "Rebane", "Pärn"],
        None,
        ["Tallinn", "Tartu", "Pärnu", "Narva"],
    ),
    "Finland": (
        ["Jääkko", "Mikko", "Väinö", "Antti", "Pekka", "Ville"],
        ["Päivi", "Sanna", "Tiina", "Elina", "Hannele", "Sirkka"],
        ["Mäkinen", "Virtanen", "Häkkinen", "Järvinen", "Lähteenmäki", "Nieminen", "Kärkkäinen"],
        None,
        ["Helsinki", "Tampere", "Turku", "Oulu"],
    ),
    "Sweden": (
        ["Björn", "Lars", "Anders", "Göran", "Ulf", "Håkan"],
        ["Åsa", "Karin", "Märta", "Ingrid", "Linnéa", "Sofia"],
        ["Lindström", "Åberg", "Söderberg", "Nyström", "Ekström", "Håkansson", "Löfgren"],
        None,
        ["Stockholm", "Göteborg", "Malmö", "Umeå"],
    ),
    "Norway": (
        ["Øystein", "Håvard", "Sigurd", "Bjørn", "Ørjan"],
        ["Åse", "Solveig", "Ingrid", "Ragnhild", "Siri"],
        ["Ødegård", "Bråten", "Sæther", "Løvås", "Hægeland", "Strøm"],
        None,
        ["Oslo", "Bergen", "Trondheim"],
    ),
    "Denmark": (
        ["Søren", "Jørgen", "Mads", "Rasmus", "Anders"],
        ["Mette", "Sørine", "Birgitte", "Karen", "Signe"],
        ["Kjær", "Møller", "Sørensen", "Østergaard", "Jørgensen", "Læsø"],
        None,
        ["København", "Aarhus", "Odense", "Aalborg"],
    ),
    "Iceland": (
        ["Þórður", "Guðmundur", "Ólafur", "Ævar", "Sigurður"],
        ["Þórunn", "Guðrún", "Sólveig", "Ásdís", "Hildur"],
        ["Sigurðsson", "Guðmundsson", "Ólafsson", "Þórðarson"],
        ["Sigurðardóttir", "Guðmundsdóttir", "Ólafsdóttir", "Þórðardóttir"],
        ["Reykjavík", "Akureyri"],
    ),
    "Germany": (
        ["Jürgen", "Björn", "Günther", "Matthias", "Jörg", "Tobias"],
        ["Jürgen", "Käthe", "Anneliese", "Sabine", "Jülide", "Franziska"][1:],
        ["Groß", "Müller", "Schäfer", "Weiß", "Köhler", "Bäcker", "Straße", "Lüdtke"],
        None,
        ["Hamburg", "Kiel", "Rostock", "Lübeck", "Berlin"],
    ),
    "Poland": (
        ["Łukasz", "Paweł", "Grzegorz", "Wojciech", "Michał", "Zbigniew"],
        ["Katarzyna", "Małgorzata", "Agnieszka", "Żaneta", "Joanna", "Bożena"],
        ["Kowalski", "Wiśniewski", "Wójcik", "Zieliński", "Szymański", "Dąbrowski", "Łukaszewski"],
        ["Kowalska", "Wiśniewska", "Wójcik", "Zielińska", "Szymańska", "Dąbrowska", "Łukaszewska"],
        ["Gdańsk", "Szczecin", "Gdynia", "Olsztyn"],
    ),
    "Ukraine": (
        ["Олександр", "Дмитро", "Андрій", "Сергій", "Юрій"],
        ["Олена", "Наталія", "Ірина", "Оксана", "Юлія"],
        ["Фесенко", "Шевченко", "Коваленко", "Бондаренко", "Мельник", "Ткаченко"],
        None,
        ["Київ", "Львів", "Одеса"],
    ),
    "Greece": (
        ["Γιώργος", "Νίκος", "Δημήτρης"],
        ["Ελένη", "Μαρία", "Σοφία"],
        ["Παπαδόπουλος", "Οικονόμου"],
        ["Παπαδοπούλου", "Οικονόμου"],
        ["Αθήνα", "Θεσσαλονίκη"],
    ),
}  # fmt: skip

# Relative weight of each country among participants (the host country is the largest).
COUNTRY_WEIGHTS = {
    "Lithuania": 30, "Latvia": 12, "Estonia": 10, "Finland": 8, "Sweden": 8, "Poland": 8,
    "Germany": 7, "Norway": 4, "Denmark": 5, "Iceland": 2, "Ukraine": 4, "Greece": 2,
}  # fmt: skip

SECTORS = ["Laser", "ICT", "Biotech", "Wood & Furniture", "Food Tech", "Cleantech", "Smart Grid",
           "Maritime", "Health Tech", "Mechatronics", "Creative Industries", "Photonics",
           "Hydrogen", "Textile", "Fintech", "Agritech"]  # fmt: skip
ORG_PATTERNS = ["{city} {sector} Cluster", "{sector} Innovation Hub {city}",
                "{country} {sector} Association", "{city} Science Park", "{sector} Valley {city}",
                "{surname} & Partners", "{surname} {company}", "{surname} Solutions"]  # fmt: skip
COMPANY_FORMS = {
    "Lithuania": "UAB", "Latvia": "SIA", "Estonia": "OÜ", "Finland": "Oy", "Sweden": "AB",
    "Norway": "AS", "Denmark": "ApS", "Iceland": "ehf.", "Germany": "GmbH",
    "Poland": "Sp. z o.o.", "Ukraine": "ТОВ", "Greece": "Α.Ε.",
}  # fmt: skip

# For demo e-mail addresses (ASCII local parts) of Cyrillic and Greek names.
TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "",
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
})  # fmt: skip

CATEGORIES = [
    ("Cluster manager", "#1f6feb", 30),
    ("Company", "#1a7f37", 40),
    ("Research", "#8250df", 12),
    ("Public authority", "#bf8700", 8),
    ("Investor", "#d1242f", 4),
    ("Press", "#6e7781", 3),
    ("Organiser", "#0a7ea4", 3),
]

ATTENTION = ["VIP — welcome by the host", "Press — give the press pack", "Needs an interpreter (LT)",
             "Speaker — green room at 10:30", "Wheelchair user — ground-floor table"]  # fmt: skip

PROGRAMME = [
    ("08:30", "09:30", "Registration and welcome coffee", "Foyer"),
    ("09:30", "10:00", "Opening: Baltic clusters in a changing Europe", "Main hall"),
    ("10:00", "11:00", "Keynote: Smart specialisation across the Baltic Sea region", "Main hall"),
    ("11:00", "11:30", "Coffee break", "Foyer"),
    ("11:30", "12:30", "Panel: Cross-border value chains", "Main hall"),
    ("12:30", "13:00", "Lunch", "Restaurant"),
    ("13:00", "17:20", "B2B matchmaking (one-to-one meetings)", "Hall B"),
    ("17:30", "19:00", "Networking reception", "Terrace"),
]
