/** Strings of the results area. Spanish is the source; keys are prefixed with "results.". */
export const es = {
	'results.chartTable': 'Ver los datos en una tabla',
	'results.announcedShort': 'anunciado {percent}',
	'results.notReported': 'no publicado',
	'results.announcedDiffers':
		'El porcentaje anunciado no coincide con el calculado a la misma precisión',
	'results.outstanding.altNote':
		'Estimación alternativa: (electores inscritos − electores de las actas contadas) × participación anunciada; ver la metodología.',
	'results.share.title': 'Reparto de los votos: {snapshot}',
	'results.share.compareTitle': 'Las dos cuentas, lado a lado',
	'results.share.desc':
		'En {snapshot}, {leader} tiene el {leaderShare} de los votos contados y {runnerUp} el {runnerUpShare}.',
	'results.share.descCompare': 'Más votado en cada cuenta: {list}.',
	'results.share.descCompareItem': '{snapshot}, {leader} con el {share}',
	'results.share.descEmpty': 'En {snapshot} no hay votos contados.',
	'results.share.axis': '% de los votos contados (calculado)',
	'results.share.partialNote':
		'{snapshot}: solo se publicaron los votos de {names}; sus porcentajes son sobre los votos publicados, no sobre todos los votos válidos.',
	'results.share.combinedNote':
		'{snapshot}: «{group}» lo suma Escrutinio a partir de los {count} recuentos publicados uno por uno (sumar cifras dadas no es repartir un total).',
	'results.share.series': 'Cuenta',
	'results.share.computed': '% calculado',
	'results.share.announced': '% anunciado',
	'results.list.and': '{a} y {b}',
	'results.timeline.coverageTitle': 'Porcentajes según avanza el conteo',
	'results.timeline.timeTitle': 'Porcentajes en el tiempo',
	'results.timeline.coverageAxis': '% de actas contadas',
	'results.timeline.timeAxis': 'Fecha ({zone})',
	'results.timeline.shareAxis': '% de los votos contados',
	'results.timeline.descCoverage': 'Cada cuenta avanza por separado: {list}.',
	'results.timeline.descTime': 'Publicaciones del {first} al {last}: {list}.',
	'results.timeline.descItem': '{tabulation}, del {from} al {to} de las actas',
	'results.timeline.descTimeItem': '{tabulation}, {count} publicaciones',
	'results.timeline.line': '{candidate} · {tabulation}',
	'results.timeline.dateOnlyNote':
		'Las publicaciones sin hora confirmada se dibujan a mediodía de su fecha; su hora real no se conoce.',
	'results.timeline.partialNote':
		'Los valores marcados con * son porcentajes de los votos de los candidatos publicados, no de todos los votos válidos.',
	'results.timeline.lineStyle': 'Línea continua: {official}. Línea discontinua: {other}.',
	'results.timeline.col.snapshot': 'Publicación',
	'results.timeline.col.coverage': 'Cobertura',
	'results.timeline.col.when': 'Fecha',
	'results.headline.leads': '{leader} encabeza',
	'results.headline.tie': 'Empate entre {a} y {b}',
	'results.headline.margin': 'por {points} ({votes} votos) sobre {runnerUp}',
	'results.headline.coverage': 'Cobertura',
	'results.headline.asOf': 'Según',
	'results.headline.latest': 'Última publicación: {snapshot}',
	'results.switch.label': 'Cuenta principal',
	'results.switch.hint': 'La otra cuenta sigue visible al lado para comparar.',
	'results.compare.on': 'Comparar las dos cuentas en un gráfico',
	'results.selector.label': 'Publicaciones de {tabulation}',
	'results.selector.heading': 'Todas las publicaciones',
	'results.outstanding.heading': '¿Podía cambiar todavía?',
	'results.outstanding.intro':
		'Para cada publicación con menos del 100 % de las actas: cuántos votos faltaban por contar (estimado) y qué parte de ellos necesitaba el segundo para empatar.',
	'results.outstanding.caption':
		'Votos pendientes y porcentaje que necesitaba el segundo, por publicación',
	'results.outstanding.col.snapshot': 'Publicación',
	'results.outstanding.col.coverage': 'Cobertura',
	'results.outstanding.col.shares': 'Primero y segundo (% calculado)',
	'results.outstanding.col.margin': 'Ventaja',
	'results.outstanding.col.outstanding': 'Votos pendientes (estimado)',
	'results.outstanding.col.twoWay': 'Necesitaba el segundo (a dos)',
	'results.outstanding.col.withMinors': 'Necesitaba (con los demás)',
	'results.outstanding.col.verdict': 'Veredicto',
	'results.outstanding.assumption':
		'Supuesto: las actas que faltan tienen, en promedio, tantos votos como las contadas. {alternative}',
	'results.outstanding.alternativeNote':
		'Donde se conocen los electores inscritos y la participación, la metodología muestra también la estimación alternativa.',
	'results.outstanding.methodologyLink': 'Cómo se calcula (metodología, con las cuentas)',
	'results.verdict.decided': 'decidido',
	'results.verdict.not-decided': 'aún no decidido',
	'results.verdict.cannot-compute': 'no se puede calcular',
	'results.verdict.coverageAnnounced': 'Con el {coverage} anunciado',
	'results.verdict.coverageUnits': 'Con {counted} de {total} actas contadas ({coverage})',
	'results.verdict.needed': '{clause}, {runnerUp} necesitaba el {needed} de los votos restantes',
	'results.verdict.withMinors': ' ({neededMinors} si los demás candidatos mantienen su {minor})',
	'results.verdict.notDecided': ': el resultado no era matemáticamente irreversible.',
	'results.verdict.decidedText':
		': más que todos los votos restantes, así que con las cifras publicadas {leader} ya no podía ser alcanzado.',
	'results.verdict.complete':
		'{clause}, no quedaban votos por contar: con las cifras publicadas, {leader} no podía ser alcanzado.',
	'results.verdict.tie': '{clause}, {a} y {b} estaban empatados: el resultado no estaba decidido.',
	'results.verdict.partial':
		' Solo se publicaron los votos de {names}: las cuentas usan solo esos votos.',
	'results.verdict.reason.no-coverage': 'No se puede calcular: la publicación no dio la cobertura.',
	'results.verdict.reason.nothing-counted': 'No se puede calcular: no había votos contados.',
	'results.verdict.reason.fewer-than-two': 'No se puede calcular: se publicó un solo candidato.',
	'results.verdict.reason.no-estimate':
		'No se puede calcular: no hay forma de estimar los votos pendientes.',
	'results.snapshot.title': '{snapshot}',
	'results.snapshot.back': 'Volver a la elección',
	'results.snapshot.tableHeading': 'Votos y porcentajes',
	'results.snapshot.outstandingHeading': '¿Podía cambiar todavía?',
	'results.methodology.title': 'Metodología de los resultados',
	'results.methodology.link': 'Metodología de los resultados',
	'results.methodology.back': 'Volver a la elección',
	'results.methodology.intro':
		'Cómo calcula Escrutinio cada cifra de los resultados, con las cuentas hechas para cada publicación. Todos los porcentajes se calculan a partir de los votos; los porcentajes anunciados se muestran aparte y nunca los reemplazan.',
	'results.methodology.sharesHeading': 'Porcentajes y ventaja',
	'results.methodology.shares':
		'Porcentaje de un candidato = sus votos ÷ la suma de los votos publicados en esa publicación × 100. Si una publicación no da los votos de todos los candidatos, el porcentaje es sobre los votos publicados, y se dice.',
	'results.methodology.margin':
		'Ventaja = votos del primero − votos del segundo; en puntos, la diferencia de sus porcentajes calculados.',
	'results.methodology.announced':
		'Un porcentaje anunciado se marca como distinto cuando no coincide con el calculado redondeado a los mismos decimales.',
	'results.methodology.outstandingHeading': 'Votos pendientes y porcentaje necesario',
	'results.methodology.coverage':
		'Cobertura f = actas contadas ÷ actas en total cuando se publican ambas cifras; si no, el porcentaje anunciado.',
	'results.methodology.unitAverage':
		'Estimación principal (promedio por acta): O = C × (1 − f) ÷ f, con C los votos contados. Supuesto: las actas que faltan tienen, en promedio, tantos votos como las contadas.',
	'results.methodology.registered':
		'Estimación alternativa (inscritos y participación), cuando se conocen: O = (inscritos − electores de las actas contadas) × participación; si no se publican los electores de las actas contadas, O = inscritos × (1 − f) × participación. Supuesto: los electores que faltan votan con la participación anunciada.',
	'results.methodology.needed':
		'Porcentaje de O que necesita el segundo para empatar = (1 − m) ÷ 2 + ventaja ÷ (2 × O), con m la parte de los votos contados de los demás candidatos (m = 0 para el cálculo a dos). Si pasa del 100 %, el segundo no puede alcanzar al primero aunque reciba todos los votos pendientes: el resultado está decidido con las cifras publicadas.',
	'results.methodology.workedHeading': 'Las cuentas, publicación por publicación',
	'results.methodology.method.unit-average': 'Promedio por acta',
	'results.methodology.method.registered-turnout': 'Inscritos y participación',
	'results.methodology.step.coverage': 'f = {f}',
	'results.methodology.step.counted': 'C = {terms} = {counted}',
	'results.methodology.step.margin':
		'Ventaja = {leaderVotes} − {runnerUpVotes} = {margin} votos ({points})',
	'results.methodology.step.unitAverage': 'O = {counted} × (1 − {f}) ÷ {f} = {outstanding}',
	'results.methodology.step.registeredUnits':
		'O = ({registered} − {electors}) × {turnout} = {outstanding}',
	'results.methodology.step.registeredShare':
		'O = {registered} × (1 − {f}) × {turnout} = {outstanding}',
	'results.methodology.step.twoWay': 'A dos: 1 ÷ 2 + {margin} ÷ (2 × {outstanding}) = {needed}',
	'results.methodology.step.minors':
		'Con los demás (m = {minor}): (1 − {minor}) ÷ 2 + {margin} ÷ (2 × {outstanding}) = {needed}',
	'results.methodology.noMinors': 'No se publicaron votos de otros candidatos: m = 0.',
	'results.methodology.complete': 'f = 1: no quedan votos pendientes.',
	'results.methodology.sources': 'Fuentes de las cifras de cada publicación: ver su página.'
} as const;

export const en: Record<keyof typeof es, string> = {
	'results.chartTable': 'Show the data as a table',
	'results.announcedShort': 'announced {percent}',
	'results.notReported': 'not published',
	'results.announcedDiffers':
		'The announced share does not match the computed one at the same precision',
	'results.outstanding.altNote':
		'Alternative estimate: (registered electors − electors on the counted tally sheets) × announced turnout; see the methodology.',
	'results.share.title': 'Share of the vote: {snapshot}',
	'results.share.compareTitle': 'Both counts, side by side',
	'results.share.desc':
		'In {snapshot}, {leader} has {leaderShare} of the votes counted and {runnerUp} {runnerUpShare}.',
	'results.share.descCompare': 'Most votes in each count: {list}.',
	'results.share.descCompareItem': '{snapshot}, {leader} with {share}',
	'results.share.descEmpty': 'In {snapshot} no votes have been counted.',
	'results.share.axis': '% of the votes counted (computed)',
	'results.share.partialNote':
		'{snapshot}: only the votes of {names} were published; their shares are of the votes published, not of all valid votes.',
	'results.share.combinedNote':
		'{snapshot}: “{group}” is combined by Escrutinio from the {count} counts published one by one (adding given figures is not splitting a total).',
	'results.share.series': 'Count',
	'results.share.computed': 'Computed %',
	'results.share.announced': 'Announced %',
	'results.list.and': '{a} and {b}',
	'results.timeline.coverageTitle': 'Shares as the count advances',
	'results.timeline.timeTitle': 'Shares over time',
	'results.timeline.coverageAxis': '% of tally sheets counted',
	'results.timeline.timeAxis': 'Date ({zone})',
	'results.timeline.shareAxis': '% of the votes counted',
	'results.timeline.descCoverage': 'Each count advances separately: {list}.',
	'results.timeline.descTime': 'Releases from {first} to {last}: {list}.',
	'results.timeline.descItem': '{tabulation}, from {from} to {to} of tally sheets',
	'results.timeline.descTimeItem': '{tabulation}, {count} releases',
	'results.timeline.line': '{candidate} · {tabulation}',
	'results.timeline.dateOnlyNote':
		'Releases without a confirmed time are drawn at midday of their date; their actual time is not known.',
	'results.timeline.partialNote':
		'Values marked * are shares of the votes of the candidates published, not of all valid votes.',
	'results.timeline.lineStyle': 'Solid line: {official}. Dashed line: {other}.',
	'results.timeline.col.snapshot': 'Release',
	'results.timeline.col.coverage': 'Coverage',
	'results.timeline.col.when': 'Date',
	'results.headline.leads': '{leader} leads',
	'results.headline.tie': '{a} and {b} are tied',
	'results.headline.margin': 'by {points} ({votes} votes) over {runnerUp}',
	'results.headline.coverage': 'Coverage',
	'results.headline.asOf': 'As of',
	'results.headline.latest': 'Latest release: {snapshot}',
	'results.switch.label': 'Main count',
	'results.switch.hint': 'The other count stays visible beside it for comparison.',
	'results.compare.on': 'Compare both counts on one chart',
	'results.selector.label': 'Releases of {tabulation}',
	'results.selector.heading': 'Every release',
	'results.outstanding.heading': 'Could it still change?',
	'results.outstanding.intro':
		'For each release with less than 100 % of tally sheets: how many votes were still to be counted (estimated) and what share of them the runner-up needed to draw level.',
	'results.outstanding.caption': 'Outstanding votes and the share the runner-up needed, by release',
	'results.outstanding.col.snapshot': 'Release',
	'results.outstanding.col.coverage': 'Coverage',
	'results.outstanding.col.shares': 'First and second (computed %)',
	'results.outstanding.col.margin': 'Lead',
	'results.outstanding.col.outstanding': 'Outstanding votes (estimate)',
	'results.outstanding.col.twoWay': 'Runner-up needed (two-way)',
	'results.outstanding.col.withMinors': 'Needed (with the others)',
	'results.outstanding.col.verdict': 'Verdict',
	'results.outstanding.assumption':
		'Assumption: the tally sheets not yet counted hold, on average, as many votes as those counted. {alternative}',
	'results.outstanding.alternativeNote':
		'Where registered electors and turnout are known, the methodology also shows the alternative estimate.',
	'results.outstanding.methodologyLink': 'How this is computed (methodology, with the arithmetic)',
	'results.verdict.decided': 'decided',
	'results.verdict.not-decided': 'not yet decided',
	'results.verdict.cannot-compute': 'cannot be computed',
	'results.verdict.coverageAnnounced': 'With {coverage} announced',
	'results.verdict.coverageUnits': 'With {counted} of {total} tally sheets counted ({coverage})',
	'results.verdict.needed': '{clause}, {runnerUp} needed {needed} of the remaining vote',
	'results.verdict.withMinors': ' ({neededMinors} if the other candidates kept their {minor})',
	'results.verdict.notDecided': ': the result was not mathematically irreversible.',
	'results.verdict.decidedText':
		': more than all of the remaining vote, so on the published figures {leader} could no longer be caught.',
	'results.verdict.complete':
		'{clause}, no votes were left to count: on the published figures, {leader} could not be caught.',
	'results.verdict.tie': '{clause}, {a} and {b} were tied: the result was not decided.',
	'results.verdict.partial':
		' Only the votes of {names} were published: the arithmetic uses those votes only.',
	'results.verdict.reason.no-coverage': 'Cannot be computed: the release gave no coverage.',
	'results.verdict.reason.nothing-counted': 'Cannot be computed: no votes had been counted.',
	'results.verdict.reason.fewer-than-two': 'Cannot be computed: only one candidate was published.',
	'results.verdict.reason.no-estimate':
		'Cannot be computed: there is no way to estimate the outstanding vote.',
	'results.snapshot.title': '{snapshot}',
	'results.snapshot.back': 'Back to the election',
	'results.snapshot.tableHeading': 'Votes and shares',
	'results.snapshot.outstandingHeading': 'Could it still change?',
	'results.methodology.title': 'Results methodology',
	'results.methodology.link': 'Results methodology',
	'results.methodology.back': 'Back to the election',
	'results.methodology.intro':
		'How Escrutinio computes each results figure, with the arithmetic done for each release. Every share is computed from vote counts; announced percentages are shown beside them and never replace them.',
	'results.methodology.sharesHeading': 'Shares and lead',
	'results.methodology.shares':
		'A candidate’s share = their votes ÷ the sum of the votes published in that release × 100. When a release does not give every candidate’s votes, the share is of the votes published, and we say so.',
	'results.methodology.margin':
		'Lead = first’s votes − second’s votes; in points, the difference of their computed shares.',
	'results.methodology.announced':
		'An announced percentage is flagged as different when it does not match the computed share rounded to the same number of decimals.',
	'results.methodology.outstandingHeading': 'Outstanding vote and the share needed',
	'results.methodology.coverage':
		'Coverage f = tally sheets counted ÷ tally sheets in all when both are published; otherwise the announced percentage.',
	'results.methodology.unitAverage':
		'Main estimate (average per tally sheet): O = C × (1 − f) ÷ f, with C the votes counted. Assumption: the tally sheets not yet counted hold, on average, as many votes as those counted.',
	'results.methodology.registered':
		'Alternative estimate (registered electors and turnout), when known: O = (registered − electors on the counted tally sheets) × turnout; when the electors on the counted tally sheets are not published, O = registered × (1 − f) × turnout. Assumption: the electors not yet counted turn out at the announced rate.',
	'results.methodology.needed':
		'Share of O the runner-up needs to draw level = (1 − m) ÷ 2 + lead ÷ (2 × O), with m the other candidates’ part of the votes counted (m = 0 for the two-way figure). Above 100 %, the runner-up cannot catch the leader even with every outstanding vote: the result is decided on the published figures.',
	'results.methodology.workedHeading': 'The arithmetic, release by release',
	'results.methodology.method.unit-average': 'Average per tally sheet',
	'results.methodology.method.registered-turnout': 'Registered electors and turnout',
	'results.methodology.step.coverage': 'f = {f}',
	'results.methodology.step.counted': 'C = {terms} = {counted}',
	'results.methodology.step.margin':
		'Lead = {leaderVotes} − {runnerUpVotes} = {margin} votes ({points})',
	'results.methodology.step.unitAverage': 'O = {counted} × (1 − {f}) ÷ {f} = {outstanding}',
	'results.methodology.step.registeredUnits':
		'O = ({registered} − {electors}) × {turnout} = {outstanding}',
	'results.methodology.step.registeredShare':
		'O = {registered} × (1 − {f}) × {turnout} = {outstanding}',
	'results.methodology.step.twoWay': 'Two-way: 1 ÷ 2 + {margin} ÷ (2 × {outstanding}) = {needed}',
	'results.methodology.step.minors':
		'With the others (m = {minor}): (1 − {minor}) ÷ 2 + {margin} ÷ (2 × {outstanding}) = {needed}',
	'results.methodology.noMinors': 'No other candidates’ votes were published: m = 0.',
	'results.methodology.complete': 'f = 1: nothing is outstanding.',
	'results.methodology.sources': 'Sources of each release’s figures: see its page.'
};
