import { describe, expect, it } from 'vitest';
import { handleLine, shownHandle } from '../../src/ui/shared/handles';

describe('a stored handle as its site shows it (issue 15)', () => {
  it('Yelp names get their capitals and the initial’s full stop back', () => {
    expect(shownHandle('yelp', 'sam l')).toBe('Sam L.');
    expect(shownHandle('yelp', 'robin')).toBe('Robin');
    expect(handleLine('yelp', 'sam l')).toBe('Yelp: Sam L.');
  });

  it('Facebook: the vanity name as it is, a profile number named as a profile', () => {
    expect(handleLine('facebook', 'samuel.lee.5')).toBe('Facebook: samuel.lee.5');
    expect(handleLine('facebook', 'id:100001234567890')).toBe('Facebook profile 100001234567890');
  });

  it('Google: a reviewer profile by its number; LinkedIn: the profile address, which names its site', () => {
    expect(handleLine('google', '110123456789012345678')).toBe('Google reviewer profile 110123456789012345678');
    expect(handleLine('linkedin', 'maria-perez-4b1a2c')).toBe('linkedin.com/in/maria-perez-4b1a2c');
  });

  it('X and Instagram with the @', () => {
    expect(handleLine('x', 'samlee')).toBe('X: @samlee');
    expect(handleLine('instagram', 'maria.perez')).toBe('Instagram: @maria.perez');
  });
});
