import { useLanguage } from './language';

/**
 * For component tests: a button that switches the language as the shell's switch does, so a
 * test can check that what a page already shows follows the switch.
 */
export function SwitchToNorwegian() {
  const { setLanguage } = useLanguage();
  return (
    <button type="button" onClick={() => setLanguage('nb')}>
      Switch to Norwegian
    </button>
  );
}
