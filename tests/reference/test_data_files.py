"""The data files name their sources and stay consistent."""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest

from doingoai.reference import loaders

DATA = loaders.DATA_DIR
FILES = sorted(p.name for p in DATA.glob("*.csv"))


def test_expected_files() -> None:
    assert set(FILES) == {
        "country_aliases.csv",
        "subdivision_names_vi.csv",
        "foreign_cities.csv",
        "provinces_vn.csv",
        "province_kinds.csv",
        "organisations.csv",
        "vietnamese_bodies.csv",
        "world_city_names.csv",
    }


@pytest.mark.parametrize("name", FILES)
def test_each_file_has_a_source_header_and_is_described_in_the_readme(name: str) -> None:
    head = (DATA / name).read_text(encoding="utf-8").splitlines()[:3]
    assert head[0].startswith("# "), name
    assert f"`{name}`" in (DATA / "README.md").read_text(encoding="utf-8")


def test_provinces_file_cites_resolution_202() -> None:
    for name in ("provinces_vn.csv", "README.md"):
        assert "202/2025/QH15" in Path(DATA / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", FILES)
def test_rows_are_well_formed(name: str) -> None:
    rows = loaders.read_csv(name)
    assert rows
    for row in rows:
        assert all(isinstance(v, str) for v in row.values())
        for column in ("aliases", "ambiguous"):
            if column in row and name != "country_aliases.csv":
                assert "||" not in row[column] and not row[column].startswith("|"), row


@pytest.mark.parametrize(
    "name", ["subdivision_names_vi.csv", "foreign_cities.csv", "provinces_vn.csv", "organisations.csv"]
)
def test_ambiguous_names_belong_to_their_row(name: str) -> None:
    from doingoai.reference.names import key

    for row in loaders.read_csv(name):
        names = {key(v) for field in ("name_vi", "name", "full_name", "name_en", "acronym") if field in row
                 for v in [row[field]] if v}
        names |= {key(a) for a in loaders.split(row["aliases"])}
        if name == "subdivision_names_vi.csv":  # the flag may name ISO's own name
            names.add(key(pycountry.subdivisions.get(code=row["code"]).name))
        for flagged in loaders.split(row["ambiguous"]):
            assert key(flagged) in names, (name, flagged)
