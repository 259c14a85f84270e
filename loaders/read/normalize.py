"""Normalise a text once, then blank out what is not the article, without moving a single offset.

Extraction runs on the *content view*: the normalised text with boilerplate replaced by spaces. Offsets found
there index the stored text directly, so evidence is always the exact slice the analyst sees.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from graph.keys import unify_tones

DATA = Path(__file__).resolve().parent.parent / "data"
_NON_SPACE = re.compile(r"\S")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def normalise(text: str) -> str:
    """NFC, one tone-mark placement, plain newlines and spaces, no invisible characters."""
    for invisible in _INVISIBLE:  # six scans at C speed cost less than str.translate's lookup per character
        text = text.replace(invisible, "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u202f", " ")
    return unify_tones(text)


@dataclass(frozen=True)
class _Rules:
    """boilerplate.yaml, compiled once."""

    headings: frozenset[str]
    longest_heading: int  # a line longer than this once stripped is no heading (case folding never shortens)
    min_words: int
    navigation: tuple[str, ...]
    any_navigation: re.Pattern[str]  # one of the navigation words anywhere: most lines hold none
    line: re.Pattern[str]  # the line patterns as one alternation: one search per line instead of one each
    inline: tuple[re.Pattern[str], ...]


@cache
def _rules() -> _Rules:
    with open(DATA / "boilerplate.yaml", encoding="utf-8") as handle:
        rules = yaml.safe_load(handle)
    headings = frozenset(h.casefold() for h in rules["section_headings"])
    return _Rules(headings=headings, longest_heading=max(map(len, headings)),
                  min_words=int(rules["paragraph_min_words"]), navigation=tuple(rules["navigation_words"]),
                  any_navigation=re.compile("|".join(map(re.escape, rules["navigation_words"]))),
                  line=re.compile("|".join(f"(?:{p})" for p in rules["line_patterns"])),
                  inline=tuple(re.compile(p, re.M) for p in rules["inline_patterns"]))


def _blank(text: str) -> str:
    """Every character but a newline turned into a space."""
    return "\n".join(" " * len(part) for part in text.split("\n"))


def _has_words(line: str, count: int) -> bool:
    """Whether the line has ``count`` words or more, without splitting all of a long one."""
    return len(line.split(None, count - 1)) >= count


def _is_paragraph(line: str, min_words: int) -> bool:
    return _has_words(line, min_words) and line.rstrip().endswith((".", "!", "?", "…", '"', "”"))


def _is_navigation(line: str) -> bool:
    if _has_words(line, 20):
        return False
    rules = _rules()
    words = rules.any_navigation.search(line) is not None and sum(1 for w in rules.navigation if w in line) >= 2
    return words or ("http" in line and not line.rstrip().endswith("."))


def _is_headline_row(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("|") and stripped.endswith("|") and not re.search(r"(Ảnh|Photo)\s*:", stripped)


def _mask_line(line: str, in_block: bool) -> tuple[str, bool]:
    if not line:
        return line, in_block  # an empty line is no heading, pattern, navigation or paragraph, and blanks to itself
    rules = _rules()
    key = line.strip().rstrip(":").strip("*# ")
    if len(key) <= rules.longest_heading and key.casefold() in rules.headings:
        return _blank(line), True
    if in_block and not _is_paragraph(line, rules.min_words):
        return _blank(line), True
    if rules.line.search(line) or _is_navigation(line) or _is_headline_row(line):
        return _blank(line), False
    return line, False


def _next_line(view: str, at: int) -> int:
    """Where the line after the one holding ``at`` starts, or past the end."""
    newline = view.find("\n", at)
    return len(view) + 1 if newline < 0 else newline + 1


def _blank_matches(pattern: re.Pattern[str], view: str) -> str:
    """``pattern.sub`` with every match blanked. A pattern that opens with ``^\\s*+`` is tried once per run of blank
    lines: from any line start of a run its possessive spaces reach the same first character, so the others' tries
    fail as the first one did (the engine's own search tries them all, which grows with the square of a masked block)."""
    if not pattern.pattern.startswith("^\\s*+"):
        return pattern.sub(lambda m: _blank(m.group(0)), view)
    parts, done, at = [], 0, 0
    while at <= len(view):
        match = pattern.match(view, at)
        if match and match.end() > at:
            parts += [view[done:at], _blank(match.group(0))]
            done = match.end()
            at = done if view.startswith("\n", done - 1) else _next_line(view, done)
            continue
        first = _NON_SPACE.search(view, at)
        if first is None:
            break
        at = _next_line(view, first.start())
    return "".join(parts) + view[done:]


def content_view(text: str) -> str:
    """The text with boilerplate blanked; same length, same newlines."""
    out, in_block = [], False
    for line in text.split("\n"):
        masked, in_block = _mask_line(line, in_block)
        out.append(masked)
    view = "\n".join(out)
    for pattern in _rules().inline:
        view = _blank_matches(pattern, view)
    return view
