"""The delivery worker: picks due deliveries from the outbox, sends them, records each
attempt, and schedules retries with backoff. All state lives in the database, so a
restart loses nothing; a delivery claimed by a worker that dies goes out again once
its lease ends (receivers de-duplicate on the event id).
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.models import ApiKey, Webhook, WebhookAttempt, WebhookDelivery
from app.webhooks import repository
from app.webhooks.sender import DeliveryPolicy, Message, Outcome, Sender

logger = logging.getLogger("rdsa.webhooks")
PRUNE_EVERY = timedelta(hours=1)


@dataclass(frozen=True)
class _Job:
    message: Message
    give_up: str | None  # why the delivery cannot be sent at all


class DeliveryWorker:
    def __init__(
        self,
        db: Database,
        policy: DeliveryPolicy,
        *,
        poll_seconds: float = 2.0,
        sender: Sender | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._db = db
        self._policy = policy
        self._poll_seconds = poll_seconds
        self._sender = sender or Sender(policy)
        self._clock = clock
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_prune: datetime | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="rdsa-webhooks", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Finish the pass in progress, then stop (idempotent)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def close(self) -> None:
        self.stop()
        self._sender.close()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                busy = self.run_once() > 0
            except Exception:  # the database may be away for a moment; try again later
                logger.exception("webhook delivery pass failed")
                busy = False
            if not busy:
                self._stop.wait(self._poll_seconds)

    # ------------------------------------------------------------------ one pass

    def run_once(self, now: datetime | None = None) -> int:
        """Send every delivery due at ``now`` (default: the clock); returns how many."""
        moment = now or self._clock()
        self._prune(moment)
        with self._db.reads() as session:
            if not repository.any_due(session, moment):
                return 0
        lease = moment + timedelta(seconds=self._policy.lease_seconds)
        with self._db.write_transaction() as session:
            ids = repository.claim_due(
                session, moment, limit=self._policy.batch_size, lease_until=lease
            )
        if not ids:
            return 0
        with self._db.reads() as session:
            jobs = _jobs(session, ids)
        with ThreadPoolExecutor(max_workers=self._policy.parallel) as pool:
            outcomes = list(pool.map(self._attempt, jobs))
        finished = now or self._clock()
        with self._db.write_transaction() as session:
            for job, outcome in zip(jobs, outcomes, strict=True):
                self._record(session, job, outcome, finished)
        return len(jobs)

    def _attempt(self, job: _Job) -> Outcome:
        if job.give_up is not None:
            return Outcome(None, job.give_up, 0)
        return self._sender.send(job.message)

    def _record(self, session: Session, job: _Job, outcome: Outcome, now: datetime) -> None:
        delivery = session.get(WebhookDelivery, uuid.UUID(job.message.delivery_id))
        if delivery is None:  # the hook was deleted meanwhile
            return
        session.add(
            WebhookAttempt(
                delivery_id=delivery.id,
                organisation_id=delivery.organisation_id,
                at=now,
                status_code=outcome.status_code,
                error=outcome.error,
                duration_ms=outcome.duration_ms,
            )
        )
        delivery.attempts += 1
        if outcome.delivered:
            delivery.status, delivery.finished_at = "delivered", now
        elif (
            job.give_up is not None
            or outcome.final
            or delivery.attempts >= self._policy.max_attempts
        ):
            delivery.status, delivery.finished_at = "failed", now
            logger.warning("webhook delivery %s failed for good: %s", delivery.id, outcome.error)
        else:
            delay = self._policy.schedule[delivery.attempts - 1]
            delivery.next_attempt_at = now + timedelta(seconds=delay)

    def _prune(self, now: datetime) -> None:
        if self._last_prune is not None and now - self._last_prune < PRUNE_EVERY:
            return
        self._last_prune = now
        cutoff = now - timedelta(days=self._policy.retention_days)
        with self._db.reads() as session:
            stale = session.scalar(
                select(WebhookDelivery.id)
                .where(WebhookDelivery.status != "pending", WebhookDelivery.finished_at < cutoff)
                .limit(1)
            )
        if stale is not None:
            with self._db.write_transaction() as session:
                repository.delete_finished_before(session, cutoff)


def _jobs(session: Session, ids: list[uuid.UUID]) -> list[_Job]:
    rows = session.execute(
        select(WebhookDelivery, Webhook, ApiKey.revoked_at)
        .join(Webhook, Webhook.id == WebhookDelivery.webhook_id)
        .outerjoin(ApiKey, ApiKey.id == Webhook.owner_key_id)
        .where(WebhookDelivery.id.in_(ids))
        .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id)
    )
    jobs = []
    for delivery, hook, revoked_at in rows:
        message = Message(
            delivery_id=str(delivery.id),
            event_type=delivery.event_type,
            url=hook.url,
            secret=hook.secret,
            body=delivery.payload.encode(),
        )
        give_up = "not sent: the hook's owner key was revoked" if revoked_at else None
        jobs.append(_Job(message, give_up))
    return jobs
