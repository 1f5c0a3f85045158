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
  },
});
