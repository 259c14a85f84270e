"""Local branches of national agencies ("Công an tỉnh Quảng Trị"): agencies of their own, not the national one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import entity, extract_text, facts, first_meeting, names, roles


def test_a_branch_word_and_a_province_name_an_agency_of_its_own(tmp_path: Path) -> None:
    text = ("Tin\n\nNgày 5/3/2025, Công an tỉnh Điện Biên, Bộ đội Biên phòng tỉnh Sơn La và Cục Hải quan thành phố "
            "Hải Phòng đã tham gia Chiến dịch Con Rồng Mê Kông giai đoạn 9.\n")
    extraction = extract_text(tmp_path, text)
    found = set(names(extraction).values())
    assert {"Công an tỉnh Điện Biên", "Bộ đội Biên phòng tỉnh Sơn La", "Cục Hải quan thành phố Hải Phòng"} <= found
    assert not {"Vietnam People's Police", "Vietnam Border Guard"} & found  # the national agencies are not named
    assert ("PARTICIPATED_IN", "Công an tỉnh Điện Biên", "Mekong Dragon 9") in facts(extraction)
    assert entity(extraction, "Công an tỉnh Điện Biên").country == "Vietnam"
    assert entity(extraction, "Bộ đội Biên phòng tỉnh Sơn La").kind == "border_guard"


def test_the_names_of_one_branch_are_one_agency_and_a_bare_level_points_back(tmp_path: Path) -> None:
    text = ("Tin\n\nCục Hải quan tỉnh Quảng Ninh làm việc với Công an tỉnh Savannakhet (Lào). Đại diện Hải quan "
            "Quảng Ninh phát biểu. Giám đốc Công an tỉnh cảm ơn. Ông là Giám đốc Công an tỉnh.\n")
    extraction = extract_text(tmp_path, text)
    customs = entity(extraction, "Cục Hải quan tỉnh Quảng Ninh")
    assert {m.text for m in customs.mentions} == {"Cục Hải quan tỉnh Quảng Ninh", "Hải quan Quảng Ninh"}
    police = entity(extraction, "Công an tỉnh Savannakhet")
    assert police.country == "Laos" and "Công an tỉnh" in {m.text for m in police.mentions}
    assert not any(m.text.endswith(".") for m in police.mentions)
    assert "Laos" not in names(extraction).values()  # named only after the agency, in brackets


def test_a_country_after_a_branch_word_is_no_branch(tmp_path: Path) -> None:
    extraction = extract_text(tmp_path, "Tin\n\nHải quan Hàn Quốc và Công an Việt Nam hợp tác.\n")
    assert {"Korea Customs Service", "Vietnam People's Police"} <= set(names(extraction).values())


def test_a_name_in_no_list_is_placed_by_the_country_in_brackets_after_it(tmp_path: Path) -> None:
    text = "Tin\n\nỦy ban Kiểm soát ma túy quốc gia (Lào) tham gia Chiến dịch Con Rồng Mê Kông giai đoạn 9.\n"
    extraction = extract_text(tmp_path, text)
    assert entity(extraction, "Ủy ban Kiểm soát ma túy quốc gia").country == "Laos"
    assert "Laos" not in names(extraction).values()  # named only after the agency


def test_a_branch_in_a_foreign_city_is_that_countrys_and_co_chairs_chair(tmp_path: Path) -> None:
    text = ("Tin\n\nHội nghị Hải quan biên giới lần thứ 9 diễn ra tại Nam Ninh dưới sự đồng chủ trì của Cục Hải quan "
            "tỉnh Lạng Sơn và Hải quan Nam Ninh.\n")
    extraction = extract_text(tmp_path, text)
    assert entity(extraction, "Hải quan Nam Ninh").country == "China"
    for host in ("Cục Hải quan tỉnh Lạng Sơn", "Hải quan Nam Ninh"):
        assert {"chair", "host"} <= roles(extraction, "ATTENDED", host, "Hội nghị Hải quan biên giới lần thứ 9")


def test_a_branch_in_a_neighbouring_countrys_province_is_that_countrys(tmp_path: Path) -> None:
    text = ("Tin\n\nCông an tỉnh Luang Namtha và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên ký biên bản. Đoàn Hải quan "
            "Vân Nam thăm Lào Cai.\n")
    extraction = extract_text(tmp_path, text)
    assert entity(extraction, "Công an tỉnh Luang Namtha").country == "Laos"
    assert entity(extraction, "Hải quan Vân Nam").country == "China"
    assert entity(extraction, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên").country == "Vietnam"


def test_a_vietnamese_name_ends_before_the_verb_of_the_delegation_it_heads(tmp_path: Path) -> None:
    text = ("Tin\n\nĐoàn đại biểu tỉnh Luang Namtha do Đại tá Bounmy Chanthavong, Chỉ huy trưởng Bộ Chỉ huy Quân sự "
            "tỉnh Luang Namtha dẫn đầu.\n")
    extraction = extract_text(tmp_path, text)
    assert ("LEADS", "Bounmy Chanthavong", "Bộ Chỉ huy Quân sự tỉnh Luang Namtha") in facts(extraction)


def test_a_branch_with_a_body_in_brackets_is_part_of_it_and_still_acts_for_itself(tmp_path: Path) -> None:
    text = ("Tin\n\nĐồn Biên phòng Cửa khẩu Quốc tế Tây Trang (BĐBP tỉnh Điện Biên) cử cán bộ tham dự. Cục Hải quan "
            "tỉnh Quảng Ninh (Tổng cục Hải quan) đã tổ chức hội nghị. Trong Chiến dịch Con rồng Mê Kông giai đoạn 6, Cục "
            "Hải quan tỉnh Quảng Ninh đã trao đổi 9 tin cảnh báo.\n")
    found = facts(extract_text(tmp_path, text))
    assert ("PART_OF", "Đồn Biên phòng Cửa khẩu Quốc tế Tây Trang", "BĐBP tỉnh Điện Biên") in found
    assert ("PART_OF", "Cục Hải quan tỉnh Quảng Ninh", "General Department of Vietnam Customs") in found
    assert ("PARTICIPATED_IN", "Cục Hải quan tỉnh Quảng Ninh", "Mekong Dragon 6") in found


def test_a_vietnamese_name_in_no_list_holding_a_foreign_province_is_that_countrys(tmp_path: Path) -> None:
    text = "Tin\n\nĐại tá Bounmy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Luang Namtha, phát biểu tại hội đàm.\n"
    assert entity(extract_text(tmp_path, text), "Bộ Chỉ huy Quân sự tỉnh Luang Namtha").country == "Laos"


def test_a_country_named_in_full_after_a_body_with_nuoc_is_no_party(tmp_path: Path) -> None:
    text = ("Tin\n\nNgày 4/3/2025, Công an tỉnh Lai Châu tổ chức Hội đàm lần thứ 6 với Bộ Quốc phòng, nước Cộng hòa Dân "
            "chủ Nhân dân Lào.\n")
    extraction = extract_text(tmp_path, text)
    assert entity(extraction, "Bộ Quốc phòng").country == "Laos"
    assert "Laos" not in {s for r, s, _ in facts(extraction) if r == "ATTENDED"}


def test_a_regional_customs_branch_and_its_parent_after_thuoc_in_brackets(tmp_path: Path) -> None:
    text = ("Tin\n\nÔng Lê Văn Tiến, Chi cục trưởng Chi cục Hải quan khu vực VIII, phát biểu. Chi cục Hải quan khu vực "
            "VIII (thuộc Cục Hải quan) quản lý cảng biển.\n")
    found = facts(extract_text(tmp_path, text))
    assert ("LEADS", "Lê Văn Tiến", "Chi cục Hải quan khu vực VIII") in found
    assert ("PART_OF", "Chi cục Hải quan khu vực VIII", "General Department of Vietnam Customs") in found


def test_a_division_defined_by_its_acronym_is_a_unit_in_its_parents_country(tmp_path: Path) -> None:
    text = ("Tin\n\nTham dự có lãnh đạo Phòng Cảnh sát điều tra tội phạm về ma túy (PC04). PC04 là đơn vị trực thuộc "
            "Công an tỉnh Lạng Sơn, đấu tranh với các đường dây ma túy.\n")
    extraction = extract_text(tmp_path, text)
    assert ("PART_OF", "PC04", "Công an tỉnh Lạng Sơn") in facts(extraction)
    assert entity(extraction, "PC04").country == "Vietnam"


@pytest.mark.parametrize("text", [
    "Tin\n\nTrung tâm Phân tích tình báo hải quan (CIAC) được thành lập năm 2019 tại Hà Nội, là đơn vị thuộc Tổng cục "
    "Hải quan.\n",
    "News\n\nThe Customs Intelligence Analysis Centre (CIAC), set up in Hanoi in 2019, is a unit of the General "
    "Department of Vietnam Customs.\n"])
def test_the_body_a_sentence_opens_with_is_a_unit_of_the_one_after_is_a_unit_of(tmp_path: Path, text: str) -> None:
    assert ("PART_OF", "CIAC", "General Department of Vietnam Customs") in facts(extract_text(tmp_path, text))


def test_an_acronym_defined_after_a_vietnamese_name_is_placed_by_the_country_it_holds(tmp_path: Path) -> None:
    extraction = extract_text(tmp_path, "Tin\n\nỦy ban Kiểm soát ma túy quốc gia Mông Cổ (NDCM) chủ trì hội nghị.\n")
    assert entity(extraction, "NDCM").country == "Mongolia"


def test_a_vietnamese_body_name_ending_with_anh_is_british(tmp_path: Path) -> None:
    extraction = extract_text(tmp_path, "Tin\n\nBộ Nội vụ Anh tài trợ Chiến dịch Thunder 2025. Ông Nguyễn Hùng Anh phát biểu.\n")
    assert entity(extraction, "Bộ Nội vụ Anh").country == "United Kingdom"
    assert "United Kingdom" not in names(extraction).values()


def test_talks_held_with_a_foreign_provincial_department_are_an_event_of_both(tmp_path: Path) -> None:
    text = ("Tin\n\nNgày 3/3/2025, tại Lào Cai, Công an tỉnh Lào Cai hội đàm với Sở Công an tỉnh Vân Nam (Trung Quốc) "
            "về phòng chống ma túy. Tại buổi hội đàm, hai bên thống nhất trao đổi thông tin.\n")
    extraction = extract_text(tmp_path, text)
    assert entity(extraction, "Sở Công an tỉnh Vân Nam").country == "China"
    meeting = first_meeting(extraction)
    for party in ("Công an tỉnh Lào Cai", "Sở Công an tỉnh Vân Nam"):
        assert roles(extraction, "ATTENDED", party, meeting)


def test_a_unit_of_a_foreign_ministry_written_in_vietnamese(tmp_path: Path) -> None:
    text = "Tin\n\nCục Cảnh sát phòng chống ma túy thuộc Bộ Công an Lào đã phối hợp với Công an tỉnh An Giang.\n"
    extraction = extract_text(tmp_path, text)
    unit = next(e for e in extraction.entities if e.name.startswith("Cục Cảnh sát"))
    assert unit.country == "Laos" and "Cục Cảnh sát phòng chống ma túy" in unit.aliases
    assert ("PART_OF", unit.name, "Bộ Công an Lào") in facts(extraction)


def test_a_provincial_unit_and_its_provincial_parent_not_the_national_force(tmp_path: Path) -> None:
    text = ("Tin\n\nCùng dự có đại diện Phòng Cảnh sát điều tra tội phạm về ma túy (PC04) thuộc Công an tỉnh Lạng Sơn. "
            "Phòng Cảnh sát môi trường (PC05) Công an tỉnh Nghệ An cũng tham dự.\n")
    found = facts(extract_text(tmp_path, text))
    assert {f for f in found if f[0] == "PART_OF"} == {("PART_OF", "PC04", "Công an tỉnh Lạng Sơn"),
                                                      ("PART_OF", "PC05", "Công an tỉnh Nghệ An")}


def test_a_department_and_its_ministry_in_brackets_but_no_body_explained_in_brackets(tmp_path: Path) -> None:
    text = ("Tin\n\nChiến dịch được triển khai bởi Cục Kiểm lâm (Bộ Nông nghiệp và Phát triển nông thôn) và 1 cơ quan "
            "Hải quan đối tác của ASEAN (Hải quan Hàn Quốc).\n")
    found = facts(extract_text(tmp_path, text))
    assert ("PART_OF", "Vietnam Forest Protection Department", "Bộ Nông nghiệp và Phát triển nông thôn") in found
    assert not {f for f in found if f[1] == "ASEAN"}
    text = "Tin\n\nChiến dịch có sự tham gia của Cục Kiểm lâm (thuộc Bộ Nông nghiệp và Môi trường).\n"
    found = facts(extract_text(tmp_path, text, "thuoc.txt"))
    assert ("PART_OF", "Vietnam Forest Protection Department", "Bộ Nông nghiệp và Môi trường") in found


def test_vietnamese_bodies_with_a_second_field_a_split_pair_and_an_acronym_before_their_parent(tmp_path: Path) -> None:
    text = ("Tin\n\nChiến dịch Rừng Xanh có sự tham gia của Cục Lâm nghiệp và Kiểm lâm (Bộ Nông nghiệp và Môi trường), "
            "Cục Cảnh sát phòng, chống tội phạm về môi trường (C05, Bộ Công an) và Cục Quản lý Dược và C05.\n")
    extraction = extract_text(tmp_path, text)
    found = facts(extraction)
    assert ("PART_OF", "Cục Lâm nghiệp và Kiểm lâm", "Bộ Nông nghiệp và Môi trường") in found
    c05 = "Environmental Crime Prevention Police Department (C05)"
    assert ("PART_OF", c05, "Ministry of Public Security of Vietnam") in found
    assert "Vietnam Forest Protection Department" not in names(extraction).values()
    assert "participant" in roles(extraction, "PARTICIPATED_IN", c05, "Rừng Xanh")  # no department swallows it


def test_a_joint_campaign_co_led_members_after_the_body_and_bodies_present(tmp_path: Path) -> None:
    text = ("Tin\n\nHội nghị ASEANAPOL lần thứ 44 khai mạc tại Brunei ngày 5/9/2025. Tham dự có lãnh đạo cảnh sát của 10 "
            "nước thành viên ASEANAPOL gồm: Brunei, Campuchia và Việt Nam. Đại diện INTERPOL cũng có mặt tại Hội nghị. "
            "Các đại biểu đánh giá chiến dịch chung Rising Sun do Cảnh sát Hoàng gia Malaysia và Cảnh sát Quốc gia "
            "Indonesia đồng chủ trì.\n")
    extraction = extract_text(tmp_path, text)
    found = facts(extraction)
    assert {("MEMBER_OF", c, "ASEANAPOL") for c in ("Brunei", "Cambodia", "Vietnam")} <= found
    assert "participant" in roles(extraction, "ATTENDED", "INTERPOL", first_meeting(extraction))
    for body in ("Royal Malaysia Police", "Indonesian National Police"):
        assert roles(extraction, "PARTICIPATED_IN", body, "Rising Sun") == {"coordinator"}, body


def test_a_body_explained_by_its_acronym_after_chien_dich_is_no_campaign(tmp_path: Path) -> None:
    text = "Tin\n\nChiến dịch năm nay nhận được sự hỗ trợ của Tổ chức Bảo tồn Thiên nhiên Quốc tế (IUCN).\n"
    assert not {e.name for e in extract_text(tmp_path, text).entities if e.type == "Campaign"}


def test_a_border_post_named_after_any_place_and_a_unit_written_right_before_its_branch(tmp_path: Path) -> None:
    text = ("Tin\n\nCác lực lượng tham gia gồm: Đồn Biên phòng Ba Nang (thuộc Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng "
            "Trị) và Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Quảng Trị. Phòng họp của Công an tỉnh "
            "Quảng Trị rất rộng.\n")
    found = facts(extract_text(tmp_path, text))
    unit = "Phòng Cảnh sát điều tra tội phạm về ma túy (Công an tỉnh Quảng Trị)"
    assert {f for f in found if f[0] == "PART_OF"} == {
        ("PART_OF", "Đồn Biên phòng Ba Nang", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị"),
        ("PART_OF", unit, "Công an tỉnh Quảng Trị")}


def test_a_peak_campaign_two_sides_agreed_to_open_and_a_name_that_ends_with_its_place(tmp_path: Path) -> None:
    text = ("Tin\n\nNgày 12/3/2024, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị hội đàm với Bộ Chỉ huy Quân sự tỉnh "
            "Khammouane về công tác phối hợp. Hai đơn vị thống nhất mở Đợt cao điểm tuần tra song phương chống ma túy "
            "năm 2024, thời gian từ ngày 15/3 đến hết ngày 15/6/2024. Đợt cao điểm nhận được sự hỗ trợ của UNODC. Các "
            "bên đã tổ chức nhiều đợt cao điểm truy quét trên tuyến biên giới.\n")
    extraction = extract_text(tmp_path, text)
    campaign = "cao điểm tuần tra song phương chống ma túy năm 2024"
    assert {e.name for e in extraction.entities if e.type == "Campaign"} == {campaign}
    assert "Bộ Chỉ huy Quân sự tỉnh Khammouane" in names(extraction).values()
    assert roles(extraction, "PARTICIPATED_IN", "UNODC", campaign) == {"supporter"}


def test_a_vietnamese_name_holding_an_acronym_it_deals_with_and_names_ending_before_another_body(
        tmp_path: Path) -> None:
    text = ("Tin\n\nHội thảo khu vực khai mạc tại Hà Nội ngày 2/6/2025. Hội thảo có sự tham dự của đại diện Cơ quan quản "
            "lý CITES Việt Nam và Cục Hợp tác quốc tế, Bộ Công an.\n")
    extraction = extract_text(tmp_path, text)
    agencies = {e.name for e in extraction.entities if e.type == "Agency"}
    assert "Cơ quan quản lý CITES Việt Nam" in agencies and "CITES Secretariat" not in agencies
    assert "Cục Hợp tác quốc tế (Ministry of Public Security of Vietnam)" in agencies
    assert not roles(extraction, "ATTENDED", "Vietnam", first_meeting(extraction))  # a word of a name attends not


def test_a_quoted_project_and_a_name_that_ends_before_a_verb(tmp_path: Path) -> None:
    text = ("Tin\n\nNgày 2/6/2025, Bộ Nông nghiệp và Môi trường phát động Chiến dịch Rừng Xanh 2025. Hội thảo thuộc Dự án "
            "“Phòng, chống ma túy khu vực biên giới phía Bắc” giai đoạn 2023 – 2026 do C04 và AFP phối hợp thực hiện.\n")
    extraction = extract_text(tmp_path, text)
    assert "Bộ Nông nghiệp và Môi trường" in names(extraction).values()
    project = "Phòng, chống ma túy khu vực biên giới phía Bắc"
    for body in ("Drug Crime Investigation Police Department (C04)", "Australian Federal Police"):
        assert "participant" in roles(extraction, "PARTICIPATED_IN", body, project), body


def test_a_vietnamese_organisation_described_before_the_acronym_it_defines(tmp_path: Path) -> None:
    text = ("Tin\n\nChiến dịch Rừng Xanh nhận được sự hỗ trợ của Tổ chức Bảo tồn Thiên nhiên Hoang dã (WFN). Tổ chức hội "
            "nghị (ABC) tại Hà Nội.\n")
    extraction = extract_text(tmp_path, text)
    assert {e.name for e in extraction.entities if e.type == "Agency"} == {"WFN"}
    assert roles(extraction, "PARTICIPATED_IN", "WFN", "Rừng Xanh") == {"supporter"}


def test_an_airport_customs_branch_and_a_meetings_short_name_in_brackets(tmp_path: Path) -> None:
    text = ("Tin\n\nSáng 16/9/2025, Bộ Công an chủ trì Hội nghị Quan chức cao cấp ASEAN về ma túy lần thứ 47 (ASMD 47) "
            "tại Hà Nội. ASMD 47 bế mạc ngày 18/9. Chi cục Hải quan cửa khẩu sân bay quốc tế Nội Bài (thuộc Cục Hải "
            "quan TP Hà Nội) đã tham dự.\n")
    extraction = extract_text(tmp_path, text)
    meeting = entity(extraction, first_meeting(extraction))
    assert [m.text for m in meeting.mentions].count("ASMD 47") == 2
    assert ("PART_OF", "Chi cục Hải quan cửa khẩu sân bay quốc tế Nội Bài", "Cục Hải quan TP Hà Nội") in facts(extraction)


def test_a_meeting_placed_by_a_town_its_province_and_its_country_before_it(tmp_path: Path) -> None:
    text = ("Tin\n\nNgày 12/3/2024, tại thành phố Phonsavan, tỉnh Xiêng Khoảng (Lào), Bộ Chỉ huy Bộ đội Biên phòng tỉnh "
            "Nghệ An đã tổ chức hội đàm định kỳ năm 2024 với Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng.\n")
    extraction = extract_text(tmp_path, text)
    assert ("HELD_IN", first_meeting(extraction), "Laos") in facts(extraction)


def test_a_meetings_short_name_may_hold_its_bodys_acronym_but_not_an_operations(tmp_path: Path) -> None:
    text = ("Tin\n\nHội nghị Tư lệnh Cảnh sát các nước ASEAN lần thứ 45 (ASEANAPOL 45) diễn ra tại Brunei. Tại ASEANAPOL "
            "45, các nước đánh giá Hội nghị tổng kết Chiến dịch Con Rồng Mê Kông 6 (OMD 6).\n")
    extraction = extract_text(tmp_path, text)
    meetings = [e for e in extraction.entities if e.type == "Meeting"]
    assert [m.text for m in meetings[0].mentions].count("ASEANAPOL 45") == 2
    assert not any(m.text == "OMD 6" for e in meetings for m in e.mentions)


def test_an_office_of_an_international_body_in_a_country(tmp_path: Path) -> None:
    text = ("Tin\n\nĐại diện Văn phòng Thường trực ASEANAPOL Việt Nam và Văn phòng Interpol Việt Nam (thuộc Cục Hợp tác "
            "quốc tế, Bộ Công an) tham dự. Văn phòng RILO AP trình bày chi tiết.\n")
    extraction = extract_text(tmp_path, text)
    offices = {e.name: e.country for e in extraction.entities if e.name.startswith("Văn phòng")}
    assert offices == {"Văn phòng Thường trực ASEANAPOL Việt Nam": "Vietnam", "Văn phòng Interpol Việt Nam": "Vietnam"}
    assert "RILO AP" in names(extraction).values()
