// The dashboard's Redis keys (DESIGN.md section 4): `session:{id}`, the per-session cache of repository
// access under it, and `ratelimit:{ip}`. A prefix ('' in production) lets tests share one Redis.

/** Builds every key the dashboard writes, under one prefix. */
export interface DashboardKeys {
  session(sessionId: string): string;
  /** A cached answer to "can this session's user read owner/name?"; expires with the session at the latest. */
  repoAccess(sessionId: string, repo: string): string;
  /** Pattern of a session's repository cache keys (for logout). */
  repoAccessPattern(sessionId: string): string;
  /** @fastify/rate-limit's nameSpace: it appends the client IP, giving `ratelimit:{ip}`. */
  rateLimitNamespace: string;
}

/** The keys under `prefix`. */
export function dashboardKeys(prefix = ''): DashboardKeys {
  return {
    session: (sessionId) => `${prefix}session:${sessionId}`,
    // Repository names are case-insensitive on GitHub: one cache entry per repository.
    repoAccess: (sessionId, repo) => `${prefix}session:${sessionId}:repo:${repo.toLowerCase()}`,
    repoAccessPattern: (sessionId) => `${prefix}session:${sessionId}:repo:*`,
    rateLimitNamespace: `${prefix}ratelimit:`,
  };
}
