"""How an operation is named again after it is introduced, and who carried it out: sentences of our own writing, one
mechanism each (loaders/extract/campaign_uses.py, campaigns.anaphora, relations)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import entity, extract_text, facts, roles

PHASE = ("News\n\nBRIDGETOWN, 2 June 2025 - Forces from nine countries seized 40 tonnes of cocaine during Tidewater III, "
         "the third phase of the Caribbean Maritime Initiative Tidewater, the Barbados Coast Guard said.\n\n")


def test_a_phase_and_its_series_written_out_after_it(tmp_path: Path) -> None:
    extraction = extract_text(tmp_path, PHASE)
    assert ("PHASE_OF", "Tidewater 3", "Tidewater") in facts(extraction)
    assert "Caribbean Maritime Initiative Tidewater" in entity(extraction, "Tidewater").aliases


def test_the_phase_named_again_by_its_name_by_the_phase_and_by_it(tmp_path: Path) -> None:
    text = PHASE + ("Tidewater III ran from 1 to 30 May 2025. The phase was coordinated from Bridgetown by the Barbados "
                    "Coast Guard. It was carried out by the Jamaica Constabulary Force and the Guyana Police Force.\n")
    extraction = extract_text(tmp_path, text)
    assert [m.text for m in entity(extraction, "Tidewater 3").mentions] == ["Tidewater III", "Tidewater III"]
    assert roles(extraction, "PARTICIPATED_IN", "Barbados Coast Guard", "Tidewater 3") == {"coordinator"}
    for body in ("Jamaica Constabulary Force", "Guyana Police Force"):
        assert roles(extraction, "PARTICIPATED_IN", body, "Tidewater 3") == {"participant"}, body


def test_a_one_word_series_is_named_again_only_with_its_phase(tmp_path: Path) -> None:
    text = PHASE + "Tidewater levels rose in May. Tidewater III ended on 30 May.\n"
    mentions = [m.text for e in extract_text(tmp_path, text).entities if e.type == "Campaign" for m in e.mentions]
    assert mentions.count("Tidewater") == 0 and mentions.count("Tidewater III") == 2


def test_the_place_of_an_event_ends_who_hosted_it(tmp_path: Path) -> None:
    text = ("News\n\nThe results were presented at the Operation Red Tide debriefing meeting, jointly hosted by "
            "INTERPOL and the Kenya Wildlife Service in Nairobi, Kenya, on 27 February 2025. Operation Red Tide was "
            "carried out by police in Ghana, Senegal and Nigeria.\n")
    extraction = extract_text(tmp_path, text)
    meeting = next(e.name for e in extraction.entities if e.type == "Meeting")
    assert roles(extraction, "ATTENDED", "Kenya Wildlife Service", meeting) == {"host"}
    assert not roles(extraction, "ATTENDED", "Kenya", meeting)
    for country in ("Ghana", "Senegal", "Nigeria"):  # police of a place: the place's bodies act, it is no venue
        assert roles(extraction, "PARTICIPATED_IN", country, "Red Tide") == {"participant"}, country


def test_a_body_of_a_country_written_after_its_acronym_with_the(tmp_path: Path) -> None:
    text = ("News\n\nOperation Keel ran in May 2025. It was coordinated by the Joint Interagency Task Force East "
            "(JIATF-East) of the United States.\n")
    extraction = extract_text(tmp_path, text)
    assert roles(extraction, "PARTICIPATED_IN", "JIATF-East", "Keel") == {"coordinator"}
    assert entity(extraction, "JIATF-East").country == "United States"
    assert not roles(extraction, "PARTICIPATED_IN", "United States", "Keel")


def test_a_series_named_inside_its_phase_is_written_with_its_cue_only(tmp_path: Path) -> None:
    text = ("Tin tức\n\nHải quan Lào tham gia giai đoạn thứ ba của Chiến dịch Sông Xanh.\n\n"
            "News\n\nLao Customs joined the fifth edition of Operation Blue Reef.\n")
    extraction = extract_text(tmp_path, text)
    assert entity(extraction, "Sông Xanh").aliases == ["Chiến dịch Sông Xanh"]
    assert entity(extraction, "Blue Reef").aliases == ["Operation Blue Reef"]


def test_a_unit_its_owner_names_is_written_without_the_owner(tmp_path: Path) -> None:
    text = ("News\n\nOperation Kite ran in May 2025. EUROPOL's Financial Intelligence Unit provided analytical support "
            "throughout the operation.\n")
    extraction = extract_text(tmp_path, text)
    unit = next(e for e in extraction.entities if e.type == "Agency" and e.name != "Europol")
    assert [m.text for m in unit.mentions] == ["Financial Intelligence Unit"]
    assert ("PART_OF", unit.name, "Europol") in facts(extraction)


def test_units_listed_after_a_vietnamese_participation_word_and_colon(tmp_path: Path) -> None:
    text = ("Tin tức\n\nChiến dịch Sông Xanh giai đoạn 2 được tổng kết tại Cần Thơ. Các đơn vị trực tiếp tham gia gồm: "
            "C04, Bộ Tư lệnh Bộ đội Biên phòng và Công an tỉnh Đồng Tháp.\n")
    extraction = extract_text(tmp_path, text)
    bodies = {s for t, s, c in facts(extraction) if t == "PARTICIPATED_IN" and c == "Sông Xanh 2"}
    assert len(bodies) == 3, bodies


def test_vietnamese_passives_carried_out_and_implemented_by(tmp_path: Path) -> None:
    text = ("Tin tức\n\nChiến dịch Hải Âu do Malaysia và Thái Lan đồng khởi xướng, được thực hiện bởi lực lượng chức năng "
            "của 8 nước, trong đó có Việt Nam, Lào và Philippines. Tại Việt Nam, chiến dịch được triển khai bởi các "
            "đơn vị: Tổng cục Hải quan và Cục Kiểm lâm.\n")
    found = facts(extract_text(tmp_path, text))
    participants = {s for t, s, c in found if t == "PARTICIPATED_IN" and c == "Hải Âu"}
    assert {"Vietnam", "Laos", "Philippines", "Malaysia", "Thailand", "General Department of Vietnam Customs"} <= participants


def test_a_described_operation_is_the_one_last_named_and_a_country_owner_is_no_word_of_its_body(tmp_path: Path) -> None:
    text = ("News\n\nOperation Naga Net III ended on 1 September. The 75-day operation involved police from Thailand and "
            "Laos, as well as China's Ministry of Public Security.\n")
    extraction = extract_text(tmp_path, text)
    assert {e.name for e in extraction.entities if e.type == "Campaign"} == {"Naga Net", "Naga Net 3"}
    ministry = next(e for e in extraction.entities if e.type == "Agency")
    assert ministry.country == "China" and [m.text for m in ministry.mentions] == ["Ministry of Public Security"]
    for body in ("Thailand", "Laos", ministry.name):
        assert roles(extraction, "PARTICIPATED_IN", body, "Naga Net 3") == {"participant"}, body


def test_an_ordinal_before_a_series_and_its_operation_word_names_a_phase_and_those_alongside_took_part(
        tmp_path: Path) -> None:
    text = ("News\n\nOperation Southern Reef II ran in 2025. Indonesia was among the four countries that took part in the "
            "first Southern Reef operation in 2024, alongside Malaysia and Australia. The 3rd Blue Wave operation "
            "followed.\n")
    extraction = extract_text(tmp_path, text)
    for country in ("Indonesia", "Malaysia", "Australia"):
        assert roles(extraction, "PARTICIPATED_IN", country, "Southern Reef 1") == {"participant"}, country
    assert ("PHASE_OF", "Blue Wave 3", "Blue Wave") in facts(extraction)


def test_a_country_under_its_full_official_name(tmp_path: Path) -> None:
    text = "News\n\nParticipating countries: Angola, the Democratic Republic of the Congo and the Republic of the Congo.\n"
    countries = {e.name for e in extract_text(tmp_path, text).entities if e.type == "Country"}
    assert countries == {"Angola", "DR Congo", "Congo"}


def test_a_numbered_phase_without_a_name_is_that_phase_of_the_series_named_last(tmp_path: Path) -> None:
    text = ("Tin tức\n\nKế hoạch liên hợp \"Sông Xanh\" được hai bên ký năm 2023. Giai đoạn 2 được triển khai từ ngày 1/6 "
            "đến 30/9/2024, với sự tham gia của lực lượng chức năng Lào và Campuchia. Bộ đội Biên phòng tỉnh Lạng Sơn "
            "cũng tham gia giai đoạn này. Giai đoạn 3 sẽ bắt đầu từ tháng 1/2025. Trong giai đoạn 2021-2025, hai "
            "bên đã hợp tác chặt chẽ.\n")
    extraction = extract_text(tmp_path, text)
    for body in ("Laos", "Cambodia", "Bộ đội Biên phòng tỉnh Lạng Sơn"):
        assert roles(extraction, "PARTICIPATED_IN", body, "Sông Xanh 2") == {"participant"}, body
    assert {("PHASE_OF", "Sông Xanh 2", "Sông Xanh"), ("PHASE_OF", "Sông Xanh 3", "Sông Xanh")} <= facts(extraction)
    assert {e.name for e in extraction.entities if e.type == "Campaign"} == {"Sông Xanh", "Sông Xanh 2", "Sông Xanh 3"}
    assert entity(extraction, "Sông Xanh 2").aliases == []  # "Giai đoạn 2" names no phase but in its text


def test_supporters_a_campaign_named_by_a_naming_word_and_an_organisation_word_before_its_name(tmp_path: Path) -> None:
    text = ("Tin\n\nCác đoàn đã nghe báo cáo kết quả Chiến dịch chung ASEAN về kiểm soát tiền chất mang tên KITE. Chiến "
            "dịch do Malaysia và Thái Lan đồng khởi xướng, nhận được sự hỗ trợ của tổ chức TRAFFIC. Hội thảo mang tên "
            "Blue Sky diễn ra.\n\nNews\n\nOperation Blue Reef ran in May. Funding came from the governments of Japan "
            "and Norway.\n")
    extraction = extract_text(tmp_path, text)
    assert {e.name for e in extraction.entities if e.type == "Campaign"} == {"KITE", "Blue Reef"}
    for country in ("Malaysia", "Thailand"):
        assert roles(extraction, "PARTICIPATED_IN", country, "KITE") == {"initiator"}, country
    assert roles(extraction, "PARTICIPATED_IN", "TRAFFIC", "KITE") == {"supporter"}
    for country in ("Japan", "Norway"):
        assert roles(extraction, "PARTICIPATED_IN", country, "Blue Reef") == {"supporter"}, country


def test_after_a_word_on_the_series_the_text_speaks_of_its_phase_again(tmp_path: Path) -> None:
    text = ("News\n\nOperation Sea Wall XI ended on 3 June 2025. Sea Wall is an annual operation launched in 2010 by the "
            "WCO. Lao Customs also took part, seizing 40 kg of heroin.\n")
    extraction = extract_text(tmp_path, text)
    assert roles(extraction, "PARTICIPATED_IN", "Lao Customs Department", "Sea Wall 11") == {"participant"}
    assert not roles(extraction, "PARTICIPATED_IN", "Lao Customs Department", "Sea Wall")
