"""What makes a set of corrections unsafe, found before any is applied: each problem names its entry.

Merges are resolved transitively (a into b, b into c: a and b into c); a cycle, a merge into itself, an id merged
into two places, a merge across types (an Agency into a Country) are refused. Every other correction is moved onto
the id its entity is merged into; facts added must fit the schema."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.model import ENTITY_TYPES
from graph.schema import SCHEMA

if TYPE_CHECKING:
    from loaders.resolve.overrides import FactRef, Overrides

TYPES = {t.lower(): t for t in ENTITY_TYPES}


def entity_type(entity_id: str) -> str | None:
    """The type an id names (ids are ``type:key``), or None for an id that names none."""
    prefix, sep, key = entity_id.partition(":")
    return TYPES.get(prefix) if sep and key.strip() and key == key.strip() else None


def _id_problem(where: str, entity_id: str) -> str | None:
    if entity_type(entity_id) is None:
        return f"{where}: {entity_id!r} is not an entity id (expected one of {', '.join(TYPES)} then ':' and a key)"
    return None


def merge_map(overrides: Overrides) -> tuple[dict[str, str], list[str]]:
    """Every merged id to the id it finally lands in, and the problems that forbid merging."""
    problems: list[str] = []
    step: dict[str, str] = {}
    for n, merge in enumerate(overrides.merge):
        where = f"merge[{n}] (into {merge.into})"
        problems += filter(None, [_id_problem(where, merge.into), *(_id_problem(where, i) for i in merge.ids)])
        for source in merge.ids:
            if source == merge.into:
                problems.append(f"{where}: merges {source} into itself")
            elif step.get(source, merge.into) != merge.into:
                problems.append(f"{where}: {source} is already merged into {step[source]}")
            elif entity_type(source) and entity_type(merge.into) and entity_type(source) != entity_type(merge.into):
                problems.append(f"{where}: {source} is a{_n(entity_type(source))} and {merge.into} a"
                                f"{_n(entity_type(merge.into))}; a merge cannot change an entity's type")
            else:
                step[source] = merge.into
    final: dict[str, str] = {}
    cycles: set[str] = set()
    for source in step:
        path = [source]
        while path[-1] in step and step[path[-1]] not in path:
            path.append(step[path[-1]])
        if path[-1] not in step:
            final[source] = path[-1]
        elif not cycles & set(path):
            cycles |= set(path)
            problems.append(f"merge: cycle {' -> '.join([*path, step[path[-1]]])}; say which id the entity keeps")
    return final, problems


def against(overrides: Overrides, known: set[str]) -> tuple[list[str], list[str]]:
    """Checked against the ids the data holds: merges into an id the data does not hold while what they merge is
    there (refused: facts would point nowhere), and corrections that name only absent ids (no effect)."""
    refused, inert = [], []
    for n, merge in enumerate(overrides.merge):
        present = [i for i in merge.ids if i in known]
        if merge.into not in known and present:
            refused.append(f"merge[{n}]: {', '.join(present)} would be merged into {merge.into}, which is neither "
                           f"in these documents nor in the store (a mistyped id?)")
    named = [(f"rename {r.id}", [r.id]) for r in overrides.rename] + [(f"alias {a.id}", [a.id]) for a in overrides.aliases]
    named += [(f"{k} {r.type} {r.source} -> {r.target}", [r.source, r.target])
              for k, refs in (("reject", overrides.reject), ("add", overrides.add)) for r in refs]
    named += [(f"keep_apart {', '.join(g)}", g) for g in overrides.keep_apart]
    for entry, ids in named:
        missing = [i for i in ids if i not in known]
        if missing:
            inert.append(f"{entry}: no effect, {', '.join(missing)} not in these documents or the store")
    return refused, inert


def _n(word: str | None) -> str:
    return f"n {word}" if word and word[0] in "AEIOU" else f" {word}"


def fact_problems(kind: str, n: int, ref: FactRef) -> list[str]:
    where = f"{kind}[{n}] ({ref.type} {ref.source} -> {ref.target})"
    problems = list(filter(None, [_id_problem(where, ref.source), _id_problem(where, ref.target)]))
    spec = SCHEMA.relationships.get(ref.type)
    if spec is None or ref.type == "MENTIONS":
        known = ", ".join(t for t in SCHEMA.relationships if t != "MENTIONS")
        return [*problems, f"{where}: {ref.type!r} is not a relation type (one of {known})"]
    if ref.source == ref.target:
        problems.append(f"{where}: a fact needs two different entities")
    source, target = entity_type(ref.source), entity_type(ref.target)
    if source and source not in spec.sources:
        problems.append(f"{where}: {ref.type} goes from {' or '.join(spec.sources)}, not from a{_n(source)}")
    if target and target not in spec.targets:
        problems.append(f"{where}: {ref.type} goes to {' or '.join(spec.targets)}, not to a{_n(target)}")
    wrong = [r for r in ref.roles if r not in spec.roles]
    if wrong and kind == "add":
        allowed = ", ".join(spec.roles) or "none"
        problems.append(f"{where}: role(s) {', '.join(wrong)} not allowed on {ref.type} (allowed: {allowed})")
    return problems


def entry_problems(overrides: Overrides, final: dict[str, str]) -> list[str]:
    """Renames, aliases, facts and keep-apart pairs, checked after moving them onto merged ids."""
    problems: list[str] = []
    names: dict[str, str] = {}
    for n, rename in enumerate(overrides.rename):
        where = f"rename[{n}] ({rename.id})"
        if not rename.name.strip():
            problems.append(f"{where}: the new name is empty")
        elif names.setdefault(final.get(rename.id, rename.id), rename.name) != rename.name:
            problems.append(f"{where}: {final.get(rename.id, rename.id)} is also renamed to "
                            f"{names[final.get(rename.id, rename.id)]!r}")
        problems += filter(None, [_id_problem(where, rename.id)])
    for n, alias in enumerate(overrides.aliases):
        where = f"aliases[{n}] ({alias.id})"
        problems += filter(None, [_id_problem(where, alias.id)])
        if not alias.alias.strip():
            problems.append(f"{where}: the alias is empty")
    for kind, refs in (("reject", overrides.reject), ("add", overrides.add)):
        for n, ref in enumerate(refs):
            problems += fact_problems(kind, n, ref)
    for n, group in enumerate(overrides.keep_apart):
        where = f"keep_apart[{n}]"
        problems += filter(None, (_id_problem(where, i) for i in group))
        if len(set(group)) < 2:
            problems.append(f"{where}: needs two different ids")
        elif len({final.get(i, i) for i in group}) < len(set(group)):
            problems.append(f"{where}: {', '.join(group)} are to be kept apart, but a merge joins them")
    return problems
