// The assessment and cohort journeys in TypeScript, typed only by what openapi-typescript
// generated from /openapi.json (rdsa-api.d.ts). The test suite type-checks this file with
// tsc --strict; it is never run. Lines marked @ts-expect-error must fail to type-check.
import type { components, paths } from "./rdsa-api";

type Schemas = components["schemas"];
type Problem = Schemas["Problem"];
type Created<P extends keyof paths, M extends "post"> = paths[P][M] extends {
  responses: { 201: { content: { "application/json": infer T } } };
}
  ? T
  : never;
type Ok<P extends keyof paths, M extends "get" | "post" | "patch"> = paths[P][M] extends {
  responses: { 200: { content: { "application/json": infer T } } };
}
  ? T
  : never;

class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

async function send<T>(
  base: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(base + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new ProblemError((await response.json()) as Problem);
  }
  return (await response.json()) as T;
}

export async function assessmentJourney(base: string, facilitator: string): Promise<number | null> {
  const orgBody: Schemas["OrganisationCreate"] = { name: "Colectivo Lila", country: "CO" };
  const org = await send<Created<"/v1/organisations", "post">>(
    base, facilitator, "POST", "/v1/organisations", orgBody,
  );
  const keyBody: Schemas["MemberKeyCreate"] = { label: "director" };
  const key = await send<Created<"/v1/organisations/{org_id}/keys", "post">>(
    base, facilitator, "POST", `/v1/organisations/${org.id}/keys`, keyBody,
  );
  const member: string = key.token;

  const create: Schemas["AssessmentCreate"] = { questionnaire: "rd-core", version: "1.0.0" };
  const draft = await send<Schemas["AssessmentRead"]>(
    base, member, "POST", `/v1/organisations/${org.id}/assessments`, create,
  );
  const patch: Schemas["AnswersPatch"] = {
    answers: {
      "power-purpose": { value: "always", comment: "In the intake form" },
      "power-benefit": { unsure: true },
      "power-labour": null,
    },
  };
  const saved = await send<Ok<"/v1/assessments/{assessment_id}/answers", "patch">>(
    base, member, "PATCH", `/v1/assessments/${draft.id}/answers`, patch,
    { "If-Match": draft.etag },
  );
  const missing: string[] = saved.progress.missing_required;
  if (missing.length > 0) {
    return null;
  }
  const results = await send<Ok<"/v1/assessments/{assessment_id}/submit", "post">>(
    base, member, "POST", `/v1/assessments/${draft.id}/submit`, undefined,
    { "Idempotency-Key": `journey-${draft.id}` },
  );
  const worst: Schemas["Severity"] | undefined = results.issues[0]?.severity;
  const read = await send<Schemas["AssessmentResults"]>(
    base, member, "GET", `/v1/assessments/${draft.id}/results`,
  );
  const comparison = await send<Ok<"/v1/assessments/{assessment_id}/compare/{other_id}", "get">>(
    base, member, "GET", `/v1/assessments/${draft.id}/compare/${draft.id}`,
  );
  const deltas: (number | null | undefined)[] = comparison.domains.map((d) => d.delta);
  const resolved: string[] = comparison.issues_resolved.map((i) => i.id);
  console.log(worst, deltas, resolved);

  // @ts-expect-error an answer is an object ({value}, {unsure}, …), never a bare value
  const bare: Schemas["AnswersPatch"] = { answers: { "power-purpose": "always" } };
  // @ts-expect-error the score may be null (nothing scored), so it is not a plain number
  const score: number = read.overall.score;
  console.log(bare, score);
  return read.overall.score ?? null;
}

export async function cohortJourney(base: string, facilitator: string, members: string[]) {
  const body: Schemas["CohortCreate"] = { name: "Cohort 2026" };
  const cohort = await send<Created<"/v1/cohorts", "post">>(
    base, facilitator, "POST", "/v1/cohorts", body,
  );
  for (const member of members) {
    const join: Schemas["JoinRequest"] = { join_code: cohort.join_code, sharing: "results" };
    const membership = await send<Schemas["MembershipRead"]>(
      base, member, "POST", "/v1/cohorts/join", join,
    );
    console.log(membership.cohort_name);
  }
  const summary = await send<Ok<"/v1/cohorts/{cohort_id}/summary", "get">>(
    base, facilitator, "GET", `/v1/cohorts/${cohort.id}/summary`,
  );
  const members_: Schemas["Count"] = summary.counts.members;
  const names: string[] = summary.shared_results.map((r) => r.name);
  // @ts-expect-error sharing is "aggregate" or "results", nothing else
  const wrong: Schemas["JoinRequest"] = { join_code: cohort.join_code, sharing: "everything" };
  console.log(members_.display, names, wrong);
  return summary.status;
}
