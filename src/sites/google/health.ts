import type { SiteHealth } from '../../guard/action';
import { googleLabels as labels } from './labels';

export const googleHealth: SiteHealth = { platform: 'google', labels, testIds: [], checks: [] };
