"""Foreign-funded investment and aid figures, read into `Doc.investments`.

One entry per figure (an amount of money, or a number of projects or of investor countries) in a
statement about FDI, ODA, foreign NGO aid or another foreign-funded project, in the contract's shape:
``{kind, projects, projects_qualifier, capital: {amount, unit, currency, value, value_usd},
source_countries, evidence}``.

Which sentences are statements:

* **FDI** — a sentence naming foreign direct investment: "đầu tư trực tiếp nước ngoài", "FDI",
  "dự án đầu tư nước ngoài", "vốn đầu tư nước ngoài", "nhà đầu tư nước ngoài", "doanh nghiệp có vốn
  đầu tư nước ngoài", "liên doanh", "100% vốn nước ngoài". Once a document has such a statement,
  later sentences giving registered capital or capital of named projects ("vốn đăng ký", "tăng vốn",
  "vốn đầu tư", "tổng vốn", "trị giá" with a project, company or joint venture) and the sentence
  right after an FDI statement ("Hong Kong đứng thứ 2 với 245 triệu USD") are statements too.
* **ODA** — grants and loans of foreign governments and their agencies and funds: "ODA", "hỗ trợ
  phát triển chính thức", "vốn vay ưu đãi", "viện trợ (không hoàn lại)", "tài trợ", "khoản vay",
  "cho vay", with a foreign donor named in the sentence or earlier in an aid statement.
* **NGO aid** — "viện trợ phi chính phủ", "tổ chức phi chính phủ nước ngoài", "NGO", "INGO", "PCPNN"
  as the giver (a non-governmental body *receiving* a government grant is ODA).
* In a document about aid, a sentence where a recipient "nhận" / "được tài trợ" / "được hỗ trợ" an
  amount is one grant (projects 1) of the document's kind; "VN đã nhận được các lô hàng viện trợ"
  is a national total (projects null). The giver decides the kind: a government body or fund (or
  an international organisation) → ODA, else a non-governmental body → NGO aid, else a country → ODA.
* A sentence giving money for projects of a named foreign party ("Số các dự án hợp tác giữa hai
  bên (Quảng Tây) … tổng vốn 260 triệu USD") is FDI.
* Figures in the headline (before "(NLĐ)-" or a first line without a full stop) repeat the body and
  are skipped; a "Trong đó …"/"Như vậy …" sentence after a forecast continues the forecast.

Not statements: targets, forecasts and plans ("dự kiến", "dự tính", "dự báo", "kế hoạch" but not
"so với kế hoạch" nor "Sở Kế hoạch và Đầu tư", "mục tiêu", "phấn đấu", "khả năng", "có lẽ", "để thu
hút", "ước tính"; for FDI any "sẽ": "sẽ thu hút" — for aid "sẽ viện trợ" is a commitment), projects under
negotiation or proposed ("đang thương thảo", "đàm phán", "trình xin ý kiến", "đề xuất"), calls for
investment ("kêu gọi đầu tư"), outward investment ("đầu tư ra nước ngoài"), trade and other money
("kim ngạch", "xuất khẩu", "doanh thu", "vốn điều lệ", "giá bán"…), domestic or mixed capital ("vốn
trong nước", "đầu tư trong nước", "vốn đầu tư toàn xã hội"), licensing thresholds ("dưới 2 triệu
USD"), amounts per unit ("USD/dự án", "USD/năm").

Fields: `projects` is the number of projects (or FDI enterprises) stated nearest before the amount
in the sentence (or right after it: "191 triệu USD với 2 dự án"); a sentence about one named project,
company or joint venture gives 1; else `null`. When new and expanded projects are given with one
total, the first number (the new ones) is taken. `projects_qualifier` is that number's qualifier
(exact, more_than, about, at_least), `null` when `projects` is. `capital` is `null` for a range
("40-100 triệu USD"). `source_countries` is the number in "đến từ 15 quốc gia và vùng lãnh thổ";
"trong số 18 quốc gia và lãnh thổ" stands as an entry of its own. `evidence` is the sentence.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from doingoai.extraction.doc import Doc, Quantity
from doingoai.extraction.patterns import alt, balt, vi
from doingoai.extraction.spans import foreign_entities, headline_end, hits, lowered, quantities_in, sentence_spans

_W = r"(?!\w)"
_FDI = re.compile(r"(?:" + balt([
    "đầu tư trực tiếp nước ngoài", "fdi", "dự án đầu tư nước ngoài", "vốn đầu tư nước ngoài", "nhà đầu tư nước ngoài",
    "đầu tư nước ngoài", "vốn nước ngoài", "có vốn đầu tư nước ngoài", "doanh nghiệp nước ngoài",
    "liên doanh", "100% vốn", "nhà đầu tư ngoại", "vốn ngoại", "đầu tư của nước ngoài",
], toneless=True) + r")" + _W)
_FDI_SOFT = re.compile(r"(?:" + balt([
    "vốn đăng ký", "tăng vốn", "bổ sung vốn", "vốn đầu tư", "tổng vốn", "trị giá", "cấp phép", "giấy phép",
    "giấy chứng nhận đầu tư", "dự án", "công ty", "nhà máy", "số vốn", "vốn",
], toneless=True) + r")" + _W)
_OUTWARD = re.compile(r"(?:" + balt(["đầu tư ra nước ngoài", "đầu tư sang", "đầu tư ra ngoài"]) + r")" + _W)
_ODA = re.compile(r"(?:" + balt([
    "oda", "hỗ trợ phát triển chính thức", "vốn vay ưu đãi", "viện trợ", "tài trợ", "khoản vay", "cho vay",
    "viện trợ không hoàn lại", "không hoàn lại", "viện trợ nhân đạo", "khoản viện trợ", "vốn vay",
]) + r")" + _W)
_NGO = re.compile(r"(?:" + balt([
    "viện trợ phi chính phủ", "phi chính phủ nước ngoài", "tổ chức phi chính phủ", "ngo", "ingo", "ingos", "pcpnn",
    "phi chính phủ",
]) + r")" + _W)
_RECIPIENT = re.compile(r"(?:" + balt([
    "nhận", "được tài trợ", "được hỗ trợ", "được viện trợ", "dành cho", "nhận được", "tiếp nhận",
]) + r")" + _W)
_FORECAST = re.compile(r"(?:" + balt([
    "dự kiến", "dự tính", "dự báo", "dự định", "kế hoạch", "mục tiêu",
    "phấn đấu", "khả năng", "sẽ thu hút", "sẽ đạt", "để thu hút", "nhằm thu hút", "ước tính", "chỉ tiêu", "có thể đạt",
    "hy vọng", "sẽ có thêm", "sẽ tăng", "đặt mục tiêu", "kêu gọi", "mời gọi", "dự án kêu gọi", "danh mục", "có lẽ",
    "sẽ tiến hành", "sẽ ký", "sẽ được cấp",
]) + r")" + _W)
_FUTURE = re.compile(balt(["sẽ"]) + _W)
_NEGOTIATION = re.compile(r"(?:" + balt([
    "thương thảo", "đàm phán", "trình xin ý kiến", "xin ý kiến", "đề xuất", "đang xem xét", "chờ cấp phép",
    "đang bàn", "nghiên cứu khả thi",
]) + r")" + _W)
_NOT_INVEST = re.compile(r"(?:" + balt([
    "kim ngạch", "xuất khẩu", "nhập khẩu", "buôn bán", "xuất siêu", "nhập siêu", "doanh thu", "doanh số", "lợi nhuận",
    "vốn điều lệ", "cổ phần", "giá bán", "giá thuê", "giá đất", "đơn giá", "giá cả", "mức giá", "giá vé", "gdp",
    "thu ngân sách", "nộp ngân sách", "thuế", "lương", "thu nhập", "chi phí",
    "vốn trong nước", "đầu tư trong nước", "toàn xã hội", "ngân sách nhà nước", "tiền phạt", "thiệt hại", "bồi thường",
    "dưới", "thương mại hai chiều", "trao đổi thương mại", "kinh phí tổ chức",
]) + r")" + _W)
_TRADE_SENTENCE = re.compile(
    r"(?:" + balt(["kim ngạch", "xuất khẩu", "nhập khẩu", "buôn bán", "xuất siêu"]) + r")" + _W
)
_SINGLE = re.compile(r"(?:" + balt([
    "dự án", "công ty", "liên doanh", "hợp đồng hợp tác kinh doanh", "hợp đồng", "nhà máy", "khách sạn", "tập đoàn",
    "trung tâm", "khu đô thị", "khu liên hiệp", "doanh nghiệp",
]) + r")" + _W)
_PLURAL = re.compile(r"(?:" + balt(["các", "những", "nhiều", "một số", "số", "mọi", "tất cả"]) + r")\s*$")
_AMONG = re.compile(balt(["trong số", "trong"]) + r"\s*$")
_PROJECT_UNITS = ("dự án", "doanh nghiệp")
_COUNTRY_UNITS = ("quốc gia và vùng lãnh thổ", "quốc gia", "nước")
_NUMBER_AFTER_PROJECTS = re.compile(
    r"(?<!\w)(?:số|tổng số)\s+(?:các\s+)?" + alt(["dự án"]) + r"[^.;\d]{0,50}?(?:" + alt(
        ["lên đến", "lên tới", "là", "đạt", "có"]) + r")\s+(?P<n>\d[\d.]*)(?!\d|,\d)"
)


def _capital(q: Quantity) -> dict[str, Any] | None:
    if q.upper is not None:
        return None  # a range: the guideline gives no capital
    value: int | float = int(q.value) if float(q.value).is_integer() else q.value
    amount: int | float = int(q.amount) if float(q.amount).is_integer() else q.amount
    unit = q.scale_word if q.scale_word in ("nghìn", "triệu", "tỷ", "nghìn tỷ") else None
    if q.scale_word and unit is None:  # "trăm triệu" and the like: keep the full value, no unit
        amount, unit = value, None
    return {"amount": amount, "unit": unit, "currency": q.unit, "value": value,
            "value_usd": value if q.unit == "USD" else None}


def _entry(kind: str, projects: Quantity | int | None, capital: dict[str, Any] | None,
           source_countries: int | None, evidence: tuple[int, int]) -> dict[str, Any]:
    if isinstance(projects, Quantity):
        n: int | None = int(projects.value)
        qual: str | None = projects.qualifier
    elif projects is None:
        n, qual = None, None
    else:
        n, qual = projects, "exact"
    return {"kind": kind, "projects": n, "projects_qualifier": qual, "capital": capital,
            "source_countries": source_countries, "evidence": [evidence[0], evidence[1]]}


_NGO_AID = re.compile(r"(?:" + balt([
    "viện trợ phi chính phủ", "phi chính phủ nước ngoài", "ngo", "ingo", "ingos", "pcpnn",
]) + r")" + _W)
_GOVERNMENT = re.compile(r"(?:" + balt([
    "chính phủ", "đại sứ", "đại sứ quán", "sứ quán", "bộ ngoại giao", "cơ quan", "jica", "koica", "usaid", "kfw", "afd",
    "ngân hàng thế giới", "world bank", "wb", "adb", "ngân hàng phát triển châu á", "liên hợp quốc", "eu", "undp",
    "unicef", "lãnh sự quán", "quỹ",
]) + r")" + _W)


def _aid_kind(doc: Doc, low: str, s: int, e: int, money_start: int) -> str | None:
    """ngo_aid when a non-governmental body gives, oda when a foreign government or agency does.
    A body after "cho" receives: "Quỹ Canada dành cho Tổ chức phi chính phủ …" is ODA."""

    def receives(pos: int) -> bool:
        return re.search(r"(?<!\w)(?:cho|với)\s*$", low[max(s, pos - 12) : pos]) is not None

    if any(not receives(m.start()) for m in _NGO_AID.finditer(low, s, e)):
        return "ngo_aid"
    ents = foreign_entities(doc, s, e)
    # a government body beats a non-governmental one, which beats a bare country ("World Vision (Mỹ)")
    if any(not receives(m.start()) for m in _GOVERNMENT.finditer(low, s, e)) or any(
        x.type == "organisation" and (x.data or {}).get("kind") in ("government_agency", "international_org")
        for x in ents
    ):
        return "oda"
    if any(not receives(m.start()) for m in _NGO.finditer(low, s, e)) or any(
        x.type == "organisation" and (x.data or {}).get("kind") == "ngo" and not receives(x.start) for x in ents
    ):
        return "ngo_aid"
    if any(x.type == "country" for x in ents):
        return "oda"
    return None


_GIVE = re.compile(r"(?:" + balt(["dành", "chi", "cấp", "hỗ trợ", "tặng", "trao", "cam kết", "giải ngân",
                                          "đóng góp", "ủng hộ"]) + r")" + _W)
_INVEST_WORDS = re.compile(r"(?:" + balt(["đầu tư", "dự án", "vốn"]) + r")" + _W)
_CONTINUES = re.compile(r"\s*(?:" + alt(["trong đó", "như vậy", "riêng", "cụ thể"]) + r")" + _W)


def run(doc: Doc) -> Doc:
    low = lowered(doc)
    sents = sentence_spans(doc)
    title_end = headline_end(doc, sents)
    out: list[dict[str, Any]] = []
    body: list[tuple[int, int, list[Quantity], list[Quantity], list[Quantity]]] = []
    for ss, se in sents:
        if se <= title_end:
            continue
        qs = quantities_in(doc, max(ss, title_end), se)
        money = [q for q in qs if q.is_money]
        countries_q = [q for q in qs if q.unit in ("quốc gia và vùng lãnh thổ", "quốc gia") or
                       (q.unit == "nước" and re.match(r"\s*(?:và|,)\s*(?:vùng\s+)?lãnh thổ", low[q.end : q.end + 20]))]
        body.append((ss, se, qs, money, countries_q))
    if not any(money or countries_q for _, _, _, money, countries_q in body):
        doc.investments = out  # no amount and no count of countries: nothing to state
        return doc
    fdi_at = [a for a, _ in hits(_FDI, low)]
    aid_at = [a for a, _ in hits(_ODA, low)]
    doc_fdi = False
    doc_aid: str | None = None  # the kind of the document's aid statements
    prev_fdi = False
    prev_forecast = False
    for ss, se, qs, money, countries_q in body:
        fdi_hit, aid = _any_in(fdi_at, ss, se), _any_in(aid_at, ss, se)
        if not money and not countries_q and not (fdi_hit or aid):
            prev_fdi = False
            continue  # nothing to read, and nothing that sets the document's context
        fdi = fdi_hit and not _OUTWARD.search(low, ss, se)
        doc_fdi = doc_fdi or fdi
        foreign = foreign_entities(doc, ss, se)
        if aid and foreign and not doc_aid and not fdi:
            doc_aid = _aid_kind(doc, low, ss, se, se) or "oda"  # "chuyến hàng viện trợ … của Chính phủ Mỹ"
        if not money and not countries_q:
            prev_fdi = prev_fdi and fdi
            continue
        if _NEGOTIATION.search(low, ss, se) or _OUTWARD.search(low, ss, se):
            prev_fdi = prev_forecast = False
            continue
        if prev_forecast and _CONTINUES.match(low, ss):
            continue  # "Trong đó …", "Như vậy …" after a forecast continue the forecast
        kind: str | None = None
        if fdi:
            kind = "fdi"
        elif aid and (foreign or doc_aid or _NGO.search(low, ss, se)):
            kind = _aid_kind(doc, low, ss, se, money[0].start if money else se) or doc_aid or "oda"
        elif doc_aid and money and (_RECIPIENT.search(low, ss, se) or _GIVE.search(low, ss, se)):
            kind = doc_aid
        elif money and _INVEST_WORDS.search(low, ss, se) and any(
            f.type in ("country", "locality") or (f.data or {}).get("kind") == "company" for f in foreign
        ) and not _TRADE_SENTENCE.search(low, ss, se) and not aid:
            kind = "fdi"  # "Số các dự án hợp tác giữa hai bên (Quảng Tây) … tổng vốn 260 triệu USD"
        elif doc_fdi and money and (prev_fdi or _FDI_SOFT.search(low, ss, se)) \
                and not _TRADE_SENTENCE.search(low, ss, se):
            kind = "fdi"
        if kind is None:
            prev_fdi = prev_forecast = False
            continue
        produced = 0
        forecast_only = bool(money)
        used_projects: set[int] = set()
        for i, q in enumerate(money):
            if q.unit == "VND" and kind == "fdi" and not fdi:
                continue
            seg_start = money[i - 1].end if i else ss
            window = low[max(seg_start, q.start - 60) : q.start]
            local = low[_clause_start(low, ss, q.start) : q.start]
            if _forecast(low, ss, q.start, kind) and not re.search(r"so với\s+\S*\s*$", window):
                continue  # a target or forecast (for aid, "sẽ viện trợ" is a commitment and counts)
            forecast_only = False
            if _NOT_INVEST.search(local) or re.match(r"\s*/", low[q.end : q.end + 2]):
                continue
            if kind == "fdi" and re.search(r"(?<!\w)trong nước(?!\w)", low[seg_start : q.start]):
                continue
            projects = _projects(doc, low, qs, q, money, i, ss, se, used_projects, kind)
            src = _source_countries(low, countries_q, q, ss)
            out.append(_entry(kind, projects, _capital(q), src, (ss, se)))
            produced += 1
        for c in countries_q:
            if _AMONG.search(low, max(ss, c.start - 12), c.start) or not money:
                out.append(_entry(kind, None, None, int(c.value), (ss, se)))
                produced += 1
        prev_forecast = forecast_only
        if produced:
            doc_fdi = doc_fdi or kind == "fdi"
            if kind in ("oda", "ngo_aid") and (foreign or doc_aid):
                doc_aid = doc_aid or kind
        prev_fdi = bool(produced) and kind == "fdi"
    doc.investments = out
    return doc


_PLAN_DEPT = re.compile(vi("kế hoạch") + r"\s*(?:và|-|&)\s*" + vi("đầu tư"))
_COMPARED = re.compile(balt(["so với", "vượt", "hoàn thành", "bằng", "đạt"]) + r"(?:\s+\d[\d,.]*\s*%)?\s*$")


def _forecast(low: str, s: int, e: int, kind: str) -> bool:
    """A target, plan or forecast governs the text before `e` ("so với kế hoạch" is a comparison)."""
    for m in _FORECAST.finditer(low, s, e):
        if _COMPARED.search(low, max(s, m.start() - 16), m.start()):
            continue
        if _PLAN_DEPT.match(low, m.start()) or re.search(r"(?<!\w)sở\s+$", low[max(s, m.start() - 6) : m.start()]):
            continue  # "Sở Kế hoạch và Đầu tư" is a department
        return True
    return kind == "fdi" and _FUTURE.search(low, s, e) is not None


def _any_in(starts: list[int], s: int, e: int) -> bool:
    i = bisect.bisect_left(starts, s)
    return i < len(starts) and starts[i] < e


def _clause_start(low: str, s: int, pos: int) -> int:
    i = max(low.rfind(",", s, pos), low.rfind(";", s, pos), low.rfind("(", s, pos), low.rfind(":", s, pos))
    return s if i < 0 else i + 1


def _projects(doc: Doc, low: str, qs: list[Quantity], q: Quantity, money: list[Quantity], i: int,
              ss: int, se: int, used: set[int], kind: str) -> Quantity | int | None:
    """The number of projects stated for the amount `q` (see the module docstring)."""
    prev_end = money[i - 1].end if i else ss
    next_start = money[i + 1].start if i + 1 < len(money) else se
    before = [p for p in qs if p.unit in _PROJECT_UNITS and prev_end <= p.start < q.start and p.start not in used
              and p.upper is None]
    if i == 0 and not before:
        before = [p for p in qs if p.unit in _PROJECT_UNITS and ss <= p.start < q.start and p.upper is None]
    if before:
        # new and expanded projects with one total: the first number
        added = re.search(r"(?<!\w)(?:tăng vốn|bổ sung)", low[before[0].end : q.start])
        pick = before[0] if len(before) > 1 and added else before[-1]
        if len(before) > 1 and pick is before[-1] and _joined(low, before[0], before[-1]):
            pick = before[0]
        # "2 dự án … là dự án A (656 triệu USD) và dự án B": the amount is one named project's
        if kind == "fdi" and _single_project(low, qs, pick.end, q.start) and re.search(
                r"(?<!\w)(?:là|như|gồm|:)(?!\w)", low[pick.end : q.start]):
            return 1
        used.add(pick.start)
        return pick
    after = [p for p in qs if p.unit in _PROJECT_UNITS and q.end <= p.start < next_start and p.start - q.end <= 40
             and p.upper is None]
    if after and not re.search(r"(?<!\w)trong đó(?!\w)", low[q.end : after[0].start]):
        used.add(after[0].start)
        return after[0]
    m = _NUMBER_AFTER_PROJECTS.search(low, prev_end, q.start)
    if m:
        try:
            return int(m.group("n").replace(".", ""))
        except ValueError:
            pass
    if kind != "fdi":
        r = None
        for r in _RECIPIENT.finditer(low, max(prev_end, q.start - 60), q.start):
            pass
        if r is None or re.search(r"(?<!\w)(?:các|những|nhiều)(?!\w)", low[r.end() : q.start]) or re.search(
                r"(?<!\w)(?:vn|việt nam)\s+(?:\w+\s+){0,2}$", low[max(ss, r.start() - 20) : r.start()]):
            return None  # "VN đã nhận được các lô hàng viện trợ …": a national total, no project count
        return 1  # one recipient, one grant
    return 1 if _single_project(low, qs, max(prev_end, q.start - 160), q.start) else None


def _single_project(low: str, qs: list[Quantity], s: int, e: int) -> bool:
    """The amount belongs to one named project, company or joint venture: the last project noun
    before it is not plural ("các/những/nhiều/một số dự án") nor the unit of a count."""
    nouns = [m for m in _SINGLE.finditer(low, s, e) if not any(q.start <= m.start() < q.end for q in qs)]
    if not nouns:
        return False
    n = nouns[-1]
    if _PLURAL.search(low, max(s, n.start() - 12), n.start()):
        return False
    counts = [q for q in qs if q.unit in _PROJECT_UNITS and s <= q.start < e]
    if counts and counts[-1].end > n.start():
        return False
    return True


def _joined(low: str, a: Quantity, b: Quantity) -> bool:
    """"84 dự án mới và 48 dự án bổ sung tăng vốn": two parts of one total (take the first)."""
    return bool(re.fullmatch(r"[^.;]{0,30}?(?:và|,)\s*", low[a.end : b.start]))


def _source_countries(low: str, countries_q: list[Quantity], q: Quantity, ss: int) -> int | None:
    for c in countries_q:
        if _AMONG.search(low, max(ss, c.start - 12), c.start):
            continue
        return int(c.value)
    return None
