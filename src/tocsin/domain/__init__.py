"""Domain types shared by every stage: frozen dataclasses and enums, no I/O."""
