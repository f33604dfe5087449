// Just enough of the shell's grammar to rewrite a check's command safely: words with their quotes
// kept verbatim, and `a && b` chains. Anything richer (pipes, `;`, substitutions) is left alone.

/** One word as written (quotes kept), so a command can be put back together unchanged. */
export type ShellWord = string;

/** A word the shell reads back exactly as `value`. */
export function shellQuote(value: string): string {
  if (/^[\w@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The command's `&&`-separated parts as word lists; null when it uses any other shell syntax. */
export function splitAndChain(command: string): ShellWord[][] | null {
  const segments: ShellWord[][] = [[]];
  let word = '';
  let inWord = false;
  const endWord = (): void => {
    if (inWord) segments[segments.length - 1].push(word);
    word = '';
    inWord = false;
  };
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (c === "'" || c === '"') {
      const close = command.indexOf(c, i + 1);
      if (close < 0) return null;
      const quoted = command.slice(i, close + 1);
      if (c === '"' && /[`$\\]/.test(quoted)) return null;
      word += quoted;
      inWord = true;
      i = close;
    } else if (c === '&' && command[i + 1] === '&') {
      endWord();
      if (segments[segments.length - 1].length === 0) return null;
      segments.push([]);
      i++;
    } else if (/[|;&<>`$()\\\n#]/.test(c)) {
      return null;
    } else if (/\s/.test(c)) {
      endWord();
    } else {
      word += c;
      inWord = true;
    }
  }
  endWord();
  return segments.every((s) => s.length > 0) ? segments : null;
}

/** The word without its quotes (words from splitAndChain only hold balanced, literal quotes). */
export function unquoteWord(word: ShellWord): string {
  return word.replace(/'([^']*)'|"([^"]*)"/g, (_, single: string | undefined, double: string | undefined) => single ?? double ?? '');
}
