"""Schemathesis over the whole OpenAPI document, with auth, against the live test server:
no 5xx; status codes, content types, headers and response schemas as documented;
negative data rejected."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from app.config import Settings
from app.main import create_app
from tests.support.api import Api, Org
from tests.support.examples import examples
from tests.support.live import LiveServer

# The document only: building it needs no database.
SCHEMA = schemathesis.openapi.from_dict(
    create_app(Settings(database_url="sqlite://", log_level="warning")).openapi()
)
OPERATIONS = {
    f"{op.method.upper()} {op.path}": op
    for result in SCHEMA.get_all_operations()
    if (op := result.ok()) is not None
}
EXAMPLES = examples(12)


@pytest.fixture
def member(api: Api) -> Org:
    return api.create_org("Fuzzed")


@pytest.mark.parametrize("label", sorted(OPERATIONS))
def test_operation_conforms(label: str, live_server: LiveServer, api: Api, member: Org) -> None:
    operation = OPERATIONS[label]
    tokens = [api.admin_token, member.token]

    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        for token in tokens:
            case.call_and_validate(
                base_url=live_server.url,
                headers={"Authorization": f"Bearer {token}"},
                # A schema cannot say which slugs exist or which hosts are private: such
                # well-formed values are rightly refused with a 422 naming the field.
                excluded_checks=[schemathesis.checks.positive_data_acceptance],
            )

    run()
