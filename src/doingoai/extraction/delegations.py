"""Delegations abroad (outbound) and from abroad (inbound), read into `Doc.delegations`.

One entry per statement, in the contract's shape:
``{direction, delegations, persons, countries, date, evidence}``.

Statements recognised (matching on the lower-cased `norm`, one sentence at a time; a sentence with
several statements is cut into clauses at ";"):

* **Counts** — the formulas of provincial reports: "tổ chức 19 đoàn/58 lượt cán bộ đi công tác
  nước ngoài", "cử 07 đoàn với 29 lượt người", "đón tiếp 54 đoàn với 318 lượt khách quốc tế",
  "Đoàn ra: 41 đoàn, 302 lượt người". `delegations` is the number of đoàn, `persons` the number of
  people (lượt người, lượt khách, người, thành viên…) joined to it by "/", "với", "gồm", ",", "(".
  The direction comes from the clause ("đi nước ngoài", "đoàn ra", "sang", "cử" → outbound; "đoàn
  vào", "đón", "tiếp", "khách quốc tế/nước ngoài", "vào làm việc" → inbound) or, failing that, from
  a heading in the two sentences before ("1. Đoàn ra"). A breakdown of a total ("19 đoàn …, trong
  đó có 05 đoàn do lãnh đạo tỉnh dẫn đầu") is not a statement of its own: it would be counted twice.
* **Visits received** — a host receiving a group ("tiếp/đón/tiễn/hội kiến … đoàn … [foreign]"),
  a foreign party visiting a Vietnamese place ("Đại sứ các nước … đang ở thăm tỉnh Đắk Lắk",
  "đoàn công tác của các tổ chức LHQ sẽ đi thăm 3 tỉnh…", "chiến hạm … Hải quân Anh … cập cảng Sài
  Gòn"), "chuyến thăm (chính thức) của [foreign party]", state visits to Việt Nam, a foreign leader
  attending something in Việt Nam ("có sự tham dự của ngài Sok An, Phó thủ tướng … Campuchia").
* **Visits abroad** — a Vietnamese party travelling to a foreign place ("các bộ trưởng … VN đã đi
  thăm Ấn Độ", "thí sinh Việt Nam tham dự … tại Hàn Quốc", "đoàn công tác của tỉnh sang thăm …"),
  organised trips ("tổ chức các đoàn khảo sát thị trường Mỹ, Pháp…", "chuyến đi khảo sát, xúc tiến
  thị trường châu Âu", "đợt chào hàng … với các nhà đầu tư của Singapore").

A named visit needs someone who travels in the clause: a delegation ("đoàn", "phái đoàn"), an
official's title (tổng thống, đại sứ, bộ trưởng, lãnh đạo…), students or teams, a warship, or a trip
noun ("chuyến thăm", "chuyến công tác", "đợt xúc tiến").

Not delegations: visits between two foreign parties (world news: no Vietnamese side), inspection
teams and other domestic "đoàn" (đoàn kiểm tra, tập đoàn, công đoàn, liên đoàn, Đoàn Thanh niên…),
goods or money arriving ("chuyến hàng viện trợ … đã đến Việt Nam"), exports ("xuất khẩu … sang
Mỹ"), a resident diplomat's courtesy call or farewell ("chào từ biệt", "chào xã giao"), the
participants of a conference ("250 đại biểu từ 35 quốc gia").

Counting: a stated number of đoàn wins; an enumeration of named visitors ("các bộ trưởng Thủy sản,
Quốc phòng, Ngoại giao") counts its items; "các đoàn" without a number is `null`; one named visit
is 1. `persons` only when a number of people is written in the statement. `countries`: the foreign
countries the statement names (countries, and the countries of named foreign places and bodies).
`date`: the closest date with a written year in the sentence, else `null`. Repeated mentions of the
same visit (title and body, arrival and farewell) give one entry: a one-visit statement with the
direction and the countries of an earlier one (or a subset of them, with the same number of
people) is dropped, and a title line gives way to the body.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from doingoai.extraction import dates as _dates
from doingoai.extraction.doc import Doc, Quantity
from doingoai.extraction.numbers import PERSON_UNITS
from doingoai.extraction.patterns import alt, balt, vi
from doingoai.extraction.spans import (
    country_codes,
    entities_in,
    foreign_entities,
    hits,
    hits_in,
    lowered,
    quantities_in,
    sentence_spans,
)

# "đoàn" as a delegation, not tập đoàn, công đoàn, đoàn kết, Đoàn Thanh niên…
_DOAN = re.compile(
    r"đoàn(?!\w)(?<!\wđoàn)(?<!tập đoàn)(?<!công đoàn)(?<!liên đoàn)(?<!lữ đoàn)(?<!quân đoàn)(?<!sư đoàn)"
    r"(?<!binh đoàn)(?<!thủ đoàn)(?<!hành đoàn)"
    r"(?!\s+(?:kết|thể|viên|tàu|xe|tụ|thanh niên|luật sư|kiểm tra|thanh tra|giám sát|"
    r"kiểm sát|liên ngành|cứu hộ|cứu nạn|tìm kiếm|điều tra|khảo sát địa chất)(?!\w))"
)
_NOT_VISIT_DOAN_AFTER = re.compile(r"\s*(?:kiểm tra|thanh tra|giám sát|kiểm sát|liên ngành|điều tra)(?!\w)")

_OUT_CUE = re.compile(
    alt([
        "đoàn ra", "đi nước ngoài", "ra nước ngoài", "đi công tác nước ngoài", "công tác nước ngoài",
        "công tác tại nước ngoài", "học tập ở nước ngoài", "xuất cảnh", "ra nước ngoài", "sang", "cử",
        "đi công tác", "đi thăm", "đi làm việc", "đi khảo sát", "đi học tập", "đi dự", "đi tham dự",
        "đi xúc tiến", "công du",
    ]) + r"(?!\w)"
)
_IN_CUE = re.compile(
    alt([
        "đoàn vào", "đón", "đón tiếp", "tiếp", "tiếp nhận", "khách quốc tế", "khách nước ngoài",
        "đoàn nước ngoài", "đoàn quốc tế", "vào thăm", "vào làm việc", "đến thăm", "đến làm việc",
        "nhập cảnh", "đoàn khách",
    ]) + r"(?!\w)"
)
_HEADING_OUT = re.compile(vi("đoàn ra") + r"(?!\w)")
_HEADING_IN = re.compile(vi("đoàn vào") + r"(?!\w)")

_TIEP = r"tiếp(?!\s+(?:tục|theo|cận|xúc|thị|tế|diễn|nối|đó|sau|quản|viện|thu|nhận|giáp|sức|tay|máy|đãi|liệu|vốn))"
# A host receiving visitors; up to a few words may stand between the verb and the group.
_HOST = re.compile(
    r"(?<!\w)(?:" + _TIEP + "|" + alt(["đón", "đón tiếp", "tiễn", "hội kiến", "hội đàm", "tiếp kiến", "chào đón",
                                       "làm việc với", "lễ đón", "lễ tiễn"])
    + r")(?!\w)(?:\s+[\w.,-]+){0,6}?\s+" + alt(["đoàn", "phái đoàn", "tổng thống", "thủ tướng", "quốc vương",
                                               "nhà vua", "đại sứ", "bộ trưởng", "ngoại trưởng", "chủ tịch",
                                               "thị trưởng", "tỉnh trưởng", "thống đốc", "phó thủ tướng",
                                               "phó tổng thống", "hoàng tử", "công chúa", "nghị sĩ", "hạ nghị sĩ"])
    + r"(?!\w)"
)
_COURTESY = re.compile(
    balt(["chào xã giao", "chào từ biệt", "chào tạm biệt", "chào kết thúc nhiệm kỳ",
          "nhân dịp kết thúc nhiệm kỳ", "trình thư ủy nhiệm"]) + r"(?!\w)"
)
# Verbs of visiting: "thăm" (not thăm dò, thăm quan…), working visits, port calls.
_VISIT = re.compile(
    r"(?:" + balt([
        "thăm", "viếng thăm", "làm việc tại", "đến làm việc", "sang làm việc", "vào làm việc", "công du", "cập cảng",
        "đi công tác", "sang công tác", "công tác tại", "có mặt tại",
    ]) + r")(?!\w)(?!\s+(?:dò|thẳm|quan|khám|nuôi|hỏi|mộ|hỏi|viếng)\b)"
    r"|(?<!\w)" + alt(["đến", "tới", "sang", "đi"]) + r"(?=\s+(?:\w+\s+){0,1}?(?:" + alt([
        "việt nam", "vn", "tỉnh", "thành phố", "tp", "tphcm", "hà nội", "thủ đô", "cảng", "sài gòn"]) + r")(?!\w))"
)
# Taking part in something abroad ("thí sinh Việt Nam tham dự … tại Hàn Quốc").
_ATTEND = re.compile(balt(["tham dự", "dự", "thi đấu", "tranh tài", "tham gia"]) + r"(?!\w)")
_AGENT = re.compile(
    r"(?:" + balt([
        "tổng thống", "thủ tướng", "phó thủ tướng", "quốc vương", "nhà vua", "hoàng tử", "công chúa", "đại sứ",
        "bộ trưởng", "thứ trưởng", "ngoại trưởng", "thị trưởng", "tỉnh trưởng", "thống đốc", "tổng thư ký",
        "phó tổng thống", "nghị sĩ", "hạ nghị sĩ", "thượng nghị sĩ", "chủ tịch quốc hội", "lãnh đạo", "quan chức",
        "thí sinh", "đội tuyển", "vận động viên", "chiến hạm", "tàu chiến", "tàu khu trục", "tàu hải quân",
        "hạm đội", "khu trục hạm", "nguyên thủ", "chủ tịch nước", "tổng bí thư", "phó chủ tịch", "chủ tịch",
        "bí thư", "giám đốc sở", "thành viên",
    ]) + r")(?!\w)"
)
_TRIP = re.compile(
    r"(?:" + balt([
        "chuyến thăm", "chuyến đi", "chuyến công tác", "chuyến công du", "chuyến khảo sát", "chuyến xúc tiến",
    ]) + r"|" + vi("đợt") + r"\s+\"?" + alt(["chào hàng", "xúc tiến", "khảo sát", "công tác", "công du"]) + r")(?!\w)"
)
# A foreign official attending something in Việt Nam: "có sự tham dự của ngài Sok An, Phó thủ tướng … Campuchia".
_ATTENDED_BY = re.compile(
    balt(["sự tham dự của", "tham dự của", "sự có mặt của", "sự tham gia của", "sự hiện diện của"]) + r"(?!\w)"
)
_ORGANISED = re.compile(
    balt(["tổ chức", "cử", "thành lập", "dẫn", "dẫn đầu"]) + r"(?:\s+cho)?(?:\s+(?:các|nhiều|\d+))?\s+"
    + alt(["đoàn", "phái đoàn"]) + r"(?!\w)"
)
# Vietnamese places and actors (besides the recognisers' province entities).
_VN_PLACE = re.compile(
    r"(?:" + balt(["việt nam", "vn", "tp hcm", "tp. hcm", "tp.hcm", "tphcm", "tp hồ chí minh", "thành phố hồ chí minh",
                         "sài gòn", "hà nội", "đà nẵng", "hải phòng", "cần thơ", "huế", "nha trang", "tây nguyên",
                         "tỉnh", "thành phố", "tp", "địa phương", "thủ đô", "quận", "huyện", "cảng"]) + r")(?!\w)"
)
_VN_ACTOR = re.compile(
    r"(?:" + balt(["việt nam", "vn", "tỉnh", "thành phố", "tp", "tphcm", "tp hcm", "ubnd", "hđnd", "sở",
                         "lãnh đạo", "bộ trưởng", "thứ trưởng", "chủ tịch", "bí thư", "phó chủ tịch", "doanh nghiệp",
                         "thí sinh", "đội tuyển", "học sinh", "sinh viên", "ta", "ban", "trung tâm",
                         "itpc", "vcci", "hiệp hội"]) + r")(?!\w)"
)
_TITLES = alt([
    "tổng thống", "thủ tướng", "phó thủ tướng", "quốc vương", "nhà vua", "đại sứ", "bộ trưởng", "ngoại trưởng",
    "chủ tịch", "thị trưởng", "tỉnh trưởng", "thống đốc", "hoàng tử", "công chúa", "tổng thư ký", "chủ tịch quốc hội",
    "phó tổng thống", "nghị sĩ", "hạ nghị sĩ", "thượng nghị sĩ", "tổng lãnh sự",
])
_FOREIGN_WORDS = re.compile(balt(["nước ngoài", "quốc tế", "các nước", "ngoại quốc"]) + r"(?!\w)")
_REGIONS = re.compile(
    balt(["châu âu", "châu á", "châu phi", "châu mỹ", "bắc mỹ", "nam mỹ", "đông âu", "tây âu", "trung đông",
                      "đông nam á", "nước ngoài", "eu", "asean"]) + r"(?!\w)"
)
_ENUM = re.compile(
    r"(?<!\w)các\s+(?:" + _TITLES + r")\s+(?P<items>[\w ]+?(?:\s*,\s*[\w ]+?)+(?:\s+và\s+[\w ]+?)?)\s+"
    r"(?:" + alt(["vn", "việt nam", "của việt nam", "của vn", "đã", "sẽ", "đi", "sang"]) + r")(?!\w)"
)
_CLAUSE_SPLIT = re.compile(r";")
_BREAKDOWN = re.compile(balt(["trong đó", "bao gồm", "gồm", "riêng"]) + r"(?!\w)(?:\s+(?:có|là))?\s*$")


def _clauses(low: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for m in _CLAUSE_SPLIT.finditer(low, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [(s, e) for s, e in out if low[s:e].strip()]


def _trim(low: str, s: int, e: int) -> tuple[int, int]:
    while s < e and low[s] in " \n\t-–•+*:,":
        s += 1
    while e > s and low[e - 1] in " \n\t;,":
        e -= 1
    return s, e


def _vn_places(doc: Doc, low: str, s: int, e: int, foreign: list[Any]) -> list[tuple[int, int]]:
    """Spans naming a Vietnamese place in [s, e): province entities and place words not part of a
    foreign name ("tỉnh Quảng Tây" is foreign)."""
    spans = [(x.start, x.end) for x in entities_in(doc, s, e) if x.type == "province"]
    for m in _VN_PLACE.finditer(low, s, e):
        if any(f.start <= m.end() + 2 and m.start() <= f.end for f in foreign):
            continue  # "tỉnh Quảng Tây", "thành phố Phnom Penh"
        spans.append(m.span())
    return sorted(spans)


def _persons_near(quantities: list[Quantity], s: int, e: int, after: int | None = None) -> int | None:
    for q in quantities:
        if q.start < s or q.end > e or q.unit not in PERSON_UNITS or q.upper is not None:
            continue
        if after is not None and q.start < after:
            continue
        return int(q.value)
    return None


def _date(doc: Doc, s: int, e: int, anchor: int) -> str | None:
    d = _dates.nearest(doc, s, e, anchor)
    return d.value if d else None


def _entry(direction: str, n: int | None, persons: int | None, countries: list[str], date: str | None,
           evidence: tuple[int, int]) -> dict[str, Any]:
    return {"direction": direction, "delegations": n, "persons": persons, "countries": countries,
            "date": date, "evidence": [evidence[0], evidence[1]]}


def _count_statements(doc: Doc, low: str, sents: list[tuple[int, int]], idx: int,
                      quantities: list[Quantity]) -> list[dict[str, Any]]:
    """"19 đoàn/58 lượt người đi nước ngoài", "đón 54 đoàn với 318 lượt khách quốc tế"."""
    ss, se = sents[idx]
    out = []
    for q in quantities:
        if q.unit != "đoàn" or q.start < ss or q.end > se or q.is_money:
            continue
        if _NOT_VISIT_DOAN_AFTER.match(low, q.end):
            continue
        if out and _BREAKDOWN.search(low, max(ss, q.start - 25), q.start):
            continue  # "19 đoàn …, trong đó có 05 đoàn do lãnh đạo tỉnh dẫn đầu": part of the total
        cs, ce = next(((a, b) for a, b in _clauses(low, ss, se) if a <= q.start < b), (ss, se))
        # the statement runs from the clause start to the next count of đoàn (or the clause end)
        nxt = [p for p in quantities if p.unit == "đoàn" and q.end <= p.start < ce]
        stmt_end = nxt[0].start if nxt else ce
        prev = [p for p in quantities if p.unit == "đoàn" and cs <= p.end <= q.start]
        stmt_start = prev[-1].end if prev else cs
        persons = None
        for p in quantities:
            if p.start >= q.end and p.start - q.end <= 40 and p.end <= stmt_end and p.unit in PERSON_UNITS:
                between = low[q.end : p.start]
                if not re.search(r"[\d.;]|đoàn", between):
                    persons = int(p.value)
                break
        window = low[stmt_start:stmt_end]
        head = low[stmt_start : q.start] if _OUT_CUE.search(low, stmt_start, q.start) or _IN_CUE.search(
            low, stmt_start, q.start) else low[cs : q.start]
        direction = None
        o, i = _OUT_CUE.search(window), _IN_CUE.search(window)
        if o and not i:
            direction = "outbound"
        elif i and not o:
            direction = "inbound"
        elif o and i:
            # the cue closest before the number decides ("đón 5 đoàn … sang" → inbound)
            ob = [m.start() for m in _OUT_CUE.finditer(head)]
            ib = [m.start() for m in _IN_CUE.finditer(head)]
            if ob or ib:
                direction = "outbound" if (max(ob) if ob else -1) > (max(ib) if ib else -1) else "inbound"
            else:
                direction = "outbound" if o.start() < i.start() else "inbound"
        if direction is None:
            for k in range(idx, max(-1, idx - 3), -1):
                hs, he = sents[k]
                txt = low[hs : q.start] if k == idx else low[hs:he]
                if _HEADING_OUT.search(txt):
                    direction = "outbound"
                    break
                if _HEADING_IN.search(txt):
                    direction = "inbound"
                    break
        if direction is None:
            # "3 đoàn xúc tiến đầu tư tại Nhật Bản" (a foreign place after) vs "5 đoàn của Lào" (a source)
            for f in foreign_entities(doc, stmt_start, stmt_end):
                before = low[max(stmt_start, f.start - 40) : f.start]
                to_place = re.search(r"(?<!\w)(?:tại|sang|đến|tới|đi|ở)(?!\w)", before)
                if f.start > q.end and to_place and f.type != "organisation":
                    direction = "outbound"
                elif f.end <= q.start or re.search(r"(?<!\w)(?:của|từ)\s+(?:\w+\s+){0,3}$", before):
                    direction = "inbound"
                if direction:
                    break
        if direction is None:
            continue
        countries = country_codes(foreign_entities(doc, stmt_start, stmt_end))
        ev = _trim(low, cs, ce)
        out.append(_entry(direction, int(q.value), persons, countries, _date(doc, ss, se, q.start), ev))
    return out


_ABROAD = re.compile(
    r"\s*(?:" + balt(["đi", "ra", "sang"]) + r"(?:\s+" + alt(["công tác", "học tập", "làm việc", "tham quan",
                                                         "khảo sát"]) + r")?(?:\s+(?:tại|ở))?\s+"
    + alt(["nước ngoài"]) + r"|" + balt(["xuất cảnh"]) + r")(?!\w)"
)
_PEOPLE_UNITS = ("lượt người", "lượt cán bộ", "lượt đại biểu", "lượt", "người", "cán bộ", "đại biểu")


def _people_abroad(doc: Doc, low: str, ss: int, se: int, quantities: list[Quantity]) -> dict[str, Any] | None:
    """"cử 58 lượt cán bộ, công chức đi công tác nước ngoài": people sent abroad, no count of đoàn."""
    for q in quantities:
        if q.unit in _PEOPLE_UNITS and q.upper is None and not q.is_money:
            m = _ABROAD.match(low, q.end) or _ABROAD.match(low, _skip_words(low, q.end, 4))
            if m:
                d = _dates.nearest(doc, ss, se, q.start)
                return _entry("outbound", None, int(q.value), country_codes(foreign_entities(doc, ss, se)),
                              d.value if d else None, _trim(low, ss, se))
    return None


def _skip_words(low: str, pos: int, n: int) -> int:
    """Past up to `n` short descriptor words ("cán bộ, công chức", "của tỉnh")."""
    m = re.compile(r"(?:[\s,]+(?!đi\b|ra\b|sang\b|xuất\b)\w+){0,%d}" % n).match(low, pos)
    return m.end() if m else pos


def _enumerated(low: str, s: int, e: int) -> int | None:
    m = _ENUM.search(low, s, e)
    if not m:
        return None
    items = re.split(r"\s*,\s*|\s+và\s+", m.group("items"))
    return len([x for x in items if x.strip()]) or None


def _agents(low: str, s: int, e: int) -> list[int]:
    """Positions of words that make a clause about people travelling: a delegation, an official, a trip."""
    pos = [a for a, b in hits_in(_DOAN, low, s, e) if b <= e and not _NOT_VISIT_DOAN_AFTER.match(low, b)]
    pos += [a for a, b in hits_in(_AGENT, low, s, e) if b <= e]
    pos += [a for a, b in hits_in(_TRIP, low, s, e) if b <= e]
    return sorted(pos)


def _visit_statement(doc: Doc, low: str, s: int, e: int, quantities: list[Quantity]) -> dict[str, Any] | None:
    """One named visit (or a plural group without a number) in the clause [s, e)."""
    text = low[s:e]
    agents = _agents(low, s, e)
    if not agents:
        return None
    foreign = foreign_entities(doc, s, e)
    places = [f for f in foreign if f.type in ("country", "locality")]
    direction = None
    anchor = s

    host = _HOST.search(low, s, e)
    if host and _COURTESY.search(low, host.start(), e):
        host = None  # a resident diplomat's courtesy call or farewell is not a delegation
    if host and (any(f.start >= host.start() for f in foreign) or _FOREIGN_WORDS.search(low, host.end(), e)):
        direction, anchor = "inbound", host.start()
    if direction is None:
        vn = _vn_places(doc, low, s, e, foreign)
        for v in list(_VISIT.finditer(low, s, e)) + list(_TRIP.finditer(low, s, e)):
            if not any(a < v.end() for a in agents):
                continue
            trip = _TRIP.match(low, v.start()) is not None
            after_vn = [p for p in vn if v.end() <= p[0] <= v.end() + 40]
            after_place = [f for f in places if v.end() <= f.start <= v.end() + 60]
            before_foreign = [f for f in foreign if f.end <= v.start()]
            # inbound: "[foreign party] … thăm/đến tỉnh X", "chuyến thăm Việt Nam của [foreign]"
            if after_vn and (not after_place or after_vn[0][0] < after_place[0].start):
                if before_foreign or (trip and any(f.start >= v.end() for f in foreign)):
                    direction, anchor = "inbound", v.start()
                    break
            if trip and not after_vn:
                of = low.find("của", v.end(), min(e, v.end() + 30))
                if of != -1 and any(f.start >= of for f in foreign) and not _VN_ACTOR.search(low, of, of + 12):
                    direction, anchor = "inbound", v.start()  # "chuyến thăm chính thức của đoàn … Quảng Tây"
                    break
            # outbound: a Vietnamese party going to a foreign place (or a region, for trips)
            if after_place or (trip and _REGIONS.search(low, v.end(), min(e, v.end() + 60))):
                first_foreign = before_foreign[0].start if before_foreign else v.start()
                if _VN_ACTOR.search(low, s, first_foreign) or (not before_foreign and (trip or vn)):
                    direction, anchor = "outbound", v.start()
                    break
    if direction is None:
        for v in _ATTEND.finditer(low, s, e):
            tai = re.compile(r"(?<!\w)(?:tại|ở)(?!\w)").search(low, v.end(), e)
            if tai and any(tai.end() <= f.start <= tai.end() + 5 for f in places) and _VN_ACTOR.search(
                low, s, v.start()
            ) and not any(f.end <= v.start() for f in foreign):
                direction, anchor = "outbound", v.start()
                break
    if direction is None:
        m = _ATTENDED_BY.search(low, s, e)
        if m and any(m.end() <= a <= m.end() + 60 for a in agents) and any(f.start >= m.end() for f in foreign):
            if not re.search(r"(?<!\w)(?:tại|ở)\s+(?:\w+\s+){0,2}$", low[s : m.start()]) or not places:
                direction, anchor = "inbound", m.start()
    if direction is None:
        m = _ORGANISED.search(low, s, e)
        if m and (any(f.start >= m.end() for f in places) or _REGIONS.search(low, m.end(), e)):
            if not any(f.end <= m.start() for f in foreign):
                direction, anchor = "outbound", m.start()
    if direction is None:
        return None
    if direction == "inbound" and not foreign and not _FOREIGN_WORDS.search(text):
        return None
    # How many: an enumeration, "các đoàn" (unknown), or one visit.
    n: int | None = 1
    if re.search(r"(?<!\w)(?:các|những|nhiều)\s+(?:phái\s+)?đoàn(?!\w)", text):
        n = None
    enum = _enumerated(low, s, e)
    if enum:
        n = enum
    persons = _persons_near(quantities, s, e)
    chosen = foreign if direction == "inbound" else ([f for f in foreign if f.start >= anchor] or foreign)
    return _entry(direction, n, persons, country_codes(chosen), None, (s, e)) | {"_anchor": anchor}


def _title_span(doc: Doc, sents: list[tuple[int, int]]) -> tuple[int, int] | None:
    if not sents:
        return None
    s, e = sents[0]
    line_end = doc.text.find("\n")
    if line_end != -1 and e <= line_end and not doc.text[s:e].rstrip().endswith((".", "!", "?")):
        return (s, e)
    return None


def run(doc: Doc) -> Doc:
    low = lowered(doc)
    sents = sentence_spans(doc)
    title = _title_span(doc, sents)
    found: list[dict[str, Any]] = []
    gate = sorted(a for p in (_DOAN, _AGENT, _TRIP) for a, _ in hits(p, low))  # words of people travelling
    for idx, (ss, se) in enumerate(sents):
        quantities = quantities_in(doc, ss, se)
        if any(q.unit == "đoàn" for q in quantities):
            counted = _count_statements(doc, low, sents, idx, quantities)
            found.extend(counted)
            if counted:
                continue
        people = _people_abroad(doc, low, ss, se, quantities)
        if people:
            found.append(people)
            continue
        g = bisect.bisect_left(gate, ss)
        if g == len(gate) or gate[g] >= se:
            continue  # nobody travels in this sentence
        for cs, ce in _clauses(low, ss, se):
            entry = _visit_statement(doc, low, cs, ce, quantities)
            if entry is None:
                continue
            entry["date"] = _date(doc, ss, se, entry["_anchor"])
            entry["evidence"] = list(_trim(low, cs, ce))
            entry["_title"] = title is not None and ss == title[0]
            found.append(entry)
    doc.delegations = _merge(found)
    return doc


def _merge(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop repeated mentions of one visit; a title mention gives way to a body mention."""
    kept: list[dict[str, Any]] = []
    for entry in found:
        single = entry["delegations"] == 1 and "_anchor" in entry
        dup = None
        if single:
            for k in kept:
                a, b = set(k["countries"]), set(entry["countries"])
                same_party = a == b or (a and b and (a <= b or b <= a) and k["persons"] == entry["persons"])
                persons_agree = k["persons"] is None or entry["persons"] is None or k["persons"] == entry["persons"]
                if k["direction"] == entry["direction"] and k["delegations"] == 1 and "_anchor" in k and same_party \
                        and persons_agree:
                    dup = k
                    break
        if dup is None:
            kept.append(entry)
        elif dup.get("_title") and not entry.get("_title"):
            kept[kept.index(dup)] = entry | {"persons": entry["persons"] or dup["persons"]}
        elif dup["persons"] is None and entry["persons"] is not None:
            dup["persons"] = entry["persons"]
    out = []
    for k in kept:
        out.append({key: k[key] for key in ("direction", "delegations", "persons", "countries", "date", "evidence")})
    return out
