import { COLUMN_ROLES, type ColumnMapping, type ColumnRole, mappingHasName } from '../../clients/columns';
import { messages, t } from '../../core/i18n';

const ROLE_NAMES: Readonly<Record<ColumnRole, string>> = messages({
  name: 'column_name',
  first: 'column_first',
  last: 'column_last',
  aliases: 'column_aliases',
  facebook: 'column_facebook',
  x: 'column_x',
  instagram: 'column_instagram',
  yelp: 'column_yelp',
  google: 'column_google',
  linkedin: 'column_linkedin',
  ignore: 'column_ignore',
});

/**
 * How each column of the file is read, as guessed from its header, with the first row's value
 * beside it; the therapist can change any of them before anything is stored.
 */
export function ImportColumns({
  header,
  sample,
  mapping,
  onChange,
}: {
  header: readonly string[];
  sample: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}) {
  return (
    <details class="import-columns" open data-import-columns>
      <summary>{t('import_columnsTitle')}</summary>
      <p class="hint">{t('import_columnsHint')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('import_columnInFile')}</th>
            <th scope="col">{t('import_example')}</th>
            <th scope="col">{t('import_readAs')}</th>
          </tr>
        </thead>
        <tbody>
          {header.map((h, i) => (
            <tr key={i} data-column={h}>
              <th scope="row">{h.trim() || `#${i + 1}`}</th>
              <td class="muted">{sample[i] ?? ''}</td>
              <td>
                <select
                  aria-label={t('import_readAsLabel', h.trim() || `#${i + 1}`)}
                  value={mapping[i] ?? 'ignore'}
                  data-column-role={i}
                  onChange={(e) => {
                    const role = (e.currentTarget as HTMLSelectElement).value as ColumnRole;
                    // A role other than "not used" belongs to one column: the column that had it lets it go.
                    onChange(mapping.map((r, j) => (j === i ? role : r === role && role !== 'ignore' ? 'ignore' : r)));
                  }}
                >
                  {COLUMN_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_NAMES[r]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!mappingHasName(mapping) && (
        <p class="error" role="alert" data-import-no-name>
          {t('import_noNameColumn')}
        </p>
      )}
    </details>
  );
}
