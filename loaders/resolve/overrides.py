"""Analyst corrections, kept as data (YAML) and applied on every run, so they survive re-extraction.

    merge:      [{into: agency:vn-customs, ids: [agency:vietnam-customs-department]}]
    keep_apart: [[person:nguyen-van-a, person:nguyen-van-a-2]]
    rename:     [{id: agency:c04, name: "Drug Crime Investigation Police Department"}]
    aliases:    [{id: campaign:mekong-dragon, alias: "Rồng sông Mê Kông"}]
    reject:     [{type: ATTENDED, source: person:x, target: meeting:y, note: "was not there"}]
    add:        [{type: PARTICIPATED_IN, source: agency:kr-customs, target: campaign:annex, roles: [participant],
                  note: "KCS press release of 2023-05-02"}]
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from graph.files import write_atomic
from graph.model import Entity, Evidence, Relation
from loaders.resolve.override_rules import entry_problems, merge_map


class Strict(BaseModel):
    """An unknown key is a mistake (``merges:``, ``target_id:``), not something to ignore."""

    model_config = ConfigDict(extra="forbid")


class Merge(Strict):
    into: str
    ids: list[str] = Field(min_length=1)


class Rename(Strict):
    id: str
    name: str


class Alias(Strict):
    id: str
    alias: str


class FactRef(Strict):
    type: str
    source: str
    target: str
    roles: list[str] = Field(default_factory=list)
    note: str = ""

    def as_relation(self) -> Relation:
        """The fact an analyst added, with the note as its only evidence."""
        note = self.note or "added by an analyst"
        return Relation(type=self.type, source=self.source, target=self.target, roles=self.roles,  # type: ignore[arg-type]
                        confidence=1.0, note=note, evidence=[Evidence(document="overrides", text=note, start=0, end=len(note))])


class Overrides(Strict):
    merge: list[Merge] = Field(default_factory=list)
    keep_apart: list[list[str]] = Field(default_factory=list)
    rename: list[Rename] = Field(default_factory=list)
    aliases: list[Alias] = Field(default_factory=list)
    reject: list[FactRef] = Field(default_factory=list)
    add: list[FactRef] = Field(default_factory=list)

    @model_validator(mode="after")
    def _safe(self) -> Overrides:
        """Refuse what would lose or invent facts; resolve merge chains and move corrections onto merged ids."""
        final, problems = merge_map(self)
        if not problems:
            self._land(final)
        problems += entry_problems(self, final)
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def _land(self, final: dict[str, str]) -> None:
        targets: dict[str, list[str]] = {}
        for source, target in final.items():
            targets.setdefault(target, []).append(source)
        self.merge = [Merge(into=target, ids=ids) for target, ids in targets.items()]
        for rename in self.rename:
            rename.id = final.get(rename.id, rename.id)
        for alias in self.aliases:
            alias.id = final.get(alias.id, alias.id)
        for ref in [*self.reject, *self.add]:
            ref.source, ref.target = final.get(ref.source, ref.source), final.get(ref.target, ref.target)

    def ids(self) -> set[str]:
        """Every entity id a correction names."""
        refs = [*self.reject, *self.add]
        return ({m.into for m in self.merge} | {i for m in self.merge for i in m.ids} | {i for g in self.keep_apart for i in g}
                | {r.id for r in self.rename} | {a.id for a in self.aliases} | {i for r in refs for i in (r.source, r.target)})

    def apart(self, a: str, b: str) -> bool:
        return any(a in group and b in group for group in self.keep_apart)

    def edited_ids(self) -> list[str]:
        return list(dict.fromkeys([r.id for r in self.rename] + [a.id for a in self.aliases]))

    def edit(self, entity: Entity) -> None:
        """The analyst's name and extra aliases; the name it had stays an alias."""
        for rename in self.rename:
            if rename.id == entity.id and rename.name != entity.name:
                entity.aliases = [a for a in [*entity.aliases, entity.name] if a != rename.name]
                entity.name = rename.name
        for alias in self.aliases:
            if alias.id == entity.id and alias.alias not in entity.aliases and alias.alias != entity.name:
                entity.aliases.append(alias.alias)


class OverridesError(Exception):
    pass


def _described(exc: ValidationError) -> str:
    """Pydantic's errors as ``entry: problem``, one after the other."""
    out = []
    for error in exc.errors():
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error["loc"]).lstrip(".")
        message = str(error["msg"]).removeprefix("Value error, ")
        out.append(f"{where}: {message}" if where else message)
    return "; ".join(out)


def load_overrides(path: Path | None, required: bool = False) -> Overrides:
    """An absent file means no corrections unless it was asked for by name; a malformed or unsafe one is an
    error naming the file and the entry."""
    if path is None or not path.exists():
        if required:
            raise OverridesError(f"{path}: no such overrides file")
        return Overrides()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
        raise OverridesError(f"{path}: not a valid overrides file: {exc}") from exc
    if not isinstance(data, dict):
        raise OverridesError(f"{path}: not a valid overrides file: expected keys such as merge, rename, add")
    try:
        return Overrides.model_validate(data)
    except ValidationError as exc:
        raise OverridesError(f"{path}: refused: {_described(exc)}") from exc


def save_overrides(path: Path, overrides: Overrides) -> None:
    """Write atomically, so an interrupted save never leaves half a file."""
    data = overrides.model_dump(exclude_defaults=True)
    write_atomic(path, yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
