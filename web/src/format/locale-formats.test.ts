import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { formatDate } from './format-date';
import { formatMoney, formatNumber } from './format-money';
import { formatShare } from './format-share';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('formats per language', () => {
  it('writes dates, numbers, money and shares the British way in English', () => {
    expect(formatDate('2024-03-05')).toBe('5 Mar 2024');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatMoney(800000, 'USD')).toMatch(/^USD\s800,000$/);
    expect(formatShare(0.625)).toBe('62.5 %');
  });

  it('writes them the German way in German', async () => {
    await i18n.changeLanguage('de');
    expect(formatDate('2024-03-05')).toBe('5. März 2024');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatMoney(800000, 'USD')).toMatch(/^800\.000\sUSD$/);
    expect(formatShare(0.625)).toBe('62,5 %');
  });
});
