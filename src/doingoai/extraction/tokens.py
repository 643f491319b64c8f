"""Word tokens of `doc.norm`, found once per document and kept on it (`doc.derived`).

A token is a run of word characters or one other non-space character (`\\w+|[^\\w\\s]`): a name
matched over tokens never starts or ends inside a syllable, and stray spaces between syllables do
not matter. Each token has its offsets in `norm` (the same in `text`), its lower-case form (as the
lower-cased text writes it) and whether a line break separates it from the token before.

News text is mostly syllables separated by single spaces, so the text is cut at spaces first and
only the pieces that are not one run of word characters ("Nam,", "(Pháp)", "nay.\\nTheo") go
through the regular expression: the same tokens as `TOKEN_RE.findall(norm)`, several times faster.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate, compress, count
from operator import add, not_

from doingoai.extraction.doc import Doc

TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_PLUS_ONE = (1).__add__


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
    pieces = norm.split(" ")
    offsets = list(accumulate(map(_PLUS_ONE, map(len, pieces)), initial=0))  # where each piece starts
    lowered = norm.lower()
    same_length = len(lowered) == len(norm)  # then lower case maps character to character
    low_pieces = lowered.split(" ") if same_length else pieces
    words: list[str] = []
    low: list[str] = []
    starts: list[int] = []
    prev = 0
    for i in compress(count(), map(not_, map(str.isalnum, pieces))):  # pieces that are not one word
        if i > prev:
            words += pieces[prev:i]
            low += low_pieces[prev:i]
            starts += offsets[prev:i]
        piece = pieces[i]
        if piece:
            base = offsets[i]
            for m in TOKEN_RE.finditer(piece):
                start, end = m.span()
                words.append(m.group())
                starts.append(base + start)
                if same_length:
                    low.append(lowered[base + start:base + end])
        prev = i + 1
    words += pieces[prev:]
    low += low_pieces[prev:]
    starts += offsets[prev:len(pieces)]
    if not same_length:
        low = [w.lower() for w in words]
    ends = list(map(add, starts, map(len, words)))
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
