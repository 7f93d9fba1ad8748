// The app itself, loaded by main.tsx once zod is configured (see zod-config.ts).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createDb } from '../db/database';
import { App } from './app';
import './styles.css';

const db = createDb();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App db={db} />
  </StrictMode>,
);
