"""Gazetteer names in the text: leftmost-longest over tokens, case checked, on one line."""

from __future__ import annotations

from itertools import compress, count

from doingoai.extraction.recognisers.context import Context, Match
from doingoai.extraction.recognisers.gazetteer import CAPITALISED, Matcher, case_fits


def find_names(ctx: Context, m: Matcher) -> list[Match]:
    """Every gazetteer name, left to right; at each token the longest name whose case fits wins and
    its tokens are not matched again. Each token's `ctx.owner` is set to the match it is part of."""
    out: list[Match] = []
    low, words, n, breaks, owner, starts, ends = ctx.low, ctx.words, ctx.n, ctx.breaks, ctx.owner, ctx.starts, ctx.ends
    trie, groups, lower_start = m.trie, m.groups, m.lower_start
    next_free = 0
    # A token equal to its lower case has no capital, unless it starts with an upper-case letter
    # that is its own lower case ("ℂ"); only a gazetteer with such a name needs the full test.
    plain = not m.odd_capitals
    for i in compress(count(), map(trie.__contains__, low)):
        if i < next_free:
            continue
        word, lower = words[i], low[i]
        if plain and word == lower:
            if lower not in lower_start:
                continue
            capital = False
        else:
            capital = word[0].isupper()
            if not (capital or lower in lower_start):
                continue
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
