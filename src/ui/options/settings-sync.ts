import { t } from '../../core/i18n';
import { defaultSettings } from '../../policy/defaults';
import { describeIssues, migrateSettings } from '../../policy/migrations';
import { type Settings, settingsSchema } from '../../policy/schema';
import { browser } from '../../storage/browser';
import { STORAGE_KEYS } from '../../storage/keys';

export type SyncStatus = 'loading' | 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

export interface SyncState {
  settings: Settings;
  status: SyncStatus;
  /** Why the last save failed, or what happened from elsewhere. */
  message: string;
  /** True for a moment after settings changed in another tab and were taken over here. */
  external: boolean;
}

/** JSON with sorted keys: two settings objects are the same when their canonical strings are. */
export function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    ) ?? 'undefined'
  );
}

function readable(raw: unknown): Settings {
  if (raw === undefined) return defaultSettings();
  const migrated = migrateSettings(raw);
  return migrated.ok ? migrated.value : defaultSettings();
}

type Area = Pick<typeof browser.storage.local, 'get' | 'set'>;

/**
 * The options page's copy of the settings, saved as the therapist edits
 * (text after a short pause, choices at once). Two windows may edit at the same
 * time: before writing, the stored value is compared with the one this page
 * last saw, and a change made elsewhere is never overwritten silently. With no
 * unsaved edits here, a change from elsewhere is simply taken over.
 */
export class SettingsSync {
  private state: SyncState = { settings: defaultSettings(), status: 'loading', message: '', external: false };
  /** The stored value as this page last saw it (canonical), to detect writes from elsewhere. */
  private baseRaw = canonical(undefined);
  /** The settings that value stands for, to know whether there are unsaved edits. */
  private baseSettings = canonical(defaultSettings());
  /** In a conflict: the newer settings from elsewhere. */
  private theirs: { raw: unknown; settings: Settings } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<(s: SyncState) => void>();
  private readonly onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[STORAGE_KEYS.settings];
    if (area === 'local' && change) this.changedElsewhere(change.newValue);
  };

  constructor(
    private readonly area: Area = browser.storage.local,
    private readonly events: Pick<typeof browser.storage.onChanged, 'addListener' | 'removeListener'> = browser.storage.onChanged,
  ) {}

  get current(): SyncState {
    return this.state;
  }

  subscribe(listener: (s: SyncState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(): Promise<void> {
    this.events.addListener(this.onStorage);
    const raw = (await this.area.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings];
    this.adopt(raw, 'saved', '');
  }

  stop(): void {
    this.events.removeListener(this.onStorage);
    clearTimeout(this.timer);
  }

  get dirty(): boolean {
    return canonical(this.state.settings) !== this.baseSettings;
  }

  /** Applies an edit here at once and saves it after `delayMs` (text fields wait for a pause in typing). */
  edit(change: (s: Settings) => Settings, delayMs = 0): void {
    if (this.state.status === 'loading') return;
    const settings = change(structuredClone(this.state.settings));
    const status = this.state.status === 'conflict' ? 'conflict' : 'pending';
    this.set({ settings, status, message: status === 'conflict' ? this.state.message : '', external: false });
    if (status === 'conflict') return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.flush().catch(() => {});
    }, delayMs);
  }

  /** Saves pending edits now. Resolves when the write (or the refusal) is done. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.saving = this.saving.then(() => this.save());
    return this.saving;
  }

  /** Replaces all settings (an imported file) and saves at once, with the same check for changes elsewhere. */
  async replace(settings: Settings): Promise<SyncState> {
    this.edit(() => settings);
    await this.flush();
    return this.state;
  }

  /** Ends a conflict: take the newer settings from elsewhere, or write the ones edited here over them. */
  async resolve(choice: 'theirs' | 'mine'): Promise<void> {
    const theirs = this.theirs;
    if (this.state.status !== 'conflict' || !theirs) return;
    this.theirs = null;
    if (choice === 'theirs') {
      this.adopt(theirs.raw, 'saved', t('sync_loadedTheirs'));
      return;
    }
    this.baseRaw = canonical(theirs.raw);
    this.set({ ...this.state, status: 'pending', message: '' });
    await this.flush();
  }

  private async save(): Promise<void> {
    if (this.state.status === 'conflict' || !this.dirty) {
      if (this.state.status === 'pending') this.set({ ...this.state, status: 'saved' });
      return;
    }
    this.set({ ...this.state, status: 'saving' });
    const stored = (await this.area.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings];
    if (canonical(stored) !== this.baseRaw) {
      this.conflict(stored);
      return;
    }
    const parsed = settingsSchema.safeParse(this.state.settings);
    if (!parsed.success) {
      this.set({ ...this.state, status: 'error', message: describeIssues(parsed.error) });
      return;
    }
    const written = canonical(parsed.data);
    this.baseRaw = written;
    const saved = this.state.settings;
    await this.area.set({ [STORAGE_KEYS.settings]: parsed.data });
    this.baseSettings = canonical(saved);
    // Edits made while the write was in flight stay pending.
    this.set({ ...this.state, status: this.dirty ? 'pending' : 'saved', message: '' });
    if (this.dirty) this.flush().catch(() => {});
  }

  private changedElsewhere(raw: unknown): void {
    if (this.state.status === 'loading' || canonical(raw) === this.baseRaw) return;
    if (this.dirty || this.state.status === 'saving' || this.state.status === 'conflict') {
      this.conflict(raw);
      return;
    }
    this.adopt(raw, 'saved', t('sync_changedElsewhere'), true);
  }

  private conflict(raw: unknown): void {
    clearTimeout(this.timer);
    this.theirs = { raw, settings: readable(raw) };
    this.set({
      ...this.state,
      status: 'conflict',
      message: t('sync_conflict'),
    });
  }

  private adopt(raw: unknown, status: SyncStatus, message: string, external = false): void {
    const settings = readable(raw);
    this.baseRaw = canonical(raw);
    this.baseSettings = canonical(settings);
    this.set({ settings, status, message, external });
  }

  private set(next: SyncState): void {
    this.state = next;
    for (const l of this.listeners) l(next);
  }
}
