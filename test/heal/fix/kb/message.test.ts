import { describe, expect, it } from 'vitest';
import { abstractMessage } from '../../../../src/heal/fix/kb/message.ts';

describe('abstractMessage', () => {
  it.each([
    ["'os' imported but unused", "'<name>' imported but unused", ['os']],
    ['assert 3 == 4', 'assert <num> == <num>', []],
    ['assert -1 == 5', 'assert <num> == <num>', []],
    ['assert mean([2, 4]) == 3.5', 'assert <name> ( [ <num> , <num> ] ) == <num>', ['mean']],
    ["No module named 'requestz'", "No module named '<name>'", ['requestz']],
    ["cannot import name 'missing_thing' from 'app' (/repo/app/__init__.py)", "cannot import name '<name>' from '<name>' (<path>)", ['missing_thing', 'app']],
    ['Expected values to be strictly equal: -1 !== 5', 'Expected values to be strictly equal: <num> !== <num>', []],
    ["Cannot find name 'totl'. Did you mean 'total'?", "Cannot find name '<name>'. Did you mean '<name>'?", ['totl', 'total']],
    ["unsupported operand type(s) for +: 'int' and 'str'", "unsupported operand type(s) for +: '<name>' and '<name>'", ['int', 'str']],
    ['expected "hello world" to be 2', 'expected "<str>" to be <num>', []],
    ['local variable user_id is assigned to but never used', 'local variable <name> is assigned to but never used', ['user_id']],
  ])('%s -> %s', (message, text, names) => {
    const abstract = abstractMessage(message);

    expect(abstract.text).toBe(text);
    expect(abstract.names).toEqual(names);
  });

  it('gives two occurrences of one bug under different names the same text', () => {
    const a = abstractMessage("F841 local variable 'count' is assigned to but never used");
    const b = abstractMessage("F841 local variable 'n_items' is assigned to but never used");

    expect(a.text).toBe(b.text);
    expect([a.names, b.names]).toEqual([['count'], ['n_items']]);
  });

  it('takes secrets out before anything else, so no secret becomes a name', () => {
    const abstract = abstractMessage('cannot reach https://deploy:hunter22@example.com/x with token ghp_abcdefghijklmnopqrstuvwxyz0123');

    expect(JSON.stringify(abstract)).not.toMatch(/hunter22|ghp_/);
    expect(abstract.names).toEqual([]);
  });
});
