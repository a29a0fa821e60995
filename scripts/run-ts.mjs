// Runs a TypeScript dev script by bundling it with esbuild first (no ts runtime dependency).
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
const out = join(process.cwd(), 'dist-cli', entry.replace(/[\\/]/g, '_').replace(/\.ts$/, '.mjs'));
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'warning', loader: { '.py': 'text' }, sourcemap: 'inline' });
process.argv = [process.argv[0], out, ...args];
await import(pathToFileURL(out).href);
