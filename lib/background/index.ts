export { factsFor, nameOf, namesFor } from './facts-handler';
export { changeSettings, SETTINGS_STORAGE_KEY, settingsFor } from './settings-store';
