"""The document as the recognisers' rules see it: its tokens, the gazetteer matches that own them,
and the small questions the rules ask about a token's neighbourhood."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import compress, count

from doingoai.extraction.doc import Doc
from doingoai.extraction.recognisers.gazetteer import Target
from doingoai.extraction.recognisers.lexicon import (
    SCANNED_WORDS,
    SURNAMES,
    first_words,
    folds_to_syllable,
    is_acronym,
    last_words,
)
from doingoai.extraction.tokens import tokens


@dataclass(slots=True)
class Match:
    """A gazetteer name found in the text, its meanings, and the one chosen and accepted."""

    i: int  # first token
    j: int  # one past the last token
    start: int
    end: int
    targets: list[Target]
    target: Target | None = None
    accepted: bool = False


class Context:
    """The document's tokens and the helpers the context rules need."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.norm = doc.norm or doc.text
        t = tokens(doc)
        self.words = t.words  # as written
        self.low = t.low  # lower case
        self.starts = t.starts  # offsets of the tokens in the text
        self.ends = t.ends
        self.breaks = t.breaks  # tokens with a line break before them
        self.n = len(t.words)
        self.owner: list[Match | None] = [None] * self.n  # the match each token belongs to
        self.sentence_starts = [sp.start for sp in doc.sentences]
        self._word_set: set[str] | None = None
        self._scanned: list[int] | None = None  # tokens that are one of SCANNED_WORDS
        self.given_names: set[str] = set()
        self.countries_seen: set[str | None] = set()
        self.countries_named: set[str | None] = set()  # countries accepted so far, ambiguous ones too
        self.not_places: set[str] | None = None  # keys of names the text gives a ship, a company…
        self.matches: list[Match] = []

    def written_lower(self, word: str) -> bool:
        """The document writes `word` in lower case somewhere (so a capitalised one may be a common word)."""
        if not word.islower():
            return False
        if self._word_set is None:
            self._word_set = set(self.words)
        return word in self._word_set

    def initial(self, k: int) -> bool:
        """Token k starts a sentence, a line, a quotation or what follows a colon."""
        if not 0 <= k < self.n:
            return False
        start = 0
        if self.sentence_starts:
            at = bisect_right(self.sentence_starts, self.starts[k]) - 1
            start = self.sentence_starts[at] if at >= 0 else 0
        j = k - 1
        while j >= 0 and self.starts[j] >= start and (j + 1) not in self.breaks:
            w = self.words[j]
            if w in (":", '"'):
                return True
            if w[0].isalnum():
                return False
            j -= 1
        return True

    def gap_ok(self, k: int) -> bool:
        """Tokens k-1 and k are on the same line (a name does not run over a line break)."""
        return k not in self.breaks

    def is_cap(self, k: int) -> bool:
        return 0 <= k < self.n and self.words[k][:1].isupper() and self.words[k].isalpha()

    def is_vi_name_part(self, k: int) -> bool:
        """A capitalised Vietnamese syllable that is not itself part of a surely recognised name."""
        if not self.is_cap(k) or is_acronym(self.words[k]):
            return False
        owner = self.owner[k]
        if owner is not None and any(not t.ambiguous for t in owner.targets):
            return False
        return folds_to_syllable(self.words[k]) or not self.words[k].isascii()

    def is_person_name_before(self, i: int) -> bool:
        """The tokens before i look like the start of a Vietnamese personal name ("Đặng Hồng …")."""
        return self.is_vi_name_part(i - 1) and (self.is_vi_name_part(i - 2) or self.low[i - 1] in SURNAMES)

    def before(self, i: int, size: int) -> str:
        return " ".join(self.low[max(0, i - size):i]) if i - size >= 0 else ""

    def head_before(self, i: int, heads: frozenset[str]) -> bool:
        """One of `heads` (phrases of one to three words) ends just before token i."""
        if i <= 0 or self.low[i - 1] not in last_words(heads):
            return False
        return any(self.before(i, size) in heads for size in (1, 2, 3) if i - size >= 0)

    def word(self, k: int) -> str:
        return self.low[k] if 0 <= k < self.n else ""

    def positions(self, heads: dict[str, str]) -> list[int]:
        """Tokens where one of `heads` may start."""
        firsts = first_words(heads)
        if not firsts <= SCANNED_WORDS:
            return list(compress(count(), map(firsts.__contains__, self.low)))
        if self._scanned is None:  # one pass over the text for every table of `SCANNED_WORDS`
            self._scanned = list(compress(count(), map(SCANNED_WORDS.__contains__, self.low)))
        low = self.low
        return [k for k in self._scanned if low[k] in firsts]
