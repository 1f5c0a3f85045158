import { registerEnumType } from 'type-graphql';
import { OverlapKind, OverlapReasonKind } from '../similarity/overlap-kind.js';

registerEnumType(OverlapKind, {
  name: 'OverlapKind',
  description: 'How another initiative relates to this one',
  valuesConfig: {
    DUPLICATE: { description: 'Very likely the same initiative registered twice' },
    OVERLAP: { description: 'The same problem in the same place' },
    COMPLEMENTARY: { description: 'The same targets in another place or with another approach, or a past initiative' },
  },
});

registerEnumType(OverlapReasonKind, { name: 'OverlapReasonKind', description: 'What two initiatives have in common' });

export { OverlapKind, OverlapReasonKind };
