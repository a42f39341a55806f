// The theme choice: stored in localStorage under one key (absent = follow the OS) and shown as a
// `dark` class on <html>. ThemeScript applies it before paint; these helpers run in the browser.
export const THEME_STORAGE_KEY = 'flotilla-theme';
export const THEME_CHANGE_EVENT = 'flotilla-theme-change';

export type Theme = 'system' | 'light' | 'dark';

export function readTheme(): Theme {
  const stored = localStorage.getItem(THEME_STORAGE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export function applyTheme(theme: Theme = readTheme()) {
  const dark = theme === 'dark' || (theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
}

export function storeTheme(theme: Theme) {
  if (theme === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
  else localStorage.setItem(THEME_STORAGE_KEY, theme);
  applyTheme(theme);
  window.dispatchEvent(new Event(THEME_CHANGE_EVENT));
}
