"""The pure scoring engine of rdsa (no web framework, no database).

Typical use::

    problems = validate_answers(questionnaire, answers, changed=patched_ids)
    evaluation = evaluate(questionnaire, answers, content_hash=stored_hash)  # store as JSON
    results = present(evaluation, questionnaire, resources, locale="es")     # serve

See docs/scoring.md for the semantics.
"""

from app.scoring.answers import (
    Answer,
    AnswerMap,
    DeclinedAnswer,
    NotApplicableAnswer,
    UnsureAnswer,
    ValueAnswer,
    parse_answer,
    parse_answers,
)
from app.scoring.carry import CarryOver, DropReason, carry_over, mapping_for, question_map
from app.scoring.combine import Combined, CombineRule, Disagreement, combine
from app.scoring.compare import Comparison, compare
from app.scoring.compiled import CompiledQuestionnaire, compile_questionnaire
from app.scoring.engine import evaluate
from app.scoring.evaluation import ENGINE_VERSION, Evaluation
from app.scoring.localise import negotiate
from app.scoring.present import present, ranked_issues
from app.scoring.problems import AnswerProblem, InvalidAnswers, ProblemCode
from app.scoring.progress import Progress, progress, visible
from app.scoring.recommend import SEVERITY_WEIGHTS
from app.scoring.results import Results
from app.scoring.validation import ensure_valid, validate_answers

__all__ = [
    "ENGINE_VERSION",
    "SEVERITY_WEIGHTS",
    "Answer",
    "AnswerMap",
    "AnswerProblem",
    "CarryOver",
    "CombineRule",
    "Combined",
    "Comparison",
    "CompiledQuestionnaire",
    "DeclinedAnswer",
    "Disagreement",
    "DropReason",
    "Evaluation",
    "InvalidAnswers",
    "NotApplicableAnswer",
    "ProblemCode",
    "Progress",
    "Results",
    "UnsureAnswer",
    "ValueAnswer",
    "carry_over",
    "combine",
    "compare",
    "compile_questionnaire",
    "ensure_valid",
    "evaluate",
    "mapping_for",
    "negotiate",
    "parse_answer",
    "parse_answers",
    "present",
    "progress",
    "question_map",
    "ranked_issues",
    "validate_answers",
    "visible",
]
