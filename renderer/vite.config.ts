// The renderer builds on its own (`npm run build:renderer`) for the browser/LAN face and the
// end-to-end tests; base './' keeps asset URLs relative so the same build loads under app:// and http.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:5730' } },
});
