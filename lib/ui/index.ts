export {
  CARD_HOST_TAG,
  type CardHost,
  type CardHostOptions,
  type CardRenderer,
  createCardHost,
  type ShowOptions,
} from './card-host';
