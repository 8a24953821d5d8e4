import { RatioInterval } from './stats';

/** `value` as the report prints it, with `digits`. */
const asPrinted = (value: number, digits: number) => Number(value.toFixed(digits));

/** Whether `value`, as printed with `digits`, reaches `target`. */
export function meets(value: number, target: number, higherIsBetter: boolean, digits = 2): boolean {
  const shown = asPrinted(value, digits);
  return higherIsBetter ? shown >= target : shown <= target;
}

/**
 * "met" when the measured value, as printed (`digits`), reaches the target, else "missed". For a ratio measured
 * in parts: "(this run cannot tell)" when the target lies inside its printed 95% interval (stats.ts), "(no
 * interval)" when the run had too few parts for one.
 */
export function judge(
  value: number,
  target: number,
  higherIsBetter: boolean,
  interval?: Pick<RatioInterval, 'low' | 'high'>,
  digits = 2,
): string {
  if (!Number.isFinite(value)) return 'not measured';
  let note = '';
  if (interval && !(Number.isFinite(interval.low) && Number.isFinite(interval.high))) note = ' (no interval)';
  else if (interval && asPrinted(interval.low, digits) <= target && target <= asPrinted(interval.high, digits))
    note = ' (this run cannot tell)';
  return `${verdict(meets(value, target, higherIsBetter, digits))}${note}`;
}

/** "met" or "missed", for a target that is a yes or no. */
export function verdict(met: boolean): string {
  return met ? '**met**' : '**missed**';
}
