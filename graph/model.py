"""The domain model passed between pipeline stages (read → extract → resolve → store).

Every fact keeps the sentence that states it, so that an analyst can always go back to the source.
The JSON shape is the outside contract (``shared/design/contract.md``): field names here are that contract.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["Agency", "Country", "Campaign", "Meeting", "Person"]
RelationType = Literal[
    "PARTICIPATED_IN", "ATTENDED", "HELD_IN", "ABOUT", "PHASE_OF", "PART_OF", "MEMBER_OF", "BELONGS_TO", "LEADS", "REPRESENTS",
]
ENTITY_TYPES: tuple[EntityType, ...] = ("Agency", "Country", "Campaign", "Meeting", "Person")


class Span(BaseModel):
    """A slice ``[start:end]`` of a document's normalised text; ``text`` is exactly that slice."""

    model_config = ConfigDict(frozen=True)
    document: str
    text: str
    start: int
    end: int


class Mention(Span):
    """Where an entity is named."""


class Evidence(Span):
    """The sentence that states a fact."""


class Document(BaseModel):
    id: str
    source: str
    title: str = ""
    language: str = "vi"
    published: str | None = None
    text: str = Field(default="", exclude=True)


class Entity(BaseModel):
    """One real-world thing. Type-specific fields are optional so one model serves every type."""

    id: str
    type: EntityType
    name: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    country: str | None = None
    kind: str | None = None
    series: str | None = None
    phase: int | None = None
    start: str | None = None
    end: str | None = None
    focus: list[str] = Field(default_factory=list)
    city: str | None = None
    online: bool | None = None
    title: str | None = None


class Relation(BaseModel):
    type: RelationType
    source: str
    target: str
    roles: list[str] = Field(default_factory=list)
    title: str | None = None
    confidence: float = 0.8
    evidence: list[Evidence] = Field(default_factory=list)
    note: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.type, self.source, self.target)


class DocumentError(BaseModel):
    """A document that could not be read, with the reason in words an analyst can act on."""

    source: str
    reason: str


class Extraction(BaseModel):
    documents: list[Document] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    errors: list[DocumentError] = Field(default_factory=list)
