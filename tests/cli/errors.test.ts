import { describe, expect, it } from 'vitest';
import { describeFsError, fileLine, messageOf, printable } from '../../cli/errors.ts';

describe('printable', () => {
  it('shows line breaks and escape sequences escaped, so a message stays one harmless line', () => {
    expect(printable('a\nb\r\tc\u001b[31md\u2028')).toBe('a\\nb\\r\\tc\\u001b[31md\\u2028');
  });

  it('cuts a huge text short with an ellipsis', () => {
    const text = printable('x'.repeat(10_000), 50);
    expect(text).toHaveLength(50);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('fileLine', () => {
  it('is one line: ecomap, the file, the message', () => {
    expect(fileLine('maps/a.json', 'bad\nthing')).toBe('ecomap: maps/a.json: bad\\nthing\n');
  });
});

describe('describeFsError', () => {
  it('names the file-system errors a person can fix in plain words', () => {
    expect(describeFsError({ code: 'ENOENT' })).toBe('no such file');
    expect(describeFsError({ code: 'EISDIR' })).toBe('is a directory');
    expect(describeFsError({ code: 'EACCES' })).toBe('permission denied');
    expect(describeFsError(new Error('disk on fire'))).toBe('disk on fire');
  });
});

describe('messageOf', () => {
  it('is the message of an Error and the text of anything else', () => {
    expect(messageOf(new TypeError('nope'))).toBe('nope');
    expect(messageOf(42)).toBe('42');
  });
});
