// `npm start` runs the Electron app; where its binary could not be downloaded (no internet at
// install, ELECTRON_SKIP_BINARY_DOWNLOAD) say so and point to the browser face.
'use strict';
var fs = require('fs');
var path = require('path');
var binary = null;
try {
  var dir = path.dirname(require.resolve('electron/package.json'));
  var pathFile = path.join(dir, 'path.txt');
  if (fs.existsSync(pathFile)) binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
} catch {
  binary = null;
}
if (!binary || !fs.existsSync(binary)) {
  console.error(
    [
      '',
      'Aplikasi desktop belum bisa jalan: program Electron tidak ada (tidak terunduh saat npm install).',
      'The desktop app cannot start: the Electron binary is missing (it was not downloaded at npm install).',
      '',
      'Jalankan di browser / run it in the browser:  npm run serve   → http://127.0.0.1:5730',
      'Atau, dengan internet / or, with internet:   node node_modules/electron/install.js   lalu / then   npm start',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
