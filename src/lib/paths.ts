import { base } from '$app/paths';

/**
 * An absolute link inside the site, under the deploy base path, with the trailing slash every
 * page has (`…/index.html` works on any static host).
 * @example href('es', 'venezuela-2024') // '/escrutinio/es/venezuela-2024/' with BASE_PATH=/escrutinio
 */
export function href(...segments: string[]): string {
	const path = segments.filter(Boolean).map(encodeURIComponent).join('/');
	return path ? `${base}/${path}/` : `${base}/`;
}

/** A link to a file (no trailing slash), e.g. a JSON or CSV download. */
export function fileHref(...segments: string[]): string {
	return `${base}/${segments.map(encodeURIComponent).join('/')}`;
}
