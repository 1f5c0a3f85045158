import { HealthStatus } from '@msp-atlas/partnership-health';
import { registerEnumType } from 'type-graphql';
import { SuccessFactor } from '../domain/enums.js';

// SuccessFactor is the registry's (domain/enums.ts); the statuses are registered here for the overview.
export { SuccessFactor, HealthStatus };

registerEnumType(HealthStatus, { name: 'HealthStatus', description: "A success factor's status for the partnership's phase" });
