export { createPopupApi, type PopupApi, type PopupTab } from './api';
export { FIRST_PAINT_MARK } from './OnThisPage';
export { PopupApp } from './PopupApp';
export { STRINGS } from './strings';
