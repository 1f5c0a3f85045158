import { getCountry, isCurrencyCode } from '@msp-atlas/reference-data';
import { roundToTwoSignificant } from './round-number.js';

/**
 * Rough units of each currency per US dollar, only to make demo amounts look
 * plausible in local money. Not exchange rates to compute with.
 */
const unitsPerUsd: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 0.92,
  GBP: 0.78,
  CHF: 0.88,
  NOK: 10.8,
  SEK: 10.5,
  DKK: 6.9,
  JPY: 150,
  CAD: 1.37,
  KES: 130,
  UGX: 3_700,
  TZS: 2_600,
  RWF: 1_350,
  ETB: 120,
  MWK: 1_730,
  MZN: 64,
  ZMW: 26,
  MGA: 4_500,
  GHS: 15,
  NGN: 1_550,
  XOF: 600,
  XAF: 600,
  SLE: 22.5,
  CDF: 2_850,
  ZAR: 18.5,
  MAD: 10,
  TND: 3.1,
  EGP: 48,
  JOD: 0.71,
  LBP: 89_500,
  UZS: 12_700,
  KGS: 87,
  TJS: 10.9,
  INR: 84,
  BDT: 120,
  NPR: 134,
  PKR: 280,
  LKR: 300,
  VND: 25_000,
  KHR: 4_100,
  LAK: 21_800,
  IDR: 16_000,
  PHP: 57,
  PEN: 3.75,
  BOB: 6.9,
  COP: 4_100,
  BRL: 5.6,
  GTQ: 7.75,
  HNL: 25,
  NIO: 36.7,
  MXN: 18.5,
  HTG: 132,
  FJD: 2.25,
  PGK: 3.9,
  VUV: 119,
  SBD: 8.4,
};

/** The country's own currency when it has one we can price, else US dollars. */
export function currencyOfCountry(countryCode: string | null): string {
  const codes = countryCode ? (getCountry(countryCode)?.currencyCodes ?? []) : [];
  return codes.find((code) => code in unitsPerUsd && isCurrencyCode(code)) ?? 'USD';
}

/** A round amount in `currency` worth about `usd` dollars. */
export function roundAmountIn(currency: string, usd: number): number {
  return roundToTwoSignificant(usd * (unitsPerUsd[currency] ?? 1));
}
