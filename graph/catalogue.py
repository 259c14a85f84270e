"""The canned queries: one .cypher file each in cypher/, described by its header, validated with pydantic.

    // title: Partners of a campaign
    // param: campaign | entity:Campaign | required | any name, code or alias of a campaign or phase
    // param: role | choice:initiator,coordinator,participant,supporter | optional | only this role
    // columns: partner, type, country, roles, campaigns, evidence
    // post: shortest_path            (optional: a Python step after the query, graph/postprocess.py)
    // expand: no                     (optional: an agency stands for itself only, not with its departments)

A `place` parameter is a city or a country (graph/lookup.py `find_place`), passed as a map of lists:
`$place.cities`, `$place.countries` (ids) and `$place.country_names`.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field, ValidationError, create_model

import cypher
from graph.lookup import expand, find_ids, find_place
from graph.records import full_day
from graph.stores.base import Row, Store, StoreError

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MAX_INT = 1_000_000


class ParamSpec(BaseModel):
    name: str
    type: str
    required: bool
    default: str | None = None
    help: str = ""

    @property
    def entity_types(self) -> list[str]:
        return self.type.split(":", 1)[1].split("/") if self.type.startswith("entity:") else []


class QuerySpec(BaseModel):
    name: str
    title: str
    description: str = ""
    params: list[ParamSpec] = Field(default_factory=list)
    columns: list[str] = Field(default_factory=list)
    post: str | None = None
    expand: bool = True
    text: str


class QueryError(StoreError):
    """Parameters that do not fit the query; the message says which and why."""


def _param(raw: str) -> ParamSpec:
    name, type_, need, *rest = [p.strip() for p in raw.split("|")]
    default = need.split("=", 1)[1] if need.startswith("default=") else None
    return ParamSpec(name=name, type=type_, required=need == "required", default=default, help=" | ".join(rest))


def parse(name: str, text: str) -> QuerySpec:
    header: dict[str, Any] = {"name": name, "params": [], "text": text}
    for line in text.splitlines():
        match = re.match(r"\s*//\s*(\w+):\s*(.*)$", line)
        if not match:
            continue
        key, value = match.groups()
        if key == "param":
            header["params"].append(_param(value))
        elif key == "columns":
            header["columns"] = [c.strip() for c in value.split(",")]
        else:
            header[key] = (header.get(key, "") + " " + value).strip()
    return QuerySpec.model_validate(header)


@cache
def catalogue() -> dict[str, QuerySpec]:
    return {p.stem: parse(p.stem, p.read_text(encoding="utf-8")) for p in sorted(cypher.FOLDER.glob("*.cypher"))}


def _field(spec: ParamSpec) -> tuple[Any, Any]:
    if spec.type == "int":
        kind: Any = int
    elif spec.type.startswith("choice:"):
        kind = Literal[tuple(spec.type.split(":", 1)[1].split(","))]
    else:
        kind = str
    default = ... if spec.required else (kind(spec.default) if spec.default and kind is int else spec.default)
    if spec.type == "date":
        return (Annotated[str, Field(pattern=DATE), AfterValidator(_real_date)] | None, default)
    if kind is int:  # the engines take 64-bit numbers; a count beyond this is a mistake, not a wish
        return (int | None if not spec.required else int, Field(default, ge=0, le=MAX_INT))
    return (kind | None if not spec.required else kind, default)


def _real_date(value: str) -> str:
    """A day, month or year that exists: "2024-13-45" is refused, not read as some other day."""
    try:
        date.fromisoformat(full_day(value))
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)") from exc
    return value


def validate(spec: QuerySpec, raw: dict[str, Any]) -> dict[str, Any]:
    unknown = set(raw) - {p.name for p in spec.params}
    if unknown:
        raise QueryError(f"{spec.name}: unknown parameter(s) {', '.join(sorted(unknown))}; "
                         f"it takes {', '.join(p.name for p in spec.params) or 'none'}")
    model = create_model(f"{spec.name}_params", **{p.name: _field(p) for p in spec.params})  # type: ignore[call-overload]
    try:
        return dict(model.model_validate(raw).model_dump())
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise QueryError(f"{spec.name}: {problems}") from exc


def _date_param(name: str, value: str | None) -> str | None:
    """Dates as full days: "to 2024" means up to 2024-12-31, "from 2024" from 2024-01-01."""
    return full_day(value, last=name in ("to", "until", "end")) if value else value


def resolve(store: Store, spec: QuerySpec, values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    for param in spec.params:
        value = values.get(param.name)
        if param.entity_types and value is not None:
            ids = find_ids(store, param.entity_types, str(value))
            out[param.name] = expand(store, param.entity_types[0], ids) if spec.expand else ids
        elif param.type == "place" and value is not None:
            out[param.name] = find_place(store, str(value))
        elif param.type == "date":
            out[param.name] = _date_param(param.name, value)
    return out


def run(store: Store, name: str, raw: dict[str, Any]) -> list[Row]:
    """Run a canned query with raw (string) parameters, as typed by an analyst."""
    from graph.postprocess import POST

    spec = catalogue().get(name)
    if spec is None:
        raise QueryError(f"no query '{name}'; `ckg queries` lists them")
    params = resolve(store, spec, validate(spec, raw))
    rows = store.read(spec.text, params)
    return POST[spec.post](store, rows, params) if spec.post else rows
