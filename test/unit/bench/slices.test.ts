import { sliceOrder } from '../../../tools/bench/scenario';
import { secondSlices } from '../../../tools/bench/settings';

describe('the slices', () => {
  it('run the scenarios in one order, then back', () => {
    expect(sliceOrder(4, 0)).toEqual([0, 1, 2, 3]);
    expect(sliceOrder(4, 1)).toEqual([3, 2, 1, 0]);
    expect(sliceOrder(4, 2)).toEqual([0, 1, 2, 3]);
    expect(sliceOrder(1, 1)).toEqual([0]);
  });

  it('of the hold pairs and the telemetry cost last about a second', () => {
    expect(secondSlices({ seconds: 8 })).toBe(8);
    expect(secondSlices({ seconds: 2.4 })).toBe(2);
    expect(secondSlices({ seconds: 0.2 })).toBe(1);
  });
});
