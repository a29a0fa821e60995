// Bundles the CLI (TypeScript + bundled .py stdlib sources) into dist-cli/interleave.mjs with esbuild.
// Rebuilds only when a source file is newer than the bundle.
import { build } from 'esbuild';
import { statSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = join(root, 'dist-cli', 'interleave.mjs');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (/\.(ts|py)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Build the CLI bundle if needed; returns its path. */
export async function ensureCliBuilt({ force = false } = {}) {
  const srcNewest = Math.max(newestMtime(join(root, 'workers')), newestMtime(join(root, 'cli')));
  if (!force && existsSync(CLI_BUNDLE) && statSync(CLI_BUNDLE).mtimeMs >= srcNewest) return CLI_BUNDLE;
  await build({
    entryPoints: [join(root, 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: CLI_BUNDLE,
    sourcemap: 'linked',
    logLevel: 'warning',
    loader: { '.py': 'text' },
    // `?raw` imports (Vite) load the file as text here too.
    plugins: [{
      name: 'raw',
      setup(b) {
        b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace(/\?raw$/, '')), namespace: 'file' }));
      },
    }],
  });
  return CLI_BUNDLE;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await ensureCliBuilt({ force: process.argv.includes('--force') });
}
