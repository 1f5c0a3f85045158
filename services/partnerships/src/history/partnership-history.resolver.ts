import { ChangeRecordConnection, changeHistoryConnection } from '@msp-atlas/change-history-graphql';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { historyRedaction } from '../access/member-visibility.js';
import type { PartnershipsContext } from '../graphql/context.js';
import { viewerRecord } from '../graphql/viewer-record.js';
import { PARTNERSHIP_RECORD } from '../partnership/partnership-record.js';
import { Partnership } from '../partnership/partnership.type.js';

@Resolver(() => Partnership)
export class PartnershipHistoryResolver {
  @FieldResolver(() => ChangeRecordConnection, {
    description:
      'Every change, newest first, public. Values of contact persons and invitations are redacted for non-members, the member list for viewers who may not see it',
  })
  async changeHistory(
    @Root() partnership: Partnership,
    @Ctx() context: PartnershipsContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const redact = historyRedaction(context.viewer, await viewerRecord(partnership, context));
    return changeHistoryConnection(context.db, { recordType: PARTNERSHIP_RECORD.recordType, recordId: partnership.id }, { first, after }, redact);
  }
}
