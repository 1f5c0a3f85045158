import type { z } from 'zod';

/**
 * A payload schema a type's events were once written in, and how to bring such a
 * payload up to the next version's shape: events already in the log keep their
 * version, so a consumer reading them needs the way from there to now.
 */
export interface EarlierPayloadVersion {
  schemaVersion: number;
  payload: z.ZodType;
  /** The payload in the shape of the version after this one. */
  upgrade: (payload: any) => unknown;
}

/** Everything producers and consumers agree on about one event type. */
export interface EventContract<Type extends string = string, Payload extends z.ZodType = z.ZodType> {
  type: Type;
  /** The kind of record the events are about; the log's `aggregateType`. */
  aggregateType: string;
  /** The version producers write now. */
  schemaVersion: number;
  payload: Payload;
  /** Older versions still readable, oldest first. */
  earlier?: readonly EarlierPayloadVersion[];
}

export function defineEventContract<const Type extends string, Payload extends z.ZodType>(
  contract: EventContract<Type, Payload>,
): EventContract<Type, Payload> {
  const versions = [...(contract.earlier ?? []).map((earlier) => earlier.schemaVersion), contract.schemaVersion];
  if (!versions.every((version, index) => Number.isInteger(version) && version > (versions[index - 1] ?? 0))) {
    throw new Error(`Schema versions of ${contract.type} must be positive integers in ascending order`);
  }
  return Object.freeze(contract);
}
