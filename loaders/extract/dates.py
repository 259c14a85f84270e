"""Dates and date ranges in Vietnamese and English news text, as precise as the text allows.

A date without a year takes the nearest year stated before it in the same sentence, else the document's year.

>>> [d.iso() for d in find_dates("Diễn đàn diễn ra từ 12-17/2/2023", 2024)]
[('2023-02-12', '2023-02-17')]
>>> [d.iso() for d in find_dates("from 1 July to 31 August", 2024)]
[('2024-07-01', '2024-08-31')]
>>> [d.iso() for d in find_dates("từ ngày 12 đến ngày 14 tháng 5 năm 2025; from June to August 2025", None)]
[('2025-05-12', '2025-05-14'), ('2025-06', '2025-08')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.extract.prefilter import last_text
from loaders.extract.word_regex import case_variants, words_regex

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())} | {"sept": 9})
_MON = r"(?P<{n}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_Y = r"(?P<{n}>(?:19|20)\d{{2}})"
_D = r"(?P<{n}>[0-3]?\d)"
_M = r"(?P<{n}>[01]?\d)"


def _p(template: str) -> re.Pattern[str]:
    names = {"y1": _Y.format(n="y1"), "y2": _Y.format(n="y2"), "d1": _D.format(n="d1"), "d2": _D.format(n="d2"),
             "m1": _M.format(n="m1"), "m2": _M.format(n="m2"), "M1": _MON.format(n="M1"), "M2": _MON.format(n="M2")}
    for key, value in names.items():
        template = template.replace("{" + key + "}", value)
    return re.compile(template, re.I)


# Most specific first; a later pattern never takes characters an earlier one matched. Each pattern goes with what
# any match of it holds (a slash, "tháng", a month's name, a year): a sentence without that skips the pattern. Every
# month's name a pattern holds stands as a whole word (between \b or a space and a space, dot or comma); a pattern
# whose matches open with one ("month first") is tried only where one begins.
PATTERNS = [
    ("/", _p(r"(?:từ\s+)?(?:ngày\s+)?{d1}/{m1}(?:/{y1})?\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?{d2}/{m2}(?:/{y2})?\b")),
    ("/", _p(r"(?:từ\s+)?(?:ngày\s+)?{d1}\s*[-–]\s*{d2}/{m1}(?:/{y1})?\b")),
    ("/", _p(r"(?:ngày\s+)?{d1}\s+(?:và|and|&)\s+{d2}/{m1}(?:/{y1})?\b")),
    ("tháng", _p(r"(?:từ\s+)?ngày\s+{d1}(?:\s+tháng\s+{m1})?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?{d2}\s+tháng\s+{m2}"
                 r"(?:\s+năm\s+{y2})?")),
    ("tháng", _p(r"từ\s+tháng\s+{m1}\s+(?:đến|tới)\s+(?:hết\s+)?tháng\s+{m2}\s*(?:/|năm)\s*{y2}\b")),
    ("tháng", _p(r"ngày\s+{d1}\s+tháng\s+{m1}(?:\s+năm\s+{y1})?")),
    ("/", _p(r"(?:ngày\s+)?\b{d1}/{m1}/{y1}\b")),
    ("/", _p(r"(?:ngày|từ|đến)\s+{d1}/{m1}\b")),
    ("tháng", _p(r"tháng\s+{m1}\s*(?:/|năm)\s*{y1}\b")),
    ("tháng", _p(r"(?:(?<=\s)|^)tháng\s+{m1}\b(?!/)")),
    ("month", _p(r"from\s+{d1}\s+{M1}(?:\s+{y1})?\s+(?:to|until|till|through)\s+{d2}\s+{M2},?(?:\s+{y2})?\b")),
    ("month", _p(r"\b{d1}\s*[-–]\s*{d2}\s+{M1},?(?:\s+{y1})?\b")),
    ("month", _p(r"from\s+{d1}\s+(?:to|until|till|through)\s+{d2}\s+{M1},?(?:\s+{y1})?\b")),
    ("month", _p(r"from\s+{M1}\s+{d1}\s+(?:to|until|till|through)\s+(?:{M2}\s+)?{d2},?(?:\s+{y1})?\b")),
    ("month first", _p(r"\b{M1}\s+{d1}\s*[-–]\s*{d2},?(?:\s+{y1})?\b")),
    ("month first", _p(r"\b{M1}\s+{d1}(?:st|nd|rd|th)?,?\s+{y1}\b")),
    ("month", _p(r"\b{d1}(?:st|nd|rd|th)?\s+{M1},?(?:\s+{y1})?\b")),
    ("month", _p(r"(?:from|between)\s+{M1}(?:\s+{y1})?\s+(?:to|until|till|through|and)\s+{M2},?\s+{y2}\b")),
    ("month first", _p(r"\b{M1},?\s+{y1}\b")),
    # a year as a whole word, "\b{y1}\b": its first digit opens the pattern, so that the engine jumps
    ("year", re.compile(r"(?P<y1>[12](?<![\w][12])(?:(?<=1)9|(?<=2)0)\d{2})\b")),
]


@dataclass(frozen=True)
class PartialDate:
    year: int | None
    month: int | None = None
    day: int | None = None

    def iso(self, year: int | None) -> str | None:
        y = self.year or year
        if y is None:
            return None
        if self.month is None:
            return f"{y:04d}"
        return f"{y:04d}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    first: PartialDate
    last: PartialDate | None
    year: int | None  # the year a partial date falls in

    def iso(self) -> tuple[str | None, str | None]:
        """ISO start and end; a range that crosses a year end starts in the year before."""
        last_year = (self.last.year if self.last else None) or self.year
        first_year = self.first.year or last_year
        if self.last and not self.first.year and self.first.month and self.last.month and \
                self.first.month > self.last.month and first_year:
            first_year -= 1
        start = self.first.iso(first_year)
        return start, (self.last.iso(last_year) if self.last else start)

    @property
    def precision(self) -> int:
        return (self.first.day is not None) * 2 + (self.first.month is not None) + (self.last is not None)

    @property
    def explicit_year(self) -> int | None:
        return (self.last.year if self.last else None) or self.first.year


def _month(raw: str | None) -> int | None:
    if raw is None:
        return None
    return MONTHS.get(raw.lower().rstrip(".")) or int(raw)


def _partial(groups: dict[str, str | None], n: str) -> PartialDate | None:
    month = _month(groups.get(f"m{n}") or groups.get(f"M{n}"))
    day = int(groups[f"d{n}"] or 0) if groups.get(f"d{n}") else None
    year = int(groups[f"y{n}"] or 0) if groups.get(f"y{n}") else None
    if month is None and day is None and year is None:
        return None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        raise ValueError("not a date")
    return PartialDate(year, month, day)


def _build(match: re.Match[str]) -> tuple[PartialDate, PartialDate | None] | None:
    groups = match.groupdict()
    try:
        first, last = _partial(groups, "1"), _partial(groups, "2")
    except ValueError:
        return None
    if first is None:
        return None
    if last is not None and last.month is None:  # "12-17/2/2023": the month and year belong to both days
        last = PartialDate(first.year, first.month, last.day)
    if last is not None and first.month is None and first.day is not None:  # "từ ngày 12 đến ngày 14 tháng 5"
        first = PartialDate(first.year or last.year, last.month, first.day)
    return first, last


_DIGIT = re.compile(r"\d")
_GATES = {"tháng": re.compile("tháng", re.I), "year": re.compile(r"(?:19|20)\d{2}")}  # the patterns' own flags
_MONTH_NAME = words_regex(tuple(MONTHS), re.I)  # as a whole word, as re.I matches it


def _held(text: str, months: list[int]) -> set[str]:
    """What of the patterns' gates the text holds: a pattern can match only where its gate does."""
    held = {gate for gate, found in _GATES.items() if found.search(text)} | ({"/"} if "/" in text else set())
    return held | ({"month", "month first"} if months else set())


# What a "/" pattern's match may hold before its first slash: "từ", "ngày", "đến", "và", "and", "&", dashes, digits (\d:
# any decimal digit) and spaces (\s: str.isspace), in any case as re.IGNORECASE reads them; after its last slash, four
# digits at most.
_BEFORE_SLASH = frozenset("0123456789-–&").union(*(case_variants(c) | case_variants(c.upper()) for c in "từngàyđếnvàand"))


def _slash_window(text: str) -> tuple[int, int]:
    """Where a "/" pattern can match in ``text`` (one that holds a slash): from the run of what may stand before a
    slash that ends at the first one, to five characters after the last (the fifth for a closing \\b to see)."""
    first, last = text.find("/"), text.rfind("/")
    while first > 0 and (text[first - 1] in _BEFORE_SLASH or text[first - 1].isspace() or text[first - 1].isdecimal()):
        first -= 1
    return first, min(len(text), last + 6)


slash_window = last_text(_slash_window)  # asked by each slash pattern of a sentence in turn


def _matches(gate: str, pattern: re.Pattern[str], text: str, months: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``; a pattern that opens with a month's name is tried only where one begins, one that
    holds a slash only around the slashes."""
    if gate == "/":
        yield from pattern.finditer(text, *slash_window(text))
        return
    if gate != "month first":
        yield from pattern.finditer(text)
        return
    cursor = 0
    for at in months:
        if at >= cursor and (match := pattern.match(text, at)):
            yield match
            cursor = match.end()


def find_dates(text: str, default_year: int | None) -> list[DateMatch]:
    """Every date or range in ``text`` (a sentence), in order, with years filled in from context."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, PartialDate, PartialDate | None]] = []
    if not _DIGIT.search(text):  # every pattern holds a day, month or year in digits: most sentences have none
        return []
    months = [m.start() for m in _MONTH_NAME.finditer(text)]
    held = _held(text, months)
    for gate, pattern in PATTERNS:
        if gate not in held:
            continue
        for match in _matches(gate, pattern, text, months):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            built = _build(match)
            if built:
                taken.append(match.span())
                found.append((match.start(), match.end(), *built))
    found.sort(key=lambda f: f[0])
    out, year = [], default_year
    for start, end, first, last in found:
        item = DateMatch(start, end, first, last, year)
        out.append(item)
        year = item.explicit_year or year
    return out


def years_in(text: str, planned: re.Pattern[str] | None = None) -> list[int]:
    """Explicit years in a text, for the document's reference year when it has no date line; with ``planned``, a
    year that a plan word announces earlier in its sentence ("directions for activities in 2023") is left out: an
    article reports on a year, it does not happen in the year it plans for.

    >>> years_in("It reviewed 2022 and set directions for 2023.", re.compile(r"directions"))
    [2022]
    """
    years = [(m.start(), int(m.group(0))) for m in re.finditer(r"(?<![\d/])(?:19|20)\d{2}(?![\d/])", text)] + \
        [(m.start(1), int(m.group(1))) for m in re.finditer(r"\d{1,2}/((?:19|20)\d{2})\b", text)]
    return [year for at, year in years if planned is None or not _planned(text, at, planned)]


def _planned(text: str, at: int, planned: re.Pattern[str]) -> bool:
    sentence_start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), at - 120)
    return planned.search(text, sentence_start, at) is not None
