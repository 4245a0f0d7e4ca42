from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.api import Api, assert_problem
from tests.support.live import LiveServer

EXAMPLE = "/v1/questionnaires/example/versions/1.0.0"


def test_list_questionnaires(api: Api) -> None:
    listed = {q["slug"]: q for q in api.get("/v1/questionnaires", params={"lang": "es"}).json()}
    assert {"rd-core", "example"} <= set(listed)
    rd_core = listed["rd-core"]
    assert rd_core["latest"] == "1.1.0"  # 1.0.0 stays published and readable
    assert [v["version"] for v in rd_core["versions"]] == ["1.0.0", "1.1.0"]
    assert rd_core["locale"] == "es"
    assert rd_core["locales"] == ["en", "es", "fr", "pt"]
    assert rd_core["versions"][0]["status"] == "published"
    assert rd_core["versions"][0]["content_hash"].startswith("sha256:")
    example_versions = [v["version"] for v in listed["example"]["versions"]]
    assert example_versions == ["1.0.0", "1.1.0", "2.0.0-draft"]


@pytest.mark.parametrize("locale", ["en", "es", "fr", "pt"])
def test_rd_core_is_served_in_every_locale(api: Api, locale: str) -> None:
    response = api.get("/v1/questionnaires/rd-core", params={"lang": locale})
    assert response.status_code == 200
    assert response.headers["content-language"] == locale
    document = response.json()
    assert document["locale"] == locale
    assert isinstance(document["title"], str)
    first = document["domains"][0]["questions"][0]
    assert isinstance(first["text"], str)
    assert first["text"].strip()


def test_accept_language_with_q_values_and_fallback(api: Api) -> None:
    served = api.get(EXAMPLE, headers={"Accept-Language": "de;q=1, pt-BR;q=0.9, es;q=0.5"})
    assert served.headers["content-language"] == "es"  # example has en + es
    fallback = api.get(EXAMPLE, headers={"Accept-Language": "sw"})
    assert fallback.headers["content-language"] == "en"
    override = api.get(EXAMPLE, params={"lang": "en"}, headers={"Accept-Language": "es"})
    assert override.headers["content-language"] == "en"


def test_all_locales_at_once(api: Api) -> None:
    response = api.get(EXAMPLE, params={"lang": "*"})
    assert "content-language" not in response.headers
    assert set(response.json()["title"]) == {"en", "es"}


def test_etag_revalidation_gives_304(api: Api) -> None:
    first = api.get(EXAMPLE, params={"lang": "es"})
    etag = first.headers["etag"]
    assert etag.startswith('"')
    assert "max-age" in first.headers["cache-control"]
    again = api.get(EXAMPLE, params={"lang": "es"}, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    other_locale = api.get(EXAMPLE, params={"lang": "en"}, headers={"If-None-Match": etag})
    assert other_locale.status_code == 200
    assert other_locale.headers["etag"] != etag


def test_drafts_are_not_cached_for_long(api: Api) -> None:
    draft = api.get("/v1/questionnaires/example/versions/2.0.0-draft")
    assert draft.status_code == 200
    assert draft.headers["cache-control"] == "no-cache"


def test_unknown_questionnaire_or_version_is_404(api: Api) -> None:
    assert_problem(api.get("/v1/questionnaires/nope"), 404)
    assert_problem(api.get("/v1/questionnaires/rd-core/versions/9.9.9"), 404)


def test_diff_between_versions(api: Api) -> None:
    response = api.get("/v1/questionnaires/example/versions/1.1.0/diff", params={"from": "1.0.0"})
    assert response.status_code == 200
    diff = response.json()
    assert diff["questions"]["renamed"], diff["questions"]
    assert diff["questions"]["added"]
    assert diff["questions"]["removed"]
    assert_problem(
        api.get("/v1/questionnaires/example/versions/1.1.0/diff", params={"from": "0.1.0"}), 404
    )
    assert_problem(
        api.get("/v1/questionnaires/example/versions/1.1.0/diff"), 422, field="query.from"
    )


def test_questionnaire_schema_is_served(api: Api, project_root: Path) -> None:
    response = api.get("/v1/questionnaire-schema")
    assert response.headers["content-type"].startswith("application/schema+json")
    import json

    committed = json.loads((project_root / "questionnaires" / "schema.json").read_text())
    assert response.json() == committed


def test_resources_filters(api: Api) -> None:
    everything = api.get("/v1/resources").json()
    assert len(everything) >= 40
    spanish = api.get("/v1/resources", params={"lang": "es"}).json()
    assert spanish
    assert all("es" in r["languages"] for r in spanish)
    assert all(isinstance(r.get("summary", ""), str) for r in spanish)
    one_issue = api.get("/v1/resources", params={"issue": "coll-over-collection"}).json()
    assert 0 < len(one_issue) < len(everything)
    by_domain = api.get("/v1/resources", params={"domain": "security"}).json()
    assert 0 < len(by_domain) < len(everything)


def test_changed_published_file_stops_startup(
    start_server: Callable[..., LiveServer], questionnaires_dir: Path, tmp_path: Path
) -> None:
    tampered = tmp_path / "questionnaires"
    shutil.copytree(questionnaires_dir, tampered)
    path = tampered / "example" / "1.0.0.yaml"
    path.write_text(path.read_text().replace("weight: 2", "weight: 3", 1))
    with pytest.raises(RuntimeError, match="failed to start"):
        start_server(questionnaires=tampered)


def test_deleted_published_file_stops_startup(
    start_server: Callable[..., LiveServer], questionnaires_dir: Path, tmp_path: Path
) -> None:
    trimmed = tmp_path / "questionnaires"
    shutil.copytree(questionnaires_dir, trimmed)
    (trimmed / "example" / "1.1.0.yaml").unlink()
    with pytest.raises(RuntimeError, match="failed to start"):
        start_server(questionnaires=trimmed)


def test_retiring_a_published_version_is_allowed(
    start_server: Callable[..., LiveServer], questionnaires_dir: Path, tmp_path: Path
) -> None:
    retired = tmp_path / "questionnaires"
    shutil.copytree(questionnaires_dir, retired)
    path = retired / "example" / "1.0.0.yaml"
    path.write_text(path.read_text().replace("status: published", "status: retired", 1))
    import httpx

    server = start_server(questionnaires=retired)
    listed = httpx.get(f"{server.url}/v1/questionnaires").json()
    example = next(q for q in listed if q["slug"] == "example")
    assert example["versions"][0] == {**example["versions"][0], "status": "retired"}


def test_documents_are_served_gzipped_to_clients_that_accept_it(api: Api) -> None:
    import gzip
    import json

    plain = api.get(EXAMPLE, params={"lang": "es"}, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    raw = api.client.stream(
        "GET", EXAMPLE, params={"lang": "es"}, headers={"Accept-Encoding": "gzip"}
    )
    with raw as response:
        compressed = b"".join(response.iter_raw())
        assert response.headers["content-encoding"] == "gzip"
        assert "Accept-Encoding" in response.headers["vary"]
        gzip_etag = response.headers["etag"]
    assert json.loads(gzip.decompress(compressed)) == plain.json()
    assert len(compressed) < len(plain.content) / 3
    assert gzip_etag != plain.headers["etag"]
    again = api.get(
        EXAMPLE,
        params={"lang": "es"},
        headers={"Accept-Encoding": "gzip", "If-None-Match": gzip_etag},
    )
    assert again.status_code == 304
    refused = api.get(EXAMPLE, params={"lang": "es"}, headers={"Accept-Encoding": "gzip;q=0"})
    assert "content-encoding" not in refused.headers
