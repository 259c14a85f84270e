"""Bytes to text, with a reason an analyst can act on when it cannot be done."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes


class ReadError(Exception):
    """A document that cannot be read; the message names the reason (the caller adds the file)."""


_CONTROL_OK = {"\t", "\n", "\r", "\f"}
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or chr(b) in _CONTROL_OK)  # deleted to count the others
# Terminal colours and cursor moves (ESC [ ... letter), as in text saved from a console: not content, not binary.
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]")
_ANSI_BYTES = re.compile(_ANSI.pattern.encode("ascii"))


def _looks_binary(sample: bytes) -> bool:
    sample = _ANSI_BYTES.sub(b"", sample)
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls > max(8, len(sample) // 50)


def _from_bom(data: bytes) -> str | None:
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise ReadError(f"undecodable bytes after a {codec} byte-order mark ({exc.reason})") from exc
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no byte-order mark: the zero high bytes of ASCII text tell which half of each pair they are."""
    sample = data[:8192]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) < len(sample) // 8 or min(even, odd) > max(even, odd) // 4:
        return None
    try:
        text = data.decode("utf-16-be" if even > odd else "utf-16-le")
    except UnicodeDecodeError:
        return None
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in _CONTROL_OK)
    return text if controls <= len(text[:4096]) // 50 else None


def decode_text(data: bytes) -> str:
    """Decode UTF-8, UTF-16 (with or without BOM) or a legacy code page such as Windows-1258 (Vietnamese);
    terminal escape sequences are dropped."""
    return _ANSI.sub("", _decode(data))


def _decode(data: bytes) -> str:
    if not data.strip():
        raise ReadError("empty file")
    text = _from_bom(data) or _utf16_without_bom(data)
    if text is not None:
        return text
    if _looks_binary(data[:8192]):
        raise ReadError("binary content, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=["cp1258", "cp1252", "utf_16", "latin_1"]).best()
    if best is None:
        raise ReadError("undecodable bytes: not UTF-8, UTF-16 or a known legacy code page")
    return str(best)
