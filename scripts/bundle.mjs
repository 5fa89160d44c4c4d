// Bundles the CLI and the embedding entry into one file each. Loading ~500 compiled modules
// one by one took Kumo 400-700 ms to its first answer; one bundled file takes ~150 ms.
// npm packages stay external (better-sqlite3 is native; the AWS models are read with fs).
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'src/main.ts', index: 'src/index.ts' },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
