import { Scale } from 'chart.js';

/**
 * The statements map's `color` scale (browser only, embed/js/world.js). chartjs-chart-geo's
 * choropleth needs a scale of that id and reads each country's value through it; its own
 * ColorScale is a linear scale with a colour ramp: it brings d3-scale-chromatic's colour schemes
 * (built when world.js runs), and works out ticks and their number labels on every drawing. The
 * map uses none of it: each country's fill is given (its stance's colour and pattern), and the
 * legend is HTML. This scale only reads the values (docs/tbt-statements.md).
 */
export class StanceScale extends Scale {
	static id = 'color';
	static defaults = { display: false, property: 'value' };

	override init(options: never): void {
		(options as { position: string }).position = 'chartArea';
		super.init(options);
		this.axis = 'r';
	}

	override parse(raw: unknown): number | null {
		const v = (raw as { value?: unknown } | null)?.value;
		return typeof v === 'number' ? v : null;
	}

	/** Not used while every country has its own fill; what chartjs-chart-geo's would give a gap. */
	getColorForValue(): string {
		return 'transparent';
	}
}
