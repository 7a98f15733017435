/**
 * A PNG of a chart for download: the canvas drawn onto a solid background (a transparent PNG is
 * unreadable on a dark slide or a white page), with a footer line naming the source and as-of
 * time, so the image carries its provenance wherever it is pasted.
 */
export async function chartPng(
	chart: HTMLCanvasElement,
	footer: string,
	colors: { bg: string; fg: string }
): Promise<Blob> {
	const scale = chart.width / Math.max(1, chart.clientWidth || chart.width);
	const pad = Math.round(12 * scale);
	const fontPx = Math.round(13 * scale);
	const out = document.createElement('canvas');
	const ctx = out.getContext('2d');
	if (!ctx) throw new Error('no 2d context');
	ctx.font = `${fontPx}px system-ui, sans-serif`;
	// Wrap the footer to the image width, word by word.
	const maxWidth = chart.width;
	const lines: string[] = [];
	let line = '';
	for (const word of footer.split(' ')) {
		const next = line ? `${line} ${word}` : word;
		if (line && ctx.measureText(next).width > maxWidth) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	const lineHeight = Math.round(fontPx * 1.4);
	out.width = chart.width + pad * 2;
	out.height = chart.height + pad * 3 + lines.length * lineHeight;
	ctx.fillStyle = colors.bg;
	ctx.fillRect(0, 0, out.width, out.height);
	ctx.drawImage(chart, pad, pad);
	ctx.font = `${fontPx}px system-ui, sans-serif`;
	ctx.fillStyle = colors.fg;
	ctx.textBaseline = 'top';
	lines.forEach((l, i) => ctx.fillText(l, pad, chart.height + pad * 2 + i * lineHeight));
	return new Promise((resolve, reject) =>
		out.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png')
	);
}

/** Offer a Blob as a file download. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
