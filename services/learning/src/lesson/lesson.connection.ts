import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@msp-atlas/federation';
import { Lesson } from './lesson.type.js';

@ObjectType('LessonConnection')
export class LessonConnection extends ConnectionType('Lesson', Lesson) {}
