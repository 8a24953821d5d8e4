import { windowProblem } from '../../../src/domain/statement';
import { recentWindow } from '../../../src/http/playground-advanced-tabs';
import { playgroundTabs } from '../../../src/http/playground-tabs';

/** Tab 10's statement window moves with the clock: a fixed year stopped showing the walk-through's data when it ended. */
describe("the Playground's statement tab", () => {
  it('asks for the 30 whole UTC days up to the end of today, a window the service takes', () => {
    const window = recentWindow(new Date('2027-01-15T09:30:00.123Z'));
    expect(window).toEqual({ from: '2026-12-17T00:00:00Z', to: '2027-01-16T00:00:00Z' });
    expect(windowProblem(window.from, window.to)).toBeUndefined();
  });

  it('holds the moment the page was made, on the last day of a year too', () => {
    for (const now of [new Date('2026-12-31T23:59:59.999Z'), new Date('2027-01-01T00:00:00.000Z'), new Date()]) {
      const { from, to } = JSON.parse(playgroundTabs(() => 'k', now).find((tab) => tab.name.startsWith('10.'))?.variables ?? '{}');
      expect(Date.parse(from)).toBeLessThanOrEqual(now.getTime());
      expect(Date.parse(to)).toBeGreaterThan(now.getTime());
    }
  });
});
