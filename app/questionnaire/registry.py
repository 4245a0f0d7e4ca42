"""The immutable in-memory registry of questionnaire versions, built once at start-up.

Every served document (each declared locale, plus ``*`` = all locales) is
rendered to JSON bytes with a strong ETag when the registry is built, so the
HTTP layer only picks bytes: ``registry.document(slug, version, locale)``.
"""

from __future__ import annotations

import gzip
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict

from app.questionnaire.diff import VersionDiff, diff_versions
from app.questionnaire.loader import LoadedQuestionnaire, Tree
from app.questionnaire.model import Questionnaire, Resource, ResourceCatalogue, Status
from app.questionnaire.negotiate import ALL_LOCALES, negotiate
from app.questionnaire.render import json_bytes, served_document, strong_etag
from app.questionnaire.resources import filter_resources
from app.questionnaire.semver import version_key


@dataclass(frozen=True)
class RenderedDocument:
    body: bytes
    etag: str
    locale: str
    # The same bytes gzip-compressed once at start-up, for clients on slow connections
    # (a different representation, so a different entity tag).
    gzip_body: bytes = b""
    gzip_etag: str = ""


@dataclass(frozen=True)
class VersionEntry:
    loaded: LoadedQuestionnaire
    documents: Mapping[str, RenderedDocument]

    @property
    def model(self) -> Questionnaire:
        return self.loaded.model

    @property
    def slug(self) -> str:
        return self.loaded.slug

    @property
    def version(self) -> str:
        return self.loaded.version

    @property
    def status(self) -> Status:
        return self.loaded.status

    @property
    def content_hash(self) -> str:
        return self.loaded.content_hash

    def negotiate(self, requested: str | None, accept_language: str | None) -> str:
        """The locale to serve for a request (``*`` when ``?lang=*``)."""
        model = self.model
        return negotiate(requested, accept_language, list(model.locales), model.default_locale)

    def document(self, locale: str) -> RenderedDocument:
        """The pre-rendered document in ``locale`` (a declared locale or ``*``)."""
        return self.documents[locale]


class VersionInfo(BaseModel):
    model_config = ConfigDict(frozen=True)

    version: str
    status: Status
    content_hash: str


class QuestionnaireSummary(BaseModel):
    """One questionnaire for ``GET /v1/questionnaires`` (title as a locale map)."""

    model_config = ConfigDict(frozen=True)

    slug: str
    title: dict[str, str]
    default_locale: str
    locales: list[str]
    versions: list[VersionInfo]
    latest: str | None


def render_entry(loaded: LoadedQuestionnaire) -> VersionEntry:
    documents: dict[str, RenderedDocument] = {}
    for locale in [*dict.fromkeys(loaded.model.locales), ALL_LOCALES]:
        body = json_bytes(served_document(loaded.model, loaded.content_hash, locale))
        etag = strong_etag(body)
        documents[locale] = RenderedDocument(
            body=body,
            etag=etag,
            locale=locale,
            gzip_body=gzip.compress(body, compresslevel=9, mtime=0),
            gzip_etag=etag[:-1] + '-gzip"',
        )
    return VersionEntry(loaded=loaded, documents=MappingProxyType(documents))


class Registry:
    """Read-only view of all loaded versions; safe to share between threads."""

    def __init__(self, entries: list[VersionEntry], resources: ResourceCatalogue) -> None:
        by_slug: dict[str, list[VersionEntry]] = {}
        for entry in sorted(entries, key=lambda e: (e.slug, version_key(e.version))):
            by_slug.setdefault(entry.slug, []).append(entry)
        self._by_slug: Mapping[str, tuple[VersionEntry, ...]] = MappingProxyType(
            {slug: tuple(items) for slug, items in by_slug.items()}
        )
        self._resources = resources

    @classmethod
    def from_tree(cls, tree: Tree) -> Registry:
        return cls([render_entry(loaded) for loaded in tree.questionnaires], tree.resources)

    @property
    def resources(self) -> ResourceCatalogue:
        return self._resources

    def slugs(self) -> tuple[str, ...]:
        return tuple(self._by_slug)

    def versions(self, slug: str) -> tuple[str, ...]:
        """Versions of ``slug`` from oldest to newest (semantic version order)."""
        return tuple(entry.version for entry in self._by_slug.get(slug, ()))

    def entries(self, slug: str) -> tuple[VersionEntry, ...]:
        return self._by_slug.get(slug, ())

    def get(self, slug: str, version: str) -> VersionEntry | None:
        return next((e for e in self._by_slug.get(slug, ()) if e.version == version), None)

    def status(self, slug: str, version: str) -> Status | None:
        entry = self.get(slug, version)
        return None if entry is None else entry.status

    def latest_published(self, slug: str) -> VersionEntry | None:
        published = [e for e in self._by_slug.get(slug, ()) if e.status is Status.PUBLISHED]
        return published[-1] if published else None

    def document(self, slug: str, version: str, locale: str) -> RenderedDocument | None:
        entry = self.get(slug, version)
        return None if entry is None else entry.documents.get(locale)

    def summaries(self) -> list[QuestionnaireSummary]:
        return [self._summary(slug, entries) for slug, entries in self._by_slug.items()]

    def _summary(self, slug: str, entries: tuple[VersionEntry, ...]) -> QuestionnaireSummary:
        latest = self.latest_published(slug)
        shown = (latest or entries[-1]).model
        versions = [
            VersionInfo(version=e.version, status=e.status, content_hash=e.content_hash)
            for e in entries
        ]
        return QuestionnaireSummary(
            slug=slug,
            title=dict(shown.title),
            default_locale=shown.default_locale,
            locales=list(shown.locales),
            versions=versions,
            latest=None if latest is None else latest.version,
        )

    def diff(self, slug: str, from_version: str, to_version: str) -> VersionDiff | None:
        old, new = self.get(slug, from_version), self.get(slug, to_version)
        if old is None or new is None:
            return None
        return diff_versions(old.model, new.model)

    def resources_for(
        self, *, issue: str | None = None, lang: str | None = None, domain: str | None = None
    ) -> list[Resource]:
        """``GET /v1/resources`` filters; links come from each slug's latest published version."""
        latest = [entry.model for slug in self._by_slug if (entry := self.latest_published(slug))]
        return filter_resources(self._resources, latest, issue=issue, lang=lang, domain=domain)
