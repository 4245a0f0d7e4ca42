"""Shared API schema building blocks."""

from __future__ import annotations

import unicodedata
from typing import Annotated, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

T = TypeVar("T")


def printable(value: str) -> str:
    for ch in value:
        if ch in "\n\t":
            continue
        if unicodedata.category(ch) in {"Cc", "Cs"}:
            raise ValueError("must not contain control characters (such as NUL)")
    return value


# The same rule as a JSON Schema pattern, so clients and fuzzers know it.
NO_CONTROL_CHARACTERS = "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]*$"
CleanStr = Annotated[
    str,
    AfterValidator(printable),
    Field(json_schema_extra={"pattern": NO_CONTROL_CHARACTERS}),
]
# Text that is stripped and then must not be empty: at least one character that is
# neither a space nor a control character, so "   " is refused by the schema as well.
_CONTROL = "\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f"
NOT_BLANK = f"^[^{_CONTROL}]*[^\\s{_CONTROL}][^{_CONTROL}]*$"
# Stripping and length come first: "   " must fail min_length, not pass as "".
Name = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    AfterValidator(printable),
    Field(json_schema_extra={"pattern": NOT_BLANK}),
]
Label = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=100),
    AfterValidator(printable),
    Field(json_schema_extra={"pattern": NO_CONTROL_CHARACTERS}),
]
Tag = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,39}$")]
CountryCode = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z]{2}$"),
    Field(description="ISO 3166-1 alpha-2 country code, e.g. BR"),
]


class RequestModel(BaseModel):
    """Base of every request body: unknown fields are refused."""

    model_config = ConfigDict(extra="forbid")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class PageParams(BaseModel):
    limit: int = Field(default=50, ge=1, le=200)
    offset: int = Field(default=0, ge=0, le=1_000_000)
