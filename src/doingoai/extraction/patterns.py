"""Regular expressions for Vietnamese words, as `Doc.norm` or the raw text may write them.

`vi("thỏa thuận")` reads either tone-mark placement (hòa/hoà, thủy/thuỷ), y or i after a consonant
(ký/kí, tỷ/tỉ) and any run of spaces; `alt(words)` is an alternation of many such words built as a
trie (the engine then decides one character at a time, which keeps long lists fast), and `balt`
the same anchored at the start of a word. `canon(word)` is the lookup key of a word so matched.
`literal_alt(strings)` is the trie of exact strings. Shared by the numbers and statement components.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

_TONE_PAIRS = [
    ("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
    ("òe", "oè"), ("óe", "oé"), ("ỏe", "oẻ"), ("õe", "oẽ"), ("ọe", "oẹ"),
    ("ùy", "uỳ"), ("úy", "uý"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ"),
]
_Y_I = {"y": "i", "ý": "í", "ỳ": "ì", "ỷ": "ỉ", "ỹ": "ĩ", "ỵ": "ị"}
_Y_I_BACK = {v: k for k, v in _Y_I.items()}
_ONSET = r"(?:ch|gh|kh|ng|nh|ph|th|tr|[bcdđghklmnprstvx])"
_WORD_Y = re.compile(rf"(?<![^\W\d_])({_ONSET})([yýỳỷỹỵiíìỉĩị])(?![^\W\d_])")
_TONE_MAP = {x: f"(?:{a}|{b})" for a, b in _TONE_PAIRS for x in (a, b)}
_TONE_RE = re.compile("|".join(sorted(_TONE_MAP, key=len, reverse=True)))


def vi(phrase: str) -> str:
    """Regex for a lower-case Vietnamese word or phrase as it may appear in `Doc.norm` or the raw
    text: either tone-mark placement (hòa/hoà, thủy/thuỷ), y or i after a consonant (ký/kí, tỷ/tỉ,
    Mỹ/Mĩ — the normaliser writes i), any run of spaces between words."""
    out = []
    pos = 0
    for m in _WORD_Y.finditer(phrase):
        out.append(re.escape(phrase[pos : m.start(2)]))
        y = _Y_I_BACK.get(m.group(2), m.group(2))
        out.append(f"[{y}{_Y_I[y]}]")
        pos = m.end(2)
    out.append(re.escape(phrase[pos:]))
    pattern = "".join(out).replace("\\ ", " ").replace(" ", r"\s+")
    return _TONE_RE.sub(lambda m: _TONE_MAP[m.group(0)], pattern)


_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


def strip_tones(text: str) -> str:
    """The text without tone marks (other diacritics stay): "triệu" → "triêu", "dự án" → "dư an" —
    how some old web text was typed. Same length for NFC Vietnamese."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).translate(_TONE_MARKS))


def _variants(phrase: str, toneless: bool = False) -> set[str]:
    """The spellings `vi()` accepts: both tone placements, y or i after a consonant (at most 64);
    with `toneless`, also the spelling without tone marks."""
    out = {re.sub(r"\s+", " ", phrase)}
    base = next(iter(out))
    if toneless and (" " in base or len(base) > 4):
        out.add(strip_tones(base))  # short words stripped of tones are other words: cầu/câu, đồng/đông
    for a, b in _TONE_PAIRS:
        out |= {v.replace(a, b) for v in out} | {v.replace(b, a) for v in out}
    extra = set()
    for v in out:
        extra.add(_WORD_Y.sub(lambda m: m.group(1) + _Y_I.get(m.group(2), m.group(2)), v))
        extra.add(_WORD_Y.sub(lambda m: m.group(1) + _Y_I_BACK.get(m.group(2), m.group(2)), v))
    return set(sorted(out | extra)[:64])


def _trie(strings: Iterable[str]) -> dict[str, Any]:
    trie: dict[str, Any] = {}
    for s in strings:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _trie_regex(node: dict[str, Any], bounded: bool = False, space: str = r"\s+") -> str:
    end = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        head = space if ch == " " else re.escape(ch)
        if bounded:
            head += r"(?<!\w.)"  # a word boundary before the first character, checked after it
        branches.append(head + _trie_regex(node[ch], space=space))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
    return body


def balt(words: list[str] | tuple[str, ...] | set[str] | frozenset[str], toneless: bool = False) -> str:
    """`alt` that only matches at the start of a word, written so that the regex still begins with
    a set of characters (a leading lookbehind would make the engine try every position)."""
    return alt(words, bounded=True, toneless=toneless)


def alt(words: list[str] | tuple[str, ...] | set[str] | frozenset[str], bounded: bool = False,
        toneless: bool = False) -> str:
    """A non-capturing alternation of the words as `vi()` reads them, built as a trie (the regex
    engine then decides one character at a time, which keeps long word lists fast). Longer words
    win over their prefixes because every optional tail is tried first."""
    return "(?:" + _trie_regex(_trie(v for w in words for v in _variants(w, toneless)), bounded) + ")"


def literal_alt(strings: Iterable[str], bounded: bool = False) -> str:
    """A non-capturing alternation of exactly these strings (case and spaces as given) built as a
    trie, the longest first; `bounded`: only at the start of a word. The same matches as
    `(?<!\\w)?(?:s1|s2|…)` with the longer strings first, several times faster."""
    return "(?:" + _trie_regex(_trie(strings), bounded, space=" ") + ")"


@lru_cache(maxsize=1 << 16)
def canon(word: str) -> str:
    """Lookup key of a word as matched: lower case, single spaces, new-style tone placement, and i
    for y after a consonant (as the normaliser writes it). Use it on both sides of a lookup."""
    w = re.sub(r"\s+", " ", word.strip().lower())
    for a, b in _TONE_PAIRS:
        w = w.replace(b, a)
    return _WORD_Y.sub(lambda m: m.group(1) + _Y_I.get(m.group(2), m.group(2)), w)

