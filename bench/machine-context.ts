import { cpus, loadavg } from 'node:os';
import postgres from 'postgres';

const BUSY_SAMPLE_MS = 2_000;
/** Above this, someone else's work is on the CPUs and the numbers will be low. */
export const BUSY_WARNING_PERCENT = 20;

export interface MachineContext {
  lines: string[];
  busyPercent: number;
}

/** What the numbers were measured on, printed above the table: they mean little without it. */
export async function describeMachine(database: { url: string; embedded: boolean }): Promise<MachineContext> {
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ version: string }[]>`select current_setting('server_version') as version`;
    const cores = cpus();
    const busyPercent = await measureBusyCpu(BUSY_SAMPLE_MS);
    const where = database.embedded ? 'embedded, started for this run' : "on DATABASE_URL's server";
    return {
      busyPercent,
      lines: [
        `CPU: ${cores[0]?.model.trim() ?? 'unknown'} × ${cores.length}`,
        `Node: ${process.version}`,
        `PostgreSQL: ${row?.version ?? 'unknown'} (${where})`,
        `Before the run: CPUs ${busyPercent.toFixed(0)}% busy, load average ${loadavg()[0]?.toFixed(2)}`,
      ],
    };
  } finally {
    await sql.end();
  }
}

/** Share of all cores' time spent not idle over `ms`, while this process only waits. */
async function measureBusyCpu(ms: number): Promise<number> {
  const total = () =>
    cpus().reduce(
      (sum, cpu) => {
        const t = cpu.times;
        return {
          busy: sum.busy + t.user + t.nice + t.sys + t.irq,
          all: sum.all + t.user + t.nice + t.sys + t.irq + t.idle,
        };
      },
      { busy: 0, all: 0 },
    );
  const before = total();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = total();
  const all = after.all - before.all;
  return all > 0 ? ((after.busy - before.busy) / all) * 100 : 0;
}
