"""Every tunable threshold of newsdesk, declared once with its help text and the evaluation that chose it.

Standard library only. Stages import the constants; `SETTINGS` is the documented table (a test fails when a
setting has no help or no evaluation note, and `newsdesk settings` prints it).
Each stage keeps its constants in its own section below.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: object
    help: str
    chosen_by: str  # the evaluation (command, data set, figures) that chose the value


SETTINGS: dict[str, Setting] = {}


def setting(name: str, default, help: str, chosen_by: str):
    """Register a named threshold and return its value (use: `X = setting("X", 0.8, "...", "eval ...")`)."""
    if name in SETTINGS:
        raise ValueError(f"setting {name} declared twice")
    SETTINGS[name] = Setting(name, default, help, chosen_by)
    return default


# --- ingest -------------------------------------------------------------------------------------------------
MAX_FILE_BYTES = setting(
    "MAX_FILE_BYTES", 20_000_000,
    "Files larger than this (after gunzip) are rejected as not an article or a crawl export of sane size.",
    "design limit: the largest dev article file is 134,849 bytes (tehrantimes_dev), the largest dev HTML page "
    "1.9 MB; 20 MB leaves room for JSONL exports while a 50 MB junk file is refused without reading it whole.")
INGEST_BATCH = setting(
    "INGEST_BATCH", 500,
    "Articles written per store transaction during ingest.",
    "bench: batch size trades kill -9 rework against per-transaction overhead; 500 keeps a transaction "
    "under ~1 s on the 2-core CI machine.")

# --- clean (plain-text cleaning) -----------------------------------------------------------------------------

# --- dating --------------------------------------------------------------------------------------------------

# --- dedup ---------------------------------------------------------------------------------------------------

# --- embed / events / storylines -----------------------------------------------------------------------------

# --- entities / coding ---------------------------------------------------------------------------------------
