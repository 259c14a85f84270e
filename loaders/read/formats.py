"""One reader per file format, each returning raw text plus whatever metadata the format carries."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from loaders.read.decode import ReadError, decode_text

MAX_UNPACKED = int(os.environ.get("CKG_MAX_UNPACKED", str(100 * 1024 * 1024)))
MAX_MEMBERS = 10_000
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of encrypted Office files and of .doc


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


def _pdf_pages(data: bytes) -> list[str]:
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    locked = "encrypted PDF: it needs a password; save a copy without one"
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise ReadError(locked)
        return [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except FileNotDecryptedError as exc:
        raise ReadError(locked) from exc
    except DependencyError as exc:
        raise ReadError(f"encrypted PDF that this installation cannot open ({exc}); run scripts/setup.sh") from exc
    except Exception as exc:  # pypdf raises many kinds of error on damaged files; each is a malformed PDF to us
        raise ReadError(f"malformed PDF ({type(exc).__name__}: {exc})") from exc


def read_pdf(data: bytes) -> RawDocument:
    text = "\n".join(_pdf_pages(data))
    if not text.strip():
        raise ReadError("the PDF has no text layer (a scan needs OCR first)")
    return RawDocument(text)


def _check_unpacked_size(data: bytes) -> None:
    """A DOCX is a zip: refuse one that would unpack to more than MAX_UNPACKED (a zip bomb) before unpacking it."""
    if data.startswith(_OLE):
        raise ReadError("a password-protected or old-format Word file (OLE), not a DOCX; save it as an open .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError) as exc:
        raise ReadError(f"malformed DOCX ({exc})") from exc
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED or len(members) > MAX_MEMBERS:
        raise ReadError(f"DOCX unpacks to {total / 1e6:,.0f} MB in {len(members):,} parts, over the limit of "
                        f"{MAX_UNPACKED / 1e6:.0f} MB and {MAX_MEMBERS:,} parts (CKG_MAX_UNPACKED): refused as a zip bomb")


def read_docx(data: bytes) -> RawDocument:
    import docx
    from docx.opc.exceptions import OpcError

    _check_unpacked_size(data)
    try:
        document = docx.Document(io.BytesIO(data))
        text = "\n".join(p.text for p in document.paragraphs)
        title = document.core_properties.title or ""
    except (zipfile.BadZipFile, OpcError, SyntaxError, KeyError, ValueError) as exc:  # lxml's are SyntaxErrors
        raise ReadError(f"malformed DOCX ({type(exc).__name__}: {exc})") from exc
    if not text.strip():
        raise ReadError("empty file")
    return RawDocument(text, title)


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
