import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@msp-atlas/federation';
import { SelfAssessment } from './self-assessment.type.js';

@ObjectType('SelfAssessmentConnection', { description: "A partnership's self-assessments, newest first" })
export class SelfAssessmentConnection extends ConnectionType('SelfAssessment', SelfAssessment) {}
