/**
 * Fixed-window counter per client, in memory: enough for one registry process; a fleet
 * would move this to Redis.
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limitPerMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Returns 0 when allowed, else the seconds to wait. */
  take(client: string): number {
    if (this.limitPerMinute === 0) return 0;
    const now = this.now();
    const window = this.windows.get(client);
    if (!window || now - window.start >= 60_000) {
      if (this.windows.size > 100_000) this.sweep(now);
      this.windows.set(client, { start: now, count: 1 });
      return 0;
    }
    window.count += 1;
    if (window.count <= this.limitPerMinute) return 0;
    return Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000));
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= 60_000) this.windows.delete(key);
  }
}
