import { error } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ params, data }) => {
	if (!isLocale(params.lang)) error(404, 'Unknown language');
	return { ...data, lang: params.lang };
};
