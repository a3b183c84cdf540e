/**
 * 문자 인코딩: turns the bytes of a web page into text. Korean pages are often EUC-KR/CP949; the
 * charset comes from (in this order) a byte-order mark, the HTTP `Content-Type` header, the page's own
 * `<meta charset>` / `<meta http-equiv="Content-Type">`, else UTF-8 when the bytes are valid UTF-8 and
 * EUC-KR (WHATWG's euc-kr is CP949, the superset Korean pages actually use) when they are not.
 */

export type DecodedText = { ok: true; text: string; charset: string } | { ok: false; reason: string };

/** Bytes of the page searched for a `<meta charset>` (the HTML standard's prescan reads 1024). */
const PRESCAN_BYTES = 4096;

/** Labels Korean servers send that the WHATWG encoding list does not know, mapped to what they mean. */
const LABEL_ALIASES: Readonly<Record<string, string>> = {
  cp949: 'euc-kr',
  ms949: 'euc-kr',
  'x-windows-949': 'euc-kr',
  uhc: 'euc-kr',
  'ks_c_5601': 'euc-kr',
};

/**
 * A decoder for a charset label, or null when the label is not a known encoding.
 * @example decoderFor('KS_C_5601-1987')?.encoding // 'euc-kr'
 */
export function decoderFor(label: string): InstanceType<typeof TextDecoder> | null {
  const key = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  try {
    return new TextDecoder(LABEL_ALIASES[key] ?? key, { fatal: true });
  } catch {
    return null;
  }
}

/** The `charset=` parameter of a `Content-Type` value, or null. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

/** The charset a page declares in its first bytes (`<meta charset=…>` or the http-equiv form), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps each byte to one character, so ASCII markup reads the same whatever the encoding.
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

function tryDecode(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a page. A declared charset that the bytes do not follow is a page we cannot read (the reason
 * says so), never mojibake passed on as an article.
 * @example decodePage(eucKrBytes, 'text/html; charset=euc-kr') // { ok: true, text: '…', charset: 'euc-kr' }
 */
export function decodePage(bytes: Uint8Array, contentType?: string | null): DecodedText {
  if (bytes.includes(0) && bomCharset(bytes)?.startsWith('utf-16') !== true) {
    return { ok: false, reason: 'binary file (contains NUL bytes)' };
  }
  const declared = bomCharset(bytes) ?? charsetOfContentType(contentType) ?? declaredCharset(bytes);
  if (declared !== null) {
    const decoder = decoderFor(declared);
    if (decoder) {
      const text = tryDecode(decoder, bytes);
      if (text !== null) return { ok: true, text, charset: decoder.encoding };
      // Pages that say EUC-KR and are in fact UTF-8 (or the reverse) are common enough to try the other.
    }
  }
  for (const charset of ['utf-8', 'euc-kr']) {
    const text = tryDecode(new TextDecoder(charset, { fatal: true }), bytes);
    if (text !== null) return { ok: true, text, charset };
  }
  return {
    ok: false,
    reason: declared ? `unreadable encoding (declared ${declared.slice(0, 30)}, bytes do not match)` : 'unreadable encoding (neither UTF-8 nor EUC-KR)',
  };
}
