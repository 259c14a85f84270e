"""The language of a document: py3langid's answer, found without running py3langid when the text leaves no doubt.

py3langid walks every byte and scores 140 languages (about 0.3 ms for our 800 characters). Most of our articles are
plainly Vietnamese or plainly English, and then the answer is known at a glance. Vietnamese: Latin script only, no
letter Vietnamese does not write, letters only Vietnamese writes in every window of words and in a tenth of the text.
English: ASCII letters only, English function words in every window of words and in a quarter of them, no frequent
word of another language. A text that mixes languages or scripts, or is short, goes to py3langid: a country list or
English mixed with Somali looks English by its function words and is not English to py3langid.
tests/test_language.py holds the fast path to py3langid's answer on our corpora cut every way, on texts of our own in
32 other languages and on mixtures; the thresholds keep a margin over the first disagreements seen there.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

import py3langid
import yaml

DATA = Path(__file__).resolve().parent.parent / "data"
LANGUAGE_PREFIX = 800  # characters: a headline and a paragraph tell Vietnamese from English (py3langid costs per character)
FAST_MIN_CHARACTERS = 400  # shorter texts always go to py3langid
VIETNAMESE_WINDOW = 12  # words
ENGLISH_WINDOW = 15  # words: no disagreement with py3langid up to 40 on our corpora cut every way (2026-11-28)
ENGLISH_PER_WINDOW = 1  # English function words in every window
ENGLISH_SHARE = 0.25  # of all words
VIETNAMESE_PER_WINDOW = 2  # Vietnamese-only letters in every window
VIETNAMESE_SHARE = 0.1  # of all characters but spaces
# Letters only Vietnamese writes among py3langid's languages: ơ, ư and the Latin Extended Additional vowels, less
# those Yoruba, Igbo and Guarani also write (ẹ ọ ị ụ ẽ ỹ).
_VIETNAMESE = re.compile("[ơưƠƯ\u1ea0-\u1ef9](?<![ẹẸọỌịỊụỤẽẼỹỸ])")
# Anything outside Latin letters (ASCII to Latin Extended-B, the Vietnamese vowels) and general punctuation.
_OTHER_SCRIPT = re.compile("[^\u0000-\u024f\u1ea0-\u1ef9\u2000-\u206f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_VIETNAMESE_ALPHABET = "".join(sorted({unicodedata.normalize("NFC", vowel + tone) for vowel in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
                                       for tone in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")} | {"đ", "Đ"}))
_NOT_ASCII_OR_VIETNAMESE = re.compile(f"[^\\x00-\\x7f{_VIETNAMESE_ALPHABET}]")  # ü, ç, ñ, ş, ë, and punctuation
_ASCII_WORD = re.compile(r"[a-z]+")


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    with open(DATA / "language.yaml", encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return frozenset(data["english_function_words"]), frozenset(data["foreign_function_words"])


def _starts(count: int, window: int) -> list[int]:
    """Where the windows of ``window`` items begin among ``count``, the last window ending with the last item."""
    starts = list(range(0, count - window + 1, window))
    if starts and starts[-1] + window < count:
        starts.append(count - window)
    return starts


def _has_letter(text: str, characters: re.Pattern[str]) -> bool:
    """Whether one of the characters the pattern finds (few, in the texts that pass) is a letter."""
    return any(c.isalpha() for c in characters.findall(text))


def _vietnamese(text: str) -> bool:
    """Vietnamese-only letters in every window of words and in a tenth of all characters but spaces; no letter
    Vietnamese does not write."""
    words = text.split()
    letters = 0  # in all words, counted window by window (no space is such a letter)
    for start in range(0, len(words), VIETNAMESE_WINDOW):
        count = _vietnamese_letters(words, start)
        if count < VIETNAMESE_PER_WINDOW and start + VIETNAMESE_WINDOW <= len(words):
            return False
        letters += count
    last = len(words) - VIETNAMESE_WINDOW  # the window ending with the last word, where the others leave words over
    if len(words) % VIETNAMESE_WINDOW and last >= 0 and _vietnamese_letters(words, last) < VIETNAMESE_PER_WINDOW:
        return False
    characters = len(text) - text.count(" ")
    return not _has_letter(text, _NOT_ASCII_OR_VIETNAMESE) and letters >= VIETNAMESE_SHARE * characters


def _vietnamese_letters(words: list[str], start: int) -> int:
    return len(_VIETNAMESE.findall(" ".join(words[start:start + VIETNAMESE_WINDOW])))


def _english(text: str) -> bool:
    """Only ASCII letters; English function words in every window of words and in a quarter of all words; no word of
    another language's short list."""
    if _has_letter(text, _NON_ASCII):
        return False
    english, foreign = _words()
    words = _ASCII_WORD.findall(text.lower())
    if not foreign.isdisjoint(words):
        return False
    hits = list(map(english.__contains__, words))
    return sum(hits) >= ENGLISH_SHARE * len(words) and \
        all(sum(hits[start:start + ENGLISH_WINDOW]) >= ENGLISH_PER_WINDOW for start in _starts(len(words), ENGLISH_WINDOW))


def decisive(text: str) -> str | None:
    """"vi" or "en" when the text leaves no doubt, else None (ask py3langid)."""
    if len(text) < FAST_MIN_CHARACTERS or _OTHER_SCRIPT.search(text):
        return None
    if _vietnamese(text):
        return "vi"
    return "en" if _english(text) else None


def language_of(content: str) -> str:
    """The language code py3langid gives for the first LANGUAGE_PREFIX characters of the content view."""
    text = " ".join(content[:LANGUAGE_PREFIX].split())
    return decisive(text) or str(py3langid.classify(text)[0])
