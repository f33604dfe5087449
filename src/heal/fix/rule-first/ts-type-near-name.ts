// A property that exists under a near name, as tsc itself suggests it: TS2551 ("Property 'lenght'
// does not exist on type 'string'. Did you mean 'length'?") and TS2561 (an object literal's key,
// "Did you mean to write 'name'?").
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { typeEditCandidate } from './ts-type-edits.ts';
import { runTsTypeFix, tsNodesAt, type TsTypeSite } from './ts-type-tree.ts';

const SUGGESTIONS: Record<string, RegExp> = {
  TS2551: /^Property '([\w$]+)' does not exist on type '.+'\. Did you mean '([\w$]+)'\?$/,
  TS2561: /^Object literal may only specify known properties, but '([\w$]+)' does not exist in type '.+'\. Did you mean to write '([\w$]+)'\?$/,
};

const NAME_NODES = ['property_identifier', 'private_property_identifier', 'shorthand_property_identifier'];

// A fixer for a misspelt property that tsc names the right spelling of.
export function tsTypeNearNameFixer(): Fixer {
  return {
    name: 'ts-type-near-name',
    strategy: 'rule_first',
    bugTypes: ['TYPE_ERROR'],
    languages: ['typescript', 'javascript'],
    fix: fixNearName,
  };
}

async function fixNearName(failure: Failure, workspace: WorkspaceReader): Promise<FixResult> {
  const pattern = failure.code ? SUGGESTIONS[failure.code] : undefined;
  const m = pattern?.exec(failure.message.trim());
  if (!m) return { kind: 'decline', reason: `no suggested property in: ${failure.message}` };
  return runTsTypeFix(failure, workspace, 0.9, (site) => candidatesFor(site, m[1], m[2]));
}

function candidatesFor(site: TsTypeSite, wrong: string, right: string): Candidate[] | string {
  const name = tsNodesAt(site).find((n) => NAME_NODES.includes(n.type) && n.text === wrong);
  if (!name) return `no property '${wrong}' where tsc points`;
  // A shorthand `{ nmae }` names a variable too: only its key may change.
  const insert = name.type === 'shorthand_property_identifier' ? `${right}: ${wrong}` : right;
  const edit = { start: name.startIndex, end: name.endIndex, insert };
  return [typeEditCandidate(site.text, [edit], `use the property '${right}'`, `tsc reports no property '${wrong}' and suggests '${right}'`)];
}
