export { createLibraryApi, type EntityNames, type LibraryApi } from './api';
export { LibraryApp } from './LibraryApp';
export { STRINGS as LIBRARY_STRINGS } from './strings';
