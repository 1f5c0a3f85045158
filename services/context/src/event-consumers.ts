import type { EventConsumerDefinition } from '@msp-atlas/events';
import { partnershipIndexConsumer } from './overlap-index/partnership-index-consumer.js';

/** Every event consumer of the context service, for the process and the event-log commands. */
export const contextEventConsumers: readonly EventConsumerDefinition[] = [partnershipIndexConsumer];
