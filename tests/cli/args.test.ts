import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../cli/args.ts';
import { UsageError } from '../../cli/errors.ts';

const usage = (args: string[]) => () => parseArgs(args);

describe('parseArgs', () => {
  it('reads analyze with a file, --remove ids and --json', () => {
    expect(parseArgs(['analyze', 'map.json', '--remove', 'pay,search', '--json'])).toEqual({
      kind: 'analyze',
      file: 'map.json',
      remove: ['pay', 'search'],
      json: true,
    });
  });

  it('reads --remove=ids, repeated --remove and flags before the file', () => {
    expect(parseArgs(['analyze', '--remove=pay', '--remove', ' search ,pay', 'map.json'])).toEqual({
      kind: 'analyze',
      file: 'map.json',
      remove: ['pay', 'search'],
      json: false,
    });
  });

  it('reads convert with -o or --output, before or after the input', () => {
    expect(parseArgs(['convert', 'a.json', '-o', 'b.csv'])).toEqual({ kind: 'convert', input: 'a.json', output: 'b.csv' });
    expect(parseArgs(['convert', '--output=b.csv', 'a.json'])).toEqual({ kind: 'convert', input: 'a.json', output: 'b.csv' });
  });

  it('takes everything after -- as a file name, even when it looks like a flag', () => {
    expect(parseArgs(['analyze', '--', '--help'])).toEqual({ kind: 'analyze', file: '--help', remove: [], json: false });
  });

  it('answers --help, -h and help with help, wherever they stand', () => {
    for (const args of [['--help'], ['-h'], ['help'], ['analyze', 'x.json', '--help'], ['convert', '-h']]) {
      expect(parseArgs(args)).toEqual({ kind: 'help' });
    }
  });

  it('answers --version and -v with the version', () => {
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseArgs(['-v'])).toEqual({ kind: 'version' });
  });

  it('refuses no command, an unknown command and an unknown option as wrong usage', () => {
    expect(usage([])).toThrow(UsageError);
    expect(usage(['frobnicate'])).toThrow(/unknown command "frobnicate"/);
    expect(usage(['--frob'])).toThrow(/unknown option "--frob"/);
    expect(usage(['analyze', 'x.json', '--frob'])).toThrow(/unknown option "--frob"/);
    expect(usage(['convert', 'a.json', '-o', 'b.csv', '--json'])).toThrow(/unknown option "--json"/);
  });

  it('refuses a missing file, a missing -o, a flag without its value and extra arguments', () => {
    expect(usage(['analyze'])).toThrow(/missing <map>/);
    expect(usage(['convert', 'a.json'])).toThrow(/missing -o/);
    expect(usage(['convert', '-o', 'b.csv'])).toThrow(/missing <in>/);
    expect(usage(['analyze', 'x.json', '--remove'])).toThrow(/--remove needs a value/);
    expect(usage(['analyze', 'x.json', '--remove', ' , '])).toThrow(/needs node ids/);
    expect(usage(['analyze', 'x.json', '--json=yes'])).toThrow(/takes no value/);
    expect(usage(['analyze', 'x.json', 'y.json'])).toThrow(/unexpected argument "y.json"/);
  });
});
