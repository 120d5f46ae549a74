"""Logging to a rotating file in the user log folder, where bugs leave their tracebacks."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from liaison_app.storage.location import log_dir

LOG_FILE_NAME = "liaison-desk.log"


def log_file() -> Path:
    override = os.environ.get("LIAISON_LOG_DIR")
    folder = Path(override) if override else log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / LOG_FILE_NAME


def configure_logging(level: int = logging.INFO) -> Path:
    path = log_file()
    root = logging.getLogger()
    if not any(getattr(h, "_liaison", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler._liaison = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path
