"""Text plumbing shared by every domain: NFC normalisation and diacritics-insensitive folding.

Vietnamese text arrives in several shapes (NFD from Mac files, old tone-mark placement "hoà" vs
"hòa", stray spaces). Records are stored NFC; search compares *folded* text, where diacritics,
case and the letter đ are removed, so "ha giang" finds "Hà Giang".
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# đ/Đ are separate letters, not a base letter with a combining mark, so NFD does not strip them.
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d"})


def nfc(text: str) -> str:
    """Unicode NFC, the form every stored text takes."""
    return unicodedata.normalize("NFC", text)


def clean(text: str) -> str:
    """NFC with runs of whitespace collapsed and the ends trimmed: the form of a stored name."""
    return _SPACES.sub(" ", nfc(text)).strip()


def fold(text: str) -> str:
    """Lower-case, diacritics-free form used for search and name matching.

    >>> fold("Hà Giang") == fold("HA GIANG") == "ha giang"
    True
    >>> fold("Đắk Lắk")
    'dak lak'
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()
