import { render } from 'preact';
import { createPopupApi, PopupApp } from '@/components/popup';

const root = document.getElementById('app');
if (root) render(<PopupApp api={createPopupApi()} />, root);
