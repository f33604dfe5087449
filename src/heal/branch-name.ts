// The fix branch name of DESIGN.md section 2: `<TEAM>_<LEADER>_AI_Fix`.
import { BadInputError } from '../errors/index.ts';

const MAX_BRANCH_LENGTH = 200;

/** Upper-cases a name and turns every run of characters other than A-Z and 0-9 into one `_`. */
export function normaliseBranchPart(name: string): string {
  return name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** "Code Warriors" + "John Doe" -> "CODE_WARRIORS_JOHN_DOE_AI_Fix"; a name with nothing left is bad input. */
export function fixBranchName(team: string, leader: string): string {
  const teamPart = normaliseBranchPart(team);
  const leaderPart = normaliseBranchPart(leader);
  if (teamPart === '') throw new BadInputError(`The team name "${team}" has no letter or digit, so it cannot name a branch.`);
  if (leaderPart === '') throw new BadInputError(`The leader name "${leader}" has no letter or digit, so it cannot name a branch.`);
  const branch = `${teamPart}_${leaderPart}_AI_Fix`;
  if (branch.length > MAX_BRANCH_LENGTH) {
    throw new BadInputError(`The team and leader names make a branch name longer than ${MAX_BRANCH_LENGTH} characters.`);
  }
  return branch;
}
