"""The words of the printed documents in the event's language (a small catalogue without Qt).

The GUI's words live in Qt's .ts files; documents are rendered by the Qt-free core (the CLI
prints them too), in the language of the event, not of the desk that prints them. Messages are
keyed by their English text; :func:`words` gives a :class:`Words` for a language. Plurals follow
CLDR's rules through Babel (Lithuanian has three forms: 1 susitikimas, 2 susitikimai,
10 susitikimų) and dates are Babel's (CLDR) long formats.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

LOCALES = {"en": "en_GB", "lt": "lt_LT"}  # day-month-year English, as the venues write it

# English -> Lithuanian. A message missing here prints in English (a test keeps it complete).
LT: dict[str, str] = {
    # headers and titles
    "Personal agenda": "Asmeninė darbotvarkė",
    "Personal agendas – {event}": "Asmeninės darbotvarkės – {event}",
    "Agendas": "Darbotvarkės",
    "Programme": "Programa",
    "Time": "Laikas",
    "Table": "Stalas",
    "Meeting with": "Susitikimas su",
    "Country": "Šalis",
    "No one-to-one meetings are planned for you yet.": "Jums dar nesuplanuota dalykinių susitikimų.",
    "Break": "Pertrauka",
    "Your meetings": "Jūsų susitikimai",
    "Your meetings (continued)": "Jūsų susitikimai (tęsinys)",
    "{name} (continued)": "{name} (tęsinys)",
    "{name} · page {page} of {pages}": "{name} · {page} psl. iš {pages}",
    "Badges – {event}": "Ženkleliai – {event}",
    "Badges": "Ženkleliai",
    "Participants – {event}": "Dalyviai – {event}",
    "Participants by country": "Dalyviai pagal šalį",
    "Participants by category": "Dalyviai pagal kategoriją",
    "(none)": "(nenurodyta)",
    "{title} · page {page}": "{title} · {page} psl.",
    "page {page} of {pages}": "{page} psl. iš {pages}",
    "Master schedule": "Bendras tvarkaraštis",
    "Master schedule – {event}": "Bendras tvarkaraštis – {event}",
    "Tables {first}–{last} · ": "Stalai {first}–{last} · ",
    "Names per cell: the two participants meeting at that table in that slot. "
    "Pages run across the slots, then down the tables.": "Langelyje – du dalyviai, tuo laiku "
    "susitinkantys prie to stalo. Puslapiai eina per laiko tarpus, paskui per stalus.",
    "No slots or tables yet: nothing is scheduled.": "Dar nėra laiko tarpų ar stalų: "
    "nieko nesuplanuota.",
    "Statistics report": "Statistikos ataskaita",
    "Statistics report – {event}": "Statistikos ataskaita – {event}",
    "Statistics report · page {page} of {pages}": "Statistikos ataskaita · {page} psl. iš {pages}",
    "Key figures": "Pagrindiniai rodikliai",
    "Meetings": "Susitikimai",
    "Meeting outcomes": "Susitikimų rezultatai",
    "Agreement reached": "Pasiektas susitarimas",
    "Cooperation possible": "Galimas bendradarbiavimas",
    "Informative, no cooperation": "Informatyvus, be bendradarbiavimo",
    "Insufficient interest": "Nepakankamas susidomėjimas",
    "Held, not rated": "Įvyko, neįvertintas",
    "Did not take place": "Neįvyko",
    "Participants": "Dalyviai",
    "By country": "Pagal šalį",
    "By category": "Pagal kategoriją",
    "Others": "Kiti",
    "Check-ins and meetings": "Registracija ir susitikimai",
    "Checked in over time": "Užsiregistravusieji per laiką",
    "Meetings per participant": "Susitikimų vienam dalyviui",
    "meetings": "susitikimai",
    "Table cards – {event}": "Stalų kortelės – {event}",
    "Table cards": "Stalų kortelės",
    "Table sheet": "Stalo lapas",
    "Table sheets – {event}": "Stalų lapai – {event}",
    "Table {label}": "Stalas {label}",
    "Table {label} (continued)": "Stalas {label} (tęsinys)",
    "Table {label} · page {page} of {pages}": "Stalas {label} · {page} psl. iš {pages}",
    "Participant": "Dalyvis",
    "Took place": "Įvyko",
    "No-show": "Neatvyko",
    "No meetings at this table.": "Prie šio stalo susitikimų nėra.",
    "Table host: ______________________   "
    "Tick one box per meeting and return this sheet to the registration desk.": "Stalo "
    "šeimininkas: ______________________   Pažymėkite vieną langelį kiekvienam susitikimui "
    "ir grąžinkite lapą į registraciją.",
    "Printed {when}": "Išspausdinta {when}",
    # the report's figures
    "Countries": "Šalys",
    "Organisations": "Organizacijos",
    "Checked in": "Užsiregistravo",
    "Meetings accepted": "Priimti susitikimai",
    "Meetings scheduled": "Suplanuoti susitikimai",
    "Meetings held": "Įvykę susitikimai",
    "No-shows": "Neatvykimai",
    "on average": "vidutiniškai",
    "Accepted": "Priimti",
    "Scheduled": "Suplanuoti",
    "Held": "Įvykę",
    "{pct} % of participants": "{pct} % dalyvių",
    "{pct} % of accepted": "{pct} % priimtų",
    "Realised: {held} of {accepted} accepted meetings were held ({pct} %).": "Įvykdyta: "
    "įvyko {held} iš {accepted} priimtų susitikimų ({pct} %).",
    "Realised: no meeting requests have been accepted yet.": "Įvykdyta: dar nepriimtas nė "
    "vienas susitikimo prašymas.",
}

# Plural messages: English (one, other); Lithuanian (one, few, other) by CLDR's categories.
PLURALS: dict[str, dict[str, tuple[str, ...]]] = {
    "{n} meetings": {
        "en": ("{n} meeting", "{n} meetings"),
        "lt": ("{n} susitikimas", "{n} susitikimai", "{n} susitikimų"),
    },
    "{n} cancelled": {
        "en": ("{n} cancelled", "{n} cancelled"),
        "lt": ("{n} atšauktas", "{n} atšaukti", "{n} atšauktų"),
    },
    "{n} requests in all": {
        "en": ("{n} request in all", "{n} requests in all"),
        "lt": ("iš viso {n} prašymas", "iš viso {n} prašymai", "iš viso {n} prašymų"),
    },
    "{n} participants": {
        "en": ("{n} participant", "{n} participants"),
        "lt": ("{n} dalyvis", "{n} dalyviai", "{n} dalyvių"),
    },
}
_CATEGORIES = {"en": ("one", "other"), "lt": ("one", "few", "other")}


class Words:
    """The documents' words in one language."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LOCALES else "en"
        self.locale = Locale.parse(LOCALES[self.language])
        self._table = LT if self.language == "lt" else {}

    def __call__(self, message: str, **params: object) -> str:
        text = self._table.get(message, message)
        return text.format(**params) if params else text

    def plural(self, message: str, n: int) -> str:
        """``message`` ("{n} meetings") for ``n`` in the right plural form of the language."""
        forms = PLURALS[message][self.language]
        category = self.locale.plural_form(n)
        names = _CATEGORIES[self.language]
        index = names.index(category) if category in names else len(names) - 1
        return forms[index].format(n=n)

    def long_date(self, day: date) -> str:
        """ "14 May 2026"; "2026 m. gegužės 14 d." """
        if self.language == "en":
            return f"{day.day} {day:%B %Y}"
        return format_date(day, "long", locale=self.locale)

    def day(self, day: date) -> str:
        """ "Thursday 14 May 2026"; "2026 m. gegužės 14 d., ketvirtadienis" """
        if self.language == "en":
            return f"{day:%A} {day.day} {day:%B %Y}"
        return format_date(day, "full", locale=self.locale)

    def dates(self, a: date, b: date) -> str:
        """ "14–15 May 2026" or "30 May 2026 – 2 June 2026"; "2026 m. gegužės 14–15 d." """
        if a == b:
            return self.long_date(a)
        if self.language == "en":
            if (a.year, a.month) == (b.year, b.month):
                return f"{a.day}–{b.day} {a:%B %Y}"
            return f"{self.long_date(a)} – {self.long_date(b)}"
        if (a.year, a.month) == (b.year, b.month):
            return f"{a.year} m. {self._month(a)} {a.day}–{b.day} d."
        if a.year == b.year:
            return f"{a.year} m. {self._month(a)} {a.day} d. – {self._month(b)} {b.day} d."
        return f"{self.long_date(a)} – {self.long_date(b)}"

    def decimal(self, value: float, digits: int = 1) -> str:
        """ "12.5"; "12,5" """
        pattern = "0." + "0" * digits if digits else "0"
        return format_decimal(value, pattern, locale=self.locale)

    def _month(self, day: date) -> str:
        return format_date(day, "MMMM", locale=self.locale)  # "gegužės" (of May)

    def short_day(self, day: date) -> str:
        """A day in a table cell: "Thu 14.05"; "kt 05-14" """
        if self.language == "en":
            return f"{day:%a %d.%m}"
        return format_date(day, "EEE MM-dd", locale=self.locale)

    def day_month(self, day: date) -> str:
        """ "14.05"; "05-14" """
        return f"{day:%d.%m}" if self.language == "en" else f"{day:%m-%d}"


@lru_cache(maxsize=8)
def words(language: str) -> Words:
    return Words(language)
