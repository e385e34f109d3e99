"""file -> SourceDocument. No database, no web: readers chosen by score, then segmentation."""

from tocsin.ingest.pipeline import READERS, read_bytes, read_path, sha256_of, with_attachments

__all__ = ["READERS", "read_bytes", "read_path", "sha256_of", "with_attachments"]
