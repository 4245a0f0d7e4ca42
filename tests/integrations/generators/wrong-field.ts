// Must NOT type-check: there is no overall_score on results (it is overall.score).
import type { components } from "./rdsa-api";

export function score(results: components["schemas"]["AssessmentResults"]): number {
  return results.overall_score;
}
