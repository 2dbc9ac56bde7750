import { spawn } from 'node:child_process';

/**
 * A tiny detached watcher that stops a child (or its whole process group) when this service dies,
 * also on `kill -9`, which no exit handler survives. It polls the parent's pid because Linux offers
 * Node no parent-death signal. Kept as inline source so it runs the same from dist/ and from tests.
 */
const GUARDIAN_SOURCE = `
const [parent, target, mode] = process.argv.slice(1).map((v, i) => (i < 2 ? Number(v) : v));
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };
const stop = (signal) => { try { process.kill(mode === 'group' ? -target : target, signal); } catch {} };
const timer = setInterval(() => {
  if (!alive(target)) process.exit(0);
  if (alive(parent)) return;
  clearInterval(timer);
  stop('SIGTERM');
  setTimeout(() => { stop('SIGKILL'); process.exit(0); }, 15000).unref();
  const done = setInterval(() => { if (!alive(target)) process.exit(0); }, 200);
}, 500);
`;

/** Starts a guardian for `pid`; `group` stops the process group led by pid instead of the pid alone. */
export function guardChild(pid: number, group: boolean): void {
  const guardian = spawn(process.execPath, ['-e', GUARDIAN_SOURCE, String(process.pid), String(pid), group ? 'group' : 'pid'], {
    detached: true,
    stdio: 'ignore',
  });
  guardian.unref();
}
