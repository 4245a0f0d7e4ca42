"""Shared pieces of the FHIR mapping: extension URLs, ids, localised strings, codings."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from app.questionnaire.texts import pick_locale

FHIR_VERSION = "4.0.1"
MEDIA_TYPE = "application/fhir+json; fhirVersion=4.0"

# Extensions defined by HL7 (core and SDC).
TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation"
ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight"
DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"
ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control"
OPTION_EXCLUSIVE = "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive"

# rdsa's own extensions: fixed names (URNs), the same on every deployment.
ALLOW_UNSURE = "urn:rdsa:fhir:allow-unsure"
ALLOW_NOT_APPLICABLE = "urn:rdsa:fhir:allow-not-applicable"
SHOW_IF = "urn:rdsa:fhir:show-if"
QUESTION_WEIGHT = "urn:rdsa:fhir:question-weight"
LIFECYCLE = "urn:rdsa:fhir:lifecycle"
CONTENT_HASH = "urn:rdsa:fhir:content-hash"

JSON = dict[str, Any]
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9.-]")


def fhir_string(text: str) -> str:
    """``text`` with every whitespace other than space, tab, CR and LF made a space.

    FHIR's JSON schema reads its string rule ``[ \\r\\n\\t\\S]+`` with ECMAScript
    semantics, where ``\\S`` excludes no-break spaces; French typography uses them
    before colons, and validators would refuse the text.
    """
    return "".join(" " if ch.isspace() and ch not in " \r\n\t" else ch for ch in text)


def fhir_id(*parts: str) -> str:
    """A FHIR resource id (``[A-Za-z0-9.-]{1,64}``) built from ``parts``."""
    raw = _ID_UNSAFE.sub("-", "-".join(parts))
    if len(raw) <= 64:
        return raw
    return raw[:47] + "-" + hashlib.sha256(raw.encode()).hexdigest()[:16]


def machine_name(slug: str) -> str:
    """A computer-friendly name (``[A-Z][A-Za-z0-9_]*``): ``rd-core`` → ``RdCore``."""
    words = re.split(r"[-_]+", slug)
    name = "".join(w[:1].upper() + w[1:] for w in words if w)
    return name if name[:1].isalpha() else "Q" + name


def fhir_datetime(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def canonical_url(base_url: str, slug: str) -> str:
    return f"{base_url.rstrip('/')}/v1/questionnaires/{slug}"


def option_system(canonical: str, question_id: str) -> str:
    """The code system of one question's options: stable across versions, like ids."""
    return f"{canonical}/questions/{question_id}"


class Localiser:
    """Picks a string in the served locale; the other locales go into ``translation``."""

    def __init__(self, locale: str, default: str, locales: list[str]) -> None:
        self.locale = locale
        self.default = default
        self.others = [lang for lang in locales if lang != locale]

    def text(self, value: Mapping[str, str]) -> str:
        return fhir_string(str(pick_locale(value, self.locale, self.default)))

    def put(self, target: JSON, key: str, value: Mapping[str, str] | None) -> None:
        """Set ``target[key]`` and, when other locales have it, ``target["_" + key]``."""
        if value is None:
            return
        target[key] = self.text(value)
        translations = [
            {
                "url": TRANSLATION,
                "extension": [
                    {"url": "lang", "valueCode": lang},
                    {"url": "content", "valueString": fhir_string(value[lang])},
                ],
            }
            for lang in self.others
            if lang in value
        ]
        if translations:
            target["_" + key] = {"extension": translations}
