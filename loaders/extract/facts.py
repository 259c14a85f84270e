"""A fact found in one document: a relation between two entity keys with the sentence that states it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Fact:
    type: str
    source: str
    target: str
    sentence: tuple[int, int]
    roles: set[str] = field(default_factory=set)
    confidence: float = 0.8
    title: str | None = None


@dataclass
class FactSet:
    """Facts of one document, merged on (type, source, target): roles and sentences accumulate."""

    facts: dict[tuple[str, str, str], list[Fact]] = field(default_factory=dict)

    def add(self, fact: Fact) -> None:
        if fact.source and fact.target and fact.source != fact.target:
            self.facts.setdefault((fact.type, fact.source, fact.target), []).append(fact)

    def has(self, type_: str, source: str, target: str) -> bool:
        return (type_, source, target) in self.facts

    def roles(self, type_: str, source: str, target: str) -> set[str]:
        return set().union(*(f.roles for f in self.facts.get((type_, source, target), [])))

    def drop(self, type_: str, source: str, target: str) -> None:
        self.facts.pop((type_, source, target), None)

    def of(self, type_: str) -> list[tuple[str, str, str]]:
        return [k for k in self.facts if k[0] == type_]
