#!/usr/bin/env python3
"""The JSON Schema must accept every bundled questionnaire and refuse the structural fixtures.

Usage: check_schema.py SCHEMA BUNDLED_DIR INVALID_DIR
"""
import json
import pathlib
import sys

import jsonschema

# Fixtures whose fault is structural, which a schema can see. The rest (references, expression
# types, ordering, scoring codes) only the loader checks.
STRUCTURAL = {
    "duplicate-id.json": False,  # uniqueness across the document is beyond the schema
    "empty-section.json": True,
    "missing-indonesian.json": True,
    "no-indonesian-language.json": True,
    "scale-out-of-range.json": True,
    "unknown-type.json": True,
    "unknown-property.json": True,
    "wrong-json-type.json": True,
}


def main() -> int:
    schema = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0
    checks = 0
    for path in sorted(pathlib.Path(sys.argv[2]).glob("*.json")):
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        for e in errors:
            print(f"{path.name}: /{'/'.join(map(str, e.absolute_path))}: {e.message}")
        failures += bool(errors)
        checks += 1
        print(f"{path.name}: {'refused' if errors else 'accepted'} (expected accepted)")
    for name, refused in STRUCTURAL.items():
        doc = json.loads((pathlib.Path(sys.argv[3]) / name).read_text(encoding="utf-8"))
        got = any(True for _ in validator.iter_errors(doc))
        print(f"{name}: {'refused' if got else 'accepted'} (expected {'refused' if refused else 'accepted'})")
        failures += got != refused
        checks += 1
    print(f"{checks - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
