"""``/problems/{code}``: what each problem ``type`` URI means."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from app.errors import AppError, NotFound, all_error_classes
from app.problems import problem_responses

router = APIRouter(tags=["meta"])


class ProblemType(BaseModel):
    type: str
    status: int
    title: str
    description: str


def _describe(cls: type[AppError]) -> ProblemType:
    doc = (cls.__doc__ or "").strip().splitlines()
    return ProblemType(
        type=f"/problems/{cls.code}",
        status=cls.status,
        title=cls.title,
        description=doc[0] if doc else cls.title,
    )


@router.get("/problems", response_model=list[ProblemType])
async def list_problem_types() -> list[ProblemType]:
    """Every problem type this service returns."""
    return [_describe(cls) for cls in all_error_classes()]


@router.get("/problems/{code}", response_model=ProblemType, responses=problem_responses(404))
async def problem_type(code: str) -> ProblemType:
    for cls in all_error_classes():
        if cls.code == code:
            return _describe(cls)
    raise NotFound(f"No problem type called {code!r}")
