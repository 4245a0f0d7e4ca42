"""The documented pattern for answer text and comments says exactly what is refused."""

from __future__ import annotations

import re

import pytest

from app.scoring.answers import NO_CONTROLS_PATTERN, _refuse_controls

# JSON Schema's "$" is the very end of the text; Python's also matches before a final "\n".
PATTERN = re.compile(NO_CONTROLS_PATTERN[:-1] + r"\Z")


@pytest.mark.parametrize("code_point", range(0xA0))
def test_the_pattern_and_the_check_agree_on_every_control_character(code_point: int) -> None:
    text = f"note{chr(code_point)}end"
    try:
        _refuse_controls(text)
        accepted = True
    except ValueError:
        accepted = False
    assert accepted == (PATTERN.search(text) is not None)
