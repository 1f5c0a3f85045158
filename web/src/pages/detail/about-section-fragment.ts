import { graphql } from '../../graphql/graphql';

export const AboutSectionFragment = graphql(`
  fragment AboutSection on Partnership { description problemStatement objectives }
`);
