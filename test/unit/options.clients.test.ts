import { describe, expect, it } from 'vitest';
import type { Client } from '../../src/clients/types';
import { checkClient, draftOf, emptyDraft } from '../../src/ui/options/client-form';
import { indexClients, searchClients } from '../../src/ui/options/client-search';

const maria: Client = { id: 'a', name: 'María José Pérez', aliases: ['Majo'], handles: { facebook: 'id:100001234567890', x: 'mariap' } };
const sam: Client = { id: 'b', name: 'Samuel Lee', aliases: [], handles: { instagram: 'sam.lee', yelp: 'sam l' } };
const ana: Client = { id: 'c', name: 'ana ruiz', aliases: ['Annie'], handles: {} };

describe('checkClient (the add/edit form)', () => {
  it('accepts a new client, with handles in their stored form', () => {
    const draft = {
      ...emptyDraft(),
      name: '  Chris O’Neil ',
      aliases: 'Chris; ; C. O.',
      handles: { ...emptyDraft().handles, x: '@ChrisO', facebook: 'https://www.facebook.com/chris.oneil' },
    };
    expect(checkClient(draft, [maria])).toEqual({
      ok: true,
      client: { name: 'Chris O’Neil', aliases: ['Chris', 'C. O.'], handles: { x: 'chriso', facebook: 'chris.oneil' } },
    });
  });

  it('puts each error on its own field', () => {
    const draft = {
      ...emptyDraft(),
      name: 'maria jose perez',
      handles: { ...emptyDraft().handles, x: 'way too long for an X handle', instagram: 'bad handle!' },
    };
    const result = checkClient(draft, [maria, sam]);
    if (result.ok) throw new Error('accepted');
    expect(result.errors.name).toBe('“María José Pérez” is already on your client list.');
    expect(result.errors.x).toMatch(/^Malformed X handle "way too long for an X handle"\. /);
    expect(result.errors.instagram).toMatch(/^Malformed Instagram handle/);
    expect(result.errors.facebook).toBeUndefined();
  });

  it('requires a name with a letter or digit', () => {
    for (const name of ['', '   ', '!!!']) {
      const result = checkClient({ ...emptyDraft(), name }, []);
      expect(result.ok ? null : result.errors.name).toBeTruthy();
    }
  });

  it('lets a client being edited keep its own name, and shows stored handles as typed ones', () => {
    const draft = draftOf(maria);
    expect(draft.handles.facebook).toBe('facebook.com/profile.php?id=100001234567890');
    expect(checkClient(draft, [sam])).toEqual({ ok: true, client: { name: maria.name, aliases: maria.aliases, handles: maria.handles } });
  });
});

describe('client search', () => {
  const index = indexClients([sam, maria, ana]);

  it('lists everyone by name for an empty query', () => {
    expect(searchClients(index, '  ').map((c) => c.id)).toEqual(['c', 'a', 'b']);
  });

  it('matches word starts in names, aliases and handles, ignoring case and accents', () => {
    const find = (q: string) => searchClients(index, q).map((c) => c.id);
    expect(find('maría')).toEqual(['a']);
    expect(find('PER mar')).toEqual(['a']);
    expect(find('majo')).toEqual(['a']);
    expect(find('sam.lee')).toEqual(['b']);
    expect(find('annie')).toEqual(['c']);
    expect(find('ee')).toEqual([]);
    expect(find('zed')).toEqual([]);
  });

  it('stays quick with thousands of clients', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({
      id: String(i),
      name: `Client Number${i} Surname`,
      aliases: [`Alias${i}`],
      handles: { x: `handle_${i}` },
    }));
    const big = indexClients(many);
    expect(searchClients(big, 'number1999')).toHaveLength(1);
    expect(searchClients(big, 'number1').length).toBe(1111);
  });
});
