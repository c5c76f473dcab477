"""Synthetic wire stories for benchmarks: fictional paragraphs with figures that vary by seed.

Every template is written for this project; `article(seed)` composes about 4.5 KB of news-style text with
percentages, money, counts, ranges, quantities, dates and quotes, and `rewrite(seed)` a derived version that
drops, rounds and changes some of them.
"""

from __future__ import annotations

import random

PLACES = ["PORT ELLIS", "KESTRAL", "VARNA BAY", "NORDHAVEN", "SALT CREEK", "MIRABEL", "OSTRAVEN", "LINDQUIST"]
BODIES = [
    "port authority",
    "statistics office",
    "health ministry",
    "transport agency",
    "city council",
    "central bank",
    "energy regulator",
    "water board",
]
PEOPLE = ["Ilse Dravik", "Tomas Brandt", "Amara Osei", "Lena Voss", "Rafael Quint", "Mira Castell"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

PARAGRAPHS = [
    "{PLACE} (HWS) — The {body} said on {wd1} that {thing} rose {p1}% last year, to {m1} million tonnes, "
    "the highest level since {year}.",
    "{Person} told reporters that {c1} of the {c2} {things} were now equipped for the new system, and that "
    'the remaining {c3} would follow "within {r1} or {r2} years."',
    '"We handled {n1:,} ships in twelve months. That is a record, and {p2}% of them met the standard," '
    "{Person} said.",
    "The board approved a ${b1} million expansion on {wd2}, of which roughly a third will come from the "
    "national infrastructure fund. The rest is to be raised through a bond issue of up to ${b2} million due "
    "in {month}.",
    "Fuel sales fell {p3} percent, to about {q1:,} cubic metres, as more operators switched suppliers, the "
    "{body} said. Average waiting time dropped from {h1} hours to {h2} hours.",
    "The sector employs {n2:,} people directly, and an estimated {n3:,} jobs in the region depend on it, "
    "according to a study published on {month} {day}, {year2}.",
    "Critics say the gains are uneven. A residents' group said its membership had halved since {year3}, to "
    "about {n4} households, and that fees had risen by {p4} percent in two years.",
    "Officials expect between {lo:,} and {hi:,} visitors next month, up from {n5:,} a year earlier, and "
    "plan to add {k1} kilometres of cycle lanes at a cost of €{e1}bn.",
    "Nearly {p5}% of respondents in a survey of {n6:,} adults backed the plan, while one in {ratio} said "
    "they had not heard of it. The margin of error was {moe} percentage points.",
    "The {body} will present its annual report to parliament next {wd3}, {Person} said, adding that "
    "temperatures of {t1} degrees Celsius had slowed work for {d1} days in {month2}.",
]


def _values(rng: random.Random) -> dict[str, object]:
    c2 = rng.randint(20, 90)
    c1 = rng.randint(5, c2 - 2)
    lo = rng.randint(10, 60) * 1000
    return {
        "PLACE": rng.choice(PLACES), "body": rng.choice(BODIES), "Person": rng.choice(PEOPLE),
        "wd1": rng.choice(WEEKDAYS), "wd2": rng.choice(WEEKDAYS), "wd3": rng.choice(WEEKDAYS),
        "thing": rng.choice(["cargo traffic", "ridership", "output", "exports"]),
        "things": rng.choice(["berths", "stations", "plants", "depots"]),
        "p1": round(rng.uniform(0.5, 9.9), 1), "p2": round(rng.uniform(40, 80), 1), "p3": rng.randint(2, 30),
        "p4": rng.randint(5, 40), "p5": rng.randint(51, 79), "m1": round(rng.uniform(2, 40), 1),
        "year": rng.randint(2005, 2020), "year2": rng.randint(2021, 2025), "year3": rng.randint(2000, 2018),
        "c1": c1, "c2": c2, "c3": c2 - c1, "r1": rng.randint(2, 4), "r2": rng.randint(5, 8),
        "n1": rng.randint(500, 5000), "n2": rng.randint(800, 9000), "n3": rng.randint(10, 90) * 1000,
        "n4": rng.randint(50, 400), "n5": rng.randint(5, 50) * 1000, "n6": rng.randint(800, 3000),
        "b1": rng.randint(50, 900), "b2": rng.randint(20, 400), "month": rng.choice(MONTHS),
        "month2": rng.choice(MONTHS), "day": rng.randint(1, 28), "q1": rng.randint(100, 900) * 1000,
        "h1": rng.randint(20, 48), "h2": rng.randint(5, 19), "lo": lo, "hi": lo + rng.randint(5, 30) * 1000,
        "k1": rng.randint(5, 120), "e1": round(rng.uniform(1, 9), 1), "ratio": rng.randint(3, 9),
        "moe": round(rng.uniform(1.5, 4.5), 1), "t1": rng.randint(30, 45), "d1": rng.randint(2, 20),
    }  # fmt: skip


def article(seed: int, size: int = 4500) -> str:
    """A fictional wire story of about `size` characters, with a `date` line."""
    rng = random.Random(seed)
    v = _values(rng)
    parts = [f"date 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} Harbor Wire Service", ""]
    while sum(len(p) + 2 for p in parts) < size:
        for template in PARAGRAPHS:
            parts.append(template.format(**v))
            if sum(len(p) + 2 for p in parts) >= size:
                break
        v = _values(rng)
    return "\n\n".join(parts) + "\n"


def rewrite(seed: int, size: int = 4500) -> str:
    """A derived version of article(seed): some paragraphs dropped, some figures rounded or changed."""
    rng = random.Random(seed + 10_000)
    paragraphs = article(seed, size).split("\n\n")[1:]
    kept = [p for p in paragraphs if rng.random() > 0.3]
    out = []
    for p in kept:
        if rng.random() < 0.2:
            p = p.replace("roughly a third", "about a quarter")
        if rng.random() < 0.2:
            p = p.replace("percent", "per cent")
        out.append(p)
    return "\n\n".join(out)
