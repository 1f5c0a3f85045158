import 'reflect-metadata';
import { EVENT_PRODUCERS, isEventType } from '@msp-atlas/event-contracts';
import { loadSubgraph } from '@msp-atlas/service-runtime';
import { SUBGRAPHS } from '@msp-atlas/subgraph-manifest';
import { describe, expect, it } from 'vitest';

// Events flow one way. Every subgraph's event consumers declare the types they read and
// the types they append (packages/events); each type has one producing service
// (packages/event-contracts). A consumer feeds another when it appends a type the other
// reads; that graph must have no cycle (issue 16: registry, SDG, context, learning →
// health → learning's recommendations), or an event could set off itself again.

interface ConsumerNode {
  name: string;
  service: string;
  reads: string[];
  appends: string[];
}

async function eventConsumers(): Promise<ConsumerNode[]> {
  const nodes: ConsumerNode[] = [];
  for (const entry of SUBGRAPHS) {
    for (const definition of (await loadSubgraph(entry)).eventConsumerDefinitions) {
      nodes.push({ name: definition.name, service: entry.name, reads: [...(definition.eventTypes ?? [])], appends: [...(definition.appendsTypes ?? [])] });
      expect(definition.eventTypes, `${definition.name} declares the types it reads`).toBeDefined();
      expect(definition.appendsTypes, `${definition.name} declares the types it appends`).toBeDefined();
    }
  }
  return nodes;
}

/** A cycle as the consumers along it, or null: depth-first search from every consumer. */
function findCycle(nodes: readonly ConsumerNode[]): string[] | null {
  const feeds = new Map(
    nodes.map((node) => [node.name, nodes.filter((other) => other.reads.some((type) => node.appends.includes(type))).map((other) => other.name)]),
  );
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (name: string): string[] | null => {
    if (state.get(name) === 'done') return null;
    if (state.get(name) === 'open') return [...path.slice(path.indexOf(name)), name];
    state.set(name, 'open');
    path.push(name);
    for (const next of feeds.get(name) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(name, 'done');
    return null;
  };
  for (const node of nodes) {
    const cycle = visit(node.name);
    if (cycle) return cycle;
  }
  return null;
}

describe('the flow of events between services', () => {
  it("names a producing service of the manifest for every event type, and consumers append only their own service's", async () => {
    const services = new Set<string>(SUBGRAPHS.map((entry) => entry.name));
    for (const [type, producer] of Object.entries(EVENT_PRODUCERS)) expect(services.has(producer), `${type} from ${producer}`).toBe(true);
    for (const node of await eventConsumers()) {
      for (const type of [...node.reads, ...node.appends]) expect(isEventType(type), `${node.name}: ${type} has a contract`).toBe(true);
      for (const type of node.appends) expect(EVENT_PRODUCERS[type as keyof typeof EVENT_PRODUCERS], `${node.name} appends ${type}`).toBe(node.service);
    }
  });

  it("has no cycle; the registry reads no other service's events, the health service reads theirs", async () => {
    const nodes = await eventConsumers();
    expect(findCycle(nodes)).toBeNull();
    const producersReadBy = (service: string) =>
      new Set(
        nodes.filter((node) => node.service === service).flatMap((node) => node.reads.map((type) => EVENT_PRODUCERS[type as keyof typeof EVENT_PRODUCERS])),
      );
    expect([...producersReadBy('partnerships')]).toEqual([]);
    expect([...producersReadBy('health')].sort()).toEqual(['context', 'learning', 'partnerships', 'sdg']);
    expect([...producersReadBy('learning')]).toContain('health');
  });

  it('finds a cycle where there is one', () => {
    const nodes = [
      { name: 'health.projection', service: 'health', reads: ['LessonChanged'], appends: ['PartnershipHealthChanged'] },
      { name: 'learning.projection', service: 'learning', reads: ['PartnershipHealthChanged'], appends: ['LessonChanged'] },
      { name: 'sdg.alignment', service: 'sdg', reads: ['PartnershipRegistered'], appends: ['SdgAlignmentChanged'] },
    ];
    expect(findCycle(nodes)).toEqual(['health.projection', 'learning.projection', 'health.projection']);
    expect(findCycle(nodes.slice(1))).toBeNull();
  });
});
