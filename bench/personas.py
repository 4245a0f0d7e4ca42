"""Print each persona's overall result, top five issues and top three recommendations.

    python bench/personas.py            # English
    python bench/personas.py --locale es

The personas live in ``tests/content/personas.py``; the content tests assert what
this prints (see docs/content.md, "Personas").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.content.personas import PERSONAS
from tests.content.rdcore import Content, load_content

TOP_ISSUES = 5
TOP_RECOMMENDATIONS = 3


def persona_report(content: Content, persona: str, locale: str = "en") -> str:
    """One persona's result as a few lines of plain text."""
    make = PERSONAS[persona]
    results = content.present(make(), locale=locale)
    summary = (make.__doc__ or "").strip().splitlines()[0]
    overall = results.overall
    severities = [i.severity.value for i in results.issues]
    counts = ", ".join(f"{severities.count(s)} {s}" for s in ("critical", "high", "medium", "low"))
    lines = [
        f"== {persona}: {summary}",
        f"overall {overall.score} ({overall.stage_label}); {len(results.issues)} issues "
        f"({counts}); {len(results.strengths)} strengths; {results.unsure_count} don't know",
        "top issues:",
        *(f"  {i.severity.value:<8} {i.id}: {i.title}" for i in results.issues[:TOP_ISSUES]),
        "top recommendations:",
        *(
            f"  {r.id} (score {r.score}): {r.title}"
            for r in results.recommendations[:TOP_RECOMMENDATIONS]
        ),
    ]
    return "\n".join(lines)


def report(content: Content, locale: str = "en") -> str:
    return "\n\n".join(persona_report(content, persona, locale) for persona in PERSONAS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locale", default="en", help="language of titles (en, es, fr, pt)")
    args = parser.parse_args()
    print(report(load_content(), args.locale))


if __name__ == "__main__":
    main()
