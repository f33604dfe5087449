// Files RIFT must never edit to make checks pass: the repository's tests, its CI configuration and
// its lockfiles (DESIGN.md section 7). Data, not logic: add a pattern here, nowhere else.
const PROTECTED: Array<{ pattern: RegExp; what: string }> = [
  { pattern: /(^|\/)(tests?|__tests__|spec|specs)\//, what: 'a test directory' },
  { pattern: /(^|\/)test_[^/]*\.py$/, what: 'a test file' },
  { pattern: /(^|\/)[^/]*_test\.py$/, what: 'a test file' },
  { pattern: /(^|\/)conftest\.py$/, what: 'a test fixture file' },
  { pattern: /\.(test|spec)\.[cm]?[jt]sx?$/, what: 'a test file' },
  { pattern: /(^|\/)\.github\//, what: 'CI configuration' },
  { pattern: /(^|\/)(\.gitlab-ci\.yml|\.travis\.yml|azure-pipelines\.yml|Jenkinsfile|\.circleci\/)/, what: 'CI configuration' },
  {
    pattern:
      /(^|\/)(\.flake8|setup\.cfg|tox\.ini|mypy\.ini|\.mypy\.ini|pytest\.ini|pyproject\.toml|\.pylintrc|\.eslintrc[^/]*|eslint\.config\.[cm]?[jt]s|\.prettierrc[^/]*|(jest|vitest|vite)\.config\.[cm]?[jt]s|tsconfig[^/]*\.json|package\.json)$/,
    what: 'tool or test configuration',
  },
  { pattern: /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Pipfile\.lock|uv\.lock)$/, what: 'a lockfile' },
];

/** Says why a repository-relative path is off limits to fixes, or null when it may be edited. */
export function protectedReason(file: string): string | null {
  const hit = PROTECTED.find(({ pattern }) => pattern.test(file));
  return hit ? `${file} is ${hit.what}; RIFT never edits it to make checks pass` : null;
}
