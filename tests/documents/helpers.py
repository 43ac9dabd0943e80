"""Helpers for the document tests: sample names from every script, geometry."""

from __future__ import annotations

from clusterdesk.core.badge_codes import new_code
from clusterdesk.documents.badges import BadgeRecord

MM = 72 / 25.4  # points per millimetre

# (first name, last name, organisation, country) from every country and script of the region.
PEOPLE = [
    ("Kęstutis", "Šetkus", "Lietuvos inovacijų centras", "Lithuania"),
    ("Giedrius", "Bagušinskas", "Kauno technologijos parkas", "Lithuania"),
    ("Jolanta", "Aviženytė", "Vilniaus klasteris", "Lithuania"),
    ("Aiga", "Irmeja", "Latvijas IT klasteris", "Latvia"),
    ("Ģirts", "Ģērmanis", "Rīgas Tehniskā universitāte", "Latvia"),
    ("Doris", "Pold", "Tartu Teaduspark", "Estonia"),
    ("Tõnu", "Õunapuu", "Jõgeva Äriklaster", "Estonia"),
    ("Katarzyna", "Kowalska", "Pomorski Park Naukowo-Technologiczny", "Poland"),
    ("Łukasz", "Żółkiewski", "Gdańska Fundacja Przedsiębiorczości", "Poland"),
    ("Олена", "Фесенко", "Київський кластер ІТ", "Україна"),
    ("Jürgen", "Groß", "Clustermanagement Süd GmbH", "Germany"),
    ("Åsa", "Ødegård", "Nordic Cleantech Cluster", "Norway"),
    ("Søren", "Kjærgaard", "Væksthus Midtjylland", "Denmark"),
    ("Päivi", "Räsänen", "Jyväskylän Yrityskehitys Oy", "Finland"),
    ("Þórunn", "Sigurðardóttir", "Nýsköpunarmiðstöð Íslands", "Iceland"),
    ("Ελένη", "Παπαδοπούλου", "Ελληνικό Σύμπλεγμα Καινοτομίας", "Greece"),
    (
        "Maximiliane-Friederike",
        "von Hohenzollern-Sigmaringen",
        "Baltic Innovation Agency for Sustainable Industrial Clusters and Smart Specialisation Strategies",
        "Germany",
    ),
]

CATEGORIES = [("Participant", "#1a5fb4"), ("Speaker", "#c01c28"), ("Organiser", "#f6d32d")]
PREFIX = "BCF4"
SECRET = "0" * 64


def records(with_codes: bool = True, agenda: bool = False) -> list[BadgeRecord]:
    out = []
    for i, (first, last, org, country) in enumerate(PEOPLE):
        cat, colour = CATEGORIES[i % len(CATEGORIES)]
        lines = (
            tuple(
                (f"{13 + j // 2}:{30 * (j % 2):02d}", f"T{j + 1}", f"{p[0]} {p[1]}")
                for j, p in enumerate(PEOPLE[:4])
            )
            if agenda
            else ()
        )
        out.append(
            BadgeRecord(
                first_name=first,
                last_name=last,
                organization=org,
                country=country,
                category=cat,
                category_colour=colour,
                badge_code=new_code(PREFIX, SECRET) if with_codes else "",
                agenda=lines,
            )
        )
    return out
