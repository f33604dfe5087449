import { describe, expect, it } from 'vitest';
import { resolveTeamLeader } from '../../src/webhooks/team-leader.ts';

describe('resolveTeamLeader', () => {
  const base = { repoOwner: 'Codertocat', prAuthor: 'octocat' };

  it('prefers the command, then rift.yml, then the owner and the author, name by name', () => {
    expect(resolveTeamLeader({ ...base, command: { team: 'Owls' }, config: { team: 'Larks', leader: 'Grace' } })).toEqual({ team: 'Owls', leader: 'Grace' });
    expect(resolveTeamLeader({ ...base, config: { team: 'Larks', leader: null } })).toEqual({ team: 'Larks', leader: 'octocat' });
    expect(resolveTeamLeader({ ...base, config: null })).toEqual({ team: 'Codertocat', leader: 'octocat' });
  });
});
