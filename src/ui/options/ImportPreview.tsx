import type { ClientImport } from '../../clients/csv';
import { formatNumber, t } from '../../core/i18n';
import { PLATFORMS } from '../../core/vocabulary';
import { handleLine } from '../shared/handles';
import { ScrollRegion } from '../shared/widgets';
import { describeUpdate, groupProblems, rowsOf } from './import-summary';

/** How many rows of each kind the preview lists; the counts are always complete. */
const PREVIEW_ROWS = 200;

function More({ count }: { count: number }) {
  return count > PREVIEW_ROWS ? <p class="hint">{t('import_more', formatNumber(count - PREVIEW_ROWS))}</p> : null;
}

/** The clients a file adds and updates, and its problems (each once, with its rows). */
export function ImportPreview({ value }: { value: ClientImport }) {
  const { accepted, updated, rejected } = value;
  return (
    <>
      {accepted.length > 0 && (
        <ScrollRegion label={t('import_toAdd')}>
          <table data-import-new>
            <caption>{t('import_willBeAdded', formatNumber(accepted.length))}</caption>
            <thead>
              <tr>
                <th scope="col">{t('clientForm_name')}</th>
                <th scope="col">{t('clientForm_otherNames')}</th>
                <th scope="col">{t('import_handles')}</th>
              </tr>
            </thead>
            <tbody>
              {accepted.slice(0, PREVIEW_ROWS).map((c, i) => (
                <tr key={i}>
                  <td>{c.name}</td>
                  <td>{c.aliases.join('; ')}</td>
                  <td>
                    {PLATFORMS.filter((p) => c.handles[p])
                      .map((p) => handleLine(p, c.handles[p] ?? ''))
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <More count={accepted.length} />
        </ScrollRegion>
      )}
      {updated.length > 0 && (
        <ScrollRegion label={t('import_toUpdate')}>
          <table data-import-updates>
            <caption>{t('import_willBeUpdated', formatNumber(updated.length))}</caption>
            <thead>
              <tr>
                <th scope="col">{t('clientForm_name')}</th>
                <th scope="col">{t('import_change')}</th>
              </tr>
            </thead>
            <tbody>
              {updated.slice(0, PREVIEW_ROWS).map((u) => (
                <tr key={u.line} data-update-line={u.line}>
                  <td>{u.before.name}</td>
                  <td>{describeUpdate(u)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <More count={updated.length} />
        </ScrollRegion>
      )}
      {rejected.length > 0 && (
        <ScrollRegion label={t('import_problems')}>
          <table class="rejected">
            <caption>{t('import_problemsCaption', formatNumber(rejected.length))}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import_problem')}</th>
                <th scope="col">{t('import_rows')}</th>
              </tr>
            </thead>
            <tbody>
              {groupProblems(rejected).map((g) => (
                <tr key={g.reason} data-problem>
                  <td>{g.reason}</td>
                  <td>{rowsOf(g.rows)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
