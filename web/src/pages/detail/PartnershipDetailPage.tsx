import { PartnershipBySlug } from './PartnershipBySlug';
import { PartnershipDetailView } from './PartnershipDetailView';

export function PartnershipDetailPage({ slug }: { slug: string }) {
  return (
    <PartnershipBySlug slug={slug}>{(partnership, reload) => <PartnershipDetailView partnership={partnership} reload={reload} />}</PartnershipBySlug>
  );
}
