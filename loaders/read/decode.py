"""Bytes to text, with a reason an analyst can act on when it cannot be done."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes


class ReadError(Exception):
    """A document that cannot be read; the message names the reason (the caller adds the file)."""


_CONTROL_OK = {"\t", "\n", "\r", "\f"}


def _looks_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and chr(b) not in _CONTROL_OK)
    return controls > max(8, len(sample) // 50)


def _from_bom(data: bytes) -> str | None:
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise ReadError(f"undecodable bytes after a {codec} byte-order mark ({exc.reason})") from exc
    return None


def decode_text(data: bytes) -> str:
    """Decode UTF-8, UTF-16 (with BOM) or a legacy code page such as Windows-1258 (Vietnamese)."""
    if not data.strip():
        raise ReadError("empty file")
    text = _from_bom(data)
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
