"""Named events held or planned, read into `Doc.events`.

One entry per event, in the contract's shape: ``{name, kind, date, place, evidence}``.

A mention starts at a kind word and runs over its name or description:

=====================================================  ==========
hội nghị, hội thảo                                     conference
hội nghị thượng đỉnh, thượng đỉnh, hội nghị cấp cao…   meeting
diễn đàn, tọa đàm                                      forum
hội chợ                                                fair
expo                                                   expo
triển lãm                                              exhibition
lễ hội, festival, liên hoan, ngày hội                  festival
buổi/cuộc gặp mặt, họp mặt, gặp gỡ, cuộc gặp           meeting
khóa đào tạo, lớp/khóa tập huấn                        training
chương trình xúc tiến, tuần lễ, tuần văn hóa           other
=====================================================  ==========

The name ends at punctuation (a hyphen between names stays: "Campuchia - Việt Nam"; an acronym in
brackets stays: "(ĐƯQT)") or at a word that starts the rest of the sentence ("vừa", "đã", "sẽ",
"được", "do", "diễn ra", "khai mạc", "vào", "ngày", "sáng", "tại", "ở", "nhằm", "để", "có",
"là"…), e.g. "Lễ hội cà phê Buôn Ma Thuột lần thứ 7", "Triển lãm Quảng Tây", "Hội thảo Cơ hội
đầu tư kinh doanh tại Campuchia". A meeting with no other description keeps its place ("cuộc gặp
tại Brussels"); "buổi gặp gỡ, trao đổi trực tiếp với UBND thành phố" keeps the joined verb.

Not events: a kind word with no name or description ("Tại hội nghị, …", "hội thảo này", "buổi
gặp gỡ sau đó"), plural or counted mentions ("nhiều diễn đàn", "3 hội nghị đầu tư", "các buổi hội
nghị"), internal meetings ("hội nghị tổng kết", "họp báo", "Ban chấp hành", "giao ban"…), festive
moods ("không khí lễ hội"), and events with no foreign-affairs side. An event is kept when (a) the
sentence or the name involves a foreign country, place or body or says "quốc tế"/"nước ngoài",
(b) its name is about investment, trade, tourism promotion, cooperation or foreign affairs, or
(c) it is a fair, expo, exhibition or festival.

Repeated mentions of one event (the name of one is contained in the other's, ignoring the kind
word) are one entry; the mention kept is the one the sentence describes best (an organising verb,
a place, a date), a headline giving way to the body. `date`: the closest date with a written year
in the evidence sentence; `place`: the words after "tại"/"ở" next to the name, else `null`.
"""

from __future__ import annotations

import re
from typing import Any

from doingoai.extraction import dates as _dates
from doingoai.extraction.doc import Doc
from doingoai.extraction.patterns import alt, balt, canon, vi
from doingoai.extraction.spans import foreign_entities, headline_end, lowered, sentence_spans

_KIND_WORDS: dict[str, list[str]] = {
    "meeting": ["hội nghị thượng đỉnh", "thượng đỉnh", "hội nghị cấp cao", "buổi gặp mặt", "buổi họp mặt",
                "buổi gặp gỡ", "cuộc gặp gỡ", "cuộc gặp mặt", "cuộc gặp", "cuộc họp mặt", "gặp mặt", "họp mặt"],
    "conference": ["hội nghị", "hội thảo", "cuộc hội nghị", "cuộc hội thảo", "buổi hội thảo"],
    "forum": ["diễn đàn", "tọa đàm", "buổi tọa đàm", "cuộc tọa đàm"],
    "fair": ["hội chợ"],
    "expo": ["expo"],
    "exhibition": ["triển lãm", "cuộc triển lãm"],
    "festival": ["lễ hội", "festival", "liên hoan", "ngày hội"],
    "training": ["khóa đào tạo", "lớp tập huấn", "khóa tập huấn", "lớp đào tạo", "khóa bồi dưỡng"],
    "other": ["chương trình xúc tiến", "tuần lễ", "tuần văn hóa"],
}
_KIND_OF = {canon(w): k for k, ws in _KIND_WORDS.items() for w in ws}
_KIND_RE = re.compile(r"(?P<kw>" + balt([w for ws in _KIND_WORDS.values() for w in ws]) + r")(?!\w)")

_STOP = re.compile(
    r"(?:" + balt([
        "vừa", "đã", "sẽ", "được", "do", "diễn ra", "khai mạc", "bế mạc", "vào", "ngày", "sáng", "chiều", "tối",
        "trưa", "hôm", "tại", "ở", "nhằm", "để", "có", "là", "cho biết", "kết thúc", "dự kiến", "này", "đó",
        "trên", "nọ", "sau đó", "gồm", "kéo dài", "cũng", "thì", "mà", "đang", "sắp", "tới đây", "vừa qua", "năm nay",
        "lần này", "được tổ chức", "chính thức", "cuối tuần", "đầu tuần", "theo", "trong", "từ", "đến",
        "khi", "nếu", "với sự", "mang", "trưng bày", "dành", "phát biểu", "bao gồm", "thành công", "hôm qua", "nhất",
        "còn", "áp dụng", "cung cấp", "giúp", "góp phần", "đem lại", "mang lại", "chú trọng", "đề ra", "tập trung",
        "bàn", "thảo luận", "đánh giá", "quy tụ", "đạt", "tiếp tục", "đi vào", "hướng tới", "chỉ", "luôn", "không",
        "chưa", "phải", "cần", "nên", "bị", "đều",
    ]) + r")(?!\w)"
)
_AND_VERB = re.compile(r"\s+" + alt(["và", "cùng"]) + r"\s+" + alt([
    "ký", "ký kết", "tổ chức", "trao", "khai mạc", "tham quan", "gặp", "làm việc", "thăm", "giới thiệu", "tiếp",
]) + r"(?!\w)")
_JOINED_VERB = re.compile(r"\s*,\s*(?=" + alt(["trao đổi", "giao lưu", "đối thoại", "làm việc", "tiếp xúc", "thảo luận",
                                                "chia sẻ", "tọa đàm"]) + r"(?!\w))")
_PLURAL_BEFORE = re.compile(r"(?:" + balt([
    "các", "những", "nhiều", "mấy", "vài", "một số", "mỗi", "hàng loạt", "chuỗi", "loạt", "là", "là một", "như một",
    "dịch vụ", "phòng", "hội trường", "trung tâm", "cung cấp", "công ty chuyên tổ chức", "chuyên tổ chức", "năm",
    "kỷ niệm",
]) + r"|\d+)\s*$")
# "hội chợ, hội thảo nước ngoài": generic kinds listed together are not one event
_LISTED_BEFORE = re.compile(r"(?:" + balt([w for ws in _KIND_WORDS.values() for w in ws]) + r")\s*(?:,|và|hoặc)\s*$")
_VERB_LIKE = {canon(w) for w in ("triển lãm", "gặp mặt", "họp mặt", "liên hoan", "hội thảo", "tọa đàm")}
_DETERMINER_AFTER = re.compile(r"\s+" + alt(["các", "những", "nhiều", "một", "hai", "ba"]) + r"(?!\w)")
_NOT_EVENT = re.compile(r"(?:" + balt([
    "họp báo", "tổng kết", "sơ kết", "ban chấp hành", "bch", "đảng bộ", "cử tri", "giao ban", "thi đua", "khen thưởng",
    "công tác tư tưởng", "đại hội", "khách hàng/tuần", "ca nhạc", "báo chí", "báo giới", "phóng viên",
]) + r")(?!\w)")
_MOOD_BEFORE = re.compile(balt(["không khí", "mùa", "dịp", "sau", "thời gian", "trong suốt thời gian"])
                          + r"\s*$")
_FOREIGN_WORDS = re.compile(r"(?:" + balt(["quốc tế", "nước ngoài", "các nước", "ingo", "ngo", "ngoại giao",
                                                  "đối ngoại", "đại sứ", "lãnh sự"]) + r")(?!\w)")
_SUMMIT = re.compile(r"(?:" + balt(["thượng đỉnh", "cấp cao", "apec", "asean", "asem", "g20", "g7", "liên hợp quốc",
                                           "wef", "mekong"]) + r")(?!\w)")
_SUBJECT = re.compile(r"(?:" + balt([
    "đầu tư", "thương mại", "xúc tiến", "du lịch", "hợp tác", "đối ngoại", "ngoại giao", "điều ước", "hội nhập",
    "xuất khẩu", "kêu gọi", "thỏa thuận quốc tế",
]) + r")(?!\w)")
_ORGANISE = re.compile(r"(?:" + balt(["tổ chức", "diễn ra", "khai mạc", "bế mạc", "được tổ chức", "sẽ tổ chức",
                                             "dự kiến tổ chức", "đã diễn ra", "đăng cai"]) + r")(?!\w)")
_ORGANISERS = re.compile(balt(["ban tổ chức", "mục đích của", "thành công của"]) + r"\s*$")
_PLACE = re.compile(r"\s*(?:tại|ở)\s+")
_PLACE_STOP = re.compile(r"[,;.:!?\"“”()]|(?<!\w)(?:" + alt([
    "vào", "ngày", "từ", "đến", "với", "nhằm", "để", "do", "và đã", "sáng", "chiều", "tối", "hôm", "trong", "có",
    "thu hút", "đã", "sẽ", "là", "cho",
]) + r")(?!\w)")
_PLACE_AFTER = re.compile(
    r"(?:\s+(?:sáng|chiều|tối|trưa|hôm)(?:\s+(?:nay|qua|mai))?|\s+ngày\s+[\d/\-]+)?\s*(?:tại|ở)\s+"
)
_QUOTED = re.compile(r"\s*[\"“'‘«]([^\"”'’»\n]{3,150})[\"”'’»]")  # Hội thảo "Hợp tác địa phương Việt Nam - Lào"
_PUNCT = re.compile(r"[,;.:!?\"“”\n]|\((?![A-ZĐ]{2,}[^)]*\))|\)")
_MAX_WORDS = 25


_ORGANISE_VERB = re.compile(vi("tổ chức") + r"(?!\w)")
_OF_BEFORE = re.compile(r"(?<!\w)(?:các|những|với|của|cho|và|một số)\s+$")


def _name_end(text: str, low: str, start: int, limit: int) -> int:
    """The end of a name that begins at `start` (after its kind word)."""
    pos = start
    words = 0
    while pos < limit and words < _MAX_WORDS:
        m = re.compile(r"\s*(\([A-ZĐ][^()]{0,40}\)|[\w]+(?:[.'’][\w]+)*|\s-\s|-)").match(text, pos, limit)
        if not m:
            break
        token_start = m.start(1)
        if _STOP.match(low, token_start) or _AND_VERB.match(low, pos):
            break
        if _ORGANISE_VERB.match(low, token_start) and not _OF_BEFORE.search(
            low, max(start, token_start - 8), token_start
        ):
            break  # "… do Bộ tổ chức" ends the name; "các tổ chức phi chính phủ" does not
        pos = m.end()
        words += 1
    return pos


def _clean_name(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and (text[end - 1] in " -–" or text[end - 1].isspace()):
        end -= 1
    return start, end


def _place(text: str, low: str, pos: int, limit: int) -> str | None:
    m = _PLACE.match(low, pos, limit)
    if not m:
        return None
    stop = _PLACE_STOP.search(low, m.end(), limit)
    end = stop.start() if stop else limit
    value = text[m.end() : end].strip(" -")
    return value or None


def _relevant(doc: Doc, low: str, kind: str, name_low: str, ss: int, se: int) -> bool:
    if _NOT_EVENT.search(name_low):
        return False
    if kind in ("fair", "expo", "exhibition", "festival") or _SUMMIT.search(name_low):
        return True
    if foreign_entities(doc, ss, se) or _FOREIGN_WORDS.search(low, ss, se):
        return True
    return bool(_SUBJECT.search(name_low))


def _content(name: str, kind_word: str) -> set[str]:
    words = set(re.findall(r"\w+", canon(name)))
    return words - set(canon(kind_word).split()) - {"cuộc", "buổi", "lần", "thứ"}


def run(doc: Doc) -> Doc:
    text = doc.text
    low = lowered(doc)
    sents = sentence_spans(doc)
    title_end = headline_end(doc, sents)
    mentions: list[dict[str, Any]] = []
    for ss, se in sents:
        for m in _KIND_RE.finditer(low, ss, se):
            kw = m.group("kw")
            kind = _KIND_OF.get(canon(kw), "other")
            before = low[max(ss, m.start() - 16) : m.start()]
            if _PLURAL_BEFORE.search(before) or _MOOD_BEFORE.search(before) or _LISTED_BEFORE.search(
                    low, max(ss, m.start() - 25), m.start()):
                continue
            if _DETERMINER_AFTER.match(low, m.end()) and canon(kw) in _VERB_LIKE:
                continue  # "triển lãm các hình ảnh": the verb, not an event
            if kind == "other" and not (_ORGANISE.search(low, max(ss, m.start() - 25), m.start())
                                        or re.match(r"[^,.;]{0,60}?(?<!\w)tại\s", low[m.end() : se])):
                continue  # "chương trình xúc tiến" is an event only when organised somewhere
            limit = se
            p = _PUNCT.search(text, m.end(), se)
            if p:
                limit = p.start()
            quoted = _QUOTED.match(text, m.end(), se)
            end = quoted.end() if quoted else _name_end(text, low, m.end(), limit)
            if end == m.end():
                jv = _JOINED_VERB.match(low, m.end(), se)
                if jv:  # "buổi gặp gỡ, trao đổi trực tiếp với UBND thành phố"
                    p2 = _PUNCT.search(text, jv.end(), se)
                    end = _name_end(text, low, jv.end(), p2.start() if p2 else se)
            if end == m.end() and kind == "meeting":
                pl = _PLACE.match(low, m.end(), limit)
                if pl and pl.end() < limit and text[pl.end()].isupper():  # "cuộc gặp tại Brussels"
                    end = _name_end(text, low, pl.end(), limit)
            start, end = _clean_name(text, m.start(), end)
            if not _content(text[start:end], kw):
                continue  # a bare kind word: "Tại hội nghị, …", "hội thảo này"
            name_low = low[start:end]
            if not _relevant(doc, low, kind, name_low, ss, se):
                continue
            score = 0
            if _ORGANISE.search(low, ss, se):
                score += 1
            if _PLACE_AFTER.match(low, end, se):
                score += 1
            if re.search(r"(?<!\w)(?:tại|trong)\s+$", low[max(ss, start - 8) : start]):
                score += 0.5
            if _dates.nearest(doc, ss, se, start):
                score += 1
            if _ORGANISERS.search(low, max(ss, start - 20), start):
                score -= 2
            in_title = start < title_end
            mentions.append({
                "name": text[start:end], "kind": kind, "kw": kw, "start": start, "end": end, "ss": ss, "se": se,
                "score": score - (3 if in_title else 0), "title": in_title,
            })
    for a, b in zip(mentions, mentions[1:]):
        if a["ss"] == b["ss"]:
            a["seg_end"], b["seg_start"] = b["start"], a["end"]
    doc.events = [_entry(doc, text, low, e) for e in _merge(mentions)]
    return doc


def _merge(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group mentions of one event; keep the best-described mention of each group."""
    groups: list[list[dict[str, Any]]] = []
    for m in mentions:
        cm = _content(m["name"], m["kw"])
        for g in groups:
            if g[0]["kind"] != m["kind"] and not {g[0]["kind"], m["kind"]} <= {"conference", "meeting", "forum"}:
                continue
            if any(_same(cm, _content(x["name"], x["kw"])) for x in g):
                g.append(m)
                break
        else:
            groups.append([m])
    out = []
    has_body = any(not m["title"] for m in mentions)
    for g in groups:
        if has_body and all(x["title"] for x in g):
            continue  # a headline naming nothing the body describes again
        best = max(g, key=lambda x: (x["score"], -x["start"]))
        longest = max(g, key=lambda x: len(_content(x["name"], x["kw"])))
        out.append(best | {"name": longest["name"] if not longest["title"] else best["name"]})
    out.sort(key=lambda x: x["start"])
    return out


def _same(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    return a <= b or b <= a


def _date(doc: Doc, m: dict[str, Any]) -> str | None:
    """The most precise date (with a written year) after the name, up to the next event of the
    sentence; else the closest one before it."""
    ss, se = m["ss"], min(m.get("seg_end", m["se"]), m["end"] + 120)
    semi = doc.text.find(";", m["end"], se)
    se = semi if semi != -1 else se
    after = [d for d in doc.dates if m["end"] <= d.start and d.end <= se and not d.year_inferred]
    if after:
        return max(after, key=lambda d: (len(d.value), -d.start)).value
    d = _dates.nearest(doc, m.get("seg_start", ss), m["start"], m["start"])
    return d.value if d else None


def _entry(doc: Doc, text: str, low: str, m: dict[str, Any]) -> dict[str, Any]:
    ss, se = m["ss"], m["se"]
    place = _place(text, low, m["end"], se)
    if place is None:
        # "… tổ chức tại TP HCM vào ngày …": a place later in the sentence
        t = re.compile(r"(?<!\w)(?:tại|ở)\s+(?=[A-ZĐÀ-Ỹ])").search(text, m["end"], se)
        if t:
            place = _place(text, low, t.start() - 1 if t.start() else t.start(), se)
    return {"name": " ".join(m["name"].split()), "kind": m["kind"], "date": _date(doc, m),
            "place": place, "evidence": [ss, se]}

