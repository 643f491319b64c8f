"""Normalisation keeps every offset and unifies what varies in Vietnamese text."""

from doingoai.extraction.doc import Doc
from doingoai.extraction.normalise import normalise_text, run


def norm(text: str) -> str:
    out = normalise_text(text)
    assert len(out) == len(text)
    return out


def test_old_tone_mark_placement_becomes_new():
    assert norm("Hoà Bình, Thanh Hoá, Khánh Hoà") == "Hòa Bình, Thanh Hóa, Khánh Hòa"
    assert norm("Thuỷ điện, Uỷ ban, THUỶ") == "Thủy điện, Ủy ban, THỦY"


def test_marks_inside_longer_syllables_are_left_alone():
    assert norm("hoàng hoàn toàn quý khuỷu") == "hoàng hoàn toàn quý khuỷu"


def test_i_and_y_after_an_initial_consonant_are_unified():
    assert norm("Thụy Sỹ") == norm("Thụy Sĩ") == norm("Thuỵ Sỹ")
    assert norm("Mỹ") == norm("Mĩ")
    assert norm("Hoa Kỳ") == norm("Hoa Kì")
    assert norm("Sony") == "Sony"  # not an initial consonant


def test_quotes_dashes_spaces_and_eth():
    assert norm("“Hàn Quốc”\u00a0– ‘x’") == '"Hàn Quốc" - \'x\''
    assert norm("Ðà Nẵng") == "Đà Nẵng"


def test_html_entities_keep_their_length():
    assert norm("A &amp; B &quot;C&quot;") == 'A &     B "     C"     '
    assert norm("&unknownentity; &#769;") == "&unknownentity; &#769;"


def test_run_fills_norm_and_keeps_text():
    doc = run(Doc(source="x", text="Thuỵ Sỹ &amp; Hoà"))
    assert doc.text == "Thuỵ Sỹ &amp; Hoà"
    assert len(doc.norm) == len(doc.text)
    assert doc.norm.startswith("Thụy Sĩ &")


def test_the_y_pattern_stops_wherever_an_onset_may_end():
    """`_Y_RE` only looks at a y after a character whose lower case can end an onset: that must be
    every such character, or a y would be left unchanged that the rule changes."""
    import sys

    from doingoai.extraction import normalise

    ends = {onset[-1] for onset in normalise._ONSETS}
    expected = {c for c in map(chr, range(sys.maxunicode + 1)) if c.lower() in ends}
    assert set(normalise._ONSET_ENDS) == expected
    assert norm("KỲ, Kỳ, \u212aỳ") == "KÌ, Kì, \u212aì"
