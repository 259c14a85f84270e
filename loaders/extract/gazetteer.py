"""The curated gazetteer: countries, agencies, campaigns and cities, loaded from the YAML files in loaders/data."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from graph.keys import entity_id, fold, unify_tones

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass
class Entry:
    """One gazetteer record; ``id`` is the entity id it stands for."""

    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    kind: str | None = None
    parent: str | None = None
    member_of: str | None = None
    unit_names: list[str] = field(default_factory=list)
    focus: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    needs_cue: bool = False
    yearly: bool = False
    needs_preposition: bool = False
    national: bool = False
    demonyms: list[str] = field(default_factory=list)
    members: bool = True  # a body countries can be members of (no UN office is)


def load_yaml(name: str) -> Any:
    with open(DATA / name, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _norm(values: list[str]) -> list[str]:
    return list(dict.fromkeys(unify_tones(v) for v in values if v))


def written_forms(alias: str) -> list[str]:
    """An alias as texts write it: one with "phòng chống" (prevent and combat) is written with a comma too, and the
    other way round ("Cục Cảnh sát phòng, chống tội phạm về môi trường").

    >>> written_forms("Cục phòng chống ma túy")
    ['Cục phòng chống ma túy', 'Cục phòng, chống ma túy']
    """
    return [alias, _SPLIT.sub(_other_way, alias)] if _SPLIT.search(alias) else [alias]


_SPLIT = re.compile(r"(phòng)(,?) (chống)", re.IGNORECASE)


def _other_way(match: re.Match[str]) -> str:
    return f"{match.group(1)}{'' if match.group(2) else ','} {match.group(3)}"


def _country_entries() -> list[Entry]:
    return [Entry(entity_id("Country", c["code"].lower()), "Country", c["name"], _norm([c["name"], *c["aliases"]]),
                  country=c["code"], demonyms=c.get("demonyms", [])) for c in load_yaml("countries.yaml")]


def _agency(raw: dict[str, Any], countries: dict[str, Entry]) -> Entry:
    country = countries[raw["country"]].name if raw.get("country") else None
    names = [raw["name"], *raw.get("acronyms", []), *raw.get("aliases", [])]
    return Entry(entity_id("Agency", raw["id"]), "Agency", raw["name"], _norm(names), country=country,
                 kind=raw.get("kind"), parent=raw.get("parent") and entity_id("Agency", raw["parent"]),
                 member_of=raw.get("member_of") and entity_id("Agency", raw["member_of"]),
                 unit_names=_norm(raw.get("unit_names", [])), national=raw.get("national_customs", False),
                 members=raw.get("members", True))


def _acronyms(country: Entry) -> list[str]:
    """A country's short names in capitals ("PNG", "UAE"), which English writes before a body's name too."""
    return [a for a in country.aliases if a.isascii() and a.isupper() and a != country.name]


def _national_customs(template: dict[str, Any], country: Entry) -> Entry:
    aliases: list[str] = []
    for pattern in template["aliases"]:
        names = country.aliases if "{vi}" in pattern else [country.name, *country.demonyms, *_acronyms(country)]
        aliases += [pattern.format(country=n, vi=n) for n in names]
    name = template["name"].format(country=country.name)
    return Entry(entity_id("Agency", "customs-" + (country.country or "").lower()), "Agency", name, _norm([name, *aliases]),
                 country=country.name, kind=template["kind"], national=True)


def _agency_entries(countries: list[Entry]) -> list[Entry]:
    data = load_yaml("agencies.yaml")
    by_code = {c.country or "": c for c in countries}
    entries = [_agency(a, by_code) for a in data["agencies"]]
    covered = {a["country"] for a in data["agencies"] if a.get("national_customs")}
    return entries + [_national_customs(data["national_customs"], c) for c in countries if c.country not in covered]


def _campaign_entries() -> list[Entry]:
    return [Entry(entity_id("Campaign", c["id"]), "Campaign", c["name"], _norm([c["name"], *c.get("aliases", [])]),
                  focus=c.get("focus", []), codes=c.get("codes", []), needs_cue=c.get("needs_cue", False),
                  yearly=c.get("yearly", False)) for c in load_yaml("campaigns.yaml")["campaigns"]]


def _city_entries(countries: list[Entry]) -> list[Entry]:
    names = {c.country: c.name for c in countries}
    return [Entry("city:" + fold(c["name"]).replace(" ", "-"), "City", c["name"], _norm([c["name"], *c["aliases"]]),
                  country=names[c["country"]], needs_preposition=c.get("needs_preposition", False))
            for c in load_yaml("places.yaml")["cities"]]


@dataclass
class Gazetteer:
    entries: dict[str, Entry]
    countries: dict[str, Entry] = field(default_factory=dict)  # folded name -> country
    customs: dict[str, Entry] = field(default_factory=dict)  # country name -> national customs

    def __post_init__(self) -> None:
        for entry in self.entries.values():
            if entry.type == "Country":
                self.countries[fold(entry.name)] = entry
            if entry.national and entry.country:
                self.customs.setdefault(entry.country, entry)

    def get(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def country_by_name(self, name: str | None) -> Entry | None:
        return self.countries.get(fold(name or ""))

    @cached_property
    def _country_phrases(self) -> tuple[dict[str, int], int]:
        """Each country's names and demonyms (single-spaced phrases) -> the place of the first country that has it."""
        phrases: dict[str, int] = {}
        for index, entry in enumerate(self.countries.values()):
            for phrase in [entry.name, *entry.demonyms, *_acronyms(entry)]:
                phrases.setdefault(phrase, index)
        return phrases, max((len(p.split(" ")) for p in phrases), default=0)

    def country_in(self, name: str) -> Entry | None:
        """The country an English agency name speaks of: "Royal Thai Police" is Thailand's. The country whose name is
        the longest run of whole words of ``name`` ("Papua New Guinea", not "Guinea"), the first in gazetteer order
        among equals: runs are looked up, not scanned."""
        phrases, longest = self._country_phrases
        words = name.split(" ")
        found = [(-size, phrases[run]) for size in range(1, longest + 1) for start in range(len(words) - size + 1)
                 if (run := " ".join(words[start:start + size])) in phrases]
        return list(self.countries.values())[min(found)[1]] if found else None

    @cached_property
    def _city_countries(self) -> dict[str, str]:
        """Each city's names (of cities that are no common word) -> its country's name."""
        return {name: str(e.country) for e in self.entries.values() if e.type == "City" and not e.needs_preposition
                for name in [e.name, *e.aliases]}

    def city_country_in(self, name: str) -> Entry | None:
        """The country of the known city an English agency name opens with: "Nanning Customs" is China's."""
        words = name.split(" ")
        found = next((self._city_countries[run] for size in (3, 2, 1)
                      if (run := " ".join(words[:size])) in self._city_countries and size < len(words)), None)
        return self.country_by_name(found)

    @cached_property
    def names(self) -> dict[str, str]:
        """Every name, alias and code of a known entry, as written -> its type (an agency's where types share one)."""
        out: dict[str, str] = {}
        for entry in sorted(self.entries.values(), key=lambda e: e.type != "Agency"):
            for name in [entry.name, *entry.aliases, *entry.codes]:
                out.setdefault(name, entry.type)
        return out

    def customs_of(self, country: Entry) -> Entry | None:
        return self.customs.get(country.name)

    def units_of(self, parent_id: str) -> list[Entry]:
        return [e for e in self.entries.values() if e.parent == parent_id and e.unit_names]


@cache
def gazetteer() -> Gazetteer:
    countries = _country_entries()
    entries = countries + _agency_entries(countries) + _campaign_entries() + _city_entries(countries)
    return Gazetteer({e.id: e for e in entries})


@cache
def lexicon() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml("lexicon.yaml")
    return data


def home_country() -> Entry | None:
    """The country the articles are written in (lexicon `domestic_country`): a body in no list belongs to it."""
    return gazetteer().get("country:" + str(lexicon()["domestic_country"]).lower())
