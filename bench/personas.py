"""Print each persona's overall result, top five issues and top three recommendations.

    python bench/personas.py            # English
    python bench/personas.py --locale es
    python bench/personas.py --profiles # the best/partial/worst table of docs/content.md

The personas live in ``tests/content/personas.py``; the content tests assert what
this prints (see docs/content.md, "Personas").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.content.contexts import NAMED
from tests.content.personas import PERSONAS
from tests.content.rdcore import Chooser, Content, answer_all, best, load_content, partial, worst

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
        f"({counts}); strengths: {len(results.strengths)}; don't know: {results.unsure_count}",
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


PROFILE_CONTEXTS = ["calm", "lgbtqi-criminalised", "riskiest"]
PROFILE_ANSWERS: dict[str, Chooser] = {"All best": best, "All partial": partial, "All worst": worst}


def _profile_cell(content: Content, context: str, choose: Chooser) -> str:
    evaluation = content.evaluate(answer_all(content, NAMED[context], choose))
    critical = sum(issue.severity.value == "critical" for issue in evaluation.issues)
    issues = f"{len(evaluation.issues)} issues ({critical} critical)" if evaluation.issues else ""
    strengths = f"{len(evaluation.strengths)} strengths" if evaluation.strengths else ""
    return ", ".join(part for part in (issues, strengths) if part) or "nothing fires"


def profile_table(content: Content) -> str:
    """A Markdown table: answer profiles x context profiles (tests/content/contexts.py)."""
    lines = [
        f"| Answers | {' | '.join(PROFILE_CONTEXTS)} |",
        f"| --- |{' --- |' * len(PROFILE_CONTEXTS)}",
    ]
    for label, choose in PROFILE_ANSWERS.items():
        cells = [_profile_cell(content, context, choose) for context in PROFILE_CONTEXTS]
        lines.append(f"| {label} | {' | '.join(cells)} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locale", default="en", help="language of titles (en, es, fr, pt)")
    parser.add_argument("--profiles", action="store_true", help="print the profile table instead")
    args = parser.parse_args()
    content = load_content()
    print(profile_table(content) if args.profiles else report(content, args.locale))


if __name__ == "__main__":
    main()
