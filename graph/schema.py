"""The graph schema (graph/schema.yaml) as data the code can check against."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, Field


class RelationshipSpec(BaseModel):
    sources: list[str] = Field(alias="from")
    targets: list[str] = Field(alias="to")
    roles: list[str] = Field(default_factory=list)


class Schema(BaseModel):
    nodes: list[str]
    relationships: dict[str, RelationshipSpec]
    meeting_kinds: list[str]
    campaign_focus: list[str]


SCHEMA = Schema.model_validate(yaml.safe_load((Path(__file__).resolve().parent / "schema.yaml").read_text("utf-8")))
