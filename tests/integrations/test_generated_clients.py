"""Clients that generators no one here wrote make from the live /openapi.json (issue 21).

- openapi-python-client (pinned in requirements/dev.lock) generates a Python package
  with the configuration in generators/openapi-python-client.yaml: no warning, every
  operation a module, every component a model; then the assessment journey and a cohort
  journey run through it against the real test server, on both databases.
- openapi-typescript (pinned in package-lock.json) generates TypeScript types and tsc
  type-checks generators/journey.ts against them; lines marked @ts-expect-error there
  must fail, so the types cannot silently have become `any`.

Each generator runs once per session, in a temporary folder, on the document a live
server of its own serves.
"""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from app.db.migrate import upgrade_to_head
from app.main import create_app
from tests.conftest import ADMIN_TOKEN, PROJECT_ROOT, settings_for
from tests.integrations.conftest import example
from tests.support import databases
from tests.support.answers import complete, worst
from tests.support.api import Api
from tests.support.live import LiveServer

GENERATORS = Path(__file__).parent / "generators"
NODE_BIN = PROJECT_ROOT / "node_modules" / ".bin"


def _snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", operation_id).lower()


@pytest.fixture(scope="session")
def document_source(
    make_database_url: Callable[[str, str], str], questionnaires_dir: Path
) -> Iterator[tuple[Path, dict[str, Any]]]:
    """/openapi.json as a live server serves it, saved once for the generators."""
    url = make_database_url("sqlite", "generators")
    upgrade_to_head(url)
    server = LiveServer(create_app(settings_for(url, questionnaires_dir))).start()
    try:
        response = httpx.get(f"{server.url}/openapi.json", timeout=30)
    finally:
        server.stop()
    assert response.status_code == 200
    path = Path(tempfile.mkdtemp(prefix="rdsa-openapi-")) / "openapi.json"
    path.write_bytes(response.content)
    yield path, response.json()
    shutil.rmtree(path.parent, ignore_errors=True)


class Generated:
    """The generated Python package, imported, and the generator's own output."""

    def __init__(self, root: Path, output: str) -> None:
        self.root = root
        self.output = output
        sys.path.insert(0, str(root))
        self.package = importlib.import_module("rdsa_generated")
        self.models = importlib.import_module("rdsa_generated.models")
        self.opened: list[Any] = []

    def op(self, operation_id: str) -> ModuleType:
        name = _snake(operation_id)
        found = list((self.root / "rdsa_generated" / "api").glob(f"*/{name}.py"))
        assert len(found) == 1, f"{operation_id}: {found}"
        return importlib.import_module(f"rdsa_generated.api.{found[0].parent.name}.{name}")

    def client(self, base_url: str, token: str) -> Any:
        client = self.package.AuthenticatedClient(base_url=base_url, token=token, timeout=30)
        self.opened.append(client)
        return client

    def close(self) -> None:
        while self.opened:
            self.opened.pop().get_httpx_client().close()


@pytest.fixture(scope="session")
def python_client(
    document_source: tuple[Path, dict[str, Any]], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Generated]:
    root = tmp_path_factory.mktemp("generated-python")
    result = subprocess.run(
        [
            str(Path(sys.executable).with_name("openapi-python-client")),
            "generate",
            "--path",
            str(document_source[0]),
            "--config",
            str(GENERATORS / "openapi-python-client.yaml"),
            "--meta",
            "none",
            "--output-path",
            str(root / "rdsa_generated"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    generated = Generated(root, output)
    yield generated
    generated.close()


@pytest.fixture
def generated(python_client: Generated) -> Iterator[Generated]:
    yield python_client
    python_client.close()


def test_python_client_is_generated_without_warnings_or_dropped_models(
    python_client: Generated, document_source: tuple[Path, dict[str, Any]]
) -> None:
    document = document_source[1]
    assert "warning" not in python_client.output.lower(), python_client.output
    operations = [
        op["operationId"]
        for item in document["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    ]
    modules = {_snake(o): o for o in operations}
    api_files = {p.stem for p in (python_client.root / "rdsa_generated" / "api").glob("*/*.py")}
    assert set(modules) <= api_files, f"operations not generated: {set(modules) - api_files}"
    for operation_id in operations:
        assert hasattr(python_client.op(operation_id), "sync_detailed"), operation_id

    def plain(name: str) -> str:
        return re.sub(r"[^a-z0-9]", "", name.lower())

    models = {plain(name) for name in python_client.models.__all__}
    components = set(document["components"]["schemas"])
    dropped = sorted(c for c in components if plain(c) not in models)
    assert not dropped, f"components without a generated model: {dropped}"
    # Print the summary for the record (pytest -s shows it; the issue asked for it).
    print(
        f"openapi-python-client: {len(operations)} endpoints, {len(models)} models "
        f"({len(components)} components), no warnings"
    )


def _ok(response: Any, status: int) -> Any:
    assert response.status_code == status, (response.status_code, response.content[:500])
    return response.parsed


def _facilitator(g: Generated, url: str) -> Any:
    """A generated client holding a new facilitator key, issued by the admin."""
    m = g.models
    admin = g.client(url, ADMIN_TOKEN)
    lead = _ok(
        g.op("createServiceKey").sync_detailed(
            client=admin, body=m.ServiceKeyCreate(role=m.ServiceKeyCreateRole.FACILITATOR)
        ),
        201,
    )
    return g.client(url, lead.token)


def test_assessment_journey_through_the_generated_client(
    generated: Generated, live_server: LiveServer, api: Api
) -> None:
    g, m = generated, generated.models
    facilitator = _facilitator(generated, live_server.url)
    org = _ok(
        g.op("createOrganisation").sync_detailed(
            client=facilitator, body=m.OrganisationCreate(name="Colectivo Lila", country="CO")
        ),
        201,
    )
    assert isinstance(org, m.OrganisationRead)
    key = _ok(
        g.op("createMemberKey").sync_detailed(
            org.id, client=facilitator, body=m.MemberKeyCreate(label="director")
        ),
        201,
    )
    member = g.client(live_server.url, key.token)
    assert g.op("me").sync(client=member).organisation_id == org.id

    first = _submitted(g, member, org.id, complete(example(api.questionnaires)), "1.0.0")
    results = _ok(g.op("readResults").sync_detailed(first, client=member), 200)
    assert isinstance(results, m.AssessmentResults)
    assert results.overall.score is not None and results.domains

    second = _ok(
        g.op("createAssessment").sync_detailed(
            org.id,
            client=member,
            body=m.AssessmentCreate(questionnaire="example", from_assessment=first),
        ),
        201,
    )
    # A stale ETag is a typed Problem, not an exception or an untyped dict.
    worse = complete(example(api.questionnaires, "1.1.0"), worst)
    stale = g.op("patchAnswers").sync_detailed(
        second.id,
        client=member,
        body=m.AnswersPatch.from_dict({"answers": worse}),
        if_match='"stale"',
    )
    assert stale.status_code == 412 and isinstance(stale.parsed, m.Problem)
    assert stale.parsed.type_ == "/problems/precondition-failed"
    _ok(
        g.op("patchAnswers").sync_detailed(
            second.id, client=member, body=m.AnswersPatch.from_dict({"answers": worse})
        ),
        200,
    )
    _ok(g.op("submitAssessment").sync_detailed(second.id, client=member), 200)

    comparison = _ok(g.op("compareAssessments").sync_detailed(second.id, first, client=member), 200)
    assert isinstance(comparison, m.Comparison)
    assert isinstance(comparison.overall, m.OverallDelta) and comparison.domains
    svg = _ok(g.op("issueMap").sync_detailed(first, client=member), 200)
    assert isinstance(svg, bytes) and svg.lstrip().startswith(b"<svg")
    page = _ok(g.op("listAssessments").sync_detailed(org.id, client=member), 200)
    assert isinstance(page, m.PageAssessmentSummary) and page.total == 2


def _submitted(g: Generated, member: Any, org_id: Any, answers: dict[str, Any], v: str) -> Any:
    m = g.models
    draft = _ok(
        g.op("createAssessment").sync_detailed(
            org_id, client=member, body=m.AssessmentCreate(questionnaire="example", version=v)
        ),
        201,
    )
    assert isinstance(draft, m.AssessmentRead) and draft.status == m.AssessmentReadStatus.DRAFT
    saved = _ok(
        g.op("patchAnswers").sync_detailed(
            draft.id,
            client=member,
            body=m.AnswersPatch.from_dict({"answers": answers}),
            if_match=draft.etag,
        ),
        200,
    )
    assert saved.progress.complete
    results = _ok(
        g.op("submitAssessment").sync_detailed(
            draft.id, client=member, idempotency_key=f"generated-{draft.id}"
        ),
        200,
    )
    assert isinstance(results, m.AssessmentResults)
    return draft.id


def test_cohort_journey_through_the_generated_client(
    generated: Generated, live_server: LiveServer, api: Api
) -> None:
    g, m = generated, generated.models
    facilitator = _facilitator(generated, live_server.url)
    cohort = _ok(
        g.op("createCohort").sync_detailed(
            client=facilitator, body=m.CohortCreate(name="Cohort 2026")
        ),
        201,
    )
    assert isinstance(cohort, m.CohortCreated)
    names = ["Uno", "Dos"]
    for name in names:
        org = _ok(
            g.op("createOrganisation").sync_detailed(
                client=facilitator, body=m.OrganisationCreate(name=name)
            ),
            201,
        )
        key = _ok(
            g.op("createMemberKey").sync_detailed(
                org.id, client=facilitator, body=m.MemberKeyCreate()
            ),
            201,
        )
        member = g.client(live_server.url, key.token)
        joined = _ok(
            g.op("joinCohort").sync_detailed(
                client=member,
                body=m.JoinRequest(join_code=cohort.join_code, sharing=m.Sharing.RESULTS),
            ),
            201,
        )
        assert isinstance(joined, m.MembershipRead) and joined.cohort_id == cohort.id
        _submitted(g, member, org.id, complete(example(api.questionnaires)), "1.0.0")

    summary = _ok(g.op("readSummary").sync_detailed(cohort.id, client=facilitator), 200)
    assert isinstance(summary, m.CohortSummary)
    assert summary.cohort.id == cohort.id
    assert isinstance(summary.counts.members, m.Count)
    # Two submissions are fewer than the minimum group: that count and the figures are
    # suppressed, but both organisations shared their results by name.
    assert summary.counts.members.value == 2
    assert summary.counts.submitted.suppressed and summary.counts.submitted.value is None
    shared = {r.name: r for r in summary.shared_results}
    assert set(shared) == set(names)
    assert all(isinstance(r.results, m.Results) for r in shared.values())
    csv = g.op("readSummaryCsv").sync_detailed(cohort.id, client=facilitator)
    assert csv.status_code == 200 and csv.content


@pytest.fixture(scope="session")
def typescript(
    document_source: tuple[Path, dict[str, Any]], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    if not (NODE_BIN / "tsc").exists():
        message = "the TypeScript check needs the node tools: make node-tools (npm ci)"
        if databases.in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    root = tmp_path_factory.mktemp("generated-typescript")
    result = subprocess.run(
        [
            str(NODE_BIN / "openapi-typescript"),
            str(document_source[0]),
            "--output",
            "rdsa-api.d.ts",
            # A field with a default may be left out of a request, so it stays optional.
            "--default-non-nullable",
            "false",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warn" not in result.stderr.lower(), result.stderr
    return root


def test_typescript_journey_type_checks_against_generated_types(typescript: Path) -> None:
    for script in ("journey.ts", "wrong-field.ts"):
        shutil.copy(GENERATORS / script, typescript / script)
    # One tsc run over both: journey.ts must be clean, wrong-field.ts must fail (so the
    # check can fail, and the generated types are not `any`).
    result = subprocess.run(
        [
            str(NODE_BIN / "tsc"),
            "--noEmit",
            "--strict",
            "--target",
            "es2022",
            "--module",
            "es2022",
            "--moduleResolution",
            "bundler",
            "--lib",
            "es2022,dom",
            "journey.ts",
            "wrong-field.ts",
        ],
        cwd=typescript,
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = [line for line in result.stdout.splitlines() if ": error TS" in line]
    assert [e for e in errors if not e.startswith("wrong-field.ts")] == [], result.stdout
    assert len(errors) == 1 and "'overall_score' does not exist" in errors[0], result.stdout
