import 'reflect-metadata';
import { buildFederatedSchema } from '@msp-atlas/federation';
import { OverlapIndexStatusResolver } from './overlap-index/overlap-index-status.resolver.js';

export function buildContextSchema() {
  return buildFederatedSchema({ resolvers: [OverlapIndexStatusResolver], validate: false });
}
