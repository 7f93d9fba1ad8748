import { version } from '../../../package.json';

/** The app's version (package.json), written into every backup manifest. */
export const appVersion: string = version;
