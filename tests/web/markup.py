"""Checks on a page's markup that matter for assistive technology: unique ids, and a
label for every form control."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

CONTROLS = {"input", "select", "textarea"}
UNLABELLED_TYPES = {"hidden", "submit", "button"}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: Counter[str] = Counter()
        self.label_targets: set[str] = set()
        self.controls: list[dict[str, str]] = []
        self.open_labels = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if "id" in found:
            self.ids[found["id"]] += 1
        if tag == "label":
            self.open_labels += 1
            if "for" in found:
                self.label_targets.add(found["for"])
        if tag in CONTROLS and found.get("type") not in UNLABELLED_TYPES:
            self.controls.append({**found, "_wrapped": "yes" if self.open_labels else ""})

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self.open_labels -= 1


def problems(html: str) -> list[str]:
    """Duplicate ids and form controls without a label, in words."""
    collector = _Collector()
    collector.feed(html)
    found = [f"duplicate id {name!r}" for name, n in collector.ids.items() if n > 1]
    for control in collector.controls:
        labelled = (
            control["_wrapped"]
            or control.get("id", "\0") in collector.label_targets
            or control.get("aria-label")
            or control.get("aria-labelledby")
        )
        if not labelled:
            found.append(f"unlabelled control {control.get('name', '?')!r}")
    return found
