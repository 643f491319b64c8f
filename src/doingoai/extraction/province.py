"""The subject province of a document, and the unit that holds it after 1 July 2025.

Every mention of a Vietnamese province (found by the recognisers) and of a town or place inside one
(`data/vn_places.csv`: "sân bay Vũng Tàu" counts for Bà Rịa - Vũng Tàu) scores for its unit: more
in the title and the lead, more when written as a unit of government ("tỉnh X", "UBND tỉnh X",
"Sở Ngoại vụ X", "TP HCM"). A unit named as the title's dateline ("Khánh Hòa: Ký kết…") is the
subject. Otherwise the best unit is, when the title or the lead names it (news says early what it
is about) and it scores clearly more than the next one; else the document is national or world
news, or about several provinces, and the province is null.

The era: the name at the time of writing. A document that names a day or month on or after 1 July
2025 is read with the 34 units (a pre-2025 name it uses is mapped to its successor); an older or
undated document with the 63 (a name used in both eras, such as "Bắc Ninh", is the pre-2025 unit).
"""

from __future__ import annotations

import csv
import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from importlib import resources

from doingoai.extraction.doc import Doc, Entity
from doingoai.extraction.normalise import normalise_text
from doingoai.extraction.patterns import literal_alt
from doingoai.reference import services as ref

MERGER = date(2025, 7, 1)
# Words before a name that make it a unit of government (normalised, lower case).
UNIT_HEADS = ("tỉnh", "thành phố", "tp", "tp.", "ubnd", "hđnd", "sở", "thủ đô")
UNIT_SURFACES = ("tp", "thành phố", "tỉnh", "thủ đô")
PLACE_HINT = re.compile(r"(?:thành phố|tp\.?|thị xã|thị trấn)\s+$")

TITLE_CHARS = 160  # a title that runs on into the lead (as in many news files) ends here
TITLE_WEIGHT = 3.0
DATELINE_WEIGHT = 5.0
LEAD_WEIGHT = 1.5
UNIT_WEIGHT = 1.0
LEAD_SENTENCES = 2
DOMINANCE = 1.5  # the subject scores at least this many times the runner-up


def era_of(doc: Doc) -> str:
    """'2025' when the text names a day or month on or after the merger, else 'pre2025'.

    Years alone do not count: a 2024 plan speaks of "đến năm 2030".
    """
    precise = [d.first for d in doc.dates if len(d.value) >= 7]
    return "2025" if precise and max(precise) >= MERGER else "pre2025"


@functools.cache
def _places() -> tuple[re.Pattern[str], dict[str, tuple[str, bool]]]:
    table: dict[str, tuple[str, bool]] = {}
    text = resources.files("doingoai.extraction").joinpath("data/vn_places.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines):
        table[normalise_text(row["name"].strip())] = (row["code"].strip().zfill(2),
                                                      row["ambiguous"].strip().lower() == "true")
    names = sorted(table, key=len, reverse=True)  # the longest name at a place wins
    pattern = re.compile(literal_alt(names, bounded=True) + r"(?!\w)")
    return pattern, table


def _title_end(doc: Doc) -> int:
    newline = doc.text.find("\n")
    end = newline if newline >= 0 else len(doc.text)
    if end > TITLE_CHARS:
        cut = doc.text.rfind(" ", 0, TITLE_CHARS)
        end = cut if cut > 0 else TITLE_CHARS
    return end


def _lead_end(doc: Doc, title_end: int) -> int:
    body = [s for s in doc.sentences if s.start >= title_end]
    return body[min(LEAD_SENTENCES, len(body)) - 1].end if body else title_end


def _unit_written(norm: str, start: int, end: int) -> bool:
    surface = norm[start:end].lower()
    if surface.startswith(UNIT_SURFACES):
        return True
    before = norm[max(0, start - 12):start].lower().split()
    return bool(before) and (before[-1] in UNIT_HEADS or " ".join(before[-2:]) in ("ubnd tỉnh", "ubnd tp"))


def _dateline(norm: str, start: int, end: int) -> bool:
    """The title opens with the name and a colon or dash: "Khánh Hòa: …", "Đà Nẵng - …"."""
    line_start = norm.rfind("\n", 0, start) + 1
    return line_start == 0 and not norm[:start].strip() and norm[end:end + 2].lstrip()[:1] in (":", "-")


def _mentions(doc: Doc, era: str) -> list[tuple[int, int, str]]:
    """(start, end, unit code in the era) of every province and place mention."""
    out: list[tuple[int, int, str]] = []
    covered: list[tuple[int, int]] = []
    for e in doc.entities:
        covered.append((e.start, e.end))
        if e.type == "province":
            code = _code_in_era(e, era)
            if code is not None:
                out.append((e.start, e.end, code))
    pattern, table = _places()
    norm = doc.norm or normalise_text(doc.text)
    for m in pattern.finditer(norm):
        if any(s < m.end() and m.start() < e for s, e in covered):
            continue
        code, ambiguous = table[m.group(0)]
        if ambiguous and not PLACE_HINT.search(norm[max(0, m.start() - 12):m.start()].lower()):
            continue
        unit = code if era == "pre2025" else ref.successor(code).code
        out.append((m.start(), m.end(), unit))
    return out


@dataclass
class Evidence:
    """What the text says for each unit: its score, whether the title or lead names it, a dateline."""

    scores: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    early: set[str] = field(default_factory=set)
    dateline: str | None = None


def evidence(doc: Doc, era: str) -> Evidence:
    """Scores of the units (pre-2025 codes, or 2025 codes in the 2025 era)."""
    norm = doc.norm or normalise_text(doc.text)
    title_end = _title_end(doc)
    lead_end = _lead_end(doc, title_end)
    out = Evidence()
    for start, end, code in _mentions(doc, era):
        weight = 1.0
        if start < title_end and _dateline(norm, start, end):
            weight += DATELINE_WEIGHT
            out.dateline = out.dateline or code
        elif start < title_end:
            weight += TITLE_WEIGHT
        elif start < lead_end:
            weight += LEAD_WEIGHT
        if start < lead_end:
            out.early.add(code)
        if _unit_written(norm, start, end):
            weight += UNIT_WEIGHT
        out.scores[code] += weight
    return out


def scores(doc: Doc, era: str) -> dict[str, float]:
    return dict(evidence(doc, era).scores)


def _code_in_era(e: Entity, era: str) -> str | None:
    eras: dict[str, str] = e.data.get("eras") or {e.data.get("era"): e.data.get("code")}
    if era in eras:
        return eras[era]
    if era == "2025" and "pre2025" in eras:
        return ref.successor(eras["pre2025"]).code
    return eras.get("2025")  # a 2025 name in an older text: keep the unit it names


def subject(doc: Doc, era: str) -> str | None:
    """The dateline's unit; else the best unit the title or lead names, if it clearly leads."""
    found = evidence(doc, era)
    if found.dateline:
        return found.dateline
    ranked = sorted(found.scores.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][0] not in found.early:
        return None
    code, best = ranked[0]
    if len(ranked) > 1 and best < DOMINANCE * ranked[1][1]:
        return None
    return code


def _unit(code: str, era: str) -> dict[str, str] | None:
    p = ref.province(code, era) or ref.province(code, None)
    return {"name": p.name, "code": p.code} if p else None


def run(doc: Doc) -> Doc:
    era = era_of(doc)
    code = subject(doc, era)
    if code is None:
        doc.province = doc.province_2025 = None
        return doc
    doc.province = _unit(code, era)
    doc.province_2025 = _unit(ref.successor(code).code if era == "pre2025" else code, "2025")
    return doc
