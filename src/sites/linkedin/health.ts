import type { SiteHealth } from '../../guard/action';
import { linkedinLabels as labels } from './labels';

export const linkedinHealth: SiteHealth = { platform: 'linkedin', labels, testIds: [], checks: [] };
