"""The ``rdsa`` command: serve, migrate, create-key, deliver-webhooks, validate."""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Sequence

from app.config import Settings, SettingsError, load_settings


def _settings() -> Settings:
    try:
        return load_settings()
    except SettingsError as exc:
        print(f"rdsa: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def cmd_migrate(args: argparse.Namespace) -> int:
    from app.db.migrate import upgrade_to_head

    settings = _settings()
    upgrade_to_head(settings.database_url)
    print(f"rdsa: database migrated to the latest schema ({_safe_url(settings.database_url)})")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from app.db.migrate import upgrade_to_head
    from app.http_protocol import BoundedHttpToolsProtocol
    from app.metrics import prepare_multiprocess_dir

    settings = _settings()
    upgrade_to_head(settings.database_url)
    shared_metrics = prepare_multiprocess_dir(args.workers)
    base = f"http://{args.host}:{args.port}"
    print(f"rdsa: serving on {base}  (API docs: {base}/docs, OpenAPI: {base}/openapi.json)")
    if not settings.bootstrap_admin_token:
        print("rdsa: get an admin key with: .venv/bin/rdsa create-key --role admin")
    if shared_metrics is not None:
        print(f"rdsa: {args.workers} workers share their metrics in {shared_metrics}")
    uvicorn.run(
        "app.main:app",
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=settings.log_level,
        proxy_headers=args.proxy_headers,
        server_header=False,
        http=BoundedHttpToolsProtocol,  # bounded request heads, problem+json refusals
    )
    return 0


def cmd_create_key(args: argparse.Namespace) -> int:
    from app.auth.principal import Role
    from app.auth.service import issue_key
    from app.db.engine import Database
    from app.models import Organisation

    settings = _settings()
    role = Role(args.role)
    if (role is Role.MEMBER) != (args.org is not None):
        print("rdsa: --org is required for member keys and only for them", file=sys.stderr)
        return 2
    db = Database.from_settings(settings)
    try:
        with db.write_transaction() as session:
            if args.org is not None and session.get(Organisation, args.org) is None:
                print(f"rdsa: no organisation {args.org}", file=sys.stderr)
                return 1
            key, token = issue_key(session, role=role, organisation_id=args.org, label=args.label)
            print(f"# {role.value} key {key.id} — shown once, store it now:", file=sys.stderr)
            print(token)
    finally:
        db.dispose()
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from app.db.base import utcnow
    from app.db.engine import Database
    from app.maintenance import purge

    settings = _settings()
    days = (
        settings.draft_retention_days if args.drafts_older_than is None else args.drafts_older_than
    )
    db = Database.from_settings(settings)
    try:
        with db.write_transaction() as session:
            report = purge(
                session,
                now=utcnow(),
                draft_days=days,
                idempotency_hours=settings.idempotency_ttl_hours,
                dry_run=args.dry_run,
            )
    finally:
        db.dispose()
    verb = "would delete" if args.dry_run else "deleted"
    kept = " (drafts are kept: retention is 0)" if days == 0 else ""
    print(
        f"rdsa: {verb} {report.drafts} draft(s) untouched for {days} days and "
        f"{report.idempotency_records} old idempotency record(s){kept}"
    )
    return 0


def cmd_deliver_webhooks(args: argparse.Namespace) -> int:
    """Send due webhook deliveries from this process (e.g. beside web workers that run
    with RDSA_WEBHOOK_WORKER=off). With --once: one pass, then exit."""
    import threading

    from app.db.engine import Database
    from app.webhooks.sender import DeliveryPolicy
    from app.webhooks.worker import DeliveryWorker

    settings = _settings()
    db = Database.from_settings(settings)
    worker = DeliveryWorker(
        db, DeliveryPolicy.from_settings(settings), poll_seconds=settings.webhook_poll_seconds
    )
    try:
        if args.once:
            print(f"rdsa: sent {worker.run_once()} webhook delivery attempt(s)")
            return 0
        worker.start()
        print("rdsa: delivering webhooks; stop with Ctrl-C")
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        worker.close()
        db.dispose()
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from app.questionnaire.validate_cli import run

    return run(args.paths or [str(_settings().questionnaires_dir)])


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rdsa", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="migrate, load questionnaires and serve the API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--proxy-headers", action="store_true", help="trust X-Forwarded-For")
    serve.set_defaults(func=cmd_serve)

    migrate = commands.add_parser("migrate", help="upgrade the database to the latest schema")
    migrate.set_defaults(func=cmd_migrate)

    create_key = commands.add_parser("create-key", help="create an API key and print its token")
    create_key.add_argument("--role", required=True, choices=["admin", "facilitator", "member"])
    create_key.add_argument("--org", type=uuid.UUID, help="organisation id (member keys)")
    create_key.add_argument("--label", default="created with rdsa create-key")
    create_key.set_defaults(func=cmd_create_key)

    purge = commands.add_parser("purge", help="delete abandoned drafts and expired records")
    purge.add_argument(
        "--drafts-older-than", type=int, metavar="DAYS", help="default: RDSA_DRAFT_RETENTION_DAYS"
    )
    purge.add_argument("--dry-run", action="store_true", help="only count what would go")
    purge.set_defaults(func=cmd_purge)

    deliver = commands.add_parser(
        "deliver-webhooks", help="send due webhook deliveries (in the foreground)"
    )
    deliver.add_argument("--once", action="store_true", help="one pass, then exit")
    deliver.set_defaults(func=cmd_deliver_webhooks)

    validate = commands.add_parser(
        "validate", help="check questionnaire files, print every problem"
    )
    validate.add_argument("paths", nargs="*", help="files or folders (default: questionnaires/)")
    validate.set_defaults(func=cmd_validate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
