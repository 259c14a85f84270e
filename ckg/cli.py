"""The `ckg` command line (shared/design/contract.md): results on stdout, errors on stderr, non-zero exit on error."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ckg import corrections, store_commands, view_commands
from ckg.common import CommandError, overrides_of, run_extraction
from graph.files import write_atomic
from graph.stores.base import StoreError
from graph.stores.launcher import StoreUnavailable
from loaders.resolve.overrides import OverridesError


def cmd_extract(args: argparse.Namespace) -> int:
    overrides = overrides_of(args)
    extraction = run_extraction(args.paths, overrides)
    corrections.check(overrides, corrections.known_ids(overrides, extraction, None), strict=False)
    data = extraction.model_dump(mode="json", exclude_none=True, exclude={"errors"})
    data["errors"] = [e.model_dump() for e in extraction.errors]
    out = Path(args.out)
    write_atomic(out, json.dumps(data, ensure_ascii=False, indent=1))
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
    store_commands.register(sub)
    view_commands.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["app"]:  # everything after `app` belongs to streamlit, options included
        return view_commands.run_app(argv[1:])
    args = _parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        code = func(args)
        sys.stdout.flush()  # inside the try: a reader that went away is noticed here
        return code
    except (CommandError, OverridesError, corrections.OverridesRefused, StoreError, StoreUnavailable, OSError) as exc:
        if isinstance(exc, BrokenPipeError):  # the reader went away (`ckg query ... | head`): stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 141  # as if ended by SIGPIPE, like other Unix tools
        print(f"ckg: {exc}", file=sys.stderr)
        return 2
