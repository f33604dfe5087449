// The mutation operators, in the order their edits are tried on a line: the one-token changes
// that most often fix a small logic bug first, the bigger edits last.
import type { MutationOperator } from './mutation.ts';
import { deleteStatementOperator } from './op-delete-statement.ts';
import { insertGuardOperator } from './op-insert-guard.ts';
import { negationOperator } from './op-negation.ts';
import { offByOneOperator } from './op-off-by-one.ts';
import { replaceCalleeOperator } from './op-replace-callee.ts';
import { arithmeticOperator, bitwiseOperator, logicalOperator, relationalOperator } from './op-replace-operator.ts';
import { replaceVariableOperator } from './op-replace-variable.ts';
import { returnValueOperator } from './op-return-value.ts';
import { swapOperator } from './op-swap.ts';

export const MUTATION_OPERATORS: readonly { name: string; mutate: MutationOperator }[] = [
  { name: 'relational', mutate: relationalOperator },
  { name: 'off-by-one', mutate: offByOneOperator },
  { name: 'logical', mutate: logicalOperator },
  { name: 'negation', mutate: negationOperator },
  { name: 'arithmetic', mutate: arithmeticOperator },
  { name: 'bitwise', mutate: bitwiseOperator },
  { name: 'callee', mutate: replaceCalleeOperator },
  { name: 'variable', mutate: replaceVariableOperator },
  { name: 'return', mutate: returnValueOperator },
  { name: 'swap', mutate: swapOperator },
  { name: 'delete', mutate: deleteStatementOperator },
  { name: 'guard', mutate: insertGuardOperator },
];
