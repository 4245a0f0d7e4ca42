"""The rd-core notes question says the answer stays with the organisation: hold it to that.

An organisation that shares its results with its cohort's facilitator writes a note; no
response the facilitator can get carries it (the question's help promises exactly this).
"""

from __future__ import annotations

from tests.content.rdcore import VERSION
from tests.support.answers import complete, questionnaire, worst
from tests.support.api import Api

NOTE = "Our funder asked for the survivors' list; we refused - NOTE-7c1e"


def test_a_facilitator_never_sees_the_organisations_notes(api: Api) -> None:
    facilitator = api.service_key("facilitator")
    cohort = api.post("/v1/cohorts", token=facilitator, json={"name": "Círculo"}).json()
    org = api.create_org("Casa Refugio")
    joined = api.post("/v1/cohorts/join", token=org.token, json={"join_code": cohort["join_code"]})
    assert joined.status_code == 201, joined.text
    shared = api.patch(
        f"/v1/cohorts/{cohort['id']}/members/{org.id}", token=org.token, json={"sharing": "results"}
    )
    assert shared.status_code == 200, shared.text
    created = api.post(
        f"/v1/organisations/{org.id}/assessments",
        token=org.token,
        json={"questionnaire": "rd-core"},
    ).json()
    answers = complete(questionnaire(api.questionnaires, "rd-core", VERSION), worst)
    answers["cap-notes"] = {"value": NOTE}
    path = f"/v1/assessments/{created['id']}"
    assert api.patch(f"{path}/answers", token=org.token, json={"answers": answers}).is_success
    assert api.post(f"{path}/submit", token=org.token).is_success
    assert NOTE in api.get(path, token=org.token).text, "the organisation keeps its note"

    readable = [
        f"{path}/results",
        f"{path}/issue-map.svg",
        f"{path}/report",
        f"/v1/cohorts/{cohort['id']}/summary",
        f"/v1/cohorts/{cohort['id']}/summary.csv",
        f"/v1/cohorts/{cohort['id']}/roster",
    ]
    seen = 0
    for url in readable:
        response = api.get(url, token=facilitator)
        assert response.status_code < 500, (url, response.text)
        seen += response.is_success
        assert NOTE not in response.text and "NOTE-7c1e" not in response.text, url
    assert seen >= 4, "the facilitator could read the shared results and the summary"
    assert api.get(path, token=facilitator).status_code in (403, 404), "never the answers"
