// Candidate edits for a TabError ("inconsistent use of tabs and spaces in indentation"): the
// lines that indent with the file's minority character are rewritten in the file's own style,
// first the failing line, then its block, its top-level statement, the whole file.
import type { Candidate } from '../candidates.ts';
import { indentStyle, indentWidth, type IndentStyle, type PyIndentLine } from '../python-indent.ts';
import { reindentLines } from '../python-indent-render.ts';
import { range, statementEnd, topLevelStatement } from './py-indent-runs.ts';

// What the fix line says for a conversion into the given style.
export function tabsDescription(style: IndentStyle): string {
  return style.char === ' ' ? 'replace tabs with spaces in the indentation' : 'replace spaces with tabs in the indentation';
}

export function tabErrorCandidates(text: string, lines: readonly PyIndentLine[], line: number): Candidate[] {
  const entry = lines[line - 1];
  if (!entry) return [];
  const style = indentStyle(lines);
  const foreign = style.char === ' ' ? '\t' : ' ';
  const mixed = (n: number): boolean => lines[n - 1].kind !== 'string' && lines[n - 1].indent.includes(foreign);
  const indented = (n: number): boolean => lines[n - 1].kind !== 'string' && lines[n - 1].indent !== '';
  const own = range(entry.line, entry.kind === 'logical' ? entry.end : entry.line);
  const block = innermostBlock(lines, line);
  const top = topLevelStatement(lines, line);
  const all = range(1, lines.length);
  // The fewest lines first: only the lines that mix, then every indented line of the block.
  const scopes = [own.filter(mixed), block.filter(mixed), block.filter(indented), top.filter(mixed), top.filter(indented), all.filter(mixed)];
  const tabSizes = style.char === ' ' ? [8, style.unit.length] : [8, 4];
  const reason = `line ${line} indents with ${foreign === '\t' ? 'tabs' : 'spaces'} where the file indents with ${foreign === '\t' ? 'spaces' : 'tabs'}`;
  return scopes.flatMap((scope) =>
    scope.length === 0
      ? []
      : tabSizes.flatMap((tabSize): Candidate[] => {
          const after = reindentLines(text, lines, { selected: new Set(scope), tabSize, unit: style.unit });
          return after === null ? [] : [{ after, description: tabsDescription(style), reason, lastTouchedLine: scope[scope.length - 1] }];
        }),
  );
}

// The block the line is in, from its header to the end of the header's body; [] at the top level.
function innermostBlock(lines: readonly PyIndentLine[], line: number): number[] {
  const width = indentWidth(lines[line - 1].indent);
  for (let i = line - 2; i >= 0; i--) {
    const entry = lines[i];
    if (entry.kind === 'logical' && entry.header && indentWidth(entry.indent) < width) return range(entry.line, statementEnd(lines, entry));
  }
  return [];
}
