"""The JSON Schema in data/schema is the one the model generates, and it accepts the bundled report."""

from __future__ import annotations

import json

import yaml

from viewer.model.paths import data_dir, default_report_path
from viewer.model.schema import report_schema


def test_committed_schema_is_up_to_date() -> None:
    committed = json.loads((data_dir() / "schema" / "report.schema.json").read_text("utf-8"))
    assert committed == json.loads(json.dumps(report_schema())), "run `make schema` and commit the result"


def test_schema_describes_the_report_fields() -> None:
    schema = report_schema()
    assert set(schema["required"]) == {"meta"}
    fact = schema["$defs"]["Fact"]
    assert {"id", "label", "value", "unit", "kind", "quote"} <= set(fact["required"])
    assert "from" in schema["$defs"]["Comparison"]["properties"]
    assert schema["$defs"]["Fact"]["additionalProperties"] is False


def test_bundled_report_satisfies_the_schema_shape() -> None:
    """Without a JSON Schema validator dependency: every key the report uses is a property the schema names."""
    data = yaml.safe_load(default_report_path().read_text("utf-8"))
    defs = report_schema()["$defs"]
    for fact in data["facts"]:
        assert set(fact) <= set(defs["Fact"]["properties"]), fact["id"]
    for task in data["tasks"]:
        assert set(task) <= set(defs["Task"]["properties"]), task["id"]
