"""Stored documents: keeping a file that was read (bytes on disk, NFC text in the row), finding,
editing the description of and deleting documents.

The same file (same SHA-256) is kept once per province: storing it again returns the document
already there and writes nothing. Original bytes are written before the row (a temporary file
renamed into place), so a row never points at a half-written file; a failed transaction at worst
leaves an unreferenced original, which the next upload of the same file reuses.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Select, event, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from doingoai.accounts.security import Actor
from doingoai.core.services import RecordService
from doingoai.documents.models import Document, DocumentKind
from doingoai.documents.reading import ReadResult
from doingoai.documents.schemas import DocumentIn, DocumentQuery
from doingoai.documents.storage import DocumentStore
from doingoai.errors import NotFound
from doingoai.text import fold


class DocumentService(RecordService[Document]):
    model = Document
    entity = "document"
    label_vi = "văn bản"
    search_fields = ("title", "filename")
    date_field = "published_on"
    sort_fields = ("id", "title", "filename", "kind", "size", "published_on", "created_at", "updated_at")
    default_sort = "-created_at"
    equal_filters = {"kind": "kind"}

    def __init__(self, session: Session, actor: Actor, store: DocumentStore | None = None) -> None:
        super().__init__(session, actor)
        self.store = store

    def _require_store(self) -> DocumentStore:
        if self.store is None:
            raise RuntimeError("DocumentService needs a DocumentStore for this operation")
        return self.store

    # ----------------------------------------------------------------- reads
    def filter(self, stmt: Select[tuple[Document]], query: DocumentQuery) -> Select[tuple[Document]]:  # type: ignore[override]
        if query.fulltext:
            for word in fold(query.fulltext).split():
                stmt = stmt.where(Document.text_folded.contains(word, autoescape=True))
        return stmt

    def province_for(self, requested: str | None) -> str:
        """The province a new document goes to (the actor's own; ministry users must name one)."""
        province = self._target_province(requested)
        self.require_edit(province)
        return province

    def find(self, province_code: str, sha256: str) -> Document | None:
        return self.session.scalar(select(Document).where(Document.province_code == province_code,
                                                          Document.sha256 == sha256))

    def original(self, record_id: int) -> tuple[Document, Path]:
        doc = self.get(record_id)
        path = self._require_store().path(doc.storage_path)
        if not path.is_file():
            raise NotFound("tệp gốc của văn bản", record_id)
        return doc, path

    # ---------------------------------------------------------------- writes
    def store_file(
        self,
        read: ReadResult,
        *,
        province_code: str | None = None,
        kind: DocumentKind | str | None = None,
        title: str | None = None,
        source_url: str | None = None,
        published_on: Any = None,
        notes: str | None = None,
    ) -> tuple[Document, bool]:
        """Keep a file that was read. Returns (document, created); created is False when the same
        file was already stored in this province (then nothing is written)."""
        province = self.province_for(province_code)
        existing = self.find(province, read.sha256)
        if existing is not None:
            return existing, False
        data = DocumentIn(
            province_code=province, kind=kind or DocumentKind.other, title=title or read.title,
            source_url=source_url, published_on=published_on, notes=notes,
            filename=Path(read.filename).name[:300] or "document", media_type=read.media_type,
            encoding=read.encoding, size=read.size, sha256=read.sha256,
            storage_path=DocumentStore.relative_path(read.sha256), text=read.text,
        )
        store = self._require_store()
        relative, written = store.put(read.data, read.sha256)
        if written:  # a file nobody had: it goes again if this transaction is rolled back
            self.session.info.setdefault(_REMOVE_AFTER_ROLLBACK, []).append(store.path(relative))
        try:
            with self.session.begin_nested():  # someone storing the same file at the same moment
                doc = self.create(data)
        except IntegrityError:
            existing = self.find(province, read.sha256)
            if existing is None:
                raise
            return existing, False
        return doc, True

    def delete(self, record_id: int, version: int | None = None) -> None:
        """Delete a document no record was taken from; its proposals go with it. The original
        file is removed after the commit unless another document (another province) has it."""
        doc = self.get(record_id)
        relative, sha = doc.storage_path, doc.sha256
        shared = self.session.scalar(select(func.count()).select_from(Document)
                                     .where(Document.sha256 == sha, Document.id != record_id))
        super().delete(record_id, version)
        if not shared and self.store is not None:
            self.session.info.setdefault(_REMOVE_AFTER_COMMIT, []).append(self.store.path(relative))

    # ------------------------------------------------------------------ hooks
    def _finish(self, obj: Document) -> None:
        super()._finish(obj)
        obj.text_folded = fold(obj.text or "")

    def search_values(self, obj: Document) -> Iterable[str | None]:
        return (obj.title, obj.filename)

    def snapshot(self, obj: Document) -> dict[str, Any]:
        # The audit trail describes the document; the text itself is in the row and the original on disk.
        snap = super().snapshot(obj)
        snap.pop("text_folded", None)
        text = snap.pop("text", None)
        snap.pop("text_length", None)
        snap["text_length"] = len(text or "")
        return snap


# Files on disk follow the fate of the transaction that stored or deleted their document.
_REMOVE_AFTER_COMMIT = "doingoai.documents.remove_after_commit"
_REMOVE_AFTER_ROLLBACK = "doingoai.documents.remove_after_rollback"


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    """Originals of deleted documents leave the disk only once the deletion is committed."""
    session.info.pop(_REMOVE_AFTER_ROLLBACK, None)
    for path in session.info.pop(_REMOVE_AFTER_COMMIT, []):
        path.unlink(missing_ok=True)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    """A file written for a document that was never committed does not stay behind."""
    session.info.pop(_REMOVE_AFTER_COMMIT, None)
    for path in session.info.pop(_REMOVE_AFTER_ROLLBACK, []):
        path.unlink(missing_ok=True)


def passage(doc: Document, start: int, end: int, context: int = 200) -> dict[str, Any]:
    """The quoted passage text[start:end] with some text before and after it."""
    text = doc.text or ""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    return {"start": start, "end": end, "text": text[start:end],
            "before": text[max(0, start - context):start], "after": text[end:end + context]}
