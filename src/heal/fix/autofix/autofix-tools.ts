// The autofixers RIFT knows: how a repository says it uses each (its config files and sections),
// which findings each can fix, and the command that prints its fix of one file without writing.
import type { Language } from '../../types.ts';

export type AutofixToolName = 'autopep8' | 'black' | 'isort' | 'eslint' | 'prettier';

/** Where a repository configures a tool: a file to itself, or a section of a shared file. */
export interface ConfigMark {
  file: string;
  /** An INI/TOML section header ('tool.black' for `[tool.black]`); absent: the file alone says it. */
  section?: string;
  /** A top-level key of package.json ("eslintConfig", "prettier"). */
  jsonKey?: string;
}

export interface AutofixTool {
  name: AutofixToolName;
  languages: readonly Language[];
  marks: readonly ConfigMark[];
  /** npm tools: the package that must be a (dev)dependency and whose bin runs. */
  npmPackage?: string;
  /** True when the tool can fix a finding with this code (flake8 code, ESLint rule id). */
  fixes(code: string): boolean;
  /** The shell command (file relative to the cwd, already quoted) that prints the fixed file. */
  command(file: string, bin: string): string;
  /** How the output holds the new text: the text itself, or ESLint's JSON report. */
  output: 'text' | 'eslint-json';
}

const prefixes = (list: string[]) => (code: string) => list.some((p) => code.startsWith(p));

const PRETTIER_RULES = new Set([
  'prettier/prettier', 'semi', 'quotes', 'indent', 'no-extra-semi', 'comma-dangle', 'no-trailing-spaces', 'eol-last',
  'no-multiple-empty-lines', 'max-len', 'no-mixed-spaces-and-tabs', 'object-curly-spacing', 'arrow-parens', 'comma-spacing',
  'key-spacing', 'keyword-spacing', 'space-infix-ops', 'space-before-blocks', 'brace-style', 'quote-props',
]);

const INI_FILES = ['setup.cfg', 'tox.ini'];
const PRETTIER_FILES = ['.prettierrc', '.prettierrc.json', '.prettierrc.yml', '.prettierrc.yaml', '.prettierrc.json5', '.prettierrc.js', '.prettierrc.cjs', '.prettierrc.mjs', '.prettierrc.toml', 'prettier.config.js', 'prettier.config.cjs', 'prettier.config.mjs', 'prettier.config.ts'];
const ESLINT_FILES = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts', '.eslintrc', '.eslintrc.js', '.eslintrc.cjs', '.eslintrc.json', '.eslintrc.yml', '.eslintrc.yaml'];

/** In the order they are tried: the tool closest to the finding's checker first. */
export const AUTOFIX_TOOLS: readonly AutofixTool[] = [
  {
    name: 'autopep8',
    languages: ['python'],
    marks: [{ file: 'pyproject.toml', section: 'tool.autopep8' }, ...INI_FILES.map((file) => ({ file, section: 'autopep8' }))],
    fixes: prefixes(['E1', 'E2', 'E3', 'E401', 'E501', 'E7', 'W1', 'W2', 'W3', 'W6']),
    command: (file, bin) => `${bin} - < ${file}`,
    output: 'text',
  },
  {
    name: 'black',
    languages: ['python'],
    marks: [{ file: 'pyproject.toml', section: 'tool.black' }],
    fixes: prefixes(['E1', 'E2', 'E3', 'E501', 'E70', 'W1', 'W2', 'W3', 'W5']),
    command: (file, bin) => `${bin} -q --stdin-filename ${file} - < ${file}`,
    output: 'text',
  },
  {
    name: 'isort',
    languages: ['python'],
    marks: [{ file: '.isort.cfg' }, { file: 'pyproject.toml', section: 'tool.isort' }, ...INI_FILES.flatMap((file) => [{ file, section: 'isort' }, { file, section: 'tool:isort' }])],
    // flake8-isort's I00x, and several names on one import line.
    fixes: prefixes(['I0', 'E401']),
    // `-` reads stdin; the settings are found from the cwd, where the config is (older isort has no --filename).
    command: (file, bin) => `${bin} - < ${file}`,
    output: 'text',
  },
  {
    name: 'eslint',
    languages: ['javascript', 'typescript'],
    marks: [...ESLINT_FILES.map((file) => ({ file })), { file: 'package.json', jsonKey: 'eslintConfig' }],
    npmPackage: 'eslint',
    // ESLint knows which of its rules it can fix; its report says whether the finding is gone.
    fixes: () => true,
    command: (file, bin) => `${bin} --fix-dry-run --format json --stdin --stdin-filename ${file} < ${file}`,
    output: 'eslint-json',
  },
  {
    name: 'prettier',
    languages: ['javascript', 'typescript'],
    marks: [...PRETTIER_FILES.map((file) => ({ file })), { file: 'package.json', jsonKey: 'prettier' }],
    npmPackage: 'prettier',
    fixes: (code) => PRETTIER_RULES.has(code) || code.startsWith('@stylistic/'),
    command: (file, bin) => `${bin} --stdin-filepath ${file} < ${file}`,
    output: 'text',
  },
];
