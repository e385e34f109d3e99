"""Blind rounds of extraction, from the fifth (tests/fixtures/extract/heldout6 ... heldout28). Each folder's
README says what its documents test, how its gold was written before tocsin ran on them (by someone who
had not read the extractors), the judgement calls, and the first-run and final scores:

- heldout6: joint special-procedures letter, letter cut off inside (c), Russian note verbale, OCR NGO
  report, follow-up with bullets, regional press release (0.838 -> 0.957). Its groups and places floors
  allow for the Russian note's Cyrillic names, which score.py's ASCII folding cannot match.
- heldout7: old-style decision, concluding observations, 48-hour appeal, French NGO release, Spanish note
  verbale, OCR letter broken by a page break, NGO request cut off (0.841 -> 0.974).
- heldout8: PDF-wrapped letters and replies, a range of deaths, a legal annex, an adoption line, French
  concluding observations, an OCR letter cut in its deadline (0.871 -> 0.975).
- heldout9: figures in one sentence, roman-numeral requests, a table in columns, a reply among budgets,
  a Spanish appeal, a French decision dated by a footnote (0.797 -> 0.938).
- heldout10: a half-page letter, sub-items, an oral statement, "Ref: 4/2017 – 12 June 2017", a request
  addressed to the Committee, a Spanish letter, a news piece about a session (0.860 -> 0.929).
- heldout11: a 2008 "Dear Ambassador" letter with bullets, "Firstly ... Secondly" requests, an NGO
  submission, a reply forwarded by e-mail, an experts' press release, a decision mixing requests with
  "Encourages" and "Invites ... to submit its reports" (0.912 -> 0.971).
- heldout12: places of worship attacked, a follow-up citing two letters and a reply, a push-back at a
  border, a reply dated at its top, a letter on surveillance (0.931 -> 0.954; 0.962 after session 5's
  allegation rules).
- heldout13: a letter converted from PDF with a footnote and a running header inside its list, a decision
  as an annual report prints it, an OCR note verbale, a joint special-procedures letter with conflicting
  figures, an NGO alternative report, a letter cut off in its requests (0.901 -> 0.967).
- heldout14: allegations in paraphrase and their negatives, in English, French and Spanish; a reply that
  denies; an urgent appeal with "Please ..." requests and a relative deadline (0.863 -> 0.974).
- heldout15: a Russian NGO statement and note verbale, an English letter under heavy OCR noise, an NGO
  submission with a table, a decision, a press briefing (0.861 -> 0.933, of 0.938 that score.py allows).
- heldout16: excerpts and cut-off documents: a letter missing its first page, letters cut in the deadline and
  in a figure, an NGO statement cut in its demands, a reply's paragraphs 7-12, a special-procedures letter cut
  at "1. Please provide", a 600-character excerpt, a complete control letter (0.932 -> 0.990).
- heldout17: committee correspondence over two decades: a 2004 letter with its session in words, migrants at a
  border, a descent-based community with roman-numeral requests, a follow-up letter on concluding observations,
  a Statement, a letter that says "the State party", a letter quoting Spanish sources (0.872 -> 0.969).
- heldout18: precision: statistics, legal references, a joint NGO letter to several bodies, a verdict, a letter
  quoting its own earlier requests, an anniversary article, a forwarded e-mail alert (0.760 -> 0.944).
- heldout19: eight early-warning letters in the style of the published ones, 2010-2024, across regions and
  situations (0.953 -> 0.975).
- heldout21: the Committee's and a special procedure's letters in French and Spanish (0.846 -> 0.944).
- heldout22: awkward cases: a long letter with two request lists, a deadline tied to a session, a letter to two
  States, an OL on draft law, a Markdown table, a Spanish reply, US dates, a 700-character excerpt
  (0.947 -> 0.979).
- heldout23: numbers and dates written every way ("10/03/2021", "the 3rd of May", "twenty-one (21)", "a dozen",
  "within sixty (60) days", "103d session") (0.872 -> 0.947).
- heldout24: NGO statements and submissions as civil society writes them (0.777 -> 0.909).
- heldout25: older letters and decisions converted from PDF: "Dear Ambassador", "Decision 1 (70)", hyphenated
  and indented lines, footnote numbers glued to words, documents cut off (0.896 -> 0.979).
- heldout26: special-procedures allegation letters and urgent appeals in English, French and Spanish, a State's
  reply to one, letters cut off (0.907 -> 0.963).
- heldout27: State replies: notes verbales under OCR noise, a registry stamp, a letter on a Mission's letterhead,
  a Russian and a Spanish reply (0.717 -> 0.966).
- heldout28: an OHCHR press release, a decision, a CO excerpt, a reminder, a shadow report with tables, a
  forwarded e-mail, a letter to two States, an incident table (0.827 -> 0.958).
- heldout29: English documents as OCR leaves them: "{c)", "l." for "1.", "Apri1", two columns read across
  (0.870 -> 0.958).
- heldout30: fragments: a last page opening inside a request list, a middle page of a decision, an e-mail
  quoting a letter, a paragraph of a reply (0.866 -> 0.960).
- heldout31: dense letters and statements across regions, figures from several sources (0.911 -> 0.969).
- heldout32: special-procedures communications as OHCHR publishes them (0.855 -> 0.945).
- heldout33: NGO and civil-society papers: a parallel report's chapter, press releases in English and French,
  a Spanish request, an OCR submission under a registry stamp, a news article (0.815 -> 0.920).
- heldout34: Committee letters and decisions from PDFs of 2009-2025: running headers, hyphenation, footnotes, OCR,
  a French and a Spanish letter, requests in running sentences and dash bullets, a letter to two States
  (0.955 -> 0.983).
- heldout35: NGO statements as they arrive: an oral statement, a joint urgent-action request, a community leader's
  e-mail, Russian, French and Spanish appeals, a follow-up submission quoting a letter, casualty tables from
  four sources (0.641 -> 0.950).
- heldout36: State replies (point by point, an acknowledgement under a registry box, French, Spanish, Russian with
  mixed-script OCR) and special-procedures letters and a State's reply disputing their figures (0.881 -> 0.969).
- heldout37: heavily OCR-damaged scans in English and French ("rn"/"cl" misreadings, "l,2OO", "Ia région", broken
  words, stamps, running headers mid-sentence, a lost request line, two cut off) (0.901 -> 0.976).
- heldout38: how figures are written: ranges, words, revised tolls, sources that disagree, tables, breakdowns, UN
  experts' press releases, French and Spanish (0.885 -> 0.971).
- heldout39: fragments: a letter's second page, a decision's operative part, a special-procedures letter's last
  page, a forwarded e-mail, a State's annex table, an executive summary (0.881 -> 0.976).
- heldout40: Committee letters of unusual structure: two deadlines, a reminder, an extension, roman and
  sub-lettered requests, requests inside two sentences, a French letter (0.921 -> 0.971).
- heldout41: civil-society documents from several regions: a briefing note, a side-event statement, a radio
  transcript, a lawyer's letter, a Spanish statement (0.695 -> 0.829; its gold counts an NGO's own lettered asks
  to the Committee as requests and a lawyer's "acknowledge by" date as a deadline, where three other golds do not).
- heldout42: correspondence chains: notes cited by number, corrected dates, a reply to two letters, a French
  minister's letter, Russian and Spanish replies (0.906 -> 0.954).
- heldout43: special-procedures communications: AL, UA, OL on draft law, a follow-up, a company letter, two
  States, OCR, French and Spanish (0.924 -> 0.965).
- heldout44: older CERD early-warning material (2004-2016 styles): decisions, letters with requests in a paragraph,
  a deadline tied to a session, an annual report's page, a Committee statement, OCR (0.864 -> 0.953).
- heldout45: one situation across a week's documents: a letter, the late reply, an NGO appeal, a UN experts'
  release, a news article, a decision, a follow-up, an e-mail of testimonies (0.863 -> 0.892).
- heldout46: situations seen less often: caste, Gulf migrant workers, Roma schools, uncontacted peoples (Spanish),
  a Russian NGO note, statelessness, anti-Asian hate crimes, land titling (0.797 -> 0.859).
- heldout47: documents in their real formats: PDFs with running heads and feet, Word files with numbered lists and
  tables, HTML pages with menus and tables, e-mails in plain text and in HTML (0.929 -> 0.992).
- heldout48: long documents (17-27k characters): concluding observations, a parallel report with tables, an annual
  report's chapter over eight States, a reply with annexes, a decision with a long preamble, a summary record
  (0.880 -> 0.944).
- heldout49: correspondence in Russian, Spanish and French, in PDF, Word, HTML and e-mail: Cyrillic request letters
  across a page break, a day in quotation marks, notes cited by date and number (0.844 -> 0.959).
- heldout50: PDFs in hard layouts: two columns, footnotes, bordered tables across pages, a landscape annex,
  side-column letterheads, soft hyphens (0.861 -> 0.952).
- heldout51: short and sparse documents: an acknowledgement, a reminder, an extension request, a transmittal
  e-mail, a one-paragraph press statement, a corrigendum, a letter cut after its first page (0.906 -> 0.967).
- heldout52: writing conventions from around the world: lakh and crore, "1,50,000", "1'180", "the 14th day of
  March, 2025", US slashed dates, "Tehsil X, District Y", a translated note verbale (0.837 -> 0.962).
- heldout53: e-mail as it reaches a secretariat: forwarded chains three deep, quoted replies, Outlook headers in
  English, French and Spanish, a note verbale sent as an attachment, facts only in a subject line (0.857 -> 0.993).
- heldout54: the Committee's other documents: a follow-up letter, a reminder of an overdue report, an article 14
  opinion, a decision in an annual report, a reprisals letter, a letter to a regional organisation (0.821 -> 0.986).
- heldout55: names as they are written around the world (Arabic, South-East Asian, East African, Sahel, Andean,
  Central Asian; particles, diacritics, numbered camps) (0.920 -> 0.946).
- heldout56: French and Spanish correspondence, damaged: OCR slips, lost accents, cut-off texts, hyphenation
  (0.844 -> 0.952).
- heldout20: a decision and a Statement, special-procedures allegation letter and urgent appeal, an NGO open
  letter, a French NGO submission, a State's reply to a special procedure, an OHCHR press release
  (0.912 -> 0.962).

The floors hold the final scores, so regressions show; the checks after them pin what each round was about.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from extract_helpers import check_floors, check_no_invented, score_gold

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "extract"
# folder: (mean floor, field floors)
ROUNDS = {
    "heldout6": (0.95, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "states": 1.0, "ref_dates": 1.0,
        "request_markers": 1.0, "session": 0.8, "groups": 0.9, "places": 0.85, "allegations": 0.95,
        "casualties": 0.95
    }),
    "heldout7": (0.96, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "casualties": 1.0, "ref_dates": 1.0,
        "request_markers": 1.0, "states": 0.9, "groups": 0.9, "places": 0.9, "allegations": 0.9
    }),
    "heldout8": (0.96, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "ref_dates": 1.0,
        "request_markers": 1.0, "groups": 0.95, "places": 0.9, "casualties": 0.9, "allegations": 0.9
    }),
    "heldout9": (0.93, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "states": 1.0, "request_markers": 1.0, "session": 0.8,
        "groups": 0.9, "places": 0.8, "allegations": 0.95, "casualties": 0.95, "ref_dates": 0.8
    }),
    "heldout11": (0.96, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "groups": 1.0,
        "ref_dates": 1.0, "request_markers": 1.0, "places": 0.9, "allegations": 0.95, "casualties": 0.95
    }),
    "heldout12": (0.94, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "groups": 1.0, "ref_dates": 1.0,
        "request_markers": 1.0, "states": 0.9, "places": 0.85, "allegations": 0.95, "casualties": 0.75
    }),
    "heldout10": (0.92, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "states": 1.0, "request_markers": 1.0, "session": 0.8,
        "groups": 0.85, "places": 0.9, "allegations": 0.9, "casualties": 0.9, "ref_dates": 0.8
    }),
    "heldout13": (0.96, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "groups": 1.0, "ref_dates": 1.0, "request_markers": 1.0,
        "session": 0.8, "states": 0.9, "places": 0.95, "allegations": 0.95, "casualties": 0.9
    }),
    "heldout14": (0.96, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "casualties": 1.0, "ref_dates": 1.0,
        # groups: "afrodescendiente" is read as "person of African descent", which score.py cannot pair with it
        "request_markers": 1.0, "states": 0.9, "groups": 0.85, "places": 0.85, "allegations": 0.95
    }),
    # heldout15's gold writes Russian groups and places in Cyrillic, which score.py's ASCII folding cannot
    # match: its gold scores 0.938 against itself, and groups and places are held at what folding allows
    # heldout15's gold writes the Russian letters' group and places in Cyrillic ("уйгур"), which score.py folds to
    # nothing and never matches; the record gives them in Latin letters ("Uyghur") since session 7
    "heldout15": (0.92, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "states": 1.0, "ref_dates": 1.0, "request_markers": 1.0,
        "session": 0.8, "groups": 0.65, "places": 0.75, "allegations": 0.95, "casualties": 0.95
    }),
    "heldout17": (0.95, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "states": 1.0, "request_markers": 1.0, "session": 0.85,
        "groups": 0.8, "places": 0.9, "allegations": 0.9, "casualties": 0.9, "ref_dates": 0.8
    }),
    "heldout18": (0.92, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 0.8, "groups": 0.75,
        "places": 0.85, "allegations": 0.9, "casualties": 0.9, "ref_dates": 0.8, "request_markers": 1.0
    }),
    "heldout19": (0.96, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "groups": 1.0, "ref_dates": 1.0,
        "request_markers": 1.0, "states": 0.9, "places": 0.85, "allegations": 0.9, "casualties": 0.9
    }),
    "heldout20": (0.95, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "groups": 1.0, "ref_dates": 1.0, "request_markers": 1.0,
        "session": 0.85, "states": 0.8, "places": 0.8, "allegations": 0.9, "casualties": 0.95
    }),
    "heldout21": (0.93, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "request_markers": 1.0,
        "groups": 0.85, "places": 0.9, "allegations": 0.75, "casualties": 0.9, "ref_dates": 0.8
    }),
    "heldout22": (0.97, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "groups": 1.0,
        "casualties": 1.0, "ref_dates": 1.0, "request_markers": 1.0, "places": 0.8, "allegations": 0.9
    }),
    "heldout23": (0.94, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "request_markers": 1.0,
        "groups": 0.9, "places": 0.9, "allegations": 0.9, "casualties": 0.9, "ref_dates": 0.7
    }),
    # heldout24: NGO papers; its ref_dates field holds two references in all, one of them missed
    "heldout24": (0.90, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "states": 1.0, "groups": 1.0, "request_markers": 1.0,
        "session": 0.85, "places": 0.9, "allegations": 0.8, "casualties": 0.85, "ref_dates": 0.5
    }),
    # session 6: heldout25 older letters and decisions from PDF, heldout26 special-procedures communications,
    # heldout27 State replies (a Russian one: score.py cannot match its Cyrillic groups and places),
    # heldout28 press release, CO excerpt, reminder, tables, e-mail (its sessions of NGO papers and e-mail date
    # follow a convention other rounds do not)
    "heldout25": (0.97, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "groups": 1.0,
        "ref_dates": 1.0, "request_markers": 0.95, "places": 0.95, "allegations": 0.9, "casualties": 0.9
    }),
    "heldout26": (0.95, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "groups": 1.0, "request_markers": 1.0,
        "states": 0.9, "places": 0.85, "allegations": 0.85, "casualties": 0.9, "ref_dates": 0.9
    }),
    # heldout27's gold writes the Russian reply's places and group ("курд") in Cyrillic, which score.py folds to nothing and never
    # matches; tocsin gives them in Latin letters since session 7 (test_session7_rules checks them)
    "heldout27": (0.95, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "allegations": 1.0,
        "request_markers": 1.0, "groups": 0.7, "places": 0.8, "casualties": 0.95, "ref_dates": 0.95
    }),
    "heldout28": (0.93, {
        "kind": 1.0, "reply_deadline": 1.0, "states": 1.0, "groups": 1.0, "casualties": 1.0, "ref_dates": 1.0,
        "date": 0.85, "session": 0.6, "places": 0.9, "allegations": 0.8, "request_markers": 0.95
    }),
    # heldout29 (OCR scans): its gold gives "within 60 days" no deadline, against EVAL.md and other golds
    "heldout29": (0.93, {
        "kind": 1.0, "date": 1.0, "states": 1.0, "request_markers": 1.0, "reply_deadline": 0.85, "session": 0.85,
        "groups": 0.9, "places": 0.9, "allegations": 0.85, "casualties": 0.9, "ref_dates": 0.9
    }),
    # heldout30 (fragments): one State is named only by its code, which no rule can read
    "heldout30": (0.95, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "request_markers": 1.0, "states": 0.9,
        "groups": 0.9, "places": 0.85, "allegations": 0.8, "casualties": 0.95, "ref_dates": 0.95
    }),
    "heldout31": (0.96, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "ref_dates": 1.0,
        "groups": 0.9, "places": 0.85, "allegations": 0.85, "casualties": 0.9, "request_markers": 0.95
    }),
    # heldout32 (special-procedures communications): its gold gives "a response within 48 hours" no deadline
    "heldout32": (0.92, {
        "kind": 1.0, "date": 1.0, "session": 1.0, "ref_dates": 1.0, "request_markers": 1.0, "reply_deadline": 0.85,
        "states": 0.85, "groups": 0.85, "places": 0.8, "allegations": 0.8, "casualties": 0.95
    }),
    "heldout33": (0.9, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "request_markers": 1.0, "states": 0.85,
        "groups": 0.85, "places": 0.65, "allegations": 0.7, "casualties": 0.9, "ref_dates": 0.9
    }),
    "heldout34": (0.96, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "ref_dates": 1.0,
        "request_markers": 1.0, "groups": 0.85, "places": 0.9, "allegations": 0.95, "casualties": 0.95
    }),
    "heldout35": (0.93, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "request_markers": 1.0, "states": 0.8,
        "groups": 0.9, "places": 0.9, "allegations": 0.95, "casualties": 0.85, "ref_dates": 0.85
    }),
    "heldout36": (0.95, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "ref_dates": 1.0, "request_markers": 1.0,
        "states": 0.9, "groups": 0.9, "places": 0.85, "allegations": 0.95, "casualties": 0.9
    }),
    "heldout37": (0.95, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "ref_dates": 1.0, "groups": 0.95,
        "request_markers": 0.9, "states": 0.9, "places": 0.85, "allegations": 0.9, "casualties": 0.95
    }),
    "heldout38": (0.95, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "groups": 1.0,
        "request_markers": 1.0, "places": 0.9, "allegations": 0.9, "casualties": 0.85, "ref_dates": 0.85
    }),
    "heldout39": (0.95, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "ref_dates": 1.0, "states": 0.9,
        "groups": 0.9, "places": 0.9, "allegations": 0.95, "casualties": 0.95, "request_markers": 0.9
    }),
    "heldout40": (0.95, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "request_markers": 1.0,
        "groups": 0.9, "places": 0.85, "allegations": 0.9, "casualties": 0.9, "ref_dates": 0.9
    }),
    # heldout41: request_markers and reply_deadline are not floored (see the list above)
    "heldout41": (0.8, {
        "kind": 1.0, "date": 1.0, "session": 1.0, "states": 0.8, "groups": 0.75, "places": 0.85,
        "allegations": 0.9, "casualties": 0.9, "ref_dates": 0.85
    }),
    "heldout42": (0.93, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "request_markers": 1.0, "states": 0.85,
        "groups": 0.9, "places": 0.85, "allegations": 0.9, "casualties": 0.9, "ref_dates": 0.9
    }),
    "heldout43": (0.94, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "ref_dates": 1.0, "request_markers": 1.0,
        "states": 0.9, "groups": 0.9, "places": 0.8, "allegations": 0.95, "casualties": 0.85
    }),
    "heldout44": (0.93, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 0.9, "groups": 0.9,
        "places": 0.85, "allegations": 0.9, "casualties": 0.9, "ref_dates": 0.9, "request_markers": 0.85
    }),
    "heldout45": (0.87, {
        "kind": 1.0, "reply_deadline": 1.0, "date": 0.85, "session": 0.85, "states": 0.6, "groups": 0.85,
        "places": 0.8, "allegations": 0.8, "casualties": 0.85, "ref_dates": 0.85, "request_markers": 0.9
    }),
    "heldout46": (0.84, {
        "kind": 1.0, "session": 1.0, "ref_dates": 1.0, "date": 0.85, "states": 0.75, "groups": 0.55, "places": 0.8,
        "allegations": 0.75, "casualties": 0.8, "request_markers": 0.8
    }),
    "heldout47": (0.98, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "groups": 1.0, "ref_dates": 1.0,
        "request_markers": 1.0, "places": 0.85, "allegations": 0.95, "casualties": 0.95
    }),
    "heldout48": (0.92, {
        "kind": 1.0, "reply_deadline": 1.0, "session": 1.0, "date": 0.85, "states": 0.85, "groups": 0.75, "places": 0.9,
        "allegations": 0.85, "casualties": 0.9, "ref_dates": 0.9, "request_markers": 0.95
    }),
    "heldout49": (0.95, {
        "kind": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "request_markers": 1.0, "date": 0.85,
        "groups": 0.8, "places": 0.9, "allegations": 0.95, "casualties": 0.95, "ref_dates": 0.95
    }),
    "heldout50": (0.93, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "groups": 0.9, "places": 0.85,
        "allegations": 0.85, "casualties": 0.8, "ref_dates": 0.9, "request_markers": 0.85
    }),
    "heldout51": (0.96, {
        "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "groups": 1.0, "casualties": 1.0,
        "request_markers": 1.0, "kind": 0.85, "places": 0.85, "allegations": 0.9, "ref_dates": 0.95
    }),
    "heldout52": (0.95, {
        "kind": 1.0, "date": 1.0, "session": 1.0, "request_markers": 1.0, "reply_deadline": 0.85, "states": 0.9,
        "groups": 0.95, "places": 0.9, "allegations": 0.95, "casualties": 0.95, "ref_dates": 0.9
    }),
    "heldout53": (0.98, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "allegations": 1.0,
        "casualties": 1.0, "ref_dates": 1.0, "request_markers": 1.0, "groups": 0.9, "places": 0.95
    }),
    "heldout54": (0.97, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "groups": 1.0,
        "allegations": 1.0, "casualties": 1.0, "places": 0.95, "ref_dates": 0.9, "request_markers": 0.95
    }),
    "heldout55": (0.93, {
        "kind": 1.0, "date": 1.0, "session": 1.0, "states": 1.0, "ref_dates": 1.0, "request_markers": 1.0,
        "reply_deadline": 0.85, "groups": 0.55, "places": 0.9, "allegations": 0.95, "casualties": 0.9
    }),
    "heldout56": (0.95, {
        "kind": 1.0, "date": 1.0, "session": 1.0, "states": 1.0, "request_markers": 1.0, "reply_deadline": 0.85,
        "groups": 0.8, "places": 0.95, "allegations": 0.95, "casualties": 0.85, "ref_dates": 0.95
    }),
    "heldout16": (0.98, {
        "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "states": 1.0, "groups": 1.0,
        "casualties": 1.0, "ref_dates": 1.0, "request_markers": 1.0, "places": 0.9, "allegations": 0.9
    }),
}


@functools.cache
def _scored(folder: str):
    return score_gold(FIXTURES / folder, "gold" + folder.removeprefix("heldout") + ".jsonl")


@pytest.mark.parametrize("folder", sorted(ROUNDS))
def test_round_mean_and_field_floors(folder):
    mean, floors = ROUNDS[folder]
    check_floors(_scored(folder)[2], mean, floors)


# Gold values this project reads differently on purpose, left out of the "nothing invented" check (each is
# stated in the folder's README): heldout29-04's "within 60 days" of the letter's date is a deadline (EVAL.md and
# issue 3 ask for relative deadlines; the gold gives null); heldout31-02's "he and his two sons were hospitalised"
# states 2 injured (the gold lists none)
NOT_INVENTED = {"heldout29-04.txt": ("reply_deadline", None), "heldout31-02.txt": ("injured", 2),
                # heldout35-08's table of incidents by place with its total: its gold keeps the total only, where the
                # golds of heldout9, heldout15 and heldout28 keep every row; and "two persons who died of their
                # injuries after 8 July", which explains the difference between two sources' totals
                # heldout40-04: "Two detainees reportedly died in August 2025 after being refused transfer to a hospital";
                # its gold does not count deaths in custody from denied care as killings, tocsin counts the deaths
                "heldout40-04.txt": ("killed", 2),
                # heldout45-03: a co-signing NGO's letterhead "Republic of Oltria", the country the displaced fled to
                # (its gold lists Oltria only where it sends people back)
                "heldout45-03.txt": ("states", "Oltria"),
                # heldout45-06: "the return ... of 63 Tessari asylum-seekers, many of whom were reportedly detained"
                "heldout45-06.txt": ("arrested", 63),
                # heldout46-06: "We would appreciate receiving a response within 60 days" (its gold gives no deadline)
                "heldout46-06.txt": ("reply_deadline", None),
                # heldout48-02: "We do not suggest that the situation of Roma in Dravonia is better": a State named to
                # compare, which tocsin lists among those the report names (its gold does not)
                "heldout48-02.txt": ("states", "Dravonia"),
                "heldout35-08.txt": [("killed", 8), ("killed", 4), ("killed", 2), ("injured", 130), ("injured", 51),
                                     ("injured", 31)],
                # heldout52-06: "within 60 days" again; heldout52-05: "131 persons are living in tents or cars at the
                # edge of the site" after the eviction, which its gold leaves inside the 1,046 evicted
                "h52-06-sp-letter-sarandhi.txt": ("reply_deadline", None),
                "h52-05-nhri-halvrek-roma.pdf": ("displaced", 131),
                # heldout55-08 and heldout56-08: "within 60 days" (their golds give no deadline)
                "h55-08-sr-urgent-appeal-karavastan-jalghur.txt": ("reply_deadline", None),
                "h56-08-carta-procedimientos-especiales-ilvara.txt": ("reply_deadline", None),
                "heldout32-06.txt": ("reply_deadline", None)}  # "We would appreciate receiving a response within 48 hours"


@pytest.mark.parametrize("folder", sorted(ROUNDS))
def test_round_invents_no_state_figure_or_deadline(folder):
    gold, preds = _scored(folder)[:2]
    gold = [dict(g) for g in gold]
    for g, p in zip(gold, preds):
        exempt = NOT_INVENTED.get(g["file"], [])
        for field_, value in exempt if isinstance(exempt, list) else [exempt]:
            if field_ == "reply_deadline":
                g["reply_deadline"] = p["reply_deadline"]
            elif field_ == "states":
                g["states"] = [*g["states"], value]
            else:
                g["casualties"] = {**g["casualties"], field_: [*g["casualties"][field_], value]}
    check_no_invented(gold, preds)


def test_heldout6_request_counts_and_cut_off_item():
    gold, preds, report = _scored("heldout6")
    a, n = report.request_count
    assert a == n, "\n".join(report.lines())
    cut = next(p for p in preds if p["file"] == "heldout6-02.txt")
    assert [r["marker"] for r in cut["requests"]] == ["a", "b", "c"] and cut["reply_deadline"] is None
    assert cut["recipient"] is None


def test_heldout6_russian_note_and_press_release():
    _gold, preds, _ = _scored("heldout6")
    ru = next(p for p in preds if p["file"] == "heldout6-03.txt")
    assert ru["kind"] == "state_reply" and ru["states"] == ["Валдория"] and ru["allegations"] == []
    assert ru["casualties"] == {"killed": [3], "injured": [17], "displaced": [1200], "arrested": [28]}
    pr = next(p for p in preds if p["file"] == "heldout6-06.txt")
    assert pr["kind"] == "other" and pr["date"] == "2025-11-04" and pr["places"] == ["Drevanta"]

def test_heldout7_cut_off_figure_and_page_break():
    _gold, preds, report = _scored("heldout7")
    a, n = report.request_count
    assert a == n, "\n".join(report.lines())
    cut = next(p for p in preds if p["file"] == "heldout7-07.txt")
    assert 23 not in [x for v in cut["casualties"].values() for x in v]  # "at least 23 people were" (cut)
    ocr = next(p for p in preds if p["file"] == "heldout7-06.txt")
    assert ocr["date"] == "2023-12-08" and ocr["reply_deadline"] == "2024-03-07"  # "8 Decernber 2O23" + 90 days
    assert ocr["casualties"]["arrested"] == [42]  # the sentence runs on after the page break

def test_heldout8_requests_and_dates():
    _gold, preds, report = _scored("heldout8")
    a, n = report.request_count
    assert a == n, "\n".join(report.lines())
    by = {p["file"]: p for p in preds}
    assert [r["marker"] for r in by["heldout8-02.txt"]["requests"]] == ["1", "2", "3"]  # inside one sentence
    assert by["heldout8-06.txt"]["date"] == "2023-04-25"  # "Adopted at its 2950th meeting, on 25 April 2023"
    assert by["heldout8-07.txt"]["session"] == 97  # "à sa quatre-vingt-dix-septième session"
    cut = by["heldout8-08.txt"]
    assert cut["kind"] == "committee_letter" and cut["reply_deadline"] is None and len(cut["requests"]) == 1

def test_heldout9_tables_lists_and_adoption_footnote():
    _gold, preds, report = _scored("heldout9")
    a, n = report.request_count
    assert a == n, "\n".join(report.lines())
    by = {p["file"]: p for p in preds}
    table = by["heldout9-03.txt"]
    assert table["kind"] == "ngo_statement" and {9, 8, 2, 6, 25} <= set(table["casualties"]["killed"])
    assert [r["marker"] for r in by["heldout9-05.txt"]["requests"]] == ["1", "2", "3", "4", "5", "6"]
    dec = by["heldout9-06.txt"]
    assert dec["date"] == "2022-11-25" and dec["session"] == 108
    assert [r["marker"] for r in dec["requests"]] == ["a", "b", "c"]

def test_heldout10_kinds_and_dates():
    _gold, preds, report = _scored("heldout10")
    a, n = report.request_count
    assert a == n, "\n".join(report.lines())
    by = {p["file"]: p for p in preds}
    assert by["heldout10-04.txt"]["date"] == "2017-06-12"  # "Ref: 4/2017 – 12 June 2017"
    assert by["heldout10-05.txt"]["kind"] == "ngo_statement"  # addressed to the Committee, not from it
    assert by["heldout10-07.txt"]["kind"] == "other" and by["heldout10-07.txt"]["date"] == "2018-12-17"


def test_heldout11_forwarded_reply_press_release_and_soft_operative_paragraphs():
    _gold, preds, _report = _scored("heldout11")
    by = {p["file"]: p for p in preds}
    assert by["heldout11-04.txt"]["date"] == "2019-06-28"  # the note verbale's date, not the e-mail's
    pr = by["heldout11-05.txt"]
    assert pr["date"] == "2024-05-21" and pr["states"] == ["Dastria"] and "Dastria" not in pr["places"]
    assert [r["marker"] for r in by["heldout11-06.txt"]["requests"]] == ["a", "b", "c", "d"]


def test_heldout13_page_break_footnote_decision_date_and_ocr_reply():
    _gold, preds, report = _scored("heldout13")
    by = {p["file"]: p for p in preds}
    assert [r["marker"] for r in by["heldout13-01.txt"]["requests"]] == list("abcdef")  # (c) runs on past the page
    assert by["heldout13-02.txt"]["date"] == "2010-08-24"  # "at its 2038th meeting, held on 24 August 2010, adopted"
    reply = by["heldout13-03.txt"]
    assert reply["kind"] == "state_reply" and reply["allegations"] == []  # "Perrnanent Mission ... cornpliments"
    assert {(r["kind"], r["date"]) for r in reply["references"]} == {("letter", "2018-12-14"), ("reply", "2018-08-20")}
    cut = by["heldout13-06.txt"]
    assert cut["reply_deadline"] is None and [r["marker"] for r in cut["requests"]] == ["a", "b", "c", "d"]


def test_heldout14_languages_negatives_and_please_requests():
    _gold, preds, report = _scored("heldout14")
    by = {p["file"]: p for p in preds}
    fr = by["heldout14-03.txt"]
    assert fr["casualties"] == {"killed": [11], "injured": [37], "displaced": [1200], "arrested": [60]}
    assert not {"torture", "hate_speech_incitement", "destruction_of_property"} & set(fr["allegations"])
    assert "killing" not in by["heldout14-01.txt"]["allegations"]  # "no loss of life", "mass fish deaths"
    assert by["heldout14-04.txt"]["kind"] == "ngo_statement" and "ill_treatment" not in by["heldout14-04.txt"]["allegations"]
    sp = by["heldout14-06.txt"]
    assert sp["kind"] == "other" and sp["reply_deadline"] == "2024-09-10" and len(sp["requests"]) == 6
    assert by["heldout14-05.txt"]["allegations"] == []


def test_heldout15_ocr_letter_and_russian_reply():
    _gold, preds, _ = _scored("heldout15")
    by = {p["file"]: p for p in preds}
    ocr = by["heldout15-03.txt"]  # "Cornmittee", "3,OOO", "(b}", "by 3l Ju1y 2O19"
    assert ocr["kind"] == "committee_letter" and ocr["reply_deadline"] == "2019-07-31"
    assert [r["marker"] for r in ocr["requests"]] == list("abcde") and ocr["casualties"]["displaced"] == [3000]
    ru = by["heldout15-02.txt"]
    assert ru["kind"] == "state_reply" and ru["allegations"] == []
    assert ("reply", "2019-06-28") in {(r["kind"], r["date"]) for r in ru["references"]}  # "ноте № ... от 28 июня"


def test_heldout16_cut_off_documents_invent_nothing():
    _gold, preds, _ = _scored("heldout16")
    by = {p["file"]: p for p in preds}
    assert by["heldout16-02.txt"]["reply_deadline"] is None  # "... by 1" (cut)
    assert 14 not in [n for v in by["heldout16-03.txt"]["casualties"].values() for n in v]  # "at least 14 persons were"
    assert by["heldout16-04.txt"]["kind"] == "ngo_statement" and by["heldout16-04.txt"]["requests"] == []
    excerpt = by["heldout16-05.txt"]
    assert excerpt["kind"] == "state_reply" and excerpt["date"] is None and excerpt["allegations"] == []
    assert by["heldout16-06.txt"]["requests"] == [] and by["heldout16-06.txt"]["reply_deadline"] is None
    assert by["heldout16-08.txt"]["reply_deadline"] == "2025-09-28"


def test_heldout18_precision_round():
    _gold, preds, _ = _scored("heldout18")
    by = {p["file"]: p for p in preds}
    assert [p["kind"] for p in preds] == ["ngo_statement", "state_reply", "ngo_statement", "ngo_statement",
                                          "committee_letter", "other", "ngo_statement"]
    assert by["heldout18-01.txt"]["casualties"]["injured"] == [11]  # "among them four women": no breakdown
    assert [r["marker"] for r in by["heldout18-05.txt"]["requests"]] == list("abcd")  # not the quoted old list
    assert by["heldout18-06.txt"]["date"] == "2025-09-15"  # "Nation | Monday, 15 September 2025"
