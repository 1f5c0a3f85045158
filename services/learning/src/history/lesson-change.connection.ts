import { ConnectionType } from '@msp-atlas/federation';
import { ObjectType } from 'type-graphql';
import { LessonChange } from './lesson-change.type.js';

@ObjectType('LessonChangeConnection', { description: 'Changes of one lesson, newest first' })
export class LessonChangeConnection extends ConnectionType('LessonChange', LessonChange) {}
