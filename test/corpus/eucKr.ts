/**
 * An EUC-KR (CP949) encoder for the tests, built by inverting Node's own decoder over every two-byte
 * code: Node ships a decoder for euc-kr but no encoder, and fixtures must be real EUC-KR bytes.
 */
let table: Map<string, [number, number]> | undefined;

function encodingTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('euc-kr');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x41; trail <= 0xfe; trail++) {
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

/** The EUC-KR bytes of a text; throws on a character EUC-KR cannot hold. */
export function encodeEucKr(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = encodingTable().get(char);
    if (!pair) throw new Error(`EUC-KR cannot encode ${JSON.stringify(char)}`);
    bytes.push(...pair);
  }
  return Uint8Array.from(bytes);
}
