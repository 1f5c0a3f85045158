import { registerEnumType } from 'type-graphql';

export enum SdgTextField {
  NAME = 'NAME',
  SUMMARY = 'SUMMARY',
  DESCRIPTION = 'DESCRIPTION',
  OBJECTIVES = 'OBJECTIVES',
}

registerEnumType(SdgTextField, { name: 'SdgTextField', description: "The field of a partnership's record a piece of evidence is in" });
