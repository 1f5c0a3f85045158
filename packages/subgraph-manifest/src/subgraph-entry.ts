/** What the tools around a subgraph need to know about it, without importing its code. */
export interface SubgraphEntry {
  /** Its name in the supergraph, in logs and in process lists. */
  name: string;
  /** The workspace package, for tools that import the service (the test platform). */
  packageName: string;
  /** Its folder, relative to the repository root. */
  folder: string;
  /** The port it listens on unless told otherwise (the gateway has 4000, subgraphs 4001 on). */
  defaultPort: number;
  /** The service's own setting for its port, which the dev runner sets too. */
  portVariable: string;
  /** The service's own setting for the address it listens on. */
  hostVariable: string;
  /** The gateway's setting for where this subgraph listens. */
  urlVariable: string;
  /**
   * Settings a deployment must hand to this subgraph beyond the ones every subgraph has
   * (secrets, say); the compose file passes them on from the host's environment.
   */
  deploymentSettings?: readonly DeploymentSetting[];
}

/** One setting a deployment passes to a subgraph, such as a key only it may hold. */
export interface DeploymentSetting {
  variable: string;
  /** Required ones stop `docker compose` when unset, saying what to set. */
  required: boolean;
  /** What to set it to, for that message. */
  meaning: string;
  /** A shell expression that makes a value, shown in the compose file's instructions. */
  example?: string;
}
