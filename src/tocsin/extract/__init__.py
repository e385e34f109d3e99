"""SourceDocument -> facts with provenance. Pure functions: no database, no web, no CLI framework."""
