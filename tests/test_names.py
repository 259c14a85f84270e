"""Names in no list, by their grammar, in both languages; one meeting across documents; facts inferred from an
article's frame. Sentences of our own writing; each test fails when its mechanism is removed."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extraction import extract_paths
from tests.helpers import entity, extract_text, facts, roles


def _agencies(tmp_path: Path, text: str) -> set[str]:
    return {e.name for e in extract_text(tmp_path, text).entities if e.type == "Agency"}


def test_an_acronym_that_spells_the_initials_defines_a_body(tmp_path: Path) -> None:
    text = "The operation was backed by the Standing Forum of Maritime Enforcement Chiefs (SFMEC) and INTERPOL."
    assert "SFMEC" in _agencies(tmp_path, text)
    assert "Standing Forum of Maritime Enforcement Chiefs" in entity(extract_text(tmp_path, text), "SFMEC").aliases


def test_an_acronym_with_a_dash_or_written_as_a_word_spells_a_name_with_dashes_and_commas(tmp_path: Path) -> None:
    text = ("News\n\nThe Maritime Analysis and Operations Centre – Narcotics (MAOC-N) and the UK Department for "
            "Environment, Food & Rural Affairs (Defra) joined Operation Blue Tide. MAOC-N shared data with Defra.\n")
    extraction = extract_text(tmp_path, text)
    assert {"MAOC-N", "Defra"} == {e.name for e in extraction.entities if e.type == "Agency"}
    assert "Maritime Analysis and Operations Centre – Narcotics" in entity(extraction, "MAOC-N").aliases
    assert entity(extraction, "Defra").country == "United Kingdom"


def test_a_country_right_after_an_acronym_places_the_body(tmp_path: Path) -> None:
    text = ("News\n\nThe talks between the Armed Police Force (APF) Nepal and India's Sashastra Seema Bal (SSB) ended. "
            "The Border Security Force (BSF) Kenya Police and others came.\n")
    extraction = extract_text(tmp_path, text)
    assert entity(extraction, "APF").country == "Nepal" and entity(extraction, "BSF").country is None
    assert ("ATTENDED", "Nepal") not in {f[:2] for f in facts(extraction)}


def test_an_english_body_named_after_a_known_city_is_of_that_citys_country(tmp_path: Path) -> None:
    text = "News\n\nIncheon Airport Customs and Seoul Metropolitan Police Agency joined Operation Blue Tide.\n"
    extraction = extract_text(tmp_path, text)
    assert entity(extraction, "Incheon Airport Customs").country == "South Korea"
    assert ("PARTICIPATED_IN", "Seoul Metropolitan Police Agency", "Blue Tide") in facts(extraction)


@pytest.mark.parametrize("text", [
    "Tin\n\nĐoàn có đại diện Hải quan Đông Hưng và Hải quan Bằng Tường, hai đơn vị trực thuộc Hải quan Nam Ninh.\n",
    "News\n\nThe team included the Dongxing Customs and the Pingxiang Customs, both subordinate to Nanning Customs.\n"])
def test_bodies_listed_before_a_group_marker_are_all_units_of_the_next(tmp_path: Path, text: str) -> None:
    found = {(s, t) for r, s, t in facts(extract_text(tmp_path, text)) if r == "PART_OF"}
    assert len(found) == 2 and len({t for _, t in found}) == 1


def test_a_vietnamese_unit_named_with_phong_chong_and_its_parent_after_thuoc(tmp_path: Path) -> None:
    text = "Tin\n\nTham dự có đại diện Cục Phòng, chống ma túy thuộc Tổng cục Cảnh sát quốc gia Campuchia.\n"
    extraction = extract_text(tmp_path, text)
    unit = next(e for e in extraction.entities if e.name.startswith("Cục Phòng, chống ma túy"))
    assert unit.country == "Cambodia" and ("PART_OF", unit.name, "Cambodian National Police") in facts(extraction)


def test_a_vietnamese_unit_of_an_owner_named_by_the_acronym_after_it_coordinates(tmp_path: Path) -> None:
    text = ("Tin\n\nChiến dịch Lưới Vàng V diễn ra từ tháng 7 đến tháng 11/2024. Hoạt động được điều phối bởi Trung tâm "
            "chống tội phạm tài chính và tham nhũng của INTERPOL (IFCACC), có trụ sở tại Singapore. Bà Lan, chuyên viên "
            "của IFCACC, phát biểu.\n")
    extraction = extract_text(tmp_path, text)
    assert {("PARTICIPATED_IN", "IFCACC", "Lưới Vàng 5"), ("PART_OF", "IFCACC", "INTERPOL")} <= facts(extraction)
    assert "coordinator" in roles(extraction, "PARTICIPATED_IN", "IFCACC", "Lưới Vàng 5")


@pytest.mark.parametrize("text, series", [
    ("Tin\n\nChiến dịch Lưới Vàng V diễn ra từ tháng 7/2024. Lưới Vàng là chuỗi chiến dịch do INTERPOL khởi xướng từ "
     "năm 2020.\n", "Lưới Vàng"),
    ("News\n\nOperation SKYNET IV ended in May. The SKYNET series was launched by INTERPOL in 2019.\n", "SKYNET")])
def test_a_campaign_named_once_with_its_cue_is_named_bare_later(tmp_path: Path, text: str, series: str) -> None:
    extraction = extract_text(tmp_path, text)
    assert "initiator" in roles(extraction, "PARTICIPATED_IN", "INTERPOL", series)
    assert not {f for f in facts(extraction) if f[1] == "INTERPOL" and f[2] != series}


def test_a_vietnamese_workshop_on_a_listed_topic_joined_with_a_body_defined_by_its_acronym(tmp_path: Path) -> None:
    text = ("Tin\n\nNgày 9/9/2025, tại Đà Nẵng, Cục Hải quan phối hợp với Cơ quan Phát triển Quốc tế Hàn Quốc (KOICA) "
            "tổ chức Hội thảo kiểm soát hàng hóa qua đường biển, đường hàng không. Hội thảo nằm trong khuôn khổ hợp tác "
            "giữa hai bên. KOICA tài trợ toàn bộ kinh phí.\n")
    extraction = extract_text(tmp_path, text)
    meetings = [e.name for e in extraction.entities if e.type == "Meeting"]
    assert meetings == ["Hội thảo kiểm soát hàng hóa qua đường biển, đường hàng không"]
    assert "host" in roles(extraction, "ATTENDED", "KOICA", meetings[0])
    assert "Cơ quan Phát triển Quốc tế Hàn Quốc" in entity(extraction, "KOICA").aliases


def test_a_force_named_in_vietnamese_before_its_known_acronym_is_that_body(tmp_path: Path) -> None:
    text = "Tin\n\nCùng đi có đại diện Lực lượng Biên phòng Australia (ABF) và Cảnh sát Liên bang Australia (AFP).\n"
    extraction = extract_text(tmp_path, text)
    assert {e.name for e in extraction.entities if e.type == "Agency"} == {"Australian Border Force",
                                                                           "Australian Federal Police"}
    assert "Lực lượng Biên phòng Australia" in entity(extraction, "Australian Border Force").aliases


def test_a_long_name_an_acronym_was_defined_for_names_that_body_later(tmp_path: Path) -> None:
    text = ("News\n\nOperation Kite was coordinated by INTERPOL's Maritime Security and Anti-Piracy Centre (IMSAPC). "
            "INTERPOL's Maritime Security and Anti-Piracy Centre was set up in 2021.\n")
    extraction = extract_text(tmp_path, text)
    assert [e.name for e in extraction.entities if e.type == "Agency" and e.name != "INTERPOL"] == ["IMSAPC"]
    assert ("PART_OF", "IMSAPC", "INTERPOL") in facts(extraction)


@pytest.mark.parametrize("text, person, body", [
    ("News\n\nThe Pacific Customs Forum (PCF) met in Apia. PCF Head of Secretariat Mele Tupou presented the plan.\n",
     "Mele Tupou", "PCF"),
    ("Tin\n\nÔng Khamsing Phommavong, Tổng Cục trưởng Tổng cục Hải quan Lào, phát biểu khai mạc.\n", "Khamsing Phommavong",
     "Lao Customs Department")])
def test_heads_of_a_secretariat_and_director_generals_written_with_a_capital_lead(tmp_path: Path, text: str, person: str,
                                                                                 body: str) -> None:
    assert ("LEADS", person, body) in facts(extract_text(tmp_path, text))


def test_a_series_named_only_inside_its_phase_is_known_as_written_there(tmp_path: Path) -> None:
    text = "News\n\nOperation Sandcat III was coordinated by the Lusaka Agreement Task Force in May 2025.\n"
    assert "Operation Sandcat" in entity(extract_text(tmp_path, text), "Sandcat").aliases


def test_police_and_naval_ranks_are_no_part_of_a_name_and_a_navy_is_a_body(tmp_path: Path) -> None:
    text = ("News\n\nSuperintendent Amina Bello of the Nigeria Police Force and Rear Admiral Juan Torres of the Colombian "
            "Navy signed the plan.\n")
    extraction = extract_text(tmp_path, text)
    assert {e.name for e in extraction.entities if e.type == "Person"} == {"Amina Bello", "Juan Torres"}
    assert entity(extraction, "Colombian Navy").country == "Colombia"


def test_an_acronym_with_a_word_after_its_dash_names_the_body_with_that_word(tmp_path: Path) -> None:
    text = ("News\n\nThe Joint Interagency Task Force West (JIATF-West) coordinated Operation Kite. JIATF-West tracked "
            "vessels.\n")
    extraction = extract_text(tmp_path, text)
    assert [e.name for e in extraction.entities if e.type == "Agency"] == ["JIATF-West"]
    assert "Joint Interagency Task Force West" in entity(extraction, "JIATF-West").aliases


def test_a_name_with_the_post_after_the_or_of_a_known_body_is_a_person(tmp_path: Path) -> None:
    text = ("News\n\n\"Ports are the front line,\" said Kofi Mensah, the Commissioner of the Ghana Revenue Authority. "
            "Fatou Ndiaye of the UNODC office in Dakar presented the results. The Director of the WCO and National "
            "Contact Points of the WCO spoke.\n")
    people = {e.name for e in extract_text(tmp_path, text).entities if e.type == "Person"}
    assert people == {"Kofi Mensah", "Fatou Ndiaye"}


def test_an_english_name_never_runs_on_from_the_title_line(tmp_path: Path) -> None:
    text = "Record Haul Reported By Regional Task Force\nRoyal Bhutan Police officers joined Operation Black Tide in May."
    extraction = extract_text(tmp_path, text)
    assert "Royal Bhutan Police" in {e.name for e in extraction.entities if e.type == "Agency"}
    assert ("PARTICIPATED_IN", "Royal Bhutan Police", "Black Tide") in facts(extraction)


def test_an_acronym_of_a_plan_or_region_is_no_body(tmp_path: Path) -> None:
    text = ("Reports covered the Regional Plan of Border Control (RPBC) in the Lower Mekong Sub-region (LMS), "
            "with the Korea Customs Service.")
    assert not {"RPBC", "LMS"} & _agencies(tmp_path, text)


def test_vietnamese_names_in_no_list_run_to_a_natural_boundary(tmp_path: Path) -> None:
    text = ("Chiến dịch Rừng Xanh nhận tài trợ từ Bộ Nông nghiệp, Thủy sản và Lâm nghiệp Úc cùng Quỹ bảo tồn "
            "thiên nhiên Đông Nam Á.")
    found = _agencies(tmp_path, text)
    assert {"Bộ Nông nghiệp, Thủy sản và Lâm nghiệp Úc", "Quỹ bảo tồn thiên nhiên Đông Nam Á"} <= found


def test_a_known_agency_in_brackets_names_the_description_before_it(tmp_path: Path) -> None:
    text = "Cơ quan chống ma túy của Mỹ (Drug Enforcement Administration) tham dự hội thảo."
    extraction = extract_text(tmp_path, text)
    assert [e.name for e in extraction.entities if e.type == "Agency"] == ["Drug Enforcement Administration"]
    assert "Cơ quan chống ma túy của Mỹ" in entity(extraction, "Drug Enforcement Administration").aliases


def test_units_joined_to_their_parent(tmp_path: Path) -> None:
    text = "Mr. Park Min-ho, Director General of the Intelligence Bureau of KCS, opened the Harbour Forum in Busan."
    assert ("PART_OF", "Intelligence Bureau (Korea Customs Service)", "Korea Customs Service") in facts(
        extract_text(tmp_path, text))


def test_a_body_and_its_declared_parent_with_a_slash(tmp_path: Path) -> None:
    text = "RILO AP/WCO hosted the Tiger Watch planning meeting in Seoul."
    extraction = extract_text(tmp_path, text)
    meeting = next(e for e in extraction.entities if e.type == "Meeting").name
    assert "host" in roles(extraction, "ATTENDED", "RILO AP", meeting)
    assert not roles(extraction, "ATTENDED", "WCO", meeting)


def test_one_meeting_across_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The 12th Liaison Meeting of Border Offices took place in Bangkok on 4 March 2024.")
    (tmp_path / "b.txt").write_text("The 12th Border Liaison Office Meeting was held in Bangkok on 4 March 2024.")
    meetings = [e for e in extract_paths([tmp_path]).entities if e.type == "Meeting"]
    assert len(meetings) == 1


def test_a_meeting_in_a_post_is_no_frame(tmp_path: Path) -> None:
    text = ("The Coral Patrol review meeting was held in Suva. Mr. Tane Rua, the Chairman of the Pacific Heads of "
            "Customs Meeting, opened the meeting.")
    extraction = extract_text(tmp_path, text)
    assert [e.name for e in extraction.entities if e.type == "Meeting"] == ["Coral Patrol review meeting"]


def test_a_sentence_dated_in_an_editions_year_speaks_of_that_edition(tmp_path: Path) -> None:
    text = ("Chiến dịch Blue Shield 2023 diễn ra trong tháng 5. Từ ngày 2 đến 30/5/2023, INTERPOL điều phối "
            "Chiến dịch Blue Shield.")
    assert "coordinator" in roles(extract_text(tmp_path, text), "PARTICIPATED_IN", "INTERPOL", "Blue Shield 2023")


def test_countries_reporting_at_a_phase_review_took_part_in_it(tmp_path: Path) -> None:
    text = ("The debriefing meeting of Operation Mekong Dragon V was held in Hanoi. Delegates of Nepal and Fiji "
            "attended and presented their seizures.")
    found = facts(extract_text(tmp_path, text))
    assert {("PARTICIPATED_IN", c, "Mekong Dragon 5") for c in ("Nepal", "Fiji")} <= found


def test_a_meeting_word_and_a_demonstrative_point_back(tmp_path: Path) -> None:
    text = "Hội nghị Hải quan biên giới lần thứ 7 diễn ra tại Lạng Sơn. Hội nghị lần này có 40 đại biểu tham dự."
    assert len([e for e in extract_text(tmp_path, text).entities if e.type == "Meeting"]) == 1


def test_numbers_and_generic_words_make_no_agency(tmp_path: Path) -> None:
    text = "Ninety-three Customs administrations and the General Secretariat joined Operation Tide."
    assert not _agencies(tmp_path, text)


def test_projects_are_campaigns(tmp_path: Path) -> None:
    text = "Tổng cục Hải quan tham gia Dự án SENTRY và the TRACE Project."
    campaigns = {e.name for e in extract_text(tmp_path, text).entities if e.type == "Campaign"}
    assert {"SENTRY", "TRACE"} <= campaigns


def test_a_country_named_only_inside_an_agency_name_is_no_country_of_the_document(tmp_path: Path) -> None:
    inside = extract_text(tmp_path, "Hải quan Nhật Bản và Tổng cục Hải quan đã trao đổi thông tin về tiền chất.")
    assert not [e for e in inside.entities if e.type == "Country"]
    assert not [f for f in facts(inside) if f[0] == "BELONGS_TO"]
    assert entity(inside, "Japan Customs").country == "Japan"  # the agency keeps its country
    alone = extract_text(tmp_path, "Nhật Bản cử Hải quan Nhật Bản tham dự hội thảo về tiền chất.")
    assert ("BELONGS_TO", "Japan Customs", "Japan") in facts(alone)


def test_a_vietnamese_name_that_says_it_is_international_belongs_to_no_country(tmp_path: Path) -> None:
    text = ("Việt Nam nhận hỗ trợ từ Hiệp hội quốc tế về bảo vệ rùa biển, Ủy ban Châu Âu về phát triển bền vững và "
            "Hiệp hội doanh nghiệp logistics.")
    countries = {e.name: e.country for e in extract_text(tmp_path, text).entities if e.type == "Agency"}
    assert countries == {"Hiệp hội quốc tế về bảo vệ rùa biển": None, "Ủy ban Châu Âu về phát triển bền vững": None,
                         "Hiệp hội doanh nghiệp logistics": "Vietnam"}


@pytest.mark.parametrize("text", [
    "Hội nghị Hải quan Mê Công lần thứ 4 diễn ra tại Viêng Chăn. Là diễn đàn trao đổi thường niên, hội nghị quy tụ "
    "Hải quan Lào và Hải quan Thái Lan.",
    "The 4th Mekong Customs Conference took place in Vientiane. As a forum for yearly exchange, the conference "
    "brought together Lao Customs and Thai Customs.",
])
def test_a_meeting_word_after_a_copula_describes_the_meeting_at_hand(tmp_path: Path, text: str) -> None:
    meetings = [e for e in extract_text(tmp_path, text).entities if e.type == "Meeting"]
    assert len(meetings) == 1


def test_a_phase_glued_by_a_hyphen_names_its_series(tmp_path: Path) -> None:
    found = facts(extract_text(tmp_path, "Thai Customs took part in Operation Reef Guard-IV, after Reef Guard-III in 2022."))
    assert ("PHASE_OF", "Reef Guard 4", "Reef Guard") in found
    assert ("PARTICIPATED_IN", "Thai Customs Department", "Reef Guard 4") in found


def test_a_home_agency_followed_by_a_foreign_country_is_that_countrys_counterpart(tmp_path: Path) -> None:
    text = "Bộ Công an Campuchia chủ trì Hội thảo phòng chống ma túy Biên giới lần thứ 2 tại Phnôm Pênh."
    extraction = extract_text(tmp_path, text)
    assert entity(extraction, "Bộ Công an Campuchia").country == "Cambodia"
    assert "host" in roles(extraction, "ATTENDED", "Bộ Công an Campuchia", "Hội thảo phòng chống ma túy Biên giới lần thứ 2")
    assert not [e for e in extraction.entities if e.name == "Ministry of Public Security of Vietnam"]


def test_a_home_agency_a_foreign_country_owns_is_that_countrys_counterpart_in_both_languages(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text("News\n\nOperation Jade Road was coordinated by Myanmar's Ministry of Public "
                                     "Security and the Ministry of Public Security of Nepal.\n", encoding="utf-8")
    (tmp_path / "vi.txt").write_text("Tin\n\nBộ Công an Myanmar tham gia Chiến dịch Jade Road.\n", encoding="utf-8")
    extraction = extract_paths([tmp_path])
    myanmar = entity(extraction, "Myanmar's Ministry of Public Security")
    assert myanmar.country == "Myanmar" and "Bộ Công an Myanmar" in myanmar.aliases
    assert entity(extraction, "Ministry of Public Security of Nepal").country == "Nepal"
    assert not [e for e in extraction.entities if e.name == "Ministry of Public Security of Vietnam"]


def test_a_minister_is_no_ministry_and_a_meeting_word_after_a_tense_word_is_a_verb(tmp_path: Path) -> None:
    text = ("Hội nghị Hải quan Mê Công lần thứ 4 diễn ra tại Viêng Chăn. Đoàn Lào do ông Khamla Vong, Bộ trưởng Bộ Tài "
            "chính dẫn đầu. Bên lề hội nghị, hai bên đã hội đàm về hợp tác trong khuôn khổ Chiến dịch Sông Xanh.")
    extraction = extract_text(tmp_path, text)
    assert [e.name for e in extraction.entities if e.type == "Meeting"] == ["Hội nghị Hải quan Mê Công lần thứ 4"]
    assert not [e for e in extraction.entities if e.type == "Agency" and e.name.startswith("Bộ trưởng")]
    assert "delegation_head" in roles(extraction, "ATTENDED", "Khamla Vong", "Hội nghị Hải quan Mê Công lần thứ 4")


@pytest.mark.parametrize(("text", "meeting"), [
    ("The 14th PACLEM was held in Suva on 8 May 2025, hosted by the Fiji Revenue and Customs Service (FRCS) of Fiji. "
     "Delegates from Samoa and Tonga attended.", "14th PACLEM"),
    ("PACLEM lần thứ 14 diễn ra tại Suva ngày 8/5/2025 với sự tham dự của Samoa và Tonga.", "PACLEM lần thứ 14"),
])
def test_an_ordinal_with_an_unknown_acronym_names_a_meeting_of_a_series(tmp_path: Path, text: str, meeting: str) -> None:
    found = facts(extract_text(tmp_path, text))
    assert {("ATTENDED", "Samoa", meeting), ("ATTENDED", "Tonga", meeting)} <= found


def test_a_country_after_an_agency_name_places_it_and_is_no_party(tmp_path: Path) -> None:
    text = "The 14th PACLEM was held in Suva on 8 May 2025, hosted by the Revenue Service (RS) of Fiji."
    extraction = extract_text(tmp_path, text)
    assert entity(extraction, "Revenue Service").country == "Fiji"
    assert ("ATTENDED", "Fiji", "14th PACLEM") not in facts(extraction)


def test_task_forces_with_a_year_and_joint_operations_are_campaigns(tmp_path: Path) -> None:
    text = ("Lao Customs joined the Joint Task Force on Precursor Chemicals 2025, coordinated by UNODC. Thai Customs "
            "took part in Taskforce Lotus and in JAD Harbour.")
    extraction = extract_text(tmp_path, text)
    campaigns = {e.name for e in extraction.entities if e.type == "Campaign"}
    assert {"Joint Task Force on Precursor Chemicals 2025", "Lotus", "Harbour"} <= campaigns
    assert not [e for e in extraction.entities if e.type == "Agency" and "Task Force" in e.name]
    assert "coordinator" in roles(extraction, "PARTICIPATED_IN", "UNODC", "Joint Task Force on Precursor Chemicals 2025")


def test_two_agencies_joined_before_a_bracketed_acronym_stay_two(tmp_path: Path) -> None:
    text = ("Bộ Công an Việt Nam và Cảnh sát Liên bang Úc (AFP) đã tổ chức Hội nghị hợp tác phòng chống tội phạm lần "
            "thứ 6 tại Hà Nội. Thứ trưởng Bộ Công an Trần Quốc Tỏ phát biểu.")
    extraction = extract_text(tmp_path, text)
    meeting = "Hội nghị hợp tác phòng chống tội phạm lần thứ 6"
    assert "host" in roles(extraction, "ATTENDED", "Ministry of Public Security of Vietnam", meeting)
    assert "host" in roles(extraction, "ATTENDED", "Australian Federal Police", meeting)
    assert ("ATTENDED", "Vietnam", meeting) not in facts(extraction)  # the ministry's own country, not a party
    assert not [f for f in facts(extraction) if f[0] == "LEADS"]  # a deputy minister leads nothing


def test_possessive_countries_and_acronyms_spelled_by_their_names(tmp_path: Path) -> None:
    text = ("Fiji's Office of the Border Control Agency (OBCA), Samoa's Drug Enforcement Unit (DEU) and Tonga Police "
            "launched the \"Blue Reef\" joint operation on Monday.")
    extraction = extract_text(tmp_path, text)
    assert (entity(extraction, "OBCA").country, entity(extraction, "DEU").country) == ("Fiji", "Samoa")
    assert "Office of the Border Control Agency" in entity(extraction, "OBCA").aliases
    for agency in ("OBCA", "DEU"):
        assert roles(extraction, "PARTICIPATED_IN", agency, "Blue Reef") == {"initiator"}
    assert not [f for f in facts(extraction) if f[1] in ("Fiji", "Samoa")]


def test_a_meeting_name_ends_before_the_side_a_delegate_speaks_for(tmp_path: Path) -> None:
    text = ("Tin\n\nNgày 2/4/2025, Hải quan Việt Nam tổ chức hội đàm về hợp tác chống buôn lậu với Hải quan Lào. Tham dự "
            "hội đàm về phía Hải quan Việt Nam có ông Lê Văn Minh.\n")
    meetings = [e.name for e in extract_text(tmp_path, text).entities if e.type == "Meeting"]
    assert meetings == ["Hội đàm về hợp tác chống buôn lậu"]


def test_roman_phase_numbers_beyond_eighteen(tmp_path: Path) -> None:
    text = "Tin\n\nINTERPOL coordinated Operation Pangea XXI and Operation Pangea XIX.\n"
    phases = {e.name: e.phase for e in extract_text(tmp_path, text).entities if e.type == "Campaign"}
    assert phases.get("Pangea 21") == 21 and phases.get("Pangea 19") == 19


def test_the_operation_after_a_phase_is_the_phase_and_names_no_series(tmp_path: Path) -> None:
    text = "News\n\nThe WCO launched Operation Sea Shield IV in May. Customs of Chile took part in the operation.\n"
    extraction = extract_text(tmp_path, text)
    assert ("PARTICIPATED_IN", "Chile Customs", "Sea Shield 4") in facts(extraction)
    assert {m.text for m in entity(extraction, "Sea Shield").mentions} == {"Operation Sea Shield IV"}


def test_a_vietnamese_meeting_name_ends_before_it_opens_or_closes(tmp_path: Path) -> None:
    text = ("Tin\n\nHội thảo khai mạc tại Sơn La ngày 3/5/2025. Báo cáo tại hội thảo cho thấy tình hình phức tạp. Hội "
            "thảo bế mạc chiều cùng ngày.\n")
    meetings = [e.name for e in extract_text(tmp_path, text).entities if e.type == "Meeting"]
    assert meetings == ["Hội thảo (Son La, 2025)"]


def test_a_meeting_named_only_by_its_kind_is_called_by_place_and_year(tmp_path: Path) -> None:
    text = ("News\n\nThe seizure was announced at a joint press conference in Port Moresby on 3 September 2025, "
            "co-hosted by the Australian Border Force and PNG Customs.\n")
    meetings = [e.name for e in extract_text(tmp_path, text).entities if e.type == "Meeting"]
    assert meetings == ["Joint press conference (Port Moresby, 2025)"]


def test_symposia_and_roundtables_are_meetings(tmp_path: Path) -> None:
    text = ("News\n\nThe 2nd Regional Symposium on Wildlife Crime was held in Jakarta. UNODC hosted a Roundtable on "
            "Border Management in Bangkok.\n")
    meetings = {e.name: e.kind for e in extract_text(tmp_path, text).entities if e.type == "Meeting"}
    assert meetings == {"2nd Regional Symposium on Wildlife Crime": "workshop", "Roundtable on Border Management": "workshop"}


def test_a_campaign_name_takes_no_cue_from_the_line_before(tmp_path: Path) -> None:
    text = "Traffickers hit in global operation\n\nOperation Thunder 2025 ran in 130 countries, coordinated by INTERPOL.\n"
    extraction = extract_text(tmp_path, text)
    assert {m.text for m in entity(extraction, "Thunder 2025").mentions} == {"Operation Thunder 2025"}


def test_campaigns_named_in_vietnamese(tmp_path: Path) -> None:
    text = ("Tin\n\nCục Hải quan tham gia Chiến dịch Mùa xuân an toàn lần thứ 3 do WCO điều phối. Bộ đội Biên phòng "
            "triển khai chiến dịch \"Biên giới xanh 2026\". Chiến dịch Twin Guardian thí điểm tiếp tục.\n")
    extraction = extract_text(tmp_path, text)
    campaigns = {e.name: e.phase for e in extraction.entities if e.type == "Campaign"}
    assert campaigns.get("Mùa xuân an toàn 3") == 3 and campaigns.get("Biên giới xanh 2026") == 2026
    assert ("PARTICIPATED_IN", "WCO", "Mùa xuân an toàn 3") in facts(extraction)
    assert not [name for name in campaigns if "thí điểm" in name]


def test_a_vietnamese_campaign_quoted_after_words_saying_what_kind_it_is(tmp_path: Path) -> None:
    text = ("Tin\n\nTrong đợt cao điểm phối hợp mang tên “Lá chắn Biên cương” do Bộ đội Biên phòng tỉnh Kon Tum và "
            "Công an tỉnh Lai Châu đồng khởi xướng, hai bên bắt 12 đối tượng. Đại diện Bộ Công an Thái Lan thông tin "
            "về kết quả Chiến dịch chung “Sông Hồng bình yên”.\n")
    extraction = extract_text(tmp_path, text)
    assert {"Lá chắn Biên cương", "Sông Hồng bình yên"} <= {e.name for e in extraction.entities if e.type == "Campaign"}
    assert "initiator" in roles(extraction, "PARTICIPATED_IN", "Công an tỉnh Lai Châu", "Lá chắn Biên cương")


def test_a_vietnamese_project_named_by_what_it_does_and_its_funder(tmp_path: Path) -> None:
    text = ("Tin\n\nHội thảo nằm trong khuôn khổ Dự án Tăng cường năng lực kiểm soát biên giới giai đoạn 2024-2027 do "
            "Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) tài trợ.\n")
    extraction = extract_text(tmp_path, text)
    assert [(e.name, e.phase) for e in extraction.entities if e.type == "Campaign"] == [
        ("Tăng cường năng lực kiểm soát biên giới", None)]
    assert "supporter" in roles(extraction, "PARTICIPATED_IN", "KOICA", "Tăng cường năng lực kiểm soát biên giới")


def test_an_english_name_in_brackets_after_a_vietnamese_campaign_names_it(tmp_path: Path) -> None:
    text = "Tin\n\nHai bên điểm lại kết quả Chiến dịch Sông Hồng bình yên (Safe Red River).\n"
    assert "Safe Red River" in entity(extract_text(tmp_path, text), "Sông Hồng bình yên").aliases


def test_a_vietnamese_case_named_by_its_code_is_a_campaign(tmp_path: Path) -> None:
    text = ("Tin\n\nChuyên án 318T do Cục Cảnh sát điều tra tội phạm về ma túy chủ trì, với sự tham gia của Công an "
            "tỉnh Lai Châu, được triển khai từ tháng 2/2025. Các chuyên án khác vẫn tiếp tục.\n")
    extraction = extract_text(tmp_path, text)
    assert [e.name for e in extraction.entities if e.type == "Campaign"] == ["Chuyên án 318T"]
    assert ("PARTICIPATED_IN", "Công an tỉnh Lai Châu", "Chuyên án 318T") in facts(extraction)


@pytest.mark.parametrize("text, phase", [
    ("News\n\nThe fifth edition of Operation Blue Lantern was coordinated by the WCO.\n", "Blue Lantern 5"),
    ("Tin\n\nWCO điều phối giai đoạn 3 của Chiến dịch Blue Lantern.\n", "Blue Lantern 3")])
def test_an_edition_or_phase_named_before_the_operation(tmp_path: Path, text: str, phase: str) -> None:
    assert ("PARTICIPATED_IN", "WCO", phase) in facts(extract_text(tmp_path, text))


def test_an_operation_codenamed_is_a_campaign_named_alone(tmp_path: Path) -> None:
    text = "News\n\nA special operation code-named Ironwall was launched by the Royal Malaysian Customs Department.\n"
    extraction = extract_text(tmp_path, text)
    assert ("PARTICIPATED_IN", "Royal Malaysian Customs Department", "Ironwall") in facts(extraction)
    assert {m.text for m in entity(extraction, "Ironwall").mentions} == {"Ironwall"}


def test_a_meeting_name_read_backwards_stops_at_a_datelines_dash(tmp_path: Path) -> None:
    text = "Customs meet\nSIEM REAP, 6 June 2024 – The 2nd Trilateral Customs Meeting took place in Siem Reap, Cambodia."
    extraction = extract_text(tmp_path, text)
    meeting = next(e for e in extraction.entities if e.type == "Meeting")
    assert all(not m.text.startswith("6 June") for m in meeting.mentions)
    assert meeting.start == "2024-06-06"


def test_a_campaign_named_by_an_apposition_that_says_what_it_is(tmp_path: Path) -> None:
    text = ("Officials reviewed progress under Safe Harbour, a joint operation coordinated by INTERPOL. "
            "Thailand, the operation's host, and INTERPOL, an operation partner, praised the results.")
    extraction = extract_text(tmp_path, text)
    assert {e.name for e in extraction.entities if e.type == "Campaign"} == {"Safe Harbour"}
    assert "coordinator" in roles(extraction, "PARTICIPATED_IN", "INTERPOL", "Safe Harbour")


@pytest.mark.parametrize("text", [
    "The workshop was opened by Mr. Jeremy Douglas, UNODC Regional Representative, and Mr. Hiroshi Tanaka, Minister at "
    "the Embassy of Japan.",
    "Đồng chủ trì có Thiếu tướng Nguyễn Văn Viện, Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy (Bộ Công an) và "
    "Thiếu tướng Khămphăn Phẹt, Cục trưởng Cục Cảnh sát phòng, chống ma túy (Bộ An ninh Lào)."])
def test_a_post_naming_an_unknown_body_leads_no_agency_named_before(tmp_path: Path, text: str) -> None:
    leads = {(s, o) for t, s, o in facts(extract_text(tmp_path, text)) if t == "LEADS"}
    named_before = {"UNODC", "Drug Crime Investigation Police Department (C04)", "Ministry of Public Security of Vietnam"}
    assert not {(s, o) for s, o in leads if s in ("Hiroshi Tanaka", "Khămphăn Phẹt") and o in named_before}


def test_a_bare_head_post_leads_only_an_agency_named_close_before(tmp_path: Path) -> None:
    far = ("The Royal Malaysia Police and the Royal Thai Police will intensify joint patrols along the border under "
           "Operation Wawasan, Inspector-General of Police Tan Sri Razarudin Husain said.")
    near = "Hải quan Việt Nam có cuộc họp với Cục Chống buôn lậu (Hải quan Trung Quốc) do Cục trưởng Tôn Chí Kiệt dẫn đầu."
    assert not {f for f in facts(extract_text(tmp_path, far)) if f[0] == "LEADS"}
    assert ("LEADS", "Tôn Chí Kiệt", "China Customs Anti-Smuggling Bureau") in facts(extract_text(tmp_path, near))


def test_a_body_named_before_cua_and_a_known_agency_is_that_agencys_unit(tmp_path: Path) -> None:
    text = "Đoàn đã tham dự Phiên họp lần thứ 43 Ủy ban Thực thi pháp luật của Tổ chức Hải quan Thế giới (WCO) tại Bỉ."
    extraction = extract_text(tmp_path, text)
    wco = entity(extraction, "WCO")
    assert all(not m.text.startswith("Ủy ban") for m in wco.mentions)  # the brackets explain the name right before
    assert ("PART_OF", "Ủy ban Thực thi pháp luật", "WCO") in facts(extraction)
    assert entity(extraction, "Ủy ban Thực thi pháp luật").country is None  # the owner's, not the home country


def test_a_country_after_the_agency_of_a_post_is_no_part_of_the_name(tmp_path: Path) -> None:
    text = ("Chiều 25/10/2024, tại Bắc Kinh, Thứ trưởng Bộ Công an Việt Nam Lê Quốc Hùng đã hội đàm với Thứ trưởng Bộ "
            "Công an Trung Quốc Hứa Cam Lộ.")
    people = {e.name for e in extract_text(tmp_path, text).entities if e.type == "Person"}
    assert people == {"Lê Quốc Hùng", "Hứa Cam Lộ"}


def test_a_vietnamese_name_never_runs_on_from_the_title_line(tmp_path: Path) -> None:
    text = "Tổng cục Hải quan tiếp đoàn Hiệp hội Logistics Mỹ\nNgày 3/4/2025, tại Hà Nội, đoàn đã làm việc với Cục Hải quan."
    assert all("\n" not in name for name in _agencies(tmp_path, text))


def test_a_ministers_portfolio_stands_between_post_and_name(tmp_path: Path) -> None:
    text = ("Lao Deputy Minister of Public Security Vilay Lakhamphong and Thai Minister of Justice Tawee Sodsong attended "
            "the ceremony.")
    people = {e.name for e in extract_text(tmp_path, text).entities if e.type == "Person"}
    assert {"Vilay Lakhamphong", "Tawee Sodsong"} <= people


def test_initials_may_open_a_name(tmp_path: Path) -> None:
    text = ("The seminar was opened by Director General of Maldives Customs Service R.K. Naseer. Mr. A.H.M. Rafiqul "
            "Karim, Director of the Department of Narcotics Control, spoke next.")
    extraction = extract_text(tmp_path, text)
    assert {e.name for e in extraction.entities if e.type == "Person"} == {"R.K. Naseer", "A.H.M. Rafiqul Karim"}
    assert ("LEADS", "R.K. Naseer", "Maldives Customs") in facts(extraction)


def test_a_post_may_name_an_agency_that_opens_with_a_formal_head(tmp_path: Path) -> None:
    text = "Ms. Lena Ortiz, Director General of the Department of Narcotics Control, welcomed the delegates."
    assert ("LEADS", "Lena Ortiz", "Department of Narcotics Control") in facts(extract_text(tmp_path, text))


def test_an_honorific_before_a_post_names_the_person_after_the_post(tmp_path: Path) -> None:
    text = "Atty. Commissioner Maria Dela Cruz opened the workshop of the Bureau of Customs in Manila."
    people = {e.name for e in extract_text(tmp_path, text).entities if e.type == "Person"}
    assert people == {"Maria Dela Cruz"}


@pytest.mark.parametrize(("text", "meeting"), [
    ("Ngày 9/6/2025, Bộ Công an hai nước tổ chức Phiên họp lần thứ 7 Nhóm công tác chung về phòng chống tội phạm.",
     "Phiên họp lần thứ 7 Nhóm công tác chung về phòng chống tội phạm"),
    ("Hai bên đã tiến hành Phiên họp thường niên về hợp tác hải quan tại Hà Nội.",
     "Phiên họp thường niên về hợp tác hải quan"),
    ("Officials from Fiji and Samoa attended the 14th Session of the Pacific Drug Enforcement Council in Suva.",
     "14th Session of the Pacific Drug Enforcement Council"),
])
def test_a_session_with_its_number_or_rhythm_is_a_meeting(tmp_path: Path, text: str, meeting: str) -> None:
    assert meeting in {e.name for e in extract_text(tmp_path, text).entities if e.type == "Meeting"}


@pytest.mark.parametrize("text", [
    "Phiên họp thứ hai của Hội nghị bàn về ma túy tổng hợp.",
    "Customs officers from Tonga attended a training session in Nuku'alofa.",
    "The first session of the conference reviewed seizure trends.",
])
def test_a_session_without_a_number_or_a_sitting_of_another_meeting_is_none(tmp_path: Path, text: str) -> None:
    meetings = [e.name.lower() for e in extract_text(tmp_path, text).entities if e.type == "Meeting"]
    assert not [name for name in meetings if "phiên họp" in name or "session" in name]


@pytest.mark.parametrize("text", [
    "Ngày 4/4/2024, tại thủ đô Phnôm Pênh, Campuchia, Bộ Công an tổ chức Hội nghị tổng kết Chiến dịch Sông Mê Kông.",
    "The Regional Workshop on Wildlife Forensics took place in the capital, Phnom Penh, Cambodia, on 4 April 2024.",
])
def test_a_capital_named_as_such_places_the_meeting(tmp_path: Path, text: str) -> None:
    meeting = next(e for e in extract_text(tmp_path, text).entities if e.type == "Meeting")
    assert meeting.country == "Cambodia"


def test_chief_executives_comptrollers_and_administrators_head_their_bodies(tmp_path: Path) -> None:
    text = ("Samoa Customs CEO Lemalu Tate Simi welcomed Comptroller-General of the Nigeria Customs Service Mary Owusu "
            "and DEA Administrator Paul Reyes.")
    found = facts(extract_text(tmp_path, text))
    assert {("LEADS", "Lemalu Tate Simi", "Samoa Customs"), ("LEADS", "Paul Reyes", "Drug Enforcement Administration"),
            ("LEADS", "Mary Owusu", "Nigeria Customs")} <= found


def test_a_persons_name_before_of_is_no_part_of_the_bodys_name(tmp_path: Path) -> None:
    text = ("Inspector General Hari B. Thapa of Nepal Police and Colonel Kyaw Min of the Myanmar Police Force met the "
            "Federal Bureau of Investigation team.")
    extraction = extract_text(tmp_path, text)
    assert {"Nepal Police", "Myanmar Police Force", "Federal Bureau of Investigation"} <= \
        {e.name for e in extraction.entities if e.type == "Agency"}
    assert {"Hari B. Thapa", "Kyaw Min"} <= {e.name for e in extraction.entities if e.type == "Person"}


def test_a_vietnamese_name_that_is_also_a_common_noun_names_the_body_only_capitalised(tmp_path: Path) -> None:
    text = ("Ngày 2/5/2025, tại trạm kiểm soát biên phòng cửa khẩu Cầu Treo, Hải quan Lào làm việc với Bộ đội "
            "Biên phòng tỉnh Hà Tĩnh.")
    mentions = [m.text for e in extract_text(tmp_path, text).entities for m in e.mentions]
    assert "biên phòng" not in mentions and "Hải quan Lào" in mentions


def test_representatives_and_joint_secretaries_are_people_who_lead_nothing(tmp_path: Path) -> None:
    text = ("Opening remarks were given by Karen Lindqvist, UNODC Regional Representative for South Asia, and Police "
            "Colonel Aung Ko Ko, Joint Secretary of CCDAC.")
    extraction = extract_text(tmp_path, text)
    assert {"Karen Lindqvist", "Aung Ko Ko"} <= {e.name for e in extraction.entities if e.type == "Person"}
    assert not [f for f in facts(extraction) if f[0] == "LEADS"]


def test_an_unknown_acronym_after_a_vietnamese_head_word_is_a_body(tmp_path: Path) -> None:
    text = ("Ngày 5/8/2025, Cục Kiểm lâm phối hợp với Tổ chức FREELAND và Quỹ IFAW tổ chức Hội thảo về buôn bán tê tê. "
            "Đại diện FREELAND cho biết số vụ việc đã giảm.")
    extraction = extract_text(tmp_path, text)
    agencies = {e.name: e for e in extraction.entities if e.type == "Agency"}
    assert {"FREELAND", "IFAW"} <= set(agencies) and len(agencies["FREELAND"].mentions) == 2
    assert not [name for name in agencies if name.startswith("Quỹ")]


def test_a_vietnamese_name_in_no_list_ends_before_the_verb_to_organise(tmp_path: Path) -> None:
    text = "Ngày 5/8/2025, Hiệp hội Vận tải Biển tổ chức Hội thảo về an ninh cảng biển tại Hải Phòng."
    assert "Hiệp hội Vận tải Biển" in _agencies(tmp_path, text)


def test_a_vietnamese_department_in_no_list_is_named_to_a_natural_boundary(tmp_path: Path) -> None:
    text = ("Ngày 3/4/2025, Cục Cảnh sát phòng chống tội phạm sử dụng công nghệ cao chủ trì hội nghị, với sự tham dự "
            "của Sở Tài nguyên và Môi trường tỉnh Cao Bằng. Thiếu tướng Lê Văn Tám, Cục trưởng Cục Quản lý xuất nhập "
            "cảnh cho biết Cục này sẽ tăng cường kiểm tra.")
    extraction = extract_text(tmp_path, text)
    agencies = {e.name for e in extraction.entities if e.type == "Agency"}
    assert agencies == {"Cục Cảnh sát phòng chống tội phạm sử dụng công nghệ cao",
                        "Sở Tài nguyên và Môi trường tỉnh Cao Bằng", "Cục Quản lý xuất nhập cảnh"}
    assert ("LEADS", "Lê Văn Tám", "Cục Quản lý xuất nhập cảnh") in facts(extraction)


def test_a_country_ends_a_vietnamese_name_in_no_list_before_a_verb_or_a_persons_name(tmp_path: Path) -> None:
    text = ("Bộ Nội vụ Myanmar ký kết thỏa thuận hợp tác\nNgày 2/3/2025, Bộ trưởng Bộ Nội vụ Myanmar Tun Tun Naung "
            "và Bộ trưởng Bộ Công an Lương Tam Quang đã hội đàm tại Hà Nội.")
    extraction = extract_text(tmp_path, text)
    assert "Bộ Nội vụ Myanmar" in _agencies(tmp_path, text)
    assert not [name for name in _agencies(tmp_path, text) if name.startswith("Bộ Nội vụ Myanmar ")]
    assert ("LEADS", "Tun Tun Naung", "Bộ Nội vụ Myanmar") in facts(extraction)


def test_countries_listed_after_customs_and_other_bodies_stand_for_themselves(tmp_path: Path) -> None:
    listed = "Tin\n\nDự hội nghị có đại diện cơ quan hải quan{} của các nước gồm: Lào, Campuchia và Thái Lan."
    alone = extract_text(tmp_path, listed.format(""), "a.txt")
    mixed = extract_text(tmp_path, listed.format(", công an"), "b.txt")
    assert "Lao Customs Department" in {e.name for e in alone.entities if e.type == "Agency"}
    assert not {e.name for e in mixed.entities if e.type == "Agency"}


def test_no_campaign_from_a_hyphenated_word_or_a_bodys_own_programme(tmp_path: Path) -> None:
    text = ("News\n\nThe workshop was sponsored by the Customs Co-operation Fund of Korea (CCF-Korea). Mr. Jan Novak of "
            "the WCO Secretariat's Compliance Programme presented the results of Operation Blue Reef.")
    campaigns = {e.name for e in extract_text(tmp_path, text).entities if e.type == "Campaign"}
    assert campaigns == {"Blue Reef"}


def test_a_country_ends_an_english_name_before_a_persons_name_and_regions_make_no_body(tmp_path: Path) -> None:
    text = ("West and Central African Customs meet in Dakar\nOpening the meeting, Director General of the National "
            "Customs Authority of Senegal Aminata Diallo Sow welcomed the Narcotics Control Bureau of Nepal Police.")
    extraction = extract_text(tmp_path, text)
    assert {e.name for e in extraction.entities if e.type == "Agency"} == {  # the bureau is the police's unit
        "National Customs Authority of Senegal", "Narcotics Control Bureau (Nepal Police)", "Nepal Police"}
    assert ("LEADS", "Aminata Diallo Sow", "National Customs Authority of Senegal") in facts(extraction)


def test_a_vietnamese_police_head_before_a_country_is_that_countrys_police(tmp_path: Path) -> None:
    text = ("Ngày 19/5/2025, đoàn công tác Bộ Công an đã hội đàm với Cảnh sát Liên bang Brazil và Cảnh sát Quốc gia "
            "Colombia tại Brasília.")
    agencies = {e.name: e for e in extract_text(tmp_path, text).entities if e.type == "Agency"}
    assert agencies["Cảnh sát Liên bang Brazil"].country == "Brazil"
    assert agencies["Cảnh sát Quốc gia Colombia"].country == "Colombia"


def test_ranks_and_a_lower_case_chief_before_a_name(tmp_path: Path) -> None:
    text = ("ONCB chief Pol Gen Somchai Rakdee met Senior Colonel Tran Van Long and Dr Amina Yusuf of the Nigerian "
            "NDLEA in Bangkok.")
    extraction = extract_text(tmp_path, text)
    assert {"Somchai Rakdee", "Tran Van Long", "Amina Yusuf"} <= {e.name for e in extraction.entities if e.type == "Person"}
    assert ("LEADS", "Somchai Rakdee", "Office of the Narcotics Control Board") in facts(extraction)


@pytest.mark.parametrize("text", [
    "Thiếu tướng Kyaw Zaw, Bộ trưởng Bộ Nội vụ Myanmar kiêm Chủ tịch Ủy ban Trung ương kiểm soát lạm dụng ma túy "
    "(CCDAC), phát biểu tại hội nghị.",
    "General Kyaw Zaw, Minister of the Ministry of Home Affairs of Myanmar and concurrently Chairman of the Central "
    "Committee for Drug Abuse Control (CCDAC), spoke at the meeting."])
def test_a_post_held_concurrently_heads_its_body_too(tmp_path: Path, text: str) -> None:
    leads = {o for t, s, o in facts(extract_text(tmp_path, text)) if t == "LEADS" and s == "Kyaw Zaw"}
    assert "Central Committee for Drug Abuse Control" in leads and len(leads) == 2


def test_a_vietnamese_peak_campaign_is_named_by_what_it_targets(tmp_path: Path) -> None:
    text = ("Cục Hải quan tỉnh Lạng Sơn tham gia Chiến dịch cao điểm đấu tranh chống buôn lậu, gian lận thương mại dịp Tết "
            "Nguyên đán Bính Ngọ 2026. Chiến dịch do Tổng cục Hải quan phát động.")
    extraction = extract_text(tmp_path, text)
    name = "cao điểm đấu tranh chống buôn lậu, gian lận thương mại dịp Tết Nguyên đán Bính Ngọ 2026"
    assert {e.name for e in extraction.entities if e.type == "Campaign"} == {name}
    assert "initiator" in roles(extraction, "PARTICIPATED_IN", "General Department of Vietnam Customs", name)


def test_a_meeting_word_followed_by_a_quoted_title_is_named_to_the_closing_quote(tmp_path: Path) -> None:
    text = ("Ngày 5/6/2024, tại Điện Biên, Bộ Công an tổ chức Hội thảo “Phối hợp kiểm soát ma túy tại khu vực biên giới "
            "Việt Nam - Lào” với sự tham dự của Công an tỉnh Phông Xa Lỳ (Lào).")
    meetings = {e.name for e in extract_text(tmp_path, text).entities if e.type == "Meeting"}
    assert meetings == {"Hội thảo “Phối hợp kiểm soát ma túy tại khu vực biên giới Việt Nam - Lào”"}


def test_people_by_abbreviated_ranks_particles_lower_case_posts_and_who(tmp_path: Path) -> None:
    text = ("News\n\nThe Lao delegation was led by Col Bounmy Phetsavong, while Cambodia sent Lt Gen Sok Vanna. "
            "BNN chief Comr. Gen. Adi Wibowo said the route was busy. Ana Paula dos Santos, who led the delegation of "
            "the National Police of Timor-Leste (PNTL), spoke. The Vietnam Customs delegation was led by Tran Duc Long, "
            "deputy director general of the Anti-Smuggling and Investigation Department.\n")
    extraction = extract_text(tmp_path, text)
    people = {e.name for e in extraction.entities if e.type == "Person"}
    assert people == {"Bounmy Phetsavong", "Sok Vanna", "Adi Wibowo", "Ana Paula dos Santos", "Tran Duc Long"}
    assert entity(extraction, "Tran Duc Long").title == "Deputy Director General, Anti-Smuggling and Investigation Department"


def test_a_commander_heads_a_navy_and_officials_and_spokespersons_are_people_of_their_body(tmp_path: Path) -> None:
    text = ("News\n\nAdmiral Luis Vega Soto, Commander of the Chilean Navy, spoke. Aminata Kone, the UNODC official in "
            "charge of the programme, said it went well, as did APF spokesperson Ram Bahadur Thapa.\n")
    extraction = extract_text(tmp_path, text)
    assert ("LEADS", "Luis Vega Soto", "Chilean Navy") in facts(extraction)
    assert {"Aminata Kone", "Ram Bahadur Thapa"} <= {e.name for e in extraction.entities if e.type == "Person"}
