import { DemoTag } from '../../components/DemoTag';
import { PhaseTag } from '../../components/PhaseTag';
import type { ResultOf } from '../../graphql/graphql';
import { countryName } from '../../reference/country-options';
import { Link } from '@tanstack/react-router';
import type { MembershipItemFragment } from './membership-item-fragment';

/** One partnership the viewer is a member of. */
export function MembershipItem({ partnership }: { partnership: ResultOf<typeof MembershipItemFragment> }) {
  return (
    <li className="card item-row">
      <p>
        <Link to="/partnerships/$slug" params={{ slug: partnership.slug }}>
          {partnership.name}
        </Link>
        {partnership.countries.length > 0 && <span className="muted"> · {partnership.countries.map(countryName).join(', ')}</span>}
      </p>
      <p className="tag-row">
        <PhaseTag phase={partnership.phase} />
        {partnership.isDemo && <DemoTag />}
      </p>
    </li>
  );
}
