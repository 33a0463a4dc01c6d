import { Client } from 'pg';

export interface ChannelListener {
  /** Settles once LISTEN is in place (rejects when it could not be). */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * A dedicated connection LISTENing on a PostgreSQL notification channel. `onLost` is called
 * once if it cannot connect or drops later (PostgreSQL restarted); the caller opens a new one.
 */
export function listenToChannel(
  databaseUrl: string,
  channel: string,
  onPayload: (payload: string | undefined) => void,
  onLost: (error?: Error) => void,
): ChannelListener {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  const client = new Client({ connectionString: databaseUrl });
  let lost = false;
  const drop = (error?: Error) => {
    if (lost) return;
    lost = true;
    void client.end().catch(() => undefined);
    onLost(error);
  };
  client.on('error', drop);
  client.on('end', () => drop());
  client.on('notification', (message) => onPayload(message.payload));
  const ready = (async () => {
    await client.connect();
    await client.query(`LISTEN ${channel}`);
  })();
  ready.catch(drop);
  return { ready, close: () => client.end().catch(() => undefined) };
}
