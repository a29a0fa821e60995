/** Entry point: styles, Monaco set-up (before any editor mounts), then React. */
import './styles.css';
import './editor/monaco-setup';
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
