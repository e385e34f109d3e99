"""Accounts: argon2id password hashes, roles, lockout after repeated failures, optional TOTP."""

from __future__ import annotations

import datetime as dt
import re

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from tocsin.domain.documents import Confidentiality
from tocsin.errors import AuthenticationFailed, Conflict, InvalidInput, NotFound
from tocsin.services.app import Core
from tocsin.services.context import Actor, Role
from tocsin.store import accounts as db
from tocsin.store.accounts import UserRow

_HASHER = PasswordHasher()
_NAME = re.compile(r"^[A-Za-z0-9._@-]{2,80}$")
MIN_PASSWORD = 10
# A hash to verify against when the user does not exist, so timing does not tell names apart.
_DUMMY = _HASHER.hash("not-a-real-password-0")


class AccountService:
    def __init__(self, core: Core) -> None:
        self.core = core

    def add(self, actor: Actor, *, username: str, password: str, role: str = "viewer",
            clearance: str = "internal") -> UserRow:
        actor.require_admin()
        if not _NAME.match(username):
            raise InvalidInput("a user name is 2-80 letters, digits or . _ @ -", code="invalid_username")
        self._check_password(password)
        try:
            r = Role(role)
        except ValueError as exc:
            raise InvalidInput(f"unknown role {role!r}: admin, editor or viewer", code="invalid_role") from exc
        level = Confidentiality.parse(clearance)
        with self.core.write(actor=actor.username, action="user.add", object_type="user", object_id=username,
                             fields=("username", "password_hash", "role", "clearance")) as conn:
            if db.get_user(conn, username):
                raise Conflict(f"user {username} exists", code="user_exists")
            db.insert_user(conn, username=username, password_hash=_HASHER.hash(password), role=r.value,
                           clearance=int(level), created_at=self.core.now())
            user = db.get_user(conn, username)
        assert user is not None
        return user

    def _check_password(self, password: str) -> None:
        if len(password) < MIN_PASSWORD:
            raise InvalidInput(f"a password has at least {MIN_PASSWORD} characters", code="weak_password")

    def list(self, actor: Actor) -> list[UserRow]:
        actor.require_admin()
        with self.core.read() as conn:
            return db.list_users(conn)

    def _user(self, conn, username: str) -> UserRow:  # type: ignore[no-untyped-def]
        user = db.get_user(conn, username)
        if user is None:
            raise NotFound(f"no user {username}")
        return user

    def set_disabled(self, actor: Actor, username: str, disabled: bool = True) -> None:
        actor.require_admin()
        with self.core.write(actor=actor.username, action="user.disable" if disabled else "user.enable",
                             object_type="user", object_id=username, fields=("disabled",)) as conn:
            db.update_user(conn, self._user(conn, username).id, disabled=disabled)

    def set_password(self, actor: Actor, username: str, password: str) -> None:
        if actor.username != username:
            actor.require_admin()
        self._check_password(password)
        with self.core.write(actor=actor.username, action="user.passwd", object_type="user", object_id=username,
                             fields=("password_hash",)) as conn:
            db.update_user(conn, self._user(conn, username).id, password_hash=_HASHER.hash(password),
                           failed_logins=0, locked_until=None)

    def set_role(self, actor: Actor, username: str, *, role: str | None = None, clearance: str | None = None) -> None:
        actor.require_admin()
        values: dict = {}
        if role:
            values["role"] = Role(role).value
        if clearance:
            values["clearance"] = int(Confidentiality.parse(clearance))
        with self.core.write(actor=actor.username, action="user.role", object_type="user", object_id=username,
                             fields=tuple(values)) as conn:
            db.update_user(conn, self._user(conn, username).id, **values)

    def enable_totp(self, actor: Actor, username: str) -> str:
        """Turn on the second factor; returns the provisioning URI to show as a QR code or text."""
        if actor.username != username:
            actor.require_admin()
        secret = pyotp.random_base32()
        with self.core.write(actor=actor.username, action="user.totp", object_type="user", object_id=username,
                             fields=("totp_secret",)) as conn:
            user = self._user(conn, username)
            db.update_user(conn, user.id, totp_secret=self.core.cipher.encrypt(secret, aad=f"users.totp:{user.id}"))
        return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name="tocsin")

    def authenticate(self, username: str, password: str, *, totp: str | None = None) -> Actor:
        """Check a login. Failures count towards a lockout; every outcome is audited."""
        now = self.core.clock.now()
        with self.core.read() as conn:
            user = db.get_user(conn, username)
        if user is None:
            try:
                _HASHER.verify(_DUMMY, password)
            except (VerificationError, InvalidHashError):
                pass
            raise AuthenticationFailed("wrong user name or password")
        if user.locked_until and dt.datetime.fromisoformat(user.locked_until) > now:
            raise AuthenticationFailed("this account is locked for a while after repeated failures",
                                       code="account_locked")
        ok = True
        try:
            _HASHER.verify(user.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            ok = False
        if ok and user.totp_secret:
            secret = self.core.cipher.decrypt(user.totp_secret, aad=f"users.totp:{user.id}")
            ok = bool(totp) and pyotp.TOTP(secret).verify(str(totp), for_time=now, valid_window=1)
        if not ok or user.disabled:
            failures = user.failed_logins + 1
            values: dict = {"failed_logins": failures}
            if failures >= self.core.settings.login_max_failures:
                until = now + dt.timedelta(seconds=self.core.settings.login_lockout_seconds)
                values.update(locked_until=until.isoformat(), failed_logins=0)
            with self.core.write(actor=username, action="login.failed", object_type="user", object_id=username,
                                 fields=tuple(values)) as conn:
                db.update_user(conn, user.id, **values)
            raise AuthenticationFailed("wrong user name or password")
        with self.core.write(actor=username, action="login", object_type="user", object_id=username) as conn:
            db.update_user(conn, user.id, failed_logins=0, locked_until=None)
        return self.actor_for(user.id)

    def actor_for(self, user_id: int) -> Actor:
        with self.core.read() as conn:
            user = db.get_user_by_id(conn, user_id)
            if user is None or user.disabled:
                raise AuthenticationFailed("the account no longer exists or is disabled")
            role = Role(user.role)
            sits = None if role is Role.ADMIN else db.granted_situations(conn, user.id)
        return Actor(username=user.username, role=role, clearance=Confidentiality(user.clearance),
                     situation_ids=sits, user_id=user.id)

    def grant(self, actor: Actor, username: str, situation_id: str, *, revoke: bool = False) -> None:
        actor.require_admin()
        with self.core.write(actor=actor.username, action="access.revoke" if revoke else "access.grant",
                             object_type="situation", object_id=situation_id, fields=(username,)) as conn:
            user = self._user(conn, username)
            (db.revoke if revoke else db.grant)(conn, user_id=user.id, situation_id=situation_id)
