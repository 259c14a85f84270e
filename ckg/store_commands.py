"""Commands that need a graph store; registered by the command line."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Store commands arrive with the store (see graph/stores)."""
