import type { SubgraphEntry } from '../subgraph-entry.js';

/**
 * `infra/compose.yaml`: PostgreSQL, every subgraph of the manifest on the private
 * network, and the gateway in front of them as the only published port.
 */
export function composeFile(subgraphs: readonly SubgraphEntry[]): string {
  const exports = subgraphs.flatMap((entry) =>
    (entry.deploymentSettings ?? []).map(
      (setting) => `#   export ${setting.variable}=${setting.example ?? '...'}   # ${setting.required ? '' : 'optional: '}${setting.meaning} (${entry.name})`,
    ),
  );
  const service = (entry: SubgraphEntry) => {
    const settings = (entry.deploymentSettings ?? []).map((setting) => {
      const value = setting.required ? `\${${setting.variable}:?set ${setting.variable} to ${setting.meaning}}` : `\${${setting.variable}:-}`;
      return `      ${setting.variable}: ${value}`;
    });
    return [
      `  ${entry.name}:`,
      '    <<: *service',
      `    build: { context: .., dockerfile: infra/docker/Dockerfile, args: { SERVICE: ${entry.name} } }`,
      '    environment:',
      '      <<: *service-env',
      `      ${entry.hostVariable}: 0.0.0.0`,
      ...settings,
    ].join('\n');
  };
  return `# Made from the subgraph manifest (packages/subgraph-manifest) by \`npm run generate:infra\`:
# change the manifest or the generator (packages/subgraph-manifest/src/infra-files), not this file.
#
# The platform as containers on one host: PostgreSQL, the subgraphs on a private network,
# and the gateway as the only published port. Build from the repository root:
#   export GATEWAY_SECRET=$(openssl rand -hex 32)
${exports.join('\n')}
#   docker compose -f infra/compose.yaml up --build
# The gateway and the subgraphs share GATEWAY_SECRET: subgraphs refuse requests it did not sign.
# Settings a subgraph alone holds (the accounts service's signing key, say: keep it, or every
# token dies with it) come from the manifest's deploymentSettings. The gateway has no
# database and no private key.
x-service: &service
  build: { context: .., dockerfile: infra/docker/Dockerfile }
  environment: &service-env
    DATABASE_URL: postgres://msp_atlas:msp_atlas@postgres:5432/msp_atlas
    GATEWAY_SECRET: \${GATEWAY_SECRET:?set GATEWAY_SECRET to 32 random bytes in hex}
  depends_on: { postgres: { condition: service_healthy } }
  restart: unless-stopped

services:
  postgres:
    image: postgres:17
    environment: { POSTGRES_USER: msp_atlas, POSTGRES_PASSWORD: msp_atlas, POSTGRES_DB: msp_atlas }
    volumes: [postgres-data:/var/lib/postgresql/data]
    healthcheck: { test: ["CMD", "pg_isready", "-U", "msp_atlas"], interval: 2s, retries: 30 }

${subgraphs.map(service).join('\n')}

  gateway:
    build: { context: .., dockerfile: infra/docker/Dockerfile, args: { SERVICE: gateway } }
    restart: unless-stopped
    environment:
      GATEWAY_HOST: 0.0.0.0
      GATEWAY_SECRET: \${GATEWAY_SECRET:?set GATEWAY_SECRET to 32 random bytes in hex}
      # An OpenID Connect provider instead of (or next to) local passwords:
      OIDC_ISSUER: \${OIDC_ISSUER:-}
      OIDC_JWKS_URL: \${OIDC_JWKS_URL:-}
      OIDC_AUDIENCE: \${OIDC_AUDIENCE:-}
${subgraphs.map((entry) => `      ${entry.urlVariable}: ${containerUrl(entry)}`).join('\n')}
    depends_on: [${subgraphs.map((entry) => entry.name).join(', ')}]
    ports: ["4000:4000"]

volumes:
  postgres-data:
`;
}

/** Where a subgraph listens on the containers' network: its service name and default port. */
export function containerUrl(entry: SubgraphEntry): string {
  return `http://${entry.name}:${entry.defaultPort}/graphql`;
}
