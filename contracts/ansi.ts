/** ANSI SGR sequences (colour, bold), as Pact's and Prism's output carry them. */
const sgr = /\u001b\[[0-9;]*m/g;

/** The text without its colour codes. */
export const stripAnsi = (text: string): string => text.replace(sgr, '');
