import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { progressKey } from './progress-store';
import { base, candidateApi, json, open, TOKEN } from './test-support';

describe('the candidate’s rights from the link: download and withdraw', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('downloads the export as a JSON file', async () => {
    candidateApi();
    const blobs: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          blobs.push(blob);
          return 'blob:test';
        },
        revokeObjectURL: () => {},
      }),
    );
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    open('/a');
    await userEvent.click(await screen.findByRole('button', { name: 'Download my data' }));
    await screen.findByText('Your data was downloaded as rolefit-my-data.json.');
    expect(clicked).toEqual(['rolefit-my-data.json']);
    expect(JSON.parse(await blobs[0]!.text())).toMatchObject({ you: { name: 'Kari Nordmann' } });
  });

  it('withdraws after one confirmation: receipt announced and focused, then the link shows "withdrawn"', async () => {
    const calls = candidateApi();
    // Answers this device still held for the link go with the withdrawal.
    const progress = (await progressKey(TOKEN))!;
    localStorage.setItem(progress, JSON.stringify({ pending: { l1: 2 }, updatedAt: Date.now() }));
    open('/a/withdraw');
    await screen.findByRole('heading', { level: 1, name: 'Withdraw your application' });
    expect(screen.getByText(/erased at once/)).toBeTruthy();
    expect(calls.filter((c) => c.method === 'DELETE')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Yes, withdraw my application' }));
    const receipt = await screen.findByRole('status');
    expect(receipt.textContent).toContain('You withdrew your application for Meeting booker');
    expect(receipt.textContent).toContain('5f0e4a1c-0000-4000-8000-000000000001');
    expect(document.activeElement).toBe(receipt);
    expect(calls.filter((c) => c.method === 'DELETE')).toEqual([{ method: 'DELETE', path: base }]);
    // The device remembers only that it was withdrawn, under a hash.
    const marker = Object.keys(localStorage).filter((k) => k.startsWith('rolefit.withdrawn.'));
    expect(marker).toHaveLength(1);
    expect(localStorage.getItem(progress)).toBeNull();
    expect(JSON.stringify(localStorage)).not.toContain(TOKEN);

    // Opening the link again: the friendly page, without asking the API.
    const before = calls.length;
    cleanup();
    open('/a');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You have withdrawn this application' }),
    ).toBeTruthy();
    expect(calls.length).toBe(before);
  });

  it('keeps the confirm step and says so when withdrawing fails', async () => {
    candidateApi({ 'DELETE /': () => json({ status: 500, title: 'Internal Server Error' }, 500) });
    open('/a/withdraw');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Yes, withdraw my application' }),
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be withdrawn/);
    expect(Object.keys(localStorage).some((k) => k.startsWith('rolefit.withdrawn.'))).toBe(false);
  });
});
