"""Safe, strict YAML reading for untrusted questionnaire files.

On top of PyYAML's ``SafeLoader`` this reader:

- resolves only ``true``/``false`` as booleans: YAML 1.1's ``yes``/``no``/
  ``on``/``off`` stay text (a ``yes_no`` option value is the string ``yes``);
- reads integers in decimal only (``010`` is 10, not 8), refuses infinite or
  NaN numbers, and leaves dates, ``0x`` numbers and ``<<`` merge keys as text;
- always reads mapping keys as text, exactly as written;
- refuses duplicate mapping keys, anchors and aliases (alias bombs), explicit
  tags, nesting deeper than :data:`MAX_DEPTH`, files over :data:`MAX_BYTES`,
  NUL characters and invalid UTF-8.

Every refusal is a :class:`~app.questionnaire.problems.Problem` with the line.
The result keeps a :class:`~app.questionnaire.source.SourceMap` so that later
checks can name the line of any document path.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from app.questionnaire.problems import Code, Level, Problem, QuestionnaireError
from app.questionnaire.source import DataPath, SourceMap

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40

_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_STR = "tag:yaml.org,2002:str"
_FORBIDDEN_TEXT = re.compile("[\x00\ud800-\udfff]")
_MAX_INT_DIGITS = 18

_RESOLVERS: list[tuple[str, re.Pattern[str], list[str]]] = [
    (_NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), [*"~nN", ""]),
    (_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")),
    (_INT, re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789")),
    (
        _FLOAT,
        re.compile(
            r"^[-+]?(?:(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+)$"
        ),
        list("-+.0123456789"),
    ),
]


class _Refused(Exception):
    """Raised while composing: the whole file is refused with one problem."""

    def __init__(self, code: Code, message: str, line: int | None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line


class StrictSafeLoader(yaml.SafeLoader):
    """A SafeLoader that refuses anchors, aliases, tags and deep nesting while composing."""

    yaml_implicit_resolvers: dict[Any, Any] = {}  # noqa: RUF012 - PyYAML's class-level table

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _Refused(Code.ALIAS, "anchors and aliases (&name, *name) are not allowed", line)
        tag = getattr(event, "tag", None)
        if tag is not None:
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            raise _Refused(Code.TAG, f"tags such as '{shown}' are not allowed", line)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Refused(Code.TOO_DEEP, f"nesting is deeper than {MAX_DEPTH} levels", line)
            node: Node | None = super().compose_node(parent, index)
            assert node is not None
            return node
        finally:
            self._depth -= 1


for _tag, _pattern, _first in _RESOLVERS:
    StrictSafeLoader.add_implicit_resolver(_tag, _pattern, _first)


@dataclass(frozen=True)
class ParsedYaml:
    data: Any
    source: SourceMap


def read_yaml_file(path: Path, display_name: str | None = None) -> ParsedYaml:
    """Read and parse ``path``; problems name the file as ``display_name`` (default: path)."""
    name = display_name or str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise QuestionnaireError([_problem(name, None, Code.UNREADABLE, _os_message(exc))]) from exc
    return parse_yaml(raw, name)


def parse_yaml(raw: bytes, file: str) -> ParsedYaml:
    """Parse one YAML document from ``raw``; raise :class:`QuestionnaireError` if refused."""
    text = _decode(raw, file)
    node = _compose(text, file)
    builder = _Builder(file)
    data = builder.build(node, ())
    if builder.problems:
        raise QuestionnaireError(builder.problems)
    return ParsedYaml(data=data, source=SourceMap(lines=builder.lines, root=data))


def _decode(raw: bytes, file: str) -> str:
    if len(raw) > MAX_BYTES:
        message = f"the file is larger than {MAX_BYTES // (1024 * 1024)} MiB"
        raise QuestionnaireError([_problem(file, None, Code.TOO_LARGE, message)])
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw.count(b"\n", 0, nul) + 1
        message = "the file contains a NUL byte (is it a binary or UTF-16 file?)"
        raise QuestionnaireError([_problem(file, line, Code.NUL_BYTE, message)])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        message = f"the file is not valid UTF-8 (byte {raw[exc.start]:#04x}); save it as UTF-8"
        raise QuestionnaireError([_problem(file, line, Code.NOT_UTF8, message)]) from None


def _compose(text: str, file: str) -> Node:
    try:
        node = _compose_single(text)
    except _Refused as exc:
        raise QuestionnaireError([_problem(file, exc.line, exc.code, exc.message)]) from None
    except yaml.MarkedYAMLError as exc:
        raise QuestionnaireError([_syntax_problem(file, exc)]) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        message = f"the file contains a character YAML does not allow ({exc.character:#x})"
        raise QuestionnaireError([_problem(file, line, Code.YAML_SYNTAX, message)]) from None
    except yaml.YAMLError as exc:
        message = f"could not read the YAML: {exc}"
        raise QuestionnaireError([_problem(file, None, Code.YAML_SYNTAX, message)]) from None
    if node is None:
        raise QuestionnaireError([_problem(file, 1, Code.EMPTY, "the file is empty")])
    return node


def _compose_single(text: str) -> Node | None:
    loader = StrictSafeLoader(text)
    try:
        node: Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def _syntax_problem(file: str, exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else None
    detail = "; ".join(part for part in (exc.context, exc.problem) if part)
    return _problem(file, line, Code.YAML_SYNTAX, f"could not read the YAML: {detail}")


class _Builder:
    """Turns composed nodes into plain data, recording lines and collecting problems."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.lines: dict[DataPath, int] = {}
        self.problems: list[Problem] = []

    def build(self, node: Node, path: DataPath) -> Any:
        if not path:
            self.lines[()] = node.start_mark.line + 1
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            return self._sequence(node, path)
        assert isinstance(node, ScalarNode)
        return self._scalar(node)

    def _mapping(self, node: MappingNode, path: DataPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, ScalarNode):
                self._add(line, Code.COMPLEX_KEY, "mapping keys must be plain text")
                continue
            key = key_node.value
            if key in first_lines:
                message = f"duplicate key '{key}' (first defined on line {first_lines[key]})"
                self._add(line, Code.DUPLICATE_KEY, message)
                continue
            first_lines[key] = line
            child = (*path, key)
            self.lines[child] = line
            result[key] = self.build(value_node, child)
        return result

    def _sequence(self, node: SequenceNode, path: DataPath) -> list[Any]:
        items: list[Any] = []
        for index, item in enumerate(node.value):
            child = (*path, index)
            self.lines[child] = item.start_mark.line + 1
            items.append(self.build(item, child))
        return items

    def _scalar(self, node: ScalarNode) -> Any:
        value: str = node.value
        line = node.start_mark.line + 1
        if node.tag == _NULL:
            return None
        if node.tag == _BOOL:
            return value.lower() == "true"
        if node.tag == _INT:
            if len(value.lstrip("+-")) > _MAX_INT_DIGITS:
                self._add(line, Code.BAD_NUMBER, f"the number {value[:20]}... is too long")
                return None
            return int(value, 10)
        if node.tag == _FLOAT:
            number = float(value)
            if not math.isfinite(number):
                self._add(line, Code.BAD_NUMBER, f"the number {value[:20]} is out of range")
                return None
            return number
        return self._text(value, line)

    def _text(self, value: str, line: int) -> str:
        found = _FORBIDDEN_TEXT.search(value)
        if found is not None:
            what = (
                "a NUL character"
                if found.group() == "\x00"
                else "a lone surrogate (\\ud800-\\udfff)"
            )
            self._add(line, Code.BAD_TEXT, f"text contains {what}")
        return value

    def _add(self, line: int, code: Code, message: str) -> None:
        self.problems.append(_problem(self.file, line, code, message))


def _problem(file: str, line: int | None, code: Code, message: str) -> Problem:
    return Problem(file=file, line=line, path="", message=message, level=Level.ERROR, code=code)


def _os_message(exc: OSError) -> str:
    return f"cannot read the file: {exc.strerror or exc}"
