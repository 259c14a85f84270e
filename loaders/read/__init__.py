"""Read stage: files and folders in, normalised documents (with their content view) out, one error per bad file."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from graph.keys import document_id
from graph.model import Document, DocumentError
from loaders.extract.dates import DateMatch, find_dates, years_in
from loaders.extract.found import lexicon_regex
from loaders.read.decode import ReadError
from loaders.read.files import Skipped, TooSlow, check_length, check_name, display, iter_files, read_bytes, time_limit
from loaders.read.formats import RawDocument, reader_for
from loaders.read.language import language_of
from loaders.read.normalize import content_view, normalise

__all__ = ["ReadDocument", "iter_files", "read_all", "read_document"]
_YEAR = re.compile(r"(?:19|20)\d{2}")  # a year as find_dates reads one: a line without it holds no full date


@dataclass
class ReadDocument:
    document: Document
    content: str  # the text with boilerplate blanked, same length

    @cached_property
    def year(self) -> int | None:
        """The year a date without one falls in: the publication year, else the latest year the article names."""
        if self.document.published:
            return int(self.document.published[:4])
        years = [y for y in years_in(self.content, lexicon_regex("plan_year_cues", re.IGNORECASE)) if 1990 <= y <= 2100]
        return max(years) if years else None


def _title(content: str, given: str) -> str:
    """The format's title, else the first line of three words or more that is not only a date."""
    if given:
        return normalise(given).strip()
    first = next((line for line in content.split("\n") if len(line.split()) >= 3 and not _only_a_date(line)), "")
    return re.sub(r"^[#*\s]+|[*\s]+$", "", first)


def _first_date(line: str) -> tuple[DateMatch, str] | None:
    """The first full date of a line (year and day known) and the line without it."""
    dates = find_dates(line, None) if _YEAR.search(line) else []
    if not dates or not dates[0].first.year or dates[0].first.day is None:
        return None
    return dates[0], (line[:dates[0].start] + line[dates[0].end:]).strip()


def _only_a_date(line: str) -> bool:
    """ "July 24, 2021 04:15", "11:45 | 14/07/2021", "Posted on 14 July 2021": a dateline, not a title."""
    found = _first_date(line)
    return found is not None and len(re.findall(r"[^\W\d_]{2,}", found[1])) <= 2


def _published(raw: RawDocument, text: str) -> str | None:
    """A dateline: a short line that is a date ("11:45 | 14/07/2021"), or "Bangkok, 14 May 2024 –"."""
    if raw.published:
        return raw.published[:10]
    for line in text[:600].split("\n")[:12]:
        found = _first_date(line)
        if found is None:
            continue
        date, rest = found
        if len(rest.split()) <= 4 or (re.match(r"^[\w .,]{0,30}$", line[:date.start]) and
                                      re.match(r"^\s*[-–—]", line[date.end:])):
            return date.iso()[0]
    return None


def read_document(path: Path) -> ReadDocument:
    """Read one file; raises ReadError with the reason (the caller names the file)."""
    check_name(path)
    reader = reader_for(path)
    with time_limit("reading"):
        raw = reader(read_bytes(path))
        check_length(raw.text)
        text = normalise(raw.text)
        content = content_view(text)
    if not content.strip():
        raise ReadError("no article text left once boilerplate is removed")
    document = Document(id=document_id(text), source=str(path), title=_title(content, raw.title),
                        language=language_of(content), published=_published(raw, text), text=text)
    return ReadDocument(document, content)


def read_all(paths: Iterable[str | Path]) -> Iterator[ReadDocument | DocumentError]:
    """Every document under ``paths``; a file that cannot be read comes out as its error, whatever went wrong."""
    for path in iter_files(paths):
        if isinstance(path, Skipped):
            yield DocumentError(source=display(path.path), reason=path.reason)
            continue
        try:
            yield read_document(path)
        except (ReadError, TooSlow) as exc:
            yield DocumentError(source=display(path), reason=str(exc))
        except (OSError, UnicodeError) as exc:
            yield DocumentError(source=display(path), reason=f"cannot read: {exc}")
        except Exception as exc:  # a reader library failing on hostile input must not stop the other files
            yield DocumentError(source=display(path), reason=f"reader failed: {type(exc).__name__}: {exc}")
