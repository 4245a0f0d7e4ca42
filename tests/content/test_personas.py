"""Realistic organisations get the results a thoughtful facilitator would expect
(expectations written in docs/content.md, "Personas")."""

from __future__ import annotations

import pytest

from app.questionnaire.model import Severity
from app.scoring import Results, parse_answers, present, progress, validate_answers
from bench.personas import profile_table, report
from tests.content.contexts import CALM
from tests.content.personas import FIRST_PERSONAS, PERSONAS
from tests.content.rdcore import ROOT, Content, load_content, partial_practice_issues

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
    scores = [_results(content, p).overall.score or 0.0 for p in FIRST_PERSONAS]
    critical = [
        sum(i.severity is Severity.CRITICAL for i in _results(content, p).issues)
        for p in FIRST_PERSONAS
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
    # Recommendations rank by fit first, language only breaking ties (engine 2.0.0), so
    # an English-only resource for a critical issue may lead; one of the first three
    # must still be in the reader's language.
    top = local.recommendations[:3]
    assert any(not r.language_fallback for r in top), "no resource in the reader's language"


def test_bench_report_lists_every_persona(content: Content) -> None:
    text = report(content)
    for persona in PERSONAS:
        assert f"== {persona}" in text
    assert text.count("critical") >= 5


def test_docs_show_the_current_profile_table(content: Content) -> None:
    docs = (ROOT / "docs" / "content.md").read_text(encoding="utf-8")
    assert profile_table(content) in docs, "paste `python bench/personas.py --profiles` in §2.4"


# ------------------------------------------------------------------ personas added in 1.1.0

HIGH_STAKES_PARTIAL = {
    "sec-access-too-broad",
    "sec-transfer-sometimes-plain",
    "sec-incident-improvised",
    "sec-seizure-partly-prepared",
    "share-levels-case-by-case",
    "share-partners-on-trust",
    "coll-special-partial",
    "ret-legal-demand-no-plan",
    "ret-offboarding-incomplete",
    "part-consent-standard-form",
}
STAGE_ORDER = ["unaware", "ad-hoc", "developing", "established", "leading"]


def _at_most(stage: str | None, highest: str) -> bool:
    return stage is not None and STAGE_ORDER.index(stage) <= STAGE_ORDER.index(highest)


def test_criminalised_communities_in_obstructed_space_get_critical_records_risks(
    content: Content,
) -> None:
    results = _results(content, "sex-worker-collective")
    for issue_id in (
        "sec-unprotected-devices",
        "sec-seizure-unprepared",
        "ret-legal-demand-unprepared",
        "sec-no-incident-plan",
    ):
        assert _severity(results, issue_id) is Severity.CRITICAL, issue_id
        raised_by = _escalated_by(results, issue_id)
        assert "ctx-criminalised" in raised_by, issue_id
        assert "ctx-civic-space" not in raised_by, issue_id
    piles_up = _severity(results, "ret-data-piles-up")
    assert piles_up is not None and piles_up.rank >= Severity.HIGH.rank
    assert _at_most(results.overall.stage, "developing"), results.overall.score


def test_declined_context_is_read_as_the_riskiest_and_says_so(content: Content) -> None:
    answers = PERSONAS["declined-context"]()
    declined = {"ctx-criminalised", "ctx-civic-space", "ctx-special-data"}
    riskiest = {
        **answers,
        "ctx-criminalised": {
            "value": ["same-sex", "sex-work", "abortion", "migration", "our-work"]
        },
        "ctx-civic-space": {"value": "closed"},
        "ctx-special-data": {
            "value": [o.value for o in content.model.context[1].options if not o.exclusive]
        },
    }
    cautious = {i.id: i.severity for i in content.evaluate(answers).issues}
    stated = {i.id: i.severity for i in content.evaluate(riskiest).issues}
    assert cautious == stated
    results = content.present(answers)
    assumed = [i for i in results.issues if i.assumed_context]
    assert assumed, "no escalation read the declined answers"
    for issue in assumed:
        assert set(issue.assumed_context or []) <= declined
        assert issue.assumed_note
    for issue_id in HIGH_STAKES_PARTIAL & set(cautious):
        assert cautious[issue_id].rank >= Severity.HIGH.rank, issue_id
    for locale in TRANSLATED:
        local = content.present(answers, locale=locale)
        english = {i.id: i.assumed_note for i in results.issues}
        for issue in local.issues:
            if issue.assumed_context:
                assert issue.assumed_note and issue.assumed_note != english[issue.id], locale


def test_partial_practice_in_repressed_space_is_not_silent(content: Content) -> None:
    results = _results(content, "partial-practice")
    fired = {i.id: i.severity for i in results.issues}
    assert set(fired) >= HIGH_STAKES_PARTIAL, sorted(HIGH_STAKES_PARTIAL - set(fired))
    assert all(fired[i] is Severity.HIGH for i in HIGH_STAKES_PARTIAL), fired
    assert sum(s.rank >= Severity.HIGH.rank for s in fired.values()) >= 10
    assert _at_most(results.overall.stage, "developing"), results.overall.score


def test_indigenous_community_map(content: Content) -> None:
    results = _results(content, "indigenous-map")
    assert _severity(results, "share-exact-locations") is Severity.CRITICAL
    assert _severity(results, "part-official-language-only") is Severity.MEDIUM
    assert _severity(results, "part-collective-control-ignored") is None
    assert _at_most(results.overall.stage, "developing"), results.overall.score
    cap = results.overall.stage_cap
    if (results.overall.score or 0) >= 65:
        assert cap is not None and cap.issues
    if cap is not None:
        criticals = {i.id for i in results.issues if i.severity is Severity.CRITICAL}
        assert set(cap.issues) <= criticals
    assert "care-principles" in {r.id for r in results.recommendations}


def test_careful_organisation_in_open_space_is_not_alarmed(content: Content) -> None:
    results = _results(content, "careful-open")
    assert all(i.severity.rank <= Severity.MEDIUM.rank for i in results.issues), [
        (i.id, i.severity) for i in results.issues
    ]
    assert results.overall.stage in {"established", "leading"}, results.overall.score
    assert results.overall.stage_cap is None
    above_low = {i.id for i in results.issues if i.severity.rank > Severity.LOW.rank}
    assert above_low == {"sec-seizure-partly-prepared", "share-partners-on-trust"}
    assert len(results.strengths) >= 25


@pytest.mark.parametrize("persona", list(PERSONAS))
def test_persona_answers_carry_from_1_0_0_to_1_1_0_unchanged(persona: str) -> None:
    from app.scoring import carry_over

    old, new = load_content("1.0.0"), load_content("1.1.0")
    answers = parse_answers(PERSONAS[persona]())
    carried = carry_over(old.model, new.model, answers)
    assert carried.answers == answers
    assert not carried.dropped


def test_partial_practice_issues_are_the_new_second_triggers(content: Content) -> None:
    assert partial_practice_issues(content.model) == HIGH_STAKES_PARTIAL | {
        "part-official-language-only"
    }


def test_the_gdpr_text_is_for_organisations_in_the_eea_only(content: Content) -> None:
    answers = PERSONAS["lgbtqi-group"]()  # fires coll-laws-unknown, which lists the GDPR
    evaluation = content.evaluate(answers)
    legal = [i for i in content.present(answers).issues if i.id == "coll-laws-unknown"]
    assert legal, "the persona should fire coll-laws-unknown"

    def listed(country: str | None) -> set[str]:
        results = present(
            evaluation, content.model, content.resources, locale="en", country=country
        )
        return {r.id for i in results.issues if i.id == "coll-laws-unknown" for r in i.resources}

    assert "gdpr-text" not in listed(None)
    assert "gdpr-text" not in listed("CO")
    assert "gdpr-text" in listed("PT")
