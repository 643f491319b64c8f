"""The extraction scorer (doingoai.extraction.scoring) and the validity of the hand-annotated dev set.

Each matching rule has a hand-built gold/prediction pair with a hit, a miss (fn) and a false positive.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pycountry
import pytest

from doingoai.extraction import scoring
from doingoai.extraction.scoring import (
    FIELDS,
    Counts,
    capital_equal,
    event_name_overlap,
    format_report,
    load_gold,
    load_predictions,
    org_names_match,
    score,
    score_field,
)

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "devset" / "vi-news"
CORPUS = ROOT.parent / "shared" / "corpus" / "vi-news"  # ../shared beside the clone


def doc(**fields: Any) -> dict[str, Any]:
    """A contract object with every field empty, overridden by ``fields``."""
    base: dict[str, Any] = {"source": "art-9999.txt", "province": None, "province_2025": None}
    for name in FIELDS[2:]:
        base[name] = []
    base.update(fields)
    return base


def counts(pred: dict[str, Any] | None, gold: dict[str, Any], name: str) -> tuple[int, int, int]:
    c = score_field(pred, gold, name)
    return c.tp, c.fp, c.fn


# ---------------------------------------------------------------------------------------------------------
# Counts arithmetic


def test_counts_precision_recall_f1_and_edge_cases() -> None:
    c = Counts(tp=3, fp=1, fn=2)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().precision == Counts().recall == Counts().f1 == 1.0  # nothing to find, nothing found
    assert Counts(fn=2).precision == 0.0 and Counts(fn=2).recall == 0.0
    assert Counts(fp=2).recall == 0.0 and Counts(fp=2).f1 == 0.0


# ---------------------------------------------------------------------------------------------------------
# province / province_2025


def test_province_matches_by_code_then_by_folded_name() -> None:
    gold = doc(province={"name": "Hà Tây", "code": None}, province_2025={"name": "Hà Nội", "code": "01"})
    hit = doc(province={"name": "HA TAY", "code": None}, province_2025={"name": "Thành phố Hà Nội", "code": "01"})
    assert counts(hit, gold, "province") == (1, 0, 0)  # no code on either side: folded name
    assert counts(hit, gold, "province_2025") == (1, 0, 0)  # codes decide, names may differ


def test_province_miss_false_positive_and_wrong_code() -> None:
    gold = doc(province={"name": "Bắc Giang", "code": "24"})
    assert counts(doc(), gold, "province") == (0, 0, 1)
    assert counts(doc(province={"name": "Hà Nội", "code": "01"}), doc(), "province") == (0, 1, 0)
    assert counts(doc(province={"name": "Bắc Giang", "code": "27"}), gold, "province") == (0, 1, 1)


# ---------------------------------------------------------------------------------------------------------
# countries


def test_countries_by_code_case_insensitive_as_a_set() -> None:
    gold = doc(countries=[{"code": "KR", "name": "Hàn Quốc", "mentions": [[0, 3]]},
                          {"code": "JP", "name": "Nhật Bản", "mentions": [[5, 8]]}])
    pred = doc(countries=[{"code": "kr", "name": "Korea", "mentions": []},
                          {"code": "KR", "name": "Hàn", "mentions": []},  # repeated code counts once
                          {"code": "US", "name": "Mỹ", "mentions": []}])
    assert counts(pred, gold, "countries") == (1, 1, 1)  # KR hit, US false positive, JP missed


# ---------------------------------------------------------------------------------------------------------
# foreign localities


def test_localities_by_country_and_code_else_folded_name() -> None:
    gold = doc(foreign_localities=[
        {"name": "Vân Nam", "country": "CN", "code": "CN-YN", "mentions": []},
        {"name": "Côn Minh", "country": "CN", "code": None, "mentions": []},
        {"name": "Phnom Penh", "country": "KH", "code": "KH-12", "mentions": []},
    ])
    pred = doc(foreign_localities=[
        {"name": "Yunnan", "country": "CN", "code": "CN-YN", "mentions": []},      # code decides
        {"name": "con minh", "country": "CN", "code": None, "mentions": []},       # folded name
        {"name": "Phnom Penh", "country": "TH", "code": None, "mentions": []},     # wrong country: fp
    ])
    assert counts(pred, gold, "foreign_localities") == (2, 1, 1)


def test_locality_code_on_one_side_only_falls_back_to_name() -> None:
    gold = doc(foreign_localities=[{"name": "Quảng Tây", "country": "CN", "code": "CN-GX", "mentions": []}])
    assert counts(doc(foreign_localities=[{"name": "Quang Tay", "country": "CN", "code": None, "mentions": []}]),
                  gold, "foreign_localities") == (1, 0, 0)
    assert counts(doc(foreign_localities=[{"name": "Quảng Tây", "country": "CN", "code": "CN-GD", "mentions": []}]),
                  gold, "foreign_localities") == (0, 1, 1)


# ---------------------------------------------------------------------------------------------------------
# organizations


def test_org_name_equivalences() -> None:
    assert org_names_match("Bộ Ngoại giao Mỹ", "bo ngoai giao my")  # folded
    assert org_names_match("LHQ", "Liên Hợp Quốc")  # acronym = initials of the words
    assert org_names_match("World Trade Organization", "WTO")
    assert org_names_match("Tổ chức Thương mại Thế giới (WTO)", "WTO")  # shared parenthesised acronym
    assert org_names_match("Ngân hàng Phát triển châu Á (ADB)", "Asian Development Bank (ADB)")
    assert org_names_match("Allyn &amp; Company", "Allyn & Company")  # HTML entity decoded
    assert not org_names_match("UNDP", "UNICEF")
    assert not org_names_match("Canon", "Canon VN")
    assert not org_names_match("Tổ chức Y tế Thế giới", "WHO")  # Vietnamese words do not give WHO


def test_organizations_one_to_one_with_miss_and_false_positive() -> None:
    gold = doc(organizations=[
        {"name": "WTO", "country": None, "kind": "international_org", "mentions": []},
        {"name": "JICA", "country": "JP", "kind": "government_agency", "mentions": []},
    ])
    pred = doc(organizations=[
        {"name": "Tổ chức Thương mại Thế giới (WTO)", "country": None, "kind": "international_org", "mentions": []},
        {"name": "WTO", "country": None, "kind": "international_org", "mentions": []},  # duplicate: fp
        {"name": "Samsung", "country": "KR", "kind": "company", "mentions": []},        # fp
    ])
    assert counts(pred, gold, "organizations") == (1, 2, 1)  # JICA missed


def test_greedy_prefers_exact_names() -> None:
    gold = doc(organizations=[{"name": "WTO", "country": None, "kind": "international_org", "mentions": []},
                              {"name": "World Trade Organization", "country": None, "kind": "international_org",
                               "mentions": []}])
    pred = doc(organizations=[{"name": "World Trade Organization", "country": None, "kind": "other", "mentions": []},
                              {"name": "WTO", "country": None, "kind": "other", "mentions": []}])
    assert counts(pred, gold, "organizations") == (2, 0, 0)


# ---------------------------------------------------------------------------------------------------------
# delegations


def deleg(direction: str, n: int | None, persons: int | None, ev: list[int]) -> dict[str, Any]:
    return {"direction": direction, "delegations": n, "persons": persons, "countries": [], "date": None, "evidence": ev}


def test_delegations_need_direction_counts_and_overlapping_evidence() -> None:
    gold = doc(delegations=[deleg("outbound", 19, 58, [100, 200]), deleg("inbound", 1, None, [300, 380])])
    pred = doc(delegations=[
        deleg("outbound", 19, 58, [150, 260]),   # overlaps [100, 200): hit
        deleg("inbound", 1, 4, [300, 380]),      # persons differ (null vs 4): fp, and the gold one is missed
        deleg("inbound", 1, None, [500, 600]),   # right values, evidence elsewhere: fp
    ])
    assert counts(pred, gold, "delegations") == (1, 2, 1)


def test_delegation_evidence_touching_is_not_overlap() -> None:
    gold = doc(delegations=[deleg("inbound", 1, None, [10, 20])])
    assert counts(doc(delegations=[deleg("inbound", 1, None, [20, 30])]), gold, "delegations") == (0, 1, 1)
    assert counts(doc(delegations=[deleg("inbound", 1, None, [19, 30])]), gold, "delegations") == (1, 0, 0)


# ---------------------------------------------------------------------------------------------------------
# agreements


def agree(kind: str, count: int | None, ev: list[int]) -> dict[str, Any]:
    return {"kind": kind, "count": count, "partners": [], "date": None, "evidence": ev}


def test_agreements_kind_count_and_evidence() -> None:
    gold = doc(agreements=[agree("mou", 2, [0, 50]), agree("agreement", 1, [60, 90])])
    pred = doc(agreements=[
        agree("mou", 2, [10, 40]),        # hit
        agree("agreement", None, [70, 80]),  # missing count reads as 1: hit
        agree("other", 1, [95, 99]),      # fp
    ])
    assert counts(pred, gold, "agreements") == (2, 1, 0)
    assert counts(doc(agreements=[agree("mou", 1, [0, 50])]), gold, "agreements") == (0, 1, 2)  # wrong count


# ---------------------------------------------------------------------------------------------------------
# investments


def inv(kind: str, projects: int | None, value: float | None, ev: list[int]) -> dict[str, Any]:
    cap = None if value is None else {"amount": value, "unit": None, "currency": "USD", "value": value, "value_usd": value}
    return {"kind": kind, "projects": projects, "projects_qualifier": None if projects is None else "exact",
            "capital": cap, "source_countries": None, "evidence": ev}


def test_capital_tolerance() -> None:
    assert capital_equal(174_048_000, 174_900_000)  # 0.49 %
    assert not capital_equal(174_048_000, 176_000_000)  # 1.1 %
    assert capital_equal(None, None)
    assert not capital_equal(None, 1.0)


def test_investments_kind_projects_capital_and_evidence() -> None:
    gold = doc(investments=[inv("fdi", 13, 174_048_000, [0, 80]), inv("oda", None, None, [100, 150]),
                            inv("ngo_aid", None, 7_000_000, [200, 260])])
    pred = doc(investments=[
        inv("fdi", 13, 174_500_000, [20, 60]),    # within 0.5 %: hit
        inv("oda", None, None, [120, 130]),       # both capitals null: hit
        inv("ngo_aid", None, None, [200, 260]),   # capital missing on the prediction: fp (+ gold fn)
        inv("fdi", 2, 1_000_000, [300, 320]),     # fp
    ])
    assert counts(pred, gold, "investments") == (2, 2, 1)


# ---------------------------------------------------------------------------------------------------------
# events


def event(name: str, date: str | None, ev: list[int]) -> dict[str, Any]:
    return {"name": name, "kind": "conference", "date": date, "place": None, "evidence": ev}


def test_event_name_overlap_is_share_of_the_smaller_word_set() -> None:
    assert event_name_overlap("Hội thảo Cơ hội đầu tư kinh doanh tại Campuchia", "hội thảo đầu tư Campuchia") == 1.0
    assert event_name_overlap("Triển lãm Quảng Tây", "Hội chợ Quảng Ninh") == pytest.approx(0.25)  # "quang" only
    assert event_name_overlap("", "Hội nghị") == 0.0


def test_events_fuzzy_name_date_when_gold_has_one_and_evidence() -> None:
    gold = doc(events=[event("Hội thảo Cơ hội đầu tư kinh doanh tại Campuchia", "2005-01-14", [0, 100]),
                       event("Triển lãm Quảng Tây", None, [200, 260]),
                       event("Diễn đàn doanh nghiệp Campuchia - Việt Nam", None, [300, 360])])
    pred = doc(events=[
        event("hội thảo đầu tư kinh doanh Campuchia", "2005-01-14", [10, 90]),  # hit
        event("Triển lãm Quảng Tây 2004", "2004-07", [200, 230]),              # gold has no date: hit
        event("Diễn đàn doanh nghiệp Campuchia - Việt Nam", "2004-12-19", [0, 40]),  # wrong evidence: fp
        event("Hội chợ Ninh Bình", None, [500, 520]),                          # fp
    ])
    assert counts(pred, gold, "events") == (2, 2, 1)
    wrong_date = doc(events=[event("Hội thảo Cơ hội đầu tư kinh doanh tại Campuchia", "2005-01", [0, 100])])
    assert counts(wrong_date, gold, "events") == (0, 1, 3)


# ---------------------------------------------------------------------------------------------------------
# corpus level: loading, missing/extra documents, report, command line


def _write_gold(tmp_path: Path, records: list[dict[str, Any]]) -> Path:
    gdir = tmp_path / "gold"
    gdir.mkdir()
    for r in records:
        (gdir / (Path(r["source"]).stem + ".json")).write_text(json.dumps(r, ensure_ascii=False), encoding="utf-8")
    return gdir


def test_score_corpus_micro_counts_missing_and_extra(tmp_path: Path) -> None:
    g1 = doc(source="art-0001.txt", province={"name": "Hà Nội", "code": "01"},
             countries=[{"code": "JP", "name": "Nhật Bản", "mentions": [[0, 4]]}])
    g2 = doc(source="art-0002.txt", countries=[{"code": "KR", "name": "Hàn Quốc", "mentions": [[0, 4]]}])
    gold = load_gold(_write_gold(tmp_path, [g1, g2]))
    assert set(gold) == {"art-0001.txt", "art-0002.txt"}
    pred_path = tmp_path / "pred.jsonl"
    p1 = doc(source="/data/in/art-0001.txt", province={"name": "Hà Nội", "code": "01"},
             countries=[{"code": "JP", "name": "Nhật", "mentions": []}, {"code": "CN", "name": "TQ", "mentions": []}])
    p3 = doc(source="art-0003.txt", countries=[{"code": "FR", "name": "Pháp", "mentions": []}])
    pred_path.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in (p1, p3)) + "\n", encoding="utf-8")
    preds = load_predictions(pred_path)
    report = score(gold, preds)
    assert report.documents == 2
    assert report.missing == ["art-0002.txt"]  # scored as an empty prediction
    assert report.extra == ["art-0003.txt"]    # ignored
    c = report.fields["countries"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)
    assert report.fields["province"].f1 == 1.0
    assert report.macro_f1 == pytest.approx(sum(x.f1 for x in report.fields.values()) / 9)
    # a mapping keyed by anything is matched on the basename of each record's source
    assert score(gold, {"whatever": p1}).fields["province"].tp == 1
    table = format_report(report)
    for name in FIELDS:
        assert name in table
    assert "macro-F1" in table


def test_command_line_prints_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    g = doc(source="art-0001.txt", countries=[{"code": "JP", "name": "Nhật Bản", "mentions": [[0, 4]]}])
    gdir = _write_gold(tmp_path, [g])
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text(json.dumps(g, ensure_ascii=False) + "\n", encoding="utf-8")
    assert scoring.main([str(gdir), str(pred_path)]) == 0
    out = capsys.readouterr().out
    assert "countries" in out and "macro-F1" in out and "1.000" in out
    assert scoring.main([str(gdir), str(pred_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["macro_f1"] == 1.0


def test_gold_scored_against_itself_is_perfect() -> None:
    gold = load_gold(DEVSET)
    report = score(gold, gold)
    assert report.macro_f1 == 1.0
    assert all(c.fp == 0 and c.fn == 0 for c in report.fields.values())


# ---------------------------------------------------------------------------------------------------------
# the dev set itself

OLD_CODES = {
    "01": "Hà Nội", "02": "Hà Giang", "04": "Cao Bằng", "06": "Bắc Kạn", "08": "Tuyên Quang", "10": "Lào Cai",
    "11": "Điện Biên", "12": "Lai Châu", "14": "Sơn La", "15": "Yên Bái", "17": "Hòa Bình", "19": "Thái Nguyên",
    "20": "Lạng Sơn", "22": "Quảng Ninh", "24": "Bắc Giang", "25": "Phú Thọ", "26": "Vĩnh Phúc", "27": "Bắc Ninh",
    "30": "Hải Dương", "31": "Hải Phòng", "33": "Hưng Yên", "34": "Thái Bình", "35": "Hà Nam", "36": "Nam Định",
    "37": "Ninh Bình", "38": "Thanh Hóa", "40": "Nghệ An", "42": "Hà Tĩnh", "44": "Quảng Bình", "45": "Quảng Trị",
    "46": "Thừa Thiên Huế", "48": "Đà Nẵng", "49": "Quảng Nam", "51": "Quảng Ngãi", "52": "Bình Định",
    "54": "Phú Yên", "56": "Khánh Hòa", "58": "Ninh Thuận", "60": "Bình Thuận", "62": "Kon Tum", "64": "Gia Lai",
    "66": "Đắk Lắk", "67": "Đắk Nông", "68": "Lâm Đồng", "70": "Bình Phước", "72": "Tây Ninh", "74": "Bình Dương",
    "75": "Đồng Nai", "77": "Bà Rịa - Vũng Tàu", "79": "Hồ Chí Minh", "80": "Long An", "82": "Tiền Giang",
    "83": "Bến Tre", "84": "Trà Vinh", "86": "Vĩnh Long", "87": "Đồng Tháp", "89": "An Giang", "91": "Kiên Giang",
    "92": "Cần Thơ", "93": "Hậu Giang", "94": "Sóc Trăng", "95": "Bạc Liêu", "96": "Cà Mau",
}
NEW_CODES = {"01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38", "40",
             "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96"}
OLD_TO_NEW = {"02": "08", "06": "19", "10": "15", "17": "25", "26": "25", "27": "24", "30": "31", "34": "33",
              "35": "37", "36": "37", "45": "44", "49": "48", "54": "66", "58": "56", "60": "68", "62": "51",
              "64": "52", "67": "68", "70": "75", "72": "80", "74": "79", "77": "79", "83": "86", "84": "86",
              "87": "82", "89": "91", "93": "92", "94": "92", "95": "96"}
KINDS = {
    "organizations": {"international_org", "government_agency", "ngo", "company", "other"},
    "agreements": {"mou", "agreement", "other"},
    "investments": {"fdi", "oda", "ngo_aid", "other"},
    "events": {"conference", "fair", "expo", "forum", "festival", "exhibition", "meeting", "training", "other"},
}
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
GOLD_FILES = sorted(DEVSET.glob("*.json"))
# folders whose hand-annotated files must each be a valid contract object: the development set and the
# validation split (articles the extraction rules were not tuned on)
GOLD_DIRS = [DEVSET, ROOT / "devset" / "validation"]
CHECKED_FILES = [p for folder in GOLD_DIRS for p in sorted(folder.glob("*.json"))]


def _heldout() -> set[str]:
    return set((CORPUS / "heldout.txt").read_text(encoding="utf-8").split())


def _span_ok(span: Any, n: int) -> bool:
    return (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) and not isinstance(x, bool) for x in span)
            and 0 <= span[0] < span[1] <= n)


def test_devset_size_and_split() -> None:
    assert len(GOLD_FILES) >= 40
    records = [json.loads(p.read_text(encoding="utf-8")) for p in GOLD_FILES]
    empty = [r for r in records if not any(r[f] for f in FIELDS[2:])]
    assert len(empty) >= 10
    assert not {r["source"] for r in records} & _heldout()


@pytest.mark.parametrize("path", CHECKED_FILES, ids=[f"{p.parent.name}/{p.stem}" for p in CHECKED_FILES])
def test_devset_file_is_a_valid_contract_object(path: Path) -> None:
    rec = json.loads(path.read_text(encoding="utf-8"))
    assert list(rec) == ["source", *FIELDS]  # keys exactly as the contract, in its order
    src = rec["source"]
    assert src == path.stem + ".txt" and "/" not in src
    assert src not in _heldout()
    text_path = CORPUS / src
    assert text_path.is_file()
    text = unicodedata.normalize("NFC", text_path.read_text(encoding="utf-8"))
    n = len(text)

    prov, prov25 = rec["province"], rec["province_2025"]
    assert (prov is None) == (prov25 is None)
    if prov is not None:
        assert set(prov) == {"name", "code"} and set(prov25) == {"name", "code"}
        assert prov["name"] and prov25["name"]
        if prov["code"] is not None:
            assert OLD_CODES[prov["code"]] == prov["name"]
            assert prov25["code"] == OLD_TO_NEW.get(prov["code"], prov["code"])
        assert prov25["code"] in NEW_CODES

    seen: set[str] = set()
    for c in rec["countries"]:
        assert set(c) == {"code", "name", "mentions"}
        assert c["code"] == c["code"].upper() and c["code"] != "VN" and c["code"] not in seen
        assert pycountry.countries.get(alpha_2=c["code"]) is not None, c["code"]
        seen.add(c["code"])
    for loc in rec["foreign_localities"]:
        assert set(loc) == {"name", "country", "code", "mentions"}
        assert loc["country"] != "VN" and pycountry.countries.get(alpha_2=loc["country"]) is not None
        if loc["code"] is not None:
            sub = pycountry.subdivisions.get(code=loc["code"])
            assert sub is not None and sub.country_code == loc["country"], loc["code"]
    for org in rec["organizations"]:
        assert set(org) == {"name", "country", "kind", "mentions"}
        assert org["kind"] in KINDS["organizations"]
        if org["country"] is not None:
            assert org["country"] == org["country"].upper() and pycountry.countries.get(alpha_2=org["country"])
    for name in ("countries", "foreign_localities", "organizations"):
        items = rec[name]
        for item in items:
            assert item["name"] and item["mentions"]
            for span in item["mentions"]:
                assert _span_ok(span, n) and text[span[0]:span[1]].strip(), (name, item["name"], span)
            assert item["mentions"] == sorted(item["mentions"])
        firsts = [item["mentions"][0] for item in items]
        assert firsts == sorted(firsts), f"{name} not sorted by first mention"

    for d in rec["delegations"]:
        assert set(d) == {"direction", "delegations", "persons", "countries", "date", "evidence"}
        assert d["direction"] in {"inbound", "outbound"}
        for c in d["countries"]:
            assert c == c.upper() and pycountry.countries.get(alpha_2=c)
    for a in rec["agreements"]:
        assert set(a) == {"kind", "count", "partners", "date", "evidence"}
        assert a["kind"] in KINDS["agreements"]
        assert all(set(p) == {"name", "country"} for p in a["partners"])
    for i in rec["investments"]:
        assert set(i) == {"kind", "projects", "projects_qualifier", "capital", "source_countries", "evidence"}
        assert i["kind"] in KINDS["investments"]
        assert (i["projects"] is None) == (i["projects_qualifier"] is None)
        assert i["projects_qualifier"] in {None, "exact", "more_than", "about", "at_least"}
        cap = i["capital"]
        if cap is not None:
            assert set(cap) == {"amount", "unit", "currency", "value", "value_usd"}
            assert cap["unit"] in {None, "nghìn", "triệu", "tỷ"}
            mult = {None: 1, "nghìn": 10**3, "triệu": 10**6, "tỷ": 10**9}[cap["unit"]]
            assert cap["value"] == pytest.approx(cap["amount"] * mult)
            assert cap["value_usd"] == (cap["value"] if cap["currency"] == "USD" else None)
    for e in rec["events"]:
        assert set(e) == {"name", "kind", "date", "place", "evidence"}
        assert e["kind"] in KINDS["events"] and e["name"]
    for name in ("delegations", "agreements", "investments", "events"):
        spans = [item["evidence"] for item in rec[name]]
        for item in rec[name]:
            assert _span_ok(item["evidence"], n) and text[item["evidence"][0]:item["evidence"][1]].strip()
            if item.get("date") is not None:
                assert DATE.match(item["date"]), item["date"]
        assert spans == sorted(spans), f"{name} not sorted by position"
