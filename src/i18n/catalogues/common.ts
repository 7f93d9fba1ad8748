import { area } from '../catalogue';

/** The app shell, first run, home, audit, settings and update prompt. */
export const common = area(
  {
    'app.name': 'Vivier',
  },
  {
    'app.name': 'Vivier',
  },
  {
    'app.name': 'Vivier',
  },
);
