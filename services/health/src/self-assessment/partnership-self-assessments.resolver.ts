import { buildConnection, pageArguments } from '@msp-atlas/federation';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { HealthContext } from '../graphql/context.js';
import { Partnership } from '../partnership/partnership.reference.js';
import { selfAssessmentKey } from './self-assessment-key.js';
import { SelfAssessmentConnection } from './self-assessment.connection.js';
import { toSelfAssessment } from './self-assessment.mapper.js';
import { countSelfAssessments, selfAssessmentsPage } from './self-assessment.repository.js';

@Resolver(() => Partnership)
export class PartnershipSelfAssessmentsResolver {
  // Public like the partnership itself: openness about how partners see their work is part of its health.
  @FieldResolver(() => SelfAssessmentConnection, { description: "Members' self-assessments, newest (by date assessed) first" })
  async selfAssessments(
    @Root() partnership: Partnership,
    @Ctx() { db }: HealthContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const page = pageArguments(first, after);
    const rows = await selfAssessmentsPage(db, partnership.id, page.first + 1, page.after ? selfAssessmentKey(page.after) : null);
    return buildConnection(
      SelfAssessmentConnection,
      rows,
      page,
      (row) => toSelfAssessment(row),
      (row) => [row.assessed_on, row.submitted_at_key, row.id],
      () => countSelfAssessments(db, partnership.id),
    );
  }
}
