/** Strings of the claims area. Spanish is the source; keys are prefixed with "claims.". */
export const es = {
	'claims.heading': 'Lo que se dijo y lo que se publicó',
	'claims.intro':
		'Cada declaración, con los números publicados cuando se hizo, y la aritmética que prueba si esos números la sostienen.',
	'claims.pageTitle': 'Declaraciones frente a cifras publicadas',
	'claims.pageIntro':
		'Cada declaración se compara con las cifras de cada conteo publicadas en ese momento o antes, y con las más recientes. El veredicto lo decide lo que se sabía al hacerla; lo publicado después se muestra aparte.',
	'claims.fullPageLink': 'Todas las declaraciones, los hallazgos y cómo comprobamos',
	'claims.cardLink': 'Ver esta declaración',
	'claims.backToAll': 'Todas las declaraciones',
	'claims.backToElection': 'Volver a la elección',
	'claims.summaryCaption': 'Declaraciones y veredicto frente a cada conteo, en orden de tiempo',
	'claims.colClaim': 'Declaración',
	'claims.colWhen': 'Cuándo',
	'claims.colVerdictVs': 'Frente a: {tabulation}',
	'claims.colClaimLevel': 'Sin cifras',
	'claims.none': '—',
	'claims.when': 'Cuándo',
	'claims.whenUnknown': 'Fecha no dada por las fuentes',
	'claims.channel': 'Medio',
	'claims.quote': 'Cita',
	'claims.quoteOriginal': 'Original ({lang})',
	'claims.translation': 'Traducción ({lang}, {by})',
	'claims.by.outlet': 'del medio',
	'claims.by.editorial': 'de la redacción',
	'claims.by.machine': 'automática',
	'claims.kind.verbatim': 'palabras textuales',
	'claims.kind.outlet-translation': 'traducción del medio',
	'claims.kind.paraphrase': 'paráfrasis de las fuentes',
	'claims.secondHand': 'De segunda mano: no se vio la fuente original.',
	'claims.sourcesOfClaim': 'Fuentes de la declaración',
	'claims.sourcesOfRelease': 'Fuentes de estas cifras',
	'claims.claimedAsOf': 'Cifras declaradas: {who}, {when}.',
	'claims.checksHeading': 'Qué dicen los números',
	'claims.vsTabulation': 'Frente a: {tabulation}',
	'claims.atClaimTime': 'Publicado en ese momento o antes — decide el veredicto',
	'claims.timing.before': 'publicado antes o a la vez',
	'claims.timing.unknown-order': 'mismo día, orden desconocido',
	'claims.timing.after': 'publicado después (dato más reciente)',
	'claims.releaseAsOf': '{snapshot}, {when} ({timing})',
	'claims.noneBefore':
		'Ninguna publicación de «{tabulation}» existía cuando se hizo la declaración; se muestra la más reciente como referencia.',
	'claims.partialList':
		'Porcentajes sobre los votos publicados: esta publicación no dio por separado los votos de los demás candidatos.',
	'claims.verdict.consistent': 'Coherente',
	'claims.verdict.contradicted': 'Contradicha',
	'claims.verdict.impossible': 'Aritméticamente imposible',
	'claims.verdict.not-verifiable': 'No verificable',
	'claims.verdictLabel': 'Veredicto',
	'claims.deltaCaption': 'Porcentajes declarados frente a calculados de los votos: {snapshot}',
	'claims.colCandidate': 'Candidato',
	'claims.colClaimed': 'Declarado',
	'claims.colReported': 'Publicado (calculado)',
	'claims.colDelta': 'Diferencia',
	'claims.r.leads': '{name} aventaja a {other} por {margin} votos en {snapshot}.',
	'claims.r.trails':
		'{name} va detrás de {other} por {gap} votos en {snapshot}; para empatar necesitaría el {needed} de los unos {outstanding} votos que faltaban por contar.',
	'claims.r.trailsNoCoverage': '{name} va detrás de {other} por {gap} votos en {snapshot}.',
	'claims.r.impossibleSuffix':
		'Nadie puede obtener más de todos los votos que faltan: la declaración y estas cifras no pueden ser ciertas a la vez.',
	'claims.r.belowZeroSuffix':
		'Ni con cero votos de los que faltan bajaría a esa cifra: la declaración y estas cifras no pueden ser ciertas a la vez.',
	'claims.r.shareOk':
		'{name}: declarado {claimed}, calculado de los votos {reported}: dentro del redondeo.',
	'claims.r.shareFinal':
		'Para que {name} termine con el {claimed} de los votos, necesitaría alrededor del {needed} de los unos {outstanding} votos que faltaban por contar tras {snapshot} (hasta ahí: {reported}).',
	'claims.r.shareDiff': '{name}: declarado {claimed}, calculado de los votos {reported} ({delta}).',
	'claims.r.votesOk': '{name}: {claimed} votos declarados, {reported} publicados: idénticos.',
	'claims.r.votesDiff': '{name}: {claimed} votos declarados, {reported} publicados ({delta}).',
	'claims.r.majorityOk': '{name} tiene el {reported} de los votos en {snapshot}: mayoría.',
	'claims.r.majority':
		'{name} tiene el {reported} en {snapshot}; para pasar del 50 % necesitaría el {needed} de los unos {outstanding} votos que faltaban por contar.',
	'claims.r.majorityFinal': '{name} tiene el {reported} en {snapshot}, sin mayoría.',
	'claims.r.coverage': 'Cobertura declarada {claimed}; anunciada {reported}.',
	'claims.r.qualityDecided':
		'«{word}»: {name} aventaja por {margin} votos, más que los unos {outstanding} que faltaban por contar: las cifras publicadas lo deciden.',
	'claims.r.qualityNotDecided':
		'«{word}»: no lo era según los números. {other} aún podía empatar con el {needed} de los unos {outstanding} votos que faltaban por contar ({neededMinors} si los candidatos menores mantenían su parte). Ventaja: {margin} votos.',
	'claims.r.qualityNotLeading': '«{word}»: {name} no va en cabeza en {snapshot}.',
	'claims.r.noCoverage':
		'{snapshot} no da cobertura, así que no se pueden estimar los votos que faltan.',
	'claims.r.notReported': '{snapshot} no da cifra para {name}.',
	'claims.r.round':
		'Cada cifra es el número entero más cercano a un múltiplo exacto del {step} del total: {shares}. Con el modelo indicado en «Cómo comprobamos», la probabilidad de que ocurra por azar es {prob}.',
	'claims.r.roundNot': 'Las cifras no están a un voto de múltiplos exactos del {step} del total.',
	'claims.r.chance':
		'Declarado: 1 entre {claimed}. Con nuestro modelo indicado («Cómo comprobamos»): {prob}. {agree}',
	'claims.r.chanceAgree': 'Mismo orden de magnitud; la fuente no dice con qué modelo lo calculó.',
	'claims.r.chanceDisagree': 'No coincide en orden de magnitud; la fuente no dice su modelo.',
	'claims.r.validates':
		'Dice que los resultados de «{tabulation}» son válidos, pero no publicó cifras, actas, muestra ni método que puedan comprobarse. Véanse los hallazgos sobre esas cifras.',
	'claims.r.disputes':
		'Dice que los resultados de «{tabulation}» no son fiables; eso no es una cifra que pueda comprobarse. Véanse los hallazgos sobre esas cifras.',
	'claims.r.process':
		'Afirma {summary}: un juicio sobre el proceso, no una cifra; los números publicados no pueden confirmarlo ni refutarlo.',
	'claims.prob': '≈ 1 entre {oneIn} (p ≈ {p})',
	'claims.chartTitle': 'Declarado frente a publicado',
	'claims.chartClaimed': 'Declarado ({who})',
	'claims.chartReported': '{snapshot}, {when}',
	'claims.chartDescription':
		'Porcentaje declarado y porcentaje calculado de los votos publicados en ese momento, por candidato: {pairs}.',
	'claims.chartPair': '{name}: {claimed} declarado; {reported}',
	'claims.chartAxis': '% de los votos',
	'claims.findingsHeading': 'Lo que no cuadra en las propias cifras',
	'claims.findingsIntro':
		'Comprobaciones aritméticas sobre cada publicación. Primero lo grave; las comprobaciones superadas van al final.',
	'claims.keyFindings': 'Hallazgos principales',
	'claims.severity.serious': 'Grave',
	'claims.severity.warning': 'A revisar',
	'claims.severity.info': 'Sin problema',
	'claims.passedChecks': 'Comprobaciones superadas ({count})',
	'claims.findingRelease': '{tabulation} — {snapshot}, {when}',
	'claims.findingDetails': 'Detalles y cita',
	'claims.findingDetailsLabel': 'Detalles y cita: {title} ({release})',
	'claims.findingsPage.title': 'Comprobaciones de integridad: {snapshot}',
	'claims.findingsPage.intro':
		'Las comprobaciones aritméticas sobre las cifras de esta publicación, cada una con sus tablas, sus fuentes y su cita. Primero lo grave; las comprobaciones superadas van al final.',
	'claims.findingsPage.all': 'Las comprobaciones de todas las publicaciones, resumidas',
	'claims.findingsPage.heading': 'Lo que hallaron las comprobaciones',
	'claims.findingsPage.figures': 'Las cifras comprobadas',
	'claims.findingsPage.link':
		'Comprobaciones de integridad de esta publicación: {problems} graves o a revisar, {passed} superadas',
	'claims.f.share-sum.title': 'Los porcentajes anunciados suman 100 %',
	'claims.f.share-sum.ok':
		'Los {count} porcentajes anunciados suman {sum}: dentro del redondeo (±{tolerance}).',
	'claims.f.share-sum.bad':
		'Los {count} porcentajes anunciados suman {sum}: más de lo que permite el redondeo (±{tolerance}).',
	'claims.f.announced-reproduces.title': 'Las cifras anunciadas salen de los votos',
	'claims.f.announced-reproduces.ok':
		'Las {count} cifras anunciadas se reproducen a partir de los votos dentro del redondeo.',
	'claims.f.announced-reproduces.bad': 'No se reproducen a partir de los votos: {items}.',
	'claims.f.announced-reproduces.item': '{what} anunciado {announced}, calculado {computed}',
	'claims.f.what.share': '{name}:',
	'claims.f.what.coverage': 'cobertura:',
	'claims.f.what.turnout': 'participación:',
	'claims.f.round-percentages.title': 'Porcentajes redondos (pasos del {step})',
	'claims.f.round-percentages.bad':
		'Las {n} cifras están a {maxD} votos del número entero más cercano a un múltiplo exacto del {step} de los {total} votos (un paso = {stepVotes} votos). Con el modelo uniforme indicado abajo, y {free} cifras libres (suman el total), la probabilidad de que todas queden así de cerca es {prob}.',
	'claims.f.round-percentages.ok':
		'Las cifras no están especialmente cerca de múltiplos del {step} del total (la más lejana, a {maxD} votos; probabilidad por azar {prob}).',
	'claims.f.round.colVotes': 'Votos',
	'claims.f.round.colExact': '% exacto (7 decimales)',
	'claims.f.round.colRound': 'Múltiplo más cercano',
	'claims.f.round.colDistance': 'Distancia (votos)',
	'claims.f.round.caption': 'Cifras frente a múltiplos exactos del {step} del total',
	'claims.f.monotonic.title': 'Ningún candidato pierde votos al avanzar el conteo',
	'claims.f.monotonic.ok':
		'De {a} a {b}: ningún candidato pierde votos y la cobertura no retrocede.',
	'claims.f.monotonic.bad': 'De {a} a {b}: {items}.',
	'claims.f.monotonic.item': '{name} baja de {before} a {after} votos',
	'claims.f.monotonic.coverage': 'la cobertura baja de {before} a {after}',
	'claims.f.increments.title': 'Votos añadidos por acta entre publicaciones',
	'claims.f.increments.units':
		'De {a} a {b}: {votesAdded} votos en {unitsAdded} actas añadidas, {perUnit} por acta, frente a una media de {average} antes (razón {ratio}).',
	'claims.f.increments.points':
		'De {a} a {b}: {votesAdded} votos en {unitsAdded} puntos de cobertura añadidos, {perUnit} por punto, frente a una media de {average} antes (razón {ratio}).',
	'claims.f.increments.noUnits':
		'De {a} a {b}: {votesAdded} votos añadidos sin que aumente la cobertura.',
	'claims.f.increments.odd': 'Una razón lejos de 1 (menos de ½ o más de 2) merece una pregunta.',
	'claims.f.turnout.title': 'Votantes dentro del límite de electores',
	'claims.f.turnout.registered': '{voters} votantes frente a {limit} electores inscritos.',
	'claims.f.turnout.electors-on-units':
		'{voters} votantes frente a {limit} electores en las actas contadas.',
	'claims.f.turnout.bad': 'Hay más votantes que electores: imposible.',
	'claims.f.units.title': 'Actas contadas dentro del total',
	'claims.f.units.text': '{counted} de {total} actas contadas.',
	'claims.f.units.bad': 'Más actas contadas que las que existen: imposible.',
	'claims.methodHeading': 'Cómo comprobamos',
	'claims.m.timeTitle': 'Qué cifras existían',
	'claims.m.time':
		'Una publicación cuenta como anterior a una declaración si su último instante posible es anterior o igual al primero de la declaración. Una fecha sin hora abarca todo ese día en la zona horaria de la elección: una publicación del 2 de agosto sin hora no es demostrablemente anterior a una declaración del 2 de agosto a las 10:00 («mismo día, orden desconocido»). Una declaración que anuncia una publicación se compara con ella.',
	'claims.m.outstandingTitle': 'Votos que faltan por contar',
	'claims.m.outstanding':
		'Con una cobertura f (actas contadas ÷ actas totales, o el porcentaje anunciado) y C votos contados, suponemos que las actas que faltan tienen en promedio tantos votos como las contadas: O = C × (1 − f) ÷ f.',
	'claims.m.finalTitle': 'Porcentaje final declarado',
	'claims.m.final':
		'Para terminar con una parte s del total, un candidato con v votos necesita x = (s × (C + O) − v) ÷ O de los votos que faltan. Si x > 100 % (o x < 0 %), la declaración es aritméticamente imposible con esas cifras parciales; si no, contradicha pero alcanzable.',
	'claims.m.levelTitle': 'Empate y palabras de calidad',
	'claims.m.level':
		'Quien va detrás por una diferencia d empata con x = ½ + d ÷ (2 × O) de los votos que faltan (con los menores manteniendo su parte m: x = (1 − m) ÷ 2 + d ÷ (2 × O)). «Irreversible» (y cualquier palabra de calidad) solo se sostiene si la ventaja supera todos los votos que faltan, d > O.',
	'claims.m.roundingTitle': 'Redondeo',
	'claims.m.rounding':
		'Un porcentaje declarado es coherente si el calculado de los votos está a menos de media unidad de su último decimal (70 % admite ±0,5; 51,2 % admite ±0,05).',
	'claims.m.roundTitle': 'Porcentajes redondos',
	'claims.m.round':
		'Para cada cifra v de un total T y un paso k (0,1 % o 0,01 %), un paso son L = T × k votos; la distancia al múltiplo exacto más cercano es d = |v − round(v ÷ L) × L|. Modelo: la posición de cada cifra dentro de su paso es independiente y uniforme, así que P(estar a ≤ D votos del entero más cercano al múltiplo) = min(1, (2D + 1) ÷ L). Como las n cifras suman T, solo n − 1 varían libremente: la probabilidad de que todas estén así de cerca es ((2D + 1) ÷ L)^(n − 1).',
	'claims.m.integrityTitle': 'Otras comprobaciones',
	'claims.m.integrity':
		'Los porcentajes anunciados suman 100 % dentro del redondeo; cada cifra anunciada sale de los votos; ningún candidato pierde votos entre publicaciones de un mismo conteo; votos añadidos por acta frente a la media anterior; votantes ≤ electores; actas contadas ≤ actas totales.'
} as const;

export const en: Record<keyof typeof es, string> = {
	'claims.heading': 'What was claimed and what was reported',
	'claims.intro':
		'Each claim, with the numbers reported when it was made, and the arithmetic that tests whether those numbers support it.',
	'claims.pageTitle': 'Claims against reported numbers',
	'claims.pageIntro':
		'Each claim is compared with every tabulation’s figures published at or before it, and with the latest. The verdict is decided by what was known when it was made; what was published later is shown apart.',
	'claims.fullPageLink': 'All claims, findings and how we check',
	'claims.cardLink': 'See this claim',
	'claims.backToAll': 'All claims',
	'claims.backToElection': 'Back to the election',
	'claims.summaryCaption': 'Claims and the verdict against each tabulation, in time order',
	'claims.colClaim': 'Claim',
	'claims.colWhen': 'When',
	'claims.colVerdictVs': 'Against: {tabulation}',
	'claims.colClaimLevel': 'No figures',
	'claims.none': '—',
	'claims.when': 'When',
	'claims.whenUnknown': 'Date not given by the sources',
	'claims.channel': 'Channel',
	'claims.quote': 'Quote',
	'claims.quoteOriginal': 'Original ({lang})',
	'claims.translation': 'Translation ({lang}, {by})',
	'claims.by.outlet': 'by the outlet',
	'claims.by.editorial': 'editorial',
	'claims.by.machine': 'machine',
	'claims.kind.verbatim': 'verbatim',
	'claims.kind.outlet-translation': 'the outlet’s translation',
	'claims.kind.paraphrase': 'paraphrase of the sources',
	'claims.secondHand': 'Second-hand: the original source was not seen.',
	'claims.sourcesOfClaim': 'Sources of the claim',
	'claims.sourcesOfRelease': 'Sources of these figures',
	'claims.claimedAsOf': 'Claimed figures: {who}, {when}.',
	'claims.checksHeading': 'What the numbers say',
	'claims.vsTabulation': 'Against: {tabulation}',
	'claims.atClaimTime': 'Published at or before the claim — decides the verdict',
	'claims.timing.before': 'published before or at the same time',
	'claims.timing.unknown-order': 'same day, order unknown',
	'claims.timing.after': 'published later (latest figures)',
	'claims.releaseAsOf': '{snapshot}, {when} ({timing})',
	'claims.noneBefore':
		'No release of “{tabulation}” existed when the claim was made; the latest is shown for reference.',
	'claims.partialList':
		'Shares of the votes listed: this release did not give the other candidates’ votes separately.',
	'claims.verdict.consistent': 'Consistent',
	'claims.verdict.contradicted': 'Contradicted',
	'claims.verdict.impossible': 'Arithmetically impossible',
	'claims.verdict.not-verifiable': 'Not verifiable',
	'claims.verdictLabel': 'Verdict',
	'claims.deltaCaption': 'Claimed shares against shares computed from the votes: {snapshot}',
	'claims.colCandidate': 'Candidate',
	'claims.colClaimed': 'Claimed',
	'claims.colReported': 'Reported (computed)',
	'claims.colDelta': 'Difference',
	'claims.r.leads': '{name} leads {other} by {margin} votes in {snapshot}.',
	'claims.r.trails':
		'{name} trails {other} by {gap} votes in {snapshot}; to draw level they would need {needed} of the about {outstanding} votes still outstanding.',
	'claims.r.trailsNoCoverage': '{name} trails {other} by {gap} votes in {snapshot}.',
	'claims.r.impossibleSuffix':
		'No one can win more than all of the outstanding votes: the claim and these counts cannot both be true.',
	'claims.r.belowZeroSuffix':
		'Even with none of the outstanding votes the share would not fall that low: the claim and these counts cannot both be true.',
	'claims.r.shareOk':
		'{name}: claimed {claimed}, computed from the votes {reported}: within rounding.',
	'claims.r.shareFinal':
		'For {name} to finish with {claimed} of the vote, they would need about {needed} of the roughly {outstanding} votes still outstanding after {snapshot} (so far: {reported}).',
	'claims.r.shareDiff': '{name}: claimed {claimed}, computed from the votes {reported} ({delta}).',
	'claims.r.votesOk': '{name}: {claimed} votes claimed, {reported} reported: identical.',
	'claims.r.votesDiff': '{name}: {claimed} votes claimed, {reported} reported ({delta}).',
	'claims.r.majorityOk': '{name} has {reported} of the votes in {snapshot}: a majority.',
	'claims.r.majority':
		'{name} has {reported} in {snapshot}; to finish above 50% they would need {needed} of the about {outstanding} votes still outstanding.',
	'claims.r.majorityFinal': '{name} has {reported} in {snapshot}: no majority.',
	'claims.r.coverage': 'Coverage claimed {claimed}; announced {reported}.',
	'claims.r.qualityDecided':
		'“{word}”: {name} leads by {margin} votes, more than the about {outstanding} still outstanding: the counts as reported decide it.',
	'claims.r.qualityNotDecided':
		'“{word}”: not by the numbers. {other} could still draw level with {needed} of the about {outstanding} votes still outstanding ({neededMinors} if the minor candidates kept their share). Lead: {margin} votes.',
	'claims.r.qualityNotLeading': '“{word}”: {name} does not lead in {snapshot}.',
	'claims.r.noCoverage':
		'{snapshot} gives no coverage, so the votes still outstanding cannot be estimated.',
	'claims.r.notReported': '{snapshot} gives no figure for {name}.',
	'claims.r.round':
		'Each count is the whole number nearest an exact multiple of {step} of the total: {shares}. Under the model stated in “How we check”, the chance of that happening by accident is {prob}.',
	'claims.r.roundNot':
		'The counts are not within a vote of exact multiples of {step} of the total.',
	'claims.r.chance':
		'Claimed: 1 in {claimed}. Under our stated model (“How we check”): {prob}. {agree}',
	'claims.r.chanceAgree': 'Same order of magnitude; the source does not say what model it used.',
	'claims.r.chanceDisagree':
		'Not the same order of magnitude; the source does not state its model.',
	'claims.r.validates':
		'Says the “{tabulation}” results are valid, but published no figures, tally sheets, sample or method that could be checked. See the findings on those figures.',
	'claims.r.disputes':
		'Says the “{tabulation}” results cannot be trusted; that is not a figure that can be checked. See the findings on those figures.',
	'claims.r.process':
		'Asserts {summary}: a judgement on the process, not a figure; the reported numbers can neither confirm nor refute it.',
	'claims.prob': '≈ 1 in {oneIn} (p ≈ {p})',
	'claims.chartTitle': 'Claimed against reported',
	'claims.chartClaimed': 'Claimed ({who})',
	'claims.chartReported': '{snapshot}, {when}',
	'claims.chartDescription':
		'Claimed share and share computed from the votes reported at the time, per candidate: {pairs}.',
	'claims.chartPair': '{name}: {claimed} claimed; {reported}',
	'claims.chartAxis': '% of the votes',
	'claims.findingsHeading': 'What does not add up in the reported numbers themselves',
	'claims.findingsIntro':
		'Arithmetic checks on each release. Serious findings first; checks that passed come last.',
	'claims.keyFindings': 'Key findings',
	'claims.severity.serious': 'Serious',
	'claims.severity.warning': 'Worth a question',
	'claims.severity.info': 'No problem',
	'claims.passedChecks': 'Checks passed ({count})',
	'claims.findingRelease': '{tabulation} — {snapshot}, {when}',
	'claims.findingDetails': 'Details and citation',
	'claims.findingDetailsLabel': 'Details and citation: {title} ({release})',
	'claims.findingsPage.title': 'Integrity checks: {snapshot}',
	'claims.findingsPage.intro':
		'The arithmetic checks on the figures of this release, each with its tables, its sources and its citation. Serious findings first; checks that passed come last.',
	'claims.findingsPage.all': 'The checks of every release, summarised',
	'claims.findingsPage.heading': 'What the checks found',
	'claims.findingsPage.figures': 'The figures checked',
	'claims.findingsPage.link':
		'Integrity checks of this release: {problems} serious or worth a question, {passed} passed',
	'claims.f.share-sum.title': 'Announced percentages add up to 100%',
	'claims.f.share-sum.ok':
		'The {count} announced percentages add up to {sum}: within rounding (±{tolerance}).',
	'claims.f.share-sum.bad':
		'The {count} announced percentages add up to {sum}: more than rounding allows (±{tolerance}).',
	'claims.f.announced-reproduces.title': 'Announced figures reproduce from the votes',
	'claims.f.announced-reproduces.ok':
		'All {count} announced figures reproduce from the votes within rounding.',
	'claims.f.announced-reproduces.bad': 'Do not reproduce from the votes: {items}.',
	'claims.f.announced-reproduces.item': '{what} announced {announced}, computed {computed}',
	'claims.f.what.share': '{name}:',
	'claims.f.what.coverage': 'coverage:',
	'claims.f.what.turnout': 'turnout:',
	'claims.f.round-percentages.title': 'Round percentages ({step} steps)',
	'claims.f.round-percentages.bad':
		'All {n} counts are within {maxD} votes of the whole number nearest an exact multiple of {step} of the {total} votes (one step = {stepVotes} votes). Under the uniform model stated below, with {free} free counts (they sum to the total), the chance that all land that close is {prob}.',
	'claims.f.round-percentages.ok':
		'The counts are not unusually close to multiples of {step} of the total (the farthest is {maxD} votes away; chance {prob}).',
	'claims.f.round.colVotes': 'Votes',
	'claims.f.round.colExact': 'Exact % (7 decimals)',
	'claims.f.round.colRound': 'Nearest multiple',
	'claims.f.round.colDistance': 'Distance (votes)',
	'claims.f.round.caption': 'Counts against exact multiples of {step} of the total',
	'claims.f.monotonic.title': 'No candidate loses votes as the count grows',
	'claims.f.monotonic.ok':
		'From {a} to {b}: no candidate loses votes and coverage does not shrink.',
	'claims.f.monotonic.bad': 'From {a} to {b}: {items}.',
	'claims.f.monotonic.item': '{name} falls from {before} to {after} votes',
	'claims.f.monotonic.coverage': 'coverage falls from {before} to {after}',
	'claims.f.increments.title': 'Votes added per tally sheet between releases',
	'claims.f.increments.units':
		'From {a} to {b}: {votesAdded} votes over {unitsAdded} tally sheets added, {perUnit} per sheet, against an average of {average} before (ratio {ratio}).',
	'claims.f.increments.points':
		'From {a} to {b}: {votesAdded} votes over {unitsAdded} points of coverage added, {perUnit} per point, against an average of {average} before (ratio {ratio}).',
	'claims.f.increments.noUnits':
		'From {a} to {b}: {votesAdded} votes added with no coverage added.',
	'claims.f.increments.odd': 'A ratio far from 1 (below ½ or above 2) is worth a question.',
	'claims.f.turnout.title': 'Voters within the number of electors',
	'claims.f.turnout.registered': '{voters} voters against {limit} registered electors.',
	'claims.f.turnout.electors-on-units':
		'{voters} voters against {limit} electors on the counted tally sheets.',
	'claims.f.turnout.bad': 'More voters than electors: impossible.',
	'claims.f.units.title': 'Tally sheets counted within the total',
	'claims.f.units.text': '{counted} of {total} tally sheets counted.',
	'claims.f.units.bad': 'More tally sheets counted than exist: impossible.',
	'claims.methodHeading': 'How we check',
	'claims.m.timeTitle': 'Which figures existed',
	'claims.m.time':
		'A release counts as before a claim when its latest possible instant is at or before the claim’s earliest. A date without a time spans that whole day in the election’s time zone: a release dated 2 August with no time is not provably before a claim made on 2 August at 10:00 (“same day, order unknown”). A claim that announces a release is compared with it.',
	'claims.m.outstandingTitle': 'Votes still outstanding',
	'claims.m.outstanding':
		'With coverage f (tally sheets counted ÷ total, or the announced percentage) and C votes counted, we assume the sheets not yet counted hold on average as many votes as those counted: O = C × (1 − f) ÷ f.',
	'claims.m.finalTitle': 'A claimed final share',
	'claims.m.final':
		'To finish with a share s of the total, a candidate with v votes needs x = (s × (C + O) − v) ÷ O of the outstanding votes. If x > 100% (or x < 0%), the claim is arithmetically impossible given those partial counts; otherwise it is contradicted but reachable.',
	'claims.m.levelTitle': 'Drawing level, and quality words',
	'claims.m.level':
		'A candidate trailing by d draws level with x = ½ + d ÷ (2 × O) of the outstanding votes (with minor candidates keeping their share m: x = (1 − m) ÷ 2 + d ÷ (2 × O)). “Irreversible” (and any quality word) holds only if the lead exceeds every outstanding vote, d > O.',
	'claims.m.roundingTitle': 'Rounding',
	'claims.m.rounding':
		'A claimed percentage is consistent when the share computed from the votes is within half a unit of its last decimal (70% allows ±0.5; 51.2% allows ±0.05).',
	'claims.m.roundTitle': 'Round percentages',
	'claims.m.round':
		'For each count v of a total T and a step k (0.1% or 0.01%), one step is L = T × k votes; the distance to the nearest exact multiple is d = |v − round(v ÷ L) × L|. Model: each count’s position within its step is independent and uniform, so P(within D votes of the whole number nearest the multiple) = min(1, (2D + 1) ÷ L). As the n counts sum to T, only n − 1 vary freely: the chance that all are that close is ((2D + 1) ÷ L)^(n − 1).',
	'claims.m.integrityTitle': 'Other checks',
	'claims.m.integrity':
		'Announced percentages add up to 100% within rounding; every announced figure reproduces from the votes; no candidate loses votes between releases of one tabulation; votes added per tally sheet against the earlier average; voters ≤ electors; tally sheets counted ≤ total.'
};
