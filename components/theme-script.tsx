// Applies the theme before the first paint (no flash): the stored choice, else the OS preference,
// which is followed live while no choice is stored.
import { THEME_STORAGE_KEY } from './theme';

const SCRIPT = `(function(){try{var m=matchMedia('(prefers-color-scheme: dark)');function a(){var t=localStorage.getItem('${THEME_STORAGE_KEY}');document.documentElement.classList.toggle('dark',t?t==='dark':m.matches)}a();m.addEventListener('change',a)}catch(e){}})()`;

/** `nonce`: the request's CSP nonce, without which the browser would not run it. */
export function ThemeScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
