"""The one object every extraction component reads and writes (spaCy's Doc, in our terms).

`text` is the document after decoding and NFC normalisation: every offset in the output indexes
it, so `text[start:end]` is the quoted passage. `norm` has exactly the same length and is what
the recognisers match against: tone marks in one placement (hoà → hòa), quotes and odd spaces
unified, one character for one character, so an offset in `norm` is the same offset in `text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Entity:
    """A recognised name: a country, foreign locality, organisation or Vietnamese province."""

    start: int
    end: int
    type: str  # "country" | "locality" | "organisation" | "province"
    key: str  # ISO code, ISO 3166-2 code or city key, organisation key, province code
    name: str  # canonical display name (Vietnamese)
    country: str | None = None  # for localities and organisations
    data: dict[str, Any] = field(default_factory=dict)  # kind, era, code…


@dataclass
class Quantity:
    """A number read with Vietnamese conventions, with what it counts or the money it is."""

    start: int
    end: int
    value: float  # the full value: "174,048 triệu" → 174048000
    amount: float  # the number as written: 174.048
    scale_word: str | None  # "nghìn" | "triệu" | "tỷ" | None
    unit: str | None  # counted noun ("đoàn", "lượt", "dự án", "bản ghi nhớ"…) or currency code
    qualifier: str = "exact"  # exact | more_than | about | at_least
    is_money: bool = False
    upper: float | None = None  # a range's upper bound, full value ("20-30 đoàn" → value 20, upper 30)


@dataclass
class DateMention:
    start: int
    end: int
    value: str  # "2016-08-28", "2017-03", "2018" — as precise as the text allows
    first: date  # first day of the period it denotes
    last: date  # last day of the period
    year_inferred: bool = False  # the text gives no year here; it was taken from an earlier date


@dataclass
class Doc:
    source: str
    text: str
    norm: str = ""
    sentences: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    # Results in the shape of the public contract (../shared/spec/extraction-output.md).
    province: dict[str, Any] | None = None
    province_2025: dict[str, Any] | None = None
    delegations: list[dict[str, Any]] = field(default_factory=list)
    agreements: list[dict[str, Any]] = field(default_factory=list)
    investments: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    # Views computed from the fields above once per document (word tokens, lower-cased text, span
    # indexes): each helper that fills an entry keeps with it what it was computed from and
    # recomputes when that has changed. Not part of the document's value (no init, repr or compare).
    derived: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def sentence_of(self, offset: int) -> Span:
        for span in self.sentences:
            if span.start <= offset < span.end:
                return span
        return Span(0, len(self.text))

    def entities_in(self, start: int, end: int, type_: str | None = None) -> list[Entity]:
        return [e for e in self.entities if e.start >= start and e.end <= end and (type_ is None or e.type == type_)]
