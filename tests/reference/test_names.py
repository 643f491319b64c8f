"""Name keys, library name forms and the ambiguity heuristic (pure functions)."""

from __future__ import annotations

import unicodedata

import pytest

from doingoai import text
from doingoai.reference import names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("TP.HCM", "Tp. HCM"),
        ("TP.HCM", "TP HCM"),
        ("Ả-rập Xê-út", "Ả Rập Xê Út"),
        ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
        ("Côte d’Ivoire", "Cote d'Ivoire"),
        ("Khánh Hòa", "Khánh Hoà"),
        ("Đắk Lắk", "dak lak"),
        (unicodedata.normalize("NFD", "Hà Giang"), "HA GIANG"),
    ],
)
def test_key_ignores_case_diacritics_and_punctuation(a: str, b: str) -> None:
    assert names.key(a) == names.key(b)


@pytest.mark.parametrize(
    "sample",
    ["Hà Giang", "Đắk Lắk", "Ørsted", "İstanbul", "Ḩayfā", "Nouvelle-Aquitaine", "ẞ straße", "Ω Ǆ", "Gia-các-ta"],
)
def test_fast_fold_equals_text_fold(sample: str) -> None:
    assert names.fold(sample) == text.fold(sample)


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("Bristol, City of", None, ["City of Bristol", "Bristol"]),
        ("Caerphilly [Caerffili GB-CAF]", None, ["Caerphilly", "Caerffili"]),
        ("Yunnan Sheng", "CN", ["Yunnan"]),
        ("Guangxi Zhuangzu Zizhiqu", "CN", ["Guangxi"]),
        ("Gyeonggi-do", "KR", ["Gyeonggi"]),
        ("Seoul-teukbyeolsi", "KR", ["Seoul"]),
        ("Primorskiy kray", "RU", ["Primorskiy"]),
        ("Ilocos (Region I)", None, ["Ilocos"]),
        ("Bournemouth, Christchurch and Poole", None, []),
        ("Haute-Sangha / Mambéré-Kadéï", None, ["Haute-Sangha", "Mambéré-Kadéï"]),
    ],
)
def test_library_forms(name: str, country: str | None, expected: list[str]) -> None:
    assert names.library_forms(name, country) == expected


def test_curated_brackets_give_the_base_only() -> None:
    assert names.library_forms("Limburg (Bỉ)", inner=False) == ["Limburg"]


@pytest.mark.parametrize("name", ["Trang", "Chin", "Mon", "Nan", "North East", "Central", "Uri"])
def test_library_names_that_look_ambiguous(name: str) -> None:
    assert names.looks_ambiguous(name)


@pytest.mark.parametrize("name", ["Udon Thani", "Chiang Mai", "Kanagawa", "Ōsaka", "Gyeonggi-do"])
def test_library_names_that_do_not(name: str) -> None:
    assert not names.looks_ambiguous(name)
