"""The floor for a durable answer save: the leanest way to do it on rdsa's stack.

    RDSA_DATABASE_URL=sqlite:///var/bench.db uvicorn bench.floor_app:app --http httptools

One bare FastAPI endpoint, ``PATCH /floor/{assessment_id}``, over rdsa's own tables and
rdsa's own engine (``make_engine``: the same SQLite pragmas — WAL, synchronous=FULL by
default — the same ``BEGIN IMMEDIATE`` writer queue, the same pool): look the key up by
hash, bump the assessment's row version, upsert the body's answers with SQLAlchemy Core
and commit. No validation, no ORM, no progress; the reply is the new ETag. The HTTP
benchmark measures rdsa's PATCH and submit as ratios to this (DESIGN.md §7).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from sqlalchemy import Engine, Table, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from starlette.responses import Response

from app.config import Settings
from app.db.engine import make_engine
from app.models import Answer, ApiKey, Assessment

settings = Settings()
engine: Engine = make_engine(settings)
writes = engine.execution_options(sqlite_begin="IMMEDIATE")
# Core tables (the models' column types: UUIDs and UTC datetimes as rdsa stores them).
api_keys: Table = ApiKey.__table__  # type: ignore[assignment]
assessments: Table = Assessment.__table__  # type: ignore[assignment]
answers: Table = Answer.__table__  # type: ignore[assignment]
insert = pg_insert if engine.dialect.name == "postgresql" else sqlite_insert

app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)


@app.patch("/floor/{assessment_id}")
def floor(assessment_id: uuid.UUID, request_body: dict[str, Any], request: Request) -> Response:
    token = request.headers.get("authorization", "").partition(" ")[2]
    digest = hashlib.sha256(token.encode()).hexdigest()
    now = datetime.now(UTC)
    with writes.begin() as connection:
        key = connection.execute(
            select(api_keys.c.id, api_keys.c.organisation_id).where(
                api_keys.c.token_hash == digest, api_keys.c.revoked_at.is_(None)
            )
        ).first()
        if key is None:
            raise HTTPException(401)
        version = connection.execute(
            update(assessments)
            .where(
                assessments.c.id == assessment_id,
                assessments.c.organisation_id == key.organisation_id,
            )
            .values(row_version=assessments.c.row_version + 1, updated_at=now)
            .returning(assessments.c.row_version)
        ).scalar_one_or_none()
        if version is None:
            raise HTTPException(404)
        statement = insert(answers)
        connection.execute(
            statement.on_conflict_do_update(
                index_elements=[answers.c.assessment_id, answers.c.question_id],
                set_={"content": statement.excluded.content, "updated_at": now},
            ),
            [
                {
                    "assessment_id": assessment_id,
                    "question_id": question_id,
                    "content": content,
                    "comment": None,
                    "updated_at": now,
                }
                for question_id, content in request_body["answers"].items()
            ],
        )
    return Response(
        json.dumps({"etag": f'"{assessment_id}.{version}"'}), media_type="application/json"
    )
