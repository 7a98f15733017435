import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import { Chart } from './register';

// The matrix (heat map) parts are registered only where the fingerprint is drawn (the
// sheet-checks page imports this module dynamically), so no other page's bundle carries them.
let done = false;
export function registerMatrix(): void {
	if (done) return;
	Chart.register(MatrixController, MatrixElement);
	done = true;
}
