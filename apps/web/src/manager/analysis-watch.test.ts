import { describe, expect, it } from 'vitest';
import { readEvents } from './analysis-watch';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      chunks.forEach((c) => controller.enqueue(encoder.encode(c)));
      controller.close();
    },
  });
}

describe('readEvents', () => {
  it('reads events split across chunks, skipping comments and retry lines', async () => {
    const body = streamOf([
      'retry: 2000\n\nevent: progress\ndata: {"status":"queued",',
      '"progress":0}\n\n: keep-alive\n\nevent: completed\r\ndata: {"status":"completed"}\r\n\r\n',
    ]);
    const events = [];
    for await (const e of readEvents(body)) events.push(e);
    expect(events).toEqual([
      { event: 'progress', data: '{"status":"queued","progress":0}' },
      { event: 'completed', data: '{"status":"completed"}' },
    ]);
  });
});
