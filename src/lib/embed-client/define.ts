/**
 * How a figure script (share.js, world.js, …) hands its kind of chart to the shared runtime
 * (embed/js/chart.js, ./chart.ts), which has always run before it (./load.ts loads them in order).
 */
import type { Build, ChartsApi, DefineOptions } from './draw';

/** The runtime of the page, once embed/js/chart.js has run. */
export function chartsRuntime(): ChartsApi | undefined {
	return (self as unknown as { EscrutinioCharts?: ChartsApi }).EscrutinioCharts;
}

/** Configure `kind`: the runtime draws every figure of that kind, each as it nears the viewport.
 * `intl` for a builder that formats with Intl (dates), for every figure (`true`) or for those whose
 * model says so: ICU starts in a task of its own. */
export function defineChart<M>(kind: string, build: Build<M>, options?: DefineOptions<M>): void {
	chartsRuntime()?.define(kind, build as Build, options as DefineOptions<unknown>);
}
