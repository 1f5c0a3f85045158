import { graphql } from '../../graphql/graphql';

export const CuratorRowFragment = graphql(`
  fragment CuratorRow on Account { id name email curatorCountries }
`);
