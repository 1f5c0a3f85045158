import { graphql } from '../graphql/graphql';

/** A partnership's SDG alignment, with the record's own text the evidence points into. */
export const SDG_ALIGNMENT_QUERY = graphql(`
  query PartnershipSdgAlignment($id: ID!, $lang: String!) {
    partnership(id: $id) {
      id version viewerCanEdit sdgTargets name summary description objectives
      sdgAlignment {
        partnershipVersion
        goals { code number color shortTitle(lang: $lang) }
        targets { target { code title(lang: $lang) } goal { code number color } agreement score evidence { phrase field start end } }
        suggestions { goal { code number color } target { code title(lang: $lang) } score evidence { phrase field start end } }
        verdict { code targets { code } }
      }
    }
  }
`);
