import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { PLATFORM_NAMES } from '../../core/vocabulary';
import { browser } from '../../storage/browser';
import { clearDiagnostics, type ErrorRecord, type HealthRecord, loadDiagnostics } from '../../storage/diagnostics';
import { STORAGE_KEYS } from '../../storage/keys';
import { ScrollRegion } from '../shared/widgets';
import { HealthReport } from './HealthReport';
import { formatWhen } from './log-view';

/**
 * Diagnostics (issue 12): pages whose controls were not recognised, each with a redacted report the
 * therapist can copy and send by hand, and the extension's recent errors. Read from storage.local, on this
 * computer; nothing here is ever sent.
 */
export function DiagnosticsPanel({ visible }: { visible: boolean }) {
  const [data, setData] = useState<{ errors: ErrorRecord[]; health: HealthRecord[] } | null>(null);
  const load = useCallback(() => {
    loadDiagnostics()
      .then(setData)
      .catch(() => setData({ errors: [], health: [] }));
  }, []);

  useEffect(() => {
    if (!visible) return;
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (changes[STORAGE_KEYS.errors] || changes[STORAGE_KEYS.health])) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [visible, load]);

  if (!data) return null;
  const health = [...data.health].sort((a, b) => b.at - a.at);
  const errors = [...data.errors].sort((a, b) => b.at - a.at);
  return (
    <div data-diagnostics>
      <p class="hint">{t('diag_intro')}</p>
      <section class="card" aria-labelledby="diag-health">
        <h2 id="diag-health">{t('diag_healthTitle')}</h2>
        {health.length === 0 ? (
          <p data-health-empty>{t('diag_healthEmpty')}</p>
        ) : (
          <ul class="health-list" data-health-list>
            {health.map((r) => (
              <li key={`${r.platform}|${r.page}|${r.expect}`} data-health-failure={r.platform}>
                <dl class="health-facts">
                  <dt>{t('diag_colTime')}</dt>
                  <dd>{formatWhen(r.at)}</dd>
                  <dt>{t('diag_colSite')}</dt>
                  <dd>{PLATFORM_NAMES[r.platform]}</dd>
                  <dt>{t('diag_colPage')}</dt>
                  <dd data-health-page>{r.page}</dd>
                  <dt>{t('diag_colFailed')}</dt>
                  <dd data-health-expect>{r.expect}</dd>
                  <dt>{t('diag_colSeen')}</dt>
                  <dd>{r.count}</dd>
                </dl>
                <HealthReport record={r} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="diag-errors">
        <h2 id="diag-errors">{t('diag_errorsTitle')}</h2>
        {errors.length === 0 ? (
          <p data-errors-empty>{t('diag_errorsEmpty')}</p>
        ) : (
          <ScrollRegion label={t('diag_errorsList')}>
            <table data-errors-table>
              <thead>
                <tr>
                  <th scope="col">{t('diag_colTime')}</th>
                  <th scope="col">{t('diag_colWhere')}</th>
                  <th scope="col">{t('diag_colMessage')}</th>
                </tr>
              </thead>
              <tbody>
                {errors.map((e, i) => (
                  <tr key={`${e.at}-${i}`}>
                    <td class="nowrap">{formatWhen(e.at)}</td>
                    <td>{e.where}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
      {(health.length > 0 || errors.length > 0) && (
        <button
          type="button"
          class="btn"
          data-clear-diagnostics
          onClick={() => {
            clearDiagnostics().then(load, load);
          }}
        >
          {t('diag_clear')}
        </button>
      )}
    </div>
  );
}
