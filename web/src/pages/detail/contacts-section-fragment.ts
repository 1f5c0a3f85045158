import { graphql } from '../../graphql/graphql';

export const ContactPersonFragment = graphql(`
  fragment ContactPersonItem on ContactPerson { name email phone role }
`);
