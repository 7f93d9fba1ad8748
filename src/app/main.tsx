import './zod-config';
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
