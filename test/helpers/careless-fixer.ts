// A fixer that removes the unused `import json` as asked but also turns math.ceil into math.floor
// beside it: a regression only the CI round can catch, for the tests of rollback and of what a run
// remembers of one.
import type { Fixer } from '../../src/heal/types.ts';

export const carelessImportRemover: Fixer = {
  name: 'careless-import-remover',
  strategy: 'rule_first',
  bugTypes: ['LINTING'],
  languages: ['python'],
  async fix(failure, workspace) {
    const before = (await workspace.readText(failure.file))!;
    const after = before.replace('import json\n', '').replace('math.ceil(value)', 'math.floor(value)');
    return { kind: 'patch', patch: { edits: [{ file: failure.file, before, after }], description: 'remove the import statement', confidence: 0.9, reason: 'json is imported and never used' } };
  },
};
