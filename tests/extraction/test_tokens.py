"""Word tokens of a document: the same tokens and offsets as the plain regular expression, found
once per document."""

from __future__ import annotations

import pytest

from doingoai.extraction.doc import Doc
from doingoai.extraction.tokens import TOKEN_RE, tokenise, tokens

TEXTS = [
    "",
    "   ",
    "Hà Nội, (Pháp)...\n\n  Nam  ",
    "Đoàn  “Hàn Quốc”  sang thăm.\nTiếp theo",
    "x\u00a0y\t\tz\r\nw_v 1.700 A320 US$",
    "ΟΔΟΣ'Α ΟΔΟΣ",  # capital sigma lowers differently at the end of a word
    "İSTANBUL İzmir",  # a capital whose lower case is two characters
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_tokens_of_the_regular_expression_with_their_offsets(text):
    found = tokenise(text)
    expected = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
    assert list(zip(found.words, found.starts, found.ends, strict=True)) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_lower_case_as_the_lower_cased_text_writes_it(text):
    found = tokenise(text)
    lowered = text.lower()
    if len(lowered) == len(text):
        assert found.low == [lowered[s:e] for s, e in zip(found.starts, found.ends, strict=True)]
    else:
        assert found.low == [w.lower() for w in found.words]


def test_a_line_break_separates_tokens():
    found = tokenise("Hà Nội\nNhật Bản, Mỹ\n")
    assert [found.gap_ok(k) for k in range(len(found) + 1)] == [True, True, False, True, True, True, False]


def test_tokens_are_found_once_per_document_and_again_when_norm_changes():
    doc = Doc(source="t", text="Hà Nội", norm="Hà Nội")
    first = tokens(doc)
    assert tokens(doc) is first
    doc.norm = "Hà Nội và Huế"
    assert tokens(doc).words == ["Hà", "Nội", "và", "Huế"]
