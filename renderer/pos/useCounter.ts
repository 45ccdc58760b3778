// This terminal's name, its open shift (undefined while asking, null when none) and the outlet's
// counter settings (name, SPHP pack limit).
import { useEffect, useState } from 'react';
import type { CounterInfo } from '../../shared/api/pos';
import type { ShiftInfo } from '../../shared/api/shifts';
import { useApi } from '../lib/session';

const TERMINAL_KEY = 'kkmp.terminal';

export function useCounter() {
  const api = useApi();
  const [terminal, setTerminal] = useState(() => localStorage.getItem(TERMINAL_KEY) || 'POS-1');
  const [shift, setShift] = useState<ShiftInfo | null | undefined>(undefined);
  // Kept as thrown and put in words when shown, so a language switch changes it too.
  const [shiftError, setShiftError] = useState<unknown>(null);
  const [info, setInfo] = useState<CounterInfo | null>(null);

  useEffect(() => {
    let alive = true;
    api.shifts.current({ terminal }).then(
      (s) => alive && setShift(s as ShiftInfo | null),
      (e) => {
        if (!alive) return;
        setShift(null);
        setShiftError(e);
      },
    );
    return () => {
      alive = false;
    };
  }, [api, terminal]);

  useEffect(() => {
    let alive = true;
    api.pos.info({}).then(
      (i) => alive && setInfo(i as CounterInfo),
      () => {},
    );
    return () => {
      alive = false;
    };
  }, [api]);

  /** A shift opened on the counter, maybe under a new terminal name. */
  const opened = (s: ShiftInfo, name: string) => {
    setShift(s);
    setTerminal(name);
    setShiftError(null);
  };

  return { terminal, shift, setShift, shiftError, info, opened };
}
