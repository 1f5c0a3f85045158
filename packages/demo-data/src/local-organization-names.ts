import { OrganizationType } from '@msp-atlas/msp-vocabulary';
import type { DemoCountry } from './demo-countries.js';
import type { DemoOrganization } from './demo-organization.js';
import type { SeededRandom } from './seeded-random.js';

// Fictional organisations based in a programme country, named from the country's
// real places. A template with themes names a body that only works in those fields.

interface NameTemplate {
  text: string;
  themes?: readonly string[];
}

const HEALTH = ['health', 'infectious-disease', 'nutrition'];
const LAND = ['agriculture', 'landscapes', 'nutrition', 'resilience'];

const governmentNames: readonly NameTemplate[] = [
  { text: '{place} District Council' },
  { text: '{place} County Government' },
  { text: '{country} Agency for Local Development' },
  { text: '{place} Regional Directorate of Health', themes: HEALTH },
  { text: '{place} Water and Sanitation Board', themes: ['water', 'urban-waste'] },
  { text: '{place} Department of Agriculture', themes: LAND },
  { text: '{place} Fisheries Department', themes: ['fisheries'] },
  { text: '{place} Municipal Environment Office', themes: ['urban-waste', 'landscapes', 'resilience', 'water'] },
  { text: '{place} Provincial Education Office', themes: ['education', 'jobs', 'nutrition'] },
  { text: '{country} National Disaster Management Office', themes: ['resilience'] },
  { text: '{country} Rural Energy Fund', themes: ['energy'] },
  { text: '{country} Forestry Service', themes: ['landscapes'] },
];

const civilSocietyNames: readonly NameTemplate[] = [
  { text: '{place} Women’s Development Network' },
  { text: '{place} Youth Action Forum' },
  { text: '{country} Association for Rural Advancement' },
  { text: '{place} Rights and Development Trust' },
  { text: 'Friends of {water}', themes: ['water', 'fisheries', 'landscapes'] },
  { text: 'Community Health Alliance of {place}', themes: HEALTH },
  { text: '{place} Children’s Learning Trust', themes: ['education', 'nutrition'] },
  { text: '{country} Coalition for Clean Energy', themes: ['energy'] },
  { text: '{place} Green Belt Movement', themes: ['landscapes', 'resilience', 'urban-waste'] },
  { text: '{place} Business Women’s Association', themes: ['financial-inclusion', 'jobs'] },
];

const academiaNames: readonly NameTemplate[] = [
  { text: '{place} Institute of Applied Sciences' },
  { text: 'Centre for Development Research, {place}' },
  { text: 'Institute for Sustainable Development Studies, {place}' },
  { text: '{place} Centre for Agricultural Research', themes: [...LAND, 'fisheries'] },
  { text: '{country} Institute of Public Health', themes: [...HEALTH, 'water'] },
  { text: '{place} College of Education', themes: ['education', 'jobs'] },
];

const communityNames: readonly NameTemplate[] = [
  { text: '{place} Indigenous Peoples’ Council' },
  { text: '{place} Youth Group' },
  { text: '{place} Residents’ Association' },
  { text: '{place} Water Users’ Association', themes: ['water'] },
  { text: '{place} Farmers’ Cooperative Union', themes: LAND },
  { text: '{place} Smallholder {commodity} Growers’ Association', themes: ['agriculture'] },
  { text: '{water} Fisherfolk Collective', themes: ['fisheries'] },
  { text: '{place} Village Health Committee', themes: [...HEALTH, 'water'] },
  { text: '{place} Mothers’ Support Group', themes: [...HEALTH, 'education', 'financial-inclusion'] },
  { text: '{place} Savings and Loans Group', themes: ['financial-inclusion', 'jobs'] },
  { text: '{place} Waste Pickers’ Cooperative', themes: ['urban-waste'] },
];

const philanthropyNames: readonly NameTemplate[] = [
  { text: '{place} Community Foundation' },
  { text: '{country} Philanthropy Circle' },
  { text: '{place} Development Trust Fund' },
];

const brandRoots = [
  'Savanna',
  'Sunridge',
  'Bluewave',
  'Greenfield',
  'Riverstone',
  'Horizon',
  'Baobab',
  'Acacia',
  'Highland',
  'Lakeside',
  'Meridian',
  'Evergreen',
  'Crescent',
  'Keystone',
  'Northstar',
  'Golden Valley',
  'Harvest',
  'Unity',
];

const businessKinds: readonly NameTemplate[] = [
  { text: 'Logistics' },
  { text: 'Mobile Networks' },
  { text: 'Consulting Group' },
  { text: 'Trading Company' },
  { text: 'Agro Processors', themes: ['agriculture', 'nutrition'] },
  { text: '{commodity} Exporters', themes: ['agriculture'] },
  { text: 'Seeds', themes: LAND },
  { text: 'Foods', themes: ['nutrition', 'agriculture'] },
  { text: 'Solar Solutions', themes: ['energy', 'health'] },
  { text: 'Water Technologies', themes: ['water', 'urban-waste'] },
  { text: 'Engineering', themes: ['water', 'energy', 'resilience'] },
  { text: 'Microfinance', themes: ['financial-inclusion', 'agriculture', 'jobs'] },
  { text: 'Insurance', themes: ['resilience', 'agriculture', 'financial-inclusion'] },
  { text: 'Health Supplies', themes: HEALTH },
  { text: 'Recycling', themes: ['urban-waste'] },
  { text: 'Fish Processors', themes: ['fisheries'] },
  { text: 'Agroforestry Services', themes: ['landscapes'] },
  { text: 'Digital Academy', themes: ['jobs', 'education'] },
  { text: 'Educational Publishers', themes: ['education'] },
];

const templatesByType: Record<OrganizationType, readonly NameTemplate[]> = {
  GOVERNMENT: governmentNames,
  CIVIL_SOCIETY: civilSocietyNames,
  ACADEMIA: academiaNames,
  COMMUNITY: communityNames,
  PHILANTHROPY: philanthropyNames,
  PRIVATE_SECTOR: businessKinds,
  MULTILATERAL: [],
};

const francophone = new Set(['SEN', 'CIV', 'BFA', 'MLI', 'NER', 'BEN', 'CMR', 'COD', 'MAR', 'TUN', 'MDG', 'HTI']);
const hispanophone = new Set(['PER', 'BOL', 'ECU', 'COL', 'GTM', 'HND', 'NIC', 'MEX']);
const southAsian = new Set(['IND', 'PAK', 'BGD', 'NPL', 'LKA']);
const llcCountries = new Set(['UZB', 'KGZ', 'TJK', 'JOR', 'LBN', 'EGY']);

/** 'Savanna Logistics' as a company of the country would write it: 'PT ...', '... SARL', '... Pvt Ltd'. */
function companyName(random: SeededRandom, kind: string, country: DemoCountry): string {
  const base = `${random.pick(brandRoots)} ${kind}`;
  if (country.code === 'IDN') return `PT ${base}`;
  if (country.code === 'BRA') return `${base} Ltda`;
  if (country.code === 'VNM') return `${base} JSC`;
  if (country.code === 'KHM' || country.code === 'LAO') return `${base} Co., Ltd`;
  if (francophone.has(country.code)) return `${base} ${random.pick(['SA', 'SARL'])}`;
  if (hispanophone.has(country.code)) return `${base} S.A.`;
  if (southAsian.has(country.code)) return `${base} Pvt Ltd`;
  if (llcCountries.has(country.code)) return `${base} LLC`;
  return `${base} Ltd`;
}

/**
 * A made-up organisation of this type based in the country; with `theme`, one
 * that works in that field. Null for types that have no local bodies (multilateral).
 */
export function localOrganization(random: SeededRandom, type: OrganizationType, country: DemoCountry, theme?: string): DemoOrganization | null {
  const templates = templatesByType[type].filter((template) => !theme || !template.themes || template.themes.includes(theme));
  if (templates.length === 0) return null;
  const template = random.pick(templates);
  const text = type === OrganizationType.PRIVATE_SECTOR ? companyName(random, template.text, country) : template.text;
  const name = text
    .replaceAll('{place}', random.pick(country.places))
    .replaceAll('{water}', random.pick(country.waterPlaces))
    .replaceAll('{commodity}', random.pick(country.commodities))
    .replaceAll('{country}', country.name);
  return { name, type, country: country.code, ...(template.themes ? { themes: template.themes } : {}) };
}
