import { defaultSettings } from '../policy/defaults';
import { applyManaged } from '../policy/locks';
import { migrateSettings } from '../policy/migrations';
import { type Settings, settingsSchema } from '../policy/schema';
import { browser } from './browser';
import { STORAGE_KEYS } from './keys';
import { storedManagedState } from './managed';

/** Reads the stored settings, migrating an older version; the seed policy when nothing valid is stored. */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings];
  if (stored === undefined) return defaultSettings();
  const migrated = migrateSettings(stored);
  return migrated.ok ? migrated.value : defaultSettings();
}

/** The settings in force: the therapist's own with the practice's managed parts over them (ADMIN.md). */
export async function loadEffectiveSettings(): Promise<Settings> {
  const [local, stored] = await Promise.all([loadSettings(), browser.storage.local.get(STORAGE_KEYS.managed)]);
  return applyManaged(local, storedManagedState(stored[STORAGE_KEYS.managed])?.policy ?? null);
}

/** Validates, then writes; invalid settings are refused with the reason and nothing changes. */
export async function saveSettings(settings: Settings): Promise<void> {
  const parsed = settingsSchema.parse(settings);
  await browser.storage.local.set({ [STORAGE_KEYS.settings]: parsed });
}

/** Brings stored settings to the current version (run by the background on install and update). */
export async function migrateStoredSettings(): Promise<void> {
  const stored = (await browser.storage.local.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings];
  if (stored === undefined) return;
  const migrated = migrateSettings(stored);
  if (migrated.ok && JSON.stringify(migrated.value) !== JSON.stringify(stored)) {
    await browser.storage.local.set({ [STORAGE_KEYS.settings]: migrated.value });
  }
}
