"""Normalisation: build `doc.norm`, the text the recognisers match against.

`norm` has exactly the length of `text` (one character replaced by one character), so an offset
found in `norm` is the same offset in `text`. It unifies what varies in real Vietnamese text
without changing meaning:

- tone-mark placement: the old style puts the mark on the second vowel of an open "oa", "oe",
  "uy" syllable ("hoà", "Thuỷ", "Uỷ ban"); the new style on the first ("hòa", "Thủy", "Ủy ban").
  Both become the new style (the two characters swap their marks, length unchanged);
- i/y after an initial consonant in an open syllable ("Mỹ"/"Mĩ", "Thụy Sỹ"/"Thụy Sĩ", "kỹ"/"kĩ"):
  both become "i" in `norm` only — gazetteer names go through the same function;
- the letter eth (Ð, ð), used for Đ/đ by some old encoders, becomes Đ/đ;
- typographic quotes become ASCII quotes, dashes a hyphen, odd spaces a plain space;
- HTML entities left in old web text ("&amp;", "&quot;", "&#39;") become their character padded
  with spaces ("&amp;" → "&    "), which keeps the length.
"""

from __future__ import annotations

import html
import re
import unicodedata

from doingoai.extraction.doc import Doc

# --------------------------------------------------------------------------- single characters
_CHAR_MAP = {
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u00b4": "'", "`": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00ad": "-",
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u200b": " ",
    "\u200c": " ", "\u200d": " ", "\ufeff": " ", "\u3000": " ", "\t": " ", "\r": " ",
    "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ",
    "\u00d0": "Đ", "\u00f0": "đ",  # eth for Đ/đ (old encoders)
    "\u2026": ".",  # ellipsis character: ends a sentence like a full stop
}
_TRANSLATE = str.maketrans(_CHAR_MAP)
_SPECIAL_RE = re.compile("[" + re.escape("".join(_CHAR_MAP)) + "]")

# ------------------------------------------------------------------ tone-mark placement (oà → òa)
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook, tilde, dot below


def _with_tone(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


def _swap_table() -> dict[str, str]:
    """'oà' → 'òa', 'uỷ' → 'ủy'…: the mark moves from the second vowel to the first."""
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            for f, s in ((first, second), (first.upper(), second), (first.upper(), second.upper())):
                table[f + _with_tone(s, tone)] = _with_tone(f, tone) + s
    return table


_SWAP = _swap_table()
_LETTER = r"[^\W\d_]"
# the pair at the end of a syllable; "uy" after q is "qu" + "y" and is already right ("quý")
_SWAP_RE = re.compile(r"[oOuU](?<![qQ].)[" + "".join(sorted({k[1] for k in _SWAP})) + r"](?!" + _LETTER + ")")

# ---------------------------------------------------------------------- i/y (Mỹ → Mĩ, Sỹ → Sĩ)
_Y_TO_I = {_with_tone("y", t): _with_tone("i", t) for t in _TONES} | {"y": "i"}
_Y_TO_I |= {_with_tone("Y", t): _with_tone("I", t) for t in _TONES} | {"Y": "I"}
_ONSETS = frozenset("ch gh kh ng nh ph th tr b c d đ g h k l m n p r s t v x".split())
# Every character whose lower case can end an onset (the Kelvin sign too: its lower case is k), so
# that the pattern only stops where `_y` may change something.
_ONSET_ENDS = "BCDGHKLMNPRSTVXbcdghklmnprstvxĐđ\u212a"
_Y_RE = re.compile(r"[" + "".join(_Y_TO_I) + r"](?<=[" + _ONSET_ENDS + r"].)(?!" + _LETTER + ")")


def _y(text: str, match: re.Match[str]) -> str:
    i = match.start()
    for size in (2, 1):
        onset = text[max(0, i - size):i]
        if len(onset) == size and onset.lower() in _ONSETS and (i - size == 0 or not text[i - size - 1].isalpha()):
            return _Y_TO_I[match.group(0)]
    return match.group(0)


# ------------------------------------------------------------------------------ HTML entities
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")


def _entity(match: re.Match[str]) -> str:
    raw = match.group(0)
    char = html.unescape(raw)
    if len(char) != 1:
        return raw
    char = char.translate(_TRANSLATE)
    if unicodedata.category(char).startswith("M"):  # a bare combining mark would not stand alone
        return raw
    return char + " " * (len(raw) - 1)


def normalise_text(text: str) -> str:
    """The matching form of `text`; same length, one character for one character."""
    out = _SPECIAL_RE.sub(lambda m: _CHAR_MAP[m.group(0)], text)
    if "&" in out:
        out = _ENTITY_RE.sub(_entity, out)
    out = _SWAP_RE.sub(lambda m: _SWAP.get(m.group(0), m.group(0)), out)
    out = _Y_RE.sub(lambda m: _y(out, m), out)
    assert len(out) == len(text)
    return out


def run(doc: Doc) -> Doc:
    doc.norm = normalise_text(doc.text)
    return doc
