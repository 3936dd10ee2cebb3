export {
  applyChange,
  DEFAULT_SETTINGS,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  MARK_STYLES,
  type MarkSettings,
  type MarkStyle,
  marksEnabledOn,
  mutedEntities,
  parseSettings,
  type SettingsChange,
  siteOf,
} from './site-settings';
