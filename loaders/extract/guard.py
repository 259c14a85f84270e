"""Rules that fail alone: a rule that raises on odd text is reported (document, rule, reason) and skipped, and
every other rule's facts of that document are kept.

>>> with collecting() as failures:
...     attempt("demo.divide", lambda: 1 // 0, 0)
0
>>> failures[0].rule
'demo.divide'
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class RuleFailure:
    rule: str
    reason: str


_FAILURES: ContextVar[list[RuleFailure] | None] = ContextVar("rule_failures", default=None)


@contextmanager
def collecting() -> Iterator[list[RuleFailure]]:
    """Collect the failures of the rules run inside the block (one document's extraction)."""
    failures: list[RuleFailure] = []
    token = _FAILURES.set(failures)
    try:
        yield failures
    finally:
        _FAILURES.reset(token)


def attempt(rule: str, run: Callable[[], T], fallback: T) -> T:
    """``run()``, or ``fallback`` when it raises; the failure is recorded for the document being extracted."""
    try:
        return run()
    except Exception as exc:
        failures = _FAILURES.get()
        if failures is not None:
            failures.append(RuleFailure(rule, f"{type(exc).__name__}: {exc}"))
        return fallback
