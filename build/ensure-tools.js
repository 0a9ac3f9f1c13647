// Runs `npm ci` when node_modules does not match package-lock.json, so every build has the
// pinned Prism and Redocly without paying for a reinstall each time.
const { createHash } = require('crypto');
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const lock = fs.readFileSync(path.join(root, 'package-lock.json'));
const want = createHash('sha256').update(lock).digest('hex');
const stamp = path.join(root, 'node_modules', '.plane-sdk-lock-sha256');
const have = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : '';

if (have !== want) {
  execSync('npm ci --no-audit --no-fund --loglevel=error', { cwd: root, stdio: 'inherit' });
  fs.writeFileSync(stamp, want + '\n');
}
