"""SourceDocument -> facts with provenance. Pure functions: no database, no web, no CLI framework."""

from tocsin.extract.pipeline import Context, Extraction, extract_document
from tocsin.extract.registry import EXTRACTORS

__all__ = ["EXTRACTORS", "Context", "Extraction", "extract_document"]
