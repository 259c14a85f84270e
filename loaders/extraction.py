"""The whole extraction, read → extract → resolve, over files and folders, one bad file never stopping the rest."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from graph.model import Document, DocumentError, Extraction
from loaders.extract.pipeline import DocumentResult, extract
from loaders.read import ReadDocument, iter_files, read_all
from loaders.read.files import TooSlow, time_limit
from loaders.resolve.overrides import Overrides
from loaders.resolve.resolver import resolve

Progress = Callable[[str], None]


def extract_paths(paths: Iterable[str | Path], overrides: Overrides | None = None,
                  progress: Progress | None = None) -> Extraction:
    """Extract every document under ``paths``; unreadable ones are listed in ``errors``, the others go on.

    >>> extract_paths([]).entities
    []
    """
    documents: list[Document] = []
    results: list[DocumentResult] = []
    errors: list[DocumentError] = []
    seen: set[str] = set()
    for item in read_all(paths):
        if progress:
            progress(item.source if isinstance(item, DocumentError) else item.document.source)
        if isinstance(item, DocumentError):
            errors.append(item)
        elif item.document.id not in seen:  # the same text twice is one document
            seen.add(item.document.id)
            result = _extract_one(item, errors)
            if result is not None:  # a document whose extraction failed is not stored: a rerun will try it again
                documents.append(item.document)
                results.append(result)
    extraction = resolve(documents, results, overrides or Overrides())
    extraction.errors = errors
    return extraction


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
