"""The few sentences the engine writes itself, in the languages it knows.

Questionnaire text comes from the questionnaire file; only the "why recommended"
sentence and severity names are built here. Unknown languages fall back to English.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.questionnaire.model import Severity


@dataclass(frozen=True, slots=True)
class Phrases:
    recommended_for: str
    severity: dict[Severity, str]
    not_in_language: str
    separator: str = "; "
    # engine 2.0.0
    dont_know: str = ""
    declined: str = ""
    not_applicable: str = ""
    unknown_note: str = ""  # {answer}, {questions}
    assumed_note: str = ""  # {questions}
    priority_reason: str = ""  # {rank}, {severity}, {escalations}, {weight}
    stage_cap: str = ""  # {stage}, {issues}
    region_fallback: str = ""  # {regions}, {issues}
    audience_fallback: str = ""  # {audiences}, {issues}
    quote: str = "“{}”"


_PHRASES: dict[str, Phrases] = {
    "en": Phrases(
        recommended_for="Recommended because it helps with: {issues}.",
        severity={
            Severity.CRITICAL: "critical",
            Severity.HIGH: "high",
            Severity.MEDIUM: "medium",
            Severity.LOW: "low",
        },
        not_in_language="Not available in your language.",
        dont_know="Don't know",
        declined="Prefer not to say",
        not_applicable="Not applicable",
        unknown_note=(
            "You answered {answer} to: {questions}. Not knowing how data is handled is "
            "itself a risk, so this stays on the list until you find out."
        ),
        assumed_note=(
            "You did not say: {questions}. We assumed the cautious case when weighing this issue."
        ),
        priority_reason=(
            "Priority {rank}: {severity} severity, {escalations} context escalation(s) "
            "matched, question weight {weight}."
        ),
        stage_cap="Capped at “{stage}” while these issues are open: {issues}.",
        region_fallback=(
            "Made for another region ({regions}); recommended because nothing else here "
            "addresses: {issues}."
        ),
        audience_fallback=(
            "Made for other groups ({audiences}); recommended because nothing else here "
            "addresses: {issues}."
        ),
    ),
    "es": Phrases(
        recommended_for="Recomendado porque ayuda con: {issues}.",
        severity={
            Severity.CRITICAL: "crítica",
            Severity.HIGH: "alta",
            Severity.MEDIUM: "media",
            Severity.LOW: "baja",
        },
        not_in_language="No está disponible en tu idioma.",
        dont_know="No sé",
        declined="Prefiero no decirlo",
        not_applicable="No aplica",
        unknown_note=(
            "Respondiste {answer} a: {questions}. No saber cómo se tratan los datos ya es un "
            "riesgo, así que esto sigue en la lista hasta que lo averigües."
        ),
        assumed_note=(
            "No lo indicaste: {questions}. Al valorar este problema asumimos el caso más prudente."
        ),
        priority_reason=(
            "Prioridad {rank}: gravedad {severity}, {escalations} agravante(s) de contexto, "
            "peso de la pregunta {weight}."
        ),
        stage_cap="Limitado a «{stage}» mientras sigan abiertos estos problemas: {issues}.",
        region_fallback=(
            "Pensado para otra región ({regions}); se recomienda porque ningún otro recurso de "
            "aquí trata: {issues}."
        ),
        audience_fallback=(
            "Pensado para otros grupos ({audiences}); se recomienda porque ningún otro recurso "
            "de aquí trata: {issues}."
        ),
        quote="«{}»",
    ),
    "fr": Phrases(
        recommended_for="Recommandé parce qu’il aide à traiter : {issues}.",
        severity={
            Severity.CRITICAL: "critique",
            Severity.HIGH: "élevée",
            Severity.MEDIUM: "moyenne",
            Severity.LOW: "faible",
        },
        not_in_language="Pas disponible dans votre langue.",
        dont_know="Je ne sais pas",
        declined="Je préfère ne pas répondre",
        not_applicable="Sans objet",
        unknown_note=(
            "Vous avez répondu {answer} à : {questions}. Ne pas savoir comment les données "
            "sont traitées est déjà un risque : ce point reste sur la liste tant que vous "
            "ne l’avez pas vérifié."
        ),
        assumed_note=(
            "Vous ne l’avez pas précisé : {questions}. Pour évaluer ce problème, nous avons "
            "retenu le cas le plus prudent."
        ),
        priority_reason=(
            "Priorité {rank} : gravité {severity}, {escalations} aggravation(s) liée(s) au "
            "contexte, poids de la question {weight}."
        ),
        stage_cap="Plafonné à « {stage} » tant que ces problèmes restent ouverts : {issues}.",
        region_fallback=(
            "Conçu pour une autre région ({regions}) ; recommandé car aucune autre ressource "
            "ici ne traite : {issues}."
        ),
        audience_fallback=(
            "Conçu pour d’autres publics ({audiences}) ; recommandé car aucune autre ressource "
            "ici ne traite : {issues}."
        ),
        quote="« {} »",
    ),
    "pt": Phrases(
        recommended_for="Recomendado porque ajuda com: {issues}.",
        severity={
            Severity.CRITICAL: "crítica",
            Severity.HIGH: "alta",
            Severity.MEDIUM: "média",
            Severity.LOW: "baixa",
        },
        not_in_language="Não está disponível no seu idioma.",
        dont_know="Não sei",
        declined="Prefiro não dizer",
        not_applicable="Não se aplica",
        unknown_note=(
            "Você respondeu {answer} a: {questions}. Não saber como os dados são tratados já "
            "é um risco, por isso isto continua na lista até que você descubra."
        ),
        assumed_note=(
            "Você não informou: {questions}. Ao avaliar este problema, consideramos o caso "
            "mais prudente."
        ),
        priority_reason=(
            "Prioridade {rank}: gravidade {severity}, {escalations} agravante(s) de contexto, "
            "peso da pergunta {weight}."
        ),
        stage_cap="Limitado a “{stage}” enquanto estes problemas estiverem abertos: {issues}.",
        region_fallback=(
            "Feito para outra região ({regions}); recomendado porque nenhum outro recurso "
            "aqui trata de: {issues}."
        ),
        audience_fallback=(
            "Feito para outros grupos ({audiences}); recomendado porque nenhum outro recurso "
            "aqui trata de: {issues}."
        ),
    ),
}

PHRASE_LANGUAGES = tuple(_PHRASES)


def phrases_for(locale: str) -> Phrases:
    return _PHRASES.get(locale.split("-")[0], _PHRASES["en"])


def why_recommended(
    locale: str, issues: list[tuple[str, Severity]], *, language_fallback: bool
) -> str:
    """One sentence naming the issues (title, severity) a resource helps with."""
    phrases = phrases_for(locale)
    listed = phrases.separator.join(
        f"{title} ({phrases.severity[severity]})" for title, severity in issues
    )
    sentence = phrases.recommended_for.format(issues=listed)
    return f"{sentence} {phrases.not_in_language}" if language_fallback else sentence
