"""Three realistic organisations answering every question rd-core shows them.

Each persona is a function returning answers in the API's shape (question id ->
``{"value": ...}``, ``{"unsure": true}`` or ``{"not_applicable": true}``); its
docstring describes the organisation. The answers are what such a group would
plausibly say, not what makes a test pass: the tests in ``test_personas.py``
then check that the results are what a thoughtful facilitator would expect.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.content.rdcore import AnswerSet

UNSURE = {"unsure": True}
NOT_APPLICABLE = {"not_applicable": True}


def _v(value: object) -> dict[str, object]:
    return {"value": value}


def lgbtqi_group() -> AnswerSet:
    """A volunteer-run LGBTQI+ rights group in a country that criminalises same-sex relations.

    Five volunteers, a few hundred members. New members join through a free online
    form (sexual orientation, gender identity, HIV status, phone number) and are then
    added to messaging-app groups; the group also records attacks on members. No
    written policy, one shared account for the form, and several "don't know"s.
    """
    return {
        "ctx-communities": _v(["lgbtqi", "health"]),
        "ctx-special-data": _v(["sexuality-gender", "health", "violence"]),
        "ctx-civic-space": _v("obstructed"),
        "ctx-criminalised": _v(["same-sex"]),
        "ctx-dp-law": _v("weak"),
        "ctx-crisis": _v("no"),
        "ctx-platforms": _v("mostly"),
        "ctx-size": _v("up-to-5"),
        "ctx-people-count": _v("100-1000"),
        "power-purpose": _v("sometimes"),
        "power-benefit": _v("internal"),
        "power-visibility": _v("sometimes"),
        "power-labour": _v("unpaid"),
        "power-interpret": _v("sometimes"),
        "power-funders": _v("question"),
        "power-return": _v("sometimes"),
        "power-transparency": _v("none"),
        "part-design": _v("consulted"),
        "part-consent-how": _v("bundled"),
        "part-categories": _v("reviewed"),
        "part-language": _v("main-language"),
        "part-control": _v("in-theory"),
        "part-rights": _v(["see", "delete"]),
        "part-missing": _v("sometimes"),
        "coll-risk": _v("informal"),
        "coll-legal": UNSURE,
        "coll-minimise": _v("some-extra"),
        "coll-special": _v("same"),
        "coll-tools": _v(["consumer-forms", "chat-apps"]),
        "coll-metadata": _v("no"),
        "coll-sources": NOT_APPLICABLE,
        "coll-collectors": _v("briefed"),
        "sec-inventory": _v("roughly"),
        "sec-access": _v("shared"),
        "sec-devices": _v(["screen-lock"]),
        "sec-transfer": _v("plain"),
        "sec-vendor": UNSURE,
        "sec-backup": _v("sometimes"),
        "sec-physical": _v("no"),
        "sec-incident": _v("improvise"),
        "share-verify": _v("sometimes"),
        "share-tools": _v("sometimes"),
        "share-levels": _v("case-by-case"),
        "share-partners": _v("trust"),
        "share-deidentify": _v("names-only"),
        "share-open": NOT_APPLICABLE,
        "share-stories": _v("general-consent"),
        "share-location": NOT_APPLICABLE,
        "ret-schedule": _v("forever"),
        "ret-cleanup": _v("no"),
        "ret-deletion": UNSURE,
        "ret-devices": _v("accumulates"),
        "ret-closure": _v("ad-hoc"),
        "ret-offboarding": UNSURE,
        "ret-legal-demand": _v("no"),
        "ret-archive": _v("ourselves"),
        "cap-policy": _v("none"),
        "cap-owner": _v("tech-person"),
        "cap-budget": _v("never"),
        "cap-training": _v("once"),
        "cap-confidence": _v(2),
        "cap-wellbeing": _v("sometimes"),
        "cap-vendors": _v("no"),
        "cap-culture": _v(4),
        "cap-review": _v("no"),
        "cap-notes": _v("How do we move members off the online form without losing touch?"),
    }


def gbv_shelter() -> AnswerSet:
    """A shelter for survivors of gender-based violence and their children.

    About fifteen staff and volunteers. Case files are on paper in a locked cabinet;
    first contact often comes through a messaging app; one shared laptop holds the
    case spreadsheet, including the addresses of safe houses. Consent is explained
    carefully and people can refuse and still get help, but there are no rules on
    how long files are kept, and nothing has ever been deleted.
    """
    return {
        "ctx-communities": _v(["gbv-survivors", "children"]),
        "ctx-special-data": _v(["violence", "precise-location", "health", "children", "legal"]),
        "ctx-civic-space": _v("narrowed"),
        "ctx-criminalised": _v(["none"]),
        "ctx-dp-law": _v("weak"),
        "ctx-crisis": _v("no"),
        "ctx-platforms": _v("partly"),
        "ctx-size": _v("6-20"),
        "ctx-people-count": _v("100-1000"),
        "power-purpose": _v("sometimes"),
        "power-benefit": _v("internal"),
        "power-visibility": _v("sometimes"),
        "power-labour": _v("partly"),
        "power-interpret": _v("sometimes"),
        "power-funders": _v("question"),
        "power-return": _v("sometimes"),
        "power-transparency": _v("on-request"),
        "part-design": _v("consulted"),
        "part-consent-how": _v("specific"),
        "part-categories": _v("fixed-optional"),
        "part-language": _v("accessible"),
        "part-children": _v("caregiver"),
        "part-control": _v("in-theory"),
        "part-rights": _v(["see", "correct", "complain"]),
        "part-missing": _v("sometimes"),
        "coll-risk": _v("informal"),
        "coll-legal": _v("partly"),
        "coll-minimise": _v("some-extra"),
        "coll-special": _v("some"),
        "coll-tools": _v(["paper-locked", "chat-apps"]),
        "coll-metadata": _v("aware"),
        "coll-sources": NOT_APPLICABLE,
        "coll-collectors": _v("briefed"),
        "sec-inventory": _v("roughly"),
        "sec-access": _v("shared"),
        "sec-devices": _v(["screen-lock"]),
        "sec-transfer": _v("mixed"),
        "sec-vendor": _v("untested"),
        "sec-backup": _v("none"),
        "sec-physical": _v("partly"),
        "sec-incident": _v("improvise"),
        "share-verify": _v("sometimes"),
        "share-tools": _v("sometimes"),
        "share-levels": _v("case-by-case"),
        "share-partners": _v("trust"),
        "share-deidentify": _v("careful"),
        "share-open": NOT_APPLICABLE,
        "share-stories": _v("consent-review"),
        "share-location": NOT_APPLICABLE,
        "ret-schedule": _v("forever"),
        "ret-cleanup": _v("no"),
        "ret-deletion": _v("basic"),
        "ret-devices": _v("accumulates"),
        "ret-closure": _v("ad-hoc"),
        "ret-offboarding": _v("partial"),
        "ret-legal-demand": _v("thought"),
        "ret-archive": _v("ourselves"),
        "cap-policy": _v("on-paper"),
        "cap-owner": _v("tech-person"),
        "cap-budget": _v("sometimes"),
        "cap-training": _v("once"),
        "cap-confidence": _v(2),
        "cap-wellbeing": _v("integrated"),
        "cap-vendors": _v("ask-around"),
        "cap-culture": _v(4),
        "cap-review": _v("no"),
        "cap-notes": _v("We would like help deciding what to do with twenty years of paper files."),
    }


def environmental_law() -> AnswerSet:
    """A well-resourced environmental-law organisation working with land defenders.

    About forty staff, lawyers and GIS analysts, supporting Indigenous and peasant
    communities in land conflicts. It has a written, reviewed data policy, a named
    data lead, a budget for security, encrypted devices and a tested incident plan.
    But communities are consulted late or not at all, staff decide how community
    data is used, and the organisation publishes an online map of land conflicts
    with exact points for communities and incidents.
    """
    return {
        "ctx-communities": _v(["land-defenders", "indigenous", "defenders"]),
        "ctx-special-data": _v(["ethnicity", "political", "precise-location", "legal"]),
        "ctx-civic-space": _v("obstructed"),
        "ctx-criminalised": _v(["none"]),
        "ctx-dp-law": _v("enforced"),
        "ctx-crisis": _v("no"),
        "ctx-platforms": _v("partly"),
        "ctx-size": _v("21-100"),
        "ctx-people-count": _v("1000-10000"),
        "power-purpose": _v("always"),
        "power-benefit": _v("internal"),
        "power-visibility": _v("sometimes"),
        "power-labour": _v("resourced"),
        "power-interpret": _v("no"),
        "power-funders": _v("assess"),
        "power-return": _v("sometimes"),
        "power-transparency": _v("public"),
        "part-design": _v("no"),
        "part-consent-how": _v("standard-form"),
        "part-categories": _v("fixed-optional"),
        "part-language": _v("main-language"),
        "part-collective": _v("organisation"),
        "part-control": _v("in-theory"),
        "part-rights": _v(["see", "correct", "delete"]),
        "part-missing": _v("sometimes"),
        "coll-risk": _v("written"),
        "coll-legal": _v("mapped"),
        "coll-minimise": _v("minimum"),
        "coll-special": _v("extra-care"),
        "coll-tools": _v(["checked-tool"]),
        "coll-metadata": _v("adapted"),
        "coll-sources": _v("checked"),
        "coll-collectors": _v("trained"),
        "sec-inventory": _v("written-map"),
        "sec-access": _v("need-to-know"),
        "sec-devices": _v(["encrypted", "screen-lock", "updates", "two-step"]),
        "sec-transfer": _v("encrypted"),
        "sec-vendor": _v("untested"),
        "sec-backup": _v("tested"),
        "sec-physical": _v("partly"),
        "sec-incident": _v("plan"),
        "share-verify": _v("systematic"),
        "share-tools": _v("sometimes"),
        "share-levels": _v("levels"),
        "share-partners": _v("agreement"),
        "share-deidentify": _v("careful"),
        "share-open": _v("sometimes"),
        "share-stories": _v("general-consent"),
        "share-location": _v("exact"),
        "ret-schedule": _v("schedule"),
        "ret-cleanup": _v("yes"),
        "ret-deletion": _v("basic"),
        "ret-devices": _v("cleared"),
        "ret-closure": _v("closure-plan"),
        "ret-offboarding": _v("checklist"),
        "ret-legal-demand": _v("prepared"),
        "ret-archive": _v("ourselves"),
        "cap-policy": _v("living"),
        "cap-owner": _v("shared"),
        "cap-budget": _v("always"),
        "cap-training": _v("regular"),
        "cap-confidence": _v(4),
        "cap-wellbeing": _v("sometimes"),
        "cap-vendors": _v("checked"),
        "cap-culture": _v(4),
        "cap-review": _v("yes"),
        "cap-notes": _v("Should communities decide what goes on our public map?"),
    }


PERSONAS: dict[str, Callable[[], AnswerSet]] = {
    "lgbtqi-group": lgbtqi_group,
    "gbv-shelter": gbv_shelter,
    "environmental-law": environmental_law,
}
