import { getRouteApi } from '@tanstack/react-router';
import { PARTNERSHIP_DETAIL_QUERY } from '../../api/partnership-detail-query';
import { PartnershipBySlug } from './PartnershipBySlug';
import { PartnershipDetailView } from './PartnershipDetailView';

const detailRoute = getRouteApi('/partnerships/$slug');

export function PartnershipDetailPage() {
  const { slug } = detailRoute.useParams();
  return (
    <PartnershipBySlug query={PARTNERSHIP_DETAIL_QUERY} slug={slug}>
      {(partnership, reload) => <PartnershipDetailView partnership={partnership} reload={reload} />}
    </PartnershipBySlug>
  );
}
