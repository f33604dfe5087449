// `.github/rift.yml` as a webhook sees it, through Probot's config loader (the default branch, with the
// owner's `.github` repository as fallback): absent, invalid, or valid with its explicit auto_heal.
import { repoConfigFromObject, type RepoConfig } from '../config/repo-config.ts';
import { RiftError } from '../errors/index.ts';
import type { EdgeCache } from './edge-cache.ts';

export type RepoSettings =
  | { status: 'absent' }
  | { status: 'invalid'; error: string }
  /** autoHeal is true only when the file says `auto_heal: true`: healing on failure is opt-in. */
  | { status: 'valid'; config: RepoConfig; autoHeal: boolean };

/** Reads and validates the settings; `load` is `() => context.config('rift.yml')`. */
export async function readRepoSettings(load: () => Promise<unknown>): Promise<RepoSettings> {
  let raw: unknown;
  try {
    raw = await load();
  } catch (error) {
    // HTTP failures (rate limits, outages) are not the file's fault: they propagate.
    if (typeof (error as { status?: unknown }).status === 'number') throw error;
    return { status: 'invalid', error: error instanceof Error ? error.message : String(error) };
  }
  if (raw === null || raw === undefined) return { status: 'absent' };
  try {
    const config = repoConfigFromObject(raw);
    return { status: 'valid', config, autoHeal: (raw as { auto_heal?: unknown }).auto_heal === true };
  } catch (error) {
    if (error instanceof RiftError) return { status: 'invalid', error: error.message };
    throw error;
  }
}

/** The valid config, or null. */
export function configOf(settings: RepoSettings): RepoConfig | null {
  return settings.status === 'valid' ? settings.config : null;
}

/** Seconds a repository's settings are reused: an edit of rift.yml takes effect within this (+ LOCAL_TTL_MS). */
export const SETTINGS_TTL_SECS = 60;

export const settingsCacheKey = (repoId: number): string => `config:${repoId}`;

export interface SettingsSource {
  cache: EdgeCache;
  repoId: number;
  /** `() => context.config('rift.yml')`. */
  load: () => Promise<unknown>;
  /** 0 turns the cache off. */
  ttlSecs?: number;
  /** Read GitHub even on a hit (and refresh the cache): a person asking now expects the file as it is now. */
  fresh?: boolean;
}

/**
 * The settings from the cache (`config:{repo_id}`, absent and invalid included), else read through
 * readRepoSettings and stored. A GitHub failure is not stored: the next delivery asks again.
 */
export async function cachedRepoSettings(source: SettingsSource): Promise<RepoSettings> {
  const ttlSecs = source.ttlSecs ?? SETTINGS_TTL_SECS;
  const key = settingsCacheKey(source.repoId);
  if (!source.fresh && ttlSecs > 0) {
    const hit = await source.cache.get<RepoSettings>(key);
    if (isRepoSettings(hit)) return hit;
  }
  const settings = await readRepoSettings(source.load);
  await source.cache.set(key, settings, ttlSecs);
  return settings;
}

// A cached value written by another version of RIFT may not have today's shape: then it is a miss.
function isRepoSettings(value: unknown): value is RepoSettings {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { status?: unknown; error?: unknown; config?: unknown; autoHeal?: unknown };
  if (v.status === 'absent') return true;
  if (v.status === 'invalid') return typeof v.error === 'string';
  return v.status === 'valid' && typeof v.config === 'object' && v.config !== null && typeof v.autoHeal === 'boolean';
}
