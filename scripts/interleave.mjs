// `npm run interleave -- run FILE.py`: builds the CLI bundle when sources changed, then runs it
// in this process so stdout, stderr and the exit status pass straight through.
import { ensureCliBuilt } from './build-cli.mjs';
import { pathToFileURL } from 'node:url';

const bundle = await ensureCliBuilt();
await import(pathToFileURL(bundle).href);
