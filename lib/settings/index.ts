export {
  applyChange,
  DEFAULT_SETTINGS,
  type MarkSettings,
  marksEnabledOn,
  mutedEntities,
  parseSettings,
  type SettingsChange,
  siteOf,
} from './site-settings';
