export {
  CARD_HOST_TAG,
  type CardHost,
  type CardHostOptions,
  createCardHost,
  type ShowOptions,
} from './card-host';
export { canDrawFlags } from './flag-emoji';
