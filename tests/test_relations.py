"""Relation triggers in both languages; each test sentence is our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import entity, extract_text, facts, first_meeting, roles

LAO, THAI, KH = "Lao Customs Department", "Thai Customs Department", "General Department of Customs and Excise of Cambodia"
VN, KR = "General Department of Vietnam Customs", "Korea Customs Service"


@pytest.mark.parametrize(("text", "agents", "campaign", "role"), [
    ("Chiến dịch Sea Shield do Hải quan Lào và Hải quan Thái Lan đồng sáng kiến.", [LAO, THAI], "Sea Shield", "initiator"),
    ("Lao Customs and Thai Customs co-initiated Operation Sea Shield.", [LAO, THAI], "Sea Shield", "initiator"),
    ("Operation Sea Shield was initiated by Lao Customs.", [LAO], "Sea Shield", "initiator"),
    ("Chiến dịch Sea Shield do Hải quan Lào chủ trì điều phối.", [LAO], "Sea Shield", "coordinator"),
    ("Operation Sea Shield, coordinated by UNODC, closed.", ["UNODC"], "Sea Shield", "coordinator"),
    ("Chiến dịch Sea Shield được triển khai dưới sự hỗ trợ kỹ thuật của UNODC.", ["UNODC"], "Sea Shield", "supporter"),
    ("Operation Sea Shield was supported by INTERPOL.", ["INTERPOL"], "Sea Shield", "supporter"),
    ("Hải quan Lào tham gia Chiến dịch Sea Shield.", [LAO], "Sea Shield", "participant"),
    ("Thai Customs took part in Operation Sea Shield.", [THAI], "Sea Shield", "participant"),
    ("Chiến dịch Sea Shield với sự tham gia của Hải quan Lào và Hải quan Thái Lan.", [LAO, THAI], "Sea Shield",
     "participant"),
])
def test_participation_roles(tmp_path: Path, text: str, agents: list[str], campaign: str, role: str) -> None:
    extraction = extract_text(tmp_path, text)
    for agent in agents:
        assert role in roles(extraction, "PARTICIPATED_IN", agent, campaign), agent


def test_an_enumeration_gives_every_member(tmp_path: Path) -> None:
    text = ("Chiến dịch Sea Shield với sự tham gia của cơ quan Hải quan 3 nước ASEAN gồm: Lào, Campuchia, Thái Lan "
            "và 1 cơ quan Hải quan đối tác của ASEAN (Hải quan Hàn Quốc).")
    found = facts(extract_text(tmp_path, text))
    assert {("PARTICIPATED_IN", a, "Sea Shield") for a in (LAO, KH, THAI, KR)} <= found
    assert ("PARTICIPATED_IN", "ASEAN", "Sea Shield") not in found  # ASEAN only qualifies "nước"


def test_a_request_is_not_participation(tmp_path: Path) -> None:
    found = facts(extract_text(tmp_path, "Hải quan Lào đề nghị các nước tham gia Chiến dịch Sea Shield."))
    assert not [f for f in found if f[0] == "PARTICIPATED_IN"]


@pytest.mark.parametrize(("text", "agent", "role"), [
    ("Hải quan Lào tham dự Hội thảo về kiểm soát tiền chất tại Viêng Chăn.", LAO, "participant"),
    ("Thai Customs attended the Regional Precursor Control Workshop in Bangkok.", THAI, "participant"),
    ("The Regional Precursor Control Workshop was hosted by Thai Customs in Bangkok.", THAI, "host"),
    ("Hội thảo về kiểm soát tiền chất do Hải quan Lào tổ chức tại Viêng Chăn.", LAO, "host"),
    ("Hội thảo về kiểm soát tiền chất tại Viêng Chăn do Hải quan Lào chủ trì.", LAO, "host"),
    ("Thai Customs chaired the Regional Precursor Control Workshop in Bangkok.", THAI, "chair"),
])
def test_attendance_roles(tmp_path: Path, text: str, agent: str, role: str) -> None:
    extraction = extract_text(tmp_path, text)
    meeting = next(e for e in extraction.entities if e.type == "Meeting")
    assert role in roles(extraction, "ATTENDED", agent, meeting.name)


def test_held_in_city_dates_and_about(tmp_path: Path) -> None:
    text = "Hải quan Lào tham dự Hội nghị sơ kết Chiến dịch Sea Shield giai đoạn 2 tại Đà Nẵng từ ngày 3-5/6/2025."
    extraction = extract_text(tmp_path, text)
    meeting = next(e for e in extraction.entities if e.type == "Meeting")
    assert (meeting.kind, meeting.city, meeting.country) == ("review", "Da Nang", "Vietnam")
    assert (meeting.start, meeting.end) == ("2025-06-03", "2025-06-05")
    found = facts(extraction)
    assert not {f for f in found if f[0] == "HELD_IN"}  # the text names no country: the city is its place
    assert ("ABOUT", meeting.name, "Sea Shield 2") in found
    assert ("PHASE_OF", "Sea Shield 2", "Sea Shield") in found


def test_bilateral_partners_and_both_sides(tmp_path: Path) -> None:
    text = ("Hải quan Lào có cuộc họp song phương với Hải quan Thái Lan tại Viêng Chăn. "
            "Sau đó, hai bên tiếp tục cuộc họp về kiểm soát ma túy tại Bangkok.")
    extraction = extract_text(tmp_path, text)
    meetings = [e.name for e in extraction.entities if e.type == "Meeting"]
    assert len(meetings) == 2
    found = facts(extraction)
    assert {("ATTENDED", a, m) for a in (LAO, THAI) for m in meetings} <= found


def test_meetings_named_for_a_body_are_hosted_by_it(tmp_path: Path) -> None:
    found = facts(extract_text(tmp_path, "Hải quan Lào tham dự Hội nghị Tổng cục trưởng của WCO lần thứ 20 tại Bỉ."))
    meeting = "Hội nghị Tổng cục trưởng của WCO lần thứ 20"
    assert ("ATTENDED", "WCO", meeting) in found and ("HELD_IN", meeting, "Belgium") in found


def test_structure_units_membership_country_and_leadership(tmp_path: Path) -> None:
    text = ("Cục trưởng Cục Điều tra chống buôn lậu (Tổng cục Hải quan) Lê Văn Bình gặp đại diện RILO AP. "
            "Nhóm Công tác CECWG thuộc ASEAN.")
    extraction = extract_text(tmp_path, text)
    found = facts(extraction)
    assert ("PART_OF", "Anti-Smuggling and Investigation Department", VN) in found
    assert ("LEADS", "Lê Văn Bình", "Anti-Smuggling and Investigation Department") in found
    assert entity(extraction, VN).country == "Vietnam"  # the text names no country: no BELONGS_TO of its own
    assert ("PART_OF", "CECWG", "ASEAN") in found or ("MEMBER_OF", "CECWG", "ASEAN") in found


def test_every_relation_carries_its_exact_sentence(tmp_path: Path) -> None:
    text = "Tin vắn.\nHải quan Lào tham gia Chiến dịch Sea Shield.\nThai Customs took part in Operation Sea Shield."
    extraction = extract_text(tmp_path, text)
    document = extraction.documents[0]
    for relation in extraction.relations:
        for evidence in relation.evidence:
            assert document.text[evidence.start:evidence.end] == evidence.text
    sea = entity(extraction, "Sea Shield")
    assert all(document.text[m.start:m.end] == m.text for m in sea.mentions)


def test_participation_stated_in_the_next_sentence(tmp_path: Path) -> None:
    text = ("Singapore hosted the planning conference of Operation Sky Net, a joint operation coordinated by RILO AP.\n"
            "Customs administrations of Thailand, Malaysia and Indonesia took part.")
    extraction = extract_text(tmp_path, text)
    assert "coordinator" in roles(extraction, "PARTICIPATED_IN", "RILO AP", "Sky Net")
    for country in ("Thailand", "Malaysia", "Indonesia"):  # administrations named by country: the countries take part
        assert "participant" in roles(extraction, "PARTICIPATED_IN", country, "Sky Net")


def test_a_unit_whose_name_holds_phong_chong(tmp_path: Path) -> None:
    text = "Cục Phòng, chống ma túy và tội phạm (Bộ Tư lệnh Bộ đội Biên phòng) tham dự hội thảo."
    found = facts(extract_text(tmp_path, text))
    assert ("PART_OF", "Cục Phòng, chống ma túy và tội phạm (Vietnam Border Guard)", "Vietnam Border Guard") in found


@pytest.mark.parametrize(("text", "agent", "role"), [
    ("INTERPOL-led Operation Sea Shield ran in May.", "INTERPOL", "coordinator"),
    ("The WCO's Operation Sea Shield ran in May.", "WCO", "coordinator"),
    ("The UNODC-backed Operation Sea Shield ran in May.", "UNODC", "supporter"),
])
def test_a_body_written_onto_a_campaign_runs_it(tmp_path: Path, text: str, agent: str, role: str) -> None:
    extraction = extract_text(tmp_path, text)
    assert role in roles(extraction, "PARTICIPATED_IN", agent, "Sea Shield")
    assert {e.name for e in extraction.entities if e.type == "Campaign"} == {"Sea Shield"}


def test_a_meeting_word_then_a_verb_is_the_meeting_named_before(tmp_path: Path) -> None:
    text = ("Hải quan Lào tổ chức Hội thảo về kiểm soát tiền chất tại Viêng Chăn. "
            "Hội nghị có sự tham dự của Hải quan Thái Lan.")
    extraction = extract_text(tmp_path, text)
    assert [e.name for e in extraction.entities if e.type == "Meeting"] == ["Hội thảo về kiểm soát tiền chất"]
    assert "participant" in roles(extraction, "ATTENDED", THAI, "Hội thảo về kiểm soát tiền chất")


def test_a_meeting_on_the_sidelines_is_where_the_main_event_was(tmp_path: Path) -> None:
    text = ("Hải quan Lào tham dự Diễn đàn hải quan khu vực về kiểm soát ma túy tại Bangkok. "
            "Bên lề diễn đàn, Hải quan Lào có cuộc họp song phương với Hải quan Thái Lan.")
    extraction = extract_text(tmp_path, text)
    talks = first_meeting(extraction)  # "Cuộc họp song phương (Bangkok)": the name ends before "với" (the partner)
    assert talks.startswith("Cuộc họp song phương (") and entity(extraction, talks).country == "Thailand"
    assert ("ATTENDED", THAI, talks) in facts(extraction)


def test_a_meeting_is_held_in_a_country_only_when_the_text_names_the_country(tmp_path: Path) -> None:
    """The conventions: HELD_IN only where the country is named; one named only in an agency's name is not."""
    for text, named in (("Philippine Customs hosted the 5th Regional Customs Meeting in Manila on 3 July 2025.", False),
                        ("Philippine Customs hosted the 5th Regional Customs Meeting in Manila, the Philippines, on 3 "
                         "July 2025.", True),
                        ("Ngày 10/3/2025, tại Hà Nội, Bộ Công an tổ chức Hội nghị tổng kết công tác phòng chống ma túy.",
                         False),
                        ("Ngày 10/3/2025, tại Hà Nội (Việt Nam), Bộ Công an tổ chức Hội nghị tổng kết công tác phòng "
                         "chống ma túy.", True)):
        extraction = extract_text(tmp_path, text)
        meeting = next(e for e in extraction.entities if e.type == "Meeting")
        assert meeting.country in ("Philippines", "Vietnam")
        assert any(t == "HELD_IN" and s == meeting.name for t, s, _ in facts(extraction)) is named, text
        assert any(e.type == "Country" for e in extraction.entities) is named, text


def test_an_unlisted_town_with_its_country_places_a_meeting(tmp_path: Path) -> None:
    for text in ("Lao Customs held bilateral talks in Savannakhet, Laos, on 8 August 2025.",
                 "Hải quan Lào tổ chức Hội đàm song phương về chống buôn lậu tại tỉnh Savannakhet (Lào) ngày 8/8/2025."):
        extraction = extract_text(tmp_path, text)
        meeting = next(e for e in extraction.entities if e.type == "Meeting")
        assert (meeting.city, meeting.start) == ("Savannakhet", "2025-08-08")
        assert ("HELD_IN", meeting.name, "Laos") in facts(extraction)


def test_both_sides_opening_a_sentence_are_its_subject(tmp_path: Path) -> None:
    text = ("Hải quan Lào có cuộc họp song phương với Hải quan Thái Lan tại Viêng Chăn. "
            "Hai bên thống nhất tiếp tục triển khai Chiến dịch Sea Shield.")
    extraction = extract_text(tmp_path, text)
    for agency in (LAO, THAI):
        assert "participant" in roles(extraction, "PARTICIPATED_IN", agency, "Sea Shield")


@pytest.mark.parametrize("text", [
    "The WCO and INTERPOL announced the results of Operation Thunder 2024. It was coordinated by the two organizations.",
    "Hải quan Việt Nam và Hải quan Lào công bố kết quả Chiến dịch Thunder 2024. Chiến dịch do hai tổ chức điều phối."])
def test_two_bodies_opening_a_sentence_are_the_pair_a_later_pronoun_names(tmp_path: Path, text: str) -> None:
    extraction = extract_text(tmp_path, text)
    coordinators = {s for t, s, o in facts(extraction) if t == "PARTICIPATED_IN" and o == "Thunder 2024"}
    assert coordinators == ({"WCO", "INTERPOL"} if text.startswith("The") else {VN, LAO})
    assert all("coordinator" in roles(extraction, "PARTICIPATED_IN", s, "Thunder 2024") for s in coordinators)


@pytest.mark.parametrize("text", [
    "Thực hiện Kế hoạch năm 2024, Hải quan Lào phối hợp với Hải quan Thái Lan triệt phá đường dây buôn lậu. "
    "Sau đó, hai bên đã tổ chức Hội đàm về kiểm soát biên giới tại Viêng Chăn.",
    "Under a 2024 plan, Lao Customs, together with Thai Customs, dismantled a smuggling ring. "
    "The two sides then held the Border Control Talks in Vientiane."])
def test_a_body_acting_with_another_makes_them_the_pair(tmp_path: Path, text: str) -> None:
    extraction = extract_text(tmp_path, text)
    meeting = next(e.name for e in extraction.entities if e.type == "Meeting")
    assert {LAO, THAI} <= {s for t, s, o in facts(extraction) if t == "ATTENDED" and o == meeting}


def test_a_pair_pronoun_after_a_trigger_must_follow_it(tmp_path: Path) -> None:
    text = ("Hải quan Lào có cuộc họp song phương với Hải quan Thái Lan tại Viêng Chăn. "
            "Chiến dịch Sea Shield được triển khai với sự hỗ trợ của UNODC, và hai bên sẽ tiếp tục trao đổi thông tin.")
    assert {s for t, s, o in facts(extract_text(tmp_path, text)) if t == "PARTICIPATED_IN"} <= {"UNODC"}


@pytest.mark.parametrize(("text", "parties"), [
    ("The Australian Federal Police, in partnership with the Royal Thai Police, dismantled a syndicate under Operation "
     "Ironside.", {"Australian Federal Police", "Royal Thai Police"}),
    ("Lao Customs seized 40 kg of heroin as part of Operation Ironside.", {LAO}),
    ("Hải quan Việt Nam đã bắt giữ 10 kg ma túy trong khuôn khổ Chiến dịch Ironside.", {VN})])
def test_what_a_body_did_within_an_operation_is_its_part_in_it(tmp_path: Path, text: str, parties: set[str]) -> None:
    found = facts(extract_text(tmp_path, text))
    assert {s for t, s, o in found if t == "PARTICIPATED_IN" and o == "Ironside"} == parties


@pytest.mark.parametrize(("text", "role", "parties"), [
    ("Operation Pangea XVII was coordinated by INTERPOL. The operation received support from Europol and the WCO.",
     "supporter", {"Europol", "WCO"}),
    ("Operation Pangea XVII was coordinated by INTERPOL. Among the most active participants were Lao Customs and Thai "
     "Customs.", "participant", {LAO, THAI}),
    ("Chiến dịch Pangea XVII do INTERPOL điều phối. Trong số các đơn vị tham gia có Hải quan Lào và Hải quan Thái Lan.",
     "participant", {LAO, THAI})])
def test_supporters_and_participants_named_after_their_phrase(tmp_path: Path, text: str, role: str,
                                                              parties: set[str]) -> None:
    extraction = extract_text(tmp_path, text)
    for party in parties:
        assert role in roles(extraction, "PARTICIPATED_IN", party, "Pangea 17"), party


@pytest.mark.parametrize(("text", "party", "role"), [
    ("Lao Customs coordinated with Thai police in Operation Mekong Shield.", LAO, "participant"),
    ("Lao Customs said Operation Mekong Shield was coordinated with Thai police.", LAO, "participant"),
    ("Chiến dịch Mekong Shield được tài trợ bởi Liên minh châu Âu.", "European Union", "supporter")])
def test_a_partner_coordinated_with_and_a_funder_after_bởi(tmp_path: Path, text: str, party: str, role: str) -> None:
    extraction = extract_text(tmp_path, text)
    assert roles(extraction, "PARTICIPATED_IN", party, "Mekong Shield") >= {role}
    assert "coordinator" not in roles(extraction, "PARTICIPATED_IN", party, "Mekong Shield")


def test_a_body_that_led_an_operation_coordinated_it(tmp_path: Path) -> None:
    text = "The Korea Customs Service said on Wednesday it led Operation Blue Dragon II with 27 customs administrations."
    assert roles(extract_text(tmp_path, text), "PARTICIPATED_IN", KR, "Blue Dragon 2") == {"coordinator"}


@pytest.mark.parametrize("text", [
    "An operation coordinated by INTERPOL, with funding from the European Union, led to 2,500 arrests. Operation "
    "Flash-Weka ran from 5 to 30 August 2024.",
    "Một chiến dịch do INTERPOL điều phối, với sự tài trợ của Liên minh châu Âu, đã bắt giữ 2.500 đối tượng. Chiến dịch "
    "Flash-Weka diễn ra từ ngày 5 đến 30/8/2024."])
def test_an_operation_named_only_in_the_next_sentence(tmp_path: Path, text: str) -> None:
    extraction = extract_text(tmp_path, text)
    assert "coordinator" in roles(extraction, "PARTICIPATED_IN", "INTERPOL", "Flash-Weka")
    assert "supporter" in roles(extraction, "PARTICIPATED_IN", "European Union", "Flash-Weka")


@pytest.mark.parametrize("text", [
    "Operation Coral Reef nets ivory\n\nA month-long WCO-coordinated operation targeting ivory smuggling ended in "
    "Nairobi. Operation Coral Reef III involved customs in 12 countries.",
    "Ivory seized\n\nAn INTERPOL-led global operation seized 3 tonnes of ivory. Operation Coral Reef III ran in May.",
])
def test_an_operation_described_with_a_compound_is_the_one_named_next(tmp_path: Path, text: str) -> None:
    extraction = extract_text(tmp_path, text)
    coordinator = "WCO" if "WCO" in text else "INTERPOL"
    assert "coordinator" in roles(extraction, "PARTICIPATED_IN", coordinator, "Coral Reef 3")
    assert not roles(extraction, "PARTICIPATED_IN", coordinator, "Coral Reef")


def test_an_operation_codenamed_right_after_points_nowhere_else(tmp_path: Path) -> None:
    text = ("Hong Kong Customs took part in a joint enforcement operation codenamed \"Operation Harbour Net\" with the "
            "Macao Customs Service from 1 to 30 May 2025.")
    assert roles(extract_text(tmp_path, text), "PARTICIPATED_IN", "Macao Customs Service", "Harbour Net")


def test_an_operation_introduced_never_points_back(tmp_path: Path) -> None:
    text = "Operation Flash-Weka ended in May. In June, an operation coordinated by Europol targeted online fraud."
    extraction = extract_text(tmp_path, text)
    assert not roles(extraction, "PARTICIPATED_IN", "Europol", "Flash-Weka")
    assert {e.name for e in extraction.entities if e.type == "Campaign"} == {"Flash-Weka"}  # "June, an operation"


@pytest.mark.parametrize("text", [
    "At the request of Lao Customs, the WCO conducted the National Workshop on Risk Management in Vientiane.",
    "Theo đề nghị của Hải quan Lào, WCO đã tổ chức Hội thảo quốc gia về quản lý rủi ro tại Viêng Chăn."])
def test_who_asked_for_a_workshop_hosts_nothing_and_who_conducted_it_hosts(tmp_path: Path, text: str) -> None:
    extraction = extract_text(tmp_path, text)
    meeting = next(e.name for e in extraction.entities if e.type == "Meeting")
    assert roles(extraction, "ATTENDED", "WCO", meeting) == {"host"}
    assert "host" not in roles(extraction, "ATTENDED", LAO, meeting)


@pytest.mark.parametrize("text", [
    "Hong Kong Customs announced the results of an operation codenamed Thunderbolt mounted with Lao Customs and "
    "Thai Customs.",
    "Lao Customs took part in Operation Thunderbolt, conducted with Thai Customs."])
def test_partners_an_operation_was_mounted_or_conducted_with_take_part(tmp_path: Path, text: str) -> None:
    found = facts(extract_text(tmp_path, text))
    assert {("PARTICIPATED_IN", LAO, "Thunderbolt"), ("PARTICIPATED_IN", THAI, "Thunderbolt")} <= found


def test_the_2025_name_of_vietnam_customs(tmp_path: Path) -> None:
    found = facts(extract_text(tmp_path, "Cục Hải quan (Bộ Tài chính) tham gia Chiến dịch Sea Shield."))
    assert ("PARTICIPATED_IN", VN, "Sea Shield") in found


def test_with_the_attendance_of_names_attendees_not_partners(tmp_path: Path) -> None:
    text = ("Bộ Công an đăng cai tổ chức Hội nghị Tư lệnh Cảnh sát các nước ASEAN lần thứ 42 tại Hà Nội "
            "với sự tham dự của INTERPOL.")
    extraction = extract_text(tmp_path, text)
    meeting = "Hội nghị Tư lệnh Cảnh sát các nước ASEAN lần thứ 42"
    assert "host" in roles(extraction, "ATTENDED", "Ministry of Public Security of Vietnam", meeting)
    assert "participant" in roles(extraction, "ATTENDED", "INTERPOL", meeting)


def test_a_headline_and_the_body_naming_one_meeting_make_one_meeting(tmp_path: Path) -> None:
    text = ("Japan hosts regional workshop on precursor chemicals\n\nJapan Customs hosted a regional workshop on "
            "precursor chemical control in Tokyo from October 7 to 9, 2024, with participants from the customs "
            "administrations of Vietnam, Thailand and the Philippines.")
    extraction = extract_text(tmp_path, text)
    meetings = [e for e in extraction.entities if e.type == "Meeting"]
    assert len(meetings) == 1 and (meetings[0].start, meetings[0].end, meetings[0].city) == ("2024-10-07", "2024-10-09", "Tokyo")
    for country in ("Vietnam", "Thailand", "Philippines"):  # administrations named by country: the countries attend
        assert "participant" in roles(extraction, "ATTENDED", country, meetings[0].name)


def test_an_operation_led_by_a_body_is_coordinated_by_it(tmp_path: Path) -> None:
    extraction = extract_text(tmp_path, "Customs of six countries joined Operation Sea Shield 2024, led by INTERPOL and the WCO.")
    assert roles(extraction, "PARTICIPATED_IN", "INTERPOL", "Sea Shield 2024") == {"coordinator"}
    assert roles(extraction, "PARTICIPATED_IN", "WCO", "Sea Shield 2024") == {"coordinator"}


def test_taking_part_in_a_meeting_is_no_part_in_the_campaign_last_named(tmp_path: Path) -> None:
    text = "Operation Tide Line began in May with Lao Customs. Thai Customs also took part in the meeting."
    assert ("PARTICIPATED_IN", "Thai Customs Department", "Tide Line") not in facts(extract_text(tmp_path, text))


def test_financial_support_after_an_initiator_is_support(tmp_path: Path) -> None:
    text = "Operation Blue Fin was initiated by the WCO in 2023 with financial support from Japan Customs."
    extraction = extract_text(tmp_path, text)
    assert roles(extraction, "PARTICIPATED_IN", "WCO", "Blue Fin") == {"initiator"}
    assert roles(extraction, "PARTICIPATED_IN", "Japan Customs", "Blue Fin") == {"supporter"}


def test_an_operation_involving_countries_and_a_verb_ending_the_coordinators(tmp_path: Path) -> None:
    text = ("MARSEILLE, France – Operation Silver Tide II, coordinated by INTERPOL, involved police of 40 countries, "
            "including Chile, Kenya and Norway. The operation was supported by the Maritime Safety Institute.")
    extraction = extract_text(tmp_path, text)
    assert roles(extraction, "PARTICIPATED_IN", "INTERPOL", "Silver Tide 2") == {"coordinator"}
    for country in ("Chile", "Kenya", "Norway"):
        assert roles(extraction, "PARTICIPATED_IN", country, "Silver Tide 2") == {"participant"}
    assert roles(extraction, "PARTICIPATED_IN", "Maritime Safety Institute", "Silver Tide 2") == {"supporter"}


def test_a_known_body_before_operation_names_no_campaign(tmp_path: Path) -> None:
    extraction = extract_text(tmp_path, "INTERPOL operation targets fake medicines\n\nThai Customs seized pills.")
    assert not [e for e in extraction.entities if e.type == "Campaign"]


@pytest.mark.parametrize("text", [
    "Hải quan Lào tiếp tục tích cực tham gia các dự án của Tổ chức Hải quan Thế giới (WCO), như Dự án SHIELD và dự án "
    "GATE.",
    "Lao Customs actively joined the projects of the WCO, such as Project Shield and Project Gate.",
])
def test_projects_of_a_body_listed_after_it_are_its_own_and_all_joined(tmp_path: Path, text: str) -> None:
    extraction = extract_text(tmp_path, text)
    campaigns = sorted(e.name for e in extraction.entities if e.type == "Campaign")
    assert len(campaigns) == 2
    for campaign in campaigns:
        assert "coordinator" in roles(extraction, "PARTICIPATED_IN", "WCO", campaign)
        assert ("PARTICIPATED_IN", "Lao Customs Department", campaign) in facts(extraction)


def test_the_place_a_paragraph_was_written_in_is_no_party(tmp_path: Path) -> None:
    text = ("Customs seize fake medicines\n\nMADRID, Spain – 3 March 2026 – Officers from 40 countries took part in "
            "Operation Pangea XVIII, coordinated by INTERPOL.\n\nNairobi – Kenya and Uganda joined Operation Pangea XVIII.\n")
    found = facts(extract_text(tmp_path, text))
    assert ("PARTICIPATED_IN", "INTERPOL", "Pangea 18") in found
    assert not {f for f in found if f[1] == "Spain"}
    assert {("PARTICIPATED_IN", "Kenya", "Pangea 18"), ("PARTICIPATED_IN", "Uganda", "Pangea 18")} <= found


@pytest.mark.parametrize("text", [
    "News\n\nINTERPOL coordinated Operation Trident IV. Customs from 40 countries took part, among them Peru, Chile "
    "and Ghana.\n",
    "Tin\n\nINTERPOL điều phối Chiến dịch Trident IV. Hải quan 40 nước đã tham gia Chiến dịch Trident IV, trong đó có "
    "Peru, Chile và Ghana.\n"])
def test_those_listed_after_a_trigger_with_no_named_subject_take_part(tmp_path: Path, text: str) -> None:
    found = facts(extract_text(tmp_path, text))
    assert {("PARTICIPATED_IN", c, "Trident 4") for c in ("Peru", "Chile", "Ghana")} <= found


def test_who_hosts_the_meeting_an_event_took_place_beside_hosts_that_meeting_only(tmp_path: Path) -> None:
    text = ("Tin\n\nNgày 5/11/2025, Hải quan Việt Nam và Hải quan Lào ký kết bản ghi nhớ. Lễ ký kết diễn ra bên lề Hội "
            "nghị Hải quan Mê Công lần thứ 9, do Hải quan Campuchia đăng cai.\n")
    extraction = extract_text(tmp_path, text)
    meetings = {e.name for e in extraction.entities if e.type == "Meeting"}
    assert "host" in roles(extraction, "ATTENDED", "General Department of Customs and Excise of Cambodia",
                           "Hội nghị Hải quan Mê Công lần thứ 9")
    assert not {m for m in meetings if m != "Hội nghị Hải quan Mê Công lần thứ 9"
                and roles(extraction, "ATTENDED", "General Department of Customs and Excise of Cambodia", m)}


@pytest.mark.parametrize("text", [
    "News\n\nThe Royal Thai Police participated in Operation Jade Wave II with the Royal Malaysia Police and the "
    "Philippine National Police from May to June 2025.\n",
    "Tin\n\nCảnh sát Hoàng gia Thái Lan đã tham gia Chiến dịch Jade Wave II cùng với Royal Malaysia Police và "
    "Philippine National Police.\n"])
def test_those_named_with_the_campaign_after_it_take_part_too(tmp_path: Path, text: str) -> None:
    found = facts(extract_text(tmp_path, text))
    assert {("PARTICIPATED_IN", a, "Jade Wave 2") for a in ("Royal Malaysia Police", "Philippine National Police")} <= found


def test_a_compound_role_on_an_operation_word_beside_the_campaign(tmp_path: Path) -> None:
    text = "News\n\nOperation Sky Net IV, a UNODC-led operation against precursor smuggling, ended in May.\n"
    assert ("PARTICIPATED_IN", "UNODC", "Sky Net 4") in facts(extract_text(tmp_path, text))


def test_bodies_in_places_act_for_them_and_a_national_office_named_with_its_country(tmp_path: Path) -> None:
    text = ("News\n\nPolice in Ghana, Senegal and Togo seized cocaine during Operation Lionfish VI, which was supported "
            "by the German Federal Foreign Office. The workshop held in Ghana ended.\n")
    found = facts(extract_text(tmp_path, text))
    assert {("PARTICIPATED_IN", c, "Lionfish 6") for c in ("Ghana", "Senegal", "Togo")} <= found
    assert ("PARTICIPATED_IN", "German Federal Foreign Office", "Lionfish 6") in found


def test_units_in_places_act_for_them(tmp_path: Path) -> None:
    text = ("News\n\nOperation Silver Reef was coordinated by UNODC in November. During the operation, port control "
            "units in Ghana, Togo and Benin seized 1.4 tonnes of cocaine.\n")
    assert ("PARTICIPATED_IN", "Ghana", "Silver Reef") in facts(extract_text(tmp_path, text))


def test_the_operation_after_a_phase_and_its_series_is_the_phase(tmp_path: Path) -> None:
    text = ("News\n\nINTERPOL released the results of Operation Harbour Light III, the latest phase of the Operation "
            "Harbour Light series it launched in 2008. Coordinated by INTERPOL and the WCO from 14 April to 25 May, the "
            "six-week operation saw police and customs units in Nepal, Laos and Bhutan seize 9.7 tonnes of drugs.\n")
    extraction = extract_text(tmp_path, text)
    assert {("PARTICIPATED_IN", c, "Harbour Light 3") for c in ("WCO", "Nepal", "Laos", "Bhutan")} <= facts(extraction)
    assert "initiator" in roles(extraction, "PARTICIPATED_IN", "INTERPOL", "Harbour Light")


def test_an_operation_described_as_a_joint_investigation_by_bodies(tmp_path: Path) -> None:
    text = ("News\n\nThe WCO and INTERPOL opened the forum. Officials from the Royal Malaysian Customs Department and the "
            "Philippine Drug Enforcement Agency described Operation Red Kite, a joint investigation by the two agencies "
            "that traced shipments from Laos. Operation Blue Heron, a joint operation by the Royal Thai Police and the "
            "Singapore Police Force, ended in May.\n")
    found = facts(extract_text(tmp_path, text))
    assert {("PARTICIPATED_IN", a, "Red Kite") for a in ("Royal Malaysian Customs Department",
                                                         "Philippine Drug Enforcement Agency")} <= found
    assert {("PARTICIPATED_IN", a, "Blue Heron") for a in ("Royal Thai Police", "Singapore Police Force")} <= found
    assert not {f for f in found if f[2] == "Red Kite" and f[1] in ("WCO", "INTERPOL", "Laos")}


@pytest.mark.parametrize("text, host", [
    ("Tin\n\nNgày 4/3/2025, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu đã tổ chức Hội đàm định kỳ lần thứ 6 với Công an "
     "tỉnh Luang Namtha.\n", True),
    ("Tin\n\nTrong chuyến làm việc, đoàn công tác của Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu tổ chức Hội đàm định kỳ "
     "lần thứ 6 với Công an tỉnh Luang Namtha.\n", False)])
def test_who_holds_talks_with_partners_hosts_them_unless_a_visiting_delegation(tmp_path: Path, text: str, host: bool) -> None:
    extraction = extract_text(tmp_path, text)
    found = roles(extraction, "ATTENDED", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu", "Hội đàm định kỳ lần thứ 6")
    assert ("host" in found) is host and found


@pytest.mark.parametrize("text, campaign", [
    ("Tin\n\nChiến dịch Lưới Vàng V diễn ra từ tháng 7/2024. Trong số các quốc gia tham gia có Nepal, Bhutan và Việt "
     "Nam.\n", "Lưới Vàng 5"),
    ("News\n\nOperation Golden Net V ran from July 2024. Among the countries taking part were Nepal, Bhutan and "
     "Vietnam.\n", "Golden Net 5")])
def test_countries_listed_as_those_taking_part_take_part(tmp_path: Path, text: str, campaign: str) -> None:
    found = facts(extract_text(tmp_path, text))
    assert {("PARTICIPATED_IN", c, campaign) for c in ("Nepal", "Bhutan", "Vietnam")} <= found


@pytest.mark.parametrize("text", [
    "News\n\nOperation Clean Pill III ran in May 2025. Customs administrations of 14 Members took part. Of these, nine "
    "reported seizures: Australia, China, India and Japan.\n",
    "Tin\n\nChiến dịch Viên Thuốc Sạch III diễn ra tháng 5/2025. Mười bốn nước tham gia. Trong số đó, nổi bật là "
    "Australia, Trung Quốc, Ấn Độ và Nhật Bản.\n"])
def test_those_listed_out_of_the_partners_take_part(tmp_path: Path, text: str) -> None:
    found = {(s, t) for r, s, t in facts(extract_text(tmp_path, text)) if r == "PARTICIPATED_IN"}
    assert {s for s, t in found if t.endswith(" 3")} == {"Australia", "China", "India", "Japan"}


def test_a_sentence_that_took_part_in_the_operation_at_hand_keeps_it_at_hand(tmp_path: Path) -> None:
    text = ("News\n\nOperation Clean Pill III ran in May 2025. The operation took place in Asia. It was coordinated by "
            "the WCO Secretariat. Customs administrations of 14 Members took part. Of these, nine reported seizures: "
            "Australia, China, India and Japan.\n")
    found = facts(extract_text(tmp_path, text))
    assert {("PARTICIPATED_IN", c, "Clean Pill 3") for c in ("Australia", "China", "India", "Japan")} <= found


def test_a_unit_named_after_its_parent_with_and_in_its_name_and_no_post_inside(tmp_path: Path) -> None:
    text = ("News\n\nKasia Nowak, Director of the WCO Compliance and Facilitation Directorate, spoke. The talks were "
            "co-hosted by ABF Commissioner Helen Varga and Papua New Guinea Customs Service Commissioner Michael Kalo.\n")
    found = facts(extract_text(tmp_path, text))
    assert {("LEADS", "Kasia Nowak", "WCO Compliance and Facilitation Directorate"),
            ("LEADS", "Michael Kalo", "Papua New Guinea Customs")} <= found


def test_a_wire_dateline_with_a_double_dash(tmp_path: Path) -> None:
    text = "News\n\nBangkok, Thailand, May 3 (Xinhua) -- Laos joined Operation Mekong Guard 2, coordinated by UNODC.\n"
    found = facts(extract_text(tmp_path, text))
    assert ("PARTICIPATED_IN", "Laos", "Mekong Guard 2") in found
    assert not {f for f in found if f[1] == "Thailand"}


def test_the_two_administrations_agreed_to_join(tmp_path: Path) -> None:
    text = ("News\n\nThe Royal Malaysian Customs Department and Thai Customs held talks in Penang on 4 April 2025. The "
            "two customs administrations agreed to join Operation Sea Wall 3.\n")
    found = facts(extract_text(tmp_path, text))
    for party in ("Royal Malaysian Customs Department", "Thai Customs Department"):
        assert ("PARTICIPATED_IN", party, "Sea Wall 3") in found


@pytest.mark.parametrize("text", [
    "Tin tức\n\nChiến dịch Sea Shield có sự tham gia của 40 cơ quan hải quan, trong đó có Hải quan Lào, Nhật Bản và "
    "Thái Lan.",
    "News\n\nOperation Sea Shield saw the participation of 40 customs administrations, among them Lao Customs, Japan "
    "and Thailand.",
])
def test_those_listed_among_unnamed_participants_take_part(tmp_path: Path, text: str) -> None:
    extraction = extract_text(tmp_path, text)
    for party in ("Lao Customs Department", "Japan", "Thailand"):
        assert "participant" in roles(extraction, "PARTICIPATED_IN", party, "Sea Shield"), party


def test_an_ordinal_edition_of_a_yearly_series_is_no_phase_and_its_undated_facts_are_the_editions(
        tmp_path: Path) -> None:
    text = ("News\n\nOperation Thunder 2024 ran in October 2024 in 120 countries. It was the eighth edition of Operation "
            "Thunder, a series that INTERPOL launched in 2017. The operation received support from the CITES "
            "Secretariat.\n")
    extraction = extract_text(tmp_path, text)
    assert {e.name for e in extraction.entities if e.type == "Campaign"} == {"Thunder", "Thunder 2024"}
    assert "supporter" in roles(extraction, "PARTICIPATED_IN", "CITES Secretariat", "Thunder 2024")


def test_the_year_edition_of_the_series_named_last_and_who_initiated_the_series_years_ago(tmp_path: Path) -> None:
    text = ("News\n\nOperation Jade River was initiated in 2019 by the Royal Thai Police and the Lao Police to disrupt "
            "heroin trafficking through Myanmar and Cambodia. The 2024 edition ran from 1 May to 30 June and was "
            "coordinated by INTERPOL. During the operation, the Myanmar Police Force seized 2 tonnes of heroin.\n")
    extraction = extract_text(tmp_path, text)
    assert {("PARTICIPATED_IN", body, "Jade River") for body in ("Royal Thai Police", "Lao Police")} <= facts(extraction)
    assert not {f for f in facts(extraction) if f[1] in ("Myanmar", "Cambodia")}
    assert roles(extraction, "PARTICIPATED_IN", "INTERPOL", "Jade River 2024") == {"coordinator"}
    assert "participant" in roles(extraction, "PARTICIPATED_IN", "Myanmar Police Force", "Jade River 2024")
    assert ("PHASE_OF", "Jade River 2024", "Jade River") in facts(extraction)


def test_those_who_took_part_after_the_text_turned_to_a_meeting_attended_it(tmp_path: Path) -> None:
    text = ("News\n\nThe Regional Port Control Workshop opened in Malé, Maldives on 3 March 2025. Operation Harbour "
            "Watch, launched by UNODC in 2009, helps states secure their ports. The workshop brought "
            "together officials from Bhutan and Nepal. Representatives of the Maldives Police Service also took part.\n")
    extraction = extract_text(tmp_path, text)
    assert "participant" in roles(extraction, "ATTENDED", "Maldives Police Service", "Regional Port Control Workshop")
    assert not {f for f in facts(extraction) if f[0] == "PARTICIPATED_IN" and f[1] == "Maldives Police Service"}


def test_an_operation_that_brought_together_bodies_and_had_support_provided(tmp_path: Path) -> None:
    text = ("News\n\nOperation Coral Gate was launched by the Australian Federal Police in May 2025. The operation "
            "brought together the Royal Solomon Islands Police Force, the Royal Papua New Guinea Constabulary (RPNGC) "
            "and PNG Customs. Intelligence support was provided by the Oceania Customs Organisation (OCO). PNG Customs "
            "Commissioner John Tau welcomed the results.\n")
    extraction = extract_text(tmp_path, text)
    for body in ("Royal Solomon Islands Police Force", "RPNGC", "Papua New Guinea Customs"):
        assert "participant" in roles(extraction, "PARTICIPATED_IN", body, "Coral Gate"), body
    assert "supporter" in roles(extraction, "PARTICIPATED_IN", "OCO", "Coral Gate")
    assert entity(extraction, "RPNGC").country == "Papua New Guinea"
    assert ("LEADS", "John Tau", "Papua New Guinea Customs") in facts(extraction)
