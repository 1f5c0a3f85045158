import { registerEnumType } from 'type-graphql';

export enum SdgAgreement {
  CONFIRMED = 'CONFIRMED',
  DECLARED_NOT_EVIDENCED = 'DECLARED_NOT_EVIDENCED',
  EVIDENCED_NOT_DECLARED = 'EVIDENCED_NOT_DECLARED',
}

registerEnumType(SdgAgreement, {
  name: 'SdgAgreement',
  description: 'How a declared target and the evidence of the text agree',
  valuesConfig: {
    CONFIRMED: { description: 'Declared, and the text bears it out' },
    DECLARED_NOT_EVIDENCED: { description: 'Declared, but the text does not show work on it' },
    EVIDENCED_NOT_DECLARED: { description: 'The text points to it, but it is not declared' },
  },
});
