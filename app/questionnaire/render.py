"""The served form of questionnaire documents and resources (JSON bytes and strong ETags).

The served document mirrors the file format. For one locale, every locale map
becomes a plain string in that locale (falling back to the default locale per
string); for ``*`` the maps are kept. Every document says which ``locale`` was
served and carries the ``content_hash`` of the version. Keys that do not apply
to a question's type (``score_rule`` on a yes/no question, ``max_length`` on a
choice question...) are left out.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from app.questionnaire.model import Questionnaire, QuestionType, Resource
from app.questionnaire.negotiate import ALL_LOCALES
from app.questionnaire.texts import localise_document, pick_locale


def served_document(model: Questionnaire, content_hash: str, locale: str) -> dict[str, Any]:
    document = model.model_dump(mode="json", by_alias=True, exclude_none=True)
    for question in document["context"]:
        _tidy_question(question)
    for domain in document["domains"]:
        for question in domain["questions"]:
            _tidy_question(question)
    if locale != ALL_LOCALES:
        document = localise_document(document, locale, model.default_locale)
    return {**document, "locale": locale, "content_hash": content_hash}


def _tidy_question(question: dict[str, Any]) -> None:
    kind = question["type"]
    if kind != QuestionType.TEXT:
        question.pop("max_length", None)
    else:
        question.pop("options", None)
    if kind != QuestionType.MULTI_CHOICE:
        question.pop("score_rule", None)
        question.pop("max_score", None)
        for option in question.get("options", []):
            option.pop("exclusive", None)


def json_bytes(document: Any) -> bytes:
    """Compact UTF-8 JSON, keys in document order (the order of the file format)."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def strong_etag(body: bytes) -> str:
    """A strong entity tag (RFC 9110 §8.8.3): a quoted digest of the exact bytes."""
    return '"' + hashlib.sha256(body).hexdigest()[:40] + '"'


def served_resource(resource: Resource, locale: str | None) -> dict[str, Any]:
    """A resource for the API: ``summary`` in ``locale`` (else English, else any) when given."""
    document = resource.model_dump(mode="json", by_alias=True, exclude_none=True)
    summary = document.get("summary")
    if locale is not None and locale != ALL_LOCALES and isinstance(summary, dict):
        document["summary"] = pick_locale(summary, locale, "en")
        document["url"] = resource.translations.get(locale, resource.url)
    return document
