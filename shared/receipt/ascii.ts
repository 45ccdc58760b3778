// Receipt printers print one byte per character from a code page; Indonesian text is plain ASCII
// but names typed on phones bring typographic quotes, dashes and accents. Everything that goes
// on paper passes through here first, so what the printer gets is what the tests read back.
const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u2022': '*',
  '\u00B7': '.',
  '\u00D7': 'x',
  '\u00F7': '/',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
  '\t': ' ',
  '\u00DF': 'ss',
  '\u00C6': 'AE',
  '\u00E6': 'ae',
  '\u00D8': 'O',
  '\u00F8': 'o',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u00B2': '2',
  '\u00B3': '3',
  '\u00BD': '1/2',
  '\u00BC': '1/4',
  '\u00B0': 'o',
  '\u20AC': 'EUR',
};

/** Printable ASCII only: accents dropped, typographic punctuation simplified, the rest becomes '?'. */
export function toAscii(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKD')) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x20 && code < 0x7f) out += ch;
    else if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if (code >= 0x300 && code <= 0x36f)
      continue; // combining accent left by NFKD
    else if (ch === '\n' || ch === '\r') out += ' ';
    else out += '?';
  }
  return out;
}
