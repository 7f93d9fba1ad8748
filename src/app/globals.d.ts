declare const __APP_VERSION__: string;
/** `VIVIER_BUILD_ID` at build time, or empty. */
declare const __BUILD_ID__: string;
