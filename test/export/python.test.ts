import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstBlockMaps } from '../../src/present/firstBlockMaps';
import { numpyCode } from '../../src/export/pythonNumpy';
import { torchCode } from '../../src/export/pythonTorch';
import { type ExportState } from '../../src/export/pythonValues';
import { seedState } from '../../src/state/appState';
import {
  PYTHON,
  TIMEOUT,
  CASES,
  differences,
  lastLine,
  firstRowAfter,
  requireNumpyAndTorch,
  RUN_ALL,
  type TorchRun,
  type PrintedMaps,
} from './pythonCases';

describe('the test cases', () => {
  it('include a colour picture, and kernels and pooling windows that do not fit', () => {
    expect(CASES.filter(({ state }) => state.color)).toHaveLength(1);
    const problems = CASES.flatMap(({ state }) =>
      firstBlockMaps({ ...state, color: state.color ?? null }).flatMap((r) => [
        r.feature.problem?.kind,
        r.pooled.problem?.kind,
      ]),
    );
    expect(problems).toContain('kernelTooLarge');
    expect(problems.filter((kind) => kind === 'windowTooLarge')).toHaveLength(2);
  });
});

describe('numpyCode and torchCode', () => {
  it('print the JSON line only when asked to', () => {
    for (const code of [numpyCode, torchCode]) {
      expect(code(seedState())).not.toContain('json');
      const lines = code(seedState(), { printJson: true }).trimEnd().split('\n');
      expect(lines).toContain('import json');
      expect(lines.at(-1)).toBe('}))');
    }
  });

  it('write the loops of the seed for numpy', () => {
    const code = numpyCode(seedState());
    expect(code).toContain('for h in range(feature_map_h):');
    expect(code).toContain('np.divide(np.sum(np.multiply(window, kernel)), divisor) + bias');
    expect(code).toContain('return (abs(x) + x) / 2');
    expect(code).toContain('np.max(source[v_start:v_end, h_start:h_end])');
  });

  it('use torch.nn.functional in float64, without gradients and without a random bias', () => {
    const code = torchCode(seedState());
    expect(code).toContain('with torch.no_grad():');
    expect(code).toContain('dtype=torch.float64');
    expect(code).toContain('F.conv2d(x, kernel, bias=None, stride=stride, padding=padding');
    expect(code).toMatch(/no random bias/);
    expect(code).toContain('F.pad(feature_map[i], (0, right, 0, bottom))');
    expect(code).toContain('F.relu(m)');
  });
});

describe('the exported Python programs', () => {
  let dir = '';
  const torchRuns = new Map<string, TorchRun>();

  // A missing numpy or torch fails every test below with the fix (rather than skipping them).
  let setupError: unknown = null;
  function ready(): void {
    if (setupError !== null) throw setupError;
  }

  beforeAll(() => {
    try {
      requireNumpyAndTorch();
      dir = mkdtempSync(join(tmpdir(), 'cnn-python-'));
      const paths = CASES.map((c, i) => {
        const path = join(dir, `case${i}_torch.py`);
        writeFileSync(path, torchCode(c.state, { printJson: true }));
        return path;
      });
      const runner = join(dir, 'run_all.py');
      writeFileSync(runner, RUN_ALL);
      const stdout = execFileSync(PYTHON, [runner, ...paths], {
        encoding: 'utf8',
        timeout: TIMEOUT,
        maxBuffer: 64 * 1024 * 1024,
      });
      const results = JSON.parse(lastLine(stdout)) as Record<string, TorchRun>;
      paths.forEach((path, i) => torchRuns.set(CASES[i]!.name, results[path]!));
    } catch (error) {
      setupError = error;
    }
  }, TIMEOUT);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("run with Debian's python3, which can import numpy and torch", () => {
    ready();
  });

  function runNumpy(state: ExportState, name: string): string {
    ready();
    const path = join(dir, `${name}_numpy.py`);
    writeFileSync(path, numpyCode(state, { printJson: true }));
    return execFileSync(PYTHON, [path], { encoding: 'utf8', timeout: TIMEOUT });
  }

  CASES.forEach((c, i) => {
    const expected = () => firstBlockMaps({ ...c.state, color: c.state.color ?? null });

    it(
      `the numpy program computes the app's maps ${c.name}`,
      () => {
        const stdout = runNumpy(c.state, `case${i}`);
        const printed = JSON.parse(lastLine(stdout)) as PrintedMaps;
        expect(differences(printed, expected())).toEqual([]);
      },
      TIMEOUT,
    );

    it(`the PyTorch program computes the app's maps ${c.name}`, () => {
      ready();
      const run = torchRuns.get(c.name)!;
      expect(run.error).toBeUndefined();
      const printed = JSON.parse(lastLine(run.stdout)) as PrintedMaps;
      expect(differences(printed, expected())).toEqual([]);
    });
  });

  it(
    "the seed's numpy program prints the seed's rounded maps",
    () => {
      const stdout = runNumpy(seedState(), 'seed');
      expect(firstRowAfter(stdout, 'feature_map 1:')).toEqual([
        0.78, -0.11, 0.11, 0.33, 0.56, -0.11, 0.33,
      ]);
      expect(firstRowAfter(stdout, 'pooling 1:')).toEqual([1, 0.33, 0.56, 0.33]);
      expect(firstRowAfter(stdout, 'relu_map 1:')).toEqual([0.78, 0, 0.11, 0.33, 0.56, 0, 0.33]);
    },
    TIMEOUT,
  );

  it(
    "the seed's PyTorch program runs on its own and prints the seed's rounded maps",
    () => {
      ready();
      const path = join(dir, 'seed_torch.py');
      writeFileSync(path, torchCode(seedState()));
      const stdout = execFileSync(PYTHON, [path], { encoding: 'utf8', timeout: TIMEOUT });
      expect(firstRowAfter(stdout, 'feature_map 1:')).toEqual([
        0.78, -0.11, 0.11, 0.33, 0.56, -0.11, 0.33,
      ]);
      expect(firstRowAfter(stdout, 'pooling 1:')).toEqual([1, 0.33, 0.56, 0.33]);
    },
    TIMEOUT,
  );
});
