"""The whole extraction, read → extract → resolve, over files and folders, one bad file never stopping the rest."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from graph.model import Document, DocumentError, Extraction
from loaders.extract.pipeline import DocumentResult, extract
from loaders.read import ReadDocument, iter_files, read_all
from loaders.read.files import TooSlow, alarm_handler, time_limit
from loaders.resolve.overrides import Overrides
from loaders.resolve.resolver import resolve

Progress = Callable[[str], None]
Outcome = tuple[list[DocumentError], DocumentResult | None]  # a worker's extraction: its errors, its result
Extracted = tuple[ReadDocument | DocumentError, Outcome | None]
POOL_MIN_FILES = 64  # below this, starting workers costs more than it saves
POOL_CHUNK = 16


def workers_wanted() -> int:
    """CKG_WORKERS, else every core."""
    return max(1, int(os.environ.get("CKG_WORKERS") or os.cpu_count() or 1))


def _read_and_extract(path: Path) -> list[Extracted]:
    """One file in a worker: read as the one-process run reads it, then extracted (a duplicate is dropped later)."""
    out: list[Extracted] = []
    for item in read_all([path]):
        errors: list[DocumentError] = []
        out.append((item, (errors, None if isinstance(item, DocumentError) else _extract_one(item, errors))))
    return out


def _pooled(paths: Iterable[str | Path], workers: int) -> Iterator[Extracted]:
    """Files read and extracted in ``workers`` processes, handed back in file order: the output is the one-process
    run's. Workers are forked, so they start with the gazetteer and the compiled rules the parent already holds."""
    files = list(iter_files(paths))
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with ProcessPoolExecutor(min(workers, len(files)), mp_context=context) as pool:
        for items in pool.map(_read_and_extract, files, chunksize=POOL_CHUNK):
            yield from items


def _items(paths: list[str | Path], workers: int) -> Iterator[Extracted]:
    """What was read, with its extraction when a worker did it (else None: extracted here, as before)."""
    if workers > 1 and count_files(paths) >= POOL_MIN_FILES:
        yield from _pooled(paths, workers)
    else:
        for item in read_all(paths):
            yield item, None


def extract_paths(paths: Iterable[str | Path], overrides: Overrides | None = None,
                  progress: Progress | None = None, workers: int | None = None) -> Extraction:
    """Extract every document under ``paths``; unreadable ones are listed in ``errors``, the others go on.
    ``workers`` processes (default: workers_wanted()) share the documents when there are enough of them.

    >>> extract_paths([]).entities
    []
    """
    documents: list[Document] = []
    errors: list[DocumentError] = []
    items = _items(list(paths), workers_wanted() if workers is None else workers)
    # resolve merges each document's records as they come (one document's result in memory at a time); it reads
    # ``documents`` only once every result is merged, so the list is whole by then
    with alarm_handler():
        extraction = resolve(documents, _results(items, documents, errors, progress), overrides or Overrides())
    extraction.errors = errors
    return extraction


def _results(items: Iterator[Extracted], documents: list[Document], errors: list[DocumentError],
             progress: Progress | None) -> Iterator[DocumentResult]:
    """Each new document's result, in file order; its document goes to ``documents``, what failed to ``errors``."""
    seen: set[str] = set()
    texts: dict[str, str] = {}
    for item, outcome in items:
        if progress:
            progress(item.source if isinstance(item, DocumentError) else item.document.source)
        if isinstance(item, DocumentError):
            errors.append(item)
        elif item.document.id not in seen:  # the same text twice is one document
            seen.add(item.document.id)
            if outcome is None:
                result = _extract_one(item, errors)
            else:  # extracted by a worker
                failed, result = outcome
                errors.extend(failed)
            if result is not None:  # a document whose extraction failed is not stored: a rerun will try it again
                documents.append(item.document)
                yield _shared_texts(result, texts)


def _shared_texts(result: DocumentResult, texts: dict[str, str]) -> DocumentResult:
    """The result with one string object per distinct mention or evidence text: a sentence that states several
    facts (or recurs in many documents) is held once, not once per fact. Values are unchanged."""
    spans = [m for entity in result.entities for m in entity.mentions] + \
        [e for relation in result.relations for e in relation.evidence]
    for span in spans:  # frozen records fresh from a worker, owned here: the equal string is swapped in place
        span.__dict__["text"] = texts.setdefault(span.text, span.text)
    return result


def _extract_one(item: ReadDocument, errors: list[DocumentError]) -> DocumentResult | None:
    try:
        with time_limit("extraction"):
            result = extract(item)
    except TooSlow as exc:
        errors.append(DocumentError(source=item.document.source, reason=str(exc)))
        return None
    except Exception as exc:  # a rule tripped on odd text: report it, keep going with the other documents
        errors.append(DocumentError(source=item.document.source, reason=f"extraction failed: {exc!r}"))
        return None
    errors += [DocumentError(source=item.document.source, reason=f"rule {f.rule} failed ({f.reason}); its other facts are kept")
               for f in result.failures]
    return result


def count_files(paths: Iterable[str | Path]) -> int:
    return sum(1 for _ in iter_files(paths))
