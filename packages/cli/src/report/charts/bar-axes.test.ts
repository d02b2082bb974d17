import { describe, expect, it } from 'vitest';
import { horizontalBarLayout } from './bar-axes.js';
import { labelWidth } from './label-layout.js';

describe('horizontalBarLayout', () => {
  it('reserves the widest name on the left and lists the names top to bottom', () => {
    const names = ['1  Community Leadership', '7  Results'];
    const layout = horizontalBarLayout(names, 'points', { right: 120 });
    expect(layout.grid).toEqual({
      left: labelWidth(names, 13) + 12,
      right: 120,
      top: 44,
      bottom: 44,
    });
    expect(layout.yAxis).toMatchObject({ type: 'category', inverse: true, data: names });
    expect(layout.xAxis).toMatchObject({ type: 'value', name: 'points', nameLocation: 'middle' });
    expect(layout.xAxis).not.toHaveProperty('minInterval');
  });

  it('takes a minimum interval for counts', () => {
    expect(
      horizontalBarLayout(['EXPLORING'], 'benchmarks', { minInterval: 1 }).xAxis,
    ).toMatchObject({ minInterval: 1, name: 'benchmarks' });
    expect(horizontalBarLayout(['EXPLORING'], 'benchmarks').grid['right']).toBe(32);
  });
});
