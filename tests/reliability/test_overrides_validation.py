"""Corrections that would lose or invent facts are refused with the entry named; chains resolve transitively; a merge
into an id nothing holds never drops facts; `ckg load --explain-overrides` lists what each correction did."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.dump import snapshot
from graph.loader import load
from graph.stores.base import Store
from loaders.extraction import extract_paths
from loaders.resolve.overrides import Merge, Overrides, OverridesError, load_overrides
from tests.helpers import DEMO, ROOT

# YAML -> what the refusal must say (besides the file name)
REFUSED = {
    "merges: [{into: agency:vn-customs, ids: [agency:vn-asid]}]": "merges: Extra inputs are not permitted",
    "merge: [{into: agency:vn-customs, id: [agency:vn-asid]}]": "merge[0].id: Extra inputs are not permitted",
    "merge: [{into: country:vn, ids: [agency:vn-customs]}]": "merge[0] (into country:vn): agency:vn-customs is an Agency "
                                                              "and country:vn a Country",
    "merge: [{into: agency:a, ids: [agency:b]}, {into: agency:b, ids: [agency:a]}]": "merge: cycle agency:b -> agency:a "
                                                                                     "-> agency:b",
    "merge: [{into: agency:a, ids: [agency:b]}, {into: agency:b, ids: [agency:c]}, {into: agency:c, ids: [agency:a]}]":
        "merge: cycle agency:b -> agency:a -> agency:c -> agency:b",
    "merge: [{into: agency:a, ids: [agency:a]}]": "merge[0] (into agency:a): merges agency:a into itself",
    "merge: [{into: agency:a, ids: [agency:c]}, {into: agency:b, ids: [agency:c]}]": "merge[1] (into agency:b): "
                                                                                     "agency:c is already merged into agency:a",
    "merge: [{into: agency:a, ids: []}]": "merge[0].ids: List should have at least 1 item",
    "merge: [{into: vn-customs, ids: [agency:a]}]": "merge[0] (into vn-customs): 'vn-customs' is not an entity id",
    "rename: [{id: agency:vn-customs, name: ''}]": "rename[0] (agency:vn-customs): the new name is empty",
    "rename: [{id: agency:vn-customs, name: '  '}]": "rename[0] (agency:vn-customs): the new name is empty",
    "rename: [{id: agency:a, name: A}, {id: agency:a, name: B}]": "rename[1] (agency:a): agency:a is also renamed to 'A'",
    "aliases: [{id: agency:vn-customs, alias: ''}]": "aliases[0] (agency:vn-customs): the alias is empty",
    "add: [{type: WORKS_WITH, source: agency:a, target: agency:b}]": "add[0] (WORKS_WITH agency:a -> agency:b): "
                                                                      "'WORKS_WITH' is not a relation type",
    "add: [{type: PARTICIPATED_IN, source: agency:a, target: country:vn}]": "PARTICIPATED_IN goes to Campaign, not to a Country",
    "add: [{type: LEADS, source: agency:a, target: agency:b}]": "LEADS goes from Person, not from an Agency",
    "add: [{type: PARTICIPATED_IN, source: agency:a, target: campaign:x, roles: [boss]}]": "role(s) boss not allowed",
    "add: [{type: PARTICIPATED_IN, source: agency:a}]": "add[0].target: Field required",
    "add: [{type: PARTICIPATED_IN, source: agency:a, target: campaign:x, roles: supporter}]": "add[0].roles: Input should be "
                                                                                             "a valid list",
    "add: [{type: PART_OF, source: agency:a, target: agency:a}]": "a fact needs two different entities",
    "add: [PARTICIPATED_IN]": "add[0]: Input should be a valid dictionary",
    "reject: [{type: MENTIONS, source: agency:a, target: agency:b}]": "'MENTIONS' is not a relation type",
    "keep_apart: [[agency:a]]": "keep_apart[0]: needs two different ids",
    "keep_apart: [[agency:a, agency:b]]\nmerge: [{into: agency:a, ids: [agency:b]}]":
        "keep_apart[0]: agency:a, agency:b are to be kept apart, but a merge joins them",
    "- just a list": "not a valid overrides file",
    "merge: [1, 2": "not a valid overrides file",
}


@pytest.mark.parametrize("text", list(REFUSED))
def test_an_unsafe_correction_is_refused_naming_the_entry(tmp_path: Path, text: str) -> None:
    file = tmp_path / "overrides.yaml"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(OverridesError) as caught:
        load_overrides(file)
    assert str(file) in str(caught.value)
    assert REFUSED[text] in str(caught.value)


def test_a_missing_overrides_file_is_an_error_when_named(tmp_path: Path) -> None:
    with pytest.raises(OverridesError, match="no such overrides file"):
        load_overrides(tmp_path / "typo.yaml", required=True)
    assert load_overrides(tmp_path / "not-yet.yaml") == Overrides()  # the data folder's default may not exist yet
    result = subprocess.run([sys.executable, "-m", "ckg", "extract", str(DEMO), "--out", str(tmp_path / "o.json"),
                             "--overrides", str(tmp_path / "typo.yaml")], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2 and "typo.yaml: no such overrides file" in result.stderr


def test_a_merge_chain_resolves_transitively_and_keeps_every_fact(store: Store) -> None:
    chain = Overrides(merge=[Merge(into="agency:vn-asid", ids=["agency:vn-border-guard"]),
                             Merge(into="agency:vn-customs", ids=["agency:vn-asid"])])
    assert chain.merge == [Merge(into="agency:vn-customs", ids=["agency:vn-border-guard", "agency:vn-asid"])]
    direct = Overrides(merge=[Merge(into="agency:vn-customs", ids=["agency:vn-border-guard", "agency:vn-asid"])])
    chained, flat = extract_paths([DEMO], chain), extract_paths([DEMO], direct)
    assert chained.model_dump_json() == flat.model_dump_json()
    ids = {e.id for e in chained.entities}
    assert all(r.source in ids and r.target in ids for r in chained.relations)  # nothing left dangling
    load(store, chained)
    assert len(snapshot(store).relations) == len(chained.relations)


def test_a_merge_into_an_id_nothing_holds_drops_no_fact(tmp_path: Path) -> None:
    plain = extract_paths([DEMO])
    wrong = extract_paths([DEMO], Overrides(merge=[Merge(into="agency:no-such", ids=["agency:vn-customs"])]))
    assert wrong.model_dump_json() == plain.model_dump_json()


def _ckg(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ckg", *args], capture_output=True, text=True, cwd=ROOT, timeout=300,
                          env=os.environ | {"CKG_DATA_DIR": str(data), "CKG_STORE": "embedded"})


def test_load_refuses_a_merge_into_an_unknown_id_and_explains_the_others(tmp_path: Path) -> None:
    data = tmp_path / "data"
    bad = tmp_path / "bad.yaml"
    bad.write_text("merge: [{into: agency:vn-custom, ids: [agency:vn-asid]}]", encoding="utf-8")
    refused = _ckg(data, "load", str(DEMO), "--overrides", str(bad))
    assert refused.returncode == 2
    assert "merge[0]: agency:vn-asid would be merged into agency:vn-custom, which is neither" in refused.stderr
    assert "no rows" in _ckg(data, "stats").stdout  # refused before anything was written
    good = tmp_path / "good.yaml"
    good.write_text("merge: [{into: agency:vn-customs, ids: [agency:vn-asid]}]\n"
                    "rename: [{id: agency:la-customs, name: Lao Customs}]\n"
                    "aliases: [{id: agency:nowhere, alias: Nobody}]\n"
                    "reject: [{type: BELONGS_TO, source: agency:vn-customs, target: country:vn}]\n"
                    "add: [{type: PARTICIPATED_IN, source: agency:kr-customs, target: campaign:mekong-dragon-5, "
                    "roles: [supporter], note: press release}]\n", encoding="utf-8")
    explained = _ckg(data, "load", str(DEMO), "--overrides", str(good), "--explain-overrides")
    assert explained.returncode == 0, explained.stderr
    lines = explained.stdout.splitlines()
    expected = [("merge", "agency:vn-customs holds their names and facts"), ("rename", "named 'Lao Customs'"),
                ("alias", "no effect: agency:nowhere not in the store"), ("reject", "fact absent"), ("add", "fact present")]
    for kind, effect in expected:
        assert any(line.startswith(kind) and effect in line for line in lines), (kind, explained.stdout)
    assert "1 correction(s) name ids that are in neither" in explained.stderr
