// Runs one kkmp command in this process, then prints its wall time and the process's peak RSS
// as the last stdout line (JSON). The bench runs it as a child process per export, so the peak
// memory is that export's alone.
import { runCli } from '../../electron/host/cli/runCli';

const t0 = performance.now();
const code = await runCli(process.argv.slice(2), { out: () => {}, err: () => {} });
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ code, seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
process.exit(code);
