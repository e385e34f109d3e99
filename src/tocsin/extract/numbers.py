"""Numbers as written: digits ("2,300", "1 000") and number words in English, French, Spanish, Russian.

"thousands", "hundreds", "dozens" are not numbers: they give nothing.
"""

from __future__ import annotations

import bisect
import re

from tocsin.extract import rx

_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}
_OTHER = {
    # French
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
    "vingts": 20, "septante": 70, "nonante": 90,
    # Spanish
    "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
    "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "veinte": 20, "treinta": 30,
    "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "cien": 100, "ciento": 100,
    "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veintiuno": 21, "veintiún": 21,
    "veintiuna": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "setenta": 70, "ochenta": 80, "noventa": 90,
    "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300, "cuatrocientos": 400,
    "quinientos": 500, "seiscientos": 600, "setecientos": 700, "ochocientos": 800, "novecientos": 900,
    # Russian
    "один": 1, "два": 2, "двое": 2, "три": 3, "трое": 3, "четыре": 4, "четверо": 4, "пять": 5, "пятеро": 5,
    "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    "двадцать": 20, "тридцать": 30, "сто": 100,
    "шестеро": 6, "семеро": 7, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
    "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
    "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "двести": 200, "триста": 300, "четыреста": 400,
    "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    # the genitive after "не менее", "около", "гибель": "не менее пяти человек"
    "двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8,
    "девяти": 9, "десяти": 10, "двадцати": 20, "тридцати": 30,
}
# words for a thousand: "two thousand", "deux mille", "dos mil", "две тысячи"
_THOUSAND = {"thousand", "mille", "mil", "тысяча", "тысячи", "тысяч", "две"}
_THOUSAND.discard("две")
_OTHER["две"] = 2
# "une douzaine", "una docena": 12, as "a dozen" is; the other round counts ("une vingtaine", "una veintena", "une
# quarantaine") give nothing, as "dozens" does: two of three blind golds read them so (heldout7, heldout33; heldout38 not)
_COLLECTIVE = {"douzaine": 12, "docena": 12, "decena": 10, "dizaine": 10}  # ("una decena de comuneros resultaron heridos")
_WORDS = sorted([*_EN_UNITS, *_EN_TENS, *_OTHER, *_THOUSAND, *_COLLECTIVE, "hundred", "dozen", "a"], key=len, reverse=True)
_WORD_ALT = "|".join(w for w in _WORDS if w != "a")
NUMBER = rx.compile(
    # thousands written "2,300", "1 200" (spaces of any width) or, in Spanish and French, "1.500"
    # "1'250" (Swiss), "1,50,000" (South Asian: lakhs in pairs of digits); "1.5 lakh", "2 crore"
    r"(?<![\w.,'’])(?:(?P<decimal>\d{1,3}\.\d{1,2})(?=[ \u00a0](?:lakhs?|crores?)\b)|"
    r"(?P<digits>\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d{1,3}(?:['’]\d{3})+|\d{1,3}(?:\.\d{3})+|\d{1,7}))"
    r"(?![\w]|[.,'’]\d)"
    # "3 тысяч", "3 thousand", "2 mil": digits and a word for a thousand (or a million) are one number
    r"(?:[ \u00a0](?P<mult>thousand|тысяч[аи]?|mille|mil|million|millions|миллион(?:а|ов)?|lakhs?|crores?)(?![\w-]))?"
    r"|(?<![\w-])(?P<words>(?:(?:" + _WORD_ALT + r")(?:[\s-]+(?:and[\s-]+)?)?){1,5})(?![\w-])",
    re.IGNORECASE,
)


def words_to_int(s: str) -> int | None:
    toks = [t for t in re.split(r"[\s-]+", s.lower()) if t and t not in ("and", "et", "y")]
    if not toks:
        return None
    total = 0
    cur = 0
    seen = False
    prev = ""
    for t in toks:
        if t in ("vingt", "vingts") and prev == "quatre":
            cur += 80 - 4  # "quatre-vingt(s)": eighty
        elif t in _EN_UNITS:
            cur += _EN_UNITS[t]
        elif t in _EN_TENS:
            cur += _EN_TENS[t]
        elif t in _OTHER:
            v = _OTHER[t]
            if v == 100:
                cur = max(cur, 1) * 100
            else:
                cur += v
        elif t == "hundred":
            cur = max(cur, 1) * 100
        elif t == "dozen":  # "a dozen", "more than a dozen": 12 ("dozens" is no number)
            cur = max(cur, 1) * 12
        elif t in _COLLECTIVE:
            cur = max(cur, 1) * _COLLECTIVE[t]
        elif t in _THOUSAND:
            total += max(cur, 1) * 1000
            cur = 0
        elif t == "a":
            cur += 0
            continue
        else:
            return None
        seen = True
        prev = t
    return total + cur if seen else None


_EN_ORDINAL_LAST = {"first": "one", "second": "two", "third": "three", "fifth": "five", "eighth": "eight",
                    "ninth": "nine", "twelfth": "twelve"}
_FR_ORDINAL_BASE = {"premier": "un", "première": "un", "second": "deux", "seconde": "deux", "cinqu": "cinq",
                    "neuv": "neuf", "un": "un"}


def ordinal_to_int(s: str) -> int | None:
    """An ordinal written in words: "ninety-seventh" (97), "one hundred and tenth" (110),
    "quatre-vingt-dix-septième" (97), "cent dixième" (110); None when it is not one."""
    toks = [t for t in re.split(r"[\s-]+", s.lower().strip()) if t]
    if not toks:
        return None
    last = toks[-1]
    if last in _EN_ORDINAL_LAST:
        card = _EN_ORDINAL_LAST[last]
    elif last.endswith("ieth"):
        card = last[:-4] + "y"  # twentieth -> twenty
    elif last.endswith("th") and last not in ("th",):
        card = last[:-2]  # seventh, tenth, hundredth
    elif last in ("premier", "première", "second", "seconde"):
        card = _FR_ORDINAL_BASE[last]
    elif last.endswith("ième"):
        base = last[:-4]
        card = _FR_ORDINAL_BASE.get(base) or next((w for w in (base, base + "e") if w in _OTHER), base)
    else:
        return None
    return words_to_int(" ".join([*toks[:-1], card]))


_MULT = {"lakh": 100_000, "crore": 10_000_000, "million": 1_000_000}


def parse_number(m: re.Match) -> int | None:
    if m.group("digits") or m.group("decimal"):
        mult = (m.group("mult") or "").lower()
        if m.group("decimal"):
            if not mult:
                return None
            n = float(m.group("decimal"))
        else:
            n = int(re.sub(r"\D", "", m.group("digits")))
        if mult:
            n *= _MULT[mult.rstrip("s")] if mult.rstrip("s") in _MULT else 1_000_000 if mult.startswith(("million", "миллион")) \
                else 1000
        return int(round(n))
    w = m.group("words").strip(" -\t\n\r\u00a0")  # "une\n  assistance": the article alone, whatever follows it
    if not w or w.lower() in ("a", "un", "une", "uno", "once"):  # "once" is also an English word
        return None
    return words_to_int(w)


# where a number can start: a run of digits, or a whole word that is a number word (the words are the
# anchors of this pattern, so `rx` looks for them all in one pass)
_DIGITS = rx.plain(r"\d+")
_NUMBER_WORD = rx.compile(r"(?<![^\W_])(?:" + _WORD_ALT + r")(?![^\W_])", re.IGNORECASE, min_literal=2)
_WORD_CHAR = rx.plain(r"[^\W_]")


def iter_numbers(text: str, start: int = 0, end: int | None = None):
    """NUMBER matches in text[start:end], tried only at digit runs and number words.

    The same matches as `NUMBER.finditer`, far cheaper: the pattern is matched only where a word
    that can open a number starts (a word of digits, or a number word). Where these words start is
    found once per text (extractors ask for one paragraph after another) and read by bisection.
    """
    end = len(text) if end is None else end
    if end < len(text) and end > start and _WORD_CHAR.match(text, end - 1) and _WORD_CHAR.match(text, end):
        opens = _opens(text, start, end)  # a word cut at the end: it may read as another number word
    else:
        every = _text_opens(text)
        # (digits cut at the start are no number: NUMBER looks behind `start` and finds a digit or a letter)
        opens = every[bisect.bisect_left(every, start):bisect.bisect_left(every, end)]
    pos = start
    for i in opens:
        if i < pos:
            continue
        m = NUMBER.match(text, i, end)
        if m:
            pos = m.end()
            yield m


def _opens(text: str, start: int, end: int) -> list[int]:
    """Where a number can start in text[start:end]: digit runs not inside a word, and number words."""
    opens = [m.start() for m in _DIGITS.finditer(text, start, end)
             if m.start() == start or not _WORD_CHAR.match(text, m.start() - 1)]
    words = [m.start() for m in _NUMBER_WORD.finditer(text, start, end)]
    return sorted(opens + words) if words else opens


_last_opens: list = [None, []]


def _text_opens(text: str) -> list[int]:
    """`_opens` of the whole text, kept for the last text asked for."""
    if _last_opens[0] is not text:
        _last_opens[:] = [text, _opens(text, 0, len(text))]
    return _last_opens[1]
