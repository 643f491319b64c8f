"""Gazetteer names in the text: leftmost-longest over tokens, case checked, on one line."""

from __future__ import annotations

from itertools import compress, count

from doingoai.extraction.recognisers.context import Context, Match
from doingoai.extraction.recognisers.gazetteer import CAPITALISED, Matcher, case_fits


class _Starts(dict):  # type: ignore[type-arg]
    """Whether a token, as written, may start a name of the matcher: its lower case starts one, and
    it has a capital or that name may start in lower case. Remembered for each written form: a few
    thousand make up nearly all text, so the text's tokens are tested in one pass of lookups."""

    __slots__ = ("matcher",)
    LIMIT = 200_000

    def __init__(self, matcher: Matcher) -> None:
        super().__init__()
        self.matcher = matcher

    def __missing__(self, word: str) -> bool:
        if len(self) >= self.LIMIT:
            self.clear()
        lower = word.lower()
        starts = self[word] = lower in self.matcher.trie and (word[0].isupper() or lower in self.matcher.lower_start)
        return starts


_STARTS: dict[int, _Starts] = {}


def _starts(m: Matcher) -> _Starts:
    found = _STARTS.get(id(m))
    if found is None or found.matcher is not m:
        found = _STARTS[id(m)] = _Starts(m)
    return found


def find_names(ctx: Context, m: Matcher) -> list[Match]:
    """Every gazetteer name, left to right; at each token the longest name whose case fits wins and
    its tokens are not matched again. Each token's `ctx.owner` is set to the match it is part of."""
    out: list[Match] = []
    low, words, n, breaks, owner, starts, ends = ctx.low, ctx.words, ctx.n, ctx.breaks, ctx.owner, ctx.starts, ctx.ends
    trie, groups, lower_start = m.trie, m.groups, m.lower_start
    next_free = 0
    if "Σ" in ctx.norm:  # the lower case of a token is the text's (final sigma): test it as such
        candidates = (i for i in compress(count(), map(trie.__contains__, low))
                      if words[i][0].isupper() or low[i] in lower_start)
    else:
        candidates = compress(count(), map(_starts(m).__getitem__, words))
    for i in candidates:
        if i < next_free:
            continue
        lower = low[i]
        capital = words[i][0].isupper()
        children, group = trie[lower]
        ending: list[tuple[int, int]] = [] if group is None else [(1, group)]  # (size, group), shortest first
        k = i + 1
        while children and k < n and k not in breaks:
            node = children.get(low[k])
            if node is None:
                break
            children, group = node
            k += 1
            if group is not None:
                ending.append((k - i, group))
        for size, group in reversed(ending):
            # most names ask only for a capital first letter: no need to look at the tokens again
            fitting = [t for t in groups[group] if (capital and t.case == CAPITALISED) or case_fits(words, i, t.case)]
            if fitting:
                found = Match(i, i + size, starts[i], ends[i + size - 1], fitting)
                out.append(found)
                owner[i:i + size] = [found] * size
                next_free = i + size
                break
    return out
