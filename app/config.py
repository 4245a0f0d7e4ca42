"""Settings: one ``BaseSettings`` class, read from ``RDSA_*`` environment variables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent

LogLevel = Literal["debug", "info", "warning", "error", "critical"]

_PLACEHOLDER_TOKENS = {"changeme", "changethis", "secret", "password", "admin", "token"}


class Settings(BaseSettings):
    """Every setting of the service. Field ``x`` is read from ``RDSA_X``."""

    model_config = SettingsConfigDict(env_prefix="RDSA_", extra="ignore", frozen=True)

    database_url: str = "sqlite:///./var/rdsa.db"
    bootstrap_admin_token: str | None = None
    max_body_bytes: int = Field(default=1024 * 1024, ge=1024, le=64 * 1024 * 1024)
    min_group_size: int = Field(default=5, ge=2, le=100)
    log_level: LogLevel = "info"
    questionnaires_dir: Path = PROJECT_ROOT / "questionnaires"
    db_pool_size: int = Field(default=10, ge=1, le=200)
    db_max_overflow: int = Field(default=30, ge=0, le=500)
    threads: int = Field(default=40, ge=1, le=1000, description="worker threads for sync endpoints")
    sqlite_synchronous: Literal["FULL", "NORMAL"] = "FULL"
    cors_origins: list[str] = Field(default_factory=list)
    auth_failures_per_minute: int = Field(default=30, ge=1, le=100000)
    draft_retention_days: int = Field(
        default=180, ge=0, le=36500, description="purge drafts untouched this long; 0 = keep"
    )
    idempotency_ttl_hours: int = Field(default=24, ge=24, le=24 * 365)
    public_url: str | None = Field(
        default=None, description="the service's public base URL (FHIR canonical URLs)"
    )
    webhook_worker: Literal["on", "off"] = "on"
    webhook_allow_insecure_localhost: bool = False
    webhook_retry_schedule: tuple[float, ...] = Field(
        default=(10, 60, 300, 1800, 7200, 21600), min_length=1, max_length=20
    )
    webhook_timeout_seconds: float = Field(default=5.0, gt=0, le=60)
    webhook_poll_seconds: float = Field(default=2.0, gt=0, le=600)

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        if not value.startswith(("sqlite://", "postgresql://", "postgresql+psycopg://")):
            raise ValueError("must start with sqlite:// or postgresql+psycopg://")
        if value.startswith("postgresql://"):
            return "postgresql+psycopg://" + value.removeprefix("postgresql://")
        return value

    @field_validator("bootstrap_admin_token")
    @classmethod
    def _strong_token(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if value.lower() in _PLACEHOLDER_TOKENS or len(value) < 24:
            raise ValueError("must be a random string of at least 24 characters")
        if not value.isascii() or any(ch.isspace() for ch in value):
            raise ValueError("must be printable ASCII without spaces")
        return value

    @field_validator("public_url")
    @classmethod
    def _absolute_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        if not value.startswith(("https://", "http://")) or any(c.isspace() for c in value):
            raise ValueError("must be an absolute http(s) URL such as https://rdsa.example.org")
        return value.rstrip("/")

    @field_validator("webhook_retry_schedule")
    @classmethod
    def _positive_delays(cls, value: tuple[float, ...]) -> tuple[float, ...]:
        if any(delay <= 0 or delay > 7 * 86400 for delay in value):
            raise ValueError("each delay must be between 0 and 604800 seconds")
        return value

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


class SettingsError(Exception):
    """Settings could not be read; the message is one line naming the variable."""


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "RDSA_" + str(first["loc"][0]).upper() if first["loc"] else "RDSA_*"
        raise SettingsError(f"invalid setting {name}: {first['msg']}") from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
