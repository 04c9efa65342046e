import { browser } from 'wxt/browser';
import type { Client } from '../clients/types';
import { deleteClients, listClients, putClients, replaceAllClients } from './db';
import { STORAGE_KEYS } from './keys';

export { listClients };

/** Tells open tabs that the watchlist changed (they fetch it again from the background). */
async function bumpRevision(): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEYS.clientsRevision]: Date.now() });
}

export function newClientId(): string {
  return crypto.randomUUID();
}

export async function saveClients(clients: readonly Client[]): Promise<void> {
  await putClients(clients);
  await bumpRevision();
}

export async function removeClients(ids: readonly string[]): Promise<void> {
  await deleteClients(ids);
  await bumpRevision();
}

/** The client list becomes exactly `clients` (all or nothing). */
export async function replaceClients(clients: readonly Client[]): Promise<void> {
  await replaceAllClients(clients);
  await bumpRevision();
}
