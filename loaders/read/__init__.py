"""Read stage: files and folders in, normalised documents (with their content view) out, one error per bad file."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import py3langid

from graph.keys import document_id
from graph.model import Document, DocumentError
from loaders.extract.dates import find_dates, years_in
from loaders.read.decode import ReadError
from loaders.read.formats import RawDocument, reader_for
from loaders.read.normalize import content_view, normalise

MAX_BYTES = int(os.environ.get("CKG_MAX_BYTES", str(10 * 1024 * 1024)))


@dataclass
class ReadDocument:
    document: Document
    content: str  # the text with boilerplate blanked, same length

    @cached_property
    def year(self) -> int | None:
        """The year a date without one falls in: the publication year, else the latest year the article names."""
        if self.document.published:
            return int(self.document.published[:4])
        years = [y for y in years_in(self.content) if 1990 <= y <= 2100]
        return max(years) if years else None


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given, folders recursively in a stable order, hidden files skipped."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not any(
                part.startswith(".") for part in p.relative_to(path).parts))
        else:
            yield path


def _title(content: str, given: str) -> str:
    if given:
        return normalise(given).strip()
    first = next((line for line in content.split("\n") if len(line.split()) >= 3), "")
    return re.sub(r"^[#*\s]+|[*\s]+$", "", first)




def _published(raw: RawDocument, text: str) -> str | None:
    """A dateline: a short line that is a date ("11:45 | 14/07/2021"), or "Bangkok, 14 May 2024 –"."""
    if raw.published:
        return raw.published[:10]
    for line in text[:600].split("\n")[:12]:
        dates = find_dates(line, None) if any(c.isdigit() for c in line) else []
        if not dates or not dates[0].first.year or dates[0].first.day is None:
            continue
        rest = (line[:dates[0].start] + line[dates[0].end:]).strip()
        if len(rest.split()) <= 4 or (re.match(r"^[\w .,]{0,30}$", line[:dates[0].start]) and \
                re.match(r"^\s*[-–—]", line[dates[0].end:])):
            return dates[0].iso()[0]
    return None


def _language(content: str) -> str:
    language, _ = py3langid.classify(" ".join(content[:3000].split()))
    return str(language)


def read_document(path: Path) -> ReadDocument:
    """Read one file; raises ReadError with the reason (the caller names the file)."""
    if not path.exists():
        raise ReadError("no such file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ReadError(f"too large: {size / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit (CKG_MAX_BYTES)")
    raw = reader_for(path)(path.read_bytes())
    text = normalise(raw.text)
    content = content_view(text)
    if not content.strip():
        raise ReadError("no article text left once boilerplate is removed")
    document = Document(id=document_id(text), source=str(path), title=_title(content, raw.title),
                        language=_language(content), published=_published(raw, text), text=text)
    return ReadDocument(document, content)


def read_all(paths: Iterable[str | Path]) -> Iterator[ReadDocument | DocumentError]:
    for path in iter_files(paths):
        try:
            yield read_document(path)
        except ReadError as exc:
            yield DocumentError(source=str(path), reason=str(exc))
        except (OSError, UnicodeError) as exc:
            yield DocumentError(source=str(path), reason=f"cannot read: {exc}")
