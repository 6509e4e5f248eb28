/**
 * The build this code belongs to: a hash of the sources, set by scripts/build.mjs in every
 * bundle and in the shim. The shim sends it with each request, the daemon refuses another build's
 * (409, then exits), and a hook's fallback replaces a daemon that announces another.
 */
declare const __BUILD_VERSION__: string | undefined;

export const BUILD_VERSION: string = typeof __BUILD_VERSION__ === 'string' ? __BUILD_VERSION__ : 'source';
