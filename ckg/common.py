"""What the command groups share: the error a command reports in one line, and extraction with a progress bar."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from tqdm import tqdm

from ckg.config import settings
from graph.model import Extraction
from loaders.extraction import count_files, extract_paths
from loaders.resolve.overrides import Overrides, load_overrides


class CommandError(Exception):
    """A failure to report in one line, with what to do about it."""


def overrides_of(args: argparse.Namespace) -> Overrides:
    """The corrections named by --overrides, else those the settings point to."""
    if args.overrides:
        return load_overrides(Path(args.overrides), required=True)
    return load_overrides(settings().overrides)


def run_extraction(paths: Sequence[str], overrides: Overrides) -> Extraction:
    for raw in paths:
        if not Path(raw).exists():
            raise CommandError(f"{raw}: no such file or folder")
    with tqdm(total=count_files(paths), desc="extract", unit="doc", file=sys.stderr,
              disable=not sys.stderr.isatty()) as bar:
        def step(source: str) -> None:
            bar.set_postfix_str(Path(source).name[-30:], refresh=False)
            bar.update()

        extraction = extract_paths(paths, overrides, progress=step)
    for error in extraction.errors:
        print(f"ckg: {error.source}: {error.reason}", file=sys.stderr)
    return extraction
