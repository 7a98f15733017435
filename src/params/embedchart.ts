import type { ParamMatcher } from '@sveltejs/kit';

/** The chart embeds with a path segment of their own (a claim's embed is under `claims/<id>/`). */
export const match = ((param: string): param is 'coverage' | 'states' | 'statements' =>
	param === 'coverage' || param === 'states' || param === 'statements') satisfies ParamMatcher;
