// Who the run is for: the team and leader name the fix branch and the report.
import type { RepoConfig } from '../config/repo-config.ts';
import type { HealCommand } from './parse-heal-command.ts';

export interface TeamLeader {
  team: string;
  leader: string;
}

export interface TeamLeaderSources {
  /** The comment's flags, when the run was asked for. */
  command?: HealCommand;
  /** `.github/rift.yml`, when it is there and valid. */
  config?: Pick<RepoConfig, 'team' | 'leader'> | null;
  repoOwner: string;
  prAuthor: string;
}

/** Each name from the comment's flags, else rift.yml, else the repository owner / pull request author. */
export function resolveTeamLeader(sources: TeamLeaderSources): TeamLeader {
  return {
    team: sources.command?.team ?? sources.config?.team ?? sources.repoOwner,
    leader: sources.command?.leader ?? sources.config?.leader ?? sources.prAuthor,
  };
}
