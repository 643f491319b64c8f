"""Numbers read with Vietnamese conventions, with what they count or the money they are.

Fills `Doc.quantities`. Conventions (vn-conventions §7.1):

* decimal comma, dot thousands: "174,048 triệu USD" = 174.048 million; "1.700" = 1700; "1,5" = 1.5;
  "11.974.405,56 USD". An English-style "1,500.25" (comma groups then a dot) is read as English;
  a dot followed by one or two digits ("3.5 triệu") is read as a decimal point.
* leading zeros ("02 bản ghi nhớ", "07 đoàn") are plain numbers.
* scale words: nghìn/ngàn (10³), triệu (10⁶), tỷ/tỉ (10⁹), nghìn tỷ (10¹²); `amount` is the number
  as written, `value` the full value, `scale_word` the canonical word (nghìn, triệu, tỷ, nghìn tỷ).
* number words: một … mười, "mười hai", "hai mươi lăm", "một trăm"… — only when a counted noun or
  a currency follows ("sáu dự án", "hai đoàn"), since "năm" is also "year" and "ba" also "father".
  Vague amounts ("hàng chục", "hàng trăm", "vài", "nhiều") are not quantities: there is no number.
* qualifiers before the number: hơn, trên → more_than; khoảng, gần, xấp xỉ, chừng, tầm, trên dưới,
  ước (ước tính, ước đạt) → about; ít nhất, tối thiểu, không dưới → at_least; a following "trở
  lên" → at_least; otherwise exact.
* ranges "20-30 đoàn", "từ 20 đến 30 đoàn", "500-600 triệu USD": one quantity, `value`/`amount`
  the lower bound, `upper` the upper bound's full value, qualifier at_least unless one is written.
* percentages ("12,5%", "12,5 phần trăm") have unit "%": they are not counts.
* money: unit is the ISO 4217 code and `is_money` is set — USD ("USD", "US$", "$" before or after,
  "đô la Mỹ", "đôla", "đô"), VND ("đồng", "VNĐ", "VND", "₫", "đ"), EUR, JPY ("yên"), KRW ("won"),
  CNY ("nhân dân tệ", "NDT", "tệ"), GBP ("bảng Anh"), AUD/CAD/SGD/HKD/TWD/NZD ("đô la Úc", "đôla
  Canada"…), THB, LAK, KHR, RUB, INR, CHF, MYR. "1 tỷ 200 triệu đồng" is one amount (1,2 tỷ).
* text typed without tone marks ("67,8 triêu USD", "36 dư an") is read too, for scale words,
  currencies and counted nouns of more than one short syllable ("câu" is not "cầu").
* counted nouns are the unit, in canonical form ("lượt người", "đoàn", "dự án", "bản ghi nhớ",
  "quốc gia và vùng lãnh thổ"…); measures (m2, ha, tấn…) too; otherwise unit is None.

Not quantities: dates and years (the spans `dates.scan` finds, whatever order the components run
in), ordinals ("lần thứ 7", "thứ 2"), numbers inside codes ("A320", "VD1/2", "62L-2241", document
numbers "05/BC-UBND"), phone-like digit strings without a unit, times ("14h", "8h30").
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal, InvalidOperation

from doingoai.extraction import dates as _dates
from doingoai.extraction.doc import Doc, Quantity
from doingoai.extraction.patterns import alt, canon, strip_tones
from doingoai.extraction.spans import lower_same_length, matching_text

# ---------------------------------------------------------------------------------------------
# Lexicon

CURRENCIES: dict[str, list[str]] = {
    "USD": ["usd", "us$", "us $", "u$s", "$", "đô la mỹ", "đôla mỹ", "đô-la mỹ", "đô la", "đôla", "đô-la",
            "đô", "mỹ kim", "dollar", "dollars", "đô la hoa kỳ"],
    "VND": ["việt nam đồng", "vnđ", "vnd", "đồng", "₫", "đ"],
    "EUR": ["euro", "eur", "€", "ơ-rô", "ơrô"],
    "JPY": ["yên nhật", "yên", "jpy", "¥"],
    "KRW": ["won hàn quốc", "won", "krw"],
    "CNY": ["nhân dân tệ", "ndt", "cny", "rmb", "tệ"],
    "GBP": ["bảng anh", "gbp", "£"],
    "AUD": ["đô la úc", "đôla úc", "đô la australia", "đôla australia", "aud"],
    "CAD": ["đô la canada", "đôla canada", "cad"],
    "SGD": ["đô la singapore", "đôla singapore", "sgd"],
    "HKD": ["đô la hồng kông", "đôla hồng kông", "đô la hong kong", "đôla hong kong", "hkd"],
    "TWD": ["đô la đài loan", "đôla đài loan", "tân đài tệ", "twd", "ntd"],
    "NZD": ["đô la new zealand", "đôla new zealand", "nzd"],
    "THB": ["baht", "bạt", "thb"],
    "LAK": ["kíp", "lak"],
    "KHR": ["riel", "khr"],
    "RUB": ["rúp", "ruble", "rub"],
    "INR": ["rupee", "rupi", "inr"],
    "CHF": ["franc thụy sĩ", "chf"],
    "MYR": ["ringgit", "myr"],
}

# Counted nouns, canonical form → variants. Longest match wins.
COUNTED: dict[str, list[str]] = {
    "lượt người": ["lượt người"],
    "lượt khách": ["lượt khách", "lượt khách quốc tế", "lượt du khách"],
    "lượt cán bộ": ["lượt cán bộ", "lượt cán bộ, công chức"],
    "lượt đại biểu": ["lượt đại biểu"],
    "lượt": ["lượt"],
    "đoàn": ["đoàn", "phái đoàn"],
    "người": ["người"],
    "thành viên": ["thành viên"],
    "đại biểu": ["đại biểu"],
    "cán bộ": ["cán bộ"],
    "khách": ["khách", "du khách"],
    "nhà đầu tư": ["nhà đầu tư"],
    "doanh nghiệp": ["doanh nghiệp"],
    "công ty": ["công ty"],
    "tập đoàn": ["tập đoàn"],
    "giáo sư": ["giáo sư"],
    "thí sinh": ["thí sinh"],
    "vận động viên": ["vận động viên", "cầu thủ"],
    "nghệ sĩ": ["nghệ sĩ", "nghệ nhân", "diễn viên"],
    "thủy thủ": ["thủy thủ", "sĩ quan", "thủy thủ đoàn"],
    "quan chức": ["quan chức"],
    "doanh nhân": ["doanh nhân"],
    "nhà khoa học": ["nhà khoa học", "nhà nghiên cứu"],
    "bác sĩ": ["bác sĩ", "y bác sĩ"],
    "tình nguyện viên": ["tình nguyện viên"],
    "chuyên gia": ["chuyên gia"],
    "sinh viên": ["sinh viên"],
    "học sinh": ["học sinh"],
    "nghị sĩ": ["nghị sĩ", "hạ nghị sĩ", "thượng nghị sĩ"],
    "phóng viên": ["phóng viên", "nhà báo"],
    "dự án": ["dự án", "lượt dự án"],
    "chương trình": ["chương trình"],
    "bản ghi nhớ": ["bản ghi nhớ", "biên bản ghi nhớ", "mou", "văn bản ghi nhớ"],
    "thỏa thuận": ["thỏa thuận", "bản thỏa thuận", "văn bản thỏa thuận", "thỏa thuận quốc tế"],
    "hiệp định": ["hiệp định"],
    "văn bản": ["văn bản", "văn kiện"],
    "hợp đồng": ["hợp đồng"],
    "quốc gia và vùng lãnh thổ": [
        "quốc gia và vùng lãnh thổ", "quốc gia và lãnh thổ", "quốc gia, vùng lãnh thổ", "quốc gia/vùng lãnh thổ",
        "nước và vùng lãnh thổ", "nước và lãnh thổ", "quốc gia, lãnh thổ", "quốc gia và khu vực", "nước và khu vực",
    ],
    "quốc gia": ["quốc gia"],
    "nước": ["nước"],
    "tổ chức": ["tổ chức"],
    "tổ chức phi chính phủ": ["tổ chức phi chính phủ", "tổ chức phi chính phủ nước ngoài", "tổ chức pcpnn", "ngo",
                              "ingo"],
    "địa phương": ["địa phương"],
    "tỉnh": ["tỉnh", "tỉnh, thành phố", "tỉnh thành"],
    "hội nghị": ["hội nghị"],
    "hội thảo": ["hội thảo"],
    "sự kiện": ["sự kiện"],
    "hoạt động": ["hoạt động"],
    "lĩnh vực": ["lĩnh vực"],
    "năm": ["năm"],
    "tháng": ["tháng"],
    "ngày": ["ngày"],
    "lao động": ["lao động"],
    "hộ": ["hộ", "hộ dân"],
    "trẻ em": ["trẻ em"],
    "trường": ["trường", "trường học"],
    "cầu": ["cầu", "cây cầu"],
}
MEASURES: dict[str, list[str]] = {
    "m2": ["m2", "m²", "mét vuông"], "m3": ["m3", "m³", "mét khối"], "km": ["km", "ki-lô-mét", "cây số"],
    "ha": ["ha", "héc-ta", "hecta", "hécta"], "tấn": ["tấn"], "kg": ["kg"], "m": ["m", "mét"],
    "MW": ["mw"], "lít": ["lít"],
}

SCALES = {"nghìn tỷ": 10**12, "ngàn tỷ": 10**12, "nghìn tỉ": 10**12, "ngàn tỉ": 10**12,
          "trăm triệu": 10**8, "trăm nghìn": 10**5, "trăm ngàn": 10**5,
          "nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
_SCALE_OUT = {"ngàn": "nghìn", "tỉ": "tỷ", "ngàn tỷ": "nghìn tỷ", "nghìn tỉ": "nghìn tỷ", "ngàn tỉ": "nghìn tỷ",
              "trăm ngàn": "trăm nghìn"}
_SCALE_LOOKUP = {canon(x): (_SCALE_OUT.get(w, w), v) for w, v in SCALES.items() for x in (w, strip_tones(w))}

_UNIT_LOOKUP: dict[str, tuple[str, bool]] = {}
for code, names in CURRENCIES.items():
    for n in names:
        _UNIT_LOOKUP[canon(n)] = (code, True)
        if " " in n or len(n) > 4:
            _UNIT_LOOKUP.setdefault(canon(strip_tones(n)), (code, True))
for unit, names in {**COUNTED, **MEASURES}.items():
    for n in names:
        _UNIT_LOOKUP.setdefault(canon(n), (unit, False))
        if " " in n or len(n) > 4:
            _UNIT_LOOKUP.setdefault(canon(strip_tones(n)), (unit, False))

PERSON_UNITS = frozenset(
    {"lượt người", "lượt khách", "lượt cán bộ", "lượt đại biểu", "lượt", "người", "thành viên", "đại biểu",
     "cán bộ", "khách", "giáo sư", "chuyên gia", "sinh viên", "học sinh", "nghị sĩ", "phóng viên", "thí sinh",
     "vận động viên", "nghệ sĩ", "thủy thủ", "quan chức", "doanh nhân", "nhà khoa học", "bác sĩ", "tình nguyện viên"}
)

_CUR_ALT = alt([n for names in CURRENCIES.values() for n in names if n not in ("$", "€", "¥", "£", "₫")], toneless=True)
_NOUN_ALT = alt([n for names in {**COUNTED, **MEASURES}.values() for n in names], toneless=True)
# A word after a currency or noun that makes it something else (đồng chí, đô thị, yên tâm, nước ngoài…).
_BAD_FOLLOW = re.compile(
    r"\s*(?:thị|tâm|ổn|bình|lặng|chí|thời|ý|bộ|nghiệp|bào|hồ|ruộng|bằng|hương|đội|minh|tình|cảm|loạt|lòng|"
    r"ngoài|mắm|sạch|uống|mặn|ngọt|biển|ngầm|máy|thải)(?!\w)"
)
_UNIT_RE = re.compile(rf"\s*(?P<sym>[$€¥£₫])|\s*(?P<cur>{_CUR_ALT})(?!\w)|\s*(?P<noun>{_NOUN_ALT})(?!\w)")

_NUM = (
    r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # 11.974.405,56 / 1.700
    r"|\d{1,3}(?:,\d{3})+\.\d+"  # English 1,500.25
    r"|\d+,\d+"  # 1,5 / 174,048
    r"|\d+\.\d{1,2}(?!\d)"  # 3.5 (a decimal point)
    r"|\d+"
)
_SCALE_ALT = alt(list(SCALES), toneless=True)
_QUAL_WORDS = {
    "more_than": ["hơn", "trên", "hơn tới", "lên tới hơn", "lên đến hơn", "đạt hơn", "tới hơn"],
    "about": ["khoảng", "gần", "xấp xỉ", "chừng", "ước", "ước tính", "ước đạt", "ước khoảng", "khoảng gần",
              "tầm", "trên dưới", "khoảng hơn"],
    "at_least": ["ít nhất", "tối thiểu", "không dưới", "không ít hơn", "ít ra"],
}
_QUAL_LOOKUP = {canon(w): q for q, ws in _QUAL_WORDS.items() for w in ws}

_DIGITS_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
                 "tám": 8, "chín": 9}
_WORD_NUM = (
    r"(?:(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)\s+trăm(?:\s+(?:linh|lẻ)\s+\w+)?"
    r"|(?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)\s+mươi(?:\s+(?:mốt|hai|ba|bốn|tư|lăm|năm|sáu|bảy|bẩy|tám|chín))?"
    r"|mười(?:\s+(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|bẩy|tám|chín))?"
    r"|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)"
)

# Cores start with a digit or a number word (fast to find); left context is checked separately.
_GLUED_OK = r"(?:(?=[đ₫](?!\w))|(?![\w]|[.,]\d))"  # "500.000đ" is money; "14h", "A320" are not numbers
_NUMBER_RE = re.compile(
    rf"(?P<num>{_NUM}){_GLUED_OK}"
    rf"(?:\s*(?P<s1>{_SCALE_ALT})(?!\w))?"
    rf"(?:\s*(?:-|–|đến|tới)\s*(?P<num2>{_NUM})(?![\w]|[.,]\d)(?:\s*(?P<s2>{_SCALE_ALT})(?!\w))?)?"
    rf"(?P<pct>\s*%|\s+phần\s+trăm)?"
)
# A run of digits not glued to a word, a number or a code ("A320", "1.700": only the "1") — what
# `_boundary_before` may accept, found by the engine (the first digit comes first: it skips to digits).
_DIGIT_RUN = re.compile(r"\d(?<![\w.,\-].)\d*")
_WORD_CORE = re.compile(r"(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)(?!\w)")
# a number word directly followed by a currency or a counted noun (the only place it is read)
_WORD_FULL = re.compile(
    rf"(?P<word>{_WORD_NUM})(?!\w)(?:\s+(?P<s1>{_SCALE_ALT})(?!\w))?(?=\s*(?:{_CUR_ALT}|{_NOUN_ALT})(?!\w))"
)
_QUAL_BY_WORDS = {tuple(w.split()): q for w, q in _QUAL_LOOKUP.items()}
_QUAL_MAX = max(len(k) for k in _QUAL_BY_WORDS)
_PREFIX_CUR = {"us$": "USD", "usd": "USD", "$": "USD", "€": "EUR", "eur": "EUR"}
_CODE_WORDS = {canon(w) for w in ("thứ", "khóa", "kỳ", "điều", "khoản", "chương", "mục", "phòng", "quận", "phường",
                                  "tầng", "lô", "km", "lộ", "nhóm", "hạng", "top", "giải", "cấp", "phiên", "đường")}
_WORDS = re.compile(r"\S+")
_LAST_WORDS = {k[-1] for k in _QUAL_BY_WORDS} | {"từ"} | set(_PREFIX_CUR) | _CODE_WORDS


class _Left:
    """What stands right before a number: a qualifier ("hơn", "khoảng"…), "từ", a currency sign, or a
    word that makes the number part of a name or code ("lần thứ 7", "quận 10")."""

    __slots__ = ("qual", "qual_start", "from_start", "pre", "pre_start", "code")

    def __init__(self, low: str, pos: int) -> None:
        self.qual: str | None = None
        self.qual_start: int | None = None
        self.from_start: int | None = None
        self.pre: str | None = None
        self.pre_start: int | None = None
        self.code = False
        seg_start = max(0, pos - 40)
        seg = low[seg_start:pos]
        body = seg.rstrip()
        if not body:
            return
        last = body.rsplit(None, 1)[-1]
        if last not in _LAST_WORDS and canon(last) not in _LAST_WORDS:
            return  # the common case: nothing to read before the number
        words = list(_WORDS.finditer(low, seg_start, pos))
        if words and words[0].start() == seg_start and seg_start > 0 and low[seg_start - 1].isalnum():
            words = words[1:]  # a word cut by the window
        self.code = bool(words) and words[-1].end() >= pos - 1 and canon(words[-1].group()) in _CODE_WORDS
        k = len(words)
        if k and words[-1].group() in _PREFIX_CUR:
            self.pre, self.pre_start = _PREFIX_CUR[words[-1].group()], words[-1].start()
            k -= 1
        if k and words[k - 1].group() == "từ":
            self.from_start = words[k - 1].start()
            k -= 1
        for n in range(min(_QUAL_MAX, k), 0, -1):
            key = tuple(canon(w.group()) for w in words[k - n : k])
            if key in _QUAL_BY_WORDS:
                self.qual, self.qual_start = _QUAL_BY_WORDS[key], words[k - n].start()
                break


_NOTHING_LEFT = _Left("", 0)  # what most numbers have before them


def _left(low: str, pos: int) -> _Left:
    """What stands before the number at `pos` (shared and empty when nothing does, the common case)."""
    body = low[max(0, pos - 40):pos].rstrip()
    if not body:
        return _NOTHING_LEFT
    last = body.rsplit(None, 1)[-1]
    if last not in _LAST_WORDS and canon(last) not in _LAST_WORDS:
        return _NOTHING_LEFT
    return _Left(low, pos)


_TRAILING = re.compile(r"\s*trở\s+lên(?!\w)")


_VN_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EN_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+")
_VN_DECIMAL = re.compile(r"\d+,\d+")
_EN_DECIMAL = re.compile(r"\d+(?:\.\d+)?")


def parse_number(token: str) -> Decimal | None:
    """Read one number token with Vietnamese conventions ("1.700" → 1700, "1,5" → 1.5)."""
    t = token.strip()
    try:
        if t.isdigit():
            return Decimal(t)
        if _VN_GROUPED.fullmatch(t):
            return Decimal(t.replace(".", "").replace(",", "."))
        if _EN_GROUPED.fullmatch(t):
            return Decimal(t.replace(",", ""))
        if _VN_DECIMAL.fullmatch(t):
            return Decimal(t.replace(",", "."))
        if _EN_DECIMAL.fullmatch(t):
            return Decimal(t)
    except InvalidOperation:
        return None
    return None


def parse_words(words: str) -> int | None:
    """"sáu" → 6, "mười hai" → 12, "hai mươi lăm" → 25, "một trăm" → 100."""
    toks = canon(words).split()
    if not toks:
        return None
    total = 0
    if "trăm" in toks:
        i = toks.index("trăm")
        head = _DIGITS_WORDS.get(toks[0]) if i == 1 else None
        if head is None:
            return None
        total = head * 100
        toks = [t for t in toks[i + 1 :] if t not in ("linh", "lẻ")]
        if not toks:
            return total
    if toks[0] == "mười":
        rest = toks[1:]
        return total + 10 + (_DIGITS_WORDS.get(rest[0], 0) if rest else 0)
    if len(toks) >= 2 and toks[1] == "mươi":
        tens = _DIGITS_WORDS.get(toks[0])
        if tens is None:
            return None
        unit = {"mốt": 1, "tư": 4, "lăm": 5}.get(toks[2], _DIGITS_WORDS.get(toks[2], 0)) if len(toks) > 2 else 0
        return total + tens * 10 + unit
    if len(toks) == 1 and toks[0] in _DIGITS_WORDS and toks[0] != "lăm":
        return total + _DIGITS_WORDS[toks[0]]
    return None


def _unit_after(norm: str, pos: int) -> tuple[str | None, bool, int]:
    """The unit right after `pos`: (unit, is_money, end). A noun/currency word must stand alone."""
    m = _UNIT_RE.match(norm, pos)
    if not m:
        return None, False, pos
    if m.group("sym"):
        sym = m.group("sym")
        return {"$": "USD", "€": "EUR", "¥": "JPY", "£": "GBP", "₫": "VND"}[sym], True, m.end()
    word = m.group("cur") or m.group("noun")
    if _BAD_FOLLOW.match(norm, m.end()):
        return None, False, pos
    unit, money = _UNIT_LOOKUP.get(canon(word), (None, False))
    if unit is None:
        return None, False, pos
    return unit, money, m.end()


def _scale(word: str | None) -> tuple[str | None, int]:
    if not word:
        return None, 1
    return _SCALE_LOOKUP[canon(word)]


def _boundary_before(low: str, i: int) -> bool:
    if i == 0:
        return True
    c = low[i - 1]
    if c == "/":  # "19 đoàn/58 lượt" yes, "VD1/2" no
        return i >= 2 and not low[i - 2].isdigit()
    return not (c.isalnum() or c in "_.,-")


def scan(norm: str, exclude: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """All quantities in `norm` outside the `exclude` spans (by default the date spans), in order."""
    low = lower_same_length(norm)
    if exclude is None:
        exclude = [(r.start, r.end) for r in _dates.scan(norm)]
    ex = sorted(exclude)
    ex_starts = [e[0] for e in ex]

    def excluded(s: int, e: int) -> bool:
        # spans do not overlap, so only the last one starting before `e` can overlap [s, e)
        i = bisect.bisect_left(ex_starts, e) - 1
        return i >= 0 and ex[i][1] > s

    out: list[Quantity] = []
    consumed = -1  # end of the last number match: its digits are not read again ("500 đến 600")
    for run in _DIGIT_RUN.finditer(low):  # the runs `_boundary_before` may accept
        ns = run.start()
        if ns < consumed or not _boundary_before(low, ns):
            continue
        m = _NUMBER_RE.match(low, ns)
        if m is None:
            continue
        ne = m.end("num")
        if excluded(ns, ne):
            continue
        left = _left(low, ns)
        if left.code:
            continue
        if low.startswith("/", ne) and ne + 1 < len(low) and low[ne + 1].isalpha():
            continue  # a document number "05/BC-UBND"
        num, s1, num2, s2, pct = m.group("num", "s1", "num2", "s2", "pct")
        amount = parse_number(num)
        if amount is None:
            continue
        consumed = m.end("num2") if num2 and not excluded(*m.span("num2")) else ne
        scale_word, mult = _scale(s1)
        upper = None
        end = m.end("s1") if s1 else ne
        if num2:
            n2s, n2e = m.span("num2")
            a2 = None if excluded(n2s, n2e) else parse_number(num2)
            if a2 is not None:
                sw2, mult2 = _scale(s2)
                if not s1 and s2:
                    scale_word, mult = sw2, mult2
                upper_v = a2 * (mult2 if s2 else mult)
                if upper_v > amount * mult:
                    upper = upper_v
                    end = m.end("s2") if s2 else n2e
        qualifier = left.qual or "exact"
        start = ns
        if left.pre_start is not None:
            start = left.pre_start
        if left.from_start is not None and upper is not None:
            start = left.from_start
        if left.qual_start is not None:
            start = left.qual_start
        if pct and (upper is None or end == m.start("pct")):
            unit, money, uend = "%", False, m.end("pct")
        else:
            unit, money, uend = _unit_after(low, end)
            if unit is None and left.pre:
                unit, money = left.pre, True
        if unit is None and scale_word is None:
            if len(num) >= 7 and num.isdigit():
                continue  # a phone number or an identifier
            if len(num) == 4 and num[:2] in ("19", "20") and num.isdigit():
                continue  # a year the date scanner left (e.g. "so với 2004")
        end = max(end, uend)
        tr = _TRAILING.match(low, end)
        if tr:
            qualifier = "at_least" if qualifier == "exact" else qualifier
            end = tr.end()
        if upper is not None and qualifier == "exact":
            qualifier = "at_least"
        out.append(
            Quantity(
                start=start, end=end, value=float(amount * mult), amount=float(amount), scale_word=scale_word,
                unit=unit, qualifier=qualifier, is_money=money, upper=float(upper) if upper is not None else None,
            )
        )

    # number words, only before a counted noun or a currency
    taken = [(q.start, q.end) for q in out]
    taken_starts = [t[0] for t in taken]
    for core in _WORD_CORE.finditer(low):
        ws = core.start()
        if not _boundary_before(low, ws):
            continue
        m = _WORD_FULL.match(low, ws)
        if m is None:
            continue
        we = m.end("word")
        i = bisect.bisect_right(taken_starts, ws) - 1
        if excluded(ws, we) or (i >= 0 and taken[i][1] > ws):
            continue
        n = parse_words(m.group("word"))
        if n is None:
            continue
        scale_word, mult = _scale(m.group("s1"))
        end = m.end("s1") if m.group("s1") else we
        unit, money, uend = _unit_after(low, end)
        if unit is None or unit in ("năm", "tháng", "ngày"):
            continue
        left = _left(low, ws)
        qualifier = left.qual or "exact"
        k = bisect.bisect_left(taken_starts, ws)
        taken_starts.insert(k, ws)
        taken.insert(k, (ws, uend))
        out.append(
            Quantity(
                start=left.qual_start if left.qual_start is not None else ws,
                end=uend, value=float(n * mult), amount=float(n), scale_word=scale_word, unit=unit,
                qualifier=qualifier, is_money=money,
            )
        )
    out.sort(key=lambda q: q.start)
    return _merge_compounds(low, out)


def _merge_compounds(norm: str, qs: list[Quantity]) -> list[Quantity]:
    """"1 tỷ 200 triệu đồng" → one quantity of 1.2 tỷ đồng (value 1,200,000,000)."""
    merged: list[Quantity] = []
    for q in qs:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.unit is None
            and prev.scale_word in SCALES
            and q.scale_word in SCALES
            and SCALES[q.scale_word] < SCALES[prev.scale_word]
            and q.qualifier == "exact"
            and prev.upper is None
            and q.upper is None
            and not norm[prev.end : q.start].strip()
        ):
            mult = SCALES[prev.scale_word]
            total = Decimal(str(prev.value)) + Decimal(str(q.value))
            merged[-1] = Quantity(
                start=prev.start, end=q.end, value=float(total), amount=float(total / mult),
                scale_word=prev.scale_word, unit=q.unit, qualifier=prev.qualifier, is_money=q.is_money,
            )
            continue
        merged.append(q)
    return merged


def run(doc: Doc) -> Doc:
    doc.quantities = scan(matching_text(doc))
    return doc
