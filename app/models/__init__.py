"""All ORM models, imported here so Alembic and the app see the whole schema."""

from app.models.api_key import ApiKey
from app.models.organisation import Organisation

__all__ = ["ApiKey", "Organisation"]
