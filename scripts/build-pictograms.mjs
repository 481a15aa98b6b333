#!/usr/bin/env node
// Builds Pictokit's bundled pictogram set (issue #3) from npm packages at locked versions:
// OpenMoji's SVGs and metadata, and the Unicode CLDR names and keywords in the six
// languages Pictokit speaks.
//
//   node scripts/build-pictograms.mjs           writes pictograms/data/index.json (committed)
//                                                and public/pictograms/openmoji/ (generated)
//   node scripts/build-pictograms.mjs --check   exits 1 when the committed index is stale
//
// Three small tables of our own sit on top of CLDR (issue #21): EVERYDAY words a person
// uses that CLDR's names lack, NOT_KEYWORDS that find a symbol only by accident, and the
// CATEGORY_PICTURES; each entry says why.
//
// The output is deterministic: OpenMoji's `order`, no timestamps, one symbol per line.
// .cache/build-pictograms.stamp (outside public/, so it is never shipped) holds a hash of
// package-lock.json and this script and the number of files written; when it matches
// and the files are there, nothing is done ("build-pictograms: up to date").

import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MODULES = path.join(ROOT, "node_modules");
const COMMITTED_INDEX = path.join(ROOT, "pictograms/data/index.json");
const OUT_DIR = path.join(ROOT, "public/pictograms/openmoji");
const STAMP = path.join(ROOT, ".cache/build-pictograms.stamp");

/** Languages in the order of the index's `n` and `k` arrays. */
const LANGUAGES = ["ca", "es", "en", "eu", "gl", "fr", "pt"];
/** Where a language without a name for a symbol borrows one, in order. */
const FALLBACKS = { ca: ["es", "en"], es: ["en"], en: [], eu: ["es", "en"], gl: ["es", "en"], fr: ["en"], pt: ["en"] };

/** Category ids; the index refers to them by position, so only ever append. */
const CATEGORIES = [
  "food", "drinks", "home", "hygiene", "clothes", "people", "body", "feelings", "activities",
  "health", "places", "transport", "time", "weather", "nature", "leisure", "school-work",
  "technology", "money", "symbols",
];

const SKIPPED_GROUPS = new Set(["flags", "component", "extras-openmoji", "extras-unicode"]);

/** Every OpenMoji subgroup of the selected groups and its categories. An unmapped subgroup fails the build. */
const SUBGROUPS = {
  "smileys-emotion": {
    "face-smiling": ["feelings"], "face-affection": ["feelings"], "face-tongue": ["feelings"],
    "face-hand": ["feelings"], "face-neutral-skeptical": ["feelings"], "face-sleepy": ["feelings"],
    "face-unwell": ["feelings"], "face-hat": ["feelings"], "face-glasses": ["feelings"],
    "face-concerned": ["feelings"], "face-negative": ["feelings"], "face-costume": ["feelings"],
    "cat-face": ["feelings"], "monkey-face": ["feelings"], heart: ["feelings"], emotion: ["feelings"],
  },
  "people-body": {
    "hand-fingers-open": ["body"], "hand-fingers-partial": ["body"], "hand-single-finger": ["body"],
    "hand-fingers-closed": ["body"], hands: ["body"], "hand-prop": ["body"], "body-parts": ["body"],
    person: ["people"], "person-gesture": ["people"], "person-role": ["people"],
    "person-fantasy": ["people"], family: ["people"], "person-symbol": ["people"],
    "person-activity": ["activities"], "person-resting": ["activities"], "person-sport": ["leisure"],
  },
  "animals-nature": {
    "animal-mammal": ["nature"], "animal-bird": ["nature"], "animal-amphibian": ["nature"],
    "animal-reptile": ["nature"], "animal-marine": ["nature"], "animal-bug": ["nature"],
    "plant-flower": ["nature"], "plant-other": ["nature"],
  },
  "food-drink": {
    "food-fruit": ["food"], "food-vegetable": ["food"], "food-prepared": ["food"],
    "food-asian": ["food"], "food-sweet": ["food"], drink: ["drinks"], dishware: ["home", "food"],
  },
  "travel-places": {
    "place-map": ["places"], "place-geographic": ["places", "nature"], "place-building": ["places"],
    "place-religious": ["places"], "place-other": ["places"], "transport-ground": ["transport"],
    "transport-water": ["transport"], "transport-air": ["transport"], hotel: ["places"],
    time: ["time"], "sky-weather": ["weather"],
  },
  activities: {
    event: ["leisure"], "award-medal": ["leisure"], sport: ["leisure"], game: ["leisure"],
    "arts-crafts": ["leisure"],
  },
  objects: {
    clothing: ["clothes"], sound: ["leisure"], music: ["leisure"], "musical-instrument": ["leisure"],
    phone: ["technology"], computer: ["technology"], "light-video": ["technology"],
    "book-paper": ["school-work"], money: ["money"], mail: ["school-work"], writing: ["school-work"],
    office: ["school-work"], lock: ["home"], tool: ["home"], science: ["school-work"],
    medical: ["health"], household: ["home"], "other-object": ["symbols"],
  },
  symbols: {
    "transport-sign": ["symbols"], warning: ["symbols"], arrow: ["symbols"], religion: ["symbols"],
    zodiac: ["symbols"], "av-symbol": ["symbols"], gender: ["symbols"], math: ["symbols"],
    punctuation: ["symbols"], currency: ["symbols", "money"], "other-symbol": ["symbols"],
    keycap: ["symbols"], alphanum: ["symbols"], geometric: ["symbols"],
  },
};

/** Extra categories by hexcode, for the everyday ones a subgroup misses. An unknown hexcode fails the build. */
const EXTRA = {
  hygiene: [
    "1FAA5", "1F9FC", "1F6BF", "1F6C1", "1F6BD", "1F9FD", "1F9FB", "1F9F4", "1FA92", "1F6C0",
    "1FAE7", "1F6BE", "1F6BB", "1F6B9", "1F6BA", "1FA9E", "1F487", "1F485", "1F9F9",
  ],
  health: [
    "1F3E5", "1F48A", "1F489", "1F912", "1F915", "1F927", "1F922", "1F92E", "1F691", "1FA7A",
    "1FA79", "1F637", "1FA7C", "1FA7B", "1FA78", "1F9B7", "1F9D1-200D-2695-FE0F",
    "1F468-200D-2695-FE0F", "1F469-200D-2695-FE0F", "2695", "1F9BD", "1F9BC", "1F9AF", "1F9BB",
    "1F9BE", "1F9BF", "1FAC0", "1FAC1", "1F321", "1F9A0", "1F6CC",
  ],
  activities: [
    "1F6CF", "1F634", "1F4A4", "1F971", "1F37D", "1F9FA", "1F6D2", "1F6BF", "1F6C1", "1FAA5",
    "1F3EB", "1F4DA",
  ],
  time: ["1F4C5", "1F4C6", "1F5D3", "1F305", "1F307", "1F303", "1F304", "1F319", "1F31E"],
  "school-work": ["1F3EB", "1F3E2", "1F9D1-200D-1F3EB", "1F9D1-200D-1F393", "1F392", "1F393"],
  money: ["1F3E6", "1F3E7", "1F6D2"],
  drinks: ["1F6B0"],
  leisure: ["1F3A0", "1F3A1", "1F3A2", "1F3AA", "1F6DD", "26FA", "1F3D6", "1F3DF"],
  weather: ["1F301"],
  transport: ["1F9F3", "1F6C4"],
  home: ["1F3E0", "1F3E1"],
  people: ["1F5E3"],
};

/**
 * The picture of each category in the picker (issue #21): a symbol of the category that
 * shows its name, not simply its first symbol (which gave chopsticks for Home, nail polish
 * for Hygiene, glasses for Clothes). Each must be in its category, no two categories
 * share one, and none is a symbol person mode uses for something else (the check marks,
 * arrows, the euro banknote for "pay", the backpack for "things to bring", the calendar
 * for "the week", the warning sign for "money running low"). Pinned by a test in
 * pictograms/src/library.rs.
 */
const CATEGORY_PICTURES = {
  food: "1F37D", // fork and knife with plate: a meal ("menjar" is both food and to eat)
  drinks: "1F964", // cup with straw: a drink, not one kind of drink
  home: "1F3E0", // house
  hygiene: "1F6BF", // shower
  clothes: "1F455", // t-shirt
  people: "1F9D1-200D-1F91D-200D-1F9D1", // people holding hands
  body: "1F590", // hand with fingers splayed: a body part, no gesture's meaning
  feelings: "1F600", // grinning face
  activities: "1F6B6", // person walking: someone doing something
  health: "1FA7A", // stethoscope (the hospital is a place)
  places: "1F5FA", // world map
  transport: "1F68D", // oncoming bus: a bus from the front fills the square
  time: "1F570", // mantelpiece clock (the calendar means "the week" in the day)
  weather: "26C5", // sun behind cloud (the plain sun means "afternoon" in the day)
  nature: "1F98B", // butterfly: an animal in nature
  leisure: "26BD", // football
  "school-work": "270F", // pencil (the backpack means "things to bring")
  technology: "1F4F1", // mobile phone (OpenMoji's laptop reads as a grey box)
  money: "1FA99", // coin (the euro banknote means "pay", the money bag "practise")
  symbols: "1F523", // input symbols
};

/**
 * Everyday words a person uses for a picture where CLDR's names lack them (issue #21).
 * Written for Pictokit, in Catalan, Spanish and English only; search ranks them right
 * after the exact name. Add one only when a query of the relevance test set
 * (pictograms/tests/relevance.rs) fails for want of it, and say why.
 */
const EVERYDAY = {
  "1F35E": {
    why: "the loaf is what 'pan' means; CLDR's Spanish name is 'pan de molde' (sliced bread), and 'pan relleno' (a stuffed flatbread) is shorter",
    es: ["pan"],
  },
  "1F4D6": {
    why: "reading is what a book stands for on a board; CLDR has only 'lectura'/'reading' as keywords, and Spanish 'leer' found only the English 'leer' of the smirking face",
    ca: ["llegir"], es: ["leer"], en: ["read"],
  },
  "1F6B0": {
    why: "the glass under the tap is the water a person drinks; by name it ties with 'water wave', 'water pistol' and 'water closet', which are shorter",
    ca: ["aigua"], es: ["agua"], en: ["water"],
  },
  "1F964": {
    why: "the plain drink; CLDR has 'drink'/'beure' only as a keyword of twenty drinks, wine and beer among the first",
    ca: ["beure"], es: ["beber"], en: ["drink"],
  },
  "1F37D": {
    why: "eating; 'menjar' is a keyword of forty foods, 'eat' of the spoon and the hamburger, and Spanish has no 'comer' (it found 'comercial')",
    ca: ["menjar"], es: ["comer"], en: ["eat"],
  },
  "1F6CC": {
    why: "sleeping; 'dormir'/'sleep' is a keyword of the bed, the ZZZ and the sleepy face too, which sort first by their shorter names",
    ca: ["dormir"], es: ["dormir"], en: ["sleep"],
  },
  "1FA99": {
    why: "money a person pays with; the names with 'money' are the money bag (with a dollar sign), 'money with wings' and the money-mouth face",
    ca: ["diners"], es: ["dinero"], en: ["money"],
  },
  "1F4B6": {
    why: "money a person pays with, in euros (see the coin)",
    ca: ["diners"], es: ["dinero"], en: ["money"],
  },
  "1F4C6": {
    why: "no symbol shows tomorrow; a calendar's next page is the nearest, and without it 'demà' found 'demanar' (to ask)",
    ca: ["demà"], es: ["mañana"], en: ["tomorrow"],
  },
  "1F305": {
    why: "Spanish 'mañana' is also the morning, which the sunrise shows (Catalan has 'matí', English 'morning')",
    es: ["mañana"],
  },
  "1F3EA": {
    why: "the shop where a person buys food; CLDR has 'supermarket' only in Basque and French",
    ca: ["supermercat"], es: ["supermercado"], en: ["supermarket"],
  },
  "1F9D1-200D-2695-FE0F": {
    why: "the doctor is a health worker; 'doctor'/'metge'/'médico' are keywords of the pill, the syringe and the hospital too, which sort first by their shorter names",
    ca: ["metge", "metgessa"], es: ["médico", "médica"], en: ["doctor"],
  },
  "1F468-200D-2695-FE0F": {
    why: "the doctor (see the health worker)",
    ca: ["metge"], es: ["médico"], en: ["doctor"],
  },
  "1F469-200D-2695-FE0F": {
    why: "the doctor (see the health worker)",
    ca: ["metgessa"], es: ["médica"], en: ["doctor"],
  },
  "1F697": {
    why: "the family car; 'cotxe'/'car' are whole words of 'police car', 'racing car' and more, while the car itself is called 'automòbil'/'automobile'",
    ca: ["cotxe"], en: ["car"],
  },
  "2639": {
    why: "the plain sad face; CLDR names faces by their frown, and 'trist'/'sad' is a keyword of sixteen symbols (a droplet, a sleepy face)",
    ca: ["trist", "trista"], es: ["triste"], en: ["sad"],
  },
};

/**
 * CLDR keywords that find a symbol only by accident (issue #21): a phrase's word taken
 * for the thing itself. Each must be in CLDR's list (the build fails otherwise, so the
 * list cannot go stale), and says why.
 */
const NOT_KEYWORDS = {
  "1FA8A": {
    why: "'sad trombone' is a joke sound effect: a person who types 'sad' wants a sad face, not a trombone",
    ca: ["tristesa"], es: ["triste"], en: ["sad"], eu: ["tristea", "goibela"], pt: ["triste"],
  },
  "1F382": {
    why: "'happy' comes from 'happy birthday': the cake is found by 'birthday', and 'happy' should find happy faces",
    en: ["happy"],
  },
  "1F385": { why: "'feliz' comes from 'Feliz Navidad' (see Mx Claus)", es: ["feliz"] },
  "1F936": { why: "'feliz' comes from 'Feliz Navidad' (see Mx Claus)", es: ["feliz"] },
  "1F9D1-200D-1F384": {
    why: "'feliz' comes from 'Feliz Navidad': a person who types 'feliz' (happy) wants a happy face, not Santa",
    es: ["feliz"],
  },
};

const SET_INFO = {
  name: "OpenMoji",
  version: "17.0.0",
  licence: "CC BY-SA 4.0",
  url: "https://openmoji.org",
  copyright: "OpenMoji – the open-source emoji and icon project",
};
const NAMES_INFO = { name: "Unicode CLDR annotations", version: "48.2.0", licence: "Unicode-3.0" };

const LICENSE_TEXT = `Pictograms: OpenMoji ${SET_INFO.version} – the open-source emoji and icon project.
https://openmoji.org

License: CC BY-SA 4.0 (Creative Commons Attribution-ShareAlike 4.0 International)
https://creativecommons.org/licenses/by-sa/4.0/

The SVG files in this folder are OpenMoji's, optimised with svgo (a change to the
files' markup, not to the drawings). Each symbol's author is named in index.json
("authors", referred to by each symbol's "a").

Names and keywords: Unicode CLDR annotations ${NAMES_INFO.version}, (c) Unicode, Inc.,
license Unicode-3.0: https://www.unicode.org/license.txt

The everyday words of a few symbols (each symbol's "w"), the keywords left out and the
categories with their pictures are Pictokit's own, under Pictokit's licence
(AGPL-3.0-or-later).
`;

function fail(message) {
  console.error(`build-pictograms: ${message}`);
  process.exit(1);
}

function readJson(relative) {
  const file = path.join(MODULES, relative);
  if (!fs.existsSync(file)) {
    fail(`${file} is missing; run 'npm ci' at the repository root (scripts/setup does)`);
  }
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

function checkVersion(pkg, wanted) {
  const { version } = readJson(`${pkg}/package.json`);
  if (version !== wanted) fail(`${pkg} is ${version}, the index says ${wanted}; run 'npm ci'`);
}

/** The CLDR annotations of one language, emoji string → { tts, default }; derived ones fill gaps.
 * Portuguese is Portugal's: CLDR's pt-PT lists only what differs from pt, so it goes over pt. */
function loadAnnotations(lang) {
  const one = (locale) => {
    const plain = readJson(`cldr-annotations-full/annotations/${locale}/annotations.json`).annotations.annotations;
    const derived = readJson(`cldr-annotations-derived-full/annotationsDerived/${locale}/annotations.json`)
      .annotationsDerived.annotations;
    return { ...derived, ...plain };
  };
  if (lang !== "pt") return one(lang);
  const merged = one("pt");
  for (const [emoji, entry] of Object.entries(one("pt-PT"))) merged[emoji] = { ...merged[emoji], ...entry };
  return merged;
}

function lookup(annotations, emoji) {
  const candidates = [emoji, emoji.replaceAll("\uFE0F", ""), `${emoji}\uFE0F`];
  for (const key of candidates) {
    const entry = annotations[key];
    if (entry && Array.isArray(entry.tts) && entry.tts.length > 0 && entry.tts[0].trim()) return entry;
  }
  return null;
}

function cleanKeywords(words, name, dropped = []) {
  const seen = new Set([name, ...dropped]);
  const out = [];
  for (const raw of words) {
    const word = raw.trim().replaceAll("|", " ");
    if (word && !seen.has(word)) {
      seen.add(word);
      out.push(word);
    }
  }
  return out.join("|");
}

/** The index as a JavaScript value, and the selected OpenMoji entries. */
function buildIndex() {
  checkVersion("openmoji", SET_INFO.version);
  checkVersion("cldr-annotations-full", NAMES_INFO.version);
  checkVersion("cldr-annotations-derived-full", NAMES_INFO.version);

  const all = readJson("openmoji/data/openmoji.json");
  const selected = all
    .filter((entry) => !entry.skintone && !SKIPPED_GROUPS.has(entry.group))
    .sort((a, b) => a.order - b.order);
  if (selected.length < 1500) fail(`only ${selected.length} symbols selected, expected at least 1500`);

  const byHex = new Map(selected.map((entry) => [entry.hexcode, entry]));
  const extraByHex = new Map();
  for (const [category, hexcodes] of Object.entries(EXTRA)) {
    if (!CATEGORIES.includes(category)) fail(`unknown category ${category} in EXTRA`);
    for (const hex of hexcodes) {
      if (!byHex.has(hex)) fail(`EXTRA.${category} names ${hex}, which is not in the selection`);
      if (!extraByHex.has(hex)) extraByHex.set(hex, []);
      extraByHex.get(hex).push(category);
    }
  }

  for (const [table, entries] of [["EVERYDAY", EVERYDAY], ["NOT_KEYWORDS", NOT_KEYWORDS]]) {
    for (const [hex, entry] of Object.entries(entries)) {
      if (!byHex.has(hex)) fail(`${table} names ${hex}, which is not in the selection`);
      if (typeof entry.why !== "string" || entry.why.length < 10) fail(`${table}.${hex} does not say why`);
      for (const key of Object.keys(entry)) {
        if (key !== "why" && !LANGUAGES.includes(key)) fail(`${table}.${hex} has unknown language ${key}`);
      }
    }
  }
  const pictureIds = CATEGORIES.map((category) => CATEGORY_PICTURES[category]);
  CATEGORIES.forEach((category, index) => {
    const hex = pictureIds[index];
    if (!hex) fail(`CATEGORY_PICTURES has no picture for ${category}`);
    if (!byHex.has(hex)) fail(`CATEGORY_PICTURES.${category} is ${hex}, which is not in the selection`);
    if (pictureIds.indexOf(hex) !== index) fail(`CATEGORY_PICTURES gives ${hex} to two categories`);
  });
  if (Object.keys(CATEGORY_PICTURES).some((category) => !CATEGORIES.includes(category))) {
    fail("CATEGORY_PICTURES names a category that does not exist");
  }

  const annotations = Object.fromEntries(LANGUAGES.map((lang) => [lang, loadAnnotations(lang)]));
  const fellBack = Object.fromEntries(LANGUAGES.map((lang) => [lang, 0]));
  const fromOpenMoji = Object.fromEntries(LANGUAGES.map((lang) => [lang, 0]));
  const authors = [];
  const authorIndex = new Map();
  const unmapped = new Set();

  const symbols = selected.map((entry) => {
    const subgroupCategories = SUBGROUPS[entry.group]?.[entry.subgroups];
    if (!subgroupCategories) {
      unmapped.add(`${entry.group}/${entry.subgroups}`);
      return null;
    }
    const categories = [...subgroupCategories, ...(extraByHex.get(entry.hexcode) ?? [])];
    const c = [...new Set(categories.map((id) => CATEGORIES.indexOf(id)))];

    const author = entry.openmoji_author?.trim() || "OpenMoji";
    if (!authorIndex.has(author)) {
      authorIndex.set(author, authors.length);
      authors.push(author);
    }

    const n = [];
    const k = [];
    const w = [];
    const everyday = EVERYDAY[entry.hexcode] ?? {};
    const notKeywords = NOT_KEYWORDS[entry.hexcode] ?? {};
    for (const lang of LANGUAGES) {
      const words = everyday[lang] ?? [];
      const dropped = notKeywords[lang] ?? [];
      let found = lookup(annotations[lang], entry.emoji);
      if (!found) {
        for (const other of FALLBACKS[lang]) {
          found = lookup(annotations[other], entry.emoji);
          if (found) break;
        }
        fellBack[lang] += 1;
      }
      if (found) {
        const name = found.tts[0].trim();
        const cldrKeywords = (found.default ?? []).map((word) => word.trim());
        for (const word of dropped) {
          if (!cldrKeywords.includes(word)) fail(`NOT_KEYWORDS.${entry.hexcode}.${lang}: '${word}' is not a keyword`);
        }
        for (const word of words) {
          if (word === name) fail(`EVERYDAY.${entry.hexcode}.${lang}: '${word}' is already the name`);
        }
        n.push(name);
        k.push(cleanKeywords(cldrKeywords, name, [...dropped, ...words]));
        w.push(words.join("|"));
      } else {
        // Not even English: OpenMoji's own English annotation and tags.
        fromOpenMoji[lang] += 1;
        const name = entry.annotation.trim();
        n.push(name);
        if (words.length > 0 || dropped.length > 0) fail(`${entry.hexcode} has no CLDR name in ${lang}`);
        k.push(cleanKeywords(`${entry.tags},${entry.openmoji_tags}`.split(","), name));
        w.push("");
      }
    }
    const symbol = { id: entry.hexcode, c, a: authorIndex.get(author), n, k };
    if (w.some((words) => words !== "")) symbol.w = w;
    return symbol;
  });
  if (unmapped.size > 0) fail(`unmapped OpenMoji subgroups: ${[...unmapped].join(", ")}`);

  CATEGORIES.forEach((category, index) => {
    const count = symbols.filter((symbol) => symbol.c.includes(index)).length;
    if (count === 0) fail(`category ${category} is empty`);
    const picture = symbols.find((symbol) => symbol.id === pictureIds[index]);
    if (!picture.c.includes(index)) fail(`CATEGORY_PICTURES.${category} (${picture.id}) is not in ${category}`);
  });

  const index = {
    format: 1,
    set: SET_INFO,
    names: NAMES_INFO,
    languages: LANGUAGES,
    categories: CATEGORIES,
    category_pictures: pictureIds,
    authors,
    symbols,
  };
  return { index, selected, fellBack, fromOpenMoji };
}

/** Compact JSON with one symbol per line, so a change reads well in a diff. */
function serialise(index) {
  const { symbols, ...head } = index;
  const lines = Object.entries(head).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)},`);
  const symbolLines = symbols.map((symbol, idx) => JSON.stringify(symbol) + (idx + 1 < symbols.length ? "," : ""));
  return `{${lines.join("\n")}\n"symbols":[\n${symbolLines.join("\n")}\n]}\n`;
}

function stampValue() {
  const hash = createHash("sha256");
  hash.update(fs.readFileSync(path.join(ROOT, "package-lock.json")));
  hash.update(fs.readFileSync(fileURLToPath(import.meta.url)));
  return hash.digest("hex");
}

/** Whether the stamp matches and the generated files it counted are all there. */
function isUpToDate() {
  if (!fs.existsSync(STAMP) || !fs.existsSync(COMMITTED_INDEX)) return false;
  const [hash, count] = fs.readFileSync(STAMP, "utf8").trim().split(" ");
  if (hash !== stampValue()) return false;
  const countOf = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).length : -1);
  return (
    fs.existsSync(path.join(OUT_DIR, "index.json"))
    && fs.existsSync(path.join(OUT_DIR, "LICENSE.txt"))
    && countOf(path.join(OUT_DIR, "color")) === Number(count)
    && countOf(path.join(OUT_DIR, "black")) === Number(count)
  );
}

function writeIfChanged(file, text) {
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return true;
}

// --- SVG optimisation (runs in worker threads) ---------------------------------

/** Removes what a pictogram must never carry: scripts, foreign objects, links elsewhere. */
const stripActive = {
  name: "pictokitStripActive",
  fn: () => ({
    element: {
      enter: (node, parent) => {
        if (["script", "foreignObject", "image", "iframe", "use"].includes(node.name)) {
          parent.children = parent.children.filter((child) => child !== node);
          return;
        }
        for (const attr of Object.keys(node.attributes)) {
          if (/^on/i.test(attr)) delete node.attributes[attr];
        }
      },
    },
  }),
};

async function optimiseFiles(jobs) {
  const { optimize } = await import("svgo");
  const config = {
    multipass: true,
    plugins: [
      { name: "preset-default", params: { overrides: { cleanupIds: { minify: true } } } },
      "removeScripts",
      "removeTitle",
      "removeDesc",
      "removeXlink",
      stripActive,
    ],
  };
  for (const { from, to } of jobs) {
    const source = fs.readFileSync(from, "utf8");
    const { data } = optimize(source, { ...config, path: from });
    const lower = data.toLowerCase();
    if (!data.includes("viewBox") || /<script|<foreignobject|href="http|javascript:/.test(lower)) {
      throw new Error(`${from}: unsafe or broken after optimisation`);
    }
    fs.writeFileSync(to, data);
  }
  return jobs.length;
}

async function buildSvgs(selected) {
  const jobs = [];
  for (const style of ["color", "black"]) {
    fs.rmSync(path.join(OUT_DIR, style), { recursive: true, force: true });
    fs.mkdirSync(path.join(OUT_DIR, style), { recursive: true });
    for (const entry of selected) {
      const from = path.join(MODULES, "openmoji", style, "svg", `${entry.hexcode}.svg`);
      if (!fs.existsSync(from)) fail(`${from} is missing`);
      jobs.push({ from, to: path.join(OUT_DIR, style, `${entry.hexcode}.svg`) });
    }
  }
  const n_workers = Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8));
  const chunks = Array.from({ length: n_workers }, (_, idx) => jobs.filter((_, j) => j % n_workers === idx));
  const counts = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(fileURLToPath(import.meta.url), { workerData: chunk });
          worker.once("message", resolve);
          worker.once("error", reject);
          worker.once("exit", (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
        }),
    ),
  );
  return counts.reduce((a, b) => a + b, 0);
}

// --- main -------------------------------------------------------------------------

async function main() {
  const check = process.argv.includes("--check");
  if (!check && isUpToDate()) {
    console.log("build-pictograms: up to date");
    return;
  }

  const started = Date.now();
  const { index, selected, fellBack, fromOpenMoji } = buildIndex();
  const text = serialise(index);

  if (check) {
    const committed = fs.existsSync(COMMITTED_INDEX) ? fs.readFileSync(COMMITTED_INDEX, "utf8") : "";
    if (committed !== text) {
      fail("pictograms/data/index.json is stale: run 'node scripts/build-pictograms.mjs' and commit it");
    }
    console.log(`build-pictograms: index up to date (${index.symbols.length} symbols)`);
    return;
  }

  const fallbackReport = LANGUAGES.map((lang) => `${lang} ${fellBack[lang]}`).join(", ");
  console.log(`build-pictograms: ${selected.length} symbols; names borrowed from another language: ${fallbackReport}`);
  const openMojiOnly = LANGUAGES.filter((lang) => fromOpenMoji[lang] > 0);
  if (openMojiOnly.length > 0) {
    console.log(`build-pictograms: OpenMoji's English name used for ${openMojiOnly.map((l) => `${l} ${fromOpenMoji[l]}`).join(", ")}`);
  }

  if (writeIfChanged(COMMITTED_INDEX, text)) console.log("build-pictograms: wrote pictograms/data/index.json");
  fs.rmSync(STAMP, { force: true });
  const n_files = await buildSvgs(selected);
  writeIfChanged(path.join(OUT_DIR, "index.json"), text);
  writeIfChanged(path.join(OUT_DIR, "LICENSE.txt"), LICENSE_TEXT);
  fs.mkdirSync(path.dirname(STAMP), { recursive: true });
  fs.writeFileSync(STAMP, `${stampValue()} ${selected.length}\n`);
  console.log(`build-pictograms: optimised ${n_files} SVGs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (isMainThread) {
  main().catch((error) => fail(error.stack ?? String(error)));
} else {
  optimiseFiles(workerData).then((count) => parentPort.postMessage(count));
}
