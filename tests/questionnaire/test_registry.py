from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.questionnaire.loader import Tree, load_tree
from app.questionnaire.model import Status
from app.questionnaire.registry import Registry
from app.questionnaire.render import served_resource

from .helpers import DATA


def _document(registry: Registry, version: str, locale: str) -> dict[str, object]:
    rendered = registry.document("example", version, locale)
    assert rendered is not None
    return json.loads(rendered.body)  # type: ignore[no-any-return]


def test_slugs_versions_and_status(registry: Registry) -> None:
    assert registry.slugs() == ("example",)
    assert registry.versions("example") == ("1.0.0", "1.1.0", "2.0.0-draft")
    assert registry.versions("unknown") == ()
    assert registry.status("example", "2.0.0-draft") is Status.DRAFT
    assert registry.get("example", "3.0.0") is None


def test_latest_published_skips_drafts(registry: Registry) -> None:
    latest = registry.latest_published("example")
    assert latest is not None
    assert latest.version == "1.1.0"
    assert registry.latest_published("unknown") is None


def test_documents_exist_for_each_locale_and_all(registry: Registry) -> None:
    entry = registry.get("example", "1.0.0")
    assert entry is not None
    assert set(entry.documents) == {"en", "es", "*"}
    assert registry.document("example", "1.0.0", "fr") is None


def test_single_locale_documents_hold_plain_strings(registry: Registry) -> None:
    document = _document(registry, "1.0.0", "es")
    assert document["locale"] == "es"
    assert document["title"] == "Revisión del cuidado de datos comunitarios"
    question = document["domains"][0]["questions"][0]  # type: ignore[index]
    assert question["text"].startswith("Antes de recoger algo")
    assert question["options"][0]["label"].startswith("Sí, para cada formulario")
    issue = document["issues"][0]  # type: ignore[index]
    assert isinstance(issue["first_steps"], list)
    assert issue["first_steps"][0].startswith("Haga una lista")


def test_missing_strings_fall_back_to_the_default_locale(registry: Registry) -> None:
    document = _document(registry, "2.0.0-draft", "es")
    questions = {q["id"]: q for d in document["domains"] for q in d["questions"]}  # type: ignore[attr-defined]
    assert questions["sec-incident-plan"]["text"].startswith("If a phone is lost")
    assert questions["sec-incident-plan"]["options"][0]["label"] == "Sí"


def test_the_all_locales_document_keeps_the_maps(registry: Registry) -> None:
    document = _document(registry, "1.0.0", "*")
    assert document["locale"] == "*"
    assert document["title"] == {
        "en": "Community data care check",
        "es": "Revisión del cuidado de datos comunitarios",
    }


def test_documents_mirror_the_file_format(registry: Registry, tree: Tree) -> None:
    document = _document(registry, "1.1.0", "en")
    loaded = tree.get("example", "1.1.0")
    assert loaded is not None
    assert document["content_hash"] == loaded.content_hash
    for key in (
        "format",
        "slug",
        "version",
        "status",
        "default_locale",
        "locales",
        "stages",
        "lifecycle",
        "context",
        "domains",
        "issues",
        "strengths",
        "migrates_from",
    ):
        assert key in document, key
    assert document["migrates_from"][0]["questions"] == {
        "power-benefit": "power-say",
        "power-notes": None,
    }  # type: ignore[index]
    when = document["issues"][1]["when"]  # type: ignore[index]
    assert when == {
        "any": [
            {"q": "consent-how", "in": ["bundled", "not-asked"]},
            {"q": "consent-how", "unsure": True},
        ]
    }


def test_keys_that_do_not_apply_are_left_out(registry: Registry) -> None:
    document = _document(registry, "1.0.0", "en")
    questions = {q["id"]: q for d in document["domains"] for q in d["questions"]}  # type: ignore[attr-defined]
    assert "score_rule" not in questions["power-purpose"]
    assert "max_length" not in questions["power-purpose"]
    assert "exclusive" not in questions["power-purpose"]["options"][0]
    assert questions["sec-protections"]["score_rule"] == "sum"
    assert questions["sec-protections"]["max_score"] == 3
    assert questions["power-notes"]["max_length"] == 1000
    assert "options" not in questions["power-notes"]


def test_etags_are_strong_stable_and_differ_per_locale(registry: Registry) -> None:
    rebuilt = Registry.from_tree(load_tree(DATA))
    etags = set()
    for locale in ("en", "es", "*"):
        first = registry.document("example", "1.0.0", locale)
        second = rebuilt.document("example", "1.0.0", locale)
        assert first is not None
        assert second is not None
        assert first.etag == second.etag
        assert first.body == second.body
        assert first.etag[0] == first.etag[-1] == '"'
        assert not first.etag.startswith("W/")
        etags.add(first.etag)
    assert len(etags) == 3


def test_documents_are_rendered_once(registry: Registry) -> None:
    first = registry.document("example", "1.0.0", "en")
    assert first is registry.document("example", "1.0.0", "en")


def test_entry_negotiates_among_its_locales(registry: Registry) -> None:
    entry = registry.get("example", "1.0.0")
    assert entry is not None
    assert entry.negotiate(None, "es-MX,es;q=0.9,en;q=0.5") == "es"
    assert entry.negotiate("fr", None) == "en"
    assert entry.negotiate("*", "es") == "*"
    assert entry.document(entry.negotiate(None, "es")).locale == "es"


def test_summaries(registry: Registry) -> None:
    (summary,) = registry.summaries()
    assert summary.slug == "example"
    assert summary.latest == "1.1.0"
    assert [(v.version, v.status) for v in summary.versions] == [
        ("1.0.0", Status.PUBLISHED),
        ("1.1.0", Status.PUBLISHED),
        ("2.0.0-draft", Status.DRAFT),
    ]
    assert summary.title["en"] == "Community data care check"
    json.dumps(summary.model_dump(mode="json"))


def test_resource_filters(registry: Registry) -> None:
    def ids(**filters: str) -> list[str]:
        return [r.id for r in registry.resources_for(**filters)]

    assert ids() == ["security-in-a-box", "rd-handbook", "consentful-tech", "eff-ssd-security-plan"]
    assert ids(issue="consent-bundled") == ["rd-handbook", "consentful-tech"]
    assert ids(domain="consent") == ["rd-handbook", "consentful-tech"]
    assert ids(domain="security") == ["security-in-a-box", "rd-handbook", "eff-ssd-security-plan"]
    assert ids(lang="es") == ["security-in-a-box"]
    assert ids(lang="es-AR", domain="security") == ["security-in-a-box"]
    assert ids(issue="no-such-issue") == []


def test_served_resource_picks_the_summary_language(registry: Registry) -> None:
    resource = registry.resources.resources[0]
    assert served_resource(resource, "es")["summary"].startswith("Guías paso a paso")
    assert served_resource(resource, "fr")["summary"].startswith("Step-by-step")
    assert isinstance(served_resource(resource, None)["summary"], dict)


def test_diff_through_the_registry(registry: Registry) -> None:
    diff = registry.diff("example", "1.0.0", "1.1.0")
    assert diff is not None
    assert diff.questions.added == ["sec-incident-plan"]
    assert registry.diff("example", "1.0.0", "9.0.0") is None


@pytest.mark.parametrize("version", ["1.0.0", "1.1.0", "2.0.0-draft"])
def test_every_document_is_valid_json(registry: Registry, version: str) -> None:
    for locale in ("en", "es", "*"):
        assert _document(registry, version, locale)["version"] == version


def test_registry_is_read_only(registry: Registry) -> None:
    entry = registry.get("example", "1.0.0")
    assert entry is not None
    with pytest.raises(TypeError):
        entry.documents["fr"] = entry.documents["en"]  # type: ignore[index]
    assert isinstance(Path(entry.loaded.path), Path)
