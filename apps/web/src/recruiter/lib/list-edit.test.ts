import { describe, expect, it } from 'vitest';
import { move, moveErrorPaths, removeAt } from './list-edit';

describe('typical-day reorder', () => {
  it('moves an item up and down, clamped at the ends', () => {
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
  });

  it('removes by index', () => {
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('moves field errors with their block', () => {
    const errors = { 'typicalDay[2].end': 'ends before it starts', headline: 'required' };
    expect(moveErrorPaths(errors, 'typicalDay', 2, 0, 3)).toEqual({
      'typicalDay[0].end': 'ends before it starts',
      headline: 'required',
    });
    expect(moveErrorPaths({ 'typicalDay[0].start': 'x' }, 'typicalDay', 2, 0, 3)).toEqual({
      'typicalDay[1].start': 'x',
    });
  });
});
