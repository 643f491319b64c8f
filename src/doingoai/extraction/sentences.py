"""Sentences: split `doc.norm` into spans, without touching offsets.

A line break always ends a sentence (titles, captions and paragraphs are lines in news text).
Inside a line, ".", "!" or "?" (with any closing quotes or brackets) ends a sentence when it is
followed by a space and then something that can start a sentence (a capital letter, a digit,
a quote, a bracket or a dash) — except after an abbreviation ("TP. HCM", "TS. Nguyễn", "v.v.")
or a single initial ("N. P. Singh").
"""

from __future__ import annotations

import re

from doingoai.extraction.doc import Doc, Span

# Abbreviations after which a full stop does not end a sentence (compared case-insensitively).
ABBREVIATIONS = frozenset(
    """tp tx tt q p ts ths pgs gs bs ks ls ncs th st mr mrs ms dr prof no vs v.v vv ô b.s
    co corp inc ltd jsc u.s u.k tr tp.hcm hcm""".split()
)

# the end of a sentence, and (group 1) the first character after the spaces that follow it
_END = re.compile(r"""[.!?]+["')\]]*(?=\s+(["'(\[\-\d\w]))""")


def _word_before(text: str, start: int, end: int) -> str:
    """The run of word characters and dots that ends at `end` (not before `start`), lower case."""
    i = end
    while i > start and ((c := text[i - 1]).isalnum() or c == "_" or c == "."):
        i -= 1
    return text[i:end].lower()


def split(text: str) -> list[Span]:
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        start = line_start
        for match in _END.finditer(text, line_start, line_end):
            token = _word_before(text, start, match.start())
            if token and (token.rstrip(".") in ABBREVIATIONS or (len(token) == 1 and token.isalpha())):
                continue
            after = match.group(1)
            if after.isalpha() and after.islower():
                continue
            _add(spans, text, start, match.end())
            start = match.end()
        _add(spans, text, start, line_end)
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


def run(doc: Doc) -> Doc:
    doc.sentences = split(doc.norm or doc.text)
    return doc
