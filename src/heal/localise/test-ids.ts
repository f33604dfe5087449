// Matching a traced test to a reported one when the two name it differently: unittest prints
// `mod.Class.test`, pytest `path.py::Class::test`; node:test's hooks see `test`, its report `suite > test`.

/** True when both ids name the same test, as far as their common tail tells. */
export function sameTest(a: string, b: string): boolean {
  if (a === b) return true;
  const x = parts(a);
  const y = parts(b);
  const n = Math.min(2, x.length, y.length);
  if (n === 0) return false;
  return x.slice(-n).join('\0') === y.slice(-n).join('\0');
}

// `::` and ` > ` separate pytest and node:test names; unittest ids are dotted.
function parts(id: string): string[] {
  const split = id.includes('::') || id.includes(' > ') ? id.split(/::| > /) : id.split('.');
  return split.map((p) => p.trim()).filter((p) => p !== '');
}
