// English as zod's default message locale. Classic zod set it when it built its first schema;
// zod/mini sets none, and without a locale every issue reads just "Invalid input". Every module
// that builds zod schemas imports this file first, so the CLI's messages stay as they were. A locale
// configured explicitly (the language server's Chinese) replaces it, in whichever order they load.
// Imported from zod/locales by name, so a bundle carries this one locale rather than all of them.
import { config } from 'zod/mini';
import { en } from 'zod/locales';

if (!config().localeError) config(en());
