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

# Each member's submitted assessments of one questionnaire: the newest row of each
# organisation carries the id of its oldest (one pass, no self-join).
CURRENT_BASIS = """
ranked AS (
  SELECT a.organisation_id AS org, a.id AS aid, m.sharing AS sharing,
    ROW_NUMBER() OVER (PARTITION BY a.organisation_id
                       ORDER BY a.submitted_at DESC, a.id DESC) AS newest,
    COUNT(*) OVER (PARTITION BY a.organisation_id) AS submissions,
    FIRST_VALUE(a.id) OVER (PARTITION BY a.organisation_id
                            ORDER BY a.submitted_at, a.id) AS oldest
  FROM cohort_members m
  JOIN assessments a ON a.organisation_id = m.organisation_id
  WHERE m.cohort_id = :cohort AND a.status = 'submitted' AND a.questionnaire_slug = :slug
),
current_basis AS (
  SELECT org, aid AS latest, CASE WHEN submissions > 1 THEN oldest END AS first, sharing
  FROM ranked
  WHERE newest = 1
)
"""

CURRENT_COUNTS = f"""
WITH {CURRENT_BASIS}
SELECT COUNT(*), COALESCE(SUM(CASE WHEN sharing = 'aggregate' THEN 1 ELSE 0 END), 0)
FROM current_basis
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

PUBLICATION_SIZES = """
SELECT publication_id, COUNT(*) FROM cohort_publication_basis
WHERE publication_id IN :publications
GROUP BY publication_id
"""

SLUG_USAGE = """
SELECT a.questionnaire_slug, COUNT(DISTINCT a.organisation_id),
  COUNT(DISTINCT CASE WHEN m.sharing = 'aggregate' THEN a.organisation_id END)
FROM cohort_members m
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


def quantiles(values_cte: str) -> str:
    """Per key of ``values(k, x, p)``: count, private count, count and private count of
    positive values, and the three quartiles (interpolated as described above)."""

    def quartile(j: int) -> str:
        lo, r = f"(({j} * (n - 1)) / 4)", f"(({j} * (n - 1)) % 4)"
        return (
            f"CAST(SUM(CASE WHEN i = {lo} THEN x * (4 - {r}) "
            f"WHEN i = {lo} + 1 THEN x * {r} ELSE 0.0 END) AS DOUBLE PRECISION) / 4"
        )

    return f"""
WITH {values_cte},
ordered AS (
  SELECT k, x, p,
    ROW_NUMBER() OVER (PARTITION BY k ORDER BY x) - 1 AS i,
    COUNT(*) OVER (PARTITION BY k) AS n
  FROM vals
)
SELECT k, COUNT(*), SUM(p),
  SUM(CASE WHEN x > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN x > 0 THEN p ELSE 0 END),
  {quartile(1)}, {quartile(2)}, {quartile(3)}
FROM ordered GROUP BY k
"""


SUBMITTED = f"""
SELECT COUNT(*), COALESCE(SUM({PRIVATE}), 0)
FROM cohort_publication_basis b WHERE b.publication_id = :publication
"""

DOMAIN_SCORES = quantiles(f"""
vals AS (
  SELECT d.domain_id AS k, d.score AS x, {PRIVATE} AS p
  FROM cohort_publication_basis b
  JOIN result_domains d ON d.assessment_id = b.latest_assessment_id
  WHERE b.publication_id = :publication AND d.score IS NOT NULL
)""")

FINDINGS = f"""
SELECT f.kind, f.finding_id, f.severity, COUNT(*), SUM({PRIVATE})
FROM cohort_publication_basis b
JOIN result_findings f ON f.assessment_id = b.latest_assessment_id
WHERE b.publication_id = :publication
GROUP BY f.kind, f.finding_id, f.severity
"""

COMPARED = f"""
SELECT COUNT(*), COALESCE(SUM({PRIVATE}), 0)
FROM cohort_publication_basis b
WHERE b.publication_id = :publication AND b.first_assessment_id IS NOT NULL
"""

DOMAIN_CHANGES = quantiles(f"""
vals AS (
  SELECT l.domain_id AS k, l.score - f.score AS x, {PRIVATE} AS p
  FROM cohort_publication_basis b
  JOIN result_domains l ON l.assessment_id = b.latest_assessment_id
  JOIN result_domains f ON f.assessment_id = b.first_assessment_id AND f.domain_id = l.domain_id
  WHERE b.publication_id = :publication AND l.score IS NOT NULL AND f.score IS NOT NULL
)""")


def _gone(source: str, target: str) -> str:
    """Issues of assessment column ``source`` that assessment column ``target`` lacks."""
    return f"""
  FROM cohort_publication_basis b
  JOIN result_findings s ON s.assessment_id = b.{source} AND s.kind = 'issue'
  WHERE b.publication_id = :publication AND b.first_assessment_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM result_findings t
                    WHERE t.assessment_id = b.{target} AND t.kind = 'issue'
                      AND t.finding_id = s.finding_id)"""


RESOLVED_AND_NEW = f"""
SELECT 'resolved', s.finding_id, COUNT(*), SUM({PRIVATE})
{_gone("first_assessment_id", "latest_assessment_id")}
GROUP BY s.finding_id
UNION ALL
SELECT 'new', s.finding_id, COUNT(*), SUM({PRIVATE})
{_gone("latest_assessment_id", "first_assessment_id")}
GROUP BY s.finding_id
"""

PER_ORGANISATION_CHANGES = quantiles(f"""
per_org AS (
  SELECT b.organisation_id AS org, {PRIVATE} AS p,
    (SELECT COUNT(*) FROM result_findings s
     WHERE s.assessment_id = b.first_assessment_id AND s.kind = 'issue'
       AND NOT EXISTS (SELECT 1 FROM result_findings t
                       WHERE t.assessment_id = b.latest_assessment_id AND t.kind = 'issue'
                         AND t.finding_id = s.finding_id)) AS resolved_n,
    (SELECT COUNT(*) FROM result_findings s
     WHERE s.assessment_id = b.latest_assessment_id AND s.kind = 'issue'
       AND NOT EXISTS (SELECT 1 FROM result_findings t
                       WHERE t.assessment_id = b.first_assessment_id AND t.kind = 'issue'
                         AND t.finding_id = s.finding_id)) AS new_n
  FROM cohort_publication_basis b
  WHERE b.publication_id = :publication AND b.first_assessment_id IS NOT NULL
),
vals AS (
  SELECT 'resolved' AS k, CAST(resolved_n AS DOUBLE PRECISION) AS x, p FROM per_org
  UNION ALL
  SELECT 'new' AS k, CAST(new_n AS DOUBLE PRECISION) AS x, p FROM per_org
)""")
