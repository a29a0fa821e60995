// Builds and runs the calibration harness (scripts/calibrate-vm.ts) for scripts/calibrate.py:
// `node scripts/calibrate-vm.mjs count|time FILE...`. The bundle replaces vm/run.ts with the
// counting stepper (calibrate-step.ts); the real dispatch loop is bundled unchanged inside it.
import { build } from 'esbuild';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist-cli', 'calibrate-vm.mjs');
const step = join(root, 'scripts', 'calibrate-step.ts');
const realRun = join(root, 'workers', 'python', 'vm', 'run.ts');
await build({
  entryPoints: [join(root, 'scripts', 'calibrate-vm.ts')],
  bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'warning',
  loader: { '.py': 'text' },
  plugins: [{
    name: 'calibration-stepper',
    setup(b) {
      b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace(/\?raw$/, '')) }));
      // Every import of vm/run gets the stepper, except the stepper's own.
      b.onResolve({ filter: /(^|\/)run$/ }, (args) => {
        const target = resolve(args.resolveDir, args.path) + '.ts';
        if (target !== realRun || args.importer === step) return undefined;
        return { path: step };
      });
    },
  }],
});
process.argv = [process.argv[0], out, ...process.argv.slice(2)];
await import(pathToFileURL(out).href);
