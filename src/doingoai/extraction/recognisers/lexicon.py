"""The words the recognisers' context rules look for, and word shapes.

Every word list is compared with normalised, lower-case text (`normalise_text`: "công ty" is "công
ti" there, "Mỹ" is "Mĩ"), so each list goes through the same function once, here.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TypeVar

from doingoai.extraction.normalise import normalise_text
from doingoai.reference import services as ref
from doingoai.reference.names import is_vietnamese_syllable
from doingoai.text import fold

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
# Heads that name a state body only with the country right after them ("cảnh sát Iraq", "lực
# lượng an ninh Iraq", "lực lượng Mỹ"): further away the country says something else ("cảnh sát bắt
# giữ hai du khách Mỹ").
ADJACENT_GOV_HEADS: dict[str, str] = {
    **dict.fromkeys(
        ["cảnh sát", "lực lượng", "lực lượng an ninh", "lực lượng cảnh sát", "lực lượng phòng vệ",
         "lực lượng quân sự", "lực lượng quân đội", "lực lượng đặc nhiệm", "lực lượng gìn giữ hòa bình",
         "cảnh sát biển", "lực lượng bảo vệ bờ biển", "vệ binh quốc gia", "thủy quân lục chiến",
         "tòa án tối cao", "cơ quan tình báo", "bộ chỉ huy", "bộ tổng tham mưu", "quân đội hoàng gia",
         "chính phủ lâm thời", "tổng thống phủ", "phủ tổng thống", "văn phòng tổng thống", "văn phòng thủ tướng",
         "cơ quan an ninh", "ủy ban bầu cử", "ủy ban bầu cử trung ương", "bộ ngoại giao", "đội cứu hỏa",
         "sở cứu hỏa", "sở cảnh sát", "lực lượng cứu hỏa", "hội đồng thành phố", "chính quyền thành phố",
         "chính quyền bang", "chính quyền địa phương"],
        "government_agency",
    ),
    "công đảng": "other",
}
# Heads that need a name between them and the country ("Bộ Y tế Nhật Bản", "Quỹ Canada").
NAMED_HEADS: dict[str, str] = {
    "bộ": "government_agency", "cục": "government_agency", "tổng cục": "government_agency",
    "ủy ban": "government_agency", "cơ quan": "government_agency", "viện": "other", "hội đồng": "other",
    "ngân hàng": "company", "hội": "other", "hiệp hội": "other", "liên đoàn": "other", "liên minh": "other",
    "quỹ": "ngo", "tổ chức": "ngo", "đại học": "other", "trường đại học": "other", "học viện": "other",
    "tập đoàn": "company", "công ty": "company", "hãng": "company", "trung tâm": "other",
    "đảng": "other",  # "Đảng Dân chủ Mỹ", "Đảng Cộng sản Trung Quốc"
    "bảo tàng": "other",  # "Bảo tàng kiến trúc Moscow"
}
# What may stand between an adjacent head and its place: a unit word ("đội cứu hỏa thành phố Baltimore").
UNIT_WORDS = frozenset({"thành phố", "tp", "bang", "tiểu bang", "tỉnh", "quận", "hạt"})
# What a head must not follow ("toàn bộ lực lượng", "nhà tổ chức") and heads that must be capitalised.
HEAD_NOT_AFTER: dict[str, frozenset[str]] = {
    "báo": frozenset({"thông", "cảnh", "tình", "dự", "họa", "tuần", "nhật", "loan", "bẩm", "khai", "phổ"}),
    "tờ": frozenset({"giấy", "mấy"}),
    "trường": frozenset({"công", "thị", "hiện", "chiến", "quảng", "môi", "lập", "thương", "nhà", "pháp", "sở",
                         "phi", "đấu", "chợ", "điện", "từ", "lâm", "võ", "giáo", "vạn", "trực", "ngư", "nông"}),
    "bộ": frozenset({"toàn", "đồng", "cán", "nội", "sơ", "từng", "một"}),
    "tổ chức": frozenset({"nhà", "ban", "được", "sẽ", "đã", "đứng", "cùng"}),
    "hội": frozenset({"đại", "xã", "quốc", "lễ", "cơ"}),
    "quỹ": frozenset({"ngân", "thủ"}),
}
CAPITAL_HEADS = frozenset({"bộ", "cục", "tổng cục", "hội", "viện", "quỹ", "ủy ban", "hội đồng"})
# What a head must not be followed by (then it is another word: "bộ trưởng", "hội nghị").
HEAD_NOT_BEFORE: dict[str, frozenset[str]] = {
    "báo": frozenset({"cáo", "chí", "động", "giới", "hiệu", "thức", "đáp", "danh", "giá", "tin", "mộng", "ân",
                      "oán", "thù", "hại", "công", "hỷ", "tử", "in", "điện", "ảnh", "giấy", "hình", "mạng"}),
    "tờ": frozenset({"khai", "trình", "rơi", "báo", "giấy", "tiền", "lịch", "đơn", "hướng", "bướm"}),
    "trường": frozenset({"hợp", "học", "sa", "kỳ", "tồn", "thọ", "ca", "độ", "đua", "bắn", "quay", "phái", "thi",
                         "đoạn", "giang", "ban", "đại", "mầm", "tiểu", "trung", "cao", "dạy", "dân", "nghề", "chuyên",
                         "quốc", "tư", "công", "quân", "đảng", "nội", "thpt", "thcs", "ptth"}),
    "đảng": frozenset({"viên", "ủy", "uỷ", "bộ", "phái", "phí", "tịch", "trưởng", "đoàn", "cộng"}),
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
    "trường": "other",  # "trường Queen Mary" → Queen Mary
    # media, parties, armed groups and clubs: the head is not part of the name ("tờ Telegraph" →
    # Telegraph, "đảng Likud" → Likud, "CLB Deportivo" → Deportivo)
    **dict.fromkeys(
        ["tờ", "báo", "nhật báo", "tuần báo", "tạp chí", "hãng tin", "hãng thông tấn", "thông tấn xã",
         "đài truyền hình", "kênh truyền hình", "đài phát thanh", "đảng", "phong trào", "nhóm vũ trang",
         "nhóm phiến quân", "nhóm khủng bố", "tổ chức khủng bố", "mạng lưới khủng bố", "lực lượng vũ trang",
         "lực lượng dân quân", "clb", "câu lạc bộ", "đội bóng"],
        "other",
    ),
}
# Words before an institution's name that make it a periphrasis for a person ("ông chủ Nhà Trắng").
PERSON_OF_BODY = frozenset({"ông chủ", "bà chủ", "chủ nhân", "tân chủ nhân"})
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
VIETNAMESE_BRANDS = ("viet", "vina", "saigon", "sai gon", "hanoi", "ha noi", "petro", "agri", "sacom", "techcom",
                     "vn", "thanh nien", "tuoi tre", "nhan dan", "lao dong", "tien phong", "dan tri", "zing",
                     "pacific airlines")
VN_ACRONYMS = frozenset({"TNHH", "CP", "MTV", "JSC", "VN", "TP", "HCM", "UBND", "HĐND", "KCN", "KCX", "TM", "DV",
                         "XNK", "SX", "XD", "CTCP", "THPT", "THCS", "PTTH", "ĐH", "CĐ"})
# Last words of a Latin name that say what it is ("Northwest Airlines", "Oxford University",
# "Rockefeller Foundation", "Leeds United"), with the kind of body. Hotels, buildings and records
# are not bodies, so "Hotel", "Center", "Tower" and "Records" are not here.
ORG_SUFFIXES: dict[str, str] = {
    **dict.fromkeys(
        """inc corp corporation company co ltd limited plc gmbh ag sa group holdings airlines airways airline
        motors motor electronics energy petroleum oil telecom telecommunications communications entertainment
        pictures studios partners capital securities insurance pharmaceuticals industries technologies
        technology systems networks brothers bank enterprises foods steel chemicals electric semiconductor
        software laboratories logistics resources mining shipping""".split(),
        "company",
    ),
    **dict.fromkeys("foundation trust society".split(), "ngo"),
    **dict.fromkeys(
        """university college institute association federation council club fc united times post journal
        herald tribune daily press magazine museum school""".split(),
        "other",
    ),
}
# Words that alone do not make a name ("West Bank" is a place, "New Times" nothing).
GENERIC_NAME_WORDS = frozenset(
    """west east north south northern southern eastern western upper lower central new the of and world global
    international national royal first great""".split()
)
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
ADJACENT_GOV_HEADS = _vi_keys(ADJACENT_GOV_HEADS)
HEAD_NOT_AFTER = _vi_keys(HEAD_NOT_AFTER)
UNIT_WORDS = _vi(UNIT_WORDS)
PERSON_OF_BODY = _vi(PERSON_OF_BODY)
CAPITAL_HEADS = _vi(CAPITAL_HEADS)
INTERNATIONAL_ENDS = _vi(INTERNATIONAL_ENDS)
COUNTRY_ORG_HEADS = {**ADJACENT_GOV_HEADS, **NAMED_HEADS, **GOV_HEADS}
ACRONYM_HEADS = {**NAMED_HEADS, **GOV_HEADS, **INTERNATIONAL_HEADS}
ORG_HEAD_WORDS = frozenset(NAMED_HEADS) | frozenset(GOV_HEADS)
CITY_OR_SUBDIVISION_HINTS = CITY_HINTS | SUBDIVISION_HINTS

# ---------------------------------------------------------------------------- foreign localities
# Words before a name that place it (a world city or a name only ISO knows needs the text to place
# it): prepositions of place and motion.
PLACE_PREPOSITIONS = _vi({"tại", "ở", "gần", "quanh", "khỏi", "đến", "tới", "từ", "ngoại ô", "ngoại thành",
                          "trung tâm", "phía bắc", "phía nam", "phía đông", "phía tây", "miền bắc", "miền nam",
                          "nam", "bắc", "đông", "tây", "khu vực", "vùng ngoại ô", "dải", "thị trấn"})
# Words before a name that make it something else than a place: a ship, a company, a club, a
# newspaper, a hotel, an operation… ("tàu khu trục Exeter", "công ty Patra", "CLB Deportivo").
NOT_PLACE_HEADS = _vi(
    """tàu chiến_hạm khu_trục_hạm tuần_dương_hạm tàu_ngầm tàu_sân_bay công_ty hãng tập_đoàn clb câu_lạc_bộ
    đội đội_bóng tờ báo tạp_chí khách_sạn nhà_hàng đại_học trường sân_vận_động sân giải cúp phim bộ_phim
    ca_khúc bài_hát album thương_hiệu nhãn_hiệu siêu_thị quán bia rượu xe mẫu_xe tên_lửa chiến_dịch
    nhà_máy ngân_hàng quỹ viện học_viện bệnh_viện ông bà ngài""".replace("_", " ").split()
)

PLACE_HINTS = _vi({"thành phố", "tp", "thủ đô", "thủ phủ", "bang", "tiểu bang", "tỉnh", "ngoại ô", "thị trấn",
                   "hạt", "thị xã", "quận"})  # units, not islands, villages or natural regions
# Words between a place and its country: "Mosul, miền bắc Iraq", "Oxelosund thuộc Thụy Điển".
PLACE_LINKS = _vi({",", "(", "miền", "phía", "vùng", "bắc", "nam", "đông", "tây", "trung", "thuộc", "của", "ở",
                   "tại", "nước", "tỉnh", "bang"})
PEOPLE_NOUNS = _vi({"người", "quân nhân", "lính", "binh sĩ", "công dân", "du khách", "khách", "chuyên gia",
                   "nhà đầu tư", "doanh nghiệp", "doanh nhân", "sinh viên", "cầu thủ", "tuyển thủ", "phụ nữ"})
ACTING_ABROAD = ("quân đội", "hải quân", "không quân", "lục quân", "đại sứ quán", "sứ quán", "lãnh sự quán",
                 "tổng lãnh sự quán")
ACTING_ABROAD_KEYS = tuple(fold(h) for h in ACTING_ABROAD)  # as they start a body's key
PERSON_TITLES = _vi(
    """ông bà anh chị ngài cô tiến sĩ giáo sư đạo diễn ca sĩ diễn viên vận động viên vđv tay vợt cầu thủ nhà văn
    tác giả tổng thống thủ tướng chuyên gia bác sĩ hlv danh thủ kỳ thủ võ sĩ nghệ sĩ họa sĩ nhạc sĩ""".split()
)



_FIRST_WORDS: dict[int, frozenset[str]] = {}


def first_words(heads: dict[str, str]) -> frozenset[str]:
    """The words the phrases of a head table start with (remembered per table)."""
    firsts = _FIRST_WORDS.get(id(heads))
    if firsts is None:
        firsts = _FIRST_WORDS[id(heads)] = frozenset(p.split(" ", 1)[0] for p in heads)
    return firsts


_HEAD_SIZES: dict[int, dict[str, tuple[int, ...]]] = {}


def head_sizes(heads: dict[str, str]) -> dict[str, tuple[int, ...]]:
    """For each first word of a head table, the lengths (in words, at most five, longest first) of
    its phrases that start with it (remembered per table)."""
    sizes = _HEAD_SIZES.get(id(heads))
    if sizes is None:
        found: dict[str, set[int]] = {}
        for phrase in heads:
            words = phrase.split(" ")
            found.setdefault(words[0], set())
            if len(words) <= 5:
                found[words[0]].add(len(words))
        sizes = _HEAD_SIZES[id(heads)] = {w: tuple(sorted(n, reverse=True)) for w, n in found.items()}
    return sizes


@lru_cache(maxsize=64)
def last_words(phrases: frozenset[str]) -> frozenset[str]:
    """The words the phrases end with."""
    return frozenset(p.rsplit(" ", 1)[-1] for p in phrases)


# Words the text is scanned for once (`Context.positions`): where the heads of companies and of
# international bodies may start, and the opening bracket (acronyms defined in brackets).
SCANNED_WORDS = first_words(COMPANY_HEADS) | first_words(INTERNATIONAL_HEADS) | {"(", "theo"} | frozenset(ORG_SUFFIXES)

# ----------------------------------------------------------------------------------- word shapes
def is_acronym(token: str) -> bool:
    return len(token) >= 2 and token.isupper()


@lru_cache(maxsize=1 << 16)
def folds_to_syllable(word: str) -> bool:
    """The word, folded, is also a Vietnamese syllable ("Thanh", "Hai" — "Hải")."""
    return is_vietnamese_syllable(fold(word))


@lru_cache(maxsize=1 << 16)
def foreign_looking(word: str) -> bool:
    """An ASCII word of three letters or more that is no Vietnamese syllable ("Sentec", "Amiens")."""
    if word in VN_ACRONYMS or not word.isascii():
        return False
    if is_acronym(word):
        return False
    return word.isalpha() and len(word) >= 3 and not is_vietnamese_syllable(word.lower())


@lru_cache(maxsize=1 << 16)
def cached_fold(text: str) -> str:
    """`fold`, remembered: the same names and words come back in every document."""
    return fold(text)


@lru_cache(maxsize=1 << 12)
def is_vietnamese_body(name: str) -> bool:
    """`reference.services.is_vietnamese_body`, remembered per name."""
    return ref.is_vietnamese_body(name)
