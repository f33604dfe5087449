import { describe, expect, it } from 'vitest';
import { classifyCommand, coreCommand } from '../../../src/heal/detect/classify-command.ts';

describe('classifyCommand', () => {
  it.each([
    ['python -m pytest -x tests/', 'test', 'pytest'],
    ['poetry run pytest', 'test', 'pytest'],
    ['python3 -m unittest discover -s tests', 'test', 'unittest'],
    ['flake8 src --max-line-length=100', 'lint', 'flake8'],
    ['mypy --strict src', 'typecheck', 'mypy'],
    ['npx tsc --noEmit -p .', 'typecheck', 'tsc'],
    ['node tools/typescript/bin/tsc -p tsconfig.json', 'typecheck', 'tsc'],
    ['./node_modules/.bin/tsc --noEmit', 'typecheck', 'tsc'],
    ['npx eslint . --max-warnings 0', 'lint', 'eslint'],
    ['CI=true npx jest --ci', 'test', 'jest'],
    ['node --test test/', 'test', 'node-test'],
    ['npx mocha --recursive test/', 'test', 'mocha'],
    ['nyc mocha', 'test', 'mocha'],
  ])('%s is a %s check of %s', (command, kind, tool) => {
    expect(classifyCommand(command)).toMatchObject({ type: 'check', kind, tool });
  });

  it.each(['npm ci', 'npm install', 'pip install -r requirements.txt', 'python -m pip install -e .[dev]', 'poetry install --no-root', 'yarn'])(
    '%s is an install',
    (command) => {
      expect(classifyCommand(command)).toEqual({ type: 'install' });
    },
  );

  it.each(['sudo apt-get install -y libpq-dev', 'python -m pip install --upgrade pip', 'npm install -g pnpm', 'echo hi', 'git config user.name x', 'ls -la'])(
    '%s is skipped',
    (command) => {
      expect(classifyCommand(command).type).toBe('skip');
    },
  );

  it('names the npm script to resolve', () => {
    expect(classifyCommand('npm test')).toEqual({ type: 'npm-script', script: 'test' });
    expect(classifyCommand('npm run type-check -- --pretty')).toEqual({ type: 'npm-script', script: 'type-check' });
    expect(classifyCommand('pnpm run lint')).toEqual({ type: 'npm-script', script: 'lint' });
  });

  it('leaves commands it does not know as unknown', () => {
    expect(classifyCommand('make test')).toEqual({ type: 'unknown' });
  });

  it('strips wrappers to find the real command', () => {
    expect(coreCommand('FOO=1 BAR="a b" sudo time poetry run pytest')).toBe('pytest');
  });
});
