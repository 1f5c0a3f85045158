import { regionsOfCountry } from '@msp-atlas/reference-data';
import { OrganizationType } from '@msp-atlas/msp-vocabulary';
import type { DemoOrganization } from './demo-organization.js';

export interface InternationalOrganization extends DemoOrganization {
  /** UN M49 code of the only region a regional body works in. */
  servesRegion?: string;
}

const { MULTILATERAL, PHILANTHROPY, PRIVATE_SECTOR, ACADEMIA } = OrganizationType;

/**
 * Fictional funders, multilateral bodies, companies and institutes that work
 * across countries. Any likeness to a real organisation's name is accidental.
 */
export const internationalOrganizations: readonly InternationalOrganization[] = [
  {
    name: 'International Fund for Smallholder Resilience',
    type: MULTILATERAL,
    country: 'CHE',
    themes: ['agriculture', 'resilience', 'nutrition', 'landscapes'],
  },
  { name: 'Global Partnership for Water Security', type: MULTILATERAL, country: 'CHE', themes: ['water', 'urban-waste'] },
  { name: 'Intergovernmental Facility for Clean Energy Access', type: MULTILATERAL, country: 'DNK', themes: ['energy'] },
  { name: 'United Nations Partnership Trust for Learning', type: MULTILATERAL, country: 'USA', themes: ['education', 'jobs'] },
  { name: 'Global Health Equity Facility', type: MULTILATERAL, country: 'CHE', themes: ['health', 'infectious-disease', 'nutrition'] },
  { name: 'International Climate Adaptation Fund', type: MULTILATERAL, country: 'DEU', themes: ['resilience', 'landscapes', 'water', 'fisheries'] },
  { name: 'Blue Oceans Cooperation Programme', type: MULTILATERAL, country: 'NOR', themes: ['fisheries'] },
  { name: 'West African Development Facility', type: MULTILATERAL, country: 'CIV', servesRegion: '011' },
  { name: 'East African Regional Health Commission', type: MULTILATERAL, country: 'TZA', servesRegion: '014' },
  { name: 'Andean Regional Development Fund', type: MULTILATERAL, country: 'PER', servesRegion: '005' },
  { name: 'Mekong Cooperation Facility', type: MULTILATERAL, country: 'LAO', servesRegion: '035' },
  { name: 'Pacific Islands Resilience Facility', type: MULTILATERAL, country: 'FJI', servesRegion: '054' },
  { name: 'Sahel Regional Food Security Council', type: MULTILATERAL, country: 'BFA', servesRegion: '011' },
  { name: 'Central American Integration Fund', type: MULTILATERAL, country: 'GTM', servesRegion: '013' },
  { name: 'South Asian Disaster Preparedness Centre', type: MULTILATERAL, country: 'NPL', servesRegion: '034' },
  { name: 'Lindqvist Foundation for Children', type: PHILANTHROPY, country: 'SWE', themes: ['education', 'health', 'nutrition'] },
  { name: 'Albrecht-Sommer Stiftung', type: PHILANTHROPY, country: 'DEU' },
  { name: 'Fondation Marceau-Duval', type: PHILANTHROPY, country: 'FRA' },
  { name: 'Van Houten Family Fund', type: PHILANTHROPY, country: 'NLD' },
  { name: 'Bellerive Foundation for Rural Futures', type: PHILANTHROPY, country: 'CHE', themes: ['agriculture', 'landscapes', 'water', 'financial-inclusion'] },
  { name: 'Hartwell Trust', type: PHILANTHROPY, country: 'GBR' },
  { name: 'Cedar Ridge Foundation', type: PHILANTHROPY, country: 'USA' },
  { name: 'Whitcombe Family Foundation', type: PHILANTHROPY, country: 'USA' },
  { name: 'Nordhavn Climate Foundation', type: PHILANTHROPY, country: 'DNK', themes: ['energy', 'resilience', 'landscapes'] },
  { name: 'Solberg Ocean Trust', type: PHILANTHROPY, country: 'NOR', themes: ['fisheries', 'urban-waste'] },
  { name: 'Aoyama Foundation for Global Health', type: PHILANTHROPY, country: 'JPN', themes: ['health', 'infectious-disease', 'nutrition', 'water'] },
  { name: 'Maple Leaf Learning Foundation', type: PHILANTHROPY, country: 'CAN', themes: ['education', 'jobs'] },
  { name: 'Open Horizons Philanthropy Fund', type: PHILANTHROPY, country: 'BEL' },
  { name: 'Nordlicht Solar GmbH', type: PRIVATE_SECTOR, country: 'DEU', themes: ['energy'] },
  { name: 'Helvetia Agri Trading SA', type: PRIVATE_SECTOR, country: 'CHE', themes: ['agriculture'] },
  { name: 'Polder Water Technologies B.V.', type: PRIVATE_SECTOR, country: 'NLD', themes: ['water', 'urban-waste', 'resilience'] },
  { name: 'Cascade Mobile Networks Inc.', type: PRIVATE_SECTOR, country: 'USA' },
  { name: 'Albion Seed Company Ltd', type: PRIVATE_SECTOR, country: 'GBR', themes: ['agriculture', 'nutrition'] },
  { name: 'Fjordkraft Renewables AS', type: PRIVATE_SECTOR, country: 'NOR', themes: ['energy'] },
  { name: 'Kaizen Irrigation K.K.', type: PRIVATE_SECTOR, country: 'JPN', themes: ['agriculture', 'water'] },
  { name: 'Maison Ducroix Chocolatiers', type: PRIVATE_SECTOR, country: 'FRA', themes: ['agriculture', 'landscapes'] },
  { name: 'Roastery Collective Coffee Importers', type: PRIVATE_SECTOR, country: 'BEL', themes: ['agriculture'] },
  { name: 'Rhein Logistik AG', type: PRIVATE_SECTOR, country: 'DEU' },
  { name: 'Tallberg Telecom AB', type: PRIVATE_SECTOR, country: 'SWE' },
  { name: 'Pinecrest Consulting LLC', type: PRIVATE_SECTOR, country: 'USA' },
  { name: 'Kestrel Payments Ltd', type: PRIVATE_SECTOR, country: 'GBR', themes: ['financial-inclusion', 'jobs', 'agriculture'] },
  { name: 'Northgate Pharmaceuticals plc', type: PRIVATE_SECTOR, country: 'GBR', themes: ['health', 'infectious-disease'] },
  { name: 'Bonn Centre for Partnership Research', type: ACADEMIA, country: 'DEU' },
  { name: 'Nordic Institute for Water Research', type: ACADEMIA, country: 'SWE', themes: ['water', 'fisheries', 'resilience'] },
  { name: 'London Centre for Development Evaluation', type: ACADEMIA, country: 'GBR' },
  { name: 'Utrecht Institute for Food Systems', type: ACADEMIA, country: 'NLD', themes: ['agriculture', 'nutrition', 'fisheries'] },
  { name: 'Montreal School of Global Health Practice', type: ACADEMIA, country: 'CAN', themes: ['health', 'infectious-disease', 'nutrition'] },
];

/** Whether the organisation can join a partnership working in `countries`: regional bodies only in their region. */
export function worksIn(organization: InternationalOrganization, countries: readonly string[]): boolean {
  const region = organization.servesRegion;
  return !region || countries.some((country) => regionsOfCountry(country).some((candidate) => candidate.code === region));
}

/** The organisation without the region it serves. */
export function asDemoOrganization({ servesRegion: _servesRegion, ...organization }: InternationalOrganization): DemoOrganization {
  return organization;
}
