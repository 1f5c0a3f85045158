import { Directive, ObjectType } from 'type-graphql';
import { ConnectionType } from '@msp-atlas/federation';
import { ChangeRecord } from './change-record.type.js';

@Directive('@shareable')
@ObjectType('ChangeRecordConnection', { description: 'Changes of one record, newest first' })
export class ChangeRecordConnection extends ConnectionType('ChangeRecord', ChangeRecord, { shareable: true }) {}
