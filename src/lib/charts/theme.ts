/** Colours a chart needs from the page, so light and dark mode both read well. */
export interface ChartTheme {
	fg: string;
	muted: string;
	grid: string;
	bg: string;
	dark: boolean;
	/** Animations off when the reader asks for reduced motion. */
	reducedMotion: boolean;
}

/** A fixed light theme for node tests and for build-time rendering. */
export const LIGHT_THEME: ChartTheme = {
	fg: '#1a1a1a',
	muted: '#595959',
	grid: '#c8c8c8',
	bg: '#ffffff',
	dark: false,
	reducedMotion: true
};
