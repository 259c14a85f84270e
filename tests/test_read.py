"""Readers: every format, every encoding, and a clear reason for every file that cannot be read."""

from __future__ import annotations

import signal
import time
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest

from loaders.extraction import extract_paths
from loaders.read import ReadDocument, read_all, read_document
from loaders.read.decode import ReadError, decode_text
from loaders.read.files import TooSlow, alarm_handler, time_limit

TEXT = "Hải quan Việt Nam tham dự Hội nghị quốc tế về phòng, chống ma túy tại Hà Nội ngày 16/5/2024."


def _cp1258(text: str) -> bytes:
    """Windows-1258 keeps â/ê/ô/ă/ơ/ư whole and writes tone marks as combining characters."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones)) + tones)
    return "".join(out).encode("cp1258")


def _pdf(text: str) -> bytes:
    """A minimal one-page PDF with a text layer, written by hand so the test needs no PDF writer."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


@pytest.mark.parametrize("encode", [lambda t: t.encode("utf-8"), lambda t: t.encode("utf-8-sig"),
                                    lambda t: t.encode("utf-16"), _cp1258])
def test_encodings_decode_to_the_same_text(encode: object) -> None:
    assert callable(encode)
    assert unicodedata.normalize("NFC", decode_text(encode(TEXT * 3))) == TEXT * 3


def test_txt_and_md_read_with_title_language_and_nfc(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# " + unicodedata.normalize("NFD", TEXT) + "\n\n" + TEXT, encoding="utf-8")
    read = read_document(path)
    assert read.document.text == unicodedata.normalize("NFC", read.document.text)
    assert read.document.title.startswith("Hải quan Việt Nam")
    assert read.document.language == "vi"


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text("<html><head><title>Customs meet</title><meta name='date' content='2024-05-16'></head><body>"
                    "<nav>Home | Contact us | RSS</nav><article><p>Vietnam Customs attended the International Drug "
                    "Enforcement Conference in Da Nang on 25 March 2024 with delegations from twelve countries.</p>"
                    "</article></body></html>", encoding="utf-8")
    read = read_document(path)
    assert "International Drug Enforcement Conference" in read.document.text
    assert "Contact us" not in read.document.text
    assert read.document.published == "2024-05-16"
    assert read.document.language == "en"


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(_pdf("Korea Customs Service joined Operation Twin Guardian in 2024."))
    assert "Korea Customs Service joined" in read_document(path).document.text


def test_docx_paragraphs(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Hải quan Lào tham gia Chiến dịch Con Rồng Mê Kông giai đoạn 6.")
    document.add_paragraph("Second paragraph about UNODC support.")
    path = tmp_path / "a.docx"
    document.save(str(path))
    text = read_document(path).document.text
    assert "Hải quan Lào" in text and "UNODC" in text


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "empty file"),
    ("binary.txt", bytes(range(256)) * 40, "binary content"),
    ("broken.txt", b"\xff\xfe\x41", "undecodable bytes"),
    ("notes.xyz", b"Vietnam Customs", "unsupported file type '.xyz'"),
    ("broken.pdf", b"%PDF-1.4 this is not a pdf", "malformed PDF"),
    ("broken.docx", b"PK\x03\x04 not a zip", "malformed DOCX"),
])
def test_bad_input_names_the_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError, match=reason.replace("(", r"\(").replace(".", r"\.")):
        read_document(path)


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(ReadError, match=r"too large: 52\.4 MB"):
        read_document(path)


def test_bad_files_do_not_stop_the_good_ones(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Hải quan Lào tham gia Chiến dịch Con Rồng Mê Kông giai đoạn 6.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bad.docx").write_bytes(b"nope")
    with zipfile.ZipFile(tmp_path / "odd.docx", "w") as archive:
        archive.writestr("nothing.txt", "no document here")
    extraction = extract_paths([tmp_path])
    assert [Path(d.source).name for d in extraction.documents] == ["good.txt"]
    assert {Path(e.source).name for e in extraction.errors} == {"empty.txt", "bad.docx", "odd.docx"}
    assert any(e.name == "Lao Customs Department" for e in extraction.entities)


def test_folders_are_read_recursively_and_hidden_files_skipped(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    read = [r for r in read_all([tmp_path]) if isinstance(r, ReadDocument)]
    assert [Path(r.document.source).name for r in read] == ["a.txt"]


def test_a_dateline_is_not_the_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("July 24, 2021 04:15\n\nMore than 100 pieces of information processed through cooperation\n\n"
                    "11:45 | 14/07/2021\n\nVietnam Customs exchanged information with Lao Customs in 2021.\n", encoding="utf-8")
    read = read_document(path)
    assert read.document.title == "More than 100 pieces of information processed through cooperation"
    assert read.document.published == "2021-07-24"


def test_utf16_without_bom_and_terminal_colours_are_text() -> None:
    assert decode_text(TEXT.encode("utf-16-le")) == TEXT
    assert decode_text(TEXT.encode("utf-16-be")) == TEXT
    assert decode_text(f"\x1b[1;31m{TEXT}\x1b[0m\n".encode()) == TEXT + "\n"


def _spin(seconds: float) -> None:
    ends = time.monotonic() + seconds
    while time.monotonic() < ends:
        pass


def test_a_time_limit_names_its_block_and_leaves_the_signal_handler_as_it_found_it() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(TooSlow, match=r"reading took longer than 0\.05 s"), time_limit("reading", 0.05):
        _spin(2)
    assert signal.getsignal(signal.SIGALRM) == before


def test_a_handler_installed_once_serves_every_limit_inside_it() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with alarm_handler():
        installed = signal.getsignal(signal.SIGALRM)
        with time_limit("reading", 5):
            pass
        assert signal.getsignal(signal.SIGALRM) == installed  # not swapped for the block
        with pytest.raises(TooSlow, match=r"extraction took longer than 0\.05 s"), time_limit("extraction", 0.05):
            _spin(2)
        _spin(0.1)  # the timer of the stopped block does not go off later
    assert signal.getsignal(signal.SIGALRM) == before
