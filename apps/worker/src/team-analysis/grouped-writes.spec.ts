import { GroupedWrites } from './grouped-writes';

/** A writer whose calls stay pending until released, recording each call's items. */
function gatedWriter() {
  const calls: number[][] = [];
  const gates: (() => void)[] = [];
  const fail = new Set<number>();
  const writeMany = async (items: number[]) => {
    calls.push(items);
    await new Promise<void>((resolve) => gates.push(resolve));
    if (items.some((i) => fail.has(i))) throw new Error(`bad ${items.join(',')}`);
    return items.map((i) => i * 10);
  };
  const release = async () => {
    // Let pending writes reach the writer, then open every gate so far.
    await new Promise((resolve) => setImmediate(resolve));
    gates.splice(0).forEach((open) => open());
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { calls, fail, writeMany, release };
}

describe('GroupedWrites', () => {
  it('sends a lone write at once, and groups the writes that arrive while it is in flight', async () => {
    const w = gatedWriter();
    const grouped = new GroupedWrites(w.writeMany);
    const first = grouped.write(1);
    expect(w.calls).toEqual([[1]]);
    const rest = [2, 3, 4].map((i) => grouped.write(i));
    expect(w.calls).toHaveLength(1);
    await w.release();
    expect(w.calls).toEqual([[1], [2, 3, 4]]);
    await w.release();
    await expect(first).resolves.toBe(10);
    await expect(Promise.all(rest)).resolves.toEqual([20, 30, 40]);
  });

  it('caps a group at maxItems', async () => {
    const w = gatedWriter();
    const grouped = new GroupedWrites(w.writeMany, 2);
    const all = [1, 2, 3, 4, 5].map((i) => grouped.write(i));
    for (let i = 0; i < 4; i++) await w.release();
    await expect(Promise.all(all)).resolves.toEqual([10, 20, 30, 40, 50]);
    expect(w.calls).toEqual([[1], [2, 3], [4, 5]]);
  });

  it('retries a failed group one by one, so only the bad item fails', async () => {
    const w = gatedWriter();
    w.fail.add(3);
    const grouped = new GroupedWrites(w.writeMany);
    const first = grouped.write(1);
    const [two, three, four] = [2, 3, 4].map((i) => grouped.write(i));
    for (let i = 0; i < 3; i++) await w.release();
    await expect(first).resolves.toBe(10);
    await expect(two).resolves.toBe(20);
    await expect(three).rejects.toThrow('bad 3');
    await expect(four).resolves.toBe(40);
    expect(w.calls).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
    // And it keeps working afterwards.
    const five = grouped.write(5);
    await w.release();
    await expect(five).resolves.toBe(50);
  });
});
