from __future__ import annotations

import pytest

from app.questionnaire.problems import Code, QuestionnaireError
from app.questionnaire.yamlsafe import MAX_BYTES, MAX_DEPTH, parse_yaml


def _data(text: str) -> object:
    return parse_yaml(text.encode("utf-8"), "f.yaml").data


def _refusal(raw: bytes) -> tuple[Code, int | None, str]:
    with pytest.raises(QuestionnaireError) as caught:
        parse_yaml(raw, "f.yaml")
    problem = caught.value.problems[0]
    return problem.code, problem.line, problem.message


def test_only_true_and_false_are_booleans() -> None:
    data = _data("a: yes\nb: no\nc: on\nd: off\ne: y\nf: true\ng: False\nh: TRUE\n")
    assert data == {
        "a": "yes",
        "b": "no",
        "c": "on",
        "d": "off",
        "e": "y",
        "f": True,
        "g": False,
        "h": True,
    }


def test_numbers_are_decimal_and_dates_stay_text() -> None:
    data = _data(
        "a: 010\nb: 0x10\nc: 1_000\nd: 2024-05-01\ne: 1.5\nf: 1e3\ng: 1.0.0\nh: -3\ni: 12:30\n"
    )
    assert data == {
        "a": 10,
        "b": "0x10",
        "c": "1_000",
        "d": "2024-05-01",
        "e": 1.5,
        "f": 1000.0,
        "g": "1.0.0",
        "h": -3,
        "i": "12:30",
    }


def test_nan_and_infinity_names_stay_text_and_huge_numbers_are_refused() -> None:
    assert _data("a: .nan\nb: .inf\n") == {"a": ".nan", "b": ".inf"}
    assert _refusal(b"a: 1e999\n")[0] is Code.BAD_NUMBER
    assert _refusal(b"a: " + b"9" * 5000 + b"\n")[0] is Code.BAD_NUMBER


def test_nulls_and_empty_values() -> None:
    assert _data("a: ~\nb: null\nc:\nd: ''\ne: {x, y: }\n") == {
        "a": None,
        "b": None,
        "c": None,
        "d": "",
        "e": {"x": None, "y": None},
    }


def test_mapping_keys_are_read_as_written() -> None:
    assert _data("yes: 1\n3: 2\ntrue: 3\nnull: 4\n") == {"yes": 1, "3": 2, "true": 3, "null": 4}


def test_merge_keys_are_plain_keys() -> None:
    assert _data("a:\n  <<: x\n") == {"a": {"<<": "x"}}


def test_duplicate_keys_are_refused_with_both_lines() -> None:
    code, line, message = _refusal(b"a: 1\nb:\n  c: 1\n  c: 2\n")
    assert (code, line) == (Code.DUPLICATE_KEY, 4)
    assert message == "duplicate key 'c' (first defined on line 3)"


def test_all_duplicate_keys_are_reported() -> None:
    with pytest.raises(QuestionnaireError) as caught:
        parse_yaml(b"a: 1\na: 2\nb: 1\nb: 2\n", "f.yaml")
    assert [p.line for p in caught.value.problems] == [2, 4]


def test_quoted_and_plain_keys_are_the_same_key() -> None:
    assert _refusal(b"a: 1\n'a': 2\n")[0] is Code.DUPLICATE_KEY


@pytest.mark.parametrize(
    "raw",
    [b"a: &x 1\n", b"a: &x [1]\nb: *x\n", b"a: *missing\n", b"- &a [x]\n- [*a, *a]\n"],
)
def test_anchors_and_aliases_are_refused(raw: bytes) -> None:
    assert _refusal(raw)[0] is Code.ALIAS


@pytest.mark.parametrize(
    "raw",
    [
        b"a: !!python/object/apply:os.system [ls]\n",
        b"a: !custom x\n",
        b"a: !!str yes\n",
        b"a: !!binary aGk=\n",
        b"!!set {a, b}\n",
    ],
)
def test_tags_are_refused(raw: bytes) -> None:
    assert _refusal(raw)[0] is Code.TAG


def test_nesting_is_limited() -> None:
    ok = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert _data(ok) is not None
    code, line, _ = _refusal(b"a:\n  b: " + b"[" * 1000 + b"]" * 1000 + b"\n")
    assert (code, line) == (Code.TOO_DEEP, 2)


def test_block_nesting_is_limited() -> None:
    text = "".join("  " * depth + f"k{depth}:\n" for depth in range(MAX_DEPTH + 5))
    assert _refusal(text.encode())[0] is Code.TOO_DEEP


def test_size_is_limited() -> None:
    assert _refusal(b"a: " + b"x" * MAX_BYTES)[0] is Code.TOO_LARGE


def test_nul_bytes_are_refused_with_the_line() -> None:
    assert _refusal(b"a: 1\nb: x\x00y\n")[:2] == (Code.NUL_BYTE, 2)


def test_escaped_nul_and_lone_surrogates_in_text_are_refused() -> None:
    assert _refusal(b'a: "x\\0y"\n')[0] is Code.BAD_TEXT
    assert _refusal(b'a: "\\ud800"\n')[0] is Code.BAD_TEXT


def test_invalid_utf8_is_refused_with_the_line() -> None:
    code, line, message = _refusal(b"a: 1\nb: caf\xe9\n")
    assert (code, line) == (Code.NOT_UTF8, 2)
    assert "0xe9" in message


def test_utf16_is_refused() -> None:
    assert _refusal("a: 1\n".encode("utf-16"))[0] in (Code.NUL_BYTE, Code.NOT_UTF8)


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    assert parse_yaml("\ufeffa: 1\n".encode(), "f.yaml").data == {"a": 1}


def test_control_characters_are_refused_with_the_line() -> None:
    assert _refusal(b"a: 1\nb: \x07\n")[:2] == (Code.YAML_SYNTAX, 2)


def test_syntax_errors_name_the_line() -> None:
    code, line, message = _refusal(b"a: 1\nb: [1, 2\nc: 3\n")
    assert code is Code.YAML_SYNTAX
    assert line == 3
    assert message.startswith("could not read the YAML")


def test_empty_files_and_several_documents_are_refused() -> None:
    assert _refusal(b"# only a comment\n")[0] is Code.EMPTY
    assert _refusal(b"a: 1\n---\nb: 2\n")[0] is Code.YAML_SYNTAX


def test_complex_keys_are_refused() -> None:
    assert _refusal(b"? [a, b]\n: 1\n")[0] is Code.COMPLEX_KEY


def test_lines_of_keys_and_items() -> None:
    parsed = parse_yaml(b"a:\n  b: 1\n  c:\n    - x\n    - {d: 2}\n", "f.yaml")
    lines = parsed.source.lines
    assert lines[("a",)] == 1
    assert lines[("a", "b")] == 2
    assert lines[("a", "c", 0)] == 4
    assert lines[("a", "c", 1, "d")] == 5
    assert parsed.source.line(("a", "c", 1, "missing", 3)) == 5
