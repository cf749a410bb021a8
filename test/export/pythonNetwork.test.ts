import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkNumpyCode } from '../../src/export/pythonNetworkNumpy';
import { networkTorchCode } from '../../src/export/pythonNetworkTorch';
import { seedState } from '../../src/state/appState';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import {
  lastLine,
  PYTHON,
  requireNumpyAndTorch,
  RUN_ALL,
  TIMEOUT,
  TOLERANCE,
  type TorchRun,
} from './pythonCases';
import { NETWORK_CASES, networkExport, pageProbabilities } from './pythonNetworkCases';

/** Every probability that differs from the page's by more than the tolerance. */
function differences(printed: number[], expected: number[]): string[] {
  if (printed.length !== expected.length)
    return [`${printed.length} classes, not ${expected.length}`];
  return printed.flatMap((p, c) =>
    Math.abs(p - expected[c]!) <= TOLERANCE ? [] : [`class ${c}: ${p} != ${expected[c]}`],
  );
}

describe('the whole-network Python programs', () => {
  it('cover colour, two and three blocks, three classes, edited and learned votes', () => {
    const made = NETWORK_CASES.map((c) => decisionNetwork(c.state));
    const sources = made.map((m) => ('problem' in m ? 'problem' : m.votes));
    expect(sources).toEqual([
      'learned',
      'learned',
      'learned',
      'prototype',
      'learned',
      'prototype',
      'edited',
      'prototype',
    ]);
    expect(NETWORK_CASES.map((c) => c.state.blocks.length)).toEqual([0, 0, 0, 1, 0, 0, 0, 2]);
    expect(NETWORK_CASES.map((c) => (c.state.color ? 3 : 1))).toEqual([1, 3, 1, 1, 1, 1, 1, 1]);
  });

  it('write the layers as loops for numpy and as one nn.Sequential for PyTorch', () => {
    const seed = networkExport(seedState());
    const numpy = networkNumpyCode(seed);
    expect(numpy).toContain(
      'x = conv2d(x, weight_0, bias_0, stride=1, padding=0, dilation=1, divisor=9)',
    );
    expect(numpy).toContain('x = pad(x, top=0, right=1, bottom=1, left=0, value=0)');
    expect(numpy).toContain('x = pool(x, size=2, stride=2, kind="max")');
    expect(numpy).toContain('for h in range(out_h):');
    const torch = networkTorchCode(seed);
    expect(torch).toContain('model = nn.Sequential(');
    expect(torch).toContain(
      'nn.Conv2d(1, 3, (3, 3), stride=1, padding=0, dilation=1, bias=False),',
    );
    expect(torch).toContain('DivideAddBias(9, [0, 0, 0]),');
    expect(torch).toContain('nn.ZeroPad2d((0, 1, 0, 1)),');
    expect(torch).toContain('nn.MaxPool2d(2, stride=2),');
    expect(torch).toContain('nn.Linear(48, 2),');
    expect(torch).toContain('nn.Softmax(dim=1),');
    expect(torch).toContain('model[6].weight.copy_(');
  });

  let dir = '';
  const runs = new Map<string, TorchRun>();
  let setupError: unknown = null;
  function ready(): void {
    if (setupError !== null) throw setupError;
  }

  // All programs of both flavours in one Python process: torch is imported once.
  beforeAll(() => {
    try {
      requireNumpyAndTorch();
      dir = mkdtempSync(join(tmpdir(), 'cnn-network-'));
      const paths: string[] = [];
      NETWORK_CASES.forEach((c, i) => {
        const exported = networkExport(c.state);
        for (const [flavour, code] of [
          ['numpy', networkNumpyCode],
          ['torch', networkTorchCode],
        ] as const) {
          const path = join(dir, `case${i}_${flavour}.py`);
          writeFileSync(path, code(exported, { printJson: true }));
          paths.push(path);
          runs.set(`${flavour} ${i}`, { stdout: path });
        }
      });
      const runner = join(dir, 'run_all.py');
      writeFileSync(runner, RUN_ALL);
      const stdout = execFileSync(PYTHON, [runner, ...paths], {
        encoding: 'utf8',
        timeout: TIMEOUT,
        maxBuffer: 64 * 1024 * 1024,
      });
      const results = JSON.parse(lastLine(stdout)) as Record<string, TorchRun>;
      for (const [key, { stdout: path }] of runs) runs.set(key, results[path]!);
    } catch (error) {
      setupError = error;
    }
  }, TIMEOUT);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  NETWORK_CASES.forEach((c, i) => {
    for (const flavour of ['numpy', 'torch'] as const) {
      it(`the ${flavour === 'numpy' ? 'numpy' : 'PyTorch'} program gives the page's probabilities ${c.name}`, () => {
        ready();
        const run = runs.get(`${flavour} ${i}`)!;
        expect(run.error).toBeUndefined();
        const printed = JSON.parse(lastLine(run.stdout)) as { probabilities: number[] };
        expect(differences(printed.probabilities, pageProbabilities(c.state))).toEqual([]);
      });
    }
  });

  it("prints each class's probability by name", () => {
    ready();
    const lines = runs.get('numpy 0')!.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['probabilities:', '  X: 0.999534', '  O: 0.000466']);
  });
});
