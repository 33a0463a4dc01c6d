import fc from 'fast-check';
import { MemberHeap } from './member-heap';

/** Drains the heap, returning [key, member] pairs in pop order. */
function drain(heap: MemberHeap): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  while (heap.size > 0) {
    out.push([heap.topKey(), heap.topMember()]);
    heap.pop();
  }
  return out;
}

const byKeyThenMember = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];

describe('MemberHeap', () => {
  it('pops in key order, smaller member first on equal keys', () => {
    const heap = new MemberHeap(1);
    heap.push(3, 7);
    heap.push(-1, 2);
    heap.push(3, 1);
    heap.push(0.5, 9);
    expect(drain(heap)).toEqual([
      [-1, 2],
      [0.5, 9],
      [3, 1],
      [3, 7],
    ]);
  });

  it('is empty after popping an empty heap', () => {
    const heap = new MemberHeap();
    heap.pop();
    expect(heap.size).toBe(0);
  });

  it('matches a sorted array for any push/pop sequence (property)', () => {
    const op = fc.oneof(
      fc.record({ push: fc.integer({ min: -5, max: 5 }), member: fc.nat(20) }),
      fc.constant({ pop: true as const }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const heap = new MemberHeap(2);
        const model: Array<[number, number]> = [];
        for (const o of ops) {
          if ('pop' in o) {
            heap.pop();
            model.sort(byKeyThenMember).shift();
          } else {
            heap.push(o.push, o.member);
            model.push([o.push, o.member]);
          }
          expect(heap.size).toBe(model.length);
        }
        expect(drain(heap)).toEqual(model.sort(byKeyThenMember));
      }),
      { numRuns: 300 },
    );
  });

  it('retain keeps exactly the passing entries and stays a heap (property)', () => {
    const entries = fc.array(fc.tuple(fc.integer({ min: -9, max: 9 }), fc.nat(30)), {
      maxLength: 100,
    });
    fc.assert(
      fc.property(entries, fc.nat(3), (list, modulus) => {
        const heap = new MemberHeap();
        for (const [key, member] of list) heap.push(key, member);
        const keep = (member: number) => member % (modulus + 2) !== 0;
        heap.retain(keep);
        expect(drain(heap)).toEqual(list.filter(([, m]) => keep(m)).sort(byKeyThenMember));
      }),
      { numRuns: 300 },
    );
  });
});
