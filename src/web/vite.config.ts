import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The browser app: built from src/web into dist/web, which Nest serves at / (src/http/create-app.ts).
 * Vite 8 transforms TypeScript and JSX with Oxc (the `esbuild` option is deprecated and only mapped
 * onto it), so React's automatic JSX runtime is set here and no React plugin is needed.
 */
export default defineConfig({
  base: '/',
  build: {
    emptyOutDir: true,
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    sourcemap: true,
    target: 'es2022',
  },
  oxc: { jsx: { importSource: 'react', runtime: 'automatic' } },
  publicDir: false,
  root,
  // `npx vite --config src/web/vite.config.ts` serves the app with the API of `npm start` behind it.
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
