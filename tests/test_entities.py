"""Entity rules: the gazetteer, and the rules that find what no list holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract.matcher import find_names
from tests.helpers import entity, extract_text, facts, first_meeting, roles


def _ids(text: str) -> list[str]:
    return [h.entry.id for h in find_names(text)]


def test_gazetteer_names_in_both_languages_and_case_rules() -> None:
    assert _ids("Tổng cục Hải quan và Korea Customs Service") == ["agency:vn-customs", "agency:kr-customs"]
    assert _ids("the annex to the report") == []  # a campaign code matches its case only
    assert "country:at" in _ids("cuộc họp tại Áo") and _ids("chiếc áo") == []
    assert _ids("Pháp và Đức tham gia.") == ["country:fr", "country:de"]


@pytest.mark.parametrize("text", ["ông Nguyễn Hùng Anh", "Trần Minh Đức phát biểu", "ý kiến của đoàn",
                                  "Pháp luật quy định rõ.", "Nhật ký hải trình ghi lại.", "Mỹ phẩm nhập lậu bị thu giữ."])
def test_one_syllable_country_names_inside_personal_names_are_not_countries(text: str) -> None:
    assert not any(i.startswith("country:") for i in _ids(text))


def test_vietnamese_abbreviations() -> None:
    assert _ids("TCHQ và Cục ĐTCBL phối hợp") == ["agency:vn-customs", "agency:vn-asid"]


def test_every_country_has_a_customs_administration() -> None:
    assert _ids("Hải quan Ba Lan và Hải quan Áo") == ["agency:customs-pl", "agency:at-customs"]
    assert _ids("Estonia Customs") == ["agency:customs-ee"]


@pytest.mark.parametrize(("text", "name", "phase"), [
    ("Hải quan tham gia OMD giai đoạn 5.", "Mekong Dragon 5", 5),
    ("phối hợp triển khai OMD5 trong năm.", "Mekong Dragon 5", 5),
    ("Chiến dịch Twin Guardian giai đoạn II bắt đầu.", "Twin Guardian 2", 2),
    ("the third phase of the Mekong Dragon campaign began.", "Mekong Dragon 3", 3),
    ("Operation Pangea XVI closed.", "Pangea 16", 16),
    ("Chiến dịch Sea Shield 2 khởi động.", "Sea Shield 2", 2),
    ("the Blue Lotus campaign ended.", "Blue Lotus", None),
])
def test_campaigns_and_phases(tmp_path: Path, text: str, name: str, phase: int | None) -> None:
    found = entity(extract_text(tmp_path, text), name)
    assert found.type == "Campaign" and found.phase == phase


def test_a_described_campaign_takes_its_bracketed_name(tmp_path: Path) -> None:
    extraction = extract_text(tmp_path, "Hải quan tham gia Chiến dịch kiểm soát hàng giả qua biên giới (Sentinel) năm nay.")
    found = entity(extraction, "Sentinel")
    assert "kiểm soát hàng giả qua biên giới" in found.aliases


def test_phases_link_to_their_series(tmp_path: Path) -> None:
    extraction = extract_text(tmp_path, "Hải quan Lào tham gia Chiến dịch Con Rồng Mê Kông giai đoạn 6.")
    assert entity(extraction, "Mekong Dragon 6").series == "Mekong Dragon"
    assert entity(extraction, "Mekong Dragon").type == "Campaign"


@pytest.mark.parametrize(("text", "kind", "online"), [
    ("Hải quan Lào tham dự Hội thảo về kiểm soát tiền chất tại Viêng Chăn.", "workshop", None),
    ("Hải quan Lào tham dự Diễn đàn hợp tác hải quan khu vực tại Viêng Chăn.", "forum", None),
    ("Hải quan Lào có cuộc họp song phương với Hải quan Thái Lan.", "bilateral", None),
    ("Hải quan Lào tham dự Hội nghị trực tuyến tổng kết chiến dịch ATS giai đoạn 3.", "review", True),
    ("Lao Customs attended the annual planning meeting for Operation Lionfish IV in Bangkok.", "planning", None),
    ("Lao Customs attended the 12th Regional Customs Enforcement Conference in Bangkok.", "conference", None),
    ("Lao Customs joined the operational debriefing on Operation Sea Shield in Bangkok.", "review", None),
])
def test_meeting_kinds(tmp_path: Path, text: str, kind: str, online: bool | None) -> None:
    meetings = [e for e in extract_text(tmp_path, text).entities if e.type == "Meeting"]
    assert len(meetings) == 1 and meetings[0].kind == kind and meetings[0].online == online


def test_meetings_in_general_are_not_meetings(tmp_path: Path) -> None:
    extraction = extract_text(tmp_path, "Hải quan đã tham gia các hội nghị, hội thảo quốc tế về phòng chống ma túy.")
    assert not [e for e in extraction.entities if e.type == "Meeting"]


def test_a_unit_named_with_its_parent(tmp_path: Path) -> None:
    extraction = extract_text(tmp_path, "Cục Phòng chống ma túy (Hải quan Campuchia) tham dự hội nghị.")
    unit = entity(extraction, "Cục Phòng chống ma túy (General Department of Customs and Excise of Cambodia)")
    assert unit.country == "Cambodia"


def test_an_acronym_defined_in_brackets_is_an_agency(tmp_path: Path) -> None:
    extraction = extract_text(tmp_path, "The Sri Lanka Police Narcotics Bureau (PNB) joined the operation.")
    assert entity(extraction, "PNB").type == "Agency"


def test_english_agency_names_in_no_list(tmp_path: Path) -> None:
    extraction = extract_text(tmp_path, "The Royal Bhutan Police and the Ministry of Home Affairs signed a plan.")
    assert entity(extraction, "Royal Bhutan Police").country == "Bhutan"
    assert entity(extraction, "Ministry of Home Affairs").type == "Agency"


def test_customs_enumerations_name_customs_administrations(tmp_path: Path) -> None:
    text = "Chiến dịch có sự tham gia của cơ quan Hải quan các nước gồm: Lào, Campuchia và Thái Lan."
    extraction = extract_text(tmp_path, text)
    agencies = {e.name for e in extraction.entities if e.type == "Agency"}
    assert {"Lao Customs Department", "General Department of Customs and Excise of Cambodia",
            "Thai Customs Department"} <= agencies


@pytest.mark.parametrize(("text", "person", "title"), [
    ("Cục trưởng Cục Điều tra chống buôn lậu Lê Văn Bình phát biểu.", "Lê Văn Bình",
     "Director, Anti-Smuggling and Investigation Department"),
    ("Bà Phạm Thị Lan, Phó Cục trưởng Cục Điều tra chống buôn lậu, chủ trì.", "Phạm Thị Lan",
     "Deputy Director, Anti-Smuggling and Investigation Department"),
    ("Director General Kim Min Soo of the Korea Customs Service spoke.", "Kim Min Soo",
     "Director General, Korea Customs Service"),
    ("Thiếu tướng Lê Đức Hạnh, Tư lệnh Bộ đội Biên phòng, phát biểu.", "Lê Đức Hạnh", "Commander, Vietnam Border Guard"),
])
def test_people_with_titles(tmp_path: Path, text: str, person: str, title: str) -> None:
    assert entity(extract_text(tmp_path, text), person).title == title


def test_a_photo_credit_is_no_person(tmp_path: Path) -> None:
    extraction = extract_text(tmp_path, "Đoàn Hải quan Lào tại hội nghị. Ảnh: Nguyễn Minh Tâm\n")
    assert not [e for e in extraction.entities if e.type == "Person"]


def test_names_do_not_run_across_lines_or_into_dates(tmp_path: Path) -> None:
    text = "Partners join Operation Sky Net\n\nManila, 3 April 2024. Lao Customs opened the meeting on 2 April."
    extraction = extract_text(tmp_path, text)
    assert {e.name for e in extraction.entities if e.type == "Campaign"} == {"Sky Net"}
    assert not [e for e in extraction.entities if e.type == "Meeting" and "April" in e.name]


def test_english_names_take_their_of_phrase_and_leave_titles_to_people(tmp_path: Path) -> None:
    text = "The ceremony was attended by H.E. Sok Dara, Director General of the National Authority for Combating Drugs."
    extraction = extract_text(tmp_path, text)
    assert entity(extraction, "Sok Dara").title == "Director General, National Authority for Combating Drugs"
    assert [e.name for e in extraction.entities if e.type == "Meeting"] == []


def test_a_programme_with_phases_is_tracked_like_a_campaign(tmp_path: Path) -> None:
    text = "UNODC and the WCO launched the second phase of the Container Control Programme in Cambodia."
    extraction = extract_text(tmp_path, text)
    assert entity(extraction, "Container Control Programme 2").series == "Container Control Programme"


def test_english_administrations_named_by_country_are_countries(tmp_path: Path) -> None:
    """"the customs administrations of A, B and C" makes the countries the parties, not invented agencies."""
    text = "The customs administrations of Laos, Cambodia and Thailand took part in Operation Bluefin."
    extraction = extract_text(tmp_path, text)
    assert not [e for e in extraction.entities if e.type == "Agency"]
    assert {s for (t, s, _) in facts(extraction) if t == "PARTICIPATED_IN"} == {"Laos", "Cambodia", "Thailand"}


def test_a_post_with_its_agency_written_before_it(tmp_path: Path) -> None:
    text = ("News\n\n\"Borders do not stop crime,\" said Amara Osei, UNODC Executive Director. Europol Executive Director "
            "Lena Berg agreed.\n")
    found = facts(extract_text(tmp_path, text))
    assert {("LEADS", "Amara Osei", "UNODC"), ("LEADS", "Lena Berg", "Europol")} <= found


def test_united_nations_programmes_are_bodies_not_campaigns(tmp_path: Path) -> None:
    text = ("News\n\nOperation Green Wave 3 was supported by the United Nations Environment Programme (UNEP) and by the "
            "Chương trình Phát triển Liên hợp quốc.\n")
    extraction = extract_text(tmp_path, text)
    assert [e.name for e in extraction.entities if e.type == "Campaign"] == ["Green Wave", "Green Wave 3"]
    assert {("PARTICIPATED_IN", "UNEP", "Green Wave 3"), ("PARTICIPATED_IN", "UNDP", "Green Wave 3")} <= facts(extraction)


def test_a_body_named_before_a_unit_is_its_parent_and_no_party(tmp_path: Path) -> None:
    text = ("News\n\nOperation Tide II was coordinated by the WCO Regional Intelligence Liaison Office for Asia and the "
            "Pacific and supported by the INTERPOL Wildlife Crime Unit. The UNODC Environment Team took notes.\n")
    found = facts(extract_text(tmp_path, text))
    assert {("PART_OF", "RILO AP", "WCO"), ("PART_OF", "INTERPOL Wildlife Crime Unit", "INTERPOL")} <= found
    assert ("PARTICIPATED_IN", "RILO AP", "Tide 2") in found
    assert ("PARTICIPATED_IN", "INTERPOL Wildlife Crime Unit", "Tide 2") in found
    assert not {f for f in found if f[0] == "PARTICIPATED_IN" and f[1] in ("WCO", "INTERPOL")}
    assert not {f for f in found if "Team" in f[1]}  # a team is below what the graph names


def test_an_acronym_defined_after_a_name_that_ends_with_its_country(tmp_path: Path) -> None:
    text = ("News\n\nThe Anti-Narcotics Force of Pakistan (ANF) hosted the meeting. The Secretary General of ANF, Omar "
            "Rahim, opened it.\n")
    extraction = extract_text(tmp_path, text)
    force = entity(extraction, "ANF")
    assert force.country == "Pakistan" and "Anti-Narcotics Force of Pakistan" in force.aliases
    assert ("LEADS", "Omar Rahim", "ANF") in facts(extraction)


def test_an_office_a_country_owns_is_that_countrys_agency_and_an_inner_office_is_none(tmp_path: Path) -> None:
    text = ("News\n\nOperation Pangea XVIII was funded by Canada's Border Services Office and joined by Norway's "
            "National Police Office. The External Affairs Office issued a statement.\n")
    extraction = extract_text(tmp_path, text)
    found = facts(extraction)
    assert ("PARTICIPATED_IN", "Border Services Office", "Pangea 18") in found
    assert entity(extraction, "National Police Office").country == "Norway"
    assert not [e for e in extraction.entities if e.name == "External Affairs Office"]


def test_a_unit_its_parent_owns_and_the_post_that_heads_it(tmp_path: Path) -> None:
    text = ("News\n\nThe Korea Customs Service (KCS) hosted the meeting. It was chaired by Mr. Park Min-jun, Director "
            "General of KCS's Investigation Bureau. INTERPOL's General Secretariat sent a message.\n")
    extraction = extract_text(tmp_path, text)
    found = facts(extraction)
    bureau = "Investigation Bureau (Korea Customs Service)"
    assert {("LEADS", "Park Min-jun", bureau), ("PART_OF", bureau, "Korea Customs Service")} <= found
    assert not [e for e in extraction.entities if "Secretariat" in e.name or e.name == "Investigation Bureau"]


def test_an_acronym_with_a_region_after_its_letters_and_the_body_opening_its_name(tmp_path: Path) -> None:
    text = ("News\n\nBhutan Customs joined Operation Green Belt, led by the WCO Asia Pacific Regional Office for "
            "Capacity Building (ROCB A/P).\n")
    found = facts(extract_text(tmp_path, text))
    assert {("PARTICIPATED_IN", "ROCB A/P", "Green Belt"), ("PART_OF", "ROCB A/P", "WCO")} <= found
    assert ("PARTICIPATED_IN", "WCO", "Green Belt") not in found


def test_posts_in_a_list_of_people_stay_with_their_own_holder(tmp_path: Path) -> None:
    text = ("Tin\n\nTham dự hội nghị có ông Lê Văn Bình - Tổng cục trưởng Tổng cục Hải quan, bà Đỗ Thị Mai, Phó Vụ "
            "trưởng Vụ Hợp tác quốc tế.\n")
    extraction = extract_text(tmp_path, text)
    found = facts(extraction)
    assert ("LEADS", "Lê Văn Bình", "General Department of Vietnam Customs") in found
    assert not {f for f in found if f[0] == "LEADS" and f[1] == "Đỗ Thị Mai"}


@pytest.mark.parametrize(("text", "name"), [
    ("Cảnh sát Quốc gia Campuchia đã tham gia Chiến dịch Mê Kông Xanh.", "Cambodian National Police"),
    ("Văn phòng Ủy ban Kiểm soát ma túy Thái Lan (ONCB) đã tham gia Chiến dịch Mê Kông Xanh.",
     "Office of the Narcotics Control Board"),
    ("Indonesia's National Narcotics Board took part in Operation Mekong Green.", "National Narcotics Board")])
def test_the_regions_police_and_drug_agencies_are_known_in_both_languages(tmp_path: Path, text: str, name: str) -> None:
    extraction = extract_text(tmp_path, text)
    assert ("PARTICIPATED_IN", name, "Mekong Green" if "Operation" in text else "Mê Kông Xanh") in facts(extraction)
    assert entity(extraction, name).country in ("Cambodia", "Thailand", "Indonesia")


def test_a_demonym_before_a_home_agency_names_the_foreign_counterpart(tmp_path: Path) -> None:
    english = extract_text(tmp_path, "The Lao Ministry of Public Security and the Vietnamese Ministry of Public Security "
                                     "signed a plan.")
    vietnamese = extract_text(tmp_path, "Bộ Công an Lào và Bộ Công an Việt Nam ký kế hoạch.")
    for extraction in (english, vietnamese):
        countries = {e.country for e in extraction.entities if e.type == "Agency"}
        assert countries == {"Laos", "Vietnam"}
    lao = {e.id for e in english.entities if e.country == "Laos"} & {e.id for e in vietnamese.entities if e.country == "Laos"}
    assert lao  # one counterpart, whichever language names it


def test_a_body_apposed_as_a_unit_of_another_anywhere_in_a_sentence(tmp_path: Path) -> None:
    text = ("News\n\nOn the Thai side, the operation was carried out by the Crime Suppression Division (CSD), a unit of "
            "the Royal Thai Police, together with Thai Customs. The BOC, an attached agency of the Department of "
            "Finance, presented its system. Phòng Cảnh sát kinh tế, đơn vị thuộc Công an tỉnh Lạng Sơn, đã tham gia.\n")
    found = facts(extract_text(tmp_path, text))
    assert {("PART_OF", "CSD", "Royal Thai Police"), ("PART_OF", "Bureau of Customs (Philippines)",
                                                        "Department of Finance")} <= found
    assert not {f for f in found if f[0] == "PART_OF" and f[1] == "Thai Customs Department"}


def test_a_body_in_no_list_that_another_owns_is_its_unit(tmp_path: Path) -> None:
    text = ("News\n\nThe Bureau of Customs (BOC) hosted it. Agents of the BOC's Customs Intelligence and Investigation "
            "Service (CIIS) also shared lessons. Funding came from the US Department of State's Bureau of International "
            "Narcotics and Law Enforcement Affairs.\n")
    found = facts(extract_text(tmp_path, text))
    assert ("PART_OF", "CIIS", "Bureau of Customs (Philippines)") in found
    assert ("PART_OF", "Bureau of International Narcotics and Law Enforcement Affairs", "US Department of State") in found


def test_a_unit_and_its_parent_in_one_english_name_and_divisions_attached_to_a_known_body(tmp_path: Path) -> None:
    text = ("News\n\nThe Customs and Tariff Bureau of the Ministry of Finance of Japan hosted the meeting. The "
            "Anti-Narcotics Division of the Royal Malaysia Police took part. The Department of Customs and Excise "
            "attended.\n")
    extraction = extract_text(tmp_path, text)
    found = facts(extraction)
    bureau = "Customs and Tariff Bureau (Ministry of Finance of Japan)"
    assert {("PART_OF", bureau, "Ministry of Finance of Japan"),
            ("PART_OF", "Anti-Narcotics Division (Royal Malaysia Police)", "Royal Malaysia Police")} <= found
    meeting = first_meeting(extraction)
    assert roles(extraction, "ATTENDED", bureau, meeting) == {"host"}
    assert not roles(extraction, "ATTENDED", "Ministry of Finance of Japan", meeting)
    assert "Department of Customs and Excise" in {e.name for e in extraction.entities}


def test_a_division_named_in_a_post_is_no_body(tmp_path: Path) -> None:
    text = ("News\n\nMs. Mai Lan, Head of the Intelligence Division of the Anti-Smuggling and Investigation Department, "
            "welcomed the participants.\n")
    names = {e.name for e in extract_text(tmp_path, text).entities}
    assert not {n for n in names if "Division" in n}
