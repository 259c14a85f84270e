"""Resolution across documents and languages, stable ids, and analyst overrides that survive re-extraction."""

from __future__ import annotations

from pathlib import Path

from loaders.extraction import extract_paths
from loaders.resolve.overrides import FactRef, Merge, Overrides, load_overrides, save_overrides
from tests.helpers import facts

VI = "Hải quan Hàn Quốc tham gia Chiến dịch Con Rồng Mê Kông giai đoạn 4."
EN = "Korea Customs Service took part in the fourth phase of the Mekong Dragon campaign."


def _corpus(tmp_path: Path) -> list[Path]:
    (tmp_path / "vi.txt").write_text(VI, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    return [tmp_path / "vi.txt", tmp_path / "en.txt"]


def test_one_entity_per_thing_across_languages(tmp_path: Path) -> None:
    extraction = extract_paths(_corpus(tmp_path))
    korea = [e for e in extraction.entities if e.name == "Korea Customs Service"]
    assert len(korea) == 1 and {"Hải quan Hàn Quốc"} <= set(korea[0].aliases)
    relation = next(r for r in extraction.relations if r.source == korea[0].id and r.target == "campaign:mekong-dragon-4")
    assert {e.document for e in relation.evidence} == {d.id for d in extraction.documents}


def test_a_department_stays_apart_from_its_parent(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Cục Điều tra chống buôn lậu (Tổng cục Hải quan) tham dự hội nghị.", encoding="utf-8")
    ids = {e.id for e in extract_paths([path]).entities}
    assert {"agency:vn-asid", "agency:vn-customs"} <= ids


def test_ids_are_stable_between_runs_and_documents_are_their_content(tmp_path: Path) -> None:
    first, second = extract_paths(_corpus(tmp_path)), extract_paths(_corpus(tmp_path))
    assert [e.id for e in first.entities] == [e.id for e in second.entities]
    (tmp_path / "copy.txt").write_text(VI, encoding="utf-8")
    again = extract_paths([tmp_path / "vi.txt", tmp_path / "copy.txt"])
    assert len(again.documents) == 1


def test_overrides_merge_rename_alias_reject_and_add(tmp_path: Path) -> None:
    paths = _corpus(tmp_path)
    overrides = Overrides(
        merge=[Merge(into="campaign:mekong-dragon", ids=["campaign:mekong-dragon-4"])],
        rename=[{"id": "agency:kr-customs", "name": "KCS"}],  # type: ignore[list-item]
        aliases=[{"id": "agency:kr-customs", "alias": "관세청"}],  # type: ignore[list-item]
        reject=[FactRef(type="BELONGS_TO", source="agency:kr-customs", target="country:kr")],
        add=[FactRef(type="PARTICIPATED_IN", source="agency:kr-customs", target="campaign:mekong-dragon",
                     roles=["supporter"], note="press release of 2024-05-02")])
    file = tmp_path / "overrides.yaml"
    save_overrides(file, overrides)
    extraction = extract_paths(paths, load_overrides(file))
    found = facts(extraction)
    assert not any(e.id == "campaign:mekong-dragon-4" for e in extraction.entities)
    kcs = next(e for e in extraction.entities if e.id == "agency:kr-customs")
    assert kcs.name == "KCS" and "관세청" in kcs.aliases and "Korea Customs Service" in kcs.aliases
    assert "KCS" not in kcs.aliases  # extraction and the store rename by one rule
    assert ("BELONGS_TO", "KCS", "South Korea") not in found
    added = next(r for r in extraction.relations if r.source == "agency:kr-customs" and r.target == "campaign:mekong-dragon")
    assert "supporter" in added.roles and added.evidence[0].text == "press release of 2024-05-02"


def test_an_acronym_defined_in_one_article_names_the_agency_in_another(tmp_path: Path) -> None:
    defined = "The Sri Lanka Drug Enforcement Agency (SLDEA) joined Operation Sea Shield."
    (tmp_path / "a.txt").write_text(defined, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Officers of the Sri Lanka Drug Enforcement Agency seized 40 kg.", encoding="utf-8")
    merged = [e for e in extract_paths([tmp_path]).entities if e.type == "Agency"]
    assert [e.id for e in merged] == ["agency:sldea"]
    kept = Overrides(keep_apart=[["agency:sri-lanka-drug-enforcement-agency", "agency:sldea"]])
    apart = {e.id for e in extract_paths([tmp_path], kept).entities if e.type == "Agency"}
    assert apart == {"agency:sldea", "agency:sri-lanka-drug-enforcement-agency"}


def test_a_broken_overrides_file_is_an_error_naming_it(tmp_path: Path) -> None:
    file = tmp_path / "overrides.yaml"
    file.write_text("merge: [1, 2", encoding="utf-8")
    try:
        load_overrides(file)
    except Exception as exc:
        assert str(file) in str(exc)
    else:
        raise AssertionError("a malformed overrides file must be refused")
