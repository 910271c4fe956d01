var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/shared/errors.ts
var ERROR_NAMES, UserFacingError;
var init_errors = __esm({
  "src/shared/errors.ts"() {
    ERROR_NAMES = {
      userFacing: "UserFacingError",
      trainingCancelled: "TrainingCancelledError"
    };
    UserFacingError = class extends Error {
      constructor(message, file) {
        super(message);
        this.file = file;
        this.name = ERROR_NAMES.userFacing;
      }
      file;
    };
  }
});

// src/shared/soundFont.ts
var LEAD_INSTRUMENT_IDS, DEFAULT_LEAD_INSTRUMENT_ID, LEAD_SOUNDS, BASS_SOUND, COMPING_SOUND;
var init_soundFont = __esm({
  "src/shared/soundFont.ts"() {
    LEAD_INSTRUMENT_IDS = ["tenor-sax", "trumpet", "piano", "guitar"];
    DEFAULT_LEAD_INSTRUMENT_ID = "tenor-sax";
    LEAD_SOUNDS = {
      "tenor-sax": { name: "tenor_sax", program: 66, lowest: 52, highest: 88, label: "Tenor sax" },
      trumpet: { name: "trumpet", program: 56, lowest: 52, highest: 88, label: "Trumpet" },
      piano: { name: "acoustic_grand_piano", program: 0, lowest: 45, highest: 88, label: "Piano" },
      guitar: { name: "electric_guitar_jazz", program: 26, lowest: 52, highest: 88, label: "Jazz guitar" }
    };
    BASS_SOUND = {
      name: "acoustic_bass",
      program: 32,
      lowest: 26,
      highest: 52,
      label: "Bass"
    };
    COMPING_SOUND = LEAD_SOUNDS.piano;
  }
});

// src/core/band/types.ts
var DRUM, DEFAULT_LEAD_INSTRUMENT, LEAD_INSTRUMENTS, BAND_PROGRAMS;
var init_types = __esm({
  "src/core/band/types.ts"() {
    init_soundFont();
    DRUM = {
      kick: 36,
      sideStick: 37,
      snare: 38,
      closedHat: 42,
      pedalHat: 44,
      crash: 49,
      ride: 51,
      rideBell: 53,
      lowTom: 45,
      midTom: 47,
      highTom: 50
    };
    DEFAULT_LEAD_INSTRUMENT = DEFAULT_LEAD_INSTRUMENT_ID;
    LEAD_INSTRUMENTS = Object.fromEntries(
      LEAD_INSTRUMENT_IDS.map((id) => [id, LEAD_SOUNDS[id].program])
    );
    BAND_PROGRAMS = { bass: BASS_SOUND.program, comping: COMPING_SOUND.program };
  }
});

// src/shared/ticks.ts
var TICKS_PER_QUARTER;
var init_ticks = __esm({
  "src/shared/ticks.ts"() {
    TICKS_PER_QUARTER = 12;
  }
});

// src/core/random.ts
function createRng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
  return {
    seed,
    next,
    int: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)]
  };
}
function randomSeed() {
  return Math.floor(Math.random() * 2 ** 31);
}
var init_random = __esm({
  "src/core/random.ts"() {
  }
});

// src/shared/meter.ts
function isCompoundMeter(meter) {
  return meter.denominator >= 8 && meter.numerator % 3 === 0 && meter.numerator > 3;
}
function barTicks(meter) {
  return Math.round(meter.numerator * 4 * TICKS_PER_QUARTER / meter.denominator);
}
function beatsPerBar(meter) {
  return isCompoundMeter(meter) ? meter.numerator / 3 : meter.numerator;
}
function groupingBeatTicks(meter) {
  if (meter.denominator <= 4) return TICKS_PER_QUARTER;
  const noteTicks = 4 * TICKS_PER_QUARTER / meter.denominator;
  return isCompoundMeter(meter) ? 3 * noteTicks : noteTicks;
}
function allowsTriplets(meter) {
  return meter.denominator <= 4 && !isCompoundMeter(meter);
}
var init_meter = __esm({
  "src/shared/meter.ts"() {
    init_ticks();
  }
});

// src/core/theory/chords.ts
function mod12(n) {
  return (n % 12 + 12) % 12;
}
function pitchClassName(pc, preferFlats) {
  const names = preferFlats === void 0 ? LEAD_SHEET_NAMES : preferFlats ? FLAT_NAMES : SHARP_NAMES;
  return names[mod12(pc)];
}
function parsePitchClassName(text) {
  const match = /^([A-Ga-g])([#b+♯♭]*)$/.exec(text);
  if (!match) return void 0;
  let pc = LETTER_PCS[match[1].toUpperCase()];
  for (const accidental of match[2]) pc += accidental === "b" || accidental === "\u266D" ? -1 : 1;
  return mod12(pc);
}
function applyModifiers(shape, text) {
  let quality = shape.quality;
  const intervals = new Set(shape.intervals);
  let rest = text.replace(/[(),\s]/g, "");
  while (rest.length > 0) {
    const match = MODIFIER_PATTERN.exec(rest);
    if (!match || match[0].length === 0) return void 0;
    rest = rest.slice(match[0].length);
    if (match[1]) {
      intervals.add(11);
      continue;
    }
    if (match[4]) {
      intervals.delete(3);
      intervals.delete(4);
      intervals.add(match[4] === "sus2" ? 2 : 5);
      quality = match[4] === "sus2" ? "sus2" : "sus4";
      continue;
    }
    if (match[5]) {
      if (match[5].endsWith("3")) {
        intervals.delete(3);
        intervals.delete(4);
      } else intervals.delete(7);
      continue;
    }
    const accidental = match[2];
    const degree = Number(match[3]);
    const shift = accidental === "#" || accidental === "+" || accidental === "\u266F" ? 1 : accidental === "" ? 0 : -1;
    const naturalByDegree = { 2: 2, 3: 4, 4: 5, 5: 7, 6: 9, 7: 10, 9: 14, 11: 17, 13: 21 };
    const interval = naturalByDegree[degree] + shift;
    if (degree === 5 && shift !== 0) {
      intervals.delete(7);
      intervals.add(interval);
      if (shift > 0)
        quality = quality === "dom7" ? "aug7" : quality === "maj7" ? "augMaj7" : quality === "maj" ? "aug" : quality;
      if (shift < 0) quality = quality === "min7" ? "halfDim7" : quality === "min" ? "dim" : quality;
      continue;
    }
    intervals.add(interval);
  }
  return { quality, intervals: [...intervals].sort((a, b) => a - b) };
}
function shapeToPitchClasses(root, intervals) {
  const pcs = [];
  for (const interval of [...intervals].sort((a, b) => a - b)) {
    const pc = mod12(root + interval);
    if (!pcs.includes(pc)) pcs.push(pc);
  }
  return pcs;
}
function parseChordSymbol(text) {
  let cleaned = text.replace(/\s+/g, "");
  const optional = /^\((.*)\)$/.exec(cleaned);
  if (optional) cleaned = optional[1];
  if (cleaned.length === 0 || /^N\.?C\.?$/i.test(cleaned)) return void 0;
  const rootMatch = /^([A-G])([#b♯♭]?)/.exec(cleaned);
  if (!rootMatch) return void 0;
  const root = parsePitchClassName(rootMatch[0]);
  if (root === void 0) return void 0;
  let suffix = cleaned.slice(rootMatch[0].length);
  let bass;
  const slash = /\/([A-Ga-g][#b+♯♭]*)$/.exec(suffix);
  if (slash) {
    bass = parsePitchClassName(slash[1]);
    suffix = suffix.slice(0, slash.index);
  }
  for (const [spelling, shape] of HEAD_SPELLINGS) {
    if (!suffix.startsWith(spelling)) continue;
    const modified = applyModifiers(shape, suffix.slice(spelling.length));
    if (!modified) continue;
    const chord = {
      symbol: cleaned,
      root,
      quality: modified.quality,
      pitchClasses: shapeToPitchClasses(root, modified.intervals)
    };
    if (bass !== void 0 && bass !== root) chord.bass = bass;
    return chord;
  }
  return void 0;
}
function chordFromPitchClasses(pcs, bassPc, options = {}) {
  const sounding = [...new Set(pcs.map(mod12))];
  if (sounding.length === 0) return void 0;
  const bass = bassPc === void 0 ? void 0 : mod12(bassPc);
  let best;
  for (let root2 = 0; root2 < 12; root2++) {
    for (let order = 0; order < NAMING_TEMPLATES.length; order++) {
      const template2 = NAMING_TEMPLATES[order];
      const templatePcs2 = template2.intervals.map((i) => mod12(root2 + i));
      const covered = sounding.filter((pc) => templatePcs2.includes(pc)).length;
      if (covered === 0 || !sounding.includes(root2)) continue;
      const missing = templatePcs2.filter((pc) => !sounding.includes(pc)).length;
      const alteredExtras = sounding.filter(
        (pc) => !templatePcs2.includes(pc) && !NATURAL_TENSIONS.has(mod12(pc - root2))
      ).length;
      const score = [covered, -missing, bass === root2 ? 1 : 0, -alteredExtras, -order];
      if (!best || compareScores(score, best.score) > 0) best = { score, root: root2, template: template2 };
    }
  }
  if (!best) return void 0;
  const { root, template } = best;
  const templatePcs = template.intervals.map((i) => mod12(root + i));
  const extras = sounding.filter((pc) => !templatePcs.includes(pc)).map((pc) => mod12(pc - root)).sort((a, b) => a - b);
  const rootName = pitchClassName(root, options.preferFlats);
  let symbol = rootName + template.suffix;
  if (extras.length > 0) symbol += `(${extras.map((e) => TENSION_NAMES[e]).join(",")})`;
  const chord = {
    symbol,
    root,
    quality: template.quality,
    pitchClasses: [...templatePcs, ...extras.map((e) => mod12(root + e))]
  };
  if (bass !== void 0 && bass !== root && sounding.includes(bass)) {
    chord.bass = bass;
    chord.symbol += `/${pitchClassName(bass, options.preferFlats)}`;
  }
  return chord;
}
function compareScores(a, b) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
function scaleForChord(chord) {
  const scale = new Set(MODE_BY_QUALITY[chord.quality].map((i) => mod12(chord.root + i)));
  const chordTones = new Set(chord.pitchClasses.map(mod12));
  for (const tone of chordTones) {
    if (scale.has(tone)) continue;
    for (const neighbour of [mod12(tone - 1), mod12(tone + 1)]) if (!chordTones.has(neighbour)) scale.delete(neighbour);
    scale.add(tone);
  }
  return [...scale].sort((a, b) => mod12(a - chord.root) - mod12(b - chord.root));
}
function keyScale(key) {
  return KEY_MODE_SCALES[key.mode].map((i) => mod12(key.tonic + i));
}
function keyPrefersFlats(key) {
  if (/^[A-G]b/.test(key.name)) return true;
  if (/^[A-G]#/.test(key.name)) return false;
  return [5, 10, 3, 8, 1, 6].includes(mod12(key.tonic + SEMITONES_TO_RELATIVE_MAJOR[key.mode]));
}
var SHARP_NAMES, FLAT_NAMES, LEAD_SHEET_NAMES, LETTER_PCS, TRIAD, HEADS, HEAD_SPELLINGS, MODIFIER_PATTERN, NAMING_TEMPLATES, TENSION_NAMES, NATURAL_TENSIONS, MODES, MODE_BY_QUALITY, KEY_MODE_SCALES, SEMITONES_TO_RELATIVE_MAJOR;
var init_chords = __esm({
  "src/core/theory/chords.ts"() {
    SHARP_NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];
    FLAT_NAMES = ["C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"];
    LEAD_SHEET_NAMES = ["C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"];
    LETTER_PCS = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };
    TRIAD = { maj: [0, 4, 7], min: [0, 3, 7] };
    HEADS = [
      [[""], { quality: "maj", intervals: TRIAD.maj }],
      [["maj", "M", "ma"], { quality: "maj", intervals: TRIAD.maj }],
      [["m", "min", "mi", "-"], { quality: "min", intervals: TRIAD.min }],
      [["7", "dom7", "dom"], { quality: "dom7", intervals: [0, 4, 7, 10] }],
      [["9"], { quality: "dom7", intervals: [0, 4, 7, 10, 14] }],
      [["11"], { quality: "dom7", intervals: [0, 4, 7, 10, 14, 17] }],
      [["13"], { quality: "dom7", intervals: [0, 4, 7, 10, 14, 21] }],
      [["alt", "7alt"], { quality: "dom7", intervals: [0, 4, 10, 13, 15, 18, 20] }],
      [["maj7", "ma7", "M7", "\u03947", "\u0394", "^7", "^", "j7"], { quality: "maj7", intervals: [0, 4, 7, 11] }],
      [["maj9", "ma9", "M9", "\u03949", "^9"], { quality: "maj7", intervals: [0, 4, 7, 11, 14] }],
      [["maj13", "ma13", "M13", "\u039413", "^13"], { quality: "maj7", intervals: [0, 4, 7, 11, 14, 21] }],
      [["m7", "min7", "mi7", "-7"], { quality: "min7", intervals: [0, 3, 7, 10] }],
      [["m9", "min9", "mi9", "-9"], { quality: "min7", intervals: [0, 3, 7, 10, 14] }],
      [["m11", "min11", "mi11", "-11"], { quality: "min7", intervals: [0, 3, 7, 10, 14, 17] }],
      [["m13", "min13", "mi13", "-13"], { quality: "min7", intervals: [0, 3, 7, 10, 14, 21] }],
      [
        ["m(maj7)", "mM7", "m^7", "m\u03947", "m\u0394", "mmaj7", "minmaj7", "m(M7)", "-maj7", "-(maj7)", "-\u03947", "-^7", "m/maj7"],
        { quality: "minMaj7", intervals: [0, 3, 7, 11] }
      ],
      [
        ["m7b5", "min7b5", "mi7b5", "-7b5", "m7(b5)", "\xF87", "\xF8", "\xD87", "\xD8"],
        { quality: "halfDim7", intervals: [0, 3, 6, 10] }
      ],
      [["dim", "\xB0", "o", "d"], { quality: "dim", intervals: [0, 3, 6] }],
      [["dim7", "\xB07", "o7", "d7"], { quality: "dim7", intervals: [0, 3, 6, 9] }],
      [["aug", "+", "a"], { quality: "aug", intervals: [0, 4, 8] }],
      [["aug7", "+7", "7+", "a7", "7#5", "7+5", "7(#5)"], { quality: "aug7", intervals: [0, 4, 8, 10] }],
      [
        ["augmaj7", "+maj7", "+M7", "maj7#5", "M7#5", "\u03947#5", "^7#5", "maj7(#5)"],
        { quality: "augMaj7", intervals: [0, 4, 8, 11] }
      ],
      [["6", "maj6", "M6"], { quality: "maj6", intervals: [0, 4, 7, 9] }],
      [["69", "6/9", "6add9"], { quality: "maj6", intervals: [0, 4, 7, 9, 14] }],
      [["m6", "min6", "mi6", "-6"], { quality: "min6", intervals: [0, 3, 7, 9] }],
      [["m69", "m6/9", "min69", "-69"], { quality: "min6", intervals: [0, 3, 7, 9, 14] }],
      [["sus4", "sus"], { quality: "sus4", intervals: [0, 5, 7] }],
      [["sus2"], { quality: "sus2", intervals: [0, 2, 7] }],
      [["7sus4", "7sus", "sus7"], { quality: "sus4", intervals: [0, 5, 7, 10] }],
      [["9sus4", "9sus"], { quality: "sus4", intervals: [0, 5, 7, 10, 14] }],
      [["13sus4", "13sus"], { quality: "sus4", intervals: [0, 5, 7, 10, 14, 21] }],
      [["5"], { quality: "power", intervals: [0, 7] }]
    ];
    HEAD_SPELLINGS = HEADS.flatMap(
      ([spellings, shape]) => spellings.map((spelling) => [spelling, shape])
    ).sort((a, b) => b[0].length - a[0].length);
    MODIFIER_PATTERN = /^(?:add|\/)?(maj7|M7|Δ7)|^(?:add|\/)?([#b+\-♯♭]?)(2|3|4|5|6|7|9|11|13)|^(sus4|sus2|sus)|^(omit3|no3|omit5|no5)/;
    NAMING_TEMPLATES = [
      { quality: "maj", intervals: [0, 4, 7], suffix: "" },
      { quality: "min", intervals: [0, 3, 7], suffix: "m" },
      { quality: "dom7", intervals: [0, 4, 7, 10], suffix: "7" },
      { quality: "maj7", intervals: [0, 4, 7, 11], suffix: "maj7" },
      { quality: "min7", intervals: [0, 3, 7, 10], suffix: "m7" },
      { quality: "halfDim7", intervals: [0, 3, 6, 10], suffix: "m7b5" },
      { quality: "dim7", intervals: [0, 3, 6, 9], suffix: "dim7" },
      { quality: "maj6", intervals: [0, 4, 7, 9], suffix: "6" },
      { quality: "min6", intervals: [0, 3, 7, 9], suffix: "m6" },
      { quality: "minMaj7", intervals: [0, 3, 7, 11], suffix: "m(maj7)" },
      { quality: "aug7", intervals: [0, 4, 8, 10], suffix: "7#5" },
      { quality: "augMaj7", intervals: [0, 4, 8, 11], suffix: "maj7#5" },
      { quality: "sus4", intervals: [0, 5, 7], suffix: "sus4" },
      { quality: "sus4", intervals: [0, 5, 7, 10], suffix: "7sus4" },
      { quality: "sus2", intervals: [0, 2, 7], suffix: "sus2" },
      { quality: "dim", intervals: [0, 3, 6], suffix: "dim" },
      { quality: "aug", intervals: [0, 4, 8], suffix: "aug" },
      { quality: "power", intervals: [0, 7], suffix: "5" }
    ];
    TENSION_NAMES = {
      1: "b9",
      2: "9",
      3: "#9",
      4: "add3",
      5: "11",
      6: "#11",
      7: "add5",
      8: "b13",
      9: "13",
      10: "add7",
      11: "addmaj7"
    };
    NATURAL_TENSIONS = /* @__PURE__ */ new Set([2, 5, 9]);
    MODES = {
      ionian: [0, 2, 4, 5, 7, 9, 11],
      dorian: [0, 2, 3, 5, 7, 9, 10],
      phrygian: [0, 1, 3, 5, 7, 8, 10],
      lydian: [0, 2, 4, 6, 7, 9, 11],
      mixolydian: [0, 2, 4, 5, 7, 9, 10],
      aeolian: [0, 2, 3, 5, 7, 8, 10],
      locrian: [0, 1, 3, 5, 6, 8, 10],
      melodicMinor: [0, 2, 3, 5, 7, 9, 11],
      lydianAugmented: [0, 2, 4, 6, 8, 9, 11],
      wholeHalfDiminished: [0, 2, 3, 5, 6, 8, 9, 11],
      wholeTone: [0, 2, 4, 6, 8, 10]
    };
    MODE_BY_QUALITY = {
      maj: MODES.ionian,
      maj7: MODES.ionian,
      maj6: MODES.ionian,
      power: MODES.ionian,
      dom7: MODES.mixolydian,
      sus4: MODES.mixolydian,
      sus2: MODES.mixolydian,
      min: MODES.dorian,
      min7: MODES.dorian,
      min6: MODES.dorian,
      halfDim7: MODES.locrian,
      dim: MODES.wholeHalfDiminished,
      dim7: MODES.wholeHalfDiminished,
      aug: MODES.wholeTone,
      aug7: MODES.wholeTone,
      augMaj7: MODES.lydianAugmented,
      minMaj7: MODES.melodicMinor
    };
    KEY_MODE_SCALES = {
      major: MODES.ionian,
      minor: MODES.aeolian,
      dorian: MODES.dorian,
      mixolydian: MODES.mixolydian,
      lydian: MODES.lydian,
      phrygian: MODES.phrygian,
      locrian: MODES.locrian
    };
    SEMITONES_TO_RELATIVE_MAJOR = {
      major: 0,
      minor: 3,
      dorian: 10,
      mixolydian: 5,
      lydian: 7,
      phrygian: 8,
      locrian: 1
    };
  }
});

// src/core/types.ts
function barQuarters(meter) {
  return meter.numerator * 4 / meter.denominator;
}
var TIME_EPSILON;
var init_types2 = __esm({
  "src/core/types.ts"() {
    init_errors();
    TIME_EPSILON = 1e-6;
  }
});

// src/core/theory/inferChords.ts
function preferenceRank(degree, isSeventh) {
  if (degree === 6) return 100 + (isSeventh ? 1 : 0);
  return isSeventh ? 10 + SEVENTH_PREFERENCE.indexOf(degree) : TRIAD_PREFERENCE.indexOf(degree);
}
function diatonicCandidates(key) {
  const scale = keyScale(key);
  const preferFlats = keyPrefersFlats(key);
  const candidates = [];
  const add = (pcs, degree) => {
    const chord = chordFromPitchClasses(pcs, pcs[0], { preferFlats });
    if (chord && chord.root === pcs[0]) candidates.push({ chord, strength: preferenceRank(degree, pcs.length > 3) });
  };
  for (let degree = 0; degree < 7; degree++) {
    const stack = [0, 2, 4, 6].map((step) => scale[(degree + step) % 7]);
    add(stack.slice(0, 3), degree);
    add(stack, degree);
  }
  if (key.mode === "minor") {
    const dominant = mod12(key.tonic + 7);
    add([dominant, mod12(dominant + 4), mod12(dominant + 7)], 4);
    add([dominant, mod12(dominant + 4), mod12(dominant + 7), mod12(dominant + 10)], 4);
  }
  return candidates;
}
function harmonicSpanQuarters(meter) {
  const bar = barQuarters(meter);
  return beatsPerBar(meter) % 2 === 0 ? bar / 2 : bar;
}
function harmonicSpanStarts(barStarts, meter, end) {
  const bar = barQuarters(meter);
  const span = harmonicSpanQuarters(meter);
  const starts = [];
  const bars = barStarts.length > 0 ? barStarts : [0];
  for (let i = 0; i < bars.length; i++) {
    const barEnd = i + 1 < bars.length ? bars[i + 1] : Math.max(end, bars[i] + bar);
    const length = barEnd - bars[i];
    starts.push(bars[i]);
    if (length >= bar - 1e-6) for (let t = bars[i] + span; t < barEnd - 1e-6; t += span) starts.push(t);
  }
  return starts.filter((t) => t < end - 1e-6 || t === bars[0]);
}
function inferChords(tune) {
  const notes = tune.notes.filter((n) => n.pitch !== null && n.duration > 0);
  if (notes.length === 0) return [];
  const end = Math.max(...tune.notes.map((n) => n.start + n.duration));
  const starts = harmonicSpanStarts(tune.barStarts, tune.meter, end);
  const candidates = diatonicCandidates(tune.key);
  const chords = [];
  for (let i = 0; i < starts.length; i++) {
    const spanStart = starts[i];
    const spanEnd = i + 1 < starts.length ? starts[i + 1] : end;
    const weightByPc = new Array(12).fill(0);
    for (const note of notes) {
      const overlap = Math.min(spanEnd, note.start + note.duration) - Math.max(spanStart, note.start);
      if (overlap > EPSILON) weightByPc[mod12(note.pitch)] += overlap;
    }
    if (weightByPc.every((w) => w === 0)) continue;
    let best;
    for (const candidate of candidates) {
      const covered = candidate.chord.pitchClasses.reduce((sum, pc) => sum + weightByPc[pc], 0);
      if (!best || isBetterFit(candidate, covered, best.candidate, best.covered)) best = { candidate, covered };
    }
    const chord = best.candidate.chord;
    const previous = chords[chords.length - 1];
    if (previous && previous.chord.symbol === chord.symbol) continue;
    chords.push({ start: chords.length === 0 ? Math.min(spanStart, tune.notes[0]?.start ?? 0) : spanStart, chord });
  }
  return chords;
}
function isBetterFit(a, coveredA, b, coveredB) {
  if (Math.abs(coveredA - coveredB) > EPSILON) return coveredA > coveredB;
  return a.strength < b.strength;
}
var TRIAD_PREFERENCE, SEVENTH_PREFERENCE, EPSILON;
var init_inferChords = __esm({
  "src/core/theory/inferChords.ts"() {
    init_chords();
    init_types2();
    init_meter();
    TRIAD_PREFERENCE = [0, 4, 3, 1, 5, 2];
    SEVENTH_PREFERENCE = [4, 1, 3, 0, 5, 2];
    EPSILON = 1e-6;
  }
});

// src/core/theory/chordClass.ts
var init_chordClass = __esm({
  "src/core/theory/chordClass.ts"() {
    init_chords();
  }
});

// src/core/solo/grammar.ts
function classifyPitch(pitch, chord) {
  const pc = mod12(pitch);
  if (chord.pitchClasses.some((tone) => mod12(tone) === pc)) return "C";
  if (scaleForChord(chord).includes(pc)) return "S";
  if (chord.pitchClasses.some((tone) => mod12(tone - pc) === 1 || mod12(pc - tone) === 1)) return "A";
  return "X";
}
function intervalName(semitones) {
  if (!Number.isInteger(semitones))
    throw new RangeError(`interval must be a whole number of semitones, got ${semitones}`);
  const size2 = Math.abs(semitones);
  const octaves = Math.floor(size2 / 12);
  const [quality, number] = SIMPLE_INTERVALS[size2 % 12];
  return `${quality}${semitones < 0 ? "-" : ""}${number + 7 * octaves}`;
}
function parseIntervalName(name) {
  const match = /^([PMmdA])(-?)([1-9]\d*)$/.exec(name.trim());
  if (!match) throw new UserFacingError(`"${name}" is not an interval name (expected e.g. P1, m3, M-2, P-5)`);
  const [, quality, minus, numberText] = match;
  const step = (Number(numberText) - 1) % 7;
  const octaves = Math.floor((Number(numberText) - 1) / 7);
  const base = DIATONIC_SEMITONES[step] + 12 * octaves;
  let offset;
  if (PERFECT_STEPS.has(step)) {
    const perfectOffsets = { P: 0, d: -1, A: 1 };
    const found = perfectOffsets[quality];
    if (found === void 0)
      throw new UserFacingError(`"${name}" is not an interval name (a ${numberText} is P, d or A)`);
    offset = found;
  } else {
    const imperfectOffsets = { M: 0, m: -1, d: -2, A: 1 };
    const found = imperfectOffsets[quality];
    if (found === void 0)
      throw new UserFacingError(`"${name}" is not an interval name (a ${numberText} is M, m, d or A)`);
    offset = found;
  }
  const semitones = base + offset;
  return minus ? -semitones : semitones;
}
function formatValue(value) {
  const head = `${value.type},${value.duration.toFixed(3)}`;
  if (!value.window) return head;
  return `${head},<${intervalName(value.window.upper)},${intervalName(value.window.lower)}>`;
}
function parseValue(text) {
  const match = VALUE_PATTERN.exec(text.trim());
  if (!match) {
    throw new UserFacingError(
      `"${text}" is not a grammar value (expected TYPE,DURATION or TYPE,DURATION,<UPPER,LOWER>, e.g. "S,0.250,<m2,P-4>")`
    );
  }
  const [, type, durationText, upperText, lowerText] = match;
  const duration = Number(durationText);
  if (!(duration > 0)) throw new UserFacingError(`"${text}": the duration must be greater than 0`);
  const value = { type, duration: Math.round(duration * 1e3) / 1e3 };
  if (upperText !== void 0 && lowerText !== void 0) {
    if (type === "R") throw new UserFacingError(`"${text}": a rest has no interval window`);
    const upper = parseIntervalName(upperText);
    const lower = parseIntervalName(lowerText);
    if (upper - lower !== 2 * WINDOW_HALF_WIDTH) {
      throw new UserFacingError(
        `"${text}": the window <${upperText},${lowerText}> must be ${2 * WINDOW_HALF_WIDTH} semitones wide`
      );
    }
    value.window = { upper, lower };
  }
  return value;
}
function chordAt(chords, time) {
  let found = chords[0]?.chord;
  for (const timed of chords) {
    if (timed.start <= time + TIME_EPSILON) found = timed.chord;
    else break;
  }
  return found;
}
var WINDOW_HALF_WIDTH, SIMPLE_INTERVALS, DIATONIC_SEMITONES, PERFECT_STEPS, VALUE_PATTERN;
var init_grammar = __esm({
  "src/core/solo/grammar.ts"() {
    init_inferChords();
    init_types2();
    init_errors();
    init_chords();
    WINDOW_HALF_WIDTH = 3;
    SIMPLE_INTERVALS = [
      ["P", 1],
      ["m", 2],
      ["M", 2],
      ["m", 3],
      ["M", 3],
      ["P", 4],
      ["d", 5],
      ["P", 5],
      ["m", 6],
      ["M", 6],
      ["m", 7],
      ["M", 7]
    ];
    DIATONIC_SEMITONES = [0, 2, 4, 5, 7, 9, 11];
    PERFECT_STEPS = /* @__PURE__ */ new Set([0, 3, 4]);
    VALUE_PATTERN = /^([CSAXR]),(\d+(?:\.\d+)?)(?:,<([^,<>]+),([^,<>]+)>)?$/;
  }
});

// src/core/solo/style.ts
function strongBeatOffsets(meter) {
  const bar = barQuarters(meter);
  const beats = beatsPerBar(meter);
  return beats >= 4 && beats % 2 === 0 ? [0, bar / 2] : [0];
}
function playsSixteenths(style) {
  return (style.sixteenthShare ?? 0) >= SIXTEENTH_GRID_MIN_SHARE;
}
var SIXTEENTH_GRID_MIN_SHARE, STYLE_SHARE_FIELDS, STYLE_COUNT_FIELDS;
var init_style = __esm({
  "src/core/solo/style.ts"() {
    init_inferChords();
    init_types2();
    init_chordClass();
    init_grammar();
    init_types2();
    init_meter();
    init_ticks();
    SIXTEENTH_GRID_MIN_SHARE = 0.02;
    STYLE_SHARE_FIELDS = [
      "strongBeatChordToneRatio",
      "strongBeatTensionRatio",
      "strongBeatChromaticRatio",
      "restShare",
      "phraseRestShare",
      "chromaticShare",
      "eighthShare",
      "sixteenthShare",
      "tripletShare",
      "repeatShare",
      "stepShare",
      "skipShare",
      "leapShare"
    ];
    STYLE_COUNT_FIELDS = {
      phraseMedianNotes: 1e4,
      rangeSemitones: 127,
      pitchSpread: 127
    };
  }
});

// src/core/solo/beatGuide.ts
function valueTicks(quarters) {
  return Number.isFinite(quarters) && quarters > 0 ? Math.max(1, Math.round(quarters * TICKS_PER_QUARTER)) : 1;
}
function rhythmGrid(meter) {
  const ticks = barTicks(meter);
  const stepTicks = ticks % EIGHTH_TICKS === 0 ? EIGHTH_TICKS : EIGHTH_TICKS / 2;
  return { stepTicks, triplets: allowsTriplets(meter), barTicks: ticks };
}
function placeValues(values, meter, options = {}) {
  const clock = new RhythmClock(meter, options);
  return values.map((value, index) => {
    const span = clock.spanFor(valueTicks(value.duration), value.type === "R", index === values.length - 1);
    clock.advance(span);
    return span;
  });
}
function shareTargets(entries, other) {
  if (entries.some(([, share]) => share === void 0)) return void 0;
  const targets = new Map(entries);
  const rest = 1 - entries.reduce((sum, [, share]) => sum + (share ?? 0), 0);
  if (!targets.has(other)) targets.set(other, Math.max(0, rest));
  return targets;
}
function intervalClass(semitones) {
  const size2 = Math.abs(semitones);
  return size2 === 0 ? "repeat" : size2 <= 2 ? "step" : size2 <= 4 ? "skip" : "leap";
}
function onsetClass(ticks) {
  if (ticks === EIGHTH_TICKS) return "eighth";
  if (ticks === SIXTEENTH_TICKS) return "sixteenth";
  if (ticks === TRIPLET_EIGHTH_TICKS) return "triplet";
  return "other";
}
function strongBeatClass(type) {
  return type === "C" ? "chordTone" : type === "S" ? "tension" : "chromatic";
}
var DEFAULT_STRONG_BEAT_PENALTY, DEFAULT_STRONG_BEAT_TARGET, DEFAULT_REST_SHARE, MIN_PHRASE_NOTES, SILENCE_PENALTY, LONG_PHRASE_NOTES, BREATH_DEBT_BARS, EIGHTH_TICKS, SIXTEENTH_TICKS, TRIPLET_EIGHTH_TICKS, RhythmClock, STEER_GAIN, STEER_LIMIT, STEER_PRIOR, STEER_FLOOR, ShareSteer, INTERVAL_MATCH, BeatGuide;
var init_beatGuide = __esm({
  "src/core/solo/beatGuide.ts"() {
    init_ticks();
    init_meter();
    init_style();
    DEFAULT_STRONG_BEAT_PENALTY = 0.02;
    DEFAULT_STRONG_BEAT_TARGET = 0.9;
    DEFAULT_REST_SHARE = 0.1;
    MIN_PHRASE_NOTES = 3;
    SILENCE_PENALTY = 0.05;
    LONG_PHRASE_NOTES = 12;
    BREATH_DEBT_BARS = 0.25;
    EIGHTH_TICKS = TICKS_PER_QUARTER / 2;
    SIXTEENTH_TICKS = TICKS_PER_QUARTER / 4;
    TRIPLET_EIGHTH_TICKS = TICKS_PER_QUARTER / 3;
    RhythmClock = class {
      stepTicks;
      triplets;
      sixteenths;
      barTicks;
      /** Where the next value starts, in ticks from the start of the solo. */
      position = 0;
      constructor(meter, options = {}) {
        const grid = rhythmGrid(meter);
        this.stepTicks = grid.stepTicks;
        this.triplets = grid.triplets;
        this.sixteenths = grid.triplets && options.sixteenths === true;
        this.barTicks = grid.barTicks;
      }
      /** Whether a value of `ticks` may start at the current position; `closing`: it is the last value. */
      fits(ticks, isRest, closing = false) {
        const start = this.position;
        const end = start + ticks;
        const onEighths = end % this.stepTicks === 0;
        if (!this.triplets) return onEighths;
        const startInBeat = start % TICKS_PER_QUARTER;
        const endInBeat = end % TICKS_PER_QUARTER;
        const straight = (inBeat) => inBeat % EIGHTH_TICKS === 0 || this.sixteenths && inBeat % SIXTEENTH_TICKS === 0;
        if (!straight(endInBeat) && endInBeat % TRIPLET_EIGHTH_TICKS !== 0) return false;
        if (closing && !onEighths) return false;
        if (isRest && !(straight(startInBeat) && straight(endInBeat))) return false;
        const beatStart = start - startInBeat;
        if (startInBeat % EIGHTH_TICKS === SIXTEENTH_TICKS && end > beatStart + TICKS_PER_QUARTER) return false;
        if (endInBeat % EIGHTH_TICKS === SIXTEENTH_TICKS && start < end - endInBeat) return false;
        const sameBeat = Math.floor(start / TICKS_PER_QUARTER) === Math.floor(end / TICKS_PER_QUARTER);
        if (sameBeat && startInBeat !== 0 && startInBeat % SIXTEENTH_TICKS === 0 !== (endInBeat % SIXTEENTH_TICKS === 0))
          return false;
        return true;
      }
      /**
       * The span a value of `ticks` gets here: its own length when it fits, otherwise the nearest length that does.
       * A rest inside an open triplet group (only values the guide did not choose can put one there) closes the
       * group as a note would.
       */
      spanFor(ticks, isRest, closing = false) {
        const start = this.position;
        const length = this.fits(ticks, isRest, closing) ? ticks : this.nearestFit(ticks, isRest, closing) || this.nearestFit(ticks, false, closing);
        const end = start + length;
        const barEnd = Math.ceil(end / this.barTicks) * this.barTicks;
        const onSixteenth = start % TICKS_PER_QUARTER % EIGHTH_TICKS === SIXTEENTH_TICKS;
        if (closing && !isRest && !onSixteenth && barEnd - end <= this.barTicks / 2) return { start, end: barEnd };
        return { start, end };
      }
      /** Whether a value of `ticks` can be given some length here (a rest cannot inside a triplet group). */
      canPlace(ticks, isRest, closing = false) {
        return this.fits(ticks, isRest, closing) || this.nearestFit(ticks, isRest, closing) > 0;
      }
      /**
       * The fitting length nearest `ticks` (0 when none), up to two bars of 4/4; the shorter wins a tie. Lengths
       * ending on the eighth grid come first: a sixteenth becomes an eighth, and opens no triplet.
       */
      nearestFit(ticks, isRest, closing) {
        let best = 0;
        for (const onEighths of [true, false]) {
          for (let length = 1; length <= Math.max(96, 2 * ticks); length++) {
            if ((this.position + length) % this.stepTicks === 0 !== onEighths || !this.fits(length, isRest, closing))
              continue;
            if (best === 0 || Math.abs(length - ticks) < Math.abs(best - ticks)) best = length;
          }
          if (best > 0) return best;
        }
        return best;
      }
      advance(span) {
        this.position = span.end;
      }
      get sixteenthGrid() {
        return this.sixteenths;
      }
    };
    STEER_GAIN = 2;
    STEER_LIMIT = 20;
    STEER_PRIOR = 8;
    STEER_FLOOR = 0.01;
    ShareSteer = class {
      constructor(targets) {
        this.targets = targets;
      }
      targets;
      counts = /* @__PURE__ */ new Map();
      total = 0;
      factor(key) {
        const target = this.targets.get(key) ?? 0;
        const played = ((this.counts.get(key) ?? 0) + STEER_PRIOR * target) / (this.total + STEER_PRIOR);
        const ratio = ((target + STEER_FLOOR) / (played + STEER_FLOOR)) ** STEER_GAIN;
        return Math.min(STEER_LIMIT, Math.max(1 / STEER_LIMIT, ratio));
      }
      target(key) {
        return this.targets.get(key) ?? 0;
      }
      count(key) {
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
        this.total++;
      }
    };
    INTERVAL_MATCH = 0.5;
    BeatGuide = class {
      /**
       * `values` is the model's vocabulary, parsed, in index order; `style` (or a number: the strong-beat share)
       * what the training corpus did.
       */
      constructor(values, meter, style = {}, penalty = DEFAULT_STRONG_BEAT_PENALTY) {
        this.penalty = penalty;
        const given = typeof style === "number" ? { strongBeatChordToneRatio: style } : style;
        this.target = given.strongBeatChordToneRatio ?? DEFAULT_STRONG_BEAT_TARGET;
        this.restShare = given.restShare ?? DEFAULT_REST_SHARE;
        this.longPhraseNotes = Math.max(MIN_PHRASE_NOTES + 1, Math.round(given.phraseMedianNotes ?? LONG_PHRASE_NOTES));
        this.phraseRestShare = given.phraseRestShare;
        this.clock = new RhythmClock(meter, { sixteenths: playsSixteenths(given) });
        this.barTicks = rhythmGrid(meter).barTicks;
        this.beatTicks = this.barTicks / beatsPerBar(meter);
        this.strongTicks = strongBeatOffsets(meter).map((q) => Math.round(q * TICKS_PER_QUARTER));
        this.values = values;
        this.durationTicks = Int32Array.from(values, (v) => valueTicks(v.duration));
        this.isRest = Uint8Array.from(values, (v) => v.type === "R" ? 1 : 0);
        this.penalisable = Uint8Array.from(values, (v) => v.type === "C" || v.type === "R" ? 0 : 1);
        this.isChordTone = Uint8Array.from(values, (v) => v.type === "C" ? 1 : 0);
        this.allowed = new Uint8Array(values.length);
        const strongTargets = shareTargets(
          [
            ["chordTone", given.strongBeatChordToneRatio],
            ["tension", given.strongBeatTensionRatio],
            ["chromatic", given.strongBeatChromaticRatio]
          ],
          "chromatic"
        );
        if (strongTargets && this.target > 0) this.strongBeatSteer = new ShareSteer(strongTargets);
        const onsetTargets = shareTargets(
          [
            ["eighth", given.eighthShare],
            ["sixteenth", given.sixteenthShare],
            ["triplet", given.tripletShare]
          ],
          "other"
        );
        if (onsetTargets) this.onsetSteer = new ShareSteer(onsetTargets);
        const intervalTargets = shareTargets(
          [
            ["repeat", given.repeatShare],
            ["step", given.stepShare],
            ["skip", given.skipShare],
            ["leap", given.leapShare]
          ],
          "leap"
        );
        if (intervalTargets) this.intervalSteer = new ShareSteer(intervalTargets);
      }
      penalty;
      clock;
      barTicks;
      beatTicks;
      strongTicks;
      values;
      durationTicks;
      isRest;
      penalisable;
      isChordTone;
      target;
      restShare;
      longPhraseNotes;
      /** The corpus's time between phrases (undefined: a model that records only its rest share). */
      phraseRestShare;
      /** Steering of the strong beats' classes (a model that records them), else of the chord-tone share alone. */
      strongBeatSteer;
      onsetSteer;
      intervalSteer;
      recorded = [];
      allowed;
      /** Set by an explanation (generate --explain) to see each stage of adjust; decoding never reads it. */
      recorder;
      /** Strong beats the solo so far sounded a note over, and how many of those were chord tones. */
      strongBeats = 0;
      chordToneBeats = 0;
      silentTicks = 0;
      /** Length of the silence the solo is in (0 while a note sounds). */
      silenceRun = 0;
      /** Silence in the breaths between phrases (silences of a beat or more followed by a note). */
      breathTicks = 0;
      /** Notes since the last breath (a silence of a beat or more, as phrases are counted). */
      phraseNotes = 0;
      /** Where the values chosen so far sit, in ticks from the start (what the realiser writes). */
      get spans() {
        return this.recorded;
      }
      /** Whether the guide writes sixteenths (its corpus plays them). */
      get sixteenths() {
        return this.clock.sixteenthGrid;
      }
      /**
       * Reweights, in place, the probabilities [V] of the next value: impossible ones become 0 (off the grid, a
       * rest that would make a silence of a bar or end a fragment), and the shares the solo has drifted from its
       * corpus's are pulled back: the classes of the strong beats, the onset-to-onset rhythm, the silence.
       * `stepsLeft` counts this step (1: the last value).
       */
      adjust(probabilities, stepsLeft = Infinity) {
        const closing = stepsLeft <= 1;
        const possible = this.allowed;
        let anyPossible = false;
        for (let v = 0; v < probabilities.length; v++) {
          const rest = this.isRest[v] === 1;
          const fits = this.clock.fits(this.durationTicks[v], rest, closing);
          possible[v] = fits && (!rest || this.restAllowed(this.durationTicks[v], stepsLeft)) ? 1 : 0;
          if (possible[v] && probabilities[v] > 0) anyPossible = true;
        }
        if (!anyPossible) {
          let anyNote = false;
          for (let v = 0; v < probabilities.length; v++) if (!this.isRest[v] && probabilities[v] > 0) anyNote = true;
          for (let v = 0; v < probabilities.length; v++) {
            if (this.isRest[v] && (anyNote || !this.clock.canPlace(this.durationTicks[v], true, closing)))
              probabilities[v] = 0;
          }
          this.recorder?.afterStage("rules", probabilities, () => true);
          return;
        }
        const restOverShare = (ticks) => this.silentTicks + ticks > this.restShare * (this.clock.position + ticks) + this.beatTicks / 2;
        for (let v = 0; v < probabilities.length; v++) {
          if (!possible[v]) probabilities[v] = 0;
          else if (this.isRest[v] && restOverShare(this.durationTicks[v])) probabilities[v] *= SILENCE_PENALTY;
        }
        this.recorder?.afterStage(
          "rules",
          probabilities,
          (v) => this.clock.fits(this.durationTicks[v], this.isRest[v] === 1, closing)
        );
        const breathDue = this.phraseNotes >= this.longPhraseNotes && (this.phraseRestShare === void 0 ? this.silentTicks < this.restShare * this.clock.position - this.barTicks * BREATH_DEBT_BARS : this.breathTicks < this.phraseRestShare * this.clock.position + this.beatTicks);
        const longestBreath = this.phraseRestShare === void 0 ? this.beatTicks : this.barTicks;
        const isBreath = (v) => this.isRest[v] === 1 && probabilities[v] > 0 && this.durationTicks[v] <= longestBreath && !restOverShare(this.durationTicks[v]);
        let anyBreath = false;
        for (let v = 0; v < probabilities.length; v++) if (isBreath(v)) anyBreath = true;
        if (breathDue && anyBreath) {
          for (let v = 0; v < probabilities.length; v++) if (!isBreath(v)) probabilities[v] = 0;
        }
        this.recorder?.afterStage("breath", probabilities);
        if (this.onsetSteer) this.steerClasses(probabilities, this.onsetSteer, this.onsetClassOf, 0);
        if (this.intervalSteer) this.steerClasses(probabilities, this.intervalSteer, this.intervalClassOf, INTERVAL_MATCH);
        if (this.strongBeatSteer) {
          this.steerClasses(probabilities, this.strongBeatSteer, this.strongBeatClassOf, 1);
          return;
        }
        if (this.chordToneBeats / (this.strongBeats + 1) >= this.target) return;
        for (let v = 0; v < probabilities.length; v++) {
          if (this.penalisable[v] && this.coversStrongBeat(this.durationTicks[v])) probabilities[v] *= this.penalty;
        }
      }
      onsetClassOf = (v) => this.isRest[v] ? void 0 : onsetClass(this.durationTicks[v]);
      intervalClassOf = (v) => {
        const window = this.values[v].window;
        return window && !this.isRest[v] ? intervalClass((window.upper + window.lower) / 2) : void 0;
      };
      strongBeatClassOf = (v) => !this.isRest[v] && this.coversStrongBeat(this.durationTicks[v]) ? strongBeatClass(this.values[v].type) : void 0;
      /**
       * Among the values `classOf` sorts into classes, moves probability between the classes and keeps their sum:
       * each class's share is brought towards the corpus's by (target / share) ^ `match` (1: exactly the corpus's
       * shares here, 0: the model's), times the pull back of the solo's drift. The model's order inside a class
       * stays. A class the corpus never plays gets nothing when `match` > 0.
       */
      steerClasses(probabilities, steer, classOf, match) {
        const mass = /* @__PURE__ */ new Map();
        const members = [];
        for (let v = 0; v < probabilities.length; v++) {
          if (!(probabilities[v] > 0)) continue;
          const key = classOf(v);
          if (key === void 0) continue;
          members.push([v, key]);
          mass.set(key, (mass.get(key) ?? 0) + probabilities[v]);
        }
        const total = [...mass.values()].reduce((a, b) => a + b, 0);
        if (!(total > 0)) return;
        const weight = /* @__PURE__ */ new Map();
        for (const [key, classMass] of mass) {
          const matched = match > 0 ? (steer.target(key) / (classMass / total)) ** match : 1;
          weight.set(key, matched * steer.factor(key));
        }
        const steered = members.reduce((sum, [v, key]) => sum + probabilities[v] * (weight.get(key) ?? 0), 0);
        if (!(steered > 0)) return;
        for (const [v, key] of members) probabilities[v] *= (weight.get(key) ?? 0) * total / steered;
      }
      /** Moves past the chosen value. `closing`: it is the last value of the solo. */
      accept(index, closing = false) {
        const rest = this.isRest[index] === 1;
        const span = this.clock.spanFor(this.durationTicks[index], rest, closing);
        const sounds = this.penalisable[index] === 1 || this.isChordTone[index] === 1;
        if (sounds && this.coversStrongBeat(span.end - span.start)) {
          this.strongBeats++;
          this.chordToneBeats += this.isChordTone[index];
          this.strongBeatSteer?.count(strongBeatClass(this.values[index].type));
        }
        if (rest) {
          this.silentTicks += span.end - span.start;
          this.silenceRun += span.end - span.start;
          if (this.silenceRun >= this.beatTicks) this.phraseNotes = 0;
        } else {
          if (this.silenceRun >= this.beatTicks) this.breathTicks += this.silenceRun;
          this.silenceRun = 0;
          this.phraseNotes++;
          this.onsetSteer?.count(onsetClass(span.end - span.start));
          const interval = this.intervalClassOf(index);
          if (interval) this.intervalSteer?.count(interval);
        }
        this.recorded.push(span);
        this.clock.advance(span);
      }
      /**
       * A rest keeps the silence under a bar, and makes a breath (a beat or more) only after a phrase and early
       * enough for another phrase to follow. The last value is a note.
       */
      restAllowed(ticks, stepsLeft) {
        const silence = this.silenceRun + ticks;
        if (stepsLeft <= 1 || silence >= this.barTicks) return false;
        if (silence < this.beatTicks) return true;
        const phraseDone = this.phraseNotes === 0 || this.phraseNotes >= MIN_PHRASE_NOTES;
        return phraseDone && stepsLeft > MIN_PHRASE_NOTES;
      }
      coversStrongBeat(duration) {
        const start = this.clock.position;
        const end = start + duration;
        for (let bar = Math.floor(start / this.barTicks); bar * this.barTicks < end; bar++) {
          for (const strong of this.strongTicks) {
            const at = bar * this.barTicks + strong;
            if (at >= start && at < end) return true;
          }
        }
        return false;
      }
    };
  }
});

// src/core/solo/melodicLine.ts
function rangeForRegister(register) {
  const low = Math.max(0, register.low - REGISTER_MARGIN);
  const high = Math.min(127, Math.max(register.high + REGISTER_MARGIN, low + 11));
  return [low, high];
}
function registerWithin(range2) {
  const [low, high] = validateRange(range2);
  const centre = Math.round((low + high) / 2);
  return { low: low + REGISTER_MARGIN, high: high - REGISTER_MARGIN, centre, phraseStart: centre };
}
function readRegister(value) {
  if (typeof value !== "object" || value === null) return void 0;
  const { low, high, centre, phraseStart } = value;
  const isPitch = (n) => Number.isInteger(n) && n >= 0 && n <= 127;
  if (!isPitch(low) || !isPitch(high) || !isPitch(centre) || !isPitch(phraseStart)) return void 0;
  if (low > high || centre < low || centre > high) return void 0;
  return { low, high, centre, phraseStart };
}
function candidatePitches(type, chord, nextChord, range2) {
  const pitches = [];
  for (let p = range2[0]; p <= range2[1]; p++) pitches.push(p);
  const chordPcs = new Set(chord.pitchClasses);
  const scalePcs = new Set(scaleForChord(chord));
  const outside = (p) => !chordPcs.has(mod12(p)) && !scalePcs.has(mod12(p));
  const firstNonEmpty = (...lists) => lists.find((list) => list.length > 0) ?? pitches;
  switch (type) {
    case "C": {
      const tones = pitches.filter((p) => chordPcs.has(mod12(p)));
      return { preferred: tones, allowed: tones };
    }
    case "S": {
      const tones = firstNonEmpty(
        pitches.filter((p) => scalePcs.has(mod12(p)) && !chordPcs.has(mod12(p))),
        pitches.filter((p) => scalePcs.has(mod12(p)))
      );
      return { preferred: tones, allowed: tones };
    }
    case "A": {
      const nextPcs = new Set(nextChord.pitchClasses);
      const nextToNext = (p) => nextPcs.has(mod12(p + 1)) || nextPcs.has(mod12(p - 1));
      const nextToCurrent = (p) => chordPcs.has(mod12(p + 1)) || chordPcs.has(mod12(p - 1));
      const allowed = firstNonEmpty(
        pitches.filter((p) => outside(p) && (nextToNext(p) || nextToCurrent(p))),
        pitches.filter((p) => !chordPcs.has(mod12(p)) && nextToCurrent(p))
      );
      const preferred = allowed.filter(nextToNext);
      return { preferred: preferred.length ? preferred : allowed, allowed };
    }
    case "X": {
      const tones = firstNonEmpty(
        pitches.filter((p) => outside(p) && classifyPitch(p, chord) === "X"),
        pitches.filter(outside),
        pitches.filter((p) => !chordPcs.has(mod12(p)))
      );
      return { preferred: tones, allowed: tones };
    }
  }
}
function lineMotion(style = {}) {
  return { free: freeIntervalWeights(style), stepPreference: style.stepShare === void 0 ? STEP_PREFERENCE : 1 };
}
function freeIntervalWeights(style = {}) {
  const { repeatShare, stepShare, skipShare, leapShare } = style;
  if (repeatShare === void 0 || stepShare === void 0 || skipShare === void 0 || leapShare === void 0)
    return FREE_INTERVAL_WEIGHTS;
  const leapSizes = Array.from({ length: 8 }, (_, i) => LEAP_DECAY ** i);
  const leapTotal = leapSizes.reduce((a, b) => a + b, 0);
  return [
    repeatShare,
    stepShare / 2,
    stepShare / 2,
    skipShare / 2,
    skipShare / 2,
    ...leapSizes.map((w) => leapShare * w / leapTotal)
  ];
}
function chooseLine(steps, options) {
  const register = options.register ?? (options.range ? registerWithin(options.range) : BUNDLED_CORPUS_REGISTER);
  const range2 = validateRange(options.range ?? rangeForRegister(register));
  const notes = [];
  const noteIndexOfStep = [];
  let silence = Infinity;
  for (const step of steps) {
    if (step.value.type === "R") {
      silence += step.value.duration;
      noteIndexOfStep.push(-1);
      continue;
    }
    noteIndexOfStep.push(notes.length);
    notes.push(noteState(step, register, range2, silence >= PHRASE_BREATH_QUARTERS, options.style?.pitchSpread));
    silence = 0;
  }
  const chosen = sampleLine(notes, options.rng, lineMotion(options.style));
  return noteIndexOfStep.map((index) => index < 0 ? null : chosen[index]);
}
function noteState(step, register, range2, startsPhrase, pitchSpread) {
  const value = step.value;
  const tiers = candidatePitches(value.type, step.chord, step.nextChord, range2);
  const preferred = new Set(tiers.preferred);
  const tensions = value.type === "C" && step.onStrongBeat === false ? candidatePitches("S", step.chord, step.nextChord, range2).allowed : [];
  const pitches = [.../* @__PURE__ */ new Set([...tiers.preferred, ...tiers.allowed, ...tensions])].sort((a, b) => a - b);
  const spread = Math.max(
    1,
    pitchSpread !== void 0 ? LINE_SPREAD_FACTOR * pitchSpread : REGISTER_SPREAD * (register.high - register.low)
  );
  const own = pitches.map((p) => {
    const beyond = Math.max(0, register.low - p, p - register.high);
    const fromCentre = (p - register.centre) / spread;
    let weight = BEYOND_REGISTER ** beyond * Math.exp(-0.5 * fromCentre * fromCentre);
    if (step.onsetChord && classifyPitch(p, step.onsetChord) !== "C" && classifyPitch(p, step.onsetChord) !== "S") {
      weight *= ANTICIPATION_OUTSIDE;
    }
    if (value.type === "C" && !preferred.has(p)) weight *= TENSION_FOR_CHORD_TONE;
    else if (!preferred.has(p)) weight *= APPROACH_ELSEWHERE;
    if (startsPhrase) {
      const fromStart = (p - register.phraseStart) / PHRASE_START_SPREAD;
      weight *= Math.exp(-0.5 * fromStart * fromStart);
    }
    return weight;
  });
  return { value, pitches, own, startsPhrase };
}
function intervalWeights(previousState, previous, note, motion) {
  const weights = rawIntervalWeights(previousState, previous, note, motion);
  return weights.some((w) => w > 0) ? weights : note.pitches.map(() => 1);
}
function rawIntervalWeights(previousState, previous, note, { free, stepPreference }) {
  const { value, pitches } = note;
  const resolves = (previousState.value.type === "A" || previousState.value.type === "X") && (value.type === "C" || value.type === "S");
  const approach = previousState.value.type === "A";
  const resolution = (p) => {
    const size2 = Math.abs(p - previous);
    if (!resolves || size2 < 1 || size2 > 2) return 1;
    return approach && size2 === 2 ? RESOLUTION_BONUS / 4 : RESOLUTION_BONUS;
  };
  if (value.window) {
    const learned = (value.window.upper + value.window.lower) / 2;
    const halfWidth = Math.abs(value.window.upper - value.window.lower) / 2;
    const allowed = (p) => p !== previous || learned === 0;
    for (const target2 of [previous + learned, previous - learned]) {
      const inside = pitches.map((p) => Math.abs(p - target2) <= halfWidth && allowed(p));
      if (!inside.includes(true)) continue;
      return pitches.map((p, i) => {
        if (!inside[i]) return 0;
        const step = Math.abs(p - previous) <= 2 ? stepPreference : 1;
        return TARGET_CLOSENESS[Math.min(Math.abs(p - target2), TARGET_CLOSENESS.length - 1)] * step * resolution(p);
      });
    }
    const target = previous + learned;
    const others = pitches.filter(allowed);
    const nearest = Math.min(...others.map((p) => Math.abs(p - target)));
    return pitches.map((p) => allowed(p) && Math.abs(p - target) === nearest ? 1 : 0);
  }
  if (note.startsPhrase) return pitches.map((p) => p === previous ? 0 : 1);
  return pitches.map((p) => {
    const size2 = Math.abs(p - previous);
    return (size2 < free.length ? free[size2] : NEGLIGIBLE) * resolution(p);
  });
}
function sampleLine(notes, rng, motion) {
  if (notes.length === 0) return [];
  const forward = [normalised(notes[0].own)];
  const transitions = [[]];
  for (let i = 1; i < notes.length; i++) {
    const note = notes[i];
    const rows = notes[i - 1].pitches.map((previous) => intervalWeights(notes[i - 1], previous, note, motion));
    transitions.push(rows);
    const alpha = note.pitches.map((_, k2) => {
      let sum = 0;
      for (let j = 0; j < rows.length; j++) sum += forward[i - 1][j] * rows[j][k2];
      return sum * note.own[k2];
    });
    forward.push(normalised(alpha));
  }
  const chosen = new Array(notes.length);
  let k = drawIndex(forward[notes.length - 1], rng);
  chosen[notes.length - 1] = notes[notes.length - 1].pitches[k];
  for (let i = notes.length - 1; i > 0; i--) {
    const rows = transitions[i];
    const weights = forward[i - 1].map((alpha, j) => alpha * rows[j][k]);
    k = drawIndex(weights, rng);
    chosen[i - 1] = notes[i - 1].pitches[k];
  }
  return chosen;
}
function normalised(weights) {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (!(total > 0) || !Number.isFinite(total)) return weights.map(() => 1 / weights.length);
  return weights.map((w) => w / total);
}
function drawIndex(weights, rng) {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (!(total > 0) || !Number.isFinite(total)) return rng.int(weights.length);
  let draw = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    draw -= weights[i];
    if (draw < 0) return i;
  }
  return weights.length - 1;
}
function validateRange(range2) {
  const [low, high] = range2;
  if (!Number.isInteger(low) || !Number.isInteger(high) || low < 0 || high > 127 || high - low < 11) {
    throw new UserFacingError(
      `pitch range [${low}, ${high}] must be whole MIDI numbers within 0..127 spanning at least an octave`
    );
  }
  return [low, high];
}
var BUNDLED_CORPUS_REGISTER, REGISTER_MARGIN, PHRASE_BREATH_QUARTERS, DEFAULT_RANGE, TARGET_CLOSENESS, FREE_INTERVAL_WEIGHTS, LEAP_DECAY, STEP_PREFERENCE, NEGLIGIBLE, PHRASE_START_SPREAD, RESOLUTION_BONUS, APPROACH_ELSEWHERE, TENSION_FOR_CHORD_TONE, ANTICIPATION_OUTSIDE, BEYOND_REGISTER, REGISTER_SPREAD, LINE_SPREAD_FACTOR;
var init_melodicLine = __esm({
  "src/core/solo/melodicLine.ts"() {
    init_errors();
    init_chords();
    init_grammar();
    BUNDLED_CORPUS_REGISTER = { low: 62, high: 83, centre: 72, phraseStart: 72 };
    REGISTER_MARGIN = 2;
    PHRASE_BREATH_QUARTERS = 1;
    DEFAULT_RANGE = rangeForRegister(BUNDLED_CORPUS_REGISTER);
    TARGET_CLOSENESS = [1, 0.12, 0.04, 0.015];
    FREE_INTERVAL_WEIGHTS = [0, 1, 1, 0.1, 0.08, 0.02, 0.01, 0.015, 5e-3, 5e-3, 5e-3, 5e-3, 5e-3];
    LEAP_DECAY = 0.75;
    STEP_PREFERENCE = 3;
    NEGLIGIBLE = 1e-9;
    PHRASE_START_SPREAD = 4;
    RESOLUTION_BONUS = 20;
    APPROACH_ELSEWHERE = 0.3;
    TENSION_FOR_CHORD_TONE = 0.6;
    ANTICIPATION_OUTSIDE = 0.3;
    BEYOND_REGISTER = 0.2;
    REGISTER_SPREAD = 0.3;
    LINE_SPREAD_FACTOR = 2;
  }
});

// src/shared/defaults.ts
var DEFAULTS, REFERENCE_TRAINING, DEFAULT_MODEL_FOLDER;
var init_defaults = __esm({
  "src/shared/defaults.ts"() {
    DEFAULTS = {
      /** Grammar values (notes and rests) in a generated solo: the reference generates 100. */
      steps: 100,
      /** Times a solo over a tune (a library tune, an iReal chart) goes through its form. */
      choruses: 1,
      temperature: 1,
      /** Sampling among the 8 most likely values keeps a solo idiomatic without reciting the corpus. */
      topK: 8,
      /** Quarter notes per minute: a medium swing. */
      tempo: 130,
      /** The first of two eighths takes 60% of the beat: a light swing, between straight (0.5) and triplet (0.67). */
      swing: 0.6,
      meter: "4/4",
      /** Values "continue this solo" inserts: about two bars. */
      continueSteps: 32,
      title: "Jazz solo"
    };
    REFERENCE_TRAINING = {
      tx: 30,
      units: 64,
      epochs: 100,
      batchSize: 32,
      learningRate: 0.01,
      beta1: 0.9,
      beta2: 0.999,
      decay: 0.01,
      m: 60,
      seed: 1
    };
    DEFAULT_MODEL_FOLDER = ["models", "default"];
  }
});

// src/core/theory/progression.ts
function chordUnitChoices(meter) {
  const barTicks2 = barQuarters(meter) * TICKS_PER_QUARTER;
  const noteTicks = 4 * TICKS_PER_QUARTER / meter.denominator;
  const choices = [];
  if (isCompoundMeter(meter)) choices.push(noteTicks * 3);
  if (meter.denominator <= 4) choices.push(TICKS_PER_QUARTER);
  else choices.push(noteTicks);
  return choices.filter((unit) => Number.isInteger(unit) && barTicks2 % unit === 0);
}
function validateMeter(meter, file) {
  if (!Number.isInteger(meter.numerator) || meter.numerator < 1 || meter.numerator > 32 || !SUPPORTED_DENOMINATORS.has(meter.denominator)) {
    throw new UserFacingError(
      `${file ? file + ": " : ""}unsupported meter ${meter.numerator}/${meter.denominator} (use N/1, N/2, N/4, N/8 or N/16 with N from 1 to 32)`,
      file
    );
  }
}
function parseMeter(text, source = "meter") {
  const trimmed = text.trim();
  if (trimmed === "C") return { numerator: 4, denominator: 4 };
  if (trimmed === "C|") return { numerator: 2, denominator: 2 };
  const match = /^(\d{1,2})\s*\/\s*(\d{1,2})$/.exec(trimmed);
  if (!match)
    throw new UserFacingError(`${source}: unreadable meter "${text}" (write for example 4/4, 3/4, 6/8 or 12/8)`);
  const meter = { numerator: Number(match[1]), denominator: Number(match[2]) };
  validateMeter(meter, source);
  return meter;
}
function leadingMeterField(text, source) {
  const match = /^\s*M:\s*(C\||C|\d{1,2}\s*\/\s*\d{1,2})(?=\s|\||$)/.exec(text);
  if (!match) return { rest: text };
  return { meter: parseMeter(match[1], source), rest: text.slice(match[0].length) };
}
function shareUnits(count, units) {
  const base = Math.floor(units / count);
  const extra = units % count;
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0));
}
function firstChordIn(barTexts) {
  for (const token of barTexts.flatMap((bar) => bar.split(/\s+/))) {
    const chord = REPEAT_MARKS.has(token) || NO_CHORD.test(token) ? void 0 : parseChordSymbol(token);
    if (chord) return chord;
  }
  return void 0;
}
function expandRepeats(text) {
  if (!text.includes("|") && !text.includes("::")) return text;
  const bars = [];
  let repeatStart = 0;
  for (const part of text.split(/(\|:|:\||::)/)) {
    if (part === "|:") {
      repeatStart = bars.length;
    } else if (part === ":|" || part === "::") {
      bars.push(...bars.slice(repeatStart));
      repeatStart = bars.length;
    } else {
      bars.push(
        ...part.split(/\[\||\|\]|\|\||\|/).map((bar) => bar.trim()).filter((bar) => bar.length > 0)
      );
    }
  }
  return bars.length ? `| ${bars.join(" | ")} |` : text;
}
function parseProgression(text, givenMeter = DEFAULT_METER, source = "progression") {
  const field = leadingMeterField(text, source);
  const meter = field.meter ?? givenMeter;
  validateMeter(meter, source);
  const normalised2 = expandRepeats(field.rest).replace(/\[\||\|\]|\|\||:\||\|:|::/g, "|");
  const barTexts = normalised2.includes("|") ? normalised2.split("|").map((bar) => bar.trim()).filter((bar) => bar.length > 0) : normalised2.split(/\s+/).filter((token) => token.length > 0);
  if (barTexts.length === 0) {
    throw new UserFacingError(`${source}: the chord progression is empty (write bars like "| Dm7 G7 | Cmaj7 |")`);
  }
  const barTicks2 = barQuarters(meter) * TICKS_PER_QUARTER;
  const unitChoices = chordUnitChoices(meter);
  const chords = [];
  let previousBar;
  let lastChord;
  barTexts.forEach((barText, barIndex) => {
    const barNumber = barIndex + 1;
    const barStartTicks = barIndex * barTicks2;
    const tokens = barText.split(/\s+/);
    let placed;
    if (tokens.length === 1 && tokens[0] === "%") {
      if (!previousBar) throw new UserFacingError(`${source}: bar 1 repeats a previous bar ("%") but there is none`);
      placed = previousBar;
    } else {
      const unit = unitChoices.find((choice) => barTicks2 / choice >= tokens.length);
      if (unit === void 0) {
        const most = barTicks2 / unitChoices[unitChoices.length - 1];
        throw new UserFacingError(
          `${source}: bar ${barNumber} has ${tokens.length} chords; at most ${most} fit in a ${meter.numerator}/${meter.denominator} bar`
        );
      }
      const shares = shareUnits(tokens.length, barTicks2 / unit);
      placed = [];
      let offsetUnits = 0;
      tokens.forEach((token, i) => {
        const offsetTicks = offsetUnits * unit;
        offsetUnits += shares[i];
        if (REPEAT_MARKS.has(token) || NO_CHORD.test(token)) {
          if (NO_CHORD.test(token)) lastChord ??= firstChordIn(barTexts);
          if (!lastChord) {
            throw new UserFacingError(
              `${source}: bar ${barNumber} starts with "${token}" but no chord comes before it`
            );
          }
          if (i === 0) placed.push({ chord: lastChord, offsetTicks });
          return;
        }
        const chord = parseChordSymbol(token);
        if (!chord) {
          throw new UserFacingError(`${source}: unreadable chord symbol "${token}" in bar ${barNumber}`);
        }
        placed.push({ chord, offsetTicks });
        lastChord = chord;
      });
    }
    for (const { chord, offsetTicks } of placed) {
      chords.push({ start: (barStartTicks + offsetTicks) / TICKS_PER_QUARTER, chord });
      lastChord = chord;
    }
    previousBar = placed;
  });
  return { meter, chords, lengthQuarters: barTexts.length * barTicks2 / TICKS_PER_QUARTER };
}
function keyForProgression(progression) {
  const timed = progression.chords;
  if (timed.length === 0) return DEFAULT_KEY;
  const spans = timed.map((c, i) => {
    const end = i + 1 < timed.length ? timed[i + 1].start : progression.lengthQuarters;
    return { chord: c.chord, length: Math.max(0, end - c.start) };
  });
  const total = spans.reduce((sum, s) => sum + s.length, 0) || 1;
  const first = timed[0].chord;
  const last = timed[timed.length - 1].chord;
  const second = timed.find((c) => c.chord.root !== first.root)?.chord;
  const opensWithTwoFive = MINOR_QUALITIES.has(first.quality) && second?.quality === "dom7" && second.root === (first.root + 5) % 12;
  let best;
  for (const mode of ["major", "minor"]) {
    const scale = mode === "major" ? MAJOR_SCALE : NATURAL_MINOR_SCALE;
    for (let tonic = 0; tonic < 12; tonic++) {
      const inKey = new Set(scale.map((step) => (tonic + step) % 12));
      let fit = 0;
      for (const { chord, length } of spans) {
        const tones = chord.pitchClasses;
        const share = tones.filter((pc) => inKey.has(pc)).length / Math.max(1, tones.length);
        fit += length / total * (share + (inKey.has(chord.root) ? 0.5 : 0));
      }
      const isTonicChord = (chord) => chord.root === tonic && MINOR_QUALITIES.has(chord.quality) === (mode === "minor");
      const endsHome = isTonicChord(last) && (last.quality !== "dom7" || last.root === first.root);
      const startsHome = isTonicChord(first) && !opensWithTwoFive;
      const score = fit + (startsHome ? 0.45 : 0) + (endsHome ? 0.5 : 0);
      if (!best || score > best.score + 1e-9) {
        const name = mode === "major" ? MAJOR_KEY_NAMES[tonic] : MINOR_KEY_NAMES[tonic];
        best = { key: { tonic, mode, name }, score };
      }
    }
  }
  return best.key;
}
function parseKeyName(text, source = "key") {
  const match = /^\s*([A-Ga-g])([#b♯♭]?)\s*([A-Za-z]*)\s*$/.exec(text);
  const modeWord = match?.[3].toLowerCase() ?? "";
  const mode = match ? MODE_WORDS.find(([pattern]) => pattern.test(modeWord))?.[1] : void 0;
  if (!match || !mode) {
    throw new UserFacingError(`${source}: unreadable key "${text}" (write for example F, Bb, F#m, D dorian)`);
  }
  const letter = match[1].toUpperCase();
  const accidental = match[2] === "\u266F" ? "#" : match[2] === "\u266D" ? "b" : match[2];
  const tonic = parsePitchClassName(letter + accidental);
  return { tonic, mode, name: `${letter}${accidental}${ABC_MODE_SUFFIX[mode]}` };
}
var DEFAULT_PROGRESSION, DEFAULT_KEY, DEFAULT_TEMPO, DEFAULT_METER, REPEAT_MARKS, SUPPORTED_DENOMINATORS, NO_CHORD, MAJOR_SCALE, NATURAL_MINOR_SCALE, MAJOR_KEY_NAMES, MINOR_KEY_NAMES, MINOR_QUALITIES, MODE_WORDS, ABC_MODE_SUFFIX;
var init_progression = __esm({
  "src/core/theory/progression.ts"() {
    init_ticks();
    init_errors();
    init_chords();
    init_types2();
    init_defaults();
    init_meter();
    DEFAULT_PROGRESSION = "| F7 | Bb7 | F7 | Cm7 F7 | Bb7 | Bdim7 | F7 | D7 | Gm7 | C7 | F7 D7 | Gm7 C7 |";
    DEFAULT_KEY = { tonic: 5, mode: "major", name: "F" };
    DEFAULT_TEMPO = DEFAULTS.tempo;
    DEFAULT_METER = { numerator: 4, denominator: 4 };
    REPEAT_MARKS = /* @__PURE__ */ new Set(["%", "/"]);
    SUPPORTED_DENOMINATORS = /* @__PURE__ */ new Set([1, 2, 4, 8, 16]);
    NO_CHORD = /^N\.?C\.?$/i;
    MAJOR_SCALE = [0, 2, 4, 5, 7, 9, 11];
    NATURAL_MINOR_SCALE = [0, 2, 3, 5, 7, 8, 10];
    MAJOR_KEY_NAMES = ["C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"];
    MINOR_KEY_NAMES = ["Cm", "C#m", "Dm", "Ebm", "Em", "Fm", "F#m", "Gm", "G#m", "Am", "Bbm", "Bm"];
    MINOR_QUALITIES = /* @__PURE__ */ new Set(["min", "min7", "minMaj7", "min6", "halfDim7", "dim", "dim7"]);
    MODE_WORDS = [
      [/^(|maj|major|ion|ionian)$/, "major"],
      [/^(m|min|minor|aeo|aeolian)$/, "minor"],
      [/^(dor|dorian)$/, "dorian"],
      [/^(mix|mixolydian)$/, "mixolydian"],
      [/^(lyd|lydian)$/, "lydian"],
      [/^(phr|phrygian)$/, "phrygian"],
      [/^(loc|locrian)$/, "locrian"]
    ];
    ABC_MODE_SUFFIX = {
      major: "",
      minor: "m",
      dorian: "Dor",
      mixolydian: "Mix",
      lydian: "Lyd",
      phrygian: "Phr",
      locrian: "Loc"
    };
  }
});

// src/core/solo/realiser.ts
function checkedSpans(spans, count) {
  let position = 0;
  for (const span of spans) {
    if (span.start !== position || !Number.isInteger(span.end) || span.end <= span.start) {
      throw new UserFacingError(
        `value spans must follow each other from tick 0 (got ${span.start}-${span.end} at ${position})`
      );
    }
    position = span.end;
  }
  if (spans.length !== count) throw new UserFacingError(`${spans.length} value spans given for ${count} values`);
  return spans;
}
function chordSoundingAt(progression, quarters) {
  const length = progression.lengthQuarters;
  const position = length > 0 ? (quarters % length + length) % length : quarters;
  const chord = chordAt(progression.chords, position);
  if (!chord) throw new UserFacingError("the chord progression has no chords");
  return chord;
}
function unrollChords(progression, totalQuarters) {
  const unrolled = [];
  const length = progression.lengthQuarters;
  if (length <= 0) return progression.chords.slice();
  for (let offset = 0; offset < totalQuarters - 1e-9; offset += length) {
    for (const timed of progression.chords) {
      const start = offset + timed.start;
      if (start < totalQuarters - 1e-9) unrolled.push({ ...timed, start });
    }
  }
  return unrolled;
}
function harmonicAnchor(start, end, meter) {
  const ticksPerBar = barTicks(meter);
  const strongTicks = strongBeatOffsets(meter).map((q) => Math.round(q * TICKS_PER_QUARTER));
  let anchor = start;
  for (let bar = Math.floor(start / ticksPerBar); bar * ticksPerBar < end; bar++) {
    for (const offset of strongTicks) {
      const at = bar * ticksPerBar + offset;
      if (at > start && at < end) anchor = Math.max(anchor, at);
    }
  }
  return anchor;
}
function soundsOnStrongBeat(start, end, meter) {
  const ticksPerBar = barTicks(meter);
  const strongTicks = strongBeatOffsets(meter).map((q) => Math.round(q * TICKS_PER_QUARTER));
  for (let bar = Math.floor(start / ticksPerBar); bar * ticksPerBar < end; bar++) {
    if (strongTicks.some((offset) => bar * ticksPerBar + offset >= start && bar * ticksPerBar + offset < end))
      return true;
  }
  return false;
}
function realiseSolo(values, progression, options) {
  validateMeter(progression.meter);
  if (values.length === 0) throw new UserFacingError("there are no generated values to turn into a solo");
  if (progression.chords.length === 0) throw new UserFacingError("the chord progression has no chords");
  const rng = createRng(options.seed);
  const ticksPerBar = barTicks(progression.meter);
  const spans = options.spans ? checkedSpans(options.spans, values.length) : placeValues(values, progression.meter, { sixteenths: playsSixteenths(options.style ?? {}) });
  const lineSteps = values.map((value, valueIndex) => {
    const { start, end } = spans[valueIndex];
    const chord = chordSoundingAt(progression, harmonicAnchor(start, end, progression.meter) / TICKS_PER_QUARTER);
    const onStrongBeat = soundsOnStrongBeat(start, end, progression.meter);
    const onsetChord = chordSoundingAt(progression, start / TICKS_PER_QUARTER);
    const nextChord = chordSoundingAt(progression, end / TICKS_PER_QUARTER);
    return { value, chord, nextChord, onStrongBeat, onsetChord: onsetChord === chord ? void 0 : onsetChord };
  });
  const pitches = chooseLine(lineSteps, {
    register: options.register,
    range: options.range,
    style: options.style,
    rng
  });
  const notes = [];
  values.forEach((_, valueIndex) => {
    const { start, end } = spans[valueIndex];
    pushSplitAtBars(notes, pitches[valueIndex], start, end, valueIndex, ticksPerBar);
  });
  const lastEnd = spans[spans.length - 1].end;
  const bars = Math.max(1, Math.ceil(lastEnd / ticksPerBar));
  if (lastEnd < bars * ticksPerBar) {
    notes.push({
      pitch: null,
      startTick: lastEnd,
      durationTicks: bars * ticksPerBar - lastEnd,
      valueIndex: FILLER_VALUE_INDEX
    });
  }
  return {
    title: options.title ?? DEFAULTS.title,
    subtitle: options.subtitle,
    meter: progression.meter,
    key: options.key ?? keyForProgression(progression),
    tempo: options.tempo ?? DEFAULT_TEMPO,
    swing: options.swing,
    notes,
    chords: unrollChords(progression, bars * ticksPerBar / TICKS_PER_QUARTER),
    bars
  };
}
function pushSplitAtBars(notes, pitch, start, end, valueIndex, ticksPerBar) {
  let pieceStart = start;
  while (pieceStart < end) {
    const barEnd = (Math.floor(pieceStart / ticksPerBar) + 1) * ticksPerBar;
    const pieceEnd = Math.min(end, barEnd);
    notes.push({ pitch, startTick: pieceStart, durationTicks: pieceEnd - pieceStart, valueIndex });
    pieceStart = pieceEnd;
  }
}
function mergeTies(notes) {
  const merged = [];
  for (const note of notes) {
    const last = merged[merged.length - 1];
    if (last && last.valueIndex === note.valueIndex && last.valueIndex !== FILLER_VALUE_INDEX && last.pitch === note.pitch && last.startTick + last.durationTicks === note.startTick) {
      last.durationTicks += note.durationTicks;
    } else merged.push({ ...note });
  }
  return merged;
}
var SIXTEENTH_TICKS2, TRIPLET_EIGHTH_TICKS2, FILLER_VALUE_INDEX;
var init_realiser = __esm({
  "src/core/solo/realiser.ts"() {
    init_ticks();
    init_errors();
    init_beatGuide();
    init_style();
    init_grammar();
    init_melodicLine();
    init_progression();
    init_meter();
    init_random();
    init_defaults();
    SIXTEENTH_TICKS2 = TICKS_PER_QUARTER / 4;
    TRIPLET_EIGHTH_TICKS2 = TICKS_PER_QUARTER / 3;
    FILLER_VALUE_INDEX = -1;
  }
});

// src/core/band/timeline.ts
function pulseTicks(meter) {
  return groupingBeatTicks(meter);
}
function pulsesPerBar(meter) {
  return Math.max(1, Math.round(barTicks(meter) / pulseTicks(meter)));
}
function chordSegments(chords, soloTicks) {
  const timed = chords.map((c) => ({ chord: c.chord, startTick: Math.round(c.start * TICKS_PER_QUARTER) })).filter((c) => c.startTick < soloTicks).sort((a, b) => a.startTick - b.startTick);
  const segments = [];
  for (const [index, current] of timed.entries()) {
    const next = timed[index + 1];
    const startTick = index === 0 ? 0 : current.startTick;
    const endTick = next ? next.startTick : soloTicks;
    if (endTick <= startTick) continue;
    segments.push({ chord: current.chord, startTick, endTick });
  }
  return segments;
}
function segmentAt(segments, tick) {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = low + high >> 1;
    const segment = segments[middle];
    if (tick < segment.startTick) high = middle - 1;
    else if (tick >= segment.endTick) low = middle + 1;
    else return segment;
  }
  return void 0;
}
function chorusStarts(segments, meter, soloTicks, chorusTicks) {
  const given = chorusTicks && chorusTicks > 0 ? chorusTicks : void 0;
  const shortest = MIN_CHORUS_BARS * barTicks(meter);
  const period = given ? given * Math.ceil(shortest / given) : detectChorusTicks(segments, meter, soloTicks);
  if (!period) return [];
  const starts = [];
  for (let tick = period; tick < soloTicks; tick += period) starts.push(tick);
  return starts;
}
function detectChorusTicks(segments, meter, soloTicks) {
  const bar = barTicks(meter);
  const bars = Math.floor(soloTicks / bar);
  const symbolAt = (tick) => segmentAt(segments, tick)?.chord.symbol;
  const step = pulseTicks(meter);
  for (let periodBars = MIN_CHORUS_BARS; periodBars * 2 <= bars; periodBars++) {
    const period = periodBars * bar;
    let repeats = true;
    for (let tick = period; tick < soloTicks && repeats; tick += step)
      repeats = symbolAt(tick) === symbolAt(tick - period);
    if (repeats) return period;
  }
  return void 0;
}
var MIN_CHORUS_BARS;
var init_timeline = __esm({
  "src/core/band/timeline.ts"() {
    init_ticks();
    init_meter();
    MIN_CHORUS_BARS = 4;
  }
});

// src/core/band/bass.ts
function bassPulseTicks(meter, twoFeel) {
  const pulse = pulseTicks(meter);
  if (!twoFeel) return pulse;
  const pulses = pulsesPerBar(meter);
  return pulses % 2 === 0 ? pulse * 2 : pulse * pulses;
}
function bassRuns(segments, soloTicks, pulse) {
  const runs = [];
  const lookAhead = Math.max(0, Math.ceil(pulse / 2) - 1);
  for (let tick = 0; tick < soloTicks; tick += pulse) {
    const segment = segmentAt(segments, Math.min(soloTicks - 1, tick + lookAhead));
    if (!segment) continue;
    const last = runs[runs.length - 1];
    if (last && last.segment === segment) last.beatTicks.push(tick);
    else runs.push({ segment, beatTicks: [tick] });
  }
  return runs;
}
function pitchesOf(pitchClasses) {
  const wanted = new Set(pitchClasses.map(mod12));
  const pitches = [];
  for (let pitch = BASS_LOWEST; pitch <= BASS_HIGHEST; pitch++) if (wanted.has(mod12(pitch))) pitches.push(pitch);
  return pitches;
}
function foundation(chord) {
  return chord.bass ?? chord.root;
}
function weightedPick(rng, items) {
  const total = items.reduce((sum, entry) => sum + entry.weight, 0);
  let threshold = rng.next() * total;
  for (const entry of items) {
    threshold -= entry.weight;
    if (threshold < 0) return entry.item;
  }
  return items[items.length - 1].item;
}
function chooseArrival(chord, previous, beatsBefore, repeated, rng) {
  const reach = beatsBefore <= 1 ? MAX_BASS_LEAP : MAX_BASS_LEAP + 2 + MAX_BASS_LEAP * (beatsBefore - 2);
  let pitchClasses = [foundation(chord)];
  if (repeated && rng.next() < 0.35)
    pitchClasses = [chord.pitchClasses[1] ?? chord.root, chord.pitchClasses[2] ?? chord.root];
  for (const classes of [pitchClasses, chord.pitchClasses]) {
    const options = pitchesOf(classes).filter(
      (p) => Math.abs(p - previous) <= reach && (beatsBefore > 1 || p !== previous)
    );
    if (options.length === 0) continue;
    const scored = options.map((pitch) => ({
      item: pitch,
      weight: Math.exp(-Math.abs(pitch - previous) / 3 - Math.abs(pitch - BASS_CENTRE) / 6)
    }));
    return weightedPick(rng, scored);
  }
  return previous;
}
function chooseApproach(target, from, current, next, rng) {
  const scaleTones = new Set([...scaleForChord(current), ...scaleForChord(next)].map(mod12));
  const options = [];
  for (const offset of [-2, -1, 1, 2]) {
    const pitch = target + offset;
    if (!inRange(pitch) || Math.abs(pitch - from) > MAX_BASS_LEAP || pitch === from) continue;
    const kind = Math.abs(offset) === 1 ? 1.5 : scaleTones.has(mod12(pitch)) ? 1 : 0.05;
    const sameDirection = Math.sign(target - from) === Math.sign(-offset) ? 2 : 1;
    options.push({ item: pitch, weight: kind * sameDirection });
  }
  if (options.length > 0) return weightedPick(rng, options);
  return [target - 1, target + 1, target - 2, target + 2].find(inRange) ?? target;
}
function walkBetween(from, to, steps, chord, beatInBar, rng) {
  const chordTones = new Set(chord.pitchClasses.map(mod12));
  const scale = scaleForChord(chord);
  const line = [];
  let previous = from;
  for (let step = 0; step < steps; step++) {
    const remaining = steps - step;
    const strong = beatInBar(step) % 2 === 0;
    const options = [];
    for (const pitch2 of pitchesOf(scale)) {
      const leap = Math.abs(pitch2 - previous);
      if (leap > MAX_BASS_LEAP || leap === 0) continue;
      if (to !== void 0 && (Math.abs(pitch2 - to) > MAX_BASS_LEAP * remaining || remaining === 1 && pitch2 === to))
        continue;
      let weight = chordTones.has(mod12(pitch2)) ? strong ? 4 : 2 : strong ? 0.7 : 1.5;
      weight /= (1 + leap / 2) ** 2;
      if (to !== void 0) {
        const ideal = previous + (to - previous) / (remaining + 1);
        weight /= (1 + Math.abs(pitch2 - ideal) / 3) ** 2;
      } else {
        weight /= 1 + Math.abs(pitch2 - BASS_CENTRE) / 8;
      }
      options.push({ item: pitch2, weight });
    }
    const pitch = options.length > 0 ? weightedPick(rng, options) : previous;
    line.push(pitch);
    previous = pitch;
  }
  return line;
}
function walkBass(segments, meter, soloTicks, rng, twoFeel = false) {
  const pulse = bassPulseTicks(meter, twoFeel);
  const runs = bassRuns(segments, soloTicks, pulse);
  if (runs.length === 0) return [];
  const bar = barTicks(meter);
  const pitches = [];
  let arrival = chooseArrival(runs[0].segment.chord, BASS_CENTRE, 2, false, rng);
  for (const [index, run] of runs.entries()) {
    const chord = run.segment.chord;
    const next = runs[index + 1];
    const beats = run.beatTicks.length;
    const line = [arrival];
    if (next) {
      const repeated = next.segment.chord.symbol === chord.symbol;
      const nextArrival = chooseArrival(next.segment.chord, arrival, beats, repeated, rng);
      if (beats >= 2) {
        const approach = chooseApproach(nextArrival, arrival, chord, next.segment.chord, rng);
        const middle = walkBetween(
          arrival,
          approach,
          beats - 2,
          chord,
          (i) => beatIndexInBar(run.beatTicks[i + 1], bar, pulse),
          rng
        );
        const lastMiddle = middle.length > 0 ? middle[middle.length - 1] : arrival;
        const fixedApproach = Math.abs(approach - lastMiddle) <= MAX_BASS_LEAP && approach !== lastMiddle ? approach : chooseApproach(nextArrival, lastMiddle, chord, next.segment.chord, rng);
        line.push(...middle, fixedApproach);
      }
      arrival = nextArrival;
    } else {
      line.push(
        ...walkBetween(
          arrival,
          void 0,
          beats - 1,
          chord,
          (i) => beatIndexInBar(run.beatTicks[i + 1], bar, pulse),
          rng
        )
      );
    }
    pitches.push(line);
  }
  const notes = [];
  runs.forEach((run, runIndex) => {
    run.beatTicks.forEach((tick, beat) => {
      const length = Math.min(pulse, soloTicks - tick);
      const downbeat = tick % bar === 0;
      notes.push({
        pitch: pitches[runIndex][beat],
        startTick: tick,
        // Legato but re-struck: each note stops a hair before the next.
        durationTicks: Math.max(1, length - 1),
        velocity: Math.round((downbeat ? 88 : 80) + (rng.next() - 0.5) * 10)
      });
    });
  });
  return notes;
}
function beatIndexInBar(tick, bar, pulse) {
  return Math.floor(tick % bar / pulse);
}
var BASS_LOWEST, BASS_HIGHEST, MAX_BASS_LEAP, BASS_CENTRE, inRange;
var init_bass = __esm({
  "src/core/band/bass.ts"() {
    init_chords();
    init_realiser();
    init_timeline();
    BASS_LOWEST = 28;
    BASS_HIGHEST = 48;
    MAX_BASS_LEAP = 9;
    BASS_CENTRE = 38;
    inRange = (pitch) => pitch >= BASS_LOWEST && pitch <= BASS_HIGHEST;
  }
});

// src/core/band/voicings.ts
function guideTones(chord) {
  const intervals = new Set(chord.pitchClasses.map((pc) => mod12(pc - chord.root)));
  const third = guideThird(chord.quality, intervals);
  const seventh = guideSeventh(chord.quality, intervals);
  return [third, seventh];
}
function guideThird(quality, intervals) {
  if (quality === "sus4") return 5;
  if (quality === "sus2") return 2;
  if (quality === "power") return 7;
  if (intervals.has(4) && !["min", "min7", "min6", "minMaj7", "dim", "dim7", "halfDim7"].includes(quality)) return 4;
  return intervals.has(3) ? 3 : 4;
}
function guideSeventh(quality, intervals) {
  switch (quality) {
    case "dim":
    case "dim7":
      return 9;
    case "maj6":
    case "min6":
      return 9;
    case "maj7":
    case "minMaj7":
    case "augMaj7":
      return 11;
    case "maj":
    case "min":
    case "aug":
    case "power":
    case "sus2":
      return intervals.has(11) ? 11 : intervals.has(10) ? 10 : 9;
    default:
      return intervals.has(11) && !intervals.has(10) ? 11 : 10;
  }
}
function colourTones(chord, resolvesToMinor = false) {
  const [third, seventh] = guideTones(chord);
  const written = chord.pitchClasses.map((pc) => mod12(pc - chord.root)).filter((interval) => interval !== 0 && interval !== third && interval !== seventh);
  const writtenTensions = written.filter((interval) => interval !== 7);
  const byQuality = {
    maj7: [
      [2, 7],
      [2, 9]
    ],
    maj: [[2, 7]],
    maj6: [
      [2, 7],
      [7, 0]
    ],
    augMaj7: [[8, 2]],
    min7: [
      [2, 7],
      [2, 5],
      [5, 7]
    ],
    min: [
      [2, 7],
      [2, 5]
    ],
    min6: [
      [2, 7],
      [2, 5]
    ],
    minMaj7: [
      [2, 7],
      [2, 5]
    ],
    dom7: resolvesToMinor ? [
      [1, 8],
      [3, 8],
      [1, 7]
    ] : [
      [2, 9],
      [2, 7],
      [9, 1]
    ],
    aug7: [
      [8, 2],
      [8, 3]
    ],
    aug: [
      [8, 2],
      [8, 0]
    ],
    halfDim7: [
      [6, 5],
      [6, 0],
      [6, 2]
    ],
    dim7: [
      [6, 2],
      [6, 0]
    ],
    dim: [
      [6, 2],
      [6, 0]
    ],
    sus4: [
      [2, 9],
      [2, 7]
    ],
    sus2: [
      [7, 9],
      [7, 4]
    ],
    power: [
      [0, 2],
      [0, 5]
    ]
  };
  const clashes = (interval) => writtenTensions.some((w) => w !== interval && sameFamily(w, interval));
  const choices = byQuality[chord.quality].filter((pair) => !pair.some(clashes)).map((pair) => pair.filter((i) => i !== third && i !== seventh));
  if (writtenTensions.length > 0) {
    const fill2 = byQuality[chord.quality][0].filter((i) => !writtenTensions.some((w) => sameFamily(w, i)));
    choices.unshift([...writtenTensions, ...fill2].slice(0, 2));
  }
  return dedupe(
    choices.map((pair) => [...new Set(pair)].filter((i) => i !== third && i !== seventh)).filter((pair) => pair.length > 0)
  );
}
function sameFamily(a, b) {
  return a === b || TENSION_FAMILIES.some((family) => family.includes(a) && family.includes(b));
}
function dedupe(sets) {
  const seen = /* @__PURE__ */ new Set();
  return sets.filter((set) => {
    const key = [...set].sort((a, b) => a - b).join(",");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function voicingCandidates(chord, resolvesToMinor = false) {
  const [third, seventh] = guideTones(chord);
  const voicings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const colours of colourTones(chord, resolvesToMinor)) {
    const pitchClasses = [third, seventh, ...colours].map((interval) => mod12(chord.root + interval));
    for (const voicing of placements(pitchClasses)) {
      const key = voicing.join(",");
      if (seen.has(key)) continue;
      seen.add(key);
      voicings.push(voicing);
    }
  }
  return voicings;
}
function placements(pitchClasses) {
  const octaves = pitchClasses.map((pc) => {
    const pitches = [];
    for (let pitch = COMPING_LOWEST; pitch <= COMPING_HIGHEST; pitch++) if (mod12(pitch) === pc) pitches.push(pitch);
    return pitches;
  });
  const results = [];
  const chosen = [];
  const visit = (index) => {
    if (index === octaves.length) {
      const sorted = [...chosen].sort((a, b) => a - b);
      if (sorted[sorted.length - 1] - sorted[0] <= MAX_SPAN && lowEnoughIntervals(sorted)) results.push(sorted);
      return;
    }
    for (const pitch of octaves[index]) {
      chosen.push(pitch);
      visit(index + 1);
      chosen.pop();
    }
  };
  visit(0);
  return results;
}
function lowEnoughIntervals(sorted) {
  const bottom = sorted[1] - sorted[0];
  if (bottom <= 2) return sorted[0] >= 55;
  if (bottom === 3) return sorted[0] >= 51;
  return true;
}
function voiceMotion(from, to) {
  const size2 = Math.max(from.length, to.length);
  const pad = (v) => [...v, ...Array(size2 - v.length).fill(v[v.length - 1])];
  const a = pad(from);
  const b = pad(to);
  let total = 0;
  for (let i = 0; i < size2; i++) total += Math.abs(a[i] - b[i]);
  return total;
}
function chooseVoicing(candidates, previous, avoid = /* @__PURE__ */ new Set()) {
  const allowed = candidates.filter((voicing) => voicing.every((pitch) => !avoid.has(pitch)));
  const pool = allowed.length > 0 ? allowed : candidates.map((voicing) => moveOffLead(voicing, avoid));
  let best = pool[0];
  let bestScore = Infinity;
  for (const voicing of pool) {
    const centre = Math.abs(voicing.reduce((sum, p) => sum + p, 0) / voicing.length - COMPING_CENTRE);
    const score = (previous ? voiceMotion(previous, voicing) : 0) + centre / 100;
    if (score < bestScore) {
      bestScore = score;
      best = voicing;
    }
  }
  return best;
}
function moveOffLead(voicing, avoid) {
  return voicing.map((pitch) => {
    if (!avoid.has(pitch)) return pitch;
    return [pitch - 12, pitch + 12, pitch - 24, pitch + 24].find(
      (moved) => !avoid.has(moved) && !voicing.includes(moved)
    ) ?? pitch;
  }).sort((a, b) => a - b);
}
var COMPING_LOWEST, COMPING_HIGHEST, MAX_SPAN, COMPING_CENTRE, TENSION_FAMILIES;
var init_voicings = __esm({
  "src/core/band/voicings.ts"() {
    init_chords();
    COMPING_LOWEST = 50;
    COMPING_HIGHEST = 72;
    MAX_SPAN = 12;
    COMPING_CENTRE = 60;
    TENSION_FAMILIES = [
      [1, 2, 3],
      [5, 6],
      [8, 9]
    ];
  }
});

// src/core/band/comping.ts
function pickCell(cells, rng, leadPerBeat) {
  const weightOf = (cell) => {
    if (leadPerBeat <= RESTING_LEAD) return cell.hits.length === 0 ? 0 : cell.weight * cell.hits.length;
    if (leadPerBeat >= BUSY_LEAD) return cell.hits.length === 0 ? cell.weight * 3 : cell.weight / cell.hits.length;
    return cell.weight;
  };
  const total = cells.reduce((sum, cell) => sum + weightOf(cell), 0);
  let threshold = rng.next() * total;
  for (const cell of cells) {
    threshold -= weightOf(cell);
    if (threshold < 0) return cell;
  }
  return cells[cells.length - 1];
}
function stretches(segment, meter, pulse) {
  const bar = barTicks(meter);
  const result = [];
  let start = segment.startTick;
  while (start < segment.endTick) {
    const barEnd = (Math.floor(start / bar) + 1) * bar;
    const end = Math.min(segment.endTick, barEnd);
    const beats = Math.max(1, Math.floor((end - start) / pulse));
    const taken = Math.min(4, beats === 5 ? 3 : beats);
    result.push({ start, beats: taken });
    start += Math.max(1, Math.min(end - start, taken * pulse));
  }
  return result;
}
function compingRhythm(segments, meter, soloTicks, lead, rng) {
  const pulse = pulseTicks(meter);
  const compound = isCompoundMeter(meter) || pulse !== 12;
  const eighth = compound ? pulse : pulse / 2;
  const slots = [];
  for (const [index, segment] of segments.entries()) {
    const own = [];
    for (const stretch of stretches(segment, meter, pulse)) {
      const leadPerBeat = lead.countStarting(stretch.start, stretch.start + stretch.beats * pulse) / stretch.beats;
      const cell = compound ? pickCell(COMPOUND_CELLS, rng, leadPerBeat) : pickCell(SIMPLE_CELLS[stretch.beats] ?? SIMPLE_CELLS[1], rng, leadPerBeat);
      const limit = Math.min(segment.endTick, stretch.start + stretch.beats * pulse);
      for (const [onset, length] of cell.hits) {
        const startTick = stretch.start + Math.round(onset * eighth);
        const endTick = Math.min(limit, startTick + Math.round(length * eighth));
        if (startTick < limit && endTick > startTick) {
          own.push({ startTick, durationTicks: endTick - startTick, segmentIndex: index, anticipation: false });
        }
      }
    }
    const anticipateBy = compound ? Math.round(pulse / 3) : pulse / 2;
    const first = own[0];
    if (index > 0 && first && first.startTick === segment.startTick && rng.next() < ANTICIPATION_CHANCE) {
      const early = segment.startTick - anticipateBy;
      if (early >= segments[index - 1].startTick) {
        trimBefore(slots, early);
        first.startTick = early;
        first.durationTicks += anticipateBy;
        first.anticipation = true;
      }
    }
    slots.push(...own);
  }
  return slots.filter((slot) => slot.startTick < soloTicks);
}
function trimBefore(slots, tick) {
  for (let i = slots.length - 1; i >= 0; i--) {
    const slot = slots[i];
    if (slot.startTick + slot.durationTicks <= tick) return;
    if (slot.startTick >= tick - 1) slots.splice(i, 1);
    else slot.durationTicks = tick - slot.startTick;
  }
}
function planComping(segments, meter, soloTicks, lead, rng) {
  const leadIndex = new LeadIndex(lead);
  const slots = compingRhythm(segments, meter, soloTicks, leadIndex, rng);
  const voicings = /* @__PURE__ */ new Map();
  const hits = [];
  let previous;
  for (const slot of slots) {
    const chord = segments[slot.segmentIndex].chord;
    const next = segments[slot.segmentIndex + 1]?.chord;
    const resolvesToMinor = chord.quality === "dom7" && next !== void 0 && MINOR_QUALITIES2.has(next.quality);
    const key = `${chord.symbol}|${resolvesToMinor}`;
    let candidates = voicings.get(key);
    if (!candidates) {
      candidates = voicingCandidates(chord, resolvesToMinor);
      voicings.set(key, candidates);
    }
    if (candidates.length === 0) continue;
    const avoid = leadIndex.pitchesDuring(slot.startTick, slot.startTick + slot.durationTicks);
    const voicing = chooseVoicing(candidates, previous, avoid);
    previous = voicing;
    hits.push({
      startTick: slot.startTick,
      durationTicks: slot.durationTicks,
      chord,
      voicing,
      velocity: Math.round(60 + rng.next() * 12 + (slot.anticipation ? 8 : 0)),
      anticipation: slot.anticipation
    });
  }
  return hits;
}
var SIMPLE_CELLS, COMPOUND_CELLS, ANTICIPATION_CHANCE, BUSY_LEAD, RESTING_LEAD, MINOR_QUALITIES2, LeadIndex;
var init_comping = __esm({
  "src/core/band/comping.ts"() {
    init_realiser();
    init_meter();
    init_timeline();
    init_voicings();
    SIMPLE_CELLS = {
      1: [
        { hits: [[0, 1.6]], weight: 3 },
        { hits: [], weight: 1 }
      ],
      2: [
        { hits: [[0, 1.6]], weight: 2 },
        { hits: [[0, 3.5]], weight: 2 },
        { hits: [[1, 1.4]], weight: 1.5 },
        { hits: [[2, 1.2]], weight: 1 },
        { hits: [], weight: 0.5 }
      ],
      3: [
        { hits: [[0, 5.5]], weight: 1.5 },
        {
          hits: [
            [2, 0.9],
            [4, 0.9]
          ],
          weight: 2
        },
        {
          hits: [
            [0, 1.5],
            [3, 1.4]
          ],
          weight: 2
        },
        {
          hits: [
            [1, 0.9],
            [4, 1.5]
          ],
          weight: 1.5
        },
        { hits: [], weight: 0.4 }
      ],
      4: [
        // The Charleston: beat 1 and the 'and' of 2.
        {
          hits: [
            [0, 2.5],
            [3, 0.9]
          ],
          weight: 3
        },
        // Its reverse: the 'and' of 1 and beat 3.
        {
          hits: [
            [1, 0.9],
            [4, 1.8]
          ],
          weight: 2
        },
        // A sustained chord.
        { hits: [[0, 7.5]], weight: 1.5 },
        // Stabs on 2 and 4.
        {
          hits: [
            [2, 0.9],
            [6, 0.9]
          ],
          weight: 1.5
        },
        // Pushed: the 'and' of 2 held.
        { hits: [[3, 3]], weight: 1.5 },
        {
          hits: [
            [0, 1.4],
            [5, 1.4]
          ],
          weight: 1
        },
        { hits: [], weight: 0.5 }
      ]
    };
    COMPOUND_CELLS = [
      { hits: [[0, 0.9]], weight: 2 },
      { hits: [[0, 2.8]], weight: 1.5 },
      { hits: [[2 / 3, 0.6]], weight: 1 },
      { hits: [], weight: 0.5 }
    ];
    ANTICIPATION_CHANCE = 0.3;
    BUSY_LEAD = 1.5;
    RESTING_LEAD = 0.25;
    MINOR_QUALITIES2 = /* @__PURE__ */ new Set(["min", "min7", "min6", "minMaj7", "halfDim7"]);
    LeadIndex = class {
      notes;
      longest;
      constructor(lead) {
        this.notes = [...lead].sort((a, b) => a.startTick - b.startTick);
        this.longest = this.notes.reduce((max, n) => Math.max(max, n.durationTicks), 0);
      }
      /** How many notes start in [start, end). */
      countStarting(start, end) {
        return this.firstStartingAt(end) - this.firstStartingAt(start);
      }
      firstStartingAt(tick) {
        let low = 0;
        let high = this.notes.length;
        while (low < high) {
          const middle = low + high >> 1;
          if (this.notes[middle].startTick < tick) low = middle + 1;
          else high = middle;
        }
        return low;
      }
      /** The pitches sounding at any moment of [start, end). */
      pitchesDuring(start, end) {
        const pitches = /* @__PURE__ */ new Set();
        for (let i = this.firstStartingAt(start - this.longest); i < this.notes.length && this.notes[i].startTick < end; i++) {
          const note = this.notes[i];
          if (note.startTick + note.durationTicks > start) pitches.add(note.pitch);
        }
        return pitches;
      }
    };
  }
});

// src/core/band/drums.ts
function drumStyle(meter) {
  if (meter.numerator === 3 && meter.denominator === 4) return "waltz";
  if (isCompoundMeter(meter) || pulseTicks(meter) !== 12) return "compound";
  return "swing";
}
function timeBar(meter, rng) {
  const pulse = pulseTicks(meter);
  const pulses = pulsesPerBar(meter);
  const hits = [];
  const vary = (base) => Math.round(base + (rng.next() - 0.5) * 8);
  const style = drumStyle(meter);
  for (let beat = 0; beat < pulses; beat++) {
    const tick = beat * pulse;
    const backbeat = beat % 2 === 1;
    if (style === "swing") {
      hits.push({ pitch: DRUM.ride, startTick: tick, velocity: vary(backbeat ? 84 : 74) });
      if (backbeat) hits.push({ pitch: DRUM.ride, startTick: tick + pulse / 2, velocity: vary(58) });
      if (backbeat) hits.push({ pitch: DRUM.pedalHat, startTick: tick, velocity: vary(72) });
      hits.push({ pitch: DRUM.kick, startTick: tick, velocity: vary(30) });
    } else if (style === "waltz") {
      hits.push({ pitch: DRUM.ride, startTick: tick, velocity: vary(beat === 0 ? 82 : 72) });
      if (beat === 1) hits.push({ pitch: DRUM.ride, startTick: tick + pulse / 2, velocity: vary(58) });
      if (beat > 0) hits.push({ pitch: DRUM.pedalHat, startTick: tick, velocity: vary(68) });
      else hits.push({ pitch: DRUM.kick, startTick: tick, velocity: vary(40) });
    } else {
      hits.push({ pitch: DRUM.ride, startTick: tick, velocity: vary(beat === 0 ? 82 : 74) });
      const third = Math.round(pulse * 2 / 3);
      if (pulse % 3 === 0) hits.push({ pitch: DRUM.ride, startTick: tick + third, velocity: vary(56) });
      if (backbeat) hits.push({ pitch: DRUM.pedalHat, startTick: tick, velocity: vary(68) });
      if (beat === 0) hits.push({ pitch: DRUM.kick, startTick: tick, velocity: vary(36) });
    }
  }
  return hits;
}
function fillBeats(meter) {
  return Math.max(1, Math.floor(pulsesPerBar(meter) / 2));
}
function fill(meter, beats, rng) {
  const pulse = pulseTicks(meter);
  const step = pulse % 3 === 0 && rng.next() < 0.6 ? pulse / 3 : pulse / 2;
  const length = beats * pulse;
  const count = Math.floor(length / step);
  const voices = [DRUM.snare, DRUM.snare, DRUM.highTom, DRUM.midTom, DRUM.lowTom];
  const hits = [];
  for (let i = 0; i < count; i++) {
    const last = i === count - 1;
    if (i > 0 && !last && rng.next() < 0.2) continue;
    const voice = voices[Math.min(voices.length - 1, Math.floor(i / count * voices.length + rng.next() * 0.8))];
    hits.push({ pitch: voice, startTick: i * step, velocity: Math.round(62 + i / count * 40) });
  }
  hits.push({ pitch: DRUM.kick, startTick: length - pulse, velocity: 70 });
  return hits;
}
function playDrums(meter, soloTicks, chorusStarts2, rng, firstTick = 0) {
  const bar = barTicks(meter);
  const pulse = pulseTicks(meter);
  const hits = [];
  const fillLength = fillBeats(meter) * pulse;
  const fillStarts = new Map(
    chorusStarts2.filter((start) => start - fillLength >= 0).map((start) => [Math.floor((start - fillLength) / bar), start - fillLength])
  );
  for (let barStart = 0; barStart < soloTicks; barStart += bar) {
    const fillStart = fillStarts.get(barStart / bar);
    for (const hit of timeBar(meter, rng)) {
      const tick = barStart + hit.startTick;
      if (fillStart !== void 0 && tick >= fillStart && hit.pitch === DRUM.ride) continue;
      hits.push({ ...hit, startTick: tick });
    }
    if (fillStart !== void 0) {
      for (const hit of fill(meter, fillBeats(meter), rng)) hits.push({ ...hit, startTick: fillStart + hit.startTick });
    } else if (rng.next() < COMMENT_CHANCE) {
      const beat = rng.int(pulsesPerBar(meter));
      const offset = pulse % 3 === 0 && pulse !== 12 ? Math.round(pulse * 2 / 3) : pulse / 2;
      const pitch = rng.next() < 0.5 ? DRUM.snare : DRUM.sideStick;
      hits.push({ pitch, startTick: barStart + beat * pulse + offset, velocity: Math.round(45 + rng.next() * 20) });
    }
  }
  for (const start of [firstTick, ...chorusStarts2]) {
    hits.push(
      { pitch: DRUM.crash, startTick: start, velocity: 96 },
      { pitch: DRUM.kick, startTick: start, velocity: 90 }
    );
  }
  return hits.filter((hit) => hit.startTick < soloTicks);
}
function countInHits(meter) {
  const pulse = pulseTicks(meter);
  return Array.from({ length: pulsesPerBar(meter) }, (_, beat) => ({
    pitch: DRUM.closedHat,
    startTick: beat * pulse,
    velocity: beat === 0 ? 100 : 88
  }));
}
var DRUM_NOTE_TICKS, COMMENT_CHANCE;
var init_drums = __esm({
  "src/core/band/drums.ts"() {
    init_realiser();
    init_meter();
    init_types();
    init_timeline();
    DRUM_NOTE_TICKS = 3;
    COMMENT_CHANCE = 0.25;
  }
});

// src/core/band/arrange.ts
function partRng(seed, part) {
  return createRng((seed ^ PART_SALT[part]) >>> 0);
}
function arrangeBand(input, options) {
  const { meter, tempo, soloTicks } = input;
  validateMeter(meter);
  if (!Number.isFinite(tempo) || tempo <= 0)
    throw new UserFacingError(`the band needs a positive tempo (got ${tempo})`);
  if (!Number.isInteger(soloTicks) || soloTicks < 0)
    throw new UserFacingError(`the solo's length must be a whole number of ticks (got ${soloTicks})`);
  const bar = barTicks(meter);
  const countInTicks = options.countIn ? bar : 0;
  const pickup = input.pickupTicks ?? 0;
  const shift = pickup > 0 && pickup < bar ? bar - pickup : 0;
  const timeTicks = soloTicks + shift;
  const segments = chordSegments(
    input.chords.map((timed) => ({ ...timed, start: timed.start + shift / TICKS_PER_QUARTER })),
    timeTicks
  ).flatMap((segment) => {
    if (shift === 0 || segment.startTick >= bar) return [segment];
    return segment.endTick > bar ? [{ ...segment, startTick: bar }] : [];
  });
  const lead = shift ? input.lead.map((note) => ({ ...note, startTick: note.startTick + shift })) : input.lead;
  const notes = [];
  const add = (part, pitch, startTick, durationTicks, velocity) => {
    if (shift > 0 && startTick < bar) return;
    notes.push({
      part,
      pitch,
      startTick: startTick - shift + countInTicks,
      durationTicks,
      velocity: clampVelocity(velocity)
    });
  };
  if (options.parts.bass) {
    for (const note of walkBass(segments, meter, timeTicks, partRng(options.seed, "bass"), options.twoFeel ?? false)) {
      add("bass", note.pitch, note.startTick, note.durationTicks, note.velocity);
    }
  }
  if (options.parts.comping) {
    for (const hit of planComping(segments, meter, timeTicks, lead, partRng(options.seed, "comping"))) {
      for (const pitch of hit.voicing) add("comping", pitch, hit.startTick, hit.durationTicks, hit.velocity);
    }
  }
  if (options.parts.drums) {
    const firstBar = shift > 0 ? bar : 0;
    const fromFirstBar = segments.map((s) => ({
      ...s,
      startTick: s.startTick - firstBar,
      endTick: s.endTick - firstBar
    }));
    const choruses = chorusStarts(fromFirstBar, meter, timeTicks - firstBar, input.chorusTicks).map(
      (t) => t + firstBar
    );
    const loudest = /* @__PURE__ */ new Map();
    for (const hit of playDrums(meter, timeTicks, choruses, partRng(options.seed, "drums"), firstBar)) {
      const key = `${hit.pitch}@${hit.startTick}`;
      const known = loudest.get(key);
      if (!known || known.velocity < hit.velocity) loudest.set(key, hit);
    }
    for (const hit of loudest.values()) add("drums", hit.pitch, hit.startTick, DRUM_NOTE_TICKS, hit.velocity);
  }
  if (options.countIn) {
    for (const hit of countInHits(meter)) {
      notes.push({
        part: "drums",
        pitch: hit.pitch,
        startTick: hit.startTick,
        durationTicks: DRUM_NOTE_TICKS,
        velocity: hit.velocity
      });
    }
  }
  notes.sort((a, b) => a.startTick - b.startTick || PART_ORDER[a.part] - PART_ORDER[b.part] || a.pitch - b.pitch);
  return { meter, tempo, countInTicks, totalTicks: countInTicks + soloTicks, notes };
}
var PART_SALT, PART_ORDER, clampVelocity;
var init_arrange = __esm({
  "src/core/band/arrange.ts"() {
    init_ticks();
    init_errors();
    init_random();
    init_realiser();
    init_progression();
    init_timeline();
    init_bass();
    init_comping();
    init_drums();
    PART_SALT = { bass: 2654435761, comping: 2246822507, drums: 3266489909 };
    PART_ORDER = { bass: 0, comping: 1, drums: 2 };
    clampVelocity = (velocity) => Math.min(127, Math.max(1, Math.round(velocity)));
  }
});

// src/core/band/index.ts
var init_band = __esm({
  "src/core/band/index.ts"() {
    init_types();
    init_arrange();
  }
});

// src/core/formats/notation.ts
function meterLayout(meter) {
  const ticks = barTicks(meter);
  const beatTicks = groupingBeatTicks(meter);
  const beats = ticks / beatTicks;
  const halfBarTicks = Number.isInteger(beats) && beats >= 4 && beats % 2 === 0 ? ticks / 2 : void 0;
  return {
    barTicks: ticks,
    beatTicks,
    halfBarTicks,
    compound: isCompoundMeter(meter),
    triplets: allowsTriplets(meter)
  };
}
function writableAsOne(start, end, isRest, barStart, layout) {
  const length = end - start;
  if (!SINGLE_SYMBOL_TICKS.has(length)) return false;
  const inBar = start - barStart;
  const endInBar = end - barStart;
  if (inBar === 0 && endInBar === layout.barTicks) return true;
  const half = layout.halfBarTicks;
  if (half !== void 0 && inBar < half && endInBar > half && !(inBar === 0 && !isRest)) return false;
  const beat = layout.beatTicks;
  const onBeat = inBar % beat === 0;
  const nextBeat = (Math.floor(inBar / beat) + 1) * beat;
  if (layout.compound) {
    if (onBeat) return length <= beat || (inBar === 0 || inBar === half) && length % beat === 0;
    return endInBar <= nextBeat;
  }
  if (beat < TICKS_PER_QUARTER) return true;
  if (onBeat) return !isRest || length <= beat || inBar === 0 || inBar === half;
  return isRest ? endInBar <= nextBeat : length <= beat + beat / 2;
}
function splitForReading(start, end, isRest, barStart, layout) {
  const beat = layout.beatTicks;
  const offSixteenth = (tick) => (tick - barStart) % (TICKS_PER_QUARTER / 2) !== 0;
  const afterStart = barStart + (Math.floor((start - barStart) / beat) + 1) * beat;
  const beforeEnd = barStart + Math.floor((end - barStart) / beat) * beat;
  if (isRest && beat === TICKS_PER_QUARTER && offSixteenth(start) && afterStart < end)
    return [[start, afterStart], ...splitForReading(afterStart, end, isRest, barStart, layout)];
  if (isRest && beat === TICKS_PER_QUARTER && offSixteenth(end) && beforeEnd > start)
    return [...splitForReading(start, beforeEnd, isRest, barStart, layout), [beforeEnd, end]];
  const parts = [];
  let position = start;
  while (position < end) {
    let cut = end;
    while (cut > position && !writableAsOne(position, cut, isRest, barStart, layout)) cut--;
    if (cut === position) {
      throw new UserFacingError(
        `solo rhythm is off the eighth-note / triplet grid at tick ${position} (realise it with realiseSolo)`
      );
    }
    parts.push([position, cut]);
    position = cut;
  }
  return parts;
}
function eventsOf(solo, totalTicks) {
  const sorted = [...solo.notes].sort((a, b) => a.startTick - b.startTick);
  const events = [];
  let lastValue;
  const push = (pitch, start, end, sameNote) => {
    const last = events[events.length - 1];
    if (last && last.end === start && last.pitch === pitch && (pitch === null || sameNote)) last.end = end;
    else events.push({ pitch, start, end });
  };
  let position = 0;
  for (const note of sorted) {
    if (!Number.isInteger(note.startTick) || !Number.isInteger(note.durationTicks) || note.durationTicks <= 0) {
      throw new UserFacingError(`solo note at tick ${note.startTick} has an invalid length ${note.durationTicks}`);
    }
    if (note.startTick < position) throw new UserFacingError(`solo notes overlap at tick ${note.startTick}`);
    if (note.startTick > position) push(null, position, note.startTick, false);
    const sameNote = lastValue !== void 0 && lastValue.valueIndex >= 0 && lastValue.valueIndex === note.valueIndex;
    push(note.pitch, note.startTick, note.startTick + note.durationTicks, sameNote);
    lastValue = note;
    position = note.startTick + note.durationTicks;
  }
  if (position > totalTicks)
    throw new UserFacingError(`solo notes run past its last bar (tick ${position} > ${totalTicks})`);
  if (position < totalTicks) push(null, position, totalTicks, false);
  return events;
}
function tripletGroups(boundaries, chordTicks, layout, totalTicks) {
  const beat = layout.beatTicks;
  const inner = (from, to) => [...boundaries].filter((t) => t > from && t < to).map((t) => t - from).sort((a, b) => a - b);
  const groups = [];
  for (let start = 0; start < totalTicks; start += beat) {
    const offsets = inner(start, start + beat);
    const onTriplets = offsets.filter((o) => o % TRIPLET_EIGHTH_TICKS3 === 0 && o % SIXTEENTH_TICKS3 !== 0);
    if (onTriplets.length === 0) continue;
    if (!layout.triplets || onTriplets.length !== offsets.length) {
      throw new UserFacingError(
        `solo rhythm mixes triplets with eighths or sixteenths inside the beat at tick ${start}`
      );
    }
    const pair = inner(start, start + 2 * beat);
    const sameBar = Math.floor(start / layout.barTicks) === Math.floor((start + 2 * beat - 1) / layout.barTicks);
    const quarterTriplet = pair.length === 2 && pair[0] === 8 && pair[1] === 16 && sameBar && !chordTicks.has(start + beat);
    if (quarterTriplet && !boundaries.has(start + beat)) {
      groups.push({ start, end: start + 2 * beat });
      start += beat;
    } else groups.push({ start, end: start + beat });
  }
  return groups;
}
function layoutSolo(solo, chordSymbol = (s) => s) {
  const layout = meterLayout(solo.meter);
  const totalTicks = Math.max(1, solo.bars) * layout.barTicks;
  const events = eventsOf(solo, totalTicks);
  const chords = /* @__PURE__ */ new Map();
  for (const timed of solo.chords) {
    const tick = Math.round(timed.start * TICKS_PER_QUARTER);
    if (tick >= 0 && tick < totalTicks) chords.set(tick, chordSymbol(timed.chord.symbol));
  }
  const boundaries = new Set(events.flatMap((e) => [e.start, e.end]));
  const groups = tripletGroups(boundaries, new Set(chords.keys()), layout, totalTicks);
  const groupAt = (tick) => groups.find((g) => g.start <= tick && tick < g.end);
  const pieces = [];
  for (const event of events) {
    const cuts = /* @__PURE__ */ new Set([event.start, event.end]);
    for (let bar = (Math.floor(event.start / layout.barTicks) + 1) * layout.barTicks; bar < event.end; bar += layout.barTicks)
      cuts.add(bar);
    for (const tick of chords.keys()) if (tick > event.start && tick < event.end) cuts.add(tick);
    for (const group of groups) {
      for (const tick of [group.start, group.end]) if (tick > event.start && tick < event.end) cuts.add(tick);
    }
    const edges = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < edges.length; i++) {
      const [from, to] = [edges[i], edges[i + 1]];
      const group = groupAt(from);
      const barStart = Math.floor(from / layout.barTicks) * layout.barTicks;
      const parts = group ? [[from, to]] : splitForReading(from, to, event.pitch === null, barStart, layout);
      for (const [start, end] of parts) {
        pieces.push({
          pitch: event.pitch,
          start,
          end,
          tieToNext: event.pitch !== null,
          inTuplet: group !== void 0,
          beatStart: false
        });
      }
    }
    pieces[pieces.length - 1].tieToNext = false;
  }
  for (const piece of pieces) {
    const inBar = piece.start % layout.barTicks;
    piece.beatStart = inBar !== 0 && inBar % layout.beatTicks === 0;
  }
  for (const group of groups) {
    const first = pieces.find((p) => p.start === group.start);
    if (first) first.tupletMembers = pieces.filter((p) => p.start >= group.start && p.start < group.end).length;
  }
  for (const [tick, symbol] of chords) {
    const piece = pieces.find((p) => p.start <= tick && tick < p.end);
    if (piece) piece.chordSymbol = symbol;
  }
  return pieces;
}
var SIXTEENTH_TICKS3, TRIPLET_EIGHTH_TICKS3, SINGLE_SYMBOL_TICKS;
var init_notation = __esm({
  "src/core/formats/notation.ts"() {
    init_ticks();
    init_errors();
    init_meter();
    SIXTEENTH_TICKS3 = TICKS_PER_QUARTER / 4;
    TRIPLET_EIGHTH_TICKS3 = TICKS_PER_QUARTER / 3;
    SINGLE_SYMBOL_TICKS = /* @__PURE__ */ new Set([3, 6, 9, 12, 18, 24, 36, 48, 72]);
  }
});

// src/core/theory/spelling.ts
function readNoteName(text) {
  const match = /^([A-G])([#b♯♭]?)/.exec(text);
  if (!match) return void 0;
  const alter = match[2] === "#" || match[2] === "\u266F" ? 1 : match[2] === "" ? 0 : -1;
  return { letter: LETTERS.indexOf(match[1]), alter };
}
function abcKey(key) {
  const signatureOf = (s) => LETTER_FIFTHS[s.letter] + 7 * s.alter + MODE_FIFTHS[key.mode];
  const named = readNoteName(key.name);
  let tonic;
  if (named && mod12(LETTER_PCS2[named.letter] + named.alter) === mod12(key.tonic) && Math.abs(signatureOf(named)) <= 7) {
    tonic = named;
  } else {
    const options = [];
    for (let letter = 0; letter < 7; letter++) {
      for (const alter of [0, -1, 1])
        if (mod12(LETTER_PCS2[letter] + alter) === mod12(key.tonic)) options.push({ letter, alter });
    }
    options.sort((a, b) => Math.abs(signatureOf(a)) - Math.abs(signatureOf(b)));
    tonic = options[0];
  }
  const accidental = tonic.alter > 0 ? "#" : tonic.alter < 0 ? "b" : "";
  return { text: `${LETTERS[tonic.letter]}${accidental}${ABC_MODE_SUFFIX[key.mode]}`, fifths: signatureOf(tonic) };
}
function keyAlterations(fifths) {
  const alters = new Array(7).fill(0);
  const order = fifths >= 0 ? SHARP_ORDER : FLAT_ORDER;
  for (let i = 0; i < Math.min(7, Math.abs(fifths)); i++) alters[order[i]] = fifths >= 0 ? 1 : -1;
  return alters;
}
function chordToneLetterSteps(chord, pitchClass) {
  const intervals = new Set(chord.pitchClasses.map((tone) => mod12(tone - chord.root)));
  const interval = mod12(pitchClass - chord.root);
  if (!intervals.has(interval)) return void 0;
  const altered = /alt/.test(chord.symbol);
  switch (interval) {
    case 0:
      return 0;
    case 1:
    case 2:
      return 1;
    case 3:
      return intervals.has(4) ? 1 : 2;
    case 4:
      return 2;
    case 5:
      return 3;
    case 6:
      return intervals.has(7) || altered ? 3 : 4;
    case 7:
      return 4;
    case 8:
      return intervals.has(7) || altered ? 5 : 4;
    case 9:
      return chord.quality === "dim7" ? 6 : 5;
    default:
      return 6;
  }
}
function chordToneLetter(chord, pitchClass) {
  const root = readNoteName(chord.symbol);
  const steps = chordToneLetterSteps(chord, pitchClass);
  if (!root || steps === void 0) return void 0;
  return (root.letter + steps) % 7;
}
function melodicNeighbours(pitches, index) {
  const own = pitches[index];
  const differs = (p) => p !== null && p !== void 0 && p !== own;
  let previous;
  for (let i = index - 1; i >= 0 && previous === void 0; i--) if (differs(pitches[i])) previous = pitches[i];
  let next;
  for (let i = index + 1; i < pitches.length && next === void 0; i++) if (differs(pitches[i])) next = pitches[i];
  return { previous, next };
}
function chordScaleLetter(chord, pitchClass) {
  const root = readNoteName(chord.symbol);
  const scale = scaleForChord(chord);
  const degree = scale.indexOf(pitchClass);
  if (!root || scale.length !== 7 || degree < 0) return void 0;
  return (root.letter + degree) % 7;
}
function chromaticDirection(pitch, motion) {
  const isStep = (other) => other !== void 0 && Math.abs(other - pitch) === 1;
  if (isStep(motion.next)) return Math.sign(motion.next - pitch);
  if (isStep(motion.previous)) return Math.sign(pitch - motion.previous);
  return 0;
}
function spellPitch(pitch, keyAlters, prefersFlats, chord, motion = {}) {
  const pitchClass = mod12(pitch);
  const options = [];
  for (let letter = 0; letter < 7; letter++) {
    const alter = mod12(pitchClass - LETTER_PCS2[letter] + 6) - 6;
    if (Math.abs(alter) <= 1) options.push({ letter, alter });
  }
  const withLetter = (letter) => letter === void 0 ? void 0 : options.find((o) => o.letter === letter);
  const choose = () => {
    const chordLetter = chord ? chordToneLetter(chord, pitchClass) : void 0;
    if (chordLetter !== void 0) {
      const alter = mod12(pitchClass - LETTER_PCS2[chordLetter] + 6) - 6;
      if (Math.abs(alter) <= 2) return { letter: chordLetter, alter };
    }
    const diatonic = options.find((o) => o.alter === keyAlters[o.letter]);
    if (diatonic) return diatonic;
    const byScale = chord ? withLetter(chordScaleLetter(chord, pitchClass)) : void 0;
    if (byScale) return byScale;
    const natural = options.find((o) => o.alter === 0);
    if (natural) return natural;
    const direction = chromaticDirection(pitch, motion);
    const root = chord ? readNoteName(chord.symbol) : void 0;
    const flats = direction !== 0 ? direction < 0 : root && root.alter !== 0 ? root.alter < 0 : prefersFlats;
    return options.find((o) => o.alter === (flats ? -1 : 1)) ?? options[0];
  };
  const spelling = choose();
  const octave = Math.floor((pitch - spelling.alter - LETTER_PCS2[spelling.letter]) / 12) - 1;
  return { ...spelling, octave };
}
var LETTERS, LETTER_PCS2, LETTER_FIFTHS, MODE_FIFTHS, SHARP_ORDER, FLAT_ORDER;
var init_spelling = __esm({
  "src/core/theory/spelling.ts"() {
    init_chords();
    init_progression();
    LETTERS = ["C", "D", "E", "F", "G", "A", "B"];
    LETTER_PCS2 = [0, 2, 4, 5, 7, 9, 11];
    LETTER_FIFTHS = [0, 2, 4, -1, 1, 3, 5];
    MODE_FIFTHS = {
      lydian: 1,
      major: 0,
      mixolydian: -1,
      dorian: -2,
      minor: -3,
      phrygian: -4,
      locrian: -5
    };
    SHARP_ORDER = [3, 0, 4, 1, 5, 2, 6];
    FLAT_ORDER = [6, 2, 5, 1, 4, 0, 3];
  }
});

// src/core/theory/transpose.ts
function readNoteName2(text) {
  const match = /^([A-G])([#b♯♭]?)/.exec(text);
  if (!match) return void 0;
  const alter = match[2] === "#" || match[2] === "\u266F" ? 1 : match[2] === "" ? 0 : -1;
  return { letter: LETTERS.indexOf(match[1]), alter };
}
function writeNoteName(name) {
  const sign = name.alter > 0 ? "#".repeat(name.alter) : "b".repeat(-name.alter);
  return LETTERS[name.letter] + sign;
}
function transposeKey(key, semitones) {
  const tonic = mod12(key.tonic + semitones);
  let best;
  for (let letter = 0; letter < 7; letter++) {
    for (const alter of [-1, 0, 1]) {
      if (mod12(LETTER_PCS3[letter] + alter) !== tonic) continue;
      const fifths = LETTER_FIFTHS2[letter] + 7 * alter + MODE_FIFTHS2[key.mode];
      const better = !best || Math.abs(fifths) < Math.abs(best.fifths) || Math.abs(fifths) === Math.abs(best.fifths) && fifths < best.fifths;
      if (better) best = { name: { letter, alter }, fifths };
    }
  }
  return { tonic, mode: key.mode, name: writeNoteName(best.name) + ABC_MODE_SUFFIX[key.mode] };
}
function letterStepsBetween(from, to) {
  const fromLetter = readNoteName2(abcKey(from).text).letter;
  const toLetter = readNoteName2(abcKey(to).text).letter;
  return ((toLetter - fromLetter) % 7 + 7) % 7;
}
function transposeNoteName(text, semitones, letterSteps) {
  const name = readNoteName2(text);
  if (!name) return void 0;
  const pitchClass = mod12(LETTER_PCS3[name.letter] + name.alter + semitones);
  const letter = (name.letter + letterSteps) % 7;
  const alter = mod12(pitchClass - LETTER_PCS3[letter] + 6) - 6;
  if (Math.abs(alter) <= 1) return writeNoteName({ letter, alter });
  for (let shift = 1; shift < 7; shift++) {
    const other = (letter + (alter > 0 ? shift : 7 - shift)) % 7;
    const otherAlter = mod12(pitchClass - LETTER_PCS3[other] + 6) - 6;
    if (Math.abs(otherAlter) <= 1) return writeNoteName({ letter: other, alter: otherAlter });
  }
  return void 0;
}
function transposeChordSymbol(symbol, semitones, letterSteps) {
  const root = /^([A-G][#b♯♭]?)(.*)$/s.exec(symbol);
  if (!root) return symbol;
  let rest = root[2];
  const slash = /\/([A-G][#b♯♭]?)$/.exec(rest);
  if (slash) {
    const bass = transposeNoteName(slash[1], semitones, letterSteps) ?? slash[1];
    rest = rest.slice(0, slash.index) + "/" + bass;
  }
  return (transposeNoteName(root[1], semitones, letterSteps) ?? root[1]) + rest;
}
function transposeChord(chord, semitones, letterSteps) {
  const symbol = transposeChordSymbol(chord.symbol, semitones, letterSteps);
  const parsed = parseChordSymbol(symbol);
  if (parsed && mod12(parsed.root - chord.root) === mod12(semitones)) {
    return {
      ...chord,
      symbol,
      root: parsed.root,
      pitchClasses: chord.pitchClasses.map((pc) => mod12(pc + semitones)),
      ...chord.bass !== void 0 ? { bass: mod12(chord.bass + semitones) } : {}
    };
  }
  return {
    ...chord,
    symbol,
    root: mod12(chord.root + semitones),
    pitchClasses: chord.pitchClasses.map((pc) => mod12(pc + semitones)),
    ...chord.bass !== void 0 ? { bass: mod12(chord.bass + semitones) } : {}
  };
}
function transposeTimedChords(chords, key, semitones) {
  const steps = letterStepsBetween(key, transposeKey(key, semitones));
  return chords.map((timed) => ({ ...timed, chord: transposeChord(timed.chord, semitones, steps) }));
}
function transposeSolo(solo, semitones) {
  if (semitones === 0) return solo;
  const key = transposeKey(solo.key, semitones);
  return {
    ...solo,
    key,
    notes: solo.notes.map((note) => note.pitch === null ? note : { ...note, pitch: note.pitch + semitones }),
    chords: transposeTimedChords(solo.chords, solo.key, semitones)
  };
}
var LETTER_PCS3, LETTER_FIFTHS2, MODE_FIFTHS2;
var init_transpose = __esm({
  "src/core/theory/transpose.ts"() {
    init_chords();
    init_progression();
    init_spelling();
    LETTER_PCS3 = [0, 2, 4, 5, 7, 9, 11];
    LETTER_FIFTHS2 = [0, 2, 4, -1, 1, 3, 5];
    MODE_FIFTHS2 = {
      lydian: 1,
      major: 0,
      mixolydian: -1,
      dorian: -2,
      minor: -3,
      phrygian: -4,
      locrian: -5
    };
  }
});

// src/core/formats/abcWriter.ts
function noteLetters(spelling) {
  const letter = LETTERS[spelling.letter];
  if (spelling.octave >= 5) return letter.toLowerCase() + "'".repeat(spelling.octave - 5);
  return letter + ",".repeat(Math.max(0, 4 - spelling.octave));
}
function greatestCommonDivisor(a, b) {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}
function lengthSuffix(ticks) {
  const divisor = greatestCommonDivisor(ticks, UNIT_TICKS);
  const numerator = ticks / divisor;
  const denominator = UNIT_TICKS / divisor;
  if (denominator === 1) return numerator === 1 ? "" : String(numerator);
  return numerator === 1 && denominator === 2 ? "/" : `${numerator}/${denominator}`;
}
function chordSymbolText(symbol) {
  return symbol.replace(/"/g, "").replace(/^[\^_<>@]+/, "");
}
function writeAbc(concertSolo, options = {}) {
  const part = options.part;
  const solo = part ? transposeSolo(concertSolo, part.interval) : concertSolo;
  const barsPerLine = Math.max(1, Math.floor(options.barsPerLine ?? 4));
  const ticksPerBar = meterLayout(solo.meter).barTicks;
  const bars = Math.max(1, solo.bars);
  const key = abcKey(solo.key);
  const keyAlters = keyAlterations(key.fifths);
  const prefersFlats = key.fifths < 0 || key.fifths === 0 && keyPrefersFlats(solo.key);
  const pieces = layoutSolo(solo, chordSymbolText);
  const oneLine = (text) => text.replace(/[\r\n]+/g, " ").trim();
  const header = [`X:${options.referenceNumber ?? 1}`, `T:${oneLine(solo.title) || DEFAULTS.title}`];
  if (solo.subtitle) header.push(`T:${oneLine(solo.subtitle)}`);
  header.push("% improvised by jazz-solo-lstm (an LSTM over the deepjazz grammar)");
  header.push(`M:${solo.meter.numerator}/${solo.meter.denominator}`, "L:1/8", `Q:1/4=${Math.round(solo.tempo)}`);
  if (solo.swing !== void 0 && Math.abs(solo.swing - 0.5) > 1e-6) {
    header.push(`% swing ${solo.swing.toFixed(2)}: play the eighth notes swung (they are written straight)`);
  }
  if (part && (part.interval !== 0 || part.clef !== "treble")) {
    header.push(
      `% part: ${part.label}, written ${part.interval} semitones above concert pitch; it sounds at concert pitch`
    );
    if (part.interval !== 0) header.push(`%%MIDI transpose ${-part.interval}`);
  }
  header.push(`K:${key.text}${part?.clef === "bass" ? " clef=bass" : ""}`);
  const accidentals = new BarAccidentals(keyAlters);
  const chordAtTick = (tick) => {
    let found;
    for (const timed of solo.chords) if (Math.round(timed.start * TICKS_PER_QUARTER) <= tick) found = timed.chord;
    return found ?? solo.chords[0]?.chord;
  };
  const lines = [];
  let line = "";
  let tiedSpelling;
  const piecePitches = pieces.map((piece) => piece.pitch);
  pieces.forEach((piece, pieceIndex) => {
    const bar = Math.floor(piece.start / ticksPerBar);
    if (piece.start % ticksPerBar === 0) accidentals.reset();
    else if (piece.beatStart) line += " ";
    let text = "";
    if (piece.tupletMembers !== void 0) text += piece.tupletMembers === 3 ? "(3" : `(3:2:${piece.tupletMembers}`;
    if (piece.chordSymbol) text += `"${piece.chordSymbol}"`;
    const writtenTicks = piece.inTuplet ? (piece.end - piece.start) * 3 / 2 : piece.end - piece.start;
    if (piece.pitch === null) text += "z";
    else {
      const motion = melodicNeighbours(piecePitches, pieceIndex);
      const spelling = tiedSpelling ?? spellPitch(piece.pitch, keyAlters, prefersFlats, chordAtTick(piece.start), motion);
      const sign = accidentals.signFor(spelling);
      text += sign + noteLetters(spelling);
      if (tiedSpelling && sign) accidentals.forget(spelling);
      tiedSpelling = piece.tieToNext ? spelling : void 0;
    }
    text += lengthSuffix(writtenTicks);
    if (piece.tieToNext) text += "-";
    line += text;
    if (piece.end % ticksPerBar === 0) {
      const lastBar = bar === bars - 1;
      line += lastBar ? "|]" : "|";
      if (lastBar || (bar + 1) % barsPerLine === 0) {
        lines.push(line.trim());
        line = "";
      }
    }
  });
  return [...header, ...lines].join("\n") + "\n";
}
var UNIT_TICKS, BarAccidentals;
var init_abcWriter = __esm({
  "src/core/formats/abcWriter.ts"() {
    init_ticks();
    init_chords();
    init_notation();
    init_spelling();
    init_defaults();
    init_transpose();
    UNIT_TICKS = TICKS_PER_QUARTER / 2;
    BarAccidentals = class {
      constructor(keyAlters) {
        this.keyAlters = keyAlters;
      }
      keyAlters;
      byOctave = /* @__PURE__ */ new Map();
      byLetter = /* @__PURE__ */ new Map();
      reset() {
        this.byOctave.clear();
        this.byLetter.clear();
      }
      /** The accidental sign to write before the note ('' when both readings already give its pitch). */
      signFor(spelling) {
        const key = `${spelling.letter}:${spelling.octave}`;
        const fallback = this.keyAlters[spelling.letter];
        const octaveReading = this.byOctave.get(key) ?? fallback;
        const letterReading = this.byLetter.get(spelling.letter) ?? fallback;
        if (octaveReading === spelling.alter && letterReading === spelling.alter) return "";
        this.byOctave.set(key, spelling.alter);
        this.byLetter.set(spelling.letter, spelling.alter);
        return spelling.alter > 0 ? "^".repeat(spelling.alter) : spelling.alter < 0 ? "_".repeat(-spelling.alter) : "=";
      }
      /**
       * After a tied continuation written with an accidental nobody can tell what is in force: abcjs lets the tie
       * carry the pitch and does not count the continuation's accidental for later notes of the bar. The next
       * note of that letter therefore always writes its accidental.
       */
      forget(spelling) {
        this.byOctave.set(`${spelling.letter}:${spelling.octave}`, Number.NaN);
        this.byLetter.set(spelling.letter, Number.NaN);
      }
    };
  }
});

// src/core/solo/vocabulary.ts
function canonicalValue(text) {
  return formatValue(parseValue(text));
}
function makeVocabulary(values) {
  const indexByValue = /* @__PURE__ */ new Map();
  values.forEach((value, index) => indexByValue.set(value, index));
  return {
    values,
    indexOf(value) {
      const exact = indexByValue.get(value);
      if (exact !== void 0) return exact;
      try {
        return indexByValue.get(canonicalValue(value)) ?? -1;
      } catch {
        return -1;
      }
    }
  };
}
function vocabularyFromJson(json, file = "vocabulary") {
  const fail = (reason) => {
    throw new UserFacingError(`${file}: ${reason}`, file);
  };
  if (typeof json !== "object" || json === null || Array.isArray(json))
    fail('not a vocabulary (expected { "format": 1, "values": [...] })');
  const record = json;
  if (record.format !== VOCABULARY_FORMAT)
    fail(`unsupported vocabulary format ${JSON.stringify(record.format)} (expected ${VOCABULARY_FORMAT})`);
  if (!Array.isArray(record.values) || record.values.length === 0)
    fail('"values" must be a non-empty array of grammar values');
  const values = record.values;
  const seen = /* @__PURE__ */ new Map();
  const canonicalValues = [];
  values.forEach((value, index) => {
    if (typeof value !== "string") fail(`value ${index} is not a string`);
    let canonical = "";
    try {
      canonical = canonicalValue(value);
    } catch (error) {
      fail(`value ${index}: ${error.message}`);
    }
    const earlier = seen.get(canonical);
    if (earlier !== void 0) fail(`value ${index} "${value}" repeats value ${earlier}`);
    seen.set(canonical, index);
    canonicalValues.push(canonical);
  });
  return makeVocabulary(canonicalValues);
}
function parsedValues(vocabulary) {
  let parsed = parsedByVocabulary.get(vocabulary);
  if (!parsed) {
    parsed = vocabulary.values.map((value) => parseValue(value));
    parsedByVocabulary.set(vocabulary, parsed);
  }
  return parsed;
}
var VOCABULARY_FORMAT, parsedByVocabulary;
var init_vocabulary = __esm({
  "src/core/solo/vocabulary.ts"() {
    init_errors();
    init_grammar();
    VOCABULARY_FORMAT = 1;
    parsedByVocabulary = /* @__PURE__ */ new WeakMap();
  }
});

// node_modules/abcjs/src/parse/abc_common.js
var require_abc_common = __commonJS({
  "node_modules/abcjs/src/parse/abc_common.js"(exports2, module2) {
    var parseCommon = {};
    parseCommon.cloneArray = function(source) {
      var destination = [];
      for (var i = 0; i < source.length; i++) {
        destination.push(Object.assign({}, source[i]));
      }
      return destination;
    };
    parseCommon.cloneHashOfHash = function(source) {
      var destination = {};
      for (var property in source)
        if (source.hasOwnProperty(property))
          destination[property] = Object.assign({}, source[property]);
      return destination;
    };
    parseCommon.cloneHashOfArrayOfHash = function(source) {
      var destination = {};
      for (var property in source)
        if (source.hasOwnProperty(property))
          destination[property] = parseCommon.cloneArray(source[property]);
      return destination;
    };
    parseCommon.strip = function(str) {
      return str.replace(/^\s+/, "").replace(/\s+$/, "");
    };
    parseCommon.startsWith = function(str, pattern) {
      return str.indexOf(pattern) === 0;
    };
    parseCommon.endsWith = function(str, pattern) {
      var d = str.length - pattern.length;
      return d >= 0 && str.lastIndexOf(pattern) === d;
    };
    parseCommon.last = function(arr) {
      if (arr.length === 0)
        return null;
      return arr[arr.length - 1];
    };
    module2.exports = parseCommon;
  }
});

// node_modules/abcjs/src/parse/abc_parse_directive.js
var require_abc_parse_directive = __commonJS({
  "node_modules/abcjs/src/parse/abc_parse_directive.js"(exports2, module2) {
    var parseCommon = require_abc_common();
    var parseDirective = {};
    (function() {
      "use strict";
      var tokenizer;
      var warn;
      var multilineVars;
      var tune;
      var tuneBuilder;
      parseDirective.initialize = function(tokenizer_, warn_, multilineVars_, tune_, tuneBuilder_) {
        tokenizer = tokenizer_;
        warn = warn_;
        multilineVars = multilineVars_;
        tune = tune_;
        tuneBuilder = tuneBuilder_;
        initializeFonts();
      };
      function initializeFonts() {
        multilineVars.annotationfont = { face: "Helvetica", size: 12, weight: "normal", style: "normal", decoration: "none" };
        multilineVars.gchordfont = { face: "Helvetica", size: 12, weight: "normal", style: "normal", decoration: "none" };
        multilineVars.historyfont = { face: '"Times New Roman"', size: 16, weight: "normal", style: "normal", decoration: "none" };
        multilineVars.infofont = { face: '"Times New Roman"', size: 14, weight: "normal", style: "italic", decoration: "none" };
        multilineVars.measurefont = { face: '"Times New Roman"', size: 14, weight: "normal", style: "italic", decoration: "none" };
        multilineVars.partsfont = { face: '"Times New Roman"', size: 15, weight: "normal", style: "normal", decoration: "none" };
        multilineVars.repeatfont = { face: '"Times New Roman"', size: 13, weight: "normal", style: "normal", decoration: "none" };
        multilineVars.textfont = { face: '"Times New Roman"', size: 16, weight: "normal", style: "normal", decoration: "none" };
        multilineVars.tripletfont = { face: "Times", size: 11, weight: "normal", style: "italic", decoration: "none" };
        multilineVars.vocalfont = { face: '"Times New Roman"', size: 13, weight: "bold", style: "normal", decoration: "none" };
        multilineVars.wordsfont = { face: '"Times New Roman"', size: 16, weight: "normal", style: "normal", decoration: "none" };
        tune.formatting.composerfont = { face: '"Times New Roman"', size: 14, weight: "normal", style: "italic", decoration: "none" };
        tune.formatting.subtitlefont = { face: '"Times New Roman"', size: 16, weight: "normal", style: "normal", decoration: "none" };
        tune.formatting.tempofont = { face: '"Times New Roman"', size: 15, weight: "bold", style: "normal", decoration: "none" };
        tune.formatting.titlefont = { face: '"Times New Roman"', size: 20, weight: "normal", style: "normal", decoration: "none" };
        tune.formatting.footerfont = { face: '"Times New Roman"', size: 12, weight: "normal", style: "normal", decoration: "none" };
        tune.formatting.headerfont = { face: '"Times New Roman"', size: 12, weight: "normal", style: "normal", decoration: "none" };
        tune.formatting.voicefont = { face: '"Times New Roman"', size: 13, weight: "bold", style: "normal", decoration: "none" };
        tune.formatting.tablabelfont = { face: '"Trebuchet MS"', size: 16, weight: "normal", style: "normal", decoration: "none" };
        tune.formatting.tabnumberfont = { face: '"Arial"', size: 11, weight: "normal", style: "normal", decoration: "none" };
        tune.formatting.tabgracefont = { face: '"Arial"', size: 8, weight: "normal", style: "normal", decoration: "none" };
        tune.formatting.annotationfont = multilineVars.annotationfont;
        tune.formatting.gchordfont = multilineVars.gchordfont;
        tune.formatting.historyfont = multilineVars.historyfont;
        tune.formatting.infofont = multilineVars.infofont;
        tune.formatting.measurefont = multilineVars.measurefont;
        tune.formatting.partsfont = multilineVars.partsfont;
        tune.formatting.repeatfont = multilineVars.repeatfont;
        tune.formatting.textfont = multilineVars.textfont;
        tune.formatting.tripletfont = multilineVars.tripletfont;
        tune.formatting.vocalfont = multilineVars.vocalfont;
        tune.formatting.wordsfont = multilineVars.wordsfont;
      }
      var fontTypeCanHaveBox = { gchordfont: true, measurefont: true, partsfont: true, annotationfont: true, composerfont: true, historyfont: true, infofont: true, subtitlefont: true, textfont: true, titlefont: true, voicefont: true };
      var fontTranslation = function(fontFace) {
        switch (fontFace) {
          case "Arial-Italic":
            return { face: "Arial", weight: "normal", style: "italic", decoration: "none" };
          case "Arial-Bold":
            return { face: "Arial", weight: "bold", style: "normal", decoration: "none" };
          case "Bookman-Demi":
            return { face: "Bookman,serif", weight: "bold", style: "normal", decoration: "none" };
          case "Bookman-DemiItalic":
            return { face: "Bookman,serif", weight: "bold", style: "italic", decoration: "none" };
          case "Bookman-Light":
            return { face: "Bookman,serif", weight: "normal", style: "normal", decoration: "none" };
          case "Bookman-LightItalic":
            return { face: "Bookman,serif", weight: "normal", style: "italic", decoration: "none" };
          case "Courier":
            return { face: '"Courier New"', weight: "normal", style: "normal", decoration: "none" };
          case "Courier-Oblique":
            return { face: '"Courier New"', weight: "normal", style: "italic", decoration: "none" };
          case "Courier-Bold":
            return { face: '"Courier New"', weight: "bold", style: "normal", decoration: "none" };
          case "Courier-BoldOblique":
            return { face: '"Courier New"', weight: "bold", style: "italic", decoration: "none" };
          case "AvantGarde-Book":
            return { face: "AvantGarde,Arial", weight: "normal", style: "normal", decoration: "none" };
          case "AvantGarde-BookOblique":
            return { face: "AvantGarde,Arial", weight: "normal", style: "italic", decoration: "none" };
          case "AvantGarde-Demi":
          case "Avant-Garde-Demi":
            return { face: "AvantGarde,Arial", weight: "bold", style: "normal", decoration: "none" };
          case "AvantGarde-DemiOblique":
            return { face: "AvantGarde,Arial", weight: "bold", style: "italic", decoration: "none" };
          case "Helvetica-Oblique":
            return { face: "Helvetica", weight: "normal", style: "italic", decoration: "none" };
          case "Helvetica-Bold":
            return { face: "Helvetica", weight: "bold", style: "normal", decoration: "none" };
          case "Helvetica-BoldOblique":
            return { face: "Helvetica", weight: "bold", style: "italic", decoration: "none" };
          case "Helvetica-Narrow":
            return { face: '"Helvetica Narrow",Helvetica', weight: "normal", style: "normal", decoration: "none" };
          case "Helvetica-Narrow-Oblique":
            return { face: '"Helvetica Narrow",Helvetica', weight: "normal", style: "italic", decoration: "none" };
          case "Helvetica-Narrow-Bold":
            return { face: '"Helvetica Narrow",Helvetica', weight: "bold", style: "normal", decoration: "none" };
          case "Helvetica-Narrow-BoldOblique":
            return { face: '"Helvetica Narrow",Helvetica', weight: "bold", style: "italic", decoration: "none" };
          case "Palatino-Roman":
            return { face: "Palatino", weight: "normal", style: "normal", decoration: "none" };
          case "Palatino-Italic":
            return { face: "Palatino", weight: "normal", style: "italic", decoration: "none" };
          case "Palatino-Bold":
            return { face: "Palatino", weight: "bold", style: "normal", decoration: "none" };
          case "Palatino-BoldItalic":
            return { face: "Palatino", weight: "bold", style: "italic", decoration: "none" };
          case "NewCenturySchlbk-Roman":
            return { face: '"New Century",serif', weight: "normal", style: "normal", decoration: "none" };
          case "NewCenturySchlbk-Italic":
            return { face: '"New Century",serif', weight: "normal", style: "italic", decoration: "none" };
          case "NewCenturySchlbk-Bold":
            return { face: '"New Century",serif', weight: "bold", style: "normal", decoration: "none" };
          case "NewCenturySchlbk-BoldItalic":
            return { face: '"New Century",serif', weight: "bold", style: "italic", decoration: "none" };
          case "Times":
          case "Times-Roman":
          case "Times-Narrow":
          case "Times-Courier":
          case "Times-New-Roman":
            return { face: '"Times New Roman"', weight: "normal", style: "normal", decoration: "none" };
          case "Times-Italic":
          case "Times-Italics":
            return { face: '"Times New Roman"', weight: "normal", style: "italic", decoration: "none" };
          case "Times-Bold":
            return { face: '"Times New Roman"', weight: "bold", style: "normal", decoration: "none" };
          case "Times-BoldItalic":
            return { face: '"Times New Roman"', weight: "bold", style: "italic", decoration: "none" };
          case "ZapfChancery-MediumItalic":
            return { face: '"Zapf Chancery",cursive,serif', weight: "normal", style: "normal", decoration: "none" };
          default:
            return null;
        }
      };
      var getFontParameter = function(tokens, currentSetting, str, position, cmd) {
        function processNumberOnly() {
          var size3 = parseInt(tokens[0].token);
          tokens.shift();
          if (!currentSetting) {
            warn("Can't set just the size of the font since there is no default value.", str, position);
            return { face: '"Times New Roman"', weight: "normal", style: "normal", decoration: "none", size: size3 };
          }
          if (tokens.length === 0) {
            return { face: currentSetting.face, weight: currentSetting.weight, style: currentSetting.style, decoration: currentSetting.decoration, size: size3 };
          }
          if (tokens.length === 1 && tokens[0].token === "box" && fontTypeCanHaveBox[cmd])
            return { face: currentSetting.face, weight: currentSetting.weight, style: currentSetting.style, decoration: currentSetting.decoration, size: size3, box: true };
          warn("Extra parameters in font definition.", str, position);
          return { face: currentSetting.face, weight: currentSetting.weight, style: currentSetting.style, decoration: currentSetting.decoration, size: size3 };
        }
        if (tokens[0].token === "*") {
          tokens.shift();
          if (tokens[0].type === "number")
            return processNumberOnly();
          else {
            warn("Expected font size number after *.", str, position);
          }
        }
        if (tokens[0].type === "number") {
          return processNumberOnly();
        }
        var face = [];
        var size2;
        var weight = "normal";
        var style = "normal";
        var decoration = "none";
        var box = false;
        var state = "face";
        var hyphenLast = false;
        while (tokens.length) {
          var currToken = tokens.shift();
          var word = currToken.token.toLowerCase();
          switch (state) {
            case "face":
              if (hyphenLast || word !== "utf" && currToken.type !== "number" && word !== "bold" && word !== "italic" && word !== "underline" && word !== "box") {
                if (face.length > 0 && currToken.token === "-") {
                  hyphenLast = true;
                  face[face.length - 1] = face[face.length - 1] + currToken.token;
                } else {
                  if (hyphenLast) {
                    hyphenLast = false;
                    face[face.length - 1] = face[face.length - 1] + currToken.token;
                  } else
                    face.push(currToken.token);
                }
              } else {
                if (currToken.type === "number") {
                  if (size2) {
                    warn("Font size specified twice in font definition.", str, position);
                  } else {
                    size2 = currToken.token;
                  }
                  state = "modifier";
                } else if (word === "bold")
                  weight = "bold";
                else if (word === "italic")
                  style = "italic";
                else if (word === "underline")
                  decoration = "underline";
                else if (word === "box") {
                  if (fontTypeCanHaveBox[cmd])
                    box = true;
                  else
                    warn(`This font style doesn't support "box"`, str, position);
                  state = "finished";
                } else if (word === "utf") {
                  currToken = tokens.shift();
                  state = "size";
                } else
                  warn("Unknown parameter " + currToken.token + " in font definition.", str, position);
              }
              break;
            case "size":
              if (currToken.type === "number") {
                if (size2) {
                  warn("Font size specified twice in font definition.", str, position);
                } else {
                  size2 = currToken.token;
                }
              } else {
                warn("Expected font size in font definition.", str, position);
              }
              state = "modifier";
              break;
            case "modifier":
              if (word === "bold")
                weight = "bold";
              else if (word === "italic")
                style = "italic";
              else if (word === "underline")
                decoration = "underline";
              else if (word === "box") {
                if (fontTypeCanHaveBox[cmd])
                  box = true;
                else
                  warn(`This font style doesn't support "box"`, str, position);
                state = "finished";
              } else
                warn("Unknown parameter " + currToken.token + " in font definition.", str, position);
              break;
            case "finished":
              warn('Extra characters found after "box" in font definition.', str, position);
              break;
          }
        }
        if (size2 === void 0) {
          if (!currentSetting) {
            warn("Must specify the size of the font since there is no default value.", str, position);
            size2 = 12;
          } else
            size2 = currentSetting.size;
        } else
          size2 = parseFloat(size2);
        face = face.join(" ");
        if (face === "") {
          if (!currentSetting) {
            warn("Must specify the name of the font since there is no default value.", str, position);
            face = "sans-serif";
          } else
            face = currentSetting.face;
        }
        var psFont = fontTranslation(face);
        var font = {};
        if (psFont) {
          font.face = psFont.face;
          font.weight = psFont.weight;
          font.style = psFont.style;
          font.decoration = psFont.decoration;
          font.size = size2;
          if (box)
            font.box = true;
          return font;
        }
        font.face = face;
        font.weight = weight;
        font.style = style;
        font.decoration = decoration;
        font.size = size2;
        if (box)
          font.box = true;
        return font;
      };
      var getChangingFont = function(cmd, tokens, str) {
        if (tokens.length === 0)
          return 'Directive "' + cmd + '" requires a font as a parameter.';
        multilineVars[cmd] = getFontParameter(tokens, multilineVars[cmd], str, 0, cmd);
        if (multilineVars.is_in_header)
          tune.formatting[cmd] = multilineVars[cmd];
        return null;
      };
      var getGlobalFont = function(cmd, tokens, str) {
        if (tokens.length === 0)
          return 'Directive "' + cmd + '" requires a font as a parameter.';
        tune.formatting[cmd] = getFontParameter(tokens, tune.formatting[cmd], str, 0, cmd);
        return null;
      };
      var setScale = function(cmd, tokens) {
        var scratch = "";
        tokens.forEach(function(tok) {
          scratch += tok.token;
        });
        var num = parseFloat(scratch);
        if (isNaN(num) || num === 0)
          return 'Directive "' + cmd + '" requires a number as a parameter.';
        tune.formatting.scale = num;
      };
      var drumNames = [
        "acoustic-bass-drum",
        "bass-drum-1",
        "side-stick",
        "acoustic-snare",
        "hand-clap",
        "electric-snare",
        "low-floor-tom",
        "closed-hi-hat",
        "high-floor-tom",
        "pedal-hi-hat",
        "low-tom",
        "open-hi-hat",
        "low-mid-tom",
        "hi-mid-tom",
        "crash-cymbal-1",
        "high-tom",
        "ride-cymbal-1",
        "chinese-cymbal",
        "ride-bell",
        "tambourine",
        "splash-cymbal",
        "cowbell",
        "crash-cymbal-2",
        "vibraslap",
        "ride-cymbal-2",
        "hi-bongo",
        "low-bongo",
        "mute-hi-conga",
        "open-hi-conga",
        "low-conga",
        "high-timbale",
        "low-timbale",
        "high-agogo",
        "low-agogo",
        "cabasa",
        "maracas",
        "short-whistle",
        "long-whistle",
        "short-guiro",
        "long-guiro",
        "claves",
        "hi-wood-block",
        "low-wood-block",
        "mute-cuica",
        "open-cuica",
        "mute-triangle",
        "open-triangle"
      ];
      var interpretPercMap = function(restOfString) {
        var tokens = restOfString.split(/\s+/);
        if (tokens.length !== 2 && tokens.length !== 3)
          return { error: 'Expected parameters "abc-note", "drum-sound", and optionally "note-head"' };
        var key = tokens[0];
        var pitch = parseInt(tokens[1], 10);
        if ((isNaN(pitch) || pitch < 35 || pitch > 81) && tokens[1]) {
          pitch = drumNames.indexOf(tokens[1].toLowerCase()) + 35;
        }
        if (isNaN(pitch) || pitch < 35 || pitch > 81)
          return { error: 'Expected drum name, received "' + tokens[1] + '"' };
        var value = { sound: pitch };
        if (tokens.length === 3)
          value.noteHead = tokens[2];
        return { key, value };
      };
      var getRequiredMeasurement = function(cmd, tokens) {
        var points = tokenizer.getMeasurement(tokens);
        if (points.used === 0 || tokens.length !== 0)
          return { error: 'Directive "' + cmd + '" requires a measurement as a parameter.' };
        return points.value;
      };
      var oneParameterMeasurement = function(cmd, tokens) {
        var points = tokenizer.getMeasurement(tokens);
        if (points.used === 0 || tokens.length !== 0)
          return 'Directive "' + cmd + '" requires a measurement as a parameter.';
        tune.formatting[cmd] = points.value;
        return null;
      };
      var addMultilineVar = function(key, cmd, tokens, min, max) {
        if (tokens.length !== 1 || tokens[0].type !== "number")
          return 'Directive "' + cmd + '" requires a number as a parameter.';
        var i = tokens[0].intt;
        if (min !== void 0 && i < min)
          return 'Directive "' + cmd + '" requires a number greater than or equal to ' + min + " as a parameter.";
        if (max !== void 0 && i > max)
          return 'Directive "' + cmd + '" requires a number less than or equal to ' + max + " as a parameter.";
        multilineVars[key] = i;
        return null;
      };
      var addMultilineVarBool = function(key, cmd, tokens) {
        if (tokens.length === 1 && (tokens[0].token === "true" || tokens[0].token === "false")) {
          multilineVars[key] = tokens[0].token === "true";
          return null;
        }
        var str = addMultilineVar(key, cmd, tokens, 0, 1);
        if (str !== null) return str;
        multilineVars[key] = multilineVars[key] === 1;
        return null;
      };
      var addMultilineVarOneParamChoice = function(key, cmd, tokens, choices) {
        if (tokens.length !== 1)
          return 'Directive "' + cmd + '" requires one of [ ' + choices.join(", ") + " ] as a parameter.";
        var choice = tokens[0].token;
        var found = false;
        for (var i = 0; !found && i < choices.length; i++) {
          if (choices[i] === choice)
            found = true;
        }
        if (!found)
          return 'Directive "' + cmd + '" requires one of [ ' + choices.join(", ") + " ] as a parameter.";
        multilineVars[key] = choice;
        return null;
      };
      var midiCmdParam0 = [
        "nobarlines",
        "barlines",
        "beataccents",
        "nobeataccents",
        "droneon",
        "droneoff",
        "drumon",
        "drumoff",
        "fermatafixed",
        "fermataproportional",
        "gchordon",
        "gchordoff",
        "controlcombo",
        "temperamentnormal",
        "noportamento"
      ];
      var midiCmdParam1String = [
        "gchord",
        "ptstress",
        "beatstring"
      ];
      var midiCmdParam1Integer = [
        "bassvol",
        "chordvol",
        "c",
        "channel",
        "beatmod",
        "deltaloudness",
        "drumbars",
        "gracedivider",
        "makechordchannels",
        "randomchordattack",
        "chordattack",
        "stressmodel",
        "transpose",
        "rtranspose",
        "vol",
        "volinc",
        "gchordbars"
      ];
      var midiCmdParam1Integer1OptionalInteger = [
        "program"
      ];
      var midiCmdParam2Integer = [
        "ratio",
        "snt",
        "bendvelocity",
        "pitchbend",
        "control",
        "temperamentlinear"
      ];
      var midiCmdParam4Integer = [
        "beat"
      ];
      var midiCmdParam5Integer = [
        "drone"
      ];
      var midiCmdParam1String1Integer = [
        "portamento"
      ];
      var midiCmdParamFraction = [
        "expand",
        "grace",
        "trim"
      ];
      var midiCmdParam1StringVariableIntegers = [
        "drum",
        "chordname"
      ];
      var midiCmdParam1Integer1OptionalString = [
        "bassprog",
        "chordprog"
      ];
      var parseMidiCommand = function(midi, tune2, restOfString) {
        var midi_cmd = midi.shift().token;
        var midi_params = [];
        if (midiCmdParam0.indexOf(midi_cmd) >= 0) {
          if (midi.length !== 0)
            warn("Unexpected parameter in MIDI " + midi_cmd, restOfString, 0);
        } else if (midiCmdParam1String.indexOf(midi_cmd) >= 0) {
          if (midi.length !== 1)
            warn("Expected one parameter in MIDI " + midi_cmd, restOfString, 0);
          else
            midi_params.push(midi[0].token);
        } else if (midiCmdParam1Integer.indexOf(midi_cmd) >= 0) {
          if (midi.length !== 1)
            warn("Expected one parameter in MIDI " + midi_cmd, restOfString, 0);
          else if (midi[0].type !== "number")
            warn("Expected one integer parameter in MIDI " + midi_cmd, restOfString, 0);
          else
            midi_params.push(midi[0].intt);
        } else if (midiCmdParam1Integer1OptionalInteger.indexOf(midi_cmd) >= 0) {
          if (midi.length !== 1 && midi.length !== 2)
            warn("Expected one or two parameters in MIDI " + midi_cmd, restOfString, 0);
          else if (midi[0].type !== "number")
            warn("Expected integer parameter in MIDI " + midi_cmd, restOfString, 0);
          else if (midi.length === 2 && midi[1].type !== "number")
            warn("Expected integer parameter in MIDI " + midi_cmd, restOfString, 0);
          else {
            midi_params.push(midi[0].intt);
            if (midi.length === 2)
              midi_params.push(midi[1].intt);
          }
        } else if (midiCmdParam2Integer.indexOf(midi_cmd) >= 0) {
          if (midi.length !== 2)
            warn("Expected two parameters in MIDI " + midi_cmd, restOfString, 0);
          else if (midi[0].type !== "number" || midi[1].type !== "number")
            warn("Expected two integer parameters in MIDI " + midi_cmd, restOfString, 0);
          else {
            midi_params.push(midi[0].intt);
            midi_params.push(midi[1].intt);
          }
        } else if (midiCmdParam1String1Integer.indexOf(midi_cmd) >= 0) {
          if (midi.length !== 2)
            warn("Expected two parameters in MIDI " + midi_cmd, restOfString, 0);
          else if (midi[0].type !== "alpha" || midi[1].type !== "number")
            warn("Expected one string and one integer parameters in MIDI " + midi_cmd, restOfString, 0);
          else {
            midi_params.push(midi[0].token);
            midi_params.push(midi[1].intt);
          }
        } else if (midi_cmd === "drummap") {
          if (midi.length === 2 && midi[0].type === "alpha" && midi[1].type === "number") {
            if (!tune2.formatting) tune2.formatting = {};
            if (!tune2.formatting.midi) tune2.formatting.midi = {};
            if (!tune2.formatting.midi.drummap) tune2.formatting.midi.drummap = {};
            tune2.formatting.midi.drummap[midi[0].token] = midi[1].intt;
            midi_params = tune2.formatting.midi.drummap;
          } else if (midi.length === 3 && midi[0].type === "punct" && midi[1].type === "alpha" && midi[2].type === "number") {
            if (!tune2.formatting) tune2.formatting = {};
            if (!tune2.formatting.midi) tune2.formatting.midi = {};
            if (!tune2.formatting.midi.drummap) tune2.formatting.midi.drummap = {};
            tune2.formatting.midi.drummap[midi[0].token + midi[1].token] = midi[2].intt;
            midi_params = tune2.formatting.midi.drummap;
          } else {
            warn("Expected one note name and one integer parameter in MIDI " + midi_cmd, restOfString, 0);
          }
        } else if (midiCmdParamFraction.indexOf(midi_cmd) >= 0) {
          if (midi.length !== 3)
            warn("Expected fraction parameter in MIDI " + midi_cmd, restOfString, 0);
          else if (midi[0].type !== "number" || midi[1].token !== "/" || midi[2].type !== "number")
            warn("Expected fraction parameter in MIDI " + midi_cmd, restOfString, 0);
          else {
            midi_params.push(midi[0].intt);
            midi_params.push(midi[2].intt);
          }
        } else if (midiCmdParam4Integer.indexOf(midi_cmd) >= 0) {
          if (midi.length !== 4)
            warn("Expected four parameters in MIDI " + midi_cmd, restOfString, 0);
          else if (midi[0].type !== "number" || midi[1].type !== "number" || midi[2].type !== "number" || midi[3].type !== "number")
            warn("Expected four integer parameters in MIDI " + midi_cmd, restOfString, 0);
          else {
            midi_params.push(midi[0].intt);
            midi_params.push(midi[1].intt);
            midi_params.push(midi[2].intt);
            midi_params.push(midi[3].intt);
          }
        } else if (midiCmdParam5Integer.indexOf(midi_cmd) >= 0) {
          if (midi.length !== 5)
            warn("Expected five parameters in MIDI " + midi_cmd, restOfString, 0);
          else if (midi[0].type !== "number" || midi[1].type !== "number" || midi[2].type !== "number" || midi[3].type !== "number" || midi[4].type !== "number")
            warn("Expected five integer parameters in MIDI " + midi_cmd, restOfString, 0);
          else {
            midi_params.push(midi[0].intt);
            midi_params.push(midi[1].intt);
            midi_params.push(midi[2].intt);
            midi_params.push(midi[3].intt);
            midi_params.push(midi[4].intt);
          }
        } else if (midiCmdParam1Integer1OptionalInteger.indexOf(midi_cmd) >= 0) {
          if (midi.length !== 1 || midi.length !== 4)
            warn("Expected one or two parameters in MIDI " + midi_cmd, restOfString, 0);
          else if (midi[0].type !== "number")
            warn("Expected integer parameter in MIDI " + midi_cmd, restOfString, 0);
          else if (midi.length === 4) {
            if (midi[1].token !== "octave")
              warn("Expected octave parameter in MIDI " + midi_cmd, restOfString, 0);
            if (midi[2].token !== "=")
              warn("Expected octave parameter in MIDI " + midi_cmd, restOfString, 0);
            if (midi[3].type !== "number")
              warn("Expected integer parameter for octave in MIDI " + midi_cmd, restOfString, 0);
          } else {
            midi_params.push(midi[0].intt);
            if (midi.length === 4)
              midi_params.push(midi[3].intt);
          }
        } else if (midiCmdParam1StringVariableIntegers.indexOf(midi_cmd) >= 0) {
          if (midi.length < 2)
            warn("Expected string parameter and at least one integer parameter in MIDI " + midi_cmd, restOfString, 0);
          else if (midi[0].type !== "alpha")
            warn("Expected string parameter and at least one integer parameter in MIDI " + midi_cmd, restOfString, 0);
          else {
            var p = midi.shift();
            midi_params.push(p.token);
            while (midi.length > 0) {
              p = midi.shift();
              if (p.type !== "number")
                warn("Expected integer parameter in MIDI " + midi_cmd, restOfString, 0);
              midi_params.push(p.intt);
            }
          }
        } else if (midiCmdParam1Integer1OptionalString.indexOf(midi_cmd) >= 0) {
          if (midi.length !== 1 && midi.length !== 2)
            warn("Expected one or two parameters in MIDI " + midi_cmd, restOfString, 0);
          else if (midi[0].type !== "number")
            warn("Expected integer parameter in MIDI " + midi_cmd, restOfString, 0);
          else if (midi.length === 2 && midi[1].type !== "alpha")
            warn("Expected alpha parameter in MIDI " + midi_cmd, restOfString, 0);
          else {
            midi_params.push(midi[0].intt);
            if (midi.length === 2) {
              var cmd = midi[1].token;
              if (cmd.indexOf("octave=") != -1) {
                cmd = cmd.replace("octave=", "");
                cmd = parseInt(cmd);
                if (!isNaN(cmd)) {
                  if (cmd < -1) {
                    warn("Expected octave= in MIDI " + midi_cmd + " to be >= -1 (recv:" + cmd + ")");
                    cmd = -1;
                  }
                  if (cmd > 3) {
                    warn("Expected octave= in MIDI " + midi_cmd + " to be <= 3 (recv:" + cmd + ")");
                    cmd = 3;
                  }
                  midi_params.push(cmd);
                } else
                  warn("Expected octave value in MIDI" + midi_cmd);
              } else {
                warn("Expected octave= in MIDI" + midi_cmd);
              }
            }
          }
        }
        if (tuneBuilder.hasBeginMusic())
          tuneBuilder.appendElement("midi", -1, -1, { cmd: midi_cmd, params: midi_params });
        else {
          if (tune2.formatting["midi"] === void 0)
            tune2.formatting["midi"] = {};
          tune2.formatting["midi"][midi_cmd] = midi_params;
        }
      };
      parseDirective.parseFontChangeLine = function(textstr) {
        textstr = textstr.replace(/\$\$/g, "");
        var textParts = textstr.split("$");
        if (textParts.length > 1 && multilineVars.setfont) {
          var textarr = [];
          if (textParts[0] !== "")
            textarr.push({ text: textParts[0] });
          for (var i = 1; i < textParts.length; i++) {
            if (textParts[i][0] === "0")
              textarr.push({ text: textParts[i].substring(1).replace(/\x03/g, "$$") });
            else {
              var whichFont = parseInt(textParts[i][0], 10);
              if (multilineVars.setfont[whichFont])
                textarr.push({ font: multilineVars.setfont[whichFont], text: textParts[i].substring(1).replace(/\x03/g, "$$") });
              else
                textarr[textarr.length - 1].text += "$" + textParts[i].replace(/\x03/g, "$$");
            }
          }
          return textarr;
        }
        return textstr.replace(/\x03/g, "$$");
      };
      var positionChoices = ["auto", "above", "below", "hidden"];
      parseDirective.addDirective = function(str) {
        var tokens = tokenizer.tokenize(str, 0, str.length);
        if (tokens.length === 0 || tokens[0].type !== "alpha") return null;
        var restOfString = str.substring(str.indexOf(tokens[0].token) + tokens[0].token.length);
        restOfString = tokenizer.stripComment(restOfString);
        var cmd = tokens.shift().token.toLowerCase();
        var scratch = "";
        var line;
        switch (cmd) {
          // The following directives were added to abc_parser_lint, but haven't been implemented here.
          // Most of them are direct translations from the directives that will be parsed in. See abcm2ps's format.txt for info on each of these.
          //					alignbars: { type: "number", optional: true },
          //					aligncomposer: { type: "string", Enum: [ 'left', 'center','right' ], optional: true },
          //					bstemdown: { type: "boolean", optional: true },
          //					continueall: { type: "boolean", optional: true },
          //					dynalign: { type: "boolean", optional: true },
          //					exprabove: { type: "boolean", optional: true },
          //					exprbelow: { type: "boolean", optional: true },
          //					gchordbox: { type: "boolean", optional: true },
          //					gracespacebefore: { type: "number", optional: true },
          //					gracespaceinside: { type: "number", optional: true },
          //					gracespaceafter: { type: "number", optional: true },
          //					infospace: { type: "number", optional: true },
          //					lineskipfac: { type: "number", optional: true },
          //					maxshrink: { type: "number", optional: true },
          //					maxstaffsep: { type: "number", optional: true },
          //					maxsysstaffsep: { type: "number", optional: true },
          //					notespacingfactor: { type: "number", optional: true },
          //					parskipfac: { type: "number", optional: true },
          //					slurheight: { type: "number", optional: true },
          //					splittune: { type: "boolean", optional: true },
          //					squarebreve: { type: "boolean", optional: true },
          //					stemheight: { type: "number", optional: true },
          //					straightflags: { type: "boolean", optional: true },
          //					stretchstaff: { type: "boolean", optional: true },
          //					titleformat: { type: "string", optional: true },
          case "bagpipes":
            tune.formatting.bagpipes = true;
            break;
          case "flatbeams":
            tune.formatting.flatbeams = true;
            break;
          case "jazzchords":
            tune.formatting.jazzchords = true;
            break;
          case "accentAbove":
            tune.formatting.accentAbove = true;
            break;
          case "germanAlphabet":
            tune.formatting.germanAlphabet = true;
            break;
          case "landscape":
            multilineVars.landscape = true;
            break;
          case "papersize":
            multilineVars.papersize = restOfString;
            break;
          case "graceslurs":
            if (tokens.length !== 1)
              return "Directive graceslurs requires one parameter: 0 or 1";
            if (tokens[0].token === "0" || tokens[0].token === "false")
              tune.formatting.graceSlurs = false;
            else if (tokens[0].token === "1" || tokens[0].token === "true")
              tune.formatting.graceSlurs = true;
            else
              return "Directive graceslurs requires one parameter: 0 or 1 (received " + tokens[0].token + ")";
            break;
          case "lineThickness":
            var lt = parseStretchLast(tokens);
            if (lt.value !== void 0)
              tune.formatting.lineThickness = lt.value;
            if (lt.error)
              return lt.error;
            break;
          case "stretchlast":
            var sl = parseStretchLast(tokens);
            if (sl.value !== void 0)
              tune.formatting.stretchlast = sl.value;
            if (sl.error)
              return sl.error;
            break;
          case "titlecaps":
            multilineVars.titlecaps = true;
            break;
          case "titleleft":
            tune.formatting.titleleft = true;
            break;
          case "measurebox":
            tune.formatting.measurebox = true;
            break;
          case "vocal":
            return addMultilineVarOneParamChoice("vocalPosition", cmd, tokens, positionChoices);
          case "dynamic":
            return addMultilineVarOneParamChoice("dynamicPosition", cmd, tokens, positionChoices);
          case "gchord":
            return addMultilineVarOneParamChoice("chordPosition", cmd, tokens, positionChoices);
          case "ornament":
            return addMultilineVarOneParamChoice("ornamentPosition", cmd, tokens, positionChoices);
          case "volume":
            return addMultilineVarOneParamChoice("volumePosition", cmd, tokens, positionChoices);
          case "botmargin":
          case "botspace":
          case "composerspace":
          case "indent":
          case "leftmargin":
          case "linesep":
          case "musicspace":
          case "partsspace":
          case "pageheight":
          case "pagewidth":
          case "rightmargin":
          case "stafftopmargin":
          case "staffsep":
          case "staffwidth":
          case "subtitlespace":
          case "sysstaffsep":
          case "systemsep":
          case "textspace":
          case "titlespace":
          case "topmargin":
          case "topspace":
          case "vocalspace":
          case "wordsspace":
            return oneParameterMeasurement(cmd, tokens);
          case "voicescale":
            if (tokens.length !== 1 || tokens[0].type !== "number")
              return "voicescale requires one float as a parameter";
            var voiceScale = tokens.shift();
            if (multilineVars.currentVoice) {
              multilineVars.currentVoice.scale = voiceScale.floatt;
              tuneBuilder.changeVoiceScale(multilineVars.currentVoice.scale);
            }
            return null;
          case "voicecolor":
            if (tokens.length !== 1)
              return "voicecolor requires one string as a parameter";
            var voiceColor = tokens.shift();
            if (multilineVars.currentVoice) {
              multilineVars.currentVoice.color = voiceColor.token;
              tuneBuilder.changeVoiceColor(multilineVars.currentVoice.color);
            }
            return null;
          case "vskip":
            var vskip = Math.round(getRequiredMeasurement(cmd, tokens));
            if (vskip.error)
              return vskip.error;
            tuneBuilder.addSpacing(vskip);
            return null;
          case "scale":
            setScale(cmd, tokens);
            break;
          case "sep":
            if (tokens.length === 0)
              tuneBuilder.addSeparator(14, 14, 85, { startChar: multilineVars.iChar, endChar: multilineVars.iChar + 5 });
            else {
              var points = tokenizer.getMeasurement(tokens);
              if (points.used === 0)
                return 'Directive "' + cmd + '" requires 3 numbers: space above, space below, length of line';
              var spaceAbove = points.value;
              points = tokenizer.getMeasurement(tokens);
              if (points.used === 0)
                return 'Directive "' + cmd + '" requires 3 numbers: space above, space below, length of line';
              var spaceBelow = points.value;
              points = tokenizer.getMeasurement(tokens);
              if (points.used === 0 || tokens.length !== 0)
                return 'Directive "' + cmd + '" requires 3 numbers: space above, space below, length of line';
              var lenLine = points.value;
              tuneBuilder.addSeparator(spaceAbove, spaceBelow, lenLine, { startChar: multilineVars.iChar, endChar: multilineVars.iChar + restOfString.length });
            }
            break;
          case "barsperstaff":
            scratch = addMultilineVar("barsperstaff", cmd, tokens);
            if (scratch !== null) return scratch;
            break;
          case "staffnonote":
            if (tokens.length !== 1)
              return "Directive staffnonote requires one parameter: 0 or 1";
            if (tokens[0].token === "0")
              multilineVars.staffnonote = true;
            else if (tokens[0].token === "1")
              multilineVars.staffnonote = false;
            else
              return "Directive staffnonote requires one parameter: 0 or 1 (received " + tokens[0].token + ")";
            break;
          case "printtempo":
            scratch = addMultilineVarBool("printTempo", cmd, tokens);
            if (scratch !== null) return scratch;
            break;
          case "partsbox":
            scratch = addMultilineVarBool("partsBox", cmd, tokens);
            if (scratch !== null) return scratch;
            multilineVars.partsfont.box = multilineVars.partsBox;
            break;
          case "freegchord":
            scratch = addMultilineVarBool("freegchord", cmd, tokens);
            if (scratch !== null) return scratch;
            break;
          case "measurenb":
          case "barnumbers":
            scratch = addMultilineVar("barNumbers", cmd, tokens);
            if (scratch !== null) return scratch;
            break;
          case "setbarnb":
            if (tokens.length !== 1 || tokens[0].type !== "number") {
              return "Directive setbarnb requires a number as a parameter.";
            }
            multilineVars.currBarNumber = tuneBuilder.setBarNumberImmediate(tokens[0].intt);
            break;
          case "keywarn":
            if (tokens.length !== 1 || tokens[0].type !== "number" || tokens[0].intt !== 1 && tokens[0].intt !== 0) {
              return "Directive " + cmd + " requires 0 or 1 as a parameter.";
            }
            multilineVars[cmd] = tokens[0].intt === 1;
            break;
          case "begintext":
            var textBlock = "";
            line = tokenizer.nextLine();
            while (line && line.indexOf("%%endtext") !== 0) {
              if (parseCommon.startsWith(line, "%%")) {
                var theLine = line.substring(2);
                theLine = theLine.trim() + "\n";
                textBlock += theLine;
              } else {
                textBlock += line.trim() + "\n";
              }
              line = tokenizer.nextLine();
            }
            tuneBuilder.addText(textBlock, { startChar: multilineVars.iChar, endChar: multilineVars.iChar + textBlock.length + 7 });
            break;
          case "continueall":
            multilineVars.continueall = true;
            break;
          case "beginps":
            line = tokenizer.nextLine();
            while (line && line.indexOf("%%endps") !== 0) {
              tokenizer.nextLine();
            }
            warn("Postscript ignored", str, 0);
            break;
          case "deco":
            if (restOfString.length > 0)
              multilineVars.ignoredDecorations.push(restOfString.substring(0, restOfString.indexOf(" ")));
            warn("Decoration redefinition ignored", str, 0);
            break;
          case "text":
            var textstr = tokenizer.translateString(restOfString);
            tuneBuilder.addText(parseDirective.parseFontChangeLine(textstr), { startChar: multilineVars.iChar, endChar: multilineVars.iChar + restOfString.length + 7 });
            break;
          case "center":
            var centerstr = tokenizer.translateString(restOfString);
            tuneBuilder.addCentered(parseDirective.parseFontChangeLine(centerstr));
            break;
          case "font":
            break;
          case "setfont":
            var sfTokens = tokenizer.tokenize(restOfString, 0, restOfString.length);
            if (sfTokens.length >= 4) {
              if (sfTokens[0].token === "-" && sfTokens[1].type === "number") {
                var sfNum = parseInt(sfTokens[1].token);
                if (sfNum >= 1 && sfNum <= 9) {
                  if (!multilineVars.setfont)
                    multilineVars.setfont = [];
                  sfTokens.shift();
                  sfTokens.shift();
                  multilineVars.setfont[sfNum] = getFontParameter(sfTokens, multilineVars.setfont[sfNum], str, 0, "setfont");
                }
              }
            }
            break;
          case "gchordfont":
          case "partsfont":
          case "tripletfont":
          case "vocalfont":
          case "textfont":
          case "annotationfont":
          case "historyfont":
          case "infofont":
          case "measurefont":
          case "repeatfont":
          case "wordsfont":
            return getChangingFont(cmd, tokens, str);
          case "composerfont":
          case "subtitlefont":
          case "tempofont":
          case "titlefont":
          case "voicefont":
          case "footerfont":
          case "headerfont":
            return getGlobalFont(cmd, tokens, str);
          case "barlabelfont":
          case "barnumberfont":
          case "barnumfont":
            return getChangingFont("measurefont", tokens, str);
          case "staves":
          case "score":
            multilineVars.score_is_present = true;
            var addVoice = function(id, newStaff2, bracket2, brace2, continueBar2) {
              if (newStaff2 || multilineVars.staves.length === 0) {
                multilineVars.staves.push({ index: multilineVars.staves.length, numVoices: 0 });
              }
              var staff = parseCommon.last(multilineVars.staves);
              if (bracket2 !== void 0 && staff.bracket === void 0) staff.bracket = bracket2;
              if (brace2 !== void 0 && staff.brace === void 0) staff.brace = brace2;
              if (continueBar2) staff.connectBarLines = "end";
              if (multilineVars.voices[id] === void 0) {
                multilineVars.voices[id] = { staffNum: staff.index, index: staff.numVoices };
                staff.numVoices++;
              }
            };
            var openParen = false;
            var openBracket = false;
            var openBrace = false;
            var justOpenParen = false;
            var justOpenBracket = false;
            var justOpenBrace = false;
            var continueBar = false;
            var lastVoice;
            var addContinueBar = function() {
              continueBar = true;
              if (lastVoice) {
                var ty = "start";
                if (lastVoice.staffNum > 0) {
                  if (multilineVars.staves[lastVoice.staffNum - 1].connectBarLines === "start" || multilineVars.staves[lastVoice.staffNum - 1].connectBarLines === "continue")
                    ty = "continue";
                }
                multilineVars.staves[lastVoice.staffNum].connectBarLines = ty;
              }
            };
            while (tokens.length) {
              var t = tokens.shift();
              switch (t.token) {
                case "(":
                  if (openParen) warn("Can't nest parenthesis in %%score", str, t.start);
                  else {
                    openParen = true;
                    justOpenParen = true;
                  }
                  break;
                case ")":
                  if (!openParen || justOpenParen) warn("Unexpected close parenthesis in %%score", str, t.start);
                  else openParen = false;
                  break;
                case "[":
                  if (openBracket) warn("Can't nest brackets in %%score", str, t.start);
                  else {
                    openBracket = true;
                    justOpenBracket = true;
                  }
                  break;
                case "]":
                  if (!openBracket || justOpenBracket) warn("Unexpected close bracket in %%score", str, t.start);
                  else {
                    openBracket = false;
                    multilineVars.staves[lastVoice.staffNum].bracket = "end";
                  }
                  break;
                case "{":
                  if (openBrace) warn("Can't nest braces in %%score", str, t.start);
                  else {
                    openBrace = true;
                    justOpenBrace = true;
                  }
                  break;
                case "}":
                  if (!openBrace || justOpenBrace) warn("Unexpected close brace in %%score", str, t.start);
                  else {
                    openBrace = false;
                    multilineVars.staves[lastVoice.staffNum].brace = "end";
                  }
                  break;
                case "|":
                  addContinueBar();
                  break;
                default:
                  var vc = "";
                  while (t.type === "alpha" || t.type === "number") {
                    vc += t.token;
                    if (t.continueId)
                      t = tokens.shift();
                    else
                      break;
                  }
                  var newStaff = !openParen || justOpenParen;
                  var bracket = justOpenBracket ? "start" : openBracket ? "continue" : void 0;
                  var brace = justOpenBrace ? "start" : openBrace ? "continue" : void 0;
                  addVoice(vc, newStaff, bracket, brace, continueBar);
                  justOpenParen = false;
                  justOpenBracket = false;
                  justOpenBrace = false;
                  continueBar = false;
                  lastVoice = multilineVars.voices[vc];
                  if (cmd === "staves")
                    addContinueBar();
                  break;
              }
            }
            break;
          case "maxstaves":
            var nStaves = tokenizer.getInt(restOfString);
            if (nStaves.digits === 0)
              warn("Expected number of staves in maxstaves");
            else {
              if (nStaves.value > 0) {
                tune.formatting.maxStaves = nStaves.value;
              }
            }
            break;
          case "newpage":
            var pgNum = tokenizer.getInt(restOfString);
            tuneBuilder.addNewPage(pgNum.digits === 0 ? -1 : pgNum.value);
            break;
          case "abc":
            var arr = restOfString.split(" ");
            switch (arr[0]) {
              case "-copyright":
              case "-creator":
              case "-edited-by":
              case "-version":
              case "-charset":
                var subCmd = arr.shift();
                tuneBuilder.addMetaText(cmd + subCmd, arr.join(" "), { startChar: multilineVars.iChar, endChar: multilineVars.iChar + restOfString.length + 5 });
                break;
              default:
                return "Unknown directive: " + cmd + arr[0];
            }
            break;
          case "header":
          case "footer":
            var footerStr = tokenizer.getMeat(restOfString, 0, restOfString.length);
            footerStr = restOfString.substring(footerStr.start, footerStr.end);
            if (footerStr[0] === '"' && footerStr[footerStr.length - 1] === '"')
              footerStr = footerStr.substring(1, footerStr.length - 1);
            var footerArr = footerStr.split("	");
            var footer = {};
            if (footerArr.length === 1)
              footer = { left: "", center: footerArr[0], right: "" };
            else if (footerArr.length === 2)
              footer = { left: footerArr[0], center: footerArr[1], right: "" };
            else
              footer = { left: footerArr[0], center: footerArr[1], right: footerArr[2] };
            if (footerArr.length > 3)
              warn("Too many tabs in " + cmd + ": " + footerArr.length + " found.", restOfString, 0);
            tuneBuilder.addMetaTextObj(cmd, footer, { startChar: multilineVars.iChar, endChar: multilineVars.iChar + str.length });
            break;
          case "midi":
            var midi = tokenizer.tokenize(restOfString, 0, restOfString.length, true);
            if (midi.length > 0 && midi[0].token === "=")
              midi.shift();
            if (midi.length === 0)
              warn("Expected midi command", restOfString, 0);
            else
              parseMidiCommand(midi, tune, restOfString);
            break;
          case "percmap":
            var percmap = interpretPercMap(restOfString);
            if (percmap.error)
              warn(percmap.error, str, 8);
            else {
              if (!tune.formatting.percmap)
                tune.formatting.percmap = {};
              tune.formatting.percmap[percmap.key] = percmap.value;
            }
            break;
          case "visualtranspose":
            var halfSteps = tokenizer.getInt(restOfString);
            if (halfSteps.digits === 0)
              warn("Expected number of half steps in visualTranspose");
            else
              multilineVars.globalTranspose = halfSteps.value;
            break;
          case "map":
          case "playtempo":
          case "auquality":
          case "continuous":
          case "nobarcheck":
            tune.formatting[cmd] = restOfString;
            break;
          default:
            return "Unknown directive: " + cmd;
        }
        return null;
      };
      parseDirective.globalFormatting = function(formatHash) {
        for (var cmd in formatHash) {
          if (formatHash.hasOwnProperty(cmd)) {
            var value = "" + formatHash[cmd];
            var tokens = tokenizer.tokenize(value, 0, value.length);
            var scratch;
            switch (cmd) {
              case "titlefont":
              case "gchordfont":
              case "composerfont":
              case "footerfont":
              case "headerfont":
              case "historyfont":
              case "infofont":
              case "measurefont":
              case "partsfont":
              case "repeatfont":
              case "subtitlefont":
              case "tempofont":
              case "textfont":
              case "voicefont":
              case "tripletfont":
              case "vocalfont":
              case "wordsfont":
              case "annotationfont":
              case "tablabelfont":
              case "tabnumberfont":
              case "tabgracefont":
                getChangingFont(cmd, tokens, value);
                break;
              case "scale":
                setScale(cmd, tokens);
                break;
              case "partsbox":
                scratch = addMultilineVarBool("partsBox", cmd, tokens);
                if (scratch !== null) warn(scratch);
                multilineVars.partsfont.box = multilineVars.partsBox;
                break;
              case "freegchord":
                scratch = addMultilineVarBool("freegchord", cmd, tokens);
                if (scratch !== null) warn(scratch);
                break;
              case "fontboxpadding":
                if (tokens.length !== 1 || tokens[0].type !== "number")
                  warn('Directive "' + cmd + '" requires a number as a parameter.');
                tune.formatting.fontboxpadding = tokens[0].floatt;
                break;
              case "stafftopmargin":
                if (tokens.length !== 1 || tokens[0].type !== "number")
                  warn('Directive "' + cmd + '" requires a number as a parameter.');
                tune.formatting.stafftopmargin = tokens[0].floatt;
                break;
              case "stretchlast":
                var sl = parseStretchLast(tokens);
                if (sl.value !== void 0)
                  tune.formatting.stretchlast = sl.value;
                if (sl.error)
                  return sl.error;
                break;
              default:
                warn("Formatting directive unrecognized: ", cmd, 0);
            }
          }
        }
      };
      function parseStretchLast(tokens) {
        if (tokens.length === 0)
          return { value: 1 };
        else if (tokens.length === 1) {
          if (tokens[0].type === "number") {
            if (tokens[0].floatt >= 0 || tokens[0].floatt <= 1)
              return { value: tokens[0].floatt };
          } else if (tokens[0].token === "false") {
            return { value: 0 };
          } else if (tokens[0].token === "true") {
            return { value: 1 };
          }
        }
        return { error: "Directive stretchlast requires zero or one parameter: false, true, or number between 0 and 1 (received " + tokens[0].token + ")" };
      }
    })();
    module2.exports = parseDirective;
  }
});

// node_modules/abcjs/src/parse/all-notes.js
var require_all_notes = __commonJS({
  "node_modules/abcjs/src/parse/all-notes.js"(exports2, module2) {
    var allNotes = {};
    var allPitches = [
      "C,,,",
      "D,,,",
      "E,,,",
      "F,,,",
      "G,,,",
      "A,,,",
      "B,,,",
      "C,,",
      "D,,",
      "E,,",
      "F,,",
      "G,,",
      "A,,",
      "B,,",
      "C,",
      "D,",
      "E,",
      "F,",
      "G,",
      "A,",
      "B,",
      "C",
      "D",
      "E",
      "F",
      "G",
      "A",
      "B",
      "c",
      "d",
      "e",
      "f",
      "g",
      "a",
      "b",
      "c'",
      "d'",
      "e'",
      "f'",
      "g'",
      "a'",
      "b'",
      "c''",
      "d''",
      "e''",
      "f''",
      "g''",
      "a''",
      "b''",
      "c'''",
      "d'''",
      "e'''",
      "f'''",
      "g'''",
      "a'''",
      "b'''"
    ];
    allNotes.pitchIndex = function(noteName) {
      return allPitches.indexOf(noteName);
    };
    allNotes.noteName = function(pitchIndex) {
      return allPitches[pitchIndex];
    };
    module2.exports = allNotes;
  }
});

// node_modules/abcjs/src/parse/transpose-chord.js
var require_transpose_chord = __commonJS({
  "node_modules/abcjs/src/parse/transpose-chord.js"(exports2, module2) {
    var sharpChords = ["C", "C\u266F", "D", "D\u266F", "E", "F", "F\u266F", "G", "G\u266F", "A", "A\u266F", "B"];
    var flatChords = ["C", "D\u266D", "D", "E\u266D", "E", "F", "G\u266D", "G", "A\u266D", "A", "B\u266D", "B"];
    var sharpChordsFree = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];
    var flatChordsFree = ["C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"];
    function transposeChordName(chord, steps, preferFlats, freeGCchord) {
      if (!steps || steps % 12 === 0)
        return chord;
      while (steps < 0) steps += 12;
      if (steps > 11) steps = steps % 12;
      var match = chord.match(/^([A-G][b#♭♯]?)([^\/]+)?\/?([A-G][b#♭♯]?)?(.+)?/);
      if (!match)
        return chord;
      var name = match[1];
      var extra1 = match[2];
      var bass = match[3];
      var extra2 = match[4];
      var index = sharpChords.indexOf(name);
      if (index < 0)
        index = flatChords.indexOf(name);
      if (index < 0)
        index = sharpChordsFree.indexOf(name);
      if (index < 0)
        index = flatChordsFree.indexOf(name);
      if (index < 0)
        return chord;
      index += steps;
      index = index % 12;
      if (preferFlats) {
        if (freeGCchord) chord = flatChordsFree[index];
        else chord = flatChords[index];
      } else {
        if (freeGCchord) chord = sharpChordsFree[index];
        else chord = sharpChords[index];
      }
      var isDim = extra1 && (extra1.indexOf("dim") >= 0 || extra1.indexOf("\xB0") >= 0);
      if (isDim && chord === "A#") chord = "Bb";
      if (isDim && chord === "D#") chord = "Eb";
      if (isDim && chord === "A\u266F") chord = "B\u266D";
      if (isDim && chord === "D\u266F") chord = "E\u266D";
      if (extra1)
        chord += extra1;
      if (bass) {
        var index = sharpChords.indexOf(bass);
        if (index < 0)
          index = flatChords.indexOf(bass);
        if (index < 0)
          index = sharpChordsFree.indexOf(bass);
        if (index < 0)
          index = flatChordsFree.indexOf(bass);
        chord += "/";
        if (index >= 0) {
          index += steps;
          index = index % 12;
          if (preferFlats) {
            if (freeGCchord) chord += flatChordsFree[index];
            else chord += flatChords[index];
          } else {
            if (freeGCchord) chord += sharpChordsFree[index];
            else chord += sharpChords[index];
          }
        } else
          chord += bass;
      }
      if (extra2)
        chord += extra2;
      return chord;
    }
    module2.exports = transposeChordName;
  }
});

// node_modules/abcjs/src/const/relative-major.js
var require_relative_major = __commonJS({
  "node_modules/abcjs/src/const/relative-major.js"(exports2, module2) {
    var keys = {
      "C": { modes: ["CMaj", "CIon", "Amin", "AAeo", "Am", "GMix", "DDor", "EPhr", "FLyd", "BLoc"], stepsFromC: 0 },
      "Db": { modes: ["DbMaj", "DbIon", "Bbmin", "BbAeo", "Bbm", "AbMix", "EbDor", "FPhr", "GbLyd", "CLoc"], stepsFromC: 1 },
      "D": { modes: ["DMaj", "DIon", "Bmin", "BAeo", "Bm", "AMix", "EDor", "F#Phr", "GLyd", "C#Loc"], stepsFromC: 2 },
      "Eb": { modes: ["EbMaj", "EbIon", "Cmin", "CAeo", "Cm", "BbMix", "FDor", "GPhr", "AbLyd", "DLoc"], stepsFromC: 3 },
      "E": { modes: ["EMaj", "EIon", "C#min", "C#Aeo", "C#m", "BMix", "F#Dor", "G#Phr", "ALyd", "D#Loc"], stepsFromC: 4 },
      "F": { modes: ["FMaj", "FIon", "Dmin", "DAeo", "Dm", "CMix", "GDor", "APhr", "BbLyd", "ELoc"], stepsFromC: 5 },
      "Gb": { modes: ["GbMaj", "GbIon", "Ebmin", "EbAeo", "Ebm", "DbMix", "AbDor", "BbPhr", "CbLyd", "FLoc"], stepsFromC: 6 },
      "G": { modes: ["GMaj", "GIon", "Emin", "EAeo", "Em", "DMix", "ADor", "BPhr", "CLyd", "F#Loc"], stepsFromC: 7 },
      "Ab": { modes: ["AbMaj", "AbIon", "Fmin", "FAeo", "Fm", "EbMix", "BbDor", "CPhr", "DbLyd", "GLoc"], stepsFromC: 8 },
      "A": { modes: ["AMaj", "AIon", "F#min", "F#Aeo", "F#m", "EMix", "BDor", "C#Phr", "DLyd", "G#Loc"], stepsFromC: 9 },
      "Bb": { modes: ["BbMaj", "BbIon", "Gmin", "GAeo", "Gm", "FMix", "CDor", "DPhr", "EbLyd", "ALoc"], stepsFromC: 10 },
      "B": { modes: ["BMaj", "BIon", "G#min", "G#Aeo", "G#m", "F#Mix", "C#Dor", "D#Phr", "ELyd", "A#Loc"], stepsFromC: 11 },
      // Enharmonic keys
      "C#": { modes: ["C#Maj", "C#Ion", "A#min", "A#Aeo", "A#m", "G#Mix", "D#Dor", "E#Phr", "F#Lyd", "B#Loc"], stepsFromC: 1 },
      "F#": { modes: ["F#Maj", "F#Ion", "D#min", "D#Aeo", "D#m", "C#Mix", "G#Dor", "A#Phr", "BLyd", "E#Loc"], stepsFromC: 6 },
      "Cb": { modes: ["CbMaj", "CbIon", "Abmin", "AbAeo", "Abm", "GbMix", "DbDor", "EbPhr", "FbLyd", "BbLoc"], stepsFromC: 11 }
    };
    var modeNames = ["maj", "ion", "min", "aeo", "m", "mix", "dor", "phr", "lyd", "loc"];
    function isLegalMode(mode) {
      return modeNames.indexOf(mode.toLowerCase()) >= 0;
    }
    var keyReverse = null;
    function createKeyReverse() {
      keyReverse = {};
      var allKeys = Object.keys(keys);
      for (var i = 0; i < allKeys.length; i++) {
        var keyObj = keys[allKeys[i]];
        keyReverse[allKeys[i].toLowerCase()] = allKeys[i];
        for (var j = 0; j < keyObj.modes.length; j++) {
          var mode = keyObj.modes[j].toLowerCase();
          keyReverse[mode] = allKeys[i];
        }
      }
    }
    function relativeMajor(key) {
      if (!keyReverse) {
        createKeyReverse();
      }
      var mode = key.toLowerCase().match(/([a-g][b#]?)(maj|ion|min|aeo|mix|dor|phr|lyd|loc|m)?/);
      if (!mode || !mode[2])
        return key;
      mode = mode[1] + mode[2];
      var maj = keyReverse[mode];
      if (maj)
        return maj;
      return key;
    }
    function relativeMode(majorKey, mode) {
      var group = keys[majorKey];
      if (!group)
        return majorKey;
      if (mode === "")
        return majorKey;
      var match = mode.toLowerCase().match(/^(maj|ion|min|aeo|mix|dor|phr|lyd|loc|m)/);
      if (!match)
        return majorKey;
      var regMode = match[1];
      for (var i = 0; i < group.modes.length; i++) {
        var thisMode = group.modes[i];
        var ind = thisMode.toLowerCase().indexOf(regMode);
        if (ind !== -1 && ind === thisMode.length - regMode.length)
          return thisMode.substring(0, thisMode.length - regMode.length);
      }
      return majorKey;
    }
    function transposeKey2(key, steps) {
      var match = keys[key];
      if (!match)
        return key;
      while (steps < 0) steps += 12;
      var fromC = (match.stepsFromC + steps) % 12;
      for (var i = 0; i < Object.keys(keys).length; i++) {
        var k = Object.keys(keys)[i];
        if (keys[k].stepsFromC === fromC)
          return k;
      }
      return key;
    }
    module2.exports = { relativeMajor, relativeMode, transposeKey: transposeKey2, isLegalMode };
  }
});

// node_modules/abcjs/src/const/key-accidentals.js
var require_key_accidentals = __commonJS({
  "node_modules/abcjs/src/const/key-accidentals.js"(exports2, module2) {
    var { relativeMajor } = require_relative_major();
    var key1sharp = { acc: "sharp", note: "f" };
    var key2sharp = { acc: "sharp", note: "c" };
    var key3sharp = { acc: "sharp", note: "g" };
    var key4sharp = { acc: "sharp", note: "d" };
    var key5sharp = { acc: "sharp", note: "A" };
    var key6sharp = { acc: "sharp", note: "e" };
    var key7sharp = { acc: "sharp", note: "B" };
    var key1flat = { acc: "flat", note: "B" };
    var key2flat = { acc: "flat", note: "e" };
    var key3flat = { acc: "flat", note: "A" };
    var key4flat = { acc: "flat", note: "d" };
    var key5flat = { acc: "flat", note: "G" };
    var key6flat = { acc: "flat", note: "c" };
    var key7flat = { acc: "flat", note: "F" };
    var keys = {
      "C#": [key1sharp, key2sharp, key3sharp, key4sharp, key5sharp, key6sharp, key7sharp],
      "F#": [key1sharp, key2sharp, key3sharp, key4sharp, key5sharp, key6sharp],
      "B": [key1sharp, key2sharp, key3sharp, key4sharp, key5sharp],
      "E": [key1sharp, key2sharp, key3sharp, key4sharp],
      "A": [key1sharp, key2sharp, key3sharp],
      "D": [key1sharp, key2sharp],
      "G": [key1sharp],
      "C": [],
      "F": [key1flat],
      "Bb": [key1flat, key2flat],
      "Eb": [key1flat, key2flat, key3flat],
      "Cm": [key1flat, key2flat, key3flat],
      "Ab": [key1flat, key2flat, key3flat, key4flat],
      "Db": [key1flat, key2flat, key3flat, key4flat, key5flat],
      "Gb": [key1flat, key2flat, key3flat, key4flat, key5flat, key6flat],
      "Cb": [key1flat, key2flat, key3flat, key4flat, key5flat, key6flat, key7flat],
      // The following are not in the 2.0 spec, but seem normal enough.
      // TODO-PER: These SOUND the same as what's written, but they aren't right
      "A#": [key1flat, key2flat],
      "B#": [],
      "D#": [key1flat, key2flat, key3flat],
      "E#": [key1flat],
      "G#": [key1flat, key2flat, key3flat, key4flat],
      "none": []
    };
    function keyAccidentals(key) {
      var newKey = keys[relativeMajor(key)];
      if (!newKey)
        return null;
      return JSON.parse(JSON.stringify(newKey));
    }
    module2.exports = keyAccidentals;
  }
});

// node_modules/abcjs/src/parse/abc_transpose.js
var require_abc_transpose = __commonJS({
  "node_modules/abcjs/src/parse/abc_transpose.js"(exports2, module2) {
    var allNotes = require_all_notes();
    var transposeChordName = require_transpose_chord();
    var keyAccidentals = require_key_accidentals();
    var transpose2 = {};
    var keyIndex = {
      "C": 0,
      "C#": 1,
      "Db": 1,
      "D": 2,
      "D#": 3,
      "Eb": 3,
      "E": 4,
      "F": 5,
      "F#": 6,
      "Gb": 6,
      "G": 7,
      "G#": 8,
      "Ab": 8,
      "A": 9,
      "A#": 10,
      "Bb": 10,
      "B": 11
    };
    var newKey = ["C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"];
    var newKeyMinor = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "Bb", "B"];
    transpose2.keySignature = function(multilineVars, keyName, root, acc, localTranspose) {
      if (multilineVars.clef.type === "perc" || multilineVars.clef.type === "none")
        return { accidentals: keyAccidentals(keyName), root, acc };
      if (!localTranspose) localTranspose = 0;
      multilineVars.localTransposeVerticalMovement = 0;
      multilineVars.localTransposePreferFlats = false;
      var k = keyAccidentals(keyName);
      if (!k) return multilineVars.key;
      multilineVars.localTranspose = (multilineVars.globalTranspose ? multilineVars.globalTranspose : 0) + localTranspose;
      if (!multilineVars.localTranspose)
        return { accidentals: k, root, acc };
      multilineVars.globalTransposeOrigKeySig = k;
      if (multilineVars.localTranspose % 12 === 0) {
        multilineVars.localTransposeVerticalMovement = multilineVars.localTranspose / 12 * 7;
        return { accidentals: k, root, acc };
      }
      var baseKey = keyName[0];
      if (keyName[1] === "b" || keyName[1] === "#") {
        baseKey += keyName[1];
        keyName = keyName.substr(2);
      } else
        keyName = keyName.substr(1);
      var thisKeyIndex = keyIndex[baseKey];
      var recognized = thisKeyIndex !== void 0;
      if (!recognized) {
        thisKeyIndex = 0;
        baseKey = "C";
        keyName = "";
      }
      var index = thisKeyIndex + multilineVars.localTranspose;
      while (index < 0) index += 12;
      if (index > 11) index = index % 12;
      var newKeyName = keyName[0] === "m" ? newKeyMinor[index] : newKey[index];
      var transposedKey = newKeyName + keyName;
      var newKeySig = keyAccidentals(transposedKey);
      if (newKeySig.length === 0 || newKeySig[0].acc === "flat")
        multilineVars.localTransposePreferFlats = true;
      var distance = transposedKey.charCodeAt(0) - baseKey.charCodeAt(0);
      if (multilineVars.localTranspose > 0) {
        if (distance < 0)
          distance += 7;
        else if (distance === 0) {
          if (baseKey[1] === "#" || transposedKey[1] === "b")
            distance += 7;
        }
      } else if (multilineVars.localTranspose < 0) {
        if (distance > 0)
          distance -= 7;
        else if (distance === 0) {
          if (baseKey[1] === "b" || transposedKey[1] === "#")
            distance -= 7;
        }
      }
      if (multilineVars.localTranspose > 0)
        multilineVars.localTransposeVerticalMovement = distance + Math.floor(multilineVars.localTranspose / 12) * 7;
      else
        multilineVars.localTransposeVerticalMovement = distance + Math.ceil(multilineVars.localTranspose / 12) * 7;
      if (recognized)
        return { accidentals: newKeySig, root: newKeyName[0], acc: newKeyName.length > 1 ? newKeyName[1] : "" };
      else
        return { accidentals: [], root, acc };
    };
    transpose2.chordName = function(multilineVars, chord) {
      return transposeChordName(chord, multilineVars.localTranspose, multilineVars.localTransposePreferFlats, multilineVars.freegchord);
    };
    var pitchToLetter = ["c", "d", "e", "f", "g", "a", "b"];
    function accidentalChange(origPitch, newPitch, accidental, origKeySig, newKeySig) {
      var origPitchLetter = pitchToLetter[(origPitch + 49) % 7];
      var origAccidental = 0;
      for (var i = 0; i < origKeySig.length; i++) {
        if (origKeySig[i].note.toLowerCase() === origPitchLetter)
          origAccidental = accidentals[origKeySig[i].acc];
      }
      var currentAccidental = accidentals[accidental];
      var delta = currentAccidental - origAccidental;
      var newPitchLetter = pitchToLetter[(newPitch + 49) % 7];
      var newAccidental = 0;
      for (var j = 0; j < newKeySig.accidentals.length; j++) {
        if (newKeySig.accidentals[j].note.toLowerCase() === newPitchLetter)
          newAccidental = accidentals[newKeySig.accidentals[j].acc];
      }
      var calcAccidental = delta + newAccidental;
      if (calcAccidental < -2) {
        newPitch--;
        calcAccidental += newPitchLetter === "c" || newPitchLetter === "f" ? 1 : 2;
      }
      if (calcAccidental > 2) {
        newPitch++;
        calcAccidental -= newPitchLetter === "b" || newPitchLetter === "e" ? 1 : 2;
      }
      return [newPitch, calcAccidental];
    }
    var accidentals = {
      dblflat: -2,
      flat: -1,
      natural: 0,
      sharp: 1,
      dblsharp: 2
    };
    var accidentals2 = {
      "-2": "dblflat",
      "-1": "flat",
      "0": "natural",
      "1": "sharp",
      "2": "dblsharp"
    };
    var accidentals3 = {
      "-2": "__",
      "-1": "_",
      "0": "=",
      "1": "^",
      "2": "^^"
    };
    transpose2.note = function(multilineVars, el2) {
      if (!multilineVars.localTranspose || multilineVars.clef.type === "perc")
        return;
      var origPitch = el2.pitch;
      if (multilineVars.localTransposeVerticalMovement) {
        el2.pitch = el2.pitch + multilineVars.localTransposeVerticalMovement;
        if (el2.name) {
          var actual = el2.accidental ? el2.name.substring(1) : el2.name;
          var acc = el2.accidental ? el2.name[0] : "";
          var p = allNotes.pitchIndex(actual);
          el2.name = acc + allNotes.noteName(p + multilineVars.localTransposeVerticalMovement);
        }
      }
      if (el2.accidental) {
        var ret = accidentalChange(origPitch, el2.pitch, el2.accidental, multilineVars.globalTransposeOrigKeySig, multilineVars.targetKey);
        el2.pitch = ret[0];
        el2.accidental = accidentals2[ret[1]];
        if (el2.name) {
          el2.name = accidentals3[ret[1]] + el2.name.replace(/[_^=]/g, "");
        }
      }
    };
    module2.exports = transpose2;
  }
});

// node_modules/abcjs/src/parse/abc_parse_key_voice.js
var require_abc_parse_key_voice = __commonJS({
  "node_modules/abcjs/src/parse/abc_parse_key_voice.js"(exports2, module2) {
    var parseDirective = require_abc_parse_directive();
    var transpose2 = require_abc_transpose();
    var parseKeyVoice = {};
    (function() {
      var tokenizer;
      var warn;
      var multilineVars;
      var tune;
      var tuneBuilder;
      parseKeyVoice.initialize = function(tokenizer_, warn_, multilineVars_, tune_, tuneBuilder_) {
        tokenizer = tokenizer_;
        warn = warn_;
        multilineVars = multilineVars_;
        tune = tune_;
        tuneBuilder = tuneBuilder_;
      };
      parseKeyVoice.standardKey = function(keyName, root, acc, localTranspose) {
        return transpose2.keySignature(multilineVars, keyName, root, acc, localTranspose);
      };
      var clefLines = {
        "treble": { clef: "treble", pitch: 4, mid: 0 },
        "treble+8": { clef: "treble+8", pitch: 4, mid: 0 },
        "treble-8": { clef: "treble-8", pitch: 4, mid: 0 },
        "treble^8": { clef: "treble+8", pitch: 4, mid: 0 },
        "treble_8": { clef: "treble-8", pitch: 4, mid: 0 },
        "treble1": { clef: "treble", pitch: 2, mid: 2 },
        "treble2": { clef: "treble", pitch: 4, mid: 0 },
        "treble3": { clef: "treble", pitch: 6, mid: -2 },
        "treble4": { clef: "treble", pitch: 8, mid: -4 },
        "treble5": { clef: "treble", pitch: 10, mid: -6 },
        "perc": { clef: "perc", pitch: 6, mid: 0 },
        "none": { clef: "none", mid: 0 },
        "bass": { clef: "bass", pitch: 8, mid: -12 },
        "bass+8": { clef: "bass+8", pitch: 8, mid: -12 },
        "bass-8": { clef: "bass-8", pitch: 8, mid: -12 },
        "bass^8": { clef: "bass+8", pitch: 8, mid: -12 },
        "bass_8": { clef: "bass-8", pitch: 8, mid: -12 },
        "bass+16": { clef: "bass", pitch: 8, mid: -12 },
        "bass-16": { clef: "bass", pitch: 8, mid: -12 },
        "bass^16": { clef: "bass", pitch: 8, mid: -12 },
        "bass_16": { clef: "bass", pitch: 8, mid: -12 },
        "bass1": { clef: "bass", pitch: 2, mid: -6 },
        "bass2": { clef: "bass", pitch: 4, mid: -8 },
        "bass3": { clef: "bass", pitch: 6, mid: -10 },
        "bass4": { clef: "bass", pitch: 8, mid: -12 },
        "bass5": { clef: "bass", pitch: 10, mid: -14 },
        "tenor": { clef: "alto", pitch: 8, mid: -8 },
        "tenor1": { clef: "alto", pitch: 2, mid: -2 },
        "tenor2": { clef: "alto", pitch: 4, mid: -4 },
        "tenor3": { clef: "alto", pitch: 6, mid: -6 },
        "tenor4": { clef: "alto", pitch: 8, mid: -8 },
        "tenor5": { clef: "alto", pitch: 10, mid: -10 },
        "alto": { clef: "alto", pitch: 6, mid: -6 },
        "alto1": { clef: "alto", pitch: 2, mid: -2 },
        "alto2": { clef: "alto", pitch: 4, mid: -4 },
        "alto3": { clef: "alto", pitch: 6, mid: -6 },
        "alto4": { clef: "alto", pitch: 8, mid: -8 },
        "alto5": { clef: "alto", pitch: 10, mid: -10 },
        "alto+8": { clef: "alto+8", pitch: 6, mid: -6 },
        "alto-8": { clef: "alto-8", pitch: 6, mid: -6 },
        "alto^8": { clef: "alto+8", pitch: 6, mid: -6 },
        "alto_8": { clef: "alto-8", pitch: 6, mid: -6 }
      };
      var calcMiddle = function(clef, oct) {
        var value = clefLines[clef];
        var mid = value ? value.mid : 0;
        return mid + oct;
      };
      parseKeyVoice.fixClef = function(clef) {
        var value = clefLines[clef.type];
        if (value) {
          clef.clefPos = value.pitch;
          clef.type = value.clef;
        }
      };
      parseKeyVoice.deepCopyKey = function(key) {
        var ret = { accidentals: [], root: key.root, acc: key.acc, mode: key.mode };
        key.accidentals.forEach(function(k) {
          ret.accidentals.push(Object.assign({}, k));
        });
        if (key.explicitAccidentals) {
          ret.explicitAccidentals = [];
          key.explicitAccidentals.forEach(function(k) {
            ret.explicitAccidentals.push(Object.assign({}, k));
          });
        }
        return ret;
      };
      var setVoiceKey = function() {
        if (multilineVars.currentVoice)
          multilineVars.currentVoice.key = parseKeyVoice.deepCopyKey(multilineVars.key);
      };
      var pitches = { A: 5, B: 6, C: 0, D: 1, E: 2, F: 3, G: 4, a: 12, b: 13, c: 7, d: 8, e: 9, f: 10, g: 11 };
      parseKeyVoice.addPosToKey = function(clef, key) {
        var mid = clef.verticalPos;
        key.accidentals.forEach(function(acc) {
          var pitch = pitches[acc.note];
          pitch = pitch - mid;
          acc.verticalPos = pitch;
        });
        if (key.impliedNaturals)
          key.impliedNaturals.forEach(function(acc) {
            var pitch = pitches[acc.note];
            pitch = pitch - mid;
            acc.verticalPos = pitch;
          });
        if (mid < -10) {
          key.accidentals.forEach(function(acc) {
            acc.verticalPos -= 7;
            if (acc.verticalPos >= 11 || acc.verticalPos === 10 && acc.acc === "flat")
              acc.verticalPos -= 7;
            if (acc.note === "A" && acc.acc === "sharp")
              acc.verticalPos -= 7;
            if ((acc.note === "G" || acc.note === "F") && acc.acc === "flat")
              acc.verticalPos -= 7;
          });
          if (key.impliedNaturals)
            key.impliedNaturals.forEach(function(acc) {
              acc.verticalPos -= 7;
              if (acc.verticalPos >= 11 || acc.verticalPos === 10 && acc.acc === "flat")
                acc.verticalPos -= 7;
              if (acc.note === "A" && acc.acc === "sharp")
                acc.verticalPos -= 7;
              if ((acc.note === "G" || acc.note === "F") && acc.acc === "flat")
                acc.verticalPos -= 7;
            });
        } else if (mid < -4) {
          key.accidentals.forEach(function(acc) {
            acc.verticalPos -= 7;
            if (mid === -8 && (acc.note === "f" || acc.note === "g") && acc.acc === "sharp")
              acc.verticalPos -= 7;
          });
          if (key.impliedNaturals)
            key.impliedNaturals.forEach(function(acc) {
              acc.verticalPos -= 7;
              if (mid === -8 && (acc.note === "f" || acc.note === "g") && acc.acc === "sharp")
                acc.verticalPos -= 7;
            });
        } else if (mid >= 7) {
          key.accidentals.forEach(function(acc) {
            acc.verticalPos += 7;
          });
          if (key.impliedNaturals)
            key.impliedNaturals.forEach(function(acc) {
              acc.verticalPos += 7;
            });
        }
      };
      parseKeyVoice.fixKey = function(clef, key) {
        var fixedKey = Object.assign({}, key);
        parseKeyVoice.addPosToKey(clef, fixedKey);
        return fixedKey;
      };
      var parseMiddle = function(str) {
        var i = 0;
        var p = str[i++];
        if (p === "^" || p === "_")
          p = str[i++];
        var mid = pitches[p];
        if (mid === void 0)
          mid = 6;
        for (; i < str.length; i++) {
          if (str[i] === ",") mid -= 7;
          else if (str[i] === "'") mid += 7;
          else break;
        }
        return { mid: mid - 6, str: str.substring(i) };
      };
      var normalizeAccidentals = function(accs) {
        for (var i = 0; i < accs.length; i++) {
          if (accs[i].note === "b")
            accs[i].note = "B";
          else if (accs[i].note === "a")
            accs[i].note = "A";
          else if (accs[i].note === "F")
            accs[i].note = "f";
          else if (accs[i].note === "E")
            accs[i].note = "e";
          else if (accs[i].note === "D")
            accs[i].note = "d";
          else if (accs[i].note === "C")
            accs[i].note = "c";
          else if (accs[i].note === "G" && accs[i].acc === "sharp")
            accs[i].note = "g";
          else if (accs[i].note === "g" && accs[i].acc === "flat")
            accs[i].note = "G";
        }
      };
      parseKeyVoice.parseKey = function(str, isInline) {
        if (str.length === 0) {
          str = "none";
        }
        var tokens = tokenizer.tokenize(str, 0, str.length);
        var ret = {};
        if (tokens.length === 0) {
          warn("Must pass in key signature.", str, 0);
          return ret;
        }
        switch (tokens[0].token) {
          case "HP":
            parseDirective.addDirective("bagpipes");
            multilineVars.key = { root: "HP", accidentals: [], acc: "", mode: "" };
            ret.foundKey = true;
            tokens.shift();
            if (!isInline) {
              multilineVars.globalKey = parseKeyVoice.deepCopyKey(multilineVars.key);
            }
            setVoiceKey();
            break;
          case "Hp":
            parseDirective.addDirective("bagpipes");
            multilineVars.key = { root: "Hp", accidentals: [{ acc: "natural", note: "g" }, { acc: "sharp", note: "f" }, { acc: "sharp", note: "c" }], acc: "", mode: "" };
            ret.foundKey = true;
            tokens.shift();
            if (!isInline) {
              multilineVars.globalKey = parseKeyVoice.deepCopyKey(multilineVars.key);
            }
            setVoiceKey();
            break;
          case "none":
            multilineVars.key = { root: "none", accidentals: [], acc: "", mode: "" };
            ret.foundKey = true;
            tokens.shift();
            if (!isInline) {
              multilineVars.globalKey = parseKeyVoice.deepCopyKey(multilineVars.key);
            }
            setVoiceKey();
            break;
          default:
            var retPitch = tokenizer.getKeyPitch(tokens[0].token);
            if (retPitch.len > 0) {
              ret.foundKey = true;
              var acc = "";
              var mode = "";
              if (tokens[0].token.length > 1)
                tokens[0].token = tokens[0].token.substring(1);
              else
                tokens.shift();
              var key = retPitch.token;
              if (tokens.length > 0) {
                var retAcc = tokenizer.getSharpFlat(tokens[0].token);
                if (retAcc.len > 0) {
                  if (tokens[0].token.length > 1)
                    tokens[0].token = tokens[0].token.substring(1);
                  else
                    tokens.shift();
                  key += retAcc.token;
                  acc = retAcc.token;
                }
                if (tokens.length > 0) {
                  var retMode = tokenizer.getMode(tokens[0].token);
                  if (retMode.len > 0) {
                    tokens.shift();
                    key += retMode.token;
                    mode = retMode.token;
                  }
                }
                if (parseKeyVoice.standardKey(key, retPitch.token, acc, 0) === void 0) {
                  warn("Unsupported key signature: " + key, str, 0);
                  return ret;
                }
              }
              var oldKey = parseKeyVoice.deepCopyKey(multilineVars.key);
              var keyCompensate = !isInline && multilineVars.globalTranspose ? -multilineVars.globalTranspose : 0;
              var savedOrigKey;
              if (isInline)
                savedOrigKey = multilineVars.globalTransposeOrigKeySig;
              multilineVars.key = parseKeyVoice.deepCopyKey(parseKeyVoice.standardKey(key, retPitch.token, acc, keyCompensate));
              if (isInline)
                multilineVars.globalTransposeOrigKeySig = savedOrigKey;
              multilineVars.key.mode = mode;
              if (oldKey && multilineVars.keywarn !== false) {
                var kk;
                for (var k = 0; k < multilineVars.key.accidentals.length; k++) {
                  for (kk = 0; kk < oldKey.accidentals.length; kk++) {
                    if (oldKey.accidentals[kk].note && multilineVars.key.accidentals[k].note.toLowerCase() === oldKey.accidentals[kk].note.toLowerCase())
                      oldKey.accidentals[kk].note = null;
                  }
                }
                for (kk = 0; kk < oldKey.accidentals.length; kk++) {
                  if (oldKey.accidentals[kk].note) {
                    if (!multilineVars.key.impliedNaturals)
                      multilineVars.key.impliedNaturals = [];
                    multilineVars.key.impliedNaturals.push({ acc: "natural", note: oldKey.accidentals[kk].note });
                  }
                }
              }
              if (!isInline) {
                multilineVars.globalKey = parseKeyVoice.deepCopyKey(multilineVars.key);
              }
              setVoiceKey();
            }
            break;
        }
        if (tokens.length === 0) return ret;
        if (tokens[0].token === "exp") tokens.shift();
        if (tokens.length === 0) return ret;
        if (tokens[0].token === "oct") tokens.shift();
        if (tokens.length === 0) return ret;
        var accs = tokenizer.getKeyAccidentals2(tokens);
        if (accs.warn)
          warn(accs.warn, str, 0);
        if (accs.accs) {
          if (!ret.foundKey) {
            ret.foundKey = true;
            multilineVars.key = { root: "none", acc: "", mode: "", accidentals: [] };
          }
          normalizeAccidentals(accs.accs);
          for (var i = 0; i < accs.accs.length; i++) {
            var found = false;
            for (var j = 0; j < multilineVars.key.accidentals.length && !found; j++) {
              if (multilineVars.key.accidentals[j].note === accs.accs[i].note) {
                found = true;
                if (multilineVars.key.accidentals[j].acc !== accs.accs[i].acc) {
                  multilineVars.key.accidentals[j].acc = accs.accs[i].acc;
                  if (!multilineVars.key.explicitAccidentals)
                    multilineVars.key.explicitAccidentals = [];
                  multilineVars.key.explicitAccidentals.push(accs.accs[i]);
                }
              }
            }
            if (!found) {
              if (!multilineVars.key.explicitAccidentals)
                multilineVars.key.explicitAccidentals = [];
              multilineVars.key.explicitAccidentals.push(accs.accs[i]);
              multilineVars.key.accidentals.push(accs.accs[i]);
              if (multilineVars.key.impliedNaturals) {
                for (var kkk = 0; kkk < multilineVars.key.impliedNaturals.length; kkk++) {
                  if (multilineVars.key.impliedNaturals[kkk].note === accs.accs[i].note)
                    multilineVars.key.impliedNaturals.splice(kkk, 1);
                }
              }
            }
          }
          if (!isInline) {
            multilineVars.globalKey = parseKeyVoice.deepCopyKey(multilineVars.key);
          }
          setVoiceKey();
        }
        var token;
        while (tokens.length > 0) {
          switch (tokens[0].token) {
            case "m":
            case "middle":
              tokens.shift();
              if (tokens.length === 0) {
                warn("Expected = after middle", str, 0);
                return ret;
              }
              token = tokens.shift();
              if (token.token !== "=") {
                warn("Expected = after middle", str, token.start);
                break;
              }
              if (tokens.length === 0) {
                warn("Expected parameter after middle=", str, 0);
                return ret;
              }
              var pitch = tokenizer.getPitchFromTokens(tokens);
              if (pitch.warn)
                warn(pitch.warn, str, 0);
              if (pitch.position)
                multilineVars.clef.verticalPos = pitch.position - 6;
              break;
            case "transpose":
              tokens.shift();
              if (tokens.length === 0) {
                warn("Expected = after transpose", str, 0);
                return ret;
              }
              token = tokens.shift();
              if (token.token !== "=") {
                warn("Expected = after transpose", str, token.start);
                break;
              }
              if (tokens.length === 0) {
                warn("Expected parameter after transpose=", str, 0);
                return ret;
              }
              if (tokens[0].type !== "number") {
                warn("Expected number after transpose", str, tokens[0].start);
                break;
              }
              multilineVars.clef.transpose = tokens[0].intt;
              tokens.shift();
              break;
            case "stafflines":
              tokens.shift();
              if (tokens.length === 0) {
                warn("Expected = after stafflines", str, 0);
                return ret;
              }
              token = tokens.shift();
              if (token.token !== "=") {
                warn("Expected = after stafflines", str, token.start);
                break;
              }
              if (tokens.length === 0) {
                warn("Expected parameter after stafflines=", str, 0);
                return ret;
              }
              if (tokens[0].type !== "number") {
                warn("Expected number after stafflines", str, tokens[0].start);
                break;
              }
              multilineVars.clef.stafflines = tokens[0].intt;
              tokens.shift();
              break;
            case "staffscale":
              tokens.shift();
              if (tokens.length === 0) {
                warn("Expected = after staffscale", str, 0);
                return ret;
              }
              token = tokens.shift();
              if (token.token !== "=") {
                warn("Expected = after staffscale", str, token.start);
                break;
              }
              if (tokens.length === 0) {
                warn("Expected parameter after staffscale=", str, 0);
                return ret;
              }
              if (tokens[0].type !== "number") {
                warn("Expected number after staffscale", str, tokens[0].start);
                break;
              }
              multilineVars.clef.staffscale = tokens[0].floatt;
              tokens.shift();
              break;
            case "octave":
              tokens.shift();
              if (tokens.length === 0) {
                warn("Expected = after octave", str, 0);
                return ret;
              }
              token = tokens.shift();
              if (token.token !== "=") {
                warn("Expected = after octave", str, token.start);
                break;
              }
              if (tokens.length === 0) {
                warn("Expected parameter after octave=", str, 0);
                return ret;
              }
              if (tokens[0].type !== "number") {
                warn("Expected number after octave", str, tokens[0].start);
                break;
              }
              multilineVars.octave = tokens[0].intt;
              tokens.shift();
              break;
            case "style":
              tokens.shift();
              if (tokens.length === 0) {
                warn("Expected = after style", str, 0);
                return ret;
              }
              token = tokens.shift();
              if (token.token !== "=") {
                warn("Expected = after style", str, token.start);
                break;
              }
              if (tokens.length === 0) {
                warn("Expected parameter after style=", str, 0);
                return ret;
              }
              switch (tokens[0].token) {
                case "normal":
                case "harmonic":
                case "rhythm":
                case "x":
                case "triangle":
                  multilineVars.style = tokens[0].token;
                  tokens.shift();
                  break;
                default:
                  warn("error parsing style element: " + tokens[0].token, str, tokens[0].start);
                  break;
              }
              break;
            case "clef":
              tokens.shift();
              if (tokens.length === 0) {
                warn("Expected = after clef", str, 0);
                return ret;
              }
              token = tokens.shift();
              if (token.token !== "=") {
                warn("Expected = after clef", str, token.start);
                break;
              }
              if (tokens.length === 0) {
                warn("Expected parameter after clef=", str, 0);
                return ret;
              }
            //break; yes, we want to fall through. That allows "clef=" to be optional.
            case "treble":
            case "bass":
            case "alto":
            case "tenor":
            case "perc":
            case "none":
              var clef = tokens.shift();
              switch (clef.token) {
                case "treble":
                case "tenor":
                case "alto":
                case "bass":
                case "perc":
                case "none":
                  break;
                case "C":
                  clef.token = "alto";
                  break;
                case "F":
                  clef.token = "bass";
                  break;
                case "G":
                  clef.token = "treble";
                  break;
                case "c":
                  clef.token = "alto";
                  break;
                case "f":
                  clef.token = "bass";
                  break;
                case "g":
                  clef.token = "treble";
                  break;
                default:
                  warn("Expected clef name. Found " + clef.token, str, clef.start);
                  break;
              }
              if (tokens.length > 0 && tokens[0].type === "number") {
                clef.token += tokens[0].token;
                tokens.shift();
              }
              if (tokens.length > 1 && (tokens[0].token === "-" || tokens[0].token === "+" || tokens[0].token === "^" || tokens[0].token === "_") && tokens[1].token === "8") {
                clef.token += tokens[0].token + tokens[1].token;
                tokens.shift();
                tokens.shift();
              }
              multilineVars.clef = { type: clef.token, verticalPos: calcMiddle(clef.token, 0) };
              if (multilineVars.currentVoice && multilineVars.currentVoice.transpose !== void 0)
                multilineVars.clef.transpose = multilineVars.currentVoice.transpose;
              ret.foundClef = true;
              break;
            default:
              warn("Unknown parameter: " + tokens[0].token, str, tokens[0].start);
              tokens.shift();
          }
        }
        return ret;
      };
      var setCurrentVoice = function(id) {
        var currentVoice = multilineVars.voices[id];
        if (multilineVars.currentVoice) {
          if (multilineVars.currentVoice.index === currentVoice.index && multilineVars.currentVoice.staffNum === currentVoice.staffNum)
            return;
        }
        multilineVars.currentVoice = currentVoice;
        if (currentVoice.key)
          multilineVars.key = parseKeyVoice.deepCopyKey(currentVoice.key);
        else if (multilineVars.globalKey)
          multilineVars.key = parseKeyVoice.deepCopyKey(multilineVars.globalKey);
        return tuneBuilder.setCurrentVoice(currentVoice.staffNum, currentVoice.index, id);
      };
      parseKeyVoice.parseVoice = function(line, i, e) {
        var ret = tokenizer.getMeat(line, i, e);
        var start = ret.start;
        var end = ret.end;
        var id = tokenizer.getToken(line, start, end);
        if (id.length === 0) {
          warn("Expected a voice id", line, start);
          return;
        }
        var isNew = false;
        if (multilineVars.voices[id] === void 0) {
          multilineVars.voices[id] = {};
          isNew = true;
          if (multilineVars.score_is_present)
            warn("Can't have an unknown V: id when the %score directive is present", line, start);
        }
        start += id.length;
        start += tokenizer.eatWhiteSpace(line, start);
        var staffInfo = { startStaff: isNew };
        var addNextTokenToStaffInfo = function(name) {
          var attr2 = tokenizer.getVoiceToken(line, start, end);
          if (attr2.warn !== void 0)
            warn("Expected value for " + name + " in voice: " + attr2.warn, line, start);
          else if (attr2.err !== void 0)
            warn("Expected value for " + name + " in voice: " + attr2.err, line, start);
          else if (attr2.token.length === 0 && line[start] !== '"')
            warn("Expected value for " + name + " in voice", line, start);
          else
            staffInfo[name] = attr2.token;
          start += attr2.len;
        };
        var addNextTokenToVoiceInfo = function(id2, name, type) {
          var attr2 = tokenizer.getVoiceToken(line, start, end);
          if (attr2.warn !== void 0)
            warn("Expected value for " + name + " in voice: " + attr2.warn, line, start);
          else if (attr2.err !== void 0)
            warn("Expected value for " + name + " in voice: " + attr2.err, line, start);
          else if (attr2.token.length === 0 && line[start] !== '"')
            warn("Expected value for " + name + " in voice", line, start);
          else {
            if (type === "number")
              attr2.token = parseFloat(attr2.token);
            multilineVars.voices[id2][name] = attr2.token;
          }
          start += attr2.len;
        };
        var getNextToken = function(name, type) {
          var attr2 = tokenizer.getVoiceToken(line, start, end);
          if (attr2.warn !== void 0)
            warn("Expected value for " + name + " in voice: " + attr2.warn, line, start);
          else if (attr2.err !== void 0)
            warn("Expected value for " + name + " in voice: " + attr2.err, line, start);
          else if (attr2.token.length === 0 && line[start] !== '"')
            warn("Expected value for " + name + " in voice", line, start);
          else {
            if (type === "number")
              attr2.token = parseFloat(attr2.token);
            return attr2.token;
          }
          start += attr2.len;
        };
        var addNextNoteTokenToVoiceInfo = function(id2, name) {
          var noteToTransposition = {
            "_B": 2,
            "_E": 9,
            "_b": -10,
            "_e": -3
          };
          var attr2 = tokenizer.getVoiceToken(line, start, end);
          if (attr2.warn !== void 0)
            warn("Expected one of (_B, _E, _b, _e) for " + name + " in voice: " + attr2.warn, line, start);
          else if (attr2.token.length === 0 && line[start] !== '"')
            warn("Expected one of (_B, _E, _b, _e) for " + name + " in voice", line, start);
          else {
            var t = noteToTransposition[attr2.token];
            if (!t)
              warn("Expected one of (_B, _E, _b, _e) for " + name + " in voice", line, start);
            else
              multilineVars.voices[id2][name] = t;
          }
          start += attr2.len;
        };
        while (start < end) {
          var token = tokenizer.getVoiceToken(line, start, end);
          start += token.len;
          if (token.warn) {
            warn("Error parsing voice: " + token.warn, line, start);
          } else {
            var attr = null;
            switch (token.token) {
              case "clef":
              case "cl":
                addNextTokenToStaffInfo("clef");
                var oct = 0;
                if (staffInfo.clef !== void 0) {
                  staffInfo.clef = staffInfo.clef.replace(/[',]/g, "");
                  if (staffInfo.clef.indexOf("+16") !== -1) {
                    oct += 14;
                    staffInfo.clef = staffInfo.clef.replace("+16", "");
                  }
                  staffInfo.verticalPos = calcMiddle(staffInfo.clef, oct);
                }
                break;
              case "treble":
              case "bass":
              case "tenor":
              case "alto":
              case "perc":
              case "none":
              case "treble'":
              case "bass'":
              case "tenor'":
              case "alto'":
              case "none'":
              case "treble''":
              case "bass''":
              case "tenor''":
              case "alto''":
              case "none''":
              case "treble,":
              case "bass,":
              case "tenor,":
              case "alto,":
              case "none,":
              case "treble,,":
              case "bass,,":
              case "tenor,,":
              case "alto,,":
              case "none,,":
              // MAE 26 May 2025 Start of additional clefs
              case "treble+8":
              case "treble-8":
              case "treble^8":
              case "treble_8":
              case "treble1":
              case "treble2":
              case "treble3":
              case "treble4":
              case "treble5":
              case "bass+8":
              case "bass-8":
              case "bass^8":
              case "bass_8":
              case "bass+16":
              case "bass-16":
              case "bass^16":
              case "bass_16":
              case "bass1":
              case "bass2":
              case "bass3":
              case "bass4":
              case "bass5":
              case "tenor1":
              case "tenor2":
              case "tenor3":
              case "tenor4":
              case "tenor5":
              case "alto1":
              case "alto2":
              case "alto3":
              case "alto4":
              case "alto5":
              case "alto+8":
              case "alto-8":
              case "alto^8":
              case "alto_8":
                var oct2 = 0;
                staffInfo.clef = token.token.replace(/[',]/g, "");
                staffInfo.verticalPos = calcMiddle(staffInfo.clef, oct2);
                multilineVars.voices[id].clef = token.token;
                break;
              case "staves":
              case "stave":
              case "stv":
                addNextTokenToStaffInfo("staves");
                break;
              case "brace":
              case "brc":
                addNextTokenToStaffInfo("brace");
                break;
              case "bracket":
              case "brk":
                addNextTokenToStaffInfo("bracket");
                break;
              case "name":
              case "nm":
                addNextTokenToStaffInfo("name");
                break;
              case "subname":
              case "sname":
              case "snm":
                addNextTokenToStaffInfo("subname");
                break;
              case "merge":
                staffInfo.startStaff = false;
                break;
              case "stem":
              case "stems":
                attr = tokenizer.getVoiceToken(line, start, end);
                if (attr.warn !== void 0)
                  warn("Expected value for stems in voice: " + attr.warn, line, start);
                else if (attr.err !== void 0)
                  warn("Expected value for stems in voice: " + attr.err, line, start);
                else if (attr.token === "up" || attr.token === "down")
                  multilineVars.voices[id].stem = attr.token;
                else
                  warn("Expected up or down for voice stem", line, start);
                start += attr.len;
                break;
              case "up":
              case "down":
                multilineVars.voices[id].stem = token.token;
                break;
              case "middle":
              case "m":
                addNextTokenToStaffInfo("verticalPos");
                staffInfo.verticalPos = parseMiddle(staffInfo.verticalPos).mid;
                break;
              case "gchords":
              case "gch":
                multilineVars.voices[id].suppressChords = true;
                attr = tokenizer.getVoiceToken(line, start, end);
                if (attr.token === "0")
                  start = start + attr.len;
                break;
              case "space":
              case "spc":
                addNextTokenToStaffInfo("spacing");
                break;
              case "scale":
                addNextTokenToVoiceInfo(id, "scale", "number");
                break;
              case "score":
                addNextNoteTokenToVoiceInfo(id, "scoreTranspose");
                break;
              case "transpose":
                addNextTokenToVoiceInfo(id, "transpose", "number");
                break;
              case "stafflines":
                addNextTokenToVoiceInfo(id, "stafflines", "number");
                break;
              case "staffscale":
                addNextTokenToVoiceInfo(id, "staffscale", "number");
                break;
              case "octave":
                addNextTokenToVoiceInfo(id, "octave", "number");
                break;
              case "volume":
                addNextTokenToVoiceInfo(id, "volume", "number");
                break;
              case "cue":
                var cue = getNextToken("cue", "string");
                if (cue === "on")
                  multilineVars.voices[id].scale = 0.6;
                else multilineVars.voices[id].scale = 1;
                break;
              case "style":
                attr = tokenizer.getVoiceToken(line, start, end);
                if (attr.warn !== void 0)
                  warn("Expected value for style in voice: " + attr.warn, line, start);
                else if (attr.err !== void 0)
                  warn("Expected value for style in voice: " + attr.err, line, start);
                else if (attr.token === "normal" || attr.token === "harmonic" || attr.token === "rhythm" || attr.token === "x" || attr.token === "triangle")
                  multilineVars.voices[id].style = attr.token;
                else
                  warn("Expected one of [normal, harmonic, rhythm, x, triangle] for voice style", line, start);
                start += attr.len;
                break;
            }
          }
          start += tokenizer.eatWhiteSpace(line, start);
        }
        if (staffInfo.startStaff || multilineVars.staves.length === 0) {
          multilineVars.staves.push({ index: multilineVars.staves.length, meter: multilineVars.origMeter });
          if (!multilineVars.score_is_present)
            multilineVars.staves[multilineVars.staves.length - 1].numVoices = 0;
        }
        if (multilineVars.voices[id].staffNum === void 0) {
          multilineVars.voices[id].staffNum = multilineVars.staves.length - 1;
          var vi = 0;
          for (var v in multilineVars.voices) {
            if (multilineVars.voices.hasOwnProperty(v)) {
              if (multilineVars.voices[v].staffNum === multilineVars.voices[id].staffNum)
                vi++;
            }
          }
          multilineVars.voices[id].index = vi - 1;
        }
        var s = multilineVars.staves[multilineVars.voices[id].staffNum];
        if (!multilineVars.score_is_present)
          s.numVoices++;
        if (staffInfo.clef) s.clef = { type: staffInfo.clef, verticalPos: staffInfo.verticalPos };
        if (staffInfo.spacing) s.spacing_below_offset = staffInfo.spacing;
        if (staffInfo.verticalPos) s.verticalPos = staffInfo.verticalPos;
        if (staffInfo.name) {
          if (s.name) s.name.push(staffInfo.name);
          else s.name = [staffInfo.name];
        }
        if (staffInfo.subname) {
          if (s.subname) s.subname.push(staffInfo.subname);
          else s.subname = [staffInfo.subname];
        }
        return setCurrentVoice(id);
      };
    })();
    module2.exports = parseKeyVoice;
  }
});

// node_modules/abcjs/src/parse/abc_parse_header.js
var require_abc_parse_header = __commonJS({
  "node_modules/abcjs/src/parse/abc_parse_header.js"(exports2, module2) {
    var parseCommon = require_abc_common();
    var parseDirective = require_abc_parse_directive();
    var parseKeyVoice = require_abc_parse_key_voice();
    var ParseHeader = function(tokenizer, warn, multilineVars, tune, tuneBuilder) {
      this.reset = function(tokenizer2, warn2, multilineVars2, tune2) {
        parseKeyVoice.initialize(tokenizer2, warn2, multilineVars2, tune2, tuneBuilder);
        parseDirective.initialize(tokenizer2, warn2, multilineVars2, tune2, tuneBuilder);
      };
      this.reset(tokenizer, warn, multilineVars, tune);
      this.setTitle = function(title, origSize) {
        if (multilineVars.hasMainTitle)
          tuneBuilder.addSubtitle(title, { startChar: multilineVars.iChar, endChar: multilineVars.iChar + origSize + 2 });
        else {
          tuneBuilder.addMetaText("title", title, { startChar: multilineVars.iChar, endChar: multilineVars.iChar + origSize + 2 });
          multilineVars.hasMainTitle = true;
        }
      };
      this.setMeter = function(line) {
        line = tokenizer.stripComment(line);
        if (line === "C") {
          if (multilineVars.havent_set_length === true) {
            multilineVars.default_length = 0.125;
            multilineVars.havent_set_length = false;
          }
          return { type: "common_time" };
        } else if (line === "C|") {
          if (multilineVars.havent_set_length === true) {
            multilineVars.default_length = 0.125;
            multilineVars.havent_set_length = false;
          }
          return { type: "cut_time" };
        } else if (line === "o") {
          if (multilineVars.havent_set_length === true) {
            multilineVars.default_length = 0.125;
            multilineVars.havent_set_length = false;
          }
          return { type: "tempus_perfectum" };
        } else if (line === "c") {
          if (multilineVars.havent_set_length === true) {
            multilineVars.default_length = 0.125;
            multilineVars.havent_set_length = false;
          }
          return { type: "tempus_imperfectum" };
        } else if (line === "o.") {
          if (multilineVars.havent_set_length === true) {
            multilineVars.default_length = 0.125;
            multilineVars.havent_set_length = false;
          }
          return { type: "tempus_perfectum_prolatio" };
        } else if (line === "c.") {
          if (multilineVars.havent_set_length === true) {
            multilineVars.default_length = 0.125;
            multilineVars.havent_set_length = false;
          }
          return { type: "tempus_imperfectum_prolatio" };
        } else if (line.length === 0 || line.toLowerCase() === "none") {
          if (multilineVars.havent_set_length === true) {
            multilineVars.default_length = 0.125;
            multilineVars.havent_set_length = false;
          }
          return null;
        } else {
          var tokens = tokenizer.tokenize(line, 0, line.length);
          try {
            var parseNum = function() {
              var ret2 = { value: 0, num: "" };
              var tok = tokens.shift();
              if (tok.token === "(")
                tok = tokens.shift();
              while (1) {
                if (tok.type !== "number") throw "Expected top number of meter";
                ret2.value += parseInt(tok.token);
                ret2.num += tok.token;
                if (tokens.length === 0 || tokens[0].token === "/") return ret2;
                tok = tokens.shift();
                if (tok.token === ")") {
                  if (tokens.length === 0 || tokens[0].token === "/") return ret2;
                  throw "Unexpected paren in meter";
                }
                if (tok.token !== "." && tok.token !== "+") throw "Expected top number of meter";
                ret2.num += tok.token;
                if (tokens.length === 0) throw "Expected top number of meter";
                tok = tokens.shift();
              }
              return ret2;
            };
            var parseFraction = function() {
              var ret2 = parseNum();
              if (tokens.length === 0) return ret2;
              var tok = tokens.shift();
              if (tok.token !== "/") throw "Expected slash in meter";
              tok = tokens.shift();
              if (tok.type !== "number") throw "Expected bottom number of meter";
              ret2.den = tok.token;
              ret2.value = ret2.value / parseInt(ret2.den);
              return ret2;
            };
            if (tokens.length === 0) throw "Expected meter definition in M: line";
            var meter = { type: "specified", value: [] };
            var totalLength = 0;
            while (1) {
              var ret = parseFraction();
              totalLength += ret.value;
              var mv = { num: ret.num };
              if (ret.den !== void 0)
                mv.den = ret.den;
              meter.value.push(mv);
              if (tokens.length === 0) break;
            }
            if (multilineVars.havent_set_length === true) {
              multilineVars.default_length = totalLength < 0.75 ? 0.0625 : 0.125;
              multilineVars.havent_set_length = false;
            }
            return meter;
          } catch (e) {
            warn(e, line, 0);
          }
        }
        return null;
      };
      this.calcTempo = function(relTempo) {
        var dur = 1 / 4;
        if (multilineVars.meter && multilineVars.meter.type === "specified") {
          dur = 1 / parseInt(multilineVars.meter.value[0].den);
        } else if (multilineVars.origMeter && multilineVars.origMeter.type === "specified") {
          dur = 1 / parseInt(multilineVars.origMeter.value[0].den);
        }
        for (var i = 0; i < relTempo.duration; i++)
          relTempo.duration[i] = dur * relTempo.duration[i];
        return relTempo;
      };
      this.resolveTempo = function() {
        if (multilineVars.tempo) {
          this.calcTempo(multilineVars.tempo);
          tune.metaText.tempo = multilineVars.tempo;
          delete multilineVars.tempo;
        }
      };
      this.addUserDefinition = function(line, start, end) {
        var equals = line.indexOf("=", start);
        if (equals === -1) {
          warn("Need an = in a macro definition", line, start);
          return;
        }
        var before = parseCommon.strip(line.substring(start, equals));
        var after = parseCommon.strip(line.substring(equals + 1));
        if (before.length !== 1) {
          warn("Macro definitions can only be one character", line, start);
          return;
        }
        var legalChars = "HIJKLMNOPQRSTUVWXYhijklmnopqrstuvw~";
        if (legalChars.indexOf(before) === -1) {
          warn("Macro definitions must be H-Y, h-w, or tilde", line, start);
          return;
        }
        if (after.length === 0) {
          warn("Missing macro definition", line, start);
          return;
        }
        if (multilineVars.macros === void 0)
          multilineVars.macros = {};
        multilineVars.macros[before] = after;
      };
      this.setDefaultLength = function(line, start, end) {
        var len = line.substring(start, end).replace(/ /g, "");
        var len_arr = len.split("/");
        if (len_arr.length === 2) {
          var n = parseInt(len_arr[0]);
          var d = parseInt(len_arr[1]);
          if (d > 0) {
            multilineVars.default_length = n / d;
            multilineVars.havent_set_length = false;
          }
        } else if (len_arr.length === 1 && len_arr[0] === "1") {
          multilineVars.default_length = 1;
          multilineVars.havent_set_length = false;
        }
      };
      var tempoString = {
        larghissimo: 20,
        adagissimo: 24,
        sostenuto: 28,
        grave: 32,
        largo: 40,
        lento: 50,
        larghetto: 60,
        adagio: 68,
        adagietto: 74,
        andante: 80,
        andantino: 88,
        "marcia moderato": 84,
        "andante moderato": 100,
        moderato: 112,
        allegretto: 116,
        "allegro moderato": 120,
        allegro: 126,
        animato: 132,
        agitato: 140,
        veloce: 148,
        "mosso vivo": 156,
        vivace: 164,
        vivacissimo: 172,
        allegrissimo: 176,
        presto: 184,
        prestissimo: 210
      };
      this.setTempo = function(line, start, end, iChar) {
        try {
          var tokens = tokenizer.tokenize(line, start, end);
          if (tokens.length === 0) throw "Missing parameter in Q: field";
          var tempo = { startChar: iChar + start - 2, endChar: iChar + end };
          var delaySet = true;
          var token = tokens.shift();
          if (token.type === "quote") {
            tempo.preString = token.token;
            token = tokens.shift();
            if (tokens.length === 0) {
              if (tempoString[tempo.preString.toLowerCase()]) {
                tempo.bpm = tempoString[tempo.preString.toLowerCase()];
                tempo.suppressBpm = true;
              }
              return { type: "immediate", tempo };
            }
          }
          if (token.type === "alpha" && token.token === "C") {
            if (tokens.length === 0) throw "Missing tempo after C in Q: field";
            token = tokens.shift();
            if (token.type === "punct" && token.token === "=") {
              if (tokens.length === 0) throw "Missing tempo after = in Q: field";
              token = tokens.shift();
              if (token.type !== "number") throw "Expected number after = in Q: field";
              tempo.duration = [1];
              tempo.bpm = parseInt(token.token);
            } else if (token.type === "number") {
              tempo.duration = [parseInt(token.token)];
              if (tokens.length === 0) throw "Missing = after duration in Q: field";
              token = tokens.shift();
              if (token.type !== "punct" || token.token !== "=") throw "Expected = after duration in Q: field";
              if (tokens.length === 0) throw "Missing tempo after = in Q: field";
              token = tokens.shift();
              if (token.type !== "number") throw "Expected number after = in Q: field";
              tempo.bpm = parseInt(token.token);
            } else throw "Expected number or equal after C in Q: field";
          } else if (token.type === "number") {
            var num = parseInt(token.token);
            if (tokens.length === 0 || tokens[0].type === "quote") {
              tempo.duration = [1];
              tempo.bpm = num;
            } else {
              delaySet = false;
              token = tokens.shift();
              if (token.type !== "punct" && token.token !== "/") throw "Expected fraction in Q: field";
              token = tokens.shift();
              if (token.type !== "number") throw "Expected fraction in Q: field";
              var den = parseInt(token.token);
              tempo.duration = [num / den];
              while (tokens.length > 0 && tokens[0].token !== "=" && tokens[0].type !== "quote") {
                token = tokens.shift();
                if (token.type !== "number") throw "Expected fraction in Q: field";
                num = parseInt(token.token);
                token = tokens.shift();
                if (token.type !== "punct" && token.token !== "/") throw "Expected fraction in Q: field";
                token = tokens.shift();
                if (token.type !== "number") throw "Expected fraction in Q: field";
                den = parseInt(token.token);
                tempo.duration.push(num / den);
              }
              token = tokens.shift();
              if (token.type !== "punct" && token.token !== "=") throw "Expected = in Q: field";
              token = tokens.shift();
              if (token.type !== "number") throw "Expected tempo in Q: field";
              tempo.bpm = parseInt(token.token);
            }
          } else throw "Unknown value in Q: field";
          if (tokens.length !== 0) {
            token = tokens.shift();
            if (token.type === "quote") {
              tempo.postString = token.token;
              token = tokens.shift();
            }
            if (tokens.length !== 0) throw "Unexpected string at end of Q: field";
          }
          if (multilineVars.printTempo === false)
            tempo.suppress = true;
          return { type: delaySet ? "delaySet" : "immediate", tempo };
        } catch (msg) {
          warn(msg, line, start);
          return { type: "none" };
        }
      };
      this.letter_to_inline_header = function(line, i, startLine) {
        var needsNewLine = false;
        var ws = tokenizer.eatWhiteSpace(line, i);
        i += ws;
        if (line.length >= i + 5 && line[i] === "[" && line[i + 2] === ":") {
          var e = line.indexOf("]", i);
          var startChar = multilineVars.iChar + i;
          var endChar = multilineVars.iChar + e + 1;
          switch (line.substring(i, i + 3)) {
            case "[I:":
              var err = parseDirective.addDirective(line.substring(i + 3, e));
              if (err) warn(err, line, i);
              return [e - i + 1 + ws];
            case "[M:":
              var meter = this.setMeter(line.substring(i + 3, e));
              if (startLine && multilineVars.currentVoice && meter)
                multilineVars.staves[multilineVars.currentVoice.staffNum].meter = meter;
              else if (tuneBuilder.hasBeginMusic() && meter)
                tuneBuilder.appendStartingElement("meter", startChar, endChar, meter);
              else
                multilineVars.meter = meter;
              return [e - i + 1 + ws];
            case "[K:":
              var result = parseKeyVoice.parseKey(line.substring(i + 3, e), true);
              if (result.foundClef && tuneBuilder.hasBeginMusic())
                tuneBuilder.appendStartingElement("clef", startChar, endChar, multilineVars.clef);
              if (result.foundKey && tuneBuilder.hasBeginMusic())
                tuneBuilder.appendStartingElement("key", startChar, endChar, parseKeyVoice.fixKey(multilineVars.clef, multilineVars.key));
              return [e - i + 1 + ws];
            case "[P:":
              var part = parseDirective.parseFontChangeLine(line.substring(i + 3, e));
              if (startLine || tune.lines.length <= tune.lineNum)
                multilineVars.partForNextLine = { title: part, startChar, endChar };
              else
                tuneBuilder.appendElement("part", startChar, endChar, { title: part });
              return [e - i + 1 + ws];
            case "[L:":
              this.setDefaultLength(line, i + 3, e);
              return [e - i + 1 + ws];
            case "[Q:":
              if (e > 0) {
                var tempo = this.setTempo(line, i + 3, e, multilineVars.iChar);
                if (tempo.type === "delaySet") {
                  if (tuneBuilder.hasBeginMusic())
                    tuneBuilder.appendElement("tempo", startChar, endChar, this.calcTempo(tempo.tempo));
                  else
                    multilineVars.tempoForNextLine = ["tempo", startChar, endChar, this.calcTempo(tempo.tempo)];
                } else if (tempo.type === "immediate") {
                  if (!startLine && tuneBuilder.hasBeginMusic())
                    tuneBuilder.appendElement("tempo", startChar, endChar, tempo.tempo);
                  else
                    multilineVars.tempoForNextLine = ["tempo", startChar, endChar, tempo.tempo];
                }
                return [e - i + 1 + ws, line[i + 1], line.substring(i + 3, e)];
              }
              break;
            case "[V:":
              if (e > 0) {
                needsNewLine = parseKeyVoice.parseVoice(line, i + 3, e);
                return [e - i + 1 + ws, line[i + 1], line.substring(i + 3, e), needsNewLine];
              }
              break;
            case "[r:":
              return [e - i + 1 + ws];
            default:
          }
        }
        return [0];
      };
      this.letter_to_body_header = function(line, i) {
        var needsNewLine = false;
        if (line.length >= i + 3) {
          switch (line.substring(i, i + 2)) {
            case "I:":
              var err = parseDirective.addDirective(line.substring(i + 2));
              if (err) warn(err, line, i);
              return [line.length];
            case "M:":
              var meter = this.setMeter(line.substring(i + 2));
              if (tuneBuilder.hasBeginMusic() && meter)
                tuneBuilder.appendStartingElement("meter", multilineVars.iChar + i, multilineVars.iChar + line.length, meter);
              return [line.length];
            case "K:":
              var result = parseKeyVoice.parseKey(line.substring(i + 2), tuneBuilder.hasBeginMusic());
              if (result.foundClef && tuneBuilder.hasBeginMusic() && multilineVars.keywarn !== false)
                tuneBuilder.appendStartingElement("clef", multilineVars.iChar + i, multilineVars.iChar + line.length, multilineVars.clef);
              if (result.foundKey && tuneBuilder.hasBeginMusic() && multilineVars.keywarn !== false)
                tuneBuilder.appendStartingElement("key", multilineVars.iChar + i, multilineVars.iChar + line.length, parseKeyVoice.fixKey(multilineVars.clef, multilineVars.key));
              return [line.length];
            case "P:":
              if (tuneBuilder.hasBeginMusic())
                tuneBuilder.appendElement("part", multilineVars.iChar + i, multilineVars.iChar + line.length, { title: line.substring(i + 2) });
              return [line.length];
            case "L:":
              this.setDefaultLength(line, i + 2, line.length);
              return [line.length];
            case "Q:":
              var e = line.indexOf("", i + 2);
              if (e === -1) e = line.length;
              var tempo = this.setTempo(line, i + 2, e, multilineVars.iChar);
              if (tempo.type === "delaySet") tuneBuilder.appendElement("tempo", multilineVars.iChar + i, multilineVars.iChar + line.length, this.calcTempo(tempo.tempo));
              else if (tempo.type === "immediate") tuneBuilder.appendElement("tempo", multilineVars.iChar + i, multilineVars.iChar + line.length, tempo.tempo);
              return [e, line[i], parseCommon.strip(line.substring(i + 2))];
            case "V:":
              needsNewLine = parseKeyVoice.parseVoice(line, i + 2, line.length);
              return [line.length, line[i], parseCommon.strip(line.substring(i + 2)), needsNewLine];
            default:
          }
        }
        return [0];
      };
      var metaTextHeaders = {
        A: "author",
        B: "book",
        C: "composer",
        D: "discography",
        F: "url",
        G: "group",
        I: "instruction",
        N: "notes",
        O: "origin",
        R: "rhythm",
        S: "source",
        W: "unalignedWords",
        Z: "transcription"
      };
      this.parseHeader = function(line) {
        var field = metaTextHeaders[line[0]];
        var origSize = line.length - 2;
        var restOfLine = tokenizer.translateString(tokenizer.stripComment(line.substring(2)));
        if (field === "unalignedWords" || field === "notes") {
          tuneBuilder.addMetaTextArray(field, parseDirective.parseFontChangeLine(restOfLine), { startChar: multilineVars.iChar, endChar: multilineVars.iChar + line.length });
        } else if (field !== void 0) {
          tuneBuilder.addMetaText(field, parseDirective.parseFontChangeLine(restOfLine), { startChar: multilineVars.iChar, endChar: multilineVars.iChar + line.length });
        } else {
          var startChar = multilineVars.iChar;
          var endChar = startChar + line.length;
          switch (line[0]) {
            case "H":
              tuneBuilder.addMetaTextArray("history", parseDirective.parseFontChangeLine(restOfLine), { startChar: multilineVars.iChar, endChar: multilineVars.iChar + line.length });
              line = tokenizer.peekLine();
              while (line && line[1] !== ":") {
                tokenizer.nextLine();
                tuneBuilder.addMetaTextArray("history", parseDirective.parseFontChangeLine(tokenizer.translateString(tokenizer.stripComment(line))), { startChar: multilineVars.iChar, endChar: multilineVars.iChar + line.length });
                line = tokenizer.peekLine();
              }
              break;
            case "K":
              this.resolveTempo();
              var result = parseKeyVoice.parseKey(line.substring(2), false);
              if (!multilineVars.is_in_header && tuneBuilder.hasBeginMusic() && multilineVars.keywarn !== false) {
                if (result.foundClef)
                  tuneBuilder.appendStartingElement("clef", startChar, endChar, multilineVars.clef);
                if (result.foundKey)
                  tuneBuilder.appendStartingElement("key", startChar, endChar, parseKeyVoice.fixKey(multilineVars.clef, multilineVars.key));
              }
              multilineVars.is_in_header = false;
              break;
            case "L":
              this.setDefaultLength(line, 2, line.length);
              break;
            case "M":
              multilineVars.origMeter = multilineVars.meter = this.setMeter(line.substring(2));
              break;
            case "P":
              if (multilineVars.is_in_header)
                tuneBuilder.addMetaText("partOrder", parseDirective.parseFontChangeLine(restOfLine), { startChar: multilineVars.iChar, endChar: multilineVars.iChar + line.length });
              else
                multilineVars.partForNextLine = { title: restOfLine, startChar, endChar };
              break;
            case "Q":
              var tempo = this.setTempo(line, 2, line.length, multilineVars.iChar);
              if (tempo.type === "delaySet") multilineVars.tempo = tempo.tempo;
              else if (tempo.type === "immediate") {
                if (!tune.metaText.tempo)
                  tune.metaText.tempo = tempo.tempo;
                else
                  multilineVars.tempoForNextLine = ["tempo", startChar, endChar, tempo.tempo];
              }
              break;
            case "T":
              if (multilineVars.titlecaps)
                restOfLine = restOfLine.toUpperCase();
              this.setTitle(parseDirective.parseFontChangeLine(tokenizer.theReverser(restOfLine)), origSize);
              break;
            case "U":
              this.addUserDefinition(line, 2, line.length);
              break;
            case "V":
              parseKeyVoice.parseVoice(line, 2, line.length);
              if (!multilineVars.is_in_header)
                return { newline: true };
              break;
            case "s":
              return { symbols: true };
            case "w":
              return { words: true };
            case "X":
              break;
            case "E":
            case "m":
              warn("Ignored header", line, 0);
              break;
            default:
              return { regular: true };
          }
        }
        return {};
      };
    };
    module2.exports = ParseHeader;
  }
});

// node_modules/abcjs/src/parse/abc_parse_settings.js
var require_abc_parse_settings = __commonJS({
  "node_modules/abcjs/src/parse/abc_parse_settings.js"(exports2, module2) {
    module2.exports.legalAccents = [
      "trill",
      "trillh",
      "lowermordent",
      "uppermordent",
      "mordent",
      "pralltriller",
      "accent",
      "fermata",
      "invertedfermata",
      "tenuto",
      "0",
      "1",
      "2",
      "3",
      "4",
      "5",
      "+",
      "wedge",
      "open",
      "thumb",
      "snap",
      "turn",
      "roll",
      "breath",
      "shortphrase",
      "mediumphrase",
      "longphrase",
      "segno",
      "coda",
      "D.S.",
      "D.C.",
      "fine",
      "beambr1",
      "beambr2",
      "slide",
      "marcato",
      "upbow",
      "downbow",
      "/",
      "//",
      "///",
      "////",
      "trem1",
      "trem2",
      "trem3",
      "trem4",
      "turnx",
      "invertedturn",
      "invertedturnx",
      "trill(",
      "trill)",
      "arpeggio",
      "xstem",
      "mark",
      "umarcato",
      "style=normal",
      "style=harmonic",
      "style=rhythm",
      "style=x",
      "style=triangle",
      "D.C.alcoda",
      "D.C.alfine",
      "D.S.alcoda",
      "D.S.alfine",
      "editorial",
      "courtesy"
    ];
    module2.exports.volumeDecorations = [
      "p",
      "pp",
      "f",
      "ff",
      "mf",
      "mp",
      "ppp",
      "pppp",
      "fff",
      "ffff",
      "sfz"
    ];
    module2.exports.dynamicDecorations = [
      "crescendo(",
      "crescendo)",
      "diminuendo(",
      "diminuendo)",
      "glissando(",
      "glissando)",
      "~(",
      "~)"
    ];
    module2.exports.accentPseudonyms = [
      ["<", "accent"],
      [">", "accent"],
      ["tr", "trill"],
      ["plus", "+"],
      ["emphasis", "accent"],
      ["^", "umarcato"],
      ["marcato", "umarcato"]
    ];
    module2.exports.accentDynamicPseudonyms = [
      ["<(", "crescendo("],
      ["<)", "crescendo)"],
      [">(", "diminuendo("],
      [">)", "diminuendo)"]
    ];
    module2.exports.nonDecorations = "ABCDEFGabcdefgxyzZ[]|^_{";
    module2.exports.durations = [
      0.5,
      0.75,
      0.875,
      0.9375,
      0.96875,
      0.984375,
      0.25,
      0.375,
      0.4375,
      0.46875,
      0.484375,
      0.4921875,
      0.125,
      0.1875,
      0.21875,
      0.234375,
      0.2421875,
      0.24609375,
      0.0625,
      0.09375,
      0.109375,
      0.1171875,
      0.12109375,
      0.123046875,
      0.03125,
      0.046875,
      0.0546875,
      0.05859375,
      0.060546875,
      0.0615234375,
      0.015625,
      0.0234375,
      0.02734375,
      0.029296875,
      0.0302734375,
      0.03076171875
    ];
    module2.exports.pitches = {
      A: 5,
      B: 6,
      C: 0,
      D: 1,
      E: 2,
      F: 3,
      G: 4,
      a: 12,
      b: 13,
      c: 7,
      d: 8,
      e: 9,
      f: 10,
      g: 11
    };
    module2.exports.rests = {
      x: "invisible",
      X: "invisible-multimeasure",
      y: "spacer",
      z: "rest",
      Z: "multimeasure"
    };
    module2.exports.accMap = {
      dblflat: "__",
      flat: "_",
      natural: "=",
      sharp: "^",
      dblsharp: "^^",
      quarterflat: "_/",
      quartersharp: "^/"
    };
    module2.exports.tripletQ = {
      2: 3,
      3: 2,
      4: 3,
      5: 2,
      // TODO-PER: not handling 6/8 rhythm yet
      6: 2,
      7: 2,
      // TODO-PER: not handling 6/8 rhythm yet
      8: 3,
      9: 2
      // TODO-PER: not handling 6/8 rhythm yet
    };
  }
});

// node_modules/abcjs/src/parse/abc_parse_music.js
var require_abc_parse_music = __commonJS({
  "node_modules/abcjs/src/parse/abc_parse_music.js"(exports2, module2) {
    var parseKeyVoice = require_abc_parse_key_voice();
    var transpose2 = require_abc_transpose();
    var tokenizer;
    var warn;
    var multilineVars;
    var tune;
    var tuneBuilder;
    var header;
    var {
      legalAccents,
      volumeDecorations,
      dynamicDecorations,
      accentPseudonyms,
      accentDynamicPseudonyms,
      nonDecorations,
      durations,
      pitches,
      rests,
      accMap,
      tripletQ
    } = require_abc_parse_settings();
    var MusicParser = function(_tokenizer, _warn, _multilineVars, _tune, _tuneBuilder, _header) {
      tokenizer = _tokenizer;
      warn = _warn;
      multilineVars = _multilineVars;
      tune = _tune;
      tuneBuilder = _tuneBuilder;
      header = _header;
      this.lineContinuation = false;
    };
    var isInTie = function(multilineVars2, overlayLevel, el3) {
      if (multilineVars2.inTie[overlayLevel] === void 0)
        return false;
      var voiceIndex = multilineVars2.currentVoice ? multilineVars2.currentVoice.staffNum * 100 + multilineVars2.currentVoice.index : 0;
      if (multilineVars2.inTie[overlayLevel][voiceIndex]) {
        if (el3.pitches !== void 0 || el3.rest.type !== "spacer")
          return true;
      }
      return false;
    };
    var el2 = {};
    MusicParser.prototype.parseMusic = function(line) {
      header.resolveTempo();
      multilineVars.is_in_header = false;
      var i = 0;
      var startOfLine = multilineVars.iChar;
      while (tokenizer.isWhiteSpace(line[i]) && i < line.length)
        i++;
      if (i === line.length || line[i] === "%")
        return;
      var delayStartNewLine = multilineVars.start_new_line;
      if (multilineVars.continueall === void 0)
        multilineVars.start_new_line = true;
      else
        multilineVars.start_new_line = false;
      var tripletNotesLeft = 0;
      var retHeader = header.letter_to_body_header(line, i);
      if (retHeader[0] > 0) {
        i += retHeader[0];
        if (retHeader[1] === "V")
          this.startNewLine();
      }
      var overlayLevel = 0;
      while (i < line.length) {
        var startI = i;
        if (line[i] === "%")
          break;
        var retInlineHeader = header.letter_to_inline_header(line, i, delayStartNewLine);
        if (retInlineHeader[0] > 0) {
          i += retInlineHeader[0];
          if (retInlineHeader[1] === "V")
            delayStartNewLine = true;
        } else {
          if (!tuneBuilder.hasBeginMusic() || delayStartNewLine && !this.lineContinuation) {
            this.startNewLine();
            delayStartNewLine = false;
          }
          var ret;
          while (1) {
            ret = tokenizer.eatWhiteSpace(line, i);
            if (ret > 0) {
              i += ret;
            }
            if (i > 0 && line[i - 1] === "") {
              ret = header.letter_to_body_header(line, i);
              if (ret[0] > 0) {
                if (ret[1] === "V")
                  this.startNewLine();
                i = ret[0];
                multilineVars.start_new_line = false;
              }
            }
            ret = letter_to_spacer(line, i);
            if (ret[0] > 0) {
              i += ret[0];
            }
            ret = letter_to_chord(line, i);
            if (ret[0] > 0) {
              if (!el2.chord)
                el2.chord = [];
              var chordName = tokenizer.translateString(ret[1]);
              chordName = chordName.replace(/;/g, "\n");
              var addedChord = false;
              for (var ci = 0; ci < el2.chord.length; ci++) {
                if (el2.chord[ci].position === ret[2]) {
                  addedChord = true;
                  el2.chord[ci].name += "\n" + chordName;
                }
              }
              if (addedChord === false) {
                if (ret[2] === null && ret[3])
                  el2.chord.push({ name: chordName, rel_position: ret[3] });
                else
                  el2.chord.push({ name: chordName, position: ret[2] });
              }
              i += ret[0];
              var ii = tokenizer.skipWhiteSpace(line.substring(i));
              if (ii > 0)
                el2.force_end_beam_last = true;
              i += ii;
            } else {
              if (nonDecorations.indexOf(line[i]) === -1)
                ret = letter_to_accent(line, i);
              else ret = [0];
              if (ret[0] > 0) {
                if (ret[1] === null) {
                  if (i + 1 < line.length)
                    this.startNewLine();
                } else if (ret[1].length > 0) {
                  if (ret[1].indexOf("style=") === 0) {
                    el2.style = ret[1].substring(6);
                  } else if (ret[1].indexOf("class=") === 0) {
                    el2.extraClass = ret[1].substring(6);
                  } else {
                    if (el2.decoration === void 0)
                      el2.decoration = [];
                    if (ret[1] === "beambr1")
                      el2.beambr = 1;
                    else if (ret[1] === "beambr2")
                      el2.beambr = 2;
                    else el2.decoration.push(ret[1]);
                  }
                }
                i += ret[0];
              } else {
                ret = letter_to_grace(line, i);
                if (ret[0] > 0) {
                  el2.gracenotes = ret[1];
                  i += ret[0];
                } else
                  break;
              }
            }
          }
          ret = letter_to_bar(line, i);
          if (ret[0] > 0) {
            overlayLevel = 0;
            if (el2.gracenotes !== void 0) {
              el2.rest = { type: "spacer" };
              el2.duration = 0.125;
              multilineVars.addFormattingOptions(el2, tune.formatting, "note");
              tuneBuilder.appendElement("note", startOfLine + i, startOfLine + i + ret[0], el2);
              multilineVars.measureNotEmpty = true;
              el2 = {};
            }
            var bar = { type: ret[1] };
            if (bar.type.length === 0)
              warn("Unknown bar type", line, i);
            else {
              if (multilineVars.inEnding && bar.type !== "bar_thin") {
                bar.endEnding = true;
                multilineVars.inEnding = false;
              }
              if (ret[2]) {
                bar.startEnding = ret[2];
                if (multilineVars.inEnding)
                  bar.endEnding = true;
                multilineVars.inEnding = true;
                if (ret[1] === "bar_right_repeat") {
                  multilineVars.restoreStartEndingHoldOvers();
                } else {
                  multilineVars.duplicateStartEndingHoldOvers();
                }
              }
              if (el2.decoration !== void 0)
                bar.decoration = el2.decoration;
              if (el2.chord !== void 0)
                bar.chord = el2.chord;
              if (bar.startEnding && multilineVars.barFirstEndingNum === void 0)
                multilineVars.barFirstEndingNum = multilineVars.currBarNumber;
              else if (bar.startEnding && bar.endEnding && multilineVars.barFirstEndingNum)
                multilineVars.currBarNumber = multilineVars.barFirstEndingNum;
              else if (bar.endEnding)
                multilineVars.barFirstEndingNum = void 0;
              if (bar.type !== "bar_invisible" && multilineVars.measureNotEmpty) {
                if (isFirstVoice()) {
                  multilineVars.currBarNumber++;
                  if (multilineVars.barNumbers && multilineVars.currBarNumber % multilineVars.barNumbers === 0)
                    bar.barNumber = multilineVars.currBarNumber;
                }
              }
              multilineVars.addFormattingOptions(el2, tune.formatting, "bar");
              tuneBuilder.appendElement("bar", startOfLine + startI, startOfLine + i + ret[0], bar);
              multilineVars.measureNotEmpty = false;
              el2 = {};
            }
            i += ret[0];
          } else if (line[i] === "&") {
            ret = letter_to_overlay(line, i);
            if (ret[0] > 0) {
              tuneBuilder.appendElement("overlay", startOfLine, startOfLine + 1, {});
              i += 1;
              overlayLevel++;
            }
          } else {
            ret = letter_to_open_slurs_and_triplets(line, i);
            if (ret.consumed > 0) {
              if (ret.startSlur !== void 0)
                el2.startSlur = ret.startSlur;
              if (ret.dottedSlur)
                el2.dottedSlur = true;
              if (ret.triplet !== void 0) {
                if (tripletNotesLeft > 0)
                  warn("Can't nest triplets", line, i);
                else {
                  el2.startTriplet = ret.triplet;
                  el2.tripletMultiplier = ret.tripletQ / ret.triplet;
                  el2.tripletR = ret.num_notes;
                  tripletNotesLeft = ret.num_notes === void 0 ? ret.triplet : ret.num_notes;
                }
              }
              i += ret.consumed;
            }
            if (line[i] === "[") {
              var chordStartChar = i;
              i++;
              var chordDuration = null;
              var rememberEndBeam = false;
              var done = false;
              while (!done) {
                var accent = letter_to_accent(line, i);
                if (accent[0] > 0) {
                  i += accent[0];
                }
                var chordNote = getCoreNote(line, i, {}, false);
                if (chordNote !== null && chordNote.pitch !== void 0) {
                  if (accent[0] > 0) {
                    if (accent[1].indexOf("style=") !== 0) {
                      if (el2.decoration === void 0)
                        el2.decoration = [];
                      el2.decoration.push(accent[1]);
                    }
                  }
                  if (chordNote.end_beam) {
                    el2.end_beam = true;
                    delete chordNote.end_beam;
                  }
                  if (el2.pitches === void 0) {
                    el2.duration = chordNote.duration;
                    el2.pitches = [chordNote];
                  } else
                    el2.pitches.push(chordNote);
                  delete chordNote.duration;
                  if (accent[0] > 0) {
                    if (accent[1].indexOf("style=") === 0) {
                      el2.pitches[el2.pitches.length - 1].style = accent[1].substr(6);
                    }
                  }
                  if (multilineVars.inTieChord[el2.pitches.length]) {
                    chordNote.endTie = true;
                    multilineVars.inTieChord[el2.pitches.length] = void 0;
                  }
                  if (chordNote.startTie)
                    multilineVars.inTieChord[el2.pitches.length] = true;
                  i = chordNote.endChar;
                  delete chordNote.endChar;
                } else if (line[i] === " ") {
                  warn("Spaces are not allowed in chords", line, i);
                  i++;
                } else {
                  if (i < line.length && line[i] === "]") {
                    i++;
                    if (multilineVars.next_note_duration !== 0) {
                      el2.duration = el2.duration * multilineVars.next_note_duration;
                      multilineVars.next_note_duration = 0;
                    }
                    if (isInTie(multilineVars, overlayLevel, el2)) {
                      el2.pitches.forEach(function(pitch) {
                        pitch.endTie = true;
                      });
                      setIsInTie(multilineVars, overlayLevel, false);
                    }
                    if (tripletNotesLeft > 0 && !(el2.rest && el2.rest.type === "spacer")) {
                      tripletNotesLeft--;
                      if (tripletNotesLeft === 0) {
                        el2.endTriplet = true;
                      }
                    }
                    var postChordDone = false;
                    while (i < line.length && !postChordDone) {
                      switch (line[i]) {
                        case " ":
                        case "	":
                          addEndBeam(el2);
                          break;
                        case ")":
                          if (el2.endSlur === void 0) el2.endSlur = 1;
                          else el2.endSlur++;
                          break;
                        case "-":
                          el2.pitches.forEach(function(pitch) {
                            pitch.startTie = {};
                          });
                          setIsInTie(multilineVars, overlayLevel, true);
                          break;
                        case ">":
                        case "<":
                          var br2 = getBrokenRhythm(line, i);
                          i += br2[0] - 1;
                          multilineVars.next_note_duration = br2[2];
                          if (chordDuration)
                            chordDuration = chordDuration * br2[1];
                          else
                            chordDuration = br2[1];
                          break;
                        case "1":
                        case "2":
                        case "3":
                        case "4":
                        case "5":
                        case "6":
                        case "7":
                        case "8":
                        case "9":
                        case "/":
                          var fraction2 = tokenizer.getFraction(line, i);
                          chordDuration = fraction2.value;
                          i = fraction2.index;
                          var ch = line[i];
                          if (ch === " ")
                            rememberEndBeam = true;
                          if (ch === "-" || ch === ")" || ch === " " || ch === "<" || ch === ">")
                            i--;
                          else
                            postChordDone = true;
                          break;
                        case "0":
                          chordDuration = 0;
                          break;
                        default:
                          postChordDone = true;
                          break;
                      }
                      if (!postChordDone) {
                        i++;
                      }
                    }
                  } else
                    warn("Expected ']' to end the chords", line, i);
                  if (el2.pitches !== void 0) {
                    if (chordDuration !== null) {
                      el2.duration = el2.duration * chordDuration;
                      if (rememberEndBeam)
                        addEndBeam(el2);
                    }
                    multilineVars.addFormattingOptions(el2, tune.formatting, "note");
                    tuneBuilder.appendElement("note", startOfLine + startI, startOfLine + i, el2);
                    multilineVars.measureNotEmpty = true;
                    el2 = {};
                  }
                  done = true;
                }
              }
            } else {
              var el22 = {};
              var core = getCoreNote(line, i, el22, true);
              if (el22.endTie !== void 0) setIsInTie(multilineVars, overlayLevel, true);
              if (core !== null) {
                if (core.pitch !== void 0) {
                  el2.pitches = [{}];
                  if (core.accidental !== void 0) el2.pitches[0].accidental = core.accidental;
                  el2.pitches[0].pitch = core.pitch;
                  el2.pitches[0].name = core.name;
                  if (core.midipitch || core.midipitch === 0)
                    el2.pitches[0].midipitch = core.midipitch;
                  if (core.endSlur !== void 0) el2.pitches[0].endSlur = core.endSlur;
                  if (core.endTie !== void 0) el2.pitches[0].endTie = core.endTie;
                  if (core.startSlur !== void 0) el2.pitches[0].startSlur = core.startSlur;
                  if (el2.startSlur !== void 0) el2.pitches[0].startSlur = el2.startSlur;
                  if (el2.dottedSlur !== void 0) el2.pitches[0].dottedSlur = true;
                  if (core.startTie !== void 0) el2.pitches[0].startTie = core.startTie;
                  if (el2.startTie !== void 0) el2.pitches[0].startTie = el2.startTie;
                } else {
                  el2.rest = core.rest;
                  if (core.rest.type === "multimeasure" && isFirstVoice())
                    multilineVars.currBarNumber += core.rest.text - 1;
                  if (core.endSlur !== void 0) el2.endSlur = core.endSlur;
                  if (core.endTie !== void 0) el2.rest.endTie = core.endTie;
                  if (core.startSlur !== void 0) el2.startSlur = core.startSlur;
                  if (core.startTie !== void 0) el2.rest.startTie = core.startTie;
                  if (el2.startTie !== void 0) el2.rest.startTie = el2.startTie;
                }
                if (core.chord !== void 0) el2.chord = core.chord;
                if (core.duration !== void 0) el2.duration = core.duration;
                if (core.decoration !== void 0) el2.decoration = core.decoration;
                if (core.graceNotes !== void 0) el2.graceNotes = core.graceNotes;
                delete el2.startSlur;
                delete el2.dottedSlur;
                if (isInTie(multilineVars, overlayLevel, el2)) {
                  if (el2.pitches !== void 0) {
                    el2.pitches[0].endTie = true;
                  } else if (el2.rest.type !== "spacer") {
                    el2.rest.endTie = true;
                  }
                  setIsInTie(multilineVars, overlayLevel, false);
                }
                if (core.startTie || el2.startTie)
                  setIsInTie(multilineVars, overlayLevel, true);
                i = core.endChar;
                if (tripletNotesLeft > 0 && !(core.rest && core.rest.type === "spacer")) {
                  tripletNotesLeft--;
                  if (tripletNotesLeft === 0) {
                    el2.endTriplet = true;
                  }
                }
                if (core.end_beam)
                  addEndBeam(el2);
                if (el2.rest && el2.rest.type === "rest" && el2.duration === 1 && durationOfMeasure(multilineVars) <= 1) {
                  el2.rest.type = "whole";
                  el2.duration = durationOfMeasure(multilineVars);
                }
                if (el2.duration < 1 && durations.indexOf(el2.duration) === -1 && el2.duration !== 0) {
                  if (!el2.rest || el2.rest.type !== "spacer")
                    warn("Duration not representable: " + line.substring(startI, i), line, i);
                }
                multilineVars.addFormattingOptions(el2, tune.formatting, "note");
                var succeeded = tuneBuilder.appendElement("note", startOfLine + startI, startOfLine + i, el2);
                if (!succeeded) {
                  this.startNewLine();
                  tuneBuilder.appendElement("note", startOfLine + startI, startOfLine + i, el2);
                }
                multilineVars.measureNotEmpty = true;
                el2 = {};
              }
            }
            if (i === startI) {
              if (line[i] !== " " && line[i] !== "`")
                warn("Unknown character ignored", line, i);
              i++;
            }
          }
        }
      }
      this.lineContinuation = line.indexOf("") >= 0 || retHeader[0] > 0;
      if (!this.lineContinuation) {
        el2 = {};
      }
    };
    var setIsInTie = function(multilineVars2, overlayLevel, value) {
      var voiceIndex = multilineVars2.currentVoice ? multilineVars2.currentVoice.staffNum * 100 + multilineVars2.currentVoice.index : 0;
      if (multilineVars2.inTie[overlayLevel] === void 0)
        multilineVars2.inTie[overlayLevel] = [];
      multilineVars2.inTie[overlayLevel][voiceIndex] = value;
    };
    var letter_to_chord = function(line, i) {
      if (line[i] === '"') {
        var chord = tokenizer.getBrackettedSubstring(line, i, 5);
        if (!chord[2])
          warn("Missing the closing quote while parsing the chord symbol", line, i);
        if (chord[0] > 0 && chord[1].length > 0 && chord[1][0] === "^") {
          chord[1] = chord[1].substring(1);
          chord[2] = "above";
        } else if (chord[0] > 0 && chord[1].length > 0 && chord[1][0] === "_") {
          chord[1] = chord[1].substring(1);
          chord[2] = "below";
        } else if (chord[0] > 0 && chord[1].length > 0 && chord[1][0] === "<") {
          chord[1] = chord[1].substring(1);
          chord[2] = "left";
        } else if (chord[0] > 0 && chord[1].length > 0 && chord[1][0] === ">") {
          chord[1] = chord[1].substring(1);
          chord[2] = "right";
        } else if (chord[0] > 0 && chord[1].length > 0 && chord[1][0] === "@") {
          chord[1] = chord[1].substring(1);
          var x = tokenizer.getFloat(chord[1]);
          if (x.digits === 0) {
            warn("Missing first position in absolutely positioned annotation.", line, i);
            chord[1] = chord[1].replace("@", "");
            chord[2] = "above";
            return chord;
          }
          chord[1] = chord[1].substring(x.digits);
          if (chord[1][0] !== ",") {
            warn("Missing comma absolutely positioned annotation.", line, i);
            chord[1] = chord[1].replace("@", "");
            chord[2] = "above";
            return chord;
          }
          chord[1] = chord[1].substring(1);
          var y = tokenizer.getFloat(chord[1]);
          if (y.digits === 0) {
            warn("Missing second position in absolutely positioned annotation.", line, i);
            chord[1] = chord[1].replace("@", "");
            chord[2] = "above";
            return chord;
          }
          chord[1] = chord[1].substring(y.digits);
          var ws = tokenizer.skipWhiteSpace(chord[1]);
          chord[1] = chord[1].substring(ws);
          chord[2] = null;
          chord[3] = {
            x: x.value,
            y: y.value
          };
        } else {
          if (multilineVars.freegchord !== true) {
            chord[1] = chord[1].replace(/([ABCDEFG0-9])b/g, "$1\u266D");
            chord[1] = chord[1].replace(/([ABCDEFG0-9])#/g, "$1\u266F");
            chord[1] = chord[1].replace(/^([ABCDEFG])([♯♭]?)o([^A-Za-z])/g, "$1$2\xB0$3");
            chord[1] = chord[1].replace(/^([ABCDEFG])([♯♭]?)o$/g, "$1$2\xB0");
            chord[1] = chord[1].replace(/^([ABCDEFG])([♯♭]?)0([^A-Za-z])/g, "$1$2\xF8$3");
            chord[1] = chord[1].replace(/^([ABCDEFG])([♯♭]?)\^([^A-Za-z])/g, "$1$2\u2206$3");
          }
          chord[2] = "default";
          chord[1] = transpose2.chordName(multilineVars, chord[1]);
        }
        return chord;
      }
      return [0, ""];
    };
    var letter_to_grace = function(line, i) {
      if (line[i] === "{") {
        var gra = tokenizer.getBrackettedSubstring(line, i, 1, "}");
        if (!gra[2])
          warn("Missing the closing '}' while parsing grace note", line, i);
        if (line[i + gra[0]] === ")") {
          gra[0]++;
          gra[1] += ")";
        }
        var gracenotes = [];
        var ii = 0;
        var inTie = false;
        while (ii < gra[1].length) {
          var acciaccatura = false;
          if (gra[1][ii] === "/") {
            acciaccatura = true;
            ii++;
          }
          var note = getCoreNote(gra[1], ii, {}, false);
          if (note !== null) {
            note.duration = note.duration / (multilineVars.default_length * 8);
            if (acciaccatura)
              note.acciaccatura = true;
            if (note.rest) {
              warn("Rests not allowed as grace notes '" + gra[1][ii] + "' while parsing grace note", line, i);
            } else
              gracenotes.push(note);
            if (inTie) {
              note.endTie = true;
              inTie = false;
            }
            if (note.startTie)
              inTie = true;
            ii = note.endChar;
            delete note.endChar;
            if (note.end_beam) {
              note.endBeam = true;
              delete note.end_beam;
            }
          } else {
            if (gra[1][ii] === " ") {
              if (gracenotes.length > 0)
                gracenotes[gracenotes.length - 1].endBeam = true;
            } else
              warn("Unknown character '" + gra[1][ii] + "' while parsing grace note", line, i);
            ii++;
          }
        }
        if (gracenotes.length)
          return [gra[0], gracenotes];
      }
      return [0];
    };
    function letter_to_overlay(line, i) {
      if (line[i] === "&") {
        var start = i;
        while (line[i] && line[i] !== ":" && line[i] !== "|")
          i++;
        return [i - start, line.substring(start + 1, i)];
      }
      return [0];
    }
    function durationOfMeasure(multilineVars2) {
      var meter = multilineVars2.origMeter;
      if (!meter || meter.type !== "specified")
        return 1;
      if (!meter.value || meter.value.length === 0)
        return 1;
      return parseInt(meter.value[0].num, 10) / parseInt(meter.value[0].den, 10);
    }
    var letter_to_accent = function(line, i) {
      var macro = multilineVars.macros[line[i]];
      if (macro !== void 0) {
        if (macro[0] === "!" || macro[0] === "+")
          macro = macro.substring(1);
        if (macro[macro.length - 1] === "!" || macro[macro.length - 1] === "+")
          macro = macro.substring(0, macro.length - 1);
        if (legalAccents.includes(macro))
          return [1, macro];
        else if (volumeDecorations.includes(macro)) {
          if (multilineVars.volumePosition === "hidden")
            macro = "";
          return [1, macro];
        } else if (dynamicDecorations.includes(macro)) {
          if (multilineVars.dynamicPosition === "hidden")
            macro = "";
          return [1, macro];
        } else {
          if (!multilineVars.ignoredDecorations.includes(macro))
            warn("Unknown macro: " + macro, line, i);
          return [1, ""];
        }
      }
      switch (line[i]) {
        case ".":
          if (line[i + 1] === "(" || line[i + 1] === "-")
            break;
          return [1, "staccato"];
        case "u":
          return [1, "upbow"];
        case "v":
          return [1, "downbow"];
        case "~":
          return [1, "irishroll"];
        case "!":
        case "+":
          var ret = tokenizer.getBrackettedSubstring(line, i, 5);
          if (ret[1].length > 1 && (ret[1][0] === "^" || ret[1][0] === "_"))
            ret[1] = ret[1].substring(1);
          if (legalAccents.includes(ret[1]) || ret[1].indexOf("class=") === 0)
            return ret;
          if (volumeDecorations.includes(ret[1])) {
            if (multilineVars.volumePosition === "hidden")
              ret[1] = "";
            return ret;
          }
          if (dynamicDecorations.includes(ret[1])) {
            if (multilineVars.dynamicPosition === "hidden")
              ret[1] = "";
            return ret;
          }
          var ind = accentPseudonyms.findIndex(function(acc) {
            return ret[1] === acc[0];
          });
          if (ind >= 0) {
            ret[1] = accentPseudonyms[ind][1];
            return ret;
          }
          ind = accentDynamicPseudonyms.findIndex(function(acc) {
            return ret[1] === acc[0];
          });
          if (ind >= 0) {
            ret[1] = accentDynamicPseudonyms[ind][1];
            if (multilineVars.dynamicPosition === "hidden")
              ret[1] = "";
            return ret;
          }
          if (line[i] === "!" && (ret[0] === 1 || line[i + ret[0] - 1] !== "!"))
            return [1, null];
          warn("Unknown decoration: " + ret[1], line, i);
          ret[1] = "";
          return ret;
        case "H":
          return [1, "fermata"];
        case "J":
          return [1, "slide"];
        case "L":
          return [1, "accent"];
        case "M":
          return [1, "mordent"];
        case "O":
          return [1, "coda"];
        case "P":
          return [1, "pralltriller"];
        case "R":
          return [1, "roll"];
        case "S":
          return [1, "segno"];
        case "T":
          return [1, "trill"];
        case "t":
          return [1, "trillh"];
      }
      return [0, 0];
    };
    var letter_to_spacer = function(line, i) {
      var start = i;
      while (tokenizer.isWhiteSpace(line[i]))
        i++;
      return [i - start];
    };
    var letter_to_bar = function(line, curr_pos) {
      var ret = tokenizer.getBarLine(line, curr_pos);
      if (ret.len === 0)
        return [0, ""];
      if (ret.warn) {
        warn(ret.warn, line, curr_pos);
        return [ret.len, ""];
      }
      for (var ws = 0; ws < line.length; ws++)
        if (line[curr_pos + ret.len + ws] !== " ")
          break;
      var orig_bar_len = ret.len;
      if (line[curr_pos + ret.len + ws] === "[") {
        ret.len += ws + 1;
      }
      if (line[curr_pos + ret.len] === '"' && line[curr_pos + ret.len - 1] === "[") {
        var ending = tokenizer.getBrackettedSubstring(line, curr_pos + ret.len, 5);
        return [ret.len + ending[0], ret.token, ending[1]];
      }
      var retRep = tokenizer.getTokenOf(line.substring(curr_pos + ret.len), "1234567890-,");
      if (retRep.len === 0 || retRep.token[0] === "-")
        return [orig_bar_len, ret.token];
      return [ret.len + retRep.len, ret.token, retRep.token];
    };
    var letter_to_open_slurs_and_triplets = function(line, i) {
      var ret = {};
      var start = i;
      if (line[i] === "." && line[i + 1] === "(") {
        ret.dottedSlur = true;
        i++;
      }
      while (line[i] === "(" || tokenizer.isWhiteSpace(line[i])) {
        if (line[i] === "(") {
          if (i + 1 < line.length && (line[i + 1] >= "2" && line[i + 1] <= "9")) {
            if (ret.triplet !== void 0)
              warn("Can't nest triplets", line, i);
            else {
              ret.triplet = line[i + 1] - "0";
              ret.tripletQ = tripletQ[ret.triplet];
              ret.num_notes = ret.triplet;
              if (i + 2 < line.length && line[i + 2] === ":") {
                if (i + 3 < line.length && line[i + 3] === ":") {
                  if (i + 4 < line.length && (line[i + 4] >= "1" && line[i + 4] <= "9")) {
                    ret.num_notes = line[i + 4] - "0";
                    i += 3;
                  } else
                    warn("expected number after the two colons after the triplet to mark the duration", line, i);
                } else if (i + 3 < line.length && (line[i + 3] >= "1" && line[i + 3] <= "9")) {
                  ret.tripletQ = line[i + 3] - "0";
                  if (i + 4 < line.length && line[i + 4] === ":") {
                    if (i + 5 < line.length && (line[i + 5] >= "1" && line[i + 5] <= "9")) {
                      ret.num_notes = line[i + 5] - "0";
                      i += 4;
                    }
                  } else {
                    i += 2;
                  }
                } else
                  warn("expected number after the triplet to mark the duration", line, i);
              }
            }
            i++;
          } else {
            if (ret.startSlur === void 0)
              ret.startSlur = 1;
            else
              ret.startSlur++;
          }
        }
        i++;
      }
      ret.consumed = i - start;
      return ret;
    };
    MusicParser.prototype.startNewLine = function() {
      var params = { startChar: -1, endChar: -1 };
      if (multilineVars.partForNextLine.title)
        params.part = multilineVars.partForNextLine;
      params.clef = multilineVars.currentVoice && multilineVars.staves[multilineVars.currentVoice.staffNum].clef !== void 0 ? Object.assign({}, multilineVars.staves[multilineVars.currentVoice.staffNum].clef) : Object.assign({}, multilineVars.clef);
      var scoreTranspose = multilineVars.currentVoice ? multilineVars.currentVoice.scoreTranspose : 0;
      params.key = parseKeyVoice.standardKey(multilineVars.key.root + multilineVars.key.acc + multilineVars.key.mode, multilineVars.key.root, multilineVars.key.acc, scoreTranspose);
      params.key.mode = multilineVars.key.mode;
      if (multilineVars.key.impliedNaturals)
        params.key.impliedNaturals = multilineVars.key.impliedNaturals;
      if (multilineVars.key.explicitAccidentals) {
        for (var i = 0; i < multilineVars.key.explicitAccidentals.length; i++) {
          var found = false;
          for (var j = 0; j < params.key.accidentals.length; j++) {
            if (params.key.accidentals[j].note === multilineVars.key.explicitAccidentals[i].note) {
              params.key.accidentals[j].acc = multilineVars.key.explicitAccidentals[i].acc;
              found = true;
            }
          }
          if (!found)
            params.key.accidentals.push(multilineVars.key.explicitAccidentals[i]);
        }
      }
      multilineVars.targetKey = params.key;
      if (params.key.explicitAccidentals)
        delete params.key.explicitAccidentals;
      parseKeyVoice.addPosToKey(params.clef, params.key);
      if (multilineVars.meter !== null) {
        if (multilineVars.currentVoice) {
          multilineVars.staves.forEach(function(st) {
            st.meter = multilineVars.meter;
          });
          params.meter = multilineVars.staves[multilineVars.currentVoice.staffNum].meter;
          multilineVars.staves[multilineVars.currentVoice.staffNum].meter = null;
        } else
          params.meter = multilineVars.meter;
        multilineVars.meter = null;
      } else if (multilineVars.currentVoice && multilineVars.staves[multilineVars.currentVoice.staffNum].meter) {
        params.meter = multilineVars.staves[multilineVars.currentVoice.staffNum].meter;
        multilineVars.staves[multilineVars.currentVoice.staffNum].meter = null;
      }
      if (multilineVars.currentVoice && multilineVars.currentVoice.name)
        params.name = multilineVars.currentVoice.name;
      if (multilineVars.vocalfont)
        params.vocalfont = multilineVars.vocalfont;
      if (multilineVars.tripletfont)
        params.tripletfont = multilineVars.tripletfont;
      if (multilineVars.gchordfont)
        params.gchordfont = multilineVars.gchordfont;
      if (multilineVars.style)
        params.style = multilineVars.style;
      if (multilineVars.currentVoice) {
        var staff = multilineVars.staves[multilineVars.currentVoice.staffNum];
        if (staff.brace) params.brace = staff.brace;
        if (staff.bracket) params.bracket = staff.bracket;
        if (staff.connectBarLines) params.connectBarLines = staff.connectBarLines;
        if (staff.name) params.name = staff.name[multilineVars.currentVoice.index];
        if (staff.subname) params.subname = staff.subname[multilineVars.currentVoice.index];
        if (multilineVars.currentVoice.stem)
          params.stem = multilineVars.currentVoice.stem;
        if (multilineVars.currentVoice.stafflines)
          params.stafflines = multilineVars.currentVoice.stafflines;
        if (multilineVars.currentVoice.staffscale)
          params.staffscale = multilineVars.currentVoice.staffscale;
        if (multilineVars.currentVoice.scale)
          params.scale = multilineVars.currentVoice.scale;
        if (multilineVars.currentVoice.color)
          params.color = multilineVars.currentVoice.color;
        if (multilineVars.currentVoice.style)
          params.style = multilineVars.currentVoice.style;
        if (multilineVars.currentVoice.transpose)
          params.clef.transpose = multilineVars.currentVoice.transpose;
        params.currentVoice = multilineVars.currentVoice;
        var voices = Object.keys(multilineVars.voices);
        for (var mv = 0; mv < voices.length; mv++) {
          if (params.currentVoice.staffNum === multilineVars.voices[voices[mv]].staffNum && params.currentVoice.index === multilineVars.voices[voices[mv]].index)
            params.currentVoiceName = voices[mv];
        }
      }
      if (multilineVars.barNumbers === 0 && isFirstVoice() && multilineVars.currBarNumber !== 1)
        params.barNumber = multilineVars.currBarNumber;
      tuneBuilder.startNewLine(params);
      if (multilineVars.key.impliedNaturals)
        delete multilineVars.key.impliedNaturals;
      multilineVars.partForNextLine = {};
      if (multilineVars.tempoForNextLine.length === 4)
        tuneBuilder.appendElement(multilineVars.tempoForNextLine[0], multilineVars.tempoForNextLine[1], multilineVars.tempoForNextLine[2], multilineVars.tempoForNextLine[3]);
      multilineVars.tempoForNextLine = [];
    };
    var addEndBeam = function(el3) {
      if (el3.duration !== void 0 && el3.duration < 0.25)
        el3.end_beam = true;
      return el3;
    };
    var getCoreNote = function(line, index, el3, canHaveBrokenRhythm) {
      var isComplete = function(state2) {
        return state2 === "octave" || state2 === "duration" || state2 === "Zduration" || state2 === "broken_rhythm" || state2 === "end_slur";
      };
      var dottedTie;
      if (line[index] === "." && line[index + 1] === "-") {
        dottedTie = true;
        index++;
      }
      var state = "startSlur";
      var durationSetByPreviousNote = false;
      while (1) {
        switch (line[index]) {
          case "(":
            if (state === "startSlur") {
              if (el3.startSlur === void 0) el3.startSlur = 1;
              else el3.startSlur++;
            } else if (isComplete(state)) {
              el3.endChar = index;
              return el3;
            } else return null;
            break;
          case ")":
            if (isComplete(state)) {
              if (el3.endSlur === void 0) el3.endSlur = 1;
              else el3.endSlur++;
            } else return null;
            break;
          case "^":
            if (state === "startSlur") {
              el3.accidental = "sharp";
              state = "sharp2";
            } else if (state === "sharp2") {
              el3.accidental = "dblsharp";
              state = "pitch";
            } else if (isComplete(state)) {
              el3.endChar = index;
              return el3;
            } else return null;
            break;
          case "_":
            if (state === "startSlur") {
              el3.accidental = "flat";
              state = "flat2";
            } else if (state === "flat2") {
              el3.accidental = "dblflat";
              state = "pitch";
            } else if (isComplete(state)) {
              el3.endChar = index;
              return el3;
            } else return null;
            break;
          case "=":
            if (state === "startSlur") {
              el3.accidental = "natural";
              state = "pitch";
            } else if (isComplete(state)) {
              el3.endChar = index;
              return el3;
            } else return null;
            break;
          case "A":
          case "B":
          case "C":
          case "D":
          case "E":
          case "F":
          case "G":
          case "a":
          case "b":
          case "c":
          case "d":
          case "e":
          case "f":
          case "g":
            if (state === "startSlur" || state === "sharp2" || state === "flat2" || state === "pitch") {
              el3.pitch = pitches[line[index]];
              el3.pitch += 7 * (multilineVars.currentVoice && multilineVars.currentVoice.octave !== void 0 ? multilineVars.currentVoice.octave : multilineVars.octave);
              el3.name = line[index];
              if (el3.accidental)
                el3.name = accMap[el3.accidental] + el3.name;
              transpose2.note(multilineVars, el3);
              state = "octave";
              if (canHaveBrokenRhythm && multilineVars.next_note_duration !== 0) {
                el3.duration = multilineVars.default_length * multilineVars.next_note_duration;
                multilineVars.next_note_duration = 0;
                durationSetByPreviousNote = true;
              } else
                el3.duration = multilineVars.default_length;
              if (multilineVars.clef && multilineVars.clef.type === "perc" || multilineVars.currentVoice && multilineVars.currentVoice.clef === "perc") {
                var key = line[index];
                if (el3.accidental) {
                  key = accMap[el3.accidental] + key;
                }
                if (tune.formatting && tune.formatting.midi && tune.formatting.midi.drummap)
                  el3.midipitch = tune.formatting.midi.drummap[key];
              }
            } else if (isComplete(state)) {
              el3.endChar = index;
              return el3;
            } else return null;
            break;
          case ",":
            if (state === "octave") {
              el3.pitch -= 7;
              el3.name += ",";
            } else if (isComplete(state)) {
              el3.endChar = index;
              return el3;
            } else return null;
            break;
          case "'":
            if (state === "octave") {
              el3.pitch += 7;
              el3.name += "'";
            } else if (isComplete(state)) {
              el3.endChar = index;
              return el3;
            } else return null;
            break;
          case "x":
          case "X":
          case "y":
          case "z":
          case "Z":
            if (state === "startSlur") {
              el3.rest = { type: rests[line[index]] };
              delete el3.accidental;
              delete el3.startSlur;
              delete el3.startTie;
              delete el3.endSlur;
              delete el3.endTie;
              delete el3.end_beam;
              delete el3.grace_notes;
              if (el3.rest.type.indexOf("multimeasure") >= 0) {
                el3.duration = tune.getBarLength();
                el3.rest.text = 1;
                state = "Zduration";
              } else {
                if (canHaveBrokenRhythm && multilineVars.next_note_duration !== 0) {
                  el3.duration = multilineVars.default_length * multilineVars.next_note_duration;
                  multilineVars.next_note_duration = 0;
                  durationSetByPreviousNote = true;
                } else
                  el3.duration = multilineVars.default_length;
                state = "duration";
              }
            } else if (isComplete(state)) {
              el3.endChar = index;
              return el3;
            } else return null;
            break;
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7":
          case "8":
          case "9":
          case "0":
          case "/":
            if (state === "octave" || state === "duration") {
              var fraction2 = tokenizer.getFraction(line, index);
              el3.duration = el3.duration * fraction2.value;
              el3.endChar = fraction2.index;
              while (fraction2.index < line.length && (tokenizer.isWhiteSpace(line[fraction2.index]) || line[fraction2.index] === "-")) {
                if (line[fraction2.index] === "-")
                  el3.startTie = {};
                else
                  el3 = addEndBeam(el3);
                fraction2.index++;
              }
              index = fraction2.index - 1;
              state = "broken_rhythm";
            } else if (state === "sharp2") {
              el3.accidental = "quartersharp";
              state = "pitch";
            } else if (state === "flat2") {
              el3.accidental = "quarterflat";
              state = "pitch";
            } else if (state === "Zduration") {
              var num = tokenizer.getNumber(line, index);
              el3.duration = num.num * tune.getBarLength();
              el3.rest.text = num.num;
              el3.endChar = num.index;
              return el3;
            } else return null;
            break;
          case "-":
            if (state === "startSlur") {
              tuneBuilder.addTieToLastNote(dottedTie);
              el3.endTie = true;
            } else if (state === "octave" || state === "duration" || state === "end_slur") {
              el3.startTie = {};
              if (!durationSetByPreviousNote && canHaveBrokenRhythm)
                state = "broken_rhythm";
              else {
                if (tokenizer.isWhiteSpace(line[index + 1]))
                  addEndBeam(el3);
                el3.endChar = index + 1;
                return el3;
              }
            } else if (state === "broken_rhythm") {
              el3.endChar = index;
              return el3;
            } else return null;
            break;
          case " ":
          case "	":
            if (isComplete(state)) {
              el3.end_beam = true;
              dottedTie = false;
              do {
                if (line[index] === "." && line[index + 1] === "-") {
                  dottedTie = true;
                  index++;
                }
                if (line[index] === "-") {
                  el3.startTie = {};
                  if (dottedTie)
                    el3.startTie.style = "dotted";
                }
                index++;
              } while (index < line.length && (tokenizer.isWhiteSpace(line[index]) || line[index] === "-") || line[index] === "." && line[index + 1] === "-");
              el3.endChar = index;
              if (!durationSetByPreviousNote && canHaveBrokenRhythm && (line[index] === "<" || line[index] === ">")) {
                index--;
                state = "broken_rhythm";
              } else
                return el3;
            } else return null;
            break;
          case ">":
          case "<":
            if (isComplete(state)) {
              if (canHaveBrokenRhythm) {
                var br2 = getBrokenRhythm(line, index);
                index += br2[0] - 1;
                multilineVars.next_note_duration = br2[2];
                el3.duration = br2[1] * el3.duration;
                state = "end_slur";
              } else {
                el3.endChar = index;
                return el3;
              }
            } else
              return null;
            break;
          default:
            if (isComplete(state)) {
              el3.endChar = index;
              return el3;
            }
            return null;
        }
        index++;
        if (index === line.length) {
          if (isComplete(state)) {
            el3.endChar = index;
            return el3;
          } else return null;
        }
      }
      return null;
    };
    var getBrokenRhythm = function(line, index) {
      switch (line[index]) {
        case ">":
          if (index < line.length - 2 && line[index + 1] === ">" && line[index + 2] === ">")
            return [3, 1.875, 0.125];
          else if (index < line.length - 1 && line[index + 1] === ">")
            return [2, 1.75, 0.25];
          else
            return [1, 1.5, 0.5];
        case "<":
          if (index < line.length - 2 && line[index + 1] === "<" && line[index + 2] === "<")
            return [3, 0.125, 1.875];
          else if (index < line.length - 1 && line[index + 1] === "<")
            return [2, 0.25, 1.75];
          else
            return [1, 0.5, 1.5];
      }
      return null;
    };
    function isFirstVoice() {
      return multilineVars.currentVoice === void 0 || multilineVars.currentVoice.staffNum === 0 && multilineVars.currentVoice.index === 0;
    }
    module2.exports = MusicParser;
  }
});

// node_modules/abcjs/src/parse/abc_tokenizer.js
var require_abc_tokenizer = __commonJS({
  "node_modules/abcjs/src/parse/abc_tokenizer.js"(exports2, module2) {
    var parseCommon = require_abc_common();
    var Tokenizer = function(lines, multilineVars) {
      this.lineIndex = 0;
      this.lines = lines;
      this.multilineVars = multilineVars;
      this.skipWhiteSpace = function(str) {
        for (var i = 0; i < str.length; i++) {
          if (!this.isWhiteSpace(str[i]))
            return i;
        }
        return str.length;
      };
      var finished = function(str, i) {
        return i >= str.length;
      };
      this.eatWhiteSpace = function(line, index) {
        for (var i = index; i < line.length; i++) {
          if (!this.isWhiteSpace(line[i]))
            return i - index;
        }
        return i - index;
      };
      this.getKeyPitch = function(str) {
        var i = this.skipWhiteSpace(str);
        if (finished(str, i))
          return { len: 0 };
        switch (str[i]) {
          case "A":
            return { len: i + 1, token: "A" };
          case "B":
            return { len: i + 1, token: "B" };
          case "C":
            return { len: i + 1, token: "C" };
          case "D":
            return { len: i + 1, token: "D" };
          case "E":
            return { len: i + 1, token: "E" };
          case "F":
            return { len: i + 1, token: "F" };
          case "G":
            return { len: i + 1, token: "G" };
        }
        return { len: 0 };
      };
      this.getSharpFlat = function(str) {
        if (str === "bass")
          return { len: 0 };
        switch (str[0]) {
          case "#":
            return { len: 1, token: "#" };
          case "b":
            return { len: 1, token: "b" };
        }
        return { len: 0 };
      };
      this.getMode = function(str) {
        var skipAlpha = function(str2, start) {
          while (start < str2.length && (str2[start] >= "a" && str2[start] <= "z" || str2[start] >= "A" && str2[start] <= "Z"))
            start++;
          return start;
        };
        var i = this.skipWhiteSpace(str);
        if (finished(str, i))
          return { len: 0 };
        var firstThree = str.substring(i, i + 3).toLowerCase();
        if (firstThree.length > 1 && firstThree[1] === " " || firstThree[1] === "^" || firstThree[1] === "_" || firstThree[1] === "=") firstThree = firstThree[0];
        switch (firstThree) {
          case "mix":
            return { len: skipAlpha(str, i), token: "Mix" };
          case "dor":
            return { len: skipAlpha(str, i), token: "Dor" };
          case "phr":
            return { len: skipAlpha(str, i), token: "Phr" };
          case "lyd":
            return { len: skipAlpha(str, i), token: "Lyd" };
          case "loc":
            return { len: skipAlpha(str, i), token: "Loc" };
          case "aeo":
            return { len: skipAlpha(str, i), token: "m" };
          case "maj":
            return { len: skipAlpha(str, i), token: "" };
          case "ion":
            return { len: skipAlpha(str, i), token: "" };
          case "min":
            return { len: skipAlpha(str, i), token: "m" };
          case "m":
            return { len: skipAlpha(str, i), token: "m" };
        }
        return { len: 0 };
      };
      this.getClef = function(str, bExplicitOnly) {
        var strOrig = str;
        var i = this.skipWhiteSpace(str);
        if (finished(str, i))
          return { len: 0 };
        var needsClef = false;
        var strClef = str.substring(i);
        if (parseCommon.startsWith(strClef, "clef=")) {
          needsClef = true;
          strClef = strClef.substring(5);
          i += 5;
        }
        if (strClef.length === 0 && needsClef)
          return { len: i + 5, warn: "No clef specified: " + strOrig };
        var j = this.skipWhiteSpace(strClef);
        if (finished(strClef, j))
          return { len: 0 };
        if (j > 0) {
          i += j;
          strClef = strClef.substring(j);
        }
        var name = null;
        if (parseCommon.startsWith(strClef, "treble"))
          name = "treble";
        else if (parseCommon.startsWith(strClef, "bass3"))
          name = "bass3";
        else if (parseCommon.startsWith(strClef, "bass"))
          name = "bass";
        else if (parseCommon.startsWith(strClef, "tenor"))
          name = "tenor";
        else if (parseCommon.startsWith(strClef, "alto2"))
          name = "alto2";
        else if (parseCommon.startsWith(strClef, "alto1"))
          name = "alto1";
        else if (parseCommon.startsWith(strClef, "alto"))
          name = "alto";
        else if (!bExplicitOnly && (needsClef && parseCommon.startsWith(strClef, "none")))
          name = "none";
        else if (parseCommon.startsWith(strClef, "perc"))
          name = "perc";
        else if (!bExplicitOnly && (needsClef && parseCommon.startsWith(strClef, "C")))
          name = "tenor";
        else if (!bExplicitOnly && (needsClef && parseCommon.startsWith(strClef, "F")))
          name = "bass";
        else if (!bExplicitOnly && (needsClef && parseCommon.startsWith(strClef, "G")))
          name = "treble";
        else
          return { len: i + 5, warn: "Unknown clef specified: " + strOrig };
        strClef = strClef.substring(name.length);
        j = this.isMatch(strClef, "+8");
        if (j > 0)
          name += "+8";
        else {
          j = this.isMatch(strClef, "-8");
          if (j > 0)
            name += "-8";
        }
        return { len: i + name.length, token: name, explicit: needsClef };
      };
      this.getBarLine = function(line, i) {
        switch (line[i]) {
          case "]":
            ++i;
            switch (line[i]) {
              case "|":
                return { len: 2, token: "bar_thick_thin" };
              case "[":
                ++i;
                if (line[i] >= "1" && line[i] <= "9" || line[i] === '"')
                  return { len: 2, token: "bar_invisible" };
                return { len: 1, warn: "Unknown bar symbol" };
              default:
                return { len: 1, token: "bar_invisible" };
            }
            break;
          case ":":
            ++i;
            switch (line[i]) {
              case ":":
                return { len: 2, token: "bar_dbl_repeat" };
              case "|":
                ++i;
                switch (line[i]) {
                  case "]":
                    ++i;
                    switch (line[i]) {
                      case "|":
                        ++i;
                        if (line[i] === ":") return { len: 5, token: "bar_dbl_repeat" };
                        return { len: 3, token: "bar_right_repeat" };
                      default:
                        return { len: 3, token: "bar_right_repeat" };
                    }
                    break;
                  case "|":
                    ++i;
                    if (line[i] === ":") return { len: 4, token: "bar_dbl_repeat" };
                    return { len: 3, token: "bar_right_repeat" };
                  default:
                    return { len: 2, token: "bar_right_repeat" };
                }
                break;
              default:
                return { len: 1, warn: "Unknown bar symbol" };
            }
            break;
          case "[":
            ++i;
            if (line[i] === "|") {
              ++i;
              switch (line[i]) {
                case ":":
                  return { len: 3, token: "bar_left_repeat" };
                case "]":
                  return { len: 3, token: "bar_invisible" };
                default:
                  return { len: 2, token: "bar_thick_thin" };
              }
            } else {
              if (line[i] >= "1" && line[i] <= "9" || line[i] === '"')
                return { len: 1, token: "bar_invisible" };
              return { len: 0 };
            }
            break;
          case "|":
            ++i;
            switch (line[i]) {
              case "]":
                return { len: 2, token: "bar_thin_thick" };
              case "|":
                ++i;
                if (line[i] === ":") return { len: 3, token: "bar_left_repeat" };
                return { len: 2, token: "bar_thin_thin" };
              case ":":
                var colons = 0;
                while (line[i + colons] === ":") colons++;
                return { len: 1 + colons, token: "bar_left_repeat" };
              default:
                return { len: 1, token: "bar_thin" };
            }
            break;
        }
        return { len: 0 };
      };
      this.getTokenOf = function(str, legalChars) {
        for (var i = 0; i < str.length; i++) {
          if (legalChars.indexOf(str[i]) < 0)
            return { len: i, token: str.substring(0, i) };
        }
        return { len: i, token: str };
      };
      this.getToken = function(str, start, end) {
        var i = start;
        while (i < end && !this.isWhiteSpace(str[i]))
          i++;
        return str.substring(start, i);
      };
      this.isMatch = function(str, match) {
        var i = this.skipWhiteSpace(str);
        if (finished(str, i))
          return 0;
        if (parseCommon.startsWith(str.substring(i), match))
          return i + match.length;
        return 0;
      };
      this.getPitchFromTokens = function(tokens) {
        var ret = {};
        var pitches = { A: 5, B: 6, C: 0, D: 1, E: 2, F: 3, G: 4, a: 12, b: 13, c: 7, d: 8, e: 9, f: 10, g: 11 };
        ret.position = pitches[tokens[0].token];
        if (ret.position === void 0)
          return { warn: "Pitch expected. Found: " + tokens[0].token };
        tokens.shift();
        while (tokens.length) {
          switch (tokens[0].token) {
            case ",":
              ret.position -= 7;
              tokens.shift();
              break;
            case "'":
              ret.position += 7;
              tokens.shift();
              break;
            default:
              return ret;
          }
        }
        return ret;
      };
      this.getKeyAccidentals2 = function(tokens) {
        var accs;
        while (tokens.length > 0) {
          var acc;
          if (tokens[0].token === "^") {
            acc = "sharp";
            tokens.shift();
            if (tokens.length === 0) return { accs, warn: "Expected note name after " + acc };
            switch (tokens[0].token) {
              case "^":
                acc = "dblsharp";
                tokens.shift();
                break;
              case "/":
                acc = "quartersharp";
                tokens.shift();
                break;
            }
          } else if (tokens[0].token === "=") {
            acc = "natural";
            tokens.shift();
          } else if (tokens[0].token === "_") {
            acc = "flat";
            tokens.shift();
            if (tokens.length === 0) return { accs, warn: "Expected note name after " + acc };
            switch (tokens[0].token) {
              case "_":
                acc = "dblflat";
                tokens.shift();
                break;
              case "/":
                acc = "quarterflat";
                tokens.shift();
                break;
            }
          } else {
            return { accs };
          }
          if (tokens.length === 0) return { accs, warn: "Expected note name after " + acc };
          switch (tokens[0].token[0]) {
            case "a":
            case "b":
            case "c":
            case "d":
            case "e":
            case "f":
            case "g":
            case "A":
            case "B":
            case "C":
            case "D":
            case "E":
            case "F":
            case "G":
              if (accs === void 0)
                accs = [];
              accs.push({ acc, note: tokens[0].token[0] });
              if (tokens[0].token.length === 1)
                tokens.shift();
              else
                tokens[0].token = tokens[0].token.substring(1);
              break;
            default:
              return { accs, warn: "Expected note name after " + acc + " Found: " + tokens[0].token };
          }
        }
        return { accs };
      };
      this.getKeyAccidental = function(str) {
        var accTranslation = {
          "^": "sharp",
          "^^": "dblsharp",
          "=": "natural",
          "_": "flat",
          "__": "dblflat",
          "_/": "quarterflat",
          "^/": "quartersharp"
        };
        var i = this.skipWhiteSpace(str);
        if (finished(str, i))
          return { len: 0 };
        var acc = null;
        switch (str[i]) {
          case "^":
          case "_":
          case "=":
            acc = str[i];
            break;
          default:
            return { len: 0 };
        }
        i++;
        if (finished(str, i))
          return { len: 1, warn: "Expected note name after accidental" };
        switch (str[i]) {
          case "a":
          case "b":
          case "c":
          case "d":
          case "e":
          case "f":
          case "g":
          case "A":
          case "B":
          case "C":
          case "D":
          case "E":
          case "F":
          case "G":
            return { len: i + 1, token: { acc: accTranslation[acc], note: str[i] } };
          case "^":
          case "_":
          case "/":
            acc += str[i];
            i++;
            if (finished(str, i))
              return { len: 2, warn: "Expected note name after accidental" };
            switch (str[i]) {
              case "a":
              case "b":
              case "c":
              case "d":
              case "e":
              case "f":
              case "g":
              case "A":
              case "B":
              case "C":
              case "D":
              case "E":
              case "F":
              case "G":
                return { len: i + 1, token: { acc: accTranslation[acc], note: str[i] } };
              default:
                return { len: 2, warn: "Expected note name after accidental" };
            }
            break;
          default:
            return { len: 1, warn: "Expected note name after accidental" };
        }
      };
      this.isWhiteSpace = function(ch) {
        return ch === " " || ch === "	" || ch === "";
      };
      this.getMeat = function(line, start, end) {
        var comment = line.indexOf("%", start);
        if (comment >= 0 && comment < end)
          end = comment;
        while (start < end && (line[start] === " " || line[start] === "	" || line[start] === ""))
          start++;
        while (start < end && (line[end - 1] === " " || line[end - 1] === "	" || line[end - 1] === ""))
          end--;
        return { start, end };
      };
      var isLetter = function(ch) {
        return ch >= "A" && ch <= "Z" || ch >= "a" && ch <= "z";
      };
      var isNumber = function(ch) {
        return ch >= "0" && ch <= "9";
      };
      this.tokenize = function(line, start, end, alphaUntilWhiteSpace) {
        var ret = this.getMeat(line, start, end);
        start = ret.start;
        end = ret.end;
        var tokens = [];
        var i;
        while (start < end) {
          if (line[start] === '"') {
            i = start + 1;
            while (i < end && line[i] !== '"') i++;
            tokens.push({ type: "quote", token: line.substring(start + 1, i), start: start + 1, end: i });
            i++;
          } else if (isLetter(line[start])) {
            i = start + 1;
            if (alphaUntilWhiteSpace)
              while (i < end && !this.isWhiteSpace(line[i])) i++;
            else
              while (i < end && isLetter(line[i])) i++;
            tokens.push({ type: "alpha", token: line.substring(start, i), continueId: isNumber(line[i]), start, end: i });
            start = i + 1;
          } else if (line[start] === "." && isNumber(line[i + 1])) {
            i = start + 1;
            var int2 = null;
            var float2 = null;
            while (i < end && isNumber(line[i])) i++;
            float2 = parseFloat(line.substring(start, i));
            tokens.push({ type: "number", token: line.substring(start, i), intt: int2, floatt: float2, continueId: isLetter(line[i]), start, end: i });
            start = i + 1;
          } else if (isNumber(line[start]) || line[start] === "-" && isNumber(line[i + 1])) {
            i = start + 1;
            var intt = null;
            var floatt = null;
            while (i < end && isNumber(line[i])) i++;
            if (line[i] === "." && isNumber(line[i + 1])) {
              i++;
              while (i < end && isNumber(line[i])) i++;
            } else
              intt = parseInt(line.substring(start, i));
            floatt = parseFloat(line.substring(start, i));
            tokens.push({ type: "number", token: line.substring(start, i), intt, floatt, continueId: isLetter(line[i]), start, end: i });
            start = i + 1;
          } else if (line[start] === " " || line[start] === "	") {
            i = start + 1;
          } else {
            tokens.push({ type: "punct", token: line[start], start, end: start + 1 });
            i = start + 1;
          }
          start = i;
        }
        return tokens;
      };
      this.getVoiceToken = function(line, start, end) {
        var i = start;
        while (i < end && this.isWhiteSpace(line[i]) || line[i] === "=")
          i++;
        if (line[i] === '"') {
          var close = line.indexOf('"', i + 1);
          if (close === -1 || close >= end)
            return { len: 1, err: "Missing close quote" };
          return { len: close - start + 1, token: this.translateString(line.substring(i + 1, close)) };
        } else {
          var ii = i;
          while (ii < end && !this.isWhiteSpace(line[ii]) && line[ii] !== "=")
            ii++;
          return { len: ii - start + 1, token: line.substring(i, ii) };
        }
      };
      var charMap = {
        "`a": "\xE0",
        "'a": "\xE1",
        "^a": "\xE2",
        "~a": "\xE3",
        '"a': "\xE4",
        "oa": "\xE5",
        "aa": "\xE5",
        "=a": "\u0101",
        "ua": "\u0103",
        ";a": "\u0105",
        "`e": "\xE8",
        "'e": "\xE9",
        "^e": "\xEA",
        '"e': "\xEB",
        "=e": "\u0113",
        "ue": "\u0115",
        ";e": "\u0119",
        ".e": "\u0117",
        "`i": "\xEC",
        "'i": "\xED",
        "^i": "\xEE",
        '"i': "\xEF",
        "=i": "\u012B",
        "ui": "\u012D",
        ";i": "\u012F",
        "`o": "\xF2",
        "'o": "\xF3",
        "^o": "\xF4",
        "~o": "\xF5",
        '"o': "\xF6",
        "=o": "\u014D",
        "uo": "\u014F",
        "/o": "\xF8",
        "`u": "\xF9",
        "'u": "\xFA",
        "^u": "\xFB",
        "~u": "\u0169",
        '"u': "\xFC",
        "ou": "\u016F",
        "=u": "\u016B",
        "uu": "\u016D",
        ";u": "\u0173",
        "`A": "\xC0",
        "'A": "\xC1",
        "^A": "\xC2",
        "~A": "\xC3",
        '"A': "\xC4",
        "oA": "\xC5",
        "AA": "\xC5",
        "=A": "\u0100",
        "uA": "\u0102",
        ";A": "\u0104",
        "`E": "\xC8",
        "'E": "\xC9",
        "^E": "\xCA",
        '"E': "\xCB",
        "=E": "\u0112",
        "uE": "\u0114",
        ";E": "\u0118",
        ".E": "\u0116",
        "`I": "\xCC",
        "'I": "\xCD",
        "^I": "\xCE",
        "~I": "\u0128",
        '"I': "\xCF",
        "=I": "\u012A",
        "uI": "\u012C",
        ";I": "\u012E",
        ".I": "\u0130",
        "`O": "\xD2",
        "'O": "\xD3",
        "^O": "\xD4",
        "~O": "\xD5",
        '"O': "\xD6",
        "=O": "\u014C",
        "uO": "\u014E",
        "/O": "\xD8",
        "`U": "\xD9",
        "'U": "\xDA",
        "^U": "\xDB",
        "~U": "\u0168",
        '"U': "\xDC",
        "oU": "\u016E",
        "=U": "\u016A",
        "uU": "\u016C",
        ";U": "\u0172",
        "ae": "\xE6",
        "AE": "\xC6",
        "oe": "\u0153",
        "OE": "\u0152",
        "ss": "\xDF",
        "'c": "\u0107",
        "^c": "\u0109",
        "uc": "\u010D",
        "cc": "\xE7",
        ".c": "\u010B",
        "cC": "\xC7",
        "'C": "\u0106",
        "^C": "\u0108",
        "uC": "\u010C",
        ".C": "\u010A",
        "~N": "\xD1",
        "~n": "\xF1",
        "=s": "\u0161",
        "vs": "\u0161",
        "DH": "\xD0",
        "dh": "\xF0",
        "HO": "\u0150",
        "Ho": "\u0151",
        "HU": "\u0170",
        "Hu": "\u0171",
        "'Y": "\xDD",
        "'y": "\xFD",
        "^Y": "\u0176",
        "^y": "\u0177",
        '"Y': "\u0178",
        '"y': "\xFF",
        "vS": "\u0160",
        "vZ": "\u017D",
        "vz": "\u017E"
        // More chars: Ĳ ĳ Ď ď Đ đ Ĝ ĝ Ğ ğ Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ Ĵ ĵ Ķ ķ ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ ŀ Ł ł Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ Ŕ ŕ Ŗ ŗ Ř ř Ś ś Ŝ ŝ Ş ş Š Ţ ţ Ť ť Ŧ ŧ Ŵ ŵ Ź ź Ż ż Ž
      };
      var charMap1 = {
        "#": "\u266F",
        "b": "\u266D",
        "=": "\u266E"
      };
      var charMap2 = {
        "201": "\u266F",
        "202": "\u266D",
        "203": "\u266E",
        "241": "\xA1",
        "242": "\xA2",
        "252": "a",
        "262": "2",
        "272": "o",
        "302": "\xC2",
        "312": "\xCA",
        "322": "\xD2",
        "332": "\xDA",
        "342": "\xE2",
        "352": "\xEA",
        "362": "\xF2",
        "372": "\xFA",
        "243": "\xA3",
        "253": "\xAB",
        "263": "3",
        "273": "\xBB",
        "303": "\xC3",
        "313": "\xCB",
        "323": "\xD3",
        "333": "\xDB",
        "343": "\xE3",
        "353": "\xEB",
        "363": "\xF3",
        "373": "\xFB",
        "244": "\xA4",
        "254": "\xAC",
        "264": "  \u0301",
        "274": "1\u20444",
        "304": "\xC4",
        "314": "\xCC",
        "324": "\xD4",
        "334": "\xDC",
        "344": "\xE4",
        "354": "\xEC",
        "364": "\xF4",
        "374": "\xFC",
        "245": "\xA5",
        "255": "-",
        "265": "\u03BC",
        "275": "1\u20442",
        "305": "\xC5",
        "315": "\xCD",
        "325": "\xD5",
        "335": "\xDD",
        "345": "\xE5",
        "355": "\xED",
        "365": "\xF5",
        "375": "\xFD",
        "246": "\xA6",
        "256": "\xAE",
        "266": "\xB6",
        "276": "3\u20444",
        "306": "\xC6",
        "316": "\xCE",
        "326": "\xD6",
        "336": "\xDE",
        "346": "\xE6",
        "356": "\xEE",
        "366": "\xF6",
        "376": "\xFE",
        "247": "\xA7",
        "257": " \u0304",
        "267": "\xB7",
        "277": "\xBF",
        "307": "\xC7",
        "317": "\xCF",
        "327": "\xD7",
        "337": "\xDF",
        "347": "\xE7",
        "357": "\xEF",
        "367": "\xF7",
        "377": "\xFF",
        "250": " \u0308",
        "260": "\xB0",
        "270": " \u0327",
        "300": "\xC0",
        "310": "\xC8",
        "320": "\xD0",
        "330": "\xD8",
        "340": "\xE0",
        "350": "\xE8",
        "360": "\xF0",
        "370": "\xF8",
        "251": "\xA9",
        "261": "\xB1",
        "271": "1",
        "301": "\xC1",
        "311": "\xC9",
        "321": "\xD1",
        "331": "\xD9",
        "341": "\xE1",
        "351": "\xE9",
        "361": "\xF1",
        "371": "\xF9"
      };
      this.translateString = function(str) {
        var arr = str.split("\\");
        if (arr.length === 1) return str;
        var out = null;
        arr.forEach(function(s) {
          if (out === null)
            out = s;
          else {
            var c = charMap[s.substring(0, 2)];
            if (c !== void 0)
              out += c + s.substring(2);
            else {
              c = charMap2[s.substring(0, 3)];
              if (c !== void 0)
                out += c + s.substring(3);
              else {
                c = charMap1[s.substring(0, 1)];
                if (c !== void 0)
                  out += c + s.substring(1);
                else
                  out += "\\" + s;
              }
            }
          }
        });
        return out;
      };
      this.getNumber = function(line, index) {
        var num = 0;
        while (index < line.length) {
          switch (line[index]) {
            case "0":
              num = num * 10;
              index++;
              break;
            case "1":
              num = num * 10 + 1;
              index++;
              break;
            case "2":
              num = num * 10 + 2;
              index++;
              break;
            case "3":
              num = num * 10 + 3;
              index++;
              break;
            case "4":
              num = num * 10 + 4;
              index++;
              break;
            case "5":
              num = num * 10 + 5;
              index++;
              break;
            case "6":
              num = num * 10 + 6;
              index++;
              break;
            case "7":
              num = num * 10 + 7;
              index++;
              break;
            case "8":
              num = num * 10 + 8;
              index++;
              break;
            case "9":
              num = num * 10 + 9;
              index++;
              break;
            default:
              return { num, index };
          }
        }
        return { num, index };
      };
      this.getFraction = function(line, index) {
        var num = 1;
        var den = 1;
        if (line[index] !== "/") {
          var ret = this.getNumber(line, index);
          num = ret.num;
          index = ret.index;
        }
        if (line[index] === "/") {
          index++;
          if (line[index] === "/") {
            var div = 0.5;
            while (line[index++] === "/")
              div = div / 2;
            return { value: num * div, index: index - 1 };
          } else {
            var iSave = index;
            var ret2 = this.getNumber(line, index);
            if (ret2.num === 0 && iSave === index)
              ret2.num = 2;
            if (ret2.num !== 0)
              den = ret2.num;
            index = ret2.index;
          }
        }
        return { value: num / den, index };
      };
      function getTitleNumber(str) {
        const regex = /^(\d+)\./;
        const match = regex.exec(str);
        if (match) {
          const foundNumber = match[1];
          return foundNumber;
        } else {
          return null;
        }
      }
      var thePatterns = [
        { match: /,\s*The$/, replace: "The " },
        { match: /,\s*the$/, replace: "the " },
        { match: /,\s*A$/, replace: "A " },
        { match: /,\s*a$/, replace: "a " },
        { match: /,\s*An$/, replace: "An " },
        { match: /,\s*an$/, replace: "an " },
        { match: /,\s*Da$/, replace: "Da " },
        { match: /,\s*La$/, replace: "La " },
        { match: /,\s*Le$/, replace: "Le " },
        { match: /,\s*Les$/, replace: "Les " },
        { match: /,\s*Ye$/, replace: "Ye " }
      ];
      this.theReverser = function(str) {
        for (var i = 0; i < thePatterns.length; i++) {
          var thisPattern = thePatterns[i];
          var match = str.match(thisPattern.match);
          if (match) {
            var theTitleNumber = getTitleNumber(str);
            if (theTitleNumber) {
              str = str.replace(theTitleNumber + ".", "");
              str = str.trim();
            }
            var len = match[0].length;
            var result = thisPattern.replace + str.substring(0, str.length - len);
            if (theTitleNumber) {
              result = theTitleNumber + ". " + result;
            }
            return result;
          }
        }
        return str;
      };
      this.stripComment = function(str) {
        var i = str.indexOf("%");
        if (i >= 0)
          return parseCommon.strip(str.substring(0, i));
        return parseCommon.strip(str);
      };
      this.getInt = function(str) {
        var x = parseInt(str);
        if (isNaN(x))
          return { digits: 0 };
        var s = "" + x;
        var i = str.indexOf(s);
        return { value: x, digits: i + s.length };
      };
      this.getFloat = function(str) {
        var x = parseFloat(str);
        if (isNaN(x))
          return { digits: 0 };
        var s = "" + x;
        var i = str.indexOf(s);
        return { value: x, digits: i + s.length };
      };
      this.getMeasurement = function(tokens) {
        if (tokens.length === 0) return { used: 0 };
        var used = 1;
        var num = "";
        if (tokens[0].token === "-") {
          tokens.shift();
          num = "-";
          used++;
        } else if (tokens[0].type !== "number") return { used: 0 };
        num += tokens.shift().token;
        if (tokens.length === 0) return { used: 1, value: parseInt(num) };
        var x = tokens.shift();
        if (x.token === ".") {
          used++;
          if (tokens.length === 0) return { used, value: parseInt(num) };
          if (tokens[0].type === "number") {
            x = tokens.shift();
            num = num + "." + x.token;
            used++;
            if (tokens.length === 0) return { used, value: parseFloat(num) };
          }
          x = tokens.shift();
        }
        switch (x.token) {
          case "pt":
            return { used: used + 1, value: parseFloat(num) };
          case "px":
            return { used: used + 1, value: parseFloat(num) };
          case "cm":
            return { used: used + 1, value: parseFloat(num) / 2.54 * 72 };
          case "in":
            return { used: used + 1, value: parseFloat(num) * 72 };
          default:
            tokens.unshift(x);
            return { used, value: parseFloat(num) };
        }
      };
      var substInChord = function(str) {
        str = str.replace(/\\n/g, "\n");
        str = str.replace(/\\"/g, '"');
        return str;
      };
      this.getBrackettedSubstring = function(line, i, maxErrorChars, _matchChar) {
        var matchChar = _matchChar || line[i];
        var pos = i + 1;
        var esc = false;
        while (pos < line.length && (esc || line[pos] !== matchChar)) {
          esc = line[pos] === "\\";
          ++pos;
        }
        if (line[pos] === matchChar)
          return [pos - i + 1, substInChord(line.substring(i + 1, pos)), true];
        else {
          pos = i + maxErrorChars;
          if (pos > line.length - 1)
            pos = line.length - 1;
          return [pos - i + 1, substInChord(line.substring(i + 1, pos)), false];
        }
      };
    };
    Tokenizer.prototype.peekLine = function() {
      return this.lines[this.lineIndex];
    };
    Tokenizer.prototype.nextLine = function() {
      if (this.lineIndex > 0) {
        this.multilineVars.iChar += this.lines[this.lineIndex - 1].length + 1;
      }
      if (this.lineIndex < this.lines.length) {
        var result = this.lines[this.lineIndex];
        this.lineIndex++;
        return result;
      }
      return null;
    };
    module2.exports = Tokenizer;
  }
});

// node_modules/abcjs/src/parse/wrap_lines.js
var require_wrap_lines = __commonJS({
  "node_modules/abcjs/src/parse/wrap_lines.js"(exports2, module2) {
    function wrapLines(tune, lineBreaks, barNumbers) {
      if (!lineBreaks || tune.lines.length === 0)
        return;
      var lines = tune.deline({ lineBreaks: false });
      var linesBreakElements = findLineBreaks(lines, lineBreaks);
      tune.lines = addLineBreaks(lines, linesBreakElements, barNumbers);
      tune.lineBreaks = linesBreakElements;
    }
    function addLineBreaks(lines, linesBreakElements, barNumbers) {
      var outputLines = [];
      var lastKeySig = [];
      var lastStem = [];
      var currentBarNumber = 1;
      for (var i = 0; i < linesBreakElements.length; i++) {
        var action = linesBreakElements[i];
        if (lines[action.ogLine].staff) {
          var inputStaff = lines[action.ogLine].staff[action.staff];
          if (!outputLines[action.line]) {
            outputLines[action.line] = { staff: [] };
          }
          if (!outputLines[action.line].staff[action.staff]) {
            outputLines[action.line].staff[action.staff] = { voices: [] };
            if (barNumbers !== void 0 && action.staff === 0 && action.line > 0) {
              outputLines[action.line].staff[action.staff].barNumber = currentBarNumber;
            }
            var keys = Object.keys(inputStaff);
            for (var k = 0; k < keys.length; k++) {
              var skip = keys[k] === "voices";
              if (keys[k] === "meter" && action.line !== 0)
                skip = true;
              if (!skip)
                outputLines[action.line].staff[action.staff][keys[k]] = inputStaff[keys[k]];
            }
            if (lastKeySig[action.staff])
              outputLines[action.line].staff[action.staff].key = lastKeySig[action.staff];
          }
          if (!outputLines[action.line].staff[action.staff].voices[action.voice]) {
            outputLines[action.line].staff[action.staff].voices[action.voice] = [];
          }
          outputLines[action.line].staff[action.staff].voices[action.voice] = lines[action.ogLine].staff[action.staff].voices[action.voice].slice(action.start, action.end + 1);
          if (lastStem[action.staff * 10 + action.voice])
            outputLines[action.line].staff[action.staff].voices[action.voice].unshift({ el_type: "stem", direction: lastStem[action.staff * 10 + action.voice].direction });
          var currVoice = outputLines[action.line].staff[action.staff].voices[action.voice];
          for (var kk = currVoice.length - 1; kk >= 0; kk--) {
            if (currVoice[kk].el_type === "key") {
              lastKeySig[action.staff] = {
                root: currVoice[kk].root,
                acc: currVoice[kk].acc,
                mode: currVoice[kk].mode,
                accidentals: currVoice[kk].accidentals.filter(function(acc) {
                  return acc.acc !== "natural";
                })
              };
              break;
            }
          }
          for (kk = currVoice.length - 1; kk >= 0; kk--) {
            if (currVoice[kk].el_type === "stem") {
              lastStem[action.staff * 10 + action.voice] = {
                direction: currVoice[kk].direction
              };
              break;
            }
          }
          if (barNumbers !== void 0 && action.staff === 0 && action.voice === 0) {
            for (kk = 0; kk < currVoice.length; kk++) {
              if (currVoice[kk].el_type === "bar") {
                currentBarNumber++;
                if (kk === currVoice.length - 1)
                  delete currVoice[kk].barNumber;
                else
                  currVoice[kk].barNumber = currentBarNumber;
              }
            }
          }
        } else {
          outputLines[action.line] = lines[action.ogLine];
        }
      }
      for (var ii = 0; ii < outputLines.length; ii++) {
        if (outputLines[ii].staff) {
          outputLines[ii].staff = outputLines[ii].staff.filter(function(el2) {
            return el2 != null;
          });
        }
      }
      return outputLines;
    }
    function findLineBreaks(lines, lineBreakArray) {
      var lineBreakIndexes = [];
      var lbai = 0;
      var lineCounter = 0;
      var outputLine = 0;
      for (var i = 0; i < lines.length; i++) {
        var line = lines[i];
        if (line.staff) {
          var lineStart = lineCounter;
          var lineBreaks = lineBreakArray[lbai];
          lbai++;
          for (var j = 0; j < line.staff.length; j++) {
            var staff = line.staff[j];
            for (var k = 0; k < staff.voices.length; k++) {
              outputLine = lineStart;
              var measureNumber = 0;
              var lbi = 0;
              var voice = staff.voices[k];
              var start = 0;
              for (var e = 0; e < voice.length; e++) {
                var el2 = voice[e];
                if (el2.el_type === "bar") {
                  if (lineBreaks[lbi] === measureNumber) {
                    lineBreakIndexes.push({ ogLine: i, line: outputLine, staff: j, voice: k, start, end: e });
                    start = e + 1;
                    outputLine++;
                    lineCounter = Math.max(lineCounter, outputLine);
                    lbi++;
                  }
                  measureNumber++;
                }
              }
              lineBreakIndexes.push({ ogLine: i, line: outputLine, staff: j, voice: k, start, end: voice.length });
              outputLine++;
              lineCounter = Math.max(lineCounter, outputLine);
            }
          }
        } else {
          lineBreakIndexes.push({ ogLine: i, line: outputLine });
          outputLine++;
          lineCounter = Math.max(lineCounter, outputLine);
        }
      }
      return lineBreakIndexes;
    }
    function freeFormLineBreaks(widths, lineBreakPoint) {
      var lineBreaks = [];
      var totals = [];
      var totalThisLine = 0;
      for (var i = 0; i < widths.length; i++) {
        var width = widths[i];
        var attemptedWidth = totalThisLine + width;
        if (attemptedWidth < lineBreakPoint)
          totalThisLine = attemptedWidth;
        else {
          var oldDistance = lineBreakPoint - totalThisLine;
          var newDistance = attemptedWidth - lineBreakPoint;
          if (oldDistance < newDistance && totalThisLine > 0) {
            lineBreaks.push(i - 1);
            totals.push(Math.round(totalThisLine - width));
            totalThisLine = width;
          } else {
            if (i < widths.length - 1) {
              lineBreaks.push(i);
              totals.push(Math.round(totalThisLine));
              totalThisLine = 0;
            }
          }
        }
      }
      totals.push(Math.round(totalThisLine));
      return { lineBreaks, totals };
    }
    function clone(arr) {
      var newArr = [];
      for (var i = 0; i < arr.length; i++)
        newArr.push(arr[i]);
      return newArr;
    }
    function oneTry(measureWidths, idealWidths, accumulator, lineAccumulator, lineWidths, lastVariance, highestVariance, currLine, lineBreaks, startIndex, otherTries) {
      for (var i = startIndex; i < measureWidths.length; i++) {
        var measureWidth = measureWidths[i];
        accumulator += measureWidth;
        lineAccumulator += measureWidth;
        var thisVariance = Math.abs(accumulator - idealWidths[currLine]);
        var varianceIsClose = Math.abs(thisVariance - lastVariance) < idealWidths[0] / 10;
        if (varianceIsClose) {
          if (thisVariance < lastVariance) {
            var newWidths = clone(lineWidths);
            var newBreaks = clone(lineBreaks);
            newBreaks.push(i - 1);
            newWidths.push(lineAccumulator - measureWidth);
            otherTries.push({
              accumulator,
              lineAccumulator: measureWidth,
              lineWidths: newWidths,
              lastVariance: Math.abs(accumulator - idealWidths[currLine + 1]),
              highestVariance: Math.max(highestVariance, lastVariance),
              currLine: currLine + 1,
              lineBreaks: newBreaks,
              startIndex: i + 1
            });
          } else if (thisVariance > lastVariance && i < measureWidths.length - 1) {
            newWidths = clone(lineWidths);
            newBreaks = clone(lineBreaks);
            otherTries.push({
              accumulator,
              lineAccumulator,
              lineWidths: newWidths,
              lastVariance: thisVariance,
              highestVariance: Math.max(highestVariance, thisVariance),
              currLine,
              lineBreaks: newBreaks,
              startIndex: i + 1
            });
          }
        }
        if (thisVariance > lastVariance) {
          lineBreaks.push(i - 1);
          currLine++;
          highestVariance = Math.max(highestVariance, lastVariance);
          lastVariance = Math.abs(accumulator - idealWidths[currLine]);
          lineWidths.push(lineAccumulator - measureWidth);
          lineAccumulator = measureWidth;
        } else {
          lastVariance = thisVariance;
        }
      }
      lineWidths.push(lineAccumulator);
    }
    function optimizeLineWidths(widths, lineBreakPoint, lineBreaks, explanation) {
      var numLines = Math.ceil(widths.total / lineBreakPoint);
      var idealWidth = Math.floor(widths.total / numLines);
      var idealWidths = [];
      for (var i = 0; i < numLines; i++)
        idealWidths.push(idealWidth * (i + 1));
      var otherTries = [];
      otherTries.push({
        accumulator: 0,
        lineAccumulator: 0,
        lineWidths: [],
        lastVariance: 999999,
        highestVariance: 0,
        currLine: 0,
        lineBreaks: [],
        // These are the zero-based last measure on each line
        startIndex: 0
      });
      var index = 0;
      while (index < otherTries.length) {
        oneTry(
          widths.measureWidths,
          idealWidths,
          otherTries[index].accumulator,
          otherTries[index].lineAccumulator,
          otherTries[index].lineWidths,
          otherTries[index].lastVariance,
          otherTries[index].highestVariance,
          otherTries[index].currLine,
          otherTries[index].lineBreaks,
          otherTries[index].startIndex,
          otherTries
        );
        index++;
      }
      for (i = 0; i < otherTries.length; i++) {
        var otherTry = otherTries[i];
        otherTry.variances = [];
        otherTry.aveVariance = 0;
        for (var j = 0; j < otherTry.lineWidths.length; j++) {
          var lineWidth = otherTry.lineWidths[j];
          otherTry.variances.push(lineWidth - idealWidths[0]);
          otherTry.aveVariance += Math.abs(lineWidth - idealWidths[0]);
        }
        otherTry.aveVariance = otherTry.aveVariance / otherTry.lineWidths.length;
        explanation.attempts.push({ type: "optimizeLineWidths", lineBreaks: otherTry.lineBreaks, variances: otherTry.variances, aveVariance: otherTry.aveVariance, widths: widths.measureWidths });
      }
      var smallest = 9999999;
      var smallestIndex = -1;
      for (i = 0; i < otherTries.length; i++) {
        otherTry = otherTries[i];
        if (otherTry.aveVariance < smallest) {
          smallest = otherTry.aveVariance;
          smallestIndex = i;
        }
      }
      return { failed: false, lineBreaks: otherTries[smallestIndex].lineBreaks, variance: otherTries[smallestIndex].highestVariance };
    }
    function fixedMeasureLineBreaks(widths, lineBreakPoint, preferredMeasuresPerLine) {
      var lineBreaks = [];
      var totals = [];
      var thisWidth = 0;
      var failed = false;
      for (var i = 0; i < widths.length; i++) {
        thisWidth += widths[i];
        if (thisWidth > lineBreakPoint) {
          failed = true;
        }
        if (i % preferredMeasuresPerLine === preferredMeasuresPerLine - 1) {
          if (i !== widths.length - 1)
            lineBreaks.push(i);
          totals.push(Math.round(thisWidth));
          thisWidth = 0;
        }
      }
      return { failed, totals, lineBreaks };
    }
    function getRevisedTuneParams(lineBreaks, staffWidth, params) {
      var revisedParams = {
        lineBreaks,
        staffwidth: staffWidth
      };
      for (var key in params) {
        if (params.hasOwnProperty(key) && key !== "wrap" && key !== "staffwidth") {
          revisedParams[key] = params[key];
        }
      }
      return { revisedParams };
    }
    function calcLineWraps(tune, widths, params) {
      if (widths.length === 0 || params.staffwidth < widths[0].left) {
        return {
          reParse: false,
          explanation: "Staff width is narrower than the margin",
          revisedParams: params
        };
      }
      var scale = params.scale ? Math.max(params.scale, 0.1) : 1;
      var minSpacing = params.wrap.minSpacing ? Math.max(parseFloat(params.wrap.minSpacing), 1) : 1;
      var minSpacingLimit = params.wrap.minSpacingLimit ? Math.max(parseFloat(params.wrap.minSpacingLimit), 1) : minSpacing - 0.1;
      var maxSpacing = params.wrap.maxSpacing ? Math.max(parseFloat(params.wrap.maxSpacing), 1) : void 0;
      if (params.wrap.lastLineLimit && !maxSpacing)
        maxSpacing = Math.max(parseFloat(params.wrap.lastLineLimit), 1);
      var preferredMeasuresPerLine = params.wrap.preferredMeasuresPerLine ? Math.max(parseInt(params.wrap.preferredMeasuresPerLine, 10), 0) : void 0;
      var accumulatedLineBreaks = [];
      var explanations = [];
      for (var s = 0; s < widths.length; s++) {
        var section = widths[s];
        var usableWidth = params.staffwidth - section.left;
        var lineBreakPoint = usableWidth / minSpacing / scale;
        var minLineSize = usableWidth / maxSpacing / scale;
        var allowableVariance = usableWidth / minSpacingLimit / scale;
        var explanation = {
          widths: section,
          lineBreakPoint,
          minLineSize,
          attempts: [],
          staffWidth: params.staffwidth,
          minWidth: Math.round(allowableVariance)
        };
        var lineBreaks = null;
        if (preferredMeasuresPerLine) {
          var f = fixedMeasureLineBreaks(section.measureWidths, lineBreakPoint, preferredMeasuresPerLine);
          explanation.attempts.push({
            type: "Fixed Measures Per Line",
            preferredMeasuresPerLine,
            lineBreaks: f.lineBreaks,
            failed: f.failed,
            totals: f.totals
          });
          if (!f.failed)
            lineBreaks = f.lineBreaks;
        }
        if (!lineBreaks) {
          var ff = freeFormLineBreaks(section.measureWidths, lineBreakPoint);
          explanation.attempts.push({ type: "Free Form", lineBreaks: ff.lineBreaks, totals: ff.totals });
          lineBreaks = ff.lineBreaks;
          if (lineBreaks.length > 0 && section.measureWidths.length < 25) {
            ff = optimizeLineWidths(section, lineBreakPoint, lineBreaks, explanation);
            explanation.attempts.push({
              type: "Optimize",
              failed: ff.failed,
              reason: ff.reason,
              lineBreaks: ff.lineBreaks,
              totals: ff.totals
            });
            if (!ff.failed)
              lineBreaks = ff.lineBreaks;
          }
        }
        accumulatedLineBreaks.push(lineBreaks);
        explanations.push(explanation);
      }
      var staffWidth = params.staffwidth;
      var ret = getRevisedTuneParams(accumulatedLineBreaks, staffWidth, params);
      ret.explanation = explanations;
      ret.reParse = true;
      return ret;
    }
    module2.exports = { wrapLines, calcLineWraps };
  }
});

// node_modules/abcjs/src/parse/chord-grid.js
var require_chord_grid = __commonJS({
  "node_modules/abcjs/src/parse/chord-grid.js"(exports2, module2) {
    function chordGrid(visualObj) {
      const meter = visualObj.getMeterFraction();
      const isCommonTime = meter.num === 4 && meter.den === 4;
      const isCutTime = meter.num === 2 && meter.den === 2;
      if (!isCutTime && !isCommonTime)
        throw new Error("notCommonTime");
      const deline = visualObj.deline();
      let chartLines = [];
      let nonSubtitle = false;
      deline.forEach((section) => {
        if (section.subtitle) {
          if (nonSubtitle) {
            chartLines.push({
              type: "subtitle",
              subtitle: section.subtitle.text
            });
          }
        } else if (section.text) {
          nonSubtitle = true;
          chartLines.push({
            type: "text",
            text: section.text.text
          });
        } else if (section.staff) {
          nonSubtitle = true;
          const staves = section.staff;
          const parts = flattenVoices(staves);
          chartLines = chartLines.concat(parts);
        }
      });
      collapseIdenticalEndings(chartLines);
      addLineBreaks(chartLines);
      addPercents(chartLines);
      return chartLines;
    }
    var breakSynonyms = ["break", "(break)", "no chord", "n.c.", "tacet"];
    function flattenVoices(staves) {
      const parts = [];
      let partName = "";
      let measures = [];
      let currentBar = { chord: ["", "", "", ""] };
      let lastChord = "";
      let nextBarEnding = "";
      staves.forEach((staff, staffNum) => {
        if (staff.voices) {
          staff.voices.forEach((voice, voiceNum) => {
            let currentPartNum = 0;
            let beatNum = 0;
            let measureNum = 0;
            voice.forEach((element) => {
              if (element.el_type === "part") {
                if (measures.length > 0) {
                  if (staffNum === 0 && voiceNum === 0) {
                    parts.push({
                      type: "part",
                      name: partName,
                      lines: [measures]
                    });
                    measures = [];
                  }
                }
                partName = element.title;
              } else if (element.el_type === "note") {
                addDecoration(element, currentBar);
                const intBeat = Math.floor(beatNum);
                if (element.chord && element.chord.length > 0) {
                  const chord = element.chord[0];
                  const chordName = chord.position === "default" || breakSynonyms.indexOf(chord.name.toLowerCase()) >= 0 ? chord.name : "";
                  if (chordName) {
                    if (intBeat > 0 && !currentBar.chord[0])
                      currentBar.chord[0] = lastChord;
                    lastChord = chordName;
                    if (currentBar.chord[intBeat]) {
                      if (intBeat < 4 && !currentBar.chord[intBeat + 1])
                        currentBar.chord[intBeat + 1] = chordName;
                    } else
                      currentBar.chord[intBeat] = chordName;
                  }
                  element.chord.forEach((ch) => {
                    if (ch.position !== "default" && breakSynonyms.indexOf(chord.name.toLowerCase()) < 0) {
                      if (!currentBar.annotations)
                        currentBar.annotations = [];
                      currentBar.annotations.push(ch.name);
                    }
                  });
                }
                if (!element.rest || element.rest.type !== "spacer") {
                  const dur = element.duration === 0 && !element.rest ? 0.25 : element.duration;
                  const thisDuration = Math.floor(dur * 4);
                  if (thisDuration > 4) {
                    measureNum += Math.floor(thisDuration / 4);
                    beatNum = 0;
                  } else {
                    let thisBeat = dur * 4;
                    if (element.tripletMultiplier)
                      thisBeat *= element.tripletMultiplier;
                    beatNum += thisBeat;
                  }
                }
              } else if (element.el_type === "bar") {
                if (nextBarEnding) {
                  currentBar.ending = nextBarEnding;
                  nextBarEnding = "";
                }
                addDecoration(element, currentBar);
                if (element.chord) {
                  element.chord.forEach((ch) => {
                    if (ch.position !== "default") {
                      if (!currentBar.annotations)
                        currentBar.annotations = [];
                      currentBar.annotations.push(ch.name);
                    }
                  });
                }
                if (element.type === "bar_dbl_repeat" || element.type === "bar_left_repeat")
                  currentBar.hasStartRepeat = true;
                if (element.type === "bar_dbl_repeat" || element.type === "bar_right_repeat")
                  currentBar.hasEndRepeat = true;
                if (element.startEnding)
                  nextBarEnding = element.startEnding;
                if (beatNum >= 4) {
                  if (currentBar.chord[0] === "") {
                    if (currentBar.chord[1] || currentBar.chord[2] || currentBar.chord[3]) {
                      currentBar.chord[0] = findLastChord(measures);
                    }
                  }
                  if (staffNum === 0 && voiceNum === 0)
                    measures.push(currentBar);
                  else {
                    let index = measureNum;
                    let partIndex = 0;
                    while (index >= parts[partIndex].lines[0].length && partIndex < parts.length) {
                      index -= parts[partIndex].lines[0].length;
                      partIndex++;
                    }
                    if (partIndex < parts.length && index < parts[partIndex].lines[0].length) {
                      const bar = parts[partIndex].lines[0][index];
                      if (!bar.chord[0] && currentBar.chord[0])
                        bar.chord[0] = currentBar.chord[0];
                      if (!bar.chord[1] && currentBar.chord[1])
                        bar.chord[1] = currentBar.chord[1];
                      if (!bar.chord[2] && currentBar.chord[2])
                        bar.chord[2] = currentBar.chord[2];
                      if (!bar.chord[3] && currentBar.chord[3])
                        bar.chord[3] = currentBar.chord[3];
                      if (currentBar.annotations) {
                        if (!bar.annotations)
                          bar.annotations = currentBar.annotations;
                        else
                          bar.annotations = bar.annotations.concat(currentBar.annotations);
                      }
                    }
                    measureNum++;
                  }
                  currentBar = { chord: ["", "", "", ""] };
                } else
                  currentBar.chord = ["", "", "", ""];
                beatNum = 0;
              } else if (element.el_type === "tempo") {
              }
            });
            if (staffNum === 0 && voiceNum === 0) {
              parts.push({
                type: "part",
                name: partName,
                lines: [measures]
              });
            }
          });
        }
      });
      if (!lastChord)
        throw new Error("noChords");
      return parts;
    }
    function findLastChord(measures) {
      for (let m = measures.length - 1; m >= 0; m--) {
        for (let c = measures[m].chord.length - 1; c >= 0; c--) {
          if (measures[m].chord[c])
            return measures[m].chord[c];
        }
      }
    }
    function collapseIdenticalEndings(chartLines) {
      chartLines.forEach((line) => {
        if (line.type === "part") {
          const partLine = line.lines[0];
          const ending1 = partLine.findIndex((bar) => {
            return !!bar.ending;
          });
          const ending2 = partLine.findIndex((bar, index) => {
            return index > ending1 && !!bar.ending;
          });
          if (ending1 >= 0 && ending2 >= 0) {
            if (ending2 - ending1 === partLine.length - ending2) {
              let matches = true;
              for (let i = 0; i < ending2 - ending1 && matches; i++) {
                const measureLhs = partLine[ending1 + i];
                const measureRhs = partLine[ending2 + i];
                if (measureLhs.chord[0] !== measureRhs.chord[0])
                  matches = false;
                if (measureLhs.chord[1] !== measureRhs.chord[1])
                  matches = false;
                if (measureLhs.chord[2] !== measureRhs.chord[2])
                  matches = false;
                if (measureLhs.chord[3] !== measureRhs.chord[3])
                  matches = false;
                if (measureLhs.annotations && !measureRhs.annotations)
                  matches = false;
                if (!measureLhs.annotations && measureRhs.annotations)
                  matches = false;
                if (measureLhs.annotations && measureRhs.annotations) {
                  if (measureLhs.annotations.length !== measureRhs.annotations.length)
                    matches = false;
                  else {
                    for (let j = 0; j < measureLhs.annotations.length; j++) {
                      if (measureLhs.annotations[j] !== measureRhs.annotations[j])
                        matches = false;
                    }
                  }
                }
              }
              if (matches) {
                delete partLine[ending1].ending;
                partLine.splice(ending2, partLine.length - ending2);
              }
            }
          }
        }
      });
    }
    function addLineBreaks(chartLines) {
      chartLines.forEach((line) => {
        if (line.type === "part") {
          const newLines = [];
          const oldLines = line.lines[0];
          let is12bar = false;
          const firstEndRepeat = oldLines.findIndex((l) => {
            return !!l.hasEndRepeat;
          });
          const length = firstEndRepeat >= 0 ? Math.min(firstEndRepeat + 1, oldLines.length) : oldLines.length;
          if (length === 12)
            is12bar = true;
          const barsPerLine = is12bar ? 4 : 8;
          for (let i = 0; i < oldLines.length; i += barsPerLine) {
            const newLine = oldLines.slice(i, i + barsPerLine);
            const endRepeat = newLine.findIndex((l) => {
              return !!l.hasEndRepeat;
            });
            if (endRepeat >= 0 && endRepeat < newLine.length - 1) {
              newLines.push(newLine.slice(0, endRepeat + 1));
              newLines.push(newLine.slice(endRepeat + 1));
            } else
              newLines.push(newLine);
          }
          for (let i = 0; i < newLines.length; i++) {
            if (newLines[i][0].ending) {
              const prevLine = Math.max(0, i - 1);
              const toAdd = newLines[prevLine].length - newLines[i].length;
              const thisLine = [];
              for (let j = 0; j < toAdd; j++)
                thisLine.push({ noBorder: true, chord: ["", "", "", ""] });
              newLines[i] = thisLine.concat(newLines[i]);
            }
          }
          line.lines = newLines;
        }
      });
    }
    function addPercents(chartLines) {
      chartLines.forEach((part) => {
        if (part.lines) {
          let lastMeasureSingle = false;
          let lastChord = "";
          part.lines.forEach((line) => {
            line.forEach((measure) => {
              if (!measure.noBorder) {
                const chords = measure.chord;
                if (!chords[0] && !chords[1] && !chords[2] && !chords[3]) {
                  if (lastMeasureSingle) {
                    if (lastChord)
                      chords[0] = "%";
                  } else
                    chords[0] = lastChord;
                  lastMeasureSingle = true;
                } else if (!chords[1] && !chords[2] && !chords[3]) {
                  lastMeasureSingle = true;
                  lastChord = chords[0];
                } else {
                  lastMeasureSingle = false;
                  lastChord = chords[3] || chords[2] || chords[1];
                }
              }
            });
          });
        }
      });
    }
    function addDecoration(element, currentBar) {
      if (element.decoration) {
        for (let i = 0; i < element.decoration.length; i++) {
          switch (element.decoration[i]) {
            case "fermata":
            case "segno":
            case "coda":
            case "D.C.":
            case "D.S.":
            case "D.C.alcoda":
            case "D.C.alfine":
            case "D.S.alcoda":
            case "D.S.alfine":
            case "fine":
              if (!currentBar.annotations)
                currentBar.annotations = [];
              currentBar.annotations.push(element.decoration[i]);
              break;
          }
        }
      }
    }
    module2.exports = chordGrid;
  }
});

// node_modules/abcjs/src/write/helpers/spacing.js
var require_spacing = __commonJS({
  "node_modules/abcjs/src/write/helpers/spacing.js"(exports2, module2) {
    var spacing = {};
    spacing.FONTEM = 360;
    spacing.FONTSIZE = 30;
    spacing.STEP = spacing.FONTSIZE * 93 / 720;
    spacing.SPACE = 10;
    spacing.TOPNOTE = 15;
    spacing.STAVEHEIGHT = 100;
    spacing.INDENT = 50;
    module2.exports = spacing;
  }
});

// node_modules/abcjs/src/synth/repeats.js
var require_repeats = __commonJS({
  "node_modules/abcjs/src/synth/repeats.js"(exports2, module2) {
    var parseCommon = require_abc_common();
    function Repeats(voice) {
      this.sections = [{ type: "startRepeat", index: -1 }];
      this.addBar = function(elem) {
        var thisIndex = voice.length - 1;
        var isStartRepeat = elem.type === "bar_left_repeat" || elem.type === "bar_dbl_repeat";
        var isEndRepeat = elem.type === "bar_right_repeat" || elem.type === "bar_dbl_repeat";
        var startEnding = elem.startEnding ? startEndingNumbers(elem.startEnding) : void 0;
        if (isEndRepeat) {
          if (this.sections.length > 0 && this.sections[this.sections.length - 1].type === "endRepeat")
            this.sections.push({ type: "startRepeat", index: this.sections[this.sections.length - 1].index });
          this.sections.push({ type: "endRepeat", index: thisIndex });
        }
        if (startEnding)
          this.sections.push({ type: "startEnding", index: thisIndex, endings: startEnding });
        if (isStartRepeat)
          this.sections.push({ type: "startRepeat", index: thisIndex });
      };
      this.resolveRepeats = function() {
        var e;
        var lastSection = this.sections[this.sections.length - 1];
        var lastElement = voice.length - 1;
        if (lastSection.type === "startRepeat")
          lastSection.end = lastElement;
        else if (lastSection.index + 1 < lastElement)
          this.sections.push({ type: "startRepeat", index: lastSection.index + 1 });
        if (this.sections.length < 2)
          return voice;
        var repeatInstructions = [];
        var currentRepeat = null;
        for (var i = 0; i < this.sections.length; i++) {
          var section = this.sections[i];
          switch (section.type) {
            case "startRepeat":
              if (currentRepeat) {
                if (!currentRepeat.common.end)
                  currentRepeat.common.end = section.index;
                if (currentRepeat.endings) {
                  for (e = 0; e < currentRepeat.endings.length; e++) {
                    if (currentRepeat.endings[e] && !currentRepeat.endings[e].end && currentRepeat.endings[e].start !== section.index)
                      currentRepeat.endings[e].end = section.index;
                  }
                }
                if (this.sections[i - 1].type === "endRepeat" && currentRepeat.endings && currentRepeat.endings.length)
                  currentRepeat.endings[currentRepeat.endings.length] = { start: -1, end: -1 };
                repeatInstructions.push(currentRepeat);
              }
              if (currentRepeat) {
                var lastUsed = currentRepeat.common.end;
                if (currentRepeat.endings) {
                  for (e = 0; e < currentRepeat.endings.length; e++) {
                    if (currentRepeat.endings[e])
                      lastUsed = Math.max(lastUsed, currentRepeat.endings[e].end);
                  }
                }
                if (lastUsed < section.index - 1) {
                  repeatInstructions.push({ common: { start: lastUsed + 1, end: section.index } });
                }
              }
              currentRepeat = { common: { start: section.index } };
              break;
            case "startEnding": {
              if (currentRepeat) {
                if (!currentRepeat.common.end)
                  currentRepeat.common.end = section.index;
                if (!currentRepeat.endings)
                  currentRepeat.endings = [];
                for (e = 0; e < section.endings.length; e++)
                  currentRepeat.endings[section.endings[e]] = { start: section.index + 1 };
              }
              break;
            }
            case "endRepeat":
              if (currentRepeat) {
                if (!currentRepeat.endings)
                  currentRepeat.endings = [];
                if (currentRepeat.endings.length > 0) {
                  for (e = 0; e < currentRepeat.endings.length; e++) {
                    if (currentRepeat.endings[e] && !currentRepeat.endings[e].end)
                      currentRepeat.endings[e].end = section.index;
                  }
                }
                if (!currentRepeat.common.end)
                  currentRepeat.common.end = section.index;
              }
              break;
          }
        }
        if (currentRepeat) {
          if (!currentRepeat.common.end)
            currentRepeat.common.end = lastElement;
          if (currentRepeat.endings) {
            for (e = 0; e < currentRepeat.endings.length; e++) {
              if (currentRepeat.endings[e] && !currentRepeat.endings[e].end)
                currentRepeat.endings[e].end = lastElement;
            }
          }
          repeatInstructions.push(currentRepeat);
        }
        var output = [];
        var lastEnd = -1;
        for (var r = 0; r < repeatInstructions.length; r++) {
          var instructions = repeatInstructions[r];
          if (!instructions.endings) {
            duplicateSpan(voice, output, instructions.common.start, instructions.common.end);
          } else if (instructions.endings.length === 0) {
            duplicateSpan(voice, output, instructions.common.start, instructions.common.end);
            duplicateSpan(voice, output, instructions.common.start, instructions.common.end);
          } else {
            for (e = 0; e < instructions.endings.length; e++) {
              var ending = instructions.endings[e];
              if (ending) {
                duplicateSpan(voice, output, instructions.common.start, instructions.common.end);
                if (ending.start > 0) {
                  duplicateSpan(voice, output, ending.start, ending.end);
                }
                lastEnd = Math.max(lastEnd, ending.end);
              }
            }
          }
        }
        return output;
      };
    }
    function duplicateSpan(input, output, start, end) {
      if (start < 0) start = 0;
      if (output.length > 0 && input[start].el_type === "bar" && output[output.length - 1].el_type === "bar")
        start++;
      for (var i = start; i <= end; i++) {
        var index;
        var skip = false;
        if (input[i].el_type === "key" || input[i].el_type === "meter" || input[i].el_type === "tempo" || input[i].el_type === "instrument") {
          index = output.length - 1;
          while (index >= 0 && output[index].el_type !== input[i].el_type)
            index--;
          if (index >= 0) {
            if (input[i].el_type === "key" && areKeysEqual(input[i], output[index])) {
              skip = true;
            } else if (input[i].el_type === "meter" && input[i].num === output[index].num && input[i].den === output[index].den) {
              skip = true;
            } else if (input[i].el_type === "instrument" && input[i].program === output[index].program) {
              skip = true;
            } else if (input[i].el_type === "tempo" && input[i].qpm === output[index].qpm) {
              skip = true;
            }
          }
        }
        if (!skip)
          output.push(duplicateItem(input[i]));
      }
    }
    function duplicateItem(src) {
      var item = Object.assign({}, src);
      if (item.pitches)
        item.pitches = parseCommon.cloneArray(item.pitches);
      return item;
    }
    function areKeysEqual(el1, el2) {
      if (!el1.accidentals || !el2.accidentals)
        return false;
      return JSON.stringify(el1.accidentals) === JSON.stringify(el2.accidentals);
    }
    function startEndingNumbers(startEnding) {
      var nums = [];
      var ending, endings, i;
      if (startEnding.indexOf(",") > 0) {
        endings = startEnding.split(",");
        for (i = 0; i < endings.length; i++) {
          ending = parseInt(endings[i], 10);
          if (ending > 0) {
            nums.push(ending);
          }
        }
      } else if (startEnding.indexOf("-") > 0) {
        endings = startEnding.split("-");
        var se = parseInt(endings[0], 10);
        var ee = parseInt(endings[1], 10);
        for (i = se; i <= ee; i++) {
          nums.push(i);
        }
      } else {
        ending = parseInt(startEnding, 10);
        if (ending > 0) {
          nums.push(ending);
        }
      }
      return nums;
    }
    module2.exports = Repeats;
  }
});

// node_modules/abcjs/src/synth/abc_midi_sequencer.js
var require_abc_midi_sequencer = __commonJS({
  "node_modules/abcjs/src/synth/abc_midi_sequencer.js"(exports2, module2) {
    var sequence;
    var parseCommon = require_abc_common();
    var Repeats = require_repeats();
    (function() {
      "use strict";
      var measureLength = 1;
      var PERCUSSION_PROGRAM = 128;
      sequence = function(abctune, options) {
        options = options || {};
        var qpm;
        var program = options.program || 0;
        var transpose2 = options.midiTranspose || 0;
        if (abctune.visualTranspose)
          transpose2 -= abctune.visualTranspose;
        var channel = options.channel || 0;
        var channelExplicitlySet = false;
        var drumPattern = options.drum || "";
        var drumBars = options.drumBars || 1;
        var drumIntro = options.drumIntro || 0;
        var drumOn = drumPattern !== "";
        var drumOffAfterIntro = !!options.drumOff;
        var style = [];
        var rhythmHeadThisBar = false;
        var crescendoSize = 50;
        program = parseInt(program, 10);
        transpose2 = parseInt(transpose2, 10);
        channel = parseInt(channel, 10);
        if (channel === 10)
          program = PERCUSSION_PROGRAM;
        drumPattern = drumPattern.split(" ");
        drumBars = parseInt(drumBars, 10);
        drumIntro = parseInt(drumIntro, 10);
        var bagpipes = abctune.formatting.bagpipes;
        if (bagpipes)
          program = 71;
        var startingMidi = [];
        if (abctune.formatting.midi) {
          var globals = abctune.formatting.midi;
          if (globals.program && globals.program.length > 0) {
            program = globals.program[0];
            if (globals.program.length > 1) {
              program = globals.program[1];
              channel = globals.program[0];
            }
            channelExplicitlySet = true;
          }
          if (globals.transpose)
            transpose2 = globals.transpose[0];
          if (globals.channel) {
            channel = globals.channel[0];
            channelExplicitlySet = true;
          }
          if (globals.drum)
            drumPattern = globals.drum;
          if (globals.drumbars)
            drumBars = globals.drumbars[0];
          if (globals.drumon)
            drumOn = true;
          if (channel === 10)
            program = PERCUSSION_PROGRAM;
          if (globals.beat)
            startingMidi.push({ el_type: "beat", beats: globals.beat });
          if (globals.nobeataccents)
            startingMidi.push({ el_type: "beataccents", value: false });
        }
        if (options.qpm)
          qpm = parseInt(options.qpm, 10);
        else if (abctune.metaText.tempo)
          qpm = interpretTempo(abctune.metaText.tempo, abctune.getBeatLength());
        else if (options.defaultQpm)
          qpm = options.defaultQpm;
        else
          qpm = 180;
        var startVoice = [];
        if (bagpipes)
          startVoice.push({ el_type: "bagpipes" });
        startVoice.push({ el_type: "instrument", program });
        if (channel)
          startVoice.push({ el_type: "channel", channel });
        if (transpose2)
          startVoice.push({ el_type: "transpose", transpose: transpose2 });
        startVoice.push({ el_type: "tempo", qpm });
        for (var ss = 0; ss < startingMidi.length; ss++)
          startVoice.push(startingMidi[ss]);
        var voices = [];
        var clefTransposeActive = [];
        var inCrescendo = [];
        var inDiminuendo = [];
        var durationCounter = [0];
        var tempoChanges = {};
        tempoChanges["0"] = { el_type: "tempo", qpm, timing: 0 };
        var currentVolume;
        var repeats = [];
        var startingDrumSet = false;
        var lines = abctune.lines;
        for (var i = 0; i < lines.length; i++) {
          var line = lines[i];
          if (line.staff) {
            let setDynamics = function(elem2) {
              var volumes = {
                //stressBeat1, stressBeatDown, stressBeatUp
                "pppp": [15, 10, 5, 1],
                "ppp": [30, 20, 10, 1],
                "pp": [45, 35, 20, 1],
                "p": [60, 50, 35, 1],
                "mp": [75, 65, 50, 1],
                "mf": [90, 80, 65, 1],
                "f": [105, 95, 80, 1],
                "ff": [120, 110, 95, 1],
                "fff": [127, 125, 110, 1],
                "ffff": [127, 125, 110, 1]
              };
              var dynamicType;
              if (elem2.decoration) {
                if (elem2.decoration.indexOf("pppp") >= 0)
                  dynamicType = "pppp";
                else if (elem2.decoration.indexOf("ppp") >= 0)
                  dynamicType = "ppp";
                else if (elem2.decoration.indexOf("pp") >= 0)
                  dynamicType = "pp";
                else if (elem2.decoration.indexOf("p") >= 0)
                  dynamicType = "p";
                else if (elem2.decoration.indexOf("mp") >= 0)
                  dynamicType = "mp";
                else if (elem2.decoration.indexOf("mf") >= 0)
                  dynamicType = "mf";
                else if (elem2.decoration.indexOf("f") >= 0)
                  dynamicType = "f";
                else if (elem2.decoration.indexOf("ff") >= 0)
                  dynamicType = "ff";
                else if (elem2.decoration.indexOf("fff") >= 0)
                  dynamicType = "fff";
                else if (elem2.decoration.indexOf("ffff") >= 0)
                  dynamicType = "ffff";
                if (dynamicType) {
                  currentVolume = volumes[dynamicType].slice(0);
                  let volumesPerNotePitch = [currentVolume];
                  if (Array.isArray(elem2.decoration)) {
                    volumesPerNotePitch = [];
                    elem2.decoration.forEach((d) => {
                      if (d in volumes)
                        volumesPerNotePitch.push(volumes[d].slice(0));
                    });
                  }
                  voices[voiceNumber].push({ el_type: "beat", beats: currentVolume.slice(0), volumesPerNotePitch });
                  inCrescendo[k] = false;
                  inDiminuendo[k] = false;
                }
                if (elem2.decoration.indexOf("crescendo(") >= 0) {
                  var n = numNotesToDecoration(voice, v, "crescendo)");
                  var top = Math.min(127, currentVolume[0] + crescendoSize);
                  var endDec = endingVolume(voice, v + n + 1, Object.keys(volumes));
                  if (endDec)
                    top = volumes[endDec][0];
                  if (n > 0)
                    inCrescendo[k] = Math.floor((top - currentVolume[0]) / n);
                  else
                    inCrescendo[k] = false;
                  inDiminuendo[k] = false;
                } else if (elem2.decoration.indexOf("crescendo)") >= 0) {
                  inCrescendo[k] = false;
                } else if (elem2.decoration.indexOf("diminuendo(") >= 0) {
                  var n2 = numNotesToDecoration(voice, v, "diminuendo)");
                  var bottom = Math.max(15, currentVolume[0] - crescendoSize);
                  var endDec2 = endingVolume(voice, v + n2 + 1, Object.keys(volumes));
                  if (endDec2)
                    bottom = volumes[endDec2][0];
                  inCrescendo[k] = false;
                  if (n2 > 0)
                    inDiminuendo[k] = Math.floor((bottom - currentVolume[0]) / n2);
                  else
                    inDiminuendo[k] = false;
                } else if (elem2.decoration.indexOf("diminuendo)") >= 0) {
                  inDiminuendo[k] = false;
                }
              }
            };
            var staves = line.staff;
            var voiceNumber = 0;
            for (var j = 0; j < staves.length; j++) {
              var staff = staves[j];
              if (staff.clef && staff.clef.type === "TAB")
                continue;
              for (var k = 0; k < staff.voices.length; k++) {
                var voice = staff.voices[k];
                if (!voices[voiceNumber]) {
                  voices[voiceNumber] = [].concat(JSON.parse(JSON.stringify(startVoice)));
                  var voiceName = getTrackTitle(line.staff, voiceNumber);
                  if (voiceName)
                    voices[voiceNumber].unshift({ el_type: "name", trackName: voiceName });
                  repeats[voiceNumber] = new Repeats(voices[voiceNumber]);
                }
                if (transpose2 && staff.clef.type === "perc")
                  voices[voiceNumber].push({ el_type: "transpose", transpose: 0 });
                if (staff.clef && staff.clef.type === "perc" && !channelExplicitlySet) {
                  for (var cl = 0; cl < voices[voiceNumber].length; cl++) {
                    if (voices[voiceNumber][cl].el_type === "instrument")
                      voices[voiceNumber][cl].program = PERCUSSION_PROGRAM;
                  }
                } else if (staff.key) {
                  addKey(voices[voiceNumber], staff.key);
                }
                if (staff.meter) {
                  addMeter(voices[voiceNumber], staff.meter);
                }
                if (!startingDrumSet && drumOn) {
                  voices[voiceNumber].push({ el_type: "drum", params: { pattern: drumPattern, bars: drumBars, on: drumOn, intro: drumIntro } });
                  startingDrumSet = true;
                }
                if (staff.clef && staff.clef.type !== "perc" && staff.clef.transpose) {
                  staff.clef.el_type = "clef";
                  voices[voiceNumber].push({ el_type: "transpose", transpose: staff.clef.transpose });
                  clefTransposeActive[voiceNumber] = false;
                }
                if (staff.clef && staff.clef.type) {
                  if (staff.clef.type.indexOf("-8") >= 0) {
                    voices[voiceNumber].push({ el_type: "transpose", transpose: -12 });
                    clefTransposeActive[voiceNumber] = true;
                  } else if (staff.clef.type.indexOf("+8") >= 0) {
                    voices[voiceNumber].push({ el_type: "transpose", transpose: 12 });
                    clefTransposeActive[voiceNumber] = true;
                  } else {
                    if (clefTransposeActive[voiceNumber]) {
                      voices[voiceNumber].push({ el_type: "transpose", transpose: 0 });
                      clefTransposeActive[voiceNumber] = false;
                    }
                  }
                }
                if (abctune.formatting.midi && abctune.formatting.midi.drumoff) {
                  voices[voiceNumber].push({ el_type: "bar" });
                  voices[voiceNumber].push({ el_type: "drum", params: { pattern: "", on: false } });
                }
                var noteEventsInBar = 0;
                var tripletMultiplier = 0;
                var tripletDurationTotal = 0;
                var tripletDurationCount = 0;
                currentVolume = [105, 95, 85, 1];
                for (var v = 0; v < voice.length; v++) {
                  var elem = voice[v];
                  switch (elem.el_type) {
                    case "note":
                      if (inCrescendo[k]) {
                        currentVolume[0] += inCrescendo[k];
                        currentVolume[1] += inCrescendo[k];
                        currentVolume[2] += inCrescendo[k];
                        voices[voiceNumber].push({ el_type: "beat", beats: currentVolume.slice(0) });
                      }
                      if (inDiminuendo[k]) {
                        currentVolume[0] += inDiminuendo[k];
                        currentVolume[1] += inDiminuendo[k];
                        currentVolume[2] += inDiminuendo[k];
                        voices[voiceNumber].push({ el_type: "beat", beats: currentVolume.slice(0) });
                      }
                      setDynamics(elem);
                      if (!elem.rest || elem.rest.type !== "spacer") {
                        var noteElem = { elem, el_type: "note", timing: durationCounter[voiceNumber] };
                        if (elem.style)
                          noteElem.style = elem.style;
                        else if (style[voiceNumber])
                          noteElem.style = style[voiceNumber];
                        noteElem.duration = elem.duration === 0 ? 0.25 : elem.duration;
                        if (elem.startTriplet) {
                          tripletMultiplier = elem.tripletMultiplier;
                          tripletDurationTotal = elem.startTriplet * tripletMultiplier * elem.duration;
                          if (elem.startTriplet !== elem.tripletR) {
                            if (v + elem.tripletR <= voice.length) {
                              var durationTotal = 0;
                              for (var w = v; w < v + elem.tripletR; w++) {
                                durationTotal += voice[w].duration;
                              }
                              tripletDurationTotal = tripletMultiplier * durationTotal;
                            }
                          }
                          noteElem.duration = noteElem.duration * tripletMultiplier;
                          noteElem.duration = Math.round(noteElem.duration * 1e6) / 1e6;
                          tripletDurationCount = noteElem.duration;
                        } else if (tripletMultiplier) {
                          if (elem.endTriplet) {
                            tripletMultiplier = 0;
                            noteElem.duration = Math.round((tripletDurationTotal - tripletDurationCount) * 1e6) / 1e6;
                          } else {
                            noteElem.duration = noteElem.duration * tripletMultiplier;
                            noteElem.duration = Math.round(noteElem.duration * 1e6) / 1e6;
                            tripletDurationCount += noteElem.duration;
                          }
                        }
                        if (elem.rest) noteElem.rest = elem.rest;
                        if (elem.decoration) noteElem.decoration = elem.decoration.slice(0);
                        if (elem.pitches) noteElem.pitches = parseCommon.cloneArray(elem.pitches);
                        if (elem.gracenotes) noteElem.gracenotes = parseCommon.cloneArray(elem.gracenotes);
                        if (elem.chord) noteElem.chord = parseCommon.cloneArray(elem.chord);
                        voices[voiceNumber].push(noteElem);
                        if (elem.style === "rhythm") {
                          rhythmHeadThisBar = true;
                          chordVoiceOffThisBar(voices);
                        }
                        noteEventsInBar++;
                        durationCounter[voiceNumber] += noteElem.duration;
                      }
                      break;
                    case "key":
                    case "keySignature":
                      addKey(voices[voiceNumber], elem);
                      break;
                    case "meter":
                      addMeter(voices[voiceNumber], elem);
                      break;
                    case "clef":
                      if (elem.transpose)
                        voices[voiceNumber].push({ el_type: "transpose", transpose: elem.transpose });
                      if (elem.type) {
                        if (elem.type.indexOf("-8") >= 0)
                          voices[voiceNumber].push({ el_type: "transpose", transpose: -12 });
                        else if (elem.type.indexOf("+8") >= 0)
                          voices[voiceNumber].push({ el_type: "transpose", transpose: 12 });
                      }
                      break;
                    case "tempo":
                      qpm = interpretTempo(elem, abctune.getBeatLength());
                      voices[voiceNumber].push({ el_type: "tempo", qpm, timing: durationCounter[voiceNumber] });
                      tempoChanges["" + durationCounter[voiceNumber]] = { el_type: "tempo", qpm, timing: durationCounter[voiceNumber] };
                      break;
                    case "bar":
                      if (noteEventsInBar > 0)
                        voices[voiceNumber].push({ el_type: "bar" });
                      setDynamics(elem);
                      noteEventsInBar = 0;
                      repeats[voiceNumber].addBar(elem, voiceNumber);
                      rhythmHeadThisBar = false;
                      break;
                    case "style":
                      style[voiceNumber] = elem.head;
                      break;
                    case "timeSignature":
                      voices[voiceNumber].push(interpretMeter(elem));
                      break;
                    case "part":
                      break;
                    case "stem":
                    case "scale":
                    case "break":
                    case "font":
                      break;
                    case "midi":
                      var drumChange = false;
                      switch (elem.cmd) {
                        case "drumon":
                          drumOn = true;
                          drumChange = true;
                          break;
                        case "drumoff":
                          drumOn = false;
                          drumChange = true;
                          break;
                        case "drum":
                          drumPattern = elem.params;
                          drumChange = true;
                          break;
                        case "drumbars":
                          drumBars = elem.params[0];
                          drumChange = true;
                          break;
                        case "drummap":
                          break;
                        case "channel":
                          if (elem.params[0] === 10)
                            voices[voiceNumber].push({ el_type: "instrument", program: PERCUSSION_PROGRAM });
                          break;
                        case "program":
                          addIfDifferent(voices[voiceNumber], { el_type: "instrument", program: elem.params[0] });
                          channelExplicitlySet = true;
                          break;
                        case "transpose":
                          voices[voiceNumber].push({ el_type: "transpose", transpose: elem.params[0] });
                          break;
                        case "gchordoff":
                          voices[voiceNumber].push({ el_type: "gchordOn", tacet: true });
                          break;
                        case "gchordon":
                          voices[voiceNumber].push({ el_type: "gchordOn", tacet: false });
                          break;
                        case "beat":
                          voices[voiceNumber].push({ el_type: "beat", beats: elem.params });
                          break;
                        case "nobeataccents":
                          voices[voiceNumber].push({ el_type: "beataccents", value: false });
                          break;
                        case "beataccents":
                          voices[voiceNumber].push({ el_type: "beataccents", value: true });
                          break;
                        case "vol":
                        case "volinc":
                          voices[voiceNumber].push({ el_type: elem.cmd, volume: elem.params[0] });
                          break;
                        case "swing":
                        case "gchord":
                        case "bassvol":
                        case "chordvol":
                          voices[voiceNumber].push({ el_type: elem.cmd, param: elem.params[0] });
                          break;
                        case "bassprog":
                        // MAE 22 May 2024
                        case "chordprog":
                          voices[voiceNumber].push({
                            el_type: elem.cmd,
                            value: elem.params[0],
                            octaveShift: elem.params[1]
                          });
                          break;
                        // MAE 23 Jun 2024
                        case "gchordbars":
                          voices[voiceNumber].push({
                            el_type: elem.cmd,
                            param: elem.params[0]
                          });
                          break;
                        default:
                          console.log("MIDI seq: midi cmd not handled: ", elem.cmd, elem);
                      }
                      if (drumChange) {
                        voices[0].push({ el_type: "drum", params: { pattern: drumPattern, bars: drumBars, intro: drumIntro, on: drumOn } });
                        startingDrumSet = true;
                      }
                      break;
                    default:
                      console.log("MIDI: element type " + elem.el_type + " not handled.");
                  }
                }
                voiceNumber++;
                if (!durationCounter[voiceNumber])
                  durationCounter[voiceNumber] = 0;
              }
            }
          }
        }
        for (var r = 0; r < repeats.length; r++)
          voices[r] = repeats[r].resolveRepeats();
        insertTempoChanges(voices, tempoChanges);
        if (drumIntro) {
          var pickups = abctune.getPickupLength();
          for (var vv = 0; vv < voices.length; vv++) {
            var insertPoint = 0;
            while (voices[vv][insertPoint].el_type !== "note" && voices[vv].length > insertPoint)
              insertPoint++;
            if (voices[vv].length > insertPoint) {
              for (var w = 0; w < drumIntro; w++) {
                if (pickups === 0 || w < drumIntro - 1) {
                  voices[vv].splice(
                    insertPoint,
                    0,
                    { el_type: "note", rest: { type: "rest" }, duration: measureLength },
                    { el_type: "bar" }
                  );
                  insertPoint += 2;
                } else {
                  voices[vv].splice(insertPoint++, 0, { el_type: "note", rest: { type: "rest" }, duration: measureLength - pickups });
                }
              }
              if (drumOffAfterIntro) {
                drumOn = false;
                voices[vv].splice(insertPoint++, 0, { el_type: "drum", params: { pattern: drumPattern, bars: drumBars, intro: drumIntro, on: drumOn } });
                drumOffAfterIntro = false;
              }
            }
          }
        }
        if (voices.length > 0 && voices[0].length > 0) {
          voices[0][0].pickupLength = abctune.getPickupLength();
        }
        return voices;
      };
      function numNotesToDecoration(voice, start, decoration) {
        var counter = 0;
        for (var i = start + 1; i < voice.length; i++) {
          if (voice[i].el_type === "note")
            counter++;
          if (voice[i].decoration && voice[i].decoration.indexOf(decoration) >= 0)
            return counter;
        }
        return counter;
      }
      function endingVolume(voice, start, volumeDecorations) {
        var end = Math.min(voice.length, start + 3);
        for (var i = start; i < end; i++) {
          if (voice[i].el_type === "note") {
            if (voice[i].decoration) {
              for (var j = 0; j < voice[i].decoration.length; j++) {
                if (volumeDecorations.indexOf(voice[i].decoration[j]) >= 0)
                  return voice[i].decoration[j];
              }
            }
          }
        }
        return null;
      }
      function insertTempoChanges(voices, tempoChanges) {
        if (!tempoChanges || tempoChanges.length === 0)
          return;
        var changePositions = Object.keys(tempoChanges);
        for (var i = 0; i < voices.length; i++) {
          var voice = voices[i];
          var lastTempo = tempoChanges["0"] ? tempoChanges["0"].qpm : 0;
          for (var j = 0; j < voice.length; j++) {
            var el2 = voice[j];
            if (el2.el_type === "tempo")
              lastTempo = el2.qpm;
            if (changePositions.indexOf("" + el2.timing) >= 0 && lastTempo !== tempoChanges["" + el2.timing].qpm) {
              lastTempo = tempoChanges["" + el2.timing].qpm;
              if (el2.el_type === "tempo") {
                el2.qpm = tempoChanges["" + el2.timing].qpm;
                j++;
              } else {
                voices[i].splice(j, 0, { el_type: "tempo", qpm: tempoChanges["" + el2.timing].qpm, timing: el2.timing });
                j += 2;
              }
            }
          }
        }
      }
      function chordVoiceOffThisBar(voices) {
        for (var i = 0; i < voices.length; i++) {
          var voice = voices[i];
          var j = voice.length - 1;
          while (j >= 0 && voice[j].el_type !== "bar") {
            voice[j].noChordVoice = true;
            j--;
          }
        }
      }
      function getTrackTitle(staff, voiceNumber) {
        if (!staff || staff.length <= voiceNumber || !staff[voiceNumber].title)
          return void 0;
        return staff[voiceNumber].title.join(" ");
      }
      function interpretTempo(element, beatLength) {
        var duration = 1 / 4;
        if (element.duration) {
          duration = element.duration[0];
        }
        var bpm = 60;
        if (element.bpm) {
          bpm = element.bpm;
        }
        return duration * bpm / beatLength;
      }
      function interpretMeter(element) {
        var meter;
        switch (element.type) {
          case "common_time":
            meter = { el_type: "meter", num: 4, den: 4 };
            measureLength = 4 / 4;
            break;
          case "cut_time":
            meter = { el_type: "meter", num: 2, den: 2 };
            measureLength = 2 / 2;
            break;
          case "specified":
            let num = 0;
            if (element.value && element.value.length > 0 && element.value[0].num.indexOf("+") > 0) {
              var parts = element.value[0].num.split("+");
              for (var i = 0; i < parts.length; i++)
                num += parseInt(parts[i], 10);
            } else
              num = parseInt(element.value[0].num, 10);
            meter = { el_type: "meter", num, den: element.value[0].den };
            measureLength = num / parseInt(element.value[0].den, 10);
            break;
          default:
            meter = { el_type: "meter" };
            measureLength = 1;
        }
        return meter;
      }
      function removeNaturals(accidentals) {
        var acc = [];
        for (var i = 0; i < accidentals.length; i++) {
          if (accidentals[i].acc !== "natural")
            acc.push(accidentals[i]);
        }
        return acc;
      }
      function addKey(arr, key) {
        var newKey;
        if (key.root === "HP")
          newKey = { el_type: "key", accidentals: [{ acc: "natural", note: "g" }, { acc: "sharp", note: "f" }, { acc: "sharp", note: "c" }] };
        else
          newKey = { el_type: "key", accidentals: removeNaturals(key.accidentals) };
        addIfDifferent(arr, newKey);
      }
      function addMeter(arr, meter) {
        var newMeter = interpretMeter(meter);
        addIfDifferent(arr, newMeter);
      }
      function addIfDifferent(arr, item) {
        for (var i = arr.length - 1; i >= 0; i--) {
          if (arr[i].el_type === item.el_type) {
            if (JSON.stringify(arr[i]) !== JSON.stringify(item))
              arr.push(item);
            return;
          }
        }
        arr.push(item);
      }
    })();
    module2.exports = sequence;
  }
});

// node_modules/abcjs/src/synth/chord-track.js
var require_chord_track = __commonJS({
  "node_modules/abcjs/src/synth/chord-track.js"(exports2, module2) {
    var ChordTrack = function ChordTrack2(numVoices, chordsOff, midiOptions, meter) {
      this.chordTrack = [];
      this.chordTrackFinished = false;
      this.chordChannel = numVoices;
      this.currentChords = [];
      this.lastChord;
      this.chordLastBar;
      this.chordsOff = !!chordsOff;
      this.gChordTacet = this.chordsOff;
      this.hasRhythmHead = false;
      this.transpose = 0;
      this.lastBarTime = 0;
      this.meter = meter;
      this.tempoChangeFactor = 1;
      this.bassInstrument = midiOptions.bassprog && midiOptions.bassprog.length >= 1 ? midiOptions.bassprog[0] : 0;
      this.chordInstrument = midiOptions.chordprog && midiOptions.chordprog.length >= 1 ? midiOptions.chordprog[0] : 0;
      this.bassOctaveShift = midiOptions.bassprog && midiOptions.bassprog.length === 2 ? midiOptions.bassprog[1] : 0;
      this.chordOctaveShift = midiOptions.chordprog && midiOptions.chordprog.length === 2 ? midiOptions.chordprog[1] : 0;
      this.boomVolume = midiOptions.bassvol && midiOptions.bassvol.length === 1 ? midiOptions.bassvol[0] : 64;
      this.chickVolume = midiOptions.chordvol && midiOptions.chordvol.length === 1 ? midiOptions.chordvol[0] : 48;
      if (midiOptions.gchord && midiOptions.gchord.length > 0) {
        this.overridePattern = parseGChord(midiOptions.gchord[0]);
      } else {
        this.overridePattern = void 0;
      }
    };
    ChordTrack.prototype.setMeter = function(meter) {
      this.meter = meter;
    };
    ChordTrack.prototype.setTempoChangeFactor = function(tempoChangeFactor) {
      this.tempoChangeFactor = tempoChangeFactor;
    };
    ChordTrack.prototype.setLastBarTime = function(lastBarTime) {
      this.lastBarTime = lastBarTime;
    };
    ChordTrack.prototype.setTranspose = function(transpose2) {
      this.transpose = transpose2;
    };
    ChordTrack.prototype.setRhythmHead = function(isRhythmHead, elem) {
      this.hasRhythmHead = isRhythmHead;
      var ePitches = [];
      if (isRhythmHead) {
        if (this.lastChord && this.lastChord.chick) {
          for (var i2 = 0; i2 < this.lastChord.chick.length; i2++) {
            var note2 = Object.assign({}, elem.pitches[0]);
            note2.actualPitch = this.lastChord.chick[i2];
            ePitches.push(note2);
          }
        }
      }
      return ePitches;
    };
    ChordTrack.prototype.barEnd = function(element) {
      if (this.chordTrack.length > 0 && !this.chordTrackFinished) {
        this.resolveChords(this.lastBarTime, timeToRealTime(element.time));
        this.currentChords = [];
      }
      this.chordLastBar = this.lastChord;
    };
    ChordTrack.prototype.gChordOn = function(element) {
      if (!this.chordsOff)
        this.gChordTacet = element.tacet;
    };
    ChordTrack.prototype.paramChange = function(element) {
      switch (element.el_type) {
        case "gchord":
          if (element.param && element.param.length > 0) {
            this.overridePattern = parseGChord(element.param);
          } else
            this.overridePattern = void 0;
          break;
        case "bassprog":
          this.bassInstrument = element.value;
          if (element.octaveShift != void 0 && element.octaveShift != null) {
            this.bassOctaveShift = element.octaveShift;
          } else {
            this.bassOctaveShift = 0;
          }
          break;
        case "chordprog":
          this.chordInstrument = element.value;
          if (element.octaveShift != void 0 && element.octaveShift != null) {
            this.chordOctaveShift = element.octaveShift;
          } else {
            this.chordOctaveShift = 0;
          }
          break;
        case "bassvol":
          this.boomVolume = element.param;
          break;
        case "chordvol":
          this.chickVolume = element.param;
          break;
        default:
          console.log("unhandled midi param", element);
      }
    };
    ChordTrack.prototype.finish = function() {
      if (!this.chordTrackEmpty())
        this.chordTrackFinished = true;
    };
    ChordTrack.prototype.addTrack = function(tracks) {
      if (!this.chordTrackEmpty())
        tracks.push(this.chordTrack);
    };
    ChordTrack.prototype.findChord = function(elem) {
      if (this.gChordTacet)
        return "break";
      if (this.chordTrackFinished || !elem.chord || elem.chord.length === 0)
        return null;
      for (var i = 0; i < elem.chord.length; i++) {
        var ch = elem.chord[i];
        if (ch.position === "default")
          return ch.name;
        if (this.breakSynonyms.indexOf(ch.name.toLowerCase()) >= 0)
          return "break";
      }
      return null;
    };
    ChordTrack.prototype.interpretChord = function(name) {
      if (name.length === 0)
        return void 0;
      if (name === "break")
        return { chick: [] };
      var root = name.substring(0, 1);
      if (root === "(") {
        name = name.substring(1, name.length - 1);
        if (name.length === 0)
          return void 0;
        root = name.substring(0, 1);
      }
      var bass = this.basses[root];
      if (!bass)
        return void 0;
      var chordTranspose = this.transpose;
      while (chordTranspose < -8)
        chordTranspose += 12;
      while (chordTranspose > 8)
        chordTranspose -= 12;
      bass += chordTranspose;
      if (bass < 33) {
        bass += 12;
      } else if (bass > 44) {
        bass -= 12;
      }
      var unshiftedBass = bass;
      bass += this.bassOctaveShift * 12;
      var bass2 = bass - 5;
      var chick;
      if (name.length === 1)
        chick = this.chordNotes(bass, "");
      var remaining = name.substring(1);
      var acc = remaining.substring(0, 1);
      if (acc === "b" || acc === "\u266D") {
        unshiftedBass--;
        bass--;
        bass2--;
        remaining = remaining.substring(1);
      } else if (acc === "#" || acc === "\u266F") {
        unshiftedBass++;
        bass++;
        bass2++;
        remaining = remaining.substring(1);
      }
      var arr = remaining.split("/");
      chick = this.chordNotes(unshiftedBass, arr[0]);
      if (chick.length >= 3) {
        var fifth = chick[2] - chick[0];
        bass2 = bass2 + fifth - 7;
      }
      if (arr.length === 2) {
        var explicitBass = this.basses[arr[1].substring(0, 1)];
        if (explicitBass) {
          var bassAcc = arr[1].substring(1);
          var bassShift = { "#": 1, "\u266F": 1, "b": -1, "\u266D": -1 }[bassAcc] || 0;
          bass = this.basses[arr[1].substring(0, 1)] + bassShift + chordTranspose;
          bass += this.bassOctaveShift * 12;
          bass2 = bass;
        }
      }
      return { boom: bass, boom2: bass2, chick };
    };
    ChordTrack.prototype.chordNotes = function(bass, modifier) {
      modifier = modifier.replace(/♭/g, "b").replace(/♯/g, "#");
      var intervals = chordIntervals[modifier];
      if (!intervals) {
        if (modifier.slice(0, 2).toLowerCase() === "ma" || modifier[0] === "M")
          intervals = chordIntervals.M;
        else if (modifier[0] === "m" || modifier[0] === "-")
          intervals = chordIntervals.m;
        else
          intervals = chordIntervals.M;
      }
      bass += 12;
      bass += this.chordOctaveShift * 12;
      var notes = [];
      for (var i = 0; i < intervals.length; i++) {
        notes.push(bass + intervals[i]);
      }
      return notes;
    };
    ChordTrack.prototype.writeNote = function(note, beatLength, volume, beat, noteLength, instrument) {
      if (note !== void 0)
        this.chordTrack.push({ cmd: "note", pitch: note, volume, start: this.lastBarTime + beat * durationRounded(beatLength, this.tempoChangeFactor), duration: durationRounded(noteLength, this.tempoChangeFactor), gap: 0, instrument });
    };
    ChordTrack.prototype.chordTrackEmpty = function() {
      var isEmpty = true;
      for (var i = 0; i < this.chordTrack.length && isEmpty; i++) {
        if (this.chordTrack[i].cmd === "note")
          isEmpty = false;
      }
      return isEmpty;
    };
    ChordTrack.prototype.resolveChords = function(startTime, endTime) {
      if (this.hasRhythmHead)
        return;
      var num = this.meter.num;
      var den = this.meter.den;
      var beatLength = 1 / den;
      var noteLength = beatLength / 2;
      var thisMeasureLength = parseInt(num, 10) / parseInt(den, 10);
      var portionOfAMeasure = thisMeasureLength - (endTime - startTime) / this.tempoChangeFactor;
      if (Math.abs(portionOfAMeasure) < 1e-5)
        portionOfAMeasure = 0;
      if (this.currentChords.length === 0 || this.currentChords[0].beat !== 0) {
        this.currentChords.unshift({ beat: 0, chord: this.chordLastBar });
      }
      var currentChordsExpanded = expandCurrentChords(this.currentChords, 8 * num / den, beatLength);
      var thisPattern = this.overridePattern ? this.overridePattern : this.rhythmPatterns[num + "/" + den];
      if (portionOfAMeasure) {
        thisPattern = [];
        var beatsPresent = (endTime - startTime) / this.tempoChangeFactor * 8;
        for (var p = 0; p < beatsPresent / 2; p += 2) {
          thisPattern.push("chick");
          thisPattern.push("");
        }
      }
      if (!thisPattern) {
        thisPattern = [];
        for (var p = 0; p < 8 * num / den / 2; p++) {
          thisPattern.push("chick");
          thisPattern.push("");
        }
      }
      var firstBoom = true;
      var minLength = Math.min(thisPattern.length, currentChordsExpanded.length);
      for (var p = 0; p < minLength; p++) {
        if (p > 0 && currentChordsExpanded[p - 1] && currentChordsExpanded[p] && currentChordsExpanded[p - 1].boom !== currentChordsExpanded[p].boom)
          firstBoom = true;
        var type = thisPattern[p];
        var isBoom = type.indexOf("boom") >= 0;
        var newBass = !isBoom && p !== 0 && thisPattern[0].indexOf("boom") >= 0 && (!currentChordsExpanded[p - 1] || currentChordsExpanded[p - 1].boom !== currentChordsExpanded[p].boom);
        var pitches = resolvePitch(currentChordsExpanded[p], type, firstBoom, newBass);
        if (isBoom)
          firstBoom = false;
        for (var oo = 0; oo < pitches.length; oo++) {
          this.writeNote(
            pitches[oo],
            0.125,
            isBoom || newBass ? this.boomVolume : this.chickVolume,
            p,
            noteLength,
            isBoom || newBass ? this.bassInstrument : this.chordInstrument
          );
          if (newBass)
            newBass = false;
          else
            isBoom = false;
        }
      }
      return;
    };
    ChordTrack.prototype.processChord = function(elem) {
      if (this.chordTrackFinished)
        return;
      var chord = this.findChord(elem);
      if (chord) {
        var c = this.interpretChord(chord);
        if (c) {
          if (this.chordTrack.length === 0) {
            this.chordTrack.push({ cmd: "program", channel: this.chordChannel, instrument: this.chordInstrument });
          }
          this.lastChord = c;
          var barBeat = calcBeat(this.lastBarTime, timeToRealTime(elem.time));
          this.currentChords.push({ chord: this.lastChord, beat: barBeat, start: timeToRealTime(elem.time) });
        }
      }
    };
    function resolvePitch(currentChord, type, firstBoom, newBass) {
      var ret = [];
      if (!currentChord)
        return ret;
      if (type.indexOf("boom") >= 0)
        ret.push(firstBoom ? currentChord.boom : currentChord.boom2);
      else if (newBass)
        ret.push(currentChord.boom);
      var numChordNotes = currentChord.chick.length;
      if (type.indexOf("chick") >= 0) {
        for (var i = 0; i < numChordNotes; i++)
          ret.push(currentChord.chick[i]);
      }
      switch (type) {
        case "DO":
          ret.push(currentChord.chick[0]);
          break;
        case "MI":
          ret.push(currentChord.chick[1]);
          break;
        case "SOL":
          ret.push(extractNote(currentChord, 2));
          break;
        case "TI":
          ret.push(extractNote(currentChord, 3));
          break;
        case "TOP":
          ret.push(extractNote(currentChord, 4));
          break;
        case "do":
          ret.push(currentChord.chick[0] + 12);
          break;
        case "mi":
          ret.push(currentChord.chick[1] + 12);
          break;
        case "sol":
          ret.push(extractNote(currentChord, 2) + 12);
          break;
        case "ti":
          ret.push(extractNote(currentChord, 3) + 12);
          break;
        case "top":
          ret.push(extractNote(currentChord, 4) + 12);
          break;
      }
      return ret;
    }
    function extractNote(chord, index) {
      var octave = Math.floor(index / chord.chick.length);
      var note = chord.chick[index % chord.chick.length];
      return note + octave * 12;
    }
    function parseGChord(gchord) {
      var pattern = [];
      for (var i = 0; i < gchord.length; i++) {
        var ch = gchord[i];
        switch (ch) {
          case "z":
            pattern.push("");
            break;
          case "2":
            pattern.push("");
            break;
          // TODO-PER: This should extend the last note, but that's a small effect
          case "c":
            pattern.push("chick");
            break;
          case "b":
            pattern.push("boom&chick");
            break;
          case "f":
            pattern.push("boom");
            break;
          case "G":
            pattern.push("DO");
            break;
          case "H":
            pattern.push("MI");
            break;
          case "I":
            pattern.push("SOL");
            break;
          case "J":
            pattern.push("TI");
            break;
          case "K":
            pattern.push("TOP");
            break;
          case "g":
            pattern.push("do");
            break;
          case "h":
            pattern.push("mi");
            break;
          case "i":
            pattern.push("sol");
            break;
          case "j":
            pattern.push("ti");
            break;
          case "k":
            pattern.push("top");
            break;
        }
      }
      return pattern;
    }
    function expandCurrentChords(currentChords, num8thNotes, beatLength) {
      beatLength = beatLength * 8;
      var chords = [];
      if (currentChords.length === 0)
        return chords;
      var currentChord = currentChords[0].chord;
      for (var i = 1; i < currentChords.length; i++) {
        var current = currentChords[i];
        while (chords.length < current.beat) {
          chords.push(currentChord);
        }
        currentChord = current.chord;
      }
      while (chords.length < num8thNotes)
        chords.push(currentChord);
      return chords;
    }
    function calcBeat(measureStart, currTime) {
      var distanceFromStart = currTime - measureStart;
      return distanceFromStart * 8;
    }
    ChordTrack.prototype.breakSynonyms = ["break", "(break)", "no chord", "n.c.", "tacet"];
    ChordTrack.prototype.basses = {
      "A": 33,
      "B": 35,
      "C": 36,
      "D": 38,
      "E": 40,
      "F": 41,
      "G": 43
    };
    var chordIntervals = {
      // unusual chords
      "-addb2": [0, 1, 3, 7],
      "maddb2": [0, 1, 3, 7],
      "addb2": [0, 1, 4, 7],
      "susb2": [0, 1, 7],
      "-add2": [0, 2, 3, 7],
      "madd2": [0, 2, 3, 7],
      "add2": [0, 2, 4, 7],
      "sus2": [0, 2, 7],
      "-7sus2": [0, 2, 7, 10],
      "7sus2": [0, 2, 7, 10],
      "m7sus2": [0, 2, 7, 10],
      "min7sus2": [0, 2, 7, 10],
      "7sus2/9": [0, 2, 7, 10, 14],
      "add#2": [0, 3, 4, 7],
      "-add4": [0, 3, 5, 7],
      "madd4": [0, 3, 5, 7],
      // diminished chords
      "dim": [0, 3, 6],
      "m(b5)": [0, 3, 6],
      "\xB0": [0, 3, 6],
      "\u02DA": [0, 3, 6],
      "-add#4": [0, 3, 6, 7],
      "madd#4": [0, 3, 6, 7],
      "dim7": [0, 3, 6, 9],
      "\xB07": [0, 3, 6, 9],
      "\u02DA7": [0, 3, 6, 9],
      "-7(b5)": [0, 3, 6, 10],
      "-7b5": [0, 3, 6, 10],
      "m7(b5)": [0, 3, 6, 10],
      "m7b5": [0, 3, 6, 10],
      "\xF8": [0, 3, 6, 10],
      "\xF87": [0, 3, 6, 10],
      // minor chords
      "-": [0, 3, 7],
      "m": [0, 3, 7],
      "-(b6)": [0, 3, 7, 8],
      "-b6": [0, 3, 7, 8],
      "m(b6)": [0, 3, 7, 8],
      "mb6": [0, 3, 7, 8],
      "-6": [0, 3, 7, 9],
      "m6": [0, 3, 7, 9],
      "-6(9)": [0, 3, 7, 9, 14],
      "-6/9": [0, 3, 7, 9, 14],
      "-69": [0, 3, 7, 9, 14],
      "m6(9)": [0, 3, 7, 9, 14],
      "m6/9": [0, 3, 7, 9, 14],
      "m69": [0, 3, 7, 9, 14],
      "-7": [0, 3, 7, 10],
      "m7": [0, 3, 7, 10],
      "-7(b9)": [0, 3, 7, 10, 13],
      "-7b9": [0, 3, 7, 10, 13],
      "-7(9)": [0, 3, 7, 10, 14],
      "-7/9": [0, 3, 7, 10, 14],
      "-9": [0, 3, 7, 10, 14],
      "m7(9)": [0, 3, 7, 10, 14],
      "m7/9": [0, 3, 7, 10, 14],
      "m9": [0, 3, 7, 10, 14],
      "-7(9,11)": [0, 3, 7, 10, 14, 17],
      "-7/9/11": [0, 3, 7, 10, 14, 17],
      "m7(9,11)": [0, 3, 7, 10, 14, 17],
      "m7/9/11": [0, 3, 7, 10, 14, 17],
      "-13": [0, 3, 7, 10, 14, 17, 21],
      "-7(9,11,13)": [0, 3, 7, 10, 14, 17, 21],
      "-7/9/11/13": [0, 3, 7, 10, 14, 17, 21],
      "m13": [0, 3, 7, 10, 14, 17, 21],
      "m7(9,11,13)": [0, 3, 7, 10, 14, 17, 21],
      "m7/9/11/13": [0, 3, 7, 10, 14, 17, 21],
      "-7(9,13)": [0, 3, 7, 10, 14, 21],
      "-7/9/13": [0, 3, 7, 10, 14, 21],
      "m7(9,13)": [0, 3, 7, 10, 14, 21],
      "m7/9/13": [0, 3, 7, 10, 14, 21],
      "-7(11)": [0, 3, 7, 10, 17],
      "-7/11": [0, 3, 7, 10, 17],
      "m7(11)": [0, 3, 7, 10, 17],
      "m7/11": [0, 3, 7, 10, 17],
      "-7(11,13)": [0, 3, 7, 10, 17, 21],
      "-7/11/13": [0, 3, 7, 10, 17, 21],
      "m7(11,13)": [0, 3, 7, 10, 17, 21],
      "m7/11/13": [0, 3, 7, 10, 17, 21],
      "-(maj7)": [0, 3, 7, 11],
      "-7M": [0, 3, 7, 11],
      "-maj7": [0, 3, 7, 11],
      "-\u22067": [0, 3, 7, 11],
      "m(maj7)": [0, 3, 7, 11],
      "mM7": [0, 3, 7, 11],
      "min(maj7)": [0, 3, 7, 11],
      "-9+7": [0, 3, 7, 11, 13],
      "-(maj9)": [0, 3, 7, 11, 14],
      "-7M(9)": [0, 3, 7, 11, 14],
      "-maj9": [0, 3, 7, 11, 14],
      "-\u22069": [0, 3, 7, 11, 14],
      "m(maj9)": [0, 3, 7, 11, 14],
      "mM9": [0, 3, 7, 11, 14],
      "min(maj9)": [0, 3, 7, 11, 14],
      "-11": [0, 3, 7, 11, 14, 17],
      "m11": [0, 3, 7, 11, 14, 17],
      "-addb9": [0, 3, 7, 13],
      "maddb9": [0, 3, 7, 13],
      "-add9": [0, 3, 7, 14],
      "madd9": [0, 3, 7, 14],
      "-add11": [0, 3, 7, 17],
      "madd11": [0, 3, 7, 17],
      "-add#11": [0, 3, 7, 18],
      "madd#11": [0, 3, 7, 18],
      // altered minor chords
      "-#5": [0, 3, 8],
      "-(#5)": [0, 3, 8],
      "m#5": [0, 3, 8],
      "m(#5)": [0, 3, 8],
      "-7#5": [0, 3, 8, 10],
      "-7(#5)": [0, 3, 8, 10],
      "dim7(b13)": [0, 3, 9, 20],
      "\xB07(b13)": [0, 3, 9, 20],
      "\u02DA7(b13)": [0, 3, 9, 20],
      // altered major chords
      "add4": [0, 4, 5, 7],
      "maj(b5)": [0, 4, 6],
      "majb5": [0, 4, 6],
      "add#4": [0, 4, 6, 7],
      "7(b5)": [0, 4, 6, 10],
      "7b5": [0, 4, 6, 10],
      "7(b5,b9)": [0, 4, 6, 10, 13],
      "7(b9,b5)": [0, 4, 6, 10, 13],
      "7b5(b9)": [0, 4, 6, 10, 13],
      "7b9,b5": [0, 4, 6, 10, 13],
      "7b9b5": [0, 4, 6, 10, 13],
      "7(b5,b9,b13)": [0, 4, 6, 10, 13, 20],
      "7/b5/b9/b13": [0, 4, 6, 10, 13, 20],
      "7b5/b9/b13": [0, 4, 6, 10, 13, 20],
      "7(b5,b9,13)": [0, 4, 6, 10, 13, 21],
      "7/b5/b9/13": [0, 4, 6, 10, 13, 21],
      "7b5/b9/13": [0, 4, 6, 10, 13, 21],
      "7(9,b5)": [0, 4, 6, 10, 14],
      "7(b5,9)": [0, 4, 6, 10, 14],
      "7b5(9)": [0, 4, 6, 10, 14],
      "9b5": [0, 4, 6, 10, 14],
      "13(b5)": [0, 4, 6, 10, 14, 21],
      "13b5": [0, 4, 6, 10, 14, 21],
      "7(b5,9,13)": [0, 4, 6, 10, 14, 21],
      "7/b5/9/13": [0, 4, 6, 10, 14, 21],
      "7b5/9/13": [0, 4, 6, 10, 14, 21],
      "7#9b5": [0, 4, 6, 10, 15],
      "7(#9,b5)": [0, 4, 6, 10, 15],
      "7(b5,#9)": [0, 4, 6, 10, 15],
      "7b5(#9)": [0, 4, 6, 10, 15],
      "7(b5,#9,b13)": [0, 4, 6, 10, 15, 20],
      "7/b5/#9/b13": [0, 4, 6, 10, 15, 20],
      "7b5/#9/b13": [0, 4, 6, 10, 15, 20],
      "7(b5,#9,13)": [0, 4, 6, 10, 15, 21],
      "7/b5/#9/13": [0, 4, 6, 10, 15, 21],
      "7b5/#9/13": [0, 4, 6, 10, 15, 21],
      "7(b5,b13)": [0, 4, 6, 10, 20],
      "7/b5/b13": [0, 4, 6, 10, 20],
      "7b5/b13": [0, 4, 6, 10, 20],
      "7(b5,13)": [0, 4, 6, 10, 21],
      "7/b5/13": [0, 4, 6, 10, 21],
      "7b5(13)": [0, 4, 6, 10, 21],
      "7b5/13": [0, 4, 6, 10, 21],
      "7M(b5)": [0, 4, 6, 11],
      "maj7(b5)": [0, 4, 6, 11],
      "maj7b5": [0, 4, 6, 11],
      "7M(b5,9)": [0, 4, 6, 11, 14],
      "maj7(b5,9)": [0, 4, 6, 11, 14],
      "maj7b5/9": [0, 4, 6, 11, 14],
      "7M(b5,9,13)": [0, 4, 6, 11, 14, 21],
      "maj7(b5,9,13)": [0, 4, 6, 11, 14, 21],
      "maj7b5/9/13": [0, 4, 6, 11, 14, 21],
      "7M(b5,13)": [0, 4, 6, 11, 21],
      "maj7(b5,13)": [0, 4, 6, 11, 21],
      "maj7b5/13": [0, 4, 6, 11, 21],
      // major chords
      "M": [0, 4, 7],
      "\u0394": [0, 4, 7],
      "\u2206": [0, 4, 7],
      "6": [0, 4, 7, 9],
      "6(9)": [0, 4, 7, 9, 14],
      "6/9": [0, 4, 7, 9, 14],
      "69": [0, 4, 7, 9, 14],
      "6add9": [0, 4, 7, 9, 14],
      "6(9,11)": [0, 4, 7, 9, 14, 17],
      "6/9/11": [0, 4, 7, 9, 14, 17],
      "6911": [0, 4, 7, 9, 14, 17],
      "6(9,#11)": [0, 4, 7, 9, 14, 18],
      "6/9/#11": [0, 4, 7, 9, 14, 18],
      "69#11": [0, 4, 7, 9, 14, 18],
      "6(11)": [0, 4, 7, 9, 17],
      "6/11": [0, 4, 7, 9, 17],
      "611": [0, 4, 7, 9, 17],
      "6#11": [0, 4, 7, 9, 18],
      "6(#11)": [0, 4, 7, 9, 18],
      "6/#11": [0, 4, 7, 9, 18],
      "7": [0, 4, 7, 10],
      "7(b9)": [0, 4, 7, 10, 13],
      "7b9": [0, 4, 7, 10, 13],
      "7(9)": [0, 4, 7, 10, 14],
      "7/9": [0, 4, 7, 10, 14],
      "9": [0, 4, 7, 10, 14],
      "7(9,11)": [0, 4, 7, 10, 14, 17],
      "7/9/11": [0, 4, 7, 10, 14, 17],
      "7(9,11,13)": [0, 4, 7, 10, 14, 17, 21],
      "7/9/11/13": [0, 4, 7, 10, 14, 17, 21],
      "7#11": [0, 4, 7, 10, 14, 18],
      "7(#11)": [0, 4, 7, 10, 14, 18],
      "9#11": [0, 4, 7, 10, 14, 18],
      "9(#11)": [0, 4, 7, 10, 14, 18],
      "(13)": [0, 4, 7, 10, 14, 21],
      "13": [0, 4, 7, 10, 14, 21],
      "7(9,13)": [0, 4, 7, 10, 14, 21],
      "7/9/13": [0, 4, 7, 10, 14, 21],
      "9/13": [0, 4, 7, 10, 14, 21],
      "7#9": [0, 4, 7, 10, 15],
      "7(#9)": [0, 4, 7, 10, 15],
      "7(#9,b13)": [0, 4, 7, 10, 15, 20],
      "7(11)": [0, 4, 7, 10, 17],
      "7/11": [0, 4, 7, 10, 17],
      "7(11,13)": [0, 4, 7, 10, 17, 21],
      "7/11/13": [0, 4, 7, 10, 17, 21],
      "13#11": [0, 4, 7, 10, 18, 21],
      "13(#11)": [0, 4, 7, 10, 18, 21],
      "7(b13)": [0, 4, 7, 10, 20],
      "7b13": [0, 4, 7, 10, 20],
      "7(13)": [0, 4, 7, 10, 21],
      "7/13": [0, 4, 7, 10, 21],
      "7M": [0, 4, 7, 11],
      "maj7": [0, 4, 7, 11],
      "\u03947": [0, 4, 7, 11],
      "\u22067": [0, 4, 7, 11],
      "7M(9)": [0, 4, 7, 11, 14],
      "7M/9": [0, 4, 7, 11, 14],
      "maj7(9)": [0, 4, 7, 11, 14],
      "maj7/9": [0, 4, 7, 11, 14],
      "maj9": [0, 4, 7, 11, 14],
      "\u03949": [0, 4, 7, 11, 14],
      "\u22069": [0, 4, 7, 11, 14],
      "7M(9,11)": [0, 4, 7, 11, 14, 17],
      "7M/9/11": [0, 4, 7, 11, 14, 17],
      "maj11": [0, 4, 7, 11, 14, 17],
      "maj7(9,11)": [0, 4, 7, 11, 14, 17],
      "maj7/9/11": [0, 4, 7, 11, 14, 17],
      "\u039411": [0, 4, 7, 11, 14, 17],
      "\u220611": [0, 4, 7, 11, 14, 17],
      "7M(9,11,13)": [0, 4, 7, 11, 14, 17, 21],
      "7M/9/11/13": [0, 4, 7, 11, 14, 17, 21],
      "maj13": [0, 4, 7, 11, 14, 17, 21],
      "maj7(9,11,13)": [0, 4, 7, 11, 14, 17, 21],
      "maj7/9/11/13": [0, 4, 7, 11, 14, 17, 21],
      "\u039411(13)": [0, 4, 7, 11, 14, 17, 21],
      "\u039413": [0, 4, 7, 11, 14, 17, 21],
      "\u220611(13)": [0, 4, 7, 11, 14, 17, 21],
      "7M(9,#11)": [0, 4, 7, 11, 14, 18],
      "7M/9/#11": [0, 4, 7, 11, 14, 18],
      "maj7(9,#11)": [0, 4, 7, 11, 14, 18],
      "maj7/9/#11": [0, 4, 7, 11, 14, 18],
      "maj9#11": [0, 4, 7, 11, 14, 18],
      "maj9(#11)": [0, 4, 7, 11, 14, 18],
      "maj9/#11": [0, 4, 7, 11, 14, 18],
      "\u03949(#11)": [0, 4, 7, 11, 14, 18],
      "7M(9,#11,13)": [0, 4, 7, 11, 14, 18, 21],
      "7M/9/#11/13": [0, 4, 7, 11, 14, 18, 21],
      "maj13#11": [0, 4, 7, 11, 14, 18, 21],
      "maj13(#11)": [0, 4, 7, 11, 14, 18, 21],
      "maj13/#11": [0, 4, 7, 11, 14, 18, 21],
      "\u039413(#11)": [0, 4, 7, 11, 14, 18, 21],
      "\u220613(#11)": [0, 4, 7, 11, 14, 18, 21],
      "7M(9,13)": [0, 4, 7, 11, 14, 21],
      "7M/9/13": [0, 4, 7, 11, 14, 21],
      "maj7(9,13)": [0, 4, 7, 11, 14, 21],
      "maj7/9/13": [0, 4, 7, 11, 14, 21],
      "maj9(13)": [0, 4, 7, 11, 14, 21],
      "\u03949(13)": [0, 4, 7, 11, 14, 21],
      "\u22069(13)": [0, 4, 7, 11, 14, 21],
      "7M(11)": [0, 4, 7, 11, 17],
      "7M/11": [0, 4, 7, 11, 17],
      "maj7(11)": [0, 4, 7, 11, 17],
      "maj7/11": [0, 4, 7, 11, 17],
      "\u03947(11)": [0, 4, 7, 11, 17],
      "\u22067(11)": [0, 4, 7, 11, 17],
      "7M(#11)": [0, 4, 7, 11, 18],
      "7M/#11": [0, 4, 7, 11, 18],
      "maj7(#11)": [0, 4, 7, 11, 18],
      "maj7/#11": [0, 4, 7, 11, 18],
      "\u03947(#11)": [0, 4, 7, 11, 18],
      "\u22067(#11)": [0, 4, 7, 11, 18],
      "7M(13)": [0, 4, 7, 11, 21],
      "7M/13": [0, 4, 7, 11, 21],
      "maj7(13)": [0, 4, 7, 11, 21],
      "maj7/13": [0, 4, 7, 11, 21],
      "\u03947(13)": [0, 4, 7, 11, 21],
      "\u22067(13)": [0, 4, 7, 11, 21],
      "addb9": [0, 4, 7, 13],
      "add9": [0, 4, 7, 14],
      "add#9": [0, 4, 7, 15],
      "add11": [0, 4, 7, 17],
      "add#11": [0, 4, 7, 18],
      // augmented chords
      "+": [0, 4, 8],
      "aug": [0, 4, 8],
      "+7": [0, 4, 8, 10],
      "7#5": [0, 4, 8, 10],
      "7(#5)": [0, 4, 8, 10],
      "7+5": [0, 4, 8, 10],
      "aug7": [0, 4, 8, 10],
      "7(b9,#5)": [0, 4, 8, 10, 13],
      "7b9#5": [0, 4, 8, 10, 13],
      "9#5": [0, 4, 8, 10, 14],
      "9(#5)": [0, 4, 8, 10, 14],
      "9+5": [0, 4, 8, 10, 14],
      "13#5": [0, 4, 8, 10, 14, 21],
      "13(#5)": [0, 4, 8, 10, 14, 21],
      "7M(#5)": [0, 4, 8, 11],
      "maj7#5": [0, 4, 8, 11],
      "maj7(#5)": [0, 4, 8, 11],
      "7M(#5,9)": [0, 4, 8, 11, 14],
      "maj7#5/9": [0, 4, 8, 11, 14],
      "maj7(#5,9)": [0, 4, 8, 11, 14],
      "maj7#5#11": [0, 4, 8, 11, 18],
      "maj7(#5,#11)": [0, 4, 8, 11, 18],
      // sus4 chords
      "sus": [0, 5, 7],
      "sus4": [0, 5, 7],
      "-7sus4": [0, 5, 7, 10],
      "7sus": [0, 5, 7, 10],
      "7sus4": [0, 5, 7, 10],
      "m7sus4": [0, 5, 7, 10],
      "min7sus4": [0, 5, 7, 10],
      "7sus(b9)": [0, 5, 7, 10, 13],
      "7sus4(b9)": [0, 5, 7, 10, 13],
      "-9sus4": [0, 5, 7, 10, 14],
      "7sus4(9)": [0, 5, 7, 10, 14],
      "7sus4/9": [0, 5, 7, 10, 14],
      "9sus": [0, 5, 7, 10, 14],
      "9sus4": [0, 5, 7, 10, 14],
      "m9sus4": [0, 5, 7, 10, 14],
      "min9sus4": [0, 5, 7, 10, 14],
      "11sus4": [0, 5, 7, 10, 14, 17],
      "13sus4": [0, 5, 7, 10, 14, 21],
      "7sus(#9)": [0, 5, 7, 10, 15],
      "7sus4(#9)": [0, 5, 7, 10, 15],
      "7sus4(11)": [0, 5, 7, 10, 17],
      "7sus4(13)": [0, 5, 7, 10, 21],
      "7Msus": [0, 5, 7, 11],
      "7Msus4": [0, 5, 7, 11],
      "maj7sus": [0, 5, 7, 11],
      "maj7sus4": [0, 5, 7, 11],
      // power chords and unusual chords
      "#4": [0, 6],
      "b5": [0, 6],
      "sus#4": [0, 6, 7],
      "7Msus#4": [0, 6, 11],
      "maj7sus#4": [0, 6, 11],
      "5": [0, 7],
      "11": [0, 7, 10, 14, 17],
      "5(8)": [0, 7, 12],
      "5add8": [0, 7, 12],
      "5(9)": [0, 7, 14],
      "5add9": [0, 7, 14],
      "#5": [0, 8],
      "b6": [0, 8]
    };
    ChordTrack.prototype.rhythmPatterns = {
      "2/2": ["boom", "", "", "", "chick", "", "", ""],
      "3/2": ["boom", "", "", "", "chick", "", "", "", "chick", "", "", ""],
      "4/2": ["boom", "", "", "", "chick", "", "", "", "boom", "", "", "", "chick", "", "", ""],
      "2/4": ["boom", "", "chick", ""],
      "3/4": ["boom", "", "chick", "", "chick", ""],
      "4/4": ["boom", "", "chick", "", "boom", "", "chick", ""],
      "5/4": ["boom", "", "chick", "", "chick", "", "boom", "", "chick", ""],
      "6/4": ["boom", "", "chick", "", "boom", "", "chick", "", "boom", "", "chick", ""],
      "3/8": ["boom", "", "chick"],
      "5/8": ["boom", "chick", "chick", "boom", "chick"],
      "6/8": ["boom", "", "chick", "boom", "", "chick"],
      "7/8": ["boom", "chick", "chick", "boom", "chick", "boom", "chick"],
      "9/8": ["boom", "", "chick", "boom", "", "chick", "boom", "", "chick"],
      "10/8": ["boom", "chick", "chick", "boom", "chick", "chick", "boom", "chick", "boom", "chick"],
      "11/8": ["boom", "chick", "chick", "boom", "chick", "chick", "boom", "chick", "boom", "chick", "chick"],
      "12/8": ["boom", "", "chick", "boom", "", "chick", "boom", "", "chick", "boom", "", "chick"]
    };
    function timeToRealTime(time) {
      return time / 1e6;
    }
    function durationRounded(duration, tempoChangeFactor) {
      return Math.round(duration * tempoChangeFactor * 1e6) / 1e6;
    }
    module2.exports = ChordTrack;
  }
});

// node_modules/abcjs/src/synth/pitches-to-perc.js
var require_pitches_to_perc = __commonJS({
  "node_modules/abcjs/src/synth/pitches-to-perc.js"(exports2, module2) {
    var pitchMap = {
      f0: "_C",
      n0: "=C",
      s0: "^C",
      x0: "C",
      f1: "_D",
      n1: "=D",
      s1: "^D",
      x1: "D",
      f2: "_E",
      n2: "=E",
      s2: "^E",
      x2: "E",
      f3: "_F",
      n3: "=F",
      s3: "^F",
      x3: "F",
      f4: "_G",
      n4: "=G",
      s4: "^G",
      x4: "G",
      f5: "_A",
      n5: "=A",
      s5: "^A",
      x5: "A",
      f6: "_B",
      n6: "=B",
      s6: "^B",
      x6: "B",
      f7: "_c",
      n7: "=c",
      s7: "^c",
      x7: "c",
      f8: "_d",
      n8: "=d",
      s8: "^d",
      x8: "d",
      f9: "_e",
      n9: "=e",
      s9: "^e",
      x9: "e",
      f10: "_f",
      n10: "=f",
      s10: "^f",
      x10: "f",
      f11: "_g",
      n11: "=g",
      s11: "^g",
      x11: "g",
      f12: "_a",
      n12: "=a",
      s12: "^a",
      x12: "a",
      f13: "_b",
      n13: "=b",
      s13: "^b",
      x13: "b",
      f14: "_c'",
      n14: "=c'",
      s14: "^c'",
      x14: "c'",
      f15: "_d'",
      n15: "=d'",
      s15: "^d'",
      x15: "d'",
      f16: "_e'",
      n16: "=e'",
      s16: "^e'",
      x16: "e'"
    };
    function pitchesToPerc(pitchObj) {
      var pitch = (pitchObj.accidental ? pitchObj.accidental[0] : "x") + pitchObj.verticalPos;
      return pitchMap[pitch];
    }
    module2.exports = pitchesToPerc;
  }
});

// node_modules/abcjs/src/synth/abc_midi_flattener.js
var require_abc_midi_flattener = __commonJS({
  "node_modules/abcjs/src/synth/abc_midi_flattener.js"(exports2, module2) {
    var flatten;
    var ChordTrack = require_chord_track();
    var pitchesToPerc = require_pitches_to_perc();
    (function() {
      "use strict";
      var barAccidentals;
      var accidentals;
      var transpose2;
      var bagpipes;
      var tracks;
      var startingTempo;
      var startingMeter;
      var tempoChangeFactor = 1;
      var instrument;
      var currentInstrument;
      var currentTrack;
      var lastNoteDurationPosition;
      var currentTrackName;
      var lastEventTime;
      var chordTrack;
      var meter = { num: 4, den: 4 };
      var drumInstrument = 128;
      var lastBarTime;
      var doBeatAccents = true;
      var stressBeat1 = 105;
      var stressBeatDown = 95;
      var stressBeatUp = 85;
      var volumesPerNotePitch = [[stressBeat1, stressBeatDown, stressBeatUp]];
      var beatFraction = 0.25;
      var nextVolume;
      var nextVolumeDelta;
      var slurCount = 0;
      var drumTrack;
      var drumTrackFinished;
      var drumDefinition = {};
      var drumBars;
      var pickupLength = 0;
      var percmap;
      var normalBreakBetweenNotes = 0;
      var slurredBreakBetweenNotes = -1e-3;
      var staccatoBreakBetweenNotes = 0.4;
      flatten = function(voices, options, percmap_, midiOptions) {
        if (!options) options = {};
        if (!midiOptions) midiOptions = {};
        barAccidentals = [];
        accidentals = [0, 0, 0, 0, 0, 0, 0];
        bagpipes = false;
        tracks = [];
        startingTempo = options.qpm;
        startingMeter = void 0;
        tempoChangeFactor = 1;
        instrument = void 0;
        currentInstrument = void 0;
        currentTrack = void 0;
        currentTrackName = void 0;
        lastEventTime = 0;
        percmap = percmap_;
        meter = { num: 4, den: 4 };
        doBeatAccents = true;
        stressBeat1 = 105;
        stressBeatDown = 95;
        stressBeatUp = 85;
        volumesPerNotePitch = [];
        beatFraction = 0.25;
        nextVolume = void 0;
        nextVolumeDelta = void 0;
        slurCount = 0;
        drumTrack = [];
        drumTrackFinished = false;
        drumDefinition = {};
        drumBars = 1;
        if (voices.length > 0 && voices[0].length > 0)
          pickupLength = voices[0][0].pickupLength;
        if (options.bassprog !== void 0 && !midiOptions.bassprog)
          midiOptions.bassprog = [options.bassprog];
        if (options.bassvol !== void 0 && !midiOptions.bassvol)
          midiOptions.bassvol = [options.bassvol];
        if (options.chordprog !== void 0 && !midiOptions.chordprog)
          midiOptions.chordprog = [options.chordprog];
        if (options.chordvol !== void 0 && !midiOptions.chordvol)
          midiOptions.chordvol = [options.chordvol];
        if (options.gchord !== void 0 && !midiOptions.gchord)
          midiOptions.gchord = [options.gchord];
        chordTrack = new ChordTrack(voices.length, options.chordsOff, midiOptions, meter);
        preProcess(voices, options);
        for (var i = 0; i < voices.length; i++) {
          transpose2 = 0;
          chordTrack.setTranspose(transpose2);
          lastNoteDurationPosition = -1;
          var voice = voices[i];
          currentTrack = [{ cmd: "program", channel: i, instrument }];
          currentTrackName = void 0;
          lastBarTime = 0;
          chordTrack.setLastBarTime(0);
          var voiceOff = false;
          if (options.voicesOff === true)
            voiceOff = true;
          else if (options.voicesOff && options.voicesOff.length && options.voicesOff.indexOf(i) >= 0)
            voiceOff = true;
          for (var j = 0; j < voice.length; j++) {
            var element = voice[j];
            switch (element.el_type) {
              case "name":
                currentTrackName = { cmd: "text", type: "name", text: element.trackName };
                break;
              case "note":
                writeNote(element, voiceOff);
                break;
              case "key":
                accidentals = setKeySignature2(element);
                break;
              case "meter":
                if (!startingMeter)
                  startingMeter = element;
                meter = element;
                chordTrack.setMeter(meter);
                beatFraction = getBeatFraction(meter);
                alignDrumToMeter();
                break;
              case "tempo":
                if (!startingTempo)
                  startingTempo = element.qpm;
                else
                  tempoChangeFactor = element.qpm ? startingTempo / element.qpm : 1;
                chordTrack.setTempoChangeFactor(tempoChangeFactor);
                break;
              case "transpose":
                transpose2 = element.transpose;
                chordTrack.setTranspose(transpose2);
                break;
              case "bar":
                chordTrack.barEnd(element);
                barAccidentals = [];
                if (i === 0)
                  writeDrum(voices.length + 1);
                chordTrack.setRhythmHead(false);
                lastBarTime = timeToRealTime(element.time);
                chordTrack.setLastBarTime(lastBarTime);
                break;
              case "bagpipes":
                bagpipes = true;
                break;
              case "instrument":
                if (instrument === void 0)
                  instrument = element.program;
                currentInstrument = element.program;
                if (currentTrack.length > 0 && currentTrack[currentTrack.length - 1].cmd === "program")
                  currentTrack[currentTrack.length - 1].instrument = element.program;
                else {
                  var ii;
                  for (ii = currentTrack.length - 1; ii >= 0 && currentTrack[ii].cmd !== "program"; ii--)
                    ;
                  if (ii < 0 || currentTrack[ii].instrument !== element.program)
                    currentTrack.push({ cmd: "program", channel: 0, instrument: element.program });
                }
                break;
              case "channel":
                setChannel(element.channel);
                break;
              case "drum":
                drumDefinition = normalizeDrumDefinition(element.params);
                alignDrumToMeter();
                break;
              case "gchordOn":
                chordTrack.gChordOn(element);
                break;
              case "beat":
                stressBeat1 = element.beats[0];
                stressBeatDown = element.beats[1];
                stressBeatUp = element.beats[2];
                if (!element.volumesPerNotePitch)
                  volumesPerNotePitch = [];
                else
                  volumesPerNotePitch = element.volumesPerNotePitch;
                break;
              case "vol":
                nextVolume = element.volume;
                break;
              case "volinc":
                nextVolumeDelta = element.volume;
                break;
              case "beataccents":
                doBeatAccents = element.value;
                break;
              case "gchord":
              case "bassprog":
              case "chordprog":
              case "bassvol":
              case "chordvol":
              case "gchordbars":
                chordTrack.paramChange(element);
                break;
              default:
                console.log("MIDI creation. Unknown el_type: " + element.el_type + "\n");
                break;
            }
          }
          if (currentTrack[0].instrument === void 0)
            currentTrack[0].instrument = instrument ? instrument : 0;
          if (currentTrackName)
            currentTrack.unshift(currentTrackName);
          tracks.push(currentTrack);
          chordTrack.finish();
          if (drumTrack.length > 0)
            drumTrackFinished = true;
        }
        if (options.detuneOctave)
          findOctaves(tracks, parseInt(options.detuneOctave, 10));
        chordTrack.addTrack(tracks);
        if (drumTrack.length > 0)
          tracks.push(drumTrack);
        return { tempo: startingTempo, instrument, tracks, totalDuration: lastEventTime };
      };
      function setChannel(channel) {
        for (var i = currentTrack.length - 1; i >= 0; i--) {
          if (currentTrack[i].cmd === "program") {
            currentTrack[i].channel = channel;
            return;
          }
        }
      }
      function timeToRealTime(time) {
        return time / 1e6;
      }
      function durationRounded(duration) {
        return Math.round(duration * tempoChangeFactor * 1e6) / 1e6;
      }
      function preProcess(voices, options) {
        for (var i = 0; i < voices.length; i++) {
          var voice = voices[i];
          var ties = {};
          var startingTempo2 = options.qpm;
          var timeCounter = 0;
          var tempoMultiplier = 1;
          for (var j = 0; j < voice.length; j++) {
            var element = voice[j];
            if (element.el_type === "tempo") {
              if (!startingTempo2)
                startingTempo2 = element.qpm;
              else
                tempoMultiplier = element.qpm ? startingTempo2 / element.qpm : 1;
              continue;
            }
            element.time = timeCounter;
            var thisDuration = element.duration ? element.duration : 0;
            timeCounter += Math.round(thisDuration * tempoMultiplier * 1e6);
            if (element.pitches) {
              for (var k = 0; k < element.pitches.length; k++) {
                var pitch = element.pitches[k];
                if (pitch) {
                  pitch.duration = element.duration;
                  if (pitch.startTie) {
                    if (ties[pitch.pitch] === void 0)
                      ties[pitch.pitch] = { el: j, pitch: k };
                    else {
                      voice[ties[pitch.pitch].el].pitches[ties[pitch.pitch].pitch].duration += pitch.duration;
                      element.pitches[k] = null;
                    }
                  } else if (pitch.endTie) {
                    var tie = ties[pitch.pitch];
                    if (tie) {
                      var dur = pitch.duration;
                      delete voice[tie.el].pitches[tie.pitch].startTie;
                      voice[tie.el].pitches[tie.pitch].duration += dur;
                      element.pitches[k] = null;
                      delete ties[pitch.pitch];
                    } else {
                      delete pitch.endTie;
                    }
                  }
                }
              }
              delete element.duration;
            }
          }
          for (var key in ties) {
            if (ties.hasOwnProperty(key)) {
              var item = ties[key];
              delete voice[item.el].pitches[item.pitch].startTie;
            }
          }
        }
      }
      function getBeatFraction(meter2) {
        switch (parseInt(meter2.den, 10)) {
          case 2:
            return 0.5;
          case 4:
            return 0.25;
          case 8:
            if (meter2.num % 3 === 0)
              return 0.375;
            else
              return 0.125;
          case 16:
            return 0.125;
        }
        return 0.25;
      }
      function calcBeat(measureStart, beatLength, currTime) {
        var distanceFromStart = currTime - measureStart;
        return distanceFromStart / beatLength;
      }
      function processVolume(beat, voiceOff, pitchIndexOfNote) {
        if (voiceOff)
          return 0;
        let pitchStressBeat1 = stressBeat1;
        let pitchStressBeatDown = stressBeatDown;
        let pitchStressBeatUp = stressBeatUp;
        if (pitchIndexOfNote !== void 0 && volumesPerNotePitch.length >= pitchIndexOfNote + 1) {
          pitchStressBeat1 = volumesPerNotePitch[pitchIndexOfNote][0];
          pitchStressBeatDown = volumesPerNotePitch[pitchIndexOfNote][1];
          pitchStressBeatUp = volumesPerNotePitch[pitchIndexOfNote][2];
        }
        var volume;
        if (nextVolume !== void 0) {
          volume = nextVolume;
          nextVolume = void 0;
        } else if (!doBeatAccents) {
          volume = pitchStressBeatDown;
        } else if (pickupLength > beat) {
          volume = pitchStressBeatUp;
        } else {
          var barBeat = calcBeat(lastBarTime, getBeatFraction(meter), beat);
          if (barBeat === 0)
            volume = pitchStressBeat1;
          else if (parseInt(barBeat, 10) === barBeat)
            volume = pitchStressBeatDown;
          else
            volume = pitchStressBeatUp;
        }
        if (nextVolumeDelta) {
          volume += nextVolumeDelta;
          nextVolumeDelta = void 0;
        }
        if (volume < 0)
          volume = 0;
        if (volume > 127)
          volume = 127;
        return voiceOff ? 0 : volume;
      }
      function findNoteModifications(elem, velocity) {
        var ret = {};
        if (elem.decoration) {
          for (var d = 0; d < elem.decoration.length; d++) {
            if (elem.decoration[d] === "staccato")
              ret.thisBreakBetweenNotes = "staccato";
            else if (elem.decoration[d] === "tenuto")
              ret.thisBreakBetweenNotes = "tenuto";
            else if (elem.decoration[d] === "accent")
              ret.velocity = Math.min(127, velocity * 1.5);
            else if (elem.decoration[d] === "trill")
              ret.noteModification = "trill";
            else if (elem.decoration[d] === "lowermordent")
              ret.noteModification = "lowermordent";
            else if (elem.decoration[d] === "uppermordent")
              ret.noteModification = "pralltriller";
            else if (elem.decoration[d] === "mordent")
              ret.noteModification = "mordent";
            else if (elem.decoration[d] === "turn")
              ret.noteModification = "turn";
            else if (elem.decoration[d] === "roll")
              ret.noteModification = "roll";
            else if (elem.decoration[d] === "pralltriller")
              ret.noteModification = "pralltriller";
            else if (elem.decoration[d] === "trillh")
              ret.noteModification = "trillh";
          }
        }
        return ret;
      }
      function doModifiedNotes(noteModification, p) {
        var noteTime;
        var numNotes;
        var start = p.start;
        var pp;
        var runningDuration = p.duration;
        var shortestNote = durationRounded(1 / 32);
        switch (noteModification) {
          case "trill":
            var note = 2;
            while (runningDuration > 0) {
              currentTrack.push({ cmd: "note", pitch: p.pitch + note, volume: p.volume, start, duration: shortestNote, gap: 0, instrument: currentInstrument, style: "decoration" });
              note = note === 2 ? 0 : 2;
              runningDuration -= shortestNote;
              start += shortestNote;
            }
            break;
          case "trillh":
            var note = 1;
            while (runningDuration > 0) {
              currentTrack.push({
                cmd: "note",
                pitch: p.pitch + note,
                volume: p.volume,
                start,
                duration: shortestNote,
                gap: 0,
                instrument: currentInstrument,
                style: "decoration"
              });
              note = note === 1 ? 0 : 1;
              runningDuration -= shortestNote;
              start += shortestNote;
            }
            break;
          case "pralltriller":
            currentTrack.push({ cmd: "note", pitch: p.pitch, volume: p.volume, start, duration: shortestNote, gap: 0, instrument: currentInstrument, style: "decoration" });
            runningDuration -= shortestNote;
            start += shortestNote;
            currentTrack.push({ cmd: "note", pitch: p.pitch + 2, volume: p.volume, start, duration: shortestNote, gap: 0, instrument: currentInstrument, style: "decoration" });
            runningDuration -= shortestNote;
            start += shortestNote;
            currentTrack.push({ cmd: "note", pitch: p.pitch, volume: p.volume, start, duration: runningDuration, gap: 0, instrument: currentInstrument });
            break;
          case "mordent":
          case "lowermordent":
            currentTrack.push({ cmd: "note", pitch: p.pitch, volume: p.volume, start, duration: shortestNote, gap: 0, instrument: currentInstrument, style: "decoration" });
            runningDuration -= shortestNote;
            start += shortestNote;
            currentTrack.push({ cmd: "note", pitch: p.pitch - 2, volume: p.volume, start, duration: shortestNote, gap: 0, instrument: currentInstrument, style: "decoration" });
            runningDuration -= shortestNote;
            start += shortestNote;
            currentTrack.push({ cmd: "note", pitch: p.pitch, volume: p.volume, start, duration: runningDuration, gap: 0, instrument: currentInstrument });
            break;
          case "turn":
            shortestNote = p.duration / 4;
            currentTrack.push({ cmd: "note", pitch: p.pitch + 2, volume: p.volume, start, duration: shortestNote, gap: 0, instrument: currentInstrument, style: "decoration" });
            currentTrack.push({ cmd: "note", pitch: p.pitch, volume: p.volume, start: start + shortestNote, duration: shortestNote, gap: 0, instrument: currentInstrument, style: "decoration" });
            currentTrack.push({ cmd: "note", pitch: p.pitch - 1, volume: p.volume, start: start + shortestNote * 2, duration: shortestNote, gap: 0, instrument: currentInstrument, style: "decoration" });
            currentTrack.push({ cmd: "note", pitch: p.pitch, volume: p.volume, start: start + shortestNote * 3, duration: shortestNote, gap: 0, instrument: currentInstrument, style: "decoration" });
            break;
          case "roll":
            while (runningDuration > 0) {
              currentTrack.push({ cmd: "note", pitch: p.pitch, volume: p.volume, start, duration: shortestNote, gap: 0, instrument: currentInstrument, style: "decoration" });
              runningDuration -= shortestNote * 2;
              start += shortestNote * 2;
            }
            break;
        }
      }
      function writeNote(elem, voiceOff) {
        var velocity = processVolume(timeToRealTime(elem.time), voiceOff);
        chordTrack.processChord(elem);
        var graces;
        if (elem.gracenotes && elem.pitches && elem.pitches.length > 0 && elem.pitches[0]) {
          graces = processGraceNotes(elem.gracenotes, elem.pitches[0].duration);
          if (elem.elem)
            elem.elem.midiGraceNotePitches = writeGraceNotes(graces, timeToRealTime(elem.time), velocity * 2 / 3, currentInstrument);
        }
        if (elem.elem) {
          var rt = timeToRealTime(elem.time);
          var ms = rt / beatFraction / startingTempo * 60 * 1e3;
          if (elem.elem.currentTrackMilliseconds === void 0) {
            elem.elem.currentTrackMilliseconds = ms;
            elem.elem.currentTrackWholeNotes = rt;
          } else {
            if (elem.elem.currentTrackMilliseconds.length === void 0) {
              if (elem.elem.currentTrackMilliseconds !== ms) {
                elem.elem.currentTrackMilliseconds = [elem.elem.currentTrackMilliseconds, ms];
                elem.elem.currentTrackWholeNotes = [elem.elem.currentTrackWholeNotes, rt];
              }
            } else {
              var found = false;
              for (var j = 0; j < elem.elem.currentTrackMilliseconds.length; j++) {
                if (elem.elem.currentTrackMilliseconds[j] === ms)
                  found = true;
              }
              if (!found) {
                elem.elem.currentTrackMilliseconds.push(ms);
                elem.elem.currentTrackWholeNotes.push(rt);
              }
            }
          }
        }
        if (elem.pitches) {
          var thisBreakBetweenNotes = "";
          var ret = findNoteModifications(elem, velocity);
          if (ret.thisBreakBetweenNotes)
            thisBreakBetweenNotes = ret.thisBreakBetweenNotes;
          if (ret.velocity)
            velocity = ret.velocity;
          var ePitches = elem.pitches;
          if (elem.style === "rhythm") {
            ePitches = chordTrack.setRhythmHead(true, elem);
          }
          if (elem.elem)
            elem.elem.midiPitches = [];
          for (var i = 0; i < ePitches.length; i++) {
            let pitchVelocity = velocity;
            if (!ret.velocity && Array.isArray(elem.decoration) && elem.decoration.length > i) {
              pitchVelocity = processVolume(timeToRealTime(elem.time), voiceOff, i);
            }
            var note = ePitches[i];
            if (!note)
              continue;
            if (note.startSlur)
              slurCount += note.startSlur.length;
            if (note.endSlur)
              slurCount -= note.endSlur.length;
            var actualPitch = note.actualPitch ? note.actualPitch : adjustPitch(note);
            if (currentInstrument === drumInstrument && percmap) {
              var name = pitchesToPerc(note);
              if (name && percmap[name])
                actualPitch = percmap[name].sound;
            }
            var p = { cmd: "note", pitch: actualPitch, volume: pitchVelocity, start: timeToRealTime(elem.time), duration: durationRounded(note.duration), instrument: currentInstrument, startChar: elem.elem.startChar, endChar: elem.elem.endChar };
            p = adjustForMicroTone(p);
            if (elem.gracenotes) {
              p.duration = p.duration / 2;
              p.start = p.start + p.duration;
            }
            if (elem.elem)
              elem.elem.midiPitches.push(p);
            if (ret.noteModification) {
              doModifiedNotes(ret.noteModification, p);
            } else {
              if (slurCount > 0)
                p.endType = "tenuto";
              else if (thisBreakBetweenNotes)
                p.endType = thisBreakBetweenNotes;
              switch (p.endType) {
                case "tenuto":
                  p.gap = slurredBreakBetweenNotes;
                  break;
                case "staccato":
                  var d = p.duration * staccatoBreakBetweenNotes;
                  p.gap = startingTempo / 60 * d;
                  break;
                default:
                  p.gap = normalBreakBetweenNotes;
                  break;
              }
              currentTrack.push(p);
            }
          }
          lastNoteDurationPosition = currentTrack.length - 1;
        }
        var realDur = getRealDuration(elem);
        lastEventTime = Math.max(lastEventTime, timeToRealTime(elem.time) + durationRounded(realDur));
      }
      function getRealDuration(elem) {
        if (elem.pitches && elem.pitches.length > 0 && elem.pitches[0])
          return elem.pitches[0].duration;
        if (elem.elem)
          return elem.elem.duration;
        return elem.duration;
      }
      var scale = [0, 2, 4, 5, 7, 9, 11];
      function adjustPitch(note) {
        if (note.midipitch !== void 0)
          return note.midipitch;
        var pitch = note.pitch;
        if (note.accidental) {
          switch (note.accidental) {
            // change that pitch (not other octaves) for the rest of the bar
            case "sharp":
              barAccidentals[pitch] = 1;
              break;
            case "flat":
              barAccidentals[pitch] = -1;
              break;
            case "natural":
              barAccidentals[pitch] = 0;
              break;
            case "dblsharp":
              barAccidentals[pitch] = 2;
              break;
            case "dblflat":
              barAccidentals[pitch] = -2;
              break;
            case "quartersharp":
              barAccidentals[pitch] = 0.25;
              break;
            case "quarterflat":
              barAccidentals[pitch] = -0.25;
              break;
          }
        }
        var actualPitch = extractOctave(pitch) * 12 + scale[extractNote(pitch)] + 60;
        if (barAccidentals[pitch] !== void 0) {
          actualPitch += barAccidentals[pitch];
        } else {
          actualPitch += accidentals[extractNote(pitch)];
        }
        actualPitch += transpose2;
        return actualPitch;
      }
      function setKeySignature2(elem) {
        var accidentals2 = [0, 0, 0, 0, 0, 0, 0];
        if (!elem.accidentals) return accidentals2;
        for (var i = 0; i < elem.accidentals.length; i++) {
          var acc = elem.accidentals[i];
          var d;
          switch (acc.acc) {
            case "flat":
              d = -1;
              break;
            case "quarterflat":
              d = -0.25;
              break;
            case "sharp":
              d = 1;
              break;
            case "quartersharp":
              d = 0.25;
              break;
            default:
              d = 0;
              break;
          }
          var lowercase = acc.note.toLowerCase();
          var note = extractNote(lowercase.charCodeAt(0) - "c".charCodeAt(0));
          accidentals2[note] += d;
        }
        return accidentals2;
      }
      function processGraceNotes(graces, companionDuration) {
        var graceDuration = 0;
        var ret = [];
        var grace;
        for (var g = 0; g < graces.length; g++) {
          grace = graces[g];
          graceDuration += grace.duration;
        }
        var multiplier = companionDuration / 2 / graceDuration;
        for (g = 0; g < graces.length; g++) {
          grace = graces[g];
          var actualPitch = adjustPitch(grace);
          if (currentInstrument === drumInstrument && percmap) {
            var name = pitchesToPerc(grace);
            if (name && percmap[name])
              actualPitch = percmap[name].sound;
          }
          var pitch = { pitch: actualPitch, duration: grace.duration * multiplier };
          pitch = adjustForMicroTone(pitch);
          ret.push(pitch);
        }
        return ret;
      }
      function writeGraceNotes(graces, start, velocity, currentInstrument2) {
        var midiGrace = [];
        velocity = Math.round(velocity);
        for (var g = 0; g < graces.length; g++) {
          var gp = graces[g];
          currentTrack.push({ cmd: "note", pitch: gp.pitch, volume: velocity, start, duration: gp.duration, gap: 0, instrument: currentInstrument2, style: "grace" });
          midiGrace.push({
            pitch: gp.pitch,
            durationInMeasures: gp.duration,
            volume: velocity,
            instrument: currentInstrument2
          });
          start += gp.duration;
        }
        return midiGrace;
      }
      var quarterToneFactor = 0.02930223664349;
      function adjustForMicroTone(description) {
        var pitch = "" + description.pitch;
        if (pitch.indexOf(".75") >= 0) {
          description.pitch = Math.round(description.pitch);
          description.cents = -50;
        } else if (pitch.indexOf(".25") >= 0) {
          description.pitch = Math.round(description.pitch);
          description.cents = 50;
        }
        return description;
      }
      function extractOctave(pitch) {
        return Math.floor(pitch / 7);
      }
      function extractNote(pitch) {
        pitch = pitch % 7;
        if (pitch < 0) pitch += 7;
        return pitch;
      }
      function normalizeDrumDefinition(params) {
        if (params.pattern.length === 0 || params.on === false)
          return { on: false };
        var str = params.pattern[0];
        var events = [];
        var event = "";
        var totalPlay = 0;
        for (var i = 0; i < str.length; i++) {
          if (str[i] === "d")
            totalPlay++;
          if (str[i] === "d" || str[i] === "z") {
            if (event.length !== 0) {
              events.push(event);
              event = str[i];
            } else
              event = event + str[i];
          } else {
            if (event.length === 0) {
              return { on: false };
            }
            event = event + str[i];
          }
        }
        if (event.length !== 0)
          events.push(event);
        if (params.pattern.length !== totalPlay * 2 + 1)
          return { on: false };
        var ret = { on: true, bars: params.bars, pattern: [] };
        var beatLength = getBeatFraction(meter);
        var playCount = 0;
        for (var j = 0; j < events.length; j++) {
          event = events[j];
          var len = 1;
          var div = false;
          var num = 0;
          for (var k = 1; k < event.length; k++) {
            switch (event[k]) {
              case "/":
                if (num !== 0)
                  len *= num;
                num = 0;
                div = true;
                break;
              case "1":
              case "2":
              case "3":
              case "4":
              case "5":
              case "6":
              case "7":
              case "8":
              case "9":
                num = num * 10 + event[k];
                break;
              default:
                return { on: false };
            }
          }
          if (div) {
            if (num === 0) num = 2;
            len /= num;
          } else if (num)
            len *= num;
          if (event[0] === "d") {
            ret.pattern.push({ len: len * beatLength, pitch: params.pattern[1 + playCount], velocity: params.pattern[1 + playCount + totalPlay] });
            playCount++;
          } else
            ret.pattern.push({ len: len * beatLength, pitch: null });
        }
        drumBars = params.bars ? params.bars : 1;
        return ret;
      }
      function alignDrumToMeter() {
        if (!drumDefinition || !drumDefinition.pattern) {
          return;
        }
        var ret = drumDefinition;
        var totalTime = 0;
        var measuresPerBeat = meter.num / meter.den;
        for (var ii = 0; ii < ret.pattern.length; ii++)
          totalTime += ret.pattern[ii].len;
        var factor = totalTime / drumBars / measuresPerBeat;
        for (ii = 0; ii < ret.pattern.length; ii++)
          ret.pattern[ii].len = ret.pattern[ii].len / factor;
        drumDefinition = ret;
      }
      function writeDrum(channel) {
        if (drumTrack.length === 0 && !drumDefinition.on)
          return;
        var measureLen = meter.num / meter.den;
        if (drumTrack.length === 0) {
          if (lastEventTime < measureLen)
            return;
          drumTrack.push({ cmd: "program", channel, instrument: drumInstrument });
        }
        if (!drumDefinition.on) {
          return;
        }
        var start = lastBarTime;
        for (var i = 0; i < drumDefinition.pattern.length; i++) {
          var len = durationRounded(drumDefinition.pattern[i].len);
          if (drumDefinition.pattern[i].pitch) {
            drumTrack.push({
              cmd: "note",
              pitch: drumDefinition.pattern[i].pitch,
              volume: drumDefinition.pattern[i].velocity,
              start,
              duration: len,
              gap: 0,
              instrument: drumInstrument
            });
          }
          start += len;
        }
      }
      function findOctaves(tracks2, detuneCents) {
        var timing = {};
        for (var i = 0; i < tracks2.length; i++) {
          for (var j = 0; j < tracks2[i].length; j++) {
            var note = tracks2[i][j];
            if (note.cmd === "note") {
              if (timing[note.start] === void 0)
                timing[note.start] = [];
              timing[note.start].push({ track: i, event: j, pitch: note.pitch });
            }
          }
        }
        var keys = Object.keys(timing);
        for (i = 0; i < keys.length; i++) {
          var arr = timing[keys[i]];
          if (arr.length > 1) {
            arr = arr.sort(function(a, b) {
              return a.pitch - b.pitch;
            });
            var topEvent = arr[arr.length - 1];
            var topNote = topEvent.pitch % 12;
            var found = false;
            for (j = 0; !found && j < arr.length - 1; j++) {
              if (arr[j].pitch % 12 === topNote)
                found = true;
            }
            if (found) {
              var event = tracks2[topEvent.track][topEvent.event];
              if (!event.cents)
                event.cents = 0;
              event.cents += detuneCents;
            }
          }
        }
      }
    })();
    module2.exports = flatten;
  }
});

// node_modules/abcjs/src/data/deline-tune.js
var require_deline_tune = __commonJS({
  "node_modules/abcjs/src/data/deline-tune.js"(exports2, module2) {
    function delineTune(inputLines, options) {
      if (!options) options = {};
      var lineBreaks = !!options.lineBreaks;
      var outputLines = [];
      var inMusicLine = false;
      var currentMeter = [];
      var currentKey = [];
      var currentClef = [];
      var currentVocalFont = [];
      var currentGChordFont = [];
      var currentTripletFont = [];
      var currentAnnotationFont = [];
      for (var i = 0; i < inputLines.length; i++) {
        var inputLine = cloneLine(inputLines[i]);
        if (inputLine.staff) {
          if (inMusicLine && !inputLine.vskip) {
            var outputLine = outputLines[outputLines.length - 1];
            for (var s = 0; s < outputLine.staff.length; s++) {
              var inputStaff = inputLine.staff[s];
              var outputStaff = outputLine.staff[s];
              if (inputStaff) {
                if (!objEqual(inputStaff.meter, currentMeter[s])) {
                  addMeterToVoices(inputStaff.meter, inputStaff.voices);
                  currentMeter[s] = inputStaff.meter;
                  delete inputStaff.meter;
                }
                if (!objEqual(inputStaff.key, currentKey[s])) {
                  addKeyToVoices(inputStaff.key, inputStaff.voices);
                  currentKey[s] = inputStaff.key;
                  delete inputStaff.key;
                }
                if (inputStaff.title)
                  outputStaff.abbrevTitle = inputStaff.title;
                if (!objEqual(inputStaff.clef, currentClef[s])) {
                  addClefToVoices(inputStaff.clef, inputStaff.voices);
                  currentClef[s] = inputStaff.clef;
                  delete inputStaff.clef;
                }
                if (!objEqual(inputStaff.vocalfont, currentVocalFont[s])) {
                  addFontToVoices(inputStaff.vocalfont, inputStaff.voices, "vocalfont");
                  currentVocalFont[s] = inputStaff.vocalfont;
                  delete inputStaff.vocalfont;
                }
                if (!objEqual(inputStaff.gchordfont, currentGChordFont[s])) {
                  addFontToVoices(inputStaff.gchordfont, inputStaff.voices, "gchordfont");
                  currentGChordFont[s] = inputStaff.gchordfont;
                  delete inputStaff.gchordfont;
                }
                if (!objEqual(inputStaff.tripletfont, currentTripletFont[s])) {
                  addFontToVoices(inputStaff.tripletfont, inputStaff.voices, "tripletfont");
                  currentTripletFont[s] = inputStaff.tripletfont;
                  delete inputStaff.tripletfont;
                }
                if (!objEqual(inputStaff.annotationfont, currentAnnotationFont[s])) {
                  addFontToVoices(inputStaff.annotationfont, inputStaff.voices, "annotationfont");
                  currentAnnotationFont[s] = inputStaff.annotationfont;
                  delete inputStaff.annotationfont;
                }
              }
              if (inputStaff) {
                for (var v = 0; v < outputStaff.voices.length; v++) {
                  var outputVoice = outputStaff.voices[v];
                  var inputVoice = inputStaff.voices[v];
                  if (lineBreaks)
                    outputVoice.push({ el_type: "break" });
                  if (inputVoice)
                    outputStaff.voices[v] = outputVoice.concat(inputVoice);
                }
              }
            }
          } else {
            for (var ii = 0; ii < inputLine.staff.length; ii++) {
              currentKey[ii] = inputLine.staff[ii].key;
              currentMeter[ii] = inputLine.staff[ii].meter;
              currentClef[ii] = inputLine.staff[ii].clef;
            }
            outputLines.push(cloneLine(inputLine));
          }
          inMusicLine = true;
        } else {
          inMusicLine = false;
          outputLines.push(inputLine);
        }
      }
      return outputLines;
    }
    function replacer(key, value) {
      if (key === "abselem") {
        return "abselem";
      }
      return value;
    }
    function addMeterToVoices(meter, voices) {
      meter.el_type = "meter";
      meter.startChar = -1;
      meter.endChar = -1;
      for (var i = 0; i < voices.length; i++) {
        voices[i].unshift(meter);
      }
    }
    function addKeyToVoices(key, voices) {
      key.el_type = "key";
      key.startChar = -1;
      key.endChar = -1;
      for (var i = 0; i < voices.length; i++) {
        voices[i].unshift(key);
      }
    }
    function addClefToVoices(clef, voices) {
      clef.el_type = "clef";
      clef.startChar = -1;
      clef.endChar = -1;
      for (var i = 0; i < voices.length; i++) {
        voices[i].unshift(clef);
      }
    }
    function addFontToVoices(font, voices, type) {
      font.el_type = "font";
      font.type = type;
      font.startChar = -1;
      font.endChar = -1;
      for (var i = 0; i < voices.length; i++) {
        voices[i].unshift(font);
      }
    }
    function objEqual(input, output) {
      if (!input)
        return true;
      var inputValue = JSON.stringify(input, replacer);
      var outputValue = JSON.stringify(output, replacer);
      return inputValue === outputValue;
    }
    function cloneLine(line) {
      var output = {};
      var keys = Object.keys(line);
      for (var i = 0; i < keys.length; i++) {
        if (keys[i] !== "staff")
          output[keys[i]] = line[keys[i]];
        else {
          output.staff = [];
          for (var j = 0; j < line.staff.length; j++) {
            var staff = {};
            var keys2 = Object.keys(line.staff[j]);
            for (var k = 0; k < keys2.length; k++) {
              if (keys2[k] !== "voices")
                staff[keys2[k]] = line.staff[j][keys2[k]];
              else {
                staff.voices = [];
                for (var v = 0; v < line.staff[j].voices.length; v++) {
                  staff.voices.push([].concat(line.staff[j].voices[v]));
                }
              }
            }
            output.staff.push(staff);
          }
        }
      }
      return output;
    }
    module2.exports = delineTune;
  }
});

// node_modules/abcjs/src/data/abc_tune.js
var require_abc_tune = __commonJS({
  "node_modules/abcjs/src/data/abc_tune.js"(exports2, module2) {
    var parseCommon = require_abc_common();
    var spacing = require_spacing();
    var sequence = require_abc_midi_sequencer();
    var flatten = require_abc_midi_flattener();
    var delineTune = require_deline_tune();
    var Tune3 = function() {
      this.reset = function() {
        this.version = "1.1.0";
        this.media = "screen";
        this.metaText = {};
        this.metaTextInfo = {};
        this.formatting = {};
        this.lines = [];
        this.staffNum = 0;
        this.voiceNum = 0;
        this.lineNum = 0;
        this.runningFonts = {};
        delete this.visualTranspose;
      };
      this.reset();
      function copy(dest, src, prop, attrs) {
        for (var i = 0; i < attrs.length; i++)
          dest[prop][attrs[i]] = src[prop][attrs[i]];
      }
      this.copyTopInfo = function(src) {
        var attrs = ["tempo", "title", "header", "rhythm", "origin", "composer", "author", "partOrder"];
        copy(this, src, "metaText", attrs);
        copy(this, src, "metaTextInfo", attrs);
      };
      this.copyBottomInfo = function(src) {
        var attrs = [
          "unalignedWords",
          "book",
          "source",
          "discography",
          "notes",
          "transcription",
          "history",
          "abc-copyright",
          "abc-creator",
          "abc-edited-by",
          "footer"
        ];
        copy(this, src, "metaText", attrs);
        copy(this, src, "metaTextInfo", attrs);
      };
      this.getBeatLength = function() {
        var meter = this.getMeterFraction();
        var multiplier = 1;
        if (meter.num === 6 || meter.num === 9 || meter.num === 12)
          multiplier = 3;
        else if (meter.num === 3 && meter.den === 8)
          multiplier = 3;
        else if (meter.den === 8 && (meter.num === 5 || meter.num === 7))
          multiplier = 2;
        return multiplier / meter.den;
      };
      function computePickupLength(lines, barLength) {
        var pickupLength = 0;
        for (var i = 0; i < lines.length; i++) {
          if (lines[i].staff) {
            for (var j = 0; j < lines[i].staff.length; j++) {
              for (var v = 0; v < lines[i].staff[j].voices.length; v++) {
                var voice = lines[i].staff[j].voices[v];
                var tripletMultiplier = 1;
                for (var el2 = 0; el2 < voice.length; el2++) {
                  var isSpacer = voice[el2].rest && voice[el2].rest.type === "spacer";
                  if (voice[el2].startTriplet)
                    tripletMultiplier = voice[el2].tripletMultiplier;
                  if (voice[el2].duration && !isSpacer && voice[el2].el_type !== "tempo")
                    pickupLength += voice[el2].duration * tripletMultiplier;
                  if (voice[el2].endTriplet)
                    tripletMultiplier = 1;
                  if (pickupLength >= barLength)
                    pickupLength -= barLength;
                  if (voice[el2].el_type === "bar")
                    return pickupLength;
                }
              }
            }
          }
        }
        return pickupLength;
      }
      this.getPickupLength = function() {
        var barLength = this.getBarLength();
        var pickupLength = computePickupLength(this.lines, barLength);
        return pickupLength < 1e-8 || barLength - pickupLength < 1e-8 ? 0 : pickupLength;
      };
      this.getBarLength = function() {
        var meter = this.getMeterFraction();
        return meter.num / meter.den;
      };
      this.getTotalTime = function() {
        return this.totalTime;
      };
      this.getTotalBeats = function() {
        return this.totalBeats;
      };
      this.millisecondsPerMeasure = function(bpmOverride) {
        var bpm;
        if (bpmOverride) {
          bpm = bpmOverride;
        } else {
          var tempo = this.metaText ? this.metaText.tempo : null;
          bpm = this.getBpm(tempo);
        }
        if (bpm <= 0)
          bpm = 1;
        var beatsPerMeasure = this.getBeatsPerMeasure();
        var minutesPerMeasure = beatsPerMeasure / bpm;
        return minutesPerMeasure * 6e4;
      };
      this.getBeatsPerMeasure = function() {
        var beatLen = this.getBeatLength();
        var barLen = this.getBarLength();
        return barLen / beatLen;
      };
      this.getMeter = function() {
        for (var i = 0; i < this.lines.length; i++) {
          var line = this.lines[i];
          if (line.staff) {
            for (var j = 0; j < line.staff.length; j++) {
              var meter = line.staff[j].meter;
              if (meter) {
                return meter;
              }
            }
          }
        }
        return { type: "common_time" };
      };
      this.getMeterFraction = function() {
        var meter = this.getMeter();
        var num = 4;
        var den = 4;
        if (meter) {
          if (meter.type === "specified") {
            if (meter.value && meter.value.length > 0 && meter.value[0].num.indexOf("+") > 0) {
              var parts = meter.value[0].num.split("+");
              num = 0;
              for (var i = 0; i < parts.length; i++)
                num += parseInt(parts[i], 10);
            } else
              num = parseInt(meter.value[0].num, 10);
            den = parseInt(meter.value[0].den, 10);
          } else if (meter.type === "cut_time") {
            num = 2;
            den = 2;
          } else if (meter.type === "common_time") {
            num = 4;
            den = 4;
          }
        }
        this.meter = { num, den };
        return this.meter;
      };
      this.getKeySignature = function() {
        for (var i = 0; i < this.lines.length; i++) {
          var line = this.lines[i];
          if (line.staff) {
            for (var j = 0; j < line.staff.length; j++) {
              if (line.staff[j].key)
                return line.staff[j].key;
            }
          }
        }
        return {};
      };
      this.getElementFromChar = function(char) {
        for (var i = 0; i < this.lines.length; i++) {
          var line = this.lines[i];
          if (line.staff) {
            for (var j = 0; j < line.staff.length; j++) {
              var staff = line.staff[j];
              for (var k = 0; k < staff.voices.length; k++) {
                var voice = staff.voices[k];
                for (var ii = 0; ii < voice.length; ii++) {
                  var elem = voice[ii];
                  if (elem.startChar && elem.endChar && elem.startChar <= char && elem.endChar > char)
                    return elem;
                }
              }
            }
          }
        }
        return null;
      };
      function addVerticalInfo(timingEvents) {
        var lastBarTop;
        var lastBarBottom;
        var lastEventTop;
        var lastEventBottom;
        for (var e = timingEvents.length - 1; e >= 0; e--) {
          var ev = timingEvents[e];
          if (ev.type === "bar") {
            ev.top = lastEventTop;
            ev.nextTop = lastBarTop;
            lastBarTop = lastEventTop;
            ev.bottom = lastEventBottom;
            ev.nextBottom = lastBarBottom;
            lastBarBottom = lastEventBottom;
          } else if (ev.type === "event") {
            lastEventTop = ev.top;
            lastEventBottom = ev.top + ev.height;
          }
        }
      }
      function makeSortedArray(hash) {
        var arr = [];
        for (var k in hash) {
          if (hash.hasOwnProperty(k))
            arr.push(hash[k]);
        }
        arr = arr.sort(function(a, b) {
          var diff = a.milliseconds - b.milliseconds;
          if (diff !== 0) {
            return diff;
          } else {
            return a.type === "bar" ? -1 : 1;
          }
        });
        return arr;
      }
      this.addElementToEvents = function(eventHash, element, voiceTimeMilliseconds, top, height, line, measureNumber, timeDivider, isTiedState, nextIsBar) {
        if (element.hint)
          return { isTiedState: void 0, duration: 0 };
        var realDuration = element.durationClass ? element.durationClass : element.duration;
        if (element.abcelem.rest && element.abcelem.rest.type === "spacer")
          realDuration = 0;
        if (realDuration > 0) {
          var es = [];
          for (var i = 0; i < element.elemset.length; i++) {
            if (element.elemset[i] !== null)
              es.push(element.elemset[i]);
          }
          var isTiedToNext = element.startTie;
          if (isTiedState !== void 0) {
            eventHash["event" + isTiedState].elements.push(es);
            if (nextIsBar) {
              if (!eventHash["event" + voiceTimeMilliseconds]) {
                eventHash["event" + voiceTimeMilliseconds] = {
                  type: "event",
                  milliseconds: voiceTimeMilliseconds,
                  line,
                  measureNumber,
                  top,
                  height,
                  left: null,
                  width: 0,
                  elements: [],
                  startChar: null,
                  endChar: null,
                  startCharArray: [],
                  endCharArray: []
                };
              }
              eventHash["event" + voiceTimeMilliseconds].measureStart = true;
              nextIsBar = false;
            }
            if (!isTiedToNext)
              isTiedState = void 0;
          } else {
            if (!eventHash["event" + voiceTimeMilliseconds]) {
              eventHash["event" + voiceTimeMilliseconds] = {
                type: "event",
                milliseconds: voiceTimeMilliseconds,
                line,
                measureNumber,
                top,
                height,
                left: element.x,
                width: element.w,
                elements: [es],
                startChar: element.abcelem.startChar,
                endChar: element.abcelem.endChar,
                startCharArray: [element.abcelem.startChar],
                endCharArray: [element.abcelem.endChar],
                midiPitches: element.abcelem.midiPitches ? parseCommon.cloneArray(element.abcelem.midiPitches) : []
              };
              if (element.abcelem.midiGraceNotePitches)
                eventHash["event" + voiceTimeMilliseconds].midiGraceNotePitches = parseCommon.cloneArray(element.abcelem.midiGraceNotePitches);
            } else {
              if (eventHash["event" + voiceTimeMilliseconds].left)
                eventHash["event" + voiceTimeMilliseconds].left = Math.min(eventHash["event" + voiceTimeMilliseconds].left, element.x);
              else
                eventHash["event" + voiceTimeMilliseconds].left = element.x;
              eventHash["event" + voiceTimeMilliseconds].elements.push(es);
              eventHash["event" + voiceTimeMilliseconds].startCharArray.push(element.abcelem.startChar);
              eventHash["event" + voiceTimeMilliseconds].endCharArray.push(element.abcelem.endChar);
              if (eventHash["event" + voiceTimeMilliseconds].startChar === null)
                eventHash["event" + voiceTimeMilliseconds].startChar = element.abcelem.startChar;
              if (eventHash["event" + voiceTimeMilliseconds].endChar === null)
                eventHash["event" + voiceTimeMilliseconds].endChar = element.abcelem.endChar;
              if (element.abcelem.midiPitches && element.abcelem.midiPitches.length) {
                if (!eventHash["event" + voiceTimeMilliseconds].midiPitches)
                  eventHash["event" + voiceTimeMilliseconds].midiPitches = [];
                for (var i = 0; i < element.abcelem.midiPitches.length; i++)
                  eventHash["event" + voiceTimeMilliseconds].midiPitches.push(element.abcelem.midiPitches[i]);
              }
              if (element.abcelem.midiGraceNotePitches && element.abcelem.midiGraceNotePitches.length) {
                if (!eventHash["event" + voiceTimeMilliseconds].midiGraceNotePitches)
                  eventHash["event" + voiceTimeMilliseconds].midiGraceNotePitches = [];
                for (var j = 0; j < element.abcelem.midiGraceNotePitches.length; j++)
                  eventHash["event" + voiceTimeMilliseconds].midiGraceNotePitches.push(element.abcelem.midiGraceNotePitches[j]);
              }
            }
            if (nextIsBar) {
              eventHash["event" + voiceTimeMilliseconds].measureStart = true;
              nextIsBar = false;
            }
          }
        }
        return { isTiedState, duration: realDuration / timeDivider, nextIsBar: nextIsBar || element.type === "bar" };
      };
      this.makeVoicesArray = function() {
        var voicesArr = [];
        var measureNumber = [];
        var tempos = {};
        for (var line = 0; line < this.engraver.staffgroups.length; line++) {
          var group = this.engraver.staffgroups[line];
          if (group && group.staffs && group.staffs.length > 0) {
            var firstStaff = group.staffs[0];
            var middleC = firstStaff.absoluteY;
            var top = middleC - firstStaff.top * spacing.STEP;
            var lastStaff = group.staffs[group.staffs.length - 1];
            middleC = lastStaff.absoluteY;
            var bottom = middleC - lastStaff.bottom * spacing.STEP;
            var height = bottom - top;
            var voices = group.voices;
            for (var v = 0; v < voices.length; v++) {
              if (voices[v].staff && voices[v].staff.isTabStaff)
                continue;
              var noteFound = false;
              if (!voicesArr[v])
                voicesArr[v] = [];
              if (measureNumber[v] === void 0)
                measureNumber[v] = 0;
              var elements = voices[v].children;
              for (var elem = 0; elem < elements.length; elem++) {
                if (elements[elem].type === "tempo")
                  tempos[measureNumber[v]] = this.getBpm(elements[elem].abcelem);
                voicesArr[v].push({ top, height, line: group.line, measureNumber: measureNumber[v], elem: elements[elem] });
                if (elements[elem].type === "bar" && noteFound)
                  measureNumber[v]++;
                if (elements[elem].type === "note" || elements[elem].type === "rest")
                  noteFound = true;
              }
            }
          }
        }
        this.tempoLocations = tempos;
        return voicesArr;
      };
      this.setupEvents = function(startingDelay, timeDivider, startingBpm, warp) {
        if (!warp) warp = 1;
        var timingEvents = [];
        var eventHash = {};
        var time = startingDelay;
        var isTiedState;
        var nextIsBar = true;
        var voices = this.makeVoicesArray();
        var maxVoiceTimeMilliseconds = 0;
        for (var v = 0; v < voices.length; v++) {
          var voiceTime = time;
          var voiceTimeMilliseconds = Math.round(voiceTime * 1e3);
          var startingRepeatElem = 0;
          var endingRepeatElem = -1;
          var elements = voices[v];
          var bpm = startingBpm;
          timeDivider = this.getBeatLength() * bpm / 60;
          var tempoDone = -1;
          for (var elem = 0; elem < elements.length; elem++) {
            var thisMeasure = elements[elem].measureNumber;
            if (tempoDone !== thisMeasure && this.tempoLocations[thisMeasure]) {
              bpm = this.tempoLocations[thisMeasure];
              timeDivider = warp * this.getBeatLength() * bpm / 60;
              tempoDone = thisMeasure;
            }
            var element = elements[elem].elem;
            var ret = this.addElementToEvents(eventHash, element, voiceTimeMilliseconds, elements[elem].top, elements[elem].height, elements[elem].line, elements[elem].measureNumber, timeDivider, isTiedState, nextIsBar);
            isTiedState = ret.isTiedState;
            nextIsBar = ret.nextIsBar;
            voiceTime += ret.duration;
            var lastHash;
            if (element.duration > 0 && eventHash["event" + voiceTimeMilliseconds])
              lastHash = "event" + voiceTimeMilliseconds;
            voiceTimeMilliseconds = Math.round(voiceTime * 1e3);
            if (element.type === "bar") {
              var barType = element.abcelem.type;
              var endRepeat = barType === "bar_right_repeat" || barType === "bar_dbl_repeat";
              var startEnding = element.abcelem.startEnding === "1";
              var startRepeat = barType === "bar_left_repeat" || barType === "bar_dbl_repeat" || barType === "bar_right_repeat";
              if (endRepeat) {
                if (elem > 0) {
                  eventHash[lastHash].endX = element.x;
                }
                if (endingRepeatElem === -1)
                  endingRepeatElem = elem;
                var lastVoiceTimeMilliseconds = 0;
                tempoDone = -1;
                for (var el2 = startingRepeatElem; el2 < endingRepeatElem; el2++) {
                  thisMeasure = elements[el2].measureNumber;
                  if (tempoDone !== thisMeasure && this.tempoLocations[thisMeasure]) {
                    bpm = this.tempoLocations[thisMeasure];
                    timeDivider = warp * this.getBeatLength() * bpm / 60;
                    tempoDone = thisMeasure;
                  }
                  var element2 = elements[el2].elem;
                  ret = this.addElementToEvents(eventHash, element2, voiceTimeMilliseconds, elements[el2].top, elements[el2].height, elements[el2].line, elements[el2].measureNumber, timeDivider, isTiedState, nextIsBar);
                  isTiedState = ret.isTiedState;
                  nextIsBar = ret.nextIsBar;
                  voiceTime += ret.duration;
                  lastVoiceTimeMilliseconds = voiceTimeMilliseconds;
                  voiceTimeMilliseconds = Math.round(voiceTime * 1e3);
                }
                if (eventHash["event" + lastVoiceTimeMilliseconds])
                  eventHash["event" + lastVoiceTimeMilliseconds].endX = elements[endingRepeatElem].elem.x;
                nextIsBar = true;
                endingRepeatElem = -1;
              }
              if (startEnding)
                endingRepeatElem = elem;
              if (startRepeat)
                startingRepeatElem = elem;
            }
          }
          maxVoiceTimeMilliseconds = Math.max(maxVoiceTimeMilliseconds, voiceTimeMilliseconds);
        }
        timingEvents = makeSortedArray(eventHash);
        addVerticalInfo(timingEvents);
        addEndPoints(this.lines, timingEvents);
        timingEvents.push({ type: "end", milliseconds: maxVoiceTimeMilliseconds });
        this.addUsefulCallbackInfo(timingEvents, bpm * warp);
        return timingEvents;
      };
      this.addUsefulCallbackInfo = function(timingEvents, bpm) {
        var millisecondsPerMeasure = this.millisecondsPerMeasure(bpm);
        for (var i = 0; i < timingEvents.length; i++) {
          var ev = timingEvents[i];
          ev.millisecondsPerMeasure = millisecondsPerMeasure;
        }
      };
      function skipTies(elements, index) {
        while (index < elements.length && elements[index].left === null)
          index++;
        return elements[index];
      }
      function addEndPoints(lines, elements) {
        if (elements.length < 1)
          return;
        for (var i = 0; i < elements.length - 1; i++) {
          var el2 = elements[i];
          var next = skipTies(elements, i + 1);
          if (el2.left !== null) {
            var endX = next && el2.top === next.top ? next.left : lines[el2.line].staffGroup.w;
            if (el2.endX !== void 0) {
              if (endX > el2.left)
                el2.endX = Math.min(el2.endX, endX);
            } else
              el2.endX = endX;
          }
        }
        var lastEl = elements[elements.length - 1];
        lastEl.endX = lines[lastEl.line].staffGroup.w;
      }
      this.getBpm = function(tempo) {
        var bpm;
        if (!tempo)
          tempo = this.metaText ? this.metaText.tempo : null;
        if (tempo) {
          bpm = tempo.bpm;
          var beatLength = this.getBeatLength();
          var statedBeatLength = tempo.duration && tempo.duration.length > 0 ? tempo.duration[0] : beatLength;
          bpm = bpm * statedBeatLength / beatLength;
        }
        if (!bpm) {
          bpm = 180;
          var meter = this.getMeterFraction();
          if (meter && meter.num !== 3 && meter.num % 3 === 0) {
            bpm = 120;
          }
        }
        return bpm;
      };
      this.setTiming = function(bpm, measuresOfDelay) {
        measuresOfDelay = measuresOfDelay || 0;
        if (!this.engraver || !this.engraver.staffgroups) {
          console.log("setTiming cannot be called before the tune is drawn.");
          this.noteTimings = [];
          return this.noteTimings;
        }
        var tempo = this.metaText ? this.metaText.tempo : null;
        var naturalBpm = this.getBpm(tempo);
        var warp = 1;
        if (bpm) {
          if (tempo)
            warp = bpm / naturalBpm;
        } else
          bpm = naturalBpm;
        var beatLength = this.getBeatLength();
        var beatsPerSecond = bpm / 60;
        var measureLength = this.getBarLength();
        var startingDelay = measureLength / beatLength * measuresOfDelay / beatsPerSecond;
        if (startingDelay)
          startingDelay -= this.getPickupLength() / beatLength / beatsPerSecond;
        var timeDivider = beatLength * beatsPerSecond;
        this.noteTimings = this.setupEvents(startingDelay, timeDivider, bpm, warp);
        if (this.noteTimings.length > 0) {
          this.totalTime = this.noteTimings[this.noteTimings.length - 1].milliseconds / 1e3;
          this.totalBeats = this.totalTime * beatsPerSecond;
        } else {
          this.totalTime = void 0;
          this.totalBeats = void 0;
        }
        return this.noteTimings;
      };
      this.setUpAudio = function(options) {
        if (!options) options = {};
        var seq = sequence(this, options);
        return flatten(seq, options, this.formatting.percmap, this.formatting.midi);
      };
      this.deline = function(options) {
        return delineTune(this.lines, options);
      };
      this.findSelectableElement = function(target) {
        if (this.engraver && this.engraver.selectables)
          return this.engraver.findSelectableElement(target);
        return null;
      };
      this.getSelectableArray = function() {
        if (this.engraver && this.engraver.selectables)
          return this.engraver.selectables;
        return [];
      };
    };
    module2.exports = Tune3;
  }
});

// node_modules/abcjs/src/parse/tune-builder.js
var require_tune_builder = __commonJS({
  "node_modules/abcjs/src/parse/tune-builder.js"(exports2, module2) {
    var parseKeyVoice = require_abc_parse_key_voice();
    var TuneBuilder = function(tune) {
      var self2 = this;
      var voiceDefs = {};
      var currentVoiceName = "";
      tune.reset();
      this.setVisualTranspose = function(visualTranspose) {
        if (visualTranspose !== void 0)
          tune.visualTranspose = visualTranspose;
      };
      this.cleanUp = function(barsperstaff, staffnonote, currSlur) {
        closeLine(tune);
        delete tune.runningFonts;
        simplifyMetaText(tune);
        if (tune.metaText.tempo && tune.metaText.tempo.bpm && !tune.metaText.tempo.duration)
          tune.metaText.tempo.duration = [tune.getBeatLength()];
        noWarnBeforeTitle(tune);
        var anyDeleted = false;
        var i, s, v;
        for (i = 0; i < tune.lines.length; i++) {
          if (tune.lines[i].staff !== void 0) {
            var hasAny = false;
            for (s = 0; s < tune.lines[i].staff.length; s++) {
              if (tune.lines[i].staff[s] === void 0) {
                anyDeleted = true;
                tune.lines[i].staff[s] = null;
              } else {
                for (v = 0; v < tune.lines[i].staff[s].voices.length; v++) {
                  if (tune.lines[i].staff[s].voices[v] === void 0)
                    tune.lines[i].staff[s].voices[v] = [];
                  else if (containsNotes(tune.lines[i].staff[s].voices[v])) hasAny = true;
                }
              }
            }
            if (!hasAny) {
              tune.lines[i] = null;
              anyDeleted = true;
            }
          }
        }
        if (anyDeleted) {
          tune.lines = tune.lines.filter(function(line) {
            return !!line;
          });
          tune.lines.forEach(function(line) {
            if (line.staff)
              line.staff = line.staff.filter(function(line2) {
                return !!line2;
              });
          });
        }
        if (barsperstaff) {
          while (wrapMusicLines(tune.lines, barsperstaff)) {
          }
        }
        if (staffnonote) {
          anyDeleted = false;
          for (i = 0; i < tune.lines.length; i++) {
            if (tune.lines[i].staff !== void 0) {
              for (s = 0; s < tune.lines[i].staff.length; s++) {
                var keepThis = false;
                for (v = 0; v < tune.lines[i].staff[s].voices.length; v++) {
                  if (containsNotesStrict(tune.lines[i].staff[s].voices[v])) {
                    keepThis = true;
                  }
                }
                if (!keepThis) {
                  anyDeleted = true;
                  tune.lines[i].staff[s] = null;
                }
              }
            }
          }
          if (anyDeleted) {
            tune.lines.forEach(function(line) {
              if (line.staff)
                line.staff = line.staff.filter(function(staff2) {
                  return !!staff2;
                });
            });
          }
        }
        fixTitles(tune.lines);
        for (i = 0; i < tune.lines.length; i++) {
          if (tune.lines[i].staff) {
            for (s = 0; s < tune.lines[i].staff.length; s++)
              delete tune.lines[i].staff[s].workingClef;
          }
        }
        var hadOverlays = false;
        while (resolveOverlays(tune)) {
          hadOverlays = true;
        }
        if (hadOverlays) {
          var voiceNum = 0;
          var isUseful = voiceUseful(tune.lines, voiceNum);
          while (isUseful !== "not-found") {
            isUseful = voiceUseful(tune.lines, voiceNum);
            if (!isUseful)
              deleteVoice(tune.lines, voiceNum);
            else
              voiceNum++;
          }
        }
        for (var i = 0; i < tune.lines.length; i++) {
          var staff = tune.lines[i].staff;
          if (staff) {
            for (tune.staffNum = 0; tune.staffNum < staff.length; tune.staffNum++) {
              if (staff[tune.staffNum].clef)
                parseKeyVoice.fixClef(staff[tune.staffNum].clef);
              for (tune.voiceNum = 0; tune.voiceNum < staff[tune.staffNum].voices.length; tune.voiceNum++) {
                var voice = staff[tune.staffNum].voices[tune.voiceNum];
                cleanUpSlursInLine(voice, tune.staffNum, tune.voiceNum, currSlur);
                for (var j = 0; j < voice.length; j++) {
                  if (voice[j].el_type === "clef")
                    parseKeyVoice.fixClef(voice[j]);
                }
                if (voice.length > 0 && voice[voice.length - 1].barNumber) {
                  var nextLine = getNextMusicLine(tune.lines, i);
                  if (nextLine)
                    nextLine.staff[0].barNumber = voice[voice.length - 1].barNumber;
                  delete voice[voice.length - 1].barNumber;
                }
              }
            }
          }
        }
        delete tune.staffNum;
        delete tune.voiceNum;
        delete tune.lineNum;
        delete tune.potentialStartBeam;
        delete tune.potentialEndBeam;
        delete tune.vskipPending;
        return currSlur;
      };
      this.addTieToLastNote = function(dottedTie) {
        var el2 = getLastNote(tune);
        if (el2 && el2.pitches && el2.pitches.length > 0) {
          el2.pitches[0].startTie = {};
          if (dottedTie)
            el2.pitches[0].startTie.style = "dotted";
          return true;
        }
        return false;
      };
      this.appendElement = function(type, startChar, endChar, hashParams) {
        hashParams.el_type = type;
        if (startChar !== null)
          hashParams.startChar = startChar;
        if (endChar !== null)
          hashParams.endChar = endChar;
        if (type === "note") {
          var dur = getDuration(hashParams);
          if (dur >= 0.25) {
            endBeamLast(tune);
          } else if (hashParams.force_end_beam_last && tune.potentialStartBeam !== void 0) {
            endBeamLast(tune);
          } else if (hashParams.end_beam && tune.potentialStartBeam !== void 0) {
            if (hashParams.rest === void 0)
              endBeamHere(hashParams, tune);
            else
              endBeamLast(tune);
          } else if (hashParams.rest === void 0) {
            if (tune.potentialStartBeam === void 0) {
              if (!hashParams.end_beam) {
                tune.potentialStartBeam = hashParams;
                delete tune.potentialEndBeam;
              }
            } else {
              tune.potentialEndBeam = hashParams;
            }
          }
        } else {
          endBeamLast(tune);
        }
        delete hashParams.end_beam;
        delete hashParams.force_end_beam_last;
        if (hashParams.rest && hashParams.rest.type === "invisible") {
          delete hashParams.decoration;
        }
        if (tune.lines.length <= tune.lineNum || tune.lines[tune.lineNum].staff.length <= tune.staffNum) {
          return false;
        }
        pushNote(self2, tune, hashParams, voiceDefs, currentVoiceName);
        return true;
      };
      this.appendStartingElement = function(type, startChar, endChar, hashParams2) {
        closeLine(tune);
        var impliedNaturals;
        if (type === "key") {
          impliedNaturals = hashParams2.impliedNaturals;
          delete hashParams2.impliedNaturals;
          delete hashParams2.explicitAccidentals;
        }
        var hashParams = Object.assign({}, hashParams2);
        if (!tune.lines[tune.lineNum]) return;
        var staff = tune.lines[tune.lineNum].staff;
        if (!staff) return;
        if (staff.length <= tune.staffNum) {
          staff[tune.staffNum] = {};
          staff[tune.staffNum].clef = Object.assign({}, staff[0].clef);
          staff[tune.staffNum].key = Object.assign({}, staff[0].key);
          if (staff[0].meter)
            staff[tune.staffNum].meter = Object.assign({}, staff[0].meter);
          staff[tune.staffNum].workingClef = Object.assign({}, staff[0].workingClef);
          staff[tune.staffNum].voices = [[]];
        }
        if (type === "clef") {
          staff[tune.staffNum].workingClef = hashParams;
        }
        var voice = staff[tune.staffNum].voices[tune.voiceNum];
        for (var i = 0; i < voice.length; i++) {
          if (voice[i].el_type === "note" || voice[i].el_type === "bar") {
            hashParams.el_type = type;
            hashParams.startChar = startChar;
            hashParams.endChar = endChar;
            if (impliedNaturals)
              hashParams.accidentals = impliedNaturals.concat(hashParams.accidentals);
            voice.push(hashParams);
            return;
          }
          if (voice[i].el_type === type) {
            hashParams.el_type = type;
            hashParams.startChar = startChar;
            hashParams.endChar = endChar;
            if (impliedNaturals)
              hashParams.accidentals = impliedNaturals.concat(hashParams.accidentals);
            voice[i] = hashParams;
            return;
          }
        }
        staff[tune.staffNum][type] = hashParams2;
      };
      this.addSubtitle = function(str, info) {
        pushLine(tune, { subtitle: { text: str, startChar: info.startChar, endChar: info.endChar } });
      };
      this.addSpacing = function(num) {
        tune.vskipPending = num;
      };
      this.addNewPage = function(num) {
        pushLine(tune, { newpage: num });
      };
      this.addSeparator = function(spaceAbove, spaceBelow, lineLength, info) {
        pushLine(tune, { separator: { spaceAbove: Math.round(spaceAbove), spaceBelow: Math.round(spaceBelow), lineLength: Math.round(lineLength), startChar: info.startChar, endChar: info.endChar } });
      };
      this.addText = function(str, info) {
        pushLine(tune, { text: { text: str, startChar: info.startChar, endChar: info.endChar } });
      };
      this.addCentered = function(str) {
        pushLine(tune, { text: [{ text: str, center: true }] });
      };
      this.changeVoiceScale = function(scale) {
        self2.appendElement("scale", null, null, { size: scale });
      };
      this.changeVoiceColor = function(color) {
        self2.appendElement("color", null, null, { color });
      };
      this.startNewLine = function(params) {
        closeLine(tune);
        if (params.currentVoiceName) {
          currentVoiceName = params.currentVoiceName;
          voiceDefs[params.currentVoiceName] = params;
        }
        if (tune.lines[tune.lineNum] === void 0) createLine(self2, tune, params);
        else if (tune.lines[tune.lineNum].staff === void 0) {
          tune.lineNum++;
          this.startNewLine(params);
        } else if (tune.lines[tune.lineNum].staff[tune.staffNum] === void 0) createStaff(self2, tune, params);
        else if (tune.lines[tune.lineNum].staff[tune.staffNum].voices[tune.voiceNum] === void 0) createVoice(self2, tune, params);
        else if (!containsNotes(tune.lines[tune.lineNum].staff[tune.staffNum].voices[tune.voiceNum])) {
          if (params.part)
            self2.appendElement("part", params.part.startChar, params.part.endChar, { title: params.part.title });
        } else {
          tune.lineNum++;
          this.startNewLine(params);
        }
      };
      this.setRunningFont = function(type, font) {
        tune.runningFonts[type] = font;
      };
      this.setBarNumberImmediate = function(barNumber) {
        var currentVoice = this.getCurrentVoice();
        if (currentVoice && currentVoice.length > 0) {
          var lastElement = currentVoice[currentVoice.length - 1];
          if (lastElement.el_type === "bar") {
            if (lastElement.barNumber !== void 0)
              lastElement.barNumber = barNumber;
          } else
            return barNumber - 1;
        }
        return barNumber;
      };
      this.hasBeginMusic = function() {
        for (var i = 0; i < tune.lines.length; i++) {
          if (tune.lines[i].staff)
            return true;
        }
        return false;
      };
      this.isFirstLine = function(index) {
        for (var i = index - 1; i >= 0; i--) {
          if (tune.lines[i].staff !== void 0) return false;
        }
        return true;
      };
      this.getCurrentVoice = function() {
        var currLine = getPrevMusicLine(tune.lines, tune.lineNum);
        if (!currLine)
          return null;
        var currStaff = currLine.staff[tune.staffNum];
        if (!currStaff)
          return null;
        if (currStaff.voices[tune.voiceNum] !== void 0)
          return currStaff.voices[tune.voiceNum];
        else return null;
      };
      this.setCurrentVoice = function(staffNum, voiceNum, name) {
        tune.staffNum = staffNum;
        tune.voiceNum = voiceNum;
        currentVoiceName = name;
        for (var i = 0; i < tune.lines.length; i++) {
          if (tune.lines[i].staff) {
            if (tune.lines[i].staff[staffNum] === void 0 || tune.lines[i].staff[staffNum].voices[voiceNum] === void 0 || !containsNotes(tune.lines[i].staff[staffNum].voices[voiceNum])) {
              tune.lineNum = i;
              if (!tune.lines[i].staff[staffNum] || !!tune.lines[i].staff[staffNum].voices[voiceNum]) return true;
              return false;
            }
          }
        }
        tune.lineNum = i;
        return false;
      };
      this.addMetaText = function(key, value, info) {
        if (tune.metaText[key] === void 0) {
          tune.metaText[key] = value;
          tune.metaTextInfo[key] = info;
        } else {
          if (typeof tune.metaText[key] === "string" && typeof value === "string")
            tune.metaText[key] += "\n" + value;
          else {
            if (tune.metaText[key] === "string")
              tune.metaText[key] = [{ text: tune.metaText[key] }];
            if (typeof value === "string")
              value = [{ text: value }];
            tune.metaText[key] = tune.metaText[key].concat(value);
          }
          tune.metaTextInfo[key].endChar = info.endChar;
        }
      };
      this.addMetaTextArray = function(key, value, info) {
        if (tune.metaText[key] === void 0) {
          tune.metaText[key] = [value];
          tune.metaTextInfo[key] = info;
        } else {
          tune.metaText[key].push(value);
          tune.metaTextInfo[key].endChar = info.endChar;
        }
      };
      this.addMetaTextObj = function(key, value, info) {
        tune.metaText[key] = value;
        tune.metaTextInfo[key] = info;
      };
    };
    function isArrayOfStrings(arr) {
      if (!arr) return false;
      if (typeof arr === "string") return false;
      for (var i = 0; i < arr.length; i++) {
        if (typeof arr[i] !== "string")
          return false;
      }
      return true;
    }
    function simplifyMetaText(tune) {
      if (isArrayOfStrings(tune.metaText.notes))
        tune.metaText.notes = tune.metaText.notes.join("\n");
      if (isArrayOfStrings(tune.metaText.history))
        tune.metaText.history = tune.metaText.history.join("\n");
    }
    function resolveOverlays(tune) {
      var madeChanges = false;
      for (var i = 0; i < tune.lines.length; i++) {
        var line = tune.lines[i];
        if (line.staff) {
          for (var j = 0; j < line.staff.length; j++) {
            var staff = line.staff[j];
            var overlayVoice = [];
            for (var k = 0; k < staff.voices.length; k++) {
              var voice = staff.voices[k];
              overlayVoice.push({ hasOverlay: false, voice: [], snip: [] });
              var durationThisBar = 0;
              var inOverlay = false;
              var snipStart = -1;
              for (var kk = 0; kk < voice.length; kk++) {
                var event = voice[kk];
                if (event.el_type === "overlay" && !inOverlay) {
                  madeChanges = true;
                  inOverlay = true;
                  snipStart = kk;
                  overlayVoice[k].hasOverlay = true;
                  for (var ii = 0; ii < i; ii++) {
                    if (tune.lines[ii].staff) {
                      tune.lines[ii].staff.forEach((s) => {
                        if (staff.voices.length >= s.voices.length) {
                          s.voices.forEach((v) => {
                            let nv = [];
                            v.forEach((ev) => {
                              if (ev.el_type === "bar") {
                                nv.push(ev);
                              } else if (ev.el_type === "note") {
                                nv.push({
                                  el_type: "note",
                                  duration: ev.duration,
                                  rest: { type: "invisible" },
                                  startChar: ev.startChar,
                                  endChar: ev.endChar
                                });
                              }
                            });
                            s.voices.push(nv);
                          });
                        }
                      });
                    }
                  }
                } else if (event.el_type === "bar") {
                  if (inOverlay) {
                    inOverlay = false;
                    overlayVoice[k].snip.push({ start: snipStart, len: kk - snipStart });
                    overlayVoice[k].voice.push(event);
                  } else {
                    if (durationThisBar > 0)
                      overlayVoice[k].voice.push({ el_type: "note", duration: durationThisBar, rest: { type: "invisible" }, startChar: event.startChar, endChar: event.endChar });
                    overlayVoice[k].voice.push(event);
                  }
                  durationThisBar = 0;
                } else if (event.el_type === "note") {
                  if (inOverlay) {
                    overlayVoice[k].voice.push(event);
                  } else if (!event.rest || event.rest.type !== "spacer") {
                    durationThisBar += event.duration;
                  }
                } else if (event.el_type === "scale" || event.el_type === "stem" || event.el_type === "overlay" || event.el_type === "style" || event.el_type === "transpose" || event.el_type === "color") {
                  overlayVoice[k].voice.push(event);
                }
              }
              if (overlayVoice[k].hasOverlay && overlayVoice[k].snip.length === 0) {
                overlayVoice[k].snip.push({ start: snipStart, len: voice.length - snipStart });
              }
            }
            for (k = 0; k < overlayVoice.length; k++) {
              var ov = overlayVoice[k];
              if (ov.hasOverlay) {
                ov.voice.splice(0, 0, { el_type: "stem", direction: "down" });
                staff.voices.push(ov.voice);
                for (var kkk = ov.snip.length - 1; kkk >= 0; kkk--) {
                  var snip = ov.snip[kkk];
                  staff.voices[k].splice(snip.start, snip.len);
                  staff.voices[k].splice(snip.start + 1, 0, { el_type: "stem", direction: "auto" });
                  var indexOfLastBar = findLastBar(staff.voices[k], snip.start);
                  staff.voices[k].splice(indexOfLastBar, 0, { el_type: "stem", direction: "up" });
                }
                for (kkk = 0; kkk < staff.voices[staff.voices.length - 1].length; kkk++) {
                  staff.voices[staff.voices.length - 1][kkk] = Object.assign({}, staff.voices[staff.voices.length - 1][kkk]);
                  var el2 = staff.voices[staff.voices.length - 1][kkk];
                  if (el2.el_type === "bar" && el2.startEnding) {
                    delete el2.startEnding;
                  }
                  if (el2.el_type === "bar" && el2.endEnding)
                    delete el2.endEnding;
                }
              }
            }
          }
        }
      }
      return madeChanges;
    }
    function findLastBar(voice, start) {
      for (var i = start - 1; i > 0 && voice[i].el_type !== "bar"; i--) {
      }
      return i;
    }
    function fixTitles(lines) {
      var firstMusicLine = true;
      for (var i = 0; i < lines.length; i++) {
        var line = lines[i];
        if (line.staff) {
          for (var j = 0; j < line.staff.length; j++) {
            var staff = line.staff[j];
            if (staff.title) {
              var hasATitle = false;
              for (var k = 0; k < staff.title.length; k++) {
                if (staff.title[k]) {
                  staff.title[k] = firstMusicLine ? staff.title[k].name : staff.title[k].subname;
                  if (staff.title[k])
                    hasATitle = true;
                  else
                    staff.title[k] = "";
                } else
                  staff.title[k] = "";
              }
              if (!hasATitle)
                delete staff.title;
            }
          }
          firstMusicLine = false;
        }
      }
    }
    function cleanUpSlursInLine(line, staffNum, voiceNum, currSlur) {
      if (!currSlur[staffNum])
        currSlur[staffNum] = [];
      if (!currSlur[staffNum][voiceNum])
        currSlur[staffNum][voiceNum] = [];
      var x;
      var addEndSlur = function(obj, num, chordPos) {
        if (currSlur[staffNum][voiceNum][chordPos] === void 0) {
          for (x = 0; x < currSlur[staffNum][voiceNum].length; x++) {
            if (currSlur[staffNum][voiceNum][x] !== void 0) {
              chordPos = x;
              break;
            }
          }
          if (currSlur[staffNum][voiceNum][chordPos] === void 0) {
            var offNum = chordPos * 100 + 1;
            obj.endSlur.forEach(function(x2) {
              if (offNum === x2) --offNum;
            });
            currSlur[staffNum][voiceNum][chordPos] = [offNum];
          }
        }
        var slurNum2;
        for (var i2 = 0; i2 < num; i2++) {
          slurNum2 = currSlur[staffNum][voiceNum][chordPos].pop();
          obj.endSlur.push(slurNum2);
        }
        if (currSlur[staffNum][voiceNum][chordPos].length === 0)
          delete currSlur[staffNum][voiceNum][chordPos];
        return slurNum2;
      };
      var addStartSlur = function(obj, num, chordPos, usedNums2) {
        obj.startSlur = [];
        if (currSlur[staffNum][voiceNum][chordPos] === void 0) {
          currSlur[staffNum][voiceNum][chordPos] = [];
        }
        var nextNum = chordPos * 100 + 1;
        for (var i2 = 0; i2 < num; i2++) {
          if (usedNums2) {
            usedNums2.forEach(function(x2) {
              if (nextNum === x2) ++nextNum;
            });
            usedNums2.forEach(function(x2) {
              if (nextNum === x2) ++nextNum;
            });
            usedNums2.forEach(function(x2) {
              if (nextNum === x2) ++nextNum;
            });
          }
          currSlur[staffNum][voiceNum][chordPos].forEach(function(x2) {
            if (nextNum === x2) ++nextNum;
          });
          currSlur[staffNum][voiceNum][chordPos].forEach(function(x2) {
            if (nextNum === x2) ++nextNum;
          });
          currSlur[staffNum][voiceNum][chordPos].push(nextNum);
          obj.startSlur.push({ label: nextNum });
          if (obj.dottedSlur) {
            obj.startSlur[obj.startSlur.length - 1].style = "dotted";
            delete obj.dottedSlur;
          }
          nextNum++;
        }
      };
      for (var i = 0; i < line.length; i++) {
        var el2 = line[i];
        if (el2.el_type === "note") {
          if (el2.gracenotes) {
            for (var g = 0; g < el2.gracenotes.length; g++) {
              if (el2.gracenotes[g].endSlur) {
                var gg = el2.gracenotes[g].endSlur;
                el2.gracenotes[g].endSlur = [];
                for (var ggg = 0; ggg < gg; ggg++)
                  addEndSlur(el2.gracenotes[g], 1, 20);
              }
              if (el2.gracenotes[g].startSlur) {
                x = el2.gracenotes[g].startSlur;
                addStartSlur(el2.gracenotes[g], x, 20);
              }
            }
          }
          if (el2.endSlur) {
            x = el2.endSlur;
            el2.endSlur = [];
            addEndSlur(el2, x, 0);
          }
          if (el2.startSlur) {
            x = el2.startSlur;
            addStartSlur(el2, x, 0);
          }
          if (el2.pitches) {
            var usedNums = [];
            for (var p = 0; p < el2.pitches.length; p++) {
              if (el2.pitches[p].endSlur) {
                var k = el2.pitches[p].endSlur;
                el2.pitches[p].endSlur = [];
                for (var j = 0; j < k; j++) {
                  var slurNum = addEndSlur(el2.pitches[p], 1, p + 1);
                  usedNums.push(slurNum);
                }
              }
            }
            for (p = 0; p < el2.pitches.length; p++) {
              if (el2.pitches[p].startSlur) {
                x = el2.pitches[p].startSlur;
                addStartSlur(el2.pitches[p], x, p + 1, usedNums);
              }
            }
            if (el2.gracenotes && el2.pitches[0].endSlur && el2.pitches[0].endSlur[0] === 100 && el2.pitches[0].startSlur) {
              if (el2.gracenotes[0].endSlur)
                el2.gracenotes[0].endSlur.push(el2.pitches[0].startSlur[0].label);
              else
                el2.gracenotes[0].endSlur = [el2.pitches[0].startSlur[0].label];
              if (el2.pitches[0].endSlur.length === 1)
                delete el2.pitches[0].endSlur;
              else if (el2.pitches[0].endSlur[0] === 100)
                el2.pitches[0].endSlur.shift();
              else if (el2.pitches[0].endSlur[el2.pitches[0].endSlur.length - 1] === 100)
                el2.pitches[0].endSlur.pop();
              if (currSlur[staffNum][voiceNum][1].length === 1)
                delete currSlur[staffNum][voiceNum][1];
              else
                currSlur[staffNum][voiceNum][1].pop();
            }
          }
        }
      }
    }
    function wrapMusicLines(lines, barsperstaff) {
      for (var i = 0; i < lines.length; i++) {
        if (lines[i].staff !== void 0) {
          for (var s = 0; s < lines[i].staff.length; s++) {
            var permanentItems = [];
            for (var v = 0; v < lines[i].staff[s].voices.length; v++) {
              var voice = lines[i].staff[s].voices[v];
              var barNumThisLine = 0;
              for (var n = 0; n < voice.length; n++) {
                if (voice[n].el_type === "bar") {
                  barNumThisLine++;
                  if (barNumThisLine >= barsperstaff) {
                    if (n < voice.length - 1) {
                      var nextLine = getNextMusicLine(lines, i);
                      if (!nextLine) {
                        var cp = JSON.parse(JSON.stringify(lines[i]));
                        lines.push(Object.assign({}, cp));
                        nextLine = lines[lines.length - 1];
                        for (var ss = 0; ss < nextLine.staff.length; ss++) {
                          for (var vv = 0; vv < nextLine.staff[ss].voices.length; vv++)
                            nextLine.staff[ss].voices[vv] = [];
                        }
                      }
                      var startElement = n + 1;
                      var section = lines[i].staff[s].voices[v].slice(startElement);
                      lines[i].staff[s].voices[v] = lines[i].staff[s].voices[v].slice(0, startElement);
                      nextLine.staff[s].voices[v] = permanentItems.concat(section.concat(nextLine.staff[s].voices[v]));
                      return true;
                    }
                  }
                } else if (!voice[n].duration) {
                  permanentItems.push(voice[n]);
                }
              }
            }
          }
        }
      }
      return false;
    }
    function getPrevMusicLine(lines, currentLine) {
      if (lines.length <= currentLine)
        return null;
      while (currentLine >= 0) {
        if (lines[currentLine].staff)
          return lines[currentLine];
        currentLine--;
      }
      return null;
    }
    function getNextMusicLine(lines, currentLine) {
      currentLine++;
      while (lines.length > currentLine) {
        if (lines[currentLine].staff)
          return lines[currentLine];
        currentLine++;
      }
      return null;
    }
    function getLastNote(tune) {
      if (!tune.lines[tune.lineNum]) return null;
      if (!tune.lines[tune.lineNum].staff) return null;
      if (!tune.lines[tune.lineNum].staff[tune.staffNum]) return null;
      var voice = tune.lines[tune.lineNum].staff[tune.staffNum].voices[tune.voiceNum];
      if (!voice) return null;
      for (var i = voice.length - 1; i >= 0; i--) {
        var el2 = voice[i];
        if (el2.el_type === "note") {
          return el2;
        }
      }
      return null;
    }
    function getDuration(el2) {
      if (el2.duration) return el2.duration;
      return 0;
    }
    function closeLine(tune) {
      if (tune.potentialStartBeam && tune.potentialEndBeam) {
        tune.potentialStartBeam.startBeam = true;
        tune.potentialEndBeam.endBeam = true;
      }
      delete tune.potentialStartBeam;
      delete tune.potentialEndBeam;
    }
    function containsNotes(voice) {
      for (var i = 0; i < voice.length; i++) {
        if (voice[i].el_type === "note" || voice[i].el_type === "bar")
          return true;
      }
      return false;
    }
    function containsNotesStrict(voice) {
      for (var i = 0; i < voice.length; i++) {
        if (voice[i].el_type === "note" && (voice[i].rest === void 0 || voice[i].chord !== void 0))
          return true;
      }
      return false;
    }
    function pushLine(tune, hash) {
      if (tune.vskipPending) {
        hash.vskip = tune.vskipPending;
        delete tune.vskipPending;
      }
      tune.lines.push(hash);
    }
    function pushNote(self2, tune, hp, voiceDefs, currentVoiceName) {
      var currStaff = tune.lines[tune.lineNum].staff[tune.staffNum];
      if (hp.pitches !== void 0) {
        var mid = currStaff.workingClef.verticalPos;
        hp.pitches.forEach(function(p) {
          p.verticalPos = p.pitch - mid;
        });
      }
      if (hp.gracenotes !== void 0) {
        var mid2 = currStaff.workingClef.verticalPos;
        hp.gracenotes.forEach(function(p) {
          p.verticalPos = p.pitch - mid2;
        });
      }
      if (currStaff.voices.length <= tune.voiceNum) {
        if (!voiceDefs[currentVoiceName])
          voiceDefs[currentVoiceName] = {};
        createVoice(self2, tune, voiceDefs[currentVoiceName]);
      }
      currStaff.voices[tune.voiceNum].push(hp);
    }
    function endBeamHere(hashParams, tune) {
      tune.potentialStartBeam.startBeam = true;
      hashParams.endBeam = true;
      delete tune.potentialStartBeam;
      delete tune.potentialEndBeam;
    }
    function endBeamLast(tune) {
      if (tune.potentialStartBeam !== void 0 && tune.potentialEndBeam !== void 0) {
        tune.potentialStartBeam.startBeam = true;
        tune.potentialEndBeam.endBeam = true;
      }
      delete tune.potentialStartBeam;
      delete tune.potentialEndBeam;
    }
    function setLineFont(tune, type, font) {
      if (tune.runningFonts[type]) {
        var isDifferent = false;
        var keys = Object.keys(font);
        for (var i = 0; i < keys.length; i++) {
          if (tune.runningFonts[type][keys[i]] !== font[keys[i]])
            isDifferent = true;
        }
        if (isDifferent) {
          tune.lines[tune.lineNum].staff[tune.staffNum][type] = font;
        }
      }
      tune.runningFonts[type] = font;
    }
    function createVoice(self2, tune, params) {
      var thisStaff = tune.lines[tune.lineNum].staff[tune.staffNum];
      thisStaff.voices[tune.voiceNum] = [];
      if (!thisStaff.title)
        thisStaff.title = [];
      thisStaff.title[tune.voiceNum] = { name: params.name, subname: params.subname };
      if (params.style)
        self2.appendElement("style", null, null, { head: params.style });
      if (params.stem)
        self2.appendElement("stem", null, null, { direction: params.stem });
      else if (tune.voiceNum > 0) {
        if (thisStaff.voices[0] !== void 0) {
          var found = false;
          for (var i = 0; i < thisStaff.voices[0].length; i++) {
            if (thisStaff.voices[0].el_type === "stem")
              found = true;
          }
          if (!found) {
            var stem = { el_type: "stem", direction: "up" };
            thisStaff.voices[0].splice(0, 0, stem);
          }
        }
        self2.appendElement("stem", null, null, { direction: "down" });
      }
      if (params.scale)
        self2.appendElement("scale", null, null, { size: params.scale });
      if (params.color)
        self2.appendElement("color", null, null, { color: params.color });
    }
    function createStaff(self2, tune, params) {
      if (params.key && params.key.impliedNaturals) {
        params.key.accidentals = params.key.accidentals.concat(params.key.impliedNaturals);
        delete params.key.impliedNaturals;
      }
      tune.lines[tune.lineNum].staff[tune.staffNum] = { voices: [], clef: params.clef, key: params.key, workingClef: params.clef };
      var staff = tune.lines[tune.lineNum].staff[tune.staffNum];
      if (params.stafflines !== void 0) {
        staff.clef.stafflines = params.stafflines;
        staff.workingClef.stafflines = params.stafflines;
      }
      if (params.staffscale) {
        staff.staffscale = params.staffscale;
      }
      if (params.annotationfont) setLineFont(tune, "annotationfont", params.annotationfont);
      if (params.gchordfont) setLineFont(tune, "gchordfont", params.gchordfont);
      if (params.tripletfont) setLineFont(tune, "tripletfont", params.tripletfont);
      if (params.vocalfont) setLineFont(tune, "vocalfont", params.vocalfont);
      if (params.bracket) staff.bracket = params.bracket;
      if (params.brace) staff.brace = params.brace;
      if (params.connectBarLines) staff.connectBarLines = params.connectBarLines;
      if (params.barNumber) staff.barNumber = params.barNumber;
      createVoice(self2, tune, params);
      if (params.part)
        self2.appendElement("part", params.part.startChar, params.part.endChar, { title: params.part.title });
      if (params.meter !== void 0) staff.meter = params.meter;
      if (tune.vskipPending) {
        tune.lines[tune.lineNum].vskip = tune.vskipPending;
        delete tune.vskipPending;
      }
    }
    function createLine(self2, tune, params) {
      tune.lines[tune.lineNum] = { staff: [] };
      createStaff(self2, tune, params);
    }
    function voiceUseful(lines, voiceNum) {
      var isUseful = false;
      var voiceExists = false;
      for (var line = 0; line < lines.length; line++) {
        var staves = lines[line].staff;
        if (staves) {
          for (var s = 0; s < staves.length; s++) {
            var staff = staves[s];
            if (voiceNum < staff.voices.length) {
              voiceExists = true;
              var voice = staff.voices[voiceNum];
              var output = [];
              for (var e = 0; e < voice.length; e++) {
                var el2 = voice[e];
                if (el2.el_type === "note" && (!el2.rest || el2.chord))
                  isUseful = true;
              }
            }
          }
        }
      }
      if (!voiceExists)
        return "not-found";
      return isUseful;
    }
    function deleteVoice(lines, voiceNum) {
      for (var line = 0; line < lines.length; line++) {
        var staves = lines[line].staff;
        if (staves) {
          for (var s = 0; s < staves.length; s++) {
            var staff = staves[s];
            if (voiceNum < staff.voices.length) {
              staff.voices.splice(voiceNum, 1);
            }
          }
        }
      }
    }
    function noWarnBeforeTitle(tune) {
      for (var i = 1; i < tune.lines.length; i++) {
        var line = tune.lines[i];
        if (line.subtitle) {
          var previousLine = tune.lines[i - 1];
          if (previousLine.staff) {
            for (var j = 0; j < previousLine.staff.length; j++) {
              for (var v = 0; v < previousLine.staff[j].voices.length; v++) {
                var voice = previousLine.staff[j].voices[v];
                if (voice[voice.length - 1].el_type === "key") {
                  voice.pop();
                  var nextLine = tune.lines[i];
                  while (i < tune.lines.length && !nextLine.staff) {
                    i++;
                    nextLine = tune.lines[i];
                  }
                  if (nextLine) {
                    for (var jj = 0; jj < nextLine.staff.length; jj++) {
                      var accidentals = nextLine.staff[jj].key.accidentals;
                      var newAccidentals = [];
                      for (var a = 0; a < accidentals.length; a++) {
                        if (accidentals[a].acc !== "natural")
                          newAccidentals.push(accidentals[a]);
                      }
                      nextLine.staff[jj].key.accidentals = newAccidentals;
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    module2.exports = TuneBuilder;
  }
});

// node_modules/abcjs/src/parse/abc_parse.js
var require_abc_parse = __commonJS({
  "node_modules/abcjs/src/parse/abc_parse.js"(exports2, module2) {
    var parseCommon = require_abc_common();
    var parseDirective = require_abc_parse_directive();
    var ParseHeader = require_abc_parse_header();
    var ParseMusic = require_abc_parse_music();
    var Tokenizer = require_abc_tokenizer();
    var wrap = require_wrap_lines();
    var chordGrid = require_chord_grid();
    var Tune3 = require_abc_tune();
    var TuneBuilder = require_tune_builder();
    var Parse = function() {
      "use strict";
      var tune = new Tune3();
      var tuneBuilder = new TuneBuilder(tune);
      var tokenizer;
      var wordsContinuation = "";
      var symbolContinuation = "";
      this.getTune = function() {
        var t = {
          formatting: tune.formatting,
          lines: tune.lines,
          media: tune.media,
          metaText: tune.metaText,
          metaTextInfo: tune.metaTextInfo,
          version: tune.version,
          addElementToEvents: tune.addElementToEvents,
          addUsefulCallbackInfo: tune.addUsefulCallbackInfo,
          getTotalTime: tune.getTotalTime,
          getTotalBeats: tune.getTotalBeats,
          getBarLength: tune.getBarLength,
          getBeatLength: tune.getBeatLength,
          getBeatsPerMeasure: tune.getBeatsPerMeasure,
          getBpm: tune.getBpm,
          getMeter: tune.getMeter,
          getMeterFraction: tune.getMeterFraction,
          getPickupLength: tune.getPickupLength,
          getKeySignature: tune.getKeySignature,
          getElementFromChar: tune.getElementFromChar,
          makeVoicesArray: tune.makeVoicesArray,
          millisecondsPerMeasure: tune.millisecondsPerMeasure,
          setupEvents: tune.setupEvents,
          setTiming: tune.setTiming,
          setUpAudio: tune.setUpAudio,
          deline: tune.deline,
          findSelectableElement: tune.findSelectableElement,
          getSelectableArray: tune.getSelectableArray
        };
        if (tune.lineBreaks)
          t.lineBreaks = tune.lineBreaks;
        if (tune.visualTranspose)
          t.visualTranspose = tune.visualTranspose;
        if (tune.chordGrid)
          t.chordGrid = tune.chordGrid;
        return t;
      };
      function addPositioning(el2, type, value) {
        if (!el2.positioning) el2.positioning = {};
        el2.positioning[type] = value;
      }
      function addFont(el2, type, value) {
        if (!el2.fonts) el2.fonts = {};
        el2.fonts[type] = value;
      }
      var multilineVars = {
        reset: function() {
          for (var property in this) {
            if (this.hasOwnProperty(property) && typeof this[property] !== "function") {
              delete this[property];
            }
          }
          this.iChar = 0;
          this.key = { accidentals: [], root: "none", acc: "", mode: "" };
          this.meter = null;
          this.origMeter = null;
          this.hasMainTitle = false;
          this.default_length = 0.125;
          this.clef = { type: "treble", verticalPos: 0 };
          this.octave = 0;
          this.next_note_duration = 0;
          this.start_new_line = true;
          this.is_in_header = true;
          this.partForNextLine = {};
          this.tempoForNextLine = [];
          this.havent_set_length = true;
          this.voices = {};
          this.staves = [];
          this.macros = {};
          this.currBarNumber = 1;
          this.barCounter = {};
          this.ignoredDecorations = [];
          this.score_is_present = false;
          this.inEnding = false;
          this.inTie = [];
          this.inTieChord = {};
          this.vocalPosition = "auto";
          this.dynamicPosition = "auto";
          this.chordPosition = "auto";
          this.ornamentPosition = "auto";
          this.volumePosition = "auto";
          this.openSlurs = [];
          this.freegchord = false;
          this.endingHoldOver = {};
        },
        differentFont: function(type, defaultFonts) {
          if (this[type].decoration !== defaultFonts[type].decoration) return true;
          if (this[type].face !== defaultFonts[type].face) return true;
          if (this[type].size !== defaultFonts[type].size) return true;
          if (this[type].style !== defaultFonts[type].style) return true;
          if (this[type].weight !== defaultFonts[type].weight) return true;
          return false;
        },
        addFormattingOptions: function(el2, defaultFonts, elType) {
          if (elType === "note") {
            if (this.vocalPosition !== "auto") addPositioning(el2, "vocalPosition", this.vocalPosition);
            if (this.dynamicPosition !== "auto") addPositioning(el2, "dynamicPosition", this.dynamicPosition);
            if (this.chordPosition !== "auto") addPositioning(el2, "chordPosition", this.chordPosition);
            if (this.ornamentPosition !== "auto") addPositioning(el2, "ornamentPosition", this.ornamentPosition);
            if (this.volumePosition !== "auto") addPositioning(el2, "volumePosition", this.volumePosition);
            if (this.differentFont("annotationfont", defaultFonts)) addFont(el2, "annotationfont", this.annotationfont);
            if (this.differentFont("gchordfont", defaultFonts)) addFont(el2, "gchordfont", this.gchordfont);
            if (this.differentFont("vocalfont", defaultFonts)) addFont(el2, "vocalfont", this.vocalfont);
            if (this.differentFont("tripletfont", defaultFonts)) addFont(el2, "tripletfont", this.tripletfont);
          } else if (elType === "bar") {
            if (this.dynamicPosition !== "auto") addPositioning(el2, "dynamicPosition", this.dynamicPosition);
            if (this.chordPosition !== "auto") addPositioning(el2, "chordPosition", this.chordPosition);
            if (this.ornamentPosition !== "auto") addPositioning(el2, "ornamentPosition", this.ornamentPosition);
            if (this.volumePosition !== "auto") addPositioning(el2, "volumePosition", this.volumePosition);
            if (this.differentFont("measurefont", defaultFonts)) addFont(el2, "measurefont", this.measurefont);
            if (this.differentFont("repeatfont", defaultFonts)) addFont(el2, "repeatfont", this.repeatfont);
          }
        },
        duplicateStartEndingHoldOvers: function() {
          this.endingHoldOver = {
            inTie: [],
            inTieChord: {}
          };
          for (var i = 0; i < this.inTie.length; i++) {
            this.endingHoldOver.inTie.push([]);
            if (this.inTie[i]) {
              for (var j = 0; j < this.inTie[i].length; j++) {
                this.endingHoldOver.inTie[i].push(this.inTie[i][j]);
              }
            }
          }
          for (var key in this.inTieChord) {
            if (this.inTieChord.hasOwnProperty(key))
              this.endingHoldOver.inTieChord[key] = this.inTieChord[key];
          }
        },
        restoreStartEndingHoldOvers: function() {
          if (!this.endingHoldOver.inTie)
            return;
          this.inTie = [];
          this.inTieChord = {};
          for (var i = 0; i < this.endingHoldOver.inTie.length; i++) {
            this.inTie.push([]);
            for (var j = 0; j < this.endingHoldOver.inTie[i].length; j++) {
              this.inTie[i].push(this.endingHoldOver.inTie[i][j]);
            }
          }
          for (var key in this.endingHoldOver.inTieChord) {
            if (this.endingHoldOver.inTieChord.hasOwnProperty(key))
              this.inTieChord[key] = this.endingHoldOver.inTieChord[key];
          }
        }
      };
      var addWarning = function(str) {
        if (!multilineVars.warnings)
          multilineVars.warnings = [];
        multilineVars.warnings.push(str);
      };
      var addWarningObject = function(warningObject) {
        if (!multilineVars.warningObjects)
          multilineVars.warningObjects = [];
        multilineVars.warningObjects.push(warningObject);
      };
      var encode = function(str) {
        var ret = str.replace(/\x12/g, " ");
        ret = ret.replace(/&/g, "&amp;");
        ret = ret.replace(/</g, "&lt;");
        return ret.replace(/>/g, "&gt;");
      };
      var warn = function(str, line, col_num) {
        if (!line) line = " ";
        var bad_char = line[col_num];
        if (bad_char === " " || !bad_char)
          bad_char = "SPACE";
        var clean_line = encode(line.substring(col_num - 64, col_num)) + '<span style="text-decoration:underline;font-size:1.3em;font-weight:bold;">' + bad_char + "</span>" + encode(line.substring(col_num + 1).substring(0, 64));
        addWarning("Music Line:" + tokenizer.lineIndex + ":" + (col_num + 1) + ": " + str + ":  " + clean_line);
        addWarningObject({ message: str, line, startChar: multilineVars.iChar + col_num, column: col_num });
      };
      var header;
      var music;
      this.getWarnings = function() {
        return multilineVars.warnings;
      };
      this.getWarningObjects = function() {
        return multilineVars.warningObjects;
      };
      var addWords = function(line, words) {
        if (words.indexOf("") >= 0) {
          wordsContinuation += words;
          return;
        }
        words = wordsContinuation + words;
        wordsContinuation = "";
        if (!line) {
          warn("Can't add words before the first line of music", line, 0);
          return;
        }
        words = parseCommon.strip(words);
        if (words[words.length - 1] !== "-")
          words = words + " ";
        var word_list = [];
        var last_divider = 0;
        var replace = false;
        var addWord = function(i2) {
          var word = parseCommon.strip(words.substring(last_divider, i2));
          word = word.replace(/\\([-_*|~])/g, "$1");
          last_divider = i2 + 1;
          if (word.length > 0) {
            if (replace)
              word = word.replace(/~/g, " ");
            var div = words[i2];
            if (div !== "_" && div !== "-")
              div = " ";
            word_list.push({ syllable: tokenizer.translateString(word), divider: div });
            replace = false;
            return true;
          }
          return false;
        };
        var escNext = false;
        for (var i = 0; i < words.length; i++) {
          switch (words[i]) {
            case " ":
            case "":
              addWord(i);
              break;
            case "-":
              if (!escNext && !addWord(i) && word_list.length > 0) {
                parseCommon.last(word_list).divider = "-";
                word_list.push({ skip: true, to: "next" });
              }
              break;
            case "_":
              if (!escNext) {
                addWord(i);
                word_list.push({ skip: true, to: "slur" });
              }
              break;
            case "*":
              if (!escNext) {
                addWord(i);
                word_list.push({ skip: true, to: "next" });
              }
              break;
            case "|":
              if (!escNext) {
                addWord(i);
                word_list.push({ skip: true, to: "bar" });
              }
              break;
            case "~":
              if (!escNext) {
                replace = true;
              }
              break;
          }
          escNext = words[i] === "\\";
        }
        var inSlur = false;
        line.forEach(function(el2) {
          if (word_list.length !== 0) {
            if (word_list[0].skip) {
              switch (word_list[0].to) {
                case "next":
                  if (el2.el_type === "note" && el2.pitches !== null && !inSlur) word_list.shift();
                  break;
                case "slur":
                  if (el2.el_type === "note" && el2.pitches !== null) word_list.shift();
                  break;
                case "bar":
                  if (el2.el_type === "bar") word_list.shift();
                  break;
              }
              if (el2.el_type !== "bar") {
                if (el2.lyric === void 0)
                  el2.lyric = [{ syllable: "", divider: " " }];
                else
                  el2.lyric.push({ syllable: "", divider: " " });
              }
            } else {
              if (el2.el_type === "note" && el2.rest === void 0 && !inSlur) {
                var lyric = word_list.shift();
                if (lyric.syllable)
                  lyric.syllable = lyric.syllable.replace(/ +/g, "\xA0");
                if (el2.lyric === void 0)
                  el2.lyric = [lyric];
                else
                  el2.lyric.push(lyric);
              }
            }
          }
        });
      };
      var addSymbols = function(line, words) {
        if (words.indexOf("") >= 0) {
          symbolContinuation += words;
          return;
        }
        words = symbolContinuation + words;
        symbolContinuation = "";
        if (!line) {
          warn("Can't add symbols before the first line of music", line, 0);
          return;
        }
        words = parseCommon.strip(words);
        if (words[words.length - 1] !== "-")
          words = words + " ";
        var word_list = [];
        var last_divider = 0;
        var replace = false;
        var addWord = function(i2) {
          var word = parseCommon.strip(words.substring(last_divider, i2));
          last_divider = i2 + 1;
          if (word.length > 0) {
            if (replace)
              word = word.replace(/~/g, " ");
            var div = words[i2];
            if (div !== "_" && div !== "-")
              div = " ";
            word_list.push({ syllable: tokenizer.translateString(word), divider: div });
            replace = false;
            return true;
          }
          return false;
        };
        for (var i = 0; i < words.length; i++) {
          switch (words[i]) {
            case " ":
            case "":
              addWord(i);
              break;
            case "-":
              if (!addWord(i) && word_list.length > 0) {
                parseCommon.last(word_list).divider = "-";
                word_list.push({ skip: true, to: "next" });
              }
              break;
            case "_":
              addWord(i);
              word_list.push({ skip: true, to: "slur" });
              break;
            case "*":
              addWord(i);
              word_list.push({ skip: true, to: "next" });
              break;
            case "|":
              addWord(i);
              word_list.push({ skip: true, to: "bar" });
              break;
            case "~":
              replace = true;
              break;
          }
        }
        var inSlur = false;
        line.forEach(function(el2) {
          if (word_list.length !== 0) {
            if (word_list[0].skip) {
              switch (word_list[0].to) {
                case "next":
                  if (el2.el_type === "note" && el2.pitches !== null && !inSlur) word_list.shift();
                  break;
                case "slur":
                  if (el2.el_type === "note" && el2.pitches !== null) word_list.shift();
                  break;
                case "bar":
                  if (el2.el_type === "bar") word_list.shift();
                  break;
              }
            } else {
              if (el2.el_type === "note" && el2.rest === void 0 && !inSlur) {
                var lyric = word_list.shift();
                if (el2.lyric === void 0)
                  el2.lyric = [lyric];
                else
                  el2.lyric.push(lyric);
              }
            }
          }
        });
      };
      var parseLine = function(line) {
        if (parseCommon.startsWith(line, "%%")) {
          var err = parseDirective.addDirective(line.substring(2));
          if (err) warn(err, line, 2);
          return;
        }
        var i = line.indexOf("%");
        if (i >= 0)
          line = line.substring(0, i);
        line = line.replace(/\s+$/, "");
        if (line.length === 0)
          return;
        if (wordsContinuation) {
          addWords(tuneBuilder.getCurrentVoice(), line.substring(2));
          return;
        }
        if (symbolContinuation) {
          addSymbols(tuneBuilder.getCurrentVoice(), line.substring(2));
          return;
        }
        if (line.length < 2 || line[1] !== ":" || music.lineContinuation) {
          music.parseMusic(line);
          return;
        }
        var ret = header.parseHeader(line);
        if (ret.regular)
          music.parseMusic(line);
        if (ret.newline)
          music.startNewLine();
        if (ret.words)
          addWords(tuneBuilder.getCurrentVoice(), line.substring(2));
        if (ret.symbols)
          addSymbols(tuneBuilder.getCurrentVoice(), line.substring(2));
      };
      function appendLastMeasure(voice, nextVoice) {
        voice.push({
          el_type: "hint"
        });
        for (var i = 0; i < nextVoice.length; i++) {
          var element = nextVoice[i];
          var hint = Object.assign({}, element);
          voice.push(hint);
          if (element.el_type === "bar")
            return;
        }
      }
      function addHintMeasure(staff, nextStaff) {
        for (var i = 0; i < staff.length; i++) {
          var stave = staff[i];
          var nextStave = nextStaff[i];
          if (nextStave) {
            for (var j = 0; j < nextStave.voices.length; j++) {
              var nextVoice = nextStave.voices[j];
              var voice = stave.voices[j];
              if (voice) {
                appendLastMeasure(voice, nextVoice);
              }
            }
          }
        }
      }
      function addHintMeasures() {
        for (var i = 0; i < tune.lines.length; i++) {
          var line = tune.lines[i].staff;
          if (line) {
            var j = i + 1;
            while (j < tune.lines.length && tune.lines[j].staff === void 0)
              j++;
            if (j < tune.lines.length) {
              var nextLine = tune.lines[j].staff;
              addHintMeasure(line, nextLine);
            }
          }
        }
      }
      this.parse = function(strTune, switches, startPos) {
        if (!switches) switches = {};
        if (!startPos) startPos = 0;
        tune.reset();
        strTune = strTune.replace(/\r\n?/g, "\n") + "\n";
        var arr = strTune.split("\n\\");
        if (arr.length > 1) {
          for (var i2 = 1; i2 < arr.length; i2++) {
            while (arr[i2].length > 0 && arr[i2][0] !== "\n") {
              arr[i2] = arr[i2].substr(1);
              arr[i2 - 1] += " ";
            }
          }
          strTune = arr.join("  ");
        }
        strTune = strTune.replace(/\\%/g, "\u200B\uFF05");
        strTune = strTune.replace(/\\([ \t]*)(%.*)*\n/g, function(all, backslash, comment) {
          var padding = comment ? Array(comment.length + 1).join(" ") : "";
          return backslash + "" + padding + "\n";
        });
        var lines = strTune.split("\n");
        if (parseCommon.last(lines).length === 0)
          lines.pop();
        tokenizer = new Tokenizer(lines, multilineVars);
        header = new ParseHeader(tokenizer, warn, multilineVars, tune, tuneBuilder);
        music = new ParseMusic(tokenizer, warn, multilineVars, tune, tuneBuilder, header);
        if (switches.print)
          tune.media = "print";
        multilineVars.reset();
        multilineVars.iChar = startPos;
        if (switches.visualTranspose) {
          multilineVars.globalTranspose = parseInt(switches.visualTranspose);
          if (multilineVars.globalTranspose === 0)
            multilineVars.globalTranspose = void 0;
          else
            tuneBuilder.setVisualTranspose(switches.visualTranspose);
        } else
          multilineVars.globalTranspose = void 0;
        if (switches.lineBreaks) {
          multilineVars.lineBreaks = switches.lineBreaks;
        }
        header.reset(tokenizer, warn, multilineVars, tune);
        try {
          if (switches.format) {
            parseDirective.globalFormatting(switches.format);
          }
          var line = tokenizer.nextLine();
          while (line) {
            if (switches.header_only && multilineVars.is_in_header === false)
              throw "normal_abort";
            if (switches.stop_on_warning && multilineVars.warnings)
              throw "normal_abort";
            var wasInHeader = multilineVars.is_in_header;
            parseLine(line);
            if (wasInHeader && !multilineVars.is_in_header) {
              tuneBuilder.setRunningFont("annotationfont", multilineVars.annotationfont);
              tuneBuilder.setRunningFont("gchordfont", multilineVars.gchordfont);
              tuneBuilder.setRunningFont("tripletfont", multilineVars.tripletfont);
              tuneBuilder.setRunningFont("vocalfont", multilineVars.vocalfont);
            }
            line = tokenizer.nextLine();
          }
          if (wordsContinuation) {
            addWords(tuneBuilder.getCurrentVoice(), "");
          }
          if (symbolContinuation) {
            addSymbols(tuneBuilder.getCurrentVoice(), "");
          }
          multilineVars.openSlurs = tuneBuilder.cleanUp(multilineVars.barsperstaff, multilineVars.staffnonote, multilineVars.openSlurs);
        } catch (err) {
          if (err !== "normal_abort")
            throw err;
        }
        var ph = 11 * 72;
        var pl = 8.5 * 72;
        switch (multilineVars.papersize) {
          //case "letter": ph = 11*72; pl = 8.5*72; break;
          case "legal":
            ph = 14 * 72;
            pl = 8.5 * 72;
            break;
          case "A4":
            ph = 11.7 * 72;
            pl = 8.3 * 72;
            break;
        }
        if (multilineVars.landscape) {
          var x = ph;
          ph = pl;
          pl = x;
        }
        if (!tune.formatting.pagewidth)
          tune.formatting.pagewidth = pl;
        if (!tune.formatting.pageheight)
          tune.formatting.pageheight = ph;
        if (switches.hint_measures) {
          addHintMeasures();
        }
        wrap.wrapLines(tune, multilineVars.lineBreaks, multilineVars.barNumbers);
        if (switches.chordGrid) {
          try {
            tune.chordGrid = chordGrid(tune);
          } catch (err) {
            switch (err.message) {
              case "notCommonTime":
                warn("Chord grid only works for 2/2 and 4/4 time.", 0, 0);
                break;
              case "noChords":
                warn("No chords are found in the tune.", 0, 0);
                break;
              default:
                warn(err.message, 0, 0);
            }
          }
        }
      };
    };
    module2.exports = Parse;
  }
});

// node_modules/abcjs/src/parse/abc_parse_book.js
var require_abc_parse_book = __commonJS({
  "node_modules/abcjs/src/parse/abc_parse_book.js"(exports2, module2) {
    var parseCommon = require_abc_common();
    var bookParser = function(book) {
      "use strict";
      var directives = "";
      var initialWhiteSpace = book.match(/(\s*)/);
      book = parseCommon.strip(book);
      var tuneStrings = book.split("\nX:");
      for (var i = 1; i < tuneStrings.length; i++)
        tuneStrings[i] = "X:" + tuneStrings[i];
      var pos = initialWhiteSpace ? initialWhiteSpace[0].length : 0;
      var tunes = [];
      tuneStrings.forEach(function(tune) {
        tunes.push({ abc: tune, startPos: pos });
        pos += tune.length + 1;
      });
      if (tunes.length > 1 && !parseCommon.startsWith(tunes[0].abc, "X:")) {
        var dir = tunes.shift();
        var arrDir = dir.abc.split("\n");
        arrDir.forEach(function(line) {
          if (parseCommon.startsWith(line, "%%"))
            directives += line + "\n";
        });
      }
      var header = directives;
      tunes.forEach(function(tune) {
        var m = tune.abc.match(/\n[ \t]*\n/);
        var end = m ? m.index : -1;
        if (end > 0)
          tune.abc = tune.abc.substring(0, end);
        tune.pure = tune.abc;
        tune.abc = directives + tune.abc;
        tune.title = "";
        var title = tune.pure.split("T:");
        if (title.length > 1) {
          title = title[1].split("\n");
          tune.title = parseCommon.strip(title[0]);
        }
        var id = tune.pure.substring(2, tune.pure.indexOf("\n"));
        tune.id = parseCommon.strip(id);
      });
      return {
        header,
        tunes
      };
    };
    module2.exports = bookParser;
  }
});

// src/core/formats/abc/abcjs.ts
var AbcjsParse, splitAbcBook;
var init_abcjs = __esm({
  "src/core/formats/abc/abcjs.ts"() {
    AbcjsParse = require_abc_parse();
    splitAbcBook = require_abc_parse_book();
  }
});

// src/core/formats/abc/textPositions.ts
function countBelow(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function countAtOrBelow(sorted, x) {
  return countBelow(sorted, x + 1);
}
var TextPositions;
var init_textPositions = __esm({
  "src/core/formats/abc/textPositions.ts"() {
    TextPositions = class {
      lfText;
      leadingOffset;
      /** LF offsets of the newlines whose preceding CR was dropped, ascending. */
      droppedCrBefore = [];
      lineStarts = [0];
      constructor(text) {
        this.leadingOffset = text.charCodeAt(0) === 65279 ? 1 : 0;
        const body = this.leadingOffset ? text.slice(1) : text;
        if (body.includes("\r")) {
          let lf = "";
          let chunkStart = 0;
          for (let i = 0; i < body.length; i++) {
            if (body.charCodeAt(i) !== 13) continue;
            lf += body.slice(chunkStart, i);
            if (body.charCodeAt(i + 1) === 10) {
              this.droppedCrBefore.push(lf.length);
              chunkStart = i + 1;
            } else {
              lf += "\n";
              chunkStart = i + 1;
            }
          }
          this.lfText = lf + body.slice(chunkStart);
        } else {
          this.lfText = body;
        }
        for (let i = 0; i < this.lfText.length; i++) {
          if (this.lfText.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
        }
      }
      /** Offset in the original text of an offset in the LF copy. */
      originalOffset(lfOffset) {
        return lfOffset + this.leadingOffset + countBelow(this.droppedCrBefore, lfOffset);
      }
      /** 1-based line of an LF offset. */
      lineOf(lfOffset) {
        return countAtOrBelow(this.lineStarts, lfOffset);
      }
      /** 1-based column of an LF offset. */
      columnOf(lfOffset) {
        return lfOffset - this.lineStarts[this.lineOf(lfOffset) - 1] + 1;
      }
      /** End of the line holding an LF offset (the offset of its newline, or the text length). */
      lineEnd(lfOffset) {
        const line = this.lineOf(lfOffset);
        return line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.lfText.length;
      }
      source(file, lfStart, lfEnd) {
        return {
          file,
          line: this.lineOf(lfStart),
          column: this.columnOf(lfStart),
          startChar: this.originalOffset(lfStart),
          endChar: this.originalOffset(lfEnd)
        };
      }
    };
  }
});

// src/core/formats/abc/fraction.ts
function gcd(a, b) {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a || 1;
}
function fraction(num, den) {
  const g = gcd(num, den);
  return den < 0 ? { num: -num / g, den: -den / g } : { num: num / g, den: den / g };
}
function addFractions(a, b) {
  return fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}
function multiplyFractions(a, b) {
  return fraction(a.num * b.num, a.den * b.den);
}
function fractionValue(f) {
  return f.num / f.den;
}
function floatToFraction(x) {
  let [h0, h1, k0, k1] = [0, 1, 1, 0];
  let rest = x;
  for (let i = 0; i < 40; i++) {
    const whole = Math.floor(rest);
    [h0, h1] = [h1, whole * h1 + h0];
    [k0, k1] = [k1, whole * k1 + k0];
    if (Math.abs(h1 / k1 - x) < 1e-9 || k1 > 1e6) break;
    rest = 1 / (rest - whole);
    if (!Number.isFinite(rest)) break;
  }
  return fraction(h1, k1);
}
var ZERO, QUARTERS_PER_WHOLE;
var init_fraction = __esm({
  "src/core/formats/abc/fraction.ts"() {
    ZERO = { num: 0, den: 1 };
    QUARTERS_PER_WHOLE = { num: 4, den: 1 };
  }
});

// src/core/formats/abc/firstVoice.ts
function readMeter(meter) {
  if (!meter) return void 0;
  if (meter.type === "common_time") return { numerator: 4, denominator: 4 };
  if (meter.type === "cut_time") return { numerator: 2, denominator: 2 };
  const first = meter.value?.[0];
  if (!first) return void 0;
  const numerator = first.num.split("+").reduce((sum, part) => sum + (Number(part) || 0), 0);
  const denominator = Number(first.den ?? 4);
  if (!(numerator > 0) || !(denominator > 0)) return void 0;
  return { numerator, denominator };
}
function readKey(key) {
  if (!key || key.root === "none") return { tonic: 0, mode: "major", name: key ? "none" : "C" };
  if (key.root === "HP" || key.root === "Hp") return { tonic: 9, mode: "mixolydian", name: key.root };
  const letter = LETTER_PITCH_CLASS[key.root.toUpperCase()] ?? 0;
  const shift = key.acc === "#" ? 1 : key.acc === "b" ? -1 : 0;
  const mode = key.mode.toLowerCase().slice(0, 3);
  const modes = {
    "": "major",
    maj: "major",
    ion: "major",
    m: "minor",
    min: "minor",
    aeo: "minor",
    dor: "dorian",
    mix: "mixolydian",
    lyd: "lydian",
    phr: "phrygian",
    loc: "locrian"
  };
  return {
    tonic: (letter + shift + 12) % 12,
    mode: modes[mode] ?? "major",
    name: `${key.root}${key.acc}${key.mode}`
  };
}
function readTempo(tempo) {
  if (!tempo?.bpm || !(tempo.bpm > 0)) return void 0;
  const beatWholes = (tempo.duration ?? []).reduce((sum, d) => sum + d, 0);
  return beatWholes > 0 ? tempo.bpm * beatWholes * 4 : tempo.bpm;
}
function unprettifyChordName(name) {
  return name.replace(/♭/g, "b").replace(/♯/g, "#").replace(/♮/g, "=");
}
function chordSymbolsAsWritten(lfText, start, end) {
  const found = [];
  let at = lfText.indexOf('"', start);
  while (at >= 0 && at < end) {
    const close = lfText.indexOf('"', at + 1);
    if (close < 0 || close >= end) break;
    const inner = lfText.slice(at + 1, close);
    if (inner.trim().length > 0 && !ANNOTATION_MARKS.has(inner[0])) {
      found.push({ text: inner.trim(), start: at, end: close + 1 });
    }
    at = lfText.indexOf('"', close + 1);
  }
  return found;
}
function plainMessage(message) {
  return message.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&").trim();
}
function describeTune(info) {
  const id = info.id ? `X:${info.id}` : `#${info.index + 1}`;
  return info.title ? `tune ${id} "${info.title}"` : `tune ${id}`;
}
function withUnknownFieldsIgnored(lfText) {
  return lfText.replace(UNKNOWN_FIELD_LINE, (field) => `%${field.slice(1)}`);
}
function splitBook(positions) {
  const book = splitAbcBook(withUnknownFieldsIgnored(positions.lfText));
  const infos = book.tunes.map((bookTune, index) => {
    const lfStart = bookTune.startPos;
    const lfEnd = bookTune.startPos + bookTune.pure.length;
    return {
      index,
      id: /^X:/.test(bookTune.pure) ? bookTune.id : "",
      title: bookTune.title,
      startLine: positions.lineOf(lfStart),
      endLine: positions.lineOf(Math.max(lfStart, lfEnd - 1)),
      startChar: positions.originalOffset(lfStart),
      endChar: positions.originalOffset(lfEnd)
    };
  });
  return { header: book.header, tunes: book.tunes, infos };
}
function walkFirstVoice(parsed, positions, file) {
  const notes = [];
  const symbols = [];
  const tuplets = [];
  const chords = [];
  const barStarts = [ZERO];
  let time = ZERO;
  let tupletFactor;
  let tupletNotesLeft = 0;
  let tieOpen = false;
  let lastNoteDuration = ZERO;
  const speller = new PitchSpeller(parsed.formatting?.midi?.transpose?.[0] ?? 0);
  for (const line of parsed.lines) {
    const staff = line.staff?.[0];
    const voice = staff?.voices?.[0];
    if (!voice) continue;
    speller.setKey(staff.key);
    speller.setClef(staff.clef);
    for (const element of voice) {
      if (element.el_type === "key") {
        speller.setKey(element);
        continue;
      }
      if (element.el_type === "bar") {
        speller.newBar();
        const lastStart = barStarts[barStarts.length - 1];
        if (fractionValue(time) > fractionValue(lastStart)) barStarts.push(time);
        continue;
      }
      if (element.el_type !== "note" || element.startChar === void 0 || element.endChar === void 0) continue;
      for (const symbol2 of chordSymbolsOf(element, positions.lfText)) {
        chords.push({ start: time, ...symbol2 });
      }
      if (element.rest?.type === "spacer") continue;
      if (element.startTriplet) {
        const notesIn = element.tripletR ?? element.startTriplet;
        const playedIn = Math.round((element.tripletMultiplier ?? 1) * element.startTriplet);
        tupletFactor = fraction(playedIn, element.startTriplet);
        tupletNotesLeft = notesIn;
        tuplets.push({ start: fractionValue(time), end: fractionValue(time), symbols: 0, expected: notesIn });
      }
      let duration = multiplyFractions(floatToFraction(element.duration ?? 0), QUARTERS_PER_WHOLE);
      const writtenDuration = fractionValue(duration);
      let tuplet;
      if (tupletFactor && tupletNotesLeft > 0) {
        tuplet = tuplets.length - 1;
        duration = multiplyFractions(duration, tupletFactor);
        tupletNotesLeft--;
        if (tupletNotesLeft === 0 || element.endTriplet) {
          tupletFactor = void 0;
          tupletNotesLeft = 0;
        }
      }
      if (!(fractionValue(duration) > 0 && Number.isFinite(fractionValue(duration)))) continue;
      const source = positions.source(file, element.startChar, element.endChar);
      if (tuplet !== void 0) {
        tuplets[tuplet].symbols++;
        tuplets[tuplet].end = fractionValue(addFractions(time, duration));
      }
      const symbol = {
        start: fractionValue(time),
        duration: fractionValue(duration),
        writtenDuration,
        pitch: null,
        tiedFromPrevious: false,
        tuplet
      };
      symbols.push(symbol);
      if (element.rest || !element.pitches?.length) {
        notes.push({ pitch: null, start: fractionValue(time), duration: fractionValue(duration), source });
        tieOpen = false;
      } else {
        const continuesTie = tieOpen && element.pitches.some((p) => p.endTie) && notes.length > 0;
        const spelled = element.pitches.map((p) => speller.spell(p));
        const pitch = Math.max(...spelled);
        symbol.pitch = pitch;
        symbol.letter = (element.pitches[spelled.indexOf(pitch)].pitch % 7 + 7) % 7;
        symbol.tiedFromPrevious = continuesTie;
        if (continuesTie) {
          const tied = notes[notes.length - 1];
          lastNoteDuration = addFractions(lastNoteDuration, duration);
          tied.duration = fractionValue(lastNoteDuration);
        } else {
          notes.push({
            pitch,
            start: fractionValue(time),
            duration: fractionValue(duration),
            source
          });
          lastNoteDuration = duration;
        }
        tieOpen = element.pitches.some((p) => p.startTie !== void 0);
      }
      time = addFractions(time, duration);
    }
  }
  const end = fractionValue(time);
  return {
    notes,
    chords,
    barStarts: barStarts.map(fractionValue).filter((start, i) => i === 0 || start < end),
    written: { symbols, tuplets }
  };
}
function chordSymbolsOf(element, lfText) {
  const named = (element.chord ?? []).filter((c) => (c.position ?? "default") === "default" && c.name.trim() !== "");
  if (named.length === 0) return [];
  const written = chordSymbolsAsWritten(lfText, element.startChar, element.endChar);
  if (written.length > 0) return written.map((w) => ({ symbol: w.text, lfStart: w.start, lfEnd: w.end }));
  return named.map((c) => ({
    symbol: unprettifyChordName(c.name),
    lfStart: element.startChar,
    lfEnd: element.endChar
  }));
}
var LETTER_PITCH_CLASS, ANNOTATION_MARKS, UNKNOWN_FIELD_LINE, ACCIDENTAL_SEMITONES, STEP_SEMITONES, MIDDLE_C, PitchSpeller;
var init_firstVoice = __esm({
  "src/core/formats/abc/firstVoice.ts"() {
    init_abcjs();
    init_fraction();
    LETTER_PITCH_CLASS = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };
    ANNOTATION_MARKS = /* @__PURE__ */ new Set(["^", "_", "<", ">", "@"]);
    UNKNOWN_FIELD_LINE = /^[JYhijklnopqrtuv]:/gm;
    ACCIDENTAL_SEMITONES = {
      sharp: 1,
      flat: -1,
      natural: 0,
      dblsharp: 2,
      dblflat: -2,
      quartersharp: 0,
      quarterflat: 0
    };
    STEP_SEMITONES = [0, 2, 4, 5, 7, 9, 11];
    MIDDLE_C = 60;
    PitchSpeller = class {
      constructor(globalTranspose) {
        this.globalTranspose = globalTranspose;
      }
      globalTranspose;
      keyAlterations = /* @__PURE__ */ new Map();
      barAlterations = /* @__PURE__ */ new Map();
      clefShift = 0;
      setKey(key) {
        if (!key?.accidentals) return;
        this.keyAlterations = /* @__PURE__ */ new Map();
        for (const { acc, note } of key.accidentals) {
          const semitones = ACCIDENTAL_SEMITONES[acc] ?? 0;
          if (semitones !== 0) this.keyAlterations.set(note.toUpperCase(), semitones);
        }
      }
      setClef(clef) {
        if (!clef) return;
        const octave = /([+-])(8|15)$/.exec(clef.type ?? "");
        const octaveShift = octave ? (octave[1] === "+" ? 1 : -1) * (octave[2] === "8" ? 12 : 24) : 0;
        this.clefShift = octaveShift + (clef.transpose ?? 0);
      }
      newBar() {
        this.barAlterations.clear();
      }
      /** Sounding pitch of one written pitch; an explicit accidental holds for the rest of the bar. */
      spell(written) {
        const octave = Math.floor(written.pitch / 7);
        const step = written.pitch - octave * 7;
        let alteration;
        if (written.accidental !== void 0 && written.accidental in ACCIDENTAL_SEMITONES) {
          alteration = ACCIDENTAL_SEMITONES[written.accidental];
          this.barAlterations.set(written.pitch, alteration);
        } else {
          alteration = this.barAlterations.get(written.pitch) ?? this.keyAlterations.get("CDEFGAB"[step]) ?? 0;
        }
        return MIDDLE_C + octave * 12 + STEP_SEMITONES[step] + alteration + this.clefShift + this.globalTranspose;
      }
    };
  }
});

// src/core/formats/abcReader.ts
function readAbcText(text, file) {
  const positions = new TextPositions(text);
  const book = splitBook(positions);
  const result = {
    tunes: [],
    warnings: [],
    issues: [],
    tuneInfos: book.infos,
    skippedTunes: 0,
    notation: []
  };
  const parser = new AbcjsParse();
  book.tunes.forEach((bookTune, index) => {
    const info = book.infos[index];
    const tuneLine = info.startLine;
    const skip = (why) => {
      result.skippedTunes++;
      result.warnings.push({ file, line: tuneLine, message: `${describeTune(info)} ${why}; skipped` });
    };
    let parsed;
    let issueCount = 0;
    try {
      parser.parse(bookTune.abc, {}, bookTune.startPos - book.header.length);
      parsed = parser.getTune();
      for (const warning of parser.getWarningObjects() ?? []) {
        const issue = makeIssue(warning, positions, file, index);
        const directive = /^Unknown directive: ?(.*)$/.exec(issue.message);
        if (directive) {
          result.warnings.push({
            file,
            line: issue.line,
            message: `${describeTune(info)}: the directive %%${directiveName(positions, issue) ?? directive[1]} is not supported; ignored`
          });
          continue;
        }
        result.issues.push(issue);
        issueCount++;
      }
    } catch (error) {
      skip(`cannot be read by abcjs (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    if (issueCount > 0) {
      const first = result.issues[result.issues.length - issueCount];
      result.warnings.push({
        file,
        line: first.line,
        message: `${describeTune(info)}, column ${first.column}: ${first.message}` + (issueCount > 1 ? ` (and ${issueCount - 1} more problem${issueCount > 2 ? "s" : ""})` : "")
      });
    }
    const walked = walkFirstVoice(parsed, positions, file);
    if (!walked.notes.some((n) => n.pitch !== null)) {
      skip("has no notes");
      return;
    }
    const firstStaff = parsed.lines.find((l) => l.staff?.length)?.staff?.[0];
    const meter = readMeter(parsed.lines.map((l) => l.staff?.[0]?.meter).find((m) => m !== void 0)) ?? {
      numerator: 4,
      denominator: 4
    };
    try {
      validateMeter(meter);
    } catch {
      skip(
        `has the meter M:${meter.numerator}/${meter.denominator}, which is not supported (use N/1, N/2, N/4, N/8 or N/16 with N from 1 to 32)`
      );
      return;
    }
    const lastNote = walked.notes[walked.notes.length - 1];
    const tuneBars = (lastNote.start + lastNote.duration) / barQuarters(meter);
    if (!(tuneBars <= MAX_TUNE_BARS)) {
      skip(`lasts ${Math.ceil(tuneBars)} bars, more than the ${MAX_TUNE_BARS} a tune may have`);
      return;
    }
    const title = String(parsed.metaText.title ?? info.title ?? "").split("\n")[0].trim() || describeTune(info);
    const tune = {
      file,
      id: info.id,
      title,
      line: tuneLine,
      meter,
      key: readKey(firstStaff?.key),
      tempo: readTempo(parsed.metaText.tempo),
      notes: walked.notes,
      chords: [],
      chordsInferred: false,
      barStarts: walked.barStarts
    };
    tune.chords = readChords(walked.chords, positions, file, info, result.warnings);
    const sounding = (parsed.formatting?.midi?.transpose?.[0] ?? 0) + (firstStaff?.clef?.transpose ?? 0);
    if (sounding % 12 !== 0) {
      tune.chords = transposeTimedChords(tune.chords, tune.key, sounding);
      tune.key = transposeKey(tune.key, sounding);
    }
    if (tune.chords.length === 0) {
      tune.chords = inferChords(tune);
      tune.chordsInferred = true;
    }
    result.tunes.push(tune);
    result.notation.push({ ...walked.written, issues: issueCount });
  });
  return result;
}
function directiveName(positions, issue) {
  const lineText = positions.lfText.split("\n")[issue.line - 1] ?? "";
  return /^\s*(?:%%|I:)\s*([A-Za-z][\w-]*)/.exec(lineText)?.[1];
}
function makeIssue(warning, positions, file, tuneIndex) {
  const lfStart = Math.min(Math.max(0, warning.startChar), positions.lfText.length);
  const lfEnd = Math.min(lfStart + 1, positions.lineEnd(lfStart));
  return {
    file,
    tuneIndex,
    line: positions.lineOf(lfStart),
    column: positions.columnOf(lfStart),
    startChar: positions.originalOffset(lfStart),
    endChar: positions.originalOffset(Math.max(lfEnd, lfStart)),
    message: plainMessage(warning.message)
  };
}
function readChords(pending, positions, file, info, warnings) {
  const chords = [];
  for (const item of pending) {
    const chord = parseChordSymbol(item.symbol);
    const source = positions.source(file, item.lfStart, item.lfEnd);
    if (!chord) {
      warnings.push({
        file,
        line: source.line,
        message: `column ${source.column}: cannot read the chord symbol "${item.symbol}" in ${describeTune(info)}; ignored`
      });
      continue;
    }
    const start = fractionValue(item.start);
    if (chords.length > 0 && chords[chords.length - 1].start === start) continue;
    chords.push({ start, chord, source });
  }
  if (chords.length > 0 && chords[0].start > 0) chords[0] = { ...chords[0], start: 0 };
  return chords;
}
var MAX_TUNE_BARS;
var init_abcReader = __esm({
  "src/core/formats/abcReader.ts"() {
    init_inferChords();
    init_abcjs();
    init_textPositions();
    init_fraction();
    init_firstVoice();
    init_chords();
    init_types2();
    init_progression();
    init_transpose();
    MAX_TUNE_BARS = 2e4;
  }
});

// src/model/lstmCell.ts
function cellWeights(weights) {
  let prepared = cellWeightsCache.get(weights);
  if (!prepared) {
    const { nValues: V, units: U } = weights;
    prepared = {
      kernel: Float64Array.from(weights.kernel),
      // Transposed so that each output is one dot product over h, summed in a register.
      recurrentByGate: transpose(weights.recurrentKernel, U, 4 * U),
      bias: Float64Array.from(weights.bias),
      denseByValue: transpose(weights.denseKernel, U, V),
      denseBias: Float64Array.from(weights.denseBias)
    };
    cellWeightsCache.set(weights, prepared);
  }
  return prepared;
}
function dot(h, matrix, offset, n) {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = 0;
  for (; k + 3 < n; k += 4) {
    s0 += h[k] * matrix[offset + k];
    s1 += h[k + 1] * matrix[offset + k + 1];
    s2 += h[k + 2] * matrix[offset + k + 2];
    s3 += h[k + 3] * matrix[offset + k + 3];
  }
  for (; k < n; k++) s0 += h[k] * matrix[offset + k];
  return s0 + s1 + s2 + s3;
}
function transpose(matrix, rows, columns) {
  const out = new Float64Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) out[c * rows + r] = matrix[r * columns + c];
  }
  return out;
}
var sigmoid, hardSigmoid, GATE_ACTIVATIONS, cellWeightsCache, LstmSampler;
var init_lstmCell = __esm({
  "src/model/lstmCell.ts"() {
    sigmoid = (x) => 1 / (1 + Math.exp(-x));
    hardSigmoid = (x) => Math.min(1, Math.max(0, 0.2 * x + 0.5));
    GATE_ACTIVATIONS = {
      sigmoid,
      hard_sigmoid: hardSigmoid
    };
    cellWeightsCache = /* @__PURE__ */ new WeakMap();
    LstmSampler = class {
      nValues;
      units;
      // Doubles throughout: V8 computes in doubles, and Float32Array reads and writes cost a conversion each.
      hidden;
      // h [U]
      cell;
      // c [U]
      preActivation;
      // z [4U]
      logits;
      // [V]
      kernel;
      // [V, 4U]
      recurrentByGate;
      // the recurrent kernel transposed: [4U, U]
      bias;
      // [4U]
      denseByValue;
      // the dense kernel transposed: [V, U]
      denseBias;
      // [V]
      gate;
      constructor(weights) {
        const { nValues: V, units: U } = weights;
        const expected = [
          ["kernel", V * 4 * U],
          ["recurrentKernel", U * 4 * U],
          ["bias", 4 * U],
          ["denseKernel", U * V],
          ["denseBias", V]
        ];
        for (const [key, length] of expected) {
          if (weights[key].length !== length) {
            throw new RangeError(`${key} has ${weights[key].length} numbers, expected ${length}`);
          }
        }
        this.nValues = V;
        this.units = U;
        this.hidden = new Float64Array(U);
        this.cell = new Float64Array(U);
        this.preActivation = new Float64Array(4 * U);
        this.logits = new Float64Array(V);
        ({
          kernel: this.kernel,
          recurrentByGate: this.recurrentByGate,
          bias: this.bias,
          denseByValue: this.denseByValue,
          denseBias: this.denseBias
        } = cellWeights(weights));
        const activation = weights.recurrentActivation ?? "sigmoid";
        if (!(activation in GATE_ACTIVATIONS)) throw new RangeError(`unknown recurrent activation ${activation}`);
        this.gate = GATE_ACTIVATIONS[activation];
      }
      /** Back to a0 = c0 = 0, as at the start of generation. */
      reset() {
        this.hidden.fill(0);
        this.cell.fill(0);
      }
      /**
       * Feeds one input (the one-hot of `inputIndex`, or the zero vector x0 for -1) and returns the next-value
       * probabilities [V].
       */
      step(inputIndex) {
        const { nValues: V, units: U } = this;
        const fourU = 4 * U;
        const { kernel, recurrentByGate, bias, denseByValue, denseBias } = this;
        if (!Number.isInteger(inputIndex) || inputIndex < -1 || inputIndex >= V) {
          throw new RangeError(`input index ${inputIndex} is outside -1..${V - 1}`);
        }
        const z = this.preActivation;
        z.set(bias);
        if (inputIndex >= 0) {
          const row = inputIndex * fourU;
          for (let j = 0; j < fourU; j++) z[j] += kernel[row + j];
        }
        const h = this.hidden;
        for (let j = 0; j < fourU; j++) z[j] += dot(h, recurrentByGate, j * U, U);
        const c = this.cell;
        const gate = this.gate;
        for (let u = 0; u < U; u++) {
          const i = gate(z[u]);
          const f = gate(z[U + u]);
          const g = Math.tanh(z[2 * U + u]);
          const o = gate(z[3 * U + u]);
          c[u] = f * c[u] + i * g;
          h[u] = o * Math.tanh(c[u]);
        }
        const logits = this.logits;
        for (let v = 0; v < V; v++) logits[v] = denseBias[v] + dot(h, denseByValue, v * U, U);
        let max = -Infinity;
        for (let v = 0; v < V; v++) if (logits[v] > max) max = logits[v];
        const probabilities = new Float32Array(V);
        let sum = 0;
        for (let v = 0; v < V; v++) {
          const e = Math.exp(logits[v] - max);
          probabilities[v] = e;
          sum += e;
        }
        for (let v = 0; v < V; v++) probabilities[v] /= sum;
        return probabilities;
      }
    };
  }
});

// src/shared/parts.ts
var TREBLE_RANGE, BASS_CLEF_RANGE, PARTS, PART_NAMES;
var init_parts = __esm({
  "src/shared/parts.ts"() {
    TREBLE_RANGE = [58, 86];
    BASS_CLEF_RANGE = [40, 67];
    PARTS = {
      concert: {
        name: "concert",
        family: "concert",
        interval: 0,
        clef: "treble",
        label: "Concert pitch",
        writtenRange: [57, 84]
      },
      bb: { name: "bb", family: "bb", interval: 2, clef: "treble", label: "B\u266D instruments", writtenRange: TREBLE_RANGE },
      eb: { name: "eb", family: "eb", interval: 9, clef: "treble", label: "E\u266D instruments", writtenRange: TREBLE_RANGE },
      "bass-clef": {
        name: "bass-clef",
        family: "bass-clef",
        interval: 0,
        clef: "bass",
        label: "Bass clef (concert)",
        writtenRange: BASS_CLEF_RANGE
      },
      "tenor-sax": {
        name: "tenor-sax",
        family: "bb",
        interval: 14,
        clef: "treble",
        label: "Tenor sax in B\u266D",
        writtenRange: TREBLE_RANGE
      },
      "soprano-sax": {
        name: "soprano-sax",
        family: "bb",
        interval: 2,
        clef: "treble",
        label: "Soprano sax in B\u266D",
        writtenRange: TREBLE_RANGE
      },
      clarinet: {
        name: "clarinet",
        family: "bb",
        interval: 2,
        clef: "treble",
        label: "Clarinet in B\u266D",
        writtenRange: TREBLE_RANGE
      },
      trumpet: {
        name: "trumpet",
        family: "bb",
        interval: 2,
        clef: "treble",
        label: "Trumpet in B\u266D",
        writtenRange: TREBLE_RANGE
      },
      "alto-sax": {
        name: "alto-sax",
        family: "eb",
        interval: 9,
        clef: "treble",
        label: "Alto sax in E\u266D",
        writtenRange: TREBLE_RANGE
      },
      "baritone-sax": {
        name: "baritone-sax",
        family: "eb",
        interval: 21,
        clef: "treble",
        label: "Baritone sax in E\u266D",
        writtenRange: TREBLE_RANGE
      },
      trombone: {
        name: "trombone",
        family: "bass-clef",
        interval: 0,
        clef: "bass",
        label: "Trombone",
        writtenRange: BASS_CLEF_RANGE
      },
      // The bass is read an octave above where it sounds, as bass players read.
      bass: { name: "bass", family: "bass-clef", interval: 12, clef: "bass", label: "Bass", writtenRange: [40, 67] }
    };
    PART_NAMES = Object.keys(PARTS);
  }
});

// src/core/numeric.ts
function argmax(values) {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}
var init_numeric = __esm({
  "src/core/numeric.ts"() {
  }
});

// src/model/sampling.ts
function topIndices(probabilities, k) {
  const best = [];
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i];
    if (best.length === k && p <= probabilities[best[k - 1]]) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && probabilities[best[at - 1]] < p) {
      best[at] = best[at - 1];
      at--;
    }
    best[at] = i;
  }
  return best;
}
function sampleIndex(probabilities, temperature, topK, rng) {
  const { candidates, weights, total } = samplingWeights(probabilities, temperature, topK);
  let r = rng.next() * total;
  for (let k = 0; k < candidates.length; k++) {
    r -= weights[k];
    if (r < 0) return candidates[k];
  }
  return candidates[candidates.length - 1];
}
function samplingDistribution(probabilities, temperature, topK) {
  const { candidates, weights, total } = samplingWeights(probabilities, temperature, topK);
  const distribution = new Float64Array(probabilities.length);
  candidates.forEach((index, k) => distribution[index] = weights[k] / total);
  return distribution;
}
function samplingWeights(probabilities, temperature, topK) {
  const n = probabilities.length;
  const ranked = topK > 0 && topK < n ? topIndices(probabilities, topK) : Array.from({ length: n }, (_, i) => i);
  const possible = ranked.filter((i) => probabilities[i] > 0);
  const candidates = possible.length > 0 ? possible : ranked;
  const weights = new Float64Array(candidates.length);
  let max = -Infinity;
  for (let k = 0; k < candidates.length; k++) {
    weights[k] = Math.log(Math.max(probabilities[candidates[k]], 1e-30)) / temperature;
    if (weights[k] > max) max = weights[k];
  }
  let total = 0;
  for (let k = 0; k < candidates.length; k++) {
    weights[k] = Math.exp(weights[k] - max);
    total += weights[k];
  }
  return { candidates, weights, total };
}
function generateIndices(sampler, options) {
  const { steps, greedy = false, seed, prime = [] } = options;
  const temperature = options.temperature ?? DEFAULT_SAMPLING.temperature;
  const topK = options.topK ?? DEFAULT_SAMPLING.topK;
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError(`steps must be a whole number >= 0, got ${steps}`);
  if (!greedy && !(temperature > 0)) throw new RangeError(`temperature must be > 0, got ${temperature}`);
  if (!Number.isInteger(topK) || topK < 0) throw new RangeError(`top-k must be a whole number >= 0, got ${topK}`);
  const rng = createRng(seed);
  sampler.reset();
  let probabilities = sampler.step(-1);
  for (const index of prime) probabilities = sampler.step(index);
  const out = [];
  const observer = options.observer;
  for (let s = 0; s < steps; s++) {
    const network = observer ? Float32Array.from(probabilities) : void 0;
    if (observer && network) observer.beforeGuide?.(s, network);
    options.guide?.adjust(probabilities, steps - s);
    const choice = greedy ? argmax(probabilities) : sampleIndex(probabilities, temperature, topK, rng);
    if (observer && network) {
      const drawn = greedy ? void 0 : samplingDistribution(probabilities, temperature, topK);
      observer.onStep({ step: s, network, guided: Float32Array.from(probabilities), drawn, choice });
    }
    options.guide?.accept(choice, s === steps - 1);
    out.push(choice);
    if (s + 1 < steps) probabilities = sampler.step(choice);
  }
  return out;
}
var DEFAULT_SAMPLING;
var init_sampling = __esm({
  "src/model/sampling.ts"() {
    init_numeric();
    init_random();
    init_defaults();
    DEFAULT_SAMPLING = { temperature: DEFAULTS.temperature, topK: DEFAULTS.topK };
  }
});

// node_modules/@tonejs/midi/build/Midi.js
var require_Midi = __commonJS({
  "node_modules/@tonejs/midi/build/Midi.js"(exports2, module2) {
    !(function(t, e) {
      if ("object" == typeof exports2 && "object" == typeof module2) module2.exports = e();
      else if ("function" == typeof define && define.amd) define([], e);
      else {
        var r = e();
        for (var n in r) ("object" == typeof exports2 ? exports2 : t)[n] = r[n];
      }
    })("undefined" != typeof self ? self : exports2, (function() {
      return (() => {
        var t = { 507: (t2, e2, r2) => {
          "use strict";
          function n(t3) {
            var e3 = [];
            return i(t3, e3), e3;
          }
          function i(t3, e3) {
            for (var r3 = 0; r3 < t3.length; r3++) {
              var n2 = t3[r3];
              Array.isArray(n2) ? i(n2, e3) : e3.push(n2);
            }
          }
          r2.r(e2), r2.d(e2, { flatten: () => n });
        }, 289: (t2, e2, r2) => {
          e2.parseMidi = r2(666), e2.writeMidi = r2(865);
        }, 666: (t2) => {
          function e2(t3) {
            for (var e3, n = new r2(t3), i = []; !n.eof(); ) {
              var a = o();
              i.push(a);
            }
            return i;
            function o() {
              var t4 = {};
              t4.deltaTime = n.readVarInt();
              var r3 = n.readUInt8();
              if (240 == (240 & r3)) {
                if (255 !== r3) {
                  if (240 == r3) return t4.type = "sysEx", a2 = n.readVarInt(), t4.data = n.readBytes(a2), t4;
                  if (247 == r3) return t4.type = "endSysEx", a2 = n.readVarInt(), t4.data = n.readBytes(a2), t4;
                  throw "Unrecognised MIDI event type byte: " + r3;
                }
                t4.meta = true;
                var i2 = n.readUInt8(), a2 = n.readVarInt();
                switch (i2) {
                  case 0:
                    if (t4.type = "sequenceNumber", 2 !== a2) throw "Expected length for sequenceNumber event is 2, got " + a2;
                    return t4.number = n.readUInt16(), t4;
                  case 1:
                    return t4.type = "text", t4.text = n.readString(a2), t4;
                  case 2:
                    return t4.type = "copyrightNotice", t4.text = n.readString(a2), t4;
                  case 3:
                    return t4.type = "trackName", t4.text = n.readString(a2), t4;
                  case 4:
                    return t4.type = "instrumentName", t4.text = n.readString(a2), t4;
                  case 5:
                    return t4.type = "lyrics", t4.text = n.readString(a2), t4;
                  case 6:
                    return t4.type = "marker", t4.text = n.readString(a2), t4;
                  case 7:
                    return t4.type = "cuePoint", t4.text = n.readString(a2), t4;
                  case 32:
                    if (t4.type = "channelPrefix", 1 != a2) throw "Expected length for channelPrefix event is 1, got " + a2;
                    return t4.channel = n.readUInt8(), t4;
                  case 33:
                    if (t4.type = "portPrefix", 1 != a2) throw "Expected length for portPrefix event is 1, got " + a2;
                    return t4.port = n.readUInt8(), t4;
                  case 47:
                    if (t4.type = "endOfTrack", 0 != a2) throw "Expected length for endOfTrack event is 0, got " + a2;
                    return t4;
                  case 81:
                    if (t4.type = "setTempo", 3 != a2) throw "Expected length for setTempo event is 3, got " + a2;
                    return t4.microsecondsPerBeat = n.readUInt24(), t4;
                  case 84:
                    if (t4.type = "smpteOffset", 5 != a2) throw "Expected length for smpteOffset event is 5, got " + a2;
                    var o2 = n.readUInt8();
                    return t4.frameRate = { 0: 24, 32: 25, 64: 29, 96: 30 }[96 & o2], t4.hour = 31 & o2, t4.min = n.readUInt8(), t4.sec = n.readUInt8(), t4.frame = n.readUInt8(), t4.subFrame = n.readUInt8(), t4;
                  case 88:
                    if (t4.type = "timeSignature", 4 != a2) throw "Expected length for timeSignature event is 4, got " + a2;
                    return t4.numerator = n.readUInt8(), t4.denominator = 1 << n.readUInt8(), t4.metronome = n.readUInt8(), t4.thirtyseconds = n.readUInt8(), t4;
                  case 89:
                    if (t4.type = "keySignature", 2 != a2) throw "Expected length for keySignature event is 2, got " + a2;
                    return t4.key = n.readInt8(), t4.scale = n.readUInt8(), t4;
                  case 127:
                    return t4.type = "sequencerSpecific", t4.data = n.readBytes(a2), t4;
                  default:
                    return t4.type = "unknownMeta", t4.data = n.readBytes(a2), t4.metatypeByte = i2, t4;
                }
              } else {
                var s;
                if (0 == (128 & r3)) {
                  if (null === e3) throw "Running status byte encountered before status byte";
                  s = r3, r3 = e3, t4.running = true;
                } else s = n.readUInt8(), e3 = r3;
                var c = r3 >> 4;
                switch (t4.channel = 15 & r3, c) {
                  case 8:
                    return t4.type = "noteOff", t4.noteNumber = s, t4.velocity = n.readUInt8(), t4;
                  case 9:
                    var u = n.readUInt8();
                    return t4.type = 0 === u ? "noteOff" : "noteOn", t4.noteNumber = s, t4.velocity = u, 0 === u && (t4.byte9 = true), t4;
                  case 10:
                    return t4.type = "noteAftertouch", t4.noteNumber = s, t4.amount = n.readUInt8(), t4;
                  case 11:
                    return t4.type = "controller", t4.controllerType = s, t4.value = n.readUInt8(), t4;
                  case 12:
                    return t4.type = "programChange", t4.programNumber = s, t4;
                  case 13:
                    return t4.type = "channelAftertouch", t4.amount = s, t4;
                  case 14:
                    return t4.type = "pitchBend", t4.value = s + (n.readUInt8() << 7) - 8192, t4;
                  default:
                    throw "Unrecognised MIDI event type: " + c;
                }
              }
            }
          }
          function r2(t3) {
            this.buffer = t3, this.bufferLen = this.buffer.length, this.pos = 0;
          }
          r2.prototype.eof = function() {
            return this.pos >= this.bufferLen;
          }, r2.prototype.readUInt8 = function() {
            var t3 = this.buffer[this.pos];
            return this.pos += 1, t3;
          }, r2.prototype.readInt8 = function() {
            var t3 = this.readUInt8();
            return 128 & t3 ? t3 - 256 : t3;
          }, r2.prototype.readUInt16 = function() {
            return (this.readUInt8() << 8) + this.readUInt8();
          }, r2.prototype.readInt16 = function() {
            var t3 = this.readUInt16();
            return 32768 & t3 ? t3 - 65536 : t3;
          }, r2.prototype.readUInt24 = function() {
            return (this.readUInt8() << 16) + (this.readUInt8() << 8) + this.readUInt8();
          }, r2.prototype.readInt24 = function() {
            var t3 = this.readUInt24();
            return 8388608 & t3 ? t3 - 16777216 : t3;
          }, r2.prototype.readUInt32 = function() {
            return (this.readUInt8() << 24) + (this.readUInt8() << 16) + (this.readUInt8() << 8) + this.readUInt8();
          }, r2.prototype.readBytes = function(t3) {
            var e3 = this.buffer.slice(this.pos, this.pos + t3);
            return this.pos += t3, e3;
          }, r2.prototype.readString = function(t3) {
            var e3 = this.readBytes(t3);
            return String.fromCharCode.apply(null, e3);
          }, r2.prototype.readVarInt = function() {
            for (var t3 = 0; !this.eof(); ) {
              var e3 = this.readUInt8();
              if (!(128 & e3)) return t3 + e3;
              t3 += 127 & e3, t3 <<= 7;
            }
            return t3;
          }, r2.prototype.readChunk = function() {
            var t3 = this.readString(4), e3 = this.readUInt32();
            return { id: t3, length: e3, data: this.readBytes(e3) };
          }, t2.exports = function(t3) {
            var n = new r2(t3), i = n.readChunk();
            if ("MThd" != i.id) throw "Bad MIDI file.  Expected 'MHdr', got: '" + i.id + "'";
            for (var a = (function(t4) {
              var e3 = new r2(t4), n2 = { format: e3.readUInt16(), numTracks: e3.readUInt16() }, i2 = e3.readUInt16();
              return 32768 & i2 ? (n2.framesPerSecond = 256 - (i2 >> 8), n2.ticksPerFrame = 255 & i2) : n2.ticksPerBeat = i2, n2;
            })(i.data), o = [], s = 0; !n.eof() && s < a.numTracks; s++) {
              var c = n.readChunk();
              if ("MTrk" != c.id) throw "Bad MIDI file.  Expected 'MTrk', got: '" + c.id + "'";
              var u = e2(c.data);
              o.push(u);
            }
            return { header: a, tracks: o };
          };
        }, 865: (t2) => {
          function e2(t3, e3, i) {
            var a, o = new n(), s = e3.length, c = null;
            for (a = 0; a < s; a++) false !== i.running && (i.running || e3[a].running) || (c = null), c = r2(o, e3[a], c, i.useByte9ForNoteOff);
            t3.writeChunk("MTrk", o.buffer);
          }
          function r2(t3, e3, r3, n2) {
            var i = e3.type, a = e3.deltaTime, o = e3.text || "", s = e3.data || [], c = null;
            switch (t3.writeVarInt(a), i) {
              case "sequenceNumber":
                t3.writeUInt8(255), t3.writeUInt8(0), t3.writeVarInt(2), t3.writeUInt16(e3.number);
                break;
              case "text":
                t3.writeUInt8(255), t3.writeUInt8(1), t3.writeVarInt(o.length), t3.writeString(o);
                break;
              case "copyrightNotice":
                t3.writeUInt8(255), t3.writeUInt8(2), t3.writeVarInt(o.length), t3.writeString(o);
                break;
              case "trackName":
                t3.writeUInt8(255), t3.writeUInt8(3), t3.writeVarInt(o.length), t3.writeString(o);
                break;
              case "instrumentName":
                t3.writeUInt8(255), t3.writeUInt8(4), t3.writeVarInt(o.length), t3.writeString(o);
                break;
              case "lyrics":
                t3.writeUInt8(255), t3.writeUInt8(5), t3.writeVarInt(o.length), t3.writeString(o);
                break;
              case "marker":
                t3.writeUInt8(255), t3.writeUInt8(6), t3.writeVarInt(o.length), t3.writeString(o);
                break;
              case "cuePoint":
                t3.writeUInt8(255), t3.writeUInt8(7), t3.writeVarInt(o.length), t3.writeString(o);
                break;
              case "channelPrefix":
                t3.writeUInt8(255), t3.writeUInt8(32), t3.writeVarInt(1), t3.writeUInt8(e3.channel);
                break;
              case "portPrefix":
                t3.writeUInt8(255), t3.writeUInt8(33), t3.writeVarInt(1), t3.writeUInt8(e3.port);
                break;
              case "endOfTrack":
                t3.writeUInt8(255), t3.writeUInt8(47), t3.writeVarInt(0);
                break;
              case "setTempo":
                t3.writeUInt8(255), t3.writeUInt8(81), t3.writeVarInt(3), t3.writeUInt24(e3.microsecondsPerBeat);
                break;
              case "smpteOffset":
                t3.writeUInt8(255), t3.writeUInt8(84), t3.writeVarInt(5);
                var u = 31 & e3.hour | { 24: 0, 25: 32, 29: 64, 30: 96 }[e3.frameRate];
                t3.writeUInt8(u), t3.writeUInt8(e3.min), t3.writeUInt8(e3.sec), t3.writeUInt8(e3.frame), t3.writeUInt8(e3.subFrame);
                break;
              case "timeSignature":
                t3.writeUInt8(255), t3.writeUInt8(88), t3.writeVarInt(4), t3.writeUInt8(e3.numerator);
                var h = 255 & Math.floor(Math.log(e3.denominator) / Math.LN2);
                t3.writeUInt8(h), t3.writeUInt8(e3.metronome), t3.writeUInt8(e3.thirtyseconds || 8);
                break;
              case "keySignature":
                t3.writeUInt8(255), t3.writeUInt8(89), t3.writeVarInt(2), t3.writeInt8(e3.key), t3.writeUInt8(e3.scale);
                break;
              case "sequencerSpecific":
                t3.writeUInt8(255), t3.writeUInt8(127), t3.writeVarInt(s.length), t3.writeBytes(s);
                break;
              case "unknownMeta":
                null != e3.metatypeByte && (t3.writeUInt8(255), t3.writeUInt8(e3.metatypeByte), t3.writeVarInt(s.length), t3.writeBytes(s));
                break;
              case "sysEx":
                t3.writeUInt8(240), t3.writeVarInt(s.length), t3.writeBytes(s);
                break;
              case "endSysEx":
                t3.writeUInt8(247), t3.writeVarInt(s.length), t3.writeBytes(s);
                break;
              case "noteOff":
                (c = (false !== n2 && e3.byte9 || n2 && 0 == e3.velocity ? 144 : 128) | e3.channel) !== r3 && t3.writeUInt8(c), t3.writeUInt8(e3.noteNumber), t3.writeUInt8(e3.velocity);
                break;
              case "noteOn":
                (c = 144 | e3.channel) !== r3 && t3.writeUInt8(c), t3.writeUInt8(e3.noteNumber), t3.writeUInt8(e3.velocity);
                break;
              case "noteAftertouch":
                (c = 160 | e3.channel) !== r3 && t3.writeUInt8(c), t3.writeUInt8(e3.noteNumber), t3.writeUInt8(e3.amount);
                break;
              case "controller":
                (c = 176 | e3.channel) !== r3 && t3.writeUInt8(c), t3.writeUInt8(e3.controllerType), t3.writeUInt8(e3.value);
                break;
              case "programChange":
                (c = 192 | e3.channel) !== r3 && t3.writeUInt8(c), t3.writeUInt8(e3.programNumber);
                break;
              case "channelAftertouch":
                (c = 208 | e3.channel) !== r3 && t3.writeUInt8(c), t3.writeUInt8(e3.amount);
                break;
              case "pitchBend":
                (c = 224 | e3.channel) !== r3 && t3.writeUInt8(c);
                var f = 8192 + e3.value, p = 127 & f, l = f >> 7 & 127;
                t3.writeUInt8(p), t3.writeUInt8(l);
                break;
              default:
                throw "Unrecognized event type: " + i;
            }
            return c;
          }
          function n() {
            this.buffer = [];
          }
          n.prototype.writeUInt8 = function(t3) {
            this.buffer.push(255 & t3);
          }, n.prototype.writeInt8 = n.prototype.writeUInt8, n.prototype.writeUInt16 = function(t3) {
            var e3 = t3 >> 8 & 255, r3 = 255 & t3;
            this.writeUInt8(e3), this.writeUInt8(r3);
          }, n.prototype.writeInt16 = n.prototype.writeUInt16, n.prototype.writeUInt24 = function(t3) {
            var e3 = t3 >> 16 & 255, r3 = t3 >> 8 & 255, n2 = 255 & t3;
            this.writeUInt8(e3), this.writeUInt8(r3), this.writeUInt8(n2);
          }, n.prototype.writeInt24 = n.prototype.writeUInt24, n.prototype.writeUInt32 = function(t3) {
            var e3 = t3 >> 24 & 255, r3 = t3 >> 16 & 255, n2 = t3 >> 8 & 255, i = 255 & t3;
            this.writeUInt8(e3), this.writeUInt8(r3), this.writeUInt8(n2), this.writeUInt8(i);
          }, n.prototype.writeInt32 = n.prototype.writeUInt32, n.prototype.writeBytes = function(t3) {
            this.buffer = this.buffer.concat(Array.prototype.slice.call(t3, 0));
          }, n.prototype.writeString = function(t3) {
            var e3, r3 = t3.length, n2 = [];
            for (e3 = 0; e3 < r3; e3++) n2.push(t3.codePointAt(e3));
            this.writeBytes(n2);
          }, n.prototype.writeVarInt = function(t3) {
            if (t3 < 0) throw "Cannot write negative variable-length integer";
            if (t3 <= 127) this.writeUInt8(t3);
            else {
              var e3 = t3, r3 = [];
              for (r3.push(127 & e3), e3 >>= 7; e3; ) {
                var n2 = 127 & e3 | 128;
                r3.push(n2), e3 >>= 7;
              }
              this.writeBytes(r3.reverse());
            }
          }, n.prototype.writeChunk = function(t3, e3) {
            this.writeString(t3), this.writeUInt32(e3.length), this.writeBytes(e3);
          }, t2.exports = function(t3, r3) {
            if ("object" != typeof t3) throw "Invalid MIDI data";
            r3 = r3 || {};
            var i, a = t3.header || {}, o = t3.tracks || [], s = o.length, c = new n();
            for ((function(t4, e3, r4) {
              var i2 = null == e3.format ? 1 : e3.format, a2 = 128;
              e3.timeDivision ? a2 = e3.timeDivision : e3.ticksPerFrame && e3.framesPerSecond ? a2 = -(255 & e3.framesPerSecond) << 8 | 255 & e3.ticksPerFrame : e3.ticksPerBeat && (a2 = 32767 & e3.ticksPerBeat);
              var o2 = new n();
              o2.writeUInt16(i2), o2.writeUInt16(r4), o2.writeUInt16(a2), t4.writeChunk("MThd", o2.buffer);
            })(c, a, s), i = 0; i < s; i++) e2(c, o[i], r3);
            return c.buffer;
          };
        }, 805: (t2, e2) => {
          "use strict";
          function r2(t3, e3, r3) {
            void 0 === r3 && (r3 = "ticks");
            var n = 0, i = t3.length, a = i;
            if (i > 0 && t3[i - 1][r3] <= e3) return i - 1;
            for (; n < a; ) {
              var o = Math.floor(n + (a - n) / 2), s = t3[o], c = t3[o + 1];
              if (s[r3] === e3) {
                for (var u = o; u < t3.length; u++) t3[u][r3] === e3 && (o = u);
                return o;
              }
              if (s[r3] < e3 && c[r3] > e3) return o;
              s[r3] > e3 ? a = o : s[r3] < e3 && (n = o + 1);
            }
            return -1;
          }
          Object.defineProperty(e2, "__esModule", { value: true }), e2.insert = e2.search = void 0, e2.search = r2, e2.insert = function(t3, e3, n) {
            if (void 0 === n && (n = "ticks"), t3.length) {
              var i = r2(t3, e3[n], n);
              t3.splice(i + 1, 0, e3);
            } else t3.push(e3);
          };
        }, 543: (t2, e2) => {
          "use strict";
          Object.defineProperty(e2, "__esModule", { value: true }), e2.ControlChange = e2.controlChangeIds = e2.controlChangeNames = void 0, e2.controlChangeNames = { 1: "modulationWheel", 2: "breath", 4: "footController", 5: "portamentoTime", 7: "volume", 8: "balance", 10: "pan", 64: "sustain", 65: "portamentoTime", 66: "sostenuto", 67: "softPedal", 68: "legatoFootswitch", 84: "portamentoControl" }, e2.controlChangeIds = Object.keys(e2.controlChangeNames).reduce((function(t3, r3) {
            return t3[e2.controlChangeNames[r3]] = r3, t3;
          }), {});
          var r2 = /* @__PURE__ */ new WeakMap(), n = /* @__PURE__ */ new WeakMap(), i = (function() {
            function t3(t4, e3) {
              r2.set(this, e3), n.set(this, t4.controllerType), this.ticks = t4.absoluteTime, this.value = t4.value;
            }
            return Object.defineProperty(t3.prototype, "number", { get: function() {
              return n.get(this);
            }, enumerable: false, configurable: true }), Object.defineProperty(t3.prototype, "name", { get: function() {
              return e2.controlChangeNames[this.number] ? e2.controlChangeNames[this.number] : null;
            }, enumerable: false, configurable: true }), Object.defineProperty(t3.prototype, "time", { get: function() {
              return r2.get(this).ticksToSeconds(this.ticks);
            }, set: function(t4) {
              var e3 = r2.get(this);
              this.ticks = e3.secondsToTicks(t4);
            }, enumerable: false, configurable: true }), t3.prototype.toJSON = function() {
              return { number: this.number, ticks: this.ticks, time: this.time, value: this.value };
            }, t3;
          })();
          e2.ControlChange = i;
        }, 906: (t2, e2, r2) => {
          "use strict";
          Object.defineProperty(e2, "__esModule", { value: true }), e2.createControlChanges = void 0;
          var n = r2(543);
          e2.createControlChanges = function() {
            return new Proxy({}, { get: function(t3, e3) {
              return t3[e3] ? t3[e3] : n.controlChangeIds.hasOwnProperty(e3) ? t3[n.controlChangeIds[e3]] : void 0;
            }, set: function(t3, e3, r3) {
              return n.controlChangeIds.hasOwnProperty(e3) ? t3[n.controlChangeIds[e3]] = r3 : t3[e3] = r3, true;
            } });
          };
        }, 54: function(t2, e2, r2) {
          "use strict";
          var n = this && this.__spreadArray || function(t3, e3, r3) {
            if (r3 || 2 === arguments.length) for (var n2, i2 = 0, a2 = e3.length; i2 < a2; i2++) !n2 && i2 in e3 || (n2 || (n2 = Array.prototype.slice.call(e3, 0, i2)), n2[i2] = e3[i2]);
            return t3.concat(n2 || Array.prototype.slice.call(e3));
          };
          Object.defineProperty(e2, "__esModule", { value: true }), e2.encode = void 0;
          var i = r2(289), a = r2(535), o = r2(507);
          function s(t3, e3) {
            return { absoluteTime: t3.ticks, channel: e3, controllerType: t3.number, deltaTime: 0, type: "controller", value: Math.floor(127 * t3.value) };
          }
          function c(t3) {
            return { absoluteTime: 0, channel: t3.channel, deltaTime: 0, programNumber: t3.instrument.number, type: "programChange" };
          }
          e2.encode = function(t3) {
            var e3 = { header: { format: 1, numTracks: t3.tracks.length + 1, ticksPerBeat: t3.header.ppq }, tracks: n([n(n(n(n([{ absoluteTime: 0, deltaTime: 0, meta: true, text: t3.header.name, type: "trackName" }], t3.header.keySignatures.map((function(t4) {
              return (function(t5) {
                var e4 = a.keySignatureKeys.indexOf(t5.key);
                return { absoluteTime: t5.ticks, deltaTime: 0, key: e4 + 7, meta: true, scale: "major" === t5.scale ? 0 : 1, type: "keySignature" };
              })(t4);
            })), true), t3.header.meta.map((function(t4) {
              return { absoluteTime: (e4 = t4).ticks, deltaTime: 0, meta: true, text: e4.text, type: e4.type };
              var e4;
            })), true), t3.header.tempos.map((function(t4) {
              return (function(t5) {
                return { absoluteTime: t5.ticks, deltaTime: 0, meta: true, microsecondsPerBeat: Math.floor(6e7 / t5.bpm), type: "setTempo" };
              })(t4);
            })), true), t3.header.timeSignatures.map((function(t4) {
              return (function(t5) {
                return { absoluteTime: t5.ticks, deltaTime: 0, denominator: t5.timeSignature[1], meta: true, metronome: 24, numerator: t5.timeSignature[0], thirtyseconds: 8, type: "timeSignature" };
              })(t4);
            })), true)], t3.tracks.map((function(t4) {
              return n(n(n([(e4 = t4.name, { absoluteTime: 0, deltaTime: 0, meta: true, text: e4, type: "trackName" }), c(t4)], (function(t5) {
                return (0, o.flatten)(t5.notes.map((function(e5) {
                  return (function(t6, e6) {
                    return [{ absoluteTime: t6.ticks, channel: e6, deltaTime: 0, noteNumber: t6.midi, type: "noteOn", velocity: Math.floor(127 * t6.velocity) }, { absoluteTime: t6.ticks + t6.durationTicks, channel: e6, deltaTime: 0, noteNumber: t6.midi, type: "noteOff", velocity: Math.floor(127 * t6.noteOffVelocity) }];
                  })(e5, t5.channel);
                })));
              })(t4), true), (function(t5) {
                for (var e5 = [], r3 = 0; r3 < 127; r3++) t5.controlChanges.hasOwnProperty(r3) && t5.controlChanges[r3].forEach((function(r4) {
                  e5.push(s(r4, t5.channel));
                }));
                return e5;
              })(t4), true), (function(t5) {
                var e5 = [];
                return t5.pitchBends.forEach((function(r3) {
                  e5.push((function(t6, e6) {
                    return { absoluteTime: t6.ticks, channel: e6, deltaTime: 0, type: "pitchBend", value: t6.value };
                  })(r3, t5.channel));
                })), e5;
              })(t4), true);
              var e4;
            })), true) };
            return e3.tracks = e3.tracks.map((function(t4) {
              t4 = t4.sort((function(t5, e5) {
                return t5.absoluteTime - e5.absoluteTime;
              }));
              var e4 = 0;
              return t4.forEach((function(t5) {
                t5.deltaTime = t5.absoluteTime - e4, e4 = t5.absoluteTime, delete t5.absoluteTime;
              })), t4.push({ deltaTime: 0, meta: true, type: "endOfTrack" }), t4;
            })), new Uint8Array((0, i.writeMidi)(e3));
          };
        }, 535: (t2, e2, r2) => {
          "use strict";
          Object.defineProperty(e2, "__esModule", { value: true }), e2.Header = e2.keySignatureKeys = void 0;
          var n = r2(805), i = /* @__PURE__ */ new WeakMap();
          e2.keySignatureKeys = ["Cb", "Gb", "Db", "Ab", "Eb", "Bb", "F", "C", "G", "D", "A", "E", "B", "F#", "C#"];
          var a = (function() {
            function t3(t4) {
              var r3 = this;
              if (this.tempos = [], this.timeSignatures = [], this.keySignatures = [], this.meta = [], this.name = "", i.set(this, 480), t4) {
                i.set(this, t4.header.ticksPerBeat), t4.tracks.forEach((function(t5) {
                  t5.forEach((function(t6) {
                    t6.meta && ("timeSignature" === t6.type ? r3.timeSignatures.push({ ticks: t6.absoluteTime, timeSignature: [t6.numerator, t6.denominator] }) : "setTempo" === t6.type ? r3.tempos.push({ bpm: 6e7 / t6.microsecondsPerBeat, ticks: t6.absoluteTime }) : "keySignature" === t6.type && r3.keySignatures.push({ key: e2.keySignatureKeys[t6.key + 7], scale: 0 === t6.scale ? "major" : "minor", ticks: t6.absoluteTime }));
                  }));
                }));
                var n2 = 0;
                t4.tracks[0].forEach((function(t5) {
                  n2 += t5.deltaTime, t5.meta && ("trackName" === t5.type ? r3.name = t5.text : "text" !== t5.type && "cuePoint" !== t5.type && "marker" !== t5.type && "lyrics" !== t5.type || r3.meta.push({ text: t5.text, ticks: n2, type: t5.type }));
                })), this.update();
              }
            }
            return t3.prototype.update = function() {
              var t4 = this, e3 = 0, r3 = 0;
              this.tempos.sort((function(t5, e4) {
                return t5.ticks - e4.ticks;
              })), this.tempos.forEach((function(n2, i2) {
                var a2 = i2 > 0 ? t4.tempos[i2 - 1].bpm : t4.tempos[0].bpm, o = n2.ticks / t4.ppq - r3, s = 60 / a2 * o;
                n2.time = s + e3, e3 = n2.time, r3 += o;
              })), this.timeSignatures.sort((function(t5, e4) {
                return t5.ticks - e4.ticks;
              })), this.timeSignatures.forEach((function(e4, r4) {
                var n2 = r4 > 0 ? t4.timeSignatures[r4 - 1] : t4.timeSignatures[0], i2 = (e4.ticks - n2.ticks) / t4.ppq / n2.timeSignature[0] / (n2.timeSignature[1] / 4);
                n2.measures = n2.measures || 0, e4.measures = i2 + n2.measures;
              }));
            }, t3.prototype.ticksToSeconds = function(t4) {
              var e3 = (0, n.search)(this.tempos, t4);
              if (-1 !== e3) {
                var r3 = this.tempos[e3], i2 = r3.time, a2 = (t4 - r3.ticks) / this.ppq;
                return i2 + 60 / r3.bpm * a2;
              }
              return t4 / this.ppq * 0.5;
            }, t3.prototype.ticksToMeasures = function(t4) {
              var e3 = (0, n.search)(this.timeSignatures, t4);
              if (-1 !== e3) {
                var r3 = this.timeSignatures[e3], i2 = (t4 - r3.ticks) / this.ppq;
                return r3.measures + i2 / (r3.timeSignature[0] / r3.timeSignature[1]) / 4;
              }
              return t4 / this.ppq / 4;
            }, Object.defineProperty(t3.prototype, "ppq", { get: function() {
              return i.get(this);
            }, enumerable: false, configurable: true }), t3.prototype.secondsToTicks = function(t4) {
              var e3 = (0, n.search)(this.tempos, t4, "time");
              if (-1 !== e3) {
                var r3 = this.tempos[e3], i2 = (t4 - r3.time) / (60 / r3.bpm);
                return Math.round(r3.ticks + i2 * this.ppq);
              }
              var a2 = t4 / 0.5;
              return Math.round(a2 * this.ppq);
            }, t3.prototype.toJSON = function() {
              return { keySignatures: this.keySignatures, meta: this.meta, name: this.name, ppq: this.ppq, tempos: this.tempos.map((function(t4) {
                return { bpm: t4.bpm, ticks: t4.ticks };
              })), timeSignatures: this.timeSignatures };
            }, t3.prototype.fromJSON = function(t4) {
              this.name = t4.name, this.tempos = t4.tempos.map((function(t5) {
                return Object.assign({}, t5);
              })), this.timeSignatures = t4.timeSignatures.map((function(t5) {
                return Object.assign({}, t5);
              })), this.keySignatures = t4.keySignatures.map((function(t5) {
                return Object.assign({}, t5);
              })), this.meta = t4.meta.map((function(t5) {
                return Object.assign({}, t5);
              })), i.set(this, t4.ppq), this.update();
            }, t3.prototype.setTempo = function(t4) {
              this.tempos = [{ bpm: t4, ticks: 0 }], this.update();
            }, t3;
          })();
          e2.Header = a;
        }, 362: (t2, e2, r2) => {
          "use strict";
          Object.defineProperty(e2, "__esModule", { value: true }), e2.Instrument = void 0;
          var n = r2(438), i = /* @__PURE__ */ new WeakMap(), a = (function() {
            function t3(t4, e3) {
              if (this.number = 0, i.set(this, e3), this.number = 0, t4) {
                var r3 = t4.find((function(t5) {
                  return "programChange" === t5.type;
                }));
                r3 && (this.number = r3.programNumber);
              }
            }
            return Object.defineProperty(t3.prototype, "name", { get: function() {
              return this.percussion ? n.DrumKitByPatchID[this.number] : n.instrumentByPatchID[this.number];
            }, set: function(t4) {
              var e3 = n.instrumentByPatchID.indexOf(t4);
              -1 !== e3 && (this.number = e3);
            }, enumerable: false, configurable: true }), Object.defineProperty(t3.prototype, "family", { get: function() {
              return this.percussion ? "drums" : n.InstrumentFamilyByID[Math.floor(this.number / 8)];
            }, enumerable: false, configurable: true }), Object.defineProperty(t3.prototype, "percussion", { get: function() {
              return 9 === i.get(this).channel;
            }, enumerable: false, configurable: true }), t3.prototype.toJSON = function() {
              return { family: this.family, number: this.number, name: this.name };
            }, t3.prototype.fromJSON = function(t4) {
              this.number = t4.number;
            }, t3;
          })();
          e2.Instrument = a;
        }, 438: (t2, e2) => {
          "use strict";
          Object.defineProperty(e2, "__esModule", { value: true }), e2.DrumKitByPatchID = e2.InstrumentFamilyByID = e2.instrumentByPatchID = void 0, e2.instrumentByPatchID = ["acoustic grand piano", "bright acoustic piano", "electric grand piano", "honky-tonk piano", "electric piano 1", "electric piano 2", "harpsichord", "clavi", "celesta", "glockenspiel", "music box", "vibraphone", "marimba", "xylophone", "tubular bells", "dulcimer", "drawbar organ", "percussive organ", "rock organ", "church organ", "reed organ", "accordion", "harmonica", "tango accordion", "acoustic guitar (nylon)", "acoustic guitar (steel)", "electric guitar (jazz)", "electric guitar (clean)", "electric guitar (muted)", "overdriven guitar", "distortion guitar", "guitar harmonics", "acoustic bass", "electric bass (finger)", "electric bass (pick)", "fretless bass", "slap bass 1", "slap bass 2", "synth bass 1", "synth bass 2", "violin", "viola", "cello", "contrabass", "tremolo strings", "pizzicato strings", "orchestral harp", "timpani", "string ensemble 1", "string ensemble 2", "synthstrings 1", "synthstrings 2", "choir aahs", "voice oohs", "synth voice", "orchestra hit", "trumpet", "trombone", "tuba", "muted trumpet", "french horn", "brass section", "synthbrass 1", "synthbrass 2", "soprano sax", "alto sax", "tenor sax", "baritone sax", "oboe", "english horn", "bassoon", "clarinet", "piccolo", "flute", "recorder", "pan flute", "blown bottle", "shakuhachi", "whistle", "ocarina", "lead 1 (square)", "lead 2 (sawtooth)", "lead 3 (calliope)", "lead 4 (chiff)", "lead 5 (charang)", "lead 6 (voice)", "lead 7 (fifths)", "lead 8 (bass + lead)", "pad 1 (new age)", "pad 2 (warm)", "pad 3 (polysynth)", "pad 4 (choir)", "pad 5 (bowed)", "pad 6 (metallic)", "pad 7 (halo)", "pad 8 (sweep)", "fx 1 (rain)", "fx 2 (soundtrack)", "fx 3 (crystal)", "fx 4 (atmosphere)", "fx 5 (brightness)", "fx 6 (goblins)", "fx 7 (echoes)", "fx 8 (sci-fi)", "sitar", "banjo", "shamisen", "koto", "kalimba", "bag pipe", "fiddle", "shanai", "tinkle bell", "agogo", "steel drums", "woodblock", "taiko drum", "melodic tom", "synth drum", "reverse cymbal", "guitar fret noise", "breath noise", "seashore", "bird tweet", "telephone ring", "helicopter", "applause", "gunshot"], e2.InstrumentFamilyByID = ["piano", "chromatic percussion", "organ", "guitar", "bass", "strings", "ensemble", "brass", "reed", "pipe", "synth lead", "synth pad", "synth effects", "world", "percussive", "sound effects"], e2.DrumKitByPatchID = { 0: "standard kit", 8: "room kit", 16: "power kit", 24: "electronic kit", 25: "tr-808 kit", 32: "jazz kit", 40: "brush kit", 48: "orchestra kit", 56: "sound fx kit" };
        }, 233: function(t2, e2, r2) {
          "use strict";
          var n = this && this.__awaiter || function(t3, e3, r3, n2) {
            return new (r3 || (r3 = Promise))((function(i2, a2) {
              function o2(t4) {
                try {
                  c2(n2.next(t4));
                } catch (t5) {
                  a2(t5);
                }
              }
              function s2(t4) {
                try {
                  c2(n2.throw(t4));
                } catch (t5) {
                  a2(t5);
                }
              }
              function c2(t4) {
                var e4;
                t4.done ? i2(t4.value) : (e4 = t4.value, e4 instanceof r3 ? e4 : new r3((function(t5) {
                  t5(e4);
                }))).then(o2, s2);
              }
              c2((n2 = n2.apply(t3, e3 || [])).next());
            }));
          }, i = this && this.__generator || function(t3, e3) {
            var r3, n2, i2, a2, o2 = { label: 0, sent: function() {
              if (1 & i2[0]) throw i2[1];
              return i2[1];
            }, trys: [], ops: [] };
            return a2 = { next: s2(0), throw: s2(1), return: s2(2) }, "function" == typeof Symbol && (a2[Symbol.iterator] = function() {
              return this;
            }), a2;
            function s2(a3) {
              return function(s3) {
                return (function(a4) {
                  if (r3) throw new TypeError("Generator is already executing.");
                  for (; o2; ) try {
                    if (r3 = 1, n2 && (i2 = 2 & a4[0] ? n2.return : a4[0] ? n2.throw || ((i2 = n2.return) && i2.call(n2), 0) : n2.next) && !(i2 = i2.call(n2, a4[1])).done) return i2;
                    switch (n2 = 0, i2 && (a4 = [2 & a4[0], i2.value]), a4[0]) {
                      case 0:
                      case 1:
                        i2 = a4;
                        break;
                      case 4:
                        return o2.label++, { value: a4[1], done: false };
                      case 5:
                        o2.label++, n2 = a4[1], a4 = [0];
                        continue;
                      case 7:
                        a4 = o2.ops.pop(), o2.trys.pop();
                        continue;
                      default:
                        if (!((i2 = (i2 = o2.trys).length > 0 && i2[i2.length - 1]) || 6 !== a4[0] && 2 !== a4[0])) {
                          o2 = 0;
                          continue;
                        }
                        if (3 === a4[0] && (!i2 || a4[1] > i2[0] && a4[1] < i2[3])) {
                          o2.label = a4[1];
                          break;
                        }
                        if (6 === a4[0] && o2.label < i2[1]) {
                          o2.label = i2[1], i2 = a4;
                          break;
                        }
                        if (i2 && o2.label < i2[2]) {
                          o2.label = i2[2], o2.ops.push(a4);
                          break;
                        }
                        i2[2] && o2.ops.pop(), o2.trys.pop();
                        continue;
                    }
                    a4 = e3.call(t3, o2);
                  } catch (t4) {
                    a4 = [6, t4], n2 = 0;
                  } finally {
                    r3 = i2 = 0;
                  }
                  if (5 & a4[0]) throw a4[1];
                  return { value: a4[0] ? a4[1] : void 0, done: true };
                })([a3, s3]);
              };
            }
          };
          Object.defineProperty(e2, "__esModule", { value: true }), e2.Header = e2.Track = e2.Midi = void 0;
          var a = r2(289), o = r2(535), s = r2(334), c = r2(54), u = (function() {
            function t3(t4) {
              var e3 = this, r3 = null;
              if (t4) {
                var n2 = t4 instanceof ArrayBuffer ? new Uint8Array(t4) : t4;
                (r3 = (0, a.parseMidi)(n2)).tracks.forEach((function(t5) {
                  var e4 = 0;
                  t5.forEach((function(t6) {
                    e4 += t6.deltaTime, t6.absoluteTime = e4;
                  }));
                })), r3.tracks = (function(t5) {
                  for (var e4 = [], r4 = 0; r4 < t5.length; r4++) for (var n3 = e4.length, i2 = /* @__PURE__ */ new Map(), a2 = Array(16).fill(0), o2 = 0, s2 = t5[r4]; o2 < s2.length; o2++) {
                    var c2 = s2[o2], u2 = n3, h2 = c2.channel;
                    if (void 0 !== h2) {
                      "programChange" === c2.type && (a2[h2] = c2.programNumber);
                      var f2 = a2[h2], p = "".concat(f2, " ").concat(h2);
                      i2.has(p) ? u2 = i2.get(p) : (u2 = n3 + i2.size, i2.set(p, u2));
                    }
                    e4[u2] || e4.push([]), e4[u2].push(c2);
                  }
                  return e4;
                })(r3.tracks);
              }
              this.header = new o.Header(r3), this.tracks = [], t4 && (this.tracks = r3.tracks.map((function(t5) {
                return new s.Track(t5, e3.header);
              })), 1 === r3.header.format && 0 === this.tracks[0].duration && this.tracks.shift());
            }
            return t3.fromUrl = function(e3) {
              return n(this, void 0, void 0, (function() {
                var r3;
                return i(this, (function(n2) {
                  switch (n2.label) {
                    case 0:
                      return [4, fetch(e3)];
                    case 1:
                      return (r3 = n2.sent()).ok ? [4, r3.arrayBuffer()] : [3, 3];
                    case 2:
                      return [2, new t3(n2.sent())];
                    case 3:
                      throw new Error("Could not load '".concat(e3, "'"));
                  }
                }));
              }));
            }, Object.defineProperty(t3.prototype, "name", { get: function() {
              return this.header.name;
            }, set: function(t4) {
              this.header.name = t4;
            }, enumerable: false, configurable: true }), Object.defineProperty(t3.prototype, "duration", { get: function() {
              var t4 = this.tracks.map((function(t5) {
                return t5.duration;
              }));
              return Math.max.apply(Math, t4);
            }, enumerable: false, configurable: true }), Object.defineProperty(t3.prototype, "durationTicks", { get: function() {
              var t4 = this.tracks.map((function(t5) {
                return t5.durationTicks;
              }));
              return Math.max.apply(Math, t4);
            }, enumerable: false, configurable: true }), t3.prototype.addTrack = function() {
              var t4 = new s.Track(void 0, this.header);
              return this.tracks.push(t4), t4;
            }, t3.prototype.toArray = function() {
              return (0, c.encode)(this);
            }, t3.prototype.toJSON = function() {
              return { header: this.header.toJSON(), tracks: this.tracks.map((function(t4) {
                return t4.toJSON();
              })) };
            }, t3.prototype.fromJSON = function(t4) {
              var e3 = this;
              this.header = new o.Header(), this.header.fromJSON(t4.header), this.tracks = t4.tracks.map((function(t5) {
                var r3 = new s.Track(void 0, e3.header);
                return r3.fromJSON(t5), r3;
              }));
            }, t3.prototype.clone = function() {
              var e3 = new t3();
              return e3.fromJSON(this.toJSON()), e3;
            }, t3;
          })();
          e2.Midi = u;
          var h = r2(334);
          Object.defineProperty(e2, "Track", { enumerable: true, get: function() {
            return h.Track;
          } });
          var f = r2(535);
          Object.defineProperty(e2, "Header", { enumerable: true, get: function() {
            return f.Header;
          } });
        }, 518: (t2, e2) => {
          "use strict";
          function r2(t3) {
            return ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"][t3 % 12];
          }
          Object.defineProperty(e2, "__esModule", { value: true }), e2.Note = void 0;
          var n, i, a = (n = /^([a-g]{1}(?:b|#|x|bb)?)(-?[0-9]+)/i, i = { cbb: -2, cb: -1, c: 0, "c#": 1, cx: 2, dbb: 0, db: 1, d: 2, "d#": 3, dx: 4, ebb: 2, eb: 3, e: 4, "e#": 5, ex: 6, fbb: 3, fb: 4, f: 5, "f#": 6, fx: 7, gbb: 5, gb: 6, g: 7, "g#": 8, gx: 9, abb: 7, ab: 8, a: 9, "a#": 10, ax: 11, bbb: 9, bb: 10, b: 11, "b#": 12, bx: 13 }, function(t3) {
            var e3 = n.exec(t3), r3 = e3[1], a2 = e3[2];
            return i[r3.toLowerCase()] + 12 * (parseInt(a2, 10) + 1);
          }), o = /* @__PURE__ */ new WeakMap(), s = (function() {
            function t3(t4, e3, r3) {
              o.set(this, r3), this.midi = t4.midi, this.velocity = t4.velocity, this.noteOffVelocity = e3.velocity, this.ticks = t4.ticks, this.durationTicks = e3.ticks - t4.ticks;
            }
            return Object.defineProperty(t3.prototype, "name", { get: function() {
              return t4 = this.midi, e3 = Math.floor(t4 / 12) - 1, r2(t4) + e3.toString();
              var t4, e3;
            }, set: function(t4) {
              this.midi = a(t4);
            }, enumerable: false, configurable: true }), Object.defineProperty(t3.prototype, "octave", { get: function() {
              return Math.floor(this.midi / 12) - 1;
            }, set: function(t4) {
              var e3 = t4 - this.octave;
              this.midi += 12 * e3;
            }, enumerable: false, configurable: true }), Object.defineProperty(t3.prototype, "pitch", { get: function() {
              return r2(this.midi);
            }, set: function(t4) {
              this.midi = 12 * (this.octave + 1) + ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"].indexOf(t4);
            }, enumerable: false, configurable: true }), Object.defineProperty(t3.prototype, "duration", { get: function() {
              var t4 = o.get(this);
              return t4.ticksToSeconds(this.ticks + this.durationTicks) - t4.ticksToSeconds(this.ticks);
            }, set: function(t4) {
              var e3 = o.get(this).secondsToTicks(this.time + t4);
              this.durationTicks = e3 - this.ticks;
            }, enumerable: false, configurable: true }), Object.defineProperty(t3.prototype, "time", { get: function() {
              return o.get(this).ticksToSeconds(this.ticks);
            }, set: function(t4) {
              var e3 = o.get(this);
              this.ticks = e3.secondsToTicks(t4);
            }, enumerable: false, configurable: true }), Object.defineProperty(t3.prototype, "bars", { get: function() {
              return o.get(this).ticksToMeasures(this.ticks);
            }, enumerable: false, configurable: true }), t3.prototype.toJSON = function() {
              return { duration: this.duration, durationTicks: this.durationTicks, midi: this.midi, name: this.name, ticks: this.ticks, time: this.time, velocity: this.velocity };
            }, t3;
          })();
          e2.Note = s;
        }, 882: (t2, e2) => {
          "use strict";
          Object.defineProperty(e2, "__esModule", { value: true }), e2.PitchBend = void 0;
          var r2 = /* @__PURE__ */ new WeakMap(), n = (function() {
            function t3(t4, e3) {
              r2.set(this, e3), this.ticks = t4.absoluteTime, this.value = t4.value;
            }
            return Object.defineProperty(t3.prototype, "time", { get: function() {
              return r2.get(this).ticksToSeconds(this.ticks);
            }, set: function(t4) {
              var e3 = r2.get(this);
              this.ticks = e3.secondsToTicks(t4);
            }, enumerable: false, configurable: true }), t3.prototype.toJSON = function() {
              return { ticks: this.ticks, time: this.time, value: this.value };
            }, t3;
          })();
          e2.PitchBend = n;
        }, 334: (t2, e2, r2) => {
          "use strict";
          Object.defineProperty(e2, "__esModule", { value: true }), e2.Track = void 0;
          var n = r2(805), i = r2(543), a = r2(906), o = r2(882), s = r2(362), c = r2(518), u = /* @__PURE__ */ new WeakMap(), h = (function() {
            function t3(t4, e3) {
              var r3 = this;
              if (this.name = "", this.notes = [], this.controlChanges = (0, a.createControlChanges)(), this.pitchBends = [], u.set(this, e3), t4) {
                var n2 = t4.find((function(t5) {
                  return "trackName" === t5.type;
                }));
                this.name = n2 ? n2.text : "";
              }
              if (this.instrument = new s.Instrument(t4, this), this.channel = 0, t4) {
                for (var i2 = t4.filter((function(t5) {
                  return "noteOn" === t5.type;
                })), o2 = t4.filter((function(t5) {
                  return "noteOff" === t5.type;
                })), c2 = function() {
                  var t5 = i2.shift();
                  h2.channel = t5.channel;
                  var e4 = o2.findIndex((function(e5) {
                    return e5.noteNumber === t5.noteNumber && e5.absoluteTime >= t5.absoluteTime;
                  }));
                  if (-1 !== e4) {
                    var r4 = o2.splice(e4, 1)[0];
                    h2.addNote({ durationTicks: r4.absoluteTime - t5.absoluteTime, midi: t5.noteNumber, noteOffVelocity: r4.velocity / 127, ticks: t5.absoluteTime, velocity: t5.velocity / 127 });
                  }
                }, h2 = this; i2.length; ) c2();
                t4.filter((function(t5) {
                  return "controller" === t5.type;
                })).forEach((function(t5) {
                  r3.addCC({ number: t5.controllerType, ticks: t5.absoluteTime, value: t5.value / 127 });
                })), t4.filter((function(t5) {
                  return "pitchBend" === t5.type;
                })).forEach((function(t5) {
                  r3.addPitchBend({ ticks: t5.absoluteTime, value: t5.value / Math.pow(2, 13) });
                }));
                var f = t4.find((function(t5) {
                  return "endOfTrack" === t5.type;
                }));
                this.endOfTrackTicks = void 0 !== f ? f.absoluteTime : void 0;
              }
            }
            return t3.prototype.addNote = function(t4) {
              var e3 = u.get(this), r3 = new c.Note({ midi: 0, ticks: 0, velocity: 1 }, { ticks: 0, velocity: 0 }, e3);
              return Object.assign(r3, t4), (0, n.insert)(this.notes, r3, "ticks"), this;
            }, t3.prototype.addCC = function(t4) {
              var e3 = u.get(this), r3 = new i.ControlChange({ controllerType: t4.number }, e3);
              return delete t4.number, Object.assign(r3, t4), Array.isArray(this.controlChanges[r3.number]) || (this.controlChanges[r3.number] = []), (0, n.insert)(this.controlChanges[r3.number], r3, "ticks"), this;
            }, t3.prototype.addPitchBend = function(t4) {
              var e3 = u.get(this), r3 = new o.PitchBend({}, e3);
              return Object.assign(r3, t4), (0, n.insert)(this.pitchBends, r3, "ticks"), this;
            }, Object.defineProperty(t3.prototype, "duration", { get: function() {
              if (!this.notes.length) return 0;
              for (var t4 = this.notes[this.notes.length - 1].time + this.notes[this.notes.length - 1].duration, e3 = 0; e3 < this.notes.length - 1; e3++) {
                var r3 = this.notes[e3].time + this.notes[e3].duration;
                t4 < r3 && (t4 = r3);
              }
              return t4;
            }, enumerable: false, configurable: true }), Object.defineProperty(t3.prototype, "durationTicks", { get: function() {
              if (!this.notes.length) return 0;
              for (var t4 = this.notes[this.notes.length - 1].ticks + this.notes[this.notes.length - 1].durationTicks, e3 = 0; e3 < this.notes.length - 1; e3++) {
                var r3 = this.notes[e3].ticks + this.notes[e3].durationTicks;
                t4 < r3 && (t4 = r3);
              }
              return t4;
            }, enumerable: false, configurable: true }), t3.prototype.fromJSON = function(t4) {
              var e3 = this;
              for (var r3 in this.name = t4.name, this.channel = t4.channel, this.instrument = new s.Instrument(void 0, this), this.instrument.fromJSON(t4.instrument), void 0 !== t4.endOfTrackTicks && (this.endOfTrackTicks = t4.endOfTrackTicks), t4.controlChanges) t4.controlChanges[r3] && t4.controlChanges[r3].forEach((function(t5) {
                e3.addCC({ number: t5.number, ticks: t5.ticks, value: t5.value });
              }));
              t4.notes.forEach((function(t5) {
                e3.addNote({ durationTicks: t5.durationTicks, midi: t5.midi, ticks: t5.ticks, velocity: t5.velocity });
              }));
            }, t3.prototype.toJSON = function() {
              for (var t4 = {}, e3 = 0; e3 < 127; e3++) this.controlChanges.hasOwnProperty(e3) && (t4[e3] = this.controlChanges[e3].map((function(t5) {
                return t5.toJSON();
              })));
              var r3 = { channel: this.channel, controlChanges: t4, pitchBends: this.pitchBends.map((function(t5) {
                return t5.toJSON();
              })), instrument: this.instrument.toJSON(), name: this.name, notes: this.notes.map((function(t5) {
                return t5.toJSON();
              })) };
              return void 0 !== this.endOfTrackTicks && (r3.endOfTrackTicks = this.endOfTrackTicks), r3;
            }, t3;
          })();
          e2.Track = h;
        } }, e = {};
        function r(n) {
          var i = e[n];
          if (void 0 !== i) return i.exports;
          var a = e[n] = { exports: {} };
          return t[n].call(a.exports, a, a.exports, r), a.exports;
        }
        return r.d = (t2, e2) => {
          for (var n in e2) r.o(e2, n) && !r.o(t2, n) && Object.defineProperty(t2, n, { enumerable: true, get: e2[n] });
        }, r.o = (t2, e2) => Object.prototype.hasOwnProperty.call(t2, e2), r.r = (t2) => {
          "undefined" != typeof Symbol && Symbol.toStringTag && Object.defineProperty(t2, Symbol.toStringTag, { value: "Module" }), Object.defineProperty(t2, "__esModule", { value: true });
        }, r(233);
      })();
    }));
  }
});

// src/core/formats/midi/tracks.ts
var import_midi;
var init_tracks = __esm({
  "src/core/formats/midi/tracks.ts"() {
    init_errors();
    import_midi = __toESM(require_Midi());
  }
});

// src/engine/paths.ts
function findPackageRoot(start = __dirname) {
  let dir = start;
  for (; ; ) {
    const manifest = (0, import_node_path.join)(dir, "package.json");
    if ((0, import_node_fs.existsSync)(manifest)) {
      try {
        if (JSON.parse((0, import_node_fs.readFileSync)(manifest, "utf8")).name === PACKAGE_NAME) return dir;
      } catch {
      }
    }
    const parent = (0, import_node_path.dirname)(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package folder above ${start}`);
    dir = parent;
  }
}
var import_node_fs, import_node_path, PACKAGE_NAME, PACKAGE_ROOT, DEFAULT_MODEL_DIR, DEFAULT_CORPUS_DIR;
var init_paths = __esm({
  "src/engine/paths.ts"() {
    import_node_fs = require("node:fs");
    import_node_path = require("node:path");
    init_defaults();
    PACKAGE_NAME = "jazz-solo-lstm";
    PACKAGE_ROOT = findPackageRoot();
    DEFAULT_MODEL_DIR = (0, import_node_path.join)(PACKAGE_ROOT, ...DEFAULT_MODEL_FOLDER);
    DEFAULT_CORPUS_DIR = (0, import_node_path.join)(PACKAGE_ROOT, "corpus");
  }
});

// src/shared/validate.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var init_validate = __esm({
  "src/shared/validate.ts"() {
  }
});

// src/model/network.ts
function weightShapes({ nValues, units }) {
  return [
    { key: "kernel", shape: [nValues, 4 * units] },
    { key: "recurrentKernel", shape: [units, 4 * units] },
    { key: "bias", shape: [4 * units] },
    { key: "denseKernel", shape: [units, nValues] },
    { key: "denseBias", shape: [nValues] }
  ];
}
function parameterCount({ nValues, units }) {
  return 4 * (nValues * units + units * units + units) + units * nValues + nValues;
}
var RECURRENT_ACTIVATIONS, LSTM_LAYER_NAME, DENSE_LAYER_NAME;
var init_network = __esm({
  "src/model/network.ts"() {
    RECURRENT_ACTIVATIONS = ["sigmoid", "hard_sigmoid"];
    LSTM_LAYER_NAME = "lstm";
    DENSE_LAYER_NAME = "dense";
  }
});

// src/model/store/folder.ts
function weightName(key) {
  switch (key) {
    case "kernel":
      return `${LSTM_LAYER_NAME}/kernel`;
    case "recurrentKernel":
      return `${LSTM_LAYER_NAME}/recurrent_kernel`;
    case "bias":
      return `${LSTM_LAYER_NAME}/bias`;
    case "denseKernel":
      return `${DENSE_LAYER_NAME}/kernel`;
    case "denseBias":
      return `${DENSE_LAYER_NAME}/bias`;
  }
}
var import_node_crypto, MODEL_FORMAT_VERSION, MODEL_FILES, CHECKSUMMED_FILES, sha256, size, WORK_FOLDER;
var init_folder = __esm({
  "src/model/store/folder.ts"() {
    import_node_crypto = require("node:crypto");
    init_network();
    MODEL_FORMAT_VERSION = 1;
    MODEL_FILES = {
      model: "model.json",
      weights: "weights.bin",
      vocabulary: "vocabulary.json",
      metadata: "metadata.json"
    };
    CHECKSUMMED_FILES = [MODEL_FILES.weights, MODEL_FILES.vocabulary];
    sha256 = (data) => (0, import_node_crypto.createHash)("sha256").update(data).digest("hex");
    size = (shape) => shape.reduce((a, b) => a * b, 1);
    WORK_FOLDER = /^(saving|replaced)-(\d+)-(\d+)-([0-9a-f]+)$/;
  }
});

// src/core/io/safeWrite.ts
function displayPath(path4) {
  return path4.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => JSON.stringify(c).slice(1, -1));
}
var import_node_fs2, EXCLUSIVE_CREATE;
var init_safeWrite = __esm({
  "src/core/io/safeWrite.ts"() {
    init_errors();
    import_node_fs2 = require("node:fs");
    EXCLUSIVE_CREATE = import_node_fs2.constants.O_WRONLY | import_node_fs2.constants.O_CREAT | import_node_fs2.constants.O_EXCL | (import_node_fs2.constants.O_NOFOLLOW ?? 0);
  }
});

// src/shared/limits.ts
function range(min, max, integer, what) {
  return { min, max, integer, what };
}
function isInRange(limit, value) {
  return typeof value === "number" && Number.isFinite(value) && value >= limit.min && value <= limit.max && (!limit.integer || Number.isInteger(value));
}
function formatBound(value) {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}
function describeRange(limit) {
  return `${limit.integer ? "a whole number" : "a number"} from ${formatBound(limit.min)} to ${formatBound(limit.max)}`;
}
function checkInRange(limit, value, label) {
  if (isInRange(limit, value)) return value;
  const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
  throw new UserFacingError(`${label} must be ${describeRange(limit)} (${limit.what}); got ${shown}`);
}
function checkOptionalInRange(limit, value, label) {
  return value === void 0 ? void 0 : checkInRange(limit, value, label);
}
var MAX_SEED, LIMITS;
var init_limits = __esm({
  "src/shared/limits.ts"() {
    init_errors();
    MAX_SEED = 2 ** 32 - 1;
    LIMITS = {
      /** Quarter notes per minute, written into the ABC `Q:` field and the MIDI tempo. */
      tempo: range(30, 400, true, "quarter notes per minute"),
      /** The share of a beat the first of two swung eighths takes: 0.5 straight, 0.67 triplet swing. */
      swing: range(0.5, 0.8, false, "share of the beat taken by the first eighth"),
      seed: range(0, MAX_SEED, true, "random seed"),
      /** 0 means greedy decoding (always the most likely value). */
      temperature: range(0, 5, false, "sampling temperature (0 = greedy)"),
      /** 0 means every value is a candidate. */
      topK: range(0, 2e3, true, "candidates per step (0 = all)"),
      steps: range(1, 1e4, true, "grammar values in a solo"),
      /** Times a solo goes through its tune's form (--choruses, jazzSolo.choruses). */
      choruses: range(1, 32, true, "times through the form"),
      continueSteps: range(1, 500, true, 'values inserted by "continue this solo"'),
      /** LSTM units (the reference: 64). */
      units: range(1, 1024, true, "LSTM units"),
      /** Window length Tx (the reference: 30). */
      tx: range(1, 200, true, "values per training window"),
      batch: range(1, 4096, true, "windows per batch"),
      epochs: range(1, 1e4, true, "training epochs"),
      /** Processes of `train --engine pytorch --nproc` on one machine. */
      nproc: range(1, 256, true, "training processes"),
      /** Random windows per epoch on a short corpus (the reference: 60). */
      windows: range(1, 1e5, true, "random windows per epoch"),
      heldoutEpochs: range(1, 1e3, true, "epochs of the held-out retraining"),
      solos: range(1, 1e3, true, "solos generated by an evaluation"),
      /** Distinct grammar values a model may know. */
      vocabularySize: range(2, 5e3, true, "values in a vocabulary"),
      /** A grammar value's duration in quarter notes: at most four 4/4 bars (longer ones make a step costly). */
      durationQuarters: range(0.01, 16, false, "quarter notes in one value"),
      /** Files recorded in a model's metadata as its corpus. */
      corpusFiles: range(0, 1e5, true, "corpus files of a model"),
      /** Bars selected from a MIDI file by --bars. */
      bar: range(0, 1e5, true, "bar number")
    };
  }
});

// src/model/store/read.ts
function isPlainFileName(name) {
  return name !== "" && name !== "." && name !== ".." && !/[/\\\0]/.test(name) && name.length <= 255;
}
function readModelFile(root, name, maxBytes, what) {
  const file = path.join(root, name);
  const shown = displayPath(file);
  let fd;
  try {
    fd = (0, import_node_fs3.openSync)(file, OPEN_FOR_READING);
  } catch (error) {
    const code = error.code;
    if (code === "ELOOP" || code === "EMLINK") {
      throw new UserFacingError(`${shown} is a symbolic link: a model folder must hold its own files (${what})`, file);
    }
    if (code === "EACCES" || code === "EPERM")
      throw new UserFacingError(`${shown} cannot be read: permission denied (${what})`, file);
    throw new UserFacingError(`${shown} is missing: the model folder is incomplete (${what})`, file);
  }
  try {
    const stats = (0, import_node_fs3.fstatSync)(fd);
    if (!stats.isFile()) {
      const kind = stats.isDirectory() ? "a folder" : stats.isFIFO() ? "a named pipe" : stats.isSocket() ? "a socket" : "a device";
      throw new UserFacingError(`${shown} is ${kind}, not a regular file: the model folder is damaged (${what})`, file);
    }
    if (stats.size > maxBytes) {
      throw new UserFacingError(
        `${shown} is ${stats.size} bytes, more than the ${maxBytes} a jazz model's ${what} can need: it does not belong to a model`,
        file
      );
    }
    const bytes = Buffer.alloc(stats.size);
    let offset = 0;
    while (offset < bytes.length) {
      const read = (0, import_node_fs3.readSync)(fd, bytes, offset, bytes.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return offset === bytes.length ? bytes : bytes.subarray(0, offset);
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError(
      `${shown} cannot be read (${error.code ?? "read error"}): the model folder is damaged`,
      file
    );
  } finally {
    (0, import_node_fs3.closeSync)(fd);
  }
}
function readJson(root, name, what, bytesRead) {
  const bytes = readModelFile(root, name, MAX_JSON_BYTES[name] ?? 1 << 20, what);
  bytesRead.set(name, bytes);
  const file = displayPath(path.join(root, name));
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserFacingError(
      `${file} is not UTF-8 text: the model folder is damaged (${what})`,
      path.join(root, name)
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UserFacingError(
      `${file} is not valid JSON: the model folder is damaged (${what})`,
      path.join(root, name)
    );
  }
}
var import_node_fs3, path, MAX_WEIGHTS_BYTES, MAX_JSON_BYTES, MAX_WEIGHT_SHARDS, OPEN_FOR_READING;
var init_read = __esm({
  "src/model/store/read.ts"() {
    init_errors();
    init_folder();
    import_node_fs3 = require("node:fs");
    path = __toESM(require("node:path"));
    init_safeWrite();
    init_limits();
    init_network();
    MAX_WEIGHTS_BYTES = parameterCount({ nValues: LIMITS.vocabularySize.max, units: LIMITS.units.max }) * 4;
    MAX_JSON_BYTES = {
      [MODEL_FILES.model]: 1 << 20,
      [MODEL_FILES.vocabulary]: 1 << 20,
      [MODEL_FILES.metadata]: 32 << 20
    };
    MAX_WEIGHT_SHARDS = 16;
    OPEN_FOR_READING = import_node_fs3.constants.O_RDONLY | (import_node_fs3.constants.O_NOFOLLOW ?? 0) | (import_node_fs3.constants.O_NONBLOCK ?? 0);
  }
});

// src/model/store/schema.ts
function checkMetadata(json, file) {
  const shown = displayPath(file);
  const fail = (reason) => {
    throw new UserFacingError(`${shown}: ${reason}: the model folder is damaged or was edited`, file);
  };
  if (!isRecord(json)) throw new UserFacingError(`${shown} is not a model description (expected a JSON object)`, file);
  const version = json.formatVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw new UserFacingError(`${shown} has no valid formatVersion`, file);
  }
  if (version > MODEL_FORMAT_VERSION) {
    throw new UserFacingError(
      `${shown}: this model was made by a newer version of jazz-solo (model format ${version}; this version reads ${MODEL_FORMAT_VERSION}): update jazz-solo`,
      file
    );
  }
  const text = (value, field, required) => {
    if (value === void 0 && !required) return;
    if (typeof value !== "string" || value.length > MAX_TEXT || required && value.trim() === "") {
      fail(`"${field}" must be a text of at most ${MAX_TEXT} characters`);
    }
  };
  const numbers = (record, ranges, where, strictUnknown) => {
    for (const [key, value] of Object.entries(record)) {
      const limit = ranges[key];
      if (limit) {
        if (!isInRange(limit, value))
          fail(`"${where}${key}" must be ${describeRange(limit)}${typeof value === "number" ? ` (got ${value})` : ""}`);
      } else if (typeof value === "number" && !Number.isFinite(value)) {
        fail(`"${where}${key}" is not a finite number`);
      } else if (strictUnknown && typeof value !== "number") {
        fail(`"${where}${key}" must be a number`);
      }
    }
  };
  text(json.name, "name", true);
  text(json.createdAt, "createdAt", true);
  text(json.backend, "backend", false);
  numbers(json, METADATA_NUMBER_RANGES, "", false);
  if (json.parameterCount === void 0) fail('"parameterCount" is missing');
  if (json.options !== void 0) {
    if (!isRecord(json.options)) fail('"options" must be an object');
    numbers(json.options, TRAINING_OPTION_RANGES, "options.", false);
    const options = json.options;
    if (options.windows !== void 0 && options.windows !== "reference" && options.windows !== "all") {
      fail('"options.windows" must be "reference" or "all"');
    }
  }
  if (json.loss !== void 0) {
    const loss = json.loss;
    if (!Array.isArray(loss) || loss.length > LIMITS.epochs.max || !loss.every((l) => typeof l === "number" && Number.isFinite(l))) {
      fail(`"loss" must be a list of at most ${LIMITS.epochs.max} finite numbers`);
    }
  }
  if (json.heldOutLoss !== void 0) {
    const curve = json.heldOutLoss;
    if (!Array.isArray(curve) || curve.length > LIMITS.epochs.max || !curve.every((l) => typeof l === "number" && Number.isFinite(l))) {
      fail(`"heldOutLoss" must be a list of at most ${LIMITS.epochs.max} finite numbers`);
    }
  }
  if (json.source !== void 0) {
    const source = json.source;
    if (!isRecord(source) || source.kind !== "keras" || !Object.values(source).every((v) => typeof v === "string" && v.length <= MAX_TEXT)) {
      fail('"source" must describe an imported Keras file in short texts');
    }
  }
  if (json.style !== void 0) {
    if (!isRecord(json.style)) fail('"style" must be an object');
    numbers(json.style, STYLE_RANGES, "style.", true);
  }
  if (json.register !== void 0 && !readRegister(json.register)) {
    fail('"register" must hold whole MIDI pitches low <= centre <= high and phraseStart');
  }
  if (json.checksums !== void 0) {
    if (!isRecord(json.checksums) || !Object.values(json.checksums).every((c) => typeof c === "string" && SHA256_HEX.test(c))) {
      fail('"checksums" must map file names to sha256 hex digests');
    }
  }
  if (json.corpus !== void 0) checkCorpusRecord(json.corpus, fail);
  return json;
}
function checkCorpusRecord(corpus, fail) {
  if (!isRecord(corpus)) fail('"corpus" must be an object');
  const record = corpus;
  const files = record.files;
  if (!Array.isArray(files) || files.length > LIMITS.corpusFiles.max) {
    fail(`"corpus.files" must be a list of at most ${LIMITS.corpusFiles.max} files`);
  }
  files.forEach((entry, index) => {
    const ok = isRecord(entry) && typeof entry.path === "string" && entry.path !== "" && entry.path.length <= 4096 && !entry.path.includes("\0") && typeof entry.sha256 === "string" && SHA256_HEX.test(entry.sha256);
    if (!ok) fail(`"corpus.files[${index}]" must be { "path": a file path, "sha256": a hex digest }`);
  });
  if (record.sha256 !== void 0 && (typeof record.sha256 !== "string" || !SHA256_HEX.test(record.sha256))) {
    fail('"corpus.sha256" must be a sha256 hex digest');
  }
  for (const key of ["values", "tunes"]) {
    if (!isInRange(COUNT, record[key])) fail(`"corpus.${key}" must be a whole number >= 0`);
  }
}
function checkManifest(json, file) {
  const shown = displayPath(file);
  if (!isRecord(json) || !isRecord(json.modelTopology) || !Array.isArray(json.weightsManifest)) {
    throw new UserFacingError(`${shown} is not a tfjs Layers model (no modelTopology or weightsManifest)`, file);
  }
  if (json.format !== void 0 && json.format !== "layers-model") {
    throw new UserFacingError(`${shown} is not a tfjs "layers-model"`, file);
  }
  const groups = json.weightsManifest;
  const malformed = (reason) => new UserFacingError(`${shown}: weightsManifest is malformed (${reason})`, file);
  let shards = 0;
  let parameters = 0;
  for (const group of groups) {
    const ok = isRecord(group) && Array.isArray(group.paths) && group.paths.every((p) => typeof p === "string") && Array.isArray(group.weights) && group.weights.length <= 16 && group.weights.every(
      (w) => isRecord(w) && typeof w.name === "string" && w.name.length <= 100 && Array.isArray(w.shape) && w.shape.length <= 2 && w.shape.every((d) => Number.isInteger(d) && d >= 0 && d <= MAX_WEIGHTS_BYTES)
    );
    if (!ok) throw malformed("paths, weight names and shapes");
    const typed = group;
    shards += typed.paths.length;
    if (shards > MAX_WEIGHT_SHARDS) throw malformed(`more than ${MAX_WEIGHT_SHARDS} weight files`);
    for (const shard of typed.paths) {
      if (!isPlainFileName(shard)) {
        throw new UserFacingError(
          `${shown}: a weights path is outside the model folder (only file names inside it are read)`,
          file
        );
      }
    }
    for (const spec of typed.weights) {
      if ((spec.dtype ?? "float32") !== "float32") throw malformed("only float32 weights are supported");
      parameters += size(spec.shape);
      if (parameters > MAX_WEIGHTS_BYTES / 4) throw malformed("more weights than the largest jazz network has");
    }
  }
  return { topology: json.modelTopology, groups };
}
function topologyShape(topology) {
  const config = isRecord(topology.config) ? topology.config : void 0;
  const layers = config && Array.isArray(config.layers) ? config.layers : [];
  const result = {};
  for (const layer of layers) {
    if (!isRecord(layer) || !isRecord(layer.config)) continue;
    if (layer.class_name === "LSTM") {
      result.units = layer.config.units;
      result.recurrentActivation = layer.config.recurrent_activation;
      const shape = layer.config.batch_input_shape;
      if (Array.isArray(shape)) result.inputWidth = shape[shape.length - 1];
    } else if (layer.class_name === "Dense") {
      result.outputs = layer.config.units;
    }
  }
  return result;
}
function checkVocabulary(json, file) {
  const shown = displayPath(file);
  if (isRecord(json) && Array.isArray(json.values)) {
    const values = json.values;
    if (values.length > LIMITS.vocabularySize.max) {
      throw new UserFacingError(
        `${shown} has ${values.length} values; a jazz model has at most ${LIMITS.vocabularySize.max}`,
        file
      );
    }
    values.forEach((value, index) => {
      if (typeof value === "string" && !VALUE_SHAPE.test(value)) {
        throw new UserFacingError(
          `${shown}: value ${index} is not a grammar value (TYPE,DURATION or TYPE,DURATION,<UPPER,LOWER>)`,
          file
        );
      }
    });
  }
  const vocabulary = vocabularyFromJson(json, shown);
  vocabulary.values.forEach((value, index) => {
    const duration = Number(value.split(",")[1]);
    if (!isInRange(LIMITS.durationQuarters, duration)) {
      throw new UserFacingError(
        `${shown}: value ${index} lasts ${duration} quarter notes; a value lasts ${describeRange(LIMITS.durationQuarters).replace(/^a number /, "")}`,
        file
      );
    }
  });
  return vocabulary;
}
var SHA256_HEX, SHARE, COUNT, MAX_TEXT, METADATA_NUMBER_RANGES, TRAINING_OPTION_RANGES, STYLE_RANGES, VALUE_SHAPE;
var init_schema = __esm({
  "src/model/store/schema.ts"() {
    init_validate();
    init_errors();
    init_folder();
    init_read();
    init_safeWrite();
    init_limits();
    init_melodicLine();
    init_style();
    init_vocabulary();
    SHA256_HEX = /^[0-9a-f]{64}$/;
    SHARE = { min: 0, max: 1, integer: false, what: "share" };
    COUNT = { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true, what: "count" };
    MAX_TEXT = 1e3;
    METADATA_NUMBER_RANGES = {
      parameterCount: { min: 0, max: MAX_WEIGHTS_BYTES / 4, integer: true, what: "parameters" },
      seconds: { min: 0, max: 1e9, integer: false, what: "seconds" },
      chosenEpoch: LIMITS.epochs
    };
    TRAINING_OPTION_RANGES = {
      tx: LIMITS.tx,
      units: LIMITS.units,
      epochs: LIMITS.epochs,
      batchSize: LIMITS.batch,
      m: LIMITS.windows,
      seed: LIMITS.seed,
      learningRate: { min: 0, max: 10, integer: false, what: "learning rate" }
    };
    STYLE_RANGES = {
      ...Object.fromEntries(STYLE_SHARE_FIELDS.map((field) => [field, SHARE])),
      ...Object.fromEntries(
        Object.entries(STYLE_COUNT_FIELDS).map(([field, max]) => [field, { min: 0, max, integer: false, what: field }])
      )
    };
    VALUE_SHAPE = /^[CSAXR],\d{1,6}(\.\d{1,6})?(,<[A-Za-z0-9-]{2,4},[A-Za-z0-9-]{2,4}>)?$/;
  }
});

// src/model/store/recover.ts
function processIsAlive(pid) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function deadWorkFolders(target) {
  const parent = path2.dirname(target);
  const prefix = `.${path2.basename(target)}.`;
  let entries;
  try {
    entries = (0, import_node_fs4.readdirSync)(parent);
  } catch {
    return [];
  }
  const found = [];
  for (const name of entries) {
    if (!name.startsWith(prefix)) continue;
    const match = WORK_FOLDER.exec(name.slice(prefix.length));
    if (!match) continue;
    const pid = Number(match[2]);
    if (!Number.isSafeInteger(pid) || pid <= 0 || processIsAlive(pid)) continue;
    const full = path2.join(parent, name);
    try {
      if (!(0, import_node_fs4.lstatSync)(full).isDirectory()) continue;
    } catch {
      continue;
    }
    found.push({ path: full, purpose: match[1] });
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}
function restoreMovedAsideModel(target) {
  if ((0, import_node_fs4.existsSync)(target)) return;
  const replaced = deadWorkFolders(target).filter((folder) => folder.purpose === "replaced");
  const newest = replaced[replaced.length - 1];
  if (!newest) return;
  try {
    (0, import_node_fs4.renameSync)(newest.path, target);
  } catch {
  }
}
var import_node_fs4, path2;
var init_recover = __esm({
  "src/model/store/recover.ts"() {
    init_folder();
    import_node_fs4 = require("node:fs");
    path2 = __toESM(require("node:path"));
  }
});

// src/model/store/load.ts
function realModelFolder(dir) {
  const given = path3.resolve(dir);
  const shown = displayPath(given);
  let real;
  try {
    real = (0, import_node_fs5.realpathSync)(given);
  } catch {
    throw new UserFacingError(`${shown} is not a jazz model folder (it does not exist)`, given);
  }
  const stats = (0, import_node_fs5.statSync)(real);
  if (!stats.isDirectory()) throw new UserFacingError(`${shown} is not a jazz model folder (it is a file)`, given);
  return real;
}
async function loadModelFolder(dir) {
  const given = path3.resolve(dir);
  restoreMovedAsideModel(given);
  const root = realModelFolder(given);
  const modelFile = path3.join(root, MODEL_FILES.model);
  if (!(0, import_node_fs5.existsSync)(modelFile))
    throw new UserFacingError(`${displayPath(given)} is not a jazz model folder (no ${MODEL_FILES.model})`, given);
  const bytesRead = /* @__PURE__ */ new Map();
  const metadataFile = path3.join(root, MODEL_FILES.metadata);
  const metadata = checkMetadata(readJson(root, MODEL_FILES.metadata, "training metadata", bytesRead), metadataFile);
  const { topology, groups } = checkManifest(readJson(root, MODEL_FILES.model, "network", bytesRead), modelFile);
  const arrays = /* @__PURE__ */ new Map();
  for (const group of groups) {
    const expected = group.weights.reduce((total, spec) => total + size(spec.shape) * 4, 0);
    const buffers = group.paths.map((shard) => {
      const shardBytes = readModelFile(root, shard, MAX_WEIGHTS_BYTES, "weights");
      bytesRead.set(shard, shardBytes);
      return shardBytes;
    });
    const bytes = Buffer.concat(buffers);
    if (bytes.length !== expected) {
      const file = path3.join(root, group.paths.join("+"));
      throw new UserFacingError(
        `${displayPath(file)} holds ${bytes.length} bytes but ${MODEL_FILES.model} describes ${expected}: the weights are truncated or do not belong to this model`,
        file
      );
    }
    let offset = 0;
    for (const spec of group.weights) {
      const length = size(spec.shape) * 4;
      const data = new Float32Array(bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + length));
      arrays.set(spec.name, { data, shape: spec.shape });
      offset += length;
    }
  }
  const kernelEntry = arrays.get(weightName("kernel"));
  if (!kernelEntry || kernelEntry.shape.length !== 2 || kernelEntry.shape[1] % 4 !== 0) {
    throw new UserFacingError(
      `${displayPath(modelFile)} does not describe the jazz network (no LSTM kernel of shape [values, 4\xB7units])`,
      modelFile
    );
  }
  const nValues = kernelEntry.shape[0];
  const units = kernelEntry.shape[1] / 4;
  if (!isInRange(LIMITS.units, units) || !isInRange(LIMITS.vocabularySize, nValues)) {
    throw new UserFacingError(
      `${displayPath(modelFile)}: a network of ${units} units over ${nValues} values is outside what jazz-solo runs (units ${describeRange(LIMITS.units)}, values ${describeRange(LIMITS.vocabularySize)})`,
      modelFile
    );
  }
  const weights = { nValues, units };
  for (const { key, shape } of weightShapes({ nValues, units })) {
    const entry = arrays.get(weightName(key));
    if (!entry) throw new UserFacingError(`${displayPath(modelFile)} has no weight ${weightName(key)}`, modelFile);
    if (entry.shape.join("x") !== shape.join("x")) {
      throw new UserFacingError(
        `${displayPath(modelFile)}: weight ${weightName(key)} has shape [${entry.shape.join(", ")}] but the LSTM kernel implies [${shape.join(", ")}]`,
        modelFile
      );
    }
    for (let i = 0; i < entry.data.length; i++) {
      if (!Number.isFinite(entry.data[i])) {
        throw new UserFacingError(
          `${displayPath(path3.join(root, MODEL_FILES.weights))} holds a non-finite number in ${weightName(key)}: the model is damaged`,
          root
        );
      }
    }
    weights[key] = entry.data;
  }
  const declared = topologyShape(topology);
  if (declared.units !== units || declared.inputWidth !== nValues || declared.outputs !== nValues) {
    const describe = (n) => typeof n === "number" && Number.isFinite(n) ? String(n) : "?";
    throw new UserFacingError(
      `${displayPath(modelFile)}: the topology (LSTM ${describe(declared.units)} units over ${describe(declared.inputWidth)} inputs, ${describe(declared.outputs)} outputs) does not match its weights (${units} units, ${nValues} values)`,
      modelFile
    );
  }
  const activation = declared.recurrentActivation ?? "sigmoid";
  if (!RECURRENT_ACTIVATIONS.includes(activation)) {
    throw new UserFacingError(
      `${displayPath(modelFile)}: the LSTM's recurrent activation must be sigmoid or hard_sigmoid`,
      modelFile
    );
  }
  if (activation === "hard_sigmoid") weights.recurrentActivation = "hard_sigmoid";
  const vocabularyFile = path3.join(root, MODEL_FILES.vocabulary);
  const vocabulary = checkVocabulary(readJson(root, MODEL_FILES.vocabulary, "vocabulary", bytesRead), vocabularyFile);
  if (vocabulary.values.length !== nValues) {
    throw new UserFacingError(
      `${displayPath(vocabularyFile)} has ${vocabulary.values.length} values but the network has ${nValues} outputs: the vocabulary does not belong to this model`,
      vocabularyFile
    );
  }
  verifyChecksums(root, metadata, metadataFile, bytesRead);
  return { dir: given, weights, vocabulary, metadata };
}
function verifyChecksums(root, metadata, metadataFile, bytesRead) {
  const checksums = isRecord(metadata.checksums) ? metadata.checksums : {};
  for (const name of CHECKSUMMED_FILES) {
    const expected = checksums[name];
    if (expected === void 0) continue;
    const file = path3.join(root, name);
    const bytes = bytesRead.get(name) ?? readModelFile(root, name, MAX_WEIGHTS_BYTES, name);
    if (sha256(bytes) !== expected) {
      throw new UserFacingError(
        `${displayPath(file)} was changed after the model was saved (its sha256 is not the one in ${path3.basename(metadataFile)}): the model is damaged or was edited`,
        file
      );
    }
  }
}
var import_node_fs5, path3;
var init_load = __esm({
  "src/model/store/load.ts"() {
    init_validate();
    init_errors();
    init_folder();
    init_schema();
    init_recover();
    init_read();
    import_node_fs5 = require("node:fs");
    path3 = __toESM(require("node:path"));
    init_safeWrite();
    init_limits();
    init_network();
  }
});

// src/engine/modelCache.ts
function folderStamp(dir) {
  return ["model.json", "weights.bin", "vocabulary.json", "metadata.json"].map((name) => {
    try {
      const s = (0, import_node_fs6.statSync)((0, import_node_path2.join)(dir, name));
      return `${s.size}:${s.mtimeMs}:${s.ino}`;
    } catch {
      return "missing";
    }
  }).join("|");
}
var import_node_fs6, import_node_path2, LoadedModelCache, loadedModelCache;
var init_modelCache = __esm({
  "src/engine/modelCache.ts"() {
    import_node_fs6 = require("node:fs");
    import_node_path2 = require("node:path");
    LoadedModelCache = class {
      entries = /* @__PURE__ */ new Map();
      async get(dir, load) {
        const stamp = folderStamp(dir);
        const cached = this.entries.get(dir);
        if (cached && cached.stamp === stamp) return cached.model;
        const model = load(dir);
        this.entries.set(dir, { stamp, model });
        model.catch(() => this.entries.delete(dir));
        return model;
      }
      forget(dir) {
        this.entries.delete(dir);
      }
    };
    loadedModelCache = new LoadedModelCache();
  }
});

// src/engine/models.ts
async function loadModel(dir = DEFAULT_MODEL_DIR) {
  return loadedModelCache.get((0, import_node_path3.resolve)(dir), loadAndWarmUp);
}
async function loadAndWarmUp(dir) {
  const model = await loadModelFolder(dir);
  generateIndices(new LstmSampler(model.weights), { steps: 30, seed: 0 });
  return model;
}
var import_node_path3;
var init_models = __esm({
  "src/engine/models.ts"() {
    import_node_path3 = require("node:path");
    init_load();
    init_lstmCell();
    init_sampling();
    init_paths();
    init_modelCache();
  }
});

// src/shared/swing.ts
function swingRatio(swing) {
  if (swing === void 0 || !Number.isFinite(swing) || swing <= 0) return STRAIGHT;
  const ratio = swing > 1 ? swing / 100 : swing;
  return Math.min(MAX_SWING, Math.max(STRAIGHT, ratio));
}
function meterSwings(denominator) {
  return denominator <= 4;
}
function swingTime(time, beatLength, swing) {
  const ratio = swingRatio(swing);
  if (ratio === STRAIGHT || beatLength <= 0) return time;
  const beat = Math.floor(time / beatLength);
  const within = time - beat * beatLength;
  const half = beatLength / 2;
  const swungWithin = within <= half ? within / half * ratio * beatLength : ratio * beatLength + (within - half) / half * (1 - ratio) * beatLength;
  return beat * beatLength + swungWithin;
}
var STRAIGHT, MAX_SWING;
var init_swing = __esm({
  "src/shared/swing.ts"() {
    STRAIGHT = 0.5;
    MAX_SWING = 0.75;
  }
});

// src/core/formats/midiWriter.ts
function midiKeySignature(key) {
  const majorTonic = mod12(key.tonic + SEMITONES_TO_RELATIVE_MAJOR[key.mode]);
  const fifths = mod12(majorTonic * 7);
  let sharps;
  if (fifths <= 4) sharps = fifths;
  else if (fifths >= 8) sharps = fifths - 12;
  else if (fifths === 7) sharps = /#/.test(key.name) ? 7 : -5;
  else sharps = keyPrefersFlats(key) ? fifths - 12 : fifths;
  return { sharps, minor: key.mode === "minor" };
}
function writeMidi(solo, options = {}) {
  const band = options.band;
  const swing = meterSwings(solo.meter.denominator) ? options.swing ?? solo.swing : void 0;
  const offset = band?.countInTicks ?? 0;
  const fileTick = (tick) => Math.round((offset + swingTime(tick - offset, TICKS_PER_QUARTER, swing)) * SCALE);
  const span = (start, duration) => {
    const ticks = fileTick(start);
    return { ticks, durationTicks: Math.max(1, fileTick(start + duration) - ticks) };
  };
  const midi = new import_midi2.Midi();
  midi.header.name = solo.title;
  midi.header.setTempo(solo.tempo);
  midi.header.timeSignatures.push({
    ticks: 0,
    timeSignature: [solo.meter.numerator, solo.meter.denominator],
    measures: 0
  });
  midi.header.keySignatures.push({ ticks: 0, key: "C", scale: "major" });
  if (solo.subtitle) midi.header.meta.push({ type: "text", text: solo.subtitle, ticks: 0 });
  midi.header.update();
  const leadInstrument = options.lead ?? DEFAULT_LEAD_INSTRUMENT;
  const lead = midi.addTrack();
  lead.name = `Lead (${LEAD_SOUNDS[leadInstrument].label})`;
  lead.channel = CHANNELS.lead;
  lead.instrument.number = LEAD_INSTRUMENTS[leadInstrument];
  for (const note of mergeTies(solo.notes)) {
    if (note.pitch === null) continue;
    lead.addNote({
      midi: note.pitch,
      ...span(offset + note.startTick, note.durationTicks),
      velocity: LEAD_VELOCITY / 127
    });
  }
  if (band) {
    for (const part of ["bass", "comping", "drums"]) {
      const notes = band.notes.filter((n) => n.part === part);
      if (notes.length === 0) continue;
      const track = midi.addTrack();
      track.name = TRACK_NAMES[part];
      track.channel = CHANNELS[part];
      track.instrument.number = part === "drums" ? 0 : BAND_PROGRAMS[part];
      for (const note of notes)
        track.addNote({ midi: note.pitch, ...span(note.startTick, note.durationTicks), velocity: note.velocity / 127 });
    }
  }
  const bytes = midi.toArray();
  setKeySignature(bytes, midiKeySignature(solo.key));
  return bytes;
}
function setKeySignature(bytes, signature) {
  const start = 14 + 8;
  const length = new DataView(bytes.buffer, bytes.byteOffset + 18, 4).getUint32(0);
  for (let i = start; i + 4 < start + length; i++) {
    if (bytes[i] === 255 && bytes[i + 1] === 89 && bytes[i + 2] === 2) {
      bytes[i + 3] = signature.sharps & 255;
      bytes[i + 4] = signature.minor ? 1 : 0;
      return;
    }
  }
  throw new Error("the MIDI encoder wrote no key signature");
}
var import_midi2, FILE_PPQ, SCALE, CHANNELS, TRACK_NAMES, LEAD_VELOCITY;
var init_midiWriter = __esm({
  "src/core/formats/midiWriter.ts"() {
    init_ticks();
    import_midi2 = __toESM(require_Midi());
    init_realiser();
    init_chords();
    init_swing();
    init_soundFont();
    init_types();
    FILE_PPQ = 480;
    SCALE = FILE_PPQ / TICKS_PER_QUARTER;
    CHANNELS = { lead: 0, bass: 1, comping: 2, drums: 9 };
    TRACK_NAMES = { bass: "Bass", comping: "Comping", drums: "Drums" };
    LEAD_VELOCITY = 100;
  }
});

// src/core/theory/tunes/forms.ts
var FORM, FORMS;
var init_forms = __esm({
  "src/core/theory/tunes/forms.ts"() {
    FORM = { kind: "form", composer: "traditional form" };
    FORMS = [
      {
        ...FORM,
        title: "Blues",
        aliases: ["basic blues", "12-bar blues", "twelve-bar blues"],
        key: "F",
        tempo: 140,
        meter: "4/4",
        style: "Medium Swing",
        sections: [{ label: "A", bars: "| F7 | F7 | F7 | F7 | Bb7 | Bb7 | F7 | F7 | C7 | Bb7 | F7 | C7 |" }],
        form: "A",
        formBars: 12
      },
      {
        ...FORM,
        title: "Jazz Blues",
        key: "F",
        tempo: 160,
        meter: "4/4",
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| F7 | Bb7 | F7 | Cm7 F7 | Bb7 | Bdim7 | F7 | Am7 D7 | Gm7 | C7 | F7 D7 | Gm7 C7 |" }
        ],
        form: "A",
        formBars: 12
      },
      {
        ...FORM,
        title: "Bebop Blues",
        key: "F",
        tempo: 200,
        meter: "4/4",
        style: "Up Tempo Swing",
        sections: [
          {
            label: "A",
            bars: "| Fmaj7 | Em7b5 A7 | Dm7 G7 | Cm7 F7 | Bb7 | Bbm7 Eb7 | Am7 | Abm7 Db7 | Gm7 | C7 | Am7 D7 | Gm7 C7 |"
          }
        ],
        form: "A",
        formBars: 12
      },
      {
        ...FORM,
        title: "Minor Blues",
        key: "Cm",
        tempo: 150,
        meter: "4/4",
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| Cm7 | Fm7 | Cm7 | Cm7 | Fm7 | Fm7 | Cm7 | Cm7 | Ab7 | G7alt | Cm7 | Dm7b5 G7 |" }
        ],
        form: "A",
        formBars: 12
      },
      {
        ...FORM,
        title: "Rhythm Changes",
        aliases: ["rhythm"],
        key: "Bb",
        tempo: 220,
        meter: "4/4",
        style: "Up Tempo Swing",
        sections: [
          {
            label: "A",
            bars: "| Bb6 G7 | Cm7 F7 | Dm7 G7 | Cm7 F7 | Fm7 Bb7 | Eb7 Edim7 |",
            endings: ["| Dm7 G7 | Cm7 F7 |", "| Cm7 F7 | Bb6 |"]
          },
          { label: "B", bars: "| D7 | % | G7 | % | C7 | % | F7 | % |" }
        ],
        form: "A/1 A/2 B A/2",
        formBars: 32
      },
      {
        ...FORM,
        title: "Coltrane Cycle",
        aliases: ["coltrane changes", "major thirds cycle"],
        key: "C",
        tempo: 200,
        meter: "4/4",
        style: "Up Tempo Swing",
        sections: [
          { label: "A", bars: "| Cmaj7 Eb7 | Abmaj7 B7 | Emaj7 | Dm7 G7 | Cmaj7 Eb7 | Abmaj7 B7 | Emaj7 G7 | Cmaj7 |" },
          { label: "B", bars: "| Bbm7 Eb7 | Abmaj7 | F#m7 B7 | Emaj7 | Dm7 G7 | Cmaj7 | F#m7 B7 | Emaj7 G7 |" }
        ],
        form: "A B",
        formBars: 16
      },
      {
        ...FORM,
        title: "Modal AABA",
        aliases: ["modal", "dorian aaba"],
        key: "D dorian",
        tempo: 140,
        meter: "4/4",
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| Dm7 | % | % | % | % | % | % | % |" },
          { label: "B", bars: "| Ebm7 | % | % | % | % | % | % | % |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...FORM,
        title: "Bossa Form",
        aliases: ["bossa", "bossa nova"],
        key: "F",
        tempo: 140,
        meter: "4/4",
        style: "Bossa Nova",
        sections: [
          {
            label: "A",
            bars: "| Fmaj7 | % | Gm7 | C7 | Am7 | D7b9 |",
            endings: ["| Gm7 | C7 |", "| Gm7 C7 | Fmaj7 |"]
          },
          { label: "B", bars: "| Cm7 | F7 | Bbmaj7 | Bbm6 | Am7 | D7 | Gm7 | C7 |" }
        ],
        form: "A/1 A/2 B A/2",
        formBars: 32
      },
      {
        ...FORM,
        title: "Jazz Waltz",
        aliases: ["waltz"],
        key: "Bb",
        tempo: 150,
        meter: "3/4",
        style: "Jazz Waltz",
        sections: [
          { label: "A", bars: "| Bbmaj7 | % | Cm7 | F7 | Dm7 | G7 | Cm7 | F7 |" },
          { label: "B", bars: "| Fm7 | Bb7 | Ebmaj7 | Ab7 | Dm7 | G7 | Cm7 | F7 |" }
        ],
        form: "A B",
        formBars: 16
      }
    ];
  }
});

// src/core/theory/tunes/standards.ts
var STANDARD, STANDARDS;
var init_standards = __esm({
  "src/core/theory/tunes/standards.ts"() {
    STANDARD = { kind: "standard", meter: "4/4" };
    STANDARDS = [
      {
        ...STANDARD,
        title: "Ain't Misbehavin'",
        composer: "Fats Waller, Harry Brooks",
        year: 1929,
        key: "Eb",
        tempo: 120,
        style: "Medium Swing",
        sections: [
          {
            label: "A",
            bars: "| Eb6 Edim7 | Fm7 F#dim7 | Gm7 Gbdim7 | Fm7 Bb7 | Eb6 Eb7 | Ab6 Abm6 |",
            endings: ["| Gm7 C7 | Fm7 Bb7 |", "| Fm7 Bb7 | Eb6 |"]
          },
          { label: "B", bars: "| Cm Cm(maj7) | Cm7 Cm6 | Fm7 Bb7 | Eb6 | Am7b5 D7 | G7 C7 | F7 | Bb7 |" }
        ],
        form: "A/1 A/2 B A/2",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "Ain't She Sweet",
        composer: "Milton Ager",
        year: 1927,
        key: "Eb",
        tempo: 170,
        style: "Medium Up Swing",
        sections: [
          { label: "A", bars: "| Eb6 B7 | Bb7 | Eb6 B7 | Bb7 | Eb6 Eb7 | Ab6 Adim7 | Eb6 C7 | F7 Bb7 |" },
          { label: "B", bars: "| Ab7 | % | Eb6 | % | Ab7 | % | F7 | Bb7 |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "Always",
        composer: "Irving Berlin",
        year: 1925,
        key: "F",
        tempo: 140,
        meter: "3/4",
        style: "Jazz Waltz",
        sections: [
          { label: "A", bars: "| F6 | % | % | % | C7 | % | % | % | Gm7 | C7 | Gm7 | C7 | Gm7 | C7 | F6 | % |" },
          { label: "B", bars: "| F6 | % | F7 | % | Bb6 | % | Bbm6 | % | F6 | D7 | Gm7 | % | C7 | % | F6 | C7 |" }
        ],
        form: "A B",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "Basin Street Blues",
        composer: "Spencer Williams",
        year: 1928,
        key: "Bb",
        tempo: 110,
        style: "Dixieland",
        sections: [
          { label: "A", bars: "| Bb6 | D7 | G7 | % | C7 | % | F7 | % | Bb6 | D7 | G7 | % | C7 | F7 | Bb6 | F7 |" }
        ],
        form: "A",
        formBars: 16
      },
      {
        ...STANDARD,
        title: "Bill Bailey, Won't You Please Come Home",
        aliases: ["Bill Bailey"],
        composer: "Hughie Cannon",
        year: 1902,
        key: "F",
        tempo: 200,
        style: "Dixieland",
        sections: [
          { label: "A", bars: "| F6 | % | % | % | F6 | % | C7 | % | C7 | % | % | % | C7 | % | F6 | % |" },
          { label: "B", bars: "| F6 | % | F7 | % | Bb6 | % | Bbm6 | % | F6 | D7 | G7 | % | C7 | % | F6 | C7 |" }
        ],
        form: "A B",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "Blue Skies",
        composer: "Irving Berlin",
        year: 1927,
        key: "C",
        tempo: 180,
        style: "Medium Up Swing",
        sections: [
          { label: "A", bars: "| Am Am(maj7) | Am7 Am6 | Cmaj7 | A7 | Dm7 G7 | C6 A7 | Dm7 G7 | C6 |" },
          { label: "B", bars: "| Cmaj7 | % | Fm6 | Cmaj7 | Cmaj7 | A7 | Dm7 | G7 |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "Body and Soul",
        composer: "Johnny Green",
        year: 1930,
        key: "Db",
        tempo: 66,
        style: "Ballad",
        sections: [
          {
            label: "A",
            bars: "| Ebm7 Bb7 | Ebm7 Ab7 | Dbmaj7 Gb7 | Fm7 Edim7 | Ebm7 Bb7 | Ebm7 Ab7 |",
            endings: ["| Db6 Gb7 | Fm7 E7 |", "| Db6 Gb7 | Db6 |"]
          },
          { label: "B", bars: "| Em7 A7 | Dmaj7 | Em7 A7 | Dmaj7 | Dm7 G7 | Cmaj7 | Cm7 F7 | Bm7 Bb7 |" }
        ],
        form: "A/1 A/2 B A/2",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "But Not for Me",
        composer: "George Gershwin",
        year: 1930,
        key: "Eb",
        tempo: 150,
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| Fm7 | Bb7 | Ebmaj7 | Cm7 | Fm7 | Bb7 | Ebmaj7 | Eb7 |" },
          { label: "B", bars: "| Abmaj7 | Db7 | Gm7 | C7 | F7 | % | Fm7 | Bb7 |" },
          { label: "C", bars: "| Abmaj7 | Abm6 | Gm7 | C7 | Fm7 | Bb7 | Eb6 | Fm7 Bb7 |" }
        ],
        form: "A B A C",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "Bye Bye Blackbird",
        composer: "Ray Henderson",
        year: 1926,
        key: "F",
        tempo: 140,
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| F6 | % | Gm7 C7 | F6 | F6 | Abdim7 | Gm7 | C7 |" },
          { label: "B", bars: "| Gm7 | Gm(maj7) | Gm7 | C7 | Gm7 | C7 | F6 | % |" },
          { label: "C", bars: "| F7 | % | Bb6 | % | D7 | % | Gm7 | C7 |" },
          { label: "D", bars: "| F6 | Abdim7 | Gm7 | C7 | Gm7 | C7 | F6 | Gm7 C7 |" }
        ],
        form: "A B C D",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "Darktown Strutters' Ball",
        composer: "Shelton Brooks",
        year: 1917,
        key: "C",
        tempo: 190,
        style: "Dixieland",
        sections: [
          { label: "A", bars: "| C6 | % | A7 | % | D7 | G7 | C6 | % | D7 | % | G7 | % | C6 | % | Dm7 | G7 |" },
          { label: "B", bars: "| C6 | % | A7 | % | D7 | G7 | C6 | C7 | F6 | Fm6 | C6 | A7 | D7 | G7 | C6 | G7 |" }
        ],
        form: "A B",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "Dinah",
        composer: "Harry Akst",
        year: 1925,
        key: "Ab",
        tempo: 200,
        style: "Up Tempo Swing",
        sections: [
          { label: "A", bars: "| Ab6 | % | Bbm7 Eb7 | Ab6 | % | % | Bbm7 Eb7 | Ab6 |" },
          { label: "B", bars: "| Cm | G7 | Cm | G7 | Bbm7 | Eb7 | Ab6 | Bbm7 Eb7 |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "Georgia on My Mind",
        composer: "Hoagy Carmichael",
        year: 1930,
        key: "F",
        tempo: 70,
        style: "Ballad",
        sections: [
          {
            label: "A",
            bars: "| F6 | Am7 | Bb7 | Am7 D7 | Gm7 | Gm7 C7 |",
            endings: ["| Am7 D7 | Gm7 C7 |", "| F6 Bb7 | F6 |"]
          },
          { label: "B", bars: "| Dm7 | Bb7 A7 | Dm7 | Bb7 A7 | Dm7 Dm7/C | Bm7b5 E7 | Am7 D7 | Gm7 C7 |" }
        ],
        form: "A/1 A/2 B A/2",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "Honeysuckle Rose",
        composer: "Fats Waller",
        year: 1929,
        key: "F",
        tempo: 160,
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| Gm7 C7 | Gm7 C7 | Gm7 C7 | Gm7 C7 | F6 Bb7 | Am7 D7 | Gm7 C7 | F6 |" },
          { label: "B", bars: "| F7 | % | Bb6 | % | G7 | % | Gm7 | C7 |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "I Got Rhythm",
        composer: "George Gershwin",
        year: 1930,
        key: "Bb",
        tempo: 200,
        style: "Up Tempo Swing",
        sections: [
          {
            label: "A",
            bars: "| Bb6 G7 | Cm7 F7 | Bb6 G7 | Cm7 F7 | Bb Bb7/D | Eb6 Edim7 |",
            endings: ["| Bb/F G7 | Cm7 F7 |", "| Cm7 F7 | Bb6 |"]
          },
          { label: "B", bars: "| D7 | % | G7 | % | C7 | % | F7 | % |" }
        ],
        form: "A/1 A/2 B A/2",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "I Can't Give You Anything but Love",
        composer: "Jimmy McHugh",
        year: 1928,
        key: "G",
        tempo: 130,
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| G6 | G#dim7 | Am7 | D7 | G6 | Em7 | Am7 | D7 |" },
          { label: "B", bars: "| Dm7 | G7 | Cmaj7 | % | Am7 | D7 | Am7 | D7 |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "Indiana",
        aliases: ["Back Home Again in Indiana"],
        composer: "James F. Hanley",
        year: 1917,
        key: "F",
        tempo: 200,
        style: "Up Tempo Swing",
        sections: [
          { label: "A", bars: "| F6 | % | D7 | % | G7 | % | C7 | % |" },
          { label: "B", bars: "| F6 | F#dim7 | Gm7 | D7 | Gm7 | D7 | Gm7 | C7 |" },
          { label: "C", bars: "| Bb6 | Bbm6 | F6 | D7 | Gm7 | C7 | F6 | Gm7 C7 |" }
        ],
        form: "A B A C",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "It Had to Be You",
        composer: "Isham Jones",
        year: 1924,
        key: "G",
        tempo: 140,
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| G6 | % | E7 | % | A7 | % | D7 | % | G6 | % | E7 | % | A7 | % | Am7 | D7 |" },
          {
            label: "B",
            bars: "| G6 | % | E7 | % | A7 | % | D7 | Dm7 G7 | Cmaj7 | Cm6 | G6 | E7 | A7 | D7 | G6 | Am7 D7 |"
          }
        ],
        form: "A B",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "Just You, Just Me",
        composer: "Jesse Greer",
        year: 1929,
        key: "G",
        tempo: 180,
        style: "Medium Up Swing",
        sections: [
          { label: "A", bars: "| G6 | G#dim7 | Am7 | D7 | G6 | E7 | A7 | D7 |" },
          { label: "B", bars: "| G7 | % | C6 | % | A7 | % | Am7 | D7 |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "Limehouse Blues",
        composer: "Philip Braham",
        year: 1922,
        key: "C",
        tempo: 220,
        style: "Up Tempo Swing",
        sections: [
          { label: "A", bars: "| Ab7 | % | C6 | % | Ab7 | % | C6 | % |" },
          { label: "B", bars: "| A7 | % | D7 | % | G7 | % | C6 | G7 |" },
          { label: "C", bars: "| Ab7 | % | C6 | A7 | Dm7 | G7 | C6 | % |" }
        ],
        form: "A B A C",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "Mean to Me",
        composer: "Fred E. Ahlert",
        year: 1929,
        key: "F",
        tempo: 120,
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| Fmaj7 | Dm7 | Gm7 | C7 | Am7 D7 | Gm7 C7 | F6 D7 | Gm7 C7 |" },
          { label: "B", bars: "| Cm7 | F7 | Bbmaj7 | % | Dm7 | G7 | Gm7 | C7 |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "Memories of You",
        composer: "Eubie Blake",
        year: 1930,
        key: "Eb",
        tempo: 76,
        style: "Ballad",
        sections: [
          { label: "A", bars: "| Ebmaj7 | Ab7 | Gm7 | C7 | Fm7 | Bb7 | Ebmaj7 C7 | Fm7 Bb7 |" },
          { label: "B", bars: "| Eb7 | % | Abmaj7 | Abm6 | Gm7 | C7 | F7 | Bb7 |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...STANDARD,
        title: "My Blue Heaven",
        composer: "Walter Donaldson",
        year: 1927,
        key: "Eb",
        tempo: 150,
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| Eb6 | % | Cm7 | % | Fm7 | Bb7 | Eb6 | Fm7 Bb7 |" },
          { label: "B", bars: "| Eb6 | Eb7 | Ab6 | Abm6 | Eb6 | C7 | F7 | Bb7 |" },
          { label: "C", bars: "| Gm7 | C7 | Fm7 | % | F7 | % | Fm7 | Bb7 |" }
        ],
        form: "A B C A",
        formBars: 32
      }
    ];
  }
});

// src/core/theory/tunes/moreStandards.ts
var STANDARD2, MORE_STANDARDS;
var init_moreStandards = __esm({
  "src/core/theory/tunes/moreStandards.ts"() {
    STANDARD2 = { kind: "standard", meter: "4/4" };
    MORE_STANDARDS = [
      {
        ...STANDARD2,
        title: "Exactly Like You",
        composer: "Jimmy McHugh",
        year: 1930,
        key: "C",
        tempo: 160,
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| C6 | % | D7 | % | Dm7 | G7 | C6 A7 | Dm7 G7 |" },
          { label: "B", bars: "| C7 | % | F6 | % | D7 | % | Dm7 | G7 |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...STANDARD2,
        title: "Oh, Lady Be Good!",
        aliases: ["Lady Be Good"],
        composer: "George Gershwin",
        year: 1924,
        key: "G",
        tempo: 180,
        style: "Medium Up Swing",
        sections: [
          { label: "A", bars: "| G6 | C7 | G6 | Bm7b5 E7 | A7 | D7 | G6 E7 | Am7 D7 |" },
          { label: "B", bars: "| Cmaj7 | Cm6 | G6 | E7 | A7 | % | Am7 | D7 |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...STANDARD2,
        title: "On the Sunny Side of the Street",
        composer: "Jimmy McHugh",
        year: 1930,
        key: "C",
        tempo: 130,
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| Cmaj7 | E7 | Fmaj7 | G7 | Em7 A7 | Dm7 G7 | C6 A7 | Dm7 G7 |" },
          { label: "B", bars: "| Gm7 C7 | Gm7 C7 | Fmaj7 | % | Am7 D7 | Am7 D7 | Dm7 | G7 |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...STANDARD2,
        title: "Rose Room",
        composer: "Art Hickman",
        year: 1917,
        key: "Ab",
        tempo: 150,
        style: "Medium Swing",
        sections: [
          {
            label: "A",
            bars: "| Bb7 | % | Eb7 | % | Abmaj7 | Ab6 | F7 | % | Bb7 | % | Eb7 | % | Abmaj7 | % | Bbm7 | Eb7 |"
          },
          {
            label: "B",
            bars: "| Bb7 | % | Eb7 | % | Abmaj7 | Ab7 | Dbmaj7 | Dbm6 | Ab6 | F7 | Bb7 | Eb7 | Ab6 | F7 | Bbm7 | Eb7 |"
          }
        ],
        form: "A B",
        formBars: 32
      },
      {
        ...STANDARD2,
        title: "'S Wonderful",
        aliases: ["Swonderful"],
        composer: "George Gershwin",
        year: 1927,
        key: "Eb",
        tempo: 160,
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| Eb6 | Edim7 | Fm7 | Bb7 | Fm7 | Bb7 | Eb6 | Fm7 Bb7 |" },
          { label: "B", bars: "| Bbm7 | Eb7 | Abmaj7 | % | Am7 | D7 | Gm7 C7 | Fm7 Bb7 |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...STANDARD2,
        title: "Softly, as in a Morning Sunrise",
        aliases: ["Softly"],
        composer: "Sigmund Romberg",
        year: 1928,
        key: "Cm",
        tempo: 160,
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| Cm7 | Dm7b5 G7 | Cm7 | Dm7b5 G7 | Cm7 | Fm7 Bb7 | Ebmaj7 | Dm7b5 G7 |" },
          { label: "B", bars: "| Gm7b5 C7 | Fm7 | Bb7 | Ebmaj7 | Abmaj7 | Dm7b5 | G7 | % |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...STANDARD2,
        title: "Someone to Watch Over Me",
        composer: "George Gershwin",
        year: 1926,
        key: "Eb",
        tempo: 70,
        style: "Ballad",
        sections: [
          { label: "A", bars: "| Ebmaj7 | Cm7 | Fm7 | Bb7 | Gm7 C7 | Fm7 Bb7 | Eb6 C7 | Fm7 Bb7 |" },
          { label: "B", bars: "| Ab6 | Gm7 | Fm7 | Bb7 | Ab6 | Gm7 C7 | Fm7 | Bb7 |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...STANDARD2,
        title: "St. Louis Blues",
        aliases: ["Saint Louis Blues"],
        composer: "W. C. Handy",
        year: 1914,
        key: "G",
        tempo: 120,
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| G7 | C7 | G7 | G7 | C7 | % | G7 | % | D7 | % | G7 | % |" },
          { label: "B", bars: "| Gm | D7 | % | Gm | % | D7 | % | Gm | Gm | D7 | % | Gm | Cm | Gm | A7 | D7 |" },
          { label: "C", bars: "| G7 | C7 | G7 | G7 | C7 | C7 | G7 | E7 | Am7 | D7 | G7 | D7 |" }
        ],
        form: "A A B C",
        formBars: 52
      },
      {
        ...STANDARD2,
        title: "Star Dust",
        aliases: ["Stardust"],
        composer: "Hoagy Carmichael",
        year: 1928,
        key: "C",
        tempo: 70,
        style: "Ballad",
        sections: [
          { label: "A", bars: "| Fmaj7 | Fm7 Bb7 | Cmaj7 | Am7 | D7 | % | Dm7 | G7 |" },
          { label: "B", bars: "| Cmaj7 | Em7b5 A7 | Dm7 | % | F#m7b5 B7 | Em7 A7 | D7 | Dm7 G7 |" },
          { label: "C", bars: "| Fmaj7 | Fm7 Bb7 | Cmaj7 | A7 | Dm7 | Fm7 Bb7 | C6 | Dm7 G7 |" }
        ],
        form: "A B A C",
        formBars: 32
      },
      {
        ...STANDARD2,
        title: "Struttin' with Some Barbecue",
        composer: "Lil Hardin Armstrong",
        year: 1928,
        key: "Ab",
        tempo: 170,
        style: "Dixieland",
        sections: [
          { label: "A", bars: "| Ab6 | Abmaj7 | Ab6 | Ab7 | Db6 | % | Ab6 | % | F7 | % | Bb7 | % | Eb7 | % | Ab6 | Eb7 |" },
          {
            label: "B",
            bars: "| Ab6 | Abmaj7 | Ab6 | Ab7 | Db6 | Dbm6 | Ab6 | F7 | Bb7 | % | Eb7 | % | Ab6 | F7 | Bbm7 Eb7 | Ab6 |"
          }
        ],
        form: "A B",
        formBars: 32
      },
      {
        ...STANDARD2,
        title: "Sweet Georgia Brown",
        composer: "Ben Bernie, Maceo Pinkard, Kenneth Casey",
        year: 1925,
        key: "F",
        tempo: 220,
        style: "Up Tempo Swing",
        sections: [
          { label: "A", bars: "| D7 | % | % | % | G7 | % | % | % | C7 | % | % | % | F6 | % | Em7b5 | A7 |" },
          { label: "B", bars: "| D7 | % | % | % | G7 | % | % | % | Dm7 | A7 | Dm7 | A7 | F6 D7 | Gm7 C7 | F6 | Gm7 C7 |" }
        ],
        form: "A B",
        formBars: 32
      },
      {
        ...STANDARD2,
        title: "Sweet Lorraine",
        composer: "Cliff Burwell",
        year: 1928,
        key: "C",
        tempo: 110,
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| Cmaj7 | C7 | Fmaj7 | Fm6 | Cmaj7 | A7 | Dm7 | G7 |" },
          { label: "B", bars: "| Gm7 | C7 | Fmaj7 | % | D7 | % | Dm7 | G7 |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...STANDARD2,
        title: "Tea for Two",
        composer: "Vincent Youmans",
        year: 1924,
        key: "Ab",
        tempo: 160,
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| Bbm7 Eb7 | Bbm7 Eb7 | Abmaj7 | % | Bbm7 Eb7 | Bbm7 Eb7 | Abmaj7 | % |" },
          { label: "B", bars: "| Dm7 G7 | Dm7 G7 | Cmaj7 | % | Dm7 G7 | Dm7 G7 | Cmaj7 | Eb7 |" },
          { label: "C", bars: "| Bbm7 Eb7 | Abmaj7 F7 | Bbm7 Eb7 | Abmaj7 F7 | Bbm7 Eb7 | Cm7 F7 | Bbm7 Eb7 | Ab6 |" }
        ],
        form: "A B A C",
        formBars: 32
      },
      {
        ...STANDARD2,
        title: "The Man I Love",
        composer: "George Gershwin",
        year: 1924,
        key: "Eb",
        tempo: 120,
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| Ebmaj7 | Cm7 | Fm7 Bb7 | Ebmaj7 | Ebmaj7 | Cm7 | F7 | Bb7 |" },
          { label: "B", bars: "| Cm | Cm(maj7) | Cm7 | Cm6 | Fm7 | Bb7 | Eb6 | Fm7 Bb7 |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...STANDARD2,
        title: "West End Blues",
        composer: 'Joe "King" Oliver',
        year: 1928,
        key: "Eb",
        tempo: 90,
        style: "Slow Blues",
        sections: [{ label: "A", bars: "| Eb6 | Eb7 | Ab6 | Eb6 | Ab6 | Abm6 | Eb6 | C7 | Fm7 | Bb7 | Eb6 | Bb7 |" }],
        form: "A",
        formBars: 12
      },
      {
        ...STANDARD2,
        title: "What Is This Thing Called Love?",
        composer: "Cole Porter",
        year: 1929,
        key: "C",
        tempo: 200,
        style: "Up Tempo Swing",
        sections: [
          { label: "A", bars: "| Dm7b5 | G7 | Cm7 | % | Gm7b5 | C7 | Fmaj7 | % |" },
          { label: "B", bars: "| Cm7 | F7 | Bbmaj7 | % | Am7b5 | D7 | Dm7 | G7 |" }
        ],
        form: "A A B A",
        formBars: 32
      },
      {
        ...STANDARD2,
        title: "What'll I Do",
        composer: "Irving Berlin",
        year: 1924,
        key: "C",
        tempo: 150,
        meter: "3/4",
        style: "Jazz Waltz",
        sections: [
          { label: "A", bars: "| C6 | % | Dm7 | G7 | C6 | % | Em7 | A7 | Dm7 | % | G7 | % | Cmaj7 | Am7 | D7 | G7 |" },
          {
            label: "B",
            bars: "| C6 | % | Dm7 | G7 | C6 | C7 | Fmaj7 | Fm6 | Cmaj7 | A7 | Dm7 | G7 | C6 | Am7 | Dm7 | G7 |"
          }
        ],
        form: "A B",
        formBars: 32
      },
      {
        ...STANDARD2,
        title: "Whispering",
        composer: "John Schonberger, Vincent Rose",
        year: 1920,
        key: "Eb",
        tempo: 160,
        style: "Medium Swing",
        sections: [
          { label: "A", bars: "| Eb6 | % | D7 | % | Eb6 | % | C7 | % | F7 | % | Bb7 | % | Eb6 | % | Fm7 | Bb7 |" },
          {
            label: "B",
            bars: "| Eb6 | % | D7 | % | Eb6 | % | C7 | % | Ab6 | Abm6 | Eb6 | C7 | F7 | Bb7 | Eb6 | Fm7 Bb7 |"
          }
        ],
        form: "A B",
        formBars: 32
      }
    ];
  }
});

// src/core/theory/tunes/library.ts
var LIBRARY;
var init_library = __esm({
  "src/core/theory/tunes/library.ts"() {
    init_progression();
    init_forms();
    init_standards();
    init_moreStandards();
    LIBRARY = [...FORMS, ...STANDARDS, ...MORE_STANDARDS];
  }
});

// src/core/theory/tunes/leadSheet.ts
function leadSheetChords(sheet) {
  return `M:${sheet.meter.numerator}/${sheet.meter.denominator} | ${sheet.bars.join(" | ")} |`;
}
function transposeLeadSheet(sheet, keyName) {
  const from = parseKeyName(sheet.key, `${sheet.title}: key`);
  const to = parseKeyName(keyName, "key");
  const semitones = ((to.tonic - from.tonic) % 12 + 12) % 12;
  const key = transposeKey(from, semitones);
  if (semitones === 0) return sheet;
  const preferFlats = keyPrefersFlats(key);
  const scale = new Set(keyScale(key));
  const moveNote = (name) => {
    const pc = mod12(parsePitchClassName(name) + semitones);
    return pitchClassName(pc, scale.has(pc) ? preferFlats : void 0);
  };
  const moveToken = (token) => token.replace(/^([A-G][#b]?)/, moveNote).replace(/\/([A-G][#b]?)$/, (_, bass) => `/${moveNote(bass)}`);
  return {
    ...sheet,
    key: key.name,
    bars: sheet.bars.map((bar) => bar.split(/\s+/).map(moveToken).join(" "))
  };
}
var init_leadSheet = __esm({
  "src/core/theory/tunes/leadSheet.ts"() {
    init_progression();
    init_chords();
    init_transpose();
  }
});

// src/core/theory/tunes/index.ts
var init_tunes = __esm({
  "src/core/theory/tunes/index.ts"() {
    init_library();
    init_leadSheet();
  }
});

// src/core/solo/wholeForm.ts
function endOnChordTone(solo, progression) {
  const sounding = solo.notes.filter((note) => note.pitch !== null);
  const last = sounding[sounding.length - 1];
  if (!last) return solo;
  const pieces = solo.notes.filter((note) => note.valueIndex === last.valueIndex && note.pitch !== null);
  const start = pieces[0].startTick;
  const end = pieces[pieces.length - 1].startTick + pieces[pieces.length - 1].durationTicks;
  const chord = chordSoundingAt(progression, harmonicAnchor(start, end, solo.meter) / TICKS_PER_QUARTER);
  const tones = new Set(chord.pitchClasses.map(mod12));
  const pitch = last.pitch;
  if (tones.has(mod12(pitch))) return solo;
  let best = pitch;
  for (let distance = 1; distance <= 6 && best === pitch; distance++) {
    if (tones.has(mod12(pitch - distance))) best = pitch - distance;
    else if (tones.has(mod12(pitch + distance))) best = pitch + distance;
  }
  return {
    ...solo,
    notes: solo.notes.map(
      (note) => note.valueIndex === last.valueIndex && note.pitch !== null ? { ...note, pitch: best } : note
    )
  };
}
var EIGHTH_TICKS2, WholeFormGuide;
var init_wholeForm = __esm({
  "src/core/solo/wholeForm.ts"() {
    init_ticks();
    init_beatGuide();
    init_meter();
    init_realiser();
    init_chords();
    EIGHTH_TICKS2 = TICKS_PER_QUARTER / 2;
    WholeFormGuide = class {
      /** `values`: the model's vocabulary, parsed, in index order; `targetTicks`: the choruses' length. */
      constructor(inner, values, meter, targetTicks) {
        this.inner = inner;
        this.targetTicks = targetTicks;
        this.durationTicks = Int32Array.from(values, (v) => valueTicks(v.duration));
        this.isRest = Uint8Array.from(values, (v) => v.type === "R" ? 1 : 0);
        this.isChordTone = Uint8Array.from(values, (v) => v.type === "C" ? 1 : 0);
        this.barTicks = barTicks(meter);
      }
      inner;
      targetTicks;
      durationTicks;
      isRest;
      isChordTone;
      barTicks;
      closingChosen = false;
      lastIndex = -1;
      /** Where the next value starts, in ticks. */
      get position() {
        const spans = this.inner.spans;
        return spans.length ? spans[spans.length - 1].end : 0;
      }
      /** Whether the form is covered: decoding stops. */
      get filled() {
        return this.closingChosen || this.position >= this.targetTicks;
      }
      /**
       * Every value's span, none past the end of the form; the last note held to it unless it starts on a
       * sixteenth's "e" or "a" (held over the beat it would be unreadable: a rest completes the bar).
       */
      get spans() {
        const spans = this.inner.spans.map(
          (span) => span.end > this.targetTicks ? { start: span.start, end: Math.max(span.start + 1, this.targetTicks) } : span
        );
        const last = spans[spans.length - 1];
        const onSixteenth = last && last.start % TICKS_PER_QUARTER % EIGHTH_TICKS2 === EIGHTH_TICKS2 / 2;
        if (last && this.isRest[this.lastIndex] === 0 && !onSixteenth && this.closingChosen)
          spans[spans.length - 1] = { start: last.start, end: this.targetTicks };
        return spans;
      }
      closingNow() {
        return this.targetTicks - this.position <= this.barTicks / 2;
      }
      /** Reweights the next value's probabilities in place (see the file comment). */
      adjust(probabilities) {
        const remaining = this.targetTicks - this.position;
        const closing = this.closingNow();
        const stepsLeft = closing ? 1 : Math.max(2, Math.ceil(remaining / EIGHTH_TICKS2));
        this.inner.adjust(probabilities, stepsLeft);
        const before = Float32Array.from(probabilities);
        const fitsEnd = (v) => {
          const ticks = this.durationTicks[v];
          if (ticks > remaining) return false;
          const endsForm = ticks === remaining || closing;
          return !endsForm || this.isChordTone[v] === 1 && this.isRest[v] === 0;
        };
        let any = false;
        for (let v = 0; v < probabilities.length; v++) {
          if (!fitsEnd(v)) probabilities[v] = 0;
          else if (probabilities[v] > 0) any = true;
        }
        if (any) return;
        for (let v = 0; v < probabilities.length; v++) {
          const note = this.isRest[v] === 0 && this.durationTicks[v] <= remaining;
          probabilities[v] = note ? before[v] : 0;
          if (probabilities[v] > 0) any = true;
        }
        if (!any) probabilities.set(before);
      }
      /** Moves past the chosen value. */
      accept(index) {
        const closing = this.closingNow();
        this.inner.accept(index, closing);
        this.lastIndex = index;
        if (closing) this.closingChosen = true;
      }
    };
  }
});

// src/engine/wholeForm.ts
function generateWholeForm(sampler, options) {
  const { guide } = options;
  const rng = createRng(options.seed);
  sampler.reset();
  let probabilities = sampler.step(-1);
  const indices = [];
  while (!guide.filled) {
    if (indices.length >= LIMITS.steps.max) {
      throw new UserFacingError(`the form takes more than ${LIMITS.steps.max} values to fill: ask for fewer choruses`);
    }
    guide.adjust(probabilities);
    const choice = options.greedy ? argmax(probabilities) : sampleIndex(probabilities, options.temperature, options.topK, rng);
    guide.accept(choice);
    indices.push(choice);
    if (!guide.filled) probabilities = sampler.step(choice);
  }
  return indices;
}
var init_wholeForm2 = __esm({
  "src/engine/wholeForm.ts"() {
    init_numeric();
    init_random();
    init_types2();
    init_sampling();
    init_limits();
  }
});

// src/engine/abcBand.ts
function arrangeBandForSolo(solo, options, chorusTicks, pickupTicks) {
  const lead = mergeTies(solo.notes).flatMap(
    (note) => note.pitch === null ? [] : [{ pitch: note.pitch, startTick: note.startTick, durationTicks: note.durationTicks }]
  );
  const lastEnd = solo.notes.reduce((end, note) => Math.max(end, note.startTick + note.durationTicks), 0);
  return arrangeBand(
    {
      chords: solo.chords,
      meter: solo.meter,
      tempo: solo.tempo,
      soloTicks: Math.max(
        lastEnd,
        solo.bars * barTicks(solo.meter) - (pickupTicks ? barTicks(solo.meter) - pickupTicks : 0)
      ),
      lead,
      chorusTicks,
      pickupTicks
    },
    options
  );
}
var DEFAULT_BAND_OPTIONS;
var init_abcBand = __esm({
  "src/engine/abcBand.ts"() {
    init_ticks();
    init_errors();
    init_progression();
    init_midiWriter();
    init_band();
    init_realiser();
    init_abcReader();
    DEFAULT_BAND_OPTIONS = {
      parts: { bass: true, comping: true, drums: true },
      countIn: false,
      seed: 1
    };
  }
});

// src/engine/explain.ts
function renormalised(probabilities) {
  let total = 0;
  for (const p of probabilities) total += p;
  return Float64Array.from(probabilities, (p) => total > 0 ? p / total : 0);
}
function entropy(probabilities) {
  let sum = 0;
  for (const p of probabilities) if (p > 0) sum -= p * Math.log(p);
  return sum;
}
function abcNotesBySpan(abc, spans) {
  const tune = readAbcText(abc, "solo.abc").tunes[0];
  if (!tune) return [];
  return spans.map((span) => {
    const onset = span.start / TICKS_PER_QUARTER;
    const written = tune.notes.find((n) => n.start <= onset + 1e-9 && onset < n.start + n.duration - 1e-9);
    const source = written?.source;
    if (!written || !source || source.startChar === void 0 || source.endChar === void 0) return void 0;
    return {
      start: source.startChar,
      end: source.endChar,
      line: source.line,
      column: source.column ?? 1,
      text: abc.slice(source.startChar, source.endChar),
      pitch: written.pitch,
      onset: span.start / TICKS_PER_QUARTER
    };
  });
}
var EXPLAINED_TOP_VALUES, DecodingExplainer;
var init_explain = __esm({
  "src/engine/explain.ts"() {
    init_ticks();
    init_abcReader();
    EXPLAINED_TOP_VALUES = 5;
    DecodingExplainer = class {
      constructor(values, greedy) {
        this.values = values;
        this.greedy = greedy;
      }
      values;
      greedy;
      previous;
      network;
      stageDiffs = [];
      steps = [];
      beforeGuide(_step, network) {
        this.network = network;
        this.previous = Float32Array.from(network);
        this.stageDiffs = [];
      }
      afterStage(stage, probabilities, onGrid) {
        this.diff(probabilities, (value, masked) => {
          if (stage === "rules") return masked ? onGrid?.(value) === false ? "grid" : "notation" : "silence";
          return stage === "breath" ? "breath" : "rhythm";
        });
      }
      onStep({ step, network, guided, drawn, choice }) {
        if (!this.previous) this.beforeGuide(step, network);
        this.diff(guided, () => "harmony");
        const drawnFrom = drawn ?? renormalised(guided);
        const ranked = Array.from(network.keys()).sort((a, b) => network[b] - network[a] || a - b);
        this.steps.push({
          step,
          value: this.values[choice],
          probability: drawnFrom[choice],
          networkProbability: network[choice],
          networkRank: ranked.indexOf(choice) + 1,
          top: ranked.slice(0, EXPLAINED_TOP_VALUES).map((v) => ({ value: this.values[v], probability: network[v] })),
          entropy: entropy(network),
          changes: this.summarise(network)
        });
        this.previous = void 0;
      }
      /** The explanation of every step, each with the ABC symbol it became. */
      finish(abc, spans, decoding) {
        const notes = abcNotesBySpan(abc, spans);
        return {
          decoding,
          steps: this.steps.map((step) => ({ ...step, ...notes[step.step] ? { note: notes[step.step] } : {} }))
        };
      }
      diff(next, kindOf) {
        const before = this.previous;
        if (!before) return;
        for (let v = 0; v < next.length; v++) {
          if (!(before[v] > 0) || next[v] === before[v]) continue;
          const masked = next[v] === 0;
          this.stageDiffs.push({ kind: kindOf(v, masked), value: v, factor: masked ? 0 : next[v] / before[v] });
        }
        this.previous = Float32Array.from(next);
      }
      summarise(network) {
        const byKind = /* @__PURE__ */ new Map();
        for (const diff of this.stageDiffs) byKind.set(diff.kind, [...byKind.get(diff.kind) ?? [], diff]);
        return [...byKind].map(([kind, diffs]) => ({
          kind,
          masked: diffs.filter((d) => d.factor === 0).length,
          reweighted: diffs.filter((d) => d.factor !== 0).length,
          examples: diffs.slice().sort((a, b) => network[b.value] - network[a.value]).slice(0, 3).map((d) => ({ value: this.values[d.value], networkProbability: network[d.value], factor: d.factor }))
        }));
      }
    };
  }
});

// src/engine/generate.ts
function checkGenerationValues(options) {
  checkOptionalInRange(LIMITS.seed, options.seed, "seed");
  checkOptionalInRange(LIMITS.tempo, options.tempo, "tempo");
  checkOptionalInRange(LIMITS.swing, options.swing, "swing");
  checkOptionalInRange(LIMITS.topK, options.topK, "top-k");
  if (options.temperature !== void 0 && !options.greedy) {
    checkInRange(LIMITS.temperature, options.temperature, "temperature");
    if (options.temperature === 0)
      throw new UserFacingError("temperature 0 is greedy decoding: ask for greedy instead");
  }
}
function parsedProgression(text, meter) {
  const key = `${meter ? `${meter.numerator}/${meter.denominator}` : ""}|${text}`;
  let progression = progressionCache.get(key);
  if (!progression) {
    progression = parseProgression(text, meter);
    if (progressionCache.size >= PROGRESSION_CACHE_SIZE) progressionCache.clear();
    progressionCache.set(key, progression);
  }
  return progression;
}
async function generateSolo(options = {}) {
  const started = import_node_perf_hooks.performance.now();
  const modelDir = (0, import_node_path4.resolve)(options.modelDir ?? DEFAULT_MODEL_DIR);
  const model = await loadModel(modelDir);
  const steps = checkInRange(LIMITS.steps, options.steps ?? DEFAULTS.steps, "steps");
  checkGenerationValues(options);
  const seed = options.seed ?? randomSeed();
  const meter = options.meter === void 0 ? void 0 : parseMeter(options.meter, "meter");
  if (options.sheet && options.chords !== void 0) throw new UserFacingError("give a tune or chords, not both");
  if (options.choruses !== void 0 && options.steps !== void 0)
    throw new UserFacingError("give steps or choruses, not both: a whole form decides its own number of values");
  const choruses = checkOptionalInRange(LIMITS.choruses, options.choruses, "choruses");
  const sheet = options.sheet && options.key ? transposeLeadSheet(options.sheet, options.key) : options.sheet;
  const progression = sheet ? parseProgression(leadSheetChords(sheet), sheet.meter, sheet.title) : parsedProgression(options.chords ?? DEFAULT_PROGRESSION, meter);
  const greedy = options.greedy ?? false;
  const guided = options.harmonyGuide !== false;
  const guide = new BeatGuide(parsedValues(model.vocabulary), progression.meter, {
    ...model.metadata.style,
    ...guided ? {} : { strongBeatChordToneRatio: 0 }
  });
  if (options.explain && choruses !== void 0)
    throw new UserFacingError("--explain explains a number of steps: give --steps instead of --choruses");
  const explainer = options.explain ? new DecodingExplainer(model.vocabulary.values, greedy) : void 0;
  guide.recorder = explainer;
  const sampler = new LstmSampler(model.weights);
  const sampling = {
    seed,
    greedy,
    temperature: options.temperature ?? DEFAULT_SAMPLING.temperature,
    topK: options.topK ?? DEFAULT_SAMPLING.topK
  };
  const chorusTicks = progression.lengthQuarters * TICKS_PER_QUARTER;
  const formGuide = choruses === void 0 ? void 0 : new WholeFormGuide(guide, parsedValues(model.vocabulary), progression.meter, choruses * chorusTicks);
  const indices = formGuide ? generateWholeForm(sampler, { ...sampling, guide: formGuide }) : generateIndices(sampler, { ...sampling, steps, guide, observer: explainer });
  const values = indices.map((i) => model.vocabulary.values[i]);
  const vocabulary = parsedValues(model.vocabulary);
  const keyName = sheet?.key ?? options.key;
  const key = keyName ? parseKeyName(keyName) : keyForProgression(progression);
  const modelName = model.metadata.name;
  const decodingName = greedy ? "greedy" : `temperature ${options.temperature ?? DEFAULT_SAMPLING.temperature}, top-k ${options.topK ?? DEFAULT_SAMPLING.topK}`;
  const decoding = `${decodingName}${guided ? ", harmony-guided" : ""}`;
  const realised = realiseSolo(
    indices.map((i) => vocabulary[i]),
    progression,
    {
      seed,
      key,
      tempo: options.tempo ?? sheet?.tempo ?? DEFAULT_TEMPO,
      swing: options.swing,
      title: options.title ?? sheet?.title ?? DEFAULTS.title,
      subtitle: `model ${modelName}, seed ${seed}, ${decoding}`,
      spans: formGuide ? formGuide.spans : guide.spans,
      register: model.metadata.register ?? BUNDLED_CORPUS_REGISTER,
      style: model.metadata.style
    }
  );
  const solo = formGuide ? endOnChordTone(realised, progression) : realised;
  const abc = writeAbc(solo, options.part ? { part: PARTS[options.part] } : {});
  let midi;
  return {
    abc,
    // Built on first read: most callers (the editor command, the bench) want only the ABC.
    get midi() {
      midi ??= writeMidi(solo, {
        band: options.band === false ? void 0 : arrangeBandForSolo(solo, { ...DEFAULT_BAND_OPTIONS, seed }, chorusTicks),
        lead: options.lead
      });
      return midi;
    },
    values,
    seed,
    modelName,
    modelDir,
    seconds: (import_node_perf_hooks.performance.now() - started) / 1e3,
    solo,
    chorusTicks,
    ...explainer ? { explanation: explainer.finish(abc, guide.spans, decoding) } : {}
  };
}
var import_node_path4, import_node_perf_hooks, progressionCache, PROGRESSION_CACHE_SIZE;
var init_generate = __esm({
  "src/engine/generate.ts"() {
    init_ticks();
    init_errors();
    import_node_path4 = require("node:path");
    import_node_perf_hooks = require("node:perf_hooks");
    init_vocabulary();
    init_progression();
    init_realiser();
    init_melodicLine();
    init_beatGuide();
    init_abcWriter();
    init_parts();
    init_midiWriter();
    init_random();
    init_limits();
    init_lstmCell();
    init_sampling();
    init_tunes();
    init_wholeForm();
    init_wholeForm2();
    init_paths();
    init_models();
    init_abcBand();
    init_defaults();
    init_explain();
    progressionCache = /* @__PURE__ */ new Map();
    PROGRESSION_CACHE_SIZE = 64;
  }
});

// node_modules/sax/lib/sax.js
var require_sax = __commonJS({
  "node_modules/sax/lib/sax.js"(exports2) {
    (function(sax2) {
      sax2.parser = function(strict, opt) {
        return new SAXParser(strict, opt);
      };
      sax2.SAXParser = SAXParser;
      sax2.SAXStream = SAXStream;
      sax2.createStream = createStream;
      sax2.MAX_BUFFER_LENGTH = 64 * 1024;
      var buffers = [
        "comment",
        "sgmlDecl",
        "textNode",
        "tagName",
        "doctype",
        "procInstName",
        "procInstBody",
        "entity",
        "attribName",
        "attribValue",
        "cdata",
        "script"
      ];
      sax2.EVENTS = [
        "text",
        "processinginstruction",
        "sgmldeclaration",
        "doctype",
        "comment",
        "opentagstart",
        "attribute",
        "opentag",
        "closetag",
        "opencdata",
        "cdata",
        "closecdata",
        "error",
        "end",
        "ready",
        "script",
        "opennamespace",
        "closenamespace"
      ];
      function SAXParser(strict, opt) {
        if (!(this instanceof SAXParser)) {
          return new SAXParser(strict, opt);
        }
        var parser = this;
        clearBuffers(parser);
        parser.q = parser.c = "";
        parser.bufferCheckPosition = sax2.MAX_BUFFER_LENGTH;
        parser.encoding = null;
        parser.opt = opt || {};
        parser.opt.lowercase = parser.opt.lowercase || parser.opt.lowercasetags;
        parser.looseCase = parser.opt.lowercase ? "toLowerCase" : "toUpperCase";
        parser.opt.maxEntityCount = parser.opt.maxEntityCount || 512;
        parser.opt.maxEntityDepth = parser.opt.maxEntityDepth || 4;
        parser.entityCount = parser.entityDepth = 0;
        parser.tags = [];
        parser.closed = parser.closedRoot = parser.sawRoot = false;
        parser.tag = parser.error = null;
        parser.strict = !!strict;
        parser.noscript = !!(strict || parser.opt.noscript);
        parser.state = S.BEGIN;
        parser.strictEntities = parser.opt.strictEntities;
        parser.ENTITIES = parser.strictEntities ? Object.create(sax2.XML_ENTITIES) : Object.create(sax2.ENTITIES);
        parser.attribList = [];
        if (parser.opt.xmlns) {
          parser.ns = Object.create(rootNS);
        }
        if (parser.opt.unquotedAttributeValues === void 0) {
          parser.opt.unquotedAttributeValues = !strict;
        }
        parser.trackPosition = parser.opt.position !== false;
        if (parser.trackPosition) {
          parser.position = parser.line = parser.column = 0;
        }
        emit(parser, "onready");
      }
      if (!Object.create) {
        Object.create = function(o) {
          function F() {
          }
          F.prototype = o;
          var newf = new F();
          return newf;
        };
      }
      if (!Object.keys) {
        Object.keys = function(o) {
          var a = [];
          for (var i in o) if (o.hasOwnProperty(i)) a.push(i);
          return a;
        };
      }
      function checkBufferLength(parser) {
        var maxAllowed = Math.max(sax2.MAX_BUFFER_LENGTH, 10);
        var maxActual = 0;
        for (var i = 0, l = buffers.length; i < l; i++) {
          var len = parser[buffers[i]].length;
          if (len > maxAllowed) {
            switch (buffers[i]) {
              case "textNode":
                closeText(parser);
                break;
              case "cdata":
                emitNode(parser, "oncdata", parser.cdata);
                parser.cdata = "";
                break;
              case "script":
                emitNode(parser, "onscript", parser.script);
                parser.script = "";
                break;
              default:
                error(parser, "Max buffer length exceeded: " + buffers[i]);
            }
          }
          maxActual = Math.max(maxActual, len);
        }
        var m = sax2.MAX_BUFFER_LENGTH - maxActual;
        parser.bufferCheckPosition = m + parser.position;
      }
      function clearBuffers(parser) {
        for (var i = 0, l = buffers.length; i < l; i++) {
          parser[buffers[i]] = "";
        }
      }
      function flushBuffers(parser) {
        closeText(parser);
        if (parser.cdata !== "") {
          emitNode(parser, "oncdata", parser.cdata);
          parser.cdata = "";
        }
        if (parser.script !== "") {
          emitNode(parser, "onscript", parser.script);
          parser.script = "";
        }
      }
      SAXParser.prototype = {
        end: function() {
          end(this);
        },
        write,
        resume: function() {
          this.error = null;
          return this;
        },
        close: function() {
          return this.write(null);
        },
        flush: function() {
          flushBuffers(this);
        }
      };
      var Stream;
      try {
        Stream = require("stream").Stream;
      } catch (ex) {
        Stream = function() {
        };
      }
      if (!Stream) Stream = function() {
      };
      var streamWraps = sax2.EVENTS.filter(function(ev) {
        return ev !== "error" && ev !== "end";
      });
      function createStream(strict, opt) {
        return new SAXStream(strict, opt);
      }
      function determineBufferEncoding(data, isEnd) {
        if (data.length >= 2) {
          if (data[0] === 255 && data[1] === 254) {
            return "utf-16le";
          }
          if (data[0] === 254 && data[1] === 255) {
            return "utf-16be";
          }
        }
        if (data.length >= 3 && data[0] === 239 && data[1] === 187 && data[2] === 191) {
          return "utf8";
        }
        if (data.length >= 4) {
          if (data[0] === 60 && data[1] === 0 && data[2] === 63 && data[3] === 0) {
            return "utf-16le";
          }
          if (data[0] === 0 && data[1] === 60 && data[2] === 0 && data[3] === 63) {
            return "utf-16be";
          }
          return "utf8";
        }
        return isEnd ? "utf8" : null;
      }
      function SAXStream(strict, opt) {
        if (!(this instanceof SAXStream)) {
          return new SAXStream(strict, opt);
        }
        Stream.apply(this);
        this._parser = new SAXParser(strict, opt);
        this.writable = true;
        this.readable = true;
        var me = this;
        this._parser.onend = function() {
          me.emit("end");
        };
        this._parser.onerror = function(er) {
          me.emit("error", er);
          me._parser.error = null;
        };
        this._decoder = null;
        this._decoderBuffer = null;
        streamWraps.forEach(function(ev) {
          Object.defineProperty(me, "on" + ev, {
            get: function() {
              return me._parser["on" + ev];
            },
            set: function(h) {
              if (!h) {
                me.removeAllListeners(ev);
                me._parser["on" + ev] = h;
                return h;
              }
              me.on(ev, h);
            },
            enumerable: true,
            configurable: false
          });
        });
      }
      SAXStream.prototype = Object.create(Stream.prototype, {
        constructor: {
          value: SAXStream
        }
      });
      SAXStream.prototype._decodeBuffer = function(data, isEnd) {
        if (this._decoderBuffer) {
          data = Buffer.concat([this._decoderBuffer, data]);
          this._decoderBuffer = null;
        }
        if (!this._decoder) {
          var encoding = determineBufferEncoding(data, isEnd);
          if (!encoding) {
            this._decoderBuffer = data;
            return "";
          }
          this._parser.encoding = encoding;
          this._decoder = new TextDecoder(encoding);
        }
        return this._decoder.decode(data, { stream: !isEnd });
      };
      SAXStream.prototype.write = function(data) {
        if (typeof Buffer === "function" && typeof Buffer.isBuffer === "function" && Buffer.isBuffer(data)) {
          data = this._decodeBuffer(data, false);
        } else if (this._decoderBuffer) {
          var remaining = this._decodeBuffer(Buffer.alloc(0), true);
          if (remaining) {
            this._parser.write(remaining);
            this.emit("data", remaining);
          }
        }
        this._parser.write(data.toString());
        this.emit("data", data);
        return true;
      };
      SAXStream.prototype.end = function(chunk) {
        if (chunk && chunk.length) {
          this.write(chunk);
        }
        if (this._decoderBuffer) {
          var finalChunk = this._decodeBuffer(Buffer.alloc(0), true);
          if (finalChunk) {
            this._parser.write(finalChunk);
            this.emit("data", finalChunk);
          }
        } else if (this._decoder) {
          var remaining = this._decoder.decode();
          if (remaining) {
            this._parser.write(remaining);
            this.emit("data", remaining);
          }
        }
        this._parser.end();
        return true;
      };
      SAXStream.prototype.on = function(ev, handler) {
        var me = this;
        if (!me._parser["on" + ev] && streamWraps.indexOf(ev) !== -1) {
          me._parser["on" + ev] = function() {
            var args = arguments.length === 1 ? [arguments[0]] : Array.apply(null, arguments);
            args.splice(0, 0, ev);
            me.emit.apply(me, args);
          };
        }
        return Stream.prototype.on.call(me, ev, handler);
      };
      var CDATAre = /^\[CDATA\[$/i;
      var DOCTYPEre = /^DOCTYPE$/i;
      var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
      var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
      var rootNS = { xml: XML_NAMESPACE, xmlns: XMLNS_NAMESPACE };
      var nameStart = /[:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
      var nameBody = /[:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u00B7\u0300-\u036F\u203F-\u2040.\d-]/;
      var entityStart = /[#:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
      var entityBody = /[#:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u00B7\u0300-\u036F\u203F-\u2040.\d-]/;
      function isWhitespace(c) {
        return c === " " || c === "\n" || c === "\r" || c === "	";
      }
      function isQuote(c) {
        return c === '"' || c === "'";
      }
      function isAttribEnd(c) {
        return c === ">" || isWhitespace(c);
      }
      function isMatch(regex, c) {
        return regex.test(c);
      }
      function notMatch(regex, c) {
        return !isMatch(regex, c);
      }
      var S = 0;
      sax2.STATE = {
        BEGIN: S++,
        // leading byte order mark or whitespace
        BEGIN_WHITESPACE: S++,
        // leading whitespace
        TEXT: S++,
        // general stuff
        TEXT_ENTITY: S++,
        // &amp and such.
        OPEN_WAKA: S++,
        // <
        SGML_DECL: S++,
        // <!BLARG
        SGML_DECL_QUOTED: S++,
        // <!BLARG foo "bar
        DOCTYPE: S++,
        // <!DOCTYPE
        DOCTYPE_QUOTED: S++,
        // <!DOCTYPE "//blah
        DOCTYPE_DTD: S++,
        // <!DOCTYPE "//blah" [ ...
        DOCTYPE_DTD_QUOTED: S++,
        // <!DOCTYPE "//blah" [ "foo
        COMMENT_STARTING: S++,
        // <!-
        COMMENT: S++,
        // <!--
        COMMENT_ENDING: S++,
        // <!-- blah -
        COMMENT_ENDED: S++,
        // <!-- blah --
        CDATA: S++,
        // <![CDATA[ something
        CDATA_ENDING: S++,
        // ]
        CDATA_ENDING_2: S++,
        // ]]
        PROC_INST: S++,
        // <?hi
        PROC_INST_BODY: S++,
        // <?hi there
        PROC_INST_ENDING: S++,
        // <?hi "there" ?
        OPEN_TAG: S++,
        // <strong
        OPEN_TAG_SLASH: S++,
        // <strong /
        ATTRIB: S++,
        // <a
        ATTRIB_NAME: S++,
        // <a foo
        ATTRIB_NAME_SAW_WHITE: S++,
        // <a foo _
        ATTRIB_VALUE: S++,
        // <a foo=
        ATTRIB_VALUE_QUOTED: S++,
        // <a foo="bar
        ATTRIB_VALUE_CLOSED: S++,
        // <a foo="bar"
        ATTRIB_VALUE_UNQUOTED: S++,
        // <a foo=bar
        ATTRIB_VALUE_ENTITY_Q: S++,
        // <foo bar="&quot;"
        ATTRIB_VALUE_ENTITY_U: S++,
        // <foo bar=&quot
        CLOSE_TAG: S++,
        // </a
        CLOSE_TAG_SAW_WHITE: S++,
        // </a   >
        SCRIPT: S++,
        // <script> ...
        SCRIPT_ENDING: S++
        // <script> ... <
      };
      sax2.XML_ENTITIES = Object.assign(/* @__PURE__ */ Object.create(null), {
        amp: "&",
        gt: ">",
        lt: "<",
        quot: '"',
        apos: "'"
      });
      sax2.ENTITIES = Object.assign(/* @__PURE__ */ Object.create(null), {
        amp: "&",
        gt: ">",
        lt: "<",
        quot: '"',
        apos: "'",
        AElig: 198,
        Aacute: 193,
        Acirc: 194,
        Agrave: 192,
        Aring: 197,
        Atilde: 195,
        Auml: 196,
        Ccedil: 199,
        ETH: 208,
        Eacute: 201,
        Ecirc: 202,
        Egrave: 200,
        Euml: 203,
        Iacute: 205,
        Icirc: 206,
        Igrave: 204,
        Iuml: 207,
        Ntilde: 209,
        Oacute: 211,
        Ocirc: 212,
        Ograve: 210,
        Oslash: 216,
        Otilde: 213,
        Ouml: 214,
        THORN: 222,
        Uacute: 218,
        Ucirc: 219,
        Ugrave: 217,
        Uuml: 220,
        Yacute: 221,
        aacute: 225,
        acirc: 226,
        aelig: 230,
        agrave: 224,
        aring: 229,
        atilde: 227,
        auml: 228,
        ccedil: 231,
        eacute: 233,
        ecirc: 234,
        egrave: 232,
        eth: 240,
        euml: 235,
        iacute: 237,
        icirc: 238,
        igrave: 236,
        iuml: 239,
        ntilde: 241,
        oacute: 243,
        ocirc: 244,
        ograve: 242,
        oslash: 248,
        otilde: 245,
        ouml: 246,
        szlig: 223,
        thorn: 254,
        uacute: 250,
        ucirc: 251,
        ugrave: 249,
        uuml: 252,
        yacute: 253,
        yuml: 255,
        copy: 169,
        reg: 174,
        nbsp: 160,
        iexcl: 161,
        cent: 162,
        pound: 163,
        curren: 164,
        yen: 165,
        brvbar: 166,
        sect: 167,
        uml: 168,
        ordf: 170,
        laquo: 171,
        not: 172,
        shy: 173,
        macr: 175,
        deg: 176,
        plusmn: 177,
        sup1: 185,
        sup2: 178,
        sup3: 179,
        acute: 180,
        micro: 181,
        para: 182,
        middot: 183,
        cedil: 184,
        ordm: 186,
        raquo: 187,
        frac14: 188,
        frac12: 189,
        frac34: 190,
        iquest: 191,
        times: 215,
        divide: 247,
        OElig: 338,
        oelig: 339,
        Scaron: 352,
        scaron: 353,
        Yuml: 376,
        fnof: 402,
        circ: 710,
        tilde: 732,
        Alpha: 913,
        Beta: 914,
        Gamma: 915,
        Delta: 916,
        Epsilon: 917,
        Zeta: 918,
        Eta: 919,
        Theta: 920,
        Iota: 921,
        Kappa: 922,
        Lambda: 923,
        Mu: 924,
        Nu: 925,
        Xi: 926,
        Omicron: 927,
        Pi: 928,
        Rho: 929,
        Sigma: 931,
        Tau: 932,
        Upsilon: 933,
        Phi: 934,
        Chi: 935,
        Psi: 936,
        Omega: 937,
        alpha: 945,
        beta: 946,
        gamma: 947,
        delta: 948,
        epsilon: 949,
        zeta: 950,
        eta: 951,
        theta: 952,
        iota: 953,
        kappa: 954,
        lambda: 955,
        mu: 956,
        nu: 957,
        xi: 958,
        omicron: 959,
        pi: 960,
        rho: 961,
        sigmaf: 962,
        sigma: 963,
        tau: 964,
        upsilon: 965,
        phi: 966,
        chi: 967,
        psi: 968,
        omega: 969,
        thetasym: 977,
        upsih: 978,
        piv: 982,
        ensp: 8194,
        emsp: 8195,
        thinsp: 8201,
        zwnj: 8204,
        zwj: 8205,
        lrm: 8206,
        rlm: 8207,
        ndash: 8211,
        mdash: 8212,
        lsquo: 8216,
        rsquo: 8217,
        sbquo: 8218,
        ldquo: 8220,
        rdquo: 8221,
        bdquo: 8222,
        dagger: 8224,
        Dagger: 8225,
        bull: 8226,
        hellip: 8230,
        permil: 8240,
        prime: 8242,
        Prime: 8243,
        lsaquo: 8249,
        rsaquo: 8250,
        oline: 8254,
        frasl: 8260,
        euro: 8364,
        image: 8465,
        weierp: 8472,
        real: 8476,
        trade: 8482,
        alefsym: 8501,
        larr: 8592,
        uarr: 8593,
        rarr: 8594,
        darr: 8595,
        harr: 8596,
        crarr: 8629,
        lArr: 8656,
        uArr: 8657,
        rArr: 8658,
        dArr: 8659,
        hArr: 8660,
        forall: 8704,
        part: 8706,
        exist: 8707,
        empty: 8709,
        nabla: 8711,
        isin: 8712,
        notin: 8713,
        ni: 8715,
        prod: 8719,
        sum: 8721,
        minus: 8722,
        lowast: 8727,
        radic: 8730,
        prop: 8733,
        infin: 8734,
        ang: 8736,
        and: 8743,
        or: 8744,
        cap: 8745,
        cup: 8746,
        int: 8747,
        there4: 8756,
        sim: 8764,
        cong: 8773,
        asymp: 8776,
        ne: 8800,
        equiv: 8801,
        le: 8804,
        ge: 8805,
        sub: 8834,
        sup: 8835,
        nsub: 8836,
        sube: 8838,
        supe: 8839,
        oplus: 8853,
        otimes: 8855,
        perp: 8869,
        sdot: 8901,
        lceil: 8968,
        rceil: 8969,
        lfloor: 8970,
        rfloor: 8971,
        lang: 9001,
        rang: 9002,
        loz: 9674,
        spades: 9824,
        clubs: 9827,
        hearts: 9829,
        diams: 9830
      });
      Object.keys(sax2.ENTITIES).forEach(function(key) {
        var e = sax2.ENTITIES[key];
        var s2 = typeof e === "number" ? String.fromCharCode(e) : e;
        sax2.ENTITIES[key] = s2;
      });
      for (var s in sax2.STATE) {
        sax2.STATE[sax2.STATE[s]] = s;
      }
      S = sax2.STATE;
      function emit(parser, event, data) {
        parser[event] && parser[event](data);
      }
      function getDeclaredEncoding(body) {
        var match = body && body.match(/(?:^|\s)encoding\s*=\s*(['"])([^'"]+)\1/i);
        return match ? match[2] : null;
      }
      function normalizeEncodingName(encoding) {
        if (!encoding) {
          return null;
        }
        return encoding.toLowerCase().replace(/[^a-z0-9]/g, "");
      }
      function encodingsMatch(detectedEncoding, declaredEncoding) {
        const detected = normalizeEncodingName(detectedEncoding);
        const declared = normalizeEncodingName(declaredEncoding);
        if (!detected || !declared) {
          return true;
        }
        if (declared === "utf16") {
          return detected === "utf16le" || detected === "utf16be";
        }
        return detected === declared;
      }
      function validateXmlDeclarationEncoding(parser, data) {
        if (!parser.strict || !parser.encoding || !data || data.name !== "xml") {
          return;
        }
        var declaredEncoding = getDeclaredEncoding(data.body);
        if (declaredEncoding && !encodingsMatch(parser.encoding, declaredEncoding)) {
          strictFail(
            parser,
            "XML declaration encoding " + declaredEncoding + " does not match detected stream encoding " + parser.encoding.toUpperCase()
          );
        }
      }
      function emitNode(parser, nodeType, data) {
        if (parser.textNode) closeText(parser);
        emit(parser, nodeType, data);
      }
      function closeText(parser) {
        parser.textNode = textopts(parser.opt, parser.textNode);
        if (parser.textNode) emit(parser, "ontext", parser.textNode);
        parser.textNode = "";
      }
      function textopts(opt, text) {
        if (opt.trim) text = text.trim();
        if (opt.normalize) text = text.replace(/\s+/g, " ");
        return text;
      }
      function error(parser, er) {
        closeText(parser);
        if (parser.trackPosition) {
          er += "\nLine: " + parser.line + "\nColumn: " + parser.column + "\nChar: " + parser.c;
        }
        er = new Error(er);
        parser.error = er;
        emit(parser, "onerror", er);
        return parser;
      }
      function end(parser) {
        if (parser.sawRoot && !parser.closedRoot)
          strictFail(parser, "Unclosed root tag");
        if (parser.state !== S.BEGIN && parser.state !== S.BEGIN_WHITESPACE && parser.state !== S.TEXT) {
          error(parser, "Unexpected end");
        }
        closeText(parser);
        parser.c = "";
        parser.closed = true;
        emit(parser, "onend");
        SAXParser.call(parser, parser.strict, parser.opt);
        return parser;
      }
      function strictFail(parser, message) {
        if (typeof parser !== "object" || !(parser instanceof SAXParser)) {
          throw new Error("bad call to strictFail");
        }
        if (parser.strict) {
          error(parser, message);
        }
      }
      function newTag(parser) {
        if (!parser.strict) parser.tagName = parser.tagName[parser.looseCase]();
        var parent = parser.tags[parser.tags.length - 1] || parser;
        var tag = parser.tag = { name: parser.tagName, attributes: {} };
        if (parser.opt.xmlns) {
          tag.ns = parent.ns;
        }
        parser.attribList.length = 0;
        emitNode(parser, "onopentagstart", tag);
      }
      function qname(name, attribute) {
        var i = name.indexOf(":");
        var qualName = i < 0 ? ["", name] : name.split(":");
        var prefix = qualName[0];
        var local = qualName[1];
        if (attribute && name === "xmlns") {
          prefix = "xmlns";
          local = "";
        }
        return { prefix, local };
      }
      function attrib(parser) {
        if (!parser.strict) {
          parser.attribName = parser.attribName[parser.looseCase]();
        }
        if (parser.attribList.indexOf(parser.attribName) !== -1 || parser.tag.attributes.hasOwnProperty(parser.attribName)) {
          parser.attribName = parser.attribValue = "";
          return;
        }
        if (parser.opt.xmlns) {
          var qn = qname(parser.attribName, true);
          var prefix = qn.prefix;
          var local = qn.local;
          if (prefix === "xmlns") {
            if (local === "xml" && parser.attribValue !== XML_NAMESPACE) {
              strictFail(
                parser,
                "xml: prefix must be bound to " + XML_NAMESPACE + "\nActual: " + parser.attribValue
              );
            } else if (local === "xmlns" && parser.attribValue !== XMLNS_NAMESPACE) {
              strictFail(
                parser,
                "xmlns: prefix must be bound to " + XMLNS_NAMESPACE + "\nActual: " + parser.attribValue
              );
            } else {
              var tag = parser.tag;
              var parent = parser.tags[parser.tags.length - 1] || parser;
              if (tag.ns === parent.ns) {
                tag.ns = Object.create(parent.ns);
              }
              tag.ns[local] = parser.attribValue;
            }
          }
          parser.attribList.push([parser.attribName, parser.attribValue]);
        } else {
          parser.tag.attributes[parser.attribName] = parser.attribValue;
          emitNode(parser, "onattribute", {
            name: parser.attribName,
            value: parser.attribValue
          });
        }
        parser.attribName = parser.attribValue = "";
      }
      function openTag(parser, selfClosing) {
        if (parser.opt.xmlns) {
          var tag = parser.tag;
          var qn = qname(parser.tagName);
          tag.prefix = qn.prefix;
          tag.local = qn.local;
          tag.uri = tag.ns[qn.prefix] || "";
          if (tag.prefix && !tag.uri) {
            strictFail(
              parser,
              "Unbound namespace prefix: " + JSON.stringify(parser.tagName)
            );
            tag.uri = qn.prefix;
          }
          var parent = parser.tags[parser.tags.length - 1] || parser;
          if (tag.ns && parent.ns !== tag.ns) {
            Object.keys(tag.ns).forEach(function(p) {
              emitNode(parser, "onopennamespace", {
                prefix: p,
                uri: tag.ns[p]
              });
            });
          }
          for (var i = 0, l = parser.attribList.length; i < l; i++) {
            var nv = parser.attribList[i];
            var name = nv[0];
            var value = nv[1];
            var qualName = qname(name, true);
            var prefix = qualName.prefix;
            var local = qualName.local;
            var uri = prefix === "" ? "" : tag.ns[prefix] || "";
            var a = {
              name,
              value,
              prefix,
              local,
              uri
            };
            if (prefix && prefix !== "xmlns" && !uri) {
              strictFail(
                parser,
                "Unbound namespace prefix: " + JSON.stringify(prefix)
              );
              a.uri = prefix;
            }
            parser.tag.attributes[name] = a;
            emitNode(parser, "onattribute", a);
          }
          parser.attribList.length = 0;
        }
        parser.tag.isSelfClosing = !!selfClosing;
        parser.sawRoot = true;
        parser.tags.push(parser.tag);
        emitNode(parser, "onopentag", parser.tag);
        if (!selfClosing) {
          if (!parser.noscript && parser.tagName.toLowerCase() === "script") {
            parser.state = S.SCRIPT;
          } else {
            parser.state = S.TEXT;
          }
          parser.tag = null;
          parser.tagName = "";
        }
        parser.attribName = parser.attribValue = "";
        parser.attribList.length = 0;
      }
      function closeTag(parser) {
        if (!parser.tagName) {
          strictFail(parser, "Weird empty close tag.");
          parser.textNode += "</>";
          parser.state = S.TEXT;
          return;
        }
        if (parser.script) {
          if (parser.tagName !== "script") {
            parser.script += "</" + parser.tagName + ">";
            parser.tagName = "";
            parser.state = S.SCRIPT;
            return;
          }
          emitNode(parser, "onscript", parser.script);
          parser.script = "";
        }
        var t = parser.tags.length;
        var tagName = parser.tagName;
        if (!parser.strict) {
          tagName = tagName[parser.looseCase]();
        }
        var closeTo = tagName;
        while (t--) {
          var close = parser.tags[t];
          if (close.name !== closeTo) {
            strictFail(parser, "Unexpected close tag");
          } else {
            break;
          }
        }
        if (t < 0) {
          strictFail(parser, "Unmatched closing tag: " + parser.tagName);
          parser.textNode += "</" + parser.tagName + ">";
          parser.state = S.TEXT;
          return;
        }
        parser.tagName = tagName;
        var s2 = parser.tags.length;
        while (s2-- > t) {
          var tag = parser.tag = parser.tags.pop();
          parser.tagName = parser.tag.name;
          emitNode(parser, "onclosetag", parser.tagName);
          var x = {};
          for (var i in tag.ns) {
            x[i] = tag.ns[i];
          }
          var parent = parser.tags[parser.tags.length - 1] || parser;
          if (parser.opt.xmlns && tag.ns !== parent.ns) {
            Object.keys(tag.ns).forEach(function(p) {
              var n = tag.ns[p];
              emitNode(parser, "onclosenamespace", { prefix: p, uri: n });
            });
          }
        }
        if (t === 0) parser.closedRoot = true;
        parser.tagName = parser.attribValue = parser.attribName = "";
        parser.attribList.length = 0;
        parser.state = S.TEXT;
      }
      function parseEntity(parser) {
        var entity = parser.entity;
        var entityLC = entity.toLowerCase();
        var num;
        var numStr = "";
        if (parser.ENTITIES[entity]) {
          return parser.ENTITIES[entity];
        }
        if (parser.ENTITIES[entityLC]) {
          return parser.ENTITIES[entityLC];
        }
        entity = entityLC;
        if (entity.charAt(0) === "#") {
          if (entity.charAt(1) === "x") {
            entity = entity.slice(2);
            num = parseInt(entity, 16);
            numStr = num.toString(16);
          } else {
            entity = entity.slice(1);
            num = parseInt(entity, 10);
            numStr = num.toString(10);
          }
        }
        entity = entity.replace(/^0+/, "");
        if (isNaN(num) || numStr.toLowerCase() !== entity || num < 0 || num > 1114111 || !isXmlChar(num)) {
          strictFail(parser, "Invalid character entity");
          return "&" + parser.entity + ";";
        }
        return String.fromCodePoint(num);
      }
      function isXmlChar(num) {
        return num === 9 || num === 10 || num === 13 || num >= 32 && num <= 55295 || num >= 57344 && num <= 65533 || num >= 65536 && num <= 1114111;
      }
      function beginWhiteSpace(parser, c) {
        if (c === "<") {
          parser.state = S.OPEN_WAKA;
          parser.startTagPosition = parser.position;
        } else if (!isWhitespace(c)) {
          strictFail(parser, "Non-whitespace before first tag.");
          parser.textNode = c;
          parser.state = S.TEXT;
        }
      }
      function charAt(chunk, i) {
        var result = "";
        if (i < chunk.length) {
          result = chunk.charAt(i);
        }
        return result;
      }
      function write(chunk) {
        var parser = this;
        if (this.error) {
          throw this.error;
        }
        if (parser.closed) {
          return error(
            parser,
            "Cannot write after close. Assign an onready handler."
          );
        }
        if (chunk === null) {
          return end(parser);
        }
        if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        var i = 0;
        var c = "";
        while (true) {
          c = charAt(chunk, i++);
          parser.c = c;
          if (!c) {
            break;
          }
          if (parser.trackPosition) {
            parser.position++;
            if (c === "\n") {
              parser.line++;
              parser.column = 0;
            } else {
              parser.column++;
            }
          }
          switch (parser.state) {
            case S.BEGIN:
              parser.state = S.BEGIN_WHITESPACE;
              if (c === "\uFEFF") {
                continue;
              }
              beginWhiteSpace(parser, c);
              continue;
            case S.BEGIN_WHITESPACE:
              beginWhiteSpace(parser, c);
              continue;
            case S.TEXT:
              if (parser.sawRoot && !parser.closedRoot) {
                var starti = i - 1;
                while (c && c !== "<" && c !== "&") {
                  c = charAt(chunk, i++);
                  if (c && parser.trackPosition) {
                    parser.position++;
                    if (c === "\n") {
                      parser.line++;
                      parser.column = 0;
                    } else {
                      parser.column++;
                    }
                  }
                }
                parser.textNode += chunk.substring(starti, i - 1);
              }
              if (c === "<" && !(parser.sawRoot && parser.closedRoot && !parser.strict)) {
                parser.state = S.OPEN_WAKA;
                parser.startTagPosition = parser.position;
              } else {
                if (!isWhitespace(c) && (!parser.sawRoot || parser.closedRoot)) {
                  strictFail(parser, "Text data outside of root node.");
                }
                if (c === "&") {
                  parser.state = S.TEXT_ENTITY;
                } else {
                  parser.textNode += c;
                }
              }
              continue;
            case S.SCRIPT:
              if (c === "<") {
                parser.state = S.SCRIPT_ENDING;
              } else {
                parser.script += c;
              }
              continue;
            case S.SCRIPT_ENDING:
              if (c === "/") {
                parser.state = S.CLOSE_TAG;
              } else {
                parser.script += "<" + c;
                parser.state = S.SCRIPT;
              }
              continue;
            case S.OPEN_WAKA:
              if (c === "!") {
                parser.state = S.SGML_DECL;
                parser.sgmlDecl = "";
              } else if (isWhitespace(c)) {
              } else if (isMatch(nameStart, c)) {
                parser.state = S.OPEN_TAG;
                parser.tagName = c;
              } else if (c === "/") {
                parser.state = S.CLOSE_TAG;
                parser.tagName = "";
              } else if (c === "?") {
                parser.state = S.PROC_INST;
                parser.procInstName = parser.procInstBody = "";
              } else {
                strictFail(parser, "Unencoded <");
                if (parser.startTagPosition + 1 < parser.position) {
                  var pad = parser.position - parser.startTagPosition;
                  c = new Array(pad).join(" ") + c;
                }
                parser.textNode += "<" + c;
                parser.state = S.TEXT;
              }
              continue;
            case S.SGML_DECL:
              if (parser.sgmlDecl + c === "--") {
                parser.state = S.COMMENT;
                parser.comment = "";
                parser.sgmlDecl = "";
                continue;
              }
              if (parser.doctype && parser.doctype !== true && parser.sgmlDecl) {
                parser.state = S.DOCTYPE_DTD;
                parser.doctype += "<!" + parser.sgmlDecl + c;
                parser.sgmlDecl = "";
              } else if (CDATAre.test(parser.sgmlDecl + c)) {
                emitNode(parser, "onopencdata");
                parser.state = S.CDATA;
                parser.sgmlDecl = "";
                parser.cdata = "";
              } else if (DOCTYPEre.test(parser.sgmlDecl + c)) {
                parser.state = S.DOCTYPE;
                if (parser.doctype || parser.sawRoot) {
                  strictFail(
                    parser,
                    "Inappropriately located doctype declaration"
                  );
                }
                parser.doctype = "";
                parser.sgmlDecl = "";
              } else if (c === ">") {
                emitNode(parser, "onsgmldeclaration", parser.sgmlDecl);
                parser.sgmlDecl = "";
                parser.state = S.TEXT;
              } else if (isQuote(c)) {
                parser.state = S.SGML_DECL_QUOTED;
                parser.sgmlDecl += c;
              } else {
                parser.sgmlDecl += c;
              }
              continue;
            case S.SGML_DECL_QUOTED:
              if (c === parser.q) {
                parser.state = S.SGML_DECL;
                parser.q = "";
              }
              parser.sgmlDecl += c;
              continue;
            case S.DOCTYPE:
              if (c === ">") {
                parser.state = S.TEXT;
                emitNode(parser, "ondoctype", parser.doctype);
                parser.doctype = true;
              } else {
                parser.doctype += c;
                if (c === "[") {
                  parser.state = S.DOCTYPE_DTD;
                } else if (isQuote(c)) {
                  parser.state = S.DOCTYPE_QUOTED;
                  parser.q = c;
                }
              }
              continue;
            case S.DOCTYPE_QUOTED:
              parser.doctype += c;
              if (c === parser.q) {
                parser.q = "";
                parser.state = S.DOCTYPE;
              }
              continue;
            case S.DOCTYPE_DTD:
              if (c === "]") {
                parser.doctype += c;
                parser.state = S.DOCTYPE;
              } else if (c === "<") {
                parser.state = S.OPEN_WAKA;
                parser.startTagPosition = parser.position;
              } else if (isQuote(c)) {
                parser.doctype += c;
                parser.state = S.DOCTYPE_DTD_QUOTED;
                parser.q = c;
              } else {
                parser.doctype += c;
              }
              continue;
            case S.DOCTYPE_DTD_QUOTED:
              parser.doctype += c;
              if (c === parser.q) {
                parser.state = S.DOCTYPE_DTD;
                parser.q = "";
              }
              continue;
            case S.COMMENT:
              if (c === "-") {
                parser.state = S.COMMENT_ENDING;
              } else {
                parser.comment += c;
              }
              continue;
            case S.COMMENT_ENDING:
              if (c === "-") {
                parser.state = S.COMMENT_ENDED;
                parser.comment = textopts(parser.opt, parser.comment);
                if (parser.comment) {
                  emitNode(parser, "oncomment", parser.comment);
                }
                parser.comment = "";
              } else {
                parser.comment += "-" + c;
                parser.state = S.COMMENT;
              }
              continue;
            case S.COMMENT_ENDED:
              if (c !== ">") {
                strictFail(parser, "Malformed comment");
                parser.comment += "--" + c;
                parser.state = S.COMMENT;
              } else if (parser.doctype && parser.doctype !== true) {
                parser.state = S.DOCTYPE_DTD;
              } else {
                parser.state = S.TEXT;
              }
              continue;
            case S.CDATA:
              var starti = i - 1;
              while (c && c !== "]") {
                c = charAt(chunk, i++);
                if (c && parser.trackPosition) {
                  parser.position++;
                  if (c === "\n") {
                    parser.line++;
                    parser.column = 0;
                  } else {
                    parser.column++;
                  }
                }
              }
              parser.cdata += chunk.substring(starti, i - 1);
              if (c === "]") {
                parser.state = S.CDATA_ENDING;
              }
              continue;
            case S.CDATA_ENDING:
              if (c === "]") {
                parser.state = S.CDATA_ENDING_2;
              } else {
                parser.cdata += "]" + c;
                parser.state = S.CDATA;
              }
              continue;
            case S.CDATA_ENDING_2:
              if (c === ">") {
                if (parser.cdata) {
                  emitNode(parser, "oncdata", parser.cdata);
                }
                emitNode(parser, "onclosecdata");
                parser.cdata = "";
                parser.state = S.TEXT;
              } else if (c === "]") {
                parser.cdata += "]";
              } else {
                parser.cdata += "]]" + c;
                parser.state = S.CDATA;
              }
              continue;
            case S.PROC_INST:
              if (c === "?") {
                parser.state = S.PROC_INST_ENDING;
              } else if (isWhitespace(c)) {
                parser.state = S.PROC_INST_BODY;
              } else {
                parser.procInstName += c;
              }
              continue;
            case S.PROC_INST_BODY:
              if (!parser.procInstBody && isWhitespace(c)) {
                continue;
              } else if (c === "?") {
                parser.state = S.PROC_INST_ENDING;
              } else {
                parser.procInstBody += c;
              }
              continue;
            case S.PROC_INST_ENDING:
              if (c === ">") {
                const procInstEndData = {
                  name: parser.procInstName,
                  body: parser.procInstBody
                };
                validateXmlDeclarationEncoding(parser, procInstEndData);
                emitNode(parser, "onprocessinginstruction", procInstEndData);
                parser.procInstName = parser.procInstBody = "";
                parser.state = S.TEXT;
              } else {
                parser.procInstBody += "?" + c;
                parser.state = S.PROC_INST_BODY;
              }
              continue;
            case S.OPEN_TAG:
              if (isMatch(nameBody, c)) {
                parser.tagName += c;
              } else {
                newTag(parser);
                if (c === ">") {
                  openTag(parser);
                } else if (c === "/") {
                  parser.state = S.OPEN_TAG_SLASH;
                } else {
                  if (!isWhitespace(c)) {
                    strictFail(parser, "Invalid character in tag name");
                  }
                  parser.state = S.ATTRIB;
                }
              }
              continue;
            case S.OPEN_TAG_SLASH:
              if (c === ">") {
                openTag(parser, true);
                closeTag(parser);
              } else {
                strictFail(
                  parser,
                  "Forward-slash in opening tag not followed by >"
                );
                parser.state = S.ATTRIB;
              }
              continue;
            case S.ATTRIB:
              if (isWhitespace(c)) {
                continue;
              } else if (c === ">") {
                openTag(parser);
              } else if (c === "/") {
                parser.state = S.OPEN_TAG_SLASH;
              } else if (isMatch(nameStart, c)) {
                parser.attribName = c;
                parser.attribValue = "";
                parser.state = S.ATTRIB_NAME;
              } else {
                strictFail(parser, "Invalid attribute name");
              }
              continue;
            case S.ATTRIB_NAME:
              if (c === "=") {
                parser.state = S.ATTRIB_VALUE;
              } else if (c === ">") {
                strictFail(parser, "Attribute without value");
                parser.attribValue = parser.attribName;
                attrib(parser);
                openTag(parser);
              } else if (isWhitespace(c)) {
                parser.state = S.ATTRIB_NAME_SAW_WHITE;
              } else if (isMatch(nameBody, c)) {
                parser.attribName += c;
              } else {
                strictFail(parser, "Invalid attribute name");
              }
              continue;
            case S.ATTRIB_NAME_SAW_WHITE:
              if (c === "=") {
                parser.state = S.ATTRIB_VALUE;
              } else if (isWhitespace(c)) {
                continue;
              } else {
                strictFail(parser, "Attribute without value");
                parser.tag.attributes[parser.attribName] = "";
                parser.attribValue = "";
                emitNode(parser, "onattribute", {
                  name: parser.attribName,
                  value: ""
                });
                parser.attribName = "";
                if (c === ">") {
                  openTag(parser);
                } else if (isMatch(nameStart, c)) {
                  parser.attribName = c;
                  parser.state = S.ATTRIB_NAME;
                } else {
                  strictFail(parser, "Invalid attribute name");
                  parser.state = S.ATTRIB;
                }
              }
              continue;
            case S.ATTRIB_VALUE:
              if (isWhitespace(c)) {
                continue;
              } else if (isQuote(c)) {
                parser.q = c;
                parser.state = S.ATTRIB_VALUE_QUOTED;
              } else {
                if (!parser.opt.unquotedAttributeValues) {
                  error(parser, "Unquoted attribute value");
                }
                parser.state = S.ATTRIB_VALUE_UNQUOTED;
                parser.attribValue = c;
              }
              continue;
            case S.ATTRIB_VALUE_QUOTED:
              if (c !== parser.q) {
                if (c === "&") {
                  parser.state = S.ATTRIB_VALUE_ENTITY_Q;
                } else {
                  parser.attribValue += c;
                }
                continue;
              }
              attrib(parser);
              parser.q = "";
              parser.state = S.ATTRIB_VALUE_CLOSED;
              continue;
            case S.ATTRIB_VALUE_CLOSED:
              if (isWhitespace(c)) {
                parser.state = S.ATTRIB;
              } else if (c === ">") {
                openTag(parser);
              } else if (c === "/") {
                parser.state = S.OPEN_TAG_SLASH;
              } else if (isMatch(nameStart, c)) {
                strictFail(parser, "No whitespace between attributes");
                parser.attribName = c;
                parser.attribValue = "";
                parser.state = S.ATTRIB_NAME;
              } else {
                strictFail(parser, "Invalid attribute name");
              }
              continue;
            case S.ATTRIB_VALUE_UNQUOTED:
              if (!isAttribEnd(c)) {
                if (c === "&") {
                  parser.state = S.ATTRIB_VALUE_ENTITY_U;
                } else {
                  parser.attribValue += c;
                }
                continue;
              }
              attrib(parser);
              if (c === ">") {
                openTag(parser);
              } else {
                parser.state = S.ATTRIB;
              }
              continue;
            case S.CLOSE_TAG:
              if (!parser.tagName) {
                if (isWhitespace(c)) {
                  continue;
                } else if (notMatch(nameStart, c)) {
                  if (parser.script) {
                    parser.script += "</" + c;
                    parser.state = S.SCRIPT;
                  } else {
                    strictFail(parser, "Invalid tagname in closing tag.");
                  }
                } else {
                  parser.tagName = c;
                }
              } else if (c === ">") {
                closeTag(parser);
              } else if (isMatch(nameBody, c)) {
                parser.tagName += c;
              } else if (parser.script) {
                parser.script += "</" + parser.tagName + c;
                parser.tagName = "";
                parser.state = S.SCRIPT;
              } else {
                if (!isWhitespace(c)) {
                  strictFail(parser, "Invalid tagname in closing tag");
                }
                parser.state = S.CLOSE_TAG_SAW_WHITE;
              }
              continue;
            case S.CLOSE_TAG_SAW_WHITE:
              if (isWhitespace(c)) {
                continue;
              }
              if (c === ">") {
                closeTag(parser);
              } else {
                strictFail(parser, "Invalid characters in closing tag");
              }
              continue;
            case S.TEXT_ENTITY:
            case S.ATTRIB_VALUE_ENTITY_Q:
            case S.ATTRIB_VALUE_ENTITY_U:
              var returnState;
              var buffer;
              switch (parser.state) {
                case S.TEXT_ENTITY:
                  returnState = S.TEXT;
                  buffer = "textNode";
                  break;
                case S.ATTRIB_VALUE_ENTITY_Q:
                  returnState = S.ATTRIB_VALUE_QUOTED;
                  buffer = "attribValue";
                  break;
                case S.ATTRIB_VALUE_ENTITY_U:
                  returnState = S.ATTRIB_VALUE_UNQUOTED;
                  buffer = "attribValue";
                  break;
              }
              if (c === ";") {
                var parsedEntity = parseEntity(parser);
                if (parser.opt.unparsedEntities && !Object.values(sax2.XML_ENTITIES).includes(parsedEntity)) {
                  if ((parser.entityCount += 1) > parser.opt.maxEntityCount) {
                    error(
                      parser,
                      "Parsed entity count exceeds max entity count"
                    );
                  }
                  if ((parser.entityDepth += 1) > parser.opt.maxEntityDepth) {
                    error(
                      parser,
                      "Parsed entity depth exceeds max entity depth"
                    );
                  }
                  parser.entity = "";
                  parser.state = returnState;
                  parser.write(parsedEntity);
                  parser.entityDepth -= 1;
                } else {
                  parser[buffer] += parsedEntity;
                  parser.entity = "";
                  parser.state = returnState;
                }
              } else if (isMatch(parser.entity.length ? entityBody : entityStart, c)) {
                parser.entity += c;
              } else {
                strictFail(parser, "Invalid character in entity name");
                parser[buffer] += "&" + parser.entity + c;
                parser.entity = "";
                parser.state = returnState;
              }
              continue;
            default: {
              throw new Error(parser, "Unknown state: " + parser.state);
            }
          }
        }
        if (parser.position >= parser.bufferCheckPosition) {
          checkBufferLength(parser);
        }
        return parser;
      }
      if (!String.fromCodePoint) {
        ;
        (function() {
          var stringFromCharCode = String.fromCharCode;
          var floor = Math.floor;
          var fromCodePoint = function() {
            var MAX_SIZE = 16384;
            var codeUnits = [];
            var highSurrogate;
            var lowSurrogate;
            var index = -1;
            var length = arguments.length;
            if (!length) {
              return "";
            }
            var result = "";
            while (++index < length) {
              var codePoint = Number(arguments[index]);
              if (!isFinite(codePoint) || // `NaN`, `+Infinity`, or `-Infinity`
              codePoint < 0 || // not a valid Unicode code point
              codePoint > 1114111 || // not a valid Unicode code point
              floor(codePoint) !== codePoint) {
                throw RangeError("Invalid code point: " + codePoint);
              }
              if (codePoint <= 65535) {
                codeUnits.push(codePoint);
              } else {
                codePoint -= 65536;
                highSurrogate = (codePoint >> 10) + 55296;
                lowSurrogate = codePoint % 1024 + 56320;
                codeUnits.push(highSurrogate, lowSurrogate);
              }
              if (index + 1 === length || codeUnits.length > MAX_SIZE) {
                result += stringFromCharCode.apply(null, codeUnits);
                codeUnits.length = 0;
              }
            }
            return result;
          };
          if (Object.defineProperty) {
            Object.defineProperty(String, "fromCodePoint", {
              value: fromCodePoint,
              configurable: true,
              writable: true
            });
          } else {
            String.fromCodePoint = fromCodePoint;
          }
        })();
      }
    })(typeof exports2 === "undefined" ? exports2.sax = {} : exports2);
  }
});

// src/core/formats/musicxml/xml.ts
var import_sax;
var init_xml = __esm({
  "src/core/formats/musicxml/xml.ts"() {
    init_errors();
    import_sax = __toESM(require_sax());
  }
});

// src/core/formats/musicxml/harmony.ts
var init_harmony = __esm({
  "src/core/formats/musicxml/harmony.ts"() {
    init_chords();
    init_xml();
  }
});

// node_modules/abcjs/src/write/creation/glyphs.js
var require_glyphs = __commonJS({
  "node_modules/abcjs/src/write/creation/glyphs.js"(exports2, module2) {
    var spacing = require_spacing();
    var glyphs = {
      "0": { d: [["M", 4.83, -14.97], ["c", 0.33, -0.03, 1.11, 0, 1.47, 0.06], ["c", 1.68, 0.36, 2.97, 1.59, 3.78, 3.6], ["c", 1.2, 2.97, 0.81, 6.96, -0.9, 9.27], ["c", -0.78, 1.08, -1.71, 1.71, -2.91, 1.95], ["c", -0.45, 0.09, -1.32, 0.09, -1.77, 0], ["c", -0.81, -0.18, -1.47, -0.51, -2.07, -1.02], ["c", -2.34, -2.07, -3.15, -6.72, -1.74, -10.2], ["c", 0.87, -2.16, 2.28, -3.42, 4.14, -3.66], ["z"], ["m", 1.11, 0.87], ["c", -0.21, -0.06, -0.69, -0.09, -0.87, -0.06], ["c", -0.54, 0.12, -0.87, 0.42, -1.17, 0.99], ["c", -0.36, 0.66, -0.51, 1.56, -0.6, 3], ["c", -0.03, 0.75, -0.03, 4.59, 0, 5.31], ["c", 0.09, 1.5, 0.27, 2.4, 0.6, 3.06], ["c", 0.24, 0.48, 0.57, 0.78, 0.96, 0.9], ["c", 0.27, 0.09, 0.78, 0.09, 1.05, 0], ["c", 0.39, -0.12, 0.72, -0.42, 0.96, -0.9], ["c", 0.33, -0.66, 0.51, -1.56, 0.6, -3.06], ["c", 0.03, -0.72, 0.03, -4.56, 0, -5.31], ["c", -0.09, -1.47, -0.27, -2.37, -0.6, -3.03], ["c", -0.24, -0.48, -0.54, -0.78, -0.93, -0.9], ["z"]], w: 10.78, h: 14.959 },
      "1": { d: [["M", 3.3, -15.06], ["c", 0.06, -0.06, 0.21, -0.03, 0.66, 0.15], ["c", 0.81, 0.39, 1.08, 0.39, 1.83, 0.03], ["c", 0.21, -0.09, 0.39, -0.15, 0.42, -0.15], ["c", 0.12, 0, 0.21, 0.09, 0.27, 0.21], ["c", 0.06, 0.12, 0.06, 0.33, 0.06, 5.94], ["c", 0, 3.93, 0, 5.85, 0.03, 6.03], ["c", 0.06, 0.36, 0.15, 0.69, 0.27, 0.96], ["c", 0.36, 0.75, 0.93, 1.17, 1.68, 1.26], ["c", 0.3, 0.03, 0.39, 0.09, 0.39, 0.3], ["c", 0, 0.15, -0.03, 0.18, -0.09, 0.24], ["c", -0.06, 0.06, -0.09, 0.06, -0.48, 0.06], ["c", -0.42, 0, -0.69, -0.03, -2.1, -0.24], ["c", -0.9, -0.15, -1.77, -0.15, -2.67, 0], ["c", -1.41, 0.21, -1.68, 0.24, -2.1, 0.24], ["c", -0.39, 0, -0.42, 0, -0.48, -0.06], ["c", -0.06, -0.06, -0.06, -0.09, -0.06, -0.24], ["c", 0, -0.21, 0.06, -0.27, 0.36, -0.3], ["c", 0.75, -0.09, 1.32, -0.51, 1.68, -1.26], ["c", 0.12, -0.27, 0.21, -0.6, 0.27, -0.96], ["c", 0.03, -0.18, 0.03, -1.59, 0.03, -4.29], ["c", 0, -3.87, 0, -4.05, -0.06, -4.14], ["c", -0.09, -0.15, -0.18, -0.24, -0.39, -0.24], ["c", -0.12, 0, -0.15, 0.03, -0.21, 0.06], ["c", -0.03, 0.06, -0.45, 0.99, -0.96, 2.13], ["c", -0.48, 1.14, -0.9, 2.1, -0.93, 2.16], ["c", -0.06, 0.15, -0.21, 0.24, -0.33, 0.24], ["c", -0.24, 0, -0.42, -0.18, -0.42, -0.39], ["c", 0, -0.06, 3.27, -7.62, 3.33, -7.74], ["z"]], w: 8.94, h: 15.058 },
      "2": { d: [["M", 4.23, -14.97], ["c", 0.57, -0.06, 1.68, 0, 2.34, 0.18], ["c", 0.69, 0.18, 1.5, 0.54, 2.01, 0.9], ["c", 1.35, 0.96, 1.95, 2.25, 1.77, 3.81], ["c", -0.15, 1.35, -0.66, 2.34, -1.68, 3.15], ["c", -0.6, 0.48, -1.44, 0.93, -3.12, 1.65], ["c", -1.32, 0.57, -1.8, 0.81, -2.37, 1.14], ["c", -0.57, 0.33, -0.57, 0.33, -0.24, 0.27], ["c", 0.39, -0.09, 1.26, -0.09, 1.68, 0], ["c", 0.72, 0.15, 1.41, 0.45, 2.1, 0.9], ["c", 0.99, 0.63, 1.86, 0.87, 2.55, 0.75], ["c", 0.24, -0.06, 0.42, -0.15, 0.57, -0.3], ["c", 0.12, -0.09, 0.3, -0.42, 0.3, -0.51], ["c", 0, -0.09, 0.12, -0.21, 0.24, -0.24], ["c", 0.18, -0.03, 0.39, 0.12, 0.39, 0.3], ["c", 0, 0.12, -0.15, 0.57, -0.3, 0.87], ["c", -0.54, 1.02, -1.56, 1.74, -2.79, 2.01], ["c", -0.42, 0.09, -1.23, 0.09, -1.62, 0.03], ["c", -0.81, -0.18, -1.32, -0.45, -2.01, -1.11], ["c", -0.45, -0.45, -0.63, -0.57, -0.96, -0.69], ["c", -0.84, -0.27, -1.89, 0.12, -2.25, 0.9], ["c", -0.12, 0.21, -0.21, 0.54, -0.21, 0.72], ["c", 0, 0.12, -0.12, 0.21, -0.27, 0.24], ["c", -0.15, 0, -0.27, -0.03, -0.33, -0.15], ["c", -0.09, -0.21, 0.09, -1.08, 0.33, -1.71], ["c", 0.24, -0.66, 0.66, -1.26, 1.29, -1.89], ["c", 0.45, -0.45, 0.9, -0.81, 1.92, -1.56], ["c", 1.29, -0.93, 1.89, -1.44, 2.34, -1.98], ["c", 0.87, -1.05, 1.26, -2.19, 1.2, -3.63], ["c", -0.06, -1.29, -0.39, -2.31, -0.96, -2.91], ["c", -0.36, -0.33, -0.72, -0.51, -1.17, -0.54], ["c", -0.84, -0.03, -1.53, 0.42, -1.59, 1.05], ["c", -0.03, 0.33, 0.12, 0.6, 0.57, 1.14], ["c", 0.45, 0.54, 0.54, 0.87, 0.42, 1.41], ["c", -0.15, 0.63, -0.54, 1.11, -1.08, 1.38], ["c", -0.63, 0.33, -1.2, 0.33, -1.83, 0], ["c", -0.24, -0.12, -0.33, -0.18, -0.54, -0.39], ["c", -0.18, -0.18, -0.27, -0.3, -0.36, -0.51], ["c", -0.24, -0.45, -0.27, -0.84, -0.21, -1.38], ["c", 0.12, -0.75, 0.45, -1.41, 1.02, -1.98], ["c", 0.72, -0.72, 1.74, -1.17, 2.85, -1.32], ["z"]], w: 10.764, h: 14.97 },
      "3": { d: [["M", 3.78, -14.97], ["c", 0.3, -0.03, 1.41, 0, 1.83, 0.06], ["c", 2.22, 0.3, 3.51, 1.32, 3.72, 2.91], ["c", 0.03, 0.33, 0.03, 1.26, -0.03, 1.65], ["c", -0.12, 0.84, -0.48, 1.47, -1.05, 1.77], ["c", -0.27, 0.15, -0.36, 0.24, -0.45, 0.39], ["c", -0.09, 0.21, -0.09, 0.36, 0, 0.57], ["c", 0.09, 0.15, 0.18, 0.24, 0.51, 0.39], ["c", 0.75, 0.42, 1.23, 1.14, 1.41, 2.13], ["c", 0.06, 0.42, 0.06, 1.35, 0, 1.71], ["c", -0.18, 0.81, -0.48, 1.38, -1.02, 1.95], ["c", -0.75, 0.72, -1.8, 1.2, -3.18, 1.38], ["c", -0.42, 0.06, -1.56, 0.06, -1.95, 0], ["c", -1.89, -0.33, -3.18, -1.29, -3.51, -2.64], ["c", -0.03, -0.12, -0.03, -0.33, -0.03, -0.6], ["c", 0, -0.36, 0, -0.42, 0.06, -0.63], ["c", 0.12, -0.3, 0.27, -0.51, 0.51, -0.75], ["c", 0.24, -0.24, 0.45, -0.39, 0.75, -0.51], ["c", 0.21, -0.06, 0.27, -0.06, 0.6, -0.06], ["c", 0.33, 0, 0.39, 0, 0.6, 0.06], ["c", 0.3, 0.12, 0.51, 0.27, 0.75, 0.51], ["c", 0.36, 0.33, 0.57, 0.75, 0.6, 1.2], ["c", 0, 0.21, 0, 0.27, -0.06, 0.42], ["c", -0.09, 0.18, -0.12, 0.24, -0.54, 0.54], ["c", -0.51, 0.36, -0.63, 0.54, -0.6, 0.87], ["c", 0.06, 0.54, 0.54, 0.9, 1.38, 0.99], ["c", 0.36, 0.06, 0.72, 0.03, 0.96, -0.06], ["c", 0.81, -0.27, 1.29, -1.23, 1.44, -2.79], ["c", 0.03, -0.45, 0.03, -1.95, -0.03, -2.37], ["c", -0.09, -0.75, -0.33, -1.23, -0.75, -1.44], ["c", -0.33, -0.18, -0.45, -0.18, -1.98, -0.18], ["c", -1.35, 0, -1.41, 0, -1.5, -0.06], ["c", -0.18, -0.12, -0.24, -0.39, -0.12, -0.6], ["c", 0.12, -0.15, 0.15, -0.15, 1.68, -0.15], ["c", 1.5, 0, 1.62, 0, 1.89, -0.15], ["c", 0.18, -0.09, 0.42, -0.36, 0.54, -0.57], ["c", 0.18, -0.42, 0.27, -0.9, 0.3, -1.95], ["c", 0.03, -1.2, -0.06, -1.8, -0.36, -2.37], ["c", -0.24, -0.48, -0.63, -0.81, -1.14, -0.96], ["c", -0.3, -0.06, -1.08, -0.06, -1.38, 0.03], ["c", -0.6, 0.15, -0.9, 0.42, -0.96, 0.84], ["c", -0.03, 0.3, 0.06, 0.45, 0.63, 0.84], ["c", 0.33, 0.24, 0.42, 0.39, 0.45, 0.63], ["c", 0.03, 0.72, -0.57, 1.5, -1.32, 1.65], ["c", -1.05, 0.27, -2.1, -0.57, -2.1, -1.65], ["c", 0, -0.45, 0.15, -0.96, 0.39, -1.38], ["c", 0.12, -0.21, 0.54, -0.63, 0.81, -0.81], ["c", 0.57, -0.42, 1.38, -0.69, 2.25, -0.81], ["z"]], w: 9.735, h: 14.967 },
      "4": { d: [["M", 8.64, -14.94], ["c", 0.27, -0.09, 0.42, -0.12, 0.54, -0.03], ["c", 0.09, 0.06, 0.15, 0.21, 0.15, 0.3], ["c", -0.03, 0.06, -1.92, 2.31, -4.23, 5.04], ["c", -2.31, 2.73, -4.23, 4.98, -4.26, 5.01], ["c", -0.03, 0.06, 0.12, 0.06, 2.55, 0.06], ["l", 2.61, 0], ["l", 0, -2.37], ["c", 0, -2.19, 0.03, -2.37, 0.06, -2.46], ["c", 0.03, -0.06, 0.21, -0.18, 0.57, -0.42], ["c", 1.08, -0.72, 1.38, -1.08, 1.86, -2.16], ["c", 0.12, -0.3, 0.24, -0.54, 0.27, -0.57], ["c", 0.12, -0.12, 0.39, -0.06, 0.45, 0.12], ["c", 0.06, 0.09, 0.06, 0.57, 0.06, 3.96], ["l", 0, 3.9], ["l", 1.08, 0], ["c", 1.05, 0, 1.11, 0, 1.2, 0.06], ["c", 0.24, 0.15, 0.24, 0.54, 0, 0.69], ["c", -0.09, 0.06, -0.15, 0.06, -1.2, 0.06], ["l", -1.08, 0], ["l", 0, 0.33], ["c", 0, 0.57, 0.09, 1.11, 0.3, 1.53], ["c", 0.36, 0.75, 0.93, 1.17, 1.68, 1.26], ["c", 0.3, 0.03, 0.39, 0.09, 0.39, 0.3], ["c", 0, 0.15, -0.03, 0.18, -0.09, 0.24], ["c", -0.06, 0.06, -0.09, 0.06, -0.48, 0.06], ["c", -0.42, 0, -0.69, -0.03, -2.1, -0.24], ["c", -0.9, -0.15, -1.77, -0.15, -2.67, 0], ["c", -1.41, 0.21, -1.68, 0.24, -2.1, 0.24], ["c", -0.39, 0, -0.42, 0, -0.48, -0.06], ["c", -0.06, -0.06, -0.06, -0.09, -0.06, -0.24], ["c", 0, -0.21, 0.06, -0.27, 0.36, -0.3], ["c", 0.75, -0.09, 1.32, -0.51, 1.68, -1.26], ["c", 0.21, -0.42, 0.3, -0.96, 0.3, -1.53], ["l", 0, -0.33], ["l", -2.7, 0], ["c", -2.91, 0, -2.85, 0, -3.09, -0.15], ["c", -0.18, -0.12, -0.3, -0.39, -0.27, -0.54], ["c", 0.03, -0.06, 0.18, -0.24, 0.33, -0.45], ["c", 0.75, -0.9, 1.59, -2.07, 2.13, -3.03], ["c", 0.33, -0.54, 0.84, -1.62, 1.05, -2.16], ["c", 0.57, -1.41, 0.84, -2.64, 0.9, -4.05], ["c", 0.03, -0.63, 0.06, -0.72, 0.24, -0.81], ["l", 0.12, -0.06], ["l", 0.45, 0.12], ["c", 0.66, 0.18, 1.02, 0.24, 1.47, 0.27], ["c", 0.6, 0.03, 1.23, -0.09, 2.01, -0.33], ["z"]], w: 11.795, h: 14.994 },
      "5": { d: [["M", 1.02, -14.94], ["c", 0.12, -0.09, 0.03, -0.09, 1.08, 0.06], ["c", 2.49, 0.36, 4.35, 0.36, 6.96, -0.06], ["c", 0.57, -0.09, 0.66, -0.06, 0.81, 0.06], ["c", 0.15, 0.18, 0.12, 0.24, -0.15, 0.51], ["c", -1.29, 1.26, -3.24, 2.04, -5.58, 2.31], ["c", -0.6, 0.09, -1.2, 0.12, -1.71, 0.12], ["c", -0.39, 0, -0.45, 0, -0.57, 0.06], ["c", -0.09, 0.06, -0.15, 0.12, -0.21, 0.21], ["l", -0.06, 0.12], ["l", 0, 1.65], ["l", 0, 1.65], ["l", 0.21, -0.21], ["c", 0.66, -0.57, 1.41, -0.96, 2.19, -1.14], ["c", 0.33, -0.06, 1.41, -0.06, 1.95, 0], ["c", 2.61, 0.36, 4.02, 1.74, 4.26, 4.14], ["c", 0.03, 0.45, 0.03, 1.08, -0.03, 1.44], ["c", -0.18, 1.02, -0.78, 2.01, -1.59, 2.7], ["c", -0.72, 0.57, -1.62, 1.02, -2.49, 1.2], ["c", -1.38, 0.27, -3.03, 0.06, -4.2, -0.54], ["c", -1.08, -0.54, -1.71, -1.32, -1.86, -2.28], ["c", -0.09, -0.69, 0.09, -1.29, 0.57, -1.74], ["c", 0.24, -0.24, 0.45, -0.39, 0.75, -0.51], ["c", 0.21, -0.06, 0.27, -0.06, 0.6, -0.06], ["c", 0.33, 0, 0.39, 0, 0.6, 0.06], ["c", 0.3, 0.12, 0.51, 0.27, 0.75, 0.51], ["c", 0.36, 0.33, 0.57, 0.75, 0.6, 1.2], ["c", 0, 0.21, 0, 0.27, -0.06, 0.42], ["c", -0.09, 0.18, -0.12, 0.24, -0.54, 0.54], ["c", -0.18, 0.12, -0.36, 0.3, -0.42, 0.33], ["c", -0.36, 0.42, -0.18, 0.99, 0.36, 1.26], ["c", 0.51, 0.27, 1.47, 0.36, 2.01, 0.27], ["c", 0.93, -0.21, 1.47, -1.17, 1.65, -2.91], ["c", 0.06, -0.45, 0.06, -1.89, 0, -2.31], ["c", -0.15, -1.2, -0.51, -2.1, -1.05, -2.55], ["c", -0.21, -0.18, -0.54, -0.36, -0.81, -0.39], ["c", -0.3, -0.06, -0.84, -0.03, -1.26, 0.06], ["c", -0.93, 0.18, -1.65, 0.6, -2.16, 1.2], ["c", -0.15, 0.21, -0.27, 0.3, -0.39, 0.3], ["c", -0.15, 0, -0.3, -0.09, -0.36, -0.18], ["c", -0.06, -0.09, -0.06, -0.15, -0.06, -3.66], ["c", 0, -3.39, 0, -3.57, 0.06, -3.66], ["c", 0.03, -0.06, 0.09, -0.15, 0.15, -0.18], ["z"]], w: 10.212, h: 14.997 },
      "6": { d: [["M", 4.98, -14.97], ["c", 0.36, -0.03, 1.2, 0, 1.59, 0.06], ["c", 0.9, 0.15, 1.68, 0.51, 2.25, 1.05], ["c", 0.57, 0.51, 0.87, 1.23, 0.84, 1.98], ["c", -0.03, 0.51, -0.21, 0.9, -0.6, 1.26], ["c", -0.24, 0.24, -0.45, 0.39, -0.75, 0.51], ["c", -0.21, 0.06, -0.27, 0.06, -0.6, 0.06], ["c", -0.33, 0, -0.39, 0, -0.6, -0.06], ["c", -0.3, -0.12, -0.51, -0.27, -0.75, -0.51], ["c", -0.39, -0.36, -0.57, -0.78, -0.57, -1.26], ["c", 0, -0.27, 0, -0.3, 0.09, -0.42], ["c", 0.03, -0.09, 0.18, -0.21, 0.3, -0.3], ["c", 0.12, -0.09, 0.3, -0.21, 0.39, -0.27], ["c", 0.09, -0.06, 0.21, -0.18, 0.27, -0.24], ["c", 0.06, -0.12, 0.09, -0.15, 0.09, -0.33], ["c", 0, -0.18, -0.03, -0.24, -0.09, -0.36], ["c", -0.24, -0.39, -0.75, -0.6, -1.38, -0.57], ["c", -0.54, 0.03, -0.9, 0.18, -1.23, 0.48], ["c", -0.81, 0.72, -1.08, 2.16, -0.96, 5.37], ["l", 0, 0.63], ["l", 0.3, -0.12], ["c", 0.78, -0.27, 1.29, -0.33, 2.1, -0.27], ["c", 1.47, 0.12, 2.49, 0.54, 3.27, 1.29], ["c", 0.48, 0.51, 0.81, 1.11, 0.96, 1.89], ["c", 0.06, 0.27, 0.06, 0.42, 0.06, 0.93], ["c", 0, 0.54, 0, 0.69, -0.06, 0.96], ["c", -0.15, 0.78, -0.48, 1.38, -0.96, 1.89], ["c", -0.54, 0.51, -1.17, 0.87, -1.98, 1.08], ["c", -1.14, 0.3, -2.4, 0.33, -3.24, 0.03], ["c", -1.5, -0.48, -2.64, -1.89, -3.27, -4.02], ["c", -0.36, -1.23, -0.51, -2.82, -0.42, -4.08], ["c", 0.3, -3.66, 2.28, -6.3, 4.95, -6.66], ["z"], ["m", 0.66, 7.41], ["c", -0.27, -0.09, -0.81, -0.12, -1.08, -0.06], ["c", -0.72, 0.18, -1.08, 0.69, -1.23, 1.71], ["c", -0.06, 0.54, -0.06, 3, 0, 3.54], ["c", 0.18, 1.26, 0.72, 1.77, 1.8, 1.74], ["c", 0.39, -0.03, 0.63, -0.09, 0.9, -0.27], ["c", 0.66, -0.42, 0.9, -1.32, 0.9, -3.24], ["c", 0, -2.22, -0.36, -3.12, -1.29, -3.42], ["z"]], w: 9.956, h: 14.982 },
      "7": { d: [["M", 0.21, -14.97], ["c", 0.21, -0.06, 0.45, 0, 0.54, 0.15], ["c", 0.06, 0.09, 0.06, 0.15, 0.06, 0.39], ["c", 0, 0.24, 0, 0.33, 0.06, 0.42], ["c", 0.06, 0.12, 0.21, 0.24, 0.27, 0.24], ["c", 0.03, 0, 0.12, -0.12, 0.24, -0.21], ["c", 0.96, -1.2, 2.58, -1.35, 3.99, -0.42], ["c", 0.15, 0.12, 0.42, 0.3, 0.54, 0.45], ["c", 0.48, 0.39, 0.81, 0.57, 1.29, 0.6], ["c", 0.69, 0.03, 1.5, -0.3, 2.13, -0.87], ["c", 0.09, -0.09, 0.27, -0.3, 0.39, -0.45], ["c", 0.12, -0.15, 0.24, -0.27, 0.3, -0.3], ["c", 0.18, -0.06, 0.39, 0.03, 0.51, 0.21], ["c", 0.06, 0.18, 0.06, 0.24, -0.27, 0.72], ["c", -0.18, 0.24, -0.54, 0.78, -0.78, 1.17], ["c", -2.37, 3.54, -3.54, 6.27, -3.87, 9], ["c", -0.03, 0.33, -0.03, 0.66, -0.03, 1.26], ["c", 0, 0.9, 0, 1.08, 0.15, 1.89], ["c", 0.06, 0.45, 0.06, 0.48, 0.03, 0.6], ["c", -0.06, 0.09, -0.21, 0.21, -0.3, 0.21], ["c", -0.03, 0, -0.27, -0.06, -0.54, -0.15], ["c", -0.84, -0.27, -1.11, -0.3, -1.65, -0.3], ["c", -0.57, 0, -0.84, 0.03, -1.56, 0.27], ["c", -0.6, 0.18, -0.69, 0.21, -0.81, 0.15], ["c", -0.12, -0.06, -0.21, -0.18, -0.21, -0.3], ["c", 0, -0.15, 0.6, -1.44, 1.2, -2.61], ["c", 1.14, -2.22, 2.73, -4.68, 5.1, -8.01], ["c", 0.21, -0.27, 0.36, -0.48, 0.33, -0.48], ["c", 0, 0, -0.12, 0.06, -0.27, 0.12], ["c", -0.54, 0.3, -0.99, 0.39, -1.56, 0.39], ["c", -0.75, 0.03, -1.2, -0.18, -1.83, -0.75], ["c", -0.99, -0.9, -1.83, -1.17, -2.31, -0.72], ["c", -0.18, 0.15, -0.36, 0.51, -0.45, 0.84], ["c", -0.06, 0.24, -0.06, 0.33, -0.09, 1.98], ["c", 0, 1.62, -0.03, 1.74, -0.06, 1.8], ["c", -0.15, 0.24, -0.54, 0.24, -0.69, 0], ["c", -0.06, -0.09, -0.06, -0.15, -0.06, -3.57], ["c", 0, -3.42, 0, -3.48, 0.06, -3.57], ["c", 0.03, -0.06, 0.09, -0.12, 0.15, -0.15], ["z"]], w: 10.561, h: 15.093 },
      "8": { d: [["M", 4.98, -14.97], ["c", 0.33, -0.03, 1.02, -0.03, 1.32, 0], ["c", 1.32, 0.12, 2.49, 0.6, 3.21, 1.32], ["c", 0.39, 0.39, 0.66, 0.81, 0.78, 1.29], ["c", 0.09, 0.36, 0.09, 1.08, 0, 1.44], ["c", -0.21, 0.84, -0.66, 1.59, -1.59, 2.55], ["l", -0.3, 0.3], ["l", 0.27, 0.18], ["c", 1.47, 0.93, 2.31, 2.31, 2.25, 3.75], ["c", -0.03, 0.75, -0.24, 1.35, -0.63, 1.95], ["c", -0.45, 0.66, -1.02, 1.14, -1.83, 1.53], ["c", -1.8, 0.87, -4.2, 0.87, -6, 0.03], ["c", -1.62, -0.78, -2.52, -2.16, -2.46, -3.66], ["c", 0.06, -0.99, 0.54, -1.77, 1.8, -2.97], ["c", 0.54, -0.51, 0.54, -0.54, 0.48, -0.57], ["c", -0.39, -0.27, -0.96, -0.78, -1.2, -1.14], ["c", -0.75, -1.11, -0.87, -2.4, -0.3, -3.6], ["c", 0.69, -1.35, 2.25, -2.25, 4.2, -2.4], ["z"], ["m", 1.53, 0.69], ["c", -0.42, -0.09, -1.11, -0.12, -1.38, -0.06], ["c", -0.3, 0.06, -0.6, 0.18, -0.81, 0.3], ["c", -0.21, 0.12, -0.6, 0.51, -0.72, 0.72], ["c", -0.51, 0.87, -0.42, 1.89, 0.21, 2.52], ["c", 0.21, 0.21, 0.36, 0.3, 1.95, 1.23], ["c", 0.96, 0.54, 1.74, 0.99, 1.77, 1.02], ["c", 0.09, 0, 0.63, -0.6, 0.99, -1.11], ["c", 0.21, -0.36, 0.48, -0.87, 0.57, -1.23], ["c", 0.06, -0.24, 0.06, -0.36, 0.06, -0.72], ["c", 0, -0.45, -0.03, -0.66, -0.15, -0.99], ["c", -0.39, -0.81, -1.29, -1.44, -2.49, -1.68], ["z"], ["m", -1.44, 8.07], ["l", -1.89, -1.08], ["c", -0.03, 0, -0.18, 0.15, -0.39, 0.33], ["c", -1.2, 1.08, -1.65, 1.95, -1.59, 3], ["c", 0.09, 1.59, 1.35, 2.85, 3.21, 3.24], ["c", 0.33, 0.06, 0.45, 0.06, 0.93, 0.06], ["c", 0.63, 0, 0.81, -0.03, 1.29, -0.27], ["c", 0.9, -0.42, 1.47, -1.41, 1.41, -2.4], ["c", -0.06, -0.66, -0.39, -1.29, -0.9, -1.65], ["c", -0.12, -0.09, -1.05, -0.63, -2.07, -1.23], ["z"]], w: 10.926, h: 14.989 },
      "9": { d: [["M", 4.23, -14.97], ["c", 0.42, -0.03, 1.29, 0, 1.62, 0.06], ["c", 0.51, 0.12, 0.93, 0.3, 1.38, 0.57], ["c", 1.53, 1.02, 2.52, 3.24, 2.73, 5.94], ["c", 0.18, 2.55, -0.48, 4.98, -1.83, 6.57], ["c", -1.05, 1.26, -2.4, 1.89, -3.93, 1.83], ["c", -1.23, -0.06, -2.31, -0.45, -3.03, -1.14], ["c", -0.57, -0.51, -0.87, -1.23, -0.84, -1.98], ["c", 0.03, -0.51, 0.21, -0.9, 0.6, -1.26], ["c", 0.24, -0.24, 0.45, -0.39, 0.75, -0.51], ["c", 0.21, -0.06, 0.27, -0.06, 0.6, -0.06], ["c", 0.33, 0, 0.39, 0, 0.6, 0.06], ["c", 0.3, 0.12, 0.51, 0.27, 0.75, 0.51], ["c", 0.39, 0.36, 0.57, 0.78, 0.57, 1.26], ["c", 0, 0.27, 0, 0.3, -0.09, 0.42], ["c", -0.03, 0.09, -0.18, 0.21, -0.3, 0.3], ["c", -0.12, 0.09, -0.3, 0.21, -0.39, 0.27], ["c", -0.09, 0.06, -0.21, 0.18, -0.27, 0.24], ["c", -0.06, 0.12, -0.06, 0.15, -0.06, 0.33], ["c", 0, 0.18, 0, 0.24, 0.06, 0.36], ["c", 0.24, 0.39, 0.75, 0.6, 1.38, 0.57], ["c", 0.54, -0.03, 0.9, -0.18, 1.23, -0.48], ["c", 0.81, -0.72, 1.08, -2.16, 0.96, -5.37], ["l", 0, -0.63], ["l", -0.3, 0.12], ["c", -0.78, 0.27, -1.29, 0.33, -2.1, 0.27], ["c", -1.47, -0.12, -2.49, -0.54, -3.27, -1.29], ["c", -0.48, -0.51, -0.81, -1.11, -0.96, -1.89], ["c", -0.06, -0.27, -0.06, -0.42, -0.06, -0.96], ["c", 0, -0.51, 0, -0.66, 0.06, -0.93], ["c", 0.15, -0.78, 0.48, -1.38, 0.96, -1.89], ["c", 0.15, -0.12, 0.33, -0.27, 0.42, -0.36], ["c", 0.69, -0.51, 1.62, -0.81, 2.76, -0.93], ["z"], ["m", 1.17, 0.66], ["c", -0.21, -0.06, -0.57, -0.06, -0.81, -0.03], ["c", -0.78, 0.12, -1.26, 0.69, -1.41, 1.74], ["c", -0.12, 0.63, -0.15, 1.95, -0.09, 2.79], ["c", 0.12, 1.71, 0.63, 2.4, 1.77, 2.46], ["c", 1.08, 0.03, 1.62, -0.48, 1.8, -1.74], ["c", 0.06, -0.54, 0.06, -3, 0, -3.54], ["c", -0.15, -1.05, -0.51, -1.53, -1.26, -1.68], ["z"]], w: 9.959, h: 14.986 },
      "rests.multimeasure": { d: [["M", 0, -4], ["l", 0, 16], ["l", 1, 0], ["l", 0, -5], ["l", 40, 0], ["l", 0, 5], ["l", 1, 0], ["l", 0, -16], ["l", -1, 0], ["l", 0, 5], ["l", -40, 0], ["l", 0, -5], ["z"]], w: 42, h: 18 },
      "rests.whole": { d: [["M", 0.06, 0.03], ["l", 0.09, -0.06], ["l", 5.46, 0], ["l", 5.49, 0], ["l", 0.09, 0.06], ["l", 0.06, 0.09], ["l", 0, 2.19], ["l", 0, 2.19], ["l", -0.06, 0.09], ["l", -0.09, 0.06], ["l", -5.49, 0], ["l", -5.46, 0], ["l", -0.09, -0.06], ["l", -0.06, -0.09], ["l", 0, -2.19], ["l", 0, -2.19], ["z"]], w: 11.25, h: 4.68 },
      "rests.half": { d: [["M", 0.06, -4.62], ["l", 0.09, -0.06], ["l", 5.46, 0], ["l", 5.49, 0], ["l", 0.09, 0.06], ["l", 0.06, 0.09], ["l", 0, 2.19], ["l", 0, 2.19], ["l", -0.06, 0.09], ["l", -0.09, 0.06], ["l", -5.49, 0], ["l", -5.46, 0], ["l", -0.09, -0.06], ["l", -0.06, -0.09], ["l", 0, -2.19], ["l", 0, -2.19], ["z"]], w: 11.25, h: 4.68 },
      "rests.quarter": { d: [["M", 1.89, -11.82], ["c", 0.12, -0.06, 0.24, -0.06, 0.36, -0.03], ["c", 0.09, 0.06, 4.74, 5.58, 4.86, 5.82], ["c", 0.21, 0.39, 0.15, 0.78, -0.15, 1.26], ["c", -0.24, 0.33, -0.72, 0.81, -1.62, 1.56], ["c", -0.45, 0.36, -0.87, 0.75, -0.96, 0.84], ["c", -0.93, 0.99, -1.14, 2.49, -0.6, 3.63], ["c", 0.18, 0.39, 0.27, 0.48, 1.32, 1.68], ["c", 1.92, 2.25, 1.83, 2.16, 1.83, 2.34], ["c", 0, 0.18, -0.18, 0.36, -0.36, 0.39], ["c", -0.15, 0, -0.27, -0.06, -0.48, -0.27], ["c", -0.75, -0.75, -2.46, -1.29, -3.39, -1.08], ["c", -0.45, 0.09, -0.69, 0.27, -0.9, 0.69], ["c", -0.12, 0.3, -0.21, 0.66, -0.24, 1.14], ["c", -0.03, 0.66, 0.09, 1.35, 0.3, 2.01], ["c", 0.15, 0.42, 0.24, 0.66, 0.45, 0.96], ["c", 0.18, 0.24, 0.18, 0.33, 0.03, 0.42], ["c", -0.12, 0.06, -0.18, 0.03, -0.45, -0.3], ["c", -1.08, -1.38, -2.07, -3.36, -2.4, -4.83], ["c", -0.27, -1.05, -0.15, -1.77, 0.27, -2.07], ["c", 0.21, -0.12, 0.42, -0.15, 0.87, -0.15], ["c", 0.87, 0.06, 2.1, 0.39, 3.3, 0.9], ["l", 0.39, 0.18], ["l", -1.65, -1.95], ["c", -2.52, -2.97, -2.61, -3.09, -2.7, -3.27], ["c", -0.09, -0.24, -0.12, -0.48, -0.03, -0.75], ["c", 0.15, -0.48, 0.57, -0.96, 1.83, -2.01], ["c", 0.45, -0.36, 0.84, -0.72, 0.93, -0.78], ["c", 0.69, -0.75, 1.02, -1.8, 0.9, -2.79], ["c", -0.06, -0.33, -0.21, -0.84, -0.39, -1.11], ["c", -0.09, -0.15, -0.45, -0.6, -0.81, -1.05], ["c", -0.36, -0.42, -0.69, -0.81, -0.72, -0.87], ["c", -0.09, -0.18, 0, -0.42, 0.21, -0.51], ["z"]], w: 7.888, h: 21.435 },
      "rests.8th": { d: [["M", 1.68, -6.12], ["c", 0.66, -0.09, 1.23, 0.09, 1.68, 0.51], ["c", 0.27, 0.3, 0.39, 0.54, 0.57, 1.26], ["c", 0.09, 0.33, 0.18, 0.66, 0.21, 0.72], ["c", 0.12, 0.27, 0.33, 0.45, 0.6, 0.48], ["c", 0.12, 0, 0.18, 0, 0.33, -0.09], ["c", 0.39, -0.18, 1.32, -1.29, 1.68, -1.98], ["c", 0.09, -0.21, 0.24, -0.3, 0.39, -0.3], ["c", 0.12, 0, 0.27, 0.09, 0.33, 0.18], ["c", 0.03, 0.06, -0.27, 1.11, -1.86, 6.42], ["c", -1.02, 3.48, -1.89, 6.39, -1.92, 6.42], ["c", 0, 0.03, -0.12, 0.12, -0.24, 0.15], ["c", -0.18, 0.09, -0.21, 0.09, -0.45, 0.09], ["c", -0.24, 0, -0.3, 0, -0.48, -0.06], ["c", -0.09, -0.06, -0.21, -0.12, -0.21, -0.15], ["c", -0.06, -0.03, 0.15, -0.57, 1.68, -4.92], ["c", 0.96, -2.67, 1.74, -4.89, 1.71, -4.89], ["l", -0.51, 0.15], ["c", -1.08, 0.36, -1.74, 0.48, -2.55, 0.48], ["c", -0.66, 0, -0.84, -0.03, -1.32, -0.27], ["c", -1.32, -0.63, -1.77, -2.16, -1.02, -3.3], ["c", 0.33, -0.45, 0.84, -0.81, 1.38, -0.9], ["z"]], w: 7.534, h: 13.883 },
      "rests.16th": { d: [["M", 3.33, -6.12], ["c", 0.66, -0.09, 1.23, 0.09, 1.68, 0.51], ["c", 0.27, 0.3, 0.39, 0.54, 0.57, 1.26], ["c", 0.09, 0.33, 0.18, 0.66, 0.21, 0.72], ["c", 0.15, 0.39, 0.57, 0.57, 0.87, 0.42], ["c", 0.39, -0.18, 1.2, -1.23, 1.62, -2.07], ["c", 0.06, -0.15, 0.24, -0.24, 0.36, -0.24], ["c", 0.12, 0, 0.27, 0.09, 0.33, 0.18], ["c", 0.03, 0.06, -0.45, 1.86, -2.67, 10.17], ["c", -1.5, 5.55, -2.73, 10.14, -2.76, 10.17], ["c", -0.03, 0.03, -0.12, 0.12, -0.24, 0.15], ["c", -0.18, 0.09, -0.21, 0.09, -0.45, 0.09], ["c", -0.24, 0, -0.3, 0, -0.48, -0.06], ["c", -0.09, -0.06, -0.21, -0.12, -0.21, -0.15], ["c", -0.06, -0.03, 0.12, -0.57, 1.44, -4.92], ["c", 0.81, -2.67, 1.47, -4.86, 1.47, -4.89], ["c", -0.03, 0, -0.27, 0.06, -0.54, 0.15], ["c", -1.08, 0.36, -1.77, 0.48, -2.58, 0.48], ["c", -0.66, 0, -0.84, -0.03, -1.32, -0.27], ["c", -1.32, -0.63, -1.77, -2.16, -1.02, -3.3], ["c", 0.72, -1.05, 2.22, -1.23, 3.06, -0.42], ["c", 0.3, 0.33, 0.42, 0.6, 0.6, 1.38], ["c", 0.09, 0.45, 0.21, 0.78, 0.33, 0.9], ["c", 0.09, 0.09, 0.27, 0.18, 0.45, 0.21], ["c", 0.12, 0, 0.18, 0, 0.33, -0.09], ["c", 0.33, -0.15, 1.02, -0.93, 1.41, -1.59], ["c", 0.12, -0.21, 0.18, -0.39, 0.39, -1.08], ["c", 0.66, -2.1, 1.17, -3.84, 1.17, -3.87], ["c", 0, 0, -0.21, 0.06, -0.42, 0.15], ["c", -0.51, 0.15, -1.2, 0.33, -1.68, 0.42], ["c", -0.33, 0.06, -0.51, 0.06, -0.96, 0.06], ["c", -0.66, 0, -0.84, -0.03, -1.32, -0.27], ["c", -1.32, -0.63, -1.77, -2.16, -1.02, -3.3], ["c", 0.33, -0.45, 0.84, -0.81, 1.38, -0.9], ["z"]], w: 9.724, h: 21.383 },
      "rests.32nd": { d: [["M", 4.23, -13.62], ["c", 0.66, -0.09, 1.23, 0.09, 1.68, 0.51], ["c", 0.27, 0.3, 0.39, 0.54, 0.57, 1.26], ["c", 0.09, 0.33, 0.18, 0.66, 0.21, 0.72], ["c", 0.12, 0.27, 0.33, 0.45, 0.6, 0.48], ["c", 0.12, 0, 0.18, 0, 0.27, -0.06], ["c", 0.33, -0.21, 0.99, -1.11, 1.44, -1.98], ["c", 0.09, -0.24, 0.21, -0.33, 0.39, -0.33], ["c", 0.12, 0, 0.27, 0.09, 0.33, 0.18], ["c", 0.03, 0.06, -0.57, 2.67, -3.21, 13.89], ["c", -1.8, 7.62, -3.3, 13.89, -3.3, 13.92], ["c", -0.03, 0.06, -0.12, 0.12, -0.24, 0.18], ["c", -0.21, 0.09, -0.24, 0.09, -0.48, 0.09], ["c", -0.24, 0, -0.3, 0, -0.48, -0.06], ["c", -0.09, -0.06, -0.21, -0.12, -0.21, -0.15], ["c", -0.06, -0.03, 0.09, -0.57, 1.23, -4.92], ["c", 0.69, -2.67, 1.26, -4.86, 1.29, -4.89], ["c", 0, -0.03, -0.12, -0.03, -0.48, 0.12], ["c", -1.17, 0.39, -2.22, 0.57, -3, 0.54], ["c", -0.42, -0.03, -0.75, -0.12, -1.11, -0.3], ["c", -1.32, -0.63, -1.77, -2.16, -1.02, -3.3], ["c", 0.72, -1.05, 2.22, -1.23, 3.06, -0.42], ["c", 0.3, 0.33, 0.42, 0.6, 0.6, 1.38], ["c", 0.09, 0.45, 0.21, 0.78, 0.33, 0.9], ["c", 0.12, 0.09, 0.3, 0.18, 0.48, 0.21], ["c", 0.12, 0, 0.18, 0, 0.3, -0.09], ["c", 0.42, -0.21, 1.29, -1.29, 1.56, -1.89], ["c", 0.03, -0.12, 1.23, -4.59, 1.23, -4.65], ["c", 0, -0.03, -0.18, 0.03, -0.39, 0.12], ["c", -0.63, 0.18, -1.2, 0.36, -1.74, 0.45], ["c", -0.39, 0.06, -0.54, 0.06, -1.02, 0.06], ["c", -0.66, 0, -0.84, -0.03, -1.32, -0.27], ["c", -1.32, -0.63, -1.77, -2.16, -1.02, -3.3], ["c", 0.72, -1.05, 2.22, -1.23, 3.06, -0.42], ["c", 0.3, 0.33, 0.42, 0.6, 0.6, 1.38], ["c", 0.09, 0.45, 0.21, 0.78, 0.33, 0.9], ["c", 0.18, 0.18, 0.51, 0.27, 0.72, 0.15], ["c", 0.3, -0.12, 0.69, -0.57, 1.08, -1.17], ["c", 0.42, -0.6, 0.39, -0.51, 1.05, -3.03], ["c", 0.33, -1.26, 0.6, -2.31, 0.6, -2.34], ["c", 0, 0, -0.21, 0.03, -0.45, 0.12], ["c", -0.57, 0.18, -1.14, 0.33, -1.62, 0.42], ["c", -0.33, 0.06, -0.51, 0.06, -0.96, 0.06], ["c", -0.66, 0, -0.84, -0.03, -1.32, -0.27], ["c", -1.32, -0.63, -1.77, -2.16, -1.02, -3.3], ["c", 0.33, -0.45, 0.84, -0.81, 1.38, -0.9], ["z"]], w: 11.373, h: 28.883 },
      "rests.64th": { d: [["M", 5.13, -13.62], ["c", 0.66, -0.09, 1.23, 0.09, 1.68, 0.51], ["c", 0.27, 0.3, 0.39, 0.54, 0.57, 1.26], ["c", 0.15, 0.63, 0.21, 0.81, 0.33, 0.96], ["c", 0.18, 0.21, 0.54, 0.3, 0.75, 0.18], ["c", 0.24, -0.12, 0.63, -0.66, 1.08, -1.56], ["c", 0.33, -0.66, 0.39, -0.72, 0.6, -0.72], ["c", 0.12, 0, 0.27, 0.09, 0.33, 0.18], ["c", 0.03, 0.06, -0.69, 3.66, -3.54, 17.64], ["c", -1.95, 9.66, -3.57, 17.61, -3.57, 17.64], ["c", -0.03, 0.06, -0.12, 0.12, -0.24, 0.18], ["c", -0.21, 0.09, -0.24, 0.09, -0.48, 0.09], ["c", -0.24, 0, -0.3, 0, -0.48, -0.06], ["c", -0.09, -0.06, -0.21, -0.12, -0.21, -0.15], ["c", -0.06, -0.03, 0.06, -0.57, 1.05, -4.95], ["c", 0.6, -2.7, 1.08, -4.89, 1.08, -4.92], ["c", 0, 0, -0.24, 0.06, -0.51, 0.15], ["c", -0.66, 0.24, -1.2, 0.36, -1.77, 0.48], ["c", -0.42, 0.06, -0.57, 0.06, -1.05, 0.06], ["c", -0.69, 0, -0.87, -0.03, -1.35, -0.27], ["c", -1.32, -0.63, -1.77, -2.16, -1.02, -3.3], ["c", 0.72, -1.05, 2.22, -1.23, 3.06, -0.42], ["c", 0.3, 0.33, 0.42, 0.6, 0.6, 1.38], ["c", 0.09, 0.45, 0.21, 0.78, 0.33, 0.9], ["c", 0.09, 0.09, 0.27, 0.18, 0.45, 0.21], ["c", 0.21, 0.03, 0.39, -0.09, 0.72, -0.42], ["c", 0.45, -0.45, 1.02, -1.26, 1.17, -1.65], ["c", 0.03, -0.09, 0.27, -1.14, 0.54, -2.34], ["c", 0.27, -1.2, 0.48, -2.19, 0.51, -2.22], ["c", 0, -0.03, -0.09, -0.03, -0.48, 0.12], ["c", -1.17, 0.39, -2.22, 0.57, -3, 0.54], ["c", -0.42, -0.03, -0.75, -0.12, -1.11, -0.3], ["c", -1.32, -0.63, -1.77, -2.16, -1.02, -3.3], ["c", 0.36, -0.54, 0.96, -0.87, 1.65, -0.93], ["c", 0.54, -0.03, 1.02, 0.15, 1.41, 0.54], ["c", 0.27, 0.3, 0.39, 0.54, 0.57, 1.26], ["c", 0.09, 0.33, 0.18, 0.66, 0.21, 0.72], ["c", 0.15, 0.39, 0.57, 0.57, 0.9, 0.42], ["c", 0.36, -0.18, 1.2, -1.26, 1.47, -1.89], ["c", 0.03, -0.09, 0.3, -1.2, 0.57, -2.43], ["l", 0.51, -2.28], ["l", -0.54, 0.18], ["c", -1.11, 0.36, -1.8, 0.48, -2.61, 0.48], ["c", -0.66, 0, -0.84, -0.03, -1.32, -0.27], ["c", -1.32, -0.63, -1.77, -2.16, -1.02, -3.3], ["c", 0.36, -0.54, 0.96, -0.87, 1.65, -0.93], ["c", 0.54, -0.03, 1.02, 0.15, 1.41, 0.54], ["c", 0.27, 0.3, 0.39, 0.54, 0.57, 1.26], ["c", 0.15, 0.63, 0.21, 0.81, 0.33, 0.96], ["c", 0.21, 0.21, 0.54, 0.3, 0.75, 0.18], ["c", 0.36, -0.18, 0.93, -0.93, 1.29, -1.68], ["c", 0.12, -0.24, 0.18, -0.48, 0.63, -2.55], ["l", 0.51, -2.31], ["c", 0, -0.03, -0.18, 0.03, -0.39, 0.12], ["c", -1.14, 0.36, -2.1, 0.54, -2.82, 0.51], ["c", -0.42, -0.03, -0.75, -0.12, -1.11, -0.3], ["c", -1.32, -0.63, -1.77, -2.16, -1.02, -3.3], ["c", 0.33, -0.45, 0.84, -0.81, 1.38, -0.9], ["z"]], w: 12.453, h: 36.383 },
      "rests.128th": { d: [["M", 6.03, -21.12], ["c", 0.66, -0.09, 1.23, 0.09, 1.68, 0.51], ["c", 0.27, 0.3, 0.39, 0.54, 0.57, 1.26], ["c", 0.09, 0.33, 0.18, 0.66, 0.21, 0.72], ["c", 0.12, 0.27, 0.33, 0.45, 0.6, 0.48], ["c", 0.21, 0, 0.33, -0.06, 0.54, -0.36], ["c", 0.15, -0.21, 0.54, -0.93, 0.78, -1.47], ["c", 0.15, -0.33, 0.18, -0.39, 0.3, -0.48], ["c", 0.18, -0.09, 0.45, 0, 0.51, 0.15], ["c", 0.03, 0.09, -7.11, 42.75, -7.17, 42.84], ["c", -0.03, 0.03, -0.15, 0.09, -0.24, 0.15], ["c", -0.18, 0.06, -0.24, 0.06, -0.45, 0.06], ["c", -0.24, 0, -0.3, 0, -0.48, -0.06], ["c", -0.09, -0.06, -0.21, -0.12, -0.21, -0.15], ["c", -0.06, -0.03, 0.03, -0.57, 0.84, -4.98], ["c", 0.51, -2.7, 0.93, -4.92, 0.9, -4.92], ["c", 0, 0, -0.15, 0.06, -0.36, 0.12], ["c", -0.78, 0.27, -1.62, 0.48, -2.31, 0.57], ["c", -0.15, 0.03, -0.54, 0.03, -0.81, 0.03], ["c", -0.66, 0, -0.84, -0.03, -1.32, -0.27], ["c", -1.32, -0.63, -1.77, -2.16, -1.02, -3.3], ["c", 0.36, -0.54, 0.96, -0.87, 1.65, -0.93], ["c", 0.54, -0.03, 1.02, 0.15, 1.41, 0.54], ["c", 0.27, 0.3, 0.39, 0.54, 0.57, 1.26], ["c", 0.09, 0.33, 0.18, 0.66, 0.21, 0.72], ["c", 0.12, 0.27, 0.33, 0.45, 0.63, 0.48], ["c", 0.12, 0, 0.18, 0, 0.3, -0.09], ["c", 0.42, -0.21, 1.14, -1.11, 1.5, -1.83], ["c", 0.12, -0.27, 0.12, -0.27, 0.54, -2.52], ["c", 0.24, -1.23, 0.42, -2.25, 0.39, -2.25], ["c", 0, 0, -0.24, 0.06, -0.51, 0.18], ["c", -1.26, 0.39, -2.25, 0.57, -3.06, 0.54], ["c", -0.42, -0.03, -0.75, -0.12, -1.11, -0.3], ["c", -1.32, -0.63, -1.77, -2.16, -1.02, -3.3], ["c", 0.36, -0.54, 0.96, -0.87, 1.65, -0.93], ["c", 0.54, -0.03, 1.02, 0.15, 1.41, 0.54], ["c", 0.27, 0.3, 0.39, 0.54, 0.57, 1.26], ["c", 0.15, 0.63, 0.21, 0.81, 0.33, 0.96], ["c", 0.18, 0.21, 0.51, 0.3, 0.75, 0.18], ["c", 0.36, -0.15, 1.05, -0.99, 1.41, -1.77], ["l", 0.15, -0.3], ["l", 0.42, -2.25], ["c", 0.21, -1.26, 0.42, -2.28, 0.39, -2.28], ["l", -0.51, 0.15], ["c", -1.11, 0.39, -1.89, 0.51, -2.7, 0.51], ["c", -0.66, 0, -0.84, -0.03, -1.32, -0.27], ["c", -1.32, -0.63, -1.77, -2.16, -1.02, -3.3], ["c", 0.36, -0.54, 0.96, -0.87, 1.65, -0.93], ["c", 0.54, -0.03, 1.02, 0.15, 1.41, 0.54], ["c", 0.27, 0.3, 0.39, 0.54, 0.57, 1.26], ["c", 0.15, 0.63, 0.21, 0.81, 0.33, 0.96], ["c", 0.18, 0.18, 0.48, 0.27, 0.72, 0.21], ["c", 0.33, -0.12, 1.14, -1.26, 1.41, -1.95], ["c", 0, -0.09, 0.21, -1.11, 0.45, -2.34], ["c", 0.21, -1.2, 0.39, -2.22, 0.39, -2.28], ["c", 0.03, -0.03, 0, -0.03, -0.45, 0.12], ["c", -0.57, 0.18, -1.2, 0.33, -1.71, 0.42], ["c", -0.3, 0.06, -0.51, 0.06, -0.93, 0.06], ["c", -0.66, 0, -0.84, -0.03, -1.32, -0.27], ["c", -1.32, -0.63, -1.77, -2.16, -1.02, -3.3], ["c", 0.36, -0.54, 0.96, -0.87, 1.65, -0.93], ["c", 0.54, -0.03, 1.02, 0.15, 1.41, 0.54], ["c", 0.27, 0.3, 0.39, 0.54, 0.57, 1.26], ["c", 0.09, 0.33, 0.18, 0.66, 0.21, 0.72], ["c", 0.12, 0.27, 0.33, 0.45, 0.6, 0.48], ["c", 0.18, 0, 0.36, -0.09, 0.57, -0.33], ["c", 0.33, -0.36, 0.78, -1.14, 0.93, -1.56], ["c", 0.03, -0.12, 0.24, -1.2, 0.45, -2.4], ["c", 0.24, -1.2, 0.42, -2.22, 0.42, -2.28], ["c", 0.03, -0.03, 0, -0.03, -0.39, 0.09], ["c", -1.05, 0.36, -1.8, 0.48, -2.58, 0.48], ["c", -0.63, 0, -0.84, -0.03, -1.29, -0.27], ["c", -1.32, -0.63, -1.77, -2.16, -1.02, -3.3], ["c", 0.33, -0.45, 0.84, -0.81, 1.38, -0.9], ["z"]], w: 12.992, h: 43.883 },
      "accidentals.sharp": { d: [["M", 5.73, -11.19], ["c", 0.21, -0.12, 0.54, -0.03, 0.66, 0.24], ["c", 0.06, 0.12, 0.06, 0.21, 0.06, 2.31], ["c", 0, 1.23, 0, 2.22, 0.03, 2.22], ["c", 0, 0, 0.27, -0.12, 0.6, -0.24], ["c", 0.69, -0.27, 0.78, -0.3, 0.96, -0.15], ["c", 0.21, 0.15, 0.21, 0.18, 0.21, 1.38], ["c", 0, 1.02, 0, 1.11, -0.06, 1.2], ["c", -0.03, 0.06, -0.09, 0.12, -0.12, 0.15], ["c", -0.06, 0.03, -0.42, 0.21, -0.84, 0.36], ["l", -0.75, 0.33], ["l", -0.03, 2.43], ["c", 0, 1.32, 0, 2.43, 0.03, 2.43], ["c", 0, 0, 0.27, -0.12, 0.6, -0.24], ["c", 0.69, -0.27, 0.78, -0.3, 0.96, -0.15], ["c", 0.21, 0.15, 0.21, 0.18, 0.21, 1.38], ["c", 0, 1.02, 0, 1.11, -0.06, 1.2], ["c", -0.03, 0.06, -0.09, 0.12, -0.12, 0.15], ["c", -0.06, 0.03, -0.42, 0.21, -0.84, 0.36], ["l", -0.75, 0.33], ["l", -0.03, 2.52], ["c", 0, 2.28, -0.03, 2.55, -0.06, 2.64], ["c", -0.21, 0.36, -0.72, 0.36, -0.93, 0], ["c", -0.03, -0.09, -0.06, -0.33, -0.06, -2.43], ["l", 0, -2.31], ["l", -1.29, 0.51], ["l", -1.26, 0.51], ["l", 0, 2.43], ["c", 0, 2.58, 0, 2.52, -0.15, 2.67], ["c", -0.06, 0.09, -0.27, 0.18, -0.36, 0.18], ["c", -0.12, 0, -0.33, -0.09, -0.39, -0.18], ["c", -0.15, -0.15, -0.15, -0.09, -0.15, -2.43], ["c", 0, -1.23, 0, -2.22, -0.03, -2.22], ["c", 0, 0, -0.27, 0.12, -0.6, 0.24], ["c", -0.69, 0.27, -0.78, 0.3, -0.96, 0.15], ["c", -0.21, -0.15, -0.21, -0.18, -0.21, -1.38], ["c", 0, -1.02, 0, -1.11, 0.06, -1.2], ["c", 0.03, -0.06, 0.09, -0.12, 0.12, -0.15], ["c", 0.06, -0.03, 0.42, -0.21, 0.84, -0.36], ["l", 0.78, -0.33], ["l", 0, -2.43], ["c", 0, -1.32, 0, -2.43, -0.03, -2.43], ["c", 0, 0, -0.27, 0.12, -0.6, 0.24], ["c", -0.69, 0.27, -0.78, 0.3, -0.96, 0.15], ["c", -0.21, -0.15, -0.21, -0.18, -0.21, -1.38], ["c", 0, -1.02, 0, -1.11, 0.06, -1.2], ["c", 0.03, -0.06, 0.09, -0.12, 0.12, -0.15], ["c", 0.06, -0.03, 0.42, -0.21, 0.84, -0.36], ["l", 0.78, -0.33], ["l", 0, -2.52], ["c", 0, -2.28, 0.03, -2.55, 0.06, -2.64], ["c", 0.21, -0.36, 0.72, -0.36, 0.93, 0], ["c", 0.03, 0.09, 0.06, 0.33, 0.06, 2.43], ["l", 0.03, 2.31], ["l", 1.26, -0.51], ["l", 1.26, -0.51], ["l", 0, -2.43], ["c", 0, -2.28, 0, -2.43, 0.06, -2.55], ["c", 0.06, -0.12, 0.12, -0.18, 0.27, -0.24], ["z"], ["m", -0.33, 10.65], ["l", 0, -2.43], ["l", -1.29, 0.51], ["l", -1.26, 0.51], ["l", 0, 2.46], ["l", 0, 2.43], ["l", 0.09, -0.03], ["c", 0.06, -0.03, 0.63, -0.27, 1.29, -0.51], ["l", 1.17, -0.48], ["l", 0, -2.46], ["z"]], w: 8.25, h: 22.462 },
      "accidentals.halfsharp": { d: [["M", 2.43, -10.05], ["c", 0.21, -0.12, 0.54, -0.03, 0.66, 0.24], ["c", 0.06, 0.12, 0.06, 0.21, 0.06, 2.01], ["c", 0, 1.05, 0, 1.89, 0.03, 1.89], ["l", 0.72, -0.48], ["c", 0.69, -0.48, 0.69, -0.51, 0.87, -0.51], ["c", 0.15, 0, 0.18, 0.03, 0.27, 0.09], ["c", 0.21, 0.15, 0.21, 0.18, 0.21, 1.41], ["c", 0, 1.11, -0.03, 1.14, -0.09, 1.23], ["c", -0.03, 0.03, -0.48, 0.39, -1.02, 0.75], ["l", -0.99, 0.66], ["l", 0, 2.37], ["c", 0, 1.32, 0, 2.37, 0.03, 2.37], ["l", 0.72, -0.48], ["c", 0.69, -0.48, 0.69, -0.51, 0.87, -0.51], ["c", 0.15, 0, 0.18, 0.03, 0.27, 0.09], ["c", 0.21, 0.15, 0.21, 0.18, 0.21, 1.41], ["c", 0, 1.11, -0.03, 1.14, -0.09, 1.23], ["c", -0.03, 0.03, -0.48, 0.39, -1.02, 0.75], ["l", -0.99, 0.66], ["l", 0, 2.25], ["c", 0, 1.95, 0, 2.28, -0.06, 2.37], ["c", -0.06, 0.12, -0.12, 0.21, -0.24, 0.27], ["c", -0.27, 0.12, -0.54, 0.03, -0.69, -0.24], ["c", -0.06, -0.12, -0.06, -0.21, -0.06, -2.01], ["c", 0, -1.05, 0, -1.89, -0.03, -1.89], ["l", -0.72, 0.48], ["c", -0.69, 0.48, -0.69, 0.48, -0.87, 0.48], ["c", -0.15, 0, -0.18, 0, -0.27, -0.06], ["c", -0.21, -0.15, -0.21, -0.18, -0.21, -1.41], ["c", 0, -1.11, 0.03, -1.14, 0.09, -1.23], ["c", 0.03, -0.03, 0.48, -0.39, 1.02, -0.75], ["l", 0.99, -0.66], ["l", 0, -2.37], ["c", 0, -1.32, 0, -2.37, -0.03, -2.37], ["l", -0.72, 0.48], ["c", -0.69, 0.48, -0.69, 0.48, -0.87, 0.48], ["c", -0.15, 0, -0.18, 0, -0.27, -0.06], ["c", -0.21, -0.15, -0.21, -0.18, -0.21, -1.41], ["c", 0, -1.11, 0.03, -1.14, 0.09, -1.23], ["c", 0.03, -0.03, 0.48, -0.39, 1.02, -0.75], ["l", 0.99, -0.66], ["l", 0, -2.25], ["c", 0, -2.13, 0, -2.28, 0.06, -2.4], ["c", 0.06, -0.12, 0.12, -0.18, 0.27, -0.24], ["z"]], w: 5.25, h: 20.174 },
      "accidentals.nat": { d: [["M", 0.21, -11.4], ["c", 0.24, -0.06, 0.78, 0, 0.99, 0.15], ["c", 0.03, 0.03, 0.03, 0.48, 0, 2.61], ["c", -0.03, 1.44, -0.03, 2.61, -0.03, 2.61], ["c", 0, 0.03, 0.75, -0.09, 1.68, -0.24], ["c", 0.96, -0.18, 1.71, -0.27, 1.74, -0.27], ["c", 0.15, 0.03, 0.27, 0.15, 0.36, 0.3], ["l", 0.06, 0.12], ["l", 0.09, 8.67], ["c", 0.09, 6.96, 0.12, 8.67, 0.09, 8.67], ["c", -0.03, 0.03, -0.12, 0.06, -0.21, 0.09], ["c", -0.24, 0.09, -0.72, 0.09, -0.96, 0], ["c", -0.09, -0.03, -0.18, -0.06, -0.21, -0.09], ["c", -0.03, -0.03, -0.03, -0.48, 0, -2.61], ["c", 0.03, -1.44, 0.03, -2.61, 0.03, -2.61], ["c", 0, -0.03, -0.75, 0.09, -1.68, 0.24], ["c", -0.96, 0.18, -1.71, 0.27, -1.74, 0.27], ["c", -0.15, -0.03, -0.27, -0.15, -0.36, -0.3], ["l", -0.06, -0.15], ["l", -0.09, -7.53], ["c", -0.06, -4.14, -0.09, -8.04, -0.12, -8.67], ["l", 0, -1.11], ["l", 0.15, -0.06], ["c", 0.09, -0.03, 0.21, -0.06, 0.27, -0.09], ["z"], ["m", 3.75, 8.4], ["c", 0, -0.33, 0, -0.42, -0.03, -0.42], ["c", -0.12, 0, -2.79, 0.45, -2.79, 0.48], ["c", -0.03, 0, -0.09, 6.3, -0.09, 6.33], ["c", 0.03, 0, 2.79, -0.45, 2.82, -0.48], ["c", 0, 0, 0.09, -4.53, 0.09, -5.91], ["z"]], w: 5.4, h: 22.8 },
      "accidentals.flat": { d: [["M", -0.36, -14.07], ["c", 0.33, -0.06, 0.87, 0, 1.08, 0.15], ["c", 0.06, 0.03, 0.06, 0.36, -0.03, 5.25], ["c", -0.06, 2.85, -0.09, 5.19, -0.09, 5.19], ["c", 0, 0.03, 0.12, -0.03, 0.24, -0.12], ["c", 0.63, -0.42, 1.41, -0.66, 2.19, -0.72], ["c", 0.81, -0.03, 1.47, 0.21, 2.04, 0.78], ["c", 0.57, 0.54, 0.87, 1.26, 0.93, 2.04], ["c", 0.03, 0.57, -0.09, 1.08, -0.36, 1.62], ["c", -0.42, 0.81, -1.02, 1.38, -2.82, 2.61], ["c", -1.14, 0.78, -1.44, 1.02, -1.8, 1.44], ["c", -0.18, 0.18, -0.39, 0.39, -0.45, 0.42], ["c", -0.27, 0.18, -0.57, 0.15, -0.81, -0.06], ["c", -0.06, -0.09, -0.12, -0.18, -0.15, -0.27], ["c", -0.03, -0.06, -0.09, -3.27, -0.18, -8.34], ["c", -0.09, -4.53, -0.15, -8.58, -0.18, -9.03], ["l", 0, -0.78], ["l", 0.12, -0.06], ["c", 0.06, -0.03, 0.18, -0.09, 0.27, -0.12], ["z"], ["m", 3.18, 11.01], ["c", -0.21, -0.12, -0.54, -0.15, -0.81, -0.06], ["c", -0.54, 0.15, -0.99, 0.63, -1.17, 1.26], ["c", -0.06, 0.3, -0.12, 2.88, -0.06, 3.87], ["c", 0.03, 0.42, 0.03, 0.81, 0.06, 0.9], ["l", 0.03, 0.12], ["l", 0.45, -0.39], ["c", 0.63, -0.54, 1.26, -1.17, 1.56, -1.59], ["c", 0.3, -0.42, 0.6, -0.99, 0.72, -1.41], ["c", 0.18, -0.69, 0.09, -1.47, -0.18, -2.07], ["c", -0.15, -0.3, -0.33, -0.51, -0.6, -0.63], ["z"]], w: 6.75, h: 18.801 },
      "accidentals.halfflat": { d: [["M", 4.83, -14.07], ["c", 0.33, -0.06, 0.87, 0, 1.08, 0.15], ["c", 0.06, 0.03, 0.06, 0.6, -0.12, 9.06], ["c", -0.09, 5.55, -0.15, 9.06, -0.18, 9.12], ["c", -0.03, 0.09, -0.09, 0.18, -0.15, 0.27], ["c", -0.24, 0.21, -0.54, 0.24, -0.81, 0.06], ["c", -0.06, -0.03, -0.27, -0.24, -0.45, -0.42], ["c", -0.36, -0.42, -0.66, -0.66, -1.8, -1.44], ["c", -1.23, -0.84, -1.83, -1.32, -2.25, -1.77], ["c", -0.66, -0.78, -0.96, -1.56, -0.93, -2.46], ["c", 0.09, -1.41, 1.11, -2.58, 2.4, -2.79], ["c", 0.3, -0.06, 0.84, -0.03, 1.23, 0.06], ["c", 0.54, 0.12, 1.08, 0.33, 1.53, 0.63], ["c", 0.12, 0.09, 0.24, 0.15, 0.24, 0.12], ["c", 0, 0, -0.12, -8.37, -0.18, -9.75], ["l", 0, -0.66], ["l", 0.12, -0.06], ["c", 0.06, -0.03, 0.18, -0.09, 0.27, -0.12], ["z"], ["m", -1.65, 10.95], ["c", -0.6, -0.18, -1.08, 0.09, -1.38, 0.69], ["c", -0.27, 0.6, -0.36, 1.38, -0.18, 2.07], ["c", 0.12, 0.42, 0.42, 0.99, 0.72, 1.41], ["c", 0.3, 0.42, 0.93, 1.05, 1.56, 1.59], ["l", 0.48, 0.39], ["l", 0, -0.12], ["c", 0.03, -0.09, 0.03, -0.48, 0.06, -0.9], ["c", 0.03, -0.57, 0.03, -1.08, 0, -2.22], ["c", -0.03, -1.62, -0.03, -1.62, -0.24, -2.07], ["c", -0.21, -0.42, -0.6, -0.75, -1.02, -0.84], ["z"]], w: 6.728, h: 18.801 },
      "accidentals.dblflat": { d: [["M", -0.36, -14.07], ["c", 0.33, -0.06, 0.87, 0, 1.08, 0.15], ["c", 0.06, 0.03, 0.06, 0.36, -0.03, 5.25], ["c", -0.06, 2.85, -0.09, 5.19, -0.09, 5.19], ["c", 0, 0.03, 0.12, -0.03, 0.24, -0.12], ["c", 0.63, -0.42, 1.41, -0.66, 2.19, -0.72], ["c", 0.81, -0.03, 1.47, 0.21, 2.04, 0.78], ["c", 0.57, 0.54, 0.87, 1.26, 0.93, 2.04], ["c", 0.03, 0.57, -0.09, 1.08, -0.36, 1.62], ["c", -0.42, 0.81, -1.02, 1.38, -2.82, 2.61], ["c", -1.14, 0.78, -1.44, 1.02, -1.8, 1.44], ["c", -0.18, 0.18, -0.39, 0.39, -0.45, 0.42], ["c", -0.27, 0.18, -0.57, 0.15, -0.81, -0.06], ["c", -0.06, -0.09, -0.12, -0.18, -0.15, -0.27], ["c", -0.03, -0.06, -0.09, -3.27, -0.18, -8.34], ["c", -0.09, -4.53, -0.15, -8.58, -0.18, -9.03], ["l", 0, -0.78], ["l", 0.12, -0.06], ["c", 0.06, -0.03, 0.18, -0.09, 0.27, -0.12], ["z"], ["m", 3.18, 11.01], ["c", -0.21, -0.12, -0.54, -0.15, -0.81, -0.06], ["c", -0.54, 0.15, -0.99, 0.63, -1.17, 1.26], ["c", -0.06, 0.3, -0.12, 2.88, -0.06, 3.87], ["c", 0.03, 0.42, 0.03, 0.81, 0.06, 0.9], ["l", 0.03, 0.12], ["l", 0.45, -0.39], ["c", 0.63, -0.54, 1.26, -1.17, 1.56, -1.59], ["c", 0.3, -0.42, 0.6, -0.99, 0.72, -1.41], ["c", 0.18, -0.69, 0.09, -1.47, -0.18, -2.07], ["c", -0.15, -0.3, -0.33, -0.51, -0.6, -0.63], ["z"], ["m", 3, -11], ["c", 0.33, -0.06, 0.87, 0, 1.08, 0.15], ["c", 0.06, 0.03, 0.06, 0.36, -0.03, 5.25], ["c", -0.06, 2.85, -0.09, 5.19, -0.09, 5.19], ["c", 0, 0.03, 0.12, -0.03, 0.24, -0.12], ["c", 0.63, -0.42, 1.41, -0.66, 2.19, -0.72], ["c", 0.81, -0.03, 1.47, 0.21, 2.04, 0.78], ["c", 0.57, 0.54, 0.87, 1.26, 0.93, 2.04], ["c", 0.03, 0.57, -0.09, 1.08, -0.36, 1.62], ["c", -0.42, 0.81, -1.02, 1.38, -2.82, 2.61], ["c", -1.14, 0.78, -1.44, 1.02, -1.8, 1.44], ["c", -0.18, 0.18, -0.39, 0.39, -0.45, 0.42], ["c", -0.27, 0.18, -0.57, 0.15, -0.81, -0.06], ["c", -0.06, -0.09, -0.12, -0.18, -0.15, -0.27], ["c", -0.03, -0.06, -0.09, -3.27, -0.18, -8.34], ["c", -0.09, -4.53, -0.15, -8.58, -0.18, -9.03], ["l", 0, -0.78], ["l", 0.12, -0.06], ["c", 0.06, -0.03, 0.18, -0.09, 0.27, -0.12], ["z"], ["m", 3.18, 11.01], ["c", -0.21, -0.12, -0.54, -0.15, -0.81, -0.06], ["c", -0.54, 0.15, -0.99, 0.63, -1.17, 1.26], ["c", -0.06, 0.3, -0.12, 2.88, -0.06, 3.87], ["c", 0.03, 0.42, 0.03, 0.81, 0.06, 0.9], ["l", 0.03, 0.12], ["l", 0.45, -0.39], ["c", 0.63, -0.54, 1.26, -1.17, 1.56, -1.59], ["c", 0.3, -0.42, 0.6, -0.99, 0.72, -1.41], ["c", 0.18, -0.69, 0.09, -1.47, -0.18, -2.07], ["c", -0.15, -0.3, -0.33, -0.51, -0.6, -0.63], ["z"]], w: 12.1, h: 18.804 },
      "accidentals.dblsharp": { d: [["M", -0.18, -3.96], ["c", 0.06, -0.03, 0.12, -0.06, 0.15, -0.06], ["c", 0.09, 0, 2.76, 0.27, 2.79, 0.3], ["c", 0.12, 0.03, 0.15, 0.12, 0.15, 0.51], ["c", 0.06, 0.96, 0.24, 1.59, 0.57, 2.1], ["c", 0.06, 0.09, 0.15, 0.21, 0.18, 0.24], ["l", 0.09, 0.06], ["l", 0.09, -0.06], ["c", 0.03, -0.03, 0.12, -0.15, 0.18, -0.24], ["c", 0.33, -0.51, 0.51, -1.14, 0.57, -2.1], ["c", 0, -0.39, 0.03, -0.45, 0.12, -0.51], ["c", 0.03, 0, 0.66, -0.09, 1.44, -0.15], ["c", 1.47, -0.15, 1.5, -0.15, 1.56, -0.03], ["c", 0.03, 0.06, 0, 0.42, -0.09, 1.44], ["c", -0.09, 0.72, -0.15, 1.35, -0.15, 1.38], ["c", 0, 0.03, -0.03, 0.09, -0.06, 0.12], ["c", -0.06, 0.06, -0.12, 0.09, -0.51, 0.09], ["c", -1.08, 0.06, -1.8, 0.3, -2.28, 0.75], ["l", -0.12, 0.09], ["l", 0.09, 0.09], ["c", 0.12, 0.15, 0.39, 0.33, 0.63, 0.45], ["c", 0.42, 0.18, 0.96, 0.27, 1.68, 0.33], ["c", 0.39, 0, 0.45, 0.03, 0.51, 0.09], ["c", 0.03, 0.03, 0.06, 0.09, 0.06, 0.12], ["c", 0, 0.03, 0.06, 0.66, 0.15, 1.38], ["c", 0.09, 1.02, 0.12, 1.38, 0.09, 1.44], ["c", -0.06, 0.12, -0.09, 0.12, -1.56, -0.03], ["c", -0.78, -0.06, -1.41, -0.15, -1.44, -0.15], ["c", -0.09, -0.06, -0.12, -0.12, -0.12, -0.54], ["c", -0.06, -0.93, -0.24, -1.56, -0.57, -2.07], ["c", -0.06, -0.09, -0.15, -0.21, -0.18, -0.24], ["l", -0.09, -0.06], ["l", -0.09, 0.06], ["c", -0.03, 0.03, -0.12, 0.15, -0.18, 0.24], ["c", -0.33, 0.51, -0.51, 1.14, -0.57, 2.07], ["c", 0, 0.42, -0.03, 0.48, -0.12, 0.54], ["c", -0.03, 0, -0.66, 0.09, -1.44, 0.15], ["c", -1.47, 0.15, -1.5, 0.15, -1.56, 0.03], ["c", -0.03, -0.06, 0, -0.42, 0.09, -1.44], ["c", 0.09, -0.72, 0.15, -1.35, 0.15, -1.38], ["c", 0, -0.03, 0.03, -0.09, 0.06, -0.12], ["c", 0.06, -0.06, 0.12, -0.09, 0.51, -0.09], ["c", 0.72, -0.06, 1.26, -0.15, 1.68, -0.33], ["c", 0.24, -0.12, 0.51, -0.3, 0.63, -0.45], ["l", 0.09, -0.09], ["l", -0.12, -0.09], ["c", -0.48, -0.45, -1.2, -0.69, -2.28, -0.75], ["c", -0.39, 0, -0.45, -0.03, -0.51, -0.09], ["c", -0.03, -0.03, -0.06, -0.09, -0.06, -0.12], ["c", 0, -0.03, -0.06, -0.63, -0.12, -1.38], ["c", -0.09, -0.72, -0.15, -1.35, -0.15, -1.38], ["z"]], w: 7.95, h: 7.977 },
      "dots.dot": { d: [["M", 1.32, -1.68], ["c", 0.09, -0.03, 0.27, -0.06, 0.39, -0.06], ["c", 0.96, 0, 1.74, 0.78, 1.74, 1.71], ["c", 0, 0.96, -0.78, 1.74, -1.71, 1.74], ["c", -0.96, 0, -1.74, -0.78, -1.74, -1.71], ["c", 0, -0.78, 0.54, -1.5, 1.32, -1.68], ["z"]], w: 3.45, h: 3.45 },
      "noteheads.dbl": { d: [["M", -0.69, -4.02], ["c", 0.18, -0.09, 0.36, -0.09, 0.54, 0], ["c", 0.18, 0.09, 0.24, 0.15, 0.33, 0.3], ["c", 0.06, 0.15, 0.06, 0.18, 0.06, 1.41], ["l", 0, 1.23], ["l", 0.12, -0.18], ["c", 0.72, -1.26, 2.64, -2.31, 4.86, -2.64], ["c", 0.81, -0.15, 1.11, -0.15, 2.13, -0.15], ["c", 0.99, 0, 1.29, 0, 2.1, 0.15], ["c", 0.75, 0.12, 1.38, 0.27, 2.04, 0.54], ["c", 1.35, 0.51, 2.34, 1.26, 2.82, 2.1], ["l", 0.12, 0.18], ["l", 0, -1.23], ["c", 0, -1.2, 0, -1.26, 0.06, -1.38], ["c", 0.09, -0.18, 0.15, -0.24, 0.33, -0.33], ["c", 0.18, -0.09, 0.36, -0.09, 0.54, 0], ["c", 0.18, 0.09, 0.24, 0.15, 0.33, 0.3], ["l", 0.06, 0.15], ["l", 0, 3.54], ["l", 0, 3.54], ["l", -0.06, 0.15], ["c", -0.09, 0.18, -0.15, 0.24, -0.33, 0.33], ["c", -0.18, 0.09, -0.36, 0.09, -0.54, 0], ["c", -0.18, -0.09, -0.24, -0.15, -0.33, -0.33], ["c", -0.06, -0.12, -0.06, -0.18, -0.06, -1.38], ["l", 0, -1.23], ["l", -0.12, 0.18], ["c", -0.48, 0.84, -1.47, 1.59, -2.82, 2.1], ["c", -0.84, 0.33, -1.71, 0.54, -2.85, 0.66], ["c", -0.45, 0.06, -2.16, 0.06, -2.61, 0], ["c", -1.14, -0.12, -2.01, -0.33, -2.85, -0.66], ["c", -1.35, -0.51, -2.34, -1.26, -2.82, -2.1], ["l", -0.12, -0.18], ["l", 0, 1.23], ["c", 0, 1.23, 0, 1.26, -0.06, 1.38], ["c", -0.09, 0.18, -0.15, 0.24, -0.33, 0.33], ["c", -0.18, 0.09, -0.36, 0.09, -0.54, 0], ["c", -0.18, -0.09, -0.24, -0.15, -0.33, -0.33], ["l", -0.06, -0.15], ["l", 0, -3.54], ["c", 0, -3.48, 0, -3.54, 0.06, -3.66], ["c", 0.09, -0.18, 0.15, -0.24, 0.33, -0.33], ["z"], ["m", 7.71, 0.63], ["c", -0.36, -0.06, -0.9, -0.06, -1.14, 0], ["c", -0.3, 0.03, -0.66, 0.24, -0.87, 0.42], ["c", -0.6, 0.54, -0.9, 1.62, -0.75, 2.82], ["c", 0.12, 0.93, 0.51, 1.68, 1.11, 2.31], ["c", 0.75, 0.72, 1.83, 1.2, 2.85, 1.26], ["c", 1.05, 0.06, 1.83, -0.54, 2.1, -1.65], ["c", 0.21, -0.9, 0.12, -1.95, -0.24, -2.82], ["c", -0.36, -0.81, -1.08, -1.53, -1.95, -1.95], ["c", -0.3, -0.15, -0.78, -0.3, -1.11, -0.39], ["z"]], w: 16.83, h: 8.145 },
      "noteheads.whole": { d: [["M", 6.51, -4.05], ["c", 0.51, -0.03, 2.01, 0, 2.52, 0.03], ["c", 1.41, 0.18, 2.64, 0.51, 3.72, 1.08], ["c", 1.2, 0.63, 1.95, 1.41, 2.19, 2.31], ["c", 0.09, 0.33, 0.09, 0.9, 0, 1.23], ["c", -0.24, 0.9, -0.99, 1.68, -2.19, 2.31], ["c", -1.08, 0.57, -2.28, 0.9, -3.75, 1.08], ["c", -0.66, 0.06, -2.31, 0.06, -2.97, 0], ["c", -1.47, -0.18, -2.67, -0.51, -3.75, -1.08], ["c", -1.2, -0.63, -1.95, -1.41, -2.19, -2.31], ["c", -0.09, -0.33, -0.09, -0.9, 0, -1.23], ["c", 0.24, -0.9, 0.99, -1.68, 2.19, -2.31], ["c", 1.2, -0.63, 2.61, -0.99, 4.23, -1.11], ["z"], ["m", 0.57, 0.66], ["c", -0.87, -0.15, -1.53, 0, -2.04, 0.51], ["c", -0.15, 0.15, -0.24, 0.27, -0.33, 0.48], ["c", -0.24, 0.51, -0.36, 1.08, -0.33, 1.77], ["c", 0.03, 0.69, 0.18, 1.26, 0.42, 1.77], ["c", 0.6, 1.17, 1.74, 1.98, 3.18, 2.22], ["c", 1.11, 0.21, 1.95, -0.15, 2.34, -0.99], ["c", 0.24, -0.51, 0.36, -1.08, 0.33, -1.8], ["c", -0.06, -1.11, -0.45, -2.04, -1.17, -2.76], ["c", -0.63, -0.63, -1.47, -1.05, -2.4, -1.2], ["z"]], w: 14.985, h: 8.097 },
      "noteheads.half": { d: [["M", 7.44, -4.05], ["c", 0.06, -0.03, 0.27, -0.03, 0.48, -0.03], ["c", 1.05, 0, 1.71, 0.24, 2.1, 0.81], ["c", 0.42, 0.6, 0.45, 1.35, 0.18, 2.4], ["c", -0.42, 1.59, -1.14, 2.73, -2.16, 3.39], ["c", -1.41, 0.93, -3.18, 1.44, -5.4, 1.53], ["c", -1.17, 0.03, -1.89, -0.21, -2.28, -0.81], ["c", -0.42, -0.6, -0.45, -1.35, -0.18, -2.4], ["c", 0.42, -1.59, 1.14, -2.73, 2.16, -3.39], ["c", 0.63, -0.42, 1.23, -0.72, 1.98, -0.96], ["c", 0.9, -0.3, 1.65, -0.42, 3.12, -0.54], ["z"], ["m", 1.29, 0.87], ["c", -0.27, -0.09, -0.63, -0.12, -0.9, -0.03], ["c", -0.72, 0.24, -1.53, 0.69, -3.27, 1.8], ["c", -2.34, 1.5, -3.3, 2.25, -3.57, 2.79], ["c", -0.36, 0.72, -0.06, 1.5, 0.66, 1.77], ["c", 0.24, 0.12, 0.69, 0.09, 0.99, 0], ["c", 0.84, -0.3, 1.92, -0.93, 4.14, -2.37], ["c", 1.62, -1.08, 2.37, -1.71, 2.61, -2.19], ["c", 0.36, -0.72, 0.06, -1.5, -0.66, -1.77], ["z"]], w: 10.37, h: 8.132 },
      "noteheads.quarter": { d: [["M", 6.09, -4.05], ["c", 0.36, -0.03, 1.2, 0, 1.53, 0.06], ["c", 1.17, 0.24, 1.89, 0.84, 2.16, 1.83], ["c", 0.06, 0.18, 0.06, 0.3, 0.06, 0.66], ["c", 0, 0.45, 0, 0.63, -0.15, 1.08], ["c", -0.66, 2.04, -3.06, 3.93, -5.52, 4.38], ["c", -0.54, 0.09, -1.44, 0.09, -1.83, 0.03], ["c", -1.23, -0.27, -1.98, -0.87, -2.25, -1.86], ["c", -0.06, -0.18, -0.06, -0.3, -0.06, -0.66], ["c", 0, -0.45, 0, -0.63, 0.15, -1.08], ["c", 0.24, -0.78, 0.75, -1.53, 1.44, -2.22], ["c", 1.2, -1.2, 2.85, -2.01, 4.47, -2.22], ["z"]], w: 9.81, h: 8.094 },
      "noteheads.slash.nostem": { d: [["M", 9.3, -7.77], ["c", 0.06, -0.06, 0.18, -0.06, 1.71, -0.06], ["l", 1.65, 0], ["l", 0.09, 0.09], ["c", 0.06, 0.06, 0.06, 0.09, 0.06, 0.15], ["c", -0.03, 0.12, -9.21, 15.24, -9.3, 15.33], ["c", -0.06, 0.06, -0.18, 0.06, -1.71, 0.06], ["l", -1.65, 0], ["l", -0.09, -0.09], ["c", -0.06, -0.06, -0.06, -0.09, -0.06, -0.15], ["c", 0.03, -0.12, 9.21, -15.24, 9.3, -15.33], ["z"]], w: 12.81, h: 15.63 },
      "noteheads.indeterminate": { d: [["M", 0.78, -4.05], ["c", 0.12, -0.03, 0.24, -0.03, 0.36, 0.03], ["c", 0.03, 0.03, 0.93, 0.72, 1.95, 1.56], ["l", 1.86, 1.5], ["l", 1.86, -1.5], ["c", 1.02, -0.84, 1.92, -1.53, 1.95, -1.56], ["c", 0.21, -0.12, 0.33, -0.09, 0.75, 0.24], ["c", 0.3, 0.27, 0.36, 0.36, 0.36, 0.54], ["c", 0, 0.03, -0.03, 0.12, -0.06, 0.18], ["c", -0.03, 0.06, -0.9, 0.75, -1.89, 1.56], ["l", -1.8, 1.47], ["c", 0, 0.03, 0.81, 0.69, 1.8, 1.5], ["c", 0.99, 0.81, 1.86, 1.5, 1.89, 1.56], ["c", 0.03, 0.06, 0.06, 0.15, 0.06, 0.18], ["c", 0, 0.18, -0.06, 0.27, -0.36, 0.54], ["c", -0.42, 0.33, -0.54, 0.36, -0.75, 0.24], ["c", -0.03, -0.03, -0.93, -0.72, -1.95, -1.56], ["l", -1.86, -1.5], ["l", -1.86, 1.5], ["c", -1.02, 0.84, -1.92, 1.53, -1.95, 1.56], ["c", -0.21, 0.12, -0.33, 0.09, -0.75, -0.24], ["c", -0.3, -0.27, -0.36, -0.36, -0.36, -0.54], ["c", 0, -0.03, 0.03, -0.12, 0.06, -0.18], ["c", 0.03, -0.06, 0.9, -0.75, 1.89, -1.56], ["l", 1.8, -1.47], ["c", 0, -0.03, -0.81, -0.69, -1.8, -1.5], ["c", -0.99, -0.81, -1.86, -1.5, -1.89, -1.56], ["c", -0.06, -0.12, -0.09, -0.21, -0.03, -0.36], ["c", 0.03, -0.09, 0.57, -0.57, 0.72, -0.63], ["z"]], w: 9.843, h: 8.139 },
      "scripts.ufermata": { d: [["M", -0.75, -10.77], ["c", 0.12, 0, 0.45, -0.03, 0.69, -0.03], ["c", 2.91, -0.03, 5.55, 1.53, 7.41, 4.35], ["c", 1.17, 1.71, 1.95, 3.72, 2.43, 6.03], ["c", 0.12, 0.51, 0.12, 0.57, 0.03, 0.69], ["c", -0.12, 0.21, -0.48, 0.27, -0.69, 0.12], ["c", -0.12, -0.09, -0.18, -0.24, -0.27, -0.69], ["c", -0.78, -3.63, -3.42, -6.54, -6.78, -7.38], ["c", -0.78, -0.21, -1.2, -0.24, -2.07, -0.24], ["c", -0.63, 0, -0.84, 0, -1.2, 0.06], ["c", -1.83, 0.27, -3.42, 1.08, -4.8, 2.37], ["c", -1.41, 1.35, -2.4, 3.21, -2.85, 5.19], ["c", -0.09, 0.45, -0.15, 0.6, -0.27, 0.69], ["c", -0.21, 0.15, -0.57, 0.09, -0.69, -0.12], ["c", -0.09, -0.12, -0.09, -0.18, 0.03, -0.69], ["c", 0.33, -1.62, 0.78, -3, 1.47, -4.38], ["c", 1.77, -3.54, 4.44, -5.67, 7.56, -5.97], ["z"], ["m", 0.33, 7.47], ["c", 1.38, -0.3, 2.58, 0.9, 2.31, 2.25], ["c", -0.15, 0.72, -0.78, 1.35, -1.47, 1.5], ["c", -1.38, 0.27, -2.58, -0.93, -2.31, -2.31], ["c", 0.15, -0.69, 0.78, -1.29, 1.47, -1.44], ["z"]], w: 19.748, h: 11.289 },
      "scripts.dfermata": { d: [["M", -9.63, -0.42], ["c", 0.15, -0.09, 0.36, -0.06, 0.51, 0.03], ["c", 0.12, 0.09, 0.18, 0.24, 0.27, 0.66], ["c", 0.78, 3.66, 3.42, 6.57, 6.78, 7.41], ["c", 0.78, 0.21, 1.2, 0.24, 2.07, 0.24], ["c", 0.63, 0, 0.84, 0, 1.2, -0.06], ["c", 1.83, -0.27, 3.42, -1.08, 4.8, -2.37], ["c", 1.41, -1.35, 2.4, -3.21, 2.85, -5.22], ["c", 0.09, -0.42, 0.15, -0.57, 0.27, -0.66], ["c", 0.21, -0.15, 0.57, -0.09, 0.69, 0.12], ["c", 0.09, 0.12, 0.09, 0.18, -0.03, 0.69], ["c", -0.33, 1.62, -0.78, 3, -1.47, 4.38], ["c", -1.92, 3.84, -4.89, 6, -8.31, 6], ["c", -3.42, 0, -6.39, -2.16, -8.31, -6], ["c", -0.48, -0.96, -0.84, -1.92, -1.14, -2.97], ["c", -0.18, -0.69, -0.42, -1.74, -0.42, -1.92], ["c", 0, -0.12, 0.09, -0.27, 0.24, -0.33], ["z"], ["m", 9.21, 0], ["c", 1.2, -0.27, 2.34, 0.63, 2.34, 1.86], ["c", 0, 0.9, -0.66, 1.68, -1.5, 1.89], ["c", -1.38, 0.27, -2.58, -0.93, -2.31, -2.31], ["c", 0.15, -0.69, 0.78, -1.29, 1.47, -1.44], ["z"]], w: 19.744, h: 11.274 },
      "scripts.sforzato": { d: [["M", -6.45, -3.69], ["c", 0.06, -0.03, 0.15, -0.06, 0.18, -0.06], ["c", 0.06, 0, 2.85, 0.72, 6.24, 1.59], ["l", 6.33, 1.65], ["c", 0.33, 0.06, 0.45, 0.21, 0.45, 0.51], ["c", 0, 0.3, -0.12, 0.45, -0.45, 0.51], ["l", -6.33, 1.65], ["c", -3.39, 0.87, -6.18, 1.59, -6.21, 1.59], ["c", -0.21, 0, -0.48, -0.24, -0.51, -0.45], ["c", 0, -0.15, 0.06, -0.36, 0.18, -0.45], ["c", 0.09, -0.06, 0.87, -0.27, 3.84, -1.05], ["c", 2.04, -0.54, 3.84, -0.99, 4.02, -1.02], ["c", 0.15, -0.06, 1.14, -0.24, 2.22, -0.42], ["c", 1.05, -0.18, 1.92, -0.36, 1.92, -0.36], ["c", 0, 0, -0.87, -0.18, -1.92, -0.36], ["c", -1.08, -0.18, -2.07, -0.36, -2.22, -0.42], ["c", -0.18, -0.03, -1.98, -0.48, -4.02, -1.02], ["c", -2.97, -0.78, -3.75, -0.99, -3.84, -1.05], ["c", -0.12, -0.09, -0.18, -0.3, -0.18, -0.45], ["c", 0.03, -0.15, 0.15, -0.3, 0.3, -0.39], ["z"]], w: 13.5, h: 7.5 },
      "scripts.staccato": { d: [["M", -0.36, -1.47], ["c", 0.93, -0.21, 1.86, 0.51, 1.86, 1.47], ["c", 0, 0.93, -0.87, 1.65, -1.8, 1.47], ["c", -0.54, -0.12, -1.02, -0.57, -1.14, -1.08], ["c", -0.21, -0.81, 0.27, -1.65, 1.08, -1.86], ["z"]], w: 2.989, h: 3.004 },
      "scripts.tenuto": { d: [["M", -4.2, -0.48], ["l", 0.12, -0.06], ["l", 4.08, 0], ["l", 4.08, 0], ["l", 0.12, 0.06], ["c", 0.39, 0.21, 0.39, 0.75, 0, 0.96], ["l", -0.12, 0.06], ["l", -4.08, 0], ["l", -4.08, 0], ["l", -0.12, -0.06], ["c", -0.39, -0.21, -0.39, -0.75, 0, -0.96], ["z"]], w: 8.985, h: 1.08 },
      "scripts.umarcato": { d: [["M", -0.15, -8.19], ["c", 0.15, -0.12, 0.36, -0.03, 0.45, 0.15], ["c", 0.21, 0.42, 3.45, 7.65, 3.45, 7.71], ["c", 0, 0.12, -0.12, 0.27, -0.21, 0.3], ["c", -0.03, 0.03, -0.51, 0.03, -1.14, 0.03], ["c", -1.05, 0, -1.08, 0, -1.17, -0.06], ["c", -0.09, -0.06, -0.24, -0.36, -1.17, -2.4], ["c", -0.57, -1.29, -1.05, -2.34, -1.08, -2.34], ["c", 0, -0.03, -0.51, 1.02, -1.08, 2.34], ["c", -0.93, 2.07, -1.08, 2.34, -1.14, 2.4], ["c", -0.06, 0.03, -0.15, 0.06, -0.18, 0.06], ["c", -0.15, 0, -0.33, -0.18, -0.33, -0.33], ["c", 0, -0.06, 3.24, -7.32, 3.45, -7.71], ["c", 0.03, -0.06, 0.09, -0.15, 0.15, -0.15], ["z"]], w: 7.5, h: 8.245 },
      "scripts.dmarcato": { d: [["M", -3.57, 0.03], ["c", 0.03, 0, 0.57, -0.03, 1.17, -0.03], ["c", 1.05, 0, 1.08, 0, 1.17, 0.06], ["c", 0.09, 0.06, 0.24, 0.36, 1.17, 2.4], ["c", 0.57, 1.29, 1.05, 2.34, 1.08, 2.34], ["c", 0, 0.03, 0.51, -1.02, 1.08, -2.34], ["c", 0.93, -2.07, 1.08, -2.34, 1.14, -2.4], ["c", 0.06, -0.03, 0.15, -0.06, 0.18, -0.06], ["c", 0.15, 0, 0.33, 0.18, 0.33, 0.33], ["c", 0, 0.09, -3.45, 7.74, -3.54, 7.83], ["c", -0.12, 0.12, -0.3, 0.12, -0.42, 0], ["c", -0.09, -0.09, -3.54, -7.74, -3.54, -7.83], ["c", 0, -0.09, 0.12, -0.27, 0.18, -0.3], ["z"]], w: 7.5, h: 8.25 },
      "scripts.stopped": { d: [["M", -0.27, -4.08], ["c", 0.18, -0.09, 0.36, -0.09, 0.54, 0], ["c", 0.18, 0.09, 0.24, 0.15, 0.33, 0.3], ["l", 0.06, 0.15], ["l", 0, 1.5], ["l", 0, 1.47], ["l", 1.47, 0], ["l", 1.5, 0], ["l", 0.15, 0.06], ["c", 0.15, 0.09, 0.21, 0.15, 0.3, 0.33], ["c", 0.09, 0.18, 0.09, 0.36, 0, 0.54], ["c", -0.09, 0.18, -0.15, 0.24, -0.33, 0.33], ["c", -0.12, 0.06, -0.18, 0.06, -1.62, 0.06], ["l", -1.47, 0], ["l", 0, 1.47], ["l", 0, 1.47], ["l", -0.06, 0.15], ["c", -0.09, 0.18, -0.15, 0.24, -0.33, 0.33], ["c", -0.18, 0.09, -0.36, 0.09, -0.54, 0], ["c", -0.18, -0.09, -0.24, -0.15, -0.33, -0.33], ["l", -0.06, -0.15], ["l", 0, -1.47], ["l", 0, -1.47], ["l", -1.47, 0], ["c", -1.44, 0, -1.5, 0, -1.62, -0.06], ["c", -0.18, -0.09, -0.24, -0.15, -0.33, -0.33], ["c", -0.09, -0.18, -0.09, -0.36, 0, -0.54], ["c", 0.09, -0.18, 0.15, -0.24, 0.33, -0.33], ["l", 0.15, -0.06], ["l", 1.47, 0], ["l", 1.47, 0], ["l", 0, -1.47], ["c", 0, -1.44, 0, -1.5, 0.06, -1.62], ["c", 0.09, -0.18, 0.15, -0.24, 0.33, -0.33], ["z"]], w: 8.295, h: 8.295 },
      "scripts.upbow": { d: [["M", -4.65, -15.54], ["c", 0.12, -0.09, 0.36, -0.06, 0.48, 0.03], ["c", 0.03, 0.03, 0.09, 0.09, 0.12, 0.15], ["c", 0.03, 0.06, 0.66, 2.13, 1.41, 4.62], ["c", 1.35, 4.41, 1.38, 4.56, 2.01, 6.96], ["l", 0.63, 2.46], ["l", 0.63, -2.46], ["c", 0.63, -2.4, 0.66, -2.55, 2.01, -6.96], ["c", 0.75, -2.49, 1.38, -4.56, 1.41, -4.62], ["c", 0.06, -0.15, 0.18, -0.21, 0.36, -0.24], ["c", 0.15, 0, 0.3, 0.06, 0.39, 0.18], ["c", 0.15, 0.21, 0.24, -0.18, -2.1, 7.56], ["c", -1.2, 3.96, -2.22, 7.32, -2.25, 7.41], ["c", 0, 0.12, -0.06, 0.27, -0.09, 0.3], ["c", -0.12, 0.21, -0.6, 0.21, -0.72, 0], ["c", -0.03, -0.03, -0.09, -0.18, -0.09, -0.3], ["c", -0.03, -0.09, -1.05, -3.45, -2.25, -7.41], ["c", -2.34, -7.74, -2.25, -7.35, -2.1, -7.56], ["c", 0.03, -0.03, 0.09, -0.09, 0.15, -0.12], ["z"]], w: 9.73, h: 15.608 },
      "scripts.downbow": { d: [["M", -5.55, -9.93], ["l", 0.09, -0.06], ["l", 5.46, 0], ["l", 5.46, 0], ["l", 0.09, 0.06], ["l", 0.06, 0.09], ["l", 0, 4.77], ["c", 0, 5.28, 0, 4.89, -0.18, 5.01], ["c", -0.18, 0.12, -0.42, 0.06, -0.54, -0.12], ["c", -0.06, -0.09, -0.06, -0.18, -0.06, -2.97], ["l", 0, -2.85], ["l", -4.83, 0], ["l", -4.83, 0], ["l", 0, 2.85], ["c", 0, 2.79, 0, 2.88, -0.06, 2.97], ["c", -0.15, 0.24, -0.51, 0.24, -0.66, 0], ["c", -0.06, -0.09, -0.06, -0.21, -0.06, -4.89], ["l", 0, -4.77], ["z"]], w: 11.22, h: 9.992 },
      "scripts.turn": { d: [["M", -4.77, -3.9], ["c", 0.36, -0.06, 1.05, -0.06, 1.44, 0.03], ["c", 0.78, 0.15, 1.5, 0.51, 2.34, 1.14], ["c", 0.6, 0.45, 1.05, 0.87, 2.22, 2.01], ["c", 1.11, 1.08, 1.62, 1.5, 2.22, 1.86], ["c", 0.6, 0.36, 1.32, 0.57, 1.92, 0.57], ["c", 0.9, 0, 1.71, -0.57, 1.89, -1.35], ["c", 0.24, -0.93, -0.39, -1.89, -1.35, -2.1], ["l", -0.15, -0.06], ["l", -0.09, 0.15], ["c", -0.03, 0.09, -0.15, 0.24, -0.24, 0.33], ["c", -0.72, 0.72, -2.04, 0.54, -2.49, -0.36], ["c", -0.48, -0.93, 0.03, -1.86, 1.17, -2.19], ["c", 0.3, -0.09, 1.02, -0.09, 1.35, 0], ["c", 0.99, 0.27, 1.74, 0.87, 2.25, 1.83], ["c", 0.69, 1.41, 0.63, 3, -0.21, 4.26], ["c", -0.21, 0.3, -0.69, 0.81, -0.99, 1.02], ["c", -0.3, 0.21, -0.84, 0.45, -1.17, 0.54], ["c", -1.23, 0.36, -2.49, 0.15, -3.72, -0.6], ["c", -0.75, -0.48, -1.41, -1.02, -2.85, -2.46], ["c", -1.11, -1.08, -1.62, -1.5, -2.22, -1.86], ["c", -0.6, -0.36, -1.32, -0.57, -1.92, -0.57], ["c", -0.9, 0, -1.71, 0.57, -1.89, 1.35], ["c", -0.24, 0.93, 0.39, 1.89, 1.35, 2.1], ["l", 0.15, 0.06], ["l", 0.09, -0.15], ["c", 0.03, -0.09, 0.15, -0.24, 0.24, -0.33], ["c", 0.72, -0.72, 2.04, -0.54, 2.49, 0.36], ["c", 0.48, 0.93, -0.03, 1.86, -1.17, 2.19], ["c", -0.3, 0.09, -1.02, 0.09, -1.35, 0], ["c", -0.99, -0.27, -1.74, -0.87, -2.25, -1.83], ["c", -0.69, -1.41, -0.63, -3, 0.21, -4.26], ["c", 0.21, -0.3, 0.69, -0.81, 0.99, -1.02], ["c", 0.48, -0.33, 1.11, -0.57, 1.74, -0.66], ["z"]], w: 16.366, h: 7.893 },
      "scripts.trill": { d: [["M", -0.51, -16.02], ["c", 0.12, -0.09, 0.21, -0.18, 0.21, -0.18], ["l", -0.81, 4.02], ["l", -0.81, 4.02], ["c", 0.03, 0, 0.51, -0.27, 1.08, -0.6], ["c", 0.6, -0.3, 1.14, -0.63, 1.26, -0.66], ["c", 1.14, -0.54, 2.31, -0.6, 3.09, -0.18], ["c", 0.27, 0.15, 0.54, 0.36, 0.6, 0.51], ["l", 0.06, 0.12], ["l", 0.21, -0.21], ["c", 0.9, -0.81, 2.22, -0.99, 3.12, -0.42], ["c", 0.6, 0.42, 0.9, 1.14, 0.78, 2.07], ["c", -0.15, 1.29, -1.05, 2.31, -1.95, 2.25], ["c", -0.48, -0.03, -0.78, -0.3, -0.96, -0.81], ["c", -0.09, -0.27, -0.09, -0.9, -0.03, -1.2], ["c", 0.21, -0.75, 0.81, -1.23, 1.59, -1.32], ["l", 0.24, -0.03], ["l", -0.09, -0.12], ["c", -0.51, -0.66, -1.62, -0.63, -2.31, 0.03], ["c", -0.39, 0.42, -0.3, 0.09, -1.23, 4.77], ["l", -0.81, 4.14], ["c", -0.03, 0, -0.12, -0.03, -0.21, -0.09], ["c", -0.33, -0.15, -0.54, -0.18, -0.99, -0.18], ["c", -0.42, 0, -0.66, 0.03, -1.05, 0.18], ["c", -0.12, 0.06, -0.21, 0.09, -0.21, 0.09], ["c", 0, -0.03, 0.36, -1.86, 0.81, -4.11], ["c", 0.9, -4.47, 0.87, -4.26, 0.69, -4.53], ["c", -0.21, -0.36, -0.66, -0.51, -1.17, -0.36], ["c", -0.15, 0.06, -2.22, 1.14, -2.58, 1.38], ["c", -0.12, 0.09, -0.12, 0.09, -0.21, 0.6], ["l", -0.09, 0.51], ["l", 0.21, 0.24], ["c", 0.63, 0.75, 1.02, 1.47, 1.2, 2.19], ["c", 0.06, 0.27, 0.06, 0.36, 0.06, 0.81], ["c", 0, 0.42, 0, 0.54, -0.06, 0.78], ["c", -0.15, 0.54, -0.33, 0.93, -0.63, 1.35], ["c", -0.18, 0.24, -0.57, 0.63, -0.81, 0.78], ["c", -0.24, 0.15, -0.63, 0.36, -0.84, 0.42], ["c", -0.27, 0.06, -0.66, 0.06, -0.87, 0.03], ["c", -0.81, -0.18, -1.32, -1.05, -1.38, -2.46], ["c", -0.03, -0.6, 0.03, -0.99, 0.33, -2.46], ["c", 0.21, -1.08, 0.24, -1.32, 0.21, -1.29], ["c", -1.2, 0.48, -2.4, 0.75, -3.21, 0.72], ["c", -0.69, -0.06, -1.17, -0.3, -1.41, -0.72], ["c", -0.39, -0.75, -0.12, -1.8, 0.66, -2.46], ["c", 0.24, -0.18, 0.69, -0.42, 1.02, -0.51], ["c", 0.69, -0.18, 1.53, -0.15, 2.31, 0.09], ["c", 0.3, 0.09, 0.75, 0.3, 0.99, 0.45], ["c", 0.12, 0.09, 0.15, 0.09, 0.15, 0.03], ["c", 0.03, -0.03, 0.33, -1.59, 0.72, -3.45], ["c", 0.36, -1.86, 0.66, -3.42, 0.69, -3.45], ["c", 0, -0.03, 0.03, -0.03, 0.21, 0.03], ["c", 0.21, 0.06, 0.27, 0.06, 0.48, 0.06], ["c", 0.42, -0.03, 0.78, -0.18, 1.26, -0.48], ["c", 0.15, -0.12, 0.36, -0.27, 0.48, -0.39], ["z"], ["m", -5.73, 7.68], ["c", -0.27, -0.03, -0.96, -0.06, -1.2, -0.03], ["c", -0.81, 0.12, -1.35, 0.57, -1.5, 1.2], ["c", -0.18, 0.66, 0.12, 1.14, 0.75, 1.29], ["c", 0.66, 0.12, 1.92, -0.12, 3.18, -0.66], ["l", 0.33, -0.15], ["l", 0.09, -0.39], ["c", 0.06, -0.21, 0.09, -0.42, 0.09, -0.45], ["c", 0, -0.03, -0.45, -0.3, -0.75, -0.45], ["c", -0.27, -0.15, -0.66, -0.27, -0.99, -0.36], ["z"], ["m", 4.29, 3.63], ["c", -0.24, -0.39, -0.51, -0.75, -0.51, -0.69], ["c", -0.06, 0.12, -0.39, 1.92, -0.45, 2.28], ["c", -0.09, 0.54, -0.12, 1.14, -0.06, 1.38], ["c", 0.06, 0.42, 0.21, 0.6, 0.51, 0.57], ["c", 0.39, -0.06, 0.75, -0.48, 0.93, -1.14], ["c", 0.09, -0.33, 0.09, -1.05, 0, -1.38], ["c", -0.09, -0.39, -0.24, -0.69, -0.42, -1.02], ["z"]], w: 17.963, h: 16.49 },
      "scripts.segno": { d: [["M", -3.72, -11.22], ["c", 0.78, -0.09, 1.59, 0.03, 2.31, 0.42], ["c", 1.2, 0.6, 2.01, 1.71, 2.31, 3.09], ["c", 0.09, 0.42, 0.09, 1.2, 0.03, 1.5], ["c", -0.15, 0.45, -0.39, 0.81, -0.66, 0.93], ["c", -0.33, 0.18, -0.84, 0.21, -1.23, 0.15], ["c", -0.81, -0.18, -1.32, -0.93, -1.26, -1.89], ["c", 0.03, -0.36, 0.09, -0.57, 0.24, -0.9], ["c", 0.15, -0.33, 0.45, -0.6, 0.72, -0.75], ["c", 0.12, -0.06, 0.18, -0.09, 0.18, -0.12], ["c", 0, -0.03, -0.03, -0.15, -0.09, -0.24], ["c", -0.18, -0.45, -0.54, -0.87, -0.96, -1.08], ["c", -1.11, -0.57, -2.34, -0.18, -2.88, 0.9], ["c", -0.24, 0.51, -0.33, 1.11, -0.24, 1.83], ["c", 0.27, 1.92, 1.5, 3.54, 3.93, 5.13], ["c", 0.48, 0.33, 1.26, 0.78, 1.29, 0.78], ["c", 0.03, 0, 1.35, -2.19, 2.94, -4.89], ["l", 2.88, -4.89], ["l", 0.84, 0], ["l", 0.87, 0], ["l", -0.03, 0.06], ["c", -0.15, 0.21, -6.15, 10.41, -6.15, 10.44], ["c", 0, 0, 0.21, 0.15, 0.48, 0.27], ["c", 2.61, 1.47, 4.35, 3.03, 5.13, 4.65], ["c", 1.14, 2.34, 0.51, 5.07, -1.44, 6.39], ["c", -0.66, 0.42, -1.32, 0.63, -2.13, 0.69], ["c", -2.01, 0.09, -3.81, -1.41, -4.26, -3.54], ["c", -0.09, -0.42, -0.09, -1.2, -0.03, -1.5], ["c", 0.15, -0.45, 0.39, -0.81, 0.66, -0.93], ["c", 0.33, -0.18, 0.84, -0.21, 1.23, -0.15], ["c", 0.81, 0.18, 1.32, 0.93, 1.26, 1.89], ["c", -0.03, 0.36, -0.09, 0.57, -0.24, 0.9], ["c", -0.15, 0.33, -0.45, 0.6, -0.72, 0.75], ["c", -0.12, 0.06, -0.18, 0.09, -0.18, 0.12], ["c", 0, 0.03, 0.03, 0.15, 0.09, 0.24], ["c", 0.18, 0.45, 0.54, 0.87, 0.96, 1.08], ["c", 1.11, 0.57, 2.34, 0.18, 2.88, -0.9], ["c", 0.24, -0.51, 0.33, -1.11, 0.24, -1.83], ["c", -0.27, -1.92, -1.5, -3.54, -3.93, -5.13], ["c", -0.48, -0.33, -1.26, -0.78, -1.29, -0.78], ["c", -0.03, 0, -1.35, 2.19, -2.91, 4.89], ["l", -2.88, 4.89], ["l", -0.87, 0], ["l", -0.87, 0], ["l", 0.03, -0.06], ["c", 0.15, -0.21, 6.15, -10.41, 6.15, -10.44], ["c", 0, 0, -0.21, -0.15, -0.48, -0.3], ["c", -2.61, -1.44, -4.35, -3, -5.13, -4.62], ["c", -0.9, -1.89, -0.72, -4.02, 0.48, -5.52], ["c", 0.69, -0.84, 1.68, -1.41, 2.73, -1.53], ["z"], ["m", 8.76, 9.09], ["c", 0.03, -0.03, 0.15, -0.03, 0.27, -0.03], ["c", 0.33, 0.03, 0.57, 0.18, 0.72, 0.48], ["c", 0.09, 0.18, 0.09, 0.57, 0, 0.75], ["c", -0.09, 0.18, -0.21, 0.3, -0.36, 0.39], ["c", -0.15, 0.06, -0.21, 0.06, -0.39, 0.06], ["c", -0.21, 0, -0.27, 0, -0.39, -0.06], ["c", -0.3, -0.15, -0.48, -0.45, -0.48, -0.75], ["c", 0, -0.39, 0.24, -0.72, 0.63, -0.84], ["z"], ["m", -10.53, 2.61], ["c", 0.03, -0.03, 0.15, -0.03, 0.27, -0.03], ["c", 0.33, 0.03, 0.57, 0.18, 0.72, 0.48], ["c", 0.09, 0.18, 0.09, 0.57, 0, 0.75], ["c", -0.09, 0.18, -0.21, 0.3, -0.36, 0.39], ["c", -0.15, 0.06, -0.21, 0.06, -0.39, 0.06], ["c", -0.21, 0, -0.27, 0, -0.39, -0.06], ["c", -0.3, -0.15, -0.48, -0.45, -0.48, -0.75], ["c", 0, -0.39, 0.24, -0.72, 0.63, -0.84], ["z"]], w: 15, h: 22.504 },
      "scripts.coda": { d: [["M", -0.21, -10.47], ["c", 0.18, -0.12, 0.42, -0.06, 0.54, 0.12], ["c", 0.06, 0.09, 0.06, 0.18, 0.06, 1.5], ["l", 0, 1.38], ["l", 0.18, 0], ["c", 0.39, 0.06, 0.96, 0.24, 1.38, 0.48], ["c", 1.68, 0.93, 2.82, 3.24, 3.03, 6.12], ["c", 0.03, 0.24, 0.03, 0.45, 0.03, 0.45], ["c", 0, 0.03, 0.6, 0.03, 1.35, 0.03], ["c", 1.5, 0, 1.47, 0, 1.59, 0.18], ["c", 0.09, 0.12, 0.09, 0.3, 0, 0.42], ["c", -0.12, 0.18, -0.09, 0.18, -1.59, 0.18], ["c", -0.75, 0, -1.35, 0, -1.35, 0.03], ["c", 0, 0, 0, 0.21, -0.03, 0.42], ["c", -0.24, 3.15, -1.53, 5.58, -3.45, 6.36], ["c", -0.27, 0.12, -0.72, 0.24, -0.96, 0.27], ["l", -0.18, 0], ["l", 0, 1.38], ["c", 0, 1.32, 0, 1.41, -0.06, 1.5], ["c", -0.15, 0.24, -0.51, 0.24, -0.66, 0], ["c", -0.06, -0.09, -0.06, -0.18, -0.06, -1.5], ["l", 0, -1.38], ["l", -0.18, 0], ["c", -0.39, -0.06, -0.96, -0.24, -1.38, -0.48], ["c", -1.68, -0.93, -2.82, -3.24, -3.03, -6.15], ["c", -0.03, -0.21, -0.03, -0.42, -0.03, -0.42], ["c", 0, -0.03, -0.6, -0.03, -1.35, -0.03], ["c", -1.5, 0, -1.47, 0, -1.59, -0.18], ["c", -0.09, -0.12, -0.09, -0.3, 0, -0.42], ["c", 0.12, -0.18, 0.09, -0.18, 1.59, -0.18], ["c", 0.75, 0, 1.35, 0, 1.35, -0.03], ["c", 0, 0, 0, -0.21, 0.03, -0.45], ["c", 0.24, -3.12, 1.53, -5.55, 3.45, -6.33], ["c", 0.27, -0.12, 0.72, -0.24, 0.96, -0.27], ["l", 0.18, 0], ["l", 0, -1.38], ["c", 0, -1.53, 0, -1.5, 0.18, -1.62], ["z"], ["m", -0.18, 6.93], ["c", 0, -2.97, 0, -3.15, -0.06, -3.15], ["c", -0.09, 0, -0.51, 0.15, -0.66, 0.21], ["c", -0.87, 0.51, -1.38, 1.62, -1.56, 3.51], ["c", -0.06, 0.54, -0.12, 1.59, -0.12, 2.16], ["l", 0, 0.42], ["l", 1.2, 0], ["l", 1.2, 0], ["l", 0, -3.15], ["z"], ["m", 1.17, -3.06], ["c", -0.09, -0.03, -0.21, -0.06, -0.27, -0.09], ["l", -0.12, 0], ["l", 0, 3.15], ["l", 0, 3.15], ["l", 1.2, 0], ["l", 1.2, 0], ["l", 0, -0.81], ["c", -0.06, -2.4, -0.33, -3.69, -0.93, -4.59], ["c", -0.27, -0.39, -0.66, -0.69, -1.08, -0.81], ["z"], ["m", -1.17, 10.14], ["l", 0, -3.15], ["l", -1.2, 0], ["l", -1.2, 0], ["l", 0, 0.81], ["c", 0.03, 0.96, 0.06, 1.47, 0.15, 2.13], ["c", 0.24, 2.04, 0.96, 3.12, 2.13, 3.36], ["l", 0.12, 0], ["l", 0, -3.15], ["z"], ["m", 3.18, -2.34], ["l", 0, -0.81], ["l", -1.2, 0], ["l", -1.2, 0], ["l", 0, 3.15], ["l", 0, 3.15], ["l", 0.12, 0], ["c", 1.17, -0.24, 1.89, -1.32, 2.13, -3.36], ["c", 0.09, -0.66, 0.12, -1.17, 0.15, -2.13], ["z"]], w: 16.035, h: 21.062 },
      "scripts.comma": { d: [["M", 1.14, -4.62], ["c", 0.3, -0.12, 0.69, -0.03, 0.93, 0.15], ["c", 0.12, 0.12, 0.36, 0.45, 0.51, 0.78], ["c", 0.9, 1.77, 0.54, 4.05, -1.08, 6.75], ["c", -0.36, 0.63, -0.87, 1.38, -0.96, 1.44], ["c", -0.18, 0.12, -0.42, 0.06, -0.54, -0.12], ["c", -0.09, -0.18, -0.09, -0.3, 0.12, -0.6], ["c", 0.96, -1.44, 1.44, -2.97, 1.38, -4.35], ["c", -0.06, -0.93, -0.3, -1.68, -0.78, -2.46], ["c", -0.27, -0.39, -0.33, -0.63, -0.24, -0.96], ["c", 0.09, -0.27, 0.36, -0.54, 0.66, -0.63], ["z"]], w: 3.042, h: 9.237 },
      "scripts.roll": { d: [["M", 1.95, -6], ["c", 0.21, -0.09, 0.36, -0.09, 0.57, 0], ["c", 0.39, 0.15, 0.63, 0.39, 1.47, 1.35], ["c", 0.66, 0.75, 0.78, 0.87, 1.08, 1.05], ["c", 0.75, 0.45, 1.65, 0.42, 2.4, -0.06], ["c", 0.12, -0.09, 0.27, -0.27, 0.54, -0.6], ["c", 0.42, -0.54, 0.51, -0.63, 0.69, -0.63], ["c", 0.09, 0, 0.3, 0.12, 0.36, 0.21], ["c", 0.09, 0.12, 0.12, 0.3, 0.03, 0.42], ["c", -0.06, 0.12, -3.15, 3.9, -3.3, 4.08], ["c", -0.06, 0.06, -0.18, 0.12, -0.27, 0.18], ["c", -0.27, 0.12, -0.6, 0.06, -0.99, -0.27], ["c", -0.27, -0.21, -0.42, -0.39, -1.08, -1.14], ["c", -0.63, -0.72, -0.81, -0.9, -1.17, -1.08], ["c", -0.36, -0.18, -0.57, -0.21, -0.99, -0.21], ["c", -0.39, 0, -0.63, 0.03, -0.93, 0.18], ["c", -0.36, 0.15, -0.51, 0.27, -0.9, 0.81], ["c", -0.24, 0.27, -0.45, 0.51, -0.48, 0.54], ["c", -0.12, 0.09, -0.27, 0.06, -0.39, 0], ["c", -0.24, -0.15, -0.33, -0.39, -0.21, -0.6], ["c", 0.09, -0.12, 3.18, -3.87, 3.33, -4.02], ["c", 0.06, -0.06, 0.18, -0.15, 0.24, -0.21], ["z"]], w: 10.817, h: 6.125 },
      "scripts.prall": { d: [["M", -4.38, -3.69], ["c", 0.06, -0.03, 0.18, -0.06, 0.24, -0.06], ["c", 0.3, 0, 0.27, -0.03, 1.89, 1.95], ["l", 1.53, 1.83], ["c", 0.03, 0, 0.57, -0.84, 1.23, -1.83], ["c", 1.14, -1.68, 1.23, -1.83, 1.35, -1.89], ["c", 0.06, -0.03, 0.18, -0.06, 0.24, -0.06], ["c", 0.3, 0, 0.27, -0.03, 1.89, 1.95], ["l", 1.53, 1.83], ["l", 0.48, -0.69], ["c", 0.51, -0.78, 0.54, -0.84, 0.69, -0.9], ["c", 0.42, -0.18, 0.87, 0.15, 0.81, 0.6], ["c", -0.03, 0.12, -0.3, 0.51, -1.5, 2.37], ["c", -1.38, 2.07, -1.5, 2.22, -1.62, 2.28], ["c", -0.06, 0.03, -0.18, 0.06, -0.24, 0.06], ["c", -0.3, 0, -0.27, 0.03, -1.89, -1.95], ["l", -1.53, -1.83], ["c", -0.03, 0, -0.57, 0.84, -1.23, 1.83], ["c", -1.14, 1.68, -1.23, 1.83, -1.35, 1.89], ["c", -0.06, 0.03, -0.18, 0.06, -0.24, 0.06], ["c", -0.3, 0, -0.27, 0.03, -1.89, -1.95], ["l", -1.53, -1.83], ["l", -0.48, 0.69], ["c", -0.51, 0.78, -0.54, 0.84, -0.69, 0.9], ["c", -0.42, 0.18, -0.87, -0.15, -0.81, -0.6], ["c", 0.03, -0.12, 0.3, -0.51, 1.5, -2.37], ["c", 1.38, -2.07, 1.5, -2.22, 1.62, -2.28], ["z"]], w: 15.011, h: 7.5 },
      "scripts.arpeggio": { d: [["M", 1.5, 0], ["c", 1.5, 2, 1.5, 3, 1.5, 3], ["s", 0, 1, -2, 1.5], ["s", -0.5, 3, 1, 5.5], ["l", 1.5, 0], ["s", -1.75, -2, -1.9, -3.25], ["s", 2.15, -0.6, 2.95, -1.6], ["s", 0.45, -1, 0.5, -1.25], ["s", 0, -1, -2, -3.9], ["l", -1.5, 0], ["z"]], w: 5, h: 10 },
      "scripts.mordent": { d: [["M", -0.21, -4.95], ["c", 0.27, -0.15, 0.63, 0, 0.75, 0.27], ["c", 0.06, 0.12, 0.06, 0.24, 0.06, 1.44], ["l", 0, 1.29], ["l", 0.57, -0.84], ["c", 0.51, -0.75, 0.57, -0.84, 0.69, -0.9], ["c", 0.06, -0.03, 0.18, -0.06, 0.24, -0.06], ["c", 0.3, 0, 0.27, -0.03, 1.89, 1.95], ["l", 1.53, 1.83], ["l", 0.48, -0.69], ["c", 0.51, -0.78, 0.54, -0.84, 0.69, -0.9], ["c", 0.42, -0.18, 0.87, 0.15, 0.81, 0.6], ["c", -0.03, 0.12, -0.3, 0.51, -1.5, 2.37], ["c", -1.38, 2.07, -1.5, 2.22, -1.62, 2.28], ["c", -0.06, 0.03, -0.18, 0.06, -0.24, 0.06], ["c", -0.3, 0, -0.27, 0.03, -1.83, -1.89], ["c", -0.81, -0.99, -1.5, -1.8, -1.53, -1.86], ["c", -0.06, -0.03, -0.06, -0.03, -0.12, 0.03], ["c", -0.06, 0.06, -0.06, 0.15, -0.06, 2.28], ["c", 0, 1.95, 0, 2.25, -0.06, 2.34], ["c", -0.18, 0.45, -0.81, 0.48, -1.05, 0.03], ["c", -0.03, -0.06, -0.06, -0.24, -0.06, -1.41], ["l", 0, -1.35], ["l", -0.57, 0.84], ["c", -0.54, 0.78, -0.6, 0.87, -0.72, 0.93], ["c", -0.06, 0.03, -0.18, 0.06, -0.24, 0.06], ["c", -0.3, 0, -0.27, 0.03, -1.89, -1.95], ["l", -1.53, -1.83], ["l", -0.48, 0.69], ["c", -0.51, 0.78, -0.54, 0.84, -0.69, 0.9], ["c", -0.42, 0.18, -0.87, -0.15, -0.81, -0.6], ["c", 0.03, -0.12, 0.3, -0.51, 1.5, -2.37], ["c", 1.38, -2.07, 1.5, -2.22, 1.62, -2.28], ["c", 0.06, -0.03, 0.18, -0.06, 0.24, -0.06], ["c", 0.3, 0, 0.27, -0.03, 1.89, 1.95], ["l", 1.53, 1.83], ["c", 0.03, 0, 0.06, -0.06, 0.09, -0.09], ["c", 0.06, -0.12, 0.06, -0.15, 0.06, -2.28], ["c", 0, -1.92, 0, -2.22, 0.06, -2.31], ["c", 0.06, -0.15, 0.15, -0.24, 0.3, -0.3], ["z"]], w: 15.011, h: 10.012 },
      "flags.u8th": { d: [["M", -0.42, 3.75], ["l", 0, -3.75], ["l", 0.21, 0], ["l", 0.21, 0], ["l", 0, 0.18], ["c", 0, 0.3, 0.06, 0.84, 0.12, 1.23], ["c", 0.24, 1.53, 0.9, 3.12, 2.13, 5.16], ["l", 0.99, 1.59], ["c", 0.87, 1.44, 1.38, 2.34, 1.77, 3.09], ["c", 0.81, 1.68, 1.2, 3.06, 1.26, 4.53], ["c", 0.03, 1.53, -0.21, 3.27, -0.75, 5.01], ["c", -0.21, 0.69, -0.51, 1.5, -0.6, 1.59], ["c", -0.09, 0.12, -0.27, 0.21, -0.42, 0.21], ["c", -0.15, 0, -0.42, -0.12, -0.51, -0.21], ["c", -0.15, -0.18, -0.18, -0.42, -0.09, -0.66], ["c", 0.15, -0.33, 0.45, -1.2, 0.57, -1.62], ["c", 0.42, -1.38, 0.6, -2.58, 0.6, -3.9], ["c", 0, -0.66, 0, -0.81, -0.06, -1.11], ["c", -0.39, -2.07, -1.8, -4.26, -4.59, -7.14], ["l", -0.42, -0.45], ["l", -0.21, 0], ["l", -0.21, 0], ["l", 0, -3.75], ["z"]], w: 6.692, h: 22.59 },
      "flags.u16th": { d: [["M", -0.42, 7.5], ["l", 0, -7.5], ["l", 0.21, 0], ["l", 0.21, 0], ["l", 0, 0.39], ["c", 0.06, 1.08, 0.39, 2.19, 0.99, 3.39], ["c", 0.45, 0.9, 0.87, 1.59, 1.95, 3.12], ["c", 1.29, 1.86, 1.77, 2.64, 2.22, 3.57], ["c", 0.45, 0.93, 0.72, 1.8, 0.87, 2.64], ["c", 0.06, 0.51, 0.06, 1.5, 0, 1.92], ["c", -0.12, 0.6, -0.3, 1.2, -0.54, 1.71], ["l", -0.09, 0.24], ["l", 0.18, 0.45], ["c", 0.51, 1.2, 0.72, 2.22, 0.69, 3.42], ["c", -0.06, 1.53, -0.39, 3.03, -0.99, 4.53], ["c", -0.3, 0.75, -0.36, 0.81, -0.57, 0.9], ["c", -0.15, 0.09, -0.33, 0.06, -0.48, 0], ["c", -0.18, -0.09, -0.27, -0.18, -0.33, -0.33], ["c", -0.09, -0.18, -0.06, -0.3, 0.12, -0.75], ["c", 0.66, -1.41, 1.02, -2.88, 1.08, -4.32], ["c", 0, -0.6, -0.03, -1.05, -0.18, -1.59], ["c", -0.3, -1.2, -0.99, -2.4, -2.25, -3.87], ["c", -0.42, -0.48, -1.53, -1.62, -2.19, -2.22], ["l", -0.45, -0.42], ["l", -0.03, 1.11], ["l", 0, 1.11], ["l", -0.21, 0], ["l", -0.21, 0], ["l", 0, -7.5], ["z"], ["m", 1.65, 0.09], ["c", -0.3, -0.3, -0.69, -0.72, -0.9, -0.87], ["l", -0.33, -0.33], ["l", 0, 0.15], ["c", 0, 0.3, 0.06, 0.81, 0.15, 1.26], ["c", 0.27, 1.29, 0.87, 2.61, 2.04, 4.29], ["c", 0.15, 0.24, 0.6, 0.87, 0.96, 1.38], ["l", 1.08, 1.53], ["l", 0.42, 0.63], ["c", 0.03, 0, 0.12, -0.36, 0.21, -0.72], ["c", 0.06, -0.33, 0.06, -1.2, 0, -1.62], ["c", -0.33, -1.71, -1.44, -3.48, -3.63, -5.7], ["z"]], w: 6.693, h: 26.337 },
      "flags.u32nd": { d: [["M", -0.42, 11.25], ["l", 0, -11.25], ["l", 0.21, 0], ["l", 0.21, 0], ["l", 0, 0.36], ["c", 0.09, 1.68, 0.69, 3.27, 2.07, 5.46], ["l", 0.87, 1.35], ["c", 1.02, 1.62, 1.47, 2.37, 1.86, 3.18], ["c", 0.48, 1.02, 0.78, 1.92, 0.93, 2.88], ["c", 0.06, 0.48, 0.06, 1.5, 0, 1.89], ["c", -0.09, 0.42, -0.21, 0.87, -0.36, 1.26], ["l", -0.12, 0.3], ["l", 0.15, 0.39], ["c", 0.69, 1.56, 0.84, 2.88, 0.54, 4.38], ["c", -0.09, 0.45, -0.27, 1.08, -0.45, 1.47], ["l", -0.12, 0.24], ["l", 0.18, 0.36], ["c", 0.33, 0.72, 0.57, 1.56, 0.69, 2.34], ["c", 0.12, 1.02, -0.06, 2.52, -0.42, 3.84], ["c", -0.27, 0.93, -0.75, 2.13, -0.93, 2.31], ["c", -0.18, 0.15, -0.45, 0.18, -0.66, 0.09], ["c", -0.18, -0.09, -0.27, -0.18, -0.33, -0.33], ["c", -0.09, -0.18, -0.06, -0.3, 0.06, -0.6], ["c", 0.21, -0.36, 0.42, -0.9, 0.57, -1.38], ["c", 0.51, -1.41, 0.69, -3.06, 0.48, -4.08], ["c", -0.15, -0.81, -0.57, -1.68, -1.2, -2.55], ["c", -0.72, -0.99, -1.83, -2.13, -3.3, -3.33], ["l", -0.48, -0.42], ["l", -0.03, 1.53], ["l", 0, 1.56], ["l", -0.21, 0], ["l", -0.21, 0], ["l", 0, -11.25], ["z"], ["m", 1.26, -3.96], ["c", -0.27, -0.3, -0.54, -0.6, -0.66, -0.72], ["l", -0.18, -0.21], ["l", 0, 0.42], ["c", 0.06, 0.87, 0.24, 1.74, 0.66, 2.67], ["c", 0.36, 0.87, 0.96, 1.86, 1.92, 3.18], ["c", 0.21, 0.33, 0.63, 0.87, 0.87, 1.23], ["c", 0.27, 0.39, 0.6, 0.84, 0.75, 1.08], ["l", 0.27, 0.39], ["l", 0.03, -0.12], ["c", 0.12, -0.45, 0.15, -1.05, 0.09, -1.59], ["c", -0.27, -1.86, -1.38, -3.78, -3.75, -6.33], ["z"], ["m", -0.27, 6.09], ["c", -0.27, -0.21, -0.48, -0.42, -0.51, -0.45], ["c", -0.06, -0.03, -0.06, -0.03, -0.06, 0.21], ["c", 0, 0.9, 0.3, 2.04, 0.81, 3.09], ["c", 0.48, 1.02, 0.96, 1.77, 2.37, 3.63], ["c", 0.6, 0.78, 1.05, 1.44, 1.29, 1.77], ["c", 0.06, 0.12, 0.15, 0.21, 0.15, 0.18], ["c", 0.03, -0.03, 0.18, -0.57, 0.24, -0.87], ["c", 0.06, -0.45, 0.06, -1.32, -0.03, -1.74], ["c", -0.09, -0.48, -0.24, -0.9, -0.51, -1.44], ["c", -0.66, -1.35, -1.83, -2.7, -3.75, -4.38], ["z"]], w: 6.697, h: 32.145 },
      "flags.u64th": { d: [["M", -0.42, 15], ["l", 0, -15], ["l", 0.21, 0], ["l", 0.21, 0], ["l", 0, 0.36], ["c", 0.06, 1.2, 0.39, 2.37, 1.02, 3.66], ["c", 0.39, 0.81, 0.84, 1.56, 1.8, 3.09], ["c", 0.81, 1.26, 1.05, 1.68, 1.35, 2.22], ["c", 0.87, 1.5, 1.35, 2.79, 1.56, 4.08], ["c", 0.06, 0.54, 0.06, 1.56, -0.03, 2.04], ["c", -0.09, 0.48, -0.21, 0.99, -0.36, 1.35], ["l", -0.12, 0.27], ["l", 0.12, 0.27], ["c", 0.09, 0.15, 0.21, 0.45, 0.27, 0.66], ["c", 0.69, 1.89, 0.63, 3.66, -0.18, 5.46], ["l", -0.18, 0.39], ["l", 0.15, 0.33], ["c", 0.3, 0.66, 0.51, 1.44, 0.63, 2.1], ["c", 0.06, 0.48, 0.06, 1.35, 0, 1.71], ["c", -0.15, 0.57, -0.42, 1.2, -0.78, 1.68], ["l", -0.21, 0.27], ["l", 0.18, 0.33], ["c", 0.57, 1.05, 0.93, 2.13, 1.02, 3.18], ["c", 0.06, 0.72, 0, 1.83, -0.21, 2.79], ["c", -0.18, 1.02, -0.63, 2.34, -1.02, 3.09], ["c", -0.15, 0.33, -0.48, 0.45, -0.78, 0.3], ["c", -0.18, -0.09, -0.27, -0.18, -0.33, -0.33], ["c", -0.09, -0.18, -0.06, -0.3, 0.03, -0.54], ["c", 0.75, -1.5, 1.23, -3.45, 1.17, -4.89], ["c", -0.06, -1.02, -0.42, -2.01, -1.17, -3.15], ["c", -0.48, -0.72, -1.02, -1.35, -1.89, -2.22], ["c", -0.57, -0.57, -1.56, -1.5, -1.92, -1.77], ["l", -0.12, -0.09], ["l", 0, 1.68], ["l", 0, 1.68], ["l", -0.21, 0], ["l", -0.21, 0], ["l", 0, -15], ["z"], ["m", 0.93, -8.07], ["c", -0.27, -0.3, -0.48, -0.54, -0.51, -0.54], ["c", 0, 0, 0, 0.69, 0.03, 1.02], ["c", 0.15, 1.47, 0.75, 2.94, 2.04, 4.83], ["l", 1.08, 1.53], ["c", 0.39, 0.57, 0.84, 1.2, 0.99, 1.44], ["c", 0.15, 0.24, 0.3, 0.45, 0.3, 0.45], ["c", 0, 0, 0.03, -0.09, 0.06, -0.21], ["c", 0.36, -1.59, -0.15, -3.33, -1.47, -5.4], ["c", -0.63, -0.93, -1.35, -1.83, -2.52, -3.12], ["z"], ["m", 0.06, 6.72], ["c", -0.24, -0.21, -0.48, -0.42, -0.51, -0.45], ["l", -0.06, -0.06], ["l", 0, 0.33], ["c", 0, 1.2, 0.3, 2.34, 0.93, 3.6], ["c", 0.45, 0.9, 0.96, 1.68, 2.25, 3.51], ["c", 0.39, 0.54, 0.84, 1.17, 1.02, 1.44], ["c", 0.21, 0.33, 0.33, 0.51, 0.33, 0.48], ["c", 0.06, -0.09, 0.21, -0.63, 0.3, -0.99], ["c", 0.06, -0.33, 0.06, -0.45, 0.06, -0.96], ["c", 0, -0.6, -0.03, -0.84, -0.18, -1.35], ["c", -0.3, -1.08, -1.02, -2.28, -2.13, -3.57], ["c", -0.39, -0.45, -1.44, -1.47, -2.01, -1.98], ["z"], ["m", 0, 6.72], ["c", -0.24, -0.21, -0.48, -0.39, -0.51, -0.42], ["l", -0.06, -0.06], ["l", 0, 0.33], ["c", 0, 1.41, 0.45, 2.82, 1.38, 4.35], ["c", 0.42, 0.72, 0.72, 1.14, 1.86, 2.73], ["c", 0.36, 0.45, 0.75, 0.99, 0.87, 1.2], ["c", 0.15, 0.21, 0.3, 0.36, 0.3, 0.36], ["c", 0.06, 0, 0.3, -0.48, 0.39, -0.75], ["c", 0.09, -0.36, 0.12, -0.63, 0.12, -1.05], ["c", -0.06, -1.05, -0.45, -2.04, -1.2, -3.18], ["c", -0.57, -0.87, -1.11, -1.53, -2.07, -2.49], ["c", -0.36, -0.33, -0.84, -0.78, -1.08, -1.02], ["z"]], w: 6.682, h: 39.694 },
      "flags.d8th": { d: [["M", 5.67, -21.63], ["c", 0.24, -0.12, 0.54, -0.06, 0.69, 0.15], ["c", 0.06, 0.06, 0.21, 0.36, 0.39, 0.66], ["c", 0.84, 1.77, 1.26, 3.36, 1.32, 5.1], ["c", 0.03, 1.29, -0.21, 2.37, -0.81, 3.63], ["c", -0.6, 1.23, -1.26, 2.13, -3.21, 4.38], ["c", -1.35, 1.53, -1.86, 2.19, -2.4, 2.97], ["c", -0.63, 0.93, -1.11, 1.92, -1.38, 2.79], ["c", -0.15, 0.54, -0.27, 1.35, -0.27, 1.8], ["l", 0, 0.15], ["l", -0.21, 0], ["l", -0.21, 0], ["l", 0, -3.75], ["l", 0, -3.75], ["l", 0.21, 0], ["l", 0.21, 0], ["l", 0.48, -0.3], ["c", 1.83, -1.11, 3.12, -2.1, 4.17, -3.12], ["c", 0.78, -0.81, 1.32, -1.53, 1.71, -2.31], ["c", 0.45, -0.93, 0.6, -1.74, 0.51, -2.88], ["c", -0.12, -1.56, -0.63, -3.18, -1.47, -4.68], ["c", -0.12, -0.21, -0.15, -0.33, -0.06, -0.51], ["c", 0.06, -0.15, 0.15, -0.24, 0.33, -0.33], ["z"]], w: 8.492, h: 21.691 },
      "flags.ugrace": { d: [["M", 6.03, 6.93], ["c", 0.15, -0.09, 0.33, -0.06, 0.51, 0], ["c", 0.15, 0.09, 0.21, 0.15, 0.3, 0.33], ["c", 0.09, 0.18, 0.06, 0.39, -0.03, 0.54], ["c", -0.06, 0.15, -10.89, 8.88, -11.07, 8.97], ["c", -0.15, 0.09, -0.33, 0.06, -0.48, 0], ["c", -0.18, -0.09, -0.24, -0.15, -0.33, -0.33], ["c", -0.09, -0.18, -0.06, -0.39, 0.03, -0.54], ["c", 0.06, -0.15, 10.89, -8.88, 11.07, -8.97], ["z"]], w: 12.019, h: 9.954 },
      "flags.dgrace": { d: [["M", -6.06, -15.93], ["c", 0.18, -0.09, 0.33, -0.12, 0.48, -0.06], ["c", 0.18, 0.09, 14.01, 8.04, 14.1, 8.1], ["c", 0.12, 0.12, 0.18, 0.33, 0.18, 0.51], ["c", -0.03, 0.21, -0.15, 0.39, -0.36, 0.48], ["c", -0.18, 0.09, -0.33, 0.12, -0.48, 0.06], ["c", -0.18, -0.09, -14.01, -8.04, -14.1, -8.1], ["c", -0.12, -0.12, -0.18, -0.33, -0.18, -0.51], ["c", 0.03, -0.21, 0.15, -0.39, 0.36, -0.48], ["z"]], w: 15.12, h: 9.212 },
      "flags.d16th": { d: [["M", 6.84, -22.53], ["c", 0.27, -0.12, 0.57, -0.06, 0.72, 0.15], ["c", 0.15, 0.15, 0.33, 0.87, 0.45, 1.56], ["c", 0.06, 0.33, 0.06, 1.35, 0, 1.65], ["c", -0.06, 0.33, -0.15, 0.78, -0.27, 1.11], ["c", -0.12, 0.33, -0.45, 0.96, -0.66, 1.32], ["l", -0.18, 0.27], ["l", 0.09, 0.18], ["c", 0.48, 1.02, 0.72, 2.25, 0.69, 3.3], ["c", -0.06, 1.23, -0.42, 2.28, -1.26, 3.45], ["c", -0.57, 0.87, -0.99, 1.32, -3, 3.39], ["c", -1.56, 1.56, -2.22, 2.4, -2.76, 3.45], ["c", -0.42, 0.84, -0.66, 1.8, -0.66, 2.55], ["l", 0, 0.15], ["l", -0.21, 0], ["l", -0.21, 0], ["l", 0, -7.5], ["l", 0, -7.5], ["l", 0.21, 0], ["l", 0.21, 0], ["l", 0, 1.14], ["l", 0, 1.11], ["l", 0.27, -0.15], ["c", 1.11, -0.57, 1.77, -0.99, 2.52, -1.47], ["c", 2.37, -1.56, 3.69, -3.15, 4.05, -4.83], ["c", 0.03, -0.18, 0.03, -0.39, 0.03, -0.78], ["c", 0, -0.6, -0.03, -0.93, -0.24, -1.5], ["c", -0.06, -0.18, -0.12, -0.39, -0.15, -0.45], ["c", -0.03, -0.24, 0.12, -0.48, 0.36, -0.6], ["z"], ["m", -0.63, 7.5], ["c", -0.06, -0.18, -0.15, -0.36, -0.15, -0.36], ["c", -0.03, 0, -0.03, 0.03, -0.06, 0.06], ["c", -0.06, 0.12, -0.96, 1.02, -1.95, 1.98], ["c", -0.63, 0.57, -1.26, 1.17, -1.44, 1.35], ["c", -1.53, 1.62, -2.28, 2.85, -2.55, 4.32], ["c", -0.03, 0.18, -0.03, 0.54, -0.06, 0.99], ["l", 0, 0.69], ["l", 0.18, -0.09], ["c", 0.93, -0.54, 2.1, -1.29, 2.82, -1.83], ["c", 0.69, -0.51, 1.02, -0.81, 1.53, -1.29], ["c", 1.86, -1.89, 2.37, -3.66, 1.68, -5.82], ["z"]], w: 8.475, h: 22.591 },
      "flags.d32nd": { d: [["M", 6.84, -29.13], ["c", 0.27, -0.12, 0.57, -0.06, 0.72, 0.15], ["c", 0.12, 0.12, 0.27, 0.63, 0.36, 1.11], ["c", 0.33, 1.59, 0.06, 3.06, -0.81, 4.47], ["l", -0.18, 0.27], ["l", 0.09, 0.15], ["c", 0.12, 0.24, 0.33, 0.69, 0.45, 1.05], ["c", 0.63, 1.83, 0.45, 3.57, -0.57, 5.22], ["l", -0.18, 0.3], ["l", 0.15, 0.27], ["c", 0.42, 0.87, 0.6, 1.71, 0.57, 2.61], ["c", -0.06, 1.29, -0.48, 2.46, -1.35, 3.78], ["c", -0.54, 0.81, -0.93, 1.29, -2.46, 3], ["c", -0.51, 0.54, -1.05, 1.17, -1.26, 1.41], ["c", -1.56, 1.86, -2.25, 3.36, -2.37, 5.01], ["l", 0, 0.33], ["l", -0.21, 0], ["l", -0.21, 0], ["l", 0, -11.25], ["l", 0, -11.25], ["l", 0.21, 0], ["l", 0.21, 0], ["l", 0, 1.35], ["l", 0.03, 1.35], ["l", 0.78, -0.39], ["c", 1.38, -0.69, 2.34, -1.26, 3.24, -1.92], ["c", 1.38, -1.02, 2.28, -2.13, 2.64, -3.21], ["c", 0.15, -0.48, 0.18, -0.72, 0.18, -1.29], ["c", 0, -0.57, -0.06, -0.9, -0.24, -1.47], ["c", -0.06, -0.18, -0.12, -0.39, -0.15, -0.45], ["c", -0.03, -0.24, 0.12, -0.48, 0.36, -0.6], ["z"], ["m", -0.63, 7.2], ["c", -0.09, -0.18, -0.12, -0.21, -0.12, -0.15], ["c", -0.03, 0.09, -1.02, 1.08, -2.04, 2.04], ["c", -1.17, 1.08, -1.65, 1.56, -2.07, 2.04], ["c", -0.84, 0.96, -1.38, 1.86, -1.68, 2.76], ["c", -0.21, 0.57, -0.27, 0.99, -0.3, 1.65], ["l", 0, 0.54], ["l", 0.66, -0.33], ["c", 3.57, -1.86, 5.49, -3.69, 5.94, -5.7], ["c", 0.06, -0.39, 0.06, -1.2, -0.03, -1.65], ["c", -0.06, -0.39, -0.24, -0.9, -0.36, -1.2], ["z"], ["m", -0.06, 7.2], ["c", -0.06, -0.15, -0.12, -0.33, -0.15, -0.45], ["l", -0.06, -0.18], ["l", -0.18, 0.21], ["l", -1.83, 1.83], ["c", -0.87, 0.9, -1.77, 1.8, -1.95, 2.01], ["c", -1.08, 1.29, -1.62, 2.31, -1.89, 3.51], ["c", -0.06, 0.3, -0.06, 0.51, -0.09, 0.93], ["l", 0, 0.57], ["l", 0.09, -0.06], ["c", 0.75, -0.45, 1.89, -1.26, 2.52, -1.74], ["c", 0.81, -0.66, 1.74, -1.53, 2.22, -2.16], ["c", 1.26, -1.53, 1.68, -3.06, 1.32, -4.47], ["z"]], w: 8.385, h: 29.191 },
      "flags.d64th": { d: [["M", 7.08, -32.88], ["c", 0.3, -0.12, 0.66, -0.03, 0.78, 0.24], ["c", 0.18, 0.33, 0.27, 2.1, 0.15, 2.64], ["c", -0.09, 0.39, -0.21, 0.78, -0.39, 1.08], ["l", -0.15, 0.3], ["l", 0.09, 0.27], ["c", 0.03, 0.12, 0.09, 0.45, 0.12, 0.69], ["c", 0.27, 1.44, 0.18, 2.55, -0.3, 3.6], ["l", -0.12, 0.33], ["l", 0.06, 0.42], ["c", 0.27, 1.35, 0.33, 2.82, 0.21, 3.63], ["c", -0.12, 0.6, -0.3, 1.23, -0.57, 1.8], ["l", -0.15, 0.27], ["l", 0.03, 0.42], ["c", 0.06, 1.02, 0.06, 2.7, 0.03, 3.06], ["c", -0.15, 1.47, -0.66, 2.76, -1.74, 4.41], ["c", -0.45, 0.69, -0.75, 1.11, -1.74, 2.37], ["c", -1.05, 1.38, -1.5, 1.98, -1.95, 2.73], ["c", -0.93, 1.5, -1.38, 2.82, -1.44, 4.2], ["l", 0, 0.42], ["l", -0.21, 0], ["l", -0.21, 0], ["l", 0, -15], ["l", 0, -15], ["l", 0.21, 0], ["l", 0.21, 0], ["l", 0, 1.86], ["l", 0, 1.89], ["c", 0, 0, 0.21, -0.03, 0.45, -0.09], ["c", 2.22, -0.39, 4.08, -1.11, 5.19, -2.01], ["c", 0.63, -0.54, 1.02, -1.14, 1.2, -1.8], ["c", 0.06, -0.3, 0.06, -1.14, -0.03, -1.65], ["c", -0.03, -0.18, -0.06, -0.39, -0.09, -0.48], ["c", -0.03, -0.24, 0.12, -0.48, 0.36, -0.6], ["z"], ["m", -0.45, 6.15], ["c", -0.03, -0.18, -0.06, -0.42, -0.06, -0.54], ["l", -0.03, -0.18], ["l", -0.33, 0.3], ["c", -0.42, 0.36, -0.87, 0.72, -1.68, 1.29], ["c", -1.98, 1.38, -2.25, 1.59, -2.85, 2.16], ["c", -0.75, 0.69, -1.23, 1.44, -1.47, 2.19], ["c", -0.15, 0.45, -0.18, 0.63, -0.21, 1.35], ["l", 0, 0.66], ["l", 0.39, -0.18], ["c", 1.83, -0.9, 3.45, -1.95, 4.47, -2.91], ["c", 0.93, -0.9, 1.53, -1.83, 1.74, -2.82], ["c", 0.06, -0.33, 0.06, -0.87, 0.03, -1.32], ["z"], ["m", -0.27, 4.86], ["c", -0.03, -0.21, -0.06, -0.36, -0.06, -0.36], ["c", 0, -0.03, -0.12, 0.09, -0.24, 0.24], ["c", -0.39, 0.48, -0.99, 1.08, -2.16, 2.19], ["c", -1.47, 1.38, -1.92, 1.83, -2.46, 2.49], ["c", -0.66, 0.87, -1.08, 1.74, -1.29, 2.58], ["c", -0.09, 0.42, -0.15, 0.87, -0.15, 1.44], ["l", 0, 0.54], ["l", 0.48, -0.33], ["c", 1.5, -1.02, 2.58, -1.89, 3.51, -2.82], ["c", 1.47, -1.47, 2.25, -2.85, 2.4, -4.26], ["c", 0.03, -0.39, 0.03, -1.17, -0.03, -1.71], ["z"], ["m", -0.66, 7.68], ["c", 0.03, -0.15, 0.03, -0.6, 0.03, -0.99], ["l", 0, -0.72], ["l", -0.27, 0.33], ["l", -1.74, 1.98], ["c", -1.77, 1.92, -2.43, 2.76, -2.97, 3.9], ["c", -0.51, 1.02, -0.72, 1.77, -0.75, 2.91], ["c", 0, 0.63, 0, 0.63, 0.06, 0.6], ["c", 0.03, -0.03, 0.3, -0.27, 0.63, -0.54], ["c", 0.66, -0.6, 1.86, -1.8, 2.31, -2.31], ["c", 1.65, -1.89, 2.52, -3.54, 2.7, -5.16], ["z"]], w: 8.485, h: 32.932 },
      "clefs.C": { d: [["M", 0.06, -14.94], ["l", 0.09, -0.06], ["l", 1.92, 0], ["l", 1.92, 0], ["l", 0.09, 0.06], ["l", 0.06, 0.09], ["l", 0, 14.85], ["l", 0, 14.82], ["l", -0.06, 0.09], ["l", -0.09, 0.06], ["l", -1.92, 0], ["l", -1.92, 0], ["l", -0.09, -0.06], ["l", -0.06, -0.09], ["l", 0, -14.82], ["l", 0, -14.85], ["z"], ["m", 5.37, 0], ["c", 0.09, -0.06, 0.09, -0.06, 0.57, -0.06], ["c", 0.45, 0, 0.45, 0, 0.54, 0.06], ["l", 0.06, 0.09], ["l", 0, 7.14], ["l", 0, 7.11], ["l", 0.09, -0.06], ["c", 0.18, -0.18, 0.72, -0.84, 0.96, -1.2], ["c", 0.3, -0.45, 0.66, -1.17, 0.84, -1.65], ["c", 0.36, -0.9, 0.57, -1.83, 0.6, -2.79], ["c", 0.03, -0.48, 0.03, -0.54, 0.09, -0.63], ["c", 0.12, -0.18, 0.36, -0.21, 0.54, -0.12], ["c", 0.18, 0.09, 0.21, 0.15, 0.24, 0.66], ["c", 0.06, 0.87, 0.21, 1.56, 0.57, 2.22], ["c", 0.51, 1.02, 1.26, 1.68, 2.22, 1.92], ["c", 0.21, 0.06, 0.33, 0.06, 0.78, 0.06], ["c", 0.45, 0, 0.57, 0, 0.84, -0.06], ["c", 0.45, -0.12, 0.81, -0.33, 1.08, -0.6], ["c", 0.57, -0.57, 0.87, -1.41, 0.99, -2.88], ["c", 0.06, -0.54, 0.06, -3, 0, -3.57], ["c", -0.21, -2.58, -0.84, -3.87, -2.16, -4.5], ["c", -0.48, -0.21, -1.17, -0.36, -1.77, -0.36], ["c", -0.69, 0, -1.29, 0.27, -1.5, 0.72], ["c", -0.06, 0.15, -0.06, 0.21, -0.06, 0.42], ["c", 0, 0.24, 0, 0.3, 0.06, 0.45], ["c", 0.12, 0.24, 0.24, 0.39, 0.63, 0.66], ["c", 0.42, 0.3, 0.57, 0.48, 0.69, 0.72], ["c", 0.06, 0.15, 0.06, 0.21, 0.06, 0.48], ["c", 0, 0.39, -0.03, 0.63, -0.21, 0.96], ["c", -0.3, 0.6, -0.87, 1.08, -1.5, 1.26], ["c", -0.27, 0.06, -0.87, 0.06, -1.14, 0], ["c", -0.78, -0.24, -1.44, -0.87, -1.65, -1.68], ["c", -0.12, -0.42, -0.09, -1.17, 0.09, -1.71], ["c", 0.51, -1.65, 1.98, -2.82, 3.81, -3.09], ["c", 0.84, -0.09, 2.46, 0.03, 3.51, 0.27], ["c", 2.22, 0.57, 3.69, 1.8, 4.44, 3.75], ["c", 0.36, 0.93, 0.57, 2.13, 0.57, 3.36], ["c", 0, 1.44, -0.48, 2.73, -1.38, 3.81], ["c", -1.26, 1.5, -3.27, 2.43, -5.28, 2.43], ["c", -0.48, 0, -0.51, 0, -0.75, -0.09], ["c", -0.15, -0.03, -0.48, -0.21, -0.78, -0.36], ["c", -0.69, -0.36, -0.87, -0.42, -1.26, -0.42], ["c", -0.27, 0, -0.3, 0, -0.51, 0.09], ["c", -0.57, 0.3, -0.81, 0.9, -0.81, 2.1], ["c", 0, 1.23, 0.24, 1.83, 0.81, 2.13], ["c", 0.21, 0.09, 0.24, 0.09, 0.51, 0.09], ["c", 0.39, 0, 0.57, -0.06, 1.26, -0.42], ["c", 0.3, -0.15, 0.63, -0.33, 0.78, -0.36], ["c", 0.24, -0.09, 0.27, -0.09, 0.75, -0.09], ["c", 2.01, 0, 4.02, 0.93, 5.28, 2.4], ["c", 0.9, 1.11, 1.38, 2.4, 1.38, 3.84], ["c", 0, 1.5, -0.3, 2.88, -0.84, 3.96], ["c", -0.78, 1.59, -2.19, 2.64, -4.17, 3.15], ["c", -1.05, 0.24, -2.67, 0.36, -3.51, 0.27], ["c", -1.83, -0.27, -3.3, -1.44, -3.81, -3.09], ["c", -0.18, -0.54, -0.21, -1.29, -0.09, -1.74], ["c", 0.15, -0.6, 0.63, -1.2, 1.23, -1.47], ["c", 0.36, -0.18, 0.57, -0.21, 0.99, -0.21], ["c", 0.42, 0, 0.63, 0.03, 1.02, 0.21], ["c", 0.42, 0.21, 0.84, 0.63, 1.05, 1.05], ["c", 0.18, 0.36, 0.21, 0.6, 0.21, 0.96], ["c", 0, 0.3, 0, 0.36, -0.06, 0.51], ["c", -0.12, 0.24, -0.27, 0.42, -0.69, 0.72], ["c", -0.57, 0.42, -0.69, 0.63, -0.69, 1.08], ["c", 0, 0.24, 0, 0.3, 0.06, 0.45], ["c", 0.12, 0.21, 0.3, 0.39, 0.57, 0.54], ["c", 0.42, 0.18, 0.87, 0.21, 1.53, 0.15], ["c", 1.08, -0.15, 1.8, -0.57, 2.34, -1.32], ["c", 0.54, -0.75, 0.84, -1.83, 0.99, -3.51], ["c", 0.06, -0.57, 0.06, -3.03, 0, -3.57], ["c", -0.12, -1.47, -0.42, -2.31, -0.99, -2.88], ["c", -0.27, -0.27, -0.63, -0.48, -1.08, -0.6], ["c", -0.27, -0.06, -0.39, -0.06, -0.84, -0.06], ["c", -0.45, 0, -0.57, 0, -0.78, 0.06], ["c", -1.14, 0.27, -2.01, 1.17, -2.46, 2.49], ["c", -0.21, 0.57, -0.3, 0.99, -0.33, 1.65], ["c", -0.03, 0.51, -0.06, 0.57, -0.24, 0.66], ["c", -0.12, 0.06, -0.27, 0.06, -0.39, 0], ["c", -0.21, -0.09, -0.21, -0.15, -0.24, -0.75], ["c", -0.09, -1.92, -0.78, -3.72, -2.01, -5.19], ["c", -0.18, -0.21, -0.36, -0.42, -0.39, -0.45], ["l", -0.09, -0.06], ["l", 0, 7.11], ["l", 0, 7.14], ["l", -0.06, 0.09], ["c", -0.09, 0.06, -0.09, 0.06, -0.54, 0.06], ["c", -0.48, 0, -0.48, 0, -0.57, -0.06], ["l", -0.06, -0.09], ["l", 0, -14.82], ["l", 0, -14.85], ["z"]], w: 20.31, h: 29.97 },
      "clefs.F": { d: [["M", 6.3, -7.8], ["c", 0.36, -0.03, 1.65, 0, 2.13, 0.03], ["c", 3.6, 0.42, 6.03, 2.1, 6.93, 4.86], ["c", 0.27, 0.84, 0.36, 1.5, 0.36, 2.58], ["c", 0, 0.9, -0.03, 1.35, -0.18, 2.16], ["c", -0.78, 3.78, -3.54, 7.08, -8.37, 9.96], ["c", -1.74, 1.05, -3.87, 2.13, -6.18, 3.12], ["c", -0.39, 0.18, -0.75, 0.33, -0.81, 0.36], ["c", -0.06, 0.03, -0.15, 0.06, -0.18, 0.06], ["c", -0.15, 0, -0.33, -0.18, -0.33, -0.33], ["c", 0, -0.15, 0.06, -0.21, 0.51, -0.48], ["c", 3, -1.77, 5.13, -3.21, 6.84, -4.74], ["c", 0.51, -0.45, 1.59, -1.5, 1.95, -1.95], ["c", 1.89, -2.19, 2.88, -4.32, 3.15, -6.78], ["c", 0.06, -0.42, 0.06, -1.77, 0, -2.19], ["c", -0.24, -2.01, -0.93, -3.63, -2.04, -4.71], ["c", -0.63, -0.63, -1.29, -1.02, -2.07, -1.2], ["c", -1.62, -0.39, -3.36, 0.15, -4.56, 1.44], ["c", -0.54, 0.6, -1.05, 1.47, -1.32, 2.22], ["l", -0.09, 0.21], ["l", 0.24, -0.12], ["c", 0.39, -0.21, 0.63, -0.24, 1.11, -0.24], ["c", 0.3, 0, 0.45, 0, 0.66, 0.06], ["c", 1.92, 0.48, 2.85, 2.55, 1.95, 4.38], ["c", -0.45, 0.99, -1.41, 1.62, -2.46, 1.71], ["c", -1.47, 0.09, -2.91, -0.87, -3.39, -2.25], ["c", -0.18, -0.57, -0.21, -1.32, -0.03, -2.28], ["c", 0.39, -2.25, 1.83, -4.2, 3.81, -5.19], ["c", 0.69, -0.36, 1.59, -0.6, 2.37, -0.69], ["z"], ["m", 11.58, 2.52], ["c", 0.84, -0.21, 1.71, 0.3, 1.89, 1.14], ["c", 0.3, 1.17, -0.72, 2.19, -1.89, 1.89], ["c", -0.99, -0.21, -1.5, -1.32, -1.02, -2.25], ["c", 0.18, -0.39, 0.6, -0.69, 1.02, -0.78], ["z"], ["m", 0, 7.5], ["c", 0.84, -0.21, 1.71, 0.3, 1.89, 1.14], ["c", 0.21, 0.87, -0.3, 1.71, -1.14, 1.89], ["c", -0.87, 0.21, -1.71, -0.3, -1.89, -1.14], ["c", -0.21, -0.84, 0.3, -1.71, 1.14, -1.89], ["z"]], w: 20.153, h: 23.142 },
      "clefs.G": { d: [["M", 9.69, -37.41], ["c", 0.09, -0.09, 0.24, -0.06, 0.36, 0], ["c", 0.12, 0.09, 0.57, 0.6, 0.96, 1.11], ["c", 1.77, 2.34, 3.21, 5.85, 3.57, 8.73], ["c", 0.21, 1.56, 0.03, 3.27, -0.45, 4.86], ["c", -0.69, 2.31, -1.92, 4.47, -4.23, 7.44], ["c", -0.3, 0.39, -0.57, 0.72, -0.6, 0.75], ["c", -0.03, 0.06, 0, 0.15, 0.18, 0.78], ["c", 0.54, 1.68, 1.38, 4.44, 1.68, 5.49], ["l", 0.09, 0.42], ["l", 0.39, 0], ["c", 1.47, 0.09, 2.76, 0.51, 3.96, 1.29], ["c", 1.83, 1.23, 3.06, 3.21, 3.39, 5.52], ["c", 0.09, 0.45, 0.12, 1.29, 0.06, 1.74], ["c", -0.09, 1.02, -0.33, 1.83, -0.75, 2.73], ["c", -0.84, 1.71, -2.28, 3.06, -4.02, 3.72], ["l", -0.33, 0.12], ["l", 0.03, 1.26], ["c", 0, 1.74, -0.06, 3.63, -0.21, 4.62], ["c", -0.45, 3.06, -2.19, 5.49, -4.47, 6.21], ["c", -0.57, 0.18, -0.9, 0.21, -1.59, 0.21], ["c", -0.69, 0, -1.02, -0.03, -1.65, -0.21], ["c", -1.14, -0.27, -2.13, -0.84, -2.94, -1.65], ["c", -0.99, -0.99, -1.56, -2.16, -1.71, -3.54], ["c", -0.09, -0.81, 0.06, -1.53, 0.45, -2.13], ["c", 0.63, -0.99, 1.83, -1.56, 3, -1.53], ["c", 1.5, 0.09, 2.64, 1.32, 2.73, 2.94], ["c", 0.06, 1.47, -0.93, 2.7, -2.37, 2.97], ["c", -0.45, 0.06, -0.84, 0.03, -1.29, -0.09], ["l", -0.21, -0.09], ["l", 0.09, 0.12], ["c", 0.39, 0.54, 0.78, 0.93, 1.32, 1.26], ["c", 1.35, 0.87, 3.06, 1.02, 4.35, 0.36], ["c", 1.44, -0.72, 2.52, -2.28, 2.97, -4.35], ["c", 0.15, -0.66, 0.24, -1.5, 0.3, -3.03], ["c", 0.03, -0.84, 0.03, -2.94, 0, -3], ["c", -0.03, 0, -0.18, 0, -0.36, 0.03], ["c", -0.66, 0.12, -0.99, 0.12, -1.83, 0.12], ["c", -1.05, 0, -1.71, -0.06, -2.61, -0.3], ["c", -4.02, -0.99, -7.11, -4.35, -7.8, -8.46], ["c", -0.12, -0.66, -0.12, -0.99, -0.12, -1.83], ["c", 0, -0.84, 0, -1.14, 0.15, -1.92], ["c", 0.36, -2.28, 1.41, -4.62, 3.3, -7.29], ["l", 2.79, -3.6], ["c", 0.54, -0.66, 0.96, -1.2, 0.96, -1.23], ["c", 0, -0.03, -0.09, -0.33, -0.18, -0.69], ["c", -0.96, -3.21, -1.41, -5.28, -1.59, -7.68], ["c", -0.12, -1.38, -0.15, -3.09, -0.06, -3.96], ["c", 0.33, -2.67, 1.38, -5.07, 3.12, -7.08], ["c", 0.36, -0.42, 0.99, -1.05, 1.17, -1.14], ["z"], ["m", 2.01, 4.71], ["c", -0.15, -0.3, -0.3, -0.54, -0.3, -0.54], ["c", -0.03, 0, -0.18, 0.09, -0.3, 0.21], ["c", -2.4, 1.74, -3.87, 4.2, -4.26, 7.11], ["c", -0.06, 0.54, -0.06, 1.41, -0.03, 1.89], ["c", 0.09, 1.29, 0.48, 3.12, 1.08, 5.22], ["c", 0.15, 0.42, 0.24, 0.78, 0.24, 0.81], ["c", 0, 0.03, 0.84, -1.11, 1.23, -1.68], ["c", 1.89, -2.73, 2.88, -5.07, 3.15, -7.53], ["c", 0.09, -0.57, 0.12, -1.74, 0.06, -2.37], ["c", -0.09, -1.23, -0.27, -1.92, -0.87, -3.12], ["z"], ["m", -2.94, 20.7], ["c", -0.21, -0.72, -0.39, -1.32, -0.42, -1.32], ["c", 0, 0, -1.2, 1.47, -1.86, 2.37], ["c", -2.79, 3.63, -4.02, 6.3, -4.35, 9.3], ["c", -0.03, 0.21, -0.03, 0.69, -0.03, 1.08], ["c", 0, 0.69, 0, 0.75, 0.06, 1.11], ["c", 0.12, 0.54, 0.27, 0.99, 0.51, 1.47], ["c", 0.69, 1.38, 1.83, 2.55, 3.42, 3.42], ["c", 0.96, 0.54, 2.07, 0.9, 3.21, 1.08], ["c", 0.78, 0.12, 2.04, 0.12, 2.94, -0.03], ["c", 0.51, -0.06, 0.45, -0.03, 0.42, -0.3], ["c", -0.24, -3.33, -0.72, -6.33, -1.62, -10.08], ["c", -0.09, -0.39, -0.18, -0.75, -0.18, -0.78], ["c", -0.03, -0.03, -0.42, 0, -0.81, 0.09], ["c", -0.9, 0.18, -1.65, 0.57, -2.22, 1.14], ["c", -0.72, 0.72, -1.08, 1.65, -1.05, 2.64], ["c", 0.06, 0.96, 0.48, 1.83, 1.23, 2.58], ["c", 0.36, 0.36, 0.72, 0.63, 1.17, 0.9], ["c", 0.33, 0.18, 0.36, 0.21, 0.42, 0.33], ["c", 0.18, 0.42, -0.18, 0.9, -0.6, 0.87], ["c", -0.18, -0.03, -0.84, -0.36, -1.26, -0.63], ["c", -0.78, -0.51, -1.38, -1.11, -1.86, -1.83], ["c", -1.77, -2.7, -0.99, -6.42, 1.71, -8.19], ["c", 0.3, -0.21, 0.81, -0.48, 1.17, -0.63], ["c", 0.3, -0.09, 1.02, -0.3, 1.14, -0.3], ["c", 0.06, 0, 0.09, 0, 0.09, -0.03], ["c", 0.03, -0.03, -0.51, -1.92, -1.23, -4.26], ["z"], ["m", 3.78, 7.41], ["c", -0.18, -0.03, -0.36, -0.06, -0.39, -0.06], ["c", -0.03, 0, 0, 0.21, 0.18, 1.02], ["c", 0.75, 3.18, 1.26, 6.3, 1.5, 9.09], ["c", 0.06, 0.72, 0, 0.69, 0.51, 0.42], ["c", 0.78, -0.36, 1.44, -0.96, 1.98, -1.77], ["c", 1.08, -1.62, 1.2, -3.69, 0.3, -5.55], ["c", -0.81, -1.62, -2.31, -2.79, -4.08, -3.15], ["z"]], w: 19.051, h: 57.057 },
      "clefs.perc": { d: [["M", 5.07, -7.44], ["l", 0.09, -0.06], ["l", 1.53, 0], ["l", 1.53, 0], ["l", 0.09, 0.06], ["l", 0.06, 0.09], ["l", 0, 7.35], ["l", 0, 7.32], ["l", -0.06, 0.09], ["l", -0.09, 0.06], ["l", -1.53, 0], ["l", -1.53, 0], ["l", -0.09, -0.06], ["l", -0.06, -0.09], ["l", 0, -7.32], ["l", 0, -7.35], ["z"], ["m", 6.63, 0], ["l", 0.09, -0.06], ["l", 1.53, 0], ["l", 1.53, 0], ["l", 0.09, 0.06], ["l", 0.06, 0.09], ["l", 0, 7.35], ["l", 0, 7.32], ["l", -0.06, 0.09], ["l", -0.09, 0.06], ["l", -1.53, 0], ["l", -1.53, 0], ["l", -0.09, -0.06], ["l", -0.06, -0.09], ["l", 0, -7.32], ["l", 0, -7.35], ["z"]], w: 21, h: 14.97 },
      "tab.big": { d: [["M", 20.16, -21.66], ["c", 0.24, -0.09, 0.66, 0.09, 0.78, 0.36], ["c", 0.09, 0.21, 0.09, 0.24, -0.18, 0.54], ["c", -0.78, 0.81, -1.86, 1.44, -2.94, 1.71], ["c", -0.87, 0.24, -1.71, 0.24, -2.55, 0.03], ["l", -0.06, -0.03], ["l", -0.18, 0.99], ["c", -0.33, 1.98, -0.75, 4.26, -0.96, 5.04], ["c", -0.42, 1.65, -1.26, 3.18, -2.28, 4.14], ["c", -0.57, 0.57, -1.17, 0.9, -1.86, 1.08], ["c", -0.18, 0.06, -0.33, 0.06, -0.66, 0.06], ["c", -0.54, 0, -0.78, -0.03, -1.23, -0.27], ["c", -0.39, -0.18, -0.66, -0.39, -1.38, -0.99], ["c", -0.3, -0.24, -0.66, -0.51, -0.75, -0.57], ["c", -0.21, -0.15, -0.27, -0.24, -0.24, -0.45], ["c", 0.06, -0.27, 0.36, -0.6, 0.6, -0.66], ["c", 0.18, -0.03, 0.33, 0.06, 0.9, 0.57], ["c", 0.48, 0.42, 0.72, 0.57, 0.93, 0.69], ["c", 0.66, 0.33, 1.38, 0.21, 1.95, -0.36], ["c", 0.63, -0.6, 1.05, -1.62, 1.23, -3], ["c", 0.03, -0.18, 0.09, -0.66, 0.09, -1.11], ["c", 0.09, -1.56, 0.33, -3.81, 0.57, -5.49], ["c", 0.06, -0.33, 0.09, -0.63, 0.09, -0.63], ["c", -0.03, -0.03, -0.81, -0.12, -1.02, -0.12], ["c", -0.57, 0, -1.32, 0.12, -1.8, 0.33], ["c", -0.87, 0.3, -1.35, 0.78, -1.5, 1.41], ["c", -0.18, 0.63, 0.09, 1.26, 0.66, 1.65], ["c", 0.12, 0.06, 0.15, 0.12, 0.18, 0.24], ["c", 0.09, 0.27, 0.06, 0.57, -0.09, 0.75], ["c", -0.03, 0.06, -0.12, 0.09, -0.27, 0.15], ["c", -0.72, 0.21, -1.44, 0.15, -2.1, -0.18], ["c", -0.54, -0.27, -0.96, -0.66, -1.2, -1.14], ["c", -0.39, -0.75, -0.33, -1.74, 0.15, -2.52], ["c", 0.27, -0.42, 0.84, -0.93, 1.41, -1.23], ["c", 1.17, -0.57, 2.88, -0.9, 4.8, -0.9], ["c", 0.69, 0, 0.78, 0, 1.08, 0.06], ["c", 0.45, 0.09, 1.11, 0.3, 2.07, 0.6], ["c", 1.47, 0.48, 1.83, 0.57, 2.55, 0.54], ["c", 1.02, -0.06, 2.04, -0.45, 2.94, -1.11], ["c", 0.12, -0.09, 0.24, -0.18, 0.27, -0.18], ["z"], ["m", -5.88, 13.05], ["c", 0.21, -0.03, 0.81, 0, 1.08, 0.06], ["c", 0.48, 0.12, 0.9, 0.42, 0.99, 0.69], ["c", 0.03, 0.09, 0.03, 0.15, 0, 0.27], ["c", 0, 0.09, -0.03, 0.57, -0.06, 1.08], ["c", -0.09, 2.19, -0.24, 5.76, -0.39, 8.28], ["c", -0.06, 1.53, -0.06, 1.77, 0.03, 2.01], ["c", 0.09, 0.18, 0.15, 0.24, 0.3, 0.3], ["c", 0.24, 0.12, 0.54, 0.06, 1.23, -0.27], ["c", 0.57, -0.27, 0.66, -0.3, 0.75, -0.24], ["c", 0.09, 0.06, 0.18, 0.3, 0.18, 0.45], ["c", 0, 0.33, -0.15, 0.51, -0.45, 0.63], ["c", -0.12, 0.03, -0.39, 0.15, -0.6, 0.27], ["c", -1.17, 0.6, -1.38, 0.69, -1.8, 0.72], ["c", -0.45, 0.03, -0.78, -0.09, -1.08, -0.39], ["c", -0.39, -0.42, -0.66, -1.2, -1.02, -3.12], ["c", -0.24, -1.23, -0.36, -2.07, -0.54, -3.75], ["l", 0, -0.18], ["l", -0.36, 0.45], ["c", -0.6, 0.75, -1.32, 1.59, -1.95, 2.25], ["c", -0.15, 0.18, -0.27, 0.3, -0.27, 0.33], ["c", 0, 0, 0.06, 0.09, 0.15, 0.18], ["c", 0.24, 0.33, 0.6, 0.57, 1.05, 0.69], ["c", 0.18, 0.06, 0.3, 0.06, 0.69, 0.06], ["l", 0.48, 0.03], ["l", 0.06, 0.12], ["c", 0.15, 0.27, 0.03, 0.72, -0.21, 0.9], ["c", -0.18, 0.12, -0.93, 0.27, -1.41, 0.27], ["c", -0.84, 0, -1.59, -0.3, -1.98, -0.84], ["l", -0.12, -0.15], ["l", -0.45, 0.42], ["c", -0.99, 0.87, -1.53, 1.32, -2.16, 1.74], ["c", -0.78, 0.51, -1.5, 0.84, -2.1, 0.93], ["c", -0.69, 0.12, -1.2, 0.03, -1.95, -0.42], ["c", -0.21, -0.12, -0.51, -0.27, -0.66, -0.36], ["c", -0.24, -0.12, -0.3, -0.18, -0.33, -0.24], ["c", -0.12, -0.27, 0.15, -0.78, 0.45, -0.93], ["c", 0.24, -0.12, 0.33, -0.09, 0.9, 0.18], ["c", 0.6, 0.3, 0.84, 0.39, 1.2, 0.36], ["c", 0.87, -0.09, 1.77, -0.69, 3.24, -2.31], ["c", 2.67, -2.85, 4.59, -5.94, 5.7, -9.15], ["c", 0.15, -0.45, 0.24, -0.63, 0.42, -0.81], ["c", 0.21, -0.24, 0.6, -0.45, 0.99, -0.51], ["z"], ["m", -3.99, 16.05], ["c", 0.18, 0, 0.69, -0.03, 1.17, 0], ["c", 3.27, 0.03, 5.37, 0.75, 6, 2.07], ["c", 0.45, 0.99, 0.12, 2.4, -0.81, 3.42], ["c", -0.24, 0.27, -0.57, 0.57, -0.84, 0.75], ["c", -0.09, 0.06, -0.18, 0.09, -0.18, 0.12], ["c", 0, 0, 0.18, 0.03, 0.42, 0.09], ["c", 1.23, 0.3, 2.01, 0.81, 2.37, 1.59], ["c", 0.27, 0.54, 0.3, 1.32, 0.09, 2.1], ["c", -0.12, 0.36, -0.45, 1.05, -0.69, 1.35], ["c", -0.87, 1.17, -2.1, 1.92, -3.54, 2.25], ["c", -0.36, 0.06, -0.48, 0.06, -0.96, 0.06], ["c", -0.45, 0, -0.66, 0, -0.84, -0.03], ["c", -0.84, -0.18, -1.47, -0.51, -2.07, -1.11], ["c", -0.33, -0.33, -0.45, -0.51, -0.45, -0.63], ["c", 0, -0.06, 0.03, -0.15, 0.06, -0.24], ["c", 0.18, -0.33, 0.69, -0.6, 0.93, -0.48], ["c", 0.03, 0.03, 0.15, 0.12, 0.27, 0.24], ["c", 0.39, 0.42, 0.99, 0.57, 1.62, 0.45], ["c", 1.05, -0.21, 1.98, -1.02, 2.31, -2.01], ["c", 0.48, -1.53, -0.48, -2.55, -2.58, -2.67], ["c", -0.21, 0, -0.36, -0.03, -0.42, -0.06], ["c", -0.15, -0.09, -0.21, -0.51, -0.06, -0.78], ["c", 0.12, -0.27, 0.24, -0.33, 0.6, -0.36], ["c", 0.57, -0.06, 1.11, -0.42, 1.5, -0.99], ["c", 0.48, -0.72, 0.54, -1.59, 0.18, -2.31], ["c", -0.12, -0.21, -0.45, -0.54, -0.69, -0.69], ["c", -0.33, -0.21, -0.93, -0.45, -1.35, -0.51], ["l", -0.12, -0.03], ["l", -0.06, 0.48], ["c", -0.54, 2.94, -1.14, 6.24, -1.29, 6.75], ["c", -0.33, 1.35, -0.93, 2.61, -1.65, 3.6], ["c", -0.3, 0.36, -0.81, 0.9, -1.14, 1.14], ["c", -0.3, 0.24, -0.84, 0.48, -1.14, 0.57], ["c", -0.33, 0.09, -0.96, 0.09, -1.26, 0.03], ["c", -0.45, -0.12, -0.87, -0.39, -1.53, -0.96], ["c", -0.24, -0.15, -0.51, -0.39, -0.63, -0.48], ["c", -0.3, -0.21, -0.33, -0.33, -0.21, -0.63], ["c", 0.12, -0.18, 0.27, -0.36, 0.42, -0.45], ["c", 0.27, -0.12, 0.36, -0.09, 0.87, 0.33], ["c", 0.78, 0.6, 1.08, 0.75, 1.65, 0.72], ["c", 0.45, -0.03, 0.81, -0.21, 1.17, -0.54], ["c", 0.87, -0.9, 1.38, -2.85, 1.38, -5.37], ["c", 0, -0.6, 0.03, -1.11, 0.12, -2.04], ["c", 0.06, -0.69, 0.24, -2.01, 0.33, -2.58], ["c", 0.06, -0.24, 0.06, -0.42, 0.06, -0.42], ["c", 0, 0, -0.12, 0.03, -0.21, 0.09], ["c", -1.44, 0.57, -2.16, 1.65, -1.74, 2.55], ["c", 0.09, 0.15, 0.18, 0.24, 0.27, 0.33], ["c", 0.24, 0.21, 0.3, 0.27, 0.33, 0.39], ["c", 0.06, 0.24, 0, 0.63, -0.15, 0.78], ["c", -0.09, 0.12, -0.54, 0.21, -0.96, 0.24], ["c", -1.02, 0.03, -2.01, -0.48, -2.43, -1.32], ["c", -0.21, -0.45, -0.27, -0.9, -0.15, -1.44], ["c", 0.06, -0.27, 0.21, -0.66, 0.39, -0.93], ["c", 0.87, -1.29, 3, -2.22, 5.64, -2.43], ["z"]], w: 19.643, h: 43.325 },
      "tab.tiny": { d: [["M", 16.02, -17.25], ["c", 0.12, -0.09, 0.15, -0.09, 0.27, -0.09], ["c", 0.21, 0.03, 0.51, 0.3, 0.51, 0.45], ["c", 0, 0.06, -0.12, 0.18, -0.3, 0.36], ["c", -1.11, 1.08, -2.55, 1.59, -3.84, 1.41], ["c", -0.15, -0.03, -0.33, -0.06, -0.39, -0.09], ["c", -0.06, -0.03, -0.09, -0.03, -0.12, -0.03], ["c", 0, 0, -0.06, 0.42, -0.15, 0.93], ["c", -0.33, 2.01, -0.66, 3.69, -0.84, 4.26], ["c", -0.42, 1.41, -1.23, 2.67, -2.16, 3.33], ["c", -0.27, 0.18, -0.75, 0.42, -0.99, 0.48], ["c", -0.3, 0.09, -0.72, 0.09, -1.02, 0.06], ["c", -0.45, -0.09, -0.84, -0.33, -1.53, -0.9], ["c", -0.21, -0.18, -0.51, -0.39, -0.63, -0.48], ["c", -0.27, -0.21, -0.3, -0.24, -0.3, -0.36], ["c", 0, -0.12, 0.09, -0.36, 0.18, -0.45], ["c", 0.09, -0.09, 0.27, -0.18, 0.36, -0.18], ["c", 0.12, 0, 0.3, 0.12, 0.66, 0.45], ["c", 0.57, 0.51, 0.87, 0.69, 1.23, 0.72], ["c", 0.93, 0.06, 1.68, -0.78, 1.98, -2.37], ["c", 0.09, -0.39, 0.15, -0.75, 0.18, -1.53], ["c", 0.06, -0.99, 0.24, -2.79, 0.42, -4.05], ["c", 0.03, -0.3, 0.06, -0.57, 0.06, -0.6], ["c", 0, -0.06, -0.03, -0.09, -0.15, -0.12], ["c", -0.9, -0.18, -2.13, 0.06, -2.76, 0.57], ["c", -0.36, 0.3, -0.51, 0.6, -0.51, 1.02], ["c", 0, 0.45, 0.15, 0.75, 0.48, 0.99], ["c", 0.06, 0.06, 0.15, 0.18, 0.18, 0.24], ["c", 0.12, 0.24, 0.03, 0.63, -0.15, 0.69], ["c", -0.24, 0.12, -0.6, 0.15, -0.9, 0.15], ["c", -0.36, -0.03, -0.57, -0.09, -0.87, -0.24], ["c", -0.78, -0.36, -1.23, -1.11, -1.2, -1.92], ["c", 0.12, -1.53, 1.74, -2.49, 4.62, -2.7], ["c", 1.2, -0.09, 1.47, -0.03, 3.33, 0.57], ["c", 0.9, 0.3, 1.14, 0.36, 1.56, 0.39], ["c", 0.45, 0, 0.93, -0.06, 1.38, -0.21], ["c", 0.51, -0.18, 0.81, -0.33, 1.41, -0.75], ["z"], ["m", -4.68, 10.38], ["c", 0.39, -0.06, 0.84, 0, 1.2, 0.15], ["c", 0.24, 0.12, 0.36, 0.21, 0.45, 0.36], ["l", 0.09, 0.09], ["l", -0.06, 1.41], ["c", -0.09, 2.19, -0.18, 3.96, -0.27, 5.49], ["c", -0.03, 0.78, -0.06, 1.59, -0.06, 1.86], ["c", 0, 0.42, 0, 0.48, 0.06, 0.57], ["c", 0.06, 0.18, 0.18, 0.24, 0.36, 0.27], ["c", 0.18, 0, 0.39, -0.06, 0.84, -0.27], ["c", 0.45, -0.21, 0.54, -0.24, 0.63, -0.18], ["c", 0.12, 0.12, 0.15, 0.54, 0.03, 0.69], ["c", -0.03, 0.03, -0.15, 0.12, -0.27, 0.18], ["c", -0.15, 0.03, -0.3, 0.12, -0.36, 0.15], ["c", -0.87, 0.45, -1.02, 0.51, -1.26, 0.57], ["c", -0.33, 0.09, -0.6, 0.06, -0.84, -0.06], ["c", -0.42, -0.18, -0.63, -0.6, -0.87, -1.44], ["c", -0.3, -1.23, -0.57, -2.97, -0.66, -4.08], ["c", 0, -0.18, -0.03, -0.3, -0.03, -0.33], ["l", -0.06, 0.06], ["c", -0.18, 0.27, -1.11, 1.38, -1.68, 2.01], ["l", -0.33, 0.33], ["l", 0.06, 0.09], ["c", 0.06, 0.15, 0.27, 0.33, 0.48, 0.42], ["c", 0.27, 0.18, 0.51, 0.24, 0.96, 0.27], ["l", 0.39, 0], ["l", 0.03, 0.12], ["c", 0.12, 0.21, 0.03, 0.57, -0.15, 0.69], ["c", -0.03, 0.03, -0.21, 0.09, -0.36, 0.15], ["c", -0.27, 0.06, -0.39, 0.06, -0.75, 0.06], ["c", -0.48, 0, -0.75, -0.03, -1.08, -0.21], ["c", -0.21, -0.12, -0.51, -0.36, -0.57, -0.48], ["l", -0.03, -0.09], ["l", -0.39, 0.36], ["c", -1.47, 1.35, -2.49, 1.98, -3.42, 2.13], ["c", -0.54, 0.09, -0.96, -0.03, -1.62, -0.39], ["c", -0.21, -0.15, -0.45, -0.27, -0.54, -0.3], ["c", -0.18, -0.09, -0.21, -0.21, -0.12, -0.45], ["c", 0.06, -0.27, 0.33, -0.48, 0.54, -0.48], ["c", 0.03, 0, 0.27, 0.09, 0.48, 0.21], ["c", 0.48, 0.24, 0.69, 0.27, 0.99, 0.27], ["c", 0.6, -0.06, 1.17, -0.42, 2.1, -1.35], ["c", 2.22, -2.22, 4.02, -4.98, 4.95, -7.59], ["c", 0.21, -0.57, 0.3, -0.78, 0.48, -0.93], ["c", 0.15, -0.15, 0.42, -0.27, 0.66, -0.33], ["z"], ["m", -3.06, 12.84], ["c", 0.27, -0.03, 1.68, 0, 2.01, 0.03], ["c", 1.92, 0.18, 3.15, 0.69, 3.63, 1.5], ["c", 0.18, 0.33, 0.24, 0.51, 0.21, 0.93], ["c", 0, 0.45, -0.06, 0.72, -0.24, 1.11], ["c", -0.24, 0.51, -0.69, 1.02, -1.17, 1.35], ["c", -0.21, 0.15, -0.21, 0.15, -0.12, 0.18], ["c", 0.72, 0.15, 1.11, 0.3, 1.5, 0.57], ["c", 0.39, 0.24, 0.63, 0.57, 0.75, 0.96], ["c", 0.09, 0.3, 0.09, 0.96, 0, 1.29], ["c", -0.15, 0.57, -0.39, 1.05, -0.78, 1.5], ["c", -0.66, 0.75, -1.62, 1.32, -2.61, 1.53], ["c", -0.27, 0.06, -0.42, 0.06, -0.84, 0.06], ["c", -0.48, 0, -0.57, 0, -0.81, -0.06], ["c", -0.6, -0.18, -1.05, -0.42, -1.47, -0.81], ["c", -0.36, -0.39, -0.42, -0.51, -0.3, -0.75], ["c", 0.12, -0.21, 0.39, -0.39, 0.6, -0.39], ["c", 0.09, 0, 0.15, 0.03, 0.33, 0.18], ["c", 0.12, 0.12, 0.27, 0.24, 0.36, 0.27], ["c", 0.96, 0.48, 2.46, -0.33, 2.82, -1.5], ["c", 0.24, -0.81, -0.03, -1.44, -0.69, -1.77], ["c", -0.39, -0.21, -1.02, -0.33, -1.53, -0.33], ["c", -0.18, 0, -0.21, 0, -0.27, -0.09], ["c", -0.06, -0.09, -0.06, -0.3, -0.03, -0.48], ["c", 0.06, -0.18, 0.18, -0.36, 0.33, -0.36], ["c", 0.39, -0.06, 0.51, -0.09, 0.72, -0.18], ["c", 0.69, -0.36, 1.11, -1.23, 0.99, -2.01], ["c", -0.09, -0.51, -0.42, -0.9, -0.93, -1.17], ["c", -0.24, -0.12, -0.6, -0.27, -0.87, -0.3], ["c", -0.09, -0.03, -0.09, -0.03, -0.12, 0.12], ["c", 0, 0.09, -0.21, 1.11, -0.42, 2.25], ["c", -0.66, 3.75, -0.72, 3.99, -1.26, 5.07], ["c", -0.9, 1.89, -2.25, 2.85, -3.48, 2.61], ["c", -0.39, -0.09, -0.69, -0.27, -1.38, -0.84], ["c", -0.63, -0.51, -0.63, -0.48, -0.63, -0.6], ["c", 0, -0.18, 0.18, -0.48, 0.39, -0.57], ["c", 0.21, -0.12, 0.3, -0.09, 0.81, 0.33], ["c", 0.15, 0.15, 0.39, 0.3, 0.54, 0.36], ["c", 0.18, 0.12, 0.27, 0.12, 0.48, 0.15], ["c", 0.99, 0.06, 1.71, -0.78, 2.04, -2.46], ["c", 0.12, -0.66, 0.18, -1.14, 0.21, -2.22], ["c", 0.03, -1.23, 0.12, -2.25, 0.36, -3.63], ["c", 0.03, -0.24, 0.06, -0.45, 0.06, -0.48], ["c", -0.06, -0.03, -0.66, 0.27, -0.9, 0.42], ["c", -0.06, 0.06, -0.21, 0.18, -0.33, 0.3], ["c", -0.57, 0.57, -0.6, 1.35, -0.06, 1.74], ["c", 0.18, 0.12, 0.24, 0.24, 0.21, 0.51], ["c", -0.03, 0.3, -0.15, 0.42, -0.57, 0.48], ["c", -1.11, 0.24, -2.22, -0.42, -2.43, -1.38], ["c", -0.09, -0.45, 0.03, -1.02, 0.3, -1.47], ["c", 0.18, -0.24, 0.6, -0.63, 0.9, -0.84], ["c", 0.9, -0.6, 2.28, -1.02, 3.69, -1.11], ["z"]], w: 15.709, h: 34.656 },
      "timesig.common": { d: [["M", 6.66, -7.83], ["c", 0.72, -0.06, 1.41, -0.03, 1.98, 0.09], ["c", 1.2, 0.27, 2.34, 0.96, 3.09, 1.92], ["c", 0.63, 0.81, 1.08, 1.86, 1.14, 2.73], ["c", 0.06, 1.02, -0.51, 1.92, -1.44, 2.22], ["c", -0.24, 0.09, -0.3, 0.09, -0.63, 0.09], ["c", -0.33, 0, -0.42, 0, -0.63, -0.06], ["c", -0.66, -0.24, -1.14, -0.63, -1.41, -1.2], ["c", -0.15, -0.3, -0.21, -0.51, -0.24, -0.9], ["c", -0.06, -1.08, 0.57, -2.04, 1.56, -2.37], ["c", 0.18, -0.06, 0.27, -0.06, 0.63, -0.06], ["l", 0.45, 0], ["c", 0.06, 0.03, 0.09, 0.03, 0.09, 0], ["c", 0, 0, -0.09, -0.12, -0.24, -0.27], ["c", -1.02, -1.11, -2.55, -1.68, -4.08, -1.5], ["c", -1.29, 0.15, -2.04, 0.69, -2.4, 1.74], ["c", -0.36, 0.93, -0.42, 1.89, -0.42, 5.37], ["c", 0, 2.97, 0.06, 3.96, 0.24, 4.77], ["c", 0.24, 1.08, 0.63, 1.68, 1.41, 2.07], ["c", 0.81, 0.39, 2.16, 0.45, 3.18, 0.09], ["c", 1.29, -0.45, 2.37, -1.53, 3.03, -2.97], ["c", 0.15, -0.33, 0.33, -0.87, 0.39, -1.17], ["c", 0.09, -0.24, 0.15, -0.36, 0.3, -0.39], ["c", 0.21, -0.03, 0.42, 0.15, 0.39, 0.36], ["c", -0.06, 0.39, -0.42, 1.38, -0.69, 1.89], ["c", -0.96, 1.8, -2.49, 2.94, -4.23, 3.18], ["c", -0.99, 0.12, -2.58, -0.06, -3.63, -0.45], ["c", -0.96, -0.36, -1.71, -0.84, -2.4, -1.5], ["c", -1.11, -1.11, -1.8, -2.61, -2.04, -4.56], ["c", -0.06, -0.6, -0.06, -2.01, 0, -2.61], ["c", 0.24, -1.95, 0.9, -3.45, 2.01, -4.56], ["c", 0.69, -0.66, 1.44, -1.11, 2.37, -1.47], ["c", 0.63, -0.24, 1.47, -0.42, 2.22, -0.48], ["z"]], w: 13.038, h: 15.689 },
      "timesig.cut": { d: [["M", 6.24, -10.44], ["c", 0.09, -0.06, 0.09, -0.06, 0.48, -0.06], ["c", 0.36, 0, 0.36, 0, 0.45, 0.06], ["l", 0.06, 0.09], ["l", 0, 1.23], ["l", 0, 1.26], ["l", 0.27, 0], ["c", 1.26, 0, 2.49, 0.45, 3.48, 1.29], ["c", 1.05, 0.87, 1.8, 2.28, 1.89, 3.48], ["c", 0.06, 1.02, -0.51, 1.92, -1.44, 2.22], ["c", -0.24, 0.09, -0.3, 0.09, -0.63, 0.09], ["c", -0.33, 0, -0.42, 0, -0.63, -0.06], ["c", -0.66, -0.24, -1.14, -0.63, -1.41, -1.2], ["c", -0.15, -0.3, -0.21, -0.51, -0.24, -0.9], ["c", -0.06, -1.08, 0.57, -2.04, 1.56, -2.37], ["c", 0.18, -0.06, 0.27, -0.06, 0.63, -0.06], ["l", 0.45, 0], ["c", 0.06, 0.03, 0.09, 0.03, 0.09, 0], ["c", 0, -0.03, -0.45, -0.51, -0.66, -0.69], ["c", -0.87, -0.69, -1.83, -1.05, -2.94, -1.11], ["l", -0.42, 0], ["l", 0, 7.17], ["l", 0, 7.14], ["l", 0.42, 0], ["c", 0.69, -0.03, 1.23, -0.18, 1.86, -0.51], ["c", 1.05, -0.51, 1.89, -1.47, 2.46, -2.7], ["c", 0.15, -0.33, 0.33, -0.87, 0.39, -1.17], ["c", 0.09, -0.24, 0.15, -0.36, 0.3, -0.39], ["c", 0.21, -0.03, 0.42, 0.15, 0.39, 0.36], ["c", -0.03, 0.24, -0.21, 0.78, -0.39, 1.2], ["c", -0.96, 2.37, -2.94, 3.9, -5.13, 3.9], ["l", -0.3, 0], ["l", 0, 1.26], ["l", 0, 1.23], ["l", -0.06, 0.09], ["c", -0.09, 0.06, -0.09, 0.06, -0.45, 0.06], ["c", -0.39, 0, -0.39, 0, -0.48, -0.06], ["l", -0.06, -0.09], ["l", 0, -1.29], ["l", 0, -1.29], ["l", -0.21, -0.03], ["c", -1.23, -0.21, -2.31, -0.63, -3.21, -1.29], ["c", -0.15, -0.09, -0.45, -0.36, -0.66, -0.57], ["c", -1.11, -1.11, -1.8, -2.61, -2.04, -4.56], ["c", -0.06, -0.6, -0.06, -2.01, 0, -2.61], ["c", 0.24, -1.95, 0.93, -3.45, 2.04, -4.59], ["c", 0.42, -0.39, 0.78, -0.66, 1.26, -0.93], ["c", 0.75, -0.45, 1.65, -0.75, 2.61, -0.9], ["l", 0.21, -0.03], ["l", 0, -1.29], ["l", 0, -1.29], ["z"], ["m", -0.06, 10.44], ["c", 0, -5.58, 0, -6.99, -0.03, -6.99], ["c", -0.15, 0, -0.63, 0.27, -0.87, 0.45], ["c", -0.45, 0.36, -0.75, 0.93, -0.93, 1.77], ["c", -0.18, 0.81, -0.24, 1.8, -0.24, 4.74], ["c", 0, 2.97, 0.06, 3.96, 0.24, 4.77], ["c", 0.24, 1.08, 0.66, 1.68, 1.41, 2.07], ["c", 0.12, 0.06, 0.3, 0.12, 0.33, 0.15], ["l", 0.09, 0], ["l", 0, -6.96], ["z"]], w: 13.038, h: 20.97 },
      "timesig.imperfectum": { d: [["M", 13, -5], ["a", 8, 8, 0, 1, 0, 0, 10]], w: 13.038, h: 20.97 },
      "timesig.imperfectum2": { d: [["M", 13, -5], ["a", 8, 8, 0, 1, 0, 0, 10]], w: 13.038, h: 20.97 },
      "timesig.perfectum": { d: [["M", 13, -5], ["a", 8, 8, 0, 1, 0, 0, 10]], w: 13.038, h: 20.97 },
      "timesig.perfectum2": { d: [["M", 13, -5], ["a", 8, 8, 0, 1, 0, 0, 10]], w: 13.038, h: 20.97 },
      "f": { d: [["M", 9.93, -14.28], ["c", 1.53, -0.18, 2.88, 0.45, 3.12, 1.5], ["c", 0.12, 0.51, 0, 1.32, -0.27, 1.86], ["c", -0.15, 0.3, -0.42, 0.57, -0.63, 0.69], ["c", -0.69, 0.36, -1.56, 0.03, -1.83, -0.69], ["c", -0.09, -0.24, -0.09, -0.69, 0, -0.87], ["c", 0.06, -0.12, 0.21, -0.24, 0.45, -0.42], ["c", 0.42, -0.24, 0.57, -0.45, 0.6, -0.72], ["c", 0.03, -0.33, -0.09, -0.39, -0.63, -0.42], ["c", -0.3, 0, -0.45, 0, -0.6, 0.03], ["c", -0.81, 0.21, -1.35, 0.93, -1.74, 2.46], ["c", -0.06, 0.27, -0.48, 2.25, -0.48, 2.31], ["c", 0, 0.03, 0.39, 0.03, 0.9, 0.03], ["c", 0.72, 0, 0.9, 0, 0.99, 0.06], ["c", 0.42, 0.15, 0.45, 0.72, 0.03, 0.9], ["c", -0.12, 0.06, -0.24, 0.06, -1.17, 0.06], ["l", -1.05, 0], ["l", -0.78, 2.55], ["c", -0.45, 1.41, -0.87, 2.79, -0.96, 3.06], ["c", -0.87, 2.37, -2.37, 4.74, -3.78, 5.91], ["c", -1.05, 0.9, -2.04, 1.23, -3.09, 1.08], ["c", -1.11, -0.18, -1.89, -0.78, -2.04, -1.59], ["c", -0.12, -0.66, 0.15, -1.71, 0.54, -2.19], ["c", 0.69, -0.75, 1.86, -0.54, 2.22, 0.39], ["c", 0.06, 0.15, 0.09, 0.27, 0.09, 0.48], ["c", 0, 0.24, -0.03, 0.27, -0.12, 0.42], ["c", -0.03, 0.09, -0.15, 0.18, -0.27, 0.27], ["c", -0.09, 0.06, -0.27, 0.21, -0.36, 0.27], ["c", -0.24, 0.18, -0.36, 0.36, -0.39, 0.6], ["c", -0.03, 0.33, 0.09, 0.39, 0.63, 0.42], ["c", 0.42, 0, 0.63, -0.03, 0.9, -0.15], ["c", 0.6, -0.3, 0.96, -0.96, 1.38, -2.64], ["c", 0.09, -0.42, 0.63, -2.55, 1.17, -4.77], ["l", 1.02, -4.08], ["c", 0, -0.03, -0.36, -0.03, -0.81, -0.03], ["c", -0.72, 0, -0.81, 0, -0.93, -0.06], ["c", -0.42, -0.18, -0.39, -0.75, 0.03, -0.9], ["c", 0.09, -0.06, 0.27, -0.06, 1.05, -0.06], ["l", 0.96, 0], ["l", 0, -0.09], ["c", 0.06, -0.18, 0.3, -0.72, 0.51, -1.17], ["c", 1.2, -2.46, 3.3, -4.23, 5.34, -4.5], ["z"]], w: 16.155, h: 19.445 },
      "m": { d: [["M", 2.79, -8.91], ["c", 0.09, 0, 0.3, -0.03, 0.45, -0.03], ["c", 0.24, 0.03, 0.3, 0.03, 0.45, 0.12], ["c", 0.36, 0.15, 0.63, 0.54, 0.75, 1.02], ["l", 0.03, 0.21], ["l", 0.33, -0.3], ["c", 0.69, -0.69, 1.38, -1.02, 2.07, -1.02], ["c", 0.27, 0, 0.33, 0, 0.48, 0.06], ["c", 0.21, 0.09, 0.48, 0.36, 0.63, 0.6], ["c", 0.03, 0.09, 0.12, 0.27, 0.18, 0.42], ["c", 0.03, 0.15, 0.09, 0.27, 0.12, 0.27], ["c", 0, 0, 0.09, -0.09, 0.18, -0.21], ["c", 0.33, -0.39, 0.87, -0.81, 1.29, -0.99], ["c", 0.78, -0.33, 1.47, -0.21, 2.01, 0.33], ["c", 0.3, 0.33, 0.48, 0.69, 0.6, 1.14], ["c", 0.09, 0.42, 0.06, 0.54, -0.54, 3.06], ["c", -0.33, 1.29, -0.57, 2.4, -0.57, 2.43], ["c", 0, 0.12, 0.09, 0.21, 0.21, 0.21], ["c", 0.24, 0, 0.75, -0.3, 1.2, -0.72], ["c", 0.45, -0.39, 0.6, -0.45, 0.78, -0.27], ["c", 0.18, 0.18, 0.09, 0.36, -0.45, 0.87], ["c", -1.05, 0.96, -1.83, 1.47, -2.58, 1.71], ["c", -0.93, 0.33, -1.53, 0.21, -1.8, -0.33], ["c", -0.06, -0.15, -0.06, -0.21, -0.06, -0.45], ["c", 0, -0.24, 0.03, -0.48, 0.6, -2.82], ["c", 0.42, -1.71, 0.6, -2.64, 0.63, -2.79], ["c", 0.03, -0.57, -0.3, -0.75, -0.84, -0.48], ["c", -0.24, 0.12, -0.54, 0.39, -0.66, 0.63], ["c", -0.03, 0.09, -0.42, 1.38, -0.9, 3], ["c", -0.9, 3.15, -0.84, 3, -1.14, 3.15], ["l", -0.15, 0.09], ["l", -0.78, 0], ["c", -0.6, 0, -0.78, 0, -0.84, -0.06], ["c", -0.09, -0.03, -0.18, -0.18, -0.18, -0.27], ["c", 0, -0.03, 0.36, -1.38, 0.84, -2.97], ["c", 0.57, -2.04, 0.81, -2.97, 0.84, -3.12], ["c", 0.03, -0.54, -0.3, -0.72, -0.84, -0.45], ["c", -0.24, 0.12, -0.57, 0.42, -0.66, 0.63], ["c", -0.06, 0.09, -0.51, 1.44, -1.05, 2.97], ["c", -0.51, 1.56, -0.99, 2.85, -0.99, 2.91], ["c", -0.06, 0.12, -0.21, 0.24, -0.36, 0.3], ["c", -0.12, 0.06, -0.21, 0.06, -0.9, 0.06], ["c", -0.6, 0, -0.78, 0, -0.84, -0.06], ["c", -0.09, -0.03, -0.18, -0.18, -0.18, -0.27], ["c", 0, -0.03, 0.45, -1.38, 0.99, -2.97], ["c", 1.05, -3.18, 1.05, -3.18, 0.93, -3.45], ["c", -0.12, -0.27, -0.39, -0.3, -0.72, -0.15], ["c", -0.54, 0.27, -1.14, 1.17, -1.56, 2.4], ["c", -0.06, 0.15, -0.15, 0.3, -0.18, 0.36], ["c", -0.21, 0.21, -0.57, 0.27, -0.72, 0.09], ["c", -0.09, -0.09, -0.06, -0.21, 0.06, -0.63], ["c", 0.48, -1.26, 1.26, -2.46, 2.01, -3.21], ["c", 0.57, -0.54, 1.2, -0.87, 1.83, -1.02], ["z"]], w: 14.687, h: 9.126 },
      "p": { d: [["M", 1.92, -8.7], ["c", 0.27, -0.09, 0.81, -0.06, 1.11, 0.03], ["c", 0.54, 0.18, 0.93, 0.51, 1.17, 0.99], ["c", 0.09, 0.15, 0.15, 0.33, 0.18, 0.36], ["l", 0, 0.12], ["l", 0.3, -0.27], ["c", 0.66, -0.6, 1.35, -1.02, 2.13, -1.2], ["c", 0.21, -0.06, 0.33, -0.06, 0.78, -0.06], ["c", 0.45, 0, 0.51, 0, 0.84, 0.09], ["c", 1.29, 0.33, 2.07, 1.32, 2.25, 2.79], ["c", 0.09, 0.81, -0.09, 2.01, -0.45, 2.79], ["c", -0.54, 1.26, -1.86, 2.55, -3.18, 3.03], ["c", -0.45, 0.18, -0.81, 0.24, -1.29, 0.24], ["c", -0.69, -0.03, -1.35, -0.18, -1.86, -0.45], ["c", -0.3, -0.15, -0.51, -0.18, -0.69, -0.09], ["c", -0.09, 0.03, -0.18, 0.09, -0.18, 0.12], ["c", -0.09, 0.12, -1.05, 2.94, -1.05, 3.06], ["c", 0, 0.24, 0.18, 0.48, 0.51, 0.63], ["c", 0.18, 0.06, 0.54, 0.15, 0.75, 0.15], ["c", 0.21, 0, 0.36, 0.06, 0.42, 0.18], ["c", 0.12, 0.18, 0.06, 0.42, -0.12, 0.54], ["c", -0.09, 0.03, -0.15, 0.03, -0.78, 0], ["c", -1.98, -0.15, -3.81, -0.15, -5.79, 0], ["c", -0.63, 0.03, -0.69, 0.03, -0.78, 0], ["c", -0.24, -0.15, -0.24, -0.57, 0.03, -0.66], ["c", 0.06, -0.03, 0.48, -0.09, 0.99, -0.12], ["c", 0.87, -0.06, 1.11, -0.09, 1.35, -0.21], ["c", 0.18, -0.06, 0.33, -0.18, 0.39, -0.3], ["c", 0.06, -0.12, 3.24, -9.42, 3.27, -9.6], ["c", 0.06, -0.33, 0.03, -0.57, -0.15, -0.69], ["c", -0.09, -0.06, -0.12, -0.06, -0.3, -0.06], ["c", -0.69, 0.06, -1.53, 1.02, -2.28, 2.61], ["c", -0.09, 0.21, -0.21, 0.45, -0.27, 0.51], ["c", -0.09, 0.12, -0.33, 0.24, -0.48, 0.24], ["c", -0.18, 0, -0.36, -0.15, -0.36, -0.3], ["c", 0, -0.24, 0.78, -1.83, 1.26, -2.55], ["c", 0.72, -1.11, 1.47, -1.74, 2.28, -1.92], ["z"], ["m", 5.37, 1.47], ["c", -0.27, -0.12, -0.75, -0.03, -1.14, 0.21], ["c", -0.75, 0.48, -1.47, 1.68, -1.89, 3.15], ["c", -0.45, 1.47, -0.42, 2.34, 0, 2.7], ["c", 0.45, 0.39, 1.26, 0.21, 1.83, -0.36], ["c", 0.51, -0.51, 0.99, -1.68, 1.38, -3.27], ["c", 0.3, -1.17, 0.33, -1.74, 0.15, -2.13], ["c", -0.09, -0.15, -0.15, -0.21, -0.33, -0.3], ["z"]], w: 14.689, h: 13.127 },
      "r": { d: [["M", 6.33, -9.12], ["c", 0.27, -0.03, 0.93, 0, 1.2, 0.06], ["c", 0.84, 0.21, 1.23, 0.81, 1.02, 1.53], ["c", -0.24, 0.75, -0.9, 1.17, -1.56, 0.96], ["c", -0.33, -0.09, -0.51, -0.3, -0.66, -0.75], ["c", -0.03, -0.12, -0.09, -0.24, -0.12, -0.3], ["c", -0.09, -0.15, -0.3, -0.24, -0.48, -0.24], ["c", -0.57, 0, -1.38, 0.54, -1.65, 1.08], ["c", -0.06, 0.15, -0.33, 1.17, -0.9, 3.27], ["c", -0.57, 2.31, -0.81, 3.12, -0.87, 3.21], ["c", -0.03, 0.06, -0.12, 0.15, -0.18, 0.21], ["l", -0.12, 0.06], ["l", -0.81, 0.03], ["c", -0.69, 0, -0.81, 0, -0.9, -0.03], ["c", -0.09, -0.06, -0.18, -0.21, -0.18, -0.3], ["c", 0, -0.06, 0.39, -1.62, 0.9, -3.51], ["c", 0.84, -3.24, 0.87, -3.45, 0.87, -3.72], ["c", 0, -0.21, 0, -0.27, -0.03, -0.36], ["c", -0.12, -0.15, -0.21, -0.24, -0.42, -0.24], ["c", -0.24, 0, -0.45, 0.15, -0.78, 0.42], ["c", -0.33, 0.36, -0.45, 0.54, -0.72, 1.14], ["c", -0.03, 0.12, -0.21, 0.24, -0.36, 0.27], ["c", -0.12, 0, -0.15, 0, -0.24, -0.06], ["c", -0.18, -0.12, -0.18, -0.21, -0.06, -0.54], ["c", 0.21, -0.57, 0.42, -0.93, 0.78, -1.32], ["c", 0.54, -0.51, 1.2, -0.81, 1.95, -0.87], ["c", 0.81, -0.03, 1.53, 0.3, 1.92, 0.87], ["l", 0.12, 0.18], ["l", 0.09, -0.09], ["c", 0.57, -0.45, 1.41, -0.84, 2.19, -0.96], ["z"]], w: 9.41, h: 9.132 },
      "s": { d: [["M", 4.47, -8.73], ["c", 0.09, 0, 0.36, -0.03, 0.57, -0.03], ["c", 0.75, 0.03, 1.29, 0.24, 1.71, 0.63], ["c", 0.51, 0.54, 0.66, 1.26, 0.36, 1.83], ["c", -0.24, 0.42, -0.63, 0.57, -1.11, 0.42], ["c", -0.33, -0.09, -0.6, -0.36, -0.6, -0.57], ["c", 0, -0.03, 0.06, -0.21, 0.15, -0.39], ["c", 0.12, -0.21, 0.15, -0.33, 0.18, -0.48], ["c", 0, -0.24, -0.06, -0.48, -0.15, -0.6], ["c", -0.15, -0.21, -0.42, -0.24, -0.75, -0.15], ["c", -0.27, 0.06, -0.48, 0.18, -0.69, 0.36], ["c", -0.39, 0.39, -0.51, 0.96, -0.33, 1.38], ["c", 0.09, 0.21, 0.42, 0.51, 0.78, 0.72], ["c", 1.11, 0.69, 1.59, 1.11, 1.89, 1.68], ["c", 0.21, 0.39, 0.24, 0.78, 0.15, 1.29], ["c", -0.18, 1.2, -1.17, 2.16, -2.52, 2.52], ["c", -1.02, 0.24, -1.95, 0.12, -2.7, -0.42], ["c", -0.72, -0.51, -0.99, -1.47, -0.6, -2.19], ["c", 0.24, -0.48, 0.72, -0.63, 1.17, -0.42], ["c", 0.33, 0.18, 0.54, 0.45, 0.57, 0.81], ["c", 0, 0.21, -0.03, 0.3, -0.33, 0.51], ["c", -0.33, 0.24, -0.39, 0.42, -0.27, 0.69], ["c", 0.06, 0.15, 0.21, 0.27, 0.45, 0.33], ["c", 0.3, 0.09, 0.87, 0.09, 1.2, 0], ["c", 0.75, -0.21, 1.23, -0.72, 1.29, -1.35], ["c", 0.03, -0.42, -0.15, -0.81, -0.54, -1.2], ["c", -0.24, -0.24, -0.48, -0.42, -1.41, -1.02], ["c", -0.69, -0.42, -1.05, -0.93, -1.05, -1.47], ["c", 0, -0.39, 0.12, -0.87, 0.3, -1.23], ["c", 0.27, -0.57, 0.78, -1.05, 1.38, -1.35], ["c", 0.24, -0.12, 0.63, -0.27, 0.9, -0.3], ["z"]], w: 6.632, h: 8.758 },
      "z": { d: [["M", 2.64, -7.95], ["c", 0.36, -0.09, 0.81, -0.03, 1.71, 0.27], ["c", 0.78, 0.21, 0.96, 0.27, 1.74, 0.3], ["c", 0.87, 0.06, 1.02, 0.03, 1.38, -0.21], ["c", 0.21, -0.15, 0.33, -0.15, 0.48, -0.06], ["c", 0.15, 0.09, 0.21, 0.3, 0.15, 0.45], ["c", -0.03, 0.06, -1.26, 1.26, -2.76, 2.67], ["l", -2.73, 2.55], ["l", 0.54, 0.03], ["c", 0.54, 0.03, 0.72, 0.03, 2.01, 0.15], ["c", 0.36, 0.03, 0.9, 0.06, 1.2, 0.09], ["c", 0.66, 0, 0.81, -0.03, 1.02, -0.24], ["c", 0.3, -0.3, 0.39, -0.72, 0.27, -1.23], ["c", -0.06, -0.27, -0.06, -0.27, -0.03, -0.39], ["c", 0.15, -0.3, 0.54, -0.27, 0.69, 0.03], ["c", 0.15, 0.33, 0.27, 1.02, 0.27, 1.5], ["c", 0, 1.47, -1.11, 2.7, -2.52, 2.79], ["c", -0.57, 0.03, -1.02, -0.09, -2.01, -0.51], ["c", -1.02, -0.42, -1.23, -0.48, -2.13, -0.54], ["c", -0.81, -0.06, -0.96, -0.03, -1.26, 0.18], ["c", -0.12, 0.06, -0.24, 0.12, -0.27, 0.12], ["c", -0.27, 0, -0.45, -0.3, -0.36, -0.51], ["c", 0.03, -0.06, 1.32, -1.32, 2.91, -2.79], ["l", 2.88, -2.73], ["c", -0.03, 0, -0.21, 0.03, -0.42, 0.06], ["c", -0.21, 0.03, -0.78, 0.09, -1.23, 0.12], ["c", -1.11, 0.12, -1.23, 0.15, -1.95, 0.27], ["c", -0.72, 0.15, -1.17, 0.18, -1.29, 0.09], ["c", -0.27, -0.18, -0.21, -0.75, 0.12, -1.26], ["c", 0.39, -0.6, 0.93, -1.02, 1.59, -1.2], ["z"]], w: 8.573, h: 8.743 },
      "+": { d: [["M", 3.48, -9.3], ["c", 0.18, -0.09, 0.36, -0.09, 0.54, 0], ["c", 0.18, 0.09, 0.24, 0.15, 0.33, 0.3], ["l", 0.06, 0.15], ["l", 0, 1.29], ["l", 0, 1.29], ["l", 1.29, 0], ["c", 1.23, 0, 1.29, 0, 1.41, 0.06], ["c", 0.06, 0.03, 0.15, 0.09, 0.18, 0.12], ["c", 0.12, 0.09, 0.21, 0.33, 0.21, 0.48], ["c", 0, 0.15, -0.09, 0.39, -0.21, 0.48], ["c", -0.03, 0.03, -0.12, 0.09, -0.18, 0.12], ["c", -0.12, 0.06, -0.18, 0.06, -1.41, 0.06], ["l", -1.29, 0], ["l", 0, 1.29], ["c", 0, 1.23, 0, 1.29, -0.06, 1.41], ["c", -0.09, 0.18, -0.15, 0.24, -0.3, 0.33], ["c", -0.21, 0.09, -0.39, 0.09, -0.57, 0], ["c", -0.18, -0.09, -0.24, -0.15, -0.33, -0.33], ["c", -0.06, -0.12, -0.06, -0.18, -0.06, -1.41], ["l", 0, -1.29], ["l", -1.29, 0], ["c", -1.23, 0, -1.29, 0, -1.41, -0.06], ["c", -0.18, -0.09, -0.24, -0.15, -0.33, -0.33], ["c", -0.09, -0.18, -0.09, -0.36, 0, -0.54], ["c", 0.09, -0.18, 0.15, -0.24, 0.33, -0.33], ["l", 0.15, -0.06], ["l", 1.26, 0], ["l", 1.29, 0], ["l", 0, -1.29], ["c", 0, -1.23, 0, -1.29, 0.06, -1.41], ["c", 0.09, -0.18, 0.15, -0.24, 0.33, -0.33], ["z"]], w: 7.507, h: 7.515 },
      ",": { d: [["M", 1.85, -3.36], ["c", 0.57, -0.15, 1.17, 0.03, 1.59, 0.45], ["c", 0.45, 0.45, 0.6, 0.96, 0.51, 1.89], ["c", -0.09, 1.23, -0.42, 2.46, -0.99, 3.93], ["c", -0.3, 0.72, -0.72, 1.62, -0.78, 1.68], ["c", -0.18, 0.21, -0.51, 0.18, -0.66, -0.06], ["c", -0.03, -0.06, -0.06, -0.15, -0.06, -0.18], ["c", 0, -0.06, 0.12, -0.33, 0.24, -0.63], ["c", 0.84, -1.8, 1.02, -2.61, 0.69, -3.24], ["c", -0.12, -0.24, -0.27, -0.36, -0.75, -0.6], ["c", -0.36, -0.15, -0.42, -0.21, -0.6, -0.39], ["c", -0.69, -0.69, -0.69, -1.71, 0, -2.4], ["c", 0.21, -0.21, 0.51, -0.39, 0.81, -0.45], ["z"]], w: 3.452, h: 8.143 },
      "-": { d: [["M", 0.18, -5.34], ["c", 0.09, -0.06, 0.15, -0.06, 2.31, -0.06], ["c", 2.46, 0, 2.37, 0, 2.46, 0.21], ["c", 0.12, 0.21, 0.03, 0.42, -0.15, 0.54], ["c", -0.09, 0.06, -0.15, 0.06, -2.28, 0.06], ["c", -2.16, 0, -2.22, 0, -2.31, -0.06], ["c", -0.27, -0.15, -0.27, -0.54, -0.03, -0.69], ["z"]], w: 5.001, h: 0.81 },
      ".": { d: [["M", 1.32, -3.36], ["c", 1.05, -0.27, 2.1, 0.57, 2.1, 1.65], ["c", 0, 1.08, -1.05, 1.92, -2.1, 1.65], ["c", -0.9, -0.21, -1.5, -1.14, -1.26, -2.04], ["c", 0.12, -0.63, 0.63, -1.11, 1.26, -1.26], ["z"]], w: 3.413, h: 3.402 },
      "scripts.wedge": { d: [["M", -3.66, -7.44], ["c", 0.06, -0.09, 0, -0.09, 0.81, 0.03], ["c", 1.86, 0.3, 3.84, 0.3, 5.73, 0], ["c", 0.78, -0.12, 0.72, -0.12, 0.78, -0.03], ["c", 0.15, 0.15, 0.12, 0.24, -0.24, 0.6], ["c", -0.93, 0.93, -1.98, 2.76, -2.67, 4.62], ["c", -0.3, 0.78, -0.51, 1.71, -0.51, 2.13], ["c", 0, 0.15, 0, 0.18, -0.06, 0.27], ["c", -0.12, 0.09, -0.24, 0.09, -0.36, 0], ["c", -0.06, -0.09, -0.06, -0.12, -0.06, -0.27], ["c", 0, -0.42, -0.21, -1.35, -0.51, -2.13], ["c", -0.69, -1.86, -1.74, -3.69, -2.67, -4.62], ["c", -0.36, -0.36, -0.39, -0.45, -0.24, -0.6], ["z"]], w: 7.49, h: 7.752 },
      "scripts.thumb": { d: [["M", -0.54, -3.69], ["c", 0.15, -0.03, 0.36, -0.06, 0.51, -0.06], ["c", 1.44, 0, 2.58, 1.11, 2.94, 2.85], ["c", 0.09, 0.48, 0.09, 1.32, 0, 1.8], ["c", -0.27, 1.41, -1.08, 2.43, -2.16, 2.73], ["l", -0.18, 0.06], ["l", 0, 0.12], ["c", 0.03, 0.06, 0.06, 0.45, 0.09, 0.87], ["c", 0.03, 0.57, 0.03, 0.78, 0, 0.84], ["c", -0.09, 0.27, -0.39, 0.48, -0.66, 0.48], ["c", -0.27, 0, -0.57, -0.21, -0.66, -0.48], ["c", -0.03, -0.06, -0.03, -0.27, 0, -0.84], ["c", 0.03, -0.42, 0.06, -0.81, 0.09, -0.87], ["l", 0, -0.12], ["l", -0.18, -0.06], ["c", -1.08, -0.3, -1.89, -1.32, -2.16, -2.73], ["c", -0.09, -0.48, -0.09, -1.32, 0, -1.8], ["c", 0.15, -0.84, 0.51, -1.53, 1.02, -2.04], ["c", 0.39, -0.39, 0.84, -0.63, 1.35, -0.75], ["z"], ["m", 1.05, 0.9], ["c", -0.15, -0.09, -0.21, -0.09, -0.45, -0.12], ["c", -0.15, 0, -0.3, 0.03, -0.39, 0.03], ["c", -0.57, 0.18, -0.9, 0.72, -1.08, 1.74], ["c", -0.06, 0.48, -0.06, 1.8, 0, 2.28], ["c", 0.15, 0.9, 0.42, 1.44, 0.9, 1.65], ["c", 0.18, 0.09, 0.21, 0.09, 0.51, 0.09], ["c", 0.3, 0, 0.33, 0, 0.51, -0.09], ["c", 0.48, -0.21, 0.75, -0.75, 0.9, -1.65], ["c", 0.03, -0.27, 0.03, -0.54, 0.03, -1.14], ["c", 0, -0.6, 0, -0.87, -0.03, -1.14], ["c", -0.15, -0.9, -0.45, -1.44, -0.9, -1.65], ["z"]], w: 5.955, h: 9.75 },
      "scripts.open": { d: [["M", -0.54, -3.69], ["c", 0.15, -0.03, 0.36, -0.06, 0.51, -0.06], ["c", 1.44, 0, 2.58, 1.11, 2.94, 2.85], ["c", 0.09, 0.48, 0.09, 1.32, 0, 1.8], ["c", -0.33, 1.74, -1.47, 2.85, -2.91, 2.85], ["c", -1.44, 0, -2.58, -1.11, -2.91, -2.85], ["c", -0.09, -0.48, -0.09, -1.32, 0, -1.8], ["c", 0.15, -0.84, 0.51, -1.53, 1.02, -2.04], ["c", 0.39, -0.39, 0.84, -0.63, 1.35, -0.75], ["z"], ["m", 1.11, 0.9], ["c", -0.21, -0.09, -0.27, -0.09, -0.51, -0.12], ["c", -0.3, 0, -0.42, 0.03, -0.66, 0.15], ["c", -0.24, 0.12, -0.51, 0.39, -0.66, 0.63], ["c", -0.54, 0.93, -0.63, 2.64, -0.21, 3.81], ["c", 0.21, 0.54, 0.51, 0.9, 0.93, 1.11], ["c", 0.21, 0.09, 0.24, 0.09, 0.54, 0.09], ["c", 0.3, 0, 0.33, 0, 0.54, -0.09], ["c", 0.42, -0.21, 0.72, -0.57, 0.93, -1.11], ["c", 0.36, -0.99, 0.36, -2.37, 0, -3.36], ["c", -0.21, -0.54, -0.51, -0.9, -0.9, -1.11], ["z"]], w: 5.955, h: 7.5 },
      "scripts.longphrase": { d: [["M", 1.47, -15.09], ["c", 0.36, -0.09, 0.66, -0.18, 0.69, -0.18], ["c", 0.06, 0, 0.06, 0.54, 0.06, 11.25], ["l", 0, 11.25], ["l", -0.63, 0.15], ["c", -0.66, 0.18, -1.44, 0.39, -1.5, 0.39], ["c", -0.03, 0, -0.03, -3.39, -0.03, -11.25], ["l", 0, -11.25], ["l", 0.36, -0.09], ["c", 0.21, -0.06, 0.66, -0.18, 1.05, -0.27], ["z"]], w: 2.16, h: 23.04 },
      "scripts.mediumphrase": { d: [["M", 1.47, -7.59], ["c", 0.36, -0.09, 0.66, -0.18, 0.69, -0.18], ["c", 0.06, 0, 0.06, 0.39, 0.06, 7.5], ["l", 0, 7.5], ["l", -0.63, 0.15], ["c", -0.66, 0.18, -1.44, 0.39, -1.5, 0.39], ["c", -0.03, 0, -0.03, -2.28, -0.03, -7.5], ["l", 0, -7.5], ["l", 0.36, -0.09], ["c", 0.21, -0.06, 0.66, -0.18, 1.05, -0.27], ["z"]], w: 2.16, h: 15.54 },
      "scripts.shortphrase": { d: [["M", 1.47, -7.59], ["c", 0.36, -0.09, 0.66, -0.18, 0.69, -0.18], ["c", 0.06, 0, 0.06, 0.21, 0.06, 3.75], ["l", 0, 3.75], ["l", -0.42, 0.09], ["c", -0.57, 0.18, -1.65, 0.45, -1.71, 0.45], ["c", -0.03, 0, -0.03, -0.72, -0.03, -3.75], ["l", 0, -3.75], ["l", 0.36, -0.09], ["c", 0.21, -0.06, 0.66, -0.18, 1.05, -0.27], ["z"]], w: 2.16, h: 8.04 },
      "scripts.snap": { d: [["M", 4.5, -3.39], ["c", 0.36, -0.03, 0.96, -0.03, 1.35, 0], ["c", 1.56, 0.15, 3.15, 0.9, 4.2, 2.01], ["c", 0.24, 0.27, 0.33, 0.42, 0.33, 0.6], ["c", 0, 0.27, 0.03, 0.24, -2.46, 2.22], ["c", -1.29, 1.02, -2.4, 1.86, -2.49, 1.92], ["c", -0.18, 0.09, -0.3, 0.09, -0.48, 0], ["c", -0.09, -0.06, -1.2, -0.9, -2.49, -1.92], ["c", -2.49, -1.98, -2.46, -1.95, -2.46, -2.22], ["c", 0, -0.18, 0.09, -0.33, 0.33, -0.6], ["c", 1.05, -1.08, 2.64, -1.86, 4.17, -2.01], ["z"], ["m", 1.29, 1.17], ["c", -1.47, -0.15, -2.97, 0.3, -4.14, 1.2], ["l", -0.18, 0.15], ["l", 0.06, 0.09], ["c", 0.15, 0.12, 3.63, 2.85, 3.66, 2.85], ["c", 0.03, 0, 3.51, -2.73, 3.66, -2.85], ["l", 0.06, -0.09], ["l", -0.18, -0.15], ["c", -0.84, -0.66, -1.89, -1.08, -2.94, -1.2], ["z"]], w: 10.38, h: 6.84 }
    };
    glyphs["noteheads.slash.whole"] = { d: [["M", 5, -5], ["l", 1, 1], ["l", -5, 5], ["l", -1, -1], ["z"], ["m", 4, 6], ["l", -5, -5], ["l", 2, -2], ["l", 5, 5], ["z"], ["m", 0, -2], ["l", 1, 1], ["l", -5, 5], ["l", -1, -1], ["z"], ["m", -4, 6], ["l", -5, -5], ["l", 2, -2], ["l", 5, 5], ["z"]], w: 10.81, h: 15.63 };
    glyphs["noteheads.slash.quarter"] = { d: [["M", 9, -6], ["l", 0, 4], ["l", -9, 9], ["l", 0, -4], ["z"]], w: 9, h: 9 };
    glyphs["noteheads.harmonic.quarter"] = { d: [["M", 3.63, -4.02], ["c", 0.09, -0.06, 0.18, -0.09, 0.24, -0.03], ["c", 0.03, 0.03, 0.87, 0.93, 1.83, 2.01], ["c", 1.5, 1.65, 1.8, 1.98, 1.8, 2.04], ["c", 0, 0.06, -0.3, 0.39, -1.8, 2.04], ["c", -0.96, 1.08, -1.8, 1.98, -1.83, 2.01], ["c", -0.06, 0.06, -0.15, 0.03, -0.24, -0.03], ["c", -0.12, -0.09, -3.54, -3.84, -3.6, -3.93], ["c", -0.03, -0.03, -0.03, -0.09, -0.03, -0.15], ["c", 0.03, -0.06, 3.45, -3.84, 3.63, -3.96], ["z"]], w: 7.5, h: 8.165 };
    glyphs["noteheads.triangle.quarter"] = { d: [["M", 0, 4], ["l", 9, 0], ["l", -4.5, -9], ["z"]], w: 9, h: 9 };
    var pathClone = function(pathArray) {
      var res = [];
      for (var i = 0, ii = pathArray.length; i < ii; i++) {
        res[i] = [];
        for (var j = 0, jj = pathArray[i].length; j < jj; j++) {
          res[i][j] = pathArray[i][j];
        }
      }
      return res;
    };
    var pathScale = function(pathArray, kx, ky) {
      for (var i = 0, ii = pathArray.length; i < ii; i++) {
        var p = pathArray[i];
        var j, jj;
        for (j = 1, jj = p.length; j < jj; j++) {
          p[j] *= j % 2 ? kx : ky;
        }
      }
    };
    var Glyphs2 = {
      printSymbol: function(x, y, symb, paper, attrs) {
        if (!glyphs[symb]) return null;
        var pathArray = pathClone(glyphs[symb].d);
        pathArray[0][1] += x;
        pathArray[0][2] += y;
        var path4 = "";
        for (var i = 0; i < pathArray.length; i++)
          path4 += pathArray[i].join(" ");
        attrs.path = path4;
        return paper.path(attrs);
      },
      getPathForSymbol: function(x, y, symb, scalex, scaley) {
        scalex = scalex || 1;
        scaley = scaley || 1;
        if (!glyphs[symb]) return null;
        var pathArray = pathClone(glyphs[symb].d);
        if (scalex !== 1 || scaley !== 1) pathScale(pathArray, scalex, scaley);
        pathArray[0][1] += x;
        pathArray[0][2] += y;
        return pathArray;
      },
      getSymbolWidth: function(symbol) {
        if (glyphs[symbol]) return glyphs[symbol].w;
        return 0;
      },
      symbolHeightInPitches: function(symbol) {
        var height = glyphs[symbol] ? glyphs[symbol].h : 0;
        return height / spacing.STEP;
      },
      getSymbolAlign: function(symbol) {
        if (symbol.substring(0, 7) === "scripts" && symbol !== "scripts.roll") {
          return "center";
        }
        return "left";
      },
      getYCorr: function(symbol) {
        switch (symbol) {
          case "0":
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7":
          case "8":
          case "9":
          case "+":
            return -2;
          case "timesig.common":
          case "timesig.cut":
            return 0;
          case "flags.d32nd":
            return -1;
          case "flags.d64th":
            return -2;
          case "flags.u32nd":
            return 1;
          case "flags.u64th":
            return 3;
          case "rests.whole":
            return 1;
          case "rests.half":
            return -1;
          case "rests.8th":
            return -1;
          case "rests.quarter":
            return -1;
          case "rests.16th":
            return -1;
          case "rests.32nd":
            return -1;
          case "rests.64th":
            return -1;
          case "f":
          case "m":
          case "p":
          case "s":
          case "z":
            return -4;
          case "scripts.trill":
          case "scripts.upbow":
          case "scripts.downbow":
            return -2;
          case "scripts.ufermata":
          case "scripts.wedge":
          case "scripts.roll":
          case "scripts.shortphrase":
          case "scripts.longphrase":
            return -1;
          case "scripts.dfermata":
            return 1;
          default:
            return 0;
        }
      },
      setSymbol: function(name, path4) {
        glyphs[name] = path4;
      }
    };
    module2.exports = Glyphs2;
  }
});

// src/core/theory/keyFinding.ts
var init_keyFinding = __esm({
  "src/core/theory/keyFinding.ts"() {
    init_types2();
    init_chords();
  }
});

// src/core/formats/midiReader.ts
var PLAIN_LENGTHS;
var init_midiReader = __esm({
  "src/core/formats/midiReader.ts"() {
    init_tracks();
    init_keyFinding();
    init_inferChords();
    init_types2();
    init_errors();
    init_chords();
    init_progression();
    init_types2();
    PLAIN_LENGTHS = [0.25, 0.5, 0.75, 1, 1.5, 2, 1 / 3, 2 / 3];
  }
});

// src/core/formats/wjazzdChords.ts
var HEADS2;
var init_wjazzdChords = __esm({
  "src/core/formats/wjazzdChords.ts"() {
    init_chords();
    HEADS2 = [
      ["", ""],
      ["-", "m"],
      ["7", "7"],
      ["-7", "m7"],
      ["j7", "maj7"],
      ["-j7", "m(maj7)"],
      ["m7b5", "m7b5"],
      ["6", "6"],
      ["-6", "m6"],
      ["sus", "sus4"],
      ["sus7", "7sus4"],
      ["o", "dim"],
      ["o7", "dim7"],
      ["+", "aug"],
      ["+7", "7#5"],
      ["+j7", "maj7#5"],
      ["7alt", "7alt"]
    ].sort((a, b) => b[0].length - a[0].length);
  }
});

// src/core/formats/wjazzd.ts
var init_wjazzd = __esm({
  "src/core/formats/wjazzd.ts"() {
    init_keyFinding();
    init_inferChords();
    init_ticks();
    init_errors();
    init_chords();
    init_progression();
    init_limits();
    init_meter();
    init_midiReader();
    init_wjazzdChords();
  }
});

// src/core/formats/musicxml/mxl.ts
var MAX_INFLATED_BYTES;
var init_mxl = __esm({
  "src/core/formats/musicxml/mxl.ts"() {
    init_errors();
    init_xml();
    MAX_INFLATED_BYTES = 64 * 1024 * 1024;
  }
});

// src/core/formats/musicxml/transposition.ts
var init_transposition = __esm({
  "src/core/formats/musicxml/transposition.ts"() {
    init_errors();
    init_chords();
    init_progression();
  }
});

// src/core/formats/musicxml/reader.ts
var init_reader = __esm({
  "src/core/formats/musicxml/reader.ts"() {
    init_inferChords();
    init_errors();
    init_types2();
    init_harmony();
    init_transpose();
    init_mxl();
    init_transposition();
    init_xml();
  }
});

// src/core/io/corpus.ts
var DEFAULT_MAX_FILE_BYTES;
var init_corpus = __esm({
  "src/core/io/corpus.ts"() {
    init_errors();
    init_abcReader();
    init_grammar();
    init_midiReader();
    init_wjazzd();
    init_reader();
    DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
  }
});

// src/core/solo/dataset.ts
var init_dataset = __esm({
  "src/core/solo/dataset.ts"() {
  }
});

// src/model/backend.ts
var init_backend = __esm({
  "src/model/backend.ts"() {
  }
});

// src/model/parallel/gradientPool.ts
var init_gradientPool = __esm({
  "src/model/parallel/gradientPool.ts"() {
    init_network();
  }
});

// src/core/solo/heldout.ts
var init_heldout = __esm({
  "src/core/solo/heldout.ts"() {
    init_numeric();
    init_random();
    init_dataset();
  }
});

// src/model/heldOutScore.ts
var init_heldOutScore = __esm({
  "src/model/heldOutScore.ts"() {
    init_heldout();
    init_lstmCell();
  }
});

// src/model/earlyStopping.ts
var init_earlyStopping = __esm({
  "src/model/earlyStopping.ts"() {
    init_heldOutScore();
  }
});

// src/model/train.ts
var DEFAULT_TRAINING_OPTIONS;
var init_train = __esm({
  "src/model/train.ts"() {
    init_errors();
    init_dataset();
    init_random();
    init_defaults();
    init_backend();
    init_network();
    init_gradientPool();
    init_earlyStopping();
    DEFAULT_TRAINING_OPTIONS = {
      ...REFERENCE_TRAINING,
      windows: "reference"
    };
  }
});

// src/engine/inspect.ts
var init_inspect = __esm({
  "src/engine/inspect.ts"() {
    init_corpus();
    init_vocabulary();
  }
});

// src/shared/referenceCurve.ts
var init_referenceCurve = __esm({
  "src/shared/referenceCurve.ts"() {
  }
});

// .warmprof.tmp.ts
var import_node_inspector = require("node:inspector");
var import_node_fs7 = require("node:fs");

// src/engine/index.ts
init_errors();
init_band();
init_progression();

// src/engine/continuation.ts
init_ticks();
init_abcWriter();
init_grammar();
init_realiser();
init_types2();
init_vocabulary();
init_beatGuide();

// src/core/analysis/document.ts
init_abcReader();
init_grammar();
init_types2();
init_types2();

// src/engine/continuation.ts
init_lstmCell();
init_parts();
init_sampling();

// src/core/analysis/diagnostics.ts
init_types2();

// src/core/analysis/fixes.ts
init_chords();

// src/core/analysis/hover.ts
init_chords();
init_types2();
init_meter();
var NOTE_VALUES = [
  [6, "dotted whole note"],
  [4, "whole note"],
  [3, "dotted half note"],
  [2, "half note"],
  [1.5, "dotted quarter note"],
  [1, "quarter note"],
  [0.75, "dotted eighth note"],
  [0.5, "eighth note"],
  [1 / 3, "triplet eighth note"],
  [0.375, "dotted sixteenth note"],
  [0.25, "sixteenth note"],
  [1 / 6, "triplet sixteenth note"],
  [0.125, "32nd note"]
];

// src/core/analysis/incremental.ts
init_abcReader();

// src/core/analysis/completion.ts
init_chords();

// src/engine/index.ts
init_tracks();
init_paths();
init_models();
init_generate();

// src/engine/notationExport.ts
init_ticks();

// src/core/formats/musicxml/writer.ts
init_ticks();
init_spelling();
init_notation();
init_swing();
init_soundFont();
init_defaults();
init_types();
init_harmony();

// src/core/formats/musicxml/voices.ts
init_notation();
init_types();
var CYMBALS = /* @__PURE__ */ new Set([DRUM.ride, DRUM.rideBell, DRUM.crash, DRUM.closedHat]);

// src/core/formats/musicxml/spelled.ts
init_ticks();
init_chords();
init_spelling();
init_notation();
init_errors();

// src/core/formats/musicxml/writer.ts
init_xml();
init_transpose();
init_parts();
var DRUM_DISPLAY = {
  [DRUM.kick]: { step: "F", octave: 4, name: "Bass Drum" },
  [DRUM.sideStick]: { step: "C", octave: 5, name: "Side Stick", notehead: "x" },
  [DRUM.snare]: { step: "C", octave: 5, name: "Snare" },
  [DRUM.closedHat]: { step: "G", octave: 5, name: "Closed Hi-Hat", notehead: "x" },
  [DRUM.pedalHat]: { step: "D", octave: 4, name: "Pedal Hi-Hat", notehead: "x" },
  [DRUM.crash]: { step: "A", octave: 5, name: "Crash Cymbal", notehead: "x" },
  [DRUM.ride]: { step: "F", octave: 5, name: "Ride Cymbal", notehead: "x" },
  [DRUM.rideBell]: { step: "F", octave: 5, name: "Ride Bell", notehead: "diamond" },
  [DRUM.lowTom]: { step: "A", octave: 4, name: "Low Tom" },
  [DRUM.midTom]: { step: "D", octave: 5, name: "Mid Tom" },
  [DRUM.highTom]: { step: "E", octave: 5, name: "High Tom" }
};

// src/core/formats/sheet/engrave.ts
init_notation();
init_transpose();
init_defaults();
init_parts();

// src/core/formats/sheet/shapes.ts
var import_glyphs = __toESM(require_glyphs());

// src/core/formats/sheet/engrave.ts
var SPACE = 6.5;
var STEM = 3.4 * SPACE;

// src/core/formats/sheet/svg.ts
init_xml();

// src/engine/notationExport.ts
init_realiser();
init_abcBand();

// src/engine/index.ts
init_safeWrite();

// src/engine/train.ts
init_errors();
init_corpus();
init_vocabulary();
init_melodicLine();
init_style();
init_dataset();
init_limits();

// src/model/store/save.ts
init_errors();
init_folder();
init_recover();
init_safeWrite();
init_vocabulary();
init_backend();
init_network();

// src/engine/train.ts
init_train();

// src/model/pytorch/pytorchTrainer.ts
init_errors();
init_dataset();
init_earlyStopping();
init_network();
init_train();

// src/engine/train.ts
init_paths();
init_inspect();
init_modelCache();

// src/engine/epochChoice.ts
init_corpus();
init_heldout();
init_dataset();
init_limits();

// src/engine/train.ts
init_referenceCurve();

// src/engine/index.ts
init_inspect();
init_explain();

// src/engine/keras.ts
init_errors();
init_safeWrite();
init_folder();
init_schema();
init_network();

// src/model/keras/kerasReader.ts
init_errors();
init_safeWrite();
init_network();
var HDF5_SIGNATURE = Buffer.from([137, 72, 68, 70, 13, 10, 26, 10]);

// src/model/keras/kerasWriter.ts
init_safeWrite();
init_network();
var KERAS_LSTM_LAYER = "lstm";
var KERAS_DENSE_LAYER = "dense";
var KERAS_WEIGHT_NAMES = {
  kernel: `${KERAS_LSTM_LAYER}/lstm_cell/kernel:0`,
  recurrentKernel: `${KERAS_LSTM_LAYER}/lstm_cell/recurrent_kernel:0`,
  bias: `${KERAS_LSTM_LAYER}/lstm_cell/bias:0`,
  denseKernel: `${KERAS_DENSE_LAYER}/kernel:0`,
  denseBias: `${KERAS_DENSE_LAYER}/bias:0`
};

// src/model/keras/notebookValues.ts
init_errors();
init_safeWrite();

// src/engine/keras.ts
init_models();
init_modelCache();
var MAX_VALUES_FILE_BYTES = 1 << 20;

// src/engine/index.ts
init_abcBand();

// src/core/formats/lickSheet.ts
init_ticks();
init_errors();
init_abcWriter();
init_transpose();
init_meter();
init_parts();

// src/engine/lick.ts
init_parts();
init_generate();
init_random();
init_limits();

// src/engine/index.ts
init_parts();

// src/engine/trade.ts
init_types2();
init_errors();
init_grammar();
init_types2();
init_random();

// src/engine/tunes.ts
init_tunes();

// src/core/formats/irealChart.ts
init_errors();
init_leadSheet();
init_progression();
init_chords();
init_meter();

// src/core/formats/irealChords.ts
init_chords();

// src/engine/tunes.ts
init_types2();
var MAX_IREAL_BYTES = 20 * 1024 * 1024;

// .warmprof.tmp.ts
init_lstmCell();
init_sampling();
function post(s, m, p) {
  return new Promise((res, rej) => s.post(m, p ?? {}, (e, r) => e ? rej(e) : res(r)));
}
async function main() {
  const modelDir = "./models/default";
  const model = await loadModel(modelDir);
  for (let i = 0; i < 10; i++) await generateSolo({ modelDir, steps: 100, seed: i });
  const s = new import_node_inspector.Session();
  s.connect();
  await post(s, "Profiler.enable");
  await post(s, "Profiler.setSamplingInterval", { interval: 100 });
  await post(s, "Profiler.start");
  let t0 = performance.now();
  for (let i = 0; i < 100; i++) await generateSolo({ modelDir, steps: 100, seed: 100 + i });
  const warm = (performance.now() - t0) / 100;
  t0 = performance.now();
  for (let i = 0; i < 100; i++) generateIndices(new LstmSampler(model.weights), { steps: 100, seed: 2e3 + i });
  const net = (performance.now() - t0) / 100;
  const { profile } = await post(s, "Profiler.stop");
  (0, import_node_fs7.writeFileSync)("/tmp/prof/warm.cpuprofile", JSON.stringify(profile));
  console.log("warm", warm.toFixed(2), "network", net.toFixed(2), "ratio", (warm / net).toFixed(2));
}
void main();
/*! Bundled license information:

sax/lib/sax.js:
  (*! http://mths.be/fromcodepoint v0.1.0 by @mathias *)
*/
