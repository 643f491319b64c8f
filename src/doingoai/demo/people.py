"""Names for the sample data: every person in the demo is fictional, drawn from these lists.

Vietnamese names follow the usual surname / middle name / given name pattern (with a few names of
the K'Ho and Churu peoples of the Lâm Đồng highlands); foreign names follow each country's order
as Vietnamese documents write them ("Tanaka Hiroshi", "Kim Min-jun", "Bounmy Phommachanh").
"""

from __future__ import annotations

import random

VN_SURNAMES = (
    ("Nguyễn", 30), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 3), ("Phan", 4), ("Vũ", 3),
    ("Võ", 4), ("Đặng", 3), ("Bùi", 3), ("Đỗ", 3), ("Hồ", 2), ("Ngô", 2), ("Dương", 2), ("Lý", 1), ("Đinh", 2),
    ("Trịnh", 1), ("Lương", 1), ("Mai", 1), ("Tô", 1), ("Châu", 1), ("Lâm", 1), ("Hà", 1), ("Tạ", 1),
)
VN_MIDDLE_M = ("Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Công", "Ngọc", "Xuân", "Trọng", "Anh", "Quốc", "Đình")
VN_MIDDLE_F = ("Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh", "Phương", "Bích", "Mỹ", "Hồng")
VN_GIVEN_M = ("Anh", "Bình", "Cường", "Dũng", "Đạt", "Đông", "Hải", "Hiếu", "Hòa", "Hùng", "Huy", "Khánh", "Khoa",
              "Lâm", "Long", "Lực", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Sang", "Sơn", "Tài", "Tâm", "Thắng",
              "Thành", "Thịnh", "Tiến", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ")
VN_GIVEN_F = ("An", "Anh", "Châu", "Diệp", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hương",
              "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Nhung", "Oanh", "Phượng", "Quyên", "Tâm",
              "Thảo", "Thủy", "Trang", "Trinh", "Uyên", "Vân", "Xuân", "Yến")
# Names of the K'Ho and Churu communities (Lạc Dương, Đơn Dương, Di Linh…): a few officials carry them.
VN_HIGHLAND = ("K' Brơi", "K' Điệp", "Ka Thuyên", "Ka H'Hoa", "Cil Múp", "Kră Jăn Dơng", "Liêng Jrang K' Tiên",
               "Bon Niêng Ha Sin", "Ya Tiong", "Touneh Hàn Tâm")

# country -> (given names, family names, family name first?)
FOREIGN: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    "JP": (("Hiroshi", "Takeshi", "Kenji", "Yuki", "Naoko", "Akira", "Makoto", "Keiko", "Tomoko", "Daisuke",
            "Satoshi", "Haruka", "Kazuo", "Yoshiko", "Masato", "Emi", "Ryota", "Sachiko", "Shinji", "Mayumi"),
           ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Nakamura", "Kobayashi", "Kato", "Yoshida",
            "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura", "Shimizu", "Mori", "Ikeda", "Hashimoto", "Ogawa",
            "Fujita", "Okada", "Goto", "Hasegawa", "Murakami"), True),
    "KR": (("Min-jun", "Seo-yeon", "Ji-hoon", "Hyun-woo", "Su-bin", "Dong-hyun", "Eun-ji", "Jae-won", "Young-soo",
            "Mi-kyung", "Sung-ho", "Hye-jin", "Kyung-tae", "Na-rae", "Jong-min", "Soo-jin"),
           ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Oh", "Seo",
            "Kwon"), True),
    "LA": (("Bounmy", "Somphone", "Phonesavanh", "Vilay", "Khamla", "Souksavanh", "Thongsavanh", "Viengkham",
            "Sisavath", "Bounthavy", "Khamphet", "Manivone", "Chanthaly", "Sengphet", "Outhai", "Phetsamone"),
           ("Phommachanh", "Keomany", "Inthavong", "Sengsouvanh", "Phimmasone", "Vongsa", "Chanthavong", "Sayavong",
            "Douangchak", "Sipaseuth", "Xaysomphou", "Luangrath", "Bouphavanh", "Keovilay"), False),
    "KH": (("Sokha", "Dara", "Vuthy", "Sophal", "Bopha", "Chanthy", "Rithy", "Sovann", "Vannak", "Kosal",
            "Sreymom", "Pisey", "Sothea", "Veasna", "Chenda"),
           ("Sok", "Chan", "Heng", "Ly", "Mao", "Men", "Nhem", "Prak", "Seng", "Sun", "Tep", "Touch", "Ouk", "Keo"), True),
    "TH": (("Somchai", "Suda", "Prasert", "Nattaya", "Wichai", "Kannika", "Anan", "Siriporn", "Thawatchai",
            "Pimchanok", "Kittisak", "Wanida", "Surasak", "Ratana"),
           ("Boonmee", "Chaiyasit", "Srisawat", "Thongchai", "Rattanakul", "Saengthong", "Phromma", "Kaewkla",
            "Intarasuk", "Wongsuwan"), False),
    "CN": (("Jun", "Ming", "Wei", "Yang", "Jing", "Fan", "Lei", "Li", "Hong", "Tao", "Xiaoling", "Jianguo",
            "Haiyan", "Zhiqiang", "Lihua"),
           ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu"), True),
    "TW": (("Chih-ming", "Mei-ling", "Chien-hung", "Wei-ting", "Ya-ting", "Ming-hui", "Shu-fen", "Kuo-hua",
            "Pei-yu", "Chun-hao"),
           ("Lin", "Chen", "Huang", "Chang", "Wu", "Tsai", "Liu", "Yang", "Hsu", "Cheng"), True),
    "FR": (("Jean-Pierre", "Sophie", "Laurent", "Claire", "Olivier", "Isabelle", "Nicolas", "Camille", "Philippe",
            "Hélène", "Mathieu", "Élodie", "François", "Juliette"),
           ("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux", "Fournier", "Mercier",
            "Lemoine", "Garnier", "Rousseau", "Leclerc"), False),
    "BE": (("Pieter", "An", "Jan", "Els", "Koen", "Lotte", "Dirk", "Sofie", "Wouter", "Griet", "Bart", "Nele"),
           ("De Smet", "Peeters", "Janssens", "Maes", "Claes", "Willems", "Goossens", "Wouters", "De Clercq",
            "Vermeulen", "Van Damme"), False),
    "NL": (("Sanne", "Bram", "Marieke", "Joost", "Femke", "Ruud", "Lieke", "Maarten", "Eva", "Thijs"),
           ("de Vries", "Jansen", "Bakker", "van Dijk", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos"), False),
    "DE": (("Thomas", "Katrin", "Stefan", "Julia", "Andreas", "Sabine", "Markus", "Anja", "Jens", "Claudia"),
           ("Müller", "Schmidt", "Weber", "Fischer", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter"), False),
    "US": (("Michael", "Sarah", "David", "Emily", "James", "Laura", "Robert", "Anna", "Daniel", "Jennifer"),
           ("Brown", "Johnson", "Miller", "Clark", "Wilson", "Thompson", "Taylor", "White", "Harris", "Walker"), False),
    "GB": (("Oliver", "Charlotte", "Harry", "Amelia", "George", "Emma", "William", "Sophie"),
           ("Smith", "Jones", "Evans", "Roberts", "Hughes", "Edwards", "Green", "Wood"), False),
    "AU": (("Jack", "Olivia", "Lachlan", "Chloe", "Liam", "Isla", "Noah", "Ruby"),
           ("Campbell", "Kelly", "Ryan", "Murphy", "Stewart", "Mitchell", "Morris", "Cooper"), False),
    "SG": (("Wei Ming", "Hui Ling", "Kok Leong", "Siew Lan", "Jia Hui", "Boon Keng", "Mei Xin"),
           ("Tan", "Lim", "Ng", "Goh", "Lee", "Teo", "Ong", "Chua"), True),
    "IL": (("David", "Yael", "Amir", "Noa", "Eitan", "Tamar", "Yossi", "Shira"),
           ("Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Avraham"), False),
    "RU": (("Sergey", "Olga", "Dmitry", "Anna", "Alexey", "Elena", "Igor", "Natalia"),
           ("Ivanov", "Petrova", "Smirnov", "Kuznetsova", "Popov", "Volkova", "Sokolov", "Morozova"), False),
    "CH": (("Lukas", "Anna", "Reto", "Nicole", "Urs", "Martina"),
           ("Meier", "Keller", "Huber", "Brunner", "Graf", "Baumann"), False),
    "IN": (("Rahul", "Priya", "Amit", "Anjali", "Vikram", "Sunita"),
           ("Sharma", "Patel", "Singh", "Gupta", "Reddy", "Iyer"), False),
}
# Countries with no list of their own borrow the closest one.
FOREIGN_FALLBACK = {"IT": "FR", "PH": "US", "CA": "US", "NZ": "AU", "DK": "NL", "SE": "NL", "AT": "DE"}


def vn_name(rng: random.Random, *, female: bool | None = None, highland: float = 0.04) -> str:
    if rng.random() < highland:
        return rng.choice(VN_HIGHLAND)
    female = rng.random() < 0.42 if female is None else female
    surnames, weights = zip(*VN_SURNAMES)
    surname = rng.choices(surnames, weights)[0]
    middle = rng.choice(VN_MIDDLE_F if female else VN_MIDDLE_M)
    given = rng.choice(VN_GIVEN_F if female else VN_GIVEN_M)
    # Some names carry two middle names: "Nguyễn Thị Thu Hà", "Trần Văn Minh Khoa".
    if rng.random() < 0.25:
        extra = rng.choice(VN_MIDDLE_F[3:] if female else VN_MIDDLE_M[2:])
        if extra != middle:
            middle = f"{middle} {extra}"
    return f"{surname} {middle} {given}"


def foreign_name(rng: random.Random, country: str | None) -> str:
    country = FOREIGN_FALLBACK.get(country or "", country or "US")
    if country not in FOREIGN:
        country = "US"
    given, family, family_first = FOREIGN[country]
    g, f = rng.choice(given), rng.choice(family)
    return f"{f} {g}" if family_first else f"{g} {f}"


def person_name(rng: random.Random, country: str | None) -> str:
    """A name for someone of this country: Vietnamese for VN (and for None)."""
    return vn_name(rng) if country in (None, "VN") else foreign_name(rng, country)
