"""E-mail messages (.eml): the body becomes a document, each attachment another, linked to it."""

from __future__ import annotations

import posixpath
import re

from tocsin.domain.documents import Attachment
from tocsin.errors import CorruptFile, EmptyFile
from tocsin.ingest.base import Limits, ReadResult, suffix
from tocsin.ingest.html import html_to_text

_HEADER = re.compile(rb"^(from|to|subject|date|received|message-id|mime-version|return-path|delivered-to):",
                     re.IGNORECASE | re.MULTILINE)
_MAX_ATTACHMENTS = 200


def safe_filename(name: str | None, fallback: str) -> str:
    """The base name only: an attachment called ../../etc/passwd becomes passwd."""
    if not name:
        return fallback
    name = name.replace("\\", "/").replace("\x00", "")
    base = posixpath.basename(name).strip().lstrip(".")
    base = re.sub(r"[^\w.\- ()\[\]]+", "_", base)[:200]
    return base or fallback


class EmailReader:
    name = "email"
    media_type = "message/rfc822"

    def score(self, filename: str, head: bytes) -> float:
        if suffix(filename) in {"eml", "msg"} and suffix(filename) != "msg":
            return 1.0
        if len(_HEADER.findall(head[:4096])) >= 3:
            return 0.7
        return 0.0

    def read(self, data: bytes, filename: str, limits: Limits) -> ReadResult:
        if not data.strip():
            raise EmptyFile("the message is empty")
        try:
            import email  # the e-mail package is imported on the first message, not at start-up
            import email.policy
            from email.message import EmailMessage

            msg = email.message_from_bytes(data, policy=email.policy.default)
        except Exception as exc:  # the parser is lenient; this is rare
            raise CorruptFile(f"the message cannot be parsed: {exc}") from exc
        if not isinstance(msg, EmailMessage) or not msg.keys():
            raise CorruptFile("the file holds no e-mail headers")
        meta: dict = {}
        for key in ("From", "To", "Cc", "Subject", "Date", "Message-ID"):
            try:
                value = msg.get(key)
            except Exception:  # malformed header values must not lose the message
                value = None
            if value:
                meta[key.lower().replace("-", "_")] = str(value)
        try:
            date = msg["Date"].datetime if msg["Date"] is not None else None
            if date is not None:
                meta["sent"] = date.isoformat()
        except Exception:
            pass
        body = ""
        try:
            part = msg.get_body(preferencelist=("plain", "html"))
            if part is not None:
                content = part.get_content()
                if part.get_content_subtype() == "html":
                    content = html_to_text(content)[1]
                body = content
        except Exception as exc:
            raise CorruptFile(f"the message body cannot be decoded: {exc}") from exc
        attachments: list[Attachment] = []
        total = 0
        for i, att in enumerate(msg.iter_attachments()):
            if i >= _MAX_ATTACHMENTS:
                meta["attachments_dropped"] = True
                break
            try:
                raw = att.get_payload(decode=True)
            except Exception:  # a damaged part: kept as an empty attachment
                raw = None
            payload = raw if isinstance(raw, bytes) else b""
            total += len(payload)
            if total > limits.max_expanded_bytes:
                meta["attachments_dropped"] = True
                break
            name = safe_filename(att.get_filename(), f"attachment-{i + 1}.bin")
            attachments.append(Attachment(filename=name, data=payload, media_type=att.get_content_type()))
        header_lines = [f"{k.capitalize()}: {meta[k]}" for k in ("from", "to", "subject", "date") if k in meta]
        text = "\n".join(header_lines) + "\n\n" + body.strip()
        return ReadResult(pages=[text], media_type=self.media_type, title=meta.get("subject"), metadata=meta,
                          attachments=attachments)
