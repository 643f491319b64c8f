"""Documents: upload (store + extraction + proposals), list, read, text, original, edit, delete."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, File, Form, Query, Request, Response, UploadFile, status
from fastapi.responses import FileResponse, JSONResponse, PlainTextResponse

from doingoai.audit import services as audit
from doingoai.audit.schemas import AuditEventPublic
from doingoai.core.deps import ActorDep, SessionDep
from doingoai.core.schemas import Page
from doingoai.documents.models import DocumentKind
from doingoai.documents.reading import TooLarge, read_bytes
from doingoai.documents.schemas import DocumentPublic, DocumentQuery, DocumentUpdate, IngestResult
from doingoai.documents.services import DocumentService
from doingoai.documents.storage import DocumentStore

router = APIRouter(prefix="/api/documents", tags=["documents"])
_CHUNK = 1024 * 1024


def get_store(request: Request) -> DocumentStore:
    return DocumentStore(request.app.state.settings.data_dir)


StoreDep = Annotated[DocumentStore, Depends(get_store)]


@router.post("", response_model=IngestResult, status_code=status.HTTP_201_CREATED,
             summary="Upload a document: store it, extract, create proposals (200 if already stored)")
def upload(
    request: Request,
    session: SessionDep,
    actor: ActorDep,
    store: StoreDep,
    file: Annotated[UploadFile, File(description="txt (UTF-8, UTF-16, Windows-1258), docx, pdf with text, html")],
    kind: Annotated[DocumentKind | None, Form()] = None,
    title: Annotated[str | None, Form(max_length=500)] = None,
    source_url: Annotated[str | None, Form(max_length=1000, pattern=r"^https?://\S+$")] = None,
    province_code: Annotated[str | None, Form(pattern=r"^\d{2}$", description="Ministry users: the province")] = None,
) -> Any:
    from doingoai.review import services as review

    filename = file.filename or "document"
    limit_mb = request.app.state.settings.max_upload_mb
    data = bytearray()
    while chunk := file.file.read(_CHUNK):
        data += chunk
        if len(data) > limit_mb * _CHUNK:
            raise TooLarge(filename, len(data), limit_mb)  # stop reading: the rest is not needed to refuse
    read = read_bytes(bytes(data), filename, max_mb=limit_mb)
    result = review.ingest(session, actor, read, store, province_code=province_code, kind=kind,
                           title=title.strip() if title else None, source_url=source_url)
    session.commit()
    body = IngestResult(document=DocumentPublic.model_validate(result.document), created=result.created,
                        proposals_created=len(result.proposals),
                        proposals=[{"id": p.id, "kind": p.kind.value, "status": p.status.value, "summary": p.summary}
                                   for p in result.proposals])
    return JSONResponse(body.model_dump(mode="json"),
                        status_code=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK)


@router.get("", response_model=Page[DocumentPublic], summary="List documents")
def list_documents(session: SessionDep, actor: ActorDep, params: Annotated[DocumentQuery, Query()]) -> Any:
    rows, total = DocumentService(session, actor).list(params)
    return {"items": rows, "total": total, "page": params.page, "per_page": params.per_page}


@router.get("/{document_id}", response_model=DocumentPublic, summary="Read a document's description")
def read_document(document_id: int, session: SessionDep, actor: ActorDep) -> Any:
    return DocumentService(session, actor).get(document_id)


@router.get("/{document_id}/text", response_class=PlainTextResponse,
            summary="The document's NFC text (evidence offsets index it)")
def document_text(document_id: int, session: SessionDep, actor: ActorDep) -> PlainTextResponse:
    doc = DocumentService(session, actor).get(document_id)
    return PlainTextResponse(doc.text, media_type="text/plain; charset=utf-8")


@router.get("/{document_id}/original", response_class=FileResponse, summary="Download the original file")
def document_original(document_id: int, session: SessionDep, actor: ActorDep, store: StoreDep) -> FileResponse:
    doc, path = DocumentService(session, actor, store).original(document_id)
    ascii_name = doc.filename.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(doc.filename)}"
    return FileResponse(path, media_type=doc.media_type, headers={"Content-Disposition": disposition})


@router.patch("/{document_id}", response_model=DocumentPublic, summary="Edit a document's description")
def update_document(document_id: int, data: DocumentUpdate, session: SessionDep, actor: ActorDep) -> Any:
    doc = DocumentService(session, actor).update(document_id, data)
    session.commit()
    return doc


@router.delete("/{document_id}", status_code=status.HTTP_204_NO_CONTENT,
               summary="Delete a document no record was taken from (its proposals go with it)")
def delete_document(
    document_id: int,
    session: SessionDep,
    actor: ActorDep,
    store: StoreDep,
    version: Annotated[int | None, Query(ge=1, description="The version you read")] = None,
) -> Response:
    DocumentService(session, actor, store).delete(document_id, version)
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{document_id}/history", response_model=list[AuditEventPublic], summary="Audit trail of one document")
def document_history(document_id: int, session: SessionDep, actor: ActorDep) -> Any:
    DocumentService(session, actor).get(document_id)
    return audit.history(session, actor, DocumentService.entity, document_id)

