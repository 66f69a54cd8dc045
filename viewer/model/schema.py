"""The JSON Schema of report files, generated from the model so that editors can validate them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from viewer.model.atomic_file import atomic_write
from viewer.model.types import Report
from viewer.model.validation import adapter

SCHEMA_ID = "https://industry-report-viewer.invalid/schema/report-1.json"


def report_schema() -> dict[str, Any]:
    """The schema of a report file (field names as written in YAML, e.g. 'from'/'to')."""
    schema = adapter(Report).json_schema(by_alias=True, mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def write_schema(path: Path) -> None:
    """Write the schema as stable, pretty JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(report_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    atomic_write(path, text.encode("utf-8"), overwrite=True, shared=True)
