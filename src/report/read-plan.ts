/**
 * What a report reads from one source: SQL statements with their parameters, and the facts of
 * each query of queriesFor(q) their rows make. Run alike on a local database (sqlite-source.ts)
 * and on the team store (team-source.ts). A lead's report from a source with the fact tables
 * reads its groupings in one pass (lead-pass.ts); any other reads each query in turn (metrics.ts).
 */
import { leadPass, leadPassApplies } from './lead-pass.js';
import { type DatabaseFacts, factReads, type ReadPlan } from './metrics.js';
import type { ReadContext } from './read-context.js';
import { queryParams } from './sql.js';

/**
 * `contexts`: one per query of queriesFor(q), the lead's first. `onePass` false reads a lead's
 * queries in turn even where one pass could (the tests hold the two equal).
 */
export function readPlan(contexts: readonly ReadContext[], onePass = true): ReadPlan {
  const [lead] = contexts;
  if (onePass && lead && leadPassApplies(lead))
    return leadPass(
      contexts.map((c) => c.q),
      lead,
    );
  const perQuery = contexts.map((ctx) => ({ params: queryParams(ctx.q), reads: Object.values(factReads(ctx)) }));
  return {
    reads: perQuery.flatMap(({ params, reads }) => reads.map(({ sql }) => ({ sql, params }))),
    facts(rows) {
      let next = 0;
      return perQuery.map(
        ({ reads }) => Object.assign({ duplicates: 0, hooks: [] }, ...reads.map((read) => read.facts(rows[next++] ?? []))) as DatabaseFacts,
      );
    },
  };
}
