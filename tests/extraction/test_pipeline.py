"""The pipeline: one ordered list of named components, each Doc -> Doc."""

from __future__ import annotations

import pytest

from doingoai.extraction import pipeline
from doingoai.extraction.doc import Doc


def test_components_in_order():
    assert [name for name, _ in pipeline.COMPONENTS] == [
        "normalise", "sentences", "recognisers", "numbers", "dates", "delegations", "agreements",
        "investments", "events", "province"]
    assert all(callable(func) for _, func in pipeline.COMPONENTS)


def test_extract_runs_every_component_and_keeps_the_text():
    text = "Bắc Ninh đón đoàn Nhật Bản\nSáng 5/3/2005, UBND tỉnh Bắc Ninh tiếp đoàn doanh nghiệp Nhật Bản."
    doc = pipeline.extract(text, "a.txt")
    assert isinstance(doc, Doc) and doc.text == text and len(doc.norm) == len(text)
    assert doc.sentences and {e.key for e in doc.entities if e.type == "country"} == {"JP"}
    assert doc.province == {"name": "Bắc Ninh", "code": "27"}


def test_a_missing_component_fails_loudly_when_run_only():
    missing = pipeline._load("no_such_component")
    with pytest.raises(pipeline.MissingComponent, match="no_such_component"):
        missing(Doc(source="x", text="x"))


def test_run_accepts_a_chosen_list():
    doc = pipeline.run(Doc(source="x", text="Hoà  Bình"), [("normalise", pipeline.COMPONENTS[0][1])])
    assert doc.norm == "Hòa  Bình" and doc.entities == []
