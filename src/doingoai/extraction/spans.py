"""Finding things by offset in a document, shared by the statement components (delegations,
agreements, investments, events): the lower-cased text, every match of a pattern (found once per
document), sentences, and the quantities and entities inside a span (by bisection on their offsets).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from doingoai.extraction.doc import Doc, Quantity

VN_CODES = frozenset({"VN"})


def matching_text(doc: Doc) -> str:
    """`doc.norm`, or `doc.text` when there is no usable `norm` (not the same length)."""
    return doc.norm if len(doc.norm) == len(doc.text) else doc.text


_LAST_LOWERED: tuple[str, str] = ("", "")  # the last text lowered and its lower case


def lower_same_length(text: str) -> str:
    """`text.lower()` with the same length (a character whose lower case is longer stays as is).

    Numbers, dates and the statement components each ask for the lower case of the same text in
    turn: the last answer is kept (for that very string object), so the text is lowered once."""
    global _LAST_LOWERED
    last = _LAST_LOWERED
    if last[0] is text:
        return last[1]
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    _LAST_LOWERED = (text, low)
    return low


def lowered(doc: Doc) -> str:
    """The lower-cased `norm` (same length as `text`), computed once per document."""
    text = matching_text(doc)
    hit = doc.derived.get("lowered")
    if hit is None or hit[0] is not text:
        hit = doc.derived["lowered"] = (text, lower_same_length(text))
    return hit[1]  # type: ignore[no-any-return]


_HITS: dict[tuple[int, int], tuple[re.Pattern[str], str, tuple[tuple[int, int], ...]]] = {}


def hits(pattern: re.Pattern[str], low: str) -> tuple[tuple[int, int], ...]:
    """All matches of `pattern` in a document's lowered text, found once per document.

    Remembered by the identity of the pattern and the text (hashing a compiled pattern hashes its
    whole program, and the text is the same object for every component of a document)."""
    key = (id(pattern), id(low))
    hit = _HITS.get(key)
    if hit is None or hit[0] is not pattern or hit[1] is not low:
        if len(_HITS) >= 64:
            _HITS.clear()
        hit = _HITS[key] = (pattern, low, tuple(m.span() for m in pattern.finditer(low)))
    return hit[2]


def hits_in(pattern: re.Pattern[str], low: str, start: int, end: int) -> list[tuple[int, int]]:
    """The matches of `pattern` that start inside [start, end) (see `hits`)."""
    found = hits(pattern, low)
    i = bisect.bisect_left(found, (start, -1))
    j = bisect.bisect_left(found, (end, -1))
    return list(found[i:j])


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """The document's sentences as (start, end); the whole text when no splitter ran."""
    if doc.sentences:
        return [(s.start, s.end) for s in doc.sentences]
    return [(0, len(doc.text))] if doc.text else []


class _Index:
    """Items sorted by start, and their starts."""

    __slots__ = ("items", "size", "first", "last", "starts", "ordered")

    def __init__(self, items: list[Any]) -> None:
        self.items, self.size = items, len(items)
        self.first, self.last = (items[0].start, items[-1].end) if items else (-1, -1)
        self.ordered = sorted(items, key=lambda x: (x.start, x.end))
        self.starts = [x.start for x in self.ordered]

    def fresh(self, items: list[Any]) -> bool:
        """Still the index of `items` (the same list, not grown or shrunk or changed at its ends)."""
        return self.items is items and self.size == len(items) and (
            not items or (self.first == items[0].start and self.last == items[-1].end))


def _index(doc: Doc, name: str, items: list[Any]) -> _Index:
    """The index of `items`, cached on the document until the list changes."""
    cache = doc.derived.get("span_index")
    if cache is None:
        cache = doc.derived["span_index"] = {}
    hit = cache.get(name)
    if hit is None or not hit.fresh(items):
        hit = cache[name] = _Index(items)
    return hit  # type: ignore[no-any-return]


def quantities_in(doc: Doc, start: int, end: int) -> list[Quantity]:
    """The quantities inside [start, end), in text order."""
    index = _index(doc, "quantities", doc.quantities)
    i, j = bisect.bisect_left(index.starts, start), bisect.bisect_left(index.starts, end)
    return [q for q in index.ordered[i:j] if q.end <= end]


def entities_in(doc: Doc, start: int, end: int) -> list[Any]:
    """The entities inside [start, end), in text order."""
    index = _index(doc, "entities", doc.entities)
    i, j = bisect.bisect_left(index.starts, start), bisect.bisect_left(index.starts, end)
    return [x for x in index.ordered[i:j] if x.end <= end]


def foreign_entities(doc: Doc, start: int, end: int) -> list[Any]:
    """Foreign countries, localities and organisations inside [start, end), in text order, without
    an entity nested in another one ("Nhật Bản" inside "Chính phủ Nhật Bản")."""
    ents = [
        e for e in entities_in(doc, start, end)
        if e.type in ("country", "locality", "organisation")
        and not (e.type == "country" and e.key in VN_CODES) and e.country not in VN_CODES
    ]
    ents.sort(key=lambda e: (e.start, -(e.end - e.start)))
    out: list[Any] = []
    for e in ents:
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out


def country_codes(entities: list[Any]) -> list[str]:
    """ISO codes of the countries the entities are or belong to, unique, in order."""
    codes: list[str] = []
    for e in entities:
        code = e.key if e.type == "country" else e.country
        if code and code not in VN_CODES and code not in codes and len(code) == 2:
            codes.append(code)
    return codes


# A newspaper's source mark opening an article: "(NLĐ)-", "(TTXVN) –".
SOURCE_MARK = re.compile(r"\((?:NLĐ|NLĐO|TTO|TN|TT|SGGP|TTXVN|VNA|VnExpress|PL|DT|LĐ|ĐĐK|CAND|QĐND)\)\s*[-–:]?\s*")


def headline_end(doc: Doc, sents: list[tuple[int, int]]) -> int:
    """Where the headline ends: before a source mark "(NLĐ)-" on the first line, or the whole first
    line when it has no full stop and the body follows. Figures in a headline repeat the body."""
    nl = doc.text.find("\n")
    first_line_end = len(doc.text) if nl == -1 else nl
    mark = SOURCE_MARK.search(doc.text, 0, first_line_end)
    if mark:
        return mark.start()
    if nl != -1 and sents and sents[0][1] <= nl and not doc.text[sents[0][0] : sents[0][1]].rstrip().endswith(
            (".", "!", "?")) and len(sents) > 1:
        return sents[0][1]
    return 0
