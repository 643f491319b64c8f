"""The command line. Thin: parses arguments, calls services, prints results.

Commands print their results on stdout and their errors on stderr, in Vietnamese by default
(`--lang en` for English), and exit non-zero when anything failed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence

from pydantic import ValidationError

from doingoai.settings import Settings, get_settings

Command = Callable[[argparse.Namespace, Settings], int]
COMMANDS: dict[str, tuple[str, Command, Callable[[argparse.ArgumentParser], None]]] = {}


def command(name: str, help_text: str, arguments: Callable[[argparse.ArgumentParser], None] = lambda p: None):
    def register(func: Command) -> Command:
        COMMANDS[name] = (help_text, func, arguments)
        return func

    return register


def say(vi: str, en: str, lang: str, *, err: bool = False) -> None:
    print(vi if lang == "vi" else en, file=sys.stderr if err else sys.stdout)


# ------------------------------------------------------------------ init
@command("init", "Tạo hoặc nâng cấp cơ sở dữ liệu / create or migrate the database")
def cmd_init(args: argparse.Namespace, settings: Settings) -> int:
    from doingoai import migrations

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    migrations.upgrade(settings.sqlalchemy_url)
    say(f"Cơ sở dữ liệu sẵn sàng: {_safe_url(settings.sqlalchemy_url)}",
        f"Database ready: {_safe_url(settings.sqlalchemy_url)}", args.lang)
    return 0


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


# ----------------------------------------------------------------- serve
def _serve_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)


@command("serve", "Chạy máy chủ web và API / run the web app and API", _serve_args)
def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from doingoai import migrations
    from doingoai.app import create_app

    migrations.upgrade(settings.sqlalchemy_url)
    say(f"Mở http://{args.host}:{args.port}/ — API: http://{args.host}:{args.port}/api/docs",
        f"Open http://{args.host}:{args.port}/ — API: http://{args.host}:{args.port}/api/docs", args.lang)
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="warning")
    return 0


# ------------------------------------------------------------------ user
def _user_args(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", required=True)
    add = sub.add_parser("add", help="Thêm người dùng / add a user")
    add.add_argument("username")
    add.add_argument("--full-name", required=True)
    add.add_argument("--role", required=True, choices=["admin", "officer", "leader", "guest"])
    add.add_argument("--province", default=None, help="Mã tỉnh (2 chữ số); bỏ trống: cấp bộ / province code; empty: ministry")
    add.add_argument("--email", default=None)
    add.add_argument("--password", default=None, help="Bỏ trống để nhập ẩn / omit to be prompted")
    sub.add_parser("list", help="Liệt kê người dùng / list users")


@command("user", "Quản lý người dùng / manage users", _user_args)
def cmd_user(args: argparse.Namespace, settings: Settings) -> int:
    from pydantic import ValidationError

    from doingoai.accounts import services as accounts
    from doingoai.accounts.schemas import UserCreate
    from doingoai.accounts.security import SYSTEM
    from doingoai.db import make_engine, make_sessionmaker, transaction
    from doingoai.errors import DomainError, translate_validation_errors

    factory = make_sessionmaker(make_engine(settings.sqlalchemy_url))
    if args.action == "list":
        with transaction(factory) as session:
            for u in accounts.list_users(session, SYSTEM):
                print(f"{u.username}\t{u.role.value}\t{u.province_code or '-'}\t{u.full_name}\t{'' if u.active else 'disabled'}")
        return 0
    password = args.password or getpass.getpass("Mật khẩu / password: ")
    try:
        data = UserCreate(username=args.username, full_name=args.full_name, role=args.role,
                          province_code=args.province, email=args.email, password=password)
        with transaction(factory) as session:
            accounts.create_user(session, SYSTEM, data)
    except ValidationError as exc:
        for d in translate_validation_errors(list(exc.errors())):
            say(f"Lỗi: {d['field']}: {d['message_vi']}", f"Error: {d['field']}: {d['message_en']}", args.lang, err=True)
        return 2
    except DomainError as exc:
        say(f"Lỗi: {exc.message_vi}", f"Error: {exc.message_en}", args.lang, err=True)
        return 2
    say(f"Đã thêm người dùng {args.username}.", f"User {args.username} added.", args.lang)
    return 0


# ------------------------------------------------------------------- main
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="doingoai", description="doingoai — quản lý công tác đối ngoại cấp tỉnh")
    parser.add_argument("--lang", choices=["vi", "en"], default=None, help="Ngôn ngữ thông báo / message language")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (help_text, _, arguments) in COMMANDS.items():
        arguments(sub.add_parser(name, help=help_text, description=help_text))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _load_command_modules()
    args = build_parser().parse_args(argv)
    try:
        settings = get_settings()
    except ValidationError as exc:  # a bad DOINGOAI_* value: name it, no traceback
        for error in exc.errors():
            name = "DOINGOAI_" + str(error["loc"][0]).upper() if error.get("loc") else "DOINGOAI_*"
            print(f"Lỗi / Error: {name}: {error['msg']}", file=sys.stderr)
        return 2
    args.lang = args.lang or settings.language
    _, func, _ = COMMANDS[args.command]
    try:
        return func(args, settings)
    except BrokenPipeError:  # `doingoai review list | head`: the reader left; not an error of ours
        sys.stderr.close()
        return 0


def _load_command_modules() -> None:
    """Domains that bring commands of their own register them here (demo, ingest, extract, review…)."""
    import importlib

    for name in ("doingoai.demo.cli", "doingoai.extraction.cli", "doingoai.review.cli"):
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            # only "this module (or its package) does not exist yet"; an import error inside it must show
            if exc.name is None or not name.startswith(exc.name):
                raise

