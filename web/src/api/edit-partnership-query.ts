import { graphql } from '../graphql/graphql';
import { EditPartnershipFormFragment } from '../pages/edit/edit-partnership-form-fragment';

/** The edit form's record: what it prefills, and whether the viewer may change it at all. */
export const EDIT_PARTNERSHIP_QUERY = graphql(
  `
    query EditPartnership($slug: String!) {
      partnershipBySlug(slug: $slug) { id name viewerCanEdit ...EditPartnershipForm }
    }
  `,
  [EditPartnershipFormFragment],
);
