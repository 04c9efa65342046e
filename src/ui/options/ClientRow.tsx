import type { Client } from '../../clients/types';
import { t } from '../../core/i18n';
import { PLATFORMS } from '../../core/vocabulary';
import { handleLine } from '../shared/handles';

/** One client in the list: name, other names, handles, and the edit and remove buttons. */
export function ClientRow({ client, onEdit, onRemove }: { client: Client; onEdit: () => void; onRemove: () => void }) {
  const handles = PLATFORMS.filter((p) => client.handles[p]);
  return (
    <li class="client" data-client={client.name}>
      <div class="client-main">
        <span class="client-name">{client.name}</span>
        {client.aliases.length > 0 && <span class="muted small"> {t('clients_also', client.aliases.join(', '))}</span>}
        {handles.length > 0 && (
          <span class="handles">
            {handles.map((p) => (
              <span class="pill" key={p}>
                {handleLine(p, client.handles[p] ?? '')}
              </span>
            ))}
          </span>
        )}
      </div>
      <div class="client-actions">
        <button type="button" class="btn btn-small" onClick={onEdit} aria-label={t('clients_editName', client.name)}>
          {t('clients_edit')}
        </button>
        <button type="button" class="btn btn-small" onClick={onRemove} aria-label={t('clients_removeName', client.name)}>
          {t('clients_remove')}
        </button>
      </div>
    </li>
  );
}
