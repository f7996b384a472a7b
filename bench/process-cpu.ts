import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system, ms) a process has used so far; null when /proc cannot tell. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Summed CPU time of every process named `name` (e.g. all of PostgreSQL's backends). */
export function namedProcessesCpuMs(name: string): { ms: number; processes: number } {
  let ms = 0;
  let processes = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== name) continue;
    } catch {
      continue; // ended meanwhile
    }
    const used = processCpuMs(Number(entry));
    if (used === null) continue;
    ms += used;
    processes += 1;
  }
  return { ms, processes };
}

/**
 * Where the CPU went while `work` ran: this process (the load generator), the registry's
 * process and PostgreSQL's. Backends that start or end during the run are counted for the
 * part /proc still shows, so PostgreSQL's figure is a lower bound; its pooled connections are
 * open before the run starts.
 */
export async function measureCpu<T>(
  registryPid: number,
  work: () => Promise<T>,
): Promise<{ result: T; loadGeneratorMs: number; registryMs: number | null; postgresMs: number | null }> {
  const before = {
    self: process.cpuUsage(),
    registry: processCpuMs(registryPid),
    postgres: namedProcessesCpuMs('postgres'),
  };
  const result = await work();
  const self = process.cpuUsage(before.self);
  const registry = processCpuMs(registryPid);
  const postgres = namedProcessesCpuMs('postgres');
  return {
    result,
    loadGeneratorMs: (self.user + self.system) / 1000,
    registryMs: registry === null || before.registry === null ? null : registry - before.registry,
    postgresMs: postgres.processes === 0 ? null : postgres.ms - before.postgres.ms,
  };
}
