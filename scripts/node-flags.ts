// The node flags of the deployed command line (heap settings), read from `npm start` so there is one source.
import fs from 'node:fs';
import path from 'node:path';

/**
 * The node flags of the deployed command line: those `npm start` gives node before dist/src/index.js (the same as
 * `appCommandLine` in infra/main.bicep, which a test keeps in step), without the warning filter.
 */
export function deployedNodeFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const command = /\bnode ((?:--\S+ )*)dist\/src\/index\.js/.exec(pkg.scripts.start);
  if (!command) throw new Error(`npm start does not run node … dist/src/index.js: ${pkg.scripts.start}`);
  return (command[1] ?? '')
    .split(' ')
    .filter((f) => f.startsWith('--') && !f.startsWith('--disable-warning'));
}
