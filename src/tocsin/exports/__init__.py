"""Renderers: letter drafts (DOCX, PDF), situation reports (PDF), deadlines (iCalendar), facts (CSV, JSON).

Renderers take analysed data (a `Ledger`, a `Timeline`, facts) and return bytes or write a path;
they never query the store or read the clock themselves.
"""
