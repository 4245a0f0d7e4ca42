"""Named context profiles: the answers to rd-core's context questions only."""

from __future__ import annotations

from tests.content.rdcore import AnswerSet

CALM: AnswerSet = {
    "ctx-communities": {"value": ["general"]},
    "ctx-special-data": {"value": ["none"]},
    "ctx-civic-space": {"value": "open"},
    "ctx-criminalised": {"value": ["none"]},
    "ctx-dp-law": {"value": "enforced"},
    "ctx-crisis": {"value": "no"},
    "ctx-platforms": {"value": "little"},
    "ctx-size": {"value": "6-20"},
    "ctx-people-count": {"value": "under-100"},
}
"""A group working with the general public in an open country, holding nothing sensitive."""

LGBTQI_CRIMINALISED: AnswerSet = {
    **CALM,
    "ctx-communities": {"value": ["lgbtqi"]},
    "ctx-special-data": {"value": ["sexuality-gender", "health"]},
    "ctx-civic-space": {"value": "obstructed"},
    "ctx-criminalised": {"value": ["same-sex"]},
    "ctx-dp-law": {"value": "weak"},
    "ctx-platforms": {"value": "partly"},
    "ctx-size": {"value": "up-to-5"},
    "ctx-people-count": {"value": "100-1000"},
}
"""The middle column of the table in docs/content.md §2.4."""

SURVIVORS: AnswerSet = {
    **CALM,
    "ctx-communities": {"value": ["gbv-survivors", "children"]},
    "ctx-special-data": {"value": ["violence", "precise-location", "health", "children"]},
    "ctx-civic-space": {"value": "narrowed"},
    "ctx-criminalised": {"value": ["abortion"]},
    "ctx-dp-law": {"value": "weak"},
    "ctx-platforms": {"value": "partly"},
    "ctx-people-count": {"value": "100-1000"},
}

LAND_DEFENDERS: AnswerSet = {
    **CALM,
    "ctx-communities": {"value": ["land-defenders", "indigenous"]},
    "ctx-special-data": {"value": ["ethnicity", "political", "precise-location", "legal"]},
    "ctx-civic-space": {"value": "repressed"},
    "ctx-criminalised": {"value": ["our-work"]},
    "ctx-dp-law": {"value": "weak"},
    "ctx-platforms": {"value": "mostly"},
    "ctx-people-count": {"value": "1000-10000"},
}

UNKNOWN: AnswerSet = {
    **{qid: {"unsure": True} for qid in CALM},
    "ctx-size": {"value": "up-to-5"},  # the one context question without "don't know"
}
"""An organisation that does not know its own context."""

RISKIEST: AnswerSet = {
    "ctx-communities": {
        "value": [
            "lgbtqi",
            "gbv-survivors",
            "sex-workers",
            "land-defenders",
            "indigenous",
            "migrants",
            "children",
            "health",
            "minorities",
            "defenders",
            "general",
        ]
    },
    "ctx-special-data": {
        "value": [
            "sexuality-gender",
            "health",
            "ethnicity",
            "political",
            "religion",
            "biometrics",
            "precise-location",
            "immigration",
            "children",
            "violence",
            "legal",
        ]
    },
    "ctx-civic-space": {"value": "closed"},
    "ctx-criminalised": {"value": ["same-sex", "sex-work", "abortion", "migration", "our-work"]},
    "ctx-dp-law": {"value": "none"},
    "ctx-crisis": {"value": "yes"},
    "ctx-platforms": {"value": "mostly"},
    "ctx-size": {"value": "up-to-5"},
    "ctx-people-count": {"value": "over-10000"},
}
"""Every risk factor at once: closed civic space, all communities, all sensitive data."""

NAMED: dict[str, AnswerSet] = {
    "calm": CALM,
    "lgbtqi-criminalised": LGBTQI_CRIMINALISED,
    "survivors": SURVIVORS,
    "land-defenders": LAND_DEFENDERS,
    "unknown": UNKNOWN,
    "riskiest": RISKIEST,
}

# Options of each single-choice context question from least to most dangerous.
RISK_ORDER: dict[str, list[str]] = {
    "ctx-civic-space": ["open", "narrowed", "obstructed", "repressed", "closed"],
    "ctx-dp-law": ["enforced", "weak", "none"],
    "ctx-crisis": ["no", "yes"],
    "ctx-platforms": ["little", "partly", "mostly"],
    "ctx-people-count": ["under-100", "100-1000", "1000-10000", "over-10000"],
}
