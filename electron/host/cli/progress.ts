// The CLI's progress lines for long exports: one line every 10 points, and always the last one.
// Steps of 10 from an uneven start (…, 84 %, 94 %) would otherwise never print the 100 %.
export function tenPointProgress(print: (line: string) => void): (p: { done: number; total: number }) => void {
  let shown = -10;
  return ({ done, total }) => {
    const pct = total ? Math.floor((done * 100) / total) : 100;
    if (pct >= shown + 10 || (pct === 100 && shown < 100)) {
      shown = pct;
      print(`${pct}% (${done}/${total})`);
    }
  };
}
