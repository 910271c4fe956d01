"use strict";
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
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
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
          var size2 = parseInt(tokens[0].token);
          tokens.shift();
          if (!currentSetting) {
            warn("Can't set just the size of the font since there is no default value.", str, position);
            return { face: '"Times New Roman"', weight: "normal", style: "normal", decoration: "none", size: size2 };
          }
          if (tokens.length === 0) {
            return { face: currentSetting.face, weight: currentSetting.weight, style: currentSetting.style, decoration: currentSetting.decoration, size: size2 };
          }
          if (tokens.length === 1 && tokens[0].token === "box" && fontTypeCanHaveBox[cmd])
            return { face: currentSetting.face, weight: currentSetting.weight, style: currentSetting.style, decoration: currentSetting.decoration, size: size2, box: true };
          warn("Extra parameters in font definition.", str, position);
          return { face: currentSetting.face, weight: currentSetting.weight, style: currentSetting.style, decoration: currentSetting.decoration, size: size2 };
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
        var size;
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
                  if (size) {
                    warn("Font size specified twice in font definition.", str, position);
                  } else {
                    size = currToken.token;
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
                if (size) {
                  warn("Font size specified twice in font definition.", str, position);
                } else {
                  size = currToken.token;
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
        if (size === void 0) {
          if (!currentSetting) {
            warn("Must specify the size of the font since there is no default value.", str, position);
            size = 12;
          } else
            size = currentSetting.size;
        } else
          size = parseFloat(size);
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
          font.size = size;
          if (box)
            font.box = true;
          return font;
        }
        font.face = face;
        font.weight = weight;
        font.style = style;
        font.decoration = decoration;
        font.size = size;
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
    function transposeKey(key, steps) {
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
    module2.exports = { relativeMajor, relativeMode, transposeKey, isLegalMode };
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
    var transpose = {};
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
    transpose.keySignature = function(multilineVars, keyName, root, acc, localTranspose) {
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
    transpose.chordName = function(multilineVars, chord) {
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
    transpose.note = function(multilineVars, el) {
      if (!multilineVars.localTranspose || multilineVars.clef.type === "perc")
        return;
      var origPitch = el.pitch;
      if (multilineVars.localTransposeVerticalMovement) {
        el.pitch = el.pitch + multilineVars.localTransposeVerticalMovement;
        if (el.name) {
          var actual = el.accidental ? el.name.substring(1) : el.name;
          var acc = el.accidental ? el.name[0] : "";
          var p = allNotes.pitchIndex(actual);
          el.name = acc + allNotes.noteName(p + multilineVars.localTransposeVerticalMovement);
        }
      }
      if (el.accidental) {
        var ret = accidentalChange(origPitch, el.pitch, el.accidental, multilineVars.globalTransposeOrigKeySig, multilineVars.targetKey);
        el.pitch = ret[0];
        el.accidental = accidentals2[ret[1]];
        if (el.name) {
          el.name = accidentals3[ret[1]] + el.name.replace(/[_^=]/g, "");
        }
      }
    };
    module2.exports = transpose;
  }
});

// node_modules/abcjs/src/parse/abc_parse_key_voice.js
var require_abc_parse_key_voice = __commonJS({
  "node_modules/abcjs/src/parse/abc_parse_key_voice.js"(exports2, module2) {
    var parseDirective = require_abc_parse_directive();
    var transpose = require_abc_transpose();
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
        return transpose.keySignature(multilineVars, keyName, root, acc, localTranspose);
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
    var transpose = require_abc_transpose();
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
    var isInTie = function(multilineVars2, overlayLevel, el2) {
      if (multilineVars2.inTie[overlayLevel] === void 0)
        return false;
      var voiceIndex = multilineVars2.currentVoice ? multilineVars2.currentVoice.staffNum * 100 + multilineVars2.currentVoice.index : 0;
      if (multilineVars2.inTie[overlayLevel][voiceIndex]) {
        if (el2.pitches !== void 0 || el2.rest.type !== "spacer")
          return true;
      }
      return false;
    };
    var el = {};
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
              if (!el.chord)
                el.chord = [];
              var chordName = tokenizer.translateString(ret[1]);
              chordName = chordName.replace(/;/g, "\n");
              var addedChord = false;
              for (var ci = 0; ci < el.chord.length; ci++) {
                if (el.chord[ci].position === ret[2]) {
                  addedChord = true;
                  el.chord[ci].name += "\n" + chordName;
                }
              }
              if (addedChord === false) {
                if (ret[2] === null && ret[3])
                  el.chord.push({ name: chordName, rel_position: ret[3] });
                else
                  el.chord.push({ name: chordName, position: ret[2] });
              }
              i += ret[0];
              var ii = tokenizer.skipWhiteSpace(line.substring(i));
              if (ii > 0)
                el.force_end_beam_last = true;
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
                    el.style = ret[1].substring(6);
                  } else if (ret[1].indexOf("class=") === 0) {
                    el.extraClass = ret[1].substring(6);
                  } else {
                    if (el.decoration === void 0)
                      el.decoration = [];
                    if (ret[1] === "beambr1")
                      el.beambr = 1;
                    else if (ret[1] === "beambr2")
                      el.beambr = 2;
                    else el.decoration.push(ret[1]);
                  }
                }
                i += ret[0];
              } else {
                ret = letter_to_grace(line, i);
                if (ret[0] > 0) {
                  el.gracenotes = ret[1];
                  i += ret[0];
                } else
                  break;
              }
            }
          }
          ret = letter_to_bar(line, i);
          if (ret[0] > 0) {
            overlayLevel = 0;
            if (el.gracenotes !== void 0) {
              el.rest = { type: "spacer" };
              el.duration = 0.125;
              multilineVars.addFormattingOptions(el, tune.formatting, "note");
              tuneBuilder.appendElement("note", startOfLine + i, startOfLine + i + ret[0], el);
              multilineVars.measureNotEmpty = true;
              el = {};
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
              if (el.decoration !== void 0)
                bar.decoration = el.decoration;
              if (el.chord !== void 0)
                bar.chord = el.chord;
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
              multilineVars.addFormattingOptions(el, tune.formatting, "bar");
              tuneBuilder.appendElement("bar", startOfLine + startI, startOfLine + i + ret[0], bar);
              multilineVars.measureNotEmpty = false;
              el = {};
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
                el.startSlur = ret.startSlur;
              if (ret.dottedSlur)
                el.dottedSlur = true;
              if (ret.triplet !== void 0) {
                if (tripletNotesLeft > 0)
                  warn("Can't nest triplets", line, i);
                else {
                  el.startTriplet = ret.triplet;
                  el.tripletMultiplier = ret.tripletQ / ret.triplet;
                  el.tripletR = ret.num_notes;
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
                      if (el.decoration === void 0)
                        el.decoration = [];
                      el.decoration.push(accent[1]);
                    }
                  }
                  if (chordNote.end_beam) {
                    el.end_beam = true;
                    delete chordNote.end_beam;
                  }
                  if (el.pitches === void 0) {
                    el.duration = chordNote.duration;
                    el.pitches = [chordNote];
                  } else
                    el.pitches.push(chordNote);
                  delete chordNote.duration;
                  if (accent[0] > 0) {
                    if (accent[1].indexOf("style=") === 0) {
                      el.pitches[el.pitches.length - 1].style = accent[1].substr(6);
                    }
                  }
                  if (multilineVars.inTieChord[el.pitches.length]) {
                    chordNote.endTie = true;
                    multilineVars.inTieChord[el.pitches.length] = void 0;
                  }
                  if (chordNote.startTie)
                    multilineVars.inTieChord[el.pitches.length] = true;
                  i = chordNote.endChar;
                  delete chordNote.endChar;
                } else if (line[i] === " ") {
                  warn("Spaces are not allowed in chords", line, i);
                  i++;
                } else {
                  if (i < line.length && line[i] === "]") {
                    i++;
                    if (multilineVars.next_note_duration !== 0) {
                      el.duration = el.duration * multilineVars.next_note_duration;
                      multilineVars.next_note_duration = 0;
                    }
                    if (isInTie(multilineVars, overlayLevel, el)) {
                      el.pitches.forEach(function(pitch) {
                        pitch.endTie = true;
                      });
                      setIsInTie(multilineVars, overlayLevel, false);
                    }
                    if (tripletNotesLeft > 0 && !(el.rest && el.rest.type === "spacer")) {
                      tripletNotesLeft--;
                      if (tripletNotesLeft === 0) {
                        el.endTriplet = true;
                      }
                    }
                    var postChordDone = false;
                    while (i < line.length && !postChordDone) {
                      switch (line[i]) {
                        case " ":
                        case "	":
                          addEndBeam(el);
                          break;
                        case ")":
                          if (el.endSlur === void 0) el.endSlur = 1;
                          else el.endSlur++;
                          break;
                        case "-":
                          el.pitches.forEach(function(pitch) {
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
                          var fraction = tokenizer.getFraction(line, i);
                          chordDuration = fraction.value;
                          i = fraction.index;
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
                  if (el.pitches !== void 0) {
                    if (chordDuration !== null) {
                      el.duration = el.duration * chordDuration;
                      if (rememberEndBeam)
                        addEndBeam(el);
                    }
                    multilineVars.addFormattingOptions(el, tune.formatting, "note");
                    tuneBuilder.appendElement("note", startOfLine + startI, startOfLine + i, el);
                    multilineVars.measureNotEmpty = true;
                    el = {};
                  }
                  done = true;
                }
              }
            } else {
              var el2 = {};
              var core = getCoreNote(line, i, el2, true);
              if (el2.endTie !== void 0) setIsInTie(multilineVars, overlayLevel, true);
              if (core !== null) {
                if (core.pitch !== void 0) {
                  el.pitches = [{}];
                  if (core.accidental !== void 0) el.pitches[0].accidental = core.accidental;
                  el.pitches[0].pitch = core.pitch;
                  el.pitches[0].name = core.name;
                  if (core.midipitch || core.midipitch === 0)
                    el.pitches[0].midipitch = core.midipitch;
                  if (core.endSlur !== void 0) el.pitches[0].endSlur = core.endSlur;
                  if (core.endTie !== void 0) el.pitches[0].endTie = core.endTie;
                  if (core.startSlur !== void 0) el.pitches[0].startSlur = core.startSlur;
                  if (el.startSlur !== void 0) el.pitches[0].startSlur = el.startSlur;
                  if (el.dottedSlur !== void 0) el.pitches[0].dottedSlur = true;
                  if (core.startTie !== void 0) el.pitches[0].startTie = core.startTie;
                  if (el.startTie !== void 0) el.pitches[0].startTie = el.startTie;
                } else {
                  el.rest = core.rest;
                  if (core.rest.type === "multimeasure" && isFirstVoice())
                    multilineVars.currBarNumber += core.rest.text - 1;
                  if (core.endSlur !== void 0) el.endSlur = core.endSlur;
                  if (core.endTie !== void 0) el.rest.endTie = core.endTie;
                  if (core.startSlur !== void 0) el.startSlur = core.startSlur;
                  if (core.startTie !== void 0) el.rest.startTie = core.startTie;
                  if (el.startTie !== void 0) el.rest.startTie = el.startTie;
                }
                if (core.chord !== void 0) el.chord = core.chord;
                if (core.duration !== void 0) el.duration = core.duration;
                if (core.decoration !== void 0) el.decoration = core.decoration;
                if (core.graceNotes !== void 0) el.graceNotes = core.graceNotes;
                delete el.startSlur;
                delete el.dottedSlur;
                if (isInTie(multilineVars, overlayLevel, el)) {
                  if (el.pitches !== void 0) {
                    el.pitches[0].endTie = true;
                  } else if (el.rest.type !== "spacer") {
                    el.rest.endTie = true;
                  }
                  setIsInTie(multilineVars, overlayLevel, false);
                }
                if (core.startTie || el.startTie)
                  setIsInTie(multilineVars, overlayLevel, true);
                i = core.endChar;
                if (tripletNotesLeft > 0 && !(core.rest && core.rest.type === "spacer")) {
                  tripletNotesLeft--;
                  if (tripletNotesLeft === 0) {
                    el.endTriplet = true;
                  }
                }
                if (core.end_beam)
                  addEndBeam(el);
                if (el.rest && el.rest.type === "rest" && el.duration === 1 && durationOfMeasure(multilineVars) <= 1) {
                  el.rest.type = "whole";
                  el.duration = durationOfMeasure(multilineVars);
                }
                if (el.duration < 1 && durations.indexOf(el.duration) === -1 && el.duration !== 0) {
                  if (!el.rest || el.rest.type !== "spacer")
                    warn("Duration not representable: " + line.substring(startI, i), line, i);
                }
                multilineVars.addFormattingOptions(el, tune.formatting, "note");
                var succeeded = tuneBuilder.appendElement("note", startOfLine + startI, startOfLine + i, el);
                if (!succeeded) {
                  this.startNewLine();
                  tuneBuilder.appendElement("note", startOfLine + startI, startOfLine + i, el);
                }
                multilineVars.measureNotEmpty = true;
                el = {};
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
        el = {};
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
          chord[1] = transpose.chordName(multilineVars, chord[1]);
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
    var addEndBeam = function(el2) {
      if (el2.duration !== void 0 && el2.duration < 0.25)
        el2.end_beam = true;
      return el2;
    };
    var getCoreNote = function(line, index, el2, canHaveBrokenRhythm) {
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
              if (el2.startSlur === void 0) el2.startSlur = 1;
              else el2.startSlur++;
            } else if (isComplete(state)) {
              el2.endChar = index;
              return el2;
            } else return null;
            break;
          case ")":
            if (isComplete(state)) {
              if (el2.endSlur === void 0) el2.endSlur = 1;
              else el2.endSlur++;
            } else return null;
            break;
          case "^":
            if (state === "startSlur") {
              el2.accidental = "sharp";
              state = "sharp2";
            } else if (state === "sharp2") {
              el2.accidental = "dblsharp";
              state = "pitch";
            } else if (isComplete(state)) {
              el2.endChar = index;
              return el2;
            } else return null;
            break;
          case "_":
            if (state === "startSlur") {
              el2.accidental = "flat";
              state = "flat2";
            } else if (state === "flat2") {
              el2.accidental = "dblflat";
              state = "pitch";
            } else if (isComplete(state)) {
              el2.endChar = index;
              return el2;
            } else return null;
            break;
          case "=":
            if (state === "startSlur") {
              el2.accidental = "natural";
              state = "pitch";
            } else if (isComplete(state)) {
              el2.endChar = index;
              return el2;
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
              el2.pitch = pitches[line[index]];
              el2.pitch += 7 * (multilineVars.currentVoice && multilineVars.currentVoice.octave !== void 0 ? multilineVars.currentVoice.octave : multilineVars.octave);
              el2.name = line[index];
              if (el2.accidental)
                el2.name = accMap[el2.accidental] + el2.name;
              transpose.note(multilineVars, el2);
              state = "octave";
              if (canHaveBrokenRhythm && multilineVars.next_note_duration !== 0) {
                el2.duration = multilineVars.default_length * multilineVars.next_note_duration;
                multilineVars.next_note_duration = 0;
                durationSetByPreviousNote = true;
              } else
                el2.duration = multilineVars.default_length;
              if (multilineVars.clef && multilineVars.clef.type === "perc" || multilineVars.currentVoice && multilineVars.currentVoice.clef === "perc") {
                var key = line[index];
                if (el2.accidental) {
                  key = accMap[el2.accidental] + key;
                }
                if (tune.formatting && tune.formatting.midi && tune.formatting.midi.drummap)
                  el2.midipitch = tune.formatting.midi.drummap[key];
              }
            } else if (isComplete(state)) {
              el2.endChar = index;
              return el2;
            } else return null;
            break;
          case ",":
            if (state === "octave") {
              el2.pitch -= 7;
              el2.name += ",";
            } else if (isComplete(state)) {
              el2.endChar = index;
              return el2;
            } else return null;
            break;
          case "'":
            if (state === "octave") {
              el2.pitch += 7;
              el2.name += "'";
            } else if (isComplete(state)) {
              el2.endChar = index;
              return el2;
            } else return null;
            break;
          case "x":
          case "X":
          case "y":
          case "z":
          case "Z":
            if (state === "startSlur") {
              el2.rest = { type: rests[line[index]] };
              delete el2.accidental;
              delete el2.startSlur;
              delete el2.startTie;
              delete el2.endSlur;
              delete el2.endTie;
              delete el2.end_beam;
              delete el2.grace_notes;
              if (el2.rest.type.indexOf("multimeasure") >= 0) {
                el2.duration = tune.getBarLength();
                el2.rest.text = 1;
                state = "Zduration";
              } else {
                if (canHaveBrokenRhythm && multilineVars.next_note_duration !== 0) {
                  el2.duration = multilineVars.default_length * multilineVars.next_note_duration;
                  multilineVars.next_note_duration = 0;
                  durationSetByPreviousNote = true;
                } else
                  el2.duration = multilineVars.default_length;
                state = "duration";
              }
            } else if (isComplete(state)) {
              el2.endChar = index;
              return el2;
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
              var fraction = tokenizer.getFraction(line, index);
              el2.duration = el2.duration * fraction.value;
              el2.endChar = fraction.index;
              while (fraction.index < line.length && (tokenizer.isWhiteSpace(line[fraction.index]) || line[fraction.index] === "-")) {
                if (line[fraction.index] === "-")
                  el2.startTie = {};
                else
                  el2 = addEndBeam(el2);
                fraction.index++;
              }
              index = fraction.index - 1;
              state = "broken_rhythm";
            } else if (state === "sharp2") {
              el2.accidental = "quartersharp";
              state = "pitch";
            } else if (state === "flat2") {
              el2.accidental = "quarterflat";
              state = "pitch";
            } else if (state === "Zduration") {
              var num = tokenizer.getNumber(line, index);
              el2.duration = num.num * tune.getBarLength();
              el2.rest.text = num.num;
              el2.endChar = num.index;
              return el2;
            } else return null;
            break;
          case "-":
            if (state === "startSlur") {
              tuneBuilder.addTieToLastNote(dottedTie);
              el2.endTie = true;
            } else if (state === "octave" || state === "duration" || state === "end_slur") {
              el2.startTie = {};
              if (!durationSetByPreviousNote && canHaveBrokenRhythm)
                state = "broken_rhythm";
              else {
                if (tokenizer.isWhiteSpace(line[index + 1]))
                  addEndBeam(el2);
                el2.endChar = index + 1;
                return el2;
              }
            } else if (state === "broken_rhythm") {
              el2.endChar = index;
              return el2;
            } else return null;
            break;
          case " ":
          case "	":
            if (isComplete(state)) {
              el2.end_beam = true;
              dottedTie = false;
              do {
                if (line[index] === "." && line[index + 1] === "-") {
                  dottedTie = true;
                  index++;
                }
                if (line[index] === "-") {
                  el2.startTie = {};
                  if (dottedTie)
                    el2.startTie.style = "dotted";
                }
                index++;
              } while (index < line.length && (tokenizer.isWhiteSpace(line[index]) || line[index] === "-") || line[index] === "." && line[index + 1] === "-");
              el2.endChar = index;
              if (!durationSetByPreviousNote && canHaveBrokenRhythm && (line[index] === "<" || line[index] === ">")) {
                index--;
                state = "broken_rhythm";
              } else
                return el2;
            } else return null;
            break;
          case ">":
          case "<":
            if (isComplete(state)) {
              if (canHaveBrokenRhythm) {
                var br2 = getBrokenRhythm(line, index);
                index += br2[0] - 1;
                multilineVars.next_note_duration = br2[2];
                el2.duration = br2[1] * el2.duration;
                state = "end_slur";
              } else {
                el2.endChar = index;
                return el2;
              }
            } else
              return null;
            break;
          default:
            if (isComplete(state)) {
              el2.endChar = index;
              return el2;
            }
            return null;
        }
        index++;
        if (index === line.length) {
          if (isComplete(state)) {
            el2.endChar = index;
            return el2;
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
          outputLines[ii].staff = outputLines[ii].staff.filter(function(el) {
            return el != null;
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
                var el = voice[e];
                if (el.el_type === "bar") {
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
        var transpose = options.midiTranspose || 0;
        if (abctune.visualTranspose)
          transpose -= abctune.visualTranspose;
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
        transpose = parseInt(transpose, 10);
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
            transpose = globals.transpose[0];
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
        if (transpose)
          startVoice.push({ el_type: "transpose", transpose });
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
                if (transpose && staff.clef.type === "perc")
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
            var el = voice[j];
            if (el.el_type === "tempo")
              lastTempo = el.qpm;
            if (changePositions.indexOf("" + el.timing) >= 0 && lastTempo !== tempoChanges["" + el.timing].qpm) {
              lastTempo = tempoChanges["" + el.timing].qpm;
              if (el.el_type === "tempo") {
                el.qpm = tempoChanges["" + el.timing].qpm;
                j++;
              } else {
                voices[i].splice(j, 0, { el_type: "tempo", qpm: tempoChanges["" + el.timing].qpm, timing: el.timing });
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
    ChordTrack.prototype.setTranspose = function(transpose) {
      this.transpose = transpose;
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
      var transpose;
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
          transpose = 0;
          chordTrack.setTranspose(transpose);
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
                accidentals = setKeySignature(element);
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
                transpose = element.transpose;
                chordTrack.setTranspose(transpose);
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
        actualPitch += transpose;
        return actualPitch;
      }
      function setKeySignature(elem) {
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
    var Tune5 = function() {
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
                for (var el = 0; el < voice.length; el++) {
                  var isSpacer = voice[el].rest && voice[el].rest.type === "spacer";
                  if (voice[el].startTriplet)
                    tripletMultiplier = voice[el].tripletMultiplier;
                  if (voice[el].duration && !isSpacer && voice[el].el_type !== "tempo")
                    pickupLength += voice[el].duration * tripletMultiplier;
                  if (voice[el].endTriplet)
                    tripletMultiplier = 1;
                  if (pickupLength >= barLength)
                    pickupLength -= barLength;
                  if (voice[el].el_type === "bar")
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
          var el = elements[i];
          var next = skipTies(elements, i + 1);
          if (el.left !== null) {
            var endX = next && el.top === next.top ? next.left : lines[el.line].staffGroup.w;
            if (el.endX !== void 0) {
              if (endX > el.left)
                el.endX = Math.min(el.endX, endX);
            } else
              el.endX = endX;
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
    module2.exports = Tune5;
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
        var el = getLastNote(tune);
        if (el && el.pitches && el.pitches.length > 0) {
          el.pitches[0].startTie = {};
          if (dottedTie)
            el.pitches[0].startTie.style = "dotted";
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
                  var el = staff.voices[staff.voices.length - 1][kkk];
                  if (el.el_type === "bar" && el.startEnding) {
                    delete el.startEnding;
                  }
                  if (el.el_type === "bar" && el.endEnding)
                    delete el.endEnding;
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
        var el = line[i];
        if (el.el_type === "note") {
          if (el.gracenotes) {
            for (var g = 0; g < el.gracenotes.length; g++) {
              if (el.gracenotes[g].endSlur) {
                var gg = el.gracenotes[g].endSlur;
                el.gracenotes[g].endSlur = [];
                for (var ggg = 0; ggg < gg; ggg++)
                  addEndSlur(el.gracenotes[g], 1, 20);
              }
              if (el.gracenotes[g].startSlur) {
                x = el.gracenotes[g].startSlur;
                addStartSlur(el.gracenotes[g], x, 20);
              }
            }
          }
          if (el.endSlur) {
            x = el.endSlur;
            el.endSlur = [];
            addEndSlur(el, x, 0);
          }
          if (el.startSlur) {
            x = el.startSlur;
            addStartSlur(el, x, 0);
          }
          if (el.pitches) {
            var usedNums = [];
            for (var p = 0; p < el.pitches.length; p++) {
              if (el.pitches[p].endSlur) {
                var k = el.pitches[p].endSlur;
                el.pitches[p].endSlur = [];
                for (var j = 0; j < k; j++) {
                  var slurNum = addEndSlur(el.pitches[p], 1, p + 1);
                  usedNums.push(slurNum);
                }
              }
            }
            for (p = 0; p < el.pitches.length; p++) {
              if (el.pitches[p].startSlur) {
                x = el.pitches[p].startSlur;
                addStartSlur(el.pitches[p], x, p + 1, usedNums);
              }
            }
            if (el.gracenotes && el.pitches[0].endSlur && el.pitches[0].endSlur[0] === 100 && el.pitches[0].startSlur) {
              if (el.gracenotes[0].endSlur)
                el.gracenotes[0].endSlur.push(el.pitches[0].startSlur[0].label);
              else
                el.gracenotes[0].endSlur = [el.pitches[0].startSlur[0].label];
              if (el.pitches[0].endSlur.length === 1)
                delete el.pitches[0].endSlur;
              else if (el.pitches[0].endSlur[0] === 100)
                el.pitches[0].endSlur.shift();
              else if (el.pitches[0].endSlur[el.pitches[0].endSlur.length - 1] === 100)
                el.pitches[0].endSlur.pop();
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
        var el = voice[i];
        if (el.el_type === "note") {
          return el;
        }
      }
      return null;
    }
    function getDuration(el) {
      if (el.duration) return el.duration;
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
                var el = voice[e];
                if (el.el_type === "note" && (!el.rest || el.chord))
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
    var Tune5 = require_abc_tune();
    var TuneBuilder = require_tune_builder();
    var Parse = function() {
      "use strict";
      var tune = new Tune5();
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
      function addPositioning(el, type, value) {
        if (!el.positioning) el.positioning = {};
        el.positioning[type] = value;
      }
      function addFont(el, type, value) {
        if (!el.fonts) el.fonts = {};
        el.fonts[type] = value;
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
        addFormattingOptions: function(el, defaultFonts, elType) {
          if (elType === "note") {
            if (this.vocalPosition !== "auto") addPositioning(el, "vocalPosition", this.vocalPosition);
            if (this.dynamicPosition !== "auto") addPositioning(el, "dynamicPosition", this.dynamicPosition);
            if (this.chordPosition !== "auto") addPositioning(el, "chordPosition", this.chordPosition);
            if (this.ornamentPosition !== "auto") addPositioning(el, "ornamentPosition", this.ornamentPosition);
            if (this.volumePosition !== "auto") addPositioning(el, "volumePosition", this.volumePosition);
            if (this.differentFont("annotationfont", defaultFonts)) addFont(el, "annotationfont", this.annotationfont);
            if (this.differentFont("gchordfont", defaultFonts)) addFont(el, "gchordfont", this.gchordfont);
            if (this.differentFont("vocalfont", defaultFonts)) addFont(el, "vocalfont", this.vocalfont);
            if (this.differentFont("tripletfont", defaultFonts)) addFont(el, "tripletfont", this.tripletfont);
          } else if (elType === "bar") {
            if (this.dynamicPosition !== "auto") addPositioning(el, "dynamicPosition", this.dynamicPosition);
            if (this.chordPosition !== "auto") addPositioning(el, "chordPosition", this.chordPosition);
            if (this.ornamentPosition !== "auto") addPositioning(el, "ornamentPosition", this.ornamentPosition);
            if (this.volumePosition !== "auto") addPositioning(el, "volumePosition", this.volumePosition);
            if (this.differentFont("measurefont", defaultFonts)) addFont(el, "measurefont", this.measurefont);
            if (this.differentFont("repeatfont", defaultFonts)) addFont(el, "repeatfont", this.repeatfont);
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
        line.forEach(function(el) {
          if (word_list.length !== 0) {
            if (word_list[0].skip) {
              switch (word_list[0].to) {
                case "next":
                  if (el.el_type === "note" && el.pitches !== null && !inSlur) word_list.shift();
                  break;
                case "slur":
                  if (el.el_type === "note" && el.pitches !== null) word_list.shift();
                  break;
                case "bar":
                  if (el.el_type === "bar") word_list.shift();
                  break;
              }
              if (el.el_type !== "bar") {
                if (el.lyric === void 0)
                  el.lyric = [{ syllable: "", divider: " " }];
                else
                  el.lyric.push({ syllable: "", divider: " " });
              }
            } else {
              if (el.el_type === "note" && el.rest === void 0 && !inSlur) {
                var lyric = word_list.shift();
                if (lyric.syllable)
                  lyric.syllable = lyric.syllable.replace(/ +/g, "\xA0");
                if (el.lyric === void 0)
                  el.lyric = [lyric];
                else
                  el.lyric.push(lyric);
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
        line.forEach(function(el) {
          if (word_list.length !== 0) {
            if (word_list[0].skip) {
              switch (word_list[0].to) {
                case "next":
                  if (el.el_type === "note" && el.pitches !== null && !inSlur) word_list.shift();
                  break;
                case "slur":
                  if (el.el_type === "note" && el.pitches !== null) word_list.shift();
                  break;
                case "bar":
                  if (el.el_type === "bar") word_list.shift();
                  break;
              }
            } else {
              if (el.el_type === "note" && el.rest === void 0 && !inSlur) {
                var lyric = word_list.shift();
                if (el.lyric === void 0)
                  el.lyric = [lyric];
                else
                  el.lyric.push(lyric);
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

// src/extension/training/trainingRunner.ts
var trainingRunner_exports = {};
__export(trainingRunner_exports, {
  TrainingRunner: () => TrainingRunner
});
var import_node_worker_threads, path, CANCEL_GRACE_MS, TrainingRunner;
var init_trainingRunner = __esm({
  "src/extension/training/trainingRunner.ts"() {
    "use strict";
    import_node_worker_threads = require("node:worker_threads");
    path = __toESM(require("node:path"));
    CANCEL_GRACE_MS = 1e4;
    TrainingRunner = class {
      constructor(workerScript, log) {
        this.workerScript = workerScript;
        this.log = log;
      }
      workerScript;
      log;
      current;
      get running() {
        return this.current?.info;
      }
      run(name, request, onProgress, token) {
        if (this.current) throw new Error(`a training is already running (${this.current.info.name})`);
        const cancelFlag = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
        const input = { request, cancelFlag };
        const worker = new import_node_worker_threads.Worker(this.workerScript, {
          workerData: input,
          // The engine looks for the tfjs .wasm files beside its bundle; say where they are explicitly.
          env: { ...process.env, JAZZ_SOLO_WASM_DIR: process.env.JAZZ_SOLO_WASM_DIR ?? path.dirname(this.workerScript) }
        });
        const info = { name };
        this.current = { info, worker };
        return new Promise((resolve) => {
          let outcome;
          let killTimer;
          const finish = (result) => {
            outcome ??= result;
          };
          const cancelSubscription = token.onCancellationRequested(() => {
            this.log.info(`training "${name}": cancel requested`);
            Atomics.store(cancelFlag, 0, 1);
            killTimer = setTimeout(() => {
              finish({ kind: "cancelled" });
              void worker.terminate();
            }, CANCEL_GRACE_MS);
          });
          worker.on("message", (message) => {
            switch (message.type) {
              case "progress":
                info.latest = message.progress;
                onProgress(message.progress);
                break;
              case "log":
                this.log.info(message.line);
                break;
              case "done":
                finish({ kind: "done", result: message.result });
                break;
              case "cancelled":
                finish({ kind: "cancelled" });
                break;
              case "failed":
                if (message.stack && !message.userFacing) this.log.error(message.stack);
                finish({ kind: "failed", message: message.message, userFacing: message.userFacing });
                break;
            }
          });
          worker.on("error", (err) => {
            this.log.error(err.stack ?? err.message);
            finish({ kind: "failed", message: err.message, userFacing: false });
          });
          worker.on("exit", (code) => {
            clearTimeout(killTimer);
            cancelSubscription.dispose();
            if (this.current?.worker === worker) this.current = void 0;
            resolve(
              outcome ?? (token.isCancellationRequested ? { kind: "cancelled" } : { kind: "failed", message: `the training worker stopped unexpectedly (exit code ${code})`, userFacing: false })
            );
          });
        });
      }
      dispose() {
        void this.current?.worker.terminate();
        this.current = void 0;
      }
    };
  }
});

// bench/helpers/eventLoop.ts
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node_perf_hooks = require("node:perf_hooks");

// src/core/chords.ts
var TRIAD = { maj: [0, 4, 7], min: [0, 3, 7] };
var HEADS = [
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
  [["m7b5", "min7b5", "mi7b5", "-7b5", "m7(b5)", "\xF87", "\xF8", "\xD87", "\xD8"], { quality: "halfDim7", intervals: [0, 3, 6, 10] }],
  [["dim", "\xB0", "o", "d"], { quality: "dim", intervals: [0, 3, 6] }],
  [["dim7", "\xB07", "o7", "d7"], { quality: "dim7", intervals: [0, 3, 6, 9] }],
  [["aug", "+", "a"], { quality: "aug", intervals: [0, 4, 8] }],
  [["aug7", "+7", "7+", "a7", "7#5", "7+5", "7(#5)"], { quality: "aug7", intervals: [0, 4, 8, 10] }],
  [["augmaj7", "+maj7", "+M7", "maj7#5", "M7#5", "\u03947#5", "^7#5", "maj7(#5)"], { quality: "augMaj7", intervals: [0, 4, 8, 11] }],
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
var HEAD_SPELLINGS = HEADS.flatMap(
  ([spellings, shape]) => spellings.map((spelling) => [spelling, shape])
).sort((a, b) => b[0].length - a[0].length);
var MODES = {
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
var MODE_BY_QUALITY = {
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
var KEY_MODE_SCALES = {
  major: MODES.ionian,
  minor: MODES.aeolian,
  dorian: MODES.dorian,
  mixolydian: MODES.mixolydian,
  lydian: MODES.lydian,
  phrygian: MODES.phrygian,
  locrian: MODES.locrian
};

// src/core/abcReader.ts
var AbcjsParse = require_abc_parse();
var splitAbcBook = require_abc_parse_book();

// src/core/midiReader.ts
var import_midi = __toESM(require_Midi());
var PLAIN_LENGTHS = [0.25, 0.5, 0.75, 1, 1.5, 2, 1 / 3, 2 / 3];

// src/core/corpus.ts
var DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

// bench/helpers/referenceCorpus.ts
var METHENY_PATH = process.env.JAZZ_SOLO_SHARED_DATA ? `${process.env.JAZZ_SOLO_SHARED_DATA}/reference/original_metheny.mid` : "/work/shared/data/reference/original_metheny.mid";
function reportResult(result) {
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}
`);
}
function peakRssMb() {
  return process.resourceUsage().maxRSS / 1024;
}

// bench/helpers/eventLoop.ts
var vscodeStub = require("./vscodeStub.cjs");
vscodeStub.installVscodeStub();
var RESOLUTION_MS = 10;
async function main() {
  const { root, request } = JSON.parse(process.argv[2] ?? "{}");
  const { TrainingRunner: TrainingRunner2 } = await Promise.resolve().then(() => (init_trainingRunner(), trainingRunner_exports));
  const outRoot = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "jazz-bench-eventloop-"));
  const lines = [];
  const log = { info: (line) => lines.push(line), error: (line) => lines.push(`error: ${line}`) };
  const runner = new TrainingRunner2((0, import_node_path.join)(root, "dist", "trainWorker.js"), log);
  const tokenSource = new vscodeStub.CancellationTokenSource();
  const histogram = (0, import_node_perf_hooks.monitorEventLoopDelay)({ resolution: RESOLUTION_MS });
  let epochs = 0;
  try {
    histogram.enable();
    const started = import_node_perf_hooks.performance.now();
    const outcome = await runner.run("bench", { ...request, outDir: (0, import_node_path.join)(outRoot, "model") }, () => void epochs++, tokenSource.token);
    const wallSeconds = (import_node_perf_hooks.performance.now() - started) / 1e3;
    histogram.disable();
    if (outcome.kind !== "done") throw new Error(`training through the runner did not finish: ${JSON.stringify(outcome)}
${lines.join("\n")}`);
    const ms = (nanoseconds) => nanoseconds / 1e6;
    reportResult({
      wallSeconds,
      trainSeconds: outcome.result.seconds,
      epochs,
      backend: outcome.result.backend,
      finalLoss: outcome.result.loss[outcome.result.loss.length - 1],
      // Node records the time between samples, so an idle loop reads about RESOLUTION_MS: kept as is (conservative).
      p50Ms: ms(histogram.percentile(50)),
      p99Ms: ms(histogram.percentile(99)),
      maxMs: ms(histogram.max),
      samples: histogram.count,
      peakRssMb: peakRssMb()
    });
  } finally {
    runner.dispose();
    (0, import_node_fs.rmSync)(outRoot, { recursive: true, force: true });
  }
}
main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}
`);
  process.exit(1);
});
