import './zod-config';

void import('./start');
