import { render } from 'preact';
import { createLibraryApi, LibraryApp } from '@/components/library';
import '@/components/library/library.css';

const root = document.getElementById('app');
if (root) render(<LibraryApp api={createLibraryApi()} />, root);
