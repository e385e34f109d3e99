"""One exception tree. Every error carries a stable code that the edges (CLI, API, pages) map.

Codes are part of the public interface (JSON Lines output, API error envelope): never rename one.
"""

from __future__ import annotations


class TocsinError(Exception):
    code = "error"
    http_status = 500

    def __init__(self, message: str = "", *, code: str | None = None, detail: dict | None = None) -> None:
        super().__init__(message or self.__class__.__doc__ or self.code)
        if code:
            self.code = code
        self.detail = detail or {}

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.code

    def as_dict(self) -> dict:
        out: dict = {"code": self.code, "message": self.message}
        if self.detail:
            out["detail"] = self.detail
        return out


class IngestError(TocsinError):
    """The file could not be read."""

    code = "ingest_failed"
    http_status = 422


class UnsupportedFormat(IngestError):
    """No reader accepts this file."""

    code = "unsupported_format"


class EmptyFile(IngestError):
    """The file is empty."""

    code = "empty_file"


class FileTooLarge(IngestError):
    """The file is larger than the configured limit."""

    code = "file_too_large"
    http_status = 413


class CorruptFile(IngestError):
    """The file is damaged or truncated."""

    code = "corrupt_file"


class EncryptedFile(IngestError):
    """The file is protected by a password."""

    code = "encrypted_file"


class ArchiveBomb(IngestError):
    """The file expands to more than the allowed size (a decompression bomb)."""

    code = "archive_bomb"


class BinaryContent(IngestError):
    """The file is not text although its name says so."""

    code = "binary_content"


class UnreadableFile(IngestError):
    """The file cannot be opened."""

    code = "unreadable_file"


class NotFound(TocsinError):
    """No such object."""

    code = "not_found"
    http_status = 404


class InvalidInput(TocsinError):
    """The request is not valid."""

    code = "invalid_input"
    http_status = 400


class PermissionDenied(TocsinError):
    """You may not do this."""

    code = "permission_denied"
    http_status = 403


class AuthenticationFailed(TocsinError):
    """Wrong user name or password."""

    code = "authentication_failed"
    http_status = 401


class Conflict(TocsinError):
    """The object changed or already exists."""

    code = "conflict"
    http_status = 409


class StoreError(TocsinError):
    """The database could not complete the operation."""

    code = "store_error"


class CryptoError(TocsinError):
    """Encryption keys are missing or wrong."""

    code = "crypto_error"


class AuditTampered(TocsinError):
    """The audit log does not verify."""

    code = "audit_tampered"


class RateLimited(TocsinError):
    """Too many attempts; wait a little."""

    code = "rate_limited"
    http_status = 429


class CsrfFailed(PermissionDenied):
    """The form is stale or did not come from this site: reload the page and try again."""

    code = "csrf_failed"


class UploadTooLarge(TocsinError):
    """The upload is larger than the configured limit."""

    code = "upload_too_large"
    http_status = 413
