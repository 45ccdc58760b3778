// Runs before install, serve, start, test and the CLI, on whatever Node the machine has, so an old
// Node stops here with words instead of crashing later (better-sqlite3 13 segfaults on Node 20).
// Plain ES5-level JavaScript on purpose: it must parse on any Node that can run npm.
'use strict';
var need = [22, 12];
var have = process.versions.node.split('.').map(Number);
var ok = have[0] > need[0] || (have[0] === need[0] && have[1] >= need[1]);
if (!ok) {
  var pkg = 'node-' + (process.platform === 'win32' ? 'win' : process.platform) + '-' + process.arch;
  var lines = [
    '',
    'Kasir KKMP butuh Node.js >= ' + need.join('.') + ' (disarankan 24); terpasang: v' + process.versions.node + '.',
    'Kasir KKMP needs Node.js >= ' + need.join('.') + ' (24 recommended); this machine has v' + process.versions.node + '.',
    '',
    'Cara memasang Node 24 tanpa hak admin / how to get Node 24 without admin rights:',
    '  npm install --prefix "$HOME/.cache/node24" ' + pkg + '@24',
    '  export PATH="$HOME/.cache/node24/node_modules/' + pkg + '/bin:$PATH"',
    'lalu ulangi perintahnya / then run the command again. (nvm: `nvm install 24`, lihat .nvmrc)',
    '',
  ];
  console.error(lines.join('\n'));
  process.exit(1);
}
