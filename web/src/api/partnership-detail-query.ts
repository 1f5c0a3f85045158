import { PARTNERSHIP_DETAIL_FIELDS } from './partnership-detail-fields';
import type { PartnershipDetail } from './partnership-types';

export const PARTNERSHIP_DETAIL_QUERY = /* GraphQL */ `
  query PartnershipDetail($slug: String!) {
    partnershipBySlug(slug: $slug) { ${PARTNERSHIP_DETAIL_FIELDS} }
  }
`;

export interface PartnershipDetailData {
  partnershipBySlug: PartnershipDetail | null;
}
