import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { captureIo } from '../testing/capture-io.js';
import { formatBytes, startProgressBar } from './progress-bar.js';

/** A stream that says it is a terminal and keeps what is drawn on it. */
class FakeTerminal extends Writable {
  readonly isTTY = true;
  readonly columns = 120;
  text = '';
  override _write(
    chunk: unknown,
    _encoding: BufferEncoding,
    callback: (error?: Error | null) => void,
  ): void {
    this.text += String(chunk);
    callback();
  }
}

describe('startProgressBar', () => {
  it('draws on a terminal, ends at the last update and clears itself', () => {
    const terminal = new FakeTerminal();
    const bar = startProgressBar(
      { ...captureIo(), stderrIsTTY: true, progress: terminal },
      { total: 2048, label: 'data.csv' },
    );
    expect(bar.visible).toBe(true);
    bar.update(1024, 10);
    bar.update(2048, 21);
    bar.stop();
    bar.stop();
    bar.update(4096, 99);
    expect(terminal.text).toContain('data.csv [');
    expect(terminal.text).toContain('100% | 21 rows | 2.0 KiB/2.0 KiB');
    expect(terminal.text).not.toContain('99 rows');
    expect(terminal.text.endsWith('\u001B[2K')).toBe(true);
  });

  it('cuts the line to the width of the terminal instead of turning line wrapping off', () => {
    const narrow = Object.assign(new FakeTerminal(), { columns: 30 });
    const bar = startProgressBar(
      { ...captureIo(), stderrIsTTY: true, progress: narrow },
      { total: 100, label: 'a-long-file-name.csv' },
    );
    bar.update(50, 5);
    bar.stop();
    // Every drawn line (between the escape sequences that move the cursor) fits in 30 columns.
    const drawn = narrow.text
      .split(/\u001B(?:\[[0-9;?]*[A-Za-z]|[78])/)
      .filter((part) => part !== '');
    expect(drawn.length).toBeGreaterThan(0);
    for (const part of drawn) expect(part.length).toBeLessThanOrEqual(30);
    expect(narrow.text).not.toContain('\u001B[?7l');
  });

  it('cuts a long label to 24 characters', () => {
    const terminal = new FakeTerminal();
    const bar = startProgressBar(
      { ...captureIo(), stderrIsTTY: true, progress: terminal },
      { total: 1, label: 'average-proficiency-by-race-ethnicity-reading.csv' },
    );
    bar.stop();
    expect(terminal.text).toContain('average-proficiency-by-… [');
    expect(terminal.text).not.toContain('ethnicity');
  });

  it('draws nothing when quiet, when standard error is not a terminal, or without a stream', () => {
    const terminal = new FakeTerminal();
    for (const io of [
      { ...captureIo(), stderrIsTTY: true, progress: terminal, quiet: true },
      { ...captureIo(), stderrIsTTY: false, progress: terminal, quiet: false },
      { ...captureIo(), progress: terminal, quiet: false },
      { ...captureIo(), stderrIsTTY: true, quiet: false },
    ]) {
      const bar = startProgressBar(io, { total: 10, label: 'x', quiet: io.quiet });
      expect(bar.visible).toBe(false);
      bar.update(5, 1);
      bar.stop();
      expect(io.err()).toBe('');
    }
    expect(terminal.text).toBe('');
  });

  it('copes with an empty input', () => {
    const terminal = new FakeTerminal();
    const bar = startProgressBar(
      { ...captureIo(), stderrIsTTY: true, progress: terminal },
      { total: 0, label: 'empty.csv' },
    );
    bar.update(0, 0);
    bar.stop();
    expect(terminal.text).toContain('0 rows | 0 B/0 B');
  });
});

describe('formatBytes', () => {
  it('uses binary units with one decimal', () => {
    expect([0, 1023, 1024, 1536, 2_075_968, 5 * 1024 ** 3].map(formatBytes)).toEqual([
      '0 B',
      '1023 B',
      '1.0 KiB',
      '1.5 KiB',
      '2.0 MiB',
      '5.0 GiB',
    ]);
  });
});
