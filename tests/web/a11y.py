"""What every page type must pass in the browser tests: axe-core finds no violation and
the page does not scroll sideways.

axe-core comes from the npm package pinned in package.json (``make axe`` installs it).
It is added to each browser context as an init script, which the pages' strict CSP does
not apply to, so the pages are checked with their real headers.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}

_RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 4).map(n => n.target.join(' ')),
  }));
}"""


def axe_path() -> Path:
    """The pinned axe-core script; a missing one fails in CI and skips elsewhere."""
    if AXE.exists():
        return AXE
    message = f"browser tests need axe-core at {AXE}: run `make axe` (npm ci)"
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def violations(page: Any) -> list[dict[str, Any]]:
    """axe-core's violations on the page as it is now (every rule axe runs by default)."""
    if not page.evaluate("typeof window.axe === 'object'"):
        raise AssertionError("axe-core is not loaded in this context (use open_context)")
    found: list[dict[str, Any]] = page.evaluate(_RUN_AXE)
    return found


def overflow(page: Any) -> int:
    """How many CSS pixels the page is wider than the window (0: no sideways scroll)."""
    width, inner = page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
    return max(0, int(width) - int(inner))


_WIDE = """() => {
  const limit = window.innerWidth;
  const wide = [...document.body.querySelectorAll('*')].filter(e => {
    const box = e.getBoundingClientRect();
    const over = c => c.getBoundingClientRect().right > limit + 1;
    return box.right > limit + 1 && ![...e.children].some(over);
  });
  return wide.slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
    (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '') +
    ' ' + Math.round(e.getBoundingClientRect().right));
}"""


def problems(page: Any) -> list[str]:
    """Everything wrong with the page: axe violations and sideways overflow, as text."""
    found = [
        f"axe {v['id']} ({v['impact']}): {v['help']} at {', '.join(v['nodes'])}"
        for v in violations(page)
    ]
    extra = overflow(page)
    if extra:
        widest = ", ".join(page.evaluate(_WIDE))
        found.append(
            f"{extra} px wider than the {page.viewport_size['width']} px window ({widest})"
        )
    return found
