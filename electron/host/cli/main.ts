// `npm run kkmp -- <command> [flags]`: init, seed, verify, backup, restore, import, export, shu ...
import { runCli } from './runCli';

const code = await runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) });
process.exit(code);
