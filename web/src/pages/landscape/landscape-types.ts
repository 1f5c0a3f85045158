import type { ResultOf } from '../../graphql/graphql';
import type { CONTEXT_LANDSCAPE_QUERY } from '../../api/context-landscape-query';

export type Landscape = NonNullable<ResultOf<typeof CONTEXT_LANDSCAPE_QUERY>['contextLandscape']>;
export type LandscapeInitiative = Landscape['initiatives'][number];
export type LandscapeCluster = Landscape['clusters'][number];
