import { describe, expect, it } from 'vitest';
import { textIdKey, timestampIdKey } from '../src/index.js';

const id = '5d0b5b2e-1111-4111-8111-111111111111';
const refused = expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' });

describe('cursor keys', () => {
  it('take the [timestamp, id] keys a list gave out and refuse anything else', () => {
    expect(timestampIdKey(['2026-01-01 10:00:00.123456+00', id])).toEqual(['2026-01-01 10:00:00.123456+00', id]);
    for (const key of [['yesterday', id], ['2026-01-01', 'not-an-id'], ['2026-01-01', id, 'extra'], [1, id], []]) {
      expect(() => timestampIdKey(key)).toThrow(refused);
    }
  });

  it('take [text, id] keys, any text but a real id', () => {
    expect(textIdKey(['Água Limpa', id])).toEqual(['Água Limpa', id]);
    expect(() => textIdKey(['Água Limpa', "1' or '1'='1"])).toThrow(refused);
    expect(() => textIdKey([null, id], 'input.after')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.after' }));
  });
});
