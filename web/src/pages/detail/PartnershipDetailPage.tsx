import { PARTNERSHIP_DETAIL_QUERY } from '../../api/partnership-detail-query';
import { PartnershipBySlug } from './PartnershipBySlug';
import { PartnershipDetailView } from './PartnershipDetailView';

export function PartnershipDetailPage({ slug }: { slug: string }) {
  return (
    <PartnershipBySlug query={PARTNERSHIP_DETAIL_QUERY} slug={slug}>{(partnership, reload) => <PartnershipDetailView partnership={partnership} reload={reload} />}</PartnershipBySlug>
  );
}
