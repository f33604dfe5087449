// The shape most Python cases share: a package `src/<pkg>` with one module (holding the seeded
// bug) and its pytest tests, in a project whose workflow runs the checks.
import { pythonProject, type PythonProjectOptions } from '../../test/helpers/python-project.ts';
import type { BugType } from '../../src/heal/types.ts';
import { lineOf, type BenchCase } from './types.ts';

export interface PythonCaseSpec {
  name: string;
  kind: string;
  bugType: BugType;
  pkg: string;
  moduleName: string;
  /** The module's source, bug included. */
  module: string;
  tests: string;
  /** Text on the seeded bug's line. */
  needle: string;
  project?: PythonProjectOptions;
}

/** One single-bug case of a one-module package. */
export function pythonPackageCase(spec: PythonCaseSpec): BenchCase {
  const file = `src/${spec.pkg}/${spec.moduleName}.py`;
  const files = pythonProject(
    { [`src/${spec.pkg}/__init__.py`]: '', [file]: spec.module, [`tests/test_${spec.moduleName}.py`]: spec.tests },
    spec.project,
  );
  return { name: spec.name, language: 'python', kind: spec.kind, files, bug: { bugType: spec.bugType, file, line: lineOf(spec.module, spec.needle) } };
}
