// What the Python interpreter itself knows: the standard library's module names, the installed
// packages' import names, a module's submodules and public names. Asked with `python -I` (no
// user site, no current directory on the path) and from a temporary directory, so repository
// code never runs; only the few names a fixer is weighing are ever imported.
import { tmpdir } from 'node:os';
import { execa } from 'execa';

const SCRIPT = String.raw`
import ast, importlib.util, json, os, pkgutil, sys
req = json.loads(sys.stdin.read())

def ident(n):
    return n.isidentifier() and not n.startswith('_')

def public_names(path):
    try:
        with open(path, 'rb') as f:
            tree = ast.parse(f.read())
    except Exception:
        return None
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == '__all__' for t in node.targets):
            try:
                return [n for n in ast.literal_eval(node.value) if isinstance(n, str)]
            except Exception:
                pass
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)) and req['op'] == 'names':
            names += [(a.asname or a.name).split('.')[0] for a in node.names if a.name != '*']
    return [n for n in names if not n.startswith('_')]

def spec(name):
    try:
        return importlib.util.find_spec(name)
    except Exception:
        return None

op = req['op']
if op == 'stdlib':
    out = sorted(sys.stdlib_module_names)
elif op == 'installed':
    import importlib.metadata as md
    out = sorted(n for n in md.packages_distributions() if ident(n))
elif op == 'importable':
    out = [n for n in req['names'] if spec(n) is not None]
elif op == 'submodules':
    s = spec(req['module'])
    locations = s.submodule_search_locations if s else None
    out = sorted(m.name for m in pkgutil.iter_modules(list(locations))) if locations else []
elif op == 'names':
    name = req['module']
    out = None
    # Standard-library modules are imported (their names may come from C or star imports); the
    # tools among them never are, and installed packages are only read.
    if name.split('.')[0] in sys.stdlib_module_names and name.split('.')[0] not in req['skip']:
        try:
            out = [n for n in dir(importlib.import_module(name)) if not n.startswith('_')]
        except Exception:
            out = None
    if out is None:
        s = spec(name)
        if s and s.origin and s.origin.endswith('.py'):
            out = public_names(s.origin)
    out = out or []
elif op == 'definitions':
    skip = set(req['skip'])
    out = {}
    for mod in sorted(sys.stdlib_module_names):
        if mod.startswith('_') or mod in skip:
            continue
        s = spec(mod)
        if not s or not s.origin or not s.origin.endswith('.py'):
            continue
        for n in public_names(s.origin) or []:
            out.setdefault(n, []).append(mod)
print(json.dumps(out))
`;

type Request =
  | { op: 'stdlib' | 'installed' }
  | { op: 'importable'; names: string[] }
  | { op: 'submodules'; module: string }
  | { op: 'names'; module: string; skip: string[] }
  | { op: 'definitions'; skip: string[] };

// Standard-library modules whose public names are not things code imports by name: interactive
// tools, test suites, deprecated shims. A bare name is never resolved to one of them.
const NOT_A_LIBRARY = ['antigravity', 'this', 'idlelib', 'lib2to3', 'turtle', 'turtledemo', 'tkinter', 'test', 'pydoc_data', 'ensurepip', 'venv', 'pydoc', 'doctest', 'unittest', 'xdrlib', 'imp', 'nntplib', 'telnetlib', 'msilib', 'cgi', 'cgitb', 'pty', 'tty', 'curses'];

const cache = new Map<string, Promise<unknown>>();

async function ask<T>(python: string, request: Request, cached: boolean): Promise<T> {
  const key = `${python}\0${JSON.stringify(request)}`;
  const hit = cached ? cache.get(key) : undefined;
  if (hit) return hit as Promise<T>;
  const result = execa(python, ['-I', '-c', SCRIPT], { input: JSON.stringify(request), cwd: tmpdir(), reject: false, timeout: 60_000 }).then((r) => {
    if (r.exitCode !== 0) throw new Error(`python query ${request.op} failed: ${r.stderr || r.stdout}`);
    return JSON.parse(r.stdout) as T;
  });
  if (cached) {
    cache.set(key, result);
    result.catch(() => cache.delete(key));
  }
  return result;
}

// The standard library's top-level module names (sys.stdlib_module_names), asked once.
export async function stdlibModules(python = 'python3'): Promise<Set<string>> {
  return new Set(await ask<string[]>(python, { op: 'stdlib' }, true));
}

// Top-level import names of the installed distributions, asked once.
export async function installedModules(python = 'python3'): Promise<Set<string>> {
  return new Set(await ask<string[]>(python, { op: 'installed' }, true));
}

// Which of these dotted module names the interpreter can find (parents of dotted names are imported).
export async function importableModules(names: string[], python = 'python3'): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  return new Set(await ask<string[]>(python, { op: 'importable', names }, true));
}

// Submodule names of an installed or standard-library package; empty for a plain module.
export async function externalSubmodules(module: string, python = 'python3'): Promise<string[]> {
  return ask<string[]>(python, { op: 'submodules', module }, true);
}

// Public names an installed or standard-library module defines or imports (its __all__ when it has one).
export async function externalNames(module: string, python = 'python3'): Promise<string[]> {
  return ask<string[]>(python, { op: 'names', module, skip: NOT_A_LIBRARY }, true);
}

// For each public name the standard library defines, the top-level modules that define it.
export async function stdlibDefinitions(python = 'python3'): Promise<Map<string, string[]>> {
  const found = await ask<Record<string, string[]>>(python, { op: 'definitions', skip: NOT_A_LIBRARY }, true);
  return new Map(Object.entries(found));
}

// True for standard-library modules a bare name should never be resolved to.
export function isToolModule(module: string): boolean {
  return NOT_A_LIBRARY.includes(module.split('.')[0]);
}
