"""Typed model of the questionnaire file format ``rdsa.questionnaire/1``.

Pure: imports neither FastAPI nor SQLAlchemy. These classes only check the
*shape* of a file (keys, types, value ranges). Everything that needs the whole
document (unique ids, references, ``show_if`` order, locale completeness...) is
checked by :mod:`app.questionnaire.validate`, which reports every problem with
its path instead of stopping at the first.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StrictInt,
    StrictStr,
    StringConstraints,
    Tag,
    field_validator,
    model_validator,
)

FORMAT = "rdsa.questionnaire/1"
RESOURCES_FORMAT = "rdsa.resources/1"


class StrictModel(BaseModel):
    """Base for every file-format object: unknown keys are errors, objects are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


Locale = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Z]{2})?$")]
Identifier = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$"),
    Field(description="Lower-case id: letters, digits, '-' and '_'; at most 64 characters."),
]
SemVer = Annotated[
    str,
    StringConstraints(pattern=r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$"),
    Field(description="Semantic version, e.g. 1.0.0"),
]
NonEmptyText = Annotated[str, StringConstraints(min_length=1, max_length=4000)]
Text = Annotated[
    dict[Locale, NonEmptyText],
    Field(description="A user-facing string: a map of locale code to text."),
]
TextList = Annotated[
    dict[Locale, list[NonEmptyText]],
    Field(description="A list of user-facing strings per locale (same length in every locale)."),
]
OptionValue = Annotated[
    StrictStr | StrictInt,
    Field(description="An option value: a short id (choice, yes/no) or an integer (scale)."),
]
Weight = Annotated[float, Field(gt=0, le=100)]


class Status(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    RETIRED = "retired"


class QuestionType(StrEnum):
    SINGLE_CHOICE = "single_choice"
    MULTI_CHOICE = "multi_choice"
    YES_NO = "yes_no"
    SCALE = "scale"
    TEXT = "text"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3, Severity.CRITICAL: 4}


class ScoreRule(StrEnum):
    """How a multi-choice question turns several chosen options into one score."""

    SUM = "sum"  # sum of chosen option scores, capped at max_score
    MAX = "max"  # best chosen option
    MIN = "min"  # worst chosen option (the most cautious reading)


# --------------------------------------------------------------------------- conditions


class AllCondition(StrictModel):
    """True when every sub-condition is true."""

    all: list[Condition] = Field(min_length=1)


class AnyCondition(StrictModel):
    """True when at least one sub-condition is true."""

    any: list[Condition] = Field(min_length=1)


class NotCondition(StrictModel):
    """True when the sub-condition is false."""

    not_: Condition = Field(alias="not")


_QUESTION_TESTS = ("is", "in", "has", "has_any", "has_all", "score_lt", "score_gte")
_QUESTION_FLAGS = ("answered", "unsure", "declined", "unknown", "na")


class QuestionTest(StrictModel):
    """A leaf test on one question's answer. Exactly one test key must be given.

    Hidden, unanswered and not-applicable answers make every value test false;
    a "don't know" answer counts as score 0 for ``score_lt``/``score_gte``.
    """

    q: Identifier
    is_: OptionValue | None = Field(default=None, alias="is")
    in_: list[OptionValue] | None = Field(default=None, alias="in", min_length=1)
    has: OptionValue | None = None
    has_any: list[OptionValue] | None = Field(default=None, min_length=1)
    has_all: list[OptionValue] | None = Field(default=None, min_length=1)
    score_lt: float | None = Field(default=None, ge=0, le=1)
    score_gte: float | None = Field(default=None, ge=0, le=1)
    answered: bool | None = None
    unsure: bool | None = None
    declined: bool | None = Field(
        default=None, description='the answer is "prefer not to say" (context questions only)'
    )
    unknown: bool | None = Field(
        default=None, description='the answer is "don\'t know" or "prefer not to say"'
    )
    na: bool | None = None

    @model_validator(mode="after")
    def _exactly_one_test(self) -> QuestionTest:
        given = [
            name
            for name in (*_QUESTION_TESTS, *_QUESTION_FLAGS)
            if self.test_value(name) is not None
        ]
        if len(given) != 1:
            names = ", ".join(_QUESTION_TESTS + _QUESTION_FLAGS)
            raise ValueError(f"a question test needs exactly one of: {names} (got {len(given)})")
        return self

    def test_value(self, name: str) -> Any:
        return getattr(self, {"is": "is_", "in": "in_"}.get(name, name))

    @property
    def test(self) -> str:
        """The name of the test this leaf performs (``is``, ``has_any``, ``unsure``...)."""
        for name in (*_QUESTION_TESTS, *_QUESTION_FLAGS):
            if self.test_value(name) is not None:
                return name
        raise AssertionError("unreachable: validated to have one test")


class DomainTest(StrictModel):
    """A leaf test on a domain score (0-100). False when the domain has no score."""

    domain: Identifier
    score_lt: float | None = Field(default=None, ge=0, le=100)
    score_gte: float | None = Field(default=None, ge=0, le=100)

    @model_validator(mode="after")
    def _exactly_one_test(self) -> DomainTest:
        if (self.score_lt is None) == (self.score_gte is None):
            raise ValueError("a domain test needs exactly one of: score_lt, score_gte")
        return self


def _condition_kind(value: Any) -> str | None:
    if isinstance(value, BaseModel):
        return {
            AllCondition: "all",
            AnyCondition: "any",
            NotCondition: "not",
            QuestionTest: "q",
            DomainTest: "domain",
        }.get(type(value))
    if isinstance(value, dict):
        for key in ("all", "any", "not", "q", "domain"):
            if key in value:
                return key
    return None


Condition = Annotated[
    Annotated[AllCondition, Tag("all")]
    | Annotated[AnyCondition, Tag("any")]
    | Annotated[NotCondition, Tag("not")]
    | Annotated[QuestionTest, Tag("q")]
    | Annotated[DomainTest, Tag("domain")],
    Discriminator(
        _condition_kind,
        custom_error_type="invalid_condition",
        custom_error_message=(
            "a condition needs one of the keys 'all', 'any', 'not', 'q' (question test) "
            "or 'domain' (domain-score test)"
        ),
    ),
]

AllCondition.model_rebuild()
AnyCondition.model_rebuild()
NotCondition.model_rebuild()


# --------------------------------------------------------------------------- structure


class Stage(StrictModel):
    """A maturity stage: reached when a score is at least ``min``."""

    key: Identifier
    min: float = Field(ge=0, le=100)
    label: Text
    description: Text | None = None


class LifecycleStage(StrictModel):
    key: Identifier
    label: Text
    description: Text | None = None


class ContextOption(StrictModel):
    value: OptionValue
    label: Text
    help: Text | None = None
    exclusive: bool = Field(
        default=False, description="multi_choice only: cannot be combined with other options"
    )


class Option(ContextOption):
    score: float | None = Field(
        default=None, ge=0, le=1000, description="required on every option of a scored question"
    )


class QuestionBase(StrictModel):
    id: Identifier
    type: QuestionType
    text: Text
    help: Text | None = None
    required: bool = True
    allow_unsure: bool = Field(default=True, description='offer "don\'t know"')
    allow_na: bool = Field(default=False, description='offer "not applicable"')
    show_if: Condition | None = None
    max_length: int = Field(default=2000, ge=1, le=10000, description="text questions only")


class ContextQuestion(QuestionBase):
    """A profile question: not scored; drives show_if and severity escalation."""

    options: list[ContextOption] = Field(default_factory=list)
    prefer_not_to_say: bool = Field(
        default=False,
        description=(
            'offer "prefer not to say"; like "don\'t know", escalation reads it as the '
            "cautious case"
        ),
    )


class Question(QuestionBase):
    """A scored question inside a domain (``text`` questions are kept but not scored)."""

    lifecycle: Identifier
    weight: Weight = 1.0
    high_stakes: bool = Field(
        default=False,
        description=(
            "partial practice here can put people at risk: the validator warns when a middle "
            "option (scored between the worst and the best) makes no issue fire"
        ),
    )
    options: list[Option] = Field(default_factory=list)
    score_rule: ScoreRule = Field(default=ScoreRule.SUM, description="multi_choice only")
    max_score: float | None = Field(
        default=None,
        gt=0,
        description="multi_choice with score_rule sum: the cap (default: sum of option scores)",
    )

    @property
    def scored(self) -> bool:
        return self.type is not QuestionType.TEXT


class Domain(StrictModel):
    id: Identifier
    title: Text
    description: Text | None = None
    weight: Weight = 1.0
    questions: list[Question] = Field(min_length=1)


class Escalation(StrictModel):
    """Raise an issue's severity to ``to`` when ``when`` holds (never lowers it)."""

    when: Condition
    to: Severity
    reason: Text | None = None


class Affected(StrEnum):
    """Who bears the harm when an issue goes wrong (a second axis for the issue map)."""

    COMMUNITY = "community"
    STAFF = "staff"
    PARTNERS = "partners"
    ORGANISATION = "organisation"


class Issue(StrictModel):
    id: Identifier
    domain: Identifier
    lifecycle: Identifier
    severity: Severity
    title: Text
    why: Text
    first_steps: TextList
    when: Condition
    escalate: list[Escalation] = Field(default_factory=list)
    resources: list[Identifier] = Field(default_factory=list)
    affects: list[Affected] = Field(default_factory=list)


class Strength(StrictModel):
    id: Identifier
    domain: Identifier
    lifecycle: Identifier
    title: Text
    description: Text | None = None
    when: Condition


class StageCap(StrictModel):
    """While an issue of at least severity ``while`` is open, no stage above ``max``."""

    while_: Severity = Field(alias="while", description="the lowest severity that caps")
    max: Identifier = Field(description="the highest stage key reachable while capped")


class VersionMapping(StrictModel):
    """How answers of an earlier version carry over to this one.

    ``questions`` maps an old question id to its new id (``null``: dropped).
    ``options`` maps, per *old* question id, an old option value to a new one
    (``null``: the answer is dropped and must be given again). Ids that appear
    in neither map carry over unchanged when the question still exists.
    """

    version: SemVer
    questions: dict[Identifier, Identifier | None] = Field(default_factory=dict)
    options: dict[Identifier, dict[str, OptionValue | None]] = Field(default_factory=dict)


class Questionnaire(StrictModel):
    format: Literal["rdsa.questionnaire/1"]
    slug: Identifier
    version: SemVer
    status: Status
    default_locale: Locale
    locales: list[Locale] = Field(min_length=1)
    title: Text
    description: Text | None = None
    stages: list[Stage] = Field(min_length=2)
    lifecycle: list[LifecycleStage] = Field(min_length=1)
    context: list[ContextQuestion] = Field(default_factory=list)
    domains: list[Domain] = Field(min_length=1)
    issues: list[Issue] = Field(default_factory=list)
    strengths: list[Strength] = Field(default_factory=list)
    stage_cap: StageCap | None = Field(
        default=None,
        description="cap the overall and domain stages while a severe issue is open there",
    )
    migrates_from: list[VersionMapping] = Field(default_factory=list)


# --------------------------------------------------------------------------- resources


class Effort(StrEnum):
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"
    WEEKS = "weeks"
    ONGOING = "ongoing"


RegionCode = Annotated[str, StringConstraints(pattern=r"^([A-Z]{2}|[a-z][a-z-]{1,39})$")]
HttpsUrl = Annotated[str, StringConstraints(pattern=r"^https://[^\s]+$", max_length=500)]


class Resource(StrictModel):
    id: Identifier
    title: Annotated[str, StringConstraints(min_length=1, max_length=300)]
    publisher: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    year: int | None = Field(default=None, ge=1990, le=2100)
    url: HttpsUrl
    languages: list[Locale] = Field(min_length=1)
    translations: dict[Locale, HttpsUrl] = Field(
        default_factory=dict, description="language-specific addresses, where they differ"
    )
    type: Identifier
    effort: Effort
    topics: list[Identifier] = Field(default_factory=list)
    summary: Text | None = None
    regions: list[RegionCode] = Field(
        default_factory=lambda: ["global"],
        description=(
            'where it applies: "global", ISO 3166-1 alpha-2 country codes (CO) or region '
            "names (eu, latin-america, west-africa...)"
        ),
    )
    audiences: list[Identifier] = Field(
        default_factory=list,
        description=(
            "who it is made for, as context option values (gbv-survivors, land-defenders, "
            "lgbtqi...); empty: everyone"
        ),
    )

    @field_validator("languages")
    @classmethod
    def _unique_languages(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("languages must not repeat")
        return value


class ResourceCatalogue(StrictModel):
    format: Literal["rdsa.resources/1"]
    resources: list[Resource] = Field(min_length=1)
