"""Hand-built documents for the component tests: text, named entities and sentences, as the
earlier components of the pipeline would leave them, without running those components."""

from __future__ import annotations

import re

from doingoai.extraction.doc import Doc, Entity, Span

# A sentence: up to a full stop followed by space or the end, or to the end of the line.
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s|$)|(?=\n)|$)")


def hand_doc(text: str, *entities: tuple[str, str, str, str | None]) -> Doc:
    """Every occurrence of each (surface, type, key, country) becomes an entity."""
    ents = [Entity(m.start(), m.end(), type_, key, surface, country)
            for surface, type_, key, country in entities
            for m in re.finditer(re.escape(surface), text)]
    sents = [Span(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]
    return Doc(source="t.txt", text=text, norm=text, sentences=sents, entities=sorted(ents, key=lambda e: e.start))
