"""Accounts, audit, keys, backups."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tocsin.cli.main import STATE, actor, emit, fail
from tocsin.errors import TocsinError

user_app = typer.Typer(help="Manage accounts.", no_args_is_help=True)
audit_app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True)
keys_app = typer.Typer(help="Field-encryption keys.", no_args_is_help=True)


def _password(given: str | None) -> str:
    if given:
        return given
    return typer.prompt("password", hide_input=True, confirmation_prompt=True)


@user_app.command("add")
def user_add(username: str,
             role: Annotated[str, typer.Option(help="admin, editor or viewer")] = "viewer",
             clearance: Annotated[str, typer.Option(help="public, internal or confidential")] = "internal",
             password: Annotated[str | None, typer.Option(envvar="TOCSIN_NEW_PASSWORD",
                                                          help="Asked for when not given.")] = None) -> None:
    """Create an account."""
    try:
        u = STATE.services.accounts.add(actor(), username=username, password=_password(password), role=role,
                                        clearance=clearance)
    except TocsinError as exc:
        fail(exc)
        return
    emit({"username": u.username, "role": u.role, "clearance": u.clearance})


@user_app.command("list")
def user_list() -> None:
    """List accounts."""
    for u in STATE.services.accounts.list(actor()):
        emit({"username": u.username, "role": u.role, "clearance": u.clearance, "disabled": u.disabled,
              "totp": bool(u.totp_secret), "created_at": u.created_at})


@user_app.command("disable")
def user_disable(username: str, enable: Annotated[bool, typer.Option("--enable", help="Enable again.")] = False
                 ) -> None:
    """Disable (or with --enable, enable) an account."""
    try:
        STATE.services.accounts.set_disabled(actor(), username, not enable)
    except TocsinError as exc:
        fail(exc)


@user_app.command("passwd")
def user_passwd(username: str, password: Annotated[str | None, typer.Option(envvar="TOCSIN_NEW_PASSWORD")] = None
                ) -> None:
    """Set an account's password."""
    try:
        STATE.services.accounts.set_password(actor(), username, _password(password))
    except TocsinError as exc:
        fail(exc)


@user_app.command("grant")
def user_grant(username: str, situation: str,
               revoke: Annotated[bool, typer.Option("--revoke")] = False) -> None:
    """Share a situation with an account (or revoke it)."""
    try:
        sit = STATE.services.situations.get(actor(), situation)
        STATE.services.accounts.grant(actor(), username, sit.id, revoke=revoke)
    except TocsinError as exc:
        fail(exc)


@user_app.command("totp")
def user_totp(username: str) -> None:
    """Turn on the TOTP second factor; prints the provisioning URI."""
    try:
        typer.echo(STATE.services.accounts.enable_totp(actor(), username))
    except TocsinError as exc:
        fail(exc)


@audit_app.command("verify")
def audit_verify(checkpoint: Annotated[list[str] | None, typer.Option(
        "--checkpoint", help="SEQ:HASH printed by `tocsin audit checkpoint` and kept elsewhere (repeatable).")] = None
                 ) -> None:
    """Check the hash chain and the checkpoints; name every row edited, deleted, reordered or cut off.

    Exit code 0: intact; 1: tampered (one JSON line per problem on stdout); 2: error."""
    from tocsin.store.audit import Checkpoint

    try:
        given = [Checkpoint.parse(c) for c in checkpoint or []]
    except ValueError as exc:
        typer.echo(f"error [invalid_input]: {exc}", err=True)
        raise typer.Exit(2) from exc
    try:
        checked, problems = STATE.services.admin.verify_audit(actor(), checkpoints=given)
    except TocsinError as exc:
        fail(exc)
        return
    for p in problems:
        emit({"seq": p.seq, "problem": p.problem})
    if problems:
        typer.echo(f"audit log TAMPERED: {len(problems)} problem(s) in {checked} rows", err=True)
        raise typer.Exit(1)
    n_cp = len(STATE.services.admin.checkpoints()) + len(given)
    typer.echo(f"audit log intact: {checked} rows, {n_cp} checkpoint(s) match", err=True)


@audit_app.command("checkpoint")
def audit_checkpoint() -> None:
    """Record the head of the chain in HOME/audit-checkpoints.jsonl and print it.

    Keep the printed line somewhere an intruder cannot reach (mail it, print it): with it, `audit
    verify --checkpoint SEQ:HASH` detects a cut-off tail or a rewritten and re-hashed history."""
    try:
        cp = STATE.services.admin.checkpoint_audit(actor())
    except TocsinError as exc:
        fail(exc)
        return
    emit(cp)
    typer.echo(f"checkpoint {cp['seq']}:{cp['hash']}", err=True)


@audit_app.command("log")
def audit_log(limit: int = 50) -> None:
    """The most recent audit records."""
    for e in STATE.services.admin.recent_activity(actor(), limit=limit):
        emit({"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action, "object_type": e.object_type,
              "object_id": e.object_id, "fields": e.fields})


@keys_app.command("rotate")
def keys_rotate() -> None:
    """Add a new key and re-encrypt every encrypted value under it."""
    try:
        kid, n = STATE.services.admin.rotate_keys(actor())
    except TocsinError as exc:
        fail(exc)
        return
    typer.echo(f"new key {kid}; {n} values re-encrypted", err=True)


def backup(target: Annotated[Path, typer.Argument(help="The backup file to write (.zip).")]) -> None:
    """Write a consistent backup of the database while it is in use (keys are not included)."""
    try:
        counts = STATE.services.admin.backup(actor(), target)
    except TocsinError as exc:
        fail(exc)
        return
    except OSError as exc:
        typer.echo(f"error [backup_failed]: cannot write {target}: {exc.strerror or exc}", err=True)
        raise typer.Exit(2) from exc
    emit({"backup": str(target), "rows": counts})


def restore(source: Annotated[Path, typer.Argument(help="A backup written by `tocsin backup`.")]) -> None:
    """Load a backup into a new, empty home (with the same key file)."""
    try:
        counts = STATE.services.admin.restore(actor(), source)
    except TocsinError as exc:
        fail(exc)
        return
    emit({"restored": str(source), "rows": counts})


def register(app: typer.Typer) -> None:
    app.add_typer(user_app, name="user")
    app.add_typer(audit_app, name="audit")
    app.add_typer(keys_app, name="keys")
    app.command()(backup)
    app.command()(restore)
