"""Checks of condition leaves: references, fit to the question type, show_if order and cycles."""

from __future__ import annotations

from app.questionnaire.index import (
    ConditionSite,
    QuestionnaireIndex,
    QuestionRef,
    SiteKind,
    condition_sites,
    leaves,
)
from app.questionnaire.model import DomainTest, Questionnaire, QuestionTest, QuestionType
from app.questionnaire.problems import Code
from app.questionnaire.reporter import Reporter, did_you_mean, listing
from app.questionnaire.source import DataPath

_VALUE_TESTS = ("is", "in", "has", "has_any", "has_all")
_HAS_TESTS = ("has", "has_any", "has_all")
_SCORE_TESTS = ("score_lt", "score_gte")


def check_conditions(questionnaire: Questionnaire, index: QuestionnaireIndex, r: Reporter) -> None:
    for site in condition_sites(questionnaire, index):
        for leaf, path in leaves(site.condition, site.path):
            if isinstance(leaf, DomainTest):
                _check_domain_test(leaf, path, site, index, r)
            else:
                _check_question_test(leaf, path, site, index, r)
    check_show_if_cycles(index, r)


def _check_domain_test(
    leaf: DomainTest, path: DataPath, site: ConditionSite, index: QuestionnaireIndex, r: Reporter
) -> None:
    if leaf.domain not in index.domains:
        message = f"unknown domain '{leaf.domain}'{did_you_mean(leaf.domain, index.domains)}"
        r.error((*path, "domain"), Code.UNKNOWN_DOMAIN, message)
    if site.kind is SiteKind.SHOW_IF:
        message = (
            "show_if cannot test a domain score: scores are only known once the "
            "assessment is complete"
        )
        r.error(path, Code.SHOW_IF_DOMAIN_TEST, message)


def _check_question_test(
    leaf: QuestionTest, path: DataPath, site: ConditionSite, index: QuestionnaireIndex, r: Reporter
) -> None:
    if leaf.q in r.ignored_ids:
        return
    ref = index.questions.get(leaf.q)
    if ref is None:
        message = f"unknown question '{leaf.q}'{did_you_mean(leaf.q, index.questions)}"
        r.error((*path, "q"), Code.UNKNOWN_QUESTION, message)
        return
    if site.owner is not None:
        _check_order(ref, site.owner, path, r)
    mismatch = test_mismatch(leaf, ref)
    if mismatch is not None:
        r.error((*path, leaf.test), Code.TEST_MISMATCH, mismatch)
        return
    _check_option_values(leaf, ref, path, r)


def _check_order(ref: QuestionRef, owner: QuestionRef, path: DataPath, r: Reporter) -> None:
    if ref.position < owner.position:
        return
    if ref.question.id == owner.question.id:
        r.error((*path, "q"), Code.SHOW_IF_ORDER, "show_if refers to the question itself")
        return
    line = r.line_of(ref.path)
    where = f" (line {line})" if line is not None else ""
    message = (
        f"show_if refers to '{ref.question.id}', which comes later{where}; a question can only "
        "depend on questions before it (context questions come first, then domains in order)"
    )
    r.error((*path, "q"), Code.SHOW_IF_ORDER, message)


def test_mismatch(leaf: QuestionTest, ref: QuestionRef) -> str | None:
    """Why ``leaf`` does not fit the type of the question it tests, or ``None`` if it fits."""
    test, kind, question = leaf.test, ref.question.type, ref.question
    if kind is QuestionType.TEXT and (test in _VALUE_TESTS or test in _SCORE_TESTS):
        return f"'{question.id}' is a text question: it can only be tested with 'answered'"
    if test in ("is", "in") and kind is QuestionType.MULTI_CHOICE:
        return f"'{question.id}' is multi_choice: test it with 'has', 'has_any' or 'has_all'"
    if test in _HAS_TESTS and kind is not QuestionType.MULTI_CHOICE:
        return (
            f"'{test}' only tests multi_choice questions; '{question.id}' is {kind}: use 'is'/'in'"
        )
    if test in _SCORE_TESTS and not ref.scored:
        return f"'{question.id}' is a context question and has no score"
    if test == "na" and leaf.na and not question.allow_na:
        return f"'{question.id}' does not offer \"not applicable\" (allow_na is false): never true"
    if test == "unsure" and leaf.unsure and not question.allow_unsure:
        return f"'{question.id}' does not offer \"don't know\" (allow_unsure is false): never true"
    if test == "declined" and not getattr(question, "prefer_not_to_say", False):
        return (
            f"'{question.id}' does not offer \"prefer not to say\" (only context questions with "
            "prefer_not_to_say: true do)"
        )
    if (
        test == "unknown"
        and leaf.unknown
        and not question.allow_unsure
        and not getattr(question, "prefer_not_to_say", False)
    ):
        return f'\'{question.id}\' offers neither "don\'t know" nor "prefer not to say": never true'
    return None


def _check_option_values(leaf: QuestionTest, ref: QuestionRef, path: DataPath, r: Reporter) -> None:
    if leaf.test not in _VALUE_TESTS:
        return
    value = leaf.test_value(leaf.test)
    values = value if isinstance(value, list) else [value]
    known = ref.option_values
    for k, item in enumerate(values):
        if any(type(item) is type(option) and item == option for option in known):
            continue
        item_path = (*path, leaf.test, k) if isinstance(value, list) else (*path, leaf.test)
        message = f"'{item}' is not an option of '{ref.question.id}' (options: {listing(known)})"
        if isinstance(item, str) and item.isdigit() and int(item) in known:
            message += f"; scale values are numbers: write {item} without quotes"
        r.error(item_path, Code.UNKNOWN_OPTION, message)


# ------------------------------------------------------------------------------ cycles


def check_show_if_cycles(index: QuestionnaireIndex, r: Reporter) -> None:
    """Report every cycle of show_if dependencies once, at its first question."""
    graph = _show_if_graph(index)
    reported: set[frozenset[str]] = set()
    for cycle in _find_cycles(graph, [ref.question.id for ref in index.ordered]):
        members = frozenset(cycle)
        if (
            len(cycle) == 1 or members in reported
        ):  # a self-reference is reported by the order check
            continue
        reported.add(members)
        first = index.questions[cycle[0]]
        message = "show_if forms a cycle: " + " → ".join([*cycle, cycle[0]])
        r.error((*first.path, "show_if"), Code.SHOW_IF_CYCLE, message)


def _show_if_graph(index: QuestionnaireIndex) -> dict[str, list[str]]:
    graph: dict[str, list[str]] = {}
    for question_id, ref in index.questions.items():
        condition = ref.question.show_if
        targets = (
            []
            if condition is None
            else [leaf.q for leaf, _ in leaves(condition, ()) if isinstance(leaf, QuestionTest)]
        )
        graph[question_id] = [t for t in dict.fromkeys(targets) if t in index.questions]
    return graph


def _find_cycles(graph: dict[str, list[str]], order: list[str]) -> list[list[str]]:
    """Depth-first search without recursion (dependency chains can be long)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    cycles: list[list[str]] = []
    for start in dict.fromkeys(order):
        if start in state:
            continue
        path: list[str] = [start]
        iterators = [iter(graph[start])]
        state[start] = 1
        while iterators:
            step = next(iterators[-1], None)
            if step is None:
                state[path.pop()] = 2
                iterators.pop()
            elif state.get(step) == 1:
                cycles.append(path[path.index(step) :])
            elif step not in state:
                state[step] = 1
                path.append(step)
                iterators.append(iter(graph[step]))
    positions = {question_id: i for i, question_id in enumerate(order)}
    return [_rotate_to_first(cycle, positions) for cycle in cycles]


def _rotate_to_first(cycle: list[str], positions: dict[str, int]) -> list[str]:
    start = min(range(len(cycle)), key=lambda i: positions.get(cycle[i], 0))
    return cycle[start:] + cycle[:start]
