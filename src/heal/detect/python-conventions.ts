// Python's conventions, for a package whose CI workflow says nothing usable: pytest when there are
// tests, flake8, mypy when configured, and pip installs of its requirements.
import { join, posix } from 'node:path';
import type { Check, InstallStep } from '../types.ts';
import { hasIniSection, readTextOrNull } from './files.ts';
import { isPythonTestFile } from './find-packages.ts';

type NewCheck = Omit<Check, 'id'>;

/**
 * flake8 without a configuration of the repository's own runs only the codes that are bugs or
 * dead code (syntax errors, undefined names, bad comparisons, unused imports), never the style
 * codes: a repository that never asked for PEP 8 must not get a hundred whitespace "fixes".
 */
export const FLAKE8_MINIMAL = 'flake8 --select=E9,F63,F7,F82,F401 --extend-exclude=.venv,venv,node_modules,build,dist';

const REQUIREMENTS = ['requirements.txt', 'requirements-dev.txt', 'requirements_dev.txt', 'dev-requirements.txt', 'requirements-test.txt', 'test-requirements.txt'];

/** The checks and installs of one Python package; `files` are its files (repository-relative). */
export async function pythonConventions(repoRoot: string, dir: string, files: string[]): Promise<{ checks: NewCheck[]; installs: InstallStep[] }> {
  const read = (name: string): Promise<string | null> => readTextOrNull(join(repoRoot, dir, name));
  const [setupCfg, toxIni, pyproject, flake8File, mypyIni, dotMypyIni] = await Promise.all(
    ['setup.cfg', 'tox.ini', 'pyproject.toml', '.flake8', 'mypy.ini', '.mypy.ini'].map(read),
  );
  const base = { cwd: dir, language: 'python' as const, source: 'convention' as const };
  const checks: NewCheck[] = [];

  const hasTests = files.some((f) => isPythonTestFile(f) || /(^|\/)tests?\/[^/]*\.py$/.test(f));
  if (hasTests) checks.push({ ...base, command: 'python3 -m pytest -q -p no:cacheprovider', kind: 'test', tool: 'pytest' });

  const hasPython = files.some((f) => f.endsWith('.py'));
  const flake8Configured = flake8File !== null || hasIniSection(setupCfg, 'flake8') || hasIniSection(toxIni, 'flake8');
  if (hasPython) checks.push({ ...base, command: flake8Configured ? 'flake8' : FLAKE8_MINIMAL, kind: 'lint', tool: 'flake8' });

  const mypyConfig = mypyIni ?? dotMypyIni ?? (hasIniSection(setupCfg, 'mypy') ? setupCfg : null) ?? (hasIniSection(pyproject, 'tool.mypy') ? pyproject : null);
  if (hasPython && mypyConfig !== null) {
    const command = /^\s*files\s*=/m.test(mypyConfig) ? 'mypy' : 'mypy .';
    checks.push({ ...base, command, kind: 'typecheck', tool: 'mypy' });
  }

  const installs: InstallStep[] = [];
  const own = new Set(files.map((f) => posix.relative(dir === '.' ? '' : dir, f)));
  for (const name of REQUIREMENTS) if (own.has(name)) installs.push({ command: `python3 -m pip install -r ${name}`, cwd: dir });
  if (installs.length === 0 && pyproject !== null && /^\s*dependencies\s*=\s*\[\s*["']/m.test(pyproject)) {
    installs.push({ command: 'python3 -m pip install -e .', cwd: dir });
  }
  return { checks, installs };
}
