import { useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import type { HealthRecord } from '../../storage/diagnostics';
import { ScrollRegion } from '../shared/widgets';

/**
 * One failed health check's redacted report (src/guard/report.ts), shown as text (never as HTML) and copied
 * by the therapist's own click: nothing is sent anywhere from here.
 */
export function HealthReport({ record }: { record: HealthRecord }) {
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');
  const text = `Boundary Guard ${browserVersion()}\n${record.report}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <details class="health-report">
      <summary>{t('diag_report')}</summary>
      <p class="hint">{t('diag_reportHint')}</p>
      <ScrollRegion label={t('diag_report')}>
        <pre data-health-report>{text}</pre>
      </ScrollRegion>
      <div class="row">
        <button type="button" class="btn btn-small" onClick={copy} data-copy-report>
          {t('diag_copy')}
        </button>
        <span role="status" aria-live="polite" class="hint">
          {copied === 'ok' ? t('diag_copied') : copied === 'failed' ? t('diag_copyFailed') : ''}
        </span>
      </div>
    </details>
  );
}

/** The extension's version, which the maintainer needs to read the report. */
function browserVersion(): string {
  try {
    return (
      (globalThis as unknown as { chrome?: { runtime?: { getManifest?(): { version: string } } } }).chrome?.runtime?.getManifest?.()
        .version ?? ''
    );
  } catch {
    return '';
  }
}
