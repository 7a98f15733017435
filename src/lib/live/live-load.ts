/**
 * The lazily loaded half of live updates (it brings zod and the build's validation rules, so it
 * stays out of the first-load JavaScript): validate a fetched live file with the build's schema,
 * and load the results file it points at, checked against the version the live file announced
 * and validated with the build's own rules (`validateElectionFiles`).
 */
import { validateElectionFiles, type ElectionBundle } from '../data/bundle';
import { bundleToRawFiles, formatBundleError } from './bundle-files';
import { contentHash } from './content-hash';
import { checkLiveFile, type LiveFile } from './live-file';
import { RESULTS_MAX_BYTES } from './live-meta';
import type { LiveFailure, ValidationResult } from './poller';
import { fetchOutcome } from './start-poller';

/**
 * A fetched live.json, checked as the build checks it.
 * @example validateLiveJson({ format: 1 }, 'venezuela-2024') // { ok: false, errors: ['live.json › election: …', …] }
 */
export function validateLiveJson(json: unknown, election: string): ValidationResult<LiveFile> {
	const r = checkLiveFile(json, election);
	return r.ok
		? { ok: true, version: { version: r.file.version, builtAt: r.file.builtAt }, file: r.file }
		: r;
}

/**
 * Check a results.json body: the bytes must hash to the version the live file announced (else the
 * upload is not finished, or a cache holds an older copy), then pass the build's validation.
 * @example checkResultsBody(text, file, 'venezuela-2024') // { ok: true, bundle }
 */
export function checkResultsBody(
	body: string,
	file: LiveFile,
	election: string
): { ok: true; bundle: ElectionBundle } | { ok: false; failure: LiveFailure } {
	const got = contentHash(body);
	if (got !== file.results.version)
		return {
			ok: false,
			failure: {
				reason: 'mismatch',
				detail: file.results.href,
				errors: [`${file.results.href}: expected version ${file.results.version}, got ${got}`]
			}
		};
	let json: unknown;
	try {
		json = JSON.parse(body);
	} catch (e) {
		return { ok: false, failure: { reason: 'json', detail: (e as Error).message, errors: [] } };
	}
	const { bundle, errors } = validateElectionFiles(bundleToRawFiles(json, election));
	if (!bundle)
		return {
			ok: false,
			failure: {
				reason: 'invalid',
				detail: String(errors.length),
				errors: errors.map((e) => `${file.results.href} › ${formatBundleError(e)}`)
			}
		};
	return { ok: true, bundle };
}

/**
 * Fetch and check the results file a newer live file points at. `base` is the site's base path.
 * The version goes in the query string, so a cache in between serves exactly that file.
 */
export async function loadResults(
	file: LiveFile,
	base: string,
	election: string
): Promise<{ ok: true; bundle: ElectionBundle } | { ok: false; failure: LiveFailure }> {
	const out = await fetchOutcome(
		`${base}/${file.results.href}?v=${file.results.version}`,
		{},
		RESULTS_MAX_BYTES
	);
	if (out.kind === 'network-error')
		return { ok: false, failure: { reason: 'network', detail: out.message, errors: [] } };
	if (out.kind === 'too-large')
		return { ok: false, failure: { reason: 'too-large', detail: String(out.limit), errors: [] } };
	if (out.status < 200 || out.status > 299)
		return {
			ok: false,
			failure: {
				reason: 'mismatch',
				detail: file.results.href,
				errors: [`${file.results.href}: expected the file, got HTTP ${out.status}`]
			}
		};
	return checkResultsBody(out.body, file, election);
}
