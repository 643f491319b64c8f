"""Recognisers: countries, foreign localities, organisations and Vietnamese provinces, with offsets.

Everything is found on `doc.norm` (same offsets as `doc.text`) over word tokens, so a name never
starts or ends inside a syllable and stray spaces between syllables do not matter.

1. Gazetteer names. The matcher is built once from the reference gazetteer: every surface is
   normalised like the text and split into tokens; a dict keyed by the first token (lower case)
   holds the candidate token sequences, longest first. Case is part of the signal: a name written
   with a capital must start with a capital in the text, and an acronym ("WHO", "TP") must be
   written exactly; the other syllables may vary ("Trung quốc" in old texts).
2. Context. A surface the reference marks ambiguous needs context, by kind of ambiguity:
   - name-like country words ("Anh", "Mỹ", "Đức", "Nga", "Nhật"…) are taken unless the context
     says otherwise: a language ("tiếng Anh", "Anh ngữ", "tiếng Việt, Anh"), a compound word
     ("Pháp lệnh", "Anh hùng"), part of a personal or place name (a capitalised Vietnamese
     syllable next to it: "Anh Dũng", "Trần Đức Lương", "Mỹ Tho", "Bắc Mỹ"), the pronoun at the
     start of a sentence ("Anh cho biết…"), or a word the same document uses as a given name
     ("Đặng Hồng Nhật … Nhật đã…");
   - short forms ("Trung", "Hàn", "Ấn") only in the adjective pair with Việt ("Việt - Trung",
     "Việt – Hàn", "Mỹ - Trung"); the mention is the foreign part;
   - other ambiguous words ("Ý", "Áo", "Bỉ", "Thổ", "US") only with a strong context: a word that
     takes a country ("nước Ý", "tại Áo", "doanh nghiệp Bỉ"), a list of countries, or brackets.
3. Territories: "Đài Loan (Trung Quốc)" is TW only; the bracketed China is not a mention.
4. Organisations: the reference list (acronyms, Vietnamese and English names), then general
   patterns for bodies the list lacks — a head that names a body ("Chính phủ", "Bộ …", "Đại sứ
   quán", "Hải quân", "Hội Chữ thập đỏ", "Quỹ", "Tổ chức"…) followed by a foreign country or
   locality ("Bộ Ngoại giao Mỹ", "Tổng Lãnh sự quán Anh tại TP HCM"), and a company head
   ("công ty", "tập đoàn", "hãng"…) followed by a foreign-looking name, with its country from
   "(Pháp)" or "của Mỹ". Vietnamese bodies are never taken (names with Việt Nam or a Vietnamese
   province, the reference negative list). Countries and localities inside an organisation's name
   are not mentions of their own.
   More patterns: an acronym defined in brackets ("Ủy ban Thị trường mở (FOMC)"), a body said to
   belong to a country ("Quỹ nghiên cứu bệnh AIDS của Mỹ"), a body named as international by its
   own name ("Liên đoàn cờ vua thế giới"); a union used as a market ("thị trường EU") is a place.
5. Localities: ISO 3166-2 subdivisions and curated cities; a name only ISO knows needs its country
   in the text; a Sino-Vietnamese name inside a personal name ("Lê Thanh Hải") is not a place; a
   foreign name the data lacks is a locality when the text places it ("Amiens (Pháp)", "thành phố
   Karlskorna" in a paragraph about Sweden). Capitals standing for a government ("Washington cho
   rằng…", "Bắc Kinh phản đối…": at the start of a sentence, before a verb of stating) are not.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import marshal
import os
import re
import sys
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate, chain
from pathlib import Path
from typing import NamedTuple, TypeVar

from doingoai.extraction.doc import Doc, Entity
from doingoai.extraction.normalise import normalise_text
from doingoai.reference import services as ref
from doingoai.reference.loaders import read_csv
from doingoai.reference.names import is_vietnamese_syllable
from doingoai.text import fold

TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_V = TypeVar("_V")

# ------------------------------------------------------------------------------ context words
# Words after which a country name is a language, not a country.
LANGUAGE_BEFORE = frozenset({"tiếng", "chữ", "giọng", "môn"})
LANGUAGE_AFTER = frozenset({"ngữ", "văn"})
# Lower-case syllables that make an ambiguous name part of an ordinary word.
COMPOUNDS: dict[str, frozenset[str]] = {
    k: frozenset(v.split())
    for k, v in {
        "anh": "hùng ấy ta em chị ơi trai hai ba cả rể họ chàng thư tú minh",
        "pháp": "luật lệnh lý lí chế nhân quy sư định trị y danh môn điển bảo quyền",
        "nhật": "ký kí báo trình dụng lệnh thực kì kỳ",
        "đức": "tính độ hạnh tin dục cha vua ông bà mẹ chúa thầy",
        "mĩ": "thuật phẩm nghệ học nhân mãn lệ cảm quan vị tục danh từ miều viện latinh la",
        "nga": "my",
        "thái": "độ quá tử hậu giám sư cực",
        "ý": "kiến nghĩa thức tưởng chí muốn định nguyện đồ tứ niệm thích tình",
        "lào": "cai",
    }.items()
}
# Ambiguous country words that usually are the country (the others need a strong context).
NAME_LIKE = frozenset({"anh", "mĩ", "đức", "nga", "pháp", "nhật", "lào", "hà lan", "séc", "nhựt", "mã lai", "ireland",
                       "luxembourg"})
# Short forms used only in an adjective pair with Việt ("Việt - Trung").
SHORT_FORMS = frozenset({"trung", "hàn", "ấn"})
# Words (one or two syllables, lower case) after which a name is a country.
COUNTRY_HEADS = frozenset(
    w.replace("_", " ")
    for w in """nước tại ở sang đến tới từ của với cùng giữa phía bên thăm hãng quân lính vua xứ đất khách
    hàng người đoàn tuyển sứ thị_trường doanh_nghiệp đầu_tư du_khách chính_phủ quân_đội đại_sứ lãnh_sự
    tổng_thống thủ_tướng ngoại_trưởng bộ_trưởng công_ty tập_đoàn chuyên_gia đối_tác phái_đoàn đội_tuyển
    quốc_tịch quốc_gia hoàng_gia hải_quân không_quân chiến_hạm liên_bang cộng_hòa vương_quốc quốc_hội
    nghị_sĩ""".split()
)
# Words after which a country name is not the country: a currency, a peninsula.
NOT_COUNTRY_AFTER = frozenset({"đôla", "đô la", "usd", "bán đảo", "châu", "gió"})
SURNAMES = frozenset(
    """nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý lưu trương đinh mai tô
    đoàn lâm cao hà thái tạ vương châu quách lương kiều triệu mạc""".split()
)
LIST_SEPARATORS = frozenset({",", "và", "-", "/", "hoặc", "với", ";"})
# Prefixes that are part of a country's name as written ("Cộng hòa Séc", "CH Czech").
STATE_FORMS = (("cộng", "hòa", "liên", "bang"), ("cộng", "hòa"), ("ch",), ("vương", "quốc"), ("liên", "bang"))
# Words before a name that say it is a foreign locality, and which kind.
CITY_HINTS = frozenset({"thành phố", "tp", "thủ đô", "thị xã", "thủ phủ"})
SUBDIVISION_HINTS = frozenset({"tỉnh", "bang", "tiểu bang", "vùng", "khu tự trị", "đặc khu", "châu", "hạt", "quận",
                               "huyện", "đảo", "xứ"})
# Words after a capital that show it stands for its government.
STATING_VERBS = frozenset(
    """cho_rằng cho_biết tuyên_bố phản_đối khẳng_định yêu_cầu cáo_buộc bác_bỏ kêu_gọi lên_án cảnh_báo
    đề_nghị nói hoan_nghênh ủng_hộ chỉ_trích phủ_nhận thừa_nhận nhấn_mạnh đe_dọa muốn quyết_định
    đồng_ý chấp_nhận từ_chối phản_ứng bày_tỏ hy_vọng hi_vọng tin nghi_ngờ thông_báo tố_cáo lo_ngại
    coi xem cam_kết đòi""".replace("_", " ").split()
)
AUXILIARIES = frozenset({"đã", "đang", "sẽ", "vừa", "cũng", "lại", "không", "chưa", "mới", "luôn", "vẫn", "còn"})
# Common words that start sentences: a capitalised one before a name is not part of the name.
STARTERS = frozenset(
    """tại ở sang từ với theo của và như cả nước người phía hàng cùng đến tới giữa khi trong ngoài sau
    trước riêng còn nhưng nếu vì do bởi để thị hiện năm ngày tháng đây đó các những một hai ba""".split()
)
PROVINCE_HEADS = frozenset({"tỉnh", "thành phố", "tp", "ubnd", "ubnd tỉnh", "ubnd tp", "sở", "thủ đô"})

# ---------------------------------------------------------------------------- organisation heads
# Heads that name a body of a state by themselves: the country may follow at once.
GOV_HEADS: dict[str, str] = {
    **dict.fromkeys(
        """chính phủ|chính quyền|quốc hội|hạ viện|thượng viện|nghị viện|quân đội|hải quân|không quân|
        lục quân|đại sứ quán|sứ quán|tổng lãnh sự quán|lãnh sự quán|nội các|tòa đô chính|tòa thị chính|
        ngân hàng trung ương|ngân hàng nhà nước|bộ ngoại giao|bộ quốc phòng|bộ thương mại|văn phòng thương mại|
        thương vụ|tổng cục du lịch|cục du lịch|ủy ban đối ngoại""".replace("\n", "").split("|"),
        "government_agency",
    ),
    "hoàng gia": "other",
    "hội chữ thập đỏ": "ngo",
    "phòng thương mại": "other",
    "phòng thương mại và công nghiệp": "other",
}
# Heads that need a name between them and the country ("Bộ Y tế Nhật Bản", "Quỹ Canada").
NAMED_HEADS: dict[str, str] = {
    "bộ": "government_agency", "cục": "government_agency", "tổng cục": "government_agency",
    "ủy ban": "government_agency", "cơ quan": "government_agency", "viện": "other", "hội đồng": "other",
    "ngân hàng": "company", "hội": "other", "hiệp hội": "other", "liên đoàn": "other", "liên minh": "other",
    "quỹ": "ngo", "tổ chức": "ngo", "đại học": "other", "trường đại học": "other", "học viện": "other",
    "tập đoàn": "company", "công ty": "company", "hãng": "company", "trung tâm": "other",
}
# What a head must not follow ("toàn bộ lực lượng", "nhà tổ chức") and heads that must be capitalised.
HEAD_NOT_AFTER: dict[str, frozenset[str]] = {
    "bộ": frozenset({"toàn", "đồng", "cán", "nội", "sơ", "từng", "một"}),
    "tổ chức": frozenset({"nhà", "ban", "được", "sẽ", "đã", "đứng", "cùng"}),
    "hội": frozenset({"đại", "xã", "quốc", "lễ", "cơ"}),
    "quỹ": frozenset({"ngân", "thủ"}),
}
CAPITAL_HEADS = frozenset({"bộ", "cục", "tổng cục", "hội", "viện", "quỹ", "ủy ban", "hội đồng"})
# What a head must not be followed by (then it is another word: "bộ trưởng", "hội nghị").
HEAD_NOT_BEFORE: dict[str, frozenset[str]] = {
    "bộ": frozenset({"trưởng", "phận", "đội", "máy", "mặt", "sưu", "đồ"}),
    "hội": frozenset({"nghị", "thảo", "chợ", "viên", "đồng", "diễn", "thi", "nhập", "tụ", "họp", "ý"}),
    "viện": frozenset({"trợ", "phí", "dẫn"}),
    "cục": frozenset({"diện", "bộ"}),
    "ngân hàng": frozenset({"dữ", "gen", "máu"}),
    "trung tâm": frozenset({"thương", "hội", "triển", "mua"}),
}
MISSION_HEADS = frozenset({"đại sứ quán", "sứ quán", "tổng lãnh sự quán", "lãnh sự quán", "hiệp hội", "hội",
                           "phòng thương mại", "phòng thương mại và công nghiệp", "văn phòng thương mại",
                           "thương vụ"})
# Words that end the search for a head (they do not occur inside a body's name before its country).
ORG_STOP = frozenset(
    """của tại ở cho từ với đã đang sẽ là có được này đó những trong để khi thì mà nhưng cũng vừa không
    như do theo sau trước gồm năm ngày tháng và hoặc""".split()
)
COMPANY_HEADS: dict[str, str] = {
    "công ty": "company", "tập đoàn": "company", "hãng": "company", "nhà sản xuất": "company",
    "xí nghiệp": "company", "tổ chức": "ngo", "quỹ": "ngo", "đại học": "other", "trường đại học": "other",
}
# Words before an international body's name that make the phrase a place, or a body of its own.
PLACE_WORDS = frozenset({"thị trường", "tại", "ở", "sang", "vào", "khắp"})
SUB_BODIES = frozenset({"đại hội đồng", "hội đồng bảo an", "ban thư ký", "tòa án", "hội đồng", "ủy ban",
                        "văn phòng", "phái đoàn", "cao ủy", "quỹ"})
# Heads of a body said to belong to a country ("Quỹ … của Mỹ"); not "Tổ chức", also the verb.
OWNED_HEADS: dict[str, str] = {
    "quỹ": "ngo", "hiệp hội": "other", "viện": "other", "trung tâm": "other", "cơ quan": "government_agency",
    "bộ": "government_agency", "cục": "government_agency", "ủy ban": "government_agency",
    "hội đồng": "other",
}
INTERNATIONAL_HEADS: dict[str, str] = {
    "hiệp hội": "ngo", "liên minh": "ngo", "liên đoàn": "international_org", "tổ chức": "ngo", "quỹ": "ngo",
    "hội": "ngo", "diễn đàn": "other", "mạng lưới": "ngo", "ủy ban": "international_org",
}
INTERNATIONAL_ENDS = frozenset({"quốc tế", "thế giới", "toàn cầu"})
LIST_INTRODUCERS = frozenset({"như", "gồm", "là", ":"})
NAME_WITH_HEAD = frozenset({"đại học", "trường đại học", "học viện"})
COMPANY_QUALIFIER_STOP = (ORG_STOP - {"không"}) | frozenset(
    """các nhiều một hai ba này kia ấy nào mọi lớn nhỏ mới cũ nổi tiếng nước ngoài khác như thuộc
    cuộc buổi lễ hội đoàn chuyến đợt kỳ""".split()  # event nouns: "tổ chức cuộc thi" is the verb
)
NAME_PARTICLES = frozenset({"du", "de", "la", "le", "des", "of", "the", "and", "for", "van", "von", "der", "et", "y",
                            "&", "-", ".", "'"})
VIETNAMESE_BRANDS = ("viet", "vina", "saigon", "sai gon", "hanoi", "ha noi", "petro", "agri", "sacom", "techcom")
VN_ACRONYMS = frozenset({"TNHH", "CP", "MTV", "JSC", "VN", "TP", "HCM", "UBND", "HĐND", "KCN", "KCX", "TM", "DV",
                         "XNK", "SX", "XD", "CTCP"})
HOME_WORDS = frozenset({"việt", "vn"})  # the Vietnamese side of "Việt - Trung", "VN - Campuchia"


# Every word list is compared with normalised text ("công ty" is "công ti", "Mỹ" is "Mĩ" there).
def _vi(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalise_text(w).lower() for w in words)


def _vi_keys(table: dict[str, _V]) -> dict[str, _V]:
    return {normalise_text(k).lower(): (_vi(v) if isinstance(v, frozenset) else v) for k, v in table.items()}


LANGUAGE_BEFORE, LANGUAGE_AFTER, NAME_LIKE, SHORT_FORMS, COUNTRY_HEADS = map(
    _vi, (LANGUAGE_BEFORE, LANGUAGE_AFTER, NAME_LIKE, SHORT_FORMS, COUNTRY_HEADS))
NOT_COUNTRY_AFTER, SURNAMES, CITY_HINTS, SUBDIVISION_HINTS, STATING_VERBS, AUXILIARIES, STARTERS = map(
    _vi, (NOT_COUNTRY_AFTER, SURNAMES, CITY_HINTS, SUBDIVISION_HINTS, STATING_VERBS, AUXILIARIES, STARTERS))
PROVINCE_HEADS, MISSION_HEADS, ORG_STOP, NAME_WITH_HEAD, COMPANY_QUALIFIER_STOP, PLACE_WORDS, SUB_BODIES = map(
    _vi, (PROVINCE_HEADS, MISSION_HEADS, ORG_STOP, NAME_WITH_HEAD, COMPANY_QUALIFIER_STOP, PLACE_WORDS, SUB_BODIES))
COMPOUNDS, GOV_HEADS, NAMED_HEADS, HEAD_NOT_BEFORE, COMPANY_HEADS, OWNED_HEADS, INTERNATIONAL_HEADS = map(
    _vi_keys, (COMPOUNDS, GOV_HEADS, NAMED_HEADS, HEAD_NOT_BEFORE, COMPANY_HEADS, OWNED_HEADS, INTERNATIONAL_HEADS))
HEAD_NOT_AFTER = _vi_keys(HEAD_NOT_AFTER)
CAPITAL_HEADS = _vi(CAPITAL_HEADS)
INTERNATIONAL_ENDS = _vi(INTERNATIONAL_ENDS)
COUNTRY_ORG_HEADS = {**NAMED_HEADS, **GOV_HEADS}
ACRONYM_HEADS = {**NAMED_HEADS, **GOV_HEADS, **INTERNATIONAL_HEADS}
_FIRST_WORDS: dict[int, frozenset[str]] = {}
ORG_HEAD_WORDS = frozenset(NAMED_HEADS) | frozenset(GOV_HEADS)


# ------------------------------------------------------------------------------------ matcher
class Target(NamedTuple):
    """One meaning of a surface: an entity of the reference data (a tuple: cheap to cache)."""

    type: str  # country | home | locality | organisation | province
    key: str
    name: str
    surface: tuple[str, ...]  # normalised tokens of the surface, as written (for the case check)
    ambiguous: bool = False
    policy: str = ""  # for ambiguous countries: name | short | strict
    country: str | None = None
    code: str | None = None  # locality: ISO 3166-2 code; province: statistical code
    era: str | None = None  # province
    kind: str | None = None  # organisation kind; locality: city | subdivision
    acronym: str | None = None
    capital: bool = False
    preferred: bool = False
    curated: bool = True  # localities: the name is ours or the city file's, not only ISO's


@dataclass(slots=True)
class Matcher:
    index: dict[str, list[tuple[tuple[str, ...], list[Target]]]] = field(default_factory=dict)
    lower_start: set[str] = field(default_factory=set)  # first words some name may start in lower case


def tokens_of(text: str) -> list[str]:
    return TOKEN_RE.findall(text)


def _is_acronym(token: str) -> bool:
    return len(token) >= 2 and token.isupper()


def _case_ok(written: str, surface: str, first: bool) -> bool:
    if _is_acronym(surface) or (len(surface) > 1 and any(c.isupper() for c in surface[1:])):
        return written == surface  # acronyms and internal capitals are written exactly
    if first and surface[:1].isupper():
        return written[:1].isupper()
    return True


def _country_policy(entry_key: str, surface: str, curated: set[str]) -> str:
    low = normalise_text(surface).lower()
    if low in SHORT_FORMS:
        return "short"
    if low in NAME_LIKE and fold(surface) in curated:
        return "name"
    return "strict"


@functools.cache
def matcher() -> Matcher:
    """The gazetteer matcher: built once per process, kept between runs in a cache file.

    Building it loads the whole reference data (ISO 3166, CLDR, our files) and normalises ~10,000
    names; the cache (a `marshal` file of plain tuples in $DOINGOAI_CACHE_DIR or ~/.cache/doingoai)
    is keyed by a digest of everything the matcher depends on, so a changed data file, library or
    recogniser rebuilds it. Any problem with the cache only means building again.
    """
    path = _cache_path()
    if path is not None:
        try:
            index, lower_start = marshal.loads(path.read_bytes())
            return Matcher({first: [(toks, [Target(*t) for t in targets]) for toks, targets in candidates]
                            for first, candidates in index.items()}, set(lower_start))
        except (OSError, ValueError, EOFError, TypeError):
            pass
    m = build_matcher()
    if path is not None:
        _save(path, m)
    return m


def _cache_path() -> Path | None:
    try:
        base = Path(os.environ.get("DOINGOAI_CACHE_DIR") or Path(os.environ.get("XDG_CACHE_HOME")
                                                                  or Path.home() / ".cache") / "doingoai")
        digest = hashlib.sha256()
        here = Path(__file__).resolve().parent
        sources = [here / "recognisers.py", here / "normalise.py", here.parent / "text.py",
                   *sorted(Path(ref.__file__).parent.glob("*.py")),
                   *sorted((Path(ref.__file__).parent / "data").glob("*.csv"))]
        for source in sources:
            digest.update(source.name.encode() + b"\0" + source.read_bytes())
        for library in ("pycountry", "babel"):  # their data comes with their version
            spec = importlib.util.find_spec(library)
            if spec is not None and spec.origin:
                site = Path(spec.origin).resolve().parent.parent
                digest.update(" ".join(sorted(p.name for p in site.glob(f"{library}-*-info"))).encode())
        digest.update(sys.version.encode())
        return base / f"matcher-{digest.hexdigest()[:24]}.marshal"
    except OSError:
        return None


def _save(path: Path, m: Matcher) -> None:
    plain = {first: [(toks, [tuple(t) for t in targets]) for toks, targets in candidates]
             for first, candidates in m.index.items()}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps((plain, sorted(m.lower_start))))
        os.replace(tmp, path)
    except OSError:
        pass


def build_matcher() -> Matcher:
    """Build the matcher from the reference gazetteer."""
    entries = ref.gazetteer()
    curated = {fold(r["alias"]) for r in read_csv("country_aliases.csv") if r["ambiguous"].strip().lower() == "true"}
    # Which countries each folded surface belongs to, to tell a real ambiguity ("Georgia": GE and
    # the US state) from a name that only repeats its own country ("Limburg (Bỉ)" → "Bỉ").
    owners: dict[str, set[str]] = {}
    for e in entries:
        owners.setdefault(e.folded, set()).add(_owner_country(e))
    groups: dict[tuple[str, ...], list[Target]] = {}
    for e in entries:
        target = _target(e, curated, owners)
        if target is None:
            continue
        low = tuple(t.lower() for t in target.surface)
        if not low:
            continue
        bucket = groups.setdefault(low, [])
        if target not in bucket:
            bucket.append(target)
    m = Matcher()
    for low, targets in groups.items():
        m.index.setdefault(low[0], []).append((low, targets))
    for first, candidates in m.index.items():
        candidates.sort(key=lambda c: -len(c[0]))
        if any(not t.surface[0][:1].isupper() for _, targets in candidates for t in targets):
            m.lower_start.add(first)
    return m


def _owner_country(e) -> str:  # noqa: ANN001 - GazetteerEntry
    if e.type == "country":
        return e.key
    if e.type == "province":
        return "VN"
    if e.type == "organisation":
        org = ref.organisation(e.key)
        return (org.country if org else None) or "*"
    if e.type == "city":
        c = ref.city(e.key)
        return c.country if c else "*"
    s = ref.subdivision(e.key)
    return s.country if s else "*"


def _target(e, curated: set[str], owners: dict[str, set[str]]) -> Target | None:  # noqa: ANN001
    surface = tuple(tokens_of(normalise_text(e.surface)))
    if e.type == "country":
        c = ref.country(e.key)
        if c is None:
            return None
        if c.is_home:
            return Target("home", c.code, c.name_vi, surface, e.ambiguous)
        ambiguous = fold(e.surface) in curated or (e.ambiguous and len(owners.get(e.folded, ())) > 1)
        policy = _country_policy(e.key, e.surface, curated) if ambiguous else ""
        return Target("country", c.code, c.name_vi, surface, ambiguous, policy)
    if e.type == "subdivision":
        s = ref.subdivision(e.key)
        if s is None or s.country == "VN":
            return None
        return Target("locality", s.code, s.name_vi, surface, e.ambiguous, country=s.country, code=s.code,
                      kind="subdivision", curated=s.has_vi_name)
    if e.type == "city":
        c = ref.city(e.key)
        if c is None:
            return None
        code = c.same_as
        return Target("locality", code or c.key, c.name_vi, surface, e.ambiguous, country=c.country, code=code,
                      kind="city", capital=c.capital, preferred=c.preferred)
    if e.type == "province":
        era, _, code = e.key.partition(":")
        p = ref.province(code, era)
        if p is None:
            return None
        return Target("province", e.key, p.name, surface, e.ambiguous, code=p.code, era=p.era)
    if e.type == "organisation":
        o = ref.organisation(e.key)
        if o is None:
            return None
        return Target("organisation", o.key, o.name_vi, surface, e.ambiguous, country=o.country, kind=o.kind,
                      acronym=o.acronym)
    return None


# ------------------------------------------------------------------------------------ matching
@dataclass(slots=True)
class Match:
    i: int  # first token
    j: int  # one past the last token
    start: int
    end: int
    targets: list[Target]
    target: Target | None = None
    accepted: bool = False


class _Context:
    """The document's tokens and the helpers the context rules need."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        norm = doc.norm or doc.text
        self.norm = norm
        # tokens and the gaps between them, offsets by accumulating their lengths (fast on long texts)
        self.words = words = TOKEN_RE.findall(norm)
        self.gaps = gaps = TOKEN_RE.split(norm)
        edges = list(accumulate(chain.from_iterable(zip(map(len, gaps), map(len, words)))))
        self.spans = list(zip(edges[0::2], edges[1::2]))
        lowered = norm.lower()
        low = TOKEN_RE.findall(lowered) if len(lowered) == len(norm) else []
        self.low = low if len(low) == len(words) else [w.lower() for w in words]
        self.n = len(words)
        self.capitalised = [k for k, w in enumerate(words) if w[0].isupper()]
        self.owner: list[Match | None] = [None] * self.n
        self.starts = [sp.start for sp in doc.sentences]
        self._lower_words: set[str] | None = None
        self.given_names: set[str] = set()
        self.countries_seen: set[str | None] = set()
        self.matches: list[Match] = []

    @property
    def lower_words(self) -> set[str]:
        """Words the document writes in lower case (so a capitalised one may be a common word)."""
        if self._lower_words is None:
            self._lower_words = {w for w in self.words if w.islower()}
        return self._lower_words

    def initial(self, k: int) -> bool:
        """Token k starts a sentence, a line, a quotation or what follows a colon."""
        if not 0 <= k < self.n:
            return False
        start = 0
        if self.starts:
            at = bisect_right(self.starts, self.spans[k][0]) - 1
            start = self.starts[at] if at >= 0 else 0
        j = k - 1
        while j >= 0 and self.spans[j][0] >= start and self.gap_ok(j + 1):
            w = self.words[j]
            if w in (":", '"'):
                return True
            if w[0].isalnum():
                return False
            j -= 1
        return True

    def gap_ok(self, k: int) -> bool:
        """Tokens k-1 and k are on the same line (a name does not run over a line break)."""
        return "\n" not in self.gaps[k]

    def is_cap(self, k: int) -> bool:
        return 0 <= k < self.n and self.words[k][:1].isupper() and self.words[k].isalpha()

    def is_vi_name_part(self, k: int) -> bool:
        """A capitalised Vietnamese syllable that is not itself part of a surely recognised name."""
        if not self.is_cap(k) or _is_acronym(self.words[k]):
            return False
        owner = self.owner[k]
        if owner is not None and any(not t.ambiguous for t in owner.targets):
            return False
        return is_vietnamese_syllable(fold(self.words[k])) or not self.words[k].isascii()

    def is_person_name_before(self, i: int) -> bool:
        """The tokens before i look like the start of a Vietnamese personal name ("Đặng Hồng …")."""
        return self.is_vi_name_part(i - 1) and (self.is_vi_name_part(i - 2) or self.low[i - 1] in SURNAMES)

    def before(self, i: int, size: int) -> str:
        return " ".join(self.low[max(0, i - size):i]) if i - size >= 0 else ""

    def head_before(self, i: int, heads: frozenset[str]) -> bool:
        """One of `heads` (phrases of one to three words) ends just before token i."""
        if i <= 0:
            return False
        lasts = _last_words(heads)
        if self.low[i - 1] not in lasts:
            return False
        return any(self.before(i, size) in heads for size in (1, 2, 3) if i - size >= 0)

    def word(self, k: int) -> str:
        return self.low[k] if 0 <= k < self.n else ""

    def positions(self, heads: dict[str, str]) -> list[int]:
        """Tokens where one of `heads` may start."""
        firsts = _firsts(heads)
        return [k for k, w in enumerate(self.low) if w in firsts]


def _raw_matches(ctx: _Context, m: Matcher) -> list[Match]:
    """Gazetteer names in the text, leftmost-longest, case checked."""
    out: list[Match] = []
    low, words, n, index = ctx.low, ctx.words, ctx.n, m.index
    next_free = 0
    lower_start = m.lower_start
    for i in [i for i, w in enumerate(low) if w in index and (words[i][0].isupper() or w in lower_start)]:
        if i < next_free:
            continue
        for toks, targets in index[low[i]]:
            size = len(toks)
            if size > 1 and (i + size > n or tuple(low[i:i + size]) != toks
                             or not all(ctx.gap_ok(i + k) for k in range(1, size))):
                continue
            fitting = [t for t in targets if all(_case_ok(words[i + k], t.surface[k], k == 0) for k in range(size))]
            if fitting:
                found = Match(i, i + size, ctx.spans[i][0], ctx.spans[i + size - 1][1], fitting)
                out.append(found)
                for k in range(i, i + size):
                    ctx.owner[k] = found
                next_free = i + size
                break
    return out


# ------------------------------------------------------------------------------ context rules
_TYPE_RANK = {"country": 0, "home": 0, "province": 1, "locality": 2, "organisation": 3}


def _choose(ctx: _Context, match: Match) -> Target:
    """The meaning of a surface with several: a country first, a Vietnamese province before a
    foreign locality of the same name unless the text places it abroad, a hinted locality kind."""
    targets = sorted(match.targets, key=lambda t: _TYPE_RANK[t.type])
    types = {t.type for t in targets}
    hint_city = ctx.head_before(match.i, CITY_HINTS)
    hint_sub = ctx.head_before(match.i, SUBDIVISION_HINTS)
    localities = [t for t in targets if t.type == "locality"]
    if localities and ("province" in types or "country" in types):
        abroad = _abroad(ctx, match, {t.country for t in localities})
        if abroad or ("country" in types and (hint_sub or hint_city) and "province" not in types):
            targets = localities
    if len(targets) > 1 and targets[0].type == "locality":
        cities = [t for t in targets if t.kind == "city"]
        subs = [t for t in targets if t.kind == "subdivision"]
        if cities and subs:
            if hint_city or (not hint_sub and any(c.capital or c.preferred for c in cities)):
                targets = cities
            elif hint_sub or not any(c.code for c in cities):
                targets = subs
    return targets[0]


def _abroad(ctx: _Context, match: Match, countries: set[str | None]) -> bool:
    """The text places the name in one of `countries`: "Hà Nam (Trung Quốc)", "Hà Nam, Trung Quốc"."""
    j = match.j
    for k in (j + 1, j):
        other = ctx.owner[k] if 0 <= k < ctx.n else None
        if other is not None and other is not match and any(t.type == "country" and t.key in countries
                                                              for t in other.targets):
            if k == j + 1 and ctx.word(j) not in {"(", ",", "-"}:
                continue
            return True
    if ctx.word(j) == "của" and j + 1 < ctx.n:
        other = ctx.owner[j + 1]
        return other is not None and any(t.type == "country" and t.key in countries for t in other.targets)
    return False


def _language(ctx: _Context, i: int, j: int) -> bool:
    """"tiếng Anh", "Anh ngữ", "tiếng Việt, Anh và Pháp": the name is a language."""
    if ctx.word(j) in LANGUAGE_AFTER:
        return True
    k = i - 1
    while k >= 1 and ctx.word(k) in {",", "và", "hoặc", "/", "-"} and ctx.is_cap(k - 1):
        k -= 2
    return ctx.word(k) in LANGUAGE_BEFORE


def _neighbour_country(ctx: _Context, match: Match, separators: frozenset[str]) -> bool:
    """A country (or Việt Nam) next to this one across a list separator."""
    for k, step in ((match.i - 1, -1), (match.j, 1)):
        if ctx.word(k) not in separators:
            continue
        other_k = k + step
        if not 0 <= other_k < ctx.n:
            continue
        other = ctx.owner[other_k]
        if other is not None and other is not match and other.target is not None and other.accepted \
                and other.target.type in ("country", "home"):
            return True
        if ctx.word(k) == "-" and (ctx.words[other_k] == "VN"
                                   or ctx.low[other_k] in HOME_WORDS and ctx.is_cap(other_k)):
            return True
    return False


def _in_brackets(ctx: _Context, match: Match) -> bool:
    return ctx.word(match.i - 1) == "(" and ctx.word(match.j) == ")"


def _strong(ctx: _Context, match: Match) -> bool:
    return (ctx.head_before(match.i, COUNTRY_HEADS) or _in_brackets(ctx, match)
            or _neighbour_country(ctx, match, LIST_SEPARATORS))


def _accept_country(ctx: _Context, match: Match, target: Target) -> bool:
    if not target.ambiguous:
        return True
    i, j = match.i, match.j
    alias = " ".join(ctx.low[i:j])
    if target.policy == "short":
        return _neighbour_country(ctx, match, frozenset({"-"}))
    if _language(ctx, i, j) or ctx.word(j) in COMPOUNDS.get(alias, ()):
        return False
    if ctx.is_vi_name_part(j):  # "Mỹ Tho", "Anh Dũng", "Đức Giang"
        return False
    prev_name = ctx.is_vi_name_part(i - 1) and not ctx.head_before(i, COUNTRY_HEADS) and not (
        ctx.initial(i - 1) and (ctx.low[i - 1] in ctx.lower_words or ctx.low[i - 1] in STARTERS))
    if prev_name:  # "Trần Đức Lương", "Phan Anh", "Bắc Mỹ"
        if not ctx.is_cap(j) and ctx.is_person_name_before(i):
            ctx.given_names.add(alias)
        return False

    if target.policy == "strict":
        return _strong(ctx, match)
    if alias == "anh" and ctx.initial(i) and not _neighbour_country(ctx, match, LIST_SEPARATORS) \
            and not _in_title(ctx, i):
        return False  # "Anh cho biết…": the pronoun (a title does not use it)
    return True


def _locality_plausible(ctx: _Context, match: Match, target: Target) -> bool:
    """Not part of a personal name, and a name we did not curate only with its country in view."""
    i, j = match.i, match.j
    if _abroad(ctx, match, {target.country}):
        return True
    hinted = ctx.head_before(i, CITY_HINTS | SUBDIVISION_HINTS)
    if all(is_vietnamese_syllable(fold(w)) or not w.isascii() for w in ctx.words[i:j] if w.isalpha()):
        # a Sino-Vietnamese name ("Thanh Hải") is also a personal name ("Lê Thanh Hải")
        if ctx.is_vi_name_part(j) or (ctx.is_vi_name_part(i - 1) and not hinted and not (
                ctx.initial(i - 1) and (ctx.low[i - 1] in ctx.lower_words or ctx.low[i - 1] in STARTERS))):
            return False
    elif ctx.is_cap(j) or (ctx.is_cap(i - 1) and not ctx.initial(i - 1)):
        return False  # "Vladimir Putin", "Ron Paul": a Latin name inside a personal name
    if not target.curated:
        return hinted or target.country in ctx.countries_seen
    return True


def _in_title(ctx: _Context, i: int) -> bool:
    """Token i is in the title: a short first line followed by more text."""
    newline = ctx.norm.find("\n")
    return 0 < newline <= 160 and ctx.spans[i][0] < newline and bool(ctx.norm[newline:].strip())


def _accept_locality(ctx: _Context, match: Match, target: Target) -> bool:
    if _abroad(ctx, match, {target.country}):
        return True
    if not _locality_plausible(ctx, match, target):
        return False
    hinted = ctx.head_before(match.i, CITY_HINTS | SUBDIVISION_HINTS)
    surface_vi = all(is_vietnamese_syllable(fold(w)) for w in ctx.words[match.i:match.j])
    if surface_vi:
        return hinted and target.country in ctx.countries_seen
    return hinted or target.country in ctx.countries_seen


def _accept_province(ctx: _Context, match: Match, target: Target) -> bool:
    if not target.ambiguous:
        return True
    i, j = match.i, match.j
    if ctx.head_before(i, PROVINCE_HEADS):
        return True
    alias = " ".join(ctx.low[i:j])
    if alias in {"hồ chí minh", "hcm"}:
        return False  # the bare name is the President; the city is "TP HCM", "Thành phố Hồ Chí Minh"
    if ctx.is_vi_name_part(j) or ctx.is_vi_name_part(i - 1) and not ctx.initial(i - 1):
        return False
    return True


def _in_code(ctx: _Context, match: Match) -> bool:
    """An acronym inside a document number ("Quyết định 06/2006/QĐ-BTC") names no body."""
    i = match.i
    return i > 0 and ctx.words[i - 1] in ("-", "/") and ctx.spans[i - 1][1] == ctx.spans[i][0]


def _accept_organisation(ctx: _Context, match: Match, target: Target) -> bool:
    if not target.ambiguous:
        return True
    words = ctx.words[match.i:match.j]
    if len(words) == 1 and _is_acronym(words[0]) and ref.is_vietnamese_body(words[0]):
        # also a Vietnamese acronym ("BTC" = Ban tổ chức): only beside the body's full name
        named = any(m.target is not None and m.target.key == target.key and m is not match
                    and not _is_acronym(ctx.words[m.i]) for m in ctx.matches)
        return named or _in_brackets(ctx, match)
    if len(words) == 1 and _is_acronym(words[0]) and len(words[0]) <= 2:
        # "UN", "SK", "HI": only with a word that names a body, or defined in brackets
        return ctx.head_before(match.i, ORG_HEAD_WORDS) or _in_brackets(ctx, match)
    return True


def _blocked(ctx: _Context, match: Match) -> bool:
    """Names that the context rules out whatever the name: "đôla Mỹ" (the currency), "bán đảo
    Triều Tiên" (the peninsula), "Lê Thanh Hải" (a person, not Qinghai)."""
    t = match.target
    if t.type in ("country", "home"):
        return ctx.head_before(match.i, NOT_COUNTRY_AFTER)
    if t.type == "organisation":
        return _in_code(ctx, match)
    if t.type == "locality":
        return not _locality_plausible(ctx, match, t)
    return False


def _resolve(ctx: _Context, matches: list[Match]) -> None:
    ctx.matches = matches
    for match in matches:
        match.target = _choose(ctx, match)
    # Unambiguous names first: they are the context of the ambiguous ones.
    blocked = {id(match): _blocked(ctx, match) for match in matches}
    for match in matches:
        match.accepted = not match.target.ambiguous and not blocked[id(match)]
    ctx.countries_seen = {m.target.key for m in matches if m.accepted and m.target.type == "country"}
    ctx.countries_seen |= {m.target.country for m in matches if m.accepted and m.target.type == "locality"}
    for _ in range(2):  # twice: an accepted ambiguous name can be the context of another ("Mỹ, Anh")
        for match in matches:
            if match.accepted or blocked[id(match)]:
                continue
            t = match.target
            if t.type == "country":
                match.accepted = _accept_country(ctx, match, t)
            elif t.type == "home":
                match.accepted = ctx.words[match.i] == "VN" or _strong(ctx, match)
            elif t.type == "locality":
                match.accepted = _accept_locality(ctx, match, t)
            elif t.type == "province":
                match.accepted = _accept_province(ctx, match, t)
            else:
                match.accepted = _accept_organisation(ctx, match, t)
    # A word the document uses as a given name ("Đặng Hồng Nhật") is that person elsewhere too.
    for match in matches:
        t = match.target
        if match.accepted and t.type == "country" and t.ambiguous:
            alias = " ".join(ctx.low[match.i:match.j])
            if alias in ctx.given_names and not _strong(ctx, match):
                match.accepted = False


# -------------------------------------------------------------------------------- territories
def _drop_bracketed_china(ctx: _Context, matches: list[Match]) -> None:
    """"Đài Loan (Trung Quốc)", "Hồng Kông (Trung Quốc)": the territory, not China as well."""
    for match in matches:
        t = match.target
        if not match.accepted or t.type != "country" or t.key not in {"TW", "HK", "MO"}:
            continue
        j = match.j
        if ctx.word(j) == "(" and j + 1 < ctx.n:
            other = ctx.owner[j + 1]
            if other is not None and other.target is not None and other.target.key == "CN" \
                    and ctx.word(other.j) == ")":
                other.accepted = False


# ------------------------------------------------------------------------------ organisations
@dataclass(slots=True)
class OrgSpan:
    start: int
    end: int
    i: int
    j: int
    key: str
    name: str
    country: str | None
    kind: str
    display: str | None = None  # the name to output when no acronym is used
    acronym: str | None = None


@functools.cache
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(p.rsplit(" ", 1)[-1] for p in phrases)


def _firsts(heads: dict[str, str]) -> frozenset[str]:
    firsts = _FIRST_WORDS.get(id(heads))
    if firsts is None:
        firsts = _FIRST_WORDS[id(heads)] = frozenset(p.split(" ", 1)[0] for p in heads)
    return firsts


def _head_at(ctx: _Context, k: int, heads: dict[str, str]) -> tuple[str, int] | None:
    """The longest head starting at token k (as written, any case), with its length."""
    if ctx.low[k] not in _firsts(heads):
        return None
    for size in (5, 4, 3, 2, 1):
        if k + size > ctx.n:
            continue
        phrase = " ".join(ctx.low[k:k + size])
        if phrase in heads and ctx.word(k + size) not in HEAD_NOT_BEFORE.get(phrase, ()) \
                and ctx.word(k - 1) not in HEAD_NOT_AFTER.get(phrase, ()) \
                and (phrase not in CAPITAL_HEADS or ctx.words[k][:1].isupper()):
            return phrase, size
    return None


def _country_orgs(ctx: _Context, matches: list[Match]) -> list[OrgSpan]:
    """"Chính phủ Hoàng gia Campuchia", "Bộ Ngoại giao Mỹ", "Tổng Lãnh sự quán Anh tại TP HCM"."""
    out: list[OrgSpan] = []
    heads = COUNTRY_ORG_HEADS
    for match in matches:
        t = match.target
        if not match.accepted or t.type not in ("country", "locality"):
            continue
        best: tuple[int, str, int] | None = None
        k = match.i - 1
        while k >= 0 and match.i - k <= 8:
            w = ctx.low[k]
            if not ctx.gap_ok(k + 1) or w in ORG_STOP or not (w.isalpha() or w in {"-", "&"}):
                break
            owner = ctx.owner[k]
            if owner is not None and owner.accepted and owner.target.type in ("country", "home", "province"):
                break
            head = _head_at(ctx, k, heads)
            if head is not None and k + head[1] <= match.i:
                phrase, size = head
                between = ctx.words[k + size:match.i]
                capital_head = ctx.words[k][:1].isupper()
                if phrase in GOV_HEADS or (between and any(b[:1].isupper() for b in between)) \
                        or (capital_head and (between or NAMED_HEADS.get(phrase) != "company")) \
                        or (between and NAMED_HEADS.get(phrase) == "government_agency"):
                    best = (k, phrase, size)
            k -= 1
        if best is None:
            continue
        k, phrase, _ = best
        j = match.j
        if phrase in MISSION_HEADS and ctx.word(j) in {"tại", "ở"} and j + 1 < ctx.n:
            place = ctx.owner[j + 1]
            if place is not None and place.accepted and place.target.type in ("home", "province"):
                j = place.j
            elif ctx.words[j + 1] in {"VN", "Việt"}:
                j = j + 2 if ctx.low[j + 1] == "việt" and ctx.word(j + 2) == "nam" else j + 1
        start, end = ctx.spans[k][0], ctx.spans[j - 1][1]
        country = t.key if t.type == "country" else t.country
        core = [w for w in ctx.low[k:match.j] if w not in {"hoàng", "gia"}] if phrase != "hoàng gia" \
            else ctx.low[k:match.j]
        out.append(OrgSpan(start, end, k, j, "p:" + fold(" ".join(core)) + "|" + (country or ""),
                           ctx.doc.text[start:end], country, heads[phrase]))
    return out


def _owned_orgs(ctx: _Context, matches: list[Match], taken: list[bool]) -> list[OrgSpan]:
    """"Quỹ nghiên cứu bệnh AIDS của Mỹ": a body named with a head, said to belong to a country."""
    out: list[OrgSpan] = []
    for match in matches:
        t = match.target
        if not match.accepted or t.type != "country" or ctx.word(match.i - 1) != "của":
            continue
        end = match.i - 1
        for k in range(end - 1, max(-1, end - 8), -1):
            w = ctx.low[k]
            if taken[k] or not ctx.gap_ok(k + 1) or w in ORG_STOP or not ctx.words[k].isalnum():
                break
            head = _head_at(ctx, k, OWNED_HEADS)
            if head is not None and ctx.words[k][:1].isupper() and k + head[1] < end:
                start, stop = ctx.spans[k][0], ctx.spans[end - 1][1]
                name = ctx.doc.text[start:stop]
                out.append(OrgSpan(start, stop, k, end, "p:" + fold(name) + "|" + t.key, name, t.key,
                                   OWNED_HEADS[head[0]]))
                break
    return out


def _international_orgs(ctx: _Context, matches: list[Match], taken: list[bool]) -> list[OrgSpan]:
    """"Liên đoàn cờ vua thế giới", "Liên minh kinh tế toàn cầu về HIV/AIDS": a body named as
    international by its own name (it ends with "quốc tế", "thế giới" or "toàn cầu")."""
    out: list[OrgSpan] = []
    next_free = 0
    for k in ctx.positions(INTERNATIONAL_HEADS):
        head = _head_at(ctx, k, INTERNATIONAL_HEADS) if ctx.words[k][:1].isupper() and not taken[k] else None
        if head is None or k < next_free:
            continue
        end = None
        q = k + head[1]
        while q < ctx.n and q - k <= 12 and not taken[q] and ctx.gap_ok(q):
            w = ctx.low[q]
            owner = ctx.owner[q]
            if (w in ORG_STOP and w != "và") or not (ctx.words[q].isalnum() or w in {",", "/", "-"}) \
                    or (owner is not None and owner.accepted and owner.target.type in ("home", "province")):
                break
            if " ".join(ctx.low[q:q + 2]) in INTERNATIONAL_ENDS:
                end = q + 2
            q += 1
        if end is None:
            continue
        if ctx.word(end) == "về":  # "… toàn cầu về HIV/AIDS"
            q = end + 1
            while q < ctx.n and (_is_acronym(ctx.words[q]) or ctx.words[q] == "/") and ctx.gap_ok(q):
                q += 1
            if ctx.words[q - 1] != "/" and q > end + 1:
                end = q
        start, stop = ctx.spans[k][0], ctx.spans[end - 1][1]
        name = ctx.doc.text[start:stop]
        if not ref.is_vietnamese_body(name):
            out.append(OrgSpan(start, stop, k, end, "p:" + fold(name), name, None, INTERNATIONAL_HEADS[head[0]]))
        next_free = end
    return out


def _foreign_looking(word: str) -> bool:
    if word in VN_ACRONYMS or not word.isascii():
        return False
    if _is_acronym(word):
        return False
    return word.isalpha() and len(word) >= 3 and not is_vietnamese_syllable(word.lower())


def _company_orgs(ctx: _Context, matches: list[Match], taken: list[bool]) -> list[OrgSpan]:
    """"công ty Sentec", "hãng Areva (Pháp)", "Tập đoàn du lịch Famtrip của Mỹ", "Canon, Sentec, Liwayway"."""
    out: list[OrgSpan] = []
    next_free = 0
    for k in ctx.positions(COMPANY_HEADS):
        head = _head_at(ctx, k, COMPANY_HEADS)
        if head is None or taken[k] or k < next_free:
            continue
        phrase, size = head
        q = k + size
        qualifiers = 0  # "công ty TNHH sản xuất phụ tùng Yamaha", "Hãng hàng không EVA Airways"
        while q < ctx.n and qualifiers < 6 and ctx.gap_ok(q) and phrase not in NAME_WITH_HEAD:
            w = ctx.words[q]
            if w in VN_ACRONYMS:
                q += 1
                continue
            if not w.isalpha() or ctx.low[q] in COMPANY_QUALIFIER_STOP or _foreign_looking(w) \
                    or not (is_vietnamese_syllable(fold(w)) or not w.isascii()) \
                    or (ctx.owner[q] is not None and ctx.owner[q].accepted):
                break
            q += 1
            qualifiers += 1
        span = _name_run(ctx, q, taken)
        if span is None:
            continue
        a, b = span
        if phrase in NAME_WITH_HEAD:  # "Đại học Revans": the head is part of the name
            a = k + 1 if ctx.low[k] == "trường" else k
        out.append(_company(ctx, a, b, COMPANY_HEADS[phrase], matches))
        next_free = b
    return out


def _company_lists(ctx: _Context, orgs: list[OrgSpan], matches: list[Match], taken: list[bool]) -> list[OrgSpan]:
    """Further names in a list after a company: "những tập đoàn như Canon, Sentec, Liwayway"."""
    out: list[OrgSpan] = []
    for o in sorted(orgs, key=lambda o: o.i):
        if o.kind != "company" or ctx.word(o.i - 1) not in LIST_INTRODUCERS:
            continue
        k = o.j
        while ctx.word(k) in {",", "và"} and k + 1 < ctx.n:
            nxt = _name_run(ctx, k + 1, taken)
            if nxt is None:
                break
            out.append(_company(ctx, nxt[0], nxt[1], "company", matches))
            for p in range(nxt[0], nxt[1]):
                taken[p] = True
            k = nxt[1]
    return out


def _name_run(ctx: _Context, a: int, taken: list[bool]) -> tuple[int, int] | None:
    """A run of capitalised tokens from `a` with at least one foreign-looking word."""
    if a >= ctx.n or not ctx.words[a][:1].isupper() or taken[a]:
        return None
    first = ctx.owner[a]
    if first is not None and first.accepted and first.target.type != "organisation" \
            and not (first.j < ctx.n and ctx.words[first.j][:1].isupper() and ctx.gap_ok(first.j)):
        return None  # "Quỹ Canada" is a body of Canada; "Korea National Housing…" is a name
    b = a
    while b < ctx.n and not taken[b] and (b == a or ctx.gap_ok(b)):
        w = ctx.words[b]
        if w[:1].isupper() or (w[:1].isdigit() and not w.isdigit()):
            owner = ctx.owner[b]
            if owner is not None and owner.accepted and owner.target.type == "country" and owner.i == b > a:
                break
            b += 1
        elif w.lower() in NAME_PARTICLES and b + 1 < ctx.n and ctx.words[b + 1][:1].isupper() \
                and (w != "." or ctx.spans[b][1] == ctx.spans[b + 1][0]):  # "U.S" but not "Airways. Sau"
            b += 1
        else:
            break
    # "Việt Nam" / "VN" at the end belongs to the name ("Canon Việt Nam")
    if not any(_foreign_looking(w) for w in ctx.words[a:b]):
        return None
    if fold(" ".join(ctx.words[a:b])).startswith(VIETNAMESE_BRANDS):
        return None
    if ctx.words[b - 1] in {"-", "&", "."}:
        b -= 1
    return a, b


def _company(ctx: _Context, a: int, b: int, kind: str, matches: list[Match]) -> OrgSpan:
    start, end = ctx.spans[a][0], ctx.spans[b - 1][1]
    if ctx.word(b) == "." and ctx.words[b - 1] in {"Corp", "Co", "Inc", "Ltd", "Jsc"}:
        end = ctx.spans[b][1]
    country = None
    for k in range(a, b):  # a country in the name: "Korea National Housing Group Corp."
        owner = ctx.owner[k]
        if owner is not None and owner.target is not None and owner.target.type == "country":
            country = owner.target.key
    after = ctx.low[b:b + 4]
    for skip in ((["("], 1), (["(", "chủ", "đầu", "tư"], 4), (["của"], 1)):
        words, size = skip
        if after[:size] == words and b + size < ctx.n:
            owner = ctx.owner[b + size]
            if owner is not None and owner.target is not None and owner.target.type == "country":
                country = owner.target.key
                if owner.accepted is False and owner.target.ambiguous:
                    owner.accepted = True
            break
    name = ctx.doc.text[start:end]
    return OrgSpan(start, end, a, b, "c:" + fold(name), name, country, kind)


def _as_place(ctx: _Context, m: Match) -> bool:
    """"thị trường EU", "Mỹ, Canada và EU", "phụ nữ trong Liên minh châu Âu": a union as a place."""
    if m.target.kind != "international_org":
        return False
    if ctx.head_before(m.i, PLACE_WORDS):
        return True
    if ctx.word(m.i - 1) in {",", "và"} and m.i >= 2:
        other = ctx.owner[m.i - 2]
        return other is not None and other.accepted and other.target.type == "country"
    return False


def _reference_orgs(ctx: _Context, matches: list[Match]) -> list[OrgSpan]:
    out = []
    for m in matches:
        t = m.target
        if not m.accepted or t.type != "organisation" or _as_place(ctx, m):
            continue
        head = _sub_body_before(ctx, m.i)
        if head is not None:  # "Đại hội đồng Liên Hợp Quốc": a body of its own
            start = ctx.spans[head][0]
            name = ctx.doc.text[start:m.end]
            out.append(OrgSpan(start, m.end, head, m.j, "p:" + fold(name), name, t.country, t.kind or "other"))
            continue
        j = m.j
        while t.kind == "company" and j < ctx.n and ctx.gap_ok(j) and _foreign_looking(ctx.words[j]) \
                and ctx.words[j][:1].isupper() and ctx.owner[j] is None:
            j += 1  # "Bank of America Capital Management": a named part of the company
        if j > m.j:
            end = ctx.spans[j - 1][1]
            name = ctx.doc.text[m.start:end]
            out.append(OrgSpan(m.start, end, m.i, j, "c:" + fold(name), name, t.country, "company"))
            continue
        out.append(OrgSpan(m.start, m.end, m.i, m.j, "r:" + t.key, t.name, t.country, t.kind or "other",
                           acronym=t.acronym))
    return out


def _sub_body_before(ctx: _Context, i: int) -> int | None:
    for size in (4, 3, 2):
        if i - size >= 0 and " ".join(ctx.low[i - size:i]) in SUB_BODIES and ctx.words[i - size][:1].isupper():
            return i - size
    return None


def _organisations(ctx: _Context, matches: list[Match]) -> list[OrgSpan]:
    orgs = _reference_orgs(ctx, matches)
    taken = [False] * ctx.n
    for o in orgs:
        for k in range(o.i, o.j):
            taken[k] = True
    for o in _country_orgs(ctx, matches):
        if not any(taken[k] for k in range(o.i, o.j)):
            orgs.append(o)
    for o in orgs:
        for k in range(o.i, o.j):
            taken[k] = True
    for finder in (_owned_orgs, _international_orgs, _company_orgs):
        found = finder(ctx, matches, taken)
        orgs += found
        for o in found:
            for k in range(o.i, o.j):
                taken[k] = True
    orgs += _company_lists(ctx, orgs, matches, taken)
    orgs = [o for o in orgs if o.key.startswith("r:") or not ref.is_vietnamese_body(o.name)]
    return orgs + _defined_acronyms(ctx, orgs)


_ACRONYM_RE = re.compile(r"^[A-Z][A-Za-z0-9]{1,9}$")


def _acronym_ok(ctx: _Context, k: int) -> bool:
    acronym = ctx.words[k]
    return bool(_ACRONYM_RE.match(acronym)) and acronym not in VN_ACRONYMS and ctx.owner[k] is None \
        and (sum(c.isupper() for c in acronym) >= 2 or _foreign_looking(acronym))


def _headed_acronyms(ctx: _Context, taken: list[bool]) -> list[OrgSpan]:
    """"Ủy ban Thị trường mở (FOMC)", "PCA (Hiệp hội cờ vua nhà nghề, …)": a body's name with a head,
    defined by an acronym in brackets (before or after it)."""
    out: list[OrgSpan] = []
    heads = ACRONYM_HEADS
    for k in [k for k, w in enumerate(ctx.words) if w == "("]:
        if k == 0 or k >= ctx.n - 1 or taken[k - 1]:
            continue
        if ctx.word(k + 2) == ")" and _acronym_ok(ctx, k + 1) and not taken[k + 1]:
            for h in range(k - 1, max(-1, k - 12), -1):  # "Head … (ACR)"
                w = ctx.low[h]
                if taken[h] or not ctx.gap_ok(h + 1) or (w in ORG_STOP and w != "và") or not ctx.words[h].isalnum():
                    break
                owner = ctx.owner[h]
                if owner is not None and owner.accepted and owner.target.type in ("home", "province"):
                    break
                head = _head_at(ctx, h, heads)
                if head is not None and ctx.words[h][:1].isupper() and h + head[1] < k:
                    out.append(_acronym_body(ctx, h, k, ctx.words[k + 1], heads[head[0]]))
                    break
        elif _acronym_ok(ctx, k - 1) and k + 1 < ctx.n and ctx.words[k + 1][:1].isupper():
            head = _head_at(ctx, k + 1, heads)  # "ACR (Head …"
            if head is not None:
                out.append(_acronym_body(ctx, k - 1, k, ctx.words[k - 1], heads[head[0]]))
    return [o for o in out if not ref.is_vietnamese_body(ctx.doc.text[ctx.spans[o.i][0]:ctx.spans[o.j - 1][1]])]


def _acronym_body(ctx: _Context, i: int, j: int, acronym: str, kind: str) -> OrgSpan:
    country = None
    for k in range(i, j):
        owner = ctx.owner[k]
        if owner is not None and owner.accepted and owner.target.type == "country":
            country = owner.target.key
    start, end = ctx.spans[i][0], ctx.spans[j - 1][1]
    return OrgSpan(start, end, i, j, "a:" + acronym, acronym, country, kind, acronym=acronym)


def _defined_acronyms(ctx: _Context, orgs: list[OrgSpan]) -> list[OrgSpan]:
    """"Cục Dự trữ Liên bang Mỹ (FED)": the acronym is the body's name, and its other uses in the
    text ("FED") are mentions of the same body."""
    taken = [False] * ctx.n
    for o in orgs:
        for k in range(o.i, o.j):
            taken[k] = True
    headed = _headed_acronyms(ctx, taken)
    for o in headed:
        for k in range(o.i, o.j):
            taken[k] = True
    orgs = orgs + headed
    for o in orgs:  # "… Liên bang Mỹ (FED)" after a body found otherwise
        j = o.j
        if o.acronym or ctx.word(j) != "(" or ctx.word(j + 2) != ")" or not _acronym_ok(ctx, j + 1):
            continue
        o.acronym = ctx.words[j + 1]
        taken[j + 1] = False
    extra: list[OrgSpan] = list(headed)
    for o in orgs:  # every use of a defined acronym is a mention of its body
        if not o.acronym or o.key.startswith("r:"):
            continue
        for k in range(ctx.n):
            if ctx.words[k] == o.acronym and not taken[k]:
                start, end = ctx.spans[k]
                extra.append(OrgSpan(start, end, k, k + 1, o.key, o.acronym, o.country, o.kind, acronym=o.acronym))
                taken[k] = True
    return extra


# -------------------------------------------------------------------- localities the data lacks
PLACE_HINTS = _vi({"thành phố", "tp", "thủ đô", "thủ phủ", "bang", "tiểu bang", "tỉnh", "ngoại ô", "thị trấn",
                   "hạt", "thị xã", "quận"})  # units, not islands, villages or natural regions
# Words between a place and its country: "Mosul, miền bắc Iraq", "Oxelosund thuộc Thụy Điển".
PLACE_LINKS = _vi({",", "(", "miền", "phía", "vùng", "bắc", "nam", "đông", "tây", "trung", "thuộc", "của", "ở",
                   "tại", "nước", "tỉnh", "bang"})
PEOPLE_NOUNS = _vi({"người", "quân nhân", "lính", "binh sĩ", "công dân", "du khách", "khách", "chuyên gia",
                   "nhà đầu tư", "doanh nghiệp", "doanh nhân", "sinh viên", "cầu thủ", "tuyển thủ", "phụ nữ"})
ACTING_ABROAD = ("quân đội", "hải quân", "không quân", "lục quân", "đại sứ quán", "sứ quán", "lãnh sự quán",
                 "tổng lãnh sự quán")
PERSON_TITLES = _vi(
    """ông bà anh chị ngài cô tiến sĩ giáo sư đạo diễn ca sĩ diễn viên vận động viên vđv tay vợt cầu thủ nhà văn
    tác giả tổng thống thủ tướng chuyên gia bác sĩ hlv danh thủ kỳ thủ võ sĩ nghệ sĩ họa sĩ nhạc sĩ""".split()
)


def _local_name_run(ctx: _Context, a: int, taken: list[bool]) -> int | None:
    """End of a run of capitalised foreign-looking words from `a` ("Karlskorna", "Rio de Janeiro")."""
    b = a
    while b < ctx.n and b - a < 4 and not taken[b] and (ctx.owner[b] is None or not ctx.owner[b].accepted) \
            and (b == a or ctx.gap_ok(b)):
        w = ctx.words[b]
        if w[:1].isupper() and w.isalpha() and (_foreign_looking(w) or b > a):
            b += 1
        elif b > a and w.lower() in {"de", "du", "la", "le", "-"} and b + 1 < ctx.n and ctx.words[b + 1][:1].isupper():
            b += 1
        else:
            break
    return b if b > a and any(_foreign_looking(w) for w in ctx.words[a:b]) else None


def _country_of(ctx: _Context, match: Match | None) -> str | None:
    if match is None or not match.accepted or match.target is None:
        return None
    t = match.target
    return t.key if t.type == "country" else t.country if t.type == "locality" else None


def _unknown_localities(ctx: _Context, matches: list[Match], taken: list[bool],
                        abroad_body: list[bool]) -> list[Entity]:
    """Foreign places the reference data lacks, placed by the text itself: "Amiens (Pháp)",
    "Akron (Ohio)", "thành phố Karlskorna" (in the country the paragraph is about)."""
    out: list[Entity] = []
    # countries that place things: not those of armies and missions, which act abroad
    placed = [(m.i, m.end, _country_of(ctx, m)) for m in matches if m.accepted and not abroad_body[m.i]
              and not ctx.head_before(m.i, PEOPLE_NOUNS)]  # "quân nhân Mỹ" says who, not where
    placed = [(i, end, c) for i, end, c in placed if c and c != "VN"]
    firsts = [i for i, _, _ in placed]
    words = ctx.words
    next_free = 0
    for k in [k for k in ctx.capitalised if len(words[k]) > 2 and words[k].isascii() and words[k].isalpha()]:
        w = words[k]
        if k < next_free or taken[k]:
            continue
        owner = ctx.owner[k]
        if (owner is not None and owner.accepted) or not _foreign_looking(w) or ctx.head_before(k, PERSON_TITLES):
            continue
        b = _local_name_run(ctx, k, taken)
        if b is None:
            continue
        next_free = b
        hinted = ctx.head_before(k, PLACE_HINTS)
        found = None
        if ctx.word(b) == "(" and b + 1 < ctx.n:
            inner = ctx.owner[b + 1]
            if inner is not None and ctx.word(inner.j) == ")" and (b - k == 1 or hinted):
                found = _country_of(ctx, inner)
        if found is None and hinted:
            # the country named next in the sentence ("thành phố Mosul, miền bắc Iraq"), else the
            # one named last before it in the paragraph
            sentence_end = ctx.doc.sentence_of(ctx.spans[k][0]).end
            later = bisect_right(firsts, b)
            if later < len(placed) and ctx.spans[placed[later][0]][0] < sentence_end \
                    and all(ctx.low[x] in PLACE_LINKS for x in range(b, placed[later][0])):
                found = placed[later][2]
            at = bisect_right(firsts, k) - 1
            if found is None and at >= 0 and "\n" not in ctx.norm[placed[at][1]:ctx.spans[k][0]]:
                found = placed[at][2]
        if found and found != "VN":
            start, end = ctx.spans[k][0], ctx.spans[b - 1][1]
            name = ctx.doc.text[start:end]
            out.append(Entity(start, end, "locality", "x:" + fold(name) + "|" + found, name, found,
                              {"code": None, "kind": "city", "capital": False}))
    return out


# ---------------------------------------------------------------------------- capitals, output
def _metonymy(ctx: _Context, match: Match) -> bool:
    """"Washington cho rằng…", "Bắc Kinh phản đối…": the capital stands for its government."""
    if not match.target.capital:
        return False
    i = match.i
    if not (ctx.initial(i) or ctx.word(i - 1) == ","):
        return False
    k = match.j
    while ctx.word(k) in AUXILIARIES:
        k += 1
    return ctx.word(k) in STATING_VERBS or " ".join(ctx.low[k:k + 2]) in STATING_VERBS


def _country_mention(ctx: _Context, match: Match) -> tuple[int, int]:
    """The mention of a country: a state form before it belongs to it ("Cộng hòa Séc"); a bracketed
    addition after a territory does not ("Đài Loan (Trung Quốc)" → "Đài Loan")."""
    start, end = match.start, match.end
    words = ctx.low[match.i:match.j]
    if "(" in words:
        end = ctx.spans[match.i + words.index("(") - 1][1]
    for form in STATE_FORMS:
        size = len(form)
        if match.i - size >= 0 and tuple(ctx.low[match.i - size:match.i]) == form \
                and (form != ("ch",) or ctx.words[match.i - 1] == "CH") and ctx.owner[match.i - 1] is None:
            start = ctx.spans[match.i - size][0]
            break
    return start, end


def run(doc: Doc) -> Doc:
    if not doc.norm:
        doc.norm = normalise_text(doc.text)
    ctx = _Context(doc)
    matches = _raw_matches(ctx, matcher())
    _resolve(ctx, matches)
    _drop_bracketed_china(ctx, matches)
    orgs = _organisations(ctx, matches)
    inside = [False] * (len(doc.text) + 1)
    for o in orgs:
        for p in range(o.start, o.end):
            inside[p] = True
    entities: list[Entity] = []
    for m in matches:
        t = m.target
        if not m.accepted or t is None:
            continue
        if t.type == "country":
            if inside[m.start]:
                continue
            start, end = _country_mention(ctx, m)
            entities.append(Entity(start, end, "country", t.key, t.name))
        elif t.type == "locality":
            if inside[m.start] or _metonymy(ctx, m):
                continue
            entities.append(Entity(m.start, m.end, "locality", t.key, t.name, t.country,
                                   {"code": t.code, "kind": t.kind, "capital": t.capital}))
        elif t.type == "province":
            entities.append(Entity(m.start, m.end, "province", t.key, t.name, "VN",
                                   {"code": t.code, "era": t.era, "eras": _eras(m), "in_org": inside[m.start]}))
    for o in orgs:
        entities.append(Entity(o.start, o.end, "organisation", o.key, o.name, o.country,
                               {"kind": o.kind, "acronym": o.acronym, "display": o.display}))
    taken = [False] * ctx.n
    for o in orgs:
        for k in range(o.i, o.j):
            taken[k] = True
    abroad_body = [False] * ctx.n  # countries of armies and missions, which act abroad
    for o in orgs:
        if o.key.startswith("p:") and any(o.key[2:].startswith(fold(h)) for h in ACTING_ABROAD):
            for k in range(o.i, o.j):
                abroad_body[k] = True
    entities += _unknown_localities(ctx, matches, taken, abroad_body)
    entities.sort(key=lambda e: (e.start, e.end))
    doc.entities.extend(entities)
    return doc


def _eras(match: Match) -> dict[str, str]:
    """Province codes by era for the same surface ("Bắc Ninh": pre2025 27, 2025 24)."""
    out: dict[str, str] = {}
    for t in match.targets:
        if t.type == "province" and t.era and t.code and t.era not in out:
            out[t.era] = t.code
    return out
