"""The OpenAPI document declares bearer auth per operation (tools then know which
operations need a key), and the document matches what the server does."""

from __future__ import annotations

from tests.support.api import Api


def test_every_operation_says_whether_it_needs_a_key(api: Api) -> None:
    document = api.get("/openapi.json").json()
    scheme = document["components"]["securitySchemes"]["bearerAuth"]
    assert scheme["type"] == "http" and scheme["scheme"] == "bearer"
    secured, public = [], []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            assert "security" in operation, (method, path)
            if operation["security"]:
                assert operation["security"] == [{"bearerAuth": []}]
                assert {"401", "429"} <= set(operation["responses"]), (method, path)
                secured.append((method, path))
            else:
                assert "401" not in operation["responses"], (method, path)
                public.append((method, path))
    assert ("get", "/v1/me") in secured and ("get", "/healthz") in public
    # what the document says is what the server does
    for method, path in secured:
        if method == "get" and "{" not in path:
            assert api.get(path).status_code == 401, path
    for method, path in public:
        if method == "get" and "{" not in path:
            assert api.get(path).status_code != 401, path
