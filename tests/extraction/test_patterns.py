"""Regular expressions for Vietnamese words: the trie of exact strings finds what the plain
alternation (longest first) finds."""

from __future__ import annotations

import random
import re

from doingoai.extraction.patterns import literal_alt

NAMES = ["Phan Rang", "Phan Rang - Tháp Chàm", "Phan Thiết", "Nha Trang", "Long Thành", "Long Xuyên", "Huế",
         "Hà Tiên", "Hà Đông", "Côn Đảo", "a.b", "x(y)"]


def test_literal_alternation_finds_what_the_plain_one_finds():
    longest_first = sorted(NAMES, key=len, reverse=True)
    plain = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in longest_first) + r")(?!\w)")
    trie = re.compile(literal_alt(NAMES, bounded=True) + r"(?!\w)")
    rnd = random.Random(7)
    pieces = [*NAMES, "Phan", "Rang", "Long", "Thành phố", "-", " ", "x", "Hà", "Tháp", "a", ".b", "(y)"]
    for _ in range(3000):
        text = rnd.choice(["", " ", "a"]).join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6)))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)], text
