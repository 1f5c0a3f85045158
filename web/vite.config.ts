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
    // The SDG framework and reference tables are most of the weight and change
    // rarely: separate chunks stay cached across app releases.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'reference-data', test: /packages[\\/](sdg-framework|reference-data)[\\/]/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
});
