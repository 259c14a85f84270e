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
from pydantic import BaseModel, Field, ValidationError

from graph.model import Entity, Evidence, Relation


class Merge(BaseModel):
    into: str
    ids: list[str]


class Rename(BaseModel):
    id: str
    name: str


class Alias(BaseModel):
    id: str
    alias: str


class FactRef(BaseModel):
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


class Overrides(BaseModel):
    merge: list[Merge] = Field(default_factory=list)
    keep_apart: list[list[str]] = Field(default_factory=list)
    rename: list[Rename] = Field(default_factory=list)
    aliases: list[Alias] = Field(default_factory=list)
    reject: list[FactRef] = Field(default_factory=list)
    add: list[FactRef] = Field(default_factory=list)

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


def load_overrides(path: Path | None) -> Overrides:
    """An absent file means no corrections; a malformed one is an error naming the file."""
    if path is None or not path.exists():
        return Overrides()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return Overrides.model_validate(data)
    except (yaml.YAMLError, ValidationError) as exc:
        raise OverridesError(f"{path}: not a valid overrides file: {exc}") from exc


def save_overrides(path: Path, overrides: Overrides) -> None:
    """Write atomically, so an interrupted save never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    data = overrides.model_dump(exclude_defaults=True)
    tmp.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    tmp.replace(path)
