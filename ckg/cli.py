"""The `ckg` command line (shared/design/contract.md): results on stdout, errors on stderr, non-zero exit on error."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tqdm import tqdm

from ckg.config import settings
from graph.model import Extraction
from graph.stores.base import StoreError
from graph.stores.launcher import StoreUnavailable
from loaders.extraction import count_files, extract_paths
from loaders.resolve.overrides import OverridesError, load_overrides


class CommandError(Exception):
    """A failure to report in one line, with what to do about it."""


def _overrides_path(args: argparse.Namespace) -> Path:
    return Path(args.overrides) if args.overrides else settings().overrides


def run_extraction(paths: Sequence[str], args: argparse.Namespace) -> Extraction:
    for raw in paths:
        if not Path(raw).exists():
            raise CommandError(f"{raw}: no such file or folder")
    overrides = load_overrides(_overrides_path(args))
    with tqdm(total=count_files(paths), desc="extract", unit="doc", file=sys.stderr,
              disable=not sys.stderr.isatty()) as bar:
        def step(source: str) -> None:
            bar.set_postfix_str(Path(source).name[-30:], refresh=False)
            bar.update()

        extraction = extract_paths(paths, overrides, progress=step)
    for error in extraction.errors:
        print(f"ckg: {error.source}: {error.reason}", file=sys.stderr)
    return extraction


def cmd_extract(args: argparse.Namespace) -> int:
    extraction = run_extraction(args.paths, args)
    data = extraction.model_dump(mode="json", exclude_none=True, exclude={"errors"})
    data["errors"] = [e.model_dump() for e in extraction.errors]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(out)
    print(f"ckg: {len(extraction.documents)} documents, {len(extraction.entities)} entities, "
          f"{len(extraction.relations)} relations -> {out}", file=sys.stderr)
    return 1 if extraction.errors else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ckg", description="campaign-kg: who works with whom against smuggling")
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="extract entities and relations from documents to JSON")
    extract.add_argument("paths", nargs="+", help="files or folders (.txt .md .html .pdf .docx)")
    extract.add_argument("--out", required=True, help="JSON file to write")
    extract.add_argument("--overrides", help="analyst corrections (YAML); default: CKG_OVERRIDES or the data folder")
    extract.set_defaults(func=cmd_extract)
    from ckg import store_commands, view_commands

    store_commands.register(sub)
    view_commands.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["app"]:  # everything after `app` belongs to streamlit, options included
        from ckg.view_commands import run_app

        return run_app(argv[1:])
    args = _parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except (CommandError, OverridesError, StoreError, StoreUnavailable) as exc:
        print(f"ckg: {exc}", file=sys.stderr)
        return 2
