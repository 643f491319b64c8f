"""Word tokens of `doc.norm`, found once per document and kept on it (`doc.derived`).

A token is a run of word characters or one other non-space character (`\\w+|[^\\w\\s]`): a name
matched over tokens never starts or ends inside a syllable, and stray spaces between syllables do
not matter. Each token has its offsets in `norm` (the same in `text`), its lower-case form (as the
lower-cased text writes it) and whether a line break separates it from the token before.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate

from doingoai.extraction.doc import Doc

TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_SPLIT_RE = re.compile(r"(\w+|[^\w\s])")


class _LowerCase(dict):  # type: ignore[type-arg]
    """The lower case of each token, remembered between documents: a few thousand distinct syllables
    make up nearly all Vietnamese text, so most tokens are looked up rather than lowered (and the
    lower-case strings, shared, keep their hash for the lookups that follow)."""

    __slots__ = ()
    LIMIT = 200_000

    def __missing__(self, word: str) -> str:
        if len(self) >= self.LIMIT:
            self.clear()
        low = self[word] = word.lower()
        return low


_LOWER = _LowerCase()


@dataclass(frozen=True, slots=True)
class Tokens:
    words: list[str]  # as written in `norm`
    low: list[str]  # lower case, one for one with `words`
    starts: list[int]  # offset of each token in `norm`
    ends: list[int]
    breaks: frozenset[int]  # k: a line break stands between token k-1 and token k (k may be len(words))

    def __len__(self) -> int:
        return len(self.words)

    def gap_ok(self, k: int) -> bool:
        """Tokens k-1 and k are on the same line."""
        return k not in self.breaks

    def first_at_or_after(self, offset: int) -> int:
        """Index of the first token that starts at or after `offset`."""
        return bisect_left(self.starts, offset)


def tokenise(norm: str) -> Tokens:
    parts = _SPLIT_RE.split(norm)  # gap, token, gap, token, …, gap
    words = parts[1::2]
    edges = list(accumulate(map(len, parts)))  # the end of each part: token k spans edges[2k]..edges[2k+1]
    starts = edges[0:-1:2]
    ends = edges[1::2]
    # Lower case as the lower-cased text writes it. Only capital sigma lowers differently in a
    # word and alone (ς at the end of a word); without it, each token lowered alone is the same.
    lowered = norm.lower() if "Σ" in norm else None
    if lowered is not None and len(lowered) == len(norm):  # one character for one: same offsets
        low = list(map(lowered.__getitem__, map(slice, starts, ends)))
    else:
        low = list(map(_LOWER.__getitem__, words))
    breaks = set()
    at = norm.find("\n")
    while at >= 0:
        breaks.add(bisect_left(starts, at))
        at = norm.find("\n", at + 1)
    return Tokens(words, low, starts, ends, frozenset(breaks))


def tokens(doc: Doc) -> Tokens:
    """The tokens of `doc.norm` (of `doc.text` when there is no `norm`), computed once."""
    norm = doc.norm or doc.text
    hit = doc.derived.get("tokens")
    if hit is None or hit[0] is not norm:
        hit = doc.derived["tokens"] = (norm, tokenise(norm))
    return hit[1]  # type: ignore[no-any-return]
