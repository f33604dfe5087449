import { describe, expect, it } from 'vitest';
import { normaliseCwd, splitRunScript, substituteExpressions, workflowCommands } from '../../../src/heal/detect/workflow-commands.ts';

describe('workflowCommands', () => {
  it('uses the first matrix value and drops steps that need GitHub-only values', () => {
    const text = [
      'jobs:',
      '  t:',
      '    runs-on: ubuntu-latest',
      '    strategy: { matrix: { dir: [api, web] } }',
      '    steps:',
      '      - run: pytest ${{ matrix.dir }}',
      '      - run: deploy --token ${{ secrets.TOKEN }}',
    ].join('\n');

    const result = workflowCommands(text, 'ci.yml');

    expect(result.commands).toEqual([{ command: 'pytest api', cwd: '.' }]);
    expect(result.notes).toHaveLength(1);
  });

  it('skips windows-only jobs and non-POSIX shells', () => {
    const text = [
      'jobs:',
      '  win:',
      '    runs-on: windows-latest',
      '    steps: [{ run: pytest }]',
      '  ps:',
      '    runs-on: ubuntu-latest',
      '    steps: [{ run: Invoke-Pester, shell: pwsh }]',
    ].join('\n');

    const result = workflowCommands(text, 'ci.yml');

    expect(result.commands).toEqual([]);
    expect(result.notes).toHaveLength(2);
  });

  it('reports a broken workflow instead of throwing', () => {
    const result = workflowCommands('jobs: [unclosed', 'bad.yml');

    expect(result.commands).toEqual([]);
    expect(result.notes[0]).toMatch(/^bad\.yml: not valid YAML/);
  });
});

describe('splitRunScript', () => {
  it('splits lines and && chains and follows cd', () => {
    const commands = splitRunScript('cd pkg && npm ci\n# comment\nnpm test \\\n  -- --ci\n', '.');

    expect(commands).toEqual([
      { command: 'npm ci', cwd: 'pkg' },
      { command: 'npm test -- --ci', cwd: 'pkg' },
    ]);
  });

  it('keeps scripts with control structures whole', () => {
    expect(splitRunScript('if [ -f x ]; then\n  pytest\nfi\n', 'a')).toEqual([{ command: 'if [ -f x ]; then\n  pytest\nfi', cwd: 'a' }]);
  });

  it('refuses to leave the repository', () => {
    expect(splitRunScript('cd ../..\npytest', '.')).toBeNull();
    expect(normaliseCwd('.', './src/')).toBe('src');
  });

  it('substitutes matrix values only', () => {
    expect(substituteExpressions('v${{ matrix.node }}', { node: [20, 22] })).toBe('v20');
    expect(substituteExpressions('${{ env.X }}', {})).toBeNull();
  });
});
