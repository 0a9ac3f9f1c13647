// Runs a build tool and holds its output back: on success it goes to stdout, which Maven logs at
// INFO (hidden by -q); on failure to stderr, which Maven logs as errors. Redocly's Node.js
// end-of-life box is dropped either way: it is advice about Redocly's future releases, not about
// this build.
const { spawnSync } = require('child_process');

const [command, ...args] = process.argv.slice(2);
const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (run.error) {
  console.error(`${command}: ${run.error.message}`);
  process.exit(1);
}
const output = ((run.stdout || '') + (run.stderr || ''))
  .replace(/\n?[ \t]*╔[\s\S]*?╚═*╝[ \t]*\n?/g, '\n')
  .replace(/\n{3,}/g, '\n\n')
  .trim();
if (output) {
  (run.status === 0 ? process.stdout : process.stderr).write(output + '\n');
}
process.exit(run.status === null ? 1 : run.status);
