"""Everything held about one organisation as one JSON document: an aggregate over the
organisations, cohorts, webhooks and access-log packages, so it sits above all of them."""
