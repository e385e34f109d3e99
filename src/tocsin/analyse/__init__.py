"""Pure analysis over documents and facts: reply coverage, deadlines, ledger, timeline, indicators.

Nothing here reads the clock, the database or the network: every function takes its inputs
(facts, paragraphs, a `Clock`) explicitly, so results are reproducible and testable.
"""
