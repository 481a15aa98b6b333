// The table of scan/README.md from what each switch journey took (one JSON line per
// journey and way, written by specs/switch-journeys.spec.js with PICTOKIT_PRESSES): run
// through scripts/scan-presses.
import fs from 'node:fs';

const STEP_S = 2; // domain::scanning::Access::default().scan_ms
const rows = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const journeys = [...new Set(rows.map((r) => r.journey))];
const find = (journey, method, pattern) => rows.find((r) => r.journey === journey && r.method === method && r.pattern === pattern);
const PATTERNS = ['row-column', 'items', 'groups'];

/** A cell: the figure, and how far it is from the best pattern's (bold when it is the best). */
function cell(value, best) {
  if (value === undefined) return '–';
  if (value === best) return `**${value}**`;
  return `${value} (+${Math.round(((value - best) / best) * 100)} %)`;
}

const lines = [];
lines.push(`One switch (automatic scanning, ${STEP_S} s a step): presses, and the seconds the light takes to get there.`);
lines.push('');
lines.push(`| Journey | ${PATTERNS.map((p) => `${p}: presses`).join(' | ')} | ${PATTERNS.map((p) => `${p}: seconds`).join(' | ')} |`);
lines.push(`|---|${PATTERNS.map(() => '---:').join('|')}|${PATTERNS.map(() => '---:').join('|')}|`);
for (const journey of journeys) {
  const auto = PATTERNS.map((p) => find(journey, 'auto', p));
  const presses = auto.map((r) => r && r.presses);
  const seconds = auto.map((r) => r && r.steps * STEP_S);
  const bestP = Math.min(...presses.filter((v) => v !== undefined));
  const bestS = Math.min(...seconds.filter((v) => v !== undefined));
  lines.push(`| ${journey} | ${presses.map((v) => cell(v, bestP)).join(' | ')} | ${seconds.map((v) => cell(v, bestS)).join(' | ')} |`);
}
lines.push('');
lines.push('Two switches (one moves the light, one chooses) and the arrow keys (and Enter): presses.');
lines.push('');
lines.push(`| Journey | ${PATTERNS.map((p) => `two switches, ${p}`).join(' | ')} | arrow keys |`);
lines.push(`|---|${PATTERNS.map(() => '---:').join('|')}|---:|`);
for (const journey of journeys) {
  const step = PATTERNS.map((p) => find(journey, 'step', p)).map((r) => r && r.presses);
  const keys = find(journey, 'keys', null);
  const best = Math.min(...step.filter((v) => v !== undefined));
  lines.push(`| ${journey} | ${step.map((v) => cell(v, best)).join(' | ')} | ${keys ? keys.presses : '–'} |`);
}
console.log(lines.join('\n'));
