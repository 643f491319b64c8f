"""The contract object: keys and their order, grouping, names."""

from __future__ import annotations

import json

from doingoai.extraction.doc import Doc, Entity
from doingoai.extraction.output import KEYS, to_contract


def test_keys_in_the_contract_order_and_empty_fields():
    out = to_contract(Doc(source="a/b.txt", text="x"))
    assert tuple(out) == KEYS == ("source", "province", "province_2025", "countries", "foreign_localities",
                                  "organizations", "delegations", "agreements", "investments", "events")
    assert out["source"] == "a/b.txt" and out["province"] is None and out["countries"] == []
    json.dumps(out)


def test_entities_are_grouped_with_all_mentions_and_sorted_by_first_mention():
    text = "Nhật Bản, Mỹ và Hoa Kỳ; Nhật Bản."
    doc = Doc(source="t", text=text, entities=[
        Entity(10, 12, "country", "US", "Hoa Kỳ"), Entity(0, 8, "country", "JP", "Nhật Bản"),
        Entity(16, 22, "country", "US", "Hoa Kỳ"), Entity(24, 32, "country", "JP", "Nhật Bản")])
    assert to_contract(doc)["countries"] == [
        {"code": "JP", "name": "Nhật Bản", "mentions": [[0, 8], [24, 32]]},
        {"code": "US", "name": "Hoa Kỳ", "mentions": [[10, 12], [16, 22]]}]


def test_localities_have_their_code_or_the_name_as_written():
    text = "Vân Nam và Amiens."
    doc = Doc(source="t", text=text, entities=[
        Entity(0, 7, "locality", "CN-YN", "Vân Nam", "CN", {"code": "CN-YN"}),
        Entity(11, 17, "locality", "x:amiens|FR", "Amiens", "FR", {"code": None})])
    assert to_contract(doc)["foreign_localities"] == [
        {"name": "Vân Nam", "country": "CN", "code": "CN-YN", "mentions": [[0, 7]]},
        {"name": "Amiens", "country": "FR", "code": None, "mentions": [[11, 17]]}]


def test_an_organisation_is_named_by_its_acronym_when_the_text_uses_it():
    text = "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA). Tổ chức Y tế Thế giới."
    data = {"kind": "government_agency", "acronym": "JICA"}
    doc = Doc(source="t", text=text, entities=[
        Entity(0, 32, "organisation", "r:jica", "Cơ quan Hợp tác Quốc tế Nhật Bản", "JP", data),
        Entity(34, 38, "organisation", "r:jica", "Cơ quan Hợp tác Quốc tế Nhật Bản", "JP", data),
        Entity(41, 62, "organisation", "r:who", "Tổ chức Y tế Thế giới", None,
               {"kind": "international_org", "acronym": "WHO"})])
    assert to_contract(doc)["organizations"] == [
        {"name": "JICA", "country": "JP", "kind": "government_agency", "mentions": [[0, 32], [34, 38]]},
        {"name": "Tổ chức Y tế Thế giới", "country": None, "kind": "international_org", "mentions": [[41, 62]]}]


def test_provinces_are_not_listed_as_localities():
    doc = Doc(source="t", text="Hà Nội", entities=[Entity(0, 6, "province", "pre2025:01", "Hà Nội", "VN")])
    out = to_contract(doc)
    assert out["foreign_localities"] == [] and out["countries"] == []
