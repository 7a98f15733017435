/**
 * Strings of the sheet-level checks ("what the tally sheets say"). Spanish is the source; keys are
 * prefixed with "sheets.". Written for a reader who has never heard of Benford: each test says what
 * it looks at, what a surprising result would mean and what it would not. No string calls a
 * result "fraud".
 */
export const es = {
	'sheets.pageTitle': 'Qué dicen las actas',
	'sheets.h1': 'Qué dicen las actas: {snapshot}',
	'sheets.intro':
		'Cuando un resultado se disputa, las actas (una por mesa) permiten hacer dos preguntas: ¿cuadra cada acta consigo misma?, y ¿tienen las cifras las huellas que suelen dejar los números inventados? Esta página hace las pruebas que los analistas suelen aplicar, con las cifras de cada acta de esta entrega, y dice en cada una qué mira, qué supone y qué no puede decir.',
	'sheets.noVerdict':
		'Ninguna de estas pruebas demuestra ni descarta un fraude. Un resultado llamativo es una razón para mirar esas actas (cada una enlaza a su imagen), no una conclusión.',
	'sheets.back': 'Volver a la entrega',
	'sheets.contents': 'En esta página',
	'sheets.analysedHeading': 'Actas analizadas',
	'sheets.analysed': '{n} actas: una fila por acta en el archivo {file}.',
	'sheets.releaseLine': 'Entrega «{snapshot}» de {publisher}, publicada el {asOf}.',
	'sheets.fileSources': 'Origen del archivo',
	'sheets.totalsCaption': 'Lo que suman las {n} actas (totales de la entrega)',
	'sheets.colContestant': 'Candidato',
	'sheets.colVotes': 'Votos',
	'sheets.blank': 'Votos en blanco',
	'sheets.electorsOnTables': 'Electores inscritos en estas mesas',
	'sheets.figureSource': 'Fuente: {file} ({n} actas), entrega «{snapshot}» del {asOf}.',
	'sheets.consistency.heading': '1. ¿Cuadra cada acta?',
	'sheets.consistency.intro':
		'Cada acta debe cuadrar consigo misma: los votos de los candidatos suman los votos válidos, y los votantes (válidos más nulos) no pueden ser más que los electores inscritos en la mesa. Además, cada acta debe aparecer una sola vez y con su propia imagen. Un fallo puede venir de un error al copiar el acta o de un acta alterada: la imagen permite comprobarlo.',
	'sheets.consistency.caption': 'Actas que no pasan cada comprobación',
	'sheets.consistency.colCheck': 'Comprobación',
	'sheets.consistency.colSheets': 'Actas que fallan',
	'sheets.problem.votes-sum': 'Los votos de los candidatos no suman los votos válidos',
	'sheets.problem.over-registered':
		'Más votantes (válidos + nulos) que electores inscritos: participación por encima del 100 %',
	'sheets.problem.duplicate-sheet': 'La misma acta aparece en más de una fila',
	'sheets.problem.duplicate-image': 'La misma imagen se da para más de un acta',
	'sheets.consistency.withoutRegistered':
		'{n} actas no dan el número de electores inscritos: en ellas no se puede comprobar la participación.',
	'sheets.consistency.allPass': 'Ninguna de las {n} actas falla estas comprobaciones.',
	'sheets.consistency.failingCaption': 'Actas que fallan alguna comprobación ({n})',
	'sheets.capped': 'Se muestran las primeras {shown} de {total}.',
	'sheets.colSheet': 'Acta',
	'sheets.colPlace': 'Lugar',
	'sheets.colCentre': 'Centro',
	'sheets.colTable': 'Mesa',
	'sheets.colProblems': 'Problema',
	'sheets.colCandidatesSum': 'Suma de candidatos',
	'sheets.colValid': 'Válidos',
	'sheets.colNull': 'Nulos',
	'sheets.colRegistered': 'Inscritos',
	'sheets.colImage': 'Imagen',
	'sheets.imageLink': 'imagen',
	'sheets.imageLabel': 'Imagen del acta {sheet}',
	'sheets.noImage': 'sin imagen',
	'sheets.sameRows': 'igual clave que la fila {rows}',
	'sheets.sameImage': 'misma imagen que {sheets}',
	'sheets.turnout.heading': '2. Participación por acta',
	'sheets.turnout.intro':
		'La participación de un acta es el número de votantes (votos válidos más nulos) dividido por los electores inscritos en esa mesa. En casi todas las elecciones las actas forman una sola campana alrededor de la participación general. Una segunda joroba cerca del 100 % es lo que deja añadir papeletas en algunas mesas; también puede deberse a mesas pequeñas o a comunidades muy movilizadas. Ninguna mesa honesta puede pasar del 100 %.',
	'sheets.turnout.title': 'Cuántas actas tienen cada participación',
	'sheets.turnout.desc':
		'Participación de {n} actas: mediana {median}, total {overall}; la franja más frecuente es {band} ({bandCount} actas); {high} actas con {threshold} o más.',
	'sheets.turnout.descEmpty': 'Ninguna acta da el número de electores inscritos.',
	'sheets.turnout.axisX': 'Participación del acta (votantes / inscritos)',
	'sheets.turnout.axisY': 'Actas',
	'sheets.turnout.tooltip': '{count} actas',
	'sheets.turnout.binAbove': 'más de {percent}',
	'sheets.turnout.colBand': 'Participación',
	'sheets.turnout.colSheets': 'Actas',
	'sheets.turnout.summaryCaption': 'Participación de las actas: resumen',
	'sheets.turnout.median': 'Participación mediana de las actas (la mitad está por debajo)',
	'sheets.turnout.overall':
		'Participación de todas las actas juntas (todos los votantes / todos los inscritos)',
	'sheets.turnout.atOrAbove': 'Actas con participación de {threshold} o más',
	'sheets.turnout.over100': 'Actas por encima del 100 %',
	'sheets.turnout.highHeading': 'Actas con participación de {threshold} o más',
	'sheets.turnout.highIntro':
		'Una participación muy alta no es un error por sí misma, pero son las primeras actas que conviene mirar. La última columna da el porcentaje de {name} (quien más votos tiene en estas actas) en cada una.',
	'sheets.turnout.highIntroNoLeader':
		'Una participación muy alta no es un error por sí misma, pero son las primeras actas que conviene mirar.',
	'sheets.turnout.highNone': 'Ninguna acta llega al {threshold}.',
	'sheets.turnout.highCaption': 'Actas con participación de {threshold} o más ({n})',
	'sheets.colTurnout': 'Participación',
	'sheets.colVoters': 'Votantes',
	'sheets.colLeaderShare': '{name}: % de los válidos',
	'sheets.fingerprint.heading': '3. La «huella» de la elección',
	'sheets.fingerprint.intro':
		'Klimek, Yegorov, Hanel y Thurner (PNAS, 2012) propusieron mirar todas las actas a la vez en un mapa de calor: cada acta se coloca según su participación (de abajo arriba) y según el porcentaje que obtuvo el candidato con más votos (de izquierda a derecha). En la mayoría de las elecciones las actas forman una sola mancha más o menos redonda.',
	'sheets.fingerprint.meaning':
		'Qué significaría una estela hacia la esquina de arriba a la derecha (participación y porcentaje cerca del 100 %): es la marca que deja añadir votos a un candidato en algunas mesas, porque sube a la vez la participación y su porcentaje. Qué no significaría: no prueba nada por sí sola; comunidades pequeñas y muy homogéneas pueden votar así. Y una mancha limpia no descarta otros problemas, como actas sustituidas enteras.',
	'sheets.fingerprint.title': 'Actas por participación y por porcentaje de {name}',
	'sheets.fingerprint.desc':
		'{n} actas colocadas por participación y por porcentaje de {name}: la celda más poblada es participación {turnout} con {share} para {name} ({count} actas); {corner} actas tienen ambas cifras en {threshold} o más.',
	'sheets.fingerprint.descEmpty': 'No hay actas con electores inscritos y votos válidos.',
	'sheets.fingerprint.axisX': '{name}: % de los votos válidos del acta',
	'sheets.fingerprint.axisY': 'Participación del acta',
	'sheets.fingerprint.tooltip': 'Participación {turnout}, {name} {share}: {count} actas',
	'sheets.fingerprint.legend':
		'Color: número de actas en la celda, en escala logarítmica, del color más oscuro (1 acta) al amarillo ({max} actas). Celda vacía: ninguna acta.',
	'sheets.fingerprint.tableCaption':
		'Número de actas por participación (filas) y porcentaje de {name} (columnas)',
	'sheets.fingerprint.corner':
		'Actas con participación y porcentaje de {name} ambos de {threshold} o más: {n}.',
	'sheets.fingerprint.leftOut':
		'Fuera del mapa: {noRegistered} actas sin electores inscritos, {noValid} sin votos válidos, {over100} por encima del 100 % de participación.',
	'sheets.fingerprint.colTurnout': 'Participación ↓ / {name} →',
	'sheets.digits.pExplain':
		'Cómo leer el valor p: si las cifras fueran honestas y siguieran la ley que supone la prueba, el valor p es la probabilidad de que el azar por sí solo produjera una diferencia al menos tan grande como la observada. Un valor p muy pequeño dice que los dígitos no siguen esa ley; no dice por qué. Con muchas pruebas a la vez, alguna saldrá pequeña por puro azar.',
	'sheets.last.heading': '4. El último dígito',
	'sheets.last.intro':
		'Beber y Scacco (Political Analysis, 2012) observaron que el último dígito de un conteo honesto de votos es casi puro azar: cada dígito del 0 al 9 aparece en torno al 10 % de las veces. Las personas que inventan números, en cambio, repiten algunos dígitos y evitan otros. La prueba compara, para cada uno de los dos candidatos con más votos, cuántas actas terminan en cada dígito con el 10 % esperado.',
	'sheets.last.limits':
		'Límites: solo se cuentan las actas en que el candidato tiene 10 votos o más (en cifras menores el último dígito depende del tamaño de la mesa). Una cifra copiada de otra acta, o un acta inventada con cuidado, puede pasar la prueba.',
	'sheets.second.heading': '5. El segundo dígito (ley de Benford)',
	'sheets.second.intro':
		'En muchas colecciones de números reales (poblaciones, precios) los dígitos no aparecen con la misma frecuencia: es la ley de Benford. Walter Mebane propuso aplicarla al segundo dígito de los votos de cada mesa (la prueba «2BL»): según esa ley, el 0 debería ser el segundo dígito más frecuente (11,97 %) y el 9 el menos (8,50 %), con un segundo dígito medio de 4,187.',
	'sheets.second.criticism':
		'Una crítica publicada: Deckert, Myagkov y Ordeshook (Political Analysis, 2011) mostraron que elecciones limpias no siguen esta ley y que fraudes simulados sí pueden seguirla, porque los votos de mesas de tamaño parecido no tienen por qué seguir la ley de Benford. Por eso un resultado de esta prueba, en uno u otro sentido, dice poco por sí solo. Se muestra porque se cita a menudo.',
	'sheets.digits.stats':
		'{name}: {n} actas con {min} votos o más ({excluded} con menos quedan fuera). Chi cuadrado = {chi} con {df} grados de libertad; valor p = {p}. Dígito medio: {mean} (esperado: {expected}).',
	'sheets.digits.tableCaption': '{name}: {test}, actas por dígito',
	'sheets.digits.testLast': 'último dígito',
	'sheets.digits.testSecond': 'segundo dígito',
	'sheets.digits.colDigit': 'Dígito',
	'sheets.digits.colObserved': 'Actas',
	'sheets.digits.colObservedPct': '% observado',
	'sheets.digits.colExpected': 'Actas esperadas',
	'sheets.digits.colExpectedPct': '% esperado',
	'sheets.digits.none': '{name}: ninguna acta con {min} votos o más.',
	'sheets.reading.none':
		'Lectura: el azar daría una diferencia así de grande en aproximadamente {pct} de los conteos honestos. Nada fuera de lo común.',
	'sheets.reading.some':
		'Lectura: el azar daría una diferencia así de grande en aproximadamente {pct} de los conteos honestos. Algo inusual, pero no concluyente cuando se hacen varias pruebas.',
	'sheets.reading.strong':
		'Lectura: el azar casi nunca daría una diferencia así de grande (valor p por debajo de 0,001). Los dígitos no siguen la ley que supone la prueba; la prueba no puede decir por qué.',
	'sheets.pLessThan': 'menos de {p}',
	'sheets.region.heading': '6. Por {level}',
	'sheets.region.headingGeneric': '6. Por región',
	'sheets.region.intro':
		'Las mismas cifras por {level}, para ver dónde están las actas que fallan o las de participación muy alta.',
	'sheets.region.caption': 'Comprobaciones y participación por {level}',
	'sheets.region.colRegion': 'Región',
	'sheets.region.colSheets': 'Actas',
	'sheets.region.colFailing': 'Actas con algún problema',
	'sheets.region.colMedian': 'Participación mediana',
	'sheets.region.colOverall': 'Participación total',
	'sheets.region.colHigh': 'Actas con {threshold} o más',
	'sheets.region.unassigned': '{n} actas no pertenecen a ninguna región de este nivel.',
	'sheets.refs.heading': 'Métodos y referencias',
	'sheets.refs.intro':
		'Todas las cifras se calculan al construir el sitio a partir del archivo de actas, sin redondeos intermedios. El valor p de las pruebas de dígitos es la cola superior de la distribución chi cuadrado con 9 grados de libertad.',
	'sheets.refs.klimek':
		'Klimek, P., Yegorov, Y., Hanel, R. y Thurner, S. (2012). «Statistical detection of systematic election irregularities». PNAS 109 (41).',
	'sheets.refs.beber':
		'Beber, B. y Scacco, A. (2012). «What the Numbers Say: A Digit-Based Test for Election Fraud». Political Analysis 20 (2).',
	'sheets.refs.mebane':
		'Mebane, W. R. Trabajos sobre la prueba del segundo dígito de Benford (2BL) en conteos de votos, desde 2006.',
	'sheets.refs.deckert':
		'Deckert, J., Myagkov, M. y Ordeshook, P. C. (2011). «Benford’s Law and the Detection of Election Fraud». Political Analysis 19 (3).',
	'sheets.link.heading': 'Qué dicen las actas',
	'sheets.link.intro':
		'Pruebas estadísticas con las cifras de cada acta: si cuadran, la participación, la «huella» de la elección y las pruebas de dígitos, explicadas.',
	'sheets.link.item': '{snapshot}: pruebas de las {n} actas',
	'sheets.link.official':
		'{publisher} no publicó resultados acta por acta, así que estas pruebas no se pueden hacer con sus boletines.',
	'sheets.release.heading': 'Pruebas de las actas',
	'sheets.release.link':
		'Qué dicen las {n} actas de esta entrega: pruebas estadísticas, explicadas',
	'sheets.release.official':
		'{publisher} no publicó los resultados de cada acta (mesa). Sin ellos no se pueden hacer las pruebas estadísticas de las actas (si cuadran, participación por mesa, dígitos) con esta entrega.',
	'sheets.release.none':
		'Estos datos no tienen las cifras de cada acta de esta entrega, así que no se pueden hacer con ella las pruebas estadísticas de las actas.'
} as const;

export const en: Record<keyof typeof es, string> = {
	'sheets.pageTitle': 'What the tally sheets say',
	'sheets.h1': 'What the tally sheets say: {snapshot}',
	'sheets.intro':
		'When a result is disputed, the tally sheets (one per polling table) let us ask two questions: does each sheet add up, and do the figures carry the marks that invented numbers tend to leave? This page runs the tests analysts usually apply, on the figures of every sheet in this release, and says for each what it looks at, what it assumes and what it cannot tell.',
	'sheets.noVerdict':
		'None of these tests proves or rules out fraud. A striking result is a reason to look at those sheets (each links to its image), not a conclusion.',
	'sheets.back': 'Back to the release',
	'sheets.contents': 'On this page',
	'sheets.analysedHeading': 'Sheets analysed',
	'sheets.analysed': '{n} tally sheets: one row per sheet in the file {file}.',
	'sheets.releaseLine': 'Release “{snapshot}” by {publisher}, published {asOf}.',
	'sheets.fileSources': 'Origin of the file',
	'sheets.totalsCaption': 'What the {n} sheets add up to (the release’s totals)',
	'sheets.colContestant': 'Candidate',
	'sheets.colVotes': 'Votes',
	'sheets.blank': 'Blank votes',
	'sheets.electorsOnTables': 'Electors registered at these tables',
	'sheets.figureSource': 'Source: {file} ({n} sheets), release “{snapshot}” of {asOf}.',
	'sheets.consistency.heading': '1. Does each sheet add up?',
	'sheets.consistency.intro':
		'Each sheet must agree with itself: the candidates’ votes add up to the valid votes, and the voters (valid plus null) cannot outnumber the electors registered at the table. Each sheet must also appear once, with its own image. A failure may come from a copying error or from an altered sheet: the image lets anyone check.',
	'sheets.consistency.caption': 'Sheets failing each check',
	'sheets.consistency.colCheck': 'Check',
	'sheets.consistency.colSheets': 'Sheets failing',
	'sheets.problem.votes-sum': 'The candidates’ votes do not add up to the valid votes',
	'sheets.problem.over-registered':
		'More voters (valid + null) than registered electors: turnout above 100%',
	'sheets.problem.duplicate-sheet': 'The same sheet appears on more than one row',
	'sheets.problem.duplicate-image': 'The same image is given for more than one sheet',
	'sheets.consistency.withoutRegistered':
		'{n} sheets do not give the number of registered electors: their turnout cannot be checked.',
	'sheets.consistency.allPass': 'None of the {n} sheets fails these checks.',
	'sheets.consistency.failingCaption': 'Sheets failing a check ({n})',
	'sheets.capped': 'The first {shown} of {total} are shown.',
	'sheets.colSheet': 'Sheet',
	'sheets.colPlace': 'Place',
	'sheets.colCentre': 'Centre',
	'sheets.colTable': 'Table',
	'sheets.colProblems': 'Problem',
	'sheets.colCandidatesSum': 'Candidates’ sum',
	'sheets.colValid': 'Valid',
	'sheets.colNull': 'Null',
	'sheets.colRegistered': 'Registered',
	'sheets.colImage': 'Image',
	'sheets.imageLink': 'image',
	'sheets.imageLabel': 'Image of sheet {sheet}',
	'sheets.noImage': 'no image',
	'sheets.sameRows': 'same key as row {rows}',
	'sheets.sameImage': 'same image as {sheets}',
	'sheets.turnout.heading': '2. Turnout by sheet',
	'sheets.turnout.intro':
		'A sheet’s turnout is its number of voters (valid plus null votes) divided by the electors registered at that table. In almost every election the sheets form a single bell around the overall turnout. A second hump near 100% is what adding ballots at some tables leaves behind; small tables or highly mobilised communities can also cause it. No honest table can go above 100%.',
	'sheets.turnout.title': 'How many sheets have each turnout',
	'sheets.turnout.desc':
		'Turnout of {n} sheets: median {median}, overall {overall}; the most common band is {band} ({bandCount} sheets); {high} sheets at or above {threshold}.',
	'sheets.turnout.descEmpty': 'No sheet gives the number of registered electors.',
	'sheets.turnout.axisX': 'Turnout of the sheet (voters / registered)',
	'sheets.turnout.axisY': 'Sheets',
	'sheets.turnout.tooltip': '{count} sheets',
	'sheets.turnout.binAbove': 'over {percent}',
	'sheets.turnout.colBand': 'Turnout',
	'sheets.turnout.colSheets': 'Sheets',
	'sheets.turnout.summaryCaption': 'Turnout of the sheets: summary',
	'sheets.turnout.median': 'Median sheet turnout (half the sheets are below it)',
	'sheets.turnout.overall': 'Turnout of all sheets together (all voters / all registered)',
	'sheets.turnout.atOrAbove': 'Sheets with turnout of {threshold} or more',
	'sheets.turnout.over100': 'Sheets above 100%',
	'sheets.turnout.highHeading': 'Sheets with turnout of {threshold} or more',
	'sheets.turnout.highIntro':
		'A very high turnout is not an error in itself, but these are the first sheets worth a look. The last column gives the share of {name} (who has the most votes on these sheets) on each.',
	'sheets.turnout.highIntroNoLeader':
		'A very high turnout is not an error in itself, but these are the first sheets worth a look.',
	'sheets.turnout.highNone': 'No sheet reaches {threshold}.',
	'sheets.turnout.highCaption': 'Sheets with turnout of {threshold} or more ({n})',
	'sheets.colTurnout': 'Turnout',
	'sheets.colVoters': 'Voters',
	'sheets.colLeaderShare': '{name}: % of valid',
	'sheets.fingerprint.heading': '3. The election’s “fingerprint”',
	'sheets.fingerprint.intro':
		'Klimek, Yegorov, Hanel and Thurner (PNAS, 2012) proposed looking at all sheets at once in a heat map: each sheet is placed by its turnout (bottom to top) and by the share won by the candidate with the most votes (left to right). In most elections the sheets form one roughly round blob.',
	'sheets.fingerprint.meaning':
		'What a smear towards the top-right corner (turnout and share both near 100%) would mean: it is the mark left by adding votes for one candidate at some tables, since that raises both the turnout and the candidate’s share. What it would not mean: it proves nothing on its own; small, very homogeneous communities can vote that way. And a clean blob does not rule out other problems, such as whole sheets replaced.',
	'sheets.fingerprint.title': 'Sheets by turnout and by {name}’s share',
	'sheets.fingerprint.desc':
		'{n} sheets placed by turnout and by {name}’s share: the busiest cell is turnout {turnout} with {share} for {name} ({count} sheets); {corner} sheets have both at or above {threshold}.',
	'sheets.fingerprint.descEmpty': 'No sheet has both registered electors and valid votes.',
	'sheets.fingerprint.axisX': '{name}: % of the sheet’s valid votes',
	'sheets.fingerprint.axisY': 'Turnout of the sheet',
	'sheets.fingerprint.tooltip': 'Turnout {turnout}, {name} {share}: {count} sheets',
	'sheets.fingerprint.legend':
		'Colour: number of sheets in the cell, on a logarithmic scale, from the darkest colour (1 sheet) to yellow ({max} sheets). Empty cell: no sheet.',
	'sheets.fingerprint.tableCaption':
		'Number of sheets by turnout (rows) and {name}’s share (columns)',
	'sheets.fingerprint.corner':
		'Sheets with turnout and {name}’s share both at or above {threshold}: {n}.',
	'sheets.fingerprint.leftOut':
		'Left off the map: {noRegistered} sheets without registered electors, {noValid} without valid votes, {over100} with turnout above 100%.',
	'sheets.fingerprint.colTurnout': 'Turnout ↓ / {name} →',
	'sheets.digits.pExplain':
		'How to read the p-value: if the figures were honest and followed the law the test assumes, the p-value is the chance that luck alone would produce a difference at least as large as the one observed. A very small p-value says the digits do not follow that law; it does not say why. Run many tests and one will come out small by pure chance.',
	'sheets.last.heading': '4. The last digit',
	'sheets.last.intro':
		'Beber and Scacco (Political Analysis, 2012) noted that the last digit of an honest vote count is close to pure chance: each digit from 0 to 9 turns up about 10% of the time. People who invent numbers, on the other hand, repeat some digits and avoid others. The test compares, for each of the two candidates with the most votes, how many sheets end in each digit with the expected 10%.',
	'sheets.last.limits':
		'Limits: only sheets where the candidate has 10 votes or more are counted (in smaller numbers the last digit depends on the size of the table). A figure copied from another sheet, or a carefully invented sheet, can pass the test.',
	'sheets.second.heading': '5. The second digit (Benford’s law)',
	'sheets.second.intro':
		'In many collections of real-world numbers (populations, prices) the digits do not turn up equally often: this is Benford’s law. Walter Mebane proposed applying it to the second digit of each table’s votes (the “2BL” test): under that law 0 should be the most frequent second digit (11.97%) and 9 the least (8.50%), with a mean second digit of 4.187.',
	'sheets.second.criticism':
		'A published criticism: Deckert, Myagkov and Ordeshook (Political Analysis, 2011) showed that clean elections fail this law and simulated frauds can pass it, because the votes of tables of similar size have no reason to follow Benford’s law. So a result of this test, either way, says little on its own. It is shown because it is often quoted.',
	'sheets.digits.stats':
		'{name}: {n} sheets with {min} votes or more ({excluded} with fewer are left out). Chi-square = {chi} with {df} degrees of freedom; p-value = {p}. Mean digit: {mean} (expected: {expected}).',
	'sheets.digits.tableCaption': '{name}: {test}, sheets per digit',
	'sheets.digits.testLast': 'last digit',
	'sheets.digits.testSecond': 'second digit',
	'sheets.digits.colDigit': 'Digit',
	'sheets.digits.colObserved': 'Sheets',
	'sheets.digits.colObservedPct': '% observed',
	'sheets.digits.colExpected': 'Sheets expected',
	'sheets.digits.colExpectedPct': '% expected',
	'sheets.digits.none': '{name}: no sheet with {min} votes or more.',
	'sheets.reading.none':
		'Reading: chance would give a difference this large in about {pct} of honest counts. Nothing out of the ordinary.',
	'sheets.reading.some':
		'Reading: chance would give a difference this large in about {pct} of honest counts. Somewhat unusual, but not conclusive when several tests are run.',
	'sheets.reading.strong':
		'Reading: chance would almost never give a difference this large (p-value below 0.001). The digits do not follow the law the test assumes; the test cannot say why.',
	'sheets.pLessThan': 'less than {p}',
	'sheets.region.heading': '6. By {level}',
	'sheets.region.headingGeneric': '6. By region',
	'sheets.region.intro':
		'The same figures by {level}, to see where the failing sheets or the very high turnouts are.',
	'sheets.region.caption': 'Checks and turnout by {level}',
	'sheets.region.colRegion': 'Region',
	'sheets.region.colSheets': 'Sheets',
	'sheets.region.colFailing': 'Sheets with a problem',
	'sheets.region.colMedian': 'Median turnout',
	'sheets.region.colOverall': 'Overall turnout',
	'sheets.region.colHigh': 'Sheets at {threshold} or more',
	'sheets.region.unassigned': '{n} sheets belong to no region of this level.',
	'sheets.refs.heading': 'Methods and references',
	'sheets.refs.intro':
		'Every figure is computed when the site is built, from the sheet file, without intermediate rounding. The p-value of the digit tests is the upper tail of the chi-square distribution with 9 degrees of freedom.',
	'sheets.refs.klimek':
		'Klimek, P., Yegorov, Y., Hanel, R. and Thurner, S. (2012). “Statistical detection of systematic election irregularities”. PNAS 109 (41).',
	'sheets.refs.beber':
		'Beber, B. and Scacco, A. (2012). “What the Numbers Say: A Digit-Based Test for Election Fraud”. Political Analysis 20 (2).',
	'sheets.refs.mebane':
		'Mebane, W. R. Papers on the second-digit Benford (2BL) test of vote counts, from 2006 on.',
	'sheets.refs.deckert':
		'Deckert, J., Myagkov, M. and Ordeshook, P. C. (2011). “Benford’s Law and the Detection of Election Fraud”. Political Analysis 19 (3).',
	'sheets.link.heading': 'What the tally sheets say',
	'sheets.link.intro':
		'Statistical tests on the figures of each sheet: whether they add up, turnout, the election’s “fingerprint” and the digit tests, explained.',
	'sheets.link.item': '{snapshot}: tests of the {n} sheets',
	'sheets.link.official':
		'{publisher} published no results sheet by sheet, so these tests cannot be run on its bulletins.',
	'sheets.release.heading': 'Tests of the tally sheets',
	'sheets.release.link': 'What the {n} sheets of this release say: statistical tests, explained',
	'sheets.release.official':
		'{publisher} did not publish the results of each tally sheet (table). Without them, the sheet-level statistical tests (whether they add up, turnout by table, digits) cannot be run on this release.',
	'sheets.release.none':
		'These data do not hold the figures of each tally sheet of this release, so the sheet-level statistical tests cannot be run on it.'
};
