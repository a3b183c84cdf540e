/**
 * Discord's message limits (the API rejects a payload that breaks any of them).
 * Only `render` knows these numbers; everything it returns respects them by construction.
 * Lengths are counted in UTF-16 code units (`string.length`), which is never less than
 * Discord's own character count, so staying under them here stays under them there.
 */

/** Message `content`. */
export const CONTENT_MAX = 2000;
/** Embed title. */
export const EMBED_TITLE_MAX = 256;
/** Embed description. */
export const EMBED_DESCRIPTION_MAX = 4096;
/** Embed author name. */
export const EMBED_AUTHOR_MAX = 256;
/** Embed field name. */
export const EMBED_FIELD_NAME_MAX = 256;
/** Embed field value. */
export const EMBED_FIELD_VALUE_MAX = 1024;
/** Fields per embed. */
export const EMBED_FIELDS_MAX = 25;
/** Embed footer text. */
export const EMBED_FOOTER_MAX = 2048;
/** Sum of title, description, field names/values, footer and author over all embeds of a message. */
export const EMBEDS_TOTAL_MAX = 6000;
/** Embeds per message. */
export const EMBEDS_PER_MESSAGE_MAX = 10;
/** Choices in an autocomplete response. */
export const AUTOCOMPLETE_CHOICES_MAX = 25;
/** Autocomplete choice name and value. */
export const AUTOCOMPLETE_CHOICE_MAX = 100;
/** A component's `custom_id`. */
export const CUSTOM_ID_MAX = 100;
/** Button label. */
export const BUTTON_LABEL_MAX = 80;
