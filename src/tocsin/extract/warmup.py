"""Fill the disk cache (`tocsin.cache`) before the first extraction: scripts/setup.sh runs `warm()`."""

from __future__ import annotations


def warm() -> None:
    """Fill the cache (scripts/setup.sh runs it): one short letter is extracted, which loads the language
    model's tables and compiles every pattern, then every country's gazetteer tables are derived in one pass."""
    from tocsin.domain.documents import SourceDocument
    from tocsin.extract import extract_document
    from tocsin.extract.rx import _save

    text = ("Geneva, 3 March 2025\n\nExcellency,\n\nIn the course of its 115th session, the Committee on the "
            "Elimination of Racial Discrimination considered the situation of the Dungan minority in the village of "
            "Masanchi, Kazakhstan. Two persons were reportedly killed and 40 injured. The Committee requests the "
            "State party to provide information on the following by 1 June 2025:\n\n(a) The investigations "
            "opened;\n\n(b) The measures taken to protect the Dungan.\n\nYours sincerely,\n\nChair\n")
    extract_document(SourceDocument("warm", "warm.txt", "text/plain", len(text), text))
    from tocsin.extract.language import identifier

    identifier()  # py3langid's tables, for the documents whose function words leave their language in doubt
    _save()
    from tocsin.extract.places import fill_gazetteer

    fill_gazetteer()
