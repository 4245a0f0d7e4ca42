"""Three realistic organisations get the results a thoughtful facilitator would expect."""

from __future__ import annotations

import pytest

from app.questionnaire.model import Severity
from app.scoring import Results, parse_answers, progress, validate_answers
from bench.personas import profile_table, report
from tests.content.contexts import CALM
from tests.content.personas import PERSONAS
from tests.content.rdcore import ROOT, Content

LOW_STAGES = {"unaware", "ad-hoc"}
TRANSLATED = ["es", "fr", "pt"]


def _results(content: Content, persona: str, locale: str = "en") -> Results:
    return content.present(PERSONAS[persona](), locale=locale)


def _severity(results: Results, issue_id: str) -> Severity | None:
    return next((i.severity for i in results.issues if i.id == issue_id), None)


def _escalated_by(results: Results, issue_id: str) -> set[str]:
    """The context questions whose answers raised an issue."""
    issue = next(i for i in results.issues if i.id == issue_id)
    return {
        ev.question
        for esc in issue.escalations
        if esc.raises
        for ev in esc.evidence
        if ev.kind == "question" and ev.result
    }


@pytest.mark.parametrize("persona", list(PERSONAS))
def test_persona_answers_every_visible_question(content: Content, persona: str) -> None:
    answers = PERSONAS[persona]()
    assert not validate_answers(content.model, parse_answers(answers))
    assert set(answers) == content.visible(answers), "answer exactly the questions shown"
    assert progress(content.model, parse_answers(answers)).complete


@pytest.mark.parametrize("persona", list(PERSONAS))
def test_persona_context_only_raises_severities(content: Content, persona: str) -> None:
    answers = PERSONAS[persona]()
    calm = content.evaluate({**answers, **CALM})
    own = {i.id: i.severity for i in content.evaluate(answers).issues}
    lowered = [i.id for i in calm.issues if i.id not in own or own[i.id].rank < i.severity.rank]
    assert not lowered


def test_lgbtqi_group_is_at_an_early_stage_with_critical_identity_risks(content: Content) -> None:
    results = _results(content, "lgbtqi-group")
    assert results.overall.stage in LOW_STAGES, results.overall.score
    for issue_id in ("part-consent-not-free", "coll-unsafe-channels", "coll-sensitive-unprotected"):
        assert _severity(results, issue_id) is Severity.CRITICAL, issue_id
        assert "ctx-criminalised" in _escalated_by(results, issue_id), issue_id
    assert sum(i.severity is Severity.CRITICAL for i in results.issues) >= 5
    assert results.unsure_count == 4
    top = [content.resources[r.id] for r in results.recommendations[:3]]
    assert sum("security" in r.topics for r in top) >= 2, [r.id for r in top]
    assert results.recommendations[0].id == "security-in-a-box"


def test_gbv_shelter_sees_location_and_retention_risks_and_its_consent(content: Content) -> None:
    results = _results(content, "gbv-shelter")
    assert results.overall.stage in {"ad-hoc", "developing"}, results.overall.score
    for issue_id in ("coll-unsafe-channels", "sec-unprotected-devices"):
        assert _severity(results, issue_id) is Severity.CRITICAL, issue_id
        assert {"ctx-communities", "ctx-special-data"} <= _escalated_by(results, issue_id)
    for issue_id in ("ret-kept-forever", "ret-data-piles-up"):
        severity = _severity(results, issue_id)
        assert severity is not None and severity.rank >= Severity.HIGH.rank, issue_id
    assert "part-meaningful-consent" in {s.id for s in results.strengths}
    assert _severity(results, "part-consent-not-free") is None
    survivor_guides = {"nnedv-safety-net", "chayn-online-safety"}
    assert survivor_guides & {r.id for r in results.recommendations[:5]}


def test_environmental_law_group_is_established_but_weak_on_participation(
    content: Content,
) -> None:
    results = _results(content, "environmental-law")
    assert results.overall.stage in {"developing", "established"}, results.overall.score
    serious = [i for i in results.issues if i.severity.rank >= Severity.HIGH.rank]
    assert len(serious) <= 3, [i.id for i in serious]
    assert {i.domain for i in serious} <= {"participation", "sharing", "power"}
    fired = {i.id for i in results.issues}
    assert {"part-collective-control-ignored", "part-designed-without"} <= fired
    assert _severity(results, "share-exact-locations") is Severity.CRITICAL
    assert len(results.strengths) >= 10
    lowest = min(results.domains, key=lambda d: d.score or 0.0)
    assert lowest.id == "participation"


def test_personas_rank_as_a_facilitator_would(content: Content) -> None:
    scores = [_results(content, p).overall.score or 0.0 for p in PERSONAS]
    critical = [
        sum(i.severity is Severity.CRITICAL for i in _results(content, p).issues) for p in PERSONAS
    ]
    assert scores == sorted(scores), "lgbtqi-group < gbv-shelter < environmental-law"
    assert critical == sorted(critical, reverse=True)


def _text_pairs(local: Results, english: Results) -> list[tuple[str | None, str | None]]:
    """Every translatable string of two renderings of the same evaluation, side by side."""
    pairs: list[tuple[str | None, str | None]] = [
        (local.overall.stage_label, english.overall.stage_label),
        *((d.title, e.title) for d, e in zip(local.domains, english.domains, strict=True)),
        *((s.title, e.title) for s, e in zip(local.strengths, english.strengths, strict=True)),
    ]
    for issue, original in zip(local.issues, english.issues, strict=True):
        pairs += [(issue.title, original.title), (issue.why, original.why)]
        pairs += zip(issue.first_steps, original.first_steps, strict=True)
        escalations = zip(issue.escalations, original.escalations, strict=True)
        pairs += [(esc.reason, orig.reason) for esc, orig in escalations]
    return pairs


@pytest.mark.parametrize("locale", TRANSLATED)
@pytest.mark.parametrize("persona", list(PERSONAS))
def test_persona_results_are_translated(content: Content, persona: str, locale: str) -> None:
    english = _results(content, persona)
    local = _results(content, persona, locale)
    assert local.locale == locale
    assert local.overall.score == english.overall.score
    assert [i.id for i in local.issues] == [i.id for i in english.issues]
    untranslated = [en for text, en in _text_pairs(local, english) if text == en]
    assert not untranslated, f"{locale} falls back to English for {untranslated}"
    assert not local.recommendations[0].language_fallback, "no resource in the reader's language"


def test_bench_report_lists_every_persona(content: Content) -> None:
    text = report(content)
    for persona in PERSONAS:
        assert f"== {persona}" in text
    assert text.count("critical") >= 5


def test_docs_show_the_current_profile_table(content: Content) -> None:
    docs = (ROOT / "docs" / "content.md").read_text(encoding="utf-8")
    assert profile_table(content) in docs, "paste `python bench/personas.py --profiles` in §2.4"
