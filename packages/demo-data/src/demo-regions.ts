/**
 * Groupings for regional partnerships: a UN M49 region code (must exist in
 * @msp-atlas/reference-data), the demo countries in it, and names people use for
 * the area. A label tied to themes only names partnerships of those themes.
 */
export interface DemoRegion {
  m49: string;
  countries: readonly string[];
  labels: readonly { label: string; themes?: readonly string[] }[];
}

export const demoRegions: readonly DemoRegion[] = [
  {
    m49: '014',
    countries: ['KEN', 'UGA', 'TZA', 'RWA', 'ETH', 'MWI', 'MOZ', 'ZMB', 'MDG'],
    labels: [
      { label: 'East African' },
      { label: 'Lake Victoria', themes: ['water', 'fisheries', 'infectious-disease'] },
      { label: 'Horn of Africa', themes: ['resilience', 'nutrition', 'water'] },
    ],
  },
  {
    m49: '011',
    countries: ['GHA', 'NGA', 'SEN', 'CIV', 'BFA', 'MLI', 'NER', 'SLE', 'BEN'],
    labels: [
      { label: 'West African' },
      { label: 'Sahel', themes: ['resilience', 'nutrition', 'landscapes', 'energy', 'water'] },
      { label: 'Gulf of Guinea', themes: ['fisheries', 'agriculture'] },
      { label: 'Volta Basin', themes: ['water', 'agriculture'] },
    ],
  },
  {
    m49: '017',
    countries: ['CMR', 'COD'],
    labels: [{ label: 'Central African' }, { label: 'Congo Basin', themes: ['landscapes', 'agriculture', 'health'] }],
  },
  {
    m49: '202',
    countries: ['ZAF', 'ZMB', 'MWI', 'MOZ'],
    labels: [{ label: 'Southern African' }, { label: 'Zambezi Basin', themes: ['water', 'energy', 'fisheries'] }],
  },
  {
    m49: '015',
    countries: ['MAR', 'TUN', 'EGY'],
    labels: [{ label: 'North African' }, { label: 'Maghreb', themes: ['water', 'energy', 'jobs', 'agriculture'] }],
  },
  {
    m49: '145',
    countries: ['JOR', 'LBN'],
    labels: [{ label: 'Levant' }],
  },
  {
    m49: '143',
    countries: ['UZB', 'KGZ', 'TJK'],
    labels: [{ label: 'Central Asian' }, { label: 'Fergana Valley', themes: ['water', 'agriculture', 'jobs'] }],
  },
  {
    m49: '034',
    countries: ['IND', 'BGD', 'NPL', 'PAK', 'LKA'],
    labels: [
      { label: 'South Asian' },
      { label: 'Himalayan', themes: ['energy', 'resilience', 'landscapes', 'water'] },
      { label: 'Bay of Bengal', themes: ['fisheries', 'resilience'] },
    ],
  },
  {
    m49: '035',
    countries: ['VNM', 'KHM', 'LAO', 'IDN', 'PHL'],
    labels: [
      { label: 'Southeast Asian' },
      { label: 'Mekong', themes: ['water', 'agriculture', 'fisheries', 'resilience'] },
      { label: 'Coral Triangle', themes: ['fisheries'] },
    ],
  },
  {
    m49: '005',
    countries: ['PER', 'BOL', 'ECU', 'COL', 'BRA'],
    labels: [
      { label: 'South American' },
      { label: 'Andean', themes: ['agriculture', 'water', 'education', 'resilience', 'health'] },
      { label: 'Amazon', themes: ['landscapes', 'agriculture', 'health'] },
    ],
  },
  {
    m49: '013',
    countries: ['GTM', 'HND', 'NIC', 'MEX'],
    labels: [{ label: 'Central American' }, { label: 'Dry Corridor', themes: ['resilience', 'nutrition', 'agriculture', 'water'] }],
  },
  {
    m49: '054',
    countries: ['FJI', 'PNG', 'VUT', 'SLB'],
    labels: [{ label: 'Pacific Islands' }, { label: 'Melanesian', themes: ['fisheries', 'resilience', 'energy'] }],
  },
];
