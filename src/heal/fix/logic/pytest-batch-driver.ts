// The Python side of batched mutant runs. Starting pytest costs seconds (imports, plugins); a
// mutant's test run a fraction of that. The driver imports pytest once, runs the selected tests
// on the original code (which also warms every plugin), then forks one child per mutant in which
// the mutated module is served from memory by an import hook: the files on disk are never touched.
// It writes its results after every mutant, so a run cut short by its deadline still reports.
export const DRIVER_SOURCE = String.raw`
import gc, importlib.abc, importlib.machinery, json, os, select, signal, sys, time

STARTED = time.time()
CONFIG = json.load(open(sys.argv[1]))
OUT = CONFIG['out']
DEVNULL = os.open(os.devnull, os.O_WRONLY)
MAX_IDS = 100


def save(state):
    with open(OUT + '.tmp', 'w') as f:
        json.dump(state, f)
    os.replace(OUT + '.tmp', OUT)


import pytest


class Tally:
    def __init__(self):
        self.passed = 0
        self.failed = []

    def pytest_runtest_logreport(self, report):
        if report.failed and report.nodeid not in self.failed:
            self.failed.append(report.nodeid)
        elif report.passed and report.when == 'call':
            self.passed += 1

    def pytest_collectreport(self, report):
        if report.failed:
            self.failed.append(report.nodeid or '<collection>')


def run_tests(args):
    tally = Tally()
    code = int(pytest.main(list(args) + ['-q', '-p', 'no:cacheprovider'], plugins=[tally]))
    return {'code': code, 'passed': tally.passed, 'failed': tally.failed[:MAX_IDS], 'timedOut': False}


def quietly(fn):
    saved = (os.dup(1), os.dup(2))
    os.dup2(DEVNULL, 1)
    os.dup2(DEVNULL, 2)
    try:
        return fn()
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        os.close(saved[0])
        os.close(saved[1])


class MutantFinder(importlib.abc.MetaPathFinder):
    def __init__(self, sources):
        self.sources = {os.path.realpath(p): s for p, s in sources.items()}

    def find_spec(self, name, path, target=None):
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or not spec.origin:
            return None
        source = self.sources.get(os.path.realpath(spec.origin))
        if source is None:
            return None

        class Loader(importlib.machinery.SourceFileLoader):
            def get_code(self, fullname):
                return compile(source, self.path, 'exec', dont_inherit=True)

        spec.loader = Loader(name, spec.origin)
        return spec


ORIGINALS = {}


def mutated_sources(edits):
    # Each edit is [path, start, end, insert] in code points of the file as it is on disk.
    sources = {}
    for path, start, end, insert in sorted(edits, key=lambda e: -e[1]):
        if path not in ORIGINALS:
            with open(path, encoding='utf-8', newline='') as f:
                ORIGINALS[path] = f.read()
        text = sources.get(path, ORIGINALS[path])
        sources[path] = text[:start] + insert + text[end:]
    return sources


def in_child(sources, args, timeout):
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.setpgid(0, 0)
            os.close(read_end)
            os.dup2(DEVNULL, 1)
            os.dup2(DEVNULL, 2)
            sys.meta_path.insert(0, MutantFinder(sources))
            result = run_tests(args)
        except BaseException as error:
            result = {'code': 99, 'passed': 0, 'failed': ['<driver: %s>' % error], 'timedOut': False}
        os.write(write_end, json.dumps(result).encode())
        os._exit(0)
    try:
        os.setpgid(pid, pid)
    except OSError:
        pass
    os.close(write_end)
    data = b''
    end = time.time() + timeout
    timed_out = False
    while True:
        left = end - time.time()
        if left <= 0:
            timed_out = True
            break
        ready, _, _ = select.select([read_end], [], [], left)
        if not ready:
            continue
        chunk = os.read(read_end, 65536)
        if not chunk:
            break
        data += chunk
    if timed_out:
        for kill in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
            try:
                kill()
            except OSError:
                pass
    os.waitpid(pid, 0)
    os.close(read_end)
    if timed_out:
        return {'code': None, 'passed': 0, 'failed': [], 'timedOut': True}
    try:
        return json.loads(data.decode())
    except ValueError:
        return {'code': None, 'passed': 0, 'failed': ['<driver: the child died>'], 'timedOut': False}


def main():
    state = {'original': None, 'results': {}, 'stopped': 'running'}
    focus, full = CONFIG['focus'], CONFIG['full']
    t = time.time()
    original = {'focus': quietly(lambda: run_tests(focus)), 'full': None}
    focus_seconds = time.time() - t
    if full is not None:
        original['full'] = quietly(lambda: run_tests(full))
    original['ms'] = int((time.time() - t) * 1000)
    state['original'] = original
    save(state)
    # Children import the code under test afresh, through the hook: forget what the warm-up imported.
    root = os.path.realpath(CONFIG['root']) + os.sep
    for name, module in list(sys.modules.items()):
        origin = getattr(module, '__file__', None)
        if name != '__main__' and origin and os.path.realpath(origin).startswith(root):
            del sys.modules[name]
    if original['focus']['code'] != 1:
        state['stopped'] = 'unusable'
        save(state)
        return
    # What the warm-up allocated is never garbage: frozen, pytest's own gc.collect() calls in each
    # child skip it (they otherwise cost half of a child's run).
    gc.collect()
    gc.freeze()
    # A mutant that loops must cost a few honest runs, not seconds: the limit follows how long the
    # warm children take (the cold warm-up overstates it), starting from the unmutated code's.
    t = time.time()
    in_child({}, focus, min(CONFIG['timeout'], max(2.0, 2 * focus_seconds)))
    durations = [time.time() - t]

    def limit():
        typical = sorted(durations)[len(durations) // 2]
        return min(CONFIG['timeout'], max(1.0, 5 * typical))

    window = CONFIG['window']
    first = None
    alternatives = 0
    for mutant in CONFIG['mutants']:
        if time.time() - STARTED > CONFIG['deadline']:
            state['stopped'] = 'deadline'
            break
        if first is not None:
            same = mutant['group'] == first['group'] and mutant['size'] <= first['size']
            ahead = first['group'] < mutant['group'] <= first['group'] + window['lookahead'] and mutant['size'] < first['size']
            if same and alternatives >= window['alternatives']:
                same = False
            if not same and not ahead:
                continue
            if same:
                alternatives += 1
        t = time.time()
        sources = mutated_sources(mutant['edits'])
        result = {'focus': in_child(sources, focus, limit()), 'full': None}
        if not result['focus']['timedOut']:
            durations.append(time.time() - t)
            durations[:] = durations[-9:]
        if full is not None and result['focus']['code'] == 0:
            result['full'] = in_child(sources, full, min(CONFIG['timeout'], max(limit(), 3 * (original['ms'] / 1000 - focus_seconds))))
        result['ms'] = int((time.time() - t) * 1000)
        state['results'][mutant['id']] = result
        save(state)
        passed = result['focus']['code'] == 0 and (result['full'] is None or result['full']['code'] == 0)
        if passed and first is None:
            first = mutant
    else:
        state['stopped'] = 'done' if first is None else 'window'
    save(state)


main()
`;
