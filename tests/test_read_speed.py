"""The read and resolve stages' faster forms give what the plain forms gave: each shortcut is checked against the
plain form it replaced, on our demo articles and on texts built to reach the edge cases."""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import yaml

from graph.keys import _move_tone, fold, unify_tones
from loaders.extract.dates import DateMatch, find_dates
from loaders.read import _first_date
from loaders.read.normalize import DATA, _blank, _blank_matches, _has_words, _rules, content_view, normalise

DEMO = Path(__file__).resolve().parent.parent / "demo" / "corpus"
EDGES = ["", " ", "\t", "  \t ", "Tin liên quan", "Related news:", "VCN – Tin mới", "  (Dân trí) - Hôm nay",
         "Share Facebook Twitter", "| a | b |", "## Đọc thêm", "http://x.y/z", "---", "By Minh Anh", "Ảnh minh họa",
         "08:13 | 25/08/2025 Hồ sơ", "Hoà bình, quý khách, thuỷ thủ", "Hải quan Lào bắt giữ 2 tấn ma túy."]


def _demo_lines() -> list[str]:
    lines = [line for path in sorted(DEMO.iterdir()) for line in normalise(path.read_text(encoding="utf-8")).split("\n")]
    return sorted(set(lines + EDGES))


def _boilerplate() -> dict[str, list[str]]:
    with open(DATA / "boilerplate.yaml", encoding="utf-8") as handle:
        rules: dict[str, list[str]] = yaml.safe_load(handle)
    return rules


def test_one_alternation_flags_the_lines_each_pattern_flags() -> None:
    patterns = [re.compile(p) for p in _boilerplate()["line_patterns"]]
    for line in _demo_lines():
        assert bool(_rules().line.search(line)) == any(p.search(line) for p in patterns), line


def test_possessive_line_start_patterns_blank_what_the_plain_ones_did() -> None:
    possessive = [p for p in _rules().inline if p.pattern.startswith("^\\s*+")]
    assert len(possessive) == 2
    lines, rng = _demo_lines(), random.Random(5)
    views = [content_view("\n".join(rng.choice(lines) for _ in range(rng.randint(1, 30)))) for _ in range(400)]
    views.append("\n".join([" " * 40] * 50 + ["VCN – Tin", "  ", "(Dân trí) - Hôm nay", "\t"]))
    for pattern in possessive:
        plain = re.compile(pattern.pattern.replace("^\\s*+", "^\\s*", 1), re.M)
        for view in views:
            assert pattern.sub(lambda m: _blank(m.group(0)), view) == plain.sub(lambda m: _blank(m.group(0)), view)


def test_line_start_patterns_tried_once_per_blank_run_blank_what_sub_blanks() -> None:
    """Also on patterns of other shapes after the possessive spaces: one that can match nothing, one that ends at a
    line end, one that looks behind."""
    patterns = [p for p in _rules().inline if p.pattern.startswith("^\\s*+")]
    patterns += [re.compile(p, re.M) for p in (r"^\s*+x", r"^\s*+(?:ab|\s)", r"^\s*+$", r"^\s*+[A-Z]+\s*\n?",
                                                r"^\s*+(?<=\n)y", r"^\s*+(?:z|)")]
    lines, rng = [*_demo_lines(), "x", " x", "ab", "  y", "Z", "AB", "z", "\u3000", "   \t  "], random.Random(12)
    texts = ["\n".join(rng.choice(lines) for _ in range(rng.randint(0, 25))) + rng.choice(["", "\n"]) for _ in range(1500)]
    for text in texts:
        for view in (text, content_view(text)):
            for pattern in patterns:
                assert _blank_matches(pattern, view) == pattern.sub(lambda m: _blank(m.group(0)), view), pattern.pattern


def test_words_are_counted_as_a_full_split_counts_them() -> None:
    rng = random.Random(10)
    lines = _demo_lines() + ["".join(rng.choice("ab  \t\u3000.") for _ in range(rng.randint(0, 60))) for _ in range(2000)]
    for line in lines:
        for count in (1, 2, 3, 20, 30):
            assert _has_words(line, count) == (len(line.split()) >= count), (line, count)


def test_blank_keeps_newlines_only() -> None:
    rng = random.Random(6)
    for _ in range(2000):
        text = "".join(rng.choice("ab \n\t\u00e0\r") for _ in range(rng.randint(0, 20)))
        assert _blank(text) == re.sub(r"[^\n]", " ", text)


def test_normalise_matches_translate_and_the_plain_tone_pattern() -> None:
    invisible = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
    old_style = re.compile(r"(?<![qQ])([oO][\u00e0\u00e1\u1ea3\u00e3\u1ea1\u00e8\u00e9\u1ebb\u1ebd\u1eb9]"
                           r"|[uU][\u1ef3\u00fd\u1ef7\u1ef9\u1ef5])(?![\w])")

    def plain(text: str) -> str:
        text = text.translate(invisible).replace("\r\n", "\n").replace("\r", "\n")
        text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u202f", " ")
        return old_style.sub(_move_tone, text)

    rng = random.Random(7)
    alphabet = ("oOuUqQ a\u00e0\u00e1\u1ea3\u00e3\u1ea1\u00e8\u00e9\u1ebb\u1ebd\u1eb9\u1ef3\u00fd\u1ef7\u1ef9\u1ef5"
                "\u0301x.\r\n\u200b\u00ad\u00a0\u202f")
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert normalise(text) == plain(text), repr(text)
    for line in _demo_lines():
        assert unify_tones(line) == old_style.sub(_move_tone, line)


def test_fold_matches_the_plain_fold() -> None:
    def plain(text: str) -> str:
        text = unicodedata.normalize("NFC", text).lower().replace("đ", "d")
        text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
        return " ".join(re.sub(r"[^\w]+", " ", text).split())

    names = [word for line in _demo_lines() for word in [line, *line.split()]]
    rng = random.Random(8)
    alphabet = "aA Đđ-_.,ÀàẠạ\u0301\u0323\u0e31\u064eİıßǅ1²"
    names += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10))) for _ in range(5000)]
    for name in names:
        assert fold(name) == plain(name), repr(name)


def test_first_date_is_found_as_before_the_year_check() -> None:
    """A line without a year in digits is not handed to find_dates: it could not hold a full date."""
    def plain(line: str) -> tuple[DateMatch, str] | None:
        dates = find_dates(line, None) if any(c.isdigit() for c in line) else []
        if not dates or not dates[0].first.year or dates[0].first.day is None:
            return None
        return dates[0], (line[:dates[0].start] + line[dates[0].end:]).strip()

    rng = random.Random(9)
    pieces = ["14/07/2021", "11:45 |", "July 24, 2021", "ngày 5 tháng 3 năm 2024", "12-17/2/2023", "from 1 to 3 May",
              "Bangkok,", "–", "2019", "5/3", "March 2020", "Posted on", "19", "20", "٢٠٢٣", "1999"]
    lines = _demo_lines() + [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(3000)]
    for line in lines:
        assert _first_date(line) == plain(line), line
