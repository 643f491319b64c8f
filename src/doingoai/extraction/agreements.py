"""Agreements concluded with foreign partners, read into `Doc.agreements`.

One entry per signed (or formally established) document statement, in the contract's shape:
``{kind, count, partners: [{name, country}], date, evidence}``.

A statement needs, in one sentence:

* a verb of conclusion — "ký", "ký kết", "đã ký", "vừa ký", "trao", "trao đổi" (of notes), or the
  passive "… đã được ký kết"; also "thiết lập quan hệ hữu nghị/hợp tác", "kết nghĩa" (kind other);
* what was signed, after the verb (or before a passive verb): bản ghi nhớ / biên bản ghi nhớ / MOU
  → `mou`; thỏa thuận, hiệp định, hiệp ước → `agreement`; công hàm, nghị định thư, văn bản (hợp
  tác), hợp đồng, tuyên bố chung, chương trình/kế hoạch hợp tác, thư ý định → `other`; "ký kết
  hợp tác với [foreign partner]" without a document noun → `other`;
* a foreign partner in the sentence (a foreign country, locality or organisation from the
  recognisers). Two Vietnamese parties (Khánh Hòa – TPHCM, Sở Ngoại vụ – ITPC) are not entries.

Not concluded, so not entries: a plan or wish before the verb in the sentence ("sẽ ký", "dự kiến
ký", "hướng tới ký", "đàm phán", "đề xuất", "chuẩn bị", "kế hoạch", "tìm kiếm", "mong muốn",
"nhằm", "để", "chưa", "dự thảo"…) unless "đã", "vừa" or "đã được" stands right before the verb;
the verb inside a name ("Luật ký kết, gia nhập và thực hiện điều ước quốc tế", "Pháp lệnh ký kết");
diplomatic relations established long ago ("thiết lập quan hệ ngoại giao năm 1972").

`count` is the number written before the document noun ("02 bản ghi nhớ", "hai thỏa thuận"),
default 1. `partners` are the foreign parties named in the sentence (organisations and localities
as named; a country standing alone as its Vietnamese name; a country already implied by a named
locality or body is not repeated). `date`: the closest date with a written year in the sentence.
"""

from __future__ import annotations

import re
from typing import Any

from doingoai.extraction import dates as _dates
from doingoai.extraction.doc import Doc, Entity
from doingoai.extraction.patterns import alt, balt, canon, vi
from doingoai.extraction.spans import foreign_entities, lowered, quantities_in, sentence_spans

_KINDS: dict[str, list[str]] = {
    "mou": ["bản ghi nhớ", "biên bản ghi nhớ", "văn bản ghi nhớ", "thỏa thuận ghi nhớ", "ghi nhớ", "mou",
            "memorandum of understanding", "bản ghi nhớ hợp tác"],
    "agreement": ["thỏa thuận", "bản thỏa thuận", "văn bản thỏa thuận", "hiệp định", "hiệp ước", "thỏa ước",
                  "agreement"],
    "other": ["công hàm", "nghị định thư", "văn bản hợp tác", "văn kiện", "hợp đồng", "tuyên bố chung",
              "chương trình hợp tác", "kế hoạch hợp tác", "thư ý định", "bản cam kết", "điều ước", "văn bản",
              "biên bản hợp tác", "biên bản làm việc", "biên bản thỏa thuận"],
}
_KIND_OF = {w: k for k, words in _KINDS.items() for w in words}
_KIND_BY_CANON = {canon(w): k for w, k in _KIND_OF.items()}
_NOUN = re.compile(r"(?P<noun>" + balt(list(_KIND_OF)) + r")(?!\w)")
_SIGN = re.compile(
    r"(?P<verb>" + balt(["ký kết", "ký", "ký chính thức", "trao", "trao đổi", "ký tắt"]) + r")(?!\w)"
)
_PASSIVE = re.compile(r"(?<!\w)(?:đã|vừa)?\s*(?:được\s+)?" + alt(["ký kết", "ký"]) + r"(?!\w)")
_ESTABLISH = re.compile(
    r"(?<!\w)(?:" + vi("thiết lập") + r"\s+(?:mối\s+)?" + vi("quan hệ") + r"\s+(?:" + alt(
        ["hữu nghị", "hợp tác", "kết nghĩa", "đối tác", "hợp tác hữu nghị", "hữu nghị và hợp tác", "tỉnh kết nghĩa"]
    ) + r")|" + alt(["kết nghĩa", "ký kết kết nghĩa"]) + r")(?!\w)"
)
_COOPERATE = re.compile(r"(?<!\w)" + vi("ký kết") + r"\s+" + vi("hợp tác") + r"(?!\w)")
_PLANNED = re.compile(
    balt([
        "sẽ", "dự kiến", "hướng tới", "tiến tới", "đàm phán", "đề xuất", "chuẩn bị", "kế hoạch", "tìm kiếm",
        "mong muốn", "nhằm", "để", "chưa", "không", "dự thảo", "sớm", "cần", "phải", "định", "hy vọng", "muốn",
        "chờ", "trình", "xem xét", "nghiên cứu", "thảo luận", "bàn về", "có thể", "đề nghị", "thống nhất sẽ",
        "tiến hành đàm phán", "hướng đến", "kêu gọi", "mời",
    ]) + r"(?!\w)"
)
_DONE_BEFORE = re.compile(balt(["đã", "vừa", "đã được", "vừa được", "chính thức", "đã chính thức"])
                          + r"\s*$")
_NAME_BEFORE = re.compile(
    balt(["luật", "pháp lệnh", "thẩm quyền", "thủ tục", "quy trình", "quy định về", "công tác",
                      "hoạt động", "quản lý"]) + r"\s*$"
)
_NAME_AFTER = re.compile(r"\s*,\s*" + vi("gia nhập"))


_JOINED = re.compile(r"(?:,|(?<!\w)và|(?<!\w)cùng)\s*(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)?\s*$")
def _kind(noun: str) -> str:
    return _KIND_BY_CANON.get(canon(noun), "other")


def _partner(doc: Doc, e: Entity) -> dict[str, Any]:
    if e.type == "country":
        return {"name": e.name, "country": e.key}
    name = e.data.get("display") if isinstance(e.data, dict) else None
    return {"name": name or e.name or doc.text[e.start : e.end], "country": e.country}


def _partners(doc: Doc, ents: list[Entity]) -> list[dict[str, Any]]:
    implied = {e.country for e in ents if e.type != "country" and e.country}
    out: list[dict[str, Any]] = []
    for e in ents:
        if e.type == "country" and e.key in implied:
            continue
        p = _partner(doc, e)
        if p not in out:
            out.append(p)
    return out


def _count(doc: Doc, noun_start: int) -> int:
    for q in quantities_in(doc, max(0, noun_start - 30), noun_start + 60):
        if q.end <= noun_start and noun_start - q.end <= 2 and not q.is_money and q.unit != "%":
            return int(q.value)
        if q.start <= noun_start < q.end and not q.is_money:  # the unit of the quantity is the noun itself
            return int(q.value)
    return 1


def _planned(low: str, sent_start: int, verb_start: int) -> bool:
    before = low[sent_start:verb_start]
    if _DONE_BEFORE.search(before):
        return False
    return _PLANNED.search(before) is not None


def run(doc: Doc) -> Doc:
    low = lowered(doc)
    out: list[dict[str, Any]] = []
    for ss, se in sentence_spans(doc):
        foreign = foreign_entities(doc, ss, se)
        if not foreign:
            continue
        found: list[tuple[int, str, int]] = []  # (noun start, kind, anchor)
        used_nouns: set[int] = set()
        for v in _SIGN.finditer(low, ss, se):
            if _NAME_BEFORE.search(low, max(ss, v.start() - 20), v.start()) or _NAME_AFTER.match(low, v.end()):
                continue
            verb = v.group("verb")
            noun = _NOUN.search(low, v.end(), min(se, v.end() + 45))
            if noun is None:
                if verb.startswith(("ký", "kí")) and _COOPERATE.match(low, v.start()):
                    if not _planned(low, ss, v.start()):
                        found.append((v.start(), "other", v.start()))
                continue
            between = low[v.end() : noun.start()]
            if verb.startswith("trao") and not re.fullmatch(r"\s*(?:\d+|hai|ba|bốn|năm)?\s*", between):
                continue  # "trao bản ghi nhớ" yes, "trao đổi kinh nghiệm … thỏa thuận" no
            if canon(verb) == canon("trao đổi") and _kind(noun.group("noun")) not in ("other",):
                continue
            if re.search(r"[.;:]", between):
                continue
            if _planned(low, ss, v.start()):
                continue
            while noun is not None and noun.start() not in used_nouns:
                used_nouns.add(noun.start())
                found.append((noun.start(), _kind(noun.group("noun")), v.start()))
                # "2 bản ghi nhớ (với A) và 1 thỏa thuận (với B)": further documents joined to the first
                nxt = _NOUN.search(low, noun.end(), min(se, noun.end() + 90))
                if nxt is None:
                    break
                between = low[noun.end() : nxt.start()]
                if not _JOINED.search(between) or re.search(r"[.;:]", between) or _SIGN.search(between) \
                        or _PLANNED.search(between):
                    break
                noun = nxt
        # passive: "Bản ghi nhớ … đã được ký kết"
        for n in _NOUN.finditer(low, ss, se):
            if n.start() in used_nouns:
                continue
            p = _PASSIVE.search(low, n.end(), min(se, n.end() + 60))
            if p and "được" in p.group(0) and not _planned(low, ss, p.start()):
                if _NAME_BEFORE.search(low, max(ss, n.start() - 20), n.start()):
                    continue
                used_nouns.add(n.start())
                found.append((n.start(), _kind(n.group("noun")), p.start()))
        for m in _ESTABLISH.finditer(low, ss, se):
            if not _planned(low, ss, m.start()) and not any(a == m.start() for _, _, a in found):
                found.append((m.start(), "other", m.start()))
        found.sort()
        for i, (noun_start, kind, anchor) in enumerate(found):
            d = _dates.nearest(doc, ss, se, anchor)
            # the partners named with this document ("… với tỉnh A và 01 thỏa thuận với tỉnh B")
            seg_end = found[i + 1][0] if i + 1 < len(found) else se
            own = [f for f in foreign if noun_start <= f.start < seg_end]
            out.append({
                "kind": kind,
                "count": _count(doc, noun_start),
                "partners": _partners(doc, own or [f for f in foreign if f.start < noun_start] or foreign),
                "date": d.value if d else None,
                "evidence": [ss, se],
            })
    doc.agreements = out
    return doc
