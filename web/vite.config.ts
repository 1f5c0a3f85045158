import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web app; the gateway serves web/dist on its own origin, next to /graphql. */
export default defineConfig({
  plugins: [react()],
  server: {
    // `npm run dev -w @msp-atlas/web` talks to a gateway running on its default port.
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The build prints every chunk's gzipped size; the manifest tells the bundle
    // budget check (scripts/check-bundle-budget.ts) what a first visit loads.
    reportCompressedSize: true,
    manifest: true,
    // The reference tables and the libraries change rarely: separate chunks stay
    // cached across app releases. The SDG targets and indicators are split off by
    // the lazily loaded pages that use them (the list imports the goals alone).
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // A group holds only the modules it names, not what they import: else the
          // SDG targets' group would take the goals with it onto the list page.
          includeDependenciesRecursively: false,
          groups: [
            { name: 'reference-data', test: /packages[\\/]reference-data[\\/]/ },
            // Everything of the SDG framework but its goals (src/goals.ts, on the list page).
            { name: 'sdg-targets', test: /packages[\\/]sdg-framework[\\/]src[\\/](index|lookups|framework-data)\.ts$|targets\.json$|indicators\.json$/ },
            // The map's shapes and projection: only the list's lazily loaded map imports them.
            { name: 'world-map', test: /node_modules[\\/](world-atlas|topojson-client|d3-geo|d3-array)[\\/]/, priority: 1 },
            // Markdown rendering and sanitising: only the lesson pages import them.
            { name: 'markdown', test: /node_modules[\\/](markdown-it|mdurl|uc\.micro|linkify-it|punycode\.js|entities|dompurify)[\\/]/, priority: 1 },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
});
