"""The SQL behind cohort summaries, written once for SQLite and PostgreSQL.

Only portable constructs: CTEs, window functions (ROW_NUMBER, COUNT/SUM OVER), CASE,
integer division and ``%`` on non-negative integers (both databases truncate, which is
floor here). Quantiles are the linear interpolation between order statistics that
numpy, R (type 7) and spreadsheets' PERCENTILE.INC use: for n sorted values x[0..n-1]
and p = j/4, h = (n-1)·j/4, lo = floor(h), r = (n-1)·j mod 4, and
Q = (x[lo]·(4-r) + x[lo+1]·r) / 4. Integer weights keep SQL and Python bit-identical.
"""

from __future__ import annotations

PRIVATE = "CASE WHEN b.sharing = 'aggregate' THEN 1 ELSE 0 END"

# Whether a member is independent of the cohort's facilitator: an organisation that the
# facilitator's key created (and so could hold the first member key of) is not.
INDEPENDENT = (
    "CASE WHEN o.onboarded_by IS NOT NULL AND o.onboarded_by = c.owner_key_id THEN 0 ELSE 1 END"
)

# Each member's submitted assessments of one questionnaire: the newest row of each
# organisation carries the id of its oldest (one pass, no self-join). ``member_basis``
# holds every member with a submission; ``current_basis`` only those the k-anonymous
# figures describe: independent of the facilitator and sharing aggregates only.
CURRENT_BASIS = f"""
ranked AS (
  SELECT a.organisation_id AS org, a.id AS aid, m.sharing AS sharing,
    {INDEPENDENT} AS independent,
    ROW_NUMBER() OVER (PARTITION BY a.organisation_id
                       ORDER BY a.submitted_at DESC, a.id DESC) AS newest,
    COUNT(*) OVER (PARTITION BY a.organisation_id) AS submissions,
    FIRST_VALUE(a.id) OVER (PARTITION BY a.organisation_id
                            ORDER BY a.submitted_at, a.id) AS oldest
  FROM cohort_members m
  JOIN cohorts c ON c.id = m.cohort_id
  JOIN organisations o ON o.id = m.organisation_id
  JOIN assessments a ON a.organisation_id = m.organisation_id
  WHERE m.cohort_id = :cohort AND a.status = 'submitted' AND a.questionnaire_slug = :slug
),
member_basis AS (
  SELECT org, aid AS latest, CASE WHEN submissions > 1 THEN oldest END AS first, sharing,
    independent
  FROM ranked
  WHERE newest = 1
),
current_basis AS (
  SELECT org, latest, first, sharing FROM member_basis
  WHERE sharing = 'aggregate' AND independent = 1
)
"""

# Every member with a submission, and how many of them the k-anonymous figures describe.
CURRENT_COUNTS = f"""
WITH {CURRENT_BASIS}
SELECT COUNT(*),
  COALESCE(SUM(CASE WHEN sharing = 'aggregate' AND independent = 1 THEN 1 ELSE 0 END), 0)
FROM member_basis
"""

STORE_BASIS = f"""
INSERT INTO cohort_publication_basis
  (publication_id, organisation_id, latest_assessment_id, first_assessment_id, sharing)
WITH {CURRENT_BASIS}
SELECT :publication, org, latest, first, sharing FROM current_basis
"""

# Per earlier publication: how many of the organisations now in the basis it covered,
# and how many of those are unchanged (same assessment, same sharing level). Driven
# from the current basis through the index on organisation_id.
MATCHES = f"""
WITH {CURRENT_BASIS}
SELECT b.publication_id, COUNT(*),
  COALESCE(SUM(CASE WHEN c.latest = b.latest_assessment_id AND c.sharing = b.sharing
                    THEN 1 ELSE 0 END), 0)
FROM current_basis c
JOIN cohort_publication_basis b ON b.organisation_id = c.org
WHERE b.publication_id IN :publications
GROUP BY b.publication_id
"""

# Organisations in both an earlier publication's basis and the current one, at the same
# sharing level, that submitted again since: their results may be identical.
RESUBMITTED = f"""
WITH {CURRENT_BASIS}
SELECT b.publication_id, b.latest_assessment_id, c.latest
FROM current_basis c
JOIN cohort_publication_basis b ON b.organisation_id = c.org
WHERE b.publication_id IN :publications AND c.latest <> b.latest_assessment_id
  AND c.sharing = b.sharing
"""

# What the figures read of one assessment's results: domain scores, findings, severities.
RESULT_DOMAINS = """
SELECT assessment_id, domain_id, score FROM result_domains WHERE assessment_id IN :assessments
"""
RESULT_FINDINGS = """
SELECT assessment_id, kind, finding_id, severity FROM result_findings
WHERE assessment_id IN :assessments
"""

PUBLICATION_SIZES = """
SELECT publication_id, COUNT(*) FROM cohort_publication_basis
WHERE publication_id IN :publications
GROUP BY publication_id
"""

SLUG_USAGE = f"""
SELECT a.questionnaire_slug, COUNT(DISTINCT a.organisation_id),
  COUNT(DISTINCT CASE WHEN m.sharing = 'aggregate' AND {INDEPENDENT} = 1
                      THEN a.organisation_id END)
FROM cohort_members m
JOIN cohorts c ON c.id = m.cohort_id
JOIN organisations o ON o.id = m.organisation_id
JOIN assessments a ON a.organisation_id = m.organisation_id
WHERE m.cohort_id = :cohort AND a.status = 'submitted'
GROUP BY a.questionnaire_slug
"""

# One access-log entry per organisation a view covers, written in one statement.
# A random id in each database's own way (SQLite stores UUIDs as 32 hex digits).
NEW_ID = {"sqlite": "lower(hex(randomblob(16)))", "postgresql": "gen_random_uuid()"}
_LOG_COLUMNS = "(id, organisation_id, at, actor_role, actor_key_id, actor_label, action, target)"
_LOG_VALUES = ":at, :role, :key, :label, :action, :target"


def log_publication_view(dialect: str) -> str:
    return f"""
INSERT INTO access_log {_LOG_COLUMNS}
SELECT {NEW_ID[dialect]}, b.organisation_id, {_LOG_VALUES}
FROM cohort_publication_basis b WHERE b.publication_id = :publication
"""


def log_current_view(dialect: str) -> str:
    return f"""
INSERT INTO access_log {_LOG_COLUMNS}
WITH {CURRENT_BASIS}
SELECT {NEW_ID[dialect]}, org, {_LOG_VALUES} FROM current_basis
"""


def _quartile(j: int) -> str:
    lo, r = f"(({j} * (n - 1)) / 4)", f"(({j} * (n - 1)) % 4)"
    return (
        f"CAST(SUM(CASE WHEN i = {lo} THEN x * (4 - {r}) "
        f"WHEN i = {lo} + 1 THEN x * {r} ELSE 0.0 END) AS DOUBLE PRECISION) / 4"
    )


_QUANTILES = f"""
ordered AS (
  SELECT g, k, x, p,
    ROW_NUMBER() OVER (PARTITION BY g, k ORDER BY x) - 1 AS i,
    COUNT(*) OVER (PARTITION BY g, k) AS n
  FROM vals
)
SELECT g, k, COUNT(*), SUM(p),
  SUM(CASE WHEN x > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN x > 0 THEN p ELSE 0 END),
  {_quartile(1)}, {_quartile(2)}, {_quartile(3)}
FROM ordered GROUP BY g, k"""

_LATEST = "b.publication_id = :publication"
_COMPARED = "b.publication_id = :publication AND b.first_assessment_id IS NOT NULL"

SUBMITTED = f"""
SELECT COUNT(*), COALESCE(SUM({PRIVATE}), 0), COALESCE(SUM(CASE WHEN
  b.first_assessment_id IS NOT NULL THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN
  b.first_assessment_id IS NOT NULL THEN {PRIVATE} ELSE 0 END), 0)
FROM cohort_publication_basis b WHERE {_LATEST}
"""

FINDINGS = f"""
SELECT f.kind, f.finding_id, f.severity, COUNT(*), SUM({PRIVATE})
FROM cohort_publication_basis b
JOIN result_findings f ON f.assessment_id = b.latest_assessment_id
WHERE {_LATEST}
GROUP BY f.kind, f.finding_id, f.severity
"""


# Every distribution in one statement, grouped by (g, k):
#   g = 'score'   k = domain    x = latest domain score
#   g = 'change'  k = domain    x = latest minus first domain score
#   g = 'issues'  k = 'resolved' | 'new'   x = issues one organisation resolved / gained
# followed (UNION ALL) by per-issue counts: g = 'resolved' | 'new', k = issue id.
# Change covers organisations with a first and a latest assessment. Result rows are read
# through their assessment id and then grouped (no anti-joins: their plans depend too much
# on table statistics); one marker row per organisation (issue NULL) keeps organisations
# without any issue in the per-organisation counts.
STATISTICS = f"""
WITH issue_sides AS (
  SELECT b.organisation_id AS org, {PRIVATE} AS p, s.finding_id AS issue,
         1 AS was, 0 AS is_now
  FROM cohort_publication_basis b
  JOIN result_findings s ON s.assessment_id = b.first_assessment_id AND s.kind = 'issue'
  WHERE {_COMPARED}
  UNION ALL
  SELECT b.organisation_id, {PRIVATE}, s.finding_id, 0, 1
  FROM cohort_publication_basis b
  JOIN result_findings s ON s.assessment_id = b.latest_assessment_id AND s.kind = 'issue'
  WHERE {_COMPARED}
  UNION ALL
  SELECT b.organisation_id, {PRIVATE}, NULL, 0, 0
  FROM cohort_publication_basis b
  WHERE {_COMPARED}
),
issues AS (
  SELECT org, MAX(p) AS p, issue, MAX(was) AS was, MAX(is_now) AS is_now
  FROM issue_sides GROUP BY org, issue
),
per_org AS (
  SELECT org, MAX(p) AS p,
    SUM(CASE WHEN was = 1 AND is_now = 0 THEN 1 ELSE 0 END) AS resolved_n,
    SUM(CASE WHEN was = 0 AND is_now = 1 THEN 1 ELSE 0 END) AS new_n
  FROM issues GROUP BY org
),
domain_sides AS (
  SELECT b.organisation_id AS org, d.domain_id AS k, d.score AS x, {PRIVATE} AS p
  FROM cohort_publication_basis b
  JOIN result_domains d ON d.assessment_id = b.latest_assessment_id
  WHERE {_COMPARED} AND d.score IS NOT NULL
  UNION ALL
  SELECT b.organisation_id, d.domain_id, -d.score, {PRIVATE}
  FROM cohort_publication_basis b
  JOIN result_domains d ON d.assessment_id = b.first_assessment_id
  WHERE {_COMPARED} AND d.score IS NOT NULL
),
vals AS (
  SELECT 'score' AS g, d.domain_id AS k, d.score AS x, {PRIVATE} AS p
  FROM cohort_publication_basis b
  JOIN result_domains d ON d.assessment_id = b.latest_assessment_id
  WHERE {_LATEST} AND d.score IS NOT NULL
  UNION ALL
  SELECT 'change', k, SUM(x), MAX(p) FROM domain_sides GROUP BY org, k HAVING COUNT(*) = 2
  UNION ALL
  SELECT 'issues', 'resolved', CAST(resolved_n AS DOUBLE PRECISION), p FROM per_org
  UNION ALL
  SELECT 'issues', 'new', CAST(new_n AS DOUBLE PRECISION), p FROM per_org
),
{_QUANTILES}
UNION ALL
SELECT CASE WHEN was = 1 THEN 'resolved' ELSE 'new' END, issue, COUNT(*), SUM(p),
  0, 0, 0.0, 0.0, 0.0
FROM issues
WHERE issue IS NOT NULL AND was <> is_now
GROUP BY CASE WHEN was = 1 THEN 'resolved' ELSE 'new' END, issue
"""


# Per domain: organisations with at least one high or critical issue there (topic level).
TOPICS = f"""
SELECT f.domain_id, COUNT(DISTINCT b.organisation_id),
  COUNT(DISTINCT CASE WHEN {PRIVATE} = 1 THEN b.organisation_id END)
FROM cohort_publication_basis b
JOIN result_findings f ON f.assessment_id = b.latest_assessment_id
WHERE {_LATEST} AND f.kind = 'issue' AND f.severity IN ('high', 'critical')
GROUP BY f.domain_id
"""
