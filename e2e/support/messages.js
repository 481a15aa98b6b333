// The app's own messages, read from the Fluent files of the tree, so a test can say "the
// person's home greets them in Basque" without writing the Basque here. Only messages whose
// value is one line (no plural selection) are read; placeholders are filled as the app does.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every interface language: its tag and its own name (the app's radio buttons). */
export const LANGUAGES = [
  { tag: 'ca', name: 'Català' },
  { tag: 'es', name: 'Español' },
  { tag: 'eu', name: 'Euskara' },
  { tag: 'gl', name: 'Galego' },
  { tag: 'pt', name: 'Português' },
  { tag: 'fr', name: 'Français' },
  { tag: 'en', name: 'English' },
];

function folders(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'target') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) folders(full, out);
    else if (entry.name === 'en.ftl') out.push(dir);
  }
  return out;
}

const cache = new Map();

function catalogue(lang) {
  if (cache.has(lang)) return cache.get(lang);
  const messages = new Map();
  for (const top of ['i18n', 'shell', 'components']) {
    for (const folder of folders(path.join(root, top))) {
      const text = fs.readFileSync(path.join(folder, `${lang}.ftl`), 'utf8');
      for (const line of text.split('\n')) {
        const found = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
        if (found && !found[2].trim().endsWith('->')) messages.set(found[1], found[2].trim());
      }
    }
  }
  cache.set(lang, messages);
  return messages;
}

/** The message `id` of `lang` with its `{ $name }` placeholders filled from `args`. */
export function message(lang, id, args = {}) {
  const value = catalogue(lang).get(id);
  if (value === undefined) throw new Error(`no one-line message ${id} in ${lang}`);
  return value.replace(/\{ *\$([a-z-]+) *\}/g, (_, name) => {
    if (!(name in args)) throw new Error(`${id} needs ${name}`);
    return String(args[name]);
  });
}
