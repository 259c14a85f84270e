"""Normalisation keeps offsets exact; boilerplate is blanked, not removed."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from graph.keys import fold, unify_tones
from loaders.extract.sentences import split_sentences
from loaders.read.normalize import content_view, normalise
from tests.helpers import extract_text, roles


@pytest.mark.parametrize(("old", "new"), [("ma tuý", "ma túy"), ("hoà bình", "hòa bình"), ("thuỷ", "thủy"),
                                          ("khoẻ", "khỏe"), ("Hoà", "Hòa")])
def test_tone_placement_is_unified(old: str, new: str) -> None:
    assert unify_tones(old) == new


@pytest.mark.parametrize("word", ["quý", "hoàn", "thuyền", "quà"])
def test_words_that_are_not_old_style_stay(word: str) -> None:
    assert unify_tones(word) == word


def test_normalise_is_nfc_and_keeps_length_of_tone_changes() -> None:
    text = unicodedata.normalize("NFD", "Chiến dịch phòng chống ma tuý\r\nHoà") + "\u00a0x\u200b"
    out = normalise(text)
    assert out == "Chiến dịch phòng chống ma túy\nHòa x"
    assert out == unicodedata.normalize("NFC", out)


def test_fold_ignores_case_diacritics_and_tone_placement() -> None:
    assert fold("Con Rồng Mê Kông") == fold("con rong me kong") == "con rong me kong"
    assert fold("ma tuý") == fold("MA TÚY")
    assert fold("Đà Nẵng") == "da nang"


def test_content_view_blanks_boilerplate_and_keeps_offsets() -> None:
    article = "Hải quan Lào tham gia Chiến dịch Con Rồng Mê Kông giai đoạn 6.\n"
    teaser = "![](img.jpg) | Bài khác về Hải quan Thái Lan |\n"
    caption = "Đoàn Hải quan Lào tại hội nghị. Ảnh: Minh Anh\n"
    block = "Tin liên quan\n\nHải quan Campuchia bắt giữ ma túy\n08:13 | 25/08/2025 Hồ sơ\n"
    text = article + teaser + caption + block
    view = content_view(text)
    assert len(view) == len(text) and view.count("\n") == text.count("\n")
    assert "Hải quan Lào tham gia" in view
    assert "Thái Lan" not in view and "Campuchia" not in view and "Minh Anh" not in view
    assert "Đoàn Hải quan Lào tại hội nghị." in view


def test_site_furniture_is_blanked() -> None:
    text = ("Hải quan Lào tham gia Chiến dịch Sea Shield.\nChia sẻ Facebook Zalo In bài\n© 2024 Báo Hải quan. Giấy phép số 1\n"
            "Hotline: 0123 456\nBình luận\nHải quan Thái Lan bắt giữ 2 tấn ma túy\nẢnh minh họa\n")
    assert content_view(text).split() == ["Hải", "quan", "Lào", "tham", "gia", "Chiến", "dịch", "Sea", "Shield."]


def test_a_real_paragraph_ends_a_headline_block() -> None:
    paragraph = ("Sau phần tin liên quan, bài viết tiếp tục với một đoạn văn dài mô tả việc Hải quan Lào và Hải quan "
                 "Campuchia cùng tham gia Chiến dịch Con Rồng Mê Kông giai đoạn 6 tại khu vực biên giới chung.")
    view = content_view("Đọc nhiều\nTin ngắn một\nTin ngắn hai\n" + paragraph)
    assert paragraph in view and "Tin ngắn" not in view


def test_sentences_split_glued_vietnamese_and_keep_abbreviations() -> None:
    text = "Hải quan tham gia hội nghị.Cụ thể, đoàn do ông A chủ trì. Ảnh: T.Bình. Mr. Smith of the U.S. Customs came."
    parts = [text[a:b] for a, b in split_sentences(text)]
    assert parts == ["Hải quan tham gia hội nghị.", "Cụ thể, đoàn do ông A chủ trì.", "Ảnh: T.Bình.",
                     "Mr. Smith of the U.S. Customs came."]


def test_a_ranks_abbreviation_ends_no_sentence(tmp_path: Path) -> None:
    text = ("The Mekong Drug Meeting was opened by Pol. Lt. Gen. Zin Min Htet and co-chaired by Brig. Gen. Tan Ko, "
            "Head of the Lao Customs Department. Maj. Gen. Lee attended.")
    assert [text[a:b] for a, b in split_sentences(text)][-1] == "Maj. Gen. Lee attended."
    extraction = extract_text(tmp_path, text)
    assert "chair" in roles(extraction, "ATTENDED", "Tan Ko", "Mekong Drug Meeting")
