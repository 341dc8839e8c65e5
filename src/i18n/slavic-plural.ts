/** East Slavic plural forms, as in Ukrainian and Russian: 1 код, 2 коди/кода, 5 кодів/кодов, 21 код, 11 кодів/кодов. */
export function slavicPlural(count: number, one: string, few: string, many: string): string {
  const lastTwo = count % 100;
  const last = count % 10;
  if (last === 1 && lastTwo !== 11) return one;
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return few;
  return many;
}
