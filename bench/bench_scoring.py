"""Time the pure scoring engine on a full assessment.

    python bench/bench_scoring.py                       # synthetic largest questionnaire
    python bench/bench_scoring.py questionnaires/rd-core/1.0.0.yaml \
        --resources questionnaires/resources.yaml --locale es

Prints the median and 90th percentile of ``evaluate`` and of ``evaluate`` +
``present`` over many runs (target: evaluate <= 0.5 ms median).
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.questionnaire.model import Questionnaire, Resource, ResourceCatalogue
from app.scoring import Evaluation, Results, compile_questionnaire, evaluate, present
from bench.synthetic import (
    complete_answers,
    synthetic_questionnaire,
    synthetic_resources,
)


def _load(path: str | None) -> tuple[Questionnaire, str]:
    if path is None:
        questionnaire = synthetic_questionnaire()
        return questionnaire, hashlib.sha256(questionnaire.model_dump_json().encode()).hexdigest()
    raw = Path(path).read_bytes()
    return Questionnaire.model_validate(yaml.safe_load(raw)), hashlib.sha256(raw).hexdigest()


def _load_resources(path: str | None) -> dict[str, Resource]:
    if path is None:
        return synthetic_resources()
    catalogue = ResourceCatalogue.model_validate(yaml.safe_load(Path(path).read_text("utf-8")))
    return {resource.id: resource for resource in catalogue.resources}


def _time(action: Callable[[], object], runs: int) -> tuple[float, float]:
    for _ in range(min(50, runs)):
        action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        action()
        samples.append((time.perf_counter_ns() - start) / 1e6)
    samples.sort()
    return statistics.median(samples), samples[int(0.9 * (len(samples) - 1))]


def _describe(questionnaire: Questionnaire, answers: int, fired: int, recommended: int) -> str:
    questions = sum(len(d.questions) for d in questionnaire.domains)
    return (
        f"questionnaire {questionnaire.slug} {questionnaire.version}: "
        f"{len(questionnaire.domains)} domains, {questions} questions, "
        f"{len(questionnaire.context)} context, {len(questionnaire.issues)} issues, "
        f"{len(questionnaire.strengths)} strengths, {len(questionnaire.locales)} locales; "
        f"{answers} answers, {fired} issues fired, {recommended} recommendations"
    )


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("questionnaire", nargs="?", help="a questionnaire YAML file")
    parser.add_argument("--resources", help="a resource catalogue YAML file")
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--locale", default="es")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    questionnaire, content_hash = _load(args.questionnaire)
    use_catalogue = args.resources or not args.questionnaire
    resources = _load_resources(args.resources) if use_catalogue else {}
    answers = complete_answers(questionnaire)
    started = time.perf_counter()
    compile_questionnaire(questionnaire)
    compile_ms = (time.perf_counter() - started) * 1000

    def score() -> Evaluation:
        return evaluate(questionnaire, answers, content_hash=content_hash)

    def score_and_present() -> Results:
        return present(score(), questionnaire, resources, locale=args.locale)

    evaluation, results = score(), score_and_present()
    print(f"python {platform.python_version()} on {platform.platform()} ({platform.machine()})")
    print(
        _describe(questionnaire, len(answers), len(evaluation.issues), len(results.recommendations))
    )
    print(f"compile once: {compile_ms:.2f} ms")
    print(
        f"evaluation JSON {len(evaluation.model_dump_json())} bytes, "
        f"results JSON {len(results.model_dump_json())} bytes"
    )
    actions: list[tuple[str, Callable[[], object]]] = [
        ("evaluate", score),
        ("evaluate+present", score_and_present),
    ]
    for name, action in actions:
        median, p90 = _time(action, args.runs)
        print(f"{name:>17}: median {median:.3f} ms, p90 {p90:.3f} ms over {args.runs} runs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
