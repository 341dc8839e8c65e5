// The roles and categories every generated repository shares: a fixed chain modelled on
// the sample in content/, embedded so the benchmark does not move when the sample is edited.

export interface GeneratedRole {
  id: string;
  title: string;
  holder: string;
  contact: string;
}

export const ROLES: readonly GeneratedRole[] = [
  { id: 'usher', title: 'Usher', holder: 'Jamal Okafor', contact: '+44 20 7946 0111' },
  { id: 'cashier', title: 'Box office cashier', holder: 'Halyna Moroz', contact: '+44 20 7946 0112' },
  { id: 'cloakroom-attendant', title: 'Cloakroom attendant', holder: 'Margaret Doyle', contact: '+44 20 7946 0113' },
  { id: 'concessions-attendant', title: 'Concessions attendant', holder: 'Priya Raman', contact: '+44 20 7946 0114' },
  { id: 'projectionist', title: 'Projectionist', holder: 'Ewan MacLeod', contact: '+44 20 7946 0121' },
  { id: 'duty-technician', title: 'Duty technician', holder: 'Stefan Ionescu', contact: '+44 20 7946 0122' },
  { id: 'shift-manager', title: 'Shift manager', holder: 'Olena Kravets', contact: '+44 20 7946 0102' },
  { id: 'cinema-manager', title: 'Cinema manager', holder: 'Dmitri Volkov', contact: '+44 20 7946 0101' },
  { id: 'guest-relations', title: 'Guest relations lead', holder: 'Aisha Bello', contact: 'guests@chain.example' },
  { id: 'app-support', title: 'App support desk', holder: 'Lukas Brandt', contact: 'app-support@chain.example' },
  { id: 'security-officer', title: 'Security officer', holder: 'Marcus Reid', contact: '+44 20 7946 0131' },
  { id: 'first-aider', title: 'First aider on duty', holder: 'Sofia Marques', contact: '+44 20 7946 0132' },
  { id: 'hr-partner', title: 'HR partner', holder: 'Nadia Haddad', contact: 'people@chain.example' },
  { id: 'operations-director', title: 'Operations director', holder: 'Catherine Ellis', contact: 'ops@chain.example' },
  { id: 'facilities-manager', title: 'Facilities manager', holder: 'Rob Fairweather', contact: '+44 20 7946 0141' },
  { id: 'finance-officer', title: 'Finance officer', holder: 'Mei Lin Tan', contact: 'finance@chain.example' },
];

export type RoleId = (typeof ROLES)[number]['id'];

export interface GeneratedCategory {
  id: string;
  title: string;
  description: string;
  /** Three capital letters: the first prefix of its codes; more are derived when 999 numbers run out. */
  prefix: string;
  /** How often a code falls in this category, relative to the others. Zero: standards only. */
  weight: number;
  /** Who does the steps, who owns the code, and whom the ladder climbs to. */
  actors: readonly string[];
  owners: readonly string[];
  escalation: readonly string[];
  /** Things that go wrong in this area, and the ways they go wrong. */
  objects: readonly string[];
  troubles: readonly string[];
  tags: readonly string[];
}

export const CATEGORIES: readonly GeneratedCategory[] = [
  {
    id: 'tickets',
    title: 'Tickets and app',
    prefix: 'TKT',
    weight: 5,
    description: 'E-tickets, the app, QR codes, online bookings and admission at the hall door.',
    actors: ['usher', 'cashier'],
    owners: ['cinema-manager', 'app-support'],
    escalation: ['shift-manager', 'app-support', 'operations-director'],
    objects: [
      'e-ticket',
      'QR code',
      'booking',
      'wallet pass',
      'seat reservation',
      'member card',
      'group booking',
      'school booking',
      'premiere pass',
      'season pass',
    ],
    troubles: [
      'is rejected at the hall door',
      'shows the wrong screen',
      'was charged twice',
      'has vanished from the app',
      'shows the wrong show time',
      'names a seat that was resold',
      'will not scan',
      'was cancelled without notice',
    ],
    tags: ['app', 'e-ticket', 'scanner', 'booking', 'admission', 'qr'],
  },
  {
    id: 'box-office',
    title: 'Box office and refunds',
    prefix: 'BOX',
    weight: 4,
    description: 'Sales at the box office, payment terminals, vouchers, refunds and cash handling.',
    actors: ['cashier'],
    owners: ['cinema-manager', 'finance-officer'],
    escalation: ['shift-manager', 'finance-officer', 'cinema-manager'],
    objects: [
      'card payment',
      'cash float',
      'refund',
      'receipt',
      'payment terminal',
      'gift voucher',
      'price display',
      'discount code',
      'student discount',
      'till drawer',
    ],
    troubles: [
      'is declined twice',
      'does not balance at the end of the shift',
      'is missing from the system',
      'shows the wrong amount',
      'freezes during a sale',
      'has expired',
      'is refused by the till',
      'was applied twice',
    ],
    tags: ['payment', 'refund', 'voucher', 'cash', 'till', 'card'],
  },
  {
    id: 'cloakroom',
    title: 'Cloakroom',
    prefix: 'CLK',
    weight: 2,
    description: 'Taking in and handing back coats and bags, tags, damage and capacity.',
    actors: ['cloakroom-attendant'],
    owners: ['shift-manager'],
    escalation: ['shift-manager', 'guest-relations', 'cinema-manager'],
    objects: ['coat', 'umbrella', 'pushchair', 'rucksack', 'cloakroom tag', 'suitcase', 'bicycle helmet', 'scarf', 'shopping bag', 'guitar case'],
    troubles: [
      'is handed to the wrong guest',
      'comes back damaged',
      'cannot be found on the rail',
      'was left after closing',
      'has no tag',
      'does not fit the racks',
      'is claimed by two guests',
      'is wet and soaks the others',
    ],
    tags: ['coat', 'tag', 'cloakroom', 'damage', 'capacity'],
  },
  {
    id: 'hall',
    title: 'Hall, projection, 3D and IMAX',
    prefix: 'HAL',
    weight: 4,
    description: 'What happens inside the auditorium, from projection and sound to seats, glasses and guest behaviour.',
    actors: ['usher', 'projectionist'],
    owners: ['cinema-manager', 'duty-technician'],
    escalation: ['projectionist', 'duty-technician', 'shift-manager', 'cinema-manager'],
    objects: [
      'projector',
      'sound system',
      '3D glasses',
      'recliner seat',
      'air conditioning',
      'subtitle track',
      'aisle light',
      'screen curtain',
      'IMAX laser',
      'fire door',
    ],
    troubles: [
      'fails in the middle of the film',
      'runs out before the show',
      'is too loud in the front rows',
      'breaks under a guest',
      'blows cold air on the back rows',
      'goes out of sync',
      'stays on during the film',
      'jams half open',
    ],
    tags: ['projection', 'sound', '3d', 'imax', 'seat', 'auditorium'],
  },
  {
    id: 'concessions',
    title: 'Concessions',
    prefix: 'CON',
    weight: 3,
    description: 'The bar and popcorn counter, orders, allergens, payments and spills.',
    actors: ['concessions-attendant'],
    owners: ['shift-manager', 'facilities-manager'],
    escalation: ['shift-manager', 'facilities-manager', 'cinema-manager'],
    objects: [
      'popcorn machine',
      'drinks fountain',
      'allergen label',
      'hot dog grill',
      'card reader',
      'ice machine',
      'nachos warmer',
      'coffee machine',
      'combo menu',
      'beer tap',
    ],
    troubles: [
      'stops working before a sold-out show',
      'gives the wrong allergen information',
      'runs empty at the interval',
      'overheats',
      'charges the wrong price',
      'leaks onto the counter',
      'makes guests wait past the trailers',
      'is out of stock',
    ],
    tags: ['bar', 'popcorn', 'allergen', 'drinks', 'food', 'spill'],
  },
  {
    id: 'accessibility',
    title: 'Accessibility',
    prefix: 'ACC',
    weight: 2,
    description: 'Serving guests with disabilities, from wheelchair spaces and hearing loops to assisted evacuation.',
    actors: ['usher', 'cashier'],
    owners: ['guest-relations', 'cinema-manager'],
    escalation: ['shift-manager', 'guest-relations', 'facilities-manager'],
    objects: [
      'wheelchair space',
      'hearing loop',
      'audio description headset',
      'captioned show',
      'companion ticket',
      'lift',
      'assistance dog',
      'ramp',
      'accessible toilet',
      'large-print menu',
    ],
    troubles: [
      'is taken by another guest',
      'is silent',
      'has a flat battery',
      'shows no captions',
      'is refused at the door',
      'is out of order',
      'is blocked by a cleaning trolley',
      'was not set up before the show',
    ],
    tags: ['wheelchair', 'hearing', 'captions', 'assistance', 'access'],
  },
  {
    id: 'safety',
    title: 'Safety',
    prefix: 'SAF',
    weight: 3,
    description: 'Alarms, medical emergencies, lost children, aggression, suspicious items and accidents.',
    actors: ['usher', 'security-officer'],
    owners: ['cinema-manager', 'security-officer'],
    escalation: ['first-aider', 'security-officer', 'shift-manager', 'cinema-manager'],
    objects: [
      'fire alarm',
      'first aid kit',
      'emergency exit',
      'unattended bag',
      'lost child',
      'wet floor',
      'broken glass',
      'aggressive guest',
      'smoke detector',
      'escalator',
    ],
    troubles: [
      'goes off during a show',
      'is found empty',
      'is blocked by boxes',
      'is reported by a guest',
      'is found near the foyer',
      'causes a guest to fall',
      'threatens staff at the counter',
      'stops suddenly',
    ],
    tags: ['safety', 'alarm', 'first-aid', 'security', 'evacuation'],
  },
  {
    id: 'lost-found',
    title: 'Lost and found',
    prefix: 'LST',
    weight: 1,
    description: 'Items found in the building and guests looking for what they lost.',
    actors: ['usher', 'cashier'],
    owners: ['guest-relations'],
    escalation: ['shift-manager', 'guest-relations'],
    objects: ['phone', 'wallet', 'set of house keys', 'child’s toy', 'pair of glasses', 'passport', 'earring', 'pair of headphones', 'hearing aid', 'laptop'],
    troubles: [
      'is found under a seat',
      'is claimed without proof',
      'is handed in after closing',
      'was thrown away by mistake',
      'is asked for by phone',
      'is found broken',
      'is claimed by a child',
      'rings during the film',
    ],
    tags: ['lost', 'found', 'property', 'claim'],
  },
  {
    id: 'people',
    title: 'Working with staff',
    prefix: 'PPL',
    weight: 0,
    description: 'Internal standards for how managers and colleagues treat, brief, equip and train each other.',
    actors: [],
    owners: ['hr-partner', 'operations-director'],
    escalation: [],
    objects: [],
    troubles: [],
    tags: [],
  },
  {
    id: 'service',
    title: 'Service basics',
    prefix: 'SRV',
    weight: 0,
    description: 'General guest-facing standards that apply at every counter, door and screen.',
    actors: [],
    owners: ['guest-relations', 'operations-director'],
    escalation: [],
    objects: [],
    troubles: [],
    tags: [],
  },
];

export const CODE_CATEGORIES = CATEGORIES.filter((category) => category.weight > 0);

export function roleTitle(id: string): string {
  const role = ROLES.find((candidate) => candidate.id === id);
  if (!role) throw new Error(`The generator names an unknown role ${id}`);
  return role.title;
}
