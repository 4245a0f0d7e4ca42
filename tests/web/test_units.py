"""Pure helpers of the web client: CSRF masking, reading answer forms, safe redirects."""

from __future__ import annotations

from app.questionnaire.model import Question, QuestionType
from app.scoring import NotApplicableAnswer, UnsureAnswer, ValueAnswer
from app.web import csrf
from app.web.answer_form import read_answer, read_page
from app.web.deps import WebForm
from app.web.questionnaire_view import Entered, entered_from_answer
from app.web.routing import safe_next


def _question(kind: QuestionType, **extra: object) -> Question:
    options = (
        []
        if kind is QuestionType.TEXT
        else [{"value": v, "score": s, "label": {"en": str(v)}} for v, s in (("a", 1), ("b", 0))]
    )
    if kind is QuestionType.SCALE:
        options = [{"value": n, "score": n, "label": {"en": str(n)}} for n in (1, 2, 3)]
    return Question.model_validate(
        {
            "id": "q",
            "type": kind,
            "text": {"en": "Q?"},
            "lifecycle": "plan",
            "options": options,
            **extra,
        }
    )


def test_masked_tokens_differ_but_all_match_their_secret() -> None:
    secret = csrf.new_secret()
    tokens = {csrf.mask(secret) for _ in range(20)}
    assert len(tokens) == 20
    assert all(csrf.matches(token, secret) for token in tokens)
    assert not csrf.matches(csrf.mask(csrf.new_secret()), secret)
    for bad in (None, "", "not base64!", "QUFB", "é" * 10, "A" * 500):
        assert not csrf.matches(bad, secret)


def test_reading_answers_of_each_kind() -> None:
    single, multi = _question(QuestionType.SINGLE_CHOICE), _question(QuestionType.MULTI_CHOICE)
    scale, text = _question(QuestionType.SCALE), _question(QuestionType.TEXT)
    assert read_answer(single, Entered(values=["a"])) == ValueAnswer(value="a")
    assert read_answer(multi, Entered(values=["a", "b"])) == ValueAnswer(value=["a", "b"])
    assert read_answer(scale, Entered(values=["2"])) == ValueAnswer(value=2)
    assert read_answer(text, Entered(values=["x"], text=" x ")) == ValueAnswer(value="x")
    assert read_answer(single, Entered(unsure=True, comment="hm")) == UnsureAnswer(
        unsure=True, comment="hm"
    )
    assert read_answer(single, Entered(na=True)) == NotApplicableAnswer(not_applicable=True)
    assert read_answer(single, Entered()) is None


def test_mistakes_become_messages() -> None:
    single = _question(QuestionType.SINGLE_CHOICE)
    assert read_answer(single, Entered(values=["a"], unsure=True)) == "answer.special_conflict"
    assert read_answer(single, Entered(unsure=True, na=True)) == "answer.special_conflict"
    assert read_answer(single, Entered(values=["a", "b"])) == "answer.one_only"
    assert read_answer(single, Entered(comment="why")) == "answer.comment_needs_answer"
    assert read_answer(single, Entered(values=["a"], comment="x" * 3000)) == "answer.invalid"


def test_a_page_clears_only_shown_questions_that_had_an_answer() -> None:
    multi = _question(QuestionType.MULTI_CHOICE)
    stored = {"q": ValueAnswer(value=["a"])}
    cleared = read_page([multi], WebForm({"shown": ["q"]}), stored)
    assert cleared.patch == {"q": None}
    untouched = read_page([multi], WebForm({"shown": [""]}), stored)
    assert untouched.patch == {}
    never = read_page([multi], WebForm({"shown": ["q"]}), {})
    assert never.patch == {}


def test_stored_answers_show_as_entered() -> None:
    assert entered_from_answer(ValueAnswer(value=["a", 2])).values == ["a", "2"]
    assert entered_from_answer(UnsureAnswer(unsure=True, comment="c")) == Entered(
        unsure=True, comment="c"
    )
    assert entered_from_answer(None) == Entered()


def test_redirect_targets_stay_on_this_site() -> None:
    assert safe_next("/assessments/x") == "/assessments/x"
    for target in (None, "", "https://evil.example", "//evil.example", "/\\evil", "/a\r\nb"):
        assert safe_next(target) == "/dashboard"


def test_team_discussion_labels_prefer_not_to_say_in_every_language() -> None:
    from app.web.answer_labels import answer_label
    from app.web.i18n import Translator
    from app.web.questionnaire_view import Localise
    from tests.content.rdcore import load_content

    model = load_content().model
    question = next(q for q in model.context if q.id == "ctx-civic-space")
    labels = set()
    for locale in ("en", "es", "fr", "pt"):
        label = answer_label(
            question, {"prefer_not_to_say": True}, Localise(model, locale), Translator(locale)
        )
        assert label and label != "None", locale
        labels.add(label)
    assert len(labels) == 4
    assert (
        answer_label(question, {"value": "closed"}, Localise(model, "en"), Translator("en"))
        .lower()
        .startswith("closed")
    )
