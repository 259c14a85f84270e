"""One reader per file format, each returning raw text plus whatever metadata the format carries."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from loaders.read.decode import ReadError, decode_text


@dataclass
class RawDocument:
    text: str
    title: str = ""
    published: str | None = None


def read_plain(data: bytes) -> RawDocument:
    return RawDocument(decode_text(data))


def read_html(data: bytes) -> RawDocument:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    html = decode_text(data)
    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not body:
        raise ReadError("no main text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    title = (meta.title or "") if meta else ""
    published = (meta.date or None) if meta else None
    return RawDocument(f"{title}\n{body}" if title and not body.startswith(title) else body, title, published)


def read_pdf(data: bytes) -> RawDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise ReadError(f"malformed PDF ({exc})") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise ReadError("the PDF has no text layer (a scan needs OCR first)")
    return RawDocument(text)


def read_docx(data: bytes) -> RawDocument:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(f"malformed DOCX ({exc})") from exc
    text = "\n".join(p.text for p in document.paragraphs)
    if not text.strip():
        raise ReadError("empty file")
    return RawDocument(text, document.core_properties.title or "")


READERS: dict[str, Callable[[bytes], RawDocument]] = {
    ".txt": read_plain, ".md": read_plain, ".markdown": read_plain, ".text": read_plain,
    ".html": read_html, ".htm": read_html, ".pdf": read_pdf, ".docx": read_docx,
}


def reader_for(path: Path) -> Callable[[bytes], RawDocument]:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise ReadError(f"unsupported file type '{path.suffix or '(none)'}' (expected one of {known})")
    return reader
