"""Regenerate the corpus of bad report files: `python tests/corpus/make_corpus.py`.

Each file is a small variation of the mini report in tests/conftest.py; MANIFEST.tsv lists, per file, the
line (or ``-``) and a regular expression that the first problem must match (``OK`` for files that must load).
Files too large to keep in git (10 MB, 40 MB) are made by the tests themselves.
"""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from tests.conftest import MINI_REPORT, MINI_SOURCE  # noqa: E402

REPORT = MINI_REPORT.replace("source: mini-source.txt", "source: source.txt")


def sub(old: str, new: str, count: int = 1) -> str:
    assert old in REPORT, old
    return REPORT.replace(old, new, count)


def with_draft(value: str) -> str:
    """The first fact with a ``draft:`` line written as ``value``."""
    return sub("    quote: 规上工业增加值增长8.2%\n", f"    quote: 规上工业增加值增长8.2%\n    draft: {value}\n")


def nested(depth: int) -> str:
    return "x: " + "[" * depth + "]" * depth + "\n"


def laughs() -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 12)]
    return "\n".join(lines) + "\n"


# name -> (content, expected line or None, regex the first problem's message must match / "OK")
CASES: dict[str, tuple[str | bytes, int | None, str]] = {
    "syntax-unclosed-bracket.yaml": (sub("    value: 8.2\n", "    value: [8.2, 9\n"), 22, r"YAML syntax error"),
    "syntax-mapping-in-scalar.yaml": (sub("    value: 8.2\n", "    value: 8.2: 3\n"), 21, r"mapping values"),
    "syntax-bad-indentation.yaml": (sub("    unit: \"%\"\n", "      unit: \"%\"\n"), 22, r"YAML syntax error"),
    "tabs-for-indentation.yaml": (sub("    unit: \"%\"\n", "\tunit: \"%\"\n"), 22, r"tabs cannot indent"),
    "wrong-type-value-text.yaml": (sub("    value: 8.2\n", "    value: eight point two\n"), 21, r"valid number"),
    "wrong-type-value-bool.yaml": (sub("    value: 8.2\n", "    value: yes\n"), 21, r"valid number"),
    "wrong-type-facts-mapping.yaml": (sub("facts:\n  - id: va-growth", "facts:\n  one:\n    id: va-growth"),
                                      None, r"."),
    "wrong-type-title-list.yaml": (sub("  title: {zh: 2024年某市工业工作会议, en: 2024 City Industry Work Conference}",
                                       "  title: [2024年某市工业工作会议]"), 4, r"meta\.title|valid dictionary"),
    "missing-meta.yaml": ("schema_version: 1\nfacts: []\n", 1, r"required field is missing"),
    "missing-quote.yaml": (sub("    quote: 规上工业增加值增长8.2%\n", ""), 19, r"required field is missing"),
    "unknown-field.yaml": (sub("    kind: growth_rate\n", "    kind: growth_rate\n    colour: red\n"), 25,
                           r"unknown field"),
    "unknown-top-level.yaml": (REPORT + "comments: nothing\n", None, r"unknown field"),
    "duplicate-id.yaml": (sub("  - id: growth-rank\n", "  - id: va-growth\n"), 28, r"duplicate id 'va-growth'"),
    "duplicate-key.yaml": (sub("    value: 8.2\n", "    value: 8.2\n    value: 9.9\n"), 22, r"duplicate key 'value'"),
    "quote-not-in-source.yaml": (sub("    quote: 增速居全省第2位\n", "    quote: 增速居全国第1位\n"), 36,
                                 r"not in the source text"),
    "impossible-date.yaml": (sub("  meeting_date: 2024-01-18", "  meeting_date: 2024-02-30"), 7, r"not a valid value"),
    "impossible-time.yaml": (sub("  published: 2024-01-20T10:00:00+08:00", "  published: 2024-01-20T25:61:00+08:00"),
                             6, r"not a valid value|valid datetime"),
    "negative-count.yaml": (sub("    value: 12\n", "    value: -12\n"), 39, r"cannot be negative"),
    "rank-zero.yaml": (sub("    value: 2\n", "    value: 0\n"), 30, r"whole number from 1"),
    "nan-value.yaml": (sub("    value: 8.2\n", "    value: .nan\n"), 21, r"finite"),
    "infinite-value.yaml": (sub("    value: 8.2\n", "    value: -.inf\n"), 21, r"finite"),
    "huge-value.yaml": (sub("    value: 8.2\n", "    value: 1.0e+300\n"), 21, r"larger than any figure"),
    "huge-integer.yaml": (sub("    value: 8.2\n", "    value: " + "9" * 5000 + "\n"), 21,
                          r"not a valid value|valid number|larger than any figure|finite"),
    "deep-nesting.yaml": (nested(5000), 1, r"nesting"),
    "deep-nesting-blocks.yaml": ("".join("  " * i + f"k{i}:\n" for i in range(300)) + "  " * 300 + "v: 1\n",
                                 None, r"nesting"),
    "billion-laughs.yaml": (laughs(), None, r"alias bomb"),
    "python-object-apply.yaml": (sub("  published: 2024-01-20T10:00:00+08:00",
                                     "  published: !!python/object/apply:os.system ['touch /tmp/pwned']"), 6,
                                 r"tag .*python/object/apply.* not allowed"),
    "python-name.yaml": (sub("    value: 8.2\n", "    value: !!python/name:os.system\n"), 21,
                         r"tag .*python/name.* not allowed"),
    "python-object-new.yaml": ("meta: !!python/object/new:subprocess.Popen [[touch, /tmp/pwned]]\n", 1,
                               r"tag .*python/object/new.* not allowed"),
    "custom-tag.yaml": (sub("    unit: \"%\"\n", "    unit: !percent \"%\"\n"), 22, r"tag '!percent' is not allowed"),
    "binary-tag.yaml": (sub("    unit: \"%\"\n", "    unit: !!binary aGVsbG8=\n"), 22, r"tag .*binary.* not allowed"),
    "merge-key.yaml": (sub("facts:\n", "base: &b {unit: '%'}\nfacts:\n").replace(
        "    unit: \"%\"\n", "    <<: *b\n", 1), 23, r"merge keys"),
    "binary-garbage.bin": (bytes(range(256)) * 16, None, r"not UTF-8|binary|NUL"),
    "utf16-without-bom.yaml": (REPORT.encode("utf-16-le"), None, r"NUL|not UTF-8|binary"),
    "gbk-encoded.yaml": (REPORT.encode("gbk"), 4, r"not UTF-8"),
    "empty.yaml": ("", 1, r"the file is empty"),
    "only-comments.yaml": ("# nothing here\n# at all\n", 1, r"the file is empty"),
    "two-documents.yaml": (REPORT + "---\n" + REPORT, None, r"one YAML document"),
    "scalar-root.yaml": ("just a sentence\n", 1, r"a report is a mapping"),
    "list-root.yaml": ("- meta\n- facts\n", 1, r"a report is a mapping"),
    "right-to-left-override.yaml": (sub("{zh: 规上工业增加值增长, en:", "{zh: 规上工业\u202e增加值增长, en:"), 20,
                                    r"U\+202E"),
    "zero-width-space.yaml": (sub("{zh: 增速全省排名", "{zh: 增速\u200b全省排名"), 29, r"U\+200B"),
    "control-character.yaml": (sub("en: Industrial value added growth", 'en: "Industrial\\x07 value added growth"'),
                               20, r"U\+0007"),
    "megabyte-label.yaml": (sub("en: Industrial value added growth", "en: " + "长" * 350_000), 20,
                            r"at most 4000 characters"),
    "unknown-unit.yaml": (sub("    unit: 位\n", "    unit: 斤\n"), 31, r"unknown unit"),
    "comparison-mismatch.yaml": (sub("    kind: rank\n", "    kind: rank\n    comparison: {from: 5, to: 3}\n"), None,
                                 r"comparison ends at 3"),
    "bad-id.yaml": (sub("  - id: va-growth\n", "  - id: VA Growth!\n"), 19, r"should match pattern"),
    "source-outside-folder.yaml": (REPORT.replace("source: source.txt", "source: ../../../etc/passwd"), 11,
                                   r"relative to the report's folder"),
    "dangling-reference.yaml": (sub("        facts: [projects-done]", "        facts: [no-such-fact]"), None,
                                r"no fact has the id 'no-such-fact'"),
    # Strict types (issue 15): YAML 1.2 core numbers only, nothing coerced.
    "yaml11-octal.yaml": (sub("    value: 8.2\n", "    value: 010\n"), 21,
                          r"'010' is ambiguous.*as 8 \(octal\).*as 10"),
    "yaml11-sexagesimal.yaml": (sub("    value: 8.2\n", "    value: 5:7\n"), 21, r"'5:7' is not a number.*307"),
    "yaml11-underscore.yaml": (sub("    value: 8.2\n", "    value: 5_7\n"), 21, r"'5_7' is not a number.*57"),
    "yaml11-hex.yaml": (sub("    value: 8.2\n", "    value: 0x10\n"), 21, r"'0x10' is not a number.*16"),
    "yaml11-binary.yaml": (sub("    value: 8.2\n", "    value: 0b101\n"), 21, r"'0b101' is not a number.*5"),
    "yaml11-octal-o.yaml": (sub("    value: 8.2\n", "    value: 0o17\n"), 21, r"valid number"),
    "yaml11-bool-off.yaml": (with_draft("off"), 28,
                             r"'off' is text here, not a boolean: write false"),
    "quoted-bool.yaml": (with_draft('"off"'), 28,
                         r"valid boolean \(true or false, written without quotes\)"),
    "bool-as-zero.yaml": (with_draft("0"), 28,
                          r"valid boolean"),
    "quoted-number.yaml": (sub("    number: 1\n", "    number: \"1\"\n"), 56,
                           r"valid integer \(a number is written without"),
    "float-task-number.yaml": (sub("    number: 1\n", "    number: 1.0\n"), 56, r"valid integer"),
    "bool-task-number.yaml": (sub("    number: 1\n", "    number: true\n"), 56, r"valid integer"),
    "quoted-value.yaml": (sub("    value: 8.2\n", "    value: \"8.2\"\n"), 21, r"valid number \(a number is written"),
    "schema-version-true.yaml": (sub("schema_version: 1", "schema_version: true"), 1, r"whole number.*not True"),
    "schema-version-float.yaml": (sub("schema_version: 1", "schema_version: 1.0"), 1, r"whole number.*not 1\.0"),
    "timestamp-as-int.yaml": (sub("  published: 2024-01-20T10:00:00+08:00", "  published: 1675216680"), 6,
                              r"not as a number \(1675216680\)"),
    "timestamp-as-quoted-int.yaml": (sub("  published: 2024-01-20T10:00:00+08:00", "  published: '1675216680'"),
                                     6, r"not as a number"),
    "date-as-zero.yaml": (sub("  meeting_date: 2024-01-18", "  meeting_date: 0"), 7, r"not as a number \(0\)"),
    "date-as-bool.yaml": (sub("  meeting_date: 2024-01-18", "  meeting_date: true"), 7, r"not as a number"),
    # Hidden characters, found by Unicode category, in every string field.
    "bidi-in-source-url.yaml": (sub("  source: source.txt\n", "  source: source.txt\n  source_url: \"https://a.invalid/\u202etxt.exe\"\n"),
                                12, r"U\+202E"),
    "zero-width-in-version.yaml": (sub("  source: source.txt\n", "  source: source.txt\n  version: \"2\u200b\"\n"), 12,
                                   r"U\+200B"),
    "soft-hyphen.yaml": (sub("{zh: 海城, en: Haicheng}", "{zh: 海\u00ad城, en: Haicheng}"), 8, r"U\+00AD"),
    "arabic-letter-mark.yaml": (sub("{zh: 海城, en: Haicheng}", "{zh: 海\u061c城, en: Haicheng}"), 8, r"U\+061C"),
    "invisible-operator.yaml": (sub("{zh: 海城, en: Haicheng}", "{zh: 海\u2062城, en: Haicheng}"), 8, r"U\+2062"),
    "hangul-filler.yaml": (sub("{zh: 海城, en: Haicheng}", "{zh: 海城\u3164, en: Haicheng}"), 8, r"U\+3164"),
    "variation-selector.yaml": (sub("{zh: 海城, en: Haicheng}", "{zh: 海城\ufe0f, en: Haicheng}"), 8, r"U\+FE0F"),
    "tag-characters.yaml": (sub("{zh: 海城, en: Haicheng}", "{zh: 海城\U000e0041\U000e007f, en: Haicheng}"), 8,
                            r"U\+E0041"),
    "interlinear-annotation.yaml": (sub("{zh: 海城, en: Haicheng}", "{zh: \ufff9海\ufffa城\ufffb, en: Haicheng}"), 8,
                                    r"U\+FFF9"),
    "private-use.yaml": (sub("{zh: 海城, en: Haicheng}", "{zh: 海城\ue000, en: Haicheng}"), 8, r"U\+E000"),
    "line-separator.yaml": (sub("{zh: 海城, en: Haicheng}", "{zh: \"海\\L城\", en: Haicheng}"), 8, r"U\+2028"),
    "escape-sequence.yaml": (sub("en: Industrial value added growth", 'en: "\\e[2KOK"'), 20, r"U\+001B"),
    "c1-control.yaml": (sub("en: Industrial value added growth", 'en: "\\x9b2J"'), 20, r"U\+009B"),
    "bidi-in-quote.yaml": (sub("    quote: 增速居全省第2位\n", "    quote: \"增速居全省\u202e第2位\"\n"), 36,
                           r"U\+202E"),
    # Files that must load: encodings the app reads, and markup that is shown literally, never interpreted.
    "utf8-with-bom.yaml": (codecs.BOM_UTF8 + REPORT.encode("utf-8"), None, "OK"),
    "utf16-with-bom.yaml": (REPORT.encode("utf-16"), None, "OK"),
    "html-in-labels.yaml": (sub("en: Industrial value added growth", "en: '<img src=x onerror=alert(1)><b>bold</b>'"),
                            None, "OK"),
    "yaml12-exponent.yaml": (sub("    value: 8.2\n", "    value: 82e-1\n"), None, "OK"),
    "yaml11-forms-as-text.yaml": (sub("  source: source.txt\n", "  source: source.txt\n  version: 010\n"), None, "OK"),
    "subnormal-value.yaml": (sub("    value: 8.2\n", "    value: 4.9e-324\n"), None, "OK"),
    "bidi-in-source-text.yaml": (REPORT.replace("source: source.txt", "source: source-bidi.txt"), None, "OK"),
}


def main() -> None:
    for old in HERE.glob("*"):
        if old.name not in ("make_corpus.py", "__init__.py") and old.is_file() and old.suffix != ".py":
            old.unlink()
    (HERE / "source.txt").write_text(MINI_SOURCE, "utf-8")
    # The source text itself may hold anything: it is shown with ⟨U+202E⟩, never refused (nor obeyed).
    (HERE / "source-bidi.txt").write_text(MINI_SOURCE.replace("会议指出", "会议指出：增长\u202e%1.2-\u202c"), "utf-8")
    rows = ["# file\tline\texpected (regex on the first problem, or OK)"]
    for name, (content, line, expect) in CASES.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (HERE / name).write_bytes(data)
        rows.append(f"{name}\t{line if line is not None else '-'}\t{expect}")
    (HERE / "MANIFEST.tsv").write_text("\n".join(rows) + "\n", "utf-8")
    print(f"wrote {len(CASES)} files")


if __name__ == "__main__":
    main()
