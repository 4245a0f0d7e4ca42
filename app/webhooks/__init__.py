"""Webhooks: signed event deliveries from a durable outbox, sent by a background worker."""
