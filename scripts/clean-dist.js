// Empties dist/ (or the folder given) before a build: a file moved or removed in src/ must not live on in dist/ (a
// module that moved from a file to a folder would otherwise still be loaded from its old compiled file).
const fs = require('node:fs');
const path = require('node:path');

fs.rmSync(process.argv[2] ?? path.join(__dirname, '..', 'dist'), { recursive: true, force: true });
