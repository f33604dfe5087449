// The LOGIC section's second pass, judged: the same cases healed again on the same database, with the
// knowledge base learnt in the first pass, must heal the same cases at least 5x faster, by replaying
// what was learnt rather than by searching again. Pure: outcomes in, figures and targets out.
import { GIVE_UP_KIND } from './corpus/index.ts';
import { median } from './measure.ts';
import { givenUpCleanly, secs, type CaseOutcome, type Target } from './summary.ts';

/** LOGIC repair's issue: the KB-warm second pass at least this many times faster. */
export const WARM_SPEED_UP_TARGET = 5;

/** One pass over one case. */
export interface PassFigures {
  status: string;
  healed: boolean;
  wallMs: number;
  /** Wall time outside the install, baseline and CI-round commands: the search and the patch verification included. */
  engineMs: number;
  /** Wall time inside the repository's own commands: install, baseline and its confirmation, the gate's verification, CI round. */
  commandsMs: number;
}

/** One case, cold then warm. */
export interface WarmRow {
  name: string;
  giveUp: boolean;
  cold: PassFigures;
  warm: PassFigures;
  /** Cold wall over warm wall. */
  speedUp: number;
  /** The strategies of the warm pass's kept fixes ("kb_lookup", "rule_first" for the search), or "-". */
  healedBy: string;
  /** kb_lookup fixes kept in the warm pass. */
  replays: number;
}

export interface WarmSummary {
  rows: WarmRow[];
  /** Single-edit cases (the give-up cases are rows of their own, judged apart). */
  cases: number;
  coldHealed: number;
  warmHealed: number;
  /** Medians over the single-edit cases the cold pass healed: the ones the warm pass must heal again, faster. */
  coldMedianMs: number;
  warmMedianMs: number;
  /** coldMedianMs / warmMedianMs. */
  medianSpeedUp: number;
  /** Median of the per-case speed-ups over the same cases. */
  perCaseSpeedUp: number;
  /**
   * The same medians without the repository's own commands as the trace times them (install,
   * baseline, CI round), which a replay cannot remove; the check that verifies a patch (a replay
   * too) is timed inside its fix step, so it stays in.
   */
  coldEngineMedianMs: number;
  warmEngineMedianMs: number;
  /**
   * The warm pass's floor: the median time inside the repository's own commands, which every run
   * needs whatever the engine knows (install, baseline and its confirmation, the replayed patch's
   * verification, CI round).
   */
  warmCommandsMedianMs: number;
  /** coldMedianMs / warmCommandsMedianMs: the most any replay could speed this pass up with those commands. */
  ceilingSpeedUp: number;
  /** The rest, the engine's own time: localisation, search or replay, git, database, report. */
  coldOwnMedianMs: number;
  warmOwnMedianMs: number;
  /** kb_lookup fixes kept in the warm pass, over all its single-edit cases. */
  replays: number;
  /** Warm-healed single-edit cases with no kept kb_lookup fix: healed by searching again. */
  searchedAgain: string[];
  lost: string[];
  gained: string[];
  targets: Target[];
}

/** Pairs the passes by case name and judges the warm one; only LOGIC cases are read. */
export function summarizeWarm(cold: CaseOutcome[], warm: CaseOutcome[]): WarmSummary {
  const warmByName = new Map(warm.map((o) => [o.name, o]));
  const rows = cold.filter((o) => o.bugType === 'LOGIC' && warmByName.has(o.name)).map((o) => warmRow(o, warmByName.get(o.name)!));
  const single = rows.filter((r) => !r.giveUp);
  const giveUps = rows.filter((r) => r.giveUp);
  const healedCold = single.filter((r) => r.cold.healed);
  const coldMedianMs = median(healedCold.map((r) => r.cold.wallMs));
  const warmMedianMs = median(healedCold.map((r) => r.warm.wallMs));
  const summary: Omit<WarmSummary, 'targets'> = {
    rows,
    cases: single.length,
    coldHealed: healedCold.length,
    warmHealed: single.filter((r) => r.warm.healed).length,
    coldMedianMs,
    warmMedianMs,
    medianSpeedUp: ratio(coldMedianMs, warmMedianMs),
    perCaseSpeedUp: median(healedCold.map((r) => r.speedUp)),
    coldEngineMedianMs: median(healedCold.map((r) => r.cold.engineMs)),
    warmEngineMedianMs: median(healedCold.map((r) => r.warm.engineMs)),
    warmCommandsMedianMs: median(healedCold.map((r) => r.warm.commandsMs)),
    ceilingSpeedUp: ratio(coldMedianMs, median(healedCold.map((r) => r.warm.commandsMs))),
    coldOwnMedianMs: median(healedCold.map((r) => r.cold.wallMs - r.cold.commandsMs)),
    warmOwnMedianMs: median(healedCold.map((r) => r.warm.wallMs - r.warm.commandsMs)),
    replays: single.reduce((sum, r) => sum + r.replays, 0),
    searchedAgain: single.filter((r) => r.warm.healed && r.replays === 0).map((r) => r.name),
    lost: single.filter((r) => r.cold.healed && !r.warm.healed).map((r) => r.name),
    gained: single.filter((r) => !r.cold.healed && r.warm.healed).map((r) => r.name),
  };
  const warmGiveUps = warm.filter((o) => giveUps.some((r) => r.name === o.name));
  return { ...summary, targets: warmTargets(summary, warmGiveUps, warm) };
}

function warmRow(cold: CaseOutcome, warm: CaseOutcome): WarmRow {
  const strategies = [...new Set(warm.kb?.appliedStrategies ?? [])];
  return {
    name: cold.name,
    giveUp: cold.kind === GIVE_UP_KIND,
    cold: passFigures(cold),
    warm: passFigures(warm),
    speedUp: ratio(cold.wallMs, warm.wallMs),
    healedBy: warm.healed && strategies.length ? strategies.join(' + ') : '-',
    replays: warm.kb?.replayed ?? 0,
  };
}

function passFigures(o: CaseOutcome): PassFigures {
  const commandsMs = Math.min(o.wallMs, o.checkMs + o.verifyMs);
  return { status: o.finalStatus, healed: o.healed, wallMs: o.wallMs, engineMs: o.overheadMs, commandsMs };
}

// 0 when there is nothing to divide by, so an empty pass never reads as fast.
function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

function warmTargets(s: Omit<WarmSummary, 'targets'>, giveUps: CaseOutcome[], warm: CaseOutcome[]): Target[] {
  const sameCases = s.lost.length === 0 && s.gained.length === 0;
  const fastEnough = s.medianSpeedUp >= WARM_SPEED_UP_TARGET && s.perCaseSpeedUp >= WARM_SPEED_UP_TARGET;
  const unclean = giveUps.filter((o) => !givenUpCleanly(o));
  const touched = warm.flatMap((o) => o.protectedTouched.map((file) => `${o.name}: ${file}`));
  const replayed = s.warmHealed - s.searchedAgain.length;
  return [
    {
      name: 'KB-warm second pass >= 5x faster, same cases healed',
      goal: `>= ${WARM_SPEED_UP_TARGET}x (median cold / median warm, and the per-case median), the cold pass's cases healed again`,
      actual:
        `${times(s.medianSpeedUp)} (${secs(s.coldMedianMs)} -> ${secs(s.warmMedianMs)}), per case ${times(s.perCaseSpeedUp)}, ` +
        `healed ${s.warmHealed}/${s.cases} warm vs ${s.coldHealed}/${s.cases} cold`,
      pass: s.coldHealed > 0 && sameCases && fastEnough,
    },
    {
      name: 'KB-warm pass heals the same cases',
      goal: "exactly the cold pass's",
      actual: sameCases ? `the same ${s.coldHealed}` : [list('lost', s.lost), list('gained', s.gained)].filter(Boolean).join('; '),
      pass: sameCases,
    },
    {
      name: 'KB-warm cases healed by a knowledge-base replay',
      goal: 'every warm-healed case',
      actual: `${replayed}/${s.warmHealed} (${s.replays} kb_lookup fix(es) kept)${s.searchedAgain.length ? `; ${list('searched again', s.searchedAgain)}` : ''}`,
      pass: s.warmHealed > 0 && s.searchedAgain.length === 0,
    },
    { name: 'KB-warm tests modified', goal: 'none', actual: touched.length ? touched.join(', ') : 'none', pass: touched.length === 0 },
    {
      name: 'KB-warm give-up cases given up cleanly',
      goal: 'FAILED with the search\'s reason, as in the cold pass',
      actual: `${giveUps.length - unclean.length}/${giveUps.length}${unclean.length ? ` (not: ${unclean.map((o) => o.name).join(', ')})` : ''}`,
      pass: unclean.length === 0,
    },
  ];
}

/** The printed section: one line per case (cold, warm, speed-up, what healed it), the figures, the targets. */
export function formatWarm(s: WarmSummary): string {
  const line = (r: WarmRow) =>
    `  ${r.name.padEnd(30)} ${pass(r.cold).padEnd(16)} ${pass(r.warm).padEnd(16)} ${times(r.speedUp).padStart(7)}  ${r.healedBy}`;
  const header = `  ${'case'.padEnd(30)} ${'cold'.padEnd(16)} ${'warm'.padEnd(16)} ${'speed-up'.padStart(7)}  healed by (warm)`;
  const single = s.rows.filter((r) => !r.giveUp);
  const giveUps = s.rows.filter((r) => r.giveUp);
  const figures =
    `single-edit: healed ${s.coldHealed}/${s.cases} cold, ${s.warmHealed}/${s.cases} warm; over the ${s.coldHealed} healed cold, ` +
    `median wall ${secs(s.coldMedianMs)} cold, ${secs(s.warmMedianMs)} warm (${times(s.medianSpeedUp)}), per-case speed-up median ${times(s.perCaseSpeedUp)};\n` +
    `without the install, baseline and CI-round commands (a replay's verification run stays in), ` +
    `median ${secs(s.coldEngineMedianMs)} cold, ${secs(s.warmEngineMedianMs)} warm (${times(ratio(s.coldEngineMedianMs, s.warmEngineMedianMs))});\n` +
    `the warm pass's floor, its time inside the repository's own commands (install, baseline and its confirmation, ` +
    `the replay's verification, CI round): median ${secs(s.warmCommandsMedianMs)}, so no replay could make it more than ` +
    `${times(s.ceilingSpeedUp)} faster than the cold pass's ${secs(s.coldMedianMs)};\n` +
    `the engine's own time (localisation, search or replay, git, database, report): ` +
    `median ${secs(s.coldOwnMedianMs)} cold, ${secs(s.warmOwnMedianMs)} warm (${times(ratio(s.coldOwnMedianMs, s.warmOwnMedianMs))});\n` +
    `kb_lookup fixes kept in the warm pass: ${s.replays}`;
  const targets = s.targets.map((t) => `${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.actual} (target ${t.goal})`);
  return [header, ...single.map(line), ...(giveUps.length ? ['  give-up cases:', ...giveUps.map(line)] : []), '', figures, '', ...targets].join('\n');
}

function pass(p: WarmRow['cold']): string {
  return `${p.status} ${secs(p.wallMs)}`;
}

function times(x: number): string {
  return `${x.toFixed(1)}x`;
}

function list(label: string, names: string[]): string {
  return names.length ? `${label}: ${names.join(', ')}` : '';
}
