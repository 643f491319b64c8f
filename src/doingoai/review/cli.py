"""Command line of ingestion and review (registered on `doingoai` by the CLI loader).

    doingoai ingest FILE... [--province CODE] [--kind news] [--user USERNAME]
    doingoai review list [--status pending] [--kind partner] [--document ID]
    doingoai review show ID
    doingoai review approve ID [--merge-into RECORD_ID] [--edits JSON]
    doingoai review reject ID --note TEXT
    doingoai review needs-info ID --note TEXT
    doingoai review extract DOCUMENT_ID

Commands act as the system actor unless `--user USERNAME` is given; records of a province need
one: `--province` or the user's own. Each file and each decision is its own transaction: a file
that fails is reported on stderr (naming it) and leaves nothing behind; the others go on, and the
exit code is 1 if any failed.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from doingoai.cli import command, say
from doingoai.settings import Settings

FAILED = 1


def _user_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--user", default=None, metavar="USERNAME",
                   help="Thực hiện với quyền của người dùng này (mặc định: hệ thống) / act as this user (default: system)")


def _error(exc: Exception, where: str | None, lang: str) -> None:
    from pydantic import ValidationError

    from doingoai.errors import DomainError, translate_validation_errors

    prefix = f"{where}: " if where else ""
    if isinstance(exc, ValidationError):
        for d in translate_validation_errors(list(exc.errors())):
            say(f"Lỗi: {prefix}{d['field']}: {d['message_vi']}", f"Error: {prefix}{d['field']}: {d['message_en']}",
                lang, err=True)
    elif isinstance(exc, DomainError):
        say(f"Lỗi: {prefix}{exc.message_vi}", f"Error: {prefix}{exc.message_en}", lang, err=True)
    else:
        raise exc


def _actor(session: Any, username: str | None) -> Any:
    from sqlalchemy import select

    from doingoai.accounts.models import User
    from doingoai.accounts.security import SYSTEM, Actor
    from doingoai.errors import Invalid

    if username is None:
        return SYSTEM
    user = session.scalar(select(User).where(User.username == username))
    if user is None or not user.active:
        raise Invalid("user", f"không có người dùng đang hoạt động tên '{username}'", f"no active user '{username}'")
    return Actor.of(user)


def _session_factory(settings: Settings) -> Any:
    from doingoai.db import make_engine, make_sessionmaker

    return make_sessionmaker(make_engine(settings.sqlalchemy_url))


def _run(settings: Settings, args: argparse.Namespace, where: str | None, work: Callable[[Any, Any], None]) -> bool:
    """One unit of work in its own transaction; errors reported on stderr. True if it succeeded."""
    from pydantic import ValidationError

    from doingoai.db import transaction
    from doingoai.errors import DomainError

    try:
        with transaction(args.factory) as session:
            work(session, _actor(session, args.user))
    except (DomainError, ValidationError) as exc:
        _error(exc, where, args.lang)
        return False
    return True


# ------------------------------------------------------------------- ingest
def _ingest_args(p: argparse.ArgumentParser) -> None:
    from doingoai.documents.kinds import DocumentKind

    p.add_argument("files", nargs="+", metavar="FILE", help="txt (UTF-8, UTF-16, Windows-1258), docx, pdf, html")
    p.add_argument("--province", default=None, metavar="CODE",
                   help="Mã tỉnh (2 chữ số); mặc định: tỉnh của người dùng / province code; default: the user's")
    p.add_argument("--kind", default=None, choices=[k.value for k in DocumentKind], help="Loại văn bản / document kind")
    _user_arg(p)


@command("ingest", "Nạp văn bản, trích xuất và tạo đề xuất để duyệt / store documents, extract, create proposals",
         _ingest_args)
def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from doingoai.documents.reading import read_document
    from doingoai.documents.storage import DocumentStore
    from doingoai.errors import DomainError
    from doingoai.review import services

    args.factory = _session_factory(settings)
    store = DocumentStore(settings.data_dir)
    failed = 0
    for name in args.files:
        try:
            read = read_document(Path(name), max_mb=settings.max_upload_mb)
        except DomainError as exc:
            _error(exc, name, args.lang)
            failed += 1
            continue

        def work(session: Any, actor: Any, read: Any = read, name: str = name) -> None:
            result = services.ingest(session, actor, read, store, province_code=args.province, kind=args.kind)
            doc = result.document
            if result.created:
                say(f"{name}\tvăn bản #{doc.id}\t{len(result.proposals)} đề xuất",
                    f"{name}\tdocument #{doc.id}\t{len(result.proposals)} proposals", args.lang)
            else:
                say(f"{name}\tvăn bản #{doc.id}\tđã có", f"{name}\tdocument #{doc.id}\talready stored", args.lang)

        if not _run(settings, args, name, work):
            failed += 1
    return FAILED if failed else 0


# ------------------------------------------------------------------- review
def _review_args(p: argparse.ArgumentParser) -> None:
    from doingoai.review.states import ProposalKind, ProposalStatus

    sub = p.add_subparsers(dest="action", required=True)
    listing = sub.add_parser("list", help="Liệt kê đề xuất / list proposals")
    listing.add_argument("--status", choices=[s.value for s in ProposalStatus], default=None)
    listing.add_argument("--kind", choices=[k.value for k in ProposalKind], default=None)
    listing.add_argument("--document", type=int, default=None, metavar="ID")
    listing.add_argument("--province", default=None, metavar="CODE")
    show = sub.add_parser("show", help="Xem một đề xuất và đoạn văn làm căn cứ / show a proposal and its passage")
    show.add_argument("id", type=int)
    approve = sub.add_parser("approve", help="Duyệt: tạo bản ghi / approve: create the record")
    approve.add_argument("id", type=int)
    approve.add_argument("--merge-into", type=int, default=None, metavar="RECORD_ID",
                         help="Gắn vào bản ghi có sẵn thay vì tạo mới / link to this existing record instead")
    approve.add_argument("--edits", default=None, metavar="JSON",
                         help='Sửa giá trị trước khi duyệt, ví dụ \'{"start_on": "2019-03-12"}\' / values to change')
    for action, help_text in (("reject", "Từ chối / reject"), ("needs-info", "Cần bổ sung thông tin / needs information")):
        decide = sub.add_parser(action, help=help_text)
        decide.add_argument("id", type=int)
        decide.add_argument("--note", required=True)
    again = sub.add_parser("extract", help="Trích xuất lại một văn bản đã lưu / extract a stored document again")
    again.add_argument("document_id", type=int)
    for parser in (listing, show, approve, again, *(sub.choices[a] for a in ("reject", "needs-info"))):
        _user_arg(parser)


@command("review", "Duyệt các đề xuất trích từ văn bản / review proposals read from documents", _review_args)
def cmd_review(args: argparse.Namespace, settings: Settings) -> int:
    from doingoai.review import services
    from doingoai.review.schemas import ProposalQuery

    args.factory = _session_factory(settings)
    lang = args.lang

    def do_list(session: Any, actor: Any) -> None:
        query = ProposalQuery(status=args.status, kind=args.kind, document_id=args.document, province=args.province,
                              per_page=500)
        page = 1
        while True:
            rows, total = services.list_proposals(session, actor, query.model_copy(update={"page": page}))
            for p in rows:
                print(f"{p.id}\t{p.status.value}\t{p.kind.value}\tvb#{p.document_id}\t{p.summary}")
            if page * query.per_page >= total:
                break
            page += 1

    def do_show(session: Any, actor: Any) -> None:
        d = services.detail(session, actor, args.id)
        passage = d["passage"]
        print(f"#{d['id']}\t{d['status'].value}\t{d['kind'].value}\t{d['summary']}")
        say(f"Văn bản #{d['document_id']}: {d['document_title'] or d['document_filename']} [{d['start']}, {d['end']})",
            f"Document #{d['document_id']}: {d['document_title'] or d['document_filename']} [{d['start']}, {d['end']})", lang)
        before, after = passage["before"][-200:], passage["after"][:200]
        more_before = "…" if d["start"] > len(before) else ""
        more_after = "…" if len(passage["after"]) > len(after) else ""
        print(f"{more_before}{before}«{passage['text']}»{after}{more_after}")
        say("Bản ghi sẽ tạo:", "Record to create:", lang)
        print(json.dumps(d["record_input"], ensure_ascii=False, indent=2, default=str))
        if d["match"]:
            say(f"Trùng với {d['match']['entity']} #{d['match']['id']}: {d['match']['label']}",
                f"Matches {d['match']['entity']} #{d['match']['id']}: {d['match']['label']}", lang)
        if d["problem"]:
            say(f"Lưu ý: {d['problem']}", f"Note: {d['problem']}", lang)
        if d["note"]:
            say(f"Ghi chú ({d['decided_by_name']}): {d['note']}", f"Note ({d['decided_by_name']}): {d['note']}", lang)
        if d["record_id"]:
            say(f"Bản ghi: {d['record_entity']} #{d['record_id']}", f"Record: {d['record_entity']} #{d['record_id']}", lang)

    def do_approve(session: Any, actor: Any) -> None:
        from doingoai.errors import Invalid

        try:
            edits = json.loads(args.edits) if args.edits else None
        except json.JSONDecodeError as exc:
            raise Invalid("edits", f"JSON không hợp lệ ({exc})", f"invalid JSON ({exc})") from None
        if edits is not None and not isinstance(edits, dict):
            raise Invalid("edits", "phải là một đối tượng JSON", "must be a JSON object")
        result = services.approve(session, actor, args.id, edits, args.merge_into)
        if result.created:
            say(f"Đã duyệt đề xuất #{args.id}: tạo {result.entity} #{result.record.id}",
                f"Proposal #{args.id} approved: created {result.entity} #{result.record.id}", lang)
        else:
            say(f"Đã duyệt đề xuất #{args.id}: gắn vào {result.entity} #{result.record.id} có sẵn",
                f"Proposal #{args.id} approved: linked to existing {result.entity} #{result.record.id}", lang)

    def do_decide(session: Any, actor: Any) -> None:
        if args.action == "reject":
            services.reject(session, actor, args.id, args.note)
            say(f"Đã từ chối đề xuất #{args.id}.", f"Proposal #{args.id} rejected.", lang)
        else:
            services.needs_info(session, actor, args.id, args.note)
            say(f"Đề xuất #{args.id}: cần bổ sung thông tin.", f"Proposal #{args.id}: needs information.", lang)

    def do_extract(session: Any, actor: Any) -> None:
        created = services.extract_again(session, actor, args.document_id)
        say(f"Văn bản #{args.document_id}: {len(created)} đề xuất mới",
            f"Document #{args.document_id}: {len(created)} new proposals", lang)

    actions = {"list": do_list, "show": do_show, "approve": do_approve, "reject": do_decide,
               "needs-info": do_decide, "extract": do_extract}
    return 0 if _run(settings, args, None, actions[args.action]) else FAILED
