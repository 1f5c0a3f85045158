import { canSeeContacts } from '@msp-atlas/access';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartnershipsContext } from '../graphql/context.js';
import { viewerRecord } from '../graphql/viewer-record.js';
import { Partnership } from '../partnership/partnership.type.js';
import { ContactPerson } from './contact-person.type.js';
import { toContactPerson } from './contact.mapper.js';

@Resolver(() => Partnership)
export class PartnershipContactsResolver {
  @FieldResolver(() => [ContactPerson], {
    nullable: true,
    description: 'Contact persons (personal data): the list for members, null for everyone else, curators included',
  })
  async contacts(@Root() partnership: Partnership, @Ctx() context: PartnershipsContext) {
    if (!canSeeContacts(context.viewer, await viewerRecord(partnership, context))) return null;
    return (await context.loaders.contacts.load(partnership.id)).map(toContactPerson);
  }
}
