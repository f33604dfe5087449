import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../src/errors/index.ts';
import { fixBranchName, normaliseBranchPart } from '../../src/heal/branch-name.ts';

describe('fixBranchName', () => {
  it('builds the branch of the contract example', () => {
    const branch = fixBranchName('Code Warriors', 'John Doe');

    expect(branch).toBe('CODE_WARRIORS_JOHN_DOE_AI_Fix');
  });

  it('turns each run of punctuation and spaces into one underscore and trims the ends', () => {
    const branch = fixBranchName('  team--rocket!! ', '...Ada   Lovelace...');

    expect(branch).toBe('TEAM_ROCKET_ADA_LOVELACE_AI_Fix');
  });

  it('treats non-ASCII letters as separators', () => {
    const branch = fixBranchName('Zoë Team', 'José Núñez');

    expect(branch).toBe('ZO_TEAM_JOS_N_EZ_AI_Fix');
  });

  it('keeps digits', () => {
    const branch = fixBranchName('team 42', 'r2d2');

    expect(branch).toBe('TEAM_42_R2D2_AI_Fix');
  });

  it('refuses a team name with no letter or digit', () => {
    const act = () => fixBranchName('***', 'Ada');

    expect(act).toThrow(BadInputError);
    expect(act).toThrow(/team name "\*\*\*"/);
  });

  it('refuses an empty leader name', () => {
    const act = () => fixBranchName('Team', '');

    expect(act).toThrow(BadInputError);
    expect(act).toThrow(/leader name ""/);
  });

  it('refuses names that make a branch longer than 200 characters', () => {
    const act = () => fixBranchName('A'.repeat(120), 'B'.repeat(120));

    expect(act).toThrow(BadInputError);
    expect(act).toThrow(/longer than 200/);
  });
});

describe('normaliseBranchPart', () => {
  it('upper-cases and collapses separators', () => {
    const part = normaliseBranchPart('a.b__c  d');

    expect(part).toBe('A_B_C_D');
  });

  it('is empty for only punctuation', () => {
    const part = normaliseBranchPart('-- !! --');

    expect(part).toBe('');
  });
});
