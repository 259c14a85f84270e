"""Dates in both languages, ranges, and years inferred from context."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from graph.records import date_bounds, full_day
from loaders.extract.dates import PATTERNS, find_dates, slash_window
from tests.helpers import extract_text


@pytest.mark.parametrize(("text", "expected"), [
    ("diễn ra từ 12-17/2/2023 tại", ("2023-02-12", "2023-02-17")),
    ("từ ngày 24/2 đến ngày 3/3", ("2024-02-24", "2024-03-03")),
    ("từ ngày 1/7 đến 31/8", ("2024-07-01", "2024-08-31")),
    ("(từ ngày 30/10 - 1/11/2022)", ("2022-10-30", "2022-11-01")),
    ("ngày 12/11/2020", ("2020-11-12", "2020-11-12")),
    ("tổ chức ngày 16/5 tại Hà Nội", ("2024-05-16", "2024-05-16")),
    ("ngày 5 tháng 6 năm 2023", ("2023-06-05", "2023-06-05")),
    ("đến cuối tháng 12/2020", ("2020-12", "2020-12")),
    ("trong tháng 3, đoàn", ("2024-03", "2024-03")),
    ("trong năm 2023", ("2023", "2023")),
    ("from 1 July to 31 August 2024", ("2024-07-01", "2024-08-31")),
    ("from 12 to 14 May 2024", ("2024-05-12", "2024-05-14")),
    ("12-17 February 2023", ("2023-02-12", "2023-02-17")),
    ("June 12-14, 2024", ("2024-06-12", "2024-06-14")),
    ("from October 7 to 9, 2024", ("2024-10-07", "2024-10-09")),
    ("from June 28 to July 2, 2024", ("2024-06-28", "2024-07-02")),
    ("trong hai ngày 20 và 21/9/2023", ("2023-09-20", "2023-09-21")),
    ("on 25 March 2024", ("2024-03-25", "2024-03-25")),
    ("July 24, 2021 04:15", ("2021-07-24", "2021-07-24")),
    ("phase 2 (November, 2020)", ("2020-11", "2020-11")),
    ("from 28 December to 3 January 2025", ("2024-12-28", "2025-01-03")),
    ("từ ngày 12 đến ngày 14 tháng 5 năm 2025", ("2025-05-12", "2025-05-14")),
    ("từ ngày 28 tháng 4 đến hết ngày 2 tháng 5", ("2024-04-28", "2024-05-02")),
    ("từ tháng 6 đến tháng 8/2025", ("2025-06", "2025-08")),
    ("ran from June to August 2025", ("2025-06", "2025-08")),
    ("between November 2024 and February 2025", ("2024-11", "2025-02")),
])
def test_date_forms(text: str, expected: tuple[str, str]) -> None:
    assert find_dates(text, 2024)[0].iso() == expected


def test_a_year_stated_earlier_in_the_sentence_wins_over_the_document_year() -> None:
    dates = find_dates("năm 2025, hai đơn vị triển khai giai đoạn mới từ ngày 1/7 đến 31/8", 2023)
    assert dates[-1].iso() == ("2025-07-01", "2025-08-31")


def test_no_year_known_gives_no_date() -> None:
    assert find_dates("ngày 16/5", None)[0].iso() == (None, None)


@pytest.mark.parametrize("text", ["1/2 số vụ", "tỷ lệ 45/100", "32/50 tỉnh"])
def test_fractions_are_not_dates(text: str) -> None:
    assert find_dates(text, 2024) == []


def test_a_year_or_month_as_full_days_leap_years_included() -> None:
    assert date_bounds("2024-02", None) == {"start_date": "2024-02-01", "end_date": "2024-02-29"}
    assert date_bounds("2023-02", "2023-04") == {"start_date": "2023-02-01", "end_date": "2023-04-30"}
    assert full_day("2024", last=True) == "2024-12-31" and full_day("2024-05-07", last=True) == "2024-05-07"
    assert full_day("2024-13", last=True) == "2024-13-31"


@pytest.mark.parametrize("text", [
    "The Regional Customs Forum took place in Hanoi from 4 to 6 March. It reviewed the results of 2021 and set "
    "directions for joint work in 2022.",
    "Hội nghị Hải quan khu vực diễn ra ngày 4/3 tại Hà Nội, đánh giá kết quả năm 2021 và thống nhất kế hoạch năm 2022.",
])
def test_a_year_an_article_plans_for_is_not_the_year_it_reports_on(tmp_path: Path, text: str) -> None:
    meeting = next(e for e in extract_text(tmp_path, text).entities if e.type == "Meeting")
    assert meeting.start == "2021-03-04"


@pytest.mark.parametrize("text", [
    "Lao Customs and Thai Customs signed a cooperation plan for 2027-2029 at a ceremony in Vientiane in 2025.",
    "Năm 2025, tại Viêng Chăn, Hải quan Lào và Hải quan Thái Lan đã ký kế hoạch hợp tác giai đoạn 2027-2029 tại Lễ ký "
    "kết."])
def test_the_years_a_plan_covers_do_not_date_the_event(tmp_path: Path, text: str) -> None:
    meeting = next(e for e in extract_text(tmp_path, text).entities if e.type == "Meeting")
    assert meeting.start == "2025"


_DATE_PIECES = ["/", "//", "1", "12", "31", "2", "2023", "19", "20", "٣", "１", "-", "–", "&", " ", "  ", "\n", "\xa0",
                "từ", "TỪ", "ngày", "NGÀY", "đến", "ĐẾN", "tới", "hết", "và", "and", "AND", "x", "a", ".", ",", "ſ", "K"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=30).map("".join))
@example("ngày 1/1/20231")  # the closing \b looks at the character after four digits
@example("TỪ ٣/1")  # \d takes any decimal digit
@example("từ\xa012 - 14/3")
def test_slash_patterns_match_in_their_window_what_they_match_in_the_whole_text(text: str) -> None:
    if "/" not in text:
        return
    for gate, pattern in PATTERNS:
        if gate == "/":
            assert [m.span() for m in pattern.finditer(text, *slash_window(text))] == \
                [m.span() for m in pattern.finditer(text)], text
