"""Field-level encryption with AES-256-GCM.

A value is stored as ``enc1:<key id>:<base64 nonce + ciphertext>``. The associated data binds it to
its table, column and row, so a ciphertext copied to another row or column fails to decrypt. Keys
come from the key file (HOME/keys.json, created on first use with mode 0600) or from
TOCSIN_ENCRYPTION_KEY; `tocsin keys rotate` adds a key and re-encrypts every value under it.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tocsin.errors import CryptoError

PREFIX = "enc1:"


class Keyring:
    def __init__(self, keys: dict[str, bytes], current: str) -> None:
        if current not in keys:
            raise CryptoError("the current key id is not in the keyring")
        self.keys = keys
        self.current = current

    @classmethod
    def from_env_key(cls, b64: str) -> Keyring:
        key = _decode_key(b64)
        return cls({"env": key}, "env")

    @classmethod
    def load_or_create(cls, path: Path) -> Keyring:
        if path.exists():
            try:
                data = json.loads(path.read_text())
                keys = {k: _decode_key(v) for k, v in data["keys"].items()}
                return cls(keys, data["current"])
            except (OSError, ValueError, KeyError) as exc:
                raise CryptoError(f"the key file {path} cannot be read: {exc}") from exc
        ring = cls({"k1": AESGCM.generate_key(bit_length=256)}, "k1")
        ring.save(path)
        return ring

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        payload = {"current": self.current,
                   "keys": {k: base64.b64encode(v).decode() for k, v in self.keys.items()}}
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            json.dump(payload, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)

    def rotate(self) -> str:
        n = 1 + max((int(k[1:]) for k in self.keys if k[1:].isdigit()), default=0)
        kid = f"k{n}"
        self.keys[kid] = AESGCM.generate_key(bit_length=256)
        self.current = kid
        return kid


def _decode_key(b64: str) -> bytes:
    try:
        key = base64.b64decode(b64, validate=True)
    except ValueError as exc:
        raise CryptoError("the encryption key is not valid base64") from exc
    if len(key) != 32:
        raise CryptoError("the encryption key must be 32 bytes (AES-256)")
    return key


class Cipher:
    def __init__(self, ring: Keyring) -> None:
        self.ring = ring

    @staticmethod
    def is_encrypted(value: str | None) -> bool:
        return isinstance(value, str) and value.startswith(PREFIX)

    def encrypt(self, plain: str, *, aad: str) -> str:
        return PREFIX + base64.b64encode(self.encrypt_bytes(plain.encode(), aad=aad)).decode()

    def decrypt(self, stored: str, *, aad: str) -> str:
        if not self.is_encrypted(stored):
            return stored
        try:
            return self.decrypt_bytes(base64.b64decode(stored[len(PREFIX):]), aad=aad).decode()
        except ValueError as exc:
            raise CryptoError("an encrypted value is malformed") from exc

    def encrypt_bytes(self, plain: bytes, *, aad: str) -> bytes:
        """8 bytes of key id, 12 of nonce, then the ciphertext and tag."""
        kid = self.ring.current
        nonce = secrets.token_bytes(12)
        return kid.encode().ljust(8, b"\0") + nonce + AESGCM(self.ring.keys[kid]).encrypt(nonce, plain, aad.encode())

    def decrypt_bytes(self, blob: bytes, *, aad: str) -> bytes:
        kid = blob[:8].rstrip(b"\0").decode(errors="replace")
        blob = blob[8:]
        key = self.ring.keys.get(kid)
        if key is None:
            raise CryptoError(f"key {kid} is not in the keyring")
        try:
            return AESGCM(key).decrypt(blob[:12], blob[12:], aad.encode())
        except InvalidTag as exc:
            raise CryptoError("a value does not decrypt: wrong key or tampered data") from exc
