"""Accuracy scorer: extraction output (contract v1, docs in ``extraction-output.md``) against hand-annotated gold.

Gold is a directory of JSON files, one contract object per document (``devset/vi-news/art-NNNN.json``).
Predictions are contract objects keyed by document; documents are matched on the *basename* of
``source``, so ``/any/path/art-0001.txt`` and ``art-0001.txt`` are the same document.

For every field the scorer counts true positives (tp), false positives (fp) and false negatives (fn) over
the whole corpus (micro-averaging) and reports precision, recall and F1; ``macro_f1`` is the mean F1 of
the nine fields. Inside one document, predicted and gold items are paired greedily one-to-one (best
similarity first, then document order); an unpaired prediction is a fp, an unpaired gold item a fn.

Matching rules (a predicted item matches a gold item when):

* ``province`` / ``province_2025`` — scored as a set of at most one item: equal ``code`` when both carry
  one, otherwise equal folded ``name``. ``null`` is the empty set.
* ``countries`` — equal ISO 3166-1 alpha-2 ``code`` (case-insensitive).
* ``foreign_localities`` — equal ``country`` and, when both have an ISO 3166-2 ``code``, equal codes;
  otherwise equal folded names.
* ``organizations`` — equal folded names, or acronym equivalence: one name is an acronym and it equals the
  initials of the other name's words (``LHQ`` ~ ``Liên Hợp Quốc``, ``WTO`` ~ ``World Trade Organization``),
  or the two names share an acronym (a name that *is* an acronym, or one written in parentheses:
  ``Tổ chức Thương mại Thế giới (WTO)`` ~ ``WTO``).
* ``delegations`` — equal ``direction``, ``delegations`` and ``persons`` (``null`` equals only ``null``)
  and overlapping ``evidence`` spans.
* ``agreements`` — equal ``kind`` and ``count`` (a missing count is read as 1) and overlapping evidence.
* ``investments`` — equal ``kind`` and ``projects``, and capital ``value`` within ±0.5 % (both ``null``
  is equal; one ``null`` is not), and overlapping evidence.
* ``events`` — fuzzy name: the folded word sets share at least half of the smaller set; the same
  ``date`` when the gold item has one; overlapping evidence.

"Folded" means :func:`doingoai.text.fold` (lower case, no diacritics, đ→d) after HTML-entity decoding,
with punctuation turned into spaces. Evidence spans overlap when the ``[start, end)`` intervals share at
least one code point.

Precision is ``tp / (tp + fp)``; with no prediction it is 1.0 if there was nothing to find, else 0.0.
Recall is ``tp / (tp + fn)``; with nothing to find it is 1.0 if nothing was predicted, else 0.0.

Command line::

    python -m doingoai.extraction.scoring GOLD_DIR PRED.jsonl [--json]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from doingoai.text import fold

Record = dict[str, Any]
Item = Mapping[str, Any]

FIELDS: tuple[str, ...] = (
    "province",
    "province_2025",
    "countries",
    "foreign_localities",
    "organizations",
    "delegations",
    "agreements",
    "investments",
    "events",
)
CONTRACT_KEYS: tuple[str, ...] = ("source", *FIELDS)

CAPITAL_TOLERANCE = 0.005  # ±0.5 %
EVENT_NAME_OVERLAP = 0.5

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_ACRONYM = re.compile(r"^[A-Z0-9&][A-Z0-9&.\-]{1,11}$")
_PARENS = re.compile(r"\(([^()]+)\)")


# ---------------------------------------------------------------------------------------------------------
# counts and reports


@dataclass
class Counts:
    """tp/fp/fn of one field, with micro precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Scores of a prediction set against the gold set."""

    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    documents: int = 0
    missing: list[str] = field(default_factory=list)  # gold documents without a prediction
    extra: list[str] = field(default_factory=list)  # predicted documents without gold (ignored)
    per_document: dict[str, dict[str, Counts]] = field(default_factory=dict)

    @property
    def macro_f1(self) -> float:
        return sum(c.f1 for c in self.fields.values()) / len(self.fields)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "missing": self.missing,
            "extra": self.extra,
            "fields": {
                name: {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": c.precision, "recall": c.recall, "f1": c.f1}
                for name, c in self.fields.items()
            },
            "macro_f1": self.macro_f1,
        }


def format_report(report: Report) -> str:
    """A small fixed-width table: field, tp, fp, fn, P, R, F1, then the macro-F1."""
    lines = [f"{'field':<20}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for name, c in report.fields.items():
        lines.append(f"{name:<20}{c.tp:>6}{c.fp:>6}{c.fn:>6}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}")
    lines.append(f"{'macro-F1':<38}{report.macro_f1:>30.3f}")
    lines.append(f"documents scored: {report.documents}")
    if report.missing:
        lines.append(f"gold documents without a prediction (scored as empty): {len(report.missing)}")
    if report.extra:
        lines.append(f"predicted documents without gold (ignored): {len(report.extra)}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------------
# loading


def doc_key(source: str) -> str:
    """The document key: basename of ``source`` (either path style)."""
    return PurePath(source.replace("\\", "/")).name


def load_gold(directory: str | Path) -> dict[str, Record]:
    """Every ``*.json`` file of ``directory`` (one contract object each), keyed by the basename of source."""
    gold: dict[str, Record] = {}
    for path in sorted(Path(directory).glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        key = doc_key(str(record["source"]))
        if key in gold:
            raise ValueError(f"two gold files for {key}: {path}")
        gold[key] = record
    return gold


def load_predictions(path: str | Path) -> dict[str, Record]:
    """A JSON Lines file of contract objects (the output of ``doingoai extract``), keyed like the gold."""
    preds: dict[str, Record] = {}
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        if not isinstance(record, dict) or "source" not in record:
            raise ValueError(f"{path}:{n}: not a contract object")
        preds[doc_key(str(record["source"]))] = record
    return preds


# ---------------------------------------------------------------------------------------------------------
# normalisation helpers


def norm_name(name: Any) -> str:
    """Folded, punctuation-free form of a name (``Allyn &amp; Co.`` -> ``allyn co``)."""
    if not isinstance(name, str):
        return ""
    return " ".join(_PUNCT.sub(" ", fold(html.unescape(name))).split())


def _acronyms(name: str) -> set[str]:
    """Acronyms a name carries: the name itself if it is one, and any acronym written in parentheses."""
    out: set[str] = set()
    raw = html.unescape(name).strip()
    for cand in [raw, *_PARENS.findall(raw)]:
        cand = cand.strip()
        if _ACRONYM.match(cand):
            out.add(re.sub(r"[.\-]", "", cand).upper())
    return out


def _initials_variants(name: str) -> set[str]:
    small = {"of", "the", "and", "for", "de", "du", "des", "la", "le", "et", "va", "cua"}
    words = norm_name(_PARENS.sub(" ", html.unescape(name))).split()
    return {"".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w not in small).upper()}


def org_names_match(a: str, b: str) -> bool:
    """Folded-name equality or acronym/expansion equivalence (see the module docstring)."""
    na, nb = norm_name(a), norm_name(b)
    if na and na == nb:
        return True
    aa, ab = _acronyms(a), _acronyms(b)
    if aa & ab:
        return True
    if any(x in _initials_variants(b) for x in aa if len(x) >= 2):
        return True
    if any(x in _initials_variants(a) for x in ab if len(x) >= 2):
        return True
    return False


def spans_overlap(a: Any, b: Any) -> bool:
    """True when two ``[start, end)`` spans share at least one position."""
    try:
        a0, a1 = int(a[0]), int(a[1])
        b0, b1 = int(b[0]), int(b[1])
    except (TypeError, ValueError, IndexError, KeyError):
        return False
    return a0 < b1 and b0 < a1


def _capital_value(item: Item) -> float | None:
    cap = item.get("capital")
    if not isinstance(cap, Mapping):
        return None
    value = cap.get("value")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def capital_equal(a: float | None, b: float | None, tolerance: float = CAPITAL_TOLERANCE) -> bool:
    """Both ``None``, or relative difference within ``tolerance`` of the larger magnitude."""
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def _words(name: Any) -> set[str]:
    return set(norm_name(name).split())


def event_name_overlap(a: Any, b: Any) -> float:
    """Share of the smaller folded word set found in the other one (0.0 when either is empty)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _upper(value: Any) -> str:
    return value.strip().upper() if isinstance(value, str) else ""


# ---------------------------------------------------------------------------------------------------------
# per-field similarity: a score > 0 when the predicted item may be paired with the gold item, else None

Similarity = Callable[[Item, Item], float | None]


def _sim_province(pred: Item, gold: Item) -> float | None:
    pc, gc = _upper(pred.get("code")), _upper(gold.get("code"))
    if pc and gc:
        return 1.0 if pc == gc else None
    pn, gn = norm_name(pred.get("name")), norm_name(gold.get("name"))
    return 1.0 if pn and pn == gn else None


def _sim_country(pred: Item, gold: Item) -> float | None:
    pc, gc = _upper(pred.get("code")), _upper(gold.get("code"))
    return 1.0 if pc and pc == gc else None


def _sim_locality(pred: Item, gold: Item) -> float | None:
    if _upper(pred.get("country")) != _upper(gold.get("country")):
        return None
    pc, gc = _upper(pred.get("code")), _upper(gold.get("code"))
    if pc and gc:
        return 1.0 if pc == gc else None
    pn, gn = norm_name(pred.get("name")), norm_name(gold.get("name"))
    return 1.0 if pn and pn == gn else None


def _sim_org(pred: Item, gold: Item) -> float | None:
    pn, gn = pred.get("name"), gold.get("name")
    if not isinstance(pn, str) or not isinstance(gn, str):
        return None
    if not org_names_match(pn, gn):
        return None
    return 2.0 if norm_name(pn) == norm_name(gn) else 1.0


def _evidence_score(pred: Item, gold: Item) -> float | None:
    pe, ge = pred.get("evidence"), gold.get("evidence")
    if not spans_overlap(pe, ge):
        return None
    shared = min(int(pe[1]), int(ge[1])) - max(int(pe[0]), int(ge[0]))
    return 1.0 + shared / max(1, int(ge[1]) - int(ge[0]))


def _same(a: Any, b: Any) -> bool:
    """Equality for counts: ``None`` equals only ``None``; booleans are not numbers."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    return bool(a == b)


def _sim_delegation(pred: Item, gold: Item) -> float | None:
    if pred.get("direction") != gold.get("direction"):
        return None
    if not _same(pred.get("delegations"), gold.get("delegations")) or not _same(pred.get("persons"), gold.get("persons")):
        return None
    return _evidence_score(pred, gold)


def _count(item: Item) -> Any:
    c = item.get("count")
    return 1 if c is None else c


def _sim_agreement(pred: Item, gold: Item) -> float | None:
    if pred.get("kind") != gold.get("kind") or not _same(_count(pred), _count(gold)):
        return None
    return _evidence_score(pred, gold)


def _sim_investment(pred: Item, gold: Item) -> float | None:
    if pred.get("kind") != gold.get("kind") or not _same(pred.get("projects"), gold.get("projects")):
        return None
    if not capital_equal(_capital_value(pred), _capital_value(gold)):
        return None
    return _evidence_score(pred, gold)


def _sim_event(pred: Item, gold: Item) -> float | None:
    overlap = event_name_overlap(pred.get("name"), gold.get("name"))
    if overlap < EVENT_NAME_OVERLAP:
        return None
    if gold.get("date") and pred.get("date") != gold.get("date"):
        return None
    ev = _evidence_score(pred, gold)
    return None if ev is None else ev + overlap


SIMILARITY: dict[str, Similarity] = {
    "province": _sim_province,
    "province_2025": _sim_province,
    "countries": _sim_country,
    "foreign_localities": _sim_locality,
    "organizations": _sim_org,
    "delegations": _sim_delegation,
    "agreements": _sim_agreement,
    "investments": _sim_investment,
    "events": _sim_event,
}


# ---------------------------------------------------------------------------------------------------------
# matching and scoring


def greedy_match(preds: Sequence[Item], golds: Sequence[Item], similarity: Similarity) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index): highest similarity first, ties in document order."""
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            s = similarity(p, g)
            if s is not None:
                candidates.append((-s, gi, pi))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((pi, gi))
    return pairs


def _items(record: Mapping[str, Any] | None, name: str) -> list[Item]:
    if not record:
        return []
    value = record.get(name)
    if name in ("province", "province_2025"):
        return [value] if isinstance(value, Mapping) else []
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, Mapping)]


def score_field(pred: Mapping[str, Any] | None, gold: Mapping[str, Any], name: str) -> Counts:
    """tp/fp/fn of one field of one document."""
    preds, golds = _items(pred, name), _items(gold, name)
    if name == "countries":  # countries are a set of codes: a repeated code counts once
        preds = list({_upper(p.get("code")): p for p in preds if _upper(p.get("code"))}.values())
    tp = len(greedy_match(preds, golds, SIMILARITY[name]))
    return Counts(tp=tp, fp=len(preds) - tp, fn=len(golds) - tp)


def score_document(pred: Mapping[str, Any] | None, gold: Mapping[str, Any]) -> dict[str, Counts]:
    return {name: score_field(pred, gold, name) for name in FIELDS}


def score(gold: Mapping[str, Mapping[str, Any]], predictions: Mapping[str, Mapping[str, Any]]) -> Report:
    """Score predictions against gold. Each prediction is matched on the basename of its ``source``
    (falling back to the basename of its mapping key when it has no ``source``)."""
    preds = {doc_key(str(v.get("source") or k)): v for k, v in predictions.items()}
    report = Report()
    for key in sorted(gold):
        pred = preds.get(key)
        if pred is None:
            report.missing.append(key)
        counts = score_document(pred, gold[key])
        report.per_document[key] = counts
        for name, c in counts.items():
            report.fields[name].add(c)
        report.documents += 1
    gold_keys = {doc_key(k) for k in gold}
    report.extra = sorted(k for k in preds if k not in gold_keys)
    return report


def score_files(gold_dir: str | Path, predictions_path: str | Path) -> Report:
    return score(load_gold(gold_dir), load_predictions(predictions_path))


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m doingoai.extraction.scoring", description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", help="directory of gold JSON files (one contract object each)")
    parser.add_argument("predictions", help="JSON Lines file of predicted contract objects")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON instead of a table")
    args = parser.parse_args(list(argv) if argv is not None else None)
    report = score_files(args.gold_dir, args.predictions)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
