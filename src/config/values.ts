/**
 * The configuration's closed sets of values and bounds, without zod: the schema validates files
 * with them, and the hooks check environment overrides with them without loading the schema.
 */
export const MODES = ['suggest', 'auto', 'enforce', 'off'] as const;
export type Mode = (typeof MODES)[number];

/** How installed hooks reach the handlers: a bash shim to the daemon, or a Node process per event. */
export const TRANSPORTS = ['daemon', 'node'] as const;
export type Transport = (typeof TRANSPORTS)[number];

export const COMMAND_STORAGE = ['redacted', 'signature', 'full'] as const;
export type CommandStorage = (typeof COMMAND_STORAGE)[number];

/** The slow threshold is a number of seconds above 0 and at most this. */
export const MAX_SLOW_THRESHOLD_SECONDS = 3600;
