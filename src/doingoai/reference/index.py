"""An in-memory name index: exact lookup by matching key and ranked search.

Search ranks a match by how the query meets a name (exact, prefix of the name, prefix of a word
in the name, anywhere in the name), then by the name's tier (curated before library before
derived), then by the name's position in the entity's list (its main name first), then by length.
A query is compared as a key (:func:`doingoai.reference.names.key`), so "ha giang" finds
"Hà Giang" and "van nam" finds "Vân Nam".
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import NamedTuple

from .loaders import NameForm

EXACT, PREFIX, WORD_PREFIX, SUBSTRING = 0, 1, 2, 3


class Hit(NamedTuple):
    ident: Hashable
    tier: int
    order: int


class NameIndex:
    """Built on first use: a process that only wants the gazetteer never pays for it."""

    def __init__(self, entries: Iterable[tuple[Hashable, Iterable[NameForm]]]) -> None:
        self._entries = list(entries)
        self._built: dict[str, list[Hit]] | None = None

    @property
    def _by_key(self) -> dict[str, list[Hit]]:
        if self._built is None:
            built: dict[str, list[Hit]] = {}
            for ident, forms in self._entries:
                for order, form in enumerate(forms):
                    built.setdefault(form.key, []).append(Hit(ident, form.tier, order))
            self._built = built
            self._items = list(built.items())
        return self._built

    def lookup(self, k: str) -> list[Hit]:
        """Entities with a name whose key is exactly ``k``."""
        return list(self._by_key.get(k, ()))

    def search(
        self,
        q: str,
        accept: Callable[[Hashable], bool] | None = None,
        limit: int | None = 20,
    ) -> list[Hashable]:
        """Entities whose names contain the key ``q``, best first (see module docstring)."""
        if not q:
            return []
        self._by_key  # noqa: B018 - builds the index
        best: dict[Hashable, tuple[int, int, int, int, str]] = {}
        spaced = " " + q
        for k, hits in self._items:
            if k == q:
                rank = EXACT
            elif k.startswith(q):
                rank = PREFIX
            elif spaced in k:
                rank = WORD_PREFIX
            elif q in k:
                rank = SUBSTRING
            else:
                continue
            for hit in hits:
                if accept is not None and not accept(hit.ident):
                    continue
                score = (rank, hit.tier, hit.order, len(k), k)
                old = best.get(hit.ident)
                if old is None or score < old:
                    best[hit.ident] = score
        ranked = sorted(best, key=lambda ident: (best[ident], str(ident)))
        return ranked if limit is None else ranked[:limit]
