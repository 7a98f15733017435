import { regionAncestors, type TreeRegion } from '../results/region-tree';

/**
 * For sheet rows, which carry their finest region (a parish): the first-level region each one is
 * reported under (its state), and any region's name. Built once per page: the ancestor walk runs
 * once per region, not once per sheet.
 * @example topRegionOf(regions).groupOf('p-1-1-13') // 'distrito-capital'
 */
export function topRegionOf<R extends TreeRegion & { name: string }>(
	regions: readonly R[]
): { groupOf: (id: string) => string | undefined; nameOf: (id: string) => string } {
	const top = new Map<string, string>();
	const names = new Map<string, string>();
	for (const r of regions) {
		names.set(r.id, r.name);
		top.set(r.id, regionAncestors(regions, r.id)[0]?.id ?? r.id);
	}
	return { groupOf: (id) => top.get(id), nameOf: (id) => names.get(id) ?? id };
}
