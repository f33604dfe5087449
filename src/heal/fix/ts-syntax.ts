// The TypeScript parser's own syntax diagnostics for a file (no type checking, no I/O). The
// compiler is loaded on first use: Python-only runs never pay for it.
import { extname } from 'node:path';

export interface ParseDiagnostic {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  offset: number;
  code: number;
  message: string;
}

type TypeScript = typeof import('typescript');
let compiler: Promise<TypeScript> | null = null;

function loadCompiler(): Promise<TypeScript> {
  compiler ??= import('typescript').then((module) => (module as { default?: TypeScript }).default ?? module);
  return compiler;
}

// Parses the text as the file's kind (ts, tsx, js, jsx) and returns its syntax errors in order.
export async function tsParseDiagnostics(file: string, text: string): Promise<ParseDiagnostic[]> {
  const ts = await loadCompiler();
  const kinds: Record<string, number> = {
    '.tsx': ts.ScriptKind.TSX,
    '.jsx': ts.ScriptKind.JSX,
    '.js': ts.ScriptKind.JS,
    '.mjs': ts.ScriptKind.JS,
    '.cjs': ts.ScriptKind.JS,
  };
  const kind = kinds[extname(file).toLowerCase()] ?? ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  // parseDiagnostics is internal but stable across 4.x-5.x; it holds exactly the syntax errors.
  const diagnostics = (source as unknown as { parseDiagnostics?: import('typescript').DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  return diagnostics.map((d) => {
    const position = source.getLineAndCharacterOfPosition(d.start);
    return {
      line: position.line + 1,
      column: position.character + 1,
      offset: d.start,
      code: d.code,
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    };
  });
}
