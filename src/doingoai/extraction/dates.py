"""Dates as Vietnamese texts write them, read into `Doc.dates`.

Forms read (on the lower-cased `Doc.norm`; offsets index `Doc.text`):

* full dates: "28/08/2016", "28-8-2016", "2.9.1945", "ngày 28 tháng 8 năm 2016";
* day lists and ranges: "05 và 06-04-2006", "từ 27 đến 31/5", "15-16/6", "15/11-15/12",
  "16/12/2005 - 5/1/2006", "29 và 30-3" — one mention: `value` is the first day, `first`/`last`
  cover the range;
* day and month without a year: "ngày 15/3", "sáng 22/10", "chiều 11-4", "hôm 10/5", "ngày 28
  tháng 8" — only after a word that makes it a date (ngày, hôm, sáng, chiều, tối, trưa, đêm, từ,
  đến, tới, vào, trước, sau, hạn, weekday names), because "2/3" is also a fraction and
  "22/5 Phạm Ngọc Chiêu" an address;
* month and year: "tháng 3/2017", "tháng 3 năm 2017", "tháng 3-2004", "tháng 2.2005", "(10/2018)",
  "3/2019" (a bare M/YYYY, unless it is a document number such as "06/2006/QĐ-BTC" or follows
  "số", "Quyết định", "Nghị định"…); "đầu/giữa/cuối tháng", "thượng/trung/hạ tuần tháng" narrow
  `first`/`last` to days 1–10, 11–20, 21–end;
* month without a year: "tháng 4", "cuối tháng 2", "tháng giêng";
* quarters: "quý I/2026", "quý 2 năm 2005", "quý III" — value is the year, first/last the quarter;
* parts of a year: "6 tháng đầu năm 2025" (1 Jan – 30 Jun), "9 tháng cuối năm", "nửa đầu năm",
  "đầu năm 2005" (Jan–Mar), "giữa năm" (Apr–Sep), "cuối năm 2005" (Oct–Dec) — value is the year;
* years: "năm 2004", "2004-2005" / "giai đoạn 2021-2025" (value is the first year, `last` the end
  of the second), and a bare year 1900–2099 when no counted noun, currency or scale word follows
  ("2000 người" is a count, not a year).

Year inference: a mention without a year takes the most recent year written explicitly before it
in the document, and is marked `year_inferred`. If no year is written before it, no `DateMention`
is made — the text does not support a date and the contract wants `null`, not a guess. Relative
mentions ("tháng 3 năm nay", "năm ngoái", "hôm qua") are not resolved: the document's own date is
not known. The statement components date a statement with `nearest(..., written_year=True)`, so
an inferred year never reaches the output (devset GUIDELINES §5: "only when the year is written
in the text for that statement").

`value` is "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the text allows.

`scan(norm)` returns every date-like span, resolved or not; numbers.py uses it so that a date is
never read as a quantity, whatever order the components run in.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from doingoai.extraction.doc import DateMention, Doc
from doingoai.extraction.spans import lower_same_length, matching_text

_MONTH_WORDS = {"giêng": 1, "chạp": 12, "mười một": 11, "mười hai": 12}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# Words after which a bare day/month ("15/3", "20-1") is a date.
_CUE = (
    r"(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|khuya|từ|đến|tới|vào|trước|sau|hạn|qua|nay|"
    r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|mùng|mồng)"
)
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|(?:phần trăm|nghìn|ngàn|triệu|tỷ|tỉ|trăm|người|lượt|đoàn|dự án|doanh nghiệp|công ty|"
    r"usd|us\$|đồng|vnđ|vnd|đô|euro|eur|yên|won|tệ|bảng|m2|m3|km|ha|héc|tấn|kg|mét|con|căn|"
    r"chiếc|cái|học sinh|sinh viên|khách|du khách|hộ|lao động|công nhân|trẻ em|ca|hecta|lít|"
    r"đơn vị|sản phẩm|bản|cuốn|trang|phút|giờ|mw|kw|thành viên|cán bộ|đại biểu|hội viên|"
    r"ô tô|ôtô|xe|ghế|suất|vé)(?!\w))"
)
_DOCNUM_BEFORE = re.compile(
    r"(?<!\w)(?:số|số hiệu|quyết định|qđ|nghị định|nđ|thông tư|tt|chỉ thị|ct|công văn|cv|nghị quyết|nq|luật|"
    r"kế hoạch|kh|báo cáo|bc|pháp lệnh|thông báo|tb|hiệp định)\s*[:.]?\s*$"
)

# Cores: every pattern starts with a digit or a literal so that the regex engine can skip ahead.
_RA = r"(?![\w]|[/.,\-]\d)"
_TAIL = (
    r"(?P<tail>\s*(?:-|–|đến hết|đến ngày|tới ngày|đến|tới)\s*(?:ngày\s+)?"
    r"(?P<d2>\d{1,2})\s*(?P<s2>[/\-.])\s*(?P<m2>\d{1,2})(?:\s*(?P=s2)\s*(?P<y2>\d{4}))?(?![\w]|[/.,\-]\d))"
)
_SPELLED = re.compile(
    r"(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2}|giêng|chạp)(?!\w)"
    r"(?:\s*,?\s*năm\s+(?P<y>\d{4})|\s*[/.\-]\s*(?P<y_>\d{4}))?(?!\s*[/.\-]?\s*\d)"
)
_DMY = re.compile(
    r"(?P<d>\d{1,2})\s*(?P<s>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=s)\s*(?P<y>\d{4})" + _RA + f"(?:{_TAIL})?"
)
_DM = re.compile(r"(?P<d>\d{1,2})\s*(?P<s>[/\-])\s*(?P<m>\d{1,2})" + f"(?:{_TAIL}|(?![\\w]|\\s*[/.\\-]\\s*\\d|,\\d))")
_QUARTER = re.compile(r"quý\s+(?P<q>iv|iii|ii|i|[1-4])(?!\w)(?:\s*(?:[/.\-]|,?\s*năm)?\s*(?P<y>\d{4}))?(?![\w/])")
_MONTH = re.compile(
    r"tháng\s+(?P<m>\d{1,2}|giêng|chạp|mười một|mười hai)(?!\w)"
    r"(?:\s*(?:[/.\-]|,?\s*năm)\s*(?P<y>\d{4}))?(?!\s*[/.\-]?\s*\d)(?!\s+(?:tuổi|lương))"
    r"(?P<rel>\s+năm\s+(?:nay|ngoái|trước|qua|tới|sau))?"
)
_YEARS = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:-|–|đến|tới)\s*(?:năm\s+)?(?P<y2>(?:19|20)\d{2})(?![\w/.,\-]|\s*-\s*\d)"
)
_MY = re.compile(r"(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})(?![\w/]|[.,]\d)")
_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})(?![\w/]|[.,\-]\d)")

# Left contexts, matched against the few characters before a core.
_LEFT_DAYLIST = re.compile(r"(?P<d0>\d{1,2})\s*(?:và|đến|tới|-|–)\s*(?:ngày\s+)?$")
_LEFT_LEAD = re.compile(r"(?P<lead>ngày|mùng|mồng)\s+$")
_LEFT_CUE = re.compile(rf"(?<!\w)(?P<cue>{_CUE})\s+(?:ngày\s+)?$")
_LEFT_POS = re.compile(r"(?<!\w)(?P<pos>đầu|cuối|giữa|trung tuần|thượng tuần|hạ tuần)\s+$")
_LEFT_NAM = re.compile(r"(?<!\w)năm\s+$")


@dataclass(frozen=True)
class RawDate:
    """A date-like span before year inference; `year` None when the text gives none."""

    start: int
    end: int
    kind: str  # day | month | year | quarter | part | relative
    year: int | None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None  # ranges: the last day, or the last year of "2004-2005"
    end_month: int | None = None
    end_day: int | None = None
    first_month: int | None = None  # quarters and parts of a year
    last_month: int | None = None
    day_lo: int | None = None  # đầu/giữa/cuối tháng
    day_hi: int | None = None


def _month(token: str) -> int | None:
    if token.isdigit():
        m = int(token)
        return m if 1 <= m <= 12 else None
    return _MONTH_WORDS.get(token)


def _valid_day(d: int, m: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= (29 if m == 2 else calendar.monthrange(2001, m)[1])


def _boundary_before(low: str, i: int) -> bool:
    """True when position i does not continue a word, a number or a code."""
    if i == 0:
        return True
    c = low[i - 1]
    return not (c.isalnum() or c in "_/.,-")


def _day_start_ok(low: str, i: int) -> bool:
    """A day number may start here: at a boundary, or right after a day list ("7-8/4", "05 và 06")."""
    if _boundary_before(low, i):
        return True
    left = _left(_LEFT_DAYLIST, low, i, 20)
    return left is not None and _boundary_before(low, left.start())


def _left(pattern: re.Pattern[str], low: str, i: int, width: int = 30) -> re.Match[str] | None:
    lo = max(0, i - width)
    return pattern.search(low, lo, i)


def _day_range(
    low: str, m: re.Match[str], start: int, d: int, mo: int, y: int | None
) -> tuple[int, dict[str, int | None]]:
    """Extend a day mention with a day list before it ("05 và 06-04") or a range tail after it."""
    extra: dict[str, int | None] = {"day": d}
    left = _left(_LEFT_DAYLIST, low, start, 20)
    if left is not None and _boundary_before(low, left.start()):
        d0 = int(left.group("d0"))
        if _valid_day(d0, mo) and d0 < d:
            extra.update(day=d0, end_day=d, end_month=mo)
            start = left.start()
    if m.groupdict().get("tail"):
        m2 = _month(m.group("m2"))
        d2 = int(m.group("d2"))
        if m2 is not None and _valid_day(d2, m2):
            extra.update(end_day=d2, end_month=m2, end_year=int(m.group("y2")) if m.group("y2") else None)
    return start, extra


def _h_spelled(low: str, m: re.Match[str]) -> RawDate | None:
    d, mo = int(m.group("d")), _month(m.group("m"))
    if mo is None or not _valid_day(d, mo):
        return None
    y_txt = m.group("y") or m.group("y_")
    y = int(y_txt) if y_txt else None
    s, extra = _day_range(low, m, m.start(), d, mo, y)
    lead = _left(_LEFT_LEAD, low, s, 8)
    if lead is None and y is None:
        return None  # "2 tháng 3" without "ngày" or a year is a duration
    return RawDate(lead.start() if lead else s, m.end(), "day", y, mo, **extra)  # type: ignore[arg-type]


def _h_dmy(low: str, m: re.Match[str]) -> RawDate | None:
    d, mo, y = int(m.group("d")), _month(m.group("m")), int(m.group("y"))
    if mo is None or not _valid_day(d, mo):
        return None
    s, extra = _day_range(low, m, m.start(), d, mo, y)
    return RawDate(s, m.end(), "day", y, mo, **extra)  # type: ignore[arg-type]


def _h_dm(low: str, m: re.Match[str]) -> RawDate | None:
    d, mo = int(m.group("d")), _month(m.group("m"))
    if mo is None or not _valid_day(d, mo):
        return None
    s2, extra = _day_range(low, m, m.start(), d, mo, None)
    cue = _left(_LEFT_CUE, low, s2, 24)
    if cue is None:
        # no cue word: only "15/11-15/12" (slashes and a dash) is still clearly a date range
        if not (m.group("tail") and m.group("s") == "/" and m.group("s2") == "/"):
            return None
        start = s2
    else:
        start = cue.start() if cue.group("cue") in ("ngày", "hôm", "mùng", "mồng") else s2
    y = None
    ey = extra.get("end_year")
    if ey:
        y = ey if (extra.get("end_month") or mo, extra.get("end_day") or d) >= (mo, extra["day"] or d) else ey - 1
    return RawDate(start, m.end(), "day", y, mo, **extra)  # type: ignore[arg-type]


def _h_years(low: str, m: re.Match[str]) -> RawDate | None:
    if not _boundary_before(low, m.start()):
        return None
    y, y2 = int(m.group("y")), int(m.group("y2"))
    if not y < y2 <= y + 50:
        return None
    nam = _left(_LEFT_NAM, low, m.start(), 6)
    return RawDate(nam.start() if nam else m.start(), m.end(), "year", y, end_year=y2)


def _h_my(low: str, m: re.Match[str]) -> RawDate | None:
    s = m.start()
    mo = _month(m.group("m"))
    if not _boundary_before(low, s) or mo is None or _DOCNUM_BEFORE.search(low, max(0, s - 25), s):
        return None
    return RawDate(s, m.end(), "month", int(m.group("y")), mo)


def _h_year(low: str, m: re.Match[str]) -> RawDate | None:
    s = m.start()
    if not _boundary_before(low, s):
        return None
    nam = _left(_LEFT_NAM, low, s, 6)
    if nam is None and _NOT_YEAR_AFTER.match(low, m.end()):
        return None  # "2000 người" is a count; "năm 2004 tỉnh …" is still a year
    return RawDate(nam.start() if nam else s, m.end(), "year", int(m.group("y")))


_DIGIT_PATTERNS = (
    (_SPELLED, _h_spelled, True),
    (_DMY, _h_dmy, True),
    (_DM, _h_dm, True),
    (_YEARS, _h_years, False),
    (_MY, _h_my, False),
    (_YEAR, _h_year, False),
)
_SHORT_PATTERNS = tuple(p for p in _DIGIT_PATTERNS if p[0] in (_SPELLED, _DMY, _DM, _MY))
_YEAR_PATTERNS = tuple(p for p in _DIGIT_PATTERNS if p[0] in (_YEARS, _YEAR))
# A run of digits not glued to a word: a day or month (one or two digits, then within the next
# eight characters a separator or "tháng") or a year (four digits, starting with 1 or 2).
# (The first digit comes first in the pattern, so that the engine skips ahead to digits.)
_DIGIT_START = re.compile(r"\d(?<![^\W_].)(?:\d?(?!\d)(?=\s{0,7}[/\-.]|\s{0,3}tháng)|(?<=[12])\d{3}(?!\d))")
_PART_CORE = re.compile(r"(?P<pos>đầu|cuối|giữa)\s+năm(?:\s+(?P<y>\d{4}))?(?![\w/]|\s*\d|[.,\-]\d)")
_LEFT_PART_N = re.compile(r"(?<!\w)(?P<n>\d{1,2}|sáu|chín|ba|hai|mười một|mười|nửa)\s+(?:tháng\s+)?$")


def _scan(low: str) -> list[RawDate]:
    found: list[RawDate] = []
    add = found.append

    # Patterns that start with a digit: tried at the start of each run of digits that may begin one
    # (see `_DIGIT_START`).
    for run in _DIGIT_START.finditer(low):
        s = run.start()
        patterns = _SHORT_PATTERNS if run.end() - s <= 2 else _YEAR_PATTERNS
        day_ok = _day_start_ok(low, s)
        for pattern, handler, is_day in patterns:
            if is_day and not day_ok:
                continue
            m = pattern.match(low, s)
            if m is not None:
                r = handler(low, m)
                if r is not None:
                    add(r)

    # "6 tháng đầu năm 2025", "nửa đầu năm", "đầu năm 2005", "cuối năm 2005"
    for m in _PART_CORE.finditer(low):
        if not _boundary_before(low, m.start()):
            continue
        y = int(m.group("y")) if m.group("y") else None
        pos = m.group("pos")
        left = _left(_LEFT_PART_N, low, m.start(), 16) if pos != "giữa" else None
        if left is not None:
            n_txt = left.group("n")
            n = {"sáu": 6, "chín": 9, "ba": 3, "hai": 2, "mười": 10, "mười một": 11, "nửa": 6}.get(n_txt)
            n = int(n_txt) if n is None else n
            if not 1 <= n <= 12:
                continue
            fm, lm = (1, n) if pos == "đầu" else (13 - n, 12)
            add(RawDate(left.start(), m.end(), "part", y, first_month=fm, last_month=lm))
        elif y is not None:
            fm, lm = {"đầu": (1, 3), "giữa": (4, 9), "cuối": (10, 12)}[pos]
            add(RawDate(m.start(), m.end(), "part", y, first_month=fm, last_month=lm))

    for m in _QUARTER.finditer(low):
        if not _boundary_before(low, m.start()):
            continue
        q = _ROMAN[m.group("q")]
        y = int(m.group("y")) if m.group("y") else None
        add(RawDate(m.start(), m.end(), "quarter", y, first_month=3 * q - 2, last_month=3 * q))

    for m in _MONTH.finditer(low):
        s = m.start()
        if not _boundary_before(low, s):
            continue
        # "6 tháng" (a duration) is not "tháng 6"
        if s >= 2 and low[s - 1] == " " and low[s - 2].isdigit():
            continue
        mo = _month(m.group("m"))
        if mo is None:
            continue
        y = int(m.group("y")) if m.group("y") else None
        kind = "relative" if m.group("rel") else "month"
        lo = hi = None
        pos = _left(_LEFT_POS, low, s, 14)
        if pos is not None:
            s = pos.start()
            lo, hi = {"đầu": (1, 10), "thượng tuần": (1, 10), "giữa": (11, 20), "trung tuần": (11, 20)}.get(
                pos.group("pos"), (21, 31)
            )
        add(RawDate(s, m.end(), kind, y, mo, day_lo=lo, day_hi=hi))

    # Longest span wins; equal lengths keep the pattern tried first (the more specific one).
    order = {id(r): i for i, r in enumerate(found)}
    found.sort(key=lambda r: (-(r.end - r.start), order[id(r)]))
    taken: list[RawDate] = []
    occupied: list[tuple[int, int]] = []
    for r in found:
        if any(r.start < e and s < r.end for s, e in occupied):
            continue
        taken.append(r)
        occupied.append((r.start, r.end))
    taken.sort(key=lambda r: r.start)
    return taken


@lru_cache(maxsize=8)
def _scan_cached(low: str) -> tuple[RawDate, ...]:
    return tuple(_scan(low))


def scan(norm: str) -> list[RawDate]:
    """Every date-like span in `norm`, non-overlapping, in text order (no year inference)."""
    return list(_scan_cached(lower_same_length(norm)))


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _mention(r: RawDate, year: int) -> DateMention | None:
    try:
        if r.kind == "day":
            assert r.month is not None and r.day is not None
            first = date(year, r.month, r.day)
            last = first
            if r.end_day is not None:
                em = r.end_month or r.month
                ey = r.end_year or (year if (em, r.end_day) >= (r.month, r.day) else year + 1)
                last = date(ey, em, r.end_day)
            return DateMention(r.start, r.end, first.isoformat(), first, last)
        if r.kind == "month":
            assert r.month is not None
            lo, hi = r.day_lo or 1, min(r.day_hi or 31, _last_day(year, r.month))
            return DateMention(
                r.start, r.end, f"{year:04d}-{r.month:02d}", date(year, r.month, lo), date(year, r.month, hi)
            )
        if r.kind in ("quarter", "part"):
            assert r.first_month is not None and r.last_month is not None
            first = date(year, r.first_month, 1)
            last = date(year, r.last_month, _last_day(year, r.last_month))
            return DateMention(r.start, r.end, f"{year:04d}", first, last)
        if r.kind == "year":
            return DateMention(r.start, r.end, f"{year:04d}", date(year, 1, 1), date(r.end_year or year, 12, 31))
    except ValueError:
        return None
    return None


def resolve(raws: list[RawDate]) -> list[DateMention]:
    """Scanned spans → mentions; a missing year is the latest year written explicitly before it."""
    out: list[DateMention] = []
    last_year: int | None = None
    for r in raws:
        if r.kind == "relative":
            continue
        year = r.year if r.year is not None else last_year
        if year is None or not 1800 <= year <= 2200:
            continue
        mention = _mention(r, year)
        if mention is not None:
            mention.year_inferred = r.year is None
            out.append(mention)
        if r.year is not None:
            last_year = r.end_year if (r.kind == "year" and r.end_year) else r.year
    return out


def run(doc: Doc) -> Doc:
    doc.dates = resolve(scan(matching_text(doc)))
    return doc


def nearest(
    doc: Doc, start: int, end: int, anchor: int | None = None, written_year: bool = True
) -> DateMention | None:
    """The date mention inside [start, end) closest to `anchor` (default: the span's start).

    With `written_year` (the default) only mentions whose year is written in the text count: a
    statement's date is not taken from context (devset GUIDELINES §5, §8)."""
    best: DateMention | None = None
    a = start if anchor is None else anchor
    cache = doc.derived.setdefault("span_index", {})
    key = (id(doc.dates), len(doc.dates))
    hit = cache.get("dates")
    if hit is None or hit[0] != key:
        hit = (key, [d.start for d in doc.dates])  # mentions are in text order
        cache["dates"] = hit
    lo = bisect.bisect_left(hit[1], start)
    hi = bisect.bisect_left(hit[1], end)
    for d in doc.dates[lo:hi]:
        if d.end > end or (written_year and d.year_inferred):
            continue
        if best is None or abs(d.start - a) < abs(best.start - a):
            best = d
    return best
