// The value of one setting in force today, for a screen that starts from it (null until known,
// or when the user may not read settings).
import type { SettingKey, SettingValue } from '../../shared/settings';
import { useCall } from './officeKit';

export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | null {
  const data = useCall((api) => api.settings.show({ key }), [key]).data;
  // The host checked the stored value against this key's schema before answering.
  return (data?.current ?? null) as SettingValue<K> | null;
}
